/* test-shortlist-candidate-page.c: the candidate form, driven as a recruiter drives it */
#include "config.h"

#include "cv-corpus.h"
#include "shortlist-candidate-page.h"
#include "shortlist-compat.h"
#include "shortlist-date-button.h"
#include "shortlist-error-box.h"
#include "shortlist-job-button.h"
#include "shortlist-store.h"
#include "ui-test-util.h"

#define BACKEND_JOB "7KmQpz3RtVwXy2AbCdEfGh4J"
#define DESIGNER_JOB "3QrStUvWxYzAbCdEfGhIjKmN"
#define JOB_ID "Job ID, as the ATS or Kombo shows it"

#define CREATED                                                                                              \
  "{\"status\":\"success\",\"data\":{\"id\":\"cand-ada\",\"remote_id\":\"77\",\"first_name\":\"Ada\","       \
  "\"last_name\":\"Lovelace\",\"remote_url\":\"https://ats.example.com/candidates/77\",\"applications\":[]," \
  "\"tags\":[]},\"warnings\":[{\"message\":\"The salary was stored as a note.\"},"                           \
  "{\"message\":\"Only one social link is shown.\"}]}"

typedef struct
{
  FakeKombo        *fake;
  GSettings        *settings;
  ShortlistAccount *account;
  ShortlistWindow  *window;
  GtkWidget        *page;
} Fixture;

static gboolean
jobs_listed (gpointer data)
{
  Fixture   *f = data;
  GtkWidget *row = ui_test_find_row (f->page, "Open job");

  return g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Choose from 4 open jobs, or type a job ID below") == 0;
}

/* What a new window asks for: the open jobs, the attachment restrictions and the tags */
static void
answer_new_window (FakeKombo *fake)
{
  g_autofree char *jobs = ui_test_dup_jobs_answer ();

  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, jobs);
  fake_kombo_respond (fake, "GET", "/ats/actions/ats_create_candidate", 200,
                      "{\"status\":\"success\",\"data\":{\"attachment_restrictions\":{\"total_size_bytes\":20000000,"
                      "\"types\":{\"CV\":{\"is_supported\":true,\"min_amount\":null,\"max_amount\":1,\"max_file_size_bytes\":10000000,"
                      "\"accepted_mime_types\":[\"application/pdf\"]},\"COVER_LETTER\":{\"is_supported\":false},"
                      "\"OTHER\":{\"is_supported\":true,\"min_amount\":null,\"max_amount\":null,\"max_file_size_bytes\":null,"
                      "\"accepted_mime_types\":null}}}}}");
  fake_kombo_respond (fake, "GET", "/ats/tags", 200, "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[]}}");
}

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  f->fake = fake_kombo_new ();
  f->settings = ui_test_settings_new ();
  f->account = ui_test_account_new (f->fake, f->settings);
  answer_new_window (f->fake);

  f->window = shortlist_window_new (NULL, f->settings);
  gtk_window_present (GTK_WINDOW (f->window));
  shortlist_window_set_account (f->window, f->account);
  f->page = ui_test_child (GTK_WIDGET (f->window), SHORTLIST_TYPE_WINDOW, "candidate_page");
  ui_test_wait_for (jobs_listed, f, "the open jobs");
  ui_test_wait_for_form (f->page);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  /* The page and the candidate it held go with the window: nothing keeps them */
  if (f->window != NULL)
    ui_test_destroy_window (GTK_WINDOW (f->window), f->page, shortlist_candidate_page_get_draft (SHORTLIST_CANDIDATE_PAGE (f->page)), NULL);
  g_clear_object (&f->account);
  g_clear_object (&f->settings);
  g_clear_object (&f->fake);
}

/* The row a recruiter reads as @title */
static GtkWidget *
field (Fixture    *f,
       const char *title)
{
  return ui_test_find_row (f->page, title);
}

static GtkWidget *
group (Fixture    *f,
       const char *title)
{
  return ui_test_find_group (f->page, title);
}

/* The control of type @type in the row titled @title, such as its switch */
static GtkWidget *
control (Fixture    *f,
         const char *title,
         GType       type)
{
  return ui_test_find_descendant (field (f, title), type, 0);
}

static void
type_into (Fixture    *f,
           const char *title,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field (f, title)), text);
}

static gboolean
in_view (gpointer data)
{
  GtkWidget      *widget = data;
  GtkWidget      *window = GTK_WIDGET (gtk_widget_get_root (widget));
  graphene_rect_t bounds;

  return gtk_widget_compute_bounds (widget, window, &bounds) && bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (window);
}

#define NO_ONE "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[]}}"

/* The ATS has no one with the candidate's @n addresses: Shortlist asks about each before sending */
static void
answer_no_one (Fixture *f,
               guint    n)
{
  for (guint i = 0; i < n; i++)
    fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, NO_ONE);
}

/* How many candidates were sent: the lookups before them are not counted */
static guint
n_sent (Fixture *f)
{
  guint n = 0;

  for (guint i = 0; i < fake_kombo_get_n_requests (f->fake); i++)
    n += g_str_equal (fake_kombo_get_request (f->fake, i)->method, "POST");
  return n;
}

/* The @nth candidate the server received, counting from 0 */
static FakeRequest *
sent (Fixture *f,
      guint    nth)
{
  for (guint i = 0; i < fake_kombo_get_n_requests (f->fake); i++)
    {
      FakeRequest *request = fake_kombo_get_request (f->fake, i);

      if (g_str_equal (request->method, "POST") && nth-- == 0)
        return request;
    }
  g_error ("No candidate number %u was sent", nth);
}

static gboolean
has_sent (gpointer data)
{
  return n_sent (((gpointer *) data)[0]) >= GPOINTER_TO_UINT (((gpointer *) data)[1]);
}

static void
wait_for_sent (Fixture *f,
               guint    n)
{
  gpointer data[] = { f, GUINT_TO_POINTER (n) };

  ui_test_wait_for (has_sent, data, "the candidate to be sent");
}

/* Opens the job list, searches, and clicks the first match */
static void
choose_job (Fixture    *f,
            const char *search)
{
  GtkWidget *button = ui_test_find_descendant (f->page, SHORTLIST_TYPE_JOB_BUTTON, 0);
  GtkWidget *menu_button = ui_test_find_descendant (button, GTK_TYPE_MENU_BUTTON, 0);

  /* A person goes to the button first; a popover off screen has no monitor under X11. The focus
   * goes there too, so that no scroll to an earlier focus (a field with a problem) comes after */
  gtk_widget_grab_focus (menu_button);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (ui_test_find_descendant (f->page, GTK_TYPE_SCROLLED_WINDOW, 0))), 0);
  ui_test_wait_for (in_view, menu_button, "the job button to scroll into view");
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  /* The list is built as the button first opens */
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_descendant (button, GTK_TYPE_SEARCH_ENTRY, 0)), search);
  gtk_widget_activate_action (ui_test_find_descendant (button, GTK_TYPE_LIST_VIEW, 0), "list.activate-item", "u", 0);
}

