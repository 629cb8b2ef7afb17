/* test-kombo-candidate-draft.c: the candidate being typed, its rules, its form order, and its way back from disk */
#include "config.h"

#include <string.h>

#include "test-util.h"

#define CREATED "{\"status\":\"success\",\"data\":{\"id\":\"cand-1\",\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"applications\":[]},\"warnings\":[]}"

/* One job with every kind of question, and conditions on yes/no, a choice and check boxes */
static const char *jobs_answer =
    "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[{"
    "\"id\":\"job-1\",\"remote_id\":\"101\",\"name\":\"Site Reliability Engineer\",\"status\":\"OPEN\","
    "\"stages\":[{\"id\":\"st-1\",\"name\":\"Applied\",\"index\":0},{\"id\":\"st-2\",\"name\":\"Interview\",\"index\":1}],"
    "\"screening_questions\":["
    "  {\"id\":\"q-text\",\"title\":\"Why us?\",\"required\":true,\"format\":{\"type\":\"TEXT\",\"display_type\":\"SINGLE_LINE\",\"max_length\":10}},"
    "  {\"id\":\"q-number\",\"title\":\"Years\",\"required\":false,\"format\":{\"type\":\"NUMBER\",\"min\":0,\"max\":50}},"
    "  {\"id\":\"q-bool\",\"title\":\"Permit?\",\"required\":true,\"format\":{\"type\":\"BOOLEAN\"}},"
    "  {\"id\":\"q-visa\",\"title\":\"Which visa?\",\"required\":true,\"format\":{\"type\":\"TEXT\"},"
    "   \"precondition_question_id\":\"q-bool\",\"precondition_options\":[false]},"
    "  {\"id\":\"q-date\",\"title\":\"Start\",\"required\":false,\"format\":{\"type\":\"DATE\"}},"
    "  {\"id\":\"q-single\",\"title\":\"Work model\",\"required\":true,\"format\":{\"type\":\"SINGLE_SELECT\",\"options\":["
    "     {\"id\":\"o-remote\",\"name\":\"Remote\"},{\"id\":\"o-office\",\"name\":\"Office\"}]}},"
    "  {\"id\":\"q-office\",\"title\":\"Which office?\",\"required\":true,"
    "   \"format\":{\"type\":\"MULTI_SELECT\",\"options\":[{\"id\":\"o-ber\",\"name\":\"Berlin\"},{\"id\":\"o-lis\",\"name\":\"Lisbon\"}]},"
    "   \"precondition_question_id\":\"q-single\",\"precondition_options\":[\"o-office\"]},"
    "  {\"id\":\"q-desk\",\"title\":\"Desk?\",\"required\":true,\"format\":{\"type\":\"BOOLEAN\"},"
    "   \"precondition_question_id\":\"q-office\",\"precondition_options\":[\"o-ber\"]},"
    "  {\"id\":\"q-file\",\"title\":\"Portfolio\",\"required\":false,"
    "   \"format\":{\"type\":\"FILE\",\"accepted_mime_types\":[\"application/pdf\"],\"max_file_size_bytes\":20}},"
    "  {\"id\":\"q-info\",\"title\":\"We keep your data.\",\"required\":null,\"format\":{\"type\":\"INFORMATION\"}}"
    "]}]}}";

typedef struct
{
  FakeKombo   *fake;
  KomboClient *client;
  KomboJob    *job;
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  GAsyncResult *result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) jobs = NULL;

  f->fake = fake_kombo_new ();
  f->client = test_client_new (f->fake);
  fake_kombo_respond (f->fake, "GET", "/ats/jobs", 200, jobs_answer);
  kombo_client_get_jobs_async (f->client, NULL, NULL, NULL, test_store_result, &result);
  jobs = kombo_client_get_jobs_finish (f->client, test_wait (&result), &error);
  g_assert_no_error (error);
  f->job = g_list_model_get_item (jobs, 0);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  g_clear_object (&f->job);
  g_clear_object (&f->client);
  g_clear_object (&f->fake);
}

