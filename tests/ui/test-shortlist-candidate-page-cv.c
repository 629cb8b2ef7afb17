/* test-shortlist-candidate-page-cv.c: a CV filling the form, undone, and one that cannot be read */
#include "config.h"

#include <string.h>

#include "candidate-page-test.h"

/* Filling in from a CV */

static gboolean
cv_row_says (gpointer data)
{
  gpointer  *args = data;
  GtkWidget *label = ui_test_find_label (((Fixture *) args[0])->page, args[1]);

  return label != NULL && ui_test_is_shown (label);
}

static void
wait_for_cv_row (Fixture    *f,
                 const char *title)
{
  gpointer data[] = { f, (gpointer) title };

  ui_test_wait_for (cv_row_says, data, title);
}

static GFile *
corpus_cv (const char *name)
{
  g_autofree char *dir = g_build_filename (test_get_tmp_dir (), "cv-corpus", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  guint            n;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_mkdir_with_parents (dir, 0700);
      cv_corpus_write (dir, &n);
    }
  return g_file_new_for_path (path);
}

static const char *
text_of (Fixture    *f,
         const char *title)
{
  return gtk_editable_get_text (GTK_EDITABLE (field (f, title)));
}

static gboolean
marked_from_cv (Fixture    *f,
                const char *title)
{
  GtkWidget *label = ui_test_find_label (field (f, title), "From CV");

  return label != NULL && ui_test_is_shown (label);
}

/* A dropped CV fills what is empty, says what it filled, and sends it; a typed field stays */
static void
test_cv_fills_the_form (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr (GFile) cv = corpus_cv ("01-Doe.pdf");
  g_autoptr (JsonObject) body = NULL;
  FakeRequest *request;

  choose_job (f, "designer");
  type_into (f, "First name", "Janet");
  shortlist_candidate_page_attach_files (SHORTLIST_CANDIDATE_PAGE (f->page), &cv, 1);
  wait_for_cv_row (f, "Filled in from “01-Doe.pdf”: check before submitting");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (field (f, "Filled in from “01-Doe.pdf”: check before submitting"))), ==,
                   "Last name, email address, phone number, current company, current job title, city, country, social links");

  g_assert_cmpstr (text_of (f, "First name"), ==, "Janet");
  g_assert_false (marked_from_cv (f, "First name"));
  g_assert_cmpstr (text_of (f, "Last name"), ==, "Doe");
  g_assert_true (marked_from_cv (f, "Last name"));
  g_assert_cmpstr (text_of (f, "Email address"), ==, "jane.doe@example.com");
  g_assert_cmpstr (text_of (f, "Phone number"), ==, "+49 170 1234567");
  g_assert_true (ui_test_is_shown (field (f, "Current company")));
  g_assert_cmpstr (text_of (f, "Current company"), ==, "Acme Analytics GmbH");
  g_assert_cmpstr (text_of (f, "Current job title"), ==, "Data Engineer");
  g_assert_cmpstr (text_of (f, "City"), ==, "Berlin");
  g_assert_nonnull (ui_test_find_label (control (f, "Country", GTK_TYPE_DROP_DOWN), "Germany"));
  g_assert_cmpstr (text_of (f, "Link, such as https://www.linkedin.com/in/…"), ==, "https://www.linkedin.com/in/janedoe");

  /* Typed over, a field is the recruiter's */
  type_into (f, "Current job title", "Senior Data Engineer");
  g_assert_false (marked_from_cv (f, "Current job title"));
  g_assert_true (marked_from_cv (f, "Current company"));

  answer_no_one (f, 1);
  fake_kombo_respond (f->fake, "POST", "/ats/candidates", 200, CREATED);
  g_assert_true (gtk_widget_activate_action (f->page, "candidate.submit", NULL));
  wait_for_sent (f, 1);
  request = sent (f, 0);
  body = fake_request_get_json (request);
  test_assert_json_equal (json_object_get_object_member (body, "candidate"),
                          "{\"first_name\":\"Janet\",\"last_name\":\"Doe\",\"email_address\":\"jane.doe@example.com\","
                          "\"company\":\"Acme Analytics GmbH\",\"title\":\"Senior Data Engineer\",\"phone_number\":\"+49 170 1234567\","
                          "\"location\":{\"city\":\"Berlin\",\"country\":\"DE\"},"
                          "\"social_links\":[{\"url\":\"https://www.linkedin.com/in/janedoe\"}]}");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (body, "attachments"), 0), "name"), ==,
                   "01-Doe.pdf");
  test_assert_schema_valid ("create-candidate.request.schema.json", request->body);
}

