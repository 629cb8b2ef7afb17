/* test-shortlist-spreadsheet-window.c: many candidates from a spreadsheet, as a recruiter submits them */
#include "config.h"

#include <string.h>

#include "cv-corpus.h"

#include <stdio.h>

#include "shortlist-job-button.h"
#include "shortlist-spreadsheet-window.h"
#include "shortlist-store.h"
#include "ui-test-util.h"

#define BACKEND_JOB "7KmQpz3RtVwXy2AbCdEfGh4J"
#define DESIGN_JOB "3QrStUvWxYzAbCdEfGhIjKmN"
#define FOUND(records) "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[" records "]}}"
#define CREATED(id)                                                                               \
  "{\"status\":\"success\",\"data\":{\"id\":\"" id "\",\"first_name\":\"A\",\"last_name\":\"B\"," \
  "\"remote_url\":null,\"applications\":[],\"tags\":[]},\"warnings\":[]}"

typedef struct
{
  FakeKombo                  *fake;
  GSettings                  *settings;
  ShortlistAccount           *account;
  ShortlistStore             *store;
  ShortlistSpreadsheetWindow *window;
  char                       *csv;
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  g_autofree char *template = g_build_filename (test_get_tmp_dir (), "sheet-XXXXXX", NULL);
  g_autofree char *folder = g_mkdtemp (g_steal_pointer (&template));
  g_autofree char *cv = g_build_filename (folder, "katherine.pdf", NULL);
  g_autofree char *jobs = ui_test_dup_jobs_answer ();
  GAsyncResult    *result = NULL;
  g_autoptr (GError) error = NULL;

  f->fake = fake_kombo_new ();
  f->settings = account_test_settings_new ();
  f->account = account_test_account_new (f->fake, f->settings);
  /* The last candidate went to the design job: the spreadsheet starts there too */
  g_settings_set_value (f->settings, "last-used",
                        g_variant_new_parsed ("{%s: (%s, '', 'recruiter-7')}", TEST_INTEGRATION_ID, DESIGN_JOB));
  f->store = shortlist_store_new (folder);
  shortlist_store_open_async (f->store, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_open_finish (f->store, test_wait (&result), NULL, NULL));
  g_clear_object (&result);

  g_file_set_contents (cv, "%PDF-1.4 Katherine", -1, &error);
  g_assert_no_error (error);
  f->csv = g_build_filename (folder, "Shortlist <R&D>.csv", NULL);
  g_file_set_contents (f->csv,
                       "Vorname;Nachname;E-Mail;Ort;Land;Lebenslauf\n"
                       "Grace;Hopper;grace@example.com;Arlington;USA;\n"
                       "Katherine;Johnson;katherine@example.com;Hampton;US;katherine.pdf\n"
                       "<b>Alan</b>;Turing;alan@;;;\n"
                       "Dorothy;Vaughan;dorothy@example.com;;;\n",
                       -1, &error);
  g_assert_no_error (error);

  fake_kombo_respond (f->fake, "GET", "/ats/jobs", 200, jobs);
  fake_kombo_respond (f->fake, "GET", "/ats/actions/ats_create_candidate", 200,
                      "{\"status\":\"success\",\"data\":{\"attachment_restrictions\":{\"total_size_bytes\":20000000,\"types\":{}}}}");
  fake_kombo_respond (f->fake, "GET", "/ats/candidates?email=grace@example.com", 200,
                      FOUND ("{\"id\":\"cand-grace\",\"first_name\":\"Grace\",\"last_name\":\"Hopper\",\"applications\":[],\"tags\":[]}"));
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, FOUND (""));
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, FOUND (""));
  /* Those no one has by address are asked for by name */
  fake_kombo_respond (f->fake, "GET", "/ats/candidates?last_name", 200, FOUND (""));
  fake_kombo_respond (f->fake, "GET", "/ats/candidates?last_name", 200, FOUND (""));
  shortlist_account_set_store (f->account, f->store);
  f->window = shortlist_spreadsheet_window_new (NULL, f->account);
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  if (f->window != NULL)
    ui_test_destroy_window (GTK_WINDOW (f->window), NULL);
  shortlist_store_close (f->store);
  g_clear_object (&f->store);
  g_clear_object (&f->account);
  g_clear_object (&f->settings);
  g_clear_object (&f->fake);
  g_free (f->csv);
}