static KomboScreeningQuestion *
question (Fixture    *f,
          const char *id)
{
  GListModel *questions = kombo_job_get_screening_questions (f->job);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr (KomboScreeningQuestion) q = g_list_model_get_item (questions, i);

      if (g_str_equal (kombo_screening_question_get_id (q), id))
        return q; /* the job keeps its own reference */
    }
  g_error ("No question %s", id);
}

static KomboCandidateDraft *
new_person (void)
{
  KomboCandidateDraft *draft = kombo_candidate_draft_new ();

  g_object_set (draft, "first-name", "Ada", "last-name", "Lovelace", "email-address", "ada@example.org",
                "job-id", "job-1", NULL);
  return draft;
}

static GBytes *
send (Fixture             *f,
      KomboCandidateDraft *draft)
{
  g_autoptr (KomboCandidate) candidate = kombo_candidate_draft_to_candidate (draft, NULL);
  g_autoptr (KomboWriteResult) written = NULL;
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;
  guint         n = fake_kombo_get_n_requests (f->fake);

  fake_kombo_respond (f->fake, "POST", "/ats/candidates", 200, CREATED);
  kombo_client_create_candidate_async (f->client, candidate, NULL, NULL, NULL, NULL, test_store_result, &result);
  written = kombo_client_create_candidate_finish (f->client, test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fake_kombo_get_n_requests (f->fake), ==, n + 1);
  return g_bytes_ref (fake_kombo_get_request (f->fake, n)->body);
}

static void
append_contact (GListStore      *contacts,
                KomboContactType kind,
                const char      *value)
{
  g_autoptr (KomboContact) contact = kombo_contact_new (kind, value);

  g_list_store_append (contacts, contact);
}

