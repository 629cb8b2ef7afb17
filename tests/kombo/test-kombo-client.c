/* test-kombo-client.c: what KomboClient sends, how it reads answers and errors, and when it retries */
#include "config.h"

#include <unistd.h>

#include "test-util.h"

#define JOBS_PAGE_1                                                                                       \
  "{\"status\":\"success\",\"data\":{\"next\":\"cursor-2\",\"results\":["                                 \
  "{\"id\":\"job-1\",\"remote_id\":\"1\",\"name\":\"Backend Engineer\",\"department\":\"Engineering\","   \
  "\"location\":{\"city\":\"Berlin\",\"country\":\"DE\",\"raw\":null},\"status\":\"OPEN\",\"stages\":[]," \
  "\"screening_questions\":[]}]}}"
#define JOBS_PAGE_2                                                                                     \
  "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":["                                       \
  "{\"id\":\"job-2\",\"remote_id\":\"2\",\"name\":\"Recruiter\",\"department\":null,\"location\":null," \
  "\"status\":\"SOMETHING_NEW\",\"stages\":null,\"screening_questions\":null}]}}"
#define EMPTY_LIST "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[]}}"
#define WRITE_OK "{\"status\":\"success\",\"data\":{},\"warnings\":[]}"

static GListModel *
get_jobs (KomboClient *client,
          const char  *name_contains,
          GError     **error)
{
  g_autoptr (GAsyncResult) result = NULL;
  const char *statuses[] = { "OPEN", NULL };

  kombo_client_get_jobs_async (client, name_contains, statuses, NULL, test_store_result, &result);
  return kombo_client_get_jobs_finish (client, test_wait (&result), error);
}

static KomboWriteResult *
add_tag (KomboClient  *client,
         const char   *candidate_id,
         KomboTag     *tag,
         GCancellable *cancellable,
         GError      **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kombo_client_add_tag_async (client, candidate_id, tag, cancellable, test_store_result, &result);
  return kombo_client_add_tag_finish (client, test_wait (&result), error);
}

static void
assert_common_headers (FakeRequest *request,
                       gboolean     with_integration)
{
  g_assert_cmpstr (soup_message_headers_get_one (request->headers, "Authorization"), ==, "Bearer " TEST_API_KEY);
  g_assert_cmpstr (soup_message_headers_get_one (request->headers, "User-Agent"), ==, "Shortlist/" PACKAGE_VERSION);
  g_assert_cmpstr (soup_message_headers_get_one (request->headers, "Accept"), ==, "application/json");
  if (with_integration)
    g_assert_cmpstr (soup_message_headers_get_one (request->headers, "X-Integration-Id"), ==, TEST_INTEGRATION_ID);
  else
    g_assert_null (soup_message_headers_get_one (request->headers, "X-Integration-Id"));
}

static void
test_check_api_key (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *environment = NULL;
  FakeRequest     *request;

  fake_kombo_respond (fake, "GET", "/check-api-key", 200,
                      "{\"status\":\"success\",\"data\":{\"environment_id\":\"env-42\",\"customer_id\":\"cus-1\"}}");
  kombo_client_check_api_key_async (client, NULL, test_store_result, &result);
  environment = kombo_client_check_api_key_finish (client, test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (environment, ==, "env-42");

  request = fake_kombo_get_request (fake, 0);
  g_assert_cmpstr (request->method, ==, "GET");
  g_assert_cmpstr (request->path, ==, "/check-api-key");
  g_assert_null (request->query);
  assert_common_headers (request, FALSE);
}

static void
test_get_integration (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboIntegration) integration = NULL;

  fake_kombo_respond (fake, "GET", "/integrations/" TEST_INTEGRATION_ID, 200,
                      "{\"status\":\"success\",\"data\":{\"id\":\"" TEST_INTEGRATION_ID "\","
                      "\"tool\":{\"id\":\"greenhouse\",\"label\":\"Greenhouse\",\"internal_label\":null,"
                      "\"logo_url\":\"https://example.com/logo.svg\",\"icon_url\":\"https://example.com/icon.svg\"},"
                      "\"category\":\"ATS\",\"status\":\"ACTIVE\",\"setup_status\":\"FINAL_SYNC_PENDING\","
                      "\"end_user\":{\"organization_name\":\"Acme Recruiting\",\"creator_email\":null,\"origin_id\":null},"
                      "\"scope_config\":{\"id\":\"s\",\"name\":null},\"data_expired_at\":null,"
                      "\"created_at\":\"2026-01-01T00:00:00.000Z\",\"beta\":false,\"read_models\":[],\"write_actions\":[]}}");
  kombo_client_get_integration_async (client, TEST_INTEGRATION_ID, NULL, test_store_result, &result);
  integration = kombo_client_get_integration_finish (client, test_wait (&result), &error);
  g_assert_no_error (error);

  g_assert_cmpstr (kombo_integration_get_tool_label (integration), ==, "Greenhouse");
  g_assert_cmpstr (kombo_integration_get_organization_name (integration), ==, "Acme Recruiting");
  g_assert_cmpstr (kombo_integration_get_status (integration), ==, "ACTIVE");
  g_assert_cmpstr (kombo_integration_get_setup_status (integration), ==, "FINAL_SYNC_PENDING");
  g_assert_false (kombo_integration_is_usable (integration));
  assert_common_headers (fake_kombo_get_request (fake, 0), FALSE);
}

static void
test_get_jobs_every_page (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboJob) first = NULL;
  g_autoptr (KomboJob) second = NULL;
  FakeRequest *request;

  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, JOBS_PAGE_1);
  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, JOBS_PAGE_2);
  jobs = get_jobs (client, "Engineer & Co", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 2);

  first = g_list_model_get_item (jobs, 0);
  second = g_list_model_get_item (jobs, 1);
  g_assert_cmpstr (kombo_job_get_name (first), ==, "Backend Engineer");
  g_assert_cmpstr (kombo_job_get_location (first), ==, "Berlin, DE");
  g_assert_cmpstr (kombo_job_get_status (second), ==, "SOMETHING_NEW");
  g_assert_null (kombo_job_get_location (second));
  g_assert_cmpuint (g_list_model_get_n_items (kombo_job_get_stages (second)), ==, 0);

  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 2);
  request = fake_kombo_get_request (fake, 0);
  assert_common_headers (request, TRUE);
  g_assert_cmpstr (g_hash_table_lookup (request->params, "name_contains"), ==, "Engineer & Co");
  g_assert_cmpstr (g_hash_table_lookup (request->params, "statuses"), ==, "OPEN");
  g_assert_cmpstr (g_hash_table_lookup (request->params, "page_size"), ==, "250");
  g_assert_null (g_hash_table_lookup (request->params, "cursor"));

  /* The next page repeats the filters, with the cursor */
  request = fake_kombo_get_request (fake, 1);
  g_assert_cmpstr (g_hash_table_lookup (request->params, "name_contains"), ==, "Engineer & Co");
  g_assert_cmpstr (g_hash_table_lookup (request->params, "statuses"), ==, "OPEN");
  g_assert_cmpstr (g_hash_table_lookup (request->params, "cursor"), ==, "cursor-2");
}