static void
click_header_button (GtkWidget *group)
{
  GtkWidget *button = NULL;

  g_object_get (group, "header-suffix", &button, NULL);
  g_signal_emit_by_name (button, "clicked");
  g_object_unref (button);
}

static GtkWidget *
question_row (Fixture    *f,
              const char *title)
{
  return ui_test_find_row (group (f, "Screening Questions"), title);
}

static void
pick_date (GtkWidget *date_button,
           int        year,
           int        month,
           int        day)
{
  GtkWidget *calendar = ui_test_find_descendant (date_button, GTK_TYPE_CALENDAR, 0);
  g_autoptr (GDateTime) date = g_date_time_new_local (year, month, day, 12, 0, 0);

  shortlist_calendar_select (GTK_CALENDAR (calendar), date);
}

static guint
string_position (GListModel *model,
                 const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text) == 0)
      return i;
  g_error ("“%s” is not offered", text);
}

static gboolean
page_shows (gpointer data)
{
  GtkWidget  *stack = ((GtkWidget **) data)[0];
  const char *name = ((const char **) data)[1];

  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (stack)), name) == 0;
}

static void
wait_for_page (Fixture    *f,
               const char *name)
{
  gpointer data[] = { ui_test_find_descendant (f->page, GTK_TYPE_STACK, 0), (gpointer) name };

  ui_test_wait_for (page_shows, data, name);
}

static gboolean
group_has_row (gpointer data)
{
  GtkWidget  *group = ((GtkWidget **) data)[0];
  const char *title = ((const char **) data)[1];
  GtkWidget  *list = ui_test_find_descendant (group, GTK_TYPE_LIST_BOX, 0);

  /* Looked for quietly: ui_test_find_row() fails the test when the row is missing */
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return TRUE;
  return FALSE;
}

static void
wait_for_row (GtkWidget  *group,
              const char *title)
{
  gpointer data[] = { group, (gpointer) title };

  ui_test_wait_for (group_has_row, data, title);
}

static gboolean
file_answered (gpointer data)
{
  return g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (data)), "portfolio.pdf");
}

/* Whether the keyboard focus is in @row, as in the entry of an entry row */
static gboolean
has_focus (Fixture   *f,
           GtkWidget *row)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row));
}

static void
fill_person (Fixture *f)
{
  type_into (f, "First name", "Ada");
  type_into (f, "Last name", "Lovelace");
  type_into (f, "Email address", " ada.lovelace@example.org ");
}

/* Fills every field as a recruiter would, with every kind of screening answer and a CV */
static void
fill_whole_form (Fixture *f)
{
  GtkWidget       *row;
  GtkWidget       *emails_group = group (f, "More Email Addresses");
  GtkWidget       *country = control (f, "Country", GTK_TYPE_DROP_DOWN);
  g_autofree char *cv_path = test_write_file ("cv.pdf", "%PDF-1.4 CV of Ada", -1);
  g_autofree char *portfolio_path = test_write_file ("portfolio.pdf", "%PDF-1.4 portfolio", -1);
  g_autoptr (GFile) cv = g_file_new_for_path (cv_path);
  g_autoptr (GFile) portfolio = g_file_new_for_path (portfolio_path);
  GAsyncResult *read = NULL;
  g_autoptr (KomboAttachment) file = NULL;

  choose_job (f, "backend");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, JOB_ID))), ==, BACKEND_JOB);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (f, "Stage")), 2);

  fill_person (f);
  type_into (f, "Phone number", "+49 30 1234567");
  type_into (f, "Current company", "Analytical Engines");
  type_into (f, "Current job title", "Principal Engineer");
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (f, "Gender")), 2);

  click_header_button (emails_group);
  row = ui_test_find_row (emails_group, "Email address");
  gtk_editable_set_text (GTK_EDITABLE (row), "ada@engines.example");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (ui_test_find_descendant (row, GTK_TYPE_DROP_DOWN, 0)), 1);

  click_header_button (group (f, "More Phone Numbers"));
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_row (group (f, "More Phone Numbers"), "Phone number")), "+49 170 5555555");

  click_header_button (group (f, "Social Links"));
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_row (group (f, "Social Links"), "Link, such as https://www.linkedin.com/in/…")),
                         "https://www.linkedin.com/in/ada");

  gtk_drop_down_set_selected (GTK_DROP_DOWN (country), string_position (gtk_drop_down_get_model (GTK_DROP_DOWN (country)), "Germany"));
  type_into (f, "City", "Berlin");
  type_into (f, "Postcode", "10115");
  type_into (f, "Amount", "85,000");
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (f, "Per")), 2);
  pick_date (control (f, "Available from", SHORTLIST_TYPE_DATE_BUTTON), 2027, 1, 15);

  /* Every kind of screening question */
  gtk_editable_set_text (GTK_EDITABLE (question_row (f, "What is your notice period? (required)")), "Three months");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (ui_test_find_descendant (question_row (f, "Why would you like to join Northwind?"), GTK_TYPE_TEXT_VIEW, 0))),
                            "I like trains.", -1);
  gtk_editable_set_text (GTK_EDITABLE (question_row (f, "Years of professional experience with Go (required)")), "7");

  row = question_row (f, "Which permit do you hold or need? (required)");
  g_assert_false (gtk_widget_get_visible (row));
  g_signal_emit_by_name (ui_test_find_label (question_row (f, "Do you need a work permit for Germany? (required)"), "_Yes"), "clicked");
  g_assert_true (gtk_widget_get_visible (row));
  gtk_editable_set_text (GTK_EDITABLE (row), "EU Blue Card");

  pick_date (ui_test_find_descendant (question_row (f, "Earliest start date"), SHORTLIST_TYPE_DATE_BUTTON, 0), 2027, 2, 1);

  row = question_row (f, "Which days could you be in the office?");
  g_assert_false (gtk_widget_get_visible (row));
  adw_combo_row_set_selected (ADW_COMBO_ROW (question_row (f, "Preferred way of working (required)")), 2);
  g_assert_true (gtk_widget_get_visible (row));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (ui_test_find_descendant (ui_test_find_row (row, "Monday"), GTK_TYPE_CHECK_BUTTON, 0)), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (ui_test_find_descendant (ui_test_find_row (row, "Wednesday"), GTK_TYPE_CHECK_BUTTON, 0)), TRUE);

  row = question_row (f, "Languages you work in fluently");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (ui_test_find_descendant (ui_test_find_row (row, "English"), GTK_TYPE_CHECK_BUTTON, 0)), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (ui_test_find_descendant (ui_test_find_row (row, "German"), GTK_TYPE_CHECK_BUTTON, 0)), TRUE);

  /* The file chooser is the desktop's; what it gives goes into the draft, and the row shows it */
  row = question_row (f, "A code sample or portfolio");
  kombo_attachment_new_for_file_async (portfolio, KOMBO_ATTACHMENT_OTHER, NULL, test_store_result, &read);
  file = kombo_attachment_new_for_file_finish (test_wait (&read), NULL);
  kombo_candidate_draft_set_file_answer (shortlist_candidate_page_get_draft (SHORTLIST_CANDIDATE_PAGE (f->page)),
                                         "UvYzjsStVwXeZ5fGhIjKmNpQ", file);
  ui_test_wait_for (file_answered, row, "the portfolio to be shown");

  /* Questions Shortlist cannot answer say so */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (question_row (f, "Record a one-minute video introduction"))), ==,
                   "Shortlist cannot answer this kind of question. If it is needed, answer it in the applicant tracking system.");
  g_assert_true (gtk_widget_get_visible (question_row (f, "Northwind keeps your application for 12 months and then deletes it.")));

  shortlist_candidate_page_attach_files (SHORTLIST_CANDIDATE_PAGE (f->page), &cv, 1);
  wait_for_row (group (f, "Attachments"), "cv.pdf");

  gtk_switch_set_active (GTK_SWITCH (control (f, "The candidate agreed to the processing of their data", GTK_TYPE_SWITCH)), TRUE);
  pick_date (control (f, "Until", SHORTLIST_TYPE_DATE_BUTTON), 2028, 1, 31);
  type_into (f, "Sourced by (the recruiter’s user ID in the ATS)", "recruiter-42");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (control (f, "Remote fields", GTK_TYPE_TEXT_VIEW))),
                            "{\"greenhouse\": {\"candidate\": {\"is_private\": true}}}", -1);
  g_object_unref (read);
}