static KomboAttachment *
new_file (const char         *name,
          const char         *contents,
          const char         *content_type,
          KomboAttachmentType type)
{
  g_autofree char *path = test_write_file (name, contents, -1);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return kombo_attachment_new (file, name, content_type, strlen (contents), type);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static const char *
problem_at (GPtrArray  *violations,
            const char *path)
{
  return kombo_violations_lookup (violations, path);
}

/* The rules of each kind of answer, as the form shows them next to the question */
static void
test_answer_rules (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr (KomboCandidateDraft) draft = new_person ();
  g_autoptr (GPtrArray) violations = NULL;
  g_autoptr (KomboAttachment) file = new_file ("big.pdf", "%PDF-1.4 far more than twenty bytes", "application/pdf", KOMBO_ATTACHMENT_OTHER);
  g_autoptr (KomboAttachment) notes = new_file ("notes.txt", "Some notes", "text/plain", KOMBO_ATTACHMENT_OTHER);

  kombo_candidate_draft_set_job (draft, f->job);
  kombo_candidate_draft_set_answer (draft, "q-text", g_variant_new_string ("Far too long an answer"));
  kombo_candidate_draft_set_answer (draft, "q-number", g_variant_new_string ("fifty-one"));
  kombo_candidate_draft_set_file_answer (draft, "q-file", file);
  violations = kombo_candidate_draft_validate (draft, NULL);

  g_assert_cmpstr (problem_at (violations, "screening_question_answers.q-text"), ==, "Shorten the answer to 10 characters.");
  g_assert_cmpstr (problem_at (violations, "screening_question_answers.q-number"), ==, "“fifty-one” is not a number.");
  g_assert_cmpstr (problem_at (violations, "screening_question_answers.q-bool"), ==, "This question needs an answer.");
  g_assert_cmpstr (problem_at (violations, "screening_question_answers.q-single"), ==, "This question needs an answer.");
  g_assert_cmpstr (problem_at (violations, "screening_question_answers.q-file"), ==, "The file is too large: at most 20 bytes is accepted.");
  /* Questions whose condition does not hold are not asked */
  g_assert_null (problem_at (violations, "screening_question_answers.q-visa"));
  g_assert_null (problem_at (violations, "screening_question_answers.q-office"));
  g_assert_cmpuint (violations->len, ==, 5);
  g_clear_pointer (&violations, g_ptr_array_unref);

  kombo_candidate_draft_set_answer (draft, "q-number", g_variant_new_string ("51"));
  kombo_candidate_draft_set_answer (draft, "q-bool", g_variant_new_boolean (FALSE));
  kombo_candidate_draft_set_answer (draft, "q-single", g_variant_new_string ("o-office"));
  kombo_candidate_draft_set_answer (draft, "q-office", g_variant_new_strv (NULL, 0));
  violations = kombo_candidate_draft_validate (draft, NULL);
  g_assert_cmpstr (problem_at (violations, "screening_question_answers.q-number"), ==, "Enter a number from 0 to 50.");
  g_assert_cmpstr (problem_at (violations, "screening_question_answers.q-visa"), ==, "This question needs an answer.");
  g_assert_cmpstr (problem_at (violations, "screening_question_answers.q-office"), ==, "Choose at least one answer.");
  g_clear_pointer (&violations, g_ptr_array_unref);

  /* "4,5" is a number as people type it; a wrong kind of file is named */
  kombo_candidate_draft_set_answer (draft, "q-number", g_variant_new_string ("4,5"));
  kombo_candidate_draft_set_file_answer (draft, "q-file", notes);
  violations = kombo_candidate_draft_validate (draft, NULL);
  g_assert_null (problem_at (violations, "screening_question_answers.q-number"));
  g_assert_cmpstr (problem_at (violations, "screening_question_answers.q-file"), ==,
                   "This kind of file is not accepted here. Accepted: application/pdf.");
}

/* A question is asked exactly while the answer it depends on is given, down a chain */
static void
test_preconditions (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr (KomboCandidateDraft) draft = new_person ();
  KomboScreeningQuestion *visa = question (f, "q-visa");
  KomboScreeningQuestion *office = question (f, "q-office");
  KomboScreeningQuestion *desk = question (f, "q-desk");
  const char             *berlin[] = { "o-lis", "o-ber" };
  guint                   n_changes = 0;

  kombo_candidate_draft_set_job (draft, f->job);
  g_signal_connect_swapped (draft, "answer-changed::q-bool", G_CALLBACK (count_cb), &n_changes);
  g_assert_false (kombo_candidate_draft_is_asked (draft, visa));
  kombo_candidate_draft_set_answer (draft, "q-bool", g_variant_new_boolean (FALSE));
  kombo_candidate_draft_set_answer (draft, "q-bool", g_variant_new_boolean (FALSE));
  g_assert_cmpuint (n_changes, ==, 1);
  /* An answer nobody listens to by name makes no quark: ids from files and servers would
   * stay interned for the life of the process (found by fuzzing the kept drafts) */
  kombo_candidate_draft_set_answer (draft, "q-nobody-listens-to", g_variant_new_string ("yes"));
  g_assert_cmpuint (g_quark_try_string ("q-nobody-listens-to"), ==, 0);
  g_assert_true (kombo_candidate_draft_is_asked (draft, visa));
  kombo_candidate_draft_set_answer (draft, "q-bool", g_variant_new_boolean (TRUE));
  g_assert_false (kombo_candidate_draft_is_asked (draft, visa));
  kombo_candidate_draft_set_answer (draft, "q-bool", NULL);
  g_assert_false (kombo_candidate_draft_is_asked (draft, visa));

  g_assert_false (kombo_candidate_draft_is_asked (draft, office));
  kombo_candidate_draft_set_answer (draft, "q-single", g_variant_new_string ("o-office"));
  g_assert_true (kombo_candidate_draft_is_asked (draft, office));
  g_assert_false (kombo_candidate_draft_is_asked (draft, desk));
  kombo_candidate_draft_set_answer (draft, "q-office", g_variant_new_strv (berlin, 2));
  g_assert_true (kombo_candidate_draft_is_asked (draft, desk));
  kombo_candidate_draft_set_answer (draft, "q-office", g_variant_new_strv (berlin, 1));
  g_assert_false (kombo_candidate_draft_is_asked (draft, desk));
  kombo_candidate_draft_set_answer (draft, "q-office", g_variant_new_strv (berlin, 2));
  /* Remote work: the office is not asked, and nothing that depends on it either */
  kombo_candidate_draft_set_answer (draft, "q-single", g_variant_new_string ("o-remote"));
  g_assert_false (kombo_candidate_draft_is_asked (draft, office));
  g_assert_false (kombo_candidate_draft_is_asked (draft, desk));
}

typedef struct
{
  const char *path;
  void (*spoil) (KomboCandidateDraft *draft);
} Field;

static void
spoil_job (KomboCandidateDraft *d)
{
  g_object_set (d, "job-id", "", NULL);
}
static void
spoil_first_name (KomboCandidateDraft *d)
{
  g_object_set (d, "first-name", " ", NULL);
}
static void
spoil_last_name (KomboCandidateDraft *d)
{
  g_object_set (d, "last-name", "", NULL);
}
static void
spoil_email (KomboCandidateDraft *d)
{
  g_object_set (d, "email-address", "ada@", NULL);
}
static void
spoil_phone (KomboCandidateDraft *d)
{
  g_object_set (d, "phone-number", "call me", NULL);
}
static void
spoil_more_emails (KomboCandidateDraft *d)
{
  append_contact (kombo_candidate_draft_get_emails (d), KOMBO_CONTACT_WORK, "nope");
}
static void
spoil_more_phones (KomboCandidateDraft *d)
{
  append_contact (kombo_candidate_draft_get_phones (d), KOMBO_CONTACT_WORK, "");
}
static void
spoil_country (KomboCandidateDraft *d)
{
  g_object_set (d, "city", "Berlin", NULL);
}
static void
spoil_salary (KomboCandidateDraft *d)
{
  g_object_set (d, "salary", "a lot", NULL);
}
static void
spoil_period (KomboCandidateDraft *d)
{
  g_object_set (d, "salary", "85000", NULL);
}
static void
spoil_links (KomboCandidateDraft *d)
{
  append_contact (kombo_candidate_draft_get_links (d), KOMBO_CONTACT_OTHER, "linkedin");
}
static void
spoil_remote_fields (KomboCandidateDraft *d)
{
  g_object_set (d, "remote-fields", "{", NULL);
}

/* Two problems: whichever was made first, the one higher up the form comes first */
static void
test_form_order (Fixture      *f,
                 gconstpointer data)
{
  static const Field fields[] = {
    { "application.job_id", spoil_job },
    { "candidate.first_name", spoil_first_name },
    { "candidate.last_name", spoil_last_name },
    { "candidate.email_address", spoil_email },
    { "candidate.phone_number", spoil_phone },
    { "candidate.additional_email_addresses[0].email_address", spoil_more_emails },
    { "candidate.additional_phone_numbers[0].phone_number", spoil_more_phones },
    { "candidate.location.country", spoil_country },
    { "candidate.salary_expectations.amount", spoil_salary },
    { "candidate.salary_expectations.period", spoil_period },
    { "candidate.social_links[0].url", spoil_links },
    { "remote_fields", spoil_remote_fields },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    for (guint j = i + 1; j < G_N_ELEMENTS (fields); j++)
      {
        g_autoptr (KomboCandidateDraft) draft = new_person ();
        g_autoptr (GPtrArray) violations = NULL;

        /* Salary period and amount are one pair: "a lot" hides the missing period */
        if (fields[i].spoil == spoil_salary && fields[j].spoil == spoil_period)
          continue;
        fields[j].spoil (draft);
        fields[i].spoil (draft);
        violations = kombo_candidate_draft_validate (draft, NULL);
        g_assert_cmpuint (violations->len, >=, 2);
        g_assert_cmpstr (((KomboViolation *) violations->pdata[0])->path, ==, fields[i].path);
        g_assert_nonnull (problem_at (violations, fields[j].path));
      }
}

static void
fill_everything (KomboCandidateDraft *draft,
                 KomboJob            *job)
{
  g_autoptr (KomboAttachment) cv = new_file ("cv.pdf", "%PDF-1.4 CV of Ada", "application/pdf", KOMBO_ATTACHMENT_CV);
  g_autoptr (KomboAttachment) letter = new_file ("letter.txt", "Dear team", "text/plain", KOMBO_ATTACHMENT_COVER_LETTER);
  g_autoptr (KomboAttachment) other = new_file ("references.pdf", "%PDF-1.4 refs", "application/pdf", KOMBO_ATTACHMENT_OTHER);
  g_autoptr (KomboAttachment) portfolio = new_file ("portfolio.pdf", "%PDF-1.4 folio", "application/pdf", KOMBO_ATTACHMENT_OTHER);
  g_autoptr (GDateTime) available = kombo_date_new_utc (2027, 1, 15);
  g_autoptr (GDateTime) until = kombo_date_new_utc (2028, 1, 31);
  g_autoptr (GDateTime) start = kombo_date_new_utc (2027, 2, 1);
  const char *offices[] = { "o-lis", "o-ber" };

  g_object_set (draft, "phone-number", "+49 30 1234567", "company", "Analytical Engines", "title", "Engineer",
                "gender", KOMBO_GENDER_FEMALE, "country", "DE", "state", "Berlin", "city", "Berlin",
                "street-1", "Unter den Linden 1", "zip-code", "10117", "salary", "85,000",
                "salary-period", KOMBO_SALARY_PERIOD_YEAR, "availability-date", available, "consent", TRUE,
                "consent-expires", until, "sourced-by", "recruiter-42",
                "remote-fields", "{\"greenhouse\": {\"candidate\": {\"is_private\": true}}}", NULL);
  kombo_candidate_draft_set_job (draft, job);
  g_object_set (draft, "stage-id", "st-2", NULL);

  append_contact (kombo_candidate_draft_get_emails (draft), KOMBO_CONTACT_WORK, "ada@engines.example");
  append_contact (kombo_candidate_draft_get_phones (draft), KOMBO_CONTACT_OTHER, "+49 170 5555555");
  append_contact (kombo_candidate_draft_get_links (draft), KOMBO_CONTACT_OTHER, "https://www.linkedin.com/in/ada");
  kombo_candidate_draft_add_attachment (draft, cv);
  kombo_candidate_draft_add_attachment (draft, letter);
  kombo_candidate_draft_add_attachment (draft, other);

  kombo_candidate_draft_set_answer (draft, "q-text", g_variant_new_string ("Trains"));
  kombo_candidate_draft_set_answer (draft, "q-number", g_variant_new_string ("7,5"));
  kombo_candidate_draft_set_answer (draft, "q-bool", g_variant_new_boolean (FALSE));
  kombo_candidate_draft_set_answer (draft, "q-visa", g_variant_new_string ("EU Blue Card"));
  kombo_candidate_draft_set_answer (draft, "q-date", g_variant_new_int64 (g_date_time_to_unix (start)));
  kombo_candidate_draft_set_answer (draft, "q-single", g_variant_new_string ("o-office"));
  kombo_candidate_draft_set_answer (draft, "q-office", g_variant_new_strv (offices, 2));
  kombo_candidate_draft_set_answer (draft, "q-desk", g_variant_new_boolean (TRUE));
  kombo_candidate_draft_set_file_answer (draft, "q-file", portfolio);
}

/* Everything typed survives the way to disk and back: the same bytes reach the server */
static void
test_round_trip (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr (KomboCandidateDraft) draft = new_person ();
  g_autoptr (KomboCandidateDraft) restored = kombo_candidate_draft_new ();
  g_autoptr (JsonNode) node = NULL;
  g_autoptr (JsonNode) parsed = NULL;
  g_autoptr (GBytes) sent = NULL;
  g_autoptr (GBytes) sent_again = NULL;
  g_autoptr (GPtrArray) violations = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr (JsonObject) body = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();

  fill_everything (draft, f->job);
  violations = kombo_candidate_draft_validate (draft, NULL);
  g_assert_cmpuint (violations->len, ==, 0);
  sent = send (f, draft);
  test_assert_schema_valid ("create-candidate.request.schema.json", sent);

  node = kombo_candidate_draft_serialize (draft);
  text = json_to_string (node, FALSE);
  parsed = json_from_string (text, &error);
  g_assert_no_error (error);
  g_assert_true (kombo_candidate_draft_deserialize (restored, parsed, &error));
  g_assert_no_error (error);
  /* The job comes back by its ID; the list of jobs gives the rest */
  g_assert_cmpstr (kombo_candidate_draft_get_text (restored, "job-id"), ==, "job-1");
  g_assert_cmpstr (kombo_candidate_draft_get_text (restored, "salary"), ==, "85,000");
  kombo_candidate_draft_set_job (restored, f->job);
  g_assert_cmpstr (kombo_candidate_draft_get_text (restored, "stage-id"), ==, "st-2");

  sent_again = send (f, restored);
  g_assert_true (g_bytes_equal (sent, sent_again));

  /* And what was sent holds every answer, in the job's order */
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (sent, NULL), g_bytes_get_size (sent), NULL));
  body = json_object_ref (json_node_get_object (json_parser_get_root (parser)));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (body, "screening_question_answers")), ==, 9);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (body, "attachments")), ==, 3);
}