static void
test_get_candidates (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GListModel) candidates = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboCandidateRecord) record = NULL;
  g_autofree char *name = NULL;
  const char      *ids[] = { "cand-1", "cand-2", NULL };

  fake_kombo_respond (fake, "GET", "/ats/candidates", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":["
                      "{\"id\":\"cand-1\",\"remote_id\":\"1\",\"first_name\":null,\"last_name\":null,"
                      "\"email_addresses\":null,\"applications\":null,\"tags\":null},"
                      "{\"remote_id\":\"no-id-so-skipped\"},"
                      "{\"id\":\"cand-2\",\"first_name\":\"Grace\",\"last_name\":\"Hopper\","
                      "\"email_addresses\":[{\"email_address\":\"grace@example.com\",\"type\":\"PERSONAL\"}],"
                      "\"applications\":[{\"id\":\"app-1\",\"outcome\":null,\"current_stage\":{\"id\":\"s\",\"name\":\"Interview\",\"remote_id\":null,\"index\":null},"
                      "\"job\":{\"id\":\"job-1\",\"name\":\"Backend Engineer\",\"remote_id\":\"1\"}}],"
                      "\"tags\":[{\"id\":\"t\",\"name\":\"Silver medalist\",\"remote_id\":null}]}]}}");
  kombo_client_get_candidates_by_email_async (client, " Grace@Example.com ", NULL, test_store_result, &result);
  candidates = kombo_client_get_candidates_finish (client, test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (candidates), ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (fake_kombo_get_request (fake, 0)->params, "email"), ==, "Grace@Example.com");

  record = g_list_model_get_item (candidates, 0);
  name = kombo_candidate_record_dup_display_name (record);
  g_assert_cmpstr (name, ==, "Unnamed candidate");
  g_clear_object (&record);
  g_clear_pointer (&name, g_free);

  record = g_list_model_get_item (candidates, 1);
  name = kombo_candidate_record_dup_display_name (record);
  g_assert_cmpstr (name, ==, "Grace Hopper");
  g_assert_cmpstr (kombo_candidate_record_get_email_address (record), ==, "grace@example.com");
  g_assert_cmpstr (kombo_candidate_record_get_tags (record)[0], ==, "Silver medalist");
  {
    g_autoptr (KomboApplication) application = g_list_model_get_item (kombo_candidate_record_get_applications (record), 0);
    g_assert_cmpstr (kombo_application_get_stage_name (application), ==, "Interview");
    g_assert_cmpstr (kombo_application_get_job_name (application), ==, "Backend Engineer");
  }

  g_clear_object (&result);
  g_clear_object (&candidates);
  fake_kombo_respond (fake, "GET", "/ats/candidates", 200, EMPTY_LIST);
  kombo_client_get_candidates_by_ids_async (client, ids, NULL, test_store_result, &result);
  candidates = kombo_client_get_candidates_finish (client, test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (candidates), ==, 0);
  g_assert_cmpstr (g_hash_table_lookup (fake_kombo_get_request (fake, 1)->params, "ids"), ==, "cand-1,cand-2");
}

