/* test-kombo-candidate.c: KomboCandidate's rules and the body POST /ats/candidates receives */
#include "config.h"

#include <math.h>

#include "test-util.h"

/* The example body of Kombo's "Create candidate" page, with the date in full UTC form */
static const char *seed_body =
    "{"
    "  \"candidate\": {"
    "    \"first_name\": \"Frank\", \"last_name\": \"Doe\", \"company\": \"Acme Inc.\","
    "    \"title\": \"Head of Integrations\", \"email_address\": \"frank.doe@example.com\","
    "    \"phone_number\": \"+1-541-754-3010\", \"gender\": \"MALE\","
    "    \"salary_expectations\": { \"amount\": 100000, \"period\": \"YEAR\" },"
    "    \"availability_date\": \"2021-01-01T00:00:00.000Z\","
    "    \"location\": { \"city\": \"New York\", \"country\": \"US\", \"state\": \"NY\" },"
    "    \"social_links\": ["
    "      { \"url\": \"https://www.linkedin.com/in/frank-doe-123456789/\" },"
    "      { \"url\": \"https://twitter.com/frankdoe\" }"
    "    ]"
    "  },"
    "  \"application\": { \"job_id\": \"BDpgnpZ148nrGh4mYHNxJBgx\", \"stage_id\": \"8x3YKRDcuRnwShdh96ShBNn1\" },"
    "  \"attachments\": [ {"
    "    \"name\": \"Frank Doe CV.txt\","
    "    \"data\": \"SGkgdGhlcmUsIEtvbWJvIGlzIGN1cnJlbnRseSBoaXJpbmcgZW5naW5lZXJzIHRoYXQgbG92ZSB0byB3b3JrIG9uIGRldmVsb3BlciBwcm9kdWN0cy4=\","
    "    \"type\": \"CV\", \"content_type\": \"text/plain\""
    "  } ],"
    "  \"screening_question_answers\": ["
    "    { \"question_id\": \"3phFBNXRweGnDmsU9o2vdPuQ\", \"answer\": \"Yes\" },"
    "    { \"question_id\": \"EYJjhMQT3LtVKXnTbnRT8s6U\","
    "      \"answer\": [ \"GUzE666zfyjeoCJX6A8n7wh6\", \"5WPHzzKAv8cx97KtHRUV96U8\", \"7yZfKGzWigXxxRTygqAfHvyE\" ] }"
    "  ],"
    "  \"remote_fields\": {}"
    "}";

static const char *created_answer =
    "{\"status\":\"success\",\"data\":{\"id\":\"26vaLRdMpAjJGm2ntmpWwmYE\",\"remote_id\":\"32\","
    "\"first_name\":\"Frank\",\"last_name\":\"Doe\",\"company\":null,\"title\":null,\"confidential\":null,"
    "\"source\":null,\"email_addresses\":[{\"email_address\":\"frank.doe@example.com\",\"type\":null}],"
    "\"remote_url\":\"https://ats.example.com/candidates/32\",\"changed_at\":\"2026-11-23T10:00:00.000Z\","
    "\"applications\":[{\"id\":\"9fLTzmDZFY3JYDZN8cqN5S1u\",\"remote_id\":null,\"outcome\":\"SOMETHING_NEW\","
    "\"rejection_reason_name\":null,\"rejected_at\":null,\"remote_url\":null,\"changed_at\":\"2026-11-23T10:00:00.000Z\","
    "\"remote_created_at\":null,\"remote_updated_at\":null,\"current_stage\":null,"
    "\"job\":{\"id\":\"BDpgnpZ148nrGh4mYHNxJBgx\",\"name\":\"Integrations Engineer\",\"remote_id\":\"7\"}}],"
    "\"tags\":[{\"id\":\"t1\",\"name\":null,\"remote_id\":null}]},"
    "\"warnings\":[{\"message\":\"The phone number was not saved: this ATS has no phone field.\"}]}";

