/* test-shortlist-drafts.c: what is typed survives kill -9, in a real child process and a real database */
#include "config.h"

#include <sqlite3.h>

#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "shortlist-candidate-page.h"
#include "shortlist-date-button.h"
#include "shortlist-drafts-button.h"
#include "shortlist-job-button.h"
#include "shortlist-store.h"
#include "ui-test-util.h"

#define QUESTIONS "Screening Questions"
#define REMOTE_FIELDS "{\"greenhouse\": {\"candidate\": {\"is_private\": true}}}"

static GtkWidget *page;

static gboolean
account_ready (gpointer data)
{
  return shortlist_account_get_ready (data);
}

static gboolean
jobs_listed (gpointer data)
{
  return g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (ui_test_find_row (page, "Open job"))), "Choose from");
}

/* Shortlist's window on the demo, keeping drafts in @folder */
static ShortlistWindow *
open_window (const char *folder)
{
  g_autoptr (GSettings) settings = account_test_settings_new ();
  g_autoptr (ShortlistAccount) account = shortlist_account_new (settings, TRUE, NULL);
  g_autoptr (ShortlistStore) store = shortlist_store_new (folder);
  ShortlistWindow *window = shortlist_window_new (NULL, settings);
  GAsyncResult    *result = NULL;

  shortlist_store_open_async (store, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_open_finish (store, test_wait (&result), NULL, NULL));
  g_clear_object (&result);
  shortlist_account_load_async (account, NULL, test_store_result, &result);
  g_assert_true (shortlist_account_load_finish (account, test_wait (&result), NULL));
  g_clear_object (&result);
  ui_test_wait_for (account_ready, account, "the demo");

  gtk_window_present (GTK_WINDOW (window));
  shortlist_window_set_account (window, account);
  shortlist_account_set_store (account, store);
  page = ui_test_child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "candidate_page");
  ui_test_wait_for (jobs_listed, NULL, "the demo's jobs");
  ui_test_wait_for_form (page);
  return window;
}

static void
type_into (const char *title,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_row (page, title)), text);
}

static GtkWidget *
question (const char *title)
{
  return ui_test_find_row (ui_test_find_group (page, QUESTIONS), title);
}

static GtkWidget *
check_box (GtkWidget  *row,
           const char *option)
{
  return ui_test_find_descendant (ui_test_find_row (row, option), GTK_TYPE_CHECK_BUTTON, 0);
}

static GtkWidget *
date_button (GtkWidget *row)
{
  return ui_test_find_descendant (row, SHORTLIST_TYPE_DATE_BUTTON, 0);
}

static gboolean
saved_with_everything (gpointer data)
{
  ShortlistStore *store = data;
  GAsyncResult   *result = NULL;
  g_autoptr (GPtrArray) drafts = NULL;
  g_autofree char *json = NULL;

  shortlist_store_list_drafts_async (store, NULL, test_store_result, &result);
  drafts = shortlist_store_list_drafts_finish (store, test_wait (&result), NULL);
  g_object_unref (result);
  if (drafts == NULL || drafts->len == 0)
    return FALSE;
  /* The last thing typed, and the CV, are on disk */
  json = json_to_string (((ShortlistDraftInfo *) drafts->pdata[0])->draft, FALSE);
  return strstr (json, "is_private") != NULL && strstr (json, "cv.pdf") != NULL;
}