static GtkWidget *
child (Fixture    *f,
       const char *name)
{
  return ui_test_child (GTK_WIDGET (f->window), SHORTLIST_TYPE_SPREADSHEET_WINDOW, name);
}

static gboolean
checked (gpointer data)
{
  Fixture              *f = data;
  ShortlistSpreadsheet *sheet = shortlist_spreadsheet_window_get_spreadsheet (f->window);
  g_autoptr (ShortlistSheetRow) first = NULL;

  if (sheet == NULL || shortlist_spreadsheet_get_busy (sheet))
    return FALSE;
  /* The job arrives with the list of open jobs */
  first = g_list_model_get_item (shortlist_spreadsheet_get_rows (sheet), 0);
  return kombo_candidate_draft_get_job (shortlist_sheet_row_get_draft (first)) != NULL;
}

static void
open_csv (Fixture *f)
{
  g_autoptr (GFile) file = g_file_new_for_path (f->csv);

  shortlist_spreadsheet_window_open (f->window, file);
  ui_test_wait_for (checked, f, "the rows to be checked");
}

/* The line under a candidate's name in the list of rows */
static const char *
subtitle (Fixture    *f,
          const char *title)
{
  GtkWidget *name = ui_test_find_label (child (f, "row_list"), title);

  g_assert_nonnull (name);
  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_next_sibling (name)));
}

static gboolean
said_literally (gpointer data)
{
  return ui_test_find_text (data, "R&D <b>down</b> <a href=\"x\">x</a>.csv") != NULL;
}

/* A file that cannot be read says why on the page, its name as it is written: a name is never
 * markup, a link in it never a link */
static void
test_load_error (Fixture      *f,
                 gconstpointer data)
{
  g_autofree char *folder = g_path_get_dirname (f->csv);
  g_autofree char *missing = g_build_filename (folder, "R&D <b>down</b> <a href=\"x\">x</a>.csv", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (missing);

  shortlist_spreadsheet_window_open (f->window, file);
  ui_test_wait_for (said_literally, f->window, "the page to say why");
  g_assert_nonnull (ui_test_find_label (GTK_WIDGET (f->window), "This File Cannot Be Used"));
}

/* Every row is shown with what it lacks before anything is sent; a wrong column is corrected */
static void
test_preview (Fixture      *f,
              gconstpointer data)
{
  GtkWidget *columns = child (f, "columns_row");
  GtkWidget *email_column;
  guint      n_requests;

  open_csv (f);
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (child (f, "window_title"))), ==, "Shortlist <R&D>.csv");
  g_assert_false (ui_test_is_shown (child (f, "problem_label")));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (columns)), ==,
                   "First name, Last name, Email address, City, Country, CV file");

  /* The ATS has Grace already: flagged and left out; Alan's address is wrong; his name stays literal */
  g_assert_cmpstr (subtitle (f, "Grace Hopper"), ==,
                   "Row 2 · grace@example.com\nThe applicant tracking system has “Grace Hopper” with this email address already. "
                   "Include the row to submit anyway.");
  g_assert_cmpstr (subtitle (f, "Katherine Johnson"), ==, "Row 3 · katherine@example.com");
  g_assert_cmpstr (subtitle (f, "<b>Alan</b> Turing"), ==, "Row 4 · alan@\nEmail address: “alan@” does not look like an email address.");
  g_assert_nonnull (ui_test_find_label (child (f, "row_list"), "Needs a change"));
  g_assert_nonnull (ui_test_find_label (child (f, "row_list"), "Already there"));
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (child (f, "rows_group"))), ==,
                   "1 needs a change · 1 already in the applicant tracking system");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (child (f, "submit_button"))), ==, "_Submit 2 Candidates");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (f, "sourced_by_row"))), ==, "recruiter-7");

  /* The email column marked unused: said once, and nothing can go */
  n_requests = fake_kombo_get_n_requests (f->fake);
  g_assert_null (ui_test_find_label (columns, "E-Mail"));
  /* Opened, as a person opens it to change a column */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (columns), TRUE);
  email_column = ui_test_find_row (columns, "E-Mail");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (email_column)), ==, "Such as “grace@example.com”");
  adw_combo_row_set_selected (ADW_COMBO_ROW (email_column), SHORTLIST_CSV_IGNORE);
  ui_test_wait_for (checked, f, "the rows to be checked again");
  g_assert_true (ui_test_is_shown (child (f, "problem_label")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (f, "problem_label"))), ==,
                   "No column holds: Email address. Choose the column for each under Columns.");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (child (f, "submit_button"))), ==, "_Submit 0 Candidates");
  g_assert_false (gtk_widget_is_sensitive (child (f, "submit_button")));

  /* Back: the addresses were looked up once, and are not asked again */
  adw_combo_row_set_selected (ADW_COMBO_ROW (email_column), SHORTLIST_CSV_EMAIL);
  ui_test_wait_for (checked, f, "the rows to be checked again");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (child (f, "submit_button"))), ==, "_Submit 2 Candidates");
  g_assert_cmpuint (fake_kombo_get_n_requests (f->fake), ==, n_requests);

  /* A job whose questions every candidate must answer cannot take a spreadsheet: said once */
  shortlist_job_button_choose (SHORTLIST_JOB_BUTTON (ui_test_find_descendant (child (f, "job_group"), SHORTLIST_TYPE_JOB_BUTTON, 0)),
                               BACKEND_JOB);
  ui_test_wait_for (checked, f, "the rows to be checked for the other job");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (f, "problem_label"))), ==,
                   "“Senior Backend Engineer (Go)” asks questions every candidate must answer, such as “What is your notice period?”. "
                   "A spreadsheet has no answers: submit these candidates from the form, or choose another job.");
  g_assert_cmpstr (subtitle (f, "Katherine Johnson"), ==, "Row 3 · katherine@example.com");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (child (f, "submit_button"))), ==, "_Submit 0 Candidates");
}