static void
test_clear (Fixture      *f,
            gconstpointer data)
{
  g_autoptr (KomboCandidateDraft) draft = new_person ();
  g_autoptr (JsonNode) junk = json_from_string ("{\"version\": 99}", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboContact) email = NULL;
  guint n_changed = 0;

  fill_everything (draft, f->job);
  g_assert_false (kombo_candidate_draft_is_empty (draft));

  /* Editing inside a row is a change of the draft */
  g_signal_connect_swapped (draft, "changed", G_CALLBACK (count_cb), &n_changed);
  email = g_list_model_get_item (G_LIST_MODEL (kombo_candidate_draft_get_emails (draft)), 0);
  kombo_contact_set_value (email, "ada@work.example");
  g_assert_cmpuint (n_changed, ==, 1);

  /* The next person: the job, the stage and the recruiter stay */
  kombo_candidate_draft_clear (draft);
  g_assert_true (kombo_candidate_draft_is_empty (draft));
  g_assert_true (kombo_candidate_draft_get_job (draft) == f->job);
  g_assert_cmpstr (kombo_candidate_draft_get_text (draft, "stage-id"), ==, "st-2");
  g_assert_cmpstr (kombo_candidate_draft_get_text (draft, "sourced-by"), ==, "recruiter-42");
  g_assert_null (kombo_candidate_draft_get_answer (draft, "q-bool"));

  /* A typed job ID is another job */
  g_object_set (draft, "job-id", "remote:1044", NULL);
  g_assert_null (kombo_candidate_draft_get_job (draft));
  g_assert_cmpstr (kombo_candidate_draft_get_text (draft, "stage-id"), ==, "");

  /* A draft from a newer Shortlist is refused, and nothing is changed */
  g_object_set (draft, "first-name", "Grace", NULL);
  g_assert_false (kombo_candidate_draft_deserialize (draft, junk, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpstr (kombo_candidate_draft_get_text (draft, "first-name"), ==, "Grace");
  g_assert_finalize_object (g_steal_pointer (&draft));
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/kombo/candidate-draft/answer-rules", test_answer_rules);
  ADD ("/kombo/candidate-draft/preconditions", test_preconditions);
  ADD ("/kombo/candidate-draft/form-order", test_form_order);
  ADD ("/kombo/candidate-draft/round-trip", test_round_trip);
  ADD ("/kombo/candidate-draft/clear", test_clear);
#undef ADD

  return g_test_run ();
}