static KomboAttachment *
attachment_for (const char         *name,
                const char         *contents,
                gssize              length,
                KomboAttachmentType type)
{
  g_autofree char *path = test_write_file (name, contents, length);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  KomboAttachment *attachment;

  kombo_attachment_new_for_file_async (file, type, NULL, test_store_result, &result);
  attachment = kombo_attachment_new_for_file_finish (test_wait (&result), &error);
  g_assert_no_error (error);
  return attachment;
}

static KomboCandidate *
seed_candidate (void)
{
  KomboCandidate *candidate = kombo_candidate_new ();
  g_autoptr (GDateTime) available = kombo_date_new_utc (2021, 1, 1);
  g_autoptr (KomboAttachment) cv = NULL;
  g_autoptr (JsonObject) remote_fields = json_object_new ();
  g_autofree guchar *text = NULL;
  gsize              text_len;
  const char        *options[] = { "GUzE666zfyjeoCJX6A8n7wh6", "5WPHzzKAv8cx97KtHRUV96U8", "7yZfKGzWigXxxRTygqAfHvyE", NULL };

  g_object_set (candidate,
                "first-name", "Frank",
                "last-name", "Doe",
                "company", "Acme Inc.",
                "title", "Head of Integrations",
                "email-address", "frank.doe@example.com",
                "phone-number", "+1-541-754-3010",
                "city", "New York",
                "country", "US",
                "state", "NY",
                "job-id", "BDpgnpZ148nrGh4mYHNxJBgx",
                "stage-id", "8x3YKRDcuRnwShdh96ShBNn1",
                "gender", KOMBO_GENDER_MALE,
                "availability-date", available,
                NULL);
  kombo_candidate_set_salary (candidate, 100000, KOMBO_SALARY_PERIOD_YEAR);
  kombo_candidate_add_social_link (candidate, "https://www.linkedin.com/in/frank-doe-123456789/");
  kombo_candidate_add_social_link (candidate, "https://twitter.com/frankdoe");

  text = g_base64_decode ("SGkgdGhlcmUsIEtvbWJvIGlzIGN1cnJlbnRseSBoaXJpbmcgZW5naW5lZXJzIHRoYXQgbG92ZSB0byB3b3JrIG9uIGRldmVsb3BlciBwcm9kdWN0cy4=", &text_len);
  cv = attachment_for ("Frank Doe CV.txt", (const char *) text, text_len, KOMBO_ATTACHMENT_CV);
  kombo_candidate_add_attachment (candidate, cv);

  kombo_candidate_add_text_answer (candidate, "3phFBNXRweGnDmsU9o2vdPuQ", "Yes");
  kombo_candidate_add_options_answer (candidate, "EYJjhMQT3LtVKXnTbnRT8s6U", options);
  kombo_candidate_set_remote_fields (candidate, remote_fields);

  return candidate;
}

static KomboWriteResult *
submit (KomboClient    *client,
        KomboCandidate *candidate,
        GError        **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kombo_client_create_candidate_async (client, candidate, NULL, NULL, NULL, NULL, test_store_result, &result);
  return kombo_client_create_candidate_finish (client, test_wait (&result), error);
}