static gboolean
idle (gpointer data)
{
  Fixture *f = data;

  return !shortlist_spreadsheet_get_busy (shortlist_spreadsheet_window_get_spreadsheet (f->window));
}

/* Submitting sends the included rows with the job for all; each row says how it went */
static void
test_submit (Fixture      *f,
             gconstpointer data)
{
  g_autoptr (GHashTable) sent = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_requests;

  open_csv (f);
  n_requests = fake_kombo_get_n_requests (f->fake);
  fake_kombo_respond (f->fake, "POST", "/ats/candidates", 200, CREATED ("cand-1"));
  fake_kombo_respond (f->fake, "POST", "/ats/candidates", 200, CREATED ("cand-2"));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "sheet.submit", NULL);
  ui_test_wait_for (idle, f, "the rows to be sent");

  g_assert_cmpuint (fake_kombo_get_n_requests (f->fake), ==, n_requests + 2);
  for (guint i = n_requests; i < n_requests + 2; i++)
    {
      FakeRequest *request = fake_kombo_get_request (f->fake, i);
      JsonObject  *body = fake_request_get_json (request);
      JsonObject  *candidate = json_object_get_object_member (body, "candidate");

      test_assert_schema_valid ("create-candidate.request.schema.json", request->body);
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (body, "application"), "job_id"), ==, DESIGN_JOB);
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (body, "sourced_by"), "user_id"), ==, "recruiter-7");
      g_hash_table_add (sent, (gpointer) json_object_get_string_member (candidate, "email_address"));
      if (g_hash_table_contains (sent, "katherine@example.com") && json_object_has_member (body, "attachments"))
        g_assert_cmpuint (json_array_get_length (json_object_get_array_member (body, "attachments")), ==, 1);
    }
  g_assert_true (g_hash_table_contains (sent, "katherine@example.com"));
  g_assert_true (g_hash_table_contains (sent, "dorothy@example.com"));
  g_assert_false (g_hash_table_contains (sent, "grace@example.com"));

  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (child (f, "rows_group"))), ==,
                   "2 submitted · 1 needs a change · 1 already in the applicant tracking system");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (child (f, "submit_button"))), ==, "_Submit 0 Candidates");
  g_assert_false (gtk_widget_is_sensitive (child (f, "submit_button")));
}