static void
test_get_tags (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GListModel) tags = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboTag) tag = NULL;

  fake_kombo_respond (fake, "GET", "/ats/tags", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":["
                      "{\"id\":\"t1\",\"remote_id\":null,\"name\":\"Excellent Fit\",\"remote_data\":null,"
                      "\"changed_at\":\"2026-01-01T00:00:00.000Z\",\"remote_deleted_at\":null},"
                      "{\"id\":\"t2\",\"name\":null}]}}");
  kombo_client_get_tags_async (client, NULL, test_store_result, &result);
  tags = kombo_client_get_tags_finish (client, test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tags), ==, 2);
  tag = g_list_model_get_item (tags, 0);
  g_assert_cmpstr (kombo_tag_get_id (tag), ==, "t1");
  g_assert_cmpstr (kombo_tag_get_name (tag), ==, "Excellent Fit");
  assert_common_headers (fake_kombo_get_request (fake, 0), TRUE);
  g_assert_cmpstr (fake_kombo_get_request (fake, 0)->path, ==, "/ats/tags");
}

static void
test_attachment_restrictions (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (KomboAttachmentRestrictions) restrictions = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListStore) files = g_list_store_new (KOMBO_TYPE_ATTACHMENT);
  g_autoptr (GFile) file = g_file_new_for_path ("/nonexistent/cv.docx");
  g_autoptr (KomboAttachment) cv = NULL;
  g_autoptr (KomboAttachment) letter = NULL;
  g_autoptr (GPtrArray) violations = NULL;

  fake_kombo_respond (fake, "GET", "/ats/actions/ats_create_candidate", 200,
                      "{\"status\":\"success\",\"data\":{\"attachment_restrictions\":{\"total_size_bytes\":20000000,"
                      "\"types\":{\"CV\":{\"is_supported\":true,\"min_amount\":null,\"max_amount\":1,"
                      "\"max_file_size_bytes\":10000000,\"accepted_mime_types\":[\"application/pdf\"]},"
                      "\"COVER_LETTER\":{\"is_supported\":false},"
                      "\"OTHER\":{\"is_supported\":true,\"min_amount\":null,\"max_amount\":null,"
                      "\"max_file_size_bytes\":null,\"accepted_mime_types\":null}}}}}");
  kombo_client_get_attachment_restrictions_async (client, NULL, test_store_result, &result);
  restrictions = kombo_client_get_attachment_restrictions_finish (client, test_wait (&result), &error);
  g_assert_no_error (error);
  assert_common_headers (fake_kombo_get_request (fake, 0), TRUE);

  g_assert_cmpint (kombo_attachment_restrictions_get_total_size (restrictions), ==, 20000000);
  g_assert_false (kombo_attachment_restrictions_is_supported (restrictions, KOMBO_ATTACHMENT_COVER_LETTER));
  g_assert_cmpint (kombo_attachment_restrictions_get_max_file_size (restrictions, KOMBO_ATTACHMENT_CV), ==, 10000000);
  g_assert_cmpint (kombo_attachment_restrictions_get_max_file_size (restrictions, KOMBO_ATTACHMENT_OTHER), ==, -1);

  cv = kombo_attachment_new (file, "cv.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                             12000000, KOMBO_ATTACHMENT_CV);
  letter = kombo_attachment_new (file, "letter.pdf", "application/pdf", 9000000, KOMBO_ATTACHMENT_COVER_LETTER);
  g_list_store_append (files, cv);
  g_list_store_append (files, letter);
  violations = kombo_attachment_restrictions_check (restrictions, G_LIST_MODEL (files));
  g_assert_cmpuint (violations->len, ==, 4);
  g_assert_cmpstr (((KomboViolation *) violations->pdata[0])->path, ==, "attachments[0]");
  g_assert_cmpstr (((KomboViolation *) violations->pdata[0])->message, ==,
                   "“cv.docx” is 12.0\xc2\xa0MB; this applicant tracking system accepts at most 10.0\xc2\xa0MB.");
  g_assert_cmpstr (((KomboViolation *) violations->pdata[1])->message, ==,
                   "“cv.docx” is not of a type this applicant tracking system accepts (application/pdf).");
  g_assert_cmpstr (((KomboViolation *) violations->pdata[2])->path, ==, "attachments[1]");
  g_assert_cmpstr (((KomboViolation *) violations->pdata[2])->message, ==,
                   "This applicant tracking system does not accept “letter.pdf” as this kind of document. Choose another kind.");
  g_assert_cmpstr (((KomboViolation *) violations->pdata[3])->path, ==, "attachments");
  g_assert_cmpstr (((KomboViolation *) violations->pdata[3])->message, ==,
                   "The attachments add up to 21.0\xc2\xa0MB; this applicant tracking system accepts at most 20.0\xc2\xa0MB in all.");
}