/* The first process: types into every section, waits until the disk has it, and is killed */
static void
fill (void)
{
  g_autofree char *cv_path = test_write_file ("cv.pdf", "%PDF-1.4 CV of Ada", -1);
  g_autoptr (GFile) cv = g_file_new_for_path (cv_path);
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "shortlist", NULL);
  g_autoptr (ShortlistStore) reader = shortlist_store_new (folder);
  ShortlistWindow *window = open_window (folder);
  GtkWidget       *job_button = ui_test_find_descendant (page, SHORTLIST_TYPE_JOB_BUTTON, 0);
  GtkWidget       *row;
  GAsyncResult    *result = NULL;
  g_autoptr (GDateTime) start = kombo_date_new_utc (2027, 2, 1);
  g_autoptr (GDateTime) available = kombo_date_new_utc (2027, 1, 15);

  shortlist_job_button_choose (SHORTLIST_JOB_BUTTON (job_button), "7KmQpz3RtVwXy2AbCdEfGh4J");
  adw_combo_row_set_selected (ADW_COMBO_ROW (ui_test_find_row (page, "Stage")), 2);
  type_into ("First name", "Ada");
  type_into ("Last name", "Lovelace");
  type_into ("Email address", "ada.lovelace@example.org");
  adw_combo_row_set_selected (ADW_COMBO_ROW (ui_test_find_row (page, "Gender")), 2);
  shortlist_date_button_set_date (SHORTLIST_DATE_BUTTON (date_button (ui_test_find_row (page, "Available from"))), available);
  type_into ("City", "Berlin");
  type_into ("Amount", "85,000");
  adw_combo_row_set_selected (ADW_COMBO_ROW (ui_test_find_row (page, "Per")), 2);

  /* Screening questions of several kinds, one depending on another */
  gtk_editable_set_text (GTK_EDITABLE (question ("What is your notice period? (required)")), "Three months");
  g_signal_emit_by_name (ui_test_find_label (question ("Do you need a work permit for Germany? (required)"), "_Yes"), "clicked");
  gtk_editable_set_text (GTK_EDITABLE (question ("Which permit do you hold or need? (required)")), "EU Blue Card");
  shortlist_date_button_set_date (SHORTLIST_DATE_BUTTON (date_button (question ("Earliest start date"))), start);
  adw_combo_row_set_selected (ADW_COMBO_ROW (question ("Preferred way of working (required)")), 2);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check_box (question ("Which days could you be in the office?"), "Monday")), TRUE);

  shortlist_candidate_page_attach_files (SHORTLIST_CANDIDATE_PAGE (page), &cv, 1);
  row = ui_test_find_row (page, "The candidate agreed to the processing of their data");
  gtk_switch_set_active (GTK_SWITCH (ui_test_find_descendant (row, GTK_TYPE_SWITCH, 0)), TRUE);
  type_into ("Sourced by (the recruiter’s user ID in the ATS)", "recruiter-42");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (ui_test_find_descendant (ui_test_find_row (page, "Remote fields"), GTK_TYPE_TEXT_VIEW, 0))),
                            REMOTE_FIELDS, -1);

  /* Another connection to the same database, as another process would see it */
  shortlist_store_open_async (reader, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_open_finish (reader, test_wait (&result), NULL, NULL));
  g_object_unref (result);
  ui_test_wait_for (saved_with_everything, reader, "the draft on disk");
  printf ("saved\n");
  fflush (stdout);

  /* Typing goes on until the process is killed */
  for (;;)
    g_main_context_iteration (NULL, TRUE);
  ui_test_destroy_window (GTK_WINDOW (window), NULL);
}

static gboolean
restored (gpointer data)
{
  KomboCandidateDraft *draft = shortlist_candidate_page_get_draft (SHORTLIST_CANDIDATE_PAGE (page));

  return kombo_candidate_draft_get_job (draft) != NULL &&
         ui_test_find_label (page, "cv.pdf") != NULL;
}

static const char *
text_of (const char *title)
{
  return gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (page, title)));
}

