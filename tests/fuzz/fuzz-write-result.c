/* fuzz-write-result.c: the answer to a write, with its warnings, from any bytes */
#include "config.h"

#include "kombo.h"
#include "kombo-write-result-private.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (!json_parser_load_from_data (parser, (const char *) data, size, NULL) || (root = json_parser_get_root (parser)) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (root))
    return 0;
  for (int with_candidate = 0; with_candidate < 2; with_candidate++)
    {
      g_autoptr (KomboWriteResult) written = kombo_write_result_new_from_json (json_node_get_object (root), with_candidate);
      const char *const *warnings = written ? kombo_write_result_get_warnings (written) : NULL;

      for (guint i = 0; warnings != NULL && warnings[i] != NULL; i++)
        g_assert (g_utf8_validate (warnings[i], -1, NULL));
    }
  return 0;
}
