/* test-shortlist-candidate-page-submit.c: submitting a candidate, and what the page does after */
#include "config.h"

#include "candidate-page-test.h"

/* A gateway error leaves the outcome unknown in the history, until the lookup finds the candidate */
static void
test_history_settles (Fixture      *f,
                      gconstpointer data)
{
  g_autofree char *template = g_build_filename (test_get_tmp_dir (), "history-XXXXXX", NULL);
  g_autoptr (ShortlistStore) store = shortlist_store_new (g_mkdtemp (template));
  ShortlistErrorBox *error_box = SHORTLIST_ERROR_BOX (ui_test_find_descendant (f->page, SHORTLIST_TYPE_ERROR_BOX, 0));
  g_autoptr (GPtrArray) entries = NULL;
  ShortlistHistoryEntry *entry;
  GAsyncResult          *result = NULL;

  shortlist_store_open_async (store, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_open_finish (store, test_wait (&result), NULL, NULL));
  g_clear_object (&result);
  use_store (f, store);

  fill_minimal (f);
  type_into (f, "City", "");
  answer_no_one (f, 1);
  fake_kombo_respond_full (f->fake, "POST", "/ats/candidates", 502, "text/html",
                           "<html><body><h1>502 Bad Gateway</h1></body></html>", 0, NULL);
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  ui_test_wait_for (error_shown, error_box, "the gateway error");
  wait_for_history (store, SHORTLIST_SENT_UNKNOWN);
  entries = read_history (store);
  entry = entries->pdata[0];
  g_assert_cmpstr (entry->name, ==, "Ada Lovelace");
  g_assert_cmpstr (entry->email, ==, "ada.lovelace@example.org");
  g_assert_cmpstr (entry->job_name, ==, "Product Designer");
  g_assert_cmpstr (entry->error_title, ==, "The server answered with an error");

  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[{\"id\":\"cand-ada\",\"first_name\":\"Ada\","
                      "\"last_name\":\"Lovelace\",\"remote_url\":null,\"applications\":[{\"id\":\"app\",\"job\":{\"id\":\"" DESIGNER_JOB "\","
                      "\"name\":\"Product Designer\",\"remote_id\":\"1044\"},\"current_stage\":null}],\"tags\":[]}]}}");
  g_signal_emit_by_name (ui_test_find_label (f->page, "_Check Whether the Candidate Arrived"), "clicked");
  wait_for_page (f, "result");
  wait_for_history (store, SHORTLIST_SENT_CREATED);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = read_history (store);
  g_assert_cmpstr (((ShortlistHistoryEntry *) entries->pdata[0])->candidate_id, ==, "cand-ada");
}

static void
test_errors_keep_the_form (Fixture      *f,
                           gconstpointer data)
{
  ShortlistErrorBox *error_box = SHORTLIST_ERROR_BOX (ui_test_find_descendant (f->page, SHORTLIST_TYPE_ERROR_BOX, 0));
  GtkWidget         *country = control (f, "Country", GTK_TYPE_DROP_DOWN);
  guint              n_before;
  FakeRequest       *lookup;

  fill_minimal (f);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (country), string_position (gtk_drop_down_get_model (GTK_DROP_DOWN (country)), "Portugal"));

  answer_no_one (f, 1);
  fake_kombo_respond (f->fake, "POST", "/ats/candidates", 409,
                      "{\"status\":\"error\",\"error\":{\"code\":\"ATS.JOB_CLOSED\",\"title\":\"Job closed\","
                      "\"message\":\"The job stopped accepting applications yesterday.\",\"log_url\":\"https://app.kombo.dev/logs/1\"}}");
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  ui_test_wait_for (error_shown, error_box, "the error");

  g_assert_cmpstr (shortlist_error_box_get_title (error_box), ==, "Job closed");
  g_assert_cmpstr (shortlist_error_box_get_message (error_box), ==, "The job stopped accepting applications yesterday.");
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (error_box), "ATS.JOB_CLOSED"));
  g_assert_true (gtk_widget_get_visible (ui_test_find_label (GTK_WIDGET (error_box), "Open _Log")));
  g_assert_false (gtk_widget_get_visible (ui_test_find_label (f->page, "_Check Whether the Candidate Arrived")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "First name"))), ==, "Ada");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "City"))), ==, "Lisbon");
  g_assert_true (can_reach (field (f, "First name")));

  /* A log that is no web link is not offered: the address came from a server */
  fake_kombo_respond (f->fake, "POST", "/ats/candidates", 409,
                      "{\"status\":\"error\",\"error\":{\"code\":\"ATS.JOB_CLOSED\",\"title\":\"Job <b>closed</b>\","
                      "\"message\":\"Closed.\",\"log_url\":\"file:///etc/passwd\"}}");
  shortlist_error_box_clear (error_box);
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  ui_test_wait_for (error_shown, error_box, "the error with a file link");
  g_assert_cmpstr (shortlist_error_box_get_title (error_box), ==, "Job <b>closed</b>");
  g_assert_false (gtk_widget_get_visible (ui_test_find_label (GTK_WIDGET (error_box), "Open _Log")));

  /* A gateway error may hide a candidate that did arrive: Shortlist offers to check */
  fake_kombo_respond_full (f->fake, "POST", "/ats/candidates", 502, "text/html",
                           "<html><body><h1>502 Bad Gateway</h1></body></html>", 0, NULL);
  shortlist_error_box_clear (error_box);
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  ui_test_wait_for (error_shown, error_box, "the gateway error");
  g_assert_cmpstr (shortlist_error_box_get_title (error_box), ==, "The server answered with an error");
  g_assert_true (gtk_widget_get_visible (ui_test_find_label (f->page, "_Check Whether the Candidate Arrived")));

  n_before = fake_kombo_get_n_requests (f->fake);
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[{\"id\":\"cand-ada\",\"first_name\":\"Ada\","
                      "\"last_name\":\"Lovelace\",\"remote_url\":null,\"applications\":[{\"id\":\"app\",\"job\":{\"id\":\"" DESIGNER_JOB "\","
                      "\"name\":\"Product Designer\",\"remote_id\":\"1044\"},\"current_stage\":null}],\"tags\":[]}]}}");
  g_signal_emit_by_name (ui_test_find_label (f->page, "_Check Whether the Candidate Arrived"), "clicked");
  ui_test_wait_for_requests (f->fake, n_before + 1);
  wait_for_page (f, "result");

  lookup = fake_kombo_get_request (f->fake, n_before);
  g_assert_cmpstr (lookup->method, ==, "GET");
  g_assert_cmpstr (g_hash_table_lookup (lookup->params, "email"), ==, "ada.lovelace@example.org");
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (ui_test_find_descendant (f->page, ADW_TYPE_STATUS_PAGE, 0))), ==, "Ada Lovelace Was Submitted");
  g_assert_false (gtk_widget_get_visible (field (f, "Open in the Applicant Tracking System")));
}