static void
test_add_tag_on_behalf (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Excellent Fit");
  g_autoptr (JsonObject) remote = kombo_remote_fields_on_behalf_of ("greenhouse", "4080");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonObject) body = NULL;
  FakeRequest *request;

  kombo_tag_set_remote_fields (tag, remote);
  fake_kombo_respond (fake, "POST", "/ats/candidates/cand 1/tags", 200,
                      "{\"status\":\"success\",\"data\":{},\"warnings\":[{\"message\":\"Tag created\"}]}");
  result = add_tag (client, "cand 1", tag, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kombo_write_result_get_warnings (result)[0], ==, "Tag created");
  g_assert_null (kombo_write_result_get_candidate (result));

  request = fake_kombo_get_request (fake, 0);
  g_assert_cmpstr (request->method, ==, "POST");
  assert_common_headers (request, TRUE);
  body = fake_request_get_json (request);
  test_assert_json_equal (body, "{\"tag\":{\"name\":\"Excellent Fit\"},"
                                "\"remote_fields\":{\"greenhouse\":{\"post_headers\":{\"On-Behalf-Of\":\"4080\"}}}}");
  test_assert_schema_valid ("candidate-tags.request.schema.json", request->body);
}

static void
test_not_configured (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;

  kombo_client_set_integration_id (client, "  ");
  jobs = get_jobs (client, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_NOT_CONFIGURED);
  g_clear_error (&error);

  kombo_client_set_integration_id (client, TEST_INTEGRATION_ID);
  kombo_client_set_api_key (client, NULL);
  g_assert_false (kombo_client_has_api_key (client));
  jobs = get_jobs (client, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_NOT_CONFIGURED);
  g_assert_cmpstr (error->message, ==, "Enter a Kombo API key first.");
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 0);
}

static void
test_base_urls (void)
{
  struct
  {
    const char *url;
    gboolean    ok;
  } cases[] = {
    { "https://api.kombo.dev/v1", TRUE },
    { "https://kombo-proxy.example.com/v1/", TRUE },
    { "http://127.0.0.1:8080/v1", TRUE },
    { "http://127.8.9.10/v1", TRUE },
    { "http://localhost:3000/v1", TRUE },
    { "http://[::1]:3000/v1", TRUE },
    { "http://api.kombo.dev/v1", FALSE },
    { "http://192.168.1.10/v1", FALSE },
    { "ftp://api.kombo.dev/v1", FALSE },
    { "api.kombo.dev", FALSE },
    { "", FALSE },
  };
  g_autoptr (KomboClient) client = kombo_client_new (KOMBO_REGION_US);

  g_assert_cmpstr (kombo_client_get_base_url (client), ==, "https://api.us.kombo.dev/v1");
  kombo_client_set_region (client, KOMBO_REGION_EU);
  g_assert_cmpstr (kombo_client_get_base_url (client), ==, "https://api.kombo.dev/v1");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      gboolean ok = kombo_client_set_base_url (client, cases[i].url, &error);

      g_test_message ("%s", cases[i].url);
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (!ok)
        g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_INVALID_URL);
    }

  g_assert_cmpstr (kombo_client_get_base_url (client), ==, "http://[::1]:3000/v1");
  {
    g_autoptr (GError) error = NULL;
    kombo_client_set_base_url (client, "http://api.kombo.dev/v1", &error);
    g_assert_cmpstr (error->message, ==, "“http://api.kombo.dev/v1” is not secure. The API key is sent only over https, or over plain http to this computer.");
  }
}

static void
test_error_full (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) copy = NULL;
  g_autofree char *title = NULL;

  fake_kombo_respond (fake, "POST", "/ats/candidates/c1/tags", 409,
                      "{\"status\":\"error\",\"error\":{\"code\":\"INTEGRATION.SETUP_INCOMPLETE\","
                      "\"title\":\"Setup not finished\",\"message\":\"Finish the setup in the Kombo dashboard.\","
                      "\"log_url\":\"https://app.kombo.dev/logs/abc\"}}");
  result = add_tag (client, "c1", tag, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_API);
  g_assert_cmpstr (error->message, ==, "Finish the setup in the Kombo dashboard.");
  g_assert_cmpstr (kombo_error_get_code (error), ==, "INTEGRATION.SETUP_INCOMPLETE");
  g_assert_cmpstr (kombo_error_get_title (error), ==, "Setup not finished");
  g_assert_cmpstr (kombo_error_get_log_url (error), ==, "https://app.kombo.dev/logs/abc");
  g_assert_cmpuint (kombo_error_get_http_status (error), ==, 409);
  title = kombo_error_dup_display_title (error);
  g_assert_cmpstr (title, ==, "Setup not finished");

  /* The details survive copying, as when the error is handed on */
  copy = g_error_copy (error);
  g_assert_cmpstr (kombo_error_get_log_url (copy), ==, "https://app.kombo.dev/logs/abc");
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
}

