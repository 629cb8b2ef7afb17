/* test-kombo-result-link.c: KomboResultLink's rules and the body POST .../result-links receives */
#include "config.h"

#include "test-util.h"

static KomboWriteResult *
add_link (KomboClient     *client,
          const char      *candidate_id,
          KomboResultLink *link,
          GError         **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kombo_client_add_result_link_async (client, candidate_id, link, NULL, test_store_result, &result);
  return kombo_client_add_result_link_finish (client, test_wait (&result), error);
}

static void
test_with_details (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboResultLink) link = kombo_result_link_new (" Coding assessment ", "https://assess.example.com/r/77");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonObject) body = NULL;
  g_autoptr (JsonObject) remote = kombo_remote_fields_on_behalf_of ("workable", "u-9");
  FakeRequest *request;

  kombo_result_link_set_details_prefix (link, "Assessment");
  kombo_result_link_add_attribute (link, "Score", "87/100");
  kombo_result_link_add_attribute (link, "Passed", "yes");
  kombo_result_link_set_remote_fields (link, remote);

  fake_kombo_respond (fake, "POST", "/ats/candidates/cand-7/result-links", 200,
                      "{\"status\":\"success\",\"data\":{},\"warnings\":[{\"message\":\"Details stored as a note\"}]}");
  result = add_link (client, "cand-7", link, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kombo_write_result_get_warnings (result)[0], ==, "Details stored as a note");

  request = fake_kombo_get_request (fake, 0);
  g_assert_cmpstr (request->method, ==, "POST");
  g_assert_cmpstr (request->path, ==, "/ats/candidates/cand-7/result-links");
  g_assert_cmpstr (soup_message_headers_get_one (request->headers, "X-Integration-Id"), ==, TEST_INTEGRATION_ID);
  body = fake_request_get_json (request);
  test_assert_json_equal (body,
                          "{\"label\":\"Coding assessment\",\"url\":\"https://assess.example.com/r/77\","
                          "\"details\":{\"custom_field_name_prefix\":\"Assessment\",\"attributes\":["
                          "{\"key\":\"Score\",\"value\":\"87/100\"},{\"key\":\"Passed\",\"value\":\"yes\"}]},"
                          "\"remote_fields\":{\"workable\":{\"on_behalf_of_user_remote_id\":\"u-9\"}}}");
  test_assert_schema_valid ("result-links.request.schema.json", request->body);
}

static void
test_plain (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboResultLink) link = kombo_result_link_new ("Video interview", "https://video.example.com/i/1?t=a b");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonObject) body = NULL;

  /* A space makes it no URL */
  result = add_link (client, "cand-7", link, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  kombo_result_link_set_url (link, "https://video.example.com/i/1?t=a%20b");
  fake_kombo_respond (fake, "POST", "/ats/candidates/cand-7/result-links", 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  result = add_link (client, "cand-7", link, &error);
  g_assert_no_error (error);
  g_assert_null (kombo_write_result_get_warnings (result)[0]);

  body = fake_request_get_json (fake_kombo_get_request (fake, 0));
  test_assert_json_equal (body, "{\"label\":\"Video interview\",\"url\":\"https://video.example.com/i/1?t=a%20b\"}");
  test_assert_schema_valid ("result-links.request.schema.json", fake_kombo_get_request (fake, 0)->body);
}

static void
assert_only_violation (KomboResultLink *link,
                       const char      *path,
                       const char      *message)
{
  g_autoptr (GPtrArray) violations = kombo_result_link_validate (link);

  g_assert_cmpuint (violations->len, ==, 1);
  g_assert_cmpstr (((KomboViolation *) violations->pdata[0])->path, ==, path);
  g_assert_cmpstr (((KomboViolation *) violations->pdata[0])->message, ==, message);
}

static void
test_rules (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboResultLink) link = kombo_result_link_new (NULL, "https://example.com/report");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;

  assert_only_violation (link, "label", "Enter a label, such as “Assessment report”.");

  kombo_result_link_set_label (link, "Report");
  kombo_result_link_set_url (link, "example.com/report");
  assert_only_violation (link, "url", "“example.com/report” is not a web address. Enter a full link starting with https://.");

  kombo_result_link_set_url (link, NULL);
  assert_only_violation (link, "url", "Enter the link.");

  kombo_result_link_set_url (link, "https://example.com/report");
  kombo_result_link_set_details_prefix (link, "Assessment");
  assert_only_violation (link, "details.attributes", "Add at least one detail, or clear the name the details start with.");

  kombo_result_link_set_details_prefix (link, " ");
  kombo_result_link_add_attribute (link, "Score", "10");
  assert_only_violation (link, "details.custom_field_name_prefix", "Enter the name the details start with, such as Assessment.");

  kombo_result_link_set_details_prefix (link, "Assessment");
  kombo_result_link_add_attribute (link, "  ", "orphan value");
  assert_only_violation (link, "details.attributes[1].key", "Enter a name for this detail or remove it.");

  /* Nothing is sent while a rule is broken, or without a candidate */
  result = add_link (client, "cand-1", link, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  kombo_result_link_clear_attributes (link);
  kombo_result_link_add_attribute (link, "Score", "10");
  result = add_link (client, " ", link, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_INVALID_INPUT);
  g_assert_cmpstr (error->message, ==, "Choose the candidate first.");
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add_func ("/kombo/result-link/with-details", test_with_details);
  g_test_add_func ("/kombo/result-link/plain", test_plain);
  g_test_add_func ("/kombo/result-link/rules", test_rules);

  return g_test_run ();
}