static guint
n_lookups (Fixture *f)
{
  guint n = 0;

  for (guint i = 0; i < fake_kombo_get_n_requests (f->fake); i++)
    n += g_str_equal (fake_kombo_get_request (f->fake, i)->path, "/ats/candidates") &&
         g_str_equal (fake_kombo_get_request (f->fake, i)->method, "GET");
  return n;
}

/* Part of the body is out, and not all of it: the server has not got the candidate yet */
static gboolean
uploading (gpointer data)
{
  Fixture   *f = data;
  GtkWidget *bar = ui_test_find_descendant (f->page, GTK_TYPE_PROGRESS_BAR, 0);
  double     fraction = gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (bar));

  return fraction > 0 && fraction < 1 && n_sent (f) == 0;
}

/* The form filled in, with a CV of 8 MB attached: long enough on its way to be seen going */
static void
fill_with_large_cv (Fixture *f)
{
  g_autofree char *content = g_malloc (8 * 1024 * 1024);
  g_autofree char *cv_path = NULL;
  g_autoptr (GFile) cv = NULL;

  memset (content, 'x', 8 * 1024 * 1024);
  memcpy (content, "%PDF-1.4\n", 9);
  cv_path = test_write_file ("large-cv.pdf", content, 8 * 1024 * 1024);
  cv = g_file_new_for_path (cv_path);
  fill_minimal (f);
  type_into (f, "City", "");
  shortlist_candidate_page_attach_files (SHORTLIST_CANDIDATE_PAGE (f->page), &cv, 1);
  wait_for_row (group (f, "Attachments"), "large-cv.pdf");
}

/* Closing the window while the candidate goes out, with a CV of 8 MB, or while the answer is
 * awaited: nothing touches the page afterwards (AddressSanitizer would say so), and the page
 * and the candidate are let go at once, whatever is still on the way */