static void
test_seed_example (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboCandidate) candidate = seed_candidate ();
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonObject) body = NULL;
  g_autofree char      *name = NULL;
  KomboCandidateRecord *created;
  KomboApplication     *application;
  FakeRequest          *request;

  fake_kombo_respond (fake, "POST", "/ats/candidates", 200, created_answer);
  result = submit (client, candidate, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
  request = fake_kombo_get_request (fake, 0);
  g_assert_cmpstr (request->method, ==, "POST");
  g_assert_cmpstr (request->path, ==, "/ats/candidates");
  g_assert_cmpstr (soup_message_headers_get_one (request->headers, "X-Integration-Id"), ==, TEST_INTEGRATION_ID);
  g_assert_cmpstr (soup_message_headers_get_one (request->headers, "Content-Type"), ==, "application/json");

  body = fake_request_get_json (request);
  test_assert_json_equal (body, seed_body);
  test_assert_schema_valid ("create-candidate.request.schema.json", request->body);

  created = kombo_write_result_get_candidate (result);
  g_assert_nonnull (created);
  g_assert_cmpstr (kombo_candidate_record_get_id (created), ==, "26vaLRdMpAjJGm2ntmpWwmYE");
  name = kombo_candidate_record_dup_display_name (created);
  g_assert_cmpstr (name, ==, "Frank Doe");
  g_assert_cmpstr (kombo_candidate_record_get_remote_url (created), ==, "https://ats.example.com/candidates/32");
  g_assert_cmpstr (kombo_candidate_record_get_email_address (created), ==, "frank.doe@example.com");
  g_assert_cmpuint (g_list_model_get_n_items (kombo_candidate_record_get_applications (created)), ==, 1);
  application = g_list_model_get_item (kombo_candidate_record_get_applications (created), 0);
  g_assert_cmpstr (kombo_application_get_job_name (application), ==, "Integrations Engineer");
  g_assert_cmpstr (kombo_application_get_outcome (application), ==, "SOMETHING_NEW");
  g_assert_null (kombo_application_get_stage_name (application));
  g_object_unref (application);
  g_assert_true (kombo_candidate_record_applied_to (created, "BDpgnpZ148nrGh4mYHNxJBgx"));
  g_assert_false (kombo_candidate_record_applied_to (created, "7"));
  g_assert_false (kombo_candidate_record_applied_to (created, NULL));

  g_assert_cmpuint (g_strv_length ((char **) kombo_write_result_get_warnings (result)), ==, 1);
  g_assert_cmpstr (kombo_write_result_get_warnings (result)[0], ==,
                   "The phone number was not saved: this ATS has no phone field.");
}

