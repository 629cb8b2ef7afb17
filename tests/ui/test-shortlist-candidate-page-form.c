/* test-shortlist-candidate-page-form.c: the candidate form, filled and checked as a recruiter fills it */
#include "config.h"

#include "candidate-page-test.h"

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

static gboolean
file_answered (gpointer data)
{
  return g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (data)), "portfolio.pdf");
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
  /* Social Links and the questions are in the form's last sections, which come after the first frame */
  ui_test_wait_for_form (other.page);

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
  g_test_add ("/shortlist/candidate-page/form/preconditions", Fixture, NULL, fixture_set_up, test_preconditions, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/more-fields-asked", Fixture, NULL, fixture_set_up, test_more_fields_asked, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/more-fields-filled", Fixture, NULL, fixture_set_up, test_more_fields_filled, fixture_tear_down);
  g_test_add ("/shortlist/candidate-page/form/remote-fields", Fixture, NULL, fixture_set_up, test_remote_fields_checked_as_typed, fixture_tear_down);

  return g_test_run ();
}