static void
test_close_while_sending (Fixture      *f,
                          gconstpointer data)
{
  gboolean awaiting_answer = GPOINTER_TO_INT (data);

  fill_with_large_cv (f);
  answer_no_one (f, 1);
  fake_kombo_respond_full (f->fake, "POST", "/ats/candidates", 200, "application/json", CREATED, 500, NULL);
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  if (awaiting_answer)
    wait_for_sent (f, 1);
  else
    ui_test_wait_for (uploading, f, "the CV to be on its way");

  ui_test_destroy_window (GTK_WINDOW (f->window), f->page, shortlist_candidate_page_get_draft (SHORTLIST_CANDIDATE_PAGE (f->page)), NULL);
  f->window = NULL;
  /* Whatever was still coming arrives, and finds no page */
  test_sleep_ms (800);
}

/* While the candidate goes out, the form stays as it is sent: the field the keyboard was in
 * loses it, and nothing in the form can be reached, but Cancel can; once the candidate is in,
 * the next one can be typed */
static void
test_form_kept_while_sending (Fixture      *f,
                              gconstpointer data)
{

  fill_with_large_cv (f);
  answer_no_one (f, 1);
  fake_kombo_respond_full (f->fake, "POST", "/ats/candidates", 200, "application/json", CREATED, 500, NULL);

  gtk_widget_grab_focus (field (f, "First name"));
  g_assert_true (has_focus (f, field (f, "First name")));
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  ui_test_wait_for (uploading, f, "the CV to be on its way");
  g_assert_false (has_focus (f, field (f, "First name")));
  g_assert_false (can_reach (field (f, "First name")));
  g_assert_false (can_reach (field (f, "City")));
  g_assert_true (can_reach (ui_test_find_label (f->page, "_Cancel")));

  wait_for_page (f, "result");
  g_signal_emit_by_name (ui_test_find_label (f->page, "_New Candidate"), "clicked");
  wait_for_page (f, "form");
  g_assert_true (can_reach (field (f, "First name")));
}

static gboolean
shows_existing (gpointer data)
{
  GtkWidget *box = data;

  return gtk_widget_get_visible (box) && ui_test_find_label (box, "Ada Lovelace") != NULL;
}

static gboolean
says_lookup_failed (gpointer data)
{
  return ui_test_find_label (data, "Shortlist could not check whether this candidate is already in the applicant tracking system. "
                                   "A permission is missing in the applicant tracking system: No access to candidates.") != NULL;
}

/* Someone with the address exists: they are shown, nothing is sent, and Submit Anyway sends once */
static void
test_duplicate (Fixture      *f,
                gconstpointer data)
{
  GtkWidget *box = ui_test_find_group (f->page, "Already in the Applicant Tracking System");

  fill_minimal (f);
  type_into (f, "City", "");
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[{\"id\":\"cand-ada\",\"first_name\":\"Ada\","
                      "\"last_name\":\"Lovelace\",\"email_addresses\":[{\"email_address\":\"ada.lovelace@example.org\",\"type\":\"PERSONAL\"}],"
                      "\"remote_url\":\"https://ats.example.com/candidates/77\",\"applications\":[{\"id\":\"app\","
                      "\"job\":{\"id\":\"" BACKEND_JOB "\",\"name\":\"Senior Backend Engineer (Go)\",\"remote_id\":\"1042\"},"
                      "\"current_stage\":{\"id\":\"s\",\"name\":\"Interview\",\"remote_id\":\"2\"}}],\"tags\":[]}]}}");
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  ui_test_wait_for (shows_existing, box, "the existing candidate");
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (box)), ==, "Already in the Applicant Tracking System");
  g_assert_nonnull (ui_test_find_label (box, "ada.lovelace@example.org\nApplied to Senior Backend Engineer (Go) (Interview)"));
  g_assert_nonnull (ui_test_find_label (box, "_Tag Existing Candidate"));
  g_assert_cmpuint (n_sent (f), ==, 0);
  g_assert_true (can_reach (field (f, "First name")));

  /* The recruiter decides: a new candidate all the same, sent once, with no second lookup */
  fake_kombo_respond (f->fake, "POST", "/ats/candidates", 200, CREATED);
  g_signal_emit_by_name (ui_test_find_label (box, "Submit _Anyway"), "clicked");
  wait_for_sent (f, 1);
  wait_for_page (f, "result");
  g_assert_cmpuint (n_sent (f), ==, 1);
  g_assert_cmpuint (n_lookups (f), ==, 1);

  /* A lookup that fails is said, and does not stop the next candidate */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-candidate", NULL);
  type_into (f, "First name", "Grace");
  type_into (f, "Last name", "Hopper");
  type_into (f, "Email address", "grace@example.com");
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 403,
                      "{\"status\":\"error\",\"error\":{\"code\":\"INTEGRATION.PERMISSION_MISSING\",\"title\":null,"
                      "\"message\":\"No access to candidates.\",\"log_url\":null}}");
  fake_kombo_respond (f->fake, "POST", "/ats/candidates", 200, CREATED);
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  wait_for_sent (f, 2);
  g_assert_true (says_lookup_failed (f->page));
}