/* Candidates sent, not the lookups of addresses, which may still be coming in */
static gboolean
candidates_arrived (gpointer data)
{
  Fixture *f = ((gpointer *) data)[0];
  guint    n = 0;

  for (guint i = 0; i < fake_kombo_get_n_requests (f->fake); i++)
    n += g_str_equal (fake_kombo_get_request (f->fake, i)->method, "POST");
  return n >= GPOINTER_TO_UINT (((gpointer *) data)[1]);
}

static GPtrArray *
list_history (Fixture *f)
{
  GAsyncResult *result = NULL;
  GPtrArray    *entries;

  shortlist_store_list_history_async (f->store, NULL, NULL, test_store_result, &result);
  entries = shortlist_store_list_history_finish (f->store, test_wait (&result), NULL);
  g_object_unref (result);
  return entries;
}

static gboolean
history_has_two (gpointer data)
{
  g_autoptr (GPtrArray) entries = list_history (data);

  return entries->len == 2;
}

/* Closing the window while rows are sent: those sent finish, and the history has them */
static void
test_close_while_sending (Fixture      *f,
                          gconstpointer data)
{
  gpointer arrived[2] = { f, GUINT_TO_POINTER (2) };

  open_csv (f);
  fake_kombo_respond_full (f->fake, "POST", "/ats/candidates", 200, "application/json", CREATED ("cand-1"), 300, NULL);
  fake_kombo_respond_full (f->fake, "POST", "/ats/candidates", 200, "application/json", CREATED ("cand-2"), 300, NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "sheet.submit", NULL);
  ui_test_wait_for (candidates_arrived, arrived, "both rows to be sent");
  g_object_remove_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = NULL;

  ui_test_wait_for (history_has_two, f, "the history to have both");
}

static guint
n_listed (Fixture *f)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (child (f, "row_list")); row; row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

static gboolean
all_listed (gpointer data)
{
  Fixture *f = data;

  return n_listed (f) == SHORTLIST_SPREADSHEET_MAX_ROWS;
}

static gboolean
some_listed (gpointer data)
{
  return n_listed (data) > 0;
}

/* Scrolled to the end, the last row is in sight */
static gboolean
last_row_shown (gpointer data)
{
  Fixture         *f = data;
  GtkWidget       *label = ui_test_find_label (child (f, "row_list"), "Ada 500 Lovelace");
  GtkAdjustment   *scroll = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (child (f, "scrolled_window")));
  graphene_point_t point;

  gtk_adjustment_set_value (scroll, gtk_adjustment_get_upper (scroll));
  return label != NULL && gtk_widget_compute_point (label, child (f, "scrolled_window"), &GRAPHENE_POINT_INIT (0, 0), &point) &&
         point.y >= 0 && point.y < gtk_widget_get_height (child (f, "scrolled_window"));
}

/* What the progress label said as the check went, kept as it was seen: the check goes on */
static char *progress_seen;

static gboolean
progress_said (gpointer data)
{
  Fixture    *f = data;
  const char *text = gtk_label_get_text (GTK_LABEL (child (f, "progress_label")));

  if (!g_str_has_prefix (text, "Checked "))
    return FALSE;
  g_free (progress_seen);
  progress_seen = g_strdup (text);
  return TRUE;
}

/* The largest spreadsheet: listed a frame's worth at a time, its check said as it goes, and
 * its last row there when scrolled to */
