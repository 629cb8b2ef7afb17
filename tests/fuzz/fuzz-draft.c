/* fuzz-draft.c: a draft as the store keeps it (versioned JSON), read back, from any bytes */
#include "config.h"

#include "kombo.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (KomboCandidateDraft) draft = kombo_candidate_draft_new ();
  JsonNode *root;

  if (!json_parser_load_from_data (parser, (const char *) data, size, NULL) || (root = json_parser_get_root (parser)) == NULL)
    return 0;
  if (kombo_candidate_draft_deserialize (draft, root, NULL))
    {
      /* What a restored draft goes through: validation, the request, saving again */
      g_autoptr (GPtrArray) violations = kombo_candidate_draft_validate (draft, NULL);
      g_autoptr (JsonNode) again = kombo_candidate_draft_serialize (draft);
      g_autofree char *name = kombo_candidate_draft_dup_display_name (draft);

      g_assert (again != NULL);
      g_assert (name == NULL || g_utf8_validate (name, -1, NULL));

      if (violations->len == 0)
        {
          g_autoptr (KomboCandidate) candidate = kombo_candidate_draft_to_candidate (draft, NULL);

          g_assert (candidate != NULL);
        }
    }
  return 0;
}