/* Kombo's answer to an application: the application, and the candidate the ATS had */
#define APPLIED                                                                                                            \
  "{\"status\":\"success\",\"warnings\":[{\"message\":\"The CV was added to the existing profile.\"}],\"data\":{"          \
  "\"id\":\"app-new\",\"remote_id\":\"9001\",\"outcome\":\"PENDING\",\"rejection_reason_name\":null,\"rejected_at\":null," \
  "\"current_stage_id\":\"stage-1\",\"job_id\":\"" DESIGNER_JOB "\",\"candidate_id\":\"cand-ada\",\"custom_fields\":{},"   \
  "\"integration_fields\":[],\"remote_url\":\"https://ats.example.com/applications/9001\","                                \
  "\"changed_at\":\"2026-12-06T10:00:00.000Z\",\"remote_deleted_at\":null,\"remote_created_at\":null,"                     \
  "\"remote_updated_at\":null,\"remote_data\":null,"                                                                       \
  "\"current_stage\":{\"id\":\"stage-1\",\"name\":\"Application Review\",\"remote_id\":\"1\",\"index\":0},"                \
  "\"job\":{\"id\":\"" DESIGNER_JOB "\",\"name\":\"Product Designer\",\"remote_id\":\"1044\"},"                            \
  "\"candidate\":{\"id\":\"cand-ada\",\"remote_id\":\"77\",\"first_name\":\"Ada\",\"last_name\":\"Lovelace\","             \
  "\"company\":null,\"title\":null,\"confidential\":false,\"source\":null,\"custom_fields\":{},\"integration_fields\":[]," \
  "\"remote_url\":\"https://ats.example.com/candidates/77\",\"remote_created_at\":null,\"remote_updated_at\":null,"        \
  "\"remote_data\":null,\"changed_at\":\"2026-12-06T10:00:00.000Z\",\"remote_deleted_at\":null,\"tags\":[]}}}"

/* The ATS has the person: the recruiter sends the form as their application to the job, with
 * its files, instead of a second candidate; the history keeps it as the person the ATS had */
static void
test_existing_candidate_new_job (Fixture      *f,
                                 gconstpointer data)
{
  g_autofree char *template = g_build_filename (test_get_tmp_dir (), "history-XXXXXX", NULL);
  g_autoptr (ShortlistStore) store = shortlist_store_new (g_mkdtemp (template));
  g_autofree char *cv_path = test_write_file ("ada-cv.pdf", "%PDF-1.4\nAda's CV\n", -1);
  g_autoptr (GFile) cv = g_file_new_for_path (cv_path);
  GtkWidget    *box = ui_test_find_group (f->page, "Already in the Applicant Tracking System");
  GAsyncResult *result = NULL;
  FakeRequest  *request = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  JsonObject *body;

  shortlist_store_open_async (store, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_open_finish (store, test_wait (&result), NULL, NULL));
  g_clear_object (&result);
  use_store (f, store);
  fill_minimal (f);
  type_into (f, "City", "");
  shortlist_candidate_page_attach_files (SHORTLIST_CANDIDATE_PAGE (f->page), &cv, 1);
  wait_for_row (group (f, "Attachments"), "ada-cv.pdf");

  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[{\"id\":\"cand-ada\",\"first_name\":\"Ada\","
                      "\"last_name\":\"Lovelace\",\"email_addresses\":[{\"email_address\":\"ada.lovelace@example.org\",\"type\":null}],"
                      "\"remote_url\":null,\"applications\":[],\"tags\":[]}]}}");
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  ui_test_wait_for (shows_existing, box, "the existing candidate");
  g_assert_cmpuint (n_sent (f), ==, 0);

  fake_kombo_respond (f->fake, "POST", "/ats/jobs/" DESIGNER_JOB "/applications", 200, APPLIED);
  g_signal_emit_by_name (ui_test_find_label (box, "Add _Application"), "clicked");
  wait_for_sent (f, 1);
  wait_for_page (f, "result");
  for (guint i = 0; i < fake_kombo_get_n_requests (f->fake); i++)
    if (g_str_equal (fake_kombo_get_request (f->fake, i)->method, "POST"))
      request = fake_kombo_get_request (f->fake, i);
  /* An application to the job, not a new candidate: the job in the path, the form in the body */
  g_assert_cmpstr (request->path, ==, "/ats/jobs/" DESIGNER_JOB "/applications");
  test_assert_schema_valid ("create-application.request.schema.json", request->body);
  body = fake_request_get_json (request);
  g_assert_false (json_object_has_member (body, "application"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (body, "candidate"), "email_address"), ==,
                   "ada.lovelace@example.org");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (body, "attachments"), 0),
                                                  "name"),
                   ==, "ada-cv.pdf");
  /* Said as the ATS had the person: their Kombo ID, and the ATS's remark */
  g_assert_nonnull (ui_test_find_label (f->page, "The CV was added to the existing profile."));
  wait_for_history (store, SHORTLIST_SENT_CREATED);
  entries = read_history (store);
  g_assert_cmpstr (((ShortlistHistoryEntry *) entries->pdata[0])->candidate_id, ==, "cand-ada");
}