static void
test_whole_form (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr (JsonObject) body = NULL;
  FakeRequest *request;
  GtkWidget   *result_status;
  GtkWidget   *warnings;

  fill_whole_form (f);

  /* Both addresses are looked up first */
  answer_no_one (f, 2);
  fake_kombo_respond (f->fake, "POST", "/ats/candidates", 200, CREATED);
  g_assert_true (gtk_widget_activate_action (f->page, "candidate.submit", NULL));
  wait_for_sent (f, 1);
  wait_for_page (f, "result");

  request = sent (f, 0);
  g_assert_cmpstr (request->path, ==, "/ats/candidates");
  body = fake_request_get_json (request);
  test_assert_json_equal (body,
                          "{\"candidate\":{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"email_address\":\"ada.lovelace@example.org\","
                          "\"additional_email_addresses\":[{\"type\":\"WORK\",\"email_address\":\"ada@engines.example\"}],"
                          "\"company\":\"Analytical Engines\",\"title\":\"Principal Engineer\",\"phone_number\":\"+49 30 1234567\","
                          "\"additional_phone_numbers\":[{\"type\":\"PERSONAL\",\"phone_number\":\"+49 170 5555555\"}],"
                          "\"location\":{\"city\":\"Berlin\",\"country\":\"DE\",\"zip_code\":\"10115\"},\"gender\":\"FEMALE\","
                          "\"availability_date\":\"2027-01-15T00:00:00.000Z\",\"salary_expectations\":{\"period\":\"YEAR\",\"amount\":85000},"
                          "\"social_links\":[{\"url\":\"https://www.linkedin.com/in/ada\"}]},"
                          "\"application\":{\"job_id\":\"" BACKEND_JOB "\",\"stage_id\":\"4iPqRsTuVwXyZ2bCdEfGhJ3K\"},"
                          "\"screening_question_answers\":["
                          "{\"question_id\":\"8aBcDeFgHiJkLmNoPqRsTuVw\",\"answer\":\"Three months\"},"
                          "{\"question_id\":\"9bCdEfGhIjKmNoPqRsTuVwXy\",\"answer\":\"I like trains.\"},"
                          "{\"question_id\":\"AcDeFgHiJkMnPqRsTuVwXyZ1\",\"answer\":7},"
                          "{\"question_id\":\"BdEfGhIjKmNpQrStUvWxYz2a\",\"answer\":true},"
                          "{\"question_id\":\"CeFgHiJkMnPqRsTuVwXyZ3bA\",\"answer\":\"EU Blue Card\"},"
                          "{\"question_id\":\"DfGhIjKmNpQrStUvWxYz4cBd\",\"answer\":\"2027-02-01T00:00:00.000Z\"},"
                          "{\"question_id\":\"EgHiJkMnPqRsTuVwXyZ5dCeF\",\"answer\":\"GiKmNpQrStUvWxYz7fEgHi2j\"},"
                          "{\"question_id\":\"JkNpQrStUvWxYz9hGiJkLm4n\",\"answer\":[\"KmPqRsTuVwXyZaiHjKmNp5qR\",\"MpRsTuVwXyZckKmNpQr7sTuV\"]},"
                          "{\"question_id\":\"QsUvWxYzfoNqRsTuaVwXyZ1b\",\"answer\":[\"RtVwXyZgpPrStUbWxYz2cDeF\",\"StWxYzhqQsTuVcXyZ3dEfGhJ\"]},"
                          "{\"question_id\":\"UvYzjsStVwXeZ5fGhIjKmNpQ\",\"answer\":{\"name\":\"portfolio.pdf\",\"content_type\":\"application/pdf\","
                          "\"data\":\"JVBERi0xLjQgcG9ydGZvbGlv\"}}],"
                          "\"attachments\":[{\"name\":\"cv.pdf\",\"type\":\"CV\",\"content_type\":\"application/pdf\",\"data\":\"JVBERi0xLjQgQ1Ygb2YgQWRh\"}],"
                          "\"sourced_by\":{\"user_id\":\"recruiter-42\"},"
                          "\"gdpr_consent\":{\"expires_at\":\"2028-01-31T00:00:00.000Z\",\"given\":true},"
                          "\"remote_fields\":{\"greenhouse\":{\"candidate\":{\"is_private\":true}}}}");
  test_assert_schema_valid ("create-candidate.request.schema.json", request->body);

  /* The result: the name, the id, the link into the ATS and every warning */
  result_status = ui_test_find_descendant (f->page, ADW_TYPE_STATUS_PAGE, 0);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (result_status)), ==, "Ada Lovelace Was Submitted");
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (result_status)), ==,
                   "Applied to Senior Backend Engineer (Go) in Greenhouse.");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (field (f, "Kombo ID"))), ==, "cand-ada");
  g_assert_true (gtk_widget_get_visible (field (f, "Open in the Applicant Tracking System")));
  warnings = group (f, "Warnings");
  g_assert_true (gtk_widget_get_visible (warnings));
  ui_test_find_row (warnings, "The salary was stored as a note.");
  ui_test_find_row (warnings, "Only one social link is shown.");

  /* New Candidate clears the person and keeps the job */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-candidate", NULL);
  wait_for_page (f, "form");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "First name"))), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, JOB_ID))), ==, BACKEND_JOB);
}

