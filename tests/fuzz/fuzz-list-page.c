/* fuzz-list-page.c: a page of a list (jobs, candidates, tags, applications), from any bytes */
#include "config.h"

#include "kombo.h"
#include "kombo-application-private.h"
#include "kombo-candidate-record-private.h"
#include "kombo-job-private.h"
#include "kombo-tag-private.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonNode   *root;
  JsonObject *page;
  JsonArray  *results;

  if (!json_parser_load_from_data (parser, (const char *) data, size, NULL) || (root = json_parser_get_root (parser)) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (root))
    return 0;
  page = json_object_get_member (json_node_get_object (root), "data") != NULL &&
                 JSON_NODE_HOLDS_OBJECT (json_object_get_member (json_node_get_object (root), "data"))
             ? json_object_get_object_member (json_node_get_object (root), "data")
             : NULL;
  if (page == NULL || !json_object_has_member (page, "results") || !JSON_NODE_HOLDS_ARRAY (json_object_get_member (page, "results")))
    return 0;
  results = json_object_get_array_member (page, "results");
  for (guint i = 0; i < json_array_get_length (results); i++)
    {
      JsonNode   *node = json_array_get_element (results, i);
      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);
      {
        g_autoptr (KomboJob) job = kombo_job_new_from_json (object);
        g_autoptr (KomboCandidateRecord) candidate = kombo_candidate_record_new_from_json (object);
        g_autoptr (KomboTag) tag = kombo_tag_new_from_json (object);
        g_autoptr (KomboApplication) application = kombo_application_new_from_json (object);

        if (tag != NULL)
          kombo_tag_get_name (tag);
        if (application != NULL)
          kombo_application_get_job_id (application);
        if (job != NULL)
          {
            /* What the job chooser and the form read of a job, and its kept form read back (which
             * may fail: json-glib writes an infinite number as "inf", which it cannot read) */
            g_autoptr (KomboJob) kept = kombo_job_new_kept (kombo_job_get_id (job), kombo_job_get_name (job), NULL, NULL,
                                                            kombo_job_get_data (job));

            g_assert (g_utf8_validate (kombo_job_get_search_key (job), -1, NULL));
            g_list_model_get_n_items (kombo_job_get_stages (job));
            g_list_model_get_n_items (kombo_job_get_screening_questions (job));
            g_list_model_get_n_items (kombo_job_get_stages (kept));
          }
        if (candidate != NULL)
          {
            g_autofree char *name = kombo_candidate_record_dup_display_name (candidate);

            g_assert (name == NULL || g_utf8_validate (name, -1, NULL));
            g_list_model_get_n_items (kombo_candidate_record_get_applications (candidate));
          }
      }
    }
  return 0;
}