#define CREATED_WITH_APPLICATION                                                                                         \
  "{\"status\":\"success\",\"data\":{\"id\":\"cand-ada\",\"remote_id\":\"77\",\"first_name\":\"Ada\","                   \
  "\"last_name\":\"Lovelace\",\"remote_url\":null,\"applications\":[{\"id\":\"app-ada\",\"job\":{\"id\":\"" DESIGNER_JOB \
  "\",\"name\":\"Product Designer\",\"remote_id\":\"1044\"},\"current_stage\":null}],\"tags\":[]},\"warnings\":[]}"
#define NOTE "Strong portfolio; available from March.\nPrefers a hybrid role."

static gboolean
note_asked (gpointer data)
{
  FakeKombo *fake = data;

  for (guint i = 0; i < fake_kombo_get_n_requests (fake); i++)
    if (g_str_equal (fake_kombo_get_request (fake, i)->path, "/ats/applications/app-ada/notes"))
      return TRUE;
  return FALSE;
}

static gboolean
history_has_note_outcome (gpointer data)
{
  ShortlistStore *store = data;
  g_autoptr (GPtrArray) entries = read_history (store);
  ShortlistHistoryEntry *entry = entries->len == 1 ? entries->pdata[0] : NULL;

  /* Sent: it left the entry, which says so; refused: kept with why */
  return entry != NULL && ((entry->note == NULL && entry->followups != NULL) || entry->note_problem != NULL);
}

static ShortlistStore *
open_store (Fixture *f)
{
  g_autofree char *template = g_build_filename (test_get_tmp_dir (), "history-XXXXXX", NULL);
  ShortlistStore *store = shortlist_store_new (g_mkdtemp (template));
  GAsyncResult   *result = NULL;

  shortlist_store_open_async (store, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_open_finish (store, test_wait (&result), NULL, NULL));
  g_clear_object (&result);
  use_store (f, store);
  return store;
}

/* A note typed on the form goes to the application the submission made, and the history says so */
static void
test_note (Fixture      *f,
           gconstpointer data)
{
  gboolean refused = GPOINTER_TO_INT (data);
  g_autoptr (ShortlistStore) store = open_store (f);
  g_autoptr (GPtrArray) entries = NULL;
  ShortlistHistoryEntry *entry;
  GtkTextView           *view;
  FakeRequest           *request = NULL;

  fill_minimal (f);
  type_into (f, "City", "");
  view = shortlist_note_group_get_view (SHORTLIST_NOTE_GROUP (group (f, "Note for the Client")));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), NOTE, -1);
  answer_no_one (f, 1);
  fake_kombo_respond (f->fake, "POST", "/ats/candidates", 200, CREATED_WITH_APPLICATION);
  if (refused)
    fake_kombo_respond (f->fake, "POST", "/ats/applications/app-ada/notes", 400,
                        "{\"status\":\"error\",\"error\":{\"code\":\"INTEGRATION.ACTION_NOT_AVAILABLE\","
                        "\"title\":\"Action not available\",\"message\":\"Notes are not available for this integration.\",\"log_url\":null}}");
  else
    fake_kombo_respond (f->fake, "POST", "/ats/applications/app-ada/notes", 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  wait_for_page (f, "result");
  ui_test_wait_for (note_asked, f->fake, "the note");

  for (guint i = 0; i < fake_kombo_get_n_requests (f->fake); i++)
    if (g_str_equal (fake_kombo_get_request (f->fake, i)->path, "/ats/applications/app-ada/notes"))
      request = fake_kombo_get_request (f->fake, i);
  test_assert_schema_valid ("application-notes.request.schema.json", request->body);
  test_assert_json_equal (fake_request_get_json (request), "{\"content\":\""
                                                           "Strong portfolio; available from March.\\nPrefers a hybrid role."
                                                           "\",\"content_type\":\"PLAIN_TEXT\"}");
  /* The note is not part of the candidate Kombo receives */
  g_assert_false (json_object_has_member (fake_request_get_json (sent (f, 0)), "note"));

  ui_test_wait_for (history_has_note_outcome, store, "the note's outcome in the history");
  entries = read_history (store);
  entry = entries->pdata[0];
  g_assert_cmpstr (entry->application_id, ==, "app-ada");
  if (refused)
    {
      const char *problem = "This applicant tracking system does not take notes through Kombo. The note is kept here.";

      ui_test_wait_for_label (f->page, problem);
      g_assert_cmpstr (entry->note, ==, NOTE);
      g_assert_cmpstr (entry->note_problem, ==, problem);
    }
  else
    {
      ui_test_wait_for_label (f->page, "Sent to the application");
      g_assert_null (entry->note);
      g_assert_cmpstr (entry->followups[0], ==, "Note for the client’s team sent: “Strong portfolio; available from March. Prefers a hybrid role.”");
    }
}

