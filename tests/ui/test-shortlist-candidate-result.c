/* test-shortlist-candidate-result.c: what the ATS made of a submitted candidate */
#include "config.h"

#include "shortlist-candidate-result.h"
#include "ui-test-util.h"

static KomboCandidateRecord *
load_record (FakeKombo   *fake,
             KomboClient *client,
             const char  *remote_url)
{
  g_autofree char *answer = g_strdup_printf ("{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[{\"id\":\"cand-ada\","
                                             "\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"remote_url\":%s,"
                                             "\"applications\":[],\"tags\":[]}]}}",
                                             remote_url);
  const char      *ids[] = { "cand-ada", NULL };
  GAsyncResult    *result = NULL;
  g_autoptr (GListModel) found = NULL;

  fake_kombo_respond (fake, "GET", "/ats/candidates", 200, answer);
  kombo_client_get_candidates_by_ids_async (client, ids, NULL, test_store_result, &result);
  found = kombo_client_get_candidates_finish (client, test_wait (&result), NULL);
  g_object_unref (result);
  return g_list_model_get_item (found, 0);
}

static void
test_show (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboCandidateRecord) record = load_record (fake, client, "\"https://ats.example.com/candidates/77\"");
  g_autoptr (KomboCandidateRecord) without_link = load_record (fake, client, "null");
  const char *warnings[] = { "The salary was stored as a note.", NULL };
  GtkWidget  *result = g_object_new (SHORTLIST_TYPE_CANDIDATE_RESULT, NULL);
  GtkWindow  *window = ui_test_window_new (result);
  GtkWidget  *status;

  /* A job name the ATS wrote with markup characters is shown as it is */
  shortlist_candidate_result_show (SHORTLIST_CANDIDATE_RESULT (result), record, "R&D <Senior>", "Greenhouse", warnings);
  status = ui_test_find_descendant (result, ADW_TYPE_STATUS_PAGE, 0);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "Ada Lovelace Was Submitted");
  g_assert_nonnull (ui_test_find_label (status, "Applied to R&D <Senior> in Greenhouse."));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (ui_test_find_row (result, "Kombo ID"))), ==, "cand-ada");
  g_assert_true (gtk_widget_get_visible (ui_test_find_row (result, "Open in the Applicant Tracking System")));
  g_assert_true (gtk_widget_get_visible (ui_test_find_group (result, "Warnings")));
  ui_test_find_row (result, "The salary was stored as a note.");
  /* It fits a phone-sized window, warnings and all */
  {
    int min = 0;

    gtk_widget_measure (result, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
    g_assert_cmpint (min, <=, 360);
  }

  /* The next candidate: no link into the ATS, no warnings left from before */
  shortlist_candidate_result_show (SHORTLIST_CANDIDATE_RESULT (result), without_link, "Product Designer", "Greenhouse", NULL);
  g_assert_false (gtk_widget_get_visible (ui_test_find_row (result, "Open in the Applicant Tracking System")));
  g_assert_false (gtk_widget_get_visible (ui_test_find_group (result, "Warnings")));
  g_assert_null (ui_test_find_label (result, "The salary was stored as a note."));

  ui_test_destroy_window (window, NULL);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/shortlist/candidate-result/show", test_show);

  return g_test_run ();
}