static void
test_many_rows (Fixture      *f,
                gconstpointer data)
{
  g_autoptr (GString) csv = g_string_new ("First name,Last name,Email\n");
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  int n_checked = -1, total = -1;

  for (guint i = 1; i <= SHORTLIST_SPREADSHEET_MAX_ROWS; i++)
    {
      g_string_append_printf (csv, "Ada %u,Lovelace,ada%u@example.com\n", i, i);
      /* Each address is asked about; the answers take a while, as a busy ATS's do */
      fake_kombo_respond_full (f->fake, "GET", "/ats/candidates", 200, "application/json", FOUND (""), 20, NULL);
      fake_kombo_respond (f->fake, "GET", "/ats/candidates?last_name", 200, FOUND (""));
    }
  g_file_set_contents (f->csv, csv->str, csv->len, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (f->csv);
  shortlist_spreadsheet_window_open (f->window, file);

  /* The check is said with how far it has come */
  ui_test_wait_for (progress_said, f, "the check to say how far it is");
  g_assert_cmpint (sscanf (progress_seen, "Checked %d of %d rows", &n_checked, &total), ==, 2);
  g_clear_pointer (&progress_seen, g_free);
  g_assert_cmpint (total, ==, SHORTLIST_SPREADSHEET_MAX_ROWS);
  g_assert_cmpint (n_checked, <, total);

  /* The rows in sight and a screen more, a frame's worth at a time (bench.sh ui measures how
   * soon); the list is as tall as all of them would be, so the window scrolls as far */
  ui_test_wait_for (some_listed, f, "the first rows to be listed");
  ui_test_wait_frames (GTK_WIDGET (f->window), 30);
  g_assert_cmpuint (n_listed (f), <, SHORTLIST_SPREADSHEET_MAX_ROWS / 2);
  g_assert_cmpint (gtk_widget_get_height (child (f, "row_list")), >, SHORTLIST_SPREADSHEET_MAX_ROWS * 30);
  g_assert_nonnull (ui_test_find_label (child (f, "row_list"), "Ada 1 Lovelace"));
  g_assert_cmpstr (subtitle (f, "Ada 1 Lovelace"), ==, "Row 2 · ada1@example.com");

  /* Scrolled to the end, the rest come, and the last row is there */
  ui_test_wait_for (last_row_shown, f, "the last row to be shown");
  g_assert_cmpstr (subtitle (f, "Ada 500 Lovelace"), ==, "Row 501 · ada500@example.com");
  g_assert_true (all_listed (f));

  ui_test_wait_for (checked, f, "the rows to be checked");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (child (f, "submit_button"))), ==, "_Submit 500 Candidates");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (f, "progress_label"))), ==, "");
}

static gboolean
shows_sheet (gpointer data)
{
  Fixture              *f = ((gpointer *) data)[0];
  ShortlistSpreadsheet *sheet = shortlist_spreadsheet_window_get_spreadsheet (f->window);

  return sheet != NULL && g_strcmp0 (shortlist_spreadsheet_get_sheet (sheet), ((gpointer *) data)[1]) == 0 &&
         !shortlist_spreadsheet_get_busy (sheet);
}

/* An Excel workbook: its first sheet's candidates, and its sheets to choose from */
static void
test_workbook (Fixture      *f,
               gconstpointer data)
{
  g_autofree char *path = g_build_filename (test_get_tmp_dir (), "shortlist.xlsx", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  AdwComboRow *sheet_row = ADW_COMBO_ROW (child (f, "sheet_row"));
  gpointer     notes[] = { f, (gpointer) "Notes" };

  cv_corpus_write_xlsx (path);
  shortlist_spreadsheet_window_open (f->window, file);
  ui_test_wait_for (checked, f, "the rows to be checked");
  g_assert_cmpstr (shortlist_spreadsheet_get_sheet (shortlist_spreadsheet_window_get_spreadsheet (f->window)), ==, "Candidates");
  g_assert_nonnull (ui_test_find_label (child (f, "row_list"), "Ada Lovelace"));
  g_assert_nonnull (ui_test_find_label (child (f, "row_list"), "Grace Hopper"));
  g_assert_true (ui_test_is_shown (GTK_WIDGET (sheet_row)));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (sheet_row)), ==, 2);

  /* The other sheet, chosen: its rows instead */
  adw_combo_row_set_selected (sheet_row, 1);
  ui_test_wait_for (shows_sheet, notes, "the other sheet");
  g_assert_null (ui_test_find_label (child (f, "row_list"), "Ada Lovelace"));
  g_assert_cmpuint (adw_combo_row_get_selected (sheet_row), ==, 1);
}