static gboolean
draft_has_job (gpointer data)
{
  return kombo_candidate_draft_get_job (data) != NULL;
}

/* Everything typed, written out as a draft and read into another window, sends the same bytes */
static void
test_round_trip (Fixture      *f,
                 gconstpointer data)
{
  g_autofree char     *references_path = test_write_file ("references.pdf", "%PDF-1.4 references", -1);
  g_autofree char     *notes_path = test_write_file ("notes.txt", "Met at a conference", -1);
  GFile               *more[] = { g_file_new_for_path (references_path), g_file_new_for_path (notes_path) };
  KomboCandidateDraft *draft = shortlist_candidate_page_get_draft (SHORTLIST_CANDIDATE_PAGE (f->page));
  g_autoptr (JsonNode) saved = NULL;
  g_autoptr (JsonNode) loaded = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  Fixture          other = *f;
  GBytes          *body;
  GBytes          *body_again;

  fill_whole_form (f);
  shortlist_candidate_page_attach_files (SHORTLIST_CANDIDATE_PAGE (f->page), more, 2);
  wait_for_row (group (f, "Attachments"), "notes.txt");
  saved = kombo_candidate_draft_serialize (draft);
  text = json_to_string (saved, FALSE);

  /* A second window, as after a restart: the draft is read back into its form */
  answer_new_window (f->fake);
  other.window = shortlist_window_new (NULL, f->settings);
  gtk_window_present (GTK_WINDOW (other.window));
  shortlist_window_set_account (other.window, f->account);
  other.page = ui_test_child (GTK_WIDGET (other.window), SHORTLIST_TYPE_WINDOW, "candidate_page");
  ui_test_wait_for (jobs_listed, &other, "the open jobs in the second window");
  loaded = json_from_string (text, &error);
  g_assert_no_error (error);
  g_assert_true (kombo_candidate_draft_deserialize (shortlist_candidate_page_get_draft (SHORTLIST_CANDIDATE_PAGE (other.page)), loaded, &error));
  g_assert_no_error (error);
  ui_test_wait_for (draft_has_job, shortlist_candidate_page_get_draft (SHORTLIST_CANDIDATE_PAGE (other.page)), "the job to be chosen");

  /* The form shows it as it was typed */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (&other, "Email address"))), ==, " ada.lovelace@example.org ");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (&other, "Amount"))), ==, "85,000");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (&other, "Stage"))), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (group (&other, "Social Links"), "Link, such as https://www.linkedin.com/in/…"))),
                   ==, "https://www.linkedin.com/in/ada");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (ui_test_find_label (question_row (&other, "Do you need a work permit for Germany? (required)"), "_Yes"))));
  g_assert_true (gtk_widget_get_visible (question_row (&other, "Which days could you be in the office?")));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (ui_test_find_descendant (ui_test_find_row (question_row (&other, "Which days could you be in the office?"), "Wednesday"), GTK_TYPE_CHECK_BUTTON, 0))));
  g_assert_true (file_answered (question_row (&other, "A code sample or portfolio")));
  ui_test_find_row (group (&other, "Attachments"), "references.pdf");

  /* Each window looks up both addresses once */
  answer_no_one (f, 2);
  fake_kombo_respond (f->fake, "POST", "/ats/candidates", 200, CREATED);
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  wait_for_sent (f, 1);
  answer_no_one (f, 2);
  fake_kombo_respond (f->fake, "POST", "/ats/candidates", 200, CREATED);
  gtk_widget_activate_action (other.page, "candidate.submit", NULL);
  wait_for_sent (f, 2);

  body = sent (f, 0)->body;
  body_again = sent (f, 1)->body;
  test_assert_schema_valid ("create-candidate.request.schema.json", body);
  g_assert_cmpuint (g_bytes_get_size (body), ==, g_bytes_get_size (body_again));
  g_assert_true (g_bytes_equal (body, body_again));

  gtk_window_destroy (GTK_WINDOW (other.window));
  g_object_unref (more[0]);
  g_object_unref (more[1]);
}

static void
test_validation (Fixture      *f,
                 gconstpointer data)
{
  guint              n_before = n_sent (f);
  ShortlistErrorBox *error_box = SHORTLIST_ERROR_BOX (ui_test_find_descendant (f->page, SHORTLIST_TYPE_ERROR_BOX, 0));

  type_into (f, "Email address", "ada@");
  type_into (f, "Amount", "a lot");
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);

  g_assert_cmpstr (ui_test_row_error (field (f, "First name")), ==, "Enter the first name.");
  g_assert_cmpstr (ui_test_row_error (field (f, "Last name")), ==, "Enter the last name.");
  g_assert_cmpstr (ui_test_row_error (field (f, "Email address")), ==, "“ada@” does not look like an email address.");
  g_assert_cmpstr (ui_test_row_error (field (f, JOB_ID)), ==, "Choose the job to apply to.");
  g_assert_cmpstr (ui_test_row_error (field (f, "Amount")), ==, "“a lot” is not an amount. Enter a number such as 85000.");
  g_assert_cmpstr (shortlist_error_box_get_title (error_box), ==, "Some fields need attention");
  g_assert_cmpstr (shortlist_error_box_get_message (error_box), ==, "Each of the 5 fields says below it what to change.");

  /* The focus goes to the first problem in the form: the job, at the top */
  g_assert_true (has_focus (f, field (f, JOB_ID)));

  /* With a job, an empty first name comes before a salary that is no amount */
  type_into (f, JOB_ID, "remote:1042");
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  g_assert_true (has_focus (f, field (f, "First name")));
  g_assert_cmpstr (ui_test_row_error (field (f, "Amount")), ==, "“a lot” is not an amount. Enter a number such as 85000.");
  type_into (f, JOB_ID, "");

  /* Editing a field takes its message away */
  type_into (f, "First name", "Ada");
  g_assert_null (ui_test_row_error (field (f, "First name")));

  /* A job's own rules: required questions and limits */
  choose_job (f, "backend");
  type_into (f, "Last name", "Lovelace");
  type_into (f, "Email address", "ada@example.org");
  type_into (f, "Amount", "");
  gtk_editable_set_text (GTK_EDITABLE (question_row (f, "Years of professional experience with Go (required)")), "99");
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);

  g_assert_cmpstr (ui_test_row_error (question_row (f, "What is your notice period? (required)")), ==, "This question needs an answer.");
  g_assert_cmpstr (ui_test_row_error (question_row (f, "Years of professional experience with Go (required)")), ==, "Enter a number from 0 to 40.");
  g_assert_cmpstr (ui_test_row_error (question_row (f, "Do you need a work permit for Germany? (required)")), ==, "This question needs an answer.");
  g_assert_cmpstr (ui_test_row_error (question_row (f, "Preferred way of working (required)")), ==, "This question needs an answer.");
  /* A question whose condition does not hold is not asked */
  g_assert_null (ui_test_row_error (question_row (f, "Which permit do you hold or need? (required)")));
  g_assert_null (ui_test_row_error (field (f, "First name")));

  /* Nothing was sent, and what was typed is all still there */
  g_assert_cmpuint (n_sent (f), ==, n_before);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "First name"))), ==, "Ada");
}