/* The next process: the form is as it was */
static void
check (void)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "shortlist", NULL);
  ShortlistWindow *window = open_window (folder);
  GtkWidget       *row;

  ui_test_wait_for (restored, NULL, "the draft to come back");

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (page, "Job ID, as the ATS or Kombo shows it"))), ==,
                   "7KmQpz3RtVwXy2AbCdEfGh4J");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (ui_test_find_row (page, "Stage"))), ==, 2);
  g_assert_cmpstr (text_of ("First name"), ==, "Ada");
  g_assert_cmpstr (text_of ("Last name"), ==, "Lovelace");
  g_assert_cmpstr (text_of ("Email address"), ==, "ada.lovelace@example.org");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (ui_test_find_row (page, "Gender"))), ==, 2);
  g_assert_nonnull (shortlist_date_button_get_date (SHORTLIST_DATE_BUTTON (date_button (ui_test_find_row (page, "Available from")))));
  g_assert_cmpstr (text_of ("City"), ==, "Berlin");
  g_assert_cmpstr (text_of ("Amount"), ==, "85,000");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (ui_test_find_row (page, "Per"))), ==, 2);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (question ("What is your notice period? (required)"))), ==, "Three months");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (ui_test_find_label (question ("Do you need a work permit for Germany? (required)"), "_Yes"))));
  row = question ("Which permit do you hold or need? (required)");
  g_assert_true (gtk_widget_get_visible (row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "EU Blue Card");
  g_assert_nonnull (shortlist_date_button_get_date (SHORTLIST_DATE_BUTTON (date_button (question ("Earliest start date")))));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (question ("Preferred way of working (required)"))), ==, 2);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check_box (question ("Which days could you be in the office?"), "Monday"))));

  ui_test_find_row (ui_test_find_group (page, "Attachments"), "cv.pdf");
  row = ui_test_find_row (page, "The candidate agreed to the processing of their data");
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (ui_test_find_descendant (row, GTK_TYPE_SWITCH, 0))));
  g_assert_cmpstr (text_of ("Sourced by (the recruiter’s user ID in the ATS)"), ==, "recruiter-42");
  {
    GtkTextBuffer   *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (ui_test_find_descendant (ui_test_find_row (page, "Remote fields"), GTK_TYPE_TEXT_VIEW, 0)));
    GtkTextIter      begin, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &begin, &end);
    text = gtk_text_buffer_get_text (buffer, &begin, &end, FALSE);
    g_assert_cmpstr (text, ==, REMOTE_FIELDS);
  }

  printf ("restored\n");
  ui_test_destroy_window (GTK_WINDOW (window), NULL);
}

static GSubprocess *
spawn (const char *step,
       const char *data_home,
       GError    **error)
{
  g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);

  g_subprocess_launcher_setenv (launcher, "SHORTLIST_DRAFTS_STEP", step, TRUE);
  g_subprocess_launcher_setenv (launcher, "SHORTLIST_TEST_DATA_HOME", data_home, TRUE);
  return g_subprocess_launcher_spawn (launcher, error, self_path, NULL);
}

/* Reads the child's output up to @word alone on a line; GLib's test messages come before it */
static gboolean
wait_for_word (GSubprocess *process,
               const char  *word)
{
  g_autoptr (GDataInputStream) lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  char *line;

  while ((line = g_data_input_stream_read_line (lines, NULL, NULL, NULL)) != NULL)
    {
      gboolean found = g_str_equal (line, word);

      g_free (line);
      if (found)
        return TRUE;
    }
  return FALSE;
}

/* Typed into every section, killed with SIGKILL, started again: every value is back */
static void
test_kill_and_restart (void)
{
  g_autofree char *template = g_build_filename (test_get_tmp_dir (), "data-XXXXXX", NULL);
  const char *data_home = g_mkdtemp (template);
  g_autoptr (GSubprocess) first = NULL;
  g_autoptr (GSubprocess) second = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *output = NULL;

  first = spawn ("fill", data_home, &error);
  g_assert_no_error (error);
  g_assert_true (wait_for_word (first, "saved"));
  g_subprocess_send_signal (first, SIGKILL);
  g_subprocess_wait (first, NULL, NULL);
  g_assert_true (g_subprocess_get_if_signaled (first));
  g_assert_cmpint (g_subprocess_get_term_sig (first), ==, SIGKILL);

  second = spawn ("check", data_home, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (second, NULL, NULL, &output, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (second));
  g_assert_cmpint (g_subprocess_get_exit_status (second), ==, 0);
  g_assert_nonnull (strstr (output, "\nrestored\n"));
}

static gboolean
popover_lists (gpointer data)
{
  const char *const *names = data;
  GtkWidget         *list = ui_test_find_descendant (ui_test_find_descendant (page, SHORTLIST_TYPE_DRAFTS_BUTTON, 0), GTK_TYPE_LIST_BOX, 0);
  guint              n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row), n++)
    if (names[n] == NULL || g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), names[n]) != 0)
      return FALSE;
  return names[n] == NULL;
}