static void
test_error_minimal (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;

  fake_kombo_respond (fake, "POST", "/ats/candidates/c1/tags", 400,
                      "{\"status\":\"error\",\"error\":{\"code\":null,\"title\":null,\"message\":\"\",\"log_url\":null}}");
  result = add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_API);
  g_assert_cmpstr (error->message, ==, "Kombo reported an error without details (HTTP 400).");
  g_assert_null (kombo_error_get_code (error));
  g_assert_null (kombo_error_get_log_url (error));
  title = kombo_error_dup_display_title (error);
  g_assert_cmpstr (title, ==, "Kombo reported an error");
}

static void
test_error_unknown_code (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;

  fake_kombo_respond (fake, "POST", "/ats/candidates/c1/tags", 422,
                      "{\"status\":\"error\",\"error\":{\"code\":\"ATS.CANDIDATE_ANONYMISED\",\"title\":null,"
                      "\"message\":\"This candidate was anonymised.\",\"log_url\":null}}");
  result = add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_API);
  g_assert_cmpstr (kombo_error_get_code (error), ==, "ATS.CANDIDATE_ANONYMISED");
  g_assert_cmpstr (error->message, ==, "This candidate was anonymised.");
  title = kombo_error_dup_display_title (error);
  g_assert_cmpstr (title, ==, "Kombo reported an error (ATS.CANDIDATE_ANONYMISED)");
}

static void
test_error_known_code_without_title (void)
{
  g_autoptr (GError) error = kombo_error_new_api (409, "ATS.APPLICATION_ALREADY_EXISTS", NULL, "Duplicate.", NULL);
  g_autofree char *title = kombo_error_dup_display_title (error);

  g_assert_cmpstr (title, ==, "The candidate has already applied to this job");
}

/* "tool:id" is read in one place: which ATS an integration is, before and after Kombo says so */
static void
test_integration_id (void)
{
  const char *valid[] = { "greenhouse:8d1hpPsbjxUkoCoa1veLZGe5", "demo:northwind", "a:b" };
  const char *invalid[] = { "", "greenhouse", ":8d1hp", "greenhouse:", "green house:8d1", "greenhouse:8d1/../x", NULL };
  g_autoptr (KomboIntegration) known = kombo_integration_new ("personio:Q2x9", NULL, NULL);
  g_autoptr (KomboIntegration) odd = kombo_integration_new ("no-colon", NULL, "Acme");

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (kombo_integration_id_is_valid (valid[i]));
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    g_assert_false (kombo_integration_id_is_valid (invalid[i]));

  g_assert_cmpstr (kombo_integration_get_tool_id (known), ==, "personio");
  g_assert_cmpstr (kombo_integration_get_tool_label (known), ==, "personio");
  g_assert_null (kombo_integration_get_tool_id (odd));
  g_assert_null (kombo_integration_get_tool_label (odd));
}

/* After which failures a write may have reached the ATS, and must be looked up rather than sent again */
static void
test_error_outcome_unknown (void)
{
  g_autoptr (GError) timeout = g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_TIMEOUT, "No answer");
  g_autoptr (GError) dropped = g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_NETWORK, "Connection reset");
  g_autoptr (GError) gateway = kombo_error_new_api (502, "REMOTE.SERVICE_UNAVAILABLE", NULL, "Down", NULL);
  g_autoptr (GError) closed = kombo_error_new_api (409, "ATS.JOB_CLOSED", NULL, "Closed", NULL);
  g_autoptr (GError) limit = kombo_error_new_api (429, "PLATFORM.RATE_LIMIT_EXCEEDED", NULL, "Slow down", NULL);
  g_autoptr (GError) cancelled = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");

  g_assert_true (kombo_error_outcome_unknown (timeout));
  g_assert_true (kombo_error_outcome_unknown (dropped));
  g_assert_true (kombo_error_outcome_unknown (gateway));
  g_assert_false (kombo_error_outcome_unknown (closed));
  g_assert_false (kombo_error_outcome_unknown (limit));
  g_assert_false (kombo_error_outcome_unknown (cancelled));
}

/* Title and message as one line: no full stop or colon doubled, nothing said twice */
static void
test_error_sentence (void)
{
  struct
  {
    const char *code;
    const char *title;
    const char *message;
    const char *expected;
  } cases[] = {
    { "PLATFORM.INTEGRATION_NOT_FOUND", "Integration not found.", "There is no integration with this ID.",
      "Integration not found. There is no integration with this ID." },
    { "ATS.JOB_CLOSED", "Job closed", "The job stopped accepting applications.",
      "Job closed: The job stopped accepting applications." },
    { "PLATFORM.INPUT_INVALID", "Input invalid:", "first_name is required.", "Input invalid: first_name is required." },
    { "ATS.CANDIDATE_ANONYMISED", NULL, "This candidate was anonymised.",
      "Kombo reported an error (ATS.CANDIDATE_ANONYMISED): This candidate was anonymised." },
    { "REMOTE.SERVICE_UNAVAILABLE", "Try again later", "Try again later", "Try again later" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = kombo_error_new_api (400, cases[i].code, cases[i].title, cases[i].message, NULL);
      g_autofree char *sentence = kombo_error_dup_sentence (error);

      g_assert_cmpstr (sentence, ==, cases[i].expected);
    }
}

static void
test_error_html_502 (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;

  fake_kombo_respond_full (fake, "POST", "/ats/candidates/c1/tags", 502, "text/html",
                           "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
                           0, NULL);
  result = add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_HTTP);
  g_assert_cmpstr (error->message, ==, "The server answered HTTP 502 Bad Gateway instead of a Kombo answer. Kombo or the network in between may be having trouble; try again in a moment.");
  g_assert_cmpuint (kombo_error_get_http_status (error), ==, 502);
  g_assert_null (kombo_error_get_code (error));
  title = kombo_error_dup_display_title (error);
  g_assert_cmpstr (title, ==, "The server answered with an error");
  /* A write is never repeated after a failure that may have reached the ATS */
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
}