typedef struct
{
  const char *title; /* the row that shows the problem */
  const char *typed_into;
  const char *bad;
} Spoil;

/* For every two fields with a problem, whichever was typed last, the focus goes to the higher one */
static void
test_focus_in_form_order (Fixture      *f,
                          gconstpointer data)
{
  const Spoil spoils[] = {
    { JOB_ID, JOB_ID, "" },
    { "First name", "First name", "" },
    { "Last name", "Last name", " " },
    { "Email address", "Email address", "ada@" },
    { "Phone number", "Phone number", "call me" },
    { "Country", "City", "Lisbon" },
    { "Amount", "Amount", "a lot" },
    { "Remote fields", "Remote fields", "{" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (spoils); i++)
    for (guint j = i + 1; j < G_N_ELEMENTS (spoils); j++)
      {
        const Spoil *order[] = { &spoils[j], &spoils[i] };
        GtkWidget   *first;

        type_into (f, JOB_ID, "remote:1042");
        fill_person (f);
        for (guint k = 0; k < G_N_ELEMENTS (order); k++)
          if (g_str_equal (order[k]->typed_into, "Remote fields"))
            gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (control (f, "Remote fields", GTK_TYPE_TEXT_VIEW))), order[k]->bad, -1);
          else
            type_into (f, order[k]->typed_into, order[k]->bad);

        gtk_widget_activate_action (f->page, "candidate.submit", NULL);
        first = g_str_equal (spoils[i].title, "Remote fields")
                    ? gtk_widget_get_ancestor (control (f, "Remote fields", GTK_TYPE_TEXT_VIEW), ADW_TYPE_PREFERENCES_ROW)
                    : field (f, spoils[i].title);
        if (!has_focus (f, first))
          g_error ("With “%s” and “%s” wrong, the focus is not on “%s”", spoils[i].title, spoils[j].title, spoils[i].title);

        /* Put both right again for the next pair */
        for (guint k = 0; k < G_N_ELEMENTS (order); k++)
          if (g_str_equal (order[k]->typed_into, "Remote fields"))
            gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (control (f, "Remote fields", GTK_TYPE_TEXT_VIEW))), "", -1);
          else
            type_into (f, order[k]->typed_into, "");
      }
}

static void
test_restrictions (Fixture      *f,
                   gconstpointer data)
{
  g_autofree char *path = test_write_file ("letter.txt", "Dear team", -1);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GtkWidget *row;

  /* The first file is taken as the CV: this ATS accepts only PDF CVs */
  shortlist_candidate_page_attach_files (SHORTLIST_CANDIDATE_PAGE (f->page), &file, 1);
  wait_for_row (group (f, "Attachments"), "letter.txt");
  row = ui_test_find_row (group (f, "Attachments"), "letter.txt");
  g_assert_cmpstr (ui_test_row_error (row), ==, "“letter.txt” is not of a type this applicant tracking system accepts (application/pdf).");

  /* As a cover letter it is refused too; as another document it is fine */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (ui_test_find_descendant (row, GTK_TYPE_DROP_DOWN, 0)), 1);
  g_assert_cmpstr (ui_test_row_error (row), ==, "This applicant tracking system does not accept “letter.txt” as this kind of document. Choose another kind.");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (ui_test_find_descendant (row, GTK_TYPE_DROP_DOWN, 0)), 2);
  g_assert_null (ui_test_row_error (row));
}

static void
fill_minimal (Fixture *f)
{
  choose_job (f, "designer");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, JOB_ID))), ==, DESIGNER_JOB);
  fill_person (f);
  type_into (f, "City", "Lisbon");
}

static gboolean
error_shown (gpointer data)
{
  return *shortlist_error_box_get_title (SHORTLIST_ERROR_BOX (data)) != '\0';
}

static GPtrArray *
read_history (ShortlistStore *store)
{
  GAsyncResult *result = NULL;
  GPtrArray    *entries;

  shortlist_store_list_history_async (store, NULL, NULL, test_store_result, &result);
  entries = shortlist_store_list_history_finish (store, test_wait (&result), NULL);
  g_object_unref (result);
  return entries;
}

static gboolean
history_says (gpointer data)
{
  ShortlistStore      *store = ((gpointer *) data)[0];
  ShortlistSentOutcome outcome = GPOINTER_TO_INT (((gpointer *) data)[1]);
  g_autoptr (GPtrArray) entries = read_history (store);

  return entries->len == 1 && ((ShortlistHistoryEntry *) entries->pdata[0])->outcome == outcome;
}

static void
wait_for_history (ShortlistStore      *store,
                  ShortlistSentOutcome outcome)
{
  gpointer data[] = { store, GINT_TO_POINTER (outcome) };

  ui_test_wait_for (history_says, data, "the history");
}

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
  shortlist_window_set_store (f->window, store);

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
  g_assert_true (gtk_widget_get_sensitive (field (f, "First name")));

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