static gboolean
popover_closed (gpointer data)
{
  return !gtk_widget_get_mapped (data);
}

/* Opens the list of drafts and waits until it shows @names, the last changed first */
static void
expect_drafts (const char *const *names)
{
  GtkWidget *button = ui_test_find_descendant (page, SHORTLIST_TYPE_DRAFTS_BUTTON, 0);

  /* As a person's click would, after the list that just closed is gone from the screen */
  ui_test_wait_for (popover_closed, ui_test_find_descendant (button, GTK_TYPE_POPOVER, 0), "the drafts to close");
  gtk_menu_button_popup (GTK_MENU_BUTTON (ui_test_find_descendant (button, GTK_TYPE_MENU_BUTTON, 0)));
  ui_test_wait_for (popover_lists, (gpointer) names, "the drafts");
}

static gboolean
draft_is (gpointer data)
{
  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (page, "First name"))), data) == 0;
}

static GtkWidget *
grace_discard (void)
{
  /* Only a draft not being typed has one */
  return ui_test_find_tooltip (ui_test_find_row (ui_test_find_descendant (page, SHORTLIST_TYPE_DRAFTS_BUTTON, 0), "Grace Hopper"),
                               "Discard This Draft");
}

static gboolean
grace_discardable (gpointer data)
{
  return grace_discard () != NULL;
}

/* Several candidates in progress: New Candidate keeps the first, the list switches, discarding can be undone */
static void
test_switch_and_discard (void)
{
  g_autofree char *template = g_build_filename (test_get_tmp_dir (), "drafts-XXXXXX", NULL);
  ShortlistWindow *window = open_window (g_mkdtemp (template));
  const char      *both[] = { "Grace Hopper", "Ada Lovelace", NULL };
  GtkWidget       *ada;

  type_into ("First name", "Ada");
  type_into ("Last name", "Lovelace");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-candidate", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (page, "First name"))), ==, "");
  type_into ("First name", "Grace");
  type_into ("Last name", "Hopper");
  expect_drafts (both);

  /* The one being typed is ticked; choosing the other brings it back */
  ada = ui_test_find_row (ui_test_find_descendant (page, SHORTLIST_TYPE_DRAFTS_BUTTON, 0), "Ada Lovelace");
  g_signal_emit_by_name (ada, "activated");
  ui_test_wait_for (draft_is, (gpointer) "Ada", "Ada's draft");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (page, "Last name"))), ==, "Lovelace");

  /* Discarding Grace says so, and Undo brings her back */
  expect_drafts (both);
  ui_test_wait_for (grace_discardable, NULL, "Grace to be no longer the one typed");
  g_signal_emit_by_name (grace_discard (), "clicked");
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (window), "Draft of Grace Hopper discarded"));
  {
    const char *only_ada[] = { "Ada Lovelace", NULL };

    ui_test_wait_for (popover_lists, (gpointer) only_ada, "Grace to go");
  }
  g_signal_emit_by_name (ui_test_find_shown_label (GTK_WIDGET (window), "_Undo"), "clicked");
  gtk_popover_popdown (GTK_POPOVER (ui_test_find_descendant (ui_test_find_descendant (page, SHORTLIST_TYPE_DRAFTS_BUTTON, 0), GTK_TYPE_POPOVER, 0)));
  expect_drafts (both);

  /* Closed before the window goes, as a person closes it: once, on GTK 4.24 with the machine
   * loaded, destroying the window with the list still open ended in a critical about a
   * surface already gone */
  {
    GtkWidget *popover = ui_test_find_descendant (ui_test_find_descendant (page, SHORTLIST_TYPE_DRAFTS_BUTTON, 0), GTK_TYPE_POPOVER, 0);

    gtk_popover_popdown (GTK_POPOVER (popover));
    ui_test_wait_for (popover_closed, popover, "the drafts to close");
  }
  ui_test_destroy_window (GTK_WINDOW (window), NULL);
}