static void
test_error_plain_text (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;

  fake_kombo_respond_full (fake, "POST", "/ats/candidates/c1/tags", 502, "text/plain",
                           "upstream connect error or disconnect/reset before headers\nmore", 0, NULL);
  result = add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_HTTP);
  g_assert_cmpstr (error->message, ==, "The server answered HTTP 502 Bad Gateway: “upstream connect error or disconnect/reset before headers”");
}

static void
test_error_empty_503 (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;

  fake_kombo_respond_full (fake, "POST", "/ats/candidates/c1/tags", 503, NULL, NULL, 0, NULL);
  result = add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_HTTP);
  g_assert_cmpstr (error->message, ==, "The server answered HTTP 503 Service Unavailable with an empty body. Kombo or the network in between may be having trouble; try again in a moment.");
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
}

static void
test_error_truncated_json (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;

  fake_kombo_respond (fake, "POST", "/ats/candidates/c1/tags", 500, "{\"status\":\"error\",\"error\":{\"code\":\"PLATFO");
  result = add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_HTTP);
  g_assert_cmpstr (error->message, ==, "The server answered HTTP 500 Internal Server Error instead of a Kombo answer. Kombo or the network in between may be having trouble; try again in a moment.");
  g_clear_error (&error);

  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, "{\"status\":\"success\",\"data\":{\"next\":null,\"resu");
  jobs = get_jobs (client, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_INVALID_RESPONSE);
  g_assert_cmpstr (error->message, ==, "The server answered HTTP 200, but not with data Shortlist can read. Is the server address right?");
}

static void
test_error_refused (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GSocket) socket = NULL;
  g_autoptr (GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr (GSocketAddress) bound = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) jobs = NULL;
  g_autofree char *url = NULL;

  /* A port that was just free: bind, note it, close */
  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  g_socket_bind (socket, address, FALSE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  url = g_strdup_printf ("http://127.0.0.1:%u/v1", g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_socket_close (socket, NULL);

  g_assert_true (kombo_client_set_base_url (client, url, NULL));
  jobs = get_jobs (client, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_UNREACHABLE);
  g_assert_cmpstr (error->message, ==, "The server refused the connection. It may be down; try again in a moment.");
  /* Nothing was sent: a write that failed so is known not to have happened */
  g_assert_false (kombo_error_outcome_unknown (error));
}

static void
test_error_tls (void)
{
  g_autoptr (FakeKombo) fake = NULL;
  g_autoptr (KomboClient) client = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) jobs = NULL;
  g_autofree char *title = NULL;

  /* Under LeakSanitizer, in a child that leaves without the exit-time leak check: the check's
   * tracer crashes on the threads GnuTLS leaves behind. AddressSanitizer still watches it all. */
  if (g_getenv ("SHORTLIST_TEST_LSAN") != NULL && !g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  fake = fake_kombo_new_self_signed ();
  client = test_client_new (fake);

  /* Certificates are always verified: a self-signed one is refused, nothing is sent */
  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, EMPTY_LIST);
  jobs = get_jobs (client, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_TLS);
  g_assert_true (g_str_has_prefix (error->message, "The secure connection to the server failed: "));
  title = kombo_error_dup_display_title (error);
  g_assert_cmpstr (title, ==, "The secure connection failed");
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 0);

  if (g_getenv ("SHORTLIST_TEST_LSAN") != NULL)
    _exit (0);
}

static void
test_error_timeout (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;

  kombo_client_set_timeouts (client, 1, 1);
  fake_kombo_respond_full (fake, "POST", "/ats/candidates/c1/tags", 200, "application/json", WRITE_OK, 3000, NULL);
  result = add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_TIMEOUT);
  g_assert_cmpstr (error->message, ==, "The server did not answer within 1 second. The change may still reach the applicant tracking system: check before you try again.");
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
}

static void
test_retry_read_429 (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;

  fake_kombo_respond (fake, "GET", "/ats/jobs", 429,
                      "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.RATE_LIMIT_EXCEEDED\",\"title\":null,\"message\":\"Slow down\",\"log_url\":null}}");
  fake_kombo_respond_full (fake, "GET", "/ats/jobs", 503, "text/html", "<html>busy</html>", 0, NULL);
  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, JOBS_PAGE_2);
  jobs = get_jobs (client, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 3);
}