/* What most candidates go without is folded away: shown when asked for, the cursor in it */
static void
test_more_fields_asked (Fixture      *f,
                        gconstpointer data)
{
  GtkWidget *more = ui_test_find_label (f->page, "Show _More Fields");

  g_assert_false (gtk_widget_get_visible (field (f, "Current company")));
  g_assert_false (gtk_widget_get_visible (field (f, "Gender")));
  g_assert_false (gtk_widget_get_visible (field (f, "Street and number")));
  g_assert_false (gtk_widget_get_visible (group (f, "More Email Addresses")));
  g_assert_false (gtk_widget_get_visible (group (f, "Social Links")));
  g_assert_true (gtk_widget_get_visible (field (f, "City")));

  g_signal_emit_by_name (more, "clicked");
  g_assert_true (gtk_widget_get_visible (field (f, "Current company")));
  g_assert_true (gtk_widget_get_visible (field (f, "State or region")));
  g_assert_true (gtk_widget_get_visible (group (f, "More Phone Numbers")));
  g_assert_false (gtk_widget_get_visible (more));
  g_assert_true (has_focus (f, field (f, "Current company")));

  /* The next candidate keeps them in view */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-candidate", NULL);
  g_assert_true (gtk_widget_get_visible (field (f, "Current company")));
}

/* Nothing filled in stays folded away, however it was filled (a kept draft, a spreadsheet) */
static void
test_more_fields_filled (Fixture      *f,
                         gconstpointer data)
{
  g_assert_false (gtk_widget_get_visible (field (f, "Street and number")));
  type_into (f, "Street and number", "Rua Augusta 1");
  g_assert_true (gtk_widget_get_visible (field (f, "Street and number")));
  g_assert_true (gtk_widget_get_visible (group (f, "Social Links")));
  g_assert_false (gtk_widget_get_visible (ui_test_find_label (f->page, "Show _More Fields")));
}

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
}

/* The fault matrix: what the server (or the way to it) does to a filled form's submission */
typedef enum
{
  REACH_FAKE,    /* the usual server */
  REACH_REFUSED, /* a port nobody listens on */
  REACH_BAD_TLS, /* https with a certificate no authority signed */
} Reach;

typedef struct
{
  const char *name;
  Reach       reach;
  guint       status; /* 0 with raw: the connection is written to as it is, then closed */
  const char *content_type;
  const char *body;
  const char *raw;
  guint       delay_ms; /* beyond the 1 s the test gives writes: a hang */
  const char *retry_after;
  const char *title; /* what the error says, or NULL when the candidate arrives after all */
  const char *code;  /* Kombo's code, shown beside it */
  const char *message;
  gboolean    unknown; /* the candidate may have arrived: looked up, never sent again */
} Fault;

static const Fault faults[] = {
  { "401", REACH_FAKE, 401, "application/json",
    "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.AUTHENTICATION_INVALID\",\"title\":\"Invalid API key\","
    "\"message\":\"The API key is not valid.\",\"log_url\":\"https://app.kombo.dev/logs/401\"}}",
    NULL, 0, NULL, "Invalid API key", "PLATFORM.AUTHENTICATION_INVALID", "The API key is not valid.", FALSE },
  { "400-violations", REACH_FAKE, 400, "application/json",
    "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.INPUT_INVALID\",\"title\":\"Invalid input\","
    "\"message\":\"body.candidate.email_address: Invalid email\",\"log_url\":null}}",
    NULL, 0, NULL, "Invalid input", "PLATFORM.INPUT_INVALID", "body.candidate.email_address: Invalid email", FALSE },
  { "429-retry-after", REACH_FAKE, 429, "application/json",
    "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.RATE_LIMIT_EXCEEDED\",\"title\":\"Rate limit exceeded\","
    "\"message\":\"Slow down.\",\"log_url\":null}}",
    NULL, 0, "1", NULL, NULL, NULL, FALSE },
  { "500", REACH_FAKE, 500, "application/json",
    "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.UNKNOWN_ERROR\",\"title\":\"Unknown error\","
    "\"message\":\"Something went wrong on Kombo's side.\",\"log_url\":null}}",
    NULL, 0, NULL, "Unknown error", "PLATFORM.UNKNOWN_ERROR", "Something went wrong on Kombo's side.", TRUE },
  { "502-html", REACH_FAKE, 502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>",
    NULL, 0, NULL, "The server answered with an error", NULL,
    "The server answered HTTP 502 Bad Gateway instead of a Kombo answer. Kombo or the network in between may be having trouble; try again in a moment.",
    TRUE },
  { "200-not-json", REACH_FAKE, 200, "text/plain", "OK",
    NULL, 0, NULL, "Unexpected answer from the server", NULL, NULL, TRUE },
  { "truncated", REACH_FAKE, 0, NULL, NULL,
    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"status\":\"success\",\"data\":{\"id\":\"cand-",
    0, NULL, "The connection to the server broke", NULL, NULL, TRUE },
  { "dropped", REACH_FAKE, 0, NULL, NULL, "", 0, NULL, "The connection to the server broke", NULL, NULL, TRUE },
  { "hang", REACH_FAKE, 200, "application/json", CREATED, NULL, 3000, NULL, "No answer in time", NULL,
    "The server did not answer within 1 second. The change may still reach the applicant tracking system: check before you try again.",
    TRUE },
  { "refused", REACH_REFUSED, 0, NULL, NULL, NULL, 0, NULL, "Cannot reach the server", NULL,
    "The server refused the connection. It may be down; try again in a moment.", FALSE },
  { "bad-tls", REACH_BAD_TLS, 0, NULL, NULL, NULL, 0, NULL, "The secure connection failed", NULL, NULL, FALSE },
  /* A server's words are shown as written, never taken as markup */
  { "hostile-text", REACH_FAKE, 400, "application/json",
    "{\"status\":\"error\",\"error\":{\"code\":\"ATS.INPUT_INVALID\",\"title\":\"R&D <b>down</b> <a href=\\\"file:///etc/passwd\\\">x</a>\","
    "\"message\":\"R&D <b>down</b> <a href=\\\"file:///etc/passwd\\\">x</a>\",\"log_url\":null}}",
    NULL, 0, NULL, UI_TEST_HOSTILE_TEXT, "ATS.INPUT_INVALID", UI_TEST_HOSTILE_TEXT, FALSE },
};