static gboolean
save_problem_said (gpointer data)
{
  GtkWidget *said = ui_test_find_text (page, "What you typed stays here, and is saved as soon as it can be.");

  return said != NULL && ui_test_is_shown (said);
}

static gboolean
save_problem_gone (gpointer data)
{
  GtkWidget *said = ui_test_find_text (page, "What you typed stays here, and is saved as soon as it can be.");

  return said == NULL || !ui_test_is_shown (said);
}

static gboolean
draft_has_lovelace (gpointer data)
{
  g_autoptr (ShortlistStore) reader = shortlist_store_new (data);
  g_autoptr (GPtrArray) drafts = NULL;
  GAsyncResult *result = NULL;
  gboolean      found = FALSE;

  shortlist_store_open_async (reader, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_open_finish (reader, test_wait (&result), NULL, NULL));
  g_clear_object (&result);
  shortlist_store_list_drafts_async (reader, NULL, test_store_result, &result);
  drafts = shortlist_store_list_drafts_finish (reader, test_wait (&result), NULL);
  g_clear_object (&result);
  for (guint i = 0; drafts != NULL && i < drafts->len; i++)
    found = found || g_strcmp0 (((ShortlistDraftInfo *) drafts->pdata[i])->name, "Ada Lovelace") == 0;
  shortlist_store_close (reader);
  return found;
}

/* A save that fails (here, a lock another program holds longer than Shortlist waits) is said
 * above the form with Retry; what was typed stays, and is saved once it can be */
static void
test_save_fails (void)
{
  g_autofree char *template = g_build_filename (test_get_tmp_dir (), "drafts-XXXXXX", NULL);
  g_autofree char *folder = g_mkdtemp (g_steal_pointer (&template));
  g_autofree char *db_path = g_build_filename (folder, "shortlist.db", NULL);
  ShortlistWindow *window = open_window (folder);
  sqlite3         *other = NULL;

  g_assert_cmpint (sqlite3_open (db_path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  type_into ("First name", "Ada");
  type_into ("Last name", "Lovelace");
  ui_test_wait_for (save_problem_said, NULL, "the failed save to be said");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (page, "Last name"))), ==, "Lovelace");

  /* Once the lock is gone, Retry saves it */
  g_assert_cmpint (sqlite3_exec (other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  g_signal_emit_by_name (ui_test_find_shown_label (page, "_Retry"), "clicked");
  ui_test_wait_for (save_problem_gone, NULL, "the draft to be saved");
  g_assert_true (draft_has_lovelace (folder));

  ui_test_destroy_window (GTK_WINDOW (window), NULL);
}

int
main (int   argc,
      char *argv[])
{
  const char *step = g_getenv ("SHORTLIST_DRAFTS_STEP");

  ui_test_init (&argc, &argv);

  if (g_strcmp0 (step, "fill") == 0)
    fill ();
  else if (g_strcmp0 (step, "check") == 0)
    check ();
  if (step != NULL)
    return 0;

  g_test_add_func ("/shortlist/drafts/kill-and-restart", test_kill_and_restart);
  g_test_add_func ("/shortlist/drafts/switch-and-discard", test_switch_and_discard);
  g_test_add_func ("/shortlist/drafts/save-fails", test_save_fails);

  return g_test_run ();
}
