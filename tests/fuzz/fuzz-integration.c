/* fuzz-integration.c: an integration and its ATS's attachment restrictions, from any bytes */
#include "config.h"

#include "kombo.h"
#include "kombo-attachment-restrictions-private.h"
#include "kombo-integration-private.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonNode   *root;
  JsonObject *object;

  if (!json_parser_load_from_data (parser, (const char *) data, size, NULL) || (root = json_parser_get_root (parser)) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (root))
    return 0;
  object = json_node_get_object (root);
  {
    g_autoptr (KomboIntegration) integration = kombo_integration_new_from_json (object);
    g_autoptr (KomboAttachmentRestrictions) restrictions = kombo_attachment_restrictions_new_from_json (object);

    if (integration != NULL)
      {

        kombo_integration_get_tool_label (integration);
        kombo_integration_get_organization_name (integration);
      }
    kombo_attachment_restrictions_get_total_size (restrictions);
  }
  return 0;
}
