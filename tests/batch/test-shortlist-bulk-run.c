/* test-shortlist-bulk-run.c: one tag for many candidates, each outcome said, the failed ones tried again */
#include "config.h"

#include "shortlist-bulk-run.h"
#include "shortlist-store.h"
#include "test-util.h"

#define FOUND(records) "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[" records "]}}"
#define RECORD(id, first, email)                                                                                                \
  "{\"id\":\"" id "\",\"first_name\":\"" first "\",\"last_name\":\"Lovelace\",\"email_addresses\":[{\"email_address\":\"" email \
  "\",\"type\":null}],\"applications\":[],\"tags\":[]}"
#define TAGGED "{\"status\":\"success\",\"data\":{},\"warnings\":[]}"
#define REFUSED                                                                                  \
  "{\"status\":\"error\",\"error\":{\"code\":\"INTEGRATION.PERMISSION_MISSING\",\"title\":null," \
  "\"message\":\"The API user may not edit this candidate, \\\"Ada 2\\\".\",\"log_url\":null}}"

static void
add_tag_work (KomboClient        *client,
              const char         *candidate_id,
              gpointer            work_data,
              GCancellable       *cancellable,
              GAsyncReadyCallback callback,
              gpointer            user_data)
{
  kombo_client_add_tag_async (client, candidate_id, work_data, cancellable, callback, user_data);
}

typedef struct
{
  GHashTable *said; /* candidate id → the last outcome said, as a number */
  guint       n_progress, n_total;
} Heard;

static void
outcome_cb (ShortlistBulkRun     *run,
            KomboCandidateRecord *candidate,
            guint                 outcome,
            const char           *message,
            const char *const    *warnings,
            Heard                *heard)
{
  g_hash_table_insert (heard->said, g_strdup (kombo_candidate_record_get_id (candidate)), GUINT_TO_POINTER (outcome));
}

static void
progress_cb (ShortlistBulkRun *run,
             guint             n_said,
             guint             n_total,
             Heard            *heard)
{
  heard->n_progress = n_said;
  heard->n_total = n_total;
}

static guint
n_posts (FakeKombo *fake)
{
  guint n = 0;

  for (guint i = 0; i < fake_kombo_get_n_requests (fake); i++)
    n += g_str_equal (fake_kombo_get_request (fake, i)->method, "POST");
  return n;
}