static guint
n_drafts (ShortlistStore *store)
{
  GAsyncResult *result = NULL;
  g_autoptr (GPtrArray) drafts = NULL;

  shortlist_store_list_drafts_async (store, NULL, test_store_result, &result);
  drafts = shortlist_store_list_drafts_finish (store, test_wait (&result), NULL);
  g_object_unref (result);
  return drafts->len;
}

static gboolean
one_draft_kept (gpointer data)
{
  return n_drafts (data) == 1;
}

/* CVs for one job, chosen at once: a row each, named by what the CV says and known by its file;
 * one that cannot be sent as it is, kept as a draft to finish in the form */
static void
test_cvs (Fixture      *f,
          gconstpointer data)
{
  g_autofree char  *folder = g_build_filename (test_get_tmp_dir (), "cvs-for-one-job", NULL);
  g_autofree char  *scan = g_build_filename (folder, "scan.pdf", NULL);
  const CvExpected *expected;
  GFile            *files[3];
  GtkWidget        *scan_row;
  guint             n;

  g_mkdir_with_parents (folder, 0700);
  expected = cv_corpus_write (folder, &n);
  cv_corpus_write_scan_pdf (scan);
  files[0] = g_file_new_build_filename (folder, expected[0].file_name, NULL);
  files[1] = g_file_new_build_filename (folder, expected[2].file_name, NULL);
  files[2] = g_file_new_for_path (scan);
  shortlist_spreadsheet_window_open_cvs (f->window, files, G_N_ELEMENTS (files));
  ui_test_wait_for (checked, f, "the CVs to be read and checked");

  g_assert_cmpstr (subtitle (f, "Jane Doe"), ==, "01-Doe.pdf · jane.doe@example.com");
  g_assert_nonnull (ui_test_find_label (child (f, "row_list"), "Jörg Müller"));
  g_assert_cmpuint (shortlist_spreadsheet_get_n_to_send (shortlist_spreadsheet_window_get_spreadsheet (f->window)), ==, 2);
  /* The scan, named by its file as it says no name, says why and how to finish it */
  scan_row = ui_test_find_label (child (f, "row_list"), "scan.pdf");
  g_assert_nonnull (scan_row);
  g_assert_nonnull (strstr (subtitle (f, "scan.pdf"), "The CV has no text to read"));
  g_assert_nonnull (strstr (subtitle (f, "scan.pdf"), "Click to keep it as a draft and finish it in the form."));

  g_signal_emit_by_name (child (f, "row_list"), "row-activated", gtk_widget_get_ancestor (scan_row, GTK_TYPE_LIST_BOX_ROW));
  ui_test_wait_for (one_draft_kept, f->store, "the scan to be kept as a draft");
  g_assert_nonnull (ui_test_find_text (child (f, "row_list"), "Kept as a draft: finish it in the form, from Drafts in the main window."));
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);
}

int
main (int    argc,
      char **argv)
{
  ui_test_init (&argc, &argv);

  g_test_add ("/spreadsheet-window/preview", Fixture, NULL, fixture_set_up, test_preview, fixture_tear_down);
  g_test_add ("/spreadsheet-window/cvs", Fixture, NULL, fixture_set_up, test_cvs, fixture_tear_down);
  g_test_add ("/spreadsheet-window/workbook", Fixture, NULL, fixture_set_up, test_workbook, fixture_tear_down);
  g_test_add ("/spreadsheet-window/load-error", Fixture, NULL, fixture_set_up, test_load_error, fixture_tear_down);
  g_test_add ("/spreadsheet-window/many-rows", Fixture, NULL, fixture_set_up, test_many_rows, fixture_tear_down);
  g_test_add ("/spreadsheet-window/submit", Fixture, NULL, fixture_set_up, test_submit, fixture_tear_down);
  g_test_add ("/spreadsheet-window/close-while-sending", Fixture, NULL, fixture_set_up, test_close_while_sending, fixture_tear_down);

  return g_test_run ();
}
