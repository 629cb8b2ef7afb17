/* test-kombo-client.c: what KomboClient sends for each call, and how it reads the answers */
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
  jobs = test_get_jobs (client, "Engineer & Co", &error);
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
  /* A tag added or taken back since: it says whether that changed anything, names without case */
  g_assert_false (kombo_candidate_record_set_tag (record, "silver MEDALIST", TRUE));
  g_assert_true (kombo_candidate_record_set_tag (record, "Referral", TRUE));
  g_assert_cmpstr (kombo_candidate_record_get_tags (record)[1], ==, "Referral");
  g_assert_true (kombo_candidate_record_set_tag (record, "referral", FALSE));
  g_assert_false (kombo_candidate_record_set_tag (record, "Referral", FALSE));
  g_assert_cmpuint (g_strv_length ((char **) kombo_candidate_record_get_tags (record)), ==, 1);
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
  result = test_add_tag (client, "cand 1", tag, NULL, &error);
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
  jobs = test_get_jobs (client, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_NOT_CONFIGURED);
  g_clear_error (&error);

  kombo_client_set_integration_id (client, TEST_INTEGRATION_ID);
  kombo_client_set_api_key (client, NULL);
  g_assert_false (kombo_client_has_api_key (client));
  jobs = test_get_jobs (client, NULL, &error);
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
  jobs = test_get_jobs (client, NULL, &error);
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
  jobs = test_get_jobs (client, NULL, &error);
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
  written = test_add_tag (client, "cand-1", tag, NULL, &error);
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
  g_test_add_func ("/kombo/client/integration-id", test_integration_id);
  g_test_add_func ("/kombo/client/debug-log-redacts-key", test_debug_log_redacts_key);
  g_test_add_func ("/kombo/client/redirects", test_redirects);

  return g_test_run ();
}