/* Undo takes back what the CV filled, except what was typed over; the CV stays attached */
static void
test_cv_undo (Fixture      *f,
              gconstpointer data)
{
  g_autoptr (GFile) cv = corpus_cv ("02-Mustermann.pdf");

  type_into (f, "Email address", "max@typed.example");
  shortlist_candidate_page_attach_files (SHORTLIST_CANDIDATE_PAGE (f->page), &cv, 1);
  wait_for_cv_row (f, "Filled in from “02-Mustermann.pdf”: check before submitting");
  g_assert_cmpstr (text_of (f, "First name"), ==, "Max");
  g_assert_cmpstr (text_of (f, "Email address"), ==, "max@typed.example");
  /* The CV's address is kept beside the typed one, not over it */
  g_assert_cmpstr (text_of (f, "Last name"), ==, "Mustermann");
  type_into (f, "Last name", "Mustermann-Schmidt");

  g_signal_emit_by_name (ui_test_find_label (f->page, "_Undo"), "clicked");
  g_assert_cmpstr (text_of (f, "First name"), ==, "");
  g_assert_cmpstr (text_of (f, "Phone number"), ==, "");
  g_assert_cmpstr (text_of (f, "Last name"), ==, "Mustermann-Schmidt");
  g_assert_cmpstr (text_of (f, "Email address"), ==, "max@typed.example");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kombo_candidate_draft_get_emails (
                        shortlist_candidate_page_get_draft (SHORTLIST_CANDIDATE_PAGE (f->page))))),
                    ==, 0);
  g_assert_false (ui_test_is_shown (ui_test_find_label (f->page, "_Undo")));
  ui_test_find_row (group (f, "Attachments"), "02-Mustermann.pdf");
}

/* The damaged CV is attached, and its reading over with nothing said */
static gboolean
cv_read_quietly (gpointer data)
{
  Fixture   *f = data;
  GtkWidget *attached = ui_test_find_label (group (f, "Attachments"), "damaged.pdf");
  GtkWidget *reading = ui_test_find_label (f->page, "Reading “damaged.pdf”…");

  return attached != NULL && reading != NULL && !ui_test_is_shown (reading);
}

/* A scan says so, and a damaged file says nothing; both stay attached */
static void
test_cv_unreadable (Fixture      *f,
                    gconstpointer data)
{
  g_autofree char *scan_path = g_build_filename (test_get_tmp_dir (), "scan.pdf", NULL);
  g_autofree char *damaged_path = test_write_file ("damaged.pdf", "%PDF-1.4 and nothing after", -1);
  g_autoptr (GFile) scan = g_file_new_for_path (scan_path);
  g_autoptr (GFile) damaged = g_file_new_for_path (damaged_path);
  GtkWidget *row;

  cv_corpus_write_scan_pdf (scan_path);
  type_into (f, "First name", "Ada");
  shortlist_candidate_page_attach_files (SHORTLIST_CANDIDATE_PAGE (f->page), &scan, 1);
  wait_for_cv_row (f, "This CV has no text to read");
  row = field (f, "This CV has no text to read");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "It is still attached. Type the candidate’s details in.");
  g_assert_false (ui_test_is_shown (ui_test_find_label (f->page, "_Undo")));
  ui_test_find_row (group (f, "Attachments"), "scan.pdf");

  /* Taken away, the scan leaves room for another CV, which is read and given up on quietly */
  g_signal_emit_by_name (ui_test_find_descendant (ui_test_find_row (group (f, "Attachments"), "scan.pdf"), GTK_TYPE_BUTTON, 1), "clicked");
  shortlist_candidate_page_attach_files (SHORTLIST_CANDIDATE_PAGE (f->page), &damaged, 1);
  ui_test_wait_for (cv_read_quietly, f, "the damaged CV to be read");
  ui_test_find_row (group (f, "Attachments"), "damaged.pdf");
  g_assert_null (ui_test_find_label (f->page, "This CV has no text to read"));
  g_assert_cmpstr (text_of (f, "First name"), ==, "Ada");

  /* An old Word document is attached, and said plainly not to be read */
  {
    g_autofree char *doc = g_malloc0 (1536);
    g_autofree char *doc_path = NULL;
    g_autoptr (GFile) doc_file = NULL;

    memcpy (doc, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);
    doc_path = test_write_file ("Lebenslauf.doc", doc, 1536);
    doc_file = g_file_new_for_path (doc_path);
    g_signal_emit_by_name (ui_test_find_descendant (ui_test_find_row (group (f, "Attachments"), "damaged.pdf"), GTK_TYPE_BUTTON, 1), "clicked");
    shortlist_candidate_page_attach_files (SHORTLIST_CANDIDATE_PAGE (f->page), &doc_file, 1);
    wait_for_cv_row (f, "“Lebenslauf.doc” is an old Word document, which Shortlist does not read");
    row = field (f, "“Lebenslauf.doc” is an old Word document, which Shortlist does not read");
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                     "It is still attached. Type the candidate’s details in, or save the CV as .docx or PDF and attach that to fill them in.");
    ui_test_find_row (group (f, "Attachments"), "Lebenslauf.doc");
  }
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/shortlist/candidate-page/cv/fills-the-form", Fixture, NULL, fixture_set_up, test_cv_fills_the_form, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/cv/undo", Fixture, NULL, fixture_set_up, test_cv_undo, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/cv/unreadable", Fixture, NULL, fixture_set_up, test_cv_unreadable, fixture_tear_down);

  return g_test_run ();
}