/* No address matches, the name does: shown as a possible match, apart from a certain one, with the
 * phone numbers compared; the check says what it can see */
static void
test_possible_duplicate (Fixture      *f,
                         gconstpointer data)
{
  GtkWidget   *box = ui_test_find_group (f->page, "Already in the Applicant Tracking System");
  FakeRequest *lookup = NULL;

  fill_minimal (f);
  type_into (f, "City", "");
  type_into (f, "Phone number", "030 1234567");
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, NO_ONE);
  fake_kombo_respond (f->fake, "GET", "/ats/candidates?last_name", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":["
                      "{\"id\":\"cand-ada-1\",\"first_name\":\"Ada\",\"last_name\":\"Lovelace\","
                      "\"email_addresses\":[{\"email_address\":\"ada@old-employer.example\",\"type\":\"WORK\"}],"
                      "\"phone_numbers\":[{\"phone_number\":\"+49 (30) 123-4567\",\"type\":\"MOBILE\"}],"
                      "\"remote_url\":null,\"applications\":[],\"tags\":[]},"
                      "{\"id\":\"cand-ada-2\",\"first_name\":\"ADA\",\"last_name\":\"lovelace\","
                      "\"email_addresses\":[],\"phone_numbers\":[{\"phone_number\":\"+44 20 7946 0958\",\"type\":null}],"
                      "\"remote_url\":null,\"applications\":[],\"tags\":[]}]}}");
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  ui_test_wait_for (shows_existing, box, "the possible match");
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (box)), ==, "Possibly in the Applicant Tracking System");
  g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (box)),
                            "Only candidates who reached the applicant tracking system through Kombo can be seen here."));
  g_assert_nonnull (ui_test_find_label (box, "ada@old-employer.example\nSame phone number: +49 (30) 123-4567"));
  g_assert_nonnull (ui_test_find_label (box, "cand-ada-2\nAnother phone number: +44 20 7946 0958"));
  g_assert_cmpuint (n_sent (f), ==, 0);
  for (guint i = 0; i < fake_kombo_get_n_requests (f->fake); i++)
    if (g_hash_table_contains (fake_kombo_get_request (f->fake, i)->params, "last_name"))
      lookup = fake_kombo_get_request (f->fake, i);
  g_assert_cmpstr (g_hash_table_lookup (lookup->params, "first_name"), ==, "Ada");
  g_assert_cmpstr (g_hash_table_lookup (lookup->params, "last_name"), ==, "Lovelace");

  /* Another person after all: sent once, the name not asked again */
  fake_kombo_respond (f->fake, "POST", "/ats/candidates", 200, CREATED);
  g_signal_emit_by_name (ui_test_find_label (box, "Submit _Anyway"), "clicked");
  wait_for_sent (f, 1);
  wait_for_page (f, "result");
}

static gboolean
one_user_listed (gpointer data)
{
  GtkListBox *list = shortlist_user_chooser_get_list (data);

  return gtk_list_box_get_row_at_index (list, 0) != NULL && gtk_list_box_get_row_at_index (list, 1) == NULL;
}