static void
test_run_and_retry (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (ShortlistBulkRun) run = shortlist_bulk_run_new ();
  g_autoptr (KomboTag) tag = kombo_tag_new ("Excellent fit");
  g_autoptr (GListModel) candidates = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *csv = NULL;
  const char      *ids[] = { "c1", "c2", "c3", NULL };
  const char      *message = NULL;
  GAsyncResult    *result = NULL;
  guint            n_done = 0;
  Heard            heard = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL), 0, 0 };

  fake_kombo_respond (fake, "GET", "/ats/candidates", 200,
                      FOUND (RECORD ("c1", "Ada 1", "ada1@example.com") "," RECORD ("c2", "Ada 2", "ada2@example.com") "," RECORD (
                          "c3", "Ada 3", "ada3@example.com")));
  kombo_client_get_candidates_by_ids_async (client, ids, NULL, test_store_result, &result);
  candidates = kombo_client_get_candidates_finish (client, test_wait (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpuint (g_list_model_get_n_items (candidates), ==, 3);

  g_signal_connect (run, "outcome", G_CALLBACK (outcome_cb), &heard);
  g_signal_connect (run, "progress", G_CALLBACK (progress_cb), &heard);

  /* Ada 2's ATS refuses; the others are tagged, side by side */
  fake_kombo_respond (fake, "POST", "/ats/candidates/c1/tags", 200, TAGGED);
  fake_kombo_respond (fake, "POST", "/ats/candidates/c2/tags", 403, REFUSED);
  fake_kombo_respond (fake, "POST", "/ats/candidates/c3/tags", 200, TAGGED);
  shortlist_bulk_run_run_async (run, client, NULL, candidates, add_tag_work, kombo_client_add_tag_finish, G_OBJECT (tag), NULL, FALSE,
                                NULL, NULL, test_store_result, &result);
  g_assert_true (shortlist_bulk_run_get_running (run));
  g_assert_false (shortlist_bulk_run_run_finish (run, test_wait (&result), &n_done, &error));
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_API);
  g_assert_cmpstr (kombo_error_get_code (error), ==, "INTEGRATION.PERMISSION_MISSING");
  g_clear_error (&error);
  g_clear_object (&result);
  g_assert_false (shortlist_bulk_run_get_running (run));
  g_assert_cmpuint (n_done, ==, 2);
  g_assert_cmpuint (n_posts (fake), ==, 3);
  for (guint i = 0; i < fake_kombo_get_n_requests (fake); i++)
    if (g_str_equal (fake_kombo_get_request (fake, i)->method, "POST"))
      test_assert_schema_valid ("candidate-tags.request.schema.json", fake_kombo_get_request (fake, i)->body);

  /* Each outcome was said, and is kept */
  g_assert_cmpuint (heard.n_progress, ==, 3);
  g_assert_cmpuint (heard.n_total, ==, 3);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (heard.said, "c1")), ==, SHORTLIST_OUTCOME_DONE);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (heard.said, "c2")), ==, SHORTLIST_OUTCOME_FAILED);
  g_assert_cmpuint (shortlist_bulk_run_get_outcome (run, "c2", &message), ==, SHORTLIST_OUTCOME_FAILED);
  g_assert_cmpstr (message, ==, "A permission is missing in the applicant tracking system: The API user may not edit this candidate, \"Ada 2\".");
  g_assert_cmpuint (shortlist_bulk_run_count_outcomes (run), ==, 3);
  g_assert_cmpuint (shortlist_bulk_run_count_retryable (run), ==, 1);

  /* The results as a spreadsheet reads them: a message with a comma and quotes is quoted */
  csv = shortlist_bulk_run_dup_csv (run, candidates);
  g_assert_cmpstr (csv, ==,
                   "Kombo ID,Name,Email address,Outcome,Message\r\n"
                   "c1,Ada 1 Lovelace,ada1@example.com,Done,\r\n"
                   "c2,Ada 2 Lovelace,ada2@example.com,Failed,\"A permission is missing in the applicant tracking system: "
                   "The API user may not edit this candidate, \"\"Ada 2\"\".\"\r\n"
                   "c3,Ada 3 Lovelace,ada3@example.com,Done,\r\n");

  /* Retry Failed: Ada 2 only, and the others' outcomes stay */
  fake_kombo_respond (fake, "POST", "/ats/candidates/c2/tags", 200, TAGGED);
  shortlist_bulk_run_run_async (run, client, NULL, candidates, add_tag_work, kombo_client_add_tag_finish, G_OBJECT (tag), NULL, TRUE,
                                NULL, NULL, test_store_result, &result);
  g_assert_true (shortlist_bulk_run_run_finish (run, test_wait (&result), &n_done, &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpuint (n_done, ==, 1);
  g_assert_cmpuint (n_posts (fake), ==, 4);
  g_assert_cmpstr (fake_kombo_get_request (fake, fake_kombo_get_n_requests (fake) - 1)->path, ==, "/ats/candidates/c2/tags");
  g_assert_cmpuint (heard.n_total, ==, 1);
  for (guint i = 0; ids[i] != NULL; i++)
    g_assert_cmpuint (shortlist_bulk_run_get_outcome (run, ids[i], NULL), ==, SHORTLIST_OUTCOME_DONE);
  g_assert_cmpuint (shortlist_bulk_run_count_retryable (run), ==, 0);

  shortlist_bulk_run_forget (run);
  g_assert_cmpuint (shortlist_bulk_run_count_outcomes (run), ==, 0);
  g_hash_table_unref (heard.said);
}

int
main (int    argc,
      char **argv)
{
  test_init (&argc, &argv);
  g_test_add_func ("/bulk-run/run-and-retry", test_run_and_retry);
  return g_test_run ();
}