static void
test_retry_read_gives_up (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < 6; i++)
    fake_kombo_respond_full (fake, "GET", "/ats/jobs", 504, "text/plain", "Gateway Timeout", 0, NULL);
  jobs = get_jobs (client, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_HTTP);
  /* The first try and four retries */
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 5);
}

static void
test_retry_after_honoured (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  fake_kombo_respond_full (fake, "GET", "/ats/jobs", 429, "application/json",
                           "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.RATE_LIMIT_EXCEEDED\",\"title\":null,\"message\":\"Slow down\",\"log_url\":null}}",
                           0, "Retry-After", "1", "ratelimit-reset", "30", NULL);
  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, JOBS_PAGE_2);
  jobs = get_jobs (client, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 2);
  /* The base delay is 10 ms in tests: only Retry-After makes it wait a second, and
   * ratelimit-reset's 30 s must not win over it */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, G_USEC_PER_SEC);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
}

static void
test_ratelimit_reset_honoured (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  fake_kombo_respond_full (fake, "GET", "/ats/jobs", 429, "application/json",
                           "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.RATE_LIMIT_EXCEEDED\",\"title\":null,\"message\":\"Slow down\",\"log_url\":null}}",
                           0, "ratelimit-limit", "100", "ratelimit-remaining", "0", "ratelimit-reset", "1", NULL);
  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, JOBS_PAGE_2);
  jobs = get_jobs (client, NULL, &error);
  g_assert_no_error (error);
  /* A second, read as seconds from now; not the limit's 100 nor a time stamp */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, G_USEC_PER_SEC);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
}

static void
test_retry_after_too_long (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;

  fake_kombo_respond_full (fake, "GET", "/ats/jobs", 429, "application/json",
                           "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.RATE_LIMIT_EXCEEDED\",\"title\":\"Rate limit exceeded\",\"message\":\"Try again in an hour\",\"log_url\":null}}",
                           0, "Retry-After", "3600", NULL);
  jobs = get_jobs (client, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_API);
  g_assert_cmpstr (kombo_error_get_code (error), ==, "PLATFORM.RATE_LIMIT_EXCEEDED");
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
}

static void
test_write_retried_after_concurrency_limit (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;

  fake_kombo_respond_full (fake, "POST", "/ats/candidates/c1/tags", 429, "application/json",
                           "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.CONCURRENCY_LIMIT_EXCEEDED\",\"title\":null,\"message\":\"Too many\",\"log_url\":null}}",
                           0, "Concurrency-Limit", "30", "Concurrency-Remaining", "0", NULL);
  fake_kombo_respond (fake, "POST", "/ats/candidates/c1/tags", 200, WRITE_OK);
  result = add_tag (client, "c1", tag, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 2);
  /* The same body both times */
  g_assert_true (g_bytes_equal (fake_kombo_get_request (fake, 0)->body, fake_kombo_get_request (fake, 1)->body));
}

static void
test_write_not_retried (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;

  /* The ATS's own rate limit comes after Kombo started the work */
  fake_kombo_respond (fake, "POST", "/ats/candidates/c1/tags", 429,
                      "{\"status\":\"error\",\"error\":{\"code\":\"REMOTE.RATE_LIMIT_EXCEEDED\",\"title\":null,\"message\":\"ATS busy\",\"log_url\":null}}");
  result = add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_API);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
  g_clear_error (&error);

  fake_kombo_respond (fake, "POST", "/ats/candidates/c1/tags", 500,
                      "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.UNKNOWN_ERROR\",\"title\":null,\"message\":\"Oops\",\"log_url\":null}}");
  g_clear_object (&result);
  result = add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_API);
  g_assert_cmpuint (kombo_error_get_http_status (error), ==, 500);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 2);
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