static void
test_every_field (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboCandidate) candidate = kombo_candidate_new ();
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (KomboAttachment) letter = NULL;
  g_autoptr (KomboAttachment) portfolio = NULL;
  g_autoptr (KomboAttachment) certificate = NULL;
  g_autoptr (GDateTime) consent_until = g_date_time_new_utc (2027, 6, 30, 12, 0, 0);
  g_autoptr (GDateTime) start = g_date_time_new_local (2026, 12, 1, 9, 30, 0);
  g_autoptr (GDateTime) start_utc = g_date_time_to_utc (start);
  g_autofree char *start_text = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonObject) body = NULL;
  g_autofree char *expected = NULL;
  const char      *skills[] = { "opt-c", "opt-rust", NULL };

  g_object_set (candidate,
                "first-name", "  Ada ",
                "last-name", "Lovelace",
                "email-address", "ada@example.org",
                "company", "Analytical Engines Ltd",
                "title", "Principal Engineer",
                "phone-number", "+44 20 7946 0958",
                "country", "gb",
                "city", "London",
                "street-1", "12 St James's Square",
                "zip-code", "SW1Y 4JH",
                "job-id", "remote:4451",
                "sourced-by", "user-17",
                "source-name", "Shortlist",
                "gender", KOMBO_GENDER_FEMALE,
                NULL);
  kombo_candidate_add_email (candidate, KOMBO_CONTACT_WORK, "ada@engines.example");
  kombo_candidate_add_phone (candidate, KOMBO_CONTACT_PERSONAL, "+44 7700 900123");
  kombo_candidate_set_salary (candidate, 6250.5, KOMBO_SALARY_PERIOD_MONTH);
  kombo_candidate_set_gdpr_consent (candidate, TRUE, consent_until);
  g_assert_true (kombo_candidate_set_remote_fields_from_text (candidate, "{\"greenhouse\": {\"candidate\": {\"is_private\": true}}}", &error));
  g_assert_no_error (error);

  kombo_candidate_add_text_answer (candidate, "q-text", "Because engines");
  kombo_candidate_add_option_answer (candidate, "q-single", "opt-remote");
  kombo_candidate_add_options_answer (candidate, "q-multi", skills);
  kombo_candidate_add_boolean_answer (candidate, "q-bool", FALSE);
  kombo_candidate_add_number_answer (candidate, "q-number", 7);
  kombo_candidate_add_number_answer (candidate, "q-decimal", 2.5);
  kombo_candidate_add_date_answer (candidate, "q-date", start);
  certificate = attachment_for ("certificate.pdf", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", -1, KOMBO_ATTACHMENT_OTHER);
  kombo_candidate_add_file_answer (candidate, "q-file", certificate);

  letter = attachment_for ("letter.txt", "Dear hiring team,", -1, KOMBO_ATTACHMENT_COVER_LETTER);
  portfolio = attachment_for ("portfolio.pdf", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", -1, KOMBO_ATTACHMENT_OTHER);
  kombo_candidate_add_attachment (candidate, letter);
  kombo_candidate_add_attachment (candidate, portfolio);

  fake_kombo_respond (fake, "POST", "/ats/candidates", 200, created_answer);
  result = submit (client, candidate, &error);
  g_assert_no_error (error);

  body = fake_request_get_json (fake_kombo_get_request (fake, 0));
  start_text = g_date_time_format (start_utc, "%Y-%m-%dT%H:%M:%S.000Z");
  expected = g_strdup_printf (
      "{\"candidate\":{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"email_address\":\"ada@example.org\","
      "\"additional_email_addresses\":[{\"type\":\"WORK\",\"email_address\":\"ada@engines.example\"}],"
      "\"company\":\"Analytical Engines Ltd\",\"title\":\"Principal Engineer\",\"phone_number\":\"+44 20 7946 0958\","
      "\"additional_phone_numbers\":[{\"type\":\"PERSONAL\",\"phone_number\":\"+44 7700 900123\"}],"
      "\"location\":{\"city\":\"London\",\"country\":\"GB\",\"street_1\":\"12 St James's Square\",\"zip_code\":\"SW1Y 4JH\"},"
      "\"gender\":\"FEMALE\",\"salary_expectations\":{\"period\":\"MONTH\",\"amount\":6250.5}},"
      "\"application\":{\"job_id\":\"remote:4451\"},"
      "\"screening_question_answers\":["
      "{\"question_id\":\"q-text\",\"answer\":\"Because engines\"},"
      "{\"question_id\":\"q-single\",\"answer\":\"opt-remote\"},"
      "{\"question_id\":\"q-multi\",\"answer\":[\"opt-c\",\"opt-rust\"]},"
      "{\"question_id\":\"q-bool\",\"answer\":false},"
      "{\"question_id\":\"q-number\",\"answer\":7},"
      "{\"question_id\":\"q-decimal\",\"answer\":2.5},"
      "{\"question_id\":\"q-date\",\"answer\":\"%s\"},"
      "{\"question_id\":\"q-file\",\"answer\":{\"name\":\"certificate.pdf\",\"content_type\":\"application/pdf\","
      "\"data\":\"JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PD4+CmVuZG9iago=\"}}],"
      "\"attachments\":["
      "{\"name\":\"letter.txt\",\"type\":\"COVER_LETTER\",\"content_type\":\"text/plain\",\"data\":\"RGVhciBoaXJpbmcgdGVhbSw=\"},"
      "{\"name\":\"portfolio.pdf\",\"type\":\"OTHER\",\"content_type\":\"application/pdf\",\"data\":\"JVBERi0xLjQKJeLjz9MK\"}],"
      "\"sourced_by\":{\"user_id\":\"user-17\"},"
      "\"gdpr_consent\":{\"expires_at\":\"2027-06-30T12:00:00.000Z\",\"given\":true},"
      "\"source\":{\"name\":\"Shortlist\"},"
      "\"remote_fields\":{\"greenhouse\":{\"candidate\":{\"is_private\":true}}}}",
      start_text);
  test_assert_json_equal (body, expected);
  test_assert_schema_valid ("create-candidate.request.schema.json", fake_kombo_get_request (fake, 0)->body);
}

typedef struct
{
  const char *description;
  void (*spoil) (KomboCandidate *candidate);
  const char *path;
  const char *message;
} Rule;

static void
spoil_first_name (KomboCandidate *c)
{
  kombo_candidate_set_field (c, "first-name", "   ");
}
static void
spoil_last_name (KomboCandidate *c)
{
  kombo_candidate_set_field (c, "last-name", NULL);
}
static void
spoil_email_missing (KomboCandidate *c)
{
  kombo_candidate_set_field (c, "email-address", "");
}
static void
spoil_email (KomboCandidate *c)
{
  kombo_candidate_set_field (c, "email-address", "frank.doe@example");
}
static void
spoil_extra_email (KomboCandidate *c)
{
  kombo_candidate_add_email (c, KOMBO_CONTACT_WORK, "frank at work");
}
static void
spoil_extra_email_empty (KomboCandidate *c)
{
  kombo_candidate_add_email (c, KOMBO_CONTACT_OTHER, " ");
}
static void
spoil_phone (KomboCandidate *c)
{
  kombo_candidate_set_field (c, "phone-number", "call me maybe");
}
static void
spoil_extra_phone (KomboCandidate *c)
{
  kombo_candidate_add_phone (c, KOMBO_CONTACT_WORK, "12");
}
static void
spoil_country (KomboCandidate *c)
{
  kombo_candidate_set_field (c, "country", "XY");
}
static void
spoil_country_name (KomboCandidate *c)
{
  kombo_candidate_set_field (c, "country", "Germany");
}
static void
spoil_country_missing (KomboCandidate *c)
{
  kombo_candidate_set_field (c, "country", NULL);
}
static void
spoil_salary_period (KomboCandidate *c)
{
  kombo_candidate_set_salary (c, 50000, KOMBO_SALARY_PERIOD_UNSET);
}
static void
spoil_salary_amount (KomboCandidate *c)
{
  kombo_candidate_set_salary (c, NAN, KOMBO_SALARY_PERIOD_MONTH);
}
static void
spoil_salary_negative (KomboCandidate *c)
{
  kombo_candidate_set_salary (c, -5, KOMBO_SALARY_PERIOD_YEAR);
}
static void
spoil_social_relative (KomboCandidate *c)
{
  kombo_candidate_add_social_link (c, "linkedin.com/in/frank");
}
static void
spoil_social_scheme (KomboCandidate *c)
{
  kombo_candidate_add_social_link (c, "ftp://example.com/frank");
}
static void
spoil_job (KomboCandidate *c)
{
  kombo_candidate_set_field (c, "job-id", " ");
}
static void
spoil_text_answer (KomboCandidate *c)
{
  kombo_candidate_add_text_answer (c, "q1", "");
}
static void
spoil_options_answer (KomboCandidate *c)
{
  const char *none[] = { NULL };
  kombo_candidate_add_options_answer (c, "q2", none);
}
static void
spoil_number_answer (KomboCandidate *c)
{
  kombo_candidate_add_number_answer (c, "q3", INFINITY);
}

static void
spoil_content_type (KomboCandidate *c)
{
  g_autoptr (GFile) file = g_file_new_for_path ("/nonexistent/blob.bin");
  g_autoptr (KomboAttachment) blob = kombo_attachment_new (file, "blob.bin", "application/octet-stream", 10, KOMBO_ATTACHMENT_OTHER);

  kombo_candidate_add_attachment (c, blob);
}

static void
spoil_content_type_missing (KomboCandidate *c)
{
  g_autoptr (GFile) file = g_file_new_for_path ("/nonexistent/cv");
  g_autoptr (KomboAttachment) cv = kombo_attachment_new (file, "cv", NULL, 10, KOMBO_ATTACHMENT_CV);

  kombo_candidate_add_attachment (c, cv);
}

static void
spoil_content_type_garbage (KomboCandidate *c)
{
  g_autoptr (GFile) file = g_file_new_for_path ("/nonexistent/cv.pdf");
  g_autoptr (KomboAttachment) cv = kombo_attachment_new (file, "cv.pdf", "pdf please", 10, KOMBO_ATTACHMENT_CV);

  kombo_candidate_add_attachment (c, cv);
}

static void
spoil_empty_file (KomboCandidate *c)
{
  g_autoptr (GFile) file = g_file_new_for_path ("/nonexistent/empty.pdf");
  g_autoptr (KomboAttachment) cv = kombo_attachment_new (file, "empty.pdf", "application/pdf", 0, KOMBO_ATTACHMENT_CV);

  kombo_candidate_add_attachment (c, cv);
}

static const Rule rules[] = {
  { "first-name", spoil_first_name, "candidate.first_name", "Enter the first name." },
  { "last-name", spoil_last_name, "candidate.last_name", "Enter the last name." },
  { "email-missing", spoil_email_missing, "candidate.email_address", "Enter an email address." },
  { "email", spoil_email, "candidate.email_address", "“frank.doe@example” does not look like an email address." },
  { "extra-email", spoil_extra_email, "candidate.additional_email_addresses[0].email_address", "“frank at work” does not look like an email address." },
  { "extra-email-empty", spoil_extra_email_empty, "candidate.additional_email_addresses[0].email_address", "Enter an email address or remove this row." },
  { "phone", spoil_phone, "candidate.phone_number", "“call me maybe” does not look like a phone number." },
  { "extra-phone", spoil_extra_phone, "candidate.additional_phone_numbers[0].phone_number", "“12” does not look like a phone number." },
  { "country", spoil_country, "candidate.location.country", "“XY” is not a country code. Use the two letters of ISO 3166, such as DE or US." },
  { "country-name", spoil_country_name, "candidate.location.country", "“GERMANY” is not a country code. Use the two letters of ISO 3166, such as DE or US." },
  { "country-missing", spoil_country_missing, "candidate.location.country", "Choose a country: the other parts of the address need one." },
  { "salary-period", spoil_salary_period, "candidate.salary_expectations.period", "Choose whether the salary is per month or per year." },
  { "salary-amount", spoil_salary_amount, "candidate.salary_expectations.amount", "Enter the amount, or clear the salary period." },
  { "salary-negative", spoil_salary_negative, "candidate.salary_expectations.amount", "The salary must be a positive number." },
  { "social-relative", spoil_social_relative, "candidate.social_links[2].url", "“linkedin.com/in/frank” is not a web address. Enter a full link starting with https://." },
  { "social-scheme", spoil_social_scheme, "candidate.social_links[2].url", "“ftp://example.com/frank” is not a web address. Enter a full link starting with https://." },
  { "job", spoil_job, "application.job_id", "Choose the job to apply to." },
  { "text-answer", spoil_text_answer, "screening_question_answers[2].answer", "Enter an answer or leave the question out." },
  { "options-answer", spoil_options_answer, "screening_question_answers[2].answer", "Choose at least one option." },
  { "number-answer", spoil_number_answer, "screening_question_answers[2].answer", "Enter a number." },
  { "octet-stream", spoil_content_type, "attachments[1].content_type", "Shortlist cannot tell what kind of file “blob.bin” is. Save it as PDF, Word, OpenDocument or plain text and attach it again." },
  { "no-content-type", spoil_content_type_missing, "attachments[1].content_type", "Shortlist cannot tell what kind of file “cv” is. Save it as PDF, Word, OpenDocument or plain text and attach it again." },
  { "bad-content-type", spoil_content_type_garbage, "attachments[1].content_type", "“pdf please” is not a valid content type." },
  { "empty-file", spoil_empty_file, "attachments[1].data", "“empty.pdf” is empty." },
};

static void
test_rule (gconstpointer data)
{
  const Rule *rule = data;
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboCandidate) candidate = seed_candidate ();
  g_autoptr (GPtrArray) violations = kombo_candidate_validate (candidate);
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *sent_violations;

  g_assert_cmpuint (violations->len, ==, 0);
  g_clear_pointer (&violations, g_ptr_array_unref);

  rule->spoil (candidate);
  violations = kombo_candidate_validate (candidate);
  g_assert_cmpuint (violations->len, ==, 1);
  g_assert_cmpstr (((KomboViolation *) g_ptr_array_index (violations, 0))->path, ==, rule->path);
  g_assert_cmpstr (((KomboViolation *) g_ptr_array_index (violations, 0))->message, ==, rule->message);

  /* The client refuses it too, and nothing reaches the server */
  result = submit (client, candidate, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_INVALID_INPUT);
  g_assert_null (result);
  g_assert_cmpstr (error->message, ==, rule->message);
  sent_violations = kombo_error_get_violations (error);
  g_assert_nonnull (sent_violations);
  g_assert_cmpstr (kombo_violations_lookup (sent_violations, rule->path), ==, rule->message);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 0);
}