/* A loopback address where nothing listens: a port that was just free */
static char *
dup_refusing_url (void)
{
  g_autoptr (GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr (GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr (GSocketAddress) bound = NULL;

  g_assert_true (g_socket_bind (socket, address, FALSE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  g_socket_close (socket, NULL);
  return g_strdup_printf ("http://127.0.0.1:%u/v1", g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
}

static gboolean
settled (gpointer data)
{
  Fixture *f = data;

  return error_shown (ui_test_find_descendant (f->page, SHORTLIST_TYPE_ERROR_BOX, 0)) ||
         g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (ui_test_find_descendant (f->page, GTK_TYPE_STACK, 0))), "result") == 0;
}

/* Whatever goes wrong, the recruiter reads what, next to the form, and keeps every field; a
 * candidate who may have arrived is looked up, never sent twice */
static void
test_fault (Fixture      *f,
            gconstpointer data)
{
  const Fault       *fault = data;
  KomboClient       *client = shortlist_account_get_client (f->account);
  ShortlistErrorBox *error_box = SHORTLIST_ERROR_BOX (ui_test_find_descendant (f->page, SHORTLIST_TYPE_ERROR_BOX, 0));
  GtkWidget         *country = control (f, "Country", GTK_TYPE_DROP_DOWN);
  GtkWidget         *check = ui_test_find_label (f->page, "_Check Whether the Candidate Arrived");
  g_autofree char *template = g_build_filename (test_get_tmp_dir (), "faults-XXXXXX", NULL);
  g_autoptr (ShortlistStore) store = shortlist_store_new (g_mkdtemp (template));
  g_autoptr (FakeKombo) elsewhere = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autofree char *url = NULL;
  GAsyncResult    *result = NULL;
  guint            n_before;

  shortlist_store_open_async (store, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_open_finish (store, test_wait (&result), NULL, NULL));
  g_clear_object (&result);
  shortlist_window_set_store (f->window, store);

  fill_minimal (f);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (country), string_position (gtk_drop_down_get_model (GTK_DROP_DOWN (country)), "Portugal"));
  kombo_client_set_timeouts (client, 1, 1);

  switch (fault->reach)
    {
    case REACH_FAKE:
      answer_no_one (f, 1);
      if (fault->raw != NULL)
        fake_kombo_respond_raw (f->fake, "POST", "/ats/candidates", fault->raw);
      else
        fake_kombo_respond_full (f->fake, "POST", "/ats/candidates", fault->status, fault->content_type, fault->body,
                                 fault->delay_ms, fault->retry_after ? "Retry-After" : NULL, fault->retry_after, NULL);
      if (fault->title == NULL)
        fake_kombo_respond (f->fake, "POST", "/ats/candidates", 200, CREATED);
      break;
    case REACH_REFUSED:
      url = dup_refusing_url ();
      break;
    case REACH_BAD_TLS:
      elsewhere = fake_kombo_new_self_signed ();
      url = fake_kombo_dup_url (elsewhere);
      break;
    }
  if (url != NULL)
    g_assert_true (kombo_client_set_base_url (client, url, NULL));

  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  ui_test_wait_for (settled, f, "the submission to end");

  /* A write Kombo refused before any work is sent again, after the wait it asked for */
  if (fault->title == NULL)
    {
      wait_for_page (f, "result");
      g_assert_cmpuint (n_sent (f), ==, 2);
      wait_for_history (store, SHORTLIST_SENT_CREATED);
      return;
    }

  g_assert_cmpstr (shortlist_error_box_get_title (error_box), ==, fault->title);
  /* As the person reads it */
  g_assert_nonnull (ui_test_find_text (GTK_WIDGET (error_box), fault->title));
  if (fault->message != NULL)
    g_assert_cmpstr (shortlist_error_box_get_message (error_box), ==, fault->message);
  if (fault->message != NULL)
    g_assert_nonnull (ui_test_find_text (GTK_WIDGET (error_box), fault->message));
  else
    g_assert_cmpstr (shortlist_error_box_get_message (error_box), !=, "");
  if (fault->code != NULL)
    g_assert_nonnull (ui_test_find_label (GTK_WIDGET (error_box), fault->code));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "First name"))), ==, "Ada");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "Last name"))), ==, "Lovelace");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "Email address"))), ==, " ada.lovelace@example.org ");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "City"))), ==, "Lisbon");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (country)), ==,
                    string_position (gtk_drop_down_get_model (GTK_DROP_DOWN (country)), "Portugal"));
  g_assert_true (gtk_widget_get_sensitive (field (f, "First name")));
  g_assert_true (gtk_widget_get_visible (check) == fault->unknown);
  wait_for_history (store, fault->unknown ? SHORTLIST_SENT_UNKNOWN : SHORTLIST_SENT_FAILED);
  if (elsewhere != NULL)
    g_assert_cmpuint (fake_kombo_get_n_requests (elsewhere), ==, 0);
  if (!fault->unknown)
    return;

  /* The candidate may be there: Check asks the ATS by address, and sends nothing */
  g_assert_cmpuint (n_sent (f), ==, 1);
  n_before = fake_kombo_get_n_requests (f->fake);
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[{\"id\":\"cand-ada\",\"first_name\":\"Ada\","
                      "\"last_name\":\"Lovelace\",\"remote_url\":null,\"applications\":[{\"id\":\"app\",\"job\":{\"id\":\"" DESIGNER_JOB "\","
                      "\"name\":\"Product Designer\",\"remote_id\":\"1044\"},\"current_stage\":null}],\"tags\":[]}]}}");
  g_signal_emit_by_name (check, "clicked");
  wait_for_page (f, "result");
  g_assert_cmpuint (fake_kombo_get_n_requests (f->fake), ==, n_before + 1);
  g_assert_cmpstr (fake_kombo_get_request (f->fake, n_before)->method, ==, "GET");
  g_assert_cmpuint (n_sent (f), ==, 1);
  wait_for_history (store, SHORTLIST_SENT_CREATED);
  entries = read_history (store);
  g_assert_cmpstr (((ShortlistHistoryEntry *) entries->pdata[0])->candidate_id, ==, "cand-ada");
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

/* Closing the window while the candidate goes out, with a CV of 8 MB, or while the answer is
 * awaited: nothing touches the page afterwards (AddressSanitizer would say so), and the page
 * and the candidate are let go at once, whatever is still on the way */
static void
test_close_while_sending (Fixture      *f,
                          gconstpointer data)
{
  gboolean         awaiting_answer = GPOINTER_TO_INT (data);
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
  g_assert_nonnull (ui_test_find_label (box, "ada.lovelace@example.org\nApplied to Senior Backend Engineer (Go) (Interview)"));
  g_assert_nonnull (ui_test_find_label (box, "_Tag Existing Candidate"));
  g_assert_cmpuint (n_sent (f), ==, 0);
  g_assert_true (gtk_widget_get_sensitive (field (f, "First name")));

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

static void
test_remote_fields_checked_as_typed (Fixture      *f,
                                     gconstpointer data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (control (f, "Remote fields", GTK_TYPE_TEXT_VIEW)));

  gtk_text_buffer_set_text (buffer, "{\"lever\": ", -1);
  g_assert_true (g_str_has_prefix (ui_test_row_error (gtk_widget_get_ancestor (control (f, "Remote fields", GTK_TYPE_TEXT_VIEW), ADW_TYPE_PREFERENCES_ROW)), "Not valid JSON: "));
  gtk_text_buffer_set_text (buffer, "[]", -1);
  g_assert_cmpstr (ui_test_row_error (gtk_widget_get_ancestor (control (f, "Remote fields", GTK_TYPE_TEXT_VIEW), ADW_TYPE_PREFERENCES_ROW)), ==, "Remote fields must be a JSON object, written between { and }.");
  gtk_text_buffer_set_text (buffer, "{\"lever\": {}}", -1);
  g_assert_null (ui_test_row_error (gtk_widget_get_ancestor (control (f, "Remote fields", GTK_TYPE_TEXT_VIEW), ADW_TYPE_PREFERENCES_ROW)));
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

static void
answer_boolean (GtkWidget  *row,
                const char *answer)
{
  g_signal_emit_by_name (ui_test_find_label (row, answer), "clicked");
}

static void
check_option (GtkWidget  *row,
              const char *option,
              gboolean    checked)
{
  gtk_check_button_set_active (GTK_CHECK_BUTTON (ui_test_find_descendant (ui_test_find_row (row, option), GTK_TYPE_CHECK_BUTTON, 0)), checked);
}

/* A question is asked exactly while the answer it depends on is given, whichever way it changes */
static void
test_preconditions (Fixture      *f,
                    gconstpointer data)
{
  GtkWidget *permit;
  GtkWidget *visa;
  GtkWidget *teams;
  GtkWidget *engineers;
  GtkWidget *working;
  GtkWidget *days;

  /* Yes/no, depending on "No" */
  choose_job (f, "lisbon");
  permit = question_row (f, "Do you hold a work permit for Portugal? (required)");
  visa = question_row (f, "Which visa would you need? (required)");
  g_assert_false (gtk_widget_get_visible (visa));
  answer_boolean (permit, "_No");
  g_assert_true (gtk_widget_get_visible (visa));
  answer_boolean (permit, "_Yes");
  g_assert_false (gtk_widget_get_visible (visa));
  answer_boolean (permit, "_No");
  g_assert_true (gtk_widget_get_visible (visa));

  /* A hidden question is not asked: with "Yes" nothing is missing there */
  answer_boolean (permit, "_Yes");
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  g_assert_null (ui_test_row_error (visa));
  answer_boolean (permit, "_No");
  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  g_assert_cmpstr (ui_test_row_error (visa), ==, "This question needs an answer.");

  /* Check boxes, depending on one option */
  teams = question_row (f, "Which teams have you hired for?");
  engineers = question_row (f, "How many engineers did you hire last year?");
  g_assert_false (gtk_widget_get_visible (engineers));
  check_option (teams, "Sales", TRUE);
  g_assert_false (gtk_widget_get_visible (engineers));
  check_option (teams, "Engineering", TRUE);
  g_assert_true (gtk_widget_get_visible (engineers));
  check_option (teams, "Engineering", FALSE);
  g_assert_false (gtk_widget_get_visible (engineers));

  /* Yes/no depending on "Yes", and a choice depending on two of its options */
  choose_job (f, "backend");
  permit = question_row (f, "Do you need a work permit for Germany? (required)");
  visa = question_row (f, "Which permit do you hold or need? (required)");
  answer_boolean (permit, "_No");
  g_assert_false (gtk_widget_get_visible (visa));
  answer_boolean (permit, "_Yes");
  g_assert_true (gtk_widget_get_visible (visa));
  answer_boolean (permit, "_No");
  g_assert_false (gtk_widget_get_visible (visa));

  working = question_row (f, "Preferred way of working (required)");
  days = question_row (f, "Which days could you be in the office?");
  adw_combo_row_set_selected (ADW_COMBO_ROW (working), 3);
  g_assert_true (gtk_widget_get_visible (days));
  adw_combo_row_set_selected (ADW_COMBO_ROW (working), 1);
  g_assert_false (gtk_widget_get_visible (days));
  adw_combo_row_set_selected (ADW_COMBO_ROW (working), 2);
  g_assert_true (gtk_widget_get_visible (days));
  adw_combo_row_set_selected (ADW_COMBO_ROW (working), 0);
  g_assert_false (gtk_widget_get_visible (days));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/shortlist/candidate-page/form/whole-form", Fixture, NULL, fixture_set_up, test_whole_form, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/validation", Fixture, NULL, fixture_set_up, test_validation, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/focus-in-form-order", Fixture, NULL, fixture_set_up, test_focus_in_form_order, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/restrictions", Fixture, NULL, fixture_set_up, test_restrictions, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/history-settles", Fixture, NULL, fixture_set_up, test_history_settles, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/errors-keep-the-form", Fixture, NULL, fixture_set_up, test_errors_keep_the_form, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/duplicate", Fixture, NULL, fixture_set_up, test_duplicate, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/remembered", Fixture, NULL, fixture_set_up, test_remembered, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/new-candidate-asks", Fixture, NULL, fixture_set_up, test_new_candidate_asks, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/job-search", Fixture, NULL, fixture_set_up, test_job_search, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/second-candidate", Fixture, NULL, fixture_set_up, test_second_candidate, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/preconditions", Fixture, NULL, fixture_set_up, test_preconditions, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/more-fields-asked", Fixture, NULL, fixture_set_up, test_more_fields_asked, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/more-fields-filled", Fixture, NULL, fixture_set_up, test_more_fields_filled, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/close-while-uploading", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up, test_close_while_sending, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/close-while-awaiting-answer", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_close_while_sending, fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autofree char *path = g_strdup_printf ("/shortlist/candidate-page/fault/%s", faults[i].name);

      g_test_add (path, Fixture, &faults[i], fixture_set_up, test_fault, fixture_tear_down);
    }
  g_test_add ("/shortlist/candidate-page/cv/fills-the-form", Fixture, NULL, fixture_set_up, test_cv_fills_the_form, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/cv/undo", Fixture, NULL, fixture_set_up, test_cv_undo, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/cv/unreadable", Fixture, NULL, fixture_set_up, test_cv_unreadable, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/remote-fields", Fixture, NULL, fixture_set_up, test_remote_fields_checked_as_typed, fixture_tear_down);

  return g_test_run ();
}