static void
test_cancel_during_backoff (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;
  gint64 start;

  fake_kombo_respond_full (fake, "GET", "/ats/jobs", 503, "text/plain", "busy", 0, "Retry-After", "60", NULL);
  kombo_client_get_jobs_async (client, NULL, NULL, cancellable, test_store_result, &result);
  while (fake_kombo_get_n_requests (fake) == 0)
    g_main_context_iteration (NULL, TRUE);
  test_sleep_ms (200);

  start = g_get_monotonic_time ();
  g_idle_add (cancel_cb, cancellable);
  jobs = kombo_client_get_jobs_finish (client, test_wait (&result), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
}

static void
test_cancel_in_flight (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;

  fake_kombo_respond_full (fake, "POST", "/ats/candidates/c1/tags", 200, "application/json", WRITE_OK, 5000, NULL);
  g_timeout_add (300, cancel_cb, cancellable);
  result = add_tag (client, "c1", tag, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static GString *debug_log;

static void
capture_debug (const char    *domain,
               GLogLevelFlags level,
               const char    *message,
               gpointer       user_data)
{
  g_string_append_printf (debug_log, "%s\n", message);
}

static void
test_debug_log_redacts_key (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = NULL;
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;
  guint handler;

  /* As G_MESSAGES_DEBUG does at start (GLib reads that only once, from 2.80 on), while the
   * client is made: that is when it decides to log. Only then, so that the debug messages of
   * GIO's own domains stay out of the test's output. */
  debug_log = g_string_new (NULL);
  handler = g_log_set_handler ("Kombo", G_LOG_LEVEL_DEBUG, capture_debug, NULL);
  g_log_set_debug_enabled (TRUE);
  client = test_client_new (fake);
  g_log_set_debug_enabled (FALSE);
  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, EMPTY_LIST);
  jobs = get_jobs (client, NULL, &error);
  g_assert_no_error (error);

  g_log_remove_handler ("Kombo", handler);

  g_assert_nonnull (strstr (debug_log->str, "GET /v1/ats/jobs"));
  g_assert_nonnull (strstr (debug_log->str, "Authorization: [redacted]"));
  g_assert_null (strstr (debug_log->str, TEST_API_KEY));
  g_string_free (debug_log, TRUE);
}

/* A redirect is the answer, on a read and on a write: the write is not repeated as a read
 * elsewhere, nor is another server's answer taken as Kombo's */
static void
test_redirects (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (KomboWriteResult) written = NULL;

  fake_kombo_respond_full (fake, "GET", "/ats/jobs", 302, "text/plain", "Found", 0, "Location", "http://elsewhere.example/jobs", NULL);
  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[]}}");
  jobs = get_jobs (client, NULL, &error);
  g_assert_null (jobs);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_HTTP);
  g_assert_cmpstr (error->message, ==,
                   "The server answered HTTP 302 and sent the call elsewhere (http://elsewhere.example/jobs). Shortlist does "
                   "not follow redirects; check the server address.");
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
  g_clear_error (&error);

  /* A 302 on a POST would become a GET: the tag would be said added and never written */
  fake_kombo_respond_full (fake, "POST", "/ats/candidates/cand-1/tags", 302, "text/plain", "Found", 0, "Location",
                           "/v1/ats/jobs", NULL);
  written = add_tag (client, "cand-1", tag, NULL, &error);
  g_assert_null (written);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_HTTP);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 2);
  g_assert_cmpstr (fake_kombo_get_request (fake, 1)->method, ==, "POST");
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add_func ("/kombo/client/check-api-key", test_check_api_key);
  g_test_add_func ("/kombo/client/get-integration", test_get_integration);
  g_test_add_func ("/kombo/client/get-jobs-every-page", test_get_jobs_every_page);
  g_test_add_func ("/kombo/client/get-candidates", test_get_candidates);
  g_test_add_func ("/kombo/client/get-tags", test_get_tags);
  g_test_add_func ("/kombo/client/attachment-restrictions", test_attachment_restrictions);
  g_test_add_func ("/kombo/client/add-tag-on-behalf", test_add_tag_on_behalf);
  g_test_add_func ("/kombo/client/not-configured", test_not_configured);
  g_test_add_func ("/kombo/client/base-urls", test_base_urls);
  g_test_add_func ("/kombo/client/error/full", test_error_full);
  g_test_add_func ("/kombo/client/error/minimal", test_error_minimal);
  g_test_add_func ("/kombo/client/error/unknown-code", test_error_unknown_code);
  g_test_add_func ("/kombo/client/error/known-code-without-title", test_error_known_code_without_title);
  g_test_add_func ("/kombo/client/error/sentence", test_error_sentence);
  g_test_add_func ("/kombo/client/error/outcome-unknown", test_error_outcome_unknown);
  g_test_add_func ("/kombo/client/integration-id", test_integration_id);
  g_test_add_func ("/kombo/client/error/html-502", test_error_html_502);
  g_test_add_func ("/kombo/client/error/plain-text", test_error_plain_text);
  g_test_add_func ("/kombo/client/error/empty-503", test_error_empty_503);
  g_test_add_func ("/kombo/client/error/truncated-json", test_error_truncated_json);
  g_test_add_func ("/kombo/client/error/refused", test_error_refused);
  g_test_add_func ("/kombo/client/error/tls", test_error_tls);
  g_test_add_func ("/kombo/client/error/timeout", test_error_timeout);
  g_test_add_func ("/kombo/client/retry/read-429-then-503-then-200", test_retry_read_429);
  g_test_add_func ("/kombo/client/retry/read-gives-up", test_retry_read_gives_up);
  g_test_add_func ("/kombo/client/retry/retry-after", test_retry_after_honoured);
  g_test_add_func ("/kombo/client/retry/ratelimit-reset", test_ratelimit_reset_honoured);
  g_test_add_func ("/kombo/client/retry/retry-after-too-long", test_retry_after_too_long);
  g_test_add_func ("/kombo/client/retry/write-after-concurrency-limit", test_write_retried_after_concurrency_limit);
  g_test_add_func ("/kombo/client/retry/write-not-retried", test_write_not_retried);
  g_test_add_func ("/kombo/client/cancel/during-backoff", test_cancel_during_backoff);
  g_test_add_func ("/kombo/client/cancel/in-flight", test_cancel_in_flight);
  g_test_add_func ("/kombo/client/debug-log-redacts-key", test_debug_log_redacts_key);
  g_test_add_func ("/kombo/client/redirects", test_redirects);

  return g_test_run ();
}