static void
test_many_violations (void)
{
  g_autoptr (KomboCandidate) candidate = kombo_candidate_new ();
  g_autoptr (GPtrArray) violations = kombo_candidate_validate (candidate);
  g_autoptr (GError) error = NULL;

  /* An empty form: names, email and job, in the order of the form */
  g_assert_cmpuint (violations->len, ==, 4);
  g_assert_cmpstr (((KomboViolation *) g_ptr_array_index (violations, 0))->path, ==, "candidate.first_name");
  g_assert_cmpstr (((KomboViolation *) g_ptr_array_index (violations, 1))->path, ==, "candidate.last_name");
  g_assert_cmpstr (((KomboViolation *) g_ptr_array_index (violations, 2))->path, ==, "candidate.email_address");
  g_assert_cmpstr (((KomboViolation *) g_ptr_array_index (violations, 3))->path, ==, "application.job_id");

  error = kombo_error_new_invalid_input (violations);
  g_assert_cmpstr (error->message, ==, "Each of the 4 fields says below it what to change.");
}

static void
test_remote_fields_text (void)
{
  g_autoptr (KomboCandidate) candidate = kombo_candidate_new ();
  g_autoptr (GError) error = NULL;

  g_assert_false (kombo_candidate_set_remote_fields_from_text (candidate, "{\"lever\": ", &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Not valid JSON: "));
  g_clear_error (&error);

  g_assert_false (kombo_candidate_set_remote_fields_from_text (candidate, "[1, 2]", &error));
  g_assert_cmpstr (error->message, ==, "Remote fields must be a JSON object, written between { and }.");
  g_clear_error (&error);

  g_assert_true (kombo_candidate_set_remote_fields_from_text (candidate, "  ", &error));
  g_assert_no_error (error);
}

static void
test_attachment_guessing (void)
{
  g_autoptr (KomboAttachment) pdf = attachment_for ("Resume Final (2).pdf", "%PDF-1.7\n", -1, KOMBO_ATTACHMENT_CV);
  g_autoptr (KomboAttachment) odt = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) missing = g_file_new_for_path ("/nonexistent/cv.pdf");
  g_autoptr (KomboAttachment) none = NULL;

  g_assert_cmpstr (kombo_attachment_get_name (pdf), ==, "Resume Final (2).pdf");
  g_assert_cmpstr (kombo_attachment_get_content_type (pdf), ==, "application/pdf");
  g_assert_cmpint (kombo_attachment_get_size (pdf), ==, 9);
  g_assert_cmpint (kombo_attachment_get_encoded_size (pdf), ==, 12);

  odt = attachment_for ("letter.odt", "PK\x03\x04", 4, KOMBO_ATTACHMENT_COVER_LETTER);
  g_assert_cmpstr (kombo_attachment_get_content_type (odt), ==, "application/vnd.oasis.opendocument.text");

  kombo_attachment_new_for_file_async (missing, KOMBO_ATTACHMENT_CV, NULL, test_store_result, &result);
  none = kombo_attachment_new_for_file_finish (test_wait (&result), &error);
  g_assert_null (none);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_FILE);
  g_assert_true (g_str_has_prefix (error->message, "Cannot read “/nonexistent/cv.pdf”: "));
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add_func ("/kombo/candidate/seed-example", test_seed_example);
  g_test_add_func ("/kombo/candidate/every-field", test_every_field);
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autofree char *path = g_strdup_printf ("/kombo/candidate/rule/%s", rules[i].description);
      g_test_add_data_func (path, &rules[i], test_rule);
    }
  g_test_add_func ("/kombo/candidate/many-violations", test_many_violations);
  g_test_add_func ("/kombo/candidate/remote-fields-text", test_remote_fields_text);
  g_test_add_func ("/kombo/candidate/attachment-guessing", test_attachment_guessing);

  return g_test_run ();
}