/* "Sourced by" chosen by name from the ATS's users: their Kombo ID is what Kombo receives */
static void
test_sourced_by_chosen (Fixture      *f,
                        gconstpointer data)
{
  GtkWidget  *chooser;
  GtkListBox *list;
  JsonObject *body;

  fill_minimal (f);
  type_into (f, "City", "");
  chooser = ui_test_find_descendant (f->page, SHORTLIST_TYPE_USER_CHOOSER, 0);
  fake_kombo_respond (f->fake, "GET", "/ats/users", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":["
                      "{\"id\":\"u-toby\",\"remote_id\":\"42\",\"first_name\":\"Tobias\",\"last_name\":\"Engel\","
                      "\"email\":\"tobias@agency.example\",\"status\":\"ACTIVE\"},"
                      "{\"id\":\"u-desk\",\"remote_id\":null,\"first_name\":null,\"last_name\":null,"
                      "\"email\":\"desk@agency.example\",\"status\":null}]}}");
  shortlist_user_chooser_search (SHORTLIST_USER_CHOOSER (chooser), "tobi");
  ui_test_wait_for (one_user_listed, chooser, "Tobias in the list");
  list = shortlist_user_chooser_get_list (SHORTLIST_USER_CHOOSER (chooser));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, 0))), ==, "tobias@agency.example");
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "Sourced by (the recruiter’s user ID in the ATS)"))), ==, "u-toby");
  /* The row says whose ID it is */
  g_assert_nonnull (ui_test_find_label (chooser, "Tobias Engel"));
  /* A user without a name is found by their address */
  shortlist_user_chooser_search (SHORTLIST_USER_CHOOSER (chooser), "desk");
  ui_test_wait_for (one_user_listed, chooser, "the desk in the list");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 0))), ==, "desk@agency.example");

  answer_no_one (f, 1);
  fake_kombo_respond (f->fake, "POST", "/ats/candidates", 200, CREATED);
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  wait_for_sent (f, 1);
  test_assert_schema_valid ("create-candidate.request.schema.json", sent (f, 0)->body);
  body = fake_request_get_json (sent (f, 0));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (body, "sourced_by"), "user_id"), ==, "u-toby");
}

static gboolean
second_page_has_job (gpointer data)
{
  Fixture *other = data;

  return kombo_candidate_draft_get_job (shortlist_candidate_page_get_draft (SHORTLIST_CANDIDATE_PAGE (other->page))) != NULL;
}

/* The next window starts with the last job, stage and recruiter of the integration, the cursor in the first name */
static void
test_remembered (Fixture      *f,
                 gconstpointer data)
{
  Fixture other = *f;

  g_assert_true (has_focus (f, group (f, "Job")) || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), group (f, "Job")));
  choose_job (f, "backend");
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (f, "Stage")), 2);
  type_into (f, "Sourced by (the recruiter’s user ID in the ATS)", "recruiter-42");

  answer_new_window (f->fake);
  other.window = shortlist_window_new (NULL, f->settings);
  gtk_window_present (GTK_WINDOW (other.window));
  shortlist_window_set_account (other.window, f->account);
  other.page = ui_test_child (GTK_WIDGET (other.window), SHORTLIST_TYPE_WINDOW, "candidate_page");
  ui_test_wait_for (second_page_has_job, &other, "the last job");
  /* "Sourced by" is in the form's last sections, which come in the frames after the first */
  ui_test_wait_for_form (other.page);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (&other, JOB_ID))), ==, BACKEND_JOB);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (&other, "Stage"))), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (&other, "Sourced by (the recruiter’s user ID in the ATS)"))), ==,
                   "recruiter-42");
  g_assert_true (has_focus (&other, field (&other, "First name")));
  gtk_window_destroy (GTK_WINDOW (other.window));
}

static void
test_new_candidate_asks (Fixture      *f,
                         gconstpointer data)
{
  GtkWidget *dialog;

  /* Unsent work is not thrown away without asking */
  type_into (f, "First name", "Ada");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-candidate", NULL);
  dialog = ui_test_find_dialog ();
  g_assert_nonnull (ui_test_find_label (dialog, "Discard This Candidate?"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "First name"))), ==, "Ada");

  g_signal_emit_by_name (ui_test_find_label (dialog, "_Keep Editing"), "clicked");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "First name"))), ==, "Ada");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-candidate", NULL);
  g_signal_emit_by_name (ui_test_find_label (ui_test_find_dialog (), "_Discard"), "clicked");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "First name"))), ==, "");
}

static void
test_job_search (Fixture      *f,
                 gconstpointer data)
{
  /* Jobs are found by their department and location too */
  choose_job (f, "lisbon");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, JOB_ID))), ==, "2PqRsTuVwXyZaBcDeFgHiJkL");
  choose_job (f, "customer success");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, JOB_ID))), ==, "4RsTuVwXyZaBcDeFgHiJkMnP");
  g_assert_true (gtk_widget_get_visible (ui_test_find_label (ui_test_find_descendant (f->page, SHORTLIST_TYPE_JOB_BUTTON, 0), "Customer Success Manager")));
}

