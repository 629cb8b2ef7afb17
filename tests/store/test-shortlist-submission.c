/* test-shortlist-submission.c: what a submission came to, kept in the history, and a candidate not sent kept as a draft with why */
#include "config.h"

#include "shortlist-submission.h"
#include "test-util.h"

static ShortlistStore *
open_store (void)
{
  g_autofree char *template = g_build_filename (test_get_tmp_dir (), "submission-XXXXXX", NULL);
  g_autofree char *folder = g_mkdtemp (g_steal_pointer (&template));
  ShortlistStore  *store = shortlist_store_new (folder);
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;

  shortlist_store_open_async (store, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_open_finish (store, test_wait (&result), NULL, &error));
  g_assert_no_error (error);
  g_object_unref (result);
  return store;
}

static KomboCandidateDraft *
ada (void)
{
  KomboCandidateDraft *draft = kombo_candidate_draft_new ();

  kombo_candidate_draft_set_text (draft, "first-name", "Ada");
  kombo_candidate_draft_set_text (draft, "last-name", "Lovelace");
  kombo_candidate_draft_set_text (draft, "email-address", "ada@example.com");
  kombo_candidate_draft_set_text (draft, "job-id", "job-1");
  return draft;
}

static void
kept_cb (ShortlistSubmission *submission,
         gboolean            *kept)
{
  *kept = TRUE;
}

static ShortlistHistoryEntry *
only_entry (ShortlistStore *store)
{
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;

  shortlist_store_list_history_async (store, NULL, NULL, test_store_result, &result);
  entries = shortlist_store_list_history_finish (store, test_wait (&result), &error);
  g_assert_no_error (error);
  g_object_unref (result);
  g_assert_cmpuint (entries->len, ==, 1);
  return g_ptr_array_steal_index (entries, 0);
}

/* The answer was lost, and the lookup says it did not arrive before the entry is even written:
 * the history ends saying so, once */
static void
test_settled_before_kept (void)
{
  g_autoptr (ShortlistStore) store = open_store ();
  g_autoptr (KomboCandidateDraft) draft = ada ();
  g_autoptr (GError) lost = g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_TIMEOUT, "The answer did not come in time");
  g_autoptr (ShortlistSubmission) submission = shortlist_submission_record (store, "demo:northwind", draft, NULL, lost);
  g_autoptr (ShortlistHistoryEntry) entry = NULL;
  gboolean kept = FALSE;

  g_signal_connect (submission, "kept", G_CALLBACK (kept_cb), &kept);
  g_assert_cmpint (shortlist_submission_get_outcome (submission), ==, SHORTLIST_SENT_UNKNOWN);
  g_assert_false (shortlist_submission_get_kept (submission));
  shortlist_submission_settle (submission, NULL);
  g_assert_cmpint (shortlist_submission_get_outcome (submission), ==, SHORTLIST_SENT_NOT_CREATED);
  while (!kept)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (shortlist_submission_get_kept (submission));

  entry = only_entry (store);
  g_assert_cmpint (entry->outcome, ==, SHORTLIST_SENT_NOT_CREATED);
  g_assert_cmpstr (entry->name, ==, "Ada Lovelace");
  g_assert_cmpstr (entry->email, ==, "ada@example.com");
  g_assert_cmpstr (entry->job_id, ==, "job-1");
  g_assert_null (entry->candidate_id);
}

/* Refused: the entry says why, and the candidate is kept as a draft with why */
static void
test_failed_kept_as_draft (void)
{
  g_autoptr (ShortlistStore) store = open_store ();
  g_autoptr (KomboCandidateDraft) draft = ada ();
  g_autoptr (GError) refused = kombo_error_new_api (403, "INTEGRATION.PERMISSION_MISSING", NULL, "The API user may not create candidates.", NULL);
  g_autoptr (ShortlistSubmission) submission = shortlist_submission_record (store, "demo:northwind", draft, NULL, refused);
  g_autoptr (ShortlistHistoryEntry) entry = NULL;
  g_autoptr (GPtrArray) drafts = NULL;
  g_autoptr (GError) error = NULL;
  GAsyncResult       *result = NULL;
  ShortlistDraftInfo *info;
  gboolean            kept = FALSE;

  g_signal_connect (submission, "kept", G_CALLBACK (kept_cb), &kept);
  g_assert_cmpint (shortlist_submission_get_outcome (submission), ==, SHORTLIST_SENT_FAILED);
  /* Settling is for an unknown outcome only */
  shortlist_submission_settle (submission, NULL);
  g_assert_cmpint (shortlist_submission_get_outcome (submission), ==, SHORTLIST_SENT_FAILED);
  shortlist_store_save_candidate_async (store, "draft-ada", "demo:northwind", draft, "A permission is missing.", NULL, test_store_result,
                                        &result);
  g_assert_true (shortlist_store_save_draft_finish (store, test_wait (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  while (!kept)
    g_main_context_iteration (NULL, TRUE);

  entry = only_entry (store);
  g_assert_cmpint (entry->outcome, ==, SHORTLIST_SENT_FAILED);
  g_assert_cmpstr (entry->error_code, ==, "INTEGRATION.PERMISSION_MISSING");
  g_assert_cmpstr (entry->error_message, ==, "The API user may not create candidates.");

  shortlist_store_list_drafts_async (store, NULL, test_store_result, &result);
  drafts = shortlist_store_list_drafts_finish (store, test_wait (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpuint (drafts->len, ==, 1);
  info = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (info->id, ==, "draft-ada");
  g_assert_cmpstr (info->name, ==, "Ada Lovelace");
  g_assert_cmpstr (info->job, ==, "job-1");
  g_assert_cmpstr (info->error, ==, "A permission is missing.");
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);
  g_test_add_func ("/submission/settled-before-kept", test_settled_before_kept);
  g_test_add_func ("/submission/failed-kept-as-draft", test_failed_kept_as_draft);
  return g_test_run ();
}