/* An icon button, found by the tooltip a person reads */
static GtkWidget *
button_with_tooltip (GtkWidget  *root,
                     const char *tooltip)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *button = ui_test_find_descendant (root, GTK_TYPE_BUTTON, i);

      if (g_strcmp0 (gtk_widget_get_tooltip_text (button), tooltip) == 0)
        return button;
    }
}

/* Regression: the second candidate's Submit touched rows the first one had and New Candidate destroyed */
static void
test_second_candidate (Fixture      *f,
                       gconstpointer data)
{
  g_autofree char *cv_path = test_write_file ("cv.pdf", "%PDF-1.4 CV of Ada", -1);
  g_autoptr (GFile) cv = g_file_new_for_path (cv_path);
  GtkWidget *emails_group = group (f, "More Email Addresses");
  GtkWidget *row;

  /* A first candidate with every kind of row that New Candidate takes away */
  choose_job (f, "backend");
  fill_person (f);
  click_header_button (emails_group);
  row = ui_test_find_row (emails_group, "Email address");
  gtk_editable_set_text (GTK_EDITABLE (row), "not an address");
  click_header_button (group (f, "More Phone Numbers"));
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_row (group (f, "More Phone Numbers"), "Phone number")), "+49 170 5555555");
  click_header_button (group (f, "Social Links"));
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_row (group (f, "Social Links"), "Link, such as https://www.linkedin.com/in/…")),
                         "https://www.linkedin.com/in/ada");
  shortlist_candidate_page_attach_files (SHORTLIST_CANDIDATE_PAGE (f->page), &cv, 1);
  wait_for_row (group (f, "Attachments"), "cv.pdf");

  /* A failed submit remembers which row showed what; removing a row must not leave that behind */
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  g_assert_cmpstr (ui_test_row_error (row), ==, "“not an address” does not look like an email address.");
  g_signal_emit_by_name (button_with_tooltip (row, "Remove This Email Address"), "clicked");
  g_assert_cmpstr (ui_test_row_error (question_row (f, "What is your notice period? (required)")), ==, "This question needs an answer.");

  /* Another job: the old questions go, and so do their messages */
  choose_job (f, "designer");
  g_assert_null (ui_test_find_label (group (f, "Screening Questions"), "This question needs an answer."));

  answer_no_one (f, 1);
  fake_kombo_respond (f->fake, "POST", "/ats/candidates", 200, CREATED);
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  wait_for_sent (f, 1);
  wait_for_page (f, "result");

  /* New Candidate, then Submit on the empty form: every required field says so */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-candidate", NULL);
  wait_for_page (f, "form");
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  g_assert_cmpstr (ui_test_row_error (field (f, "First name")), ==, "Enter the first name.");
  g_assert_cmpstr (ui_test_row_error (field (f, "Last name")), ==, "Enter the last name.");
  g_assert_cmpstr (ui_test_row_error (field (f, "Email address")), ==, "Enter an email address.");
  g_assert_cmpuint (n_sent (f), ==, 1);

  /* And the next person can be typed and sent; the ATS is asked afresh after a creation */
  fill_person (f);
  answer_no_one (f, 1);
  fake_kombo_respond (f->fake, "POST", "/ats/candidates", 200, CREATED);
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  wait_for_sent (f, 2);
  wait_for_page (f, "result");
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/shortlist/candidate-page/submit/history-settles", Fixture, NULL, fixture_set_up, test_history_settles, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/submit/errors-keep-the-form", Fixture, NULL, fixture_set_up, test_errors_keep_the_form, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/submit/duplicate", Fixture, NULL, fixture_set_up, test_duplicate, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/submit/existing-candidate-new-job", Fixture, NULL, fixture_set_up, test_existing_candidate_new_job,
              fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/submit/note", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up, test_note, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/submit/note-refused", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_note, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/submit/sourced-by-chosen", Fixture, NULL, fixture_set_up, test_sourced_by_chosen, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/submit/possible-duplicate", Fixture, NULL, fixture_set_up, test_possible_duplicate, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/submit/remembered", Fixture, NULL, fixture_set_up, test_remembered, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/submit/new-candidate-asks", Fixture, NULL, fixture_set_up, test_new_candidate_asks, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/submit/job-search", Fixture, NULL, fixture_set_up, test_job_search, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/submit/second-candidate", Fixture, NULL, fixture_set_up, test_second_candidate, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/submit/form-kept-while-sending", Fixture, NULL, fixture_set_up, test_form_kept_while_sending, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/submit/close-while-uploading", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up, test_close_while_sending, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/submit/close-while-awaiting-answer", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_close_while_sending, fixture_tear_down);

  return g_test_run ();
}
