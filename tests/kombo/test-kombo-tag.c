/* test-kombo-tag.c: KomboTag's rules and the body POST /ats/candidates/{id}/tags receives */
#include "config.h"

#include "test-util.h"

static KomboWriteResult *
add_tag (KomboClient *client,
         const char  *candidate_id,
         KomboTag    *tag,
         GError     **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kombo_client_add_tag_async (client, candidate_id, tag, NULL, test_store_result, &result);
  return kombo_client_add_tag_finish (client, test_wait (&result), error);
}

static void
test_seed_example (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Excellent Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonObject) body = NULL;
  FakeRequest *request;

  fake_kombo_respond (fake, "POST", "/ats/candidates/26vaLRdMpAjJGm2ntmpWwmYE/tags", 200,
                      "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  result = add_tag (client, "26vaLRdMpAjJGm2ntmpWwmYE", tag, &error);
  g_assert_no_error (error);

  request = fake_kombo_get_request (fake, 0);
  body = fake_request_get_json (request);
  /* The example request body of Kombo's "Add tag to candidate" page */
  test_assert_json_equal (body, "{\"tag\":{\"name\":\"Excellent Fit\"}}");
  test_assert_schema_valid ("candidate-tags.request.schema.json", request->body);
}

static void
test_rules (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("   ");
  g_autoptr (GPtrArray) violations = kombo_tag_validate (tag);
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpuint (violations->len, ==, 1);
  g_assert_cmpstr (((KomboViolation *) violations->pdata[0])->path, ==, "tag.name");
  g_assert_cmpstr (((KomboViolation *) violations->pdata[0])->message, ==, "Enter the tag’s name.");

  result = add_tag (client, "c1", tag, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_INVALID_INPUT);
  g_assert_cmpstr (error->message, ==, "Enter the tag’s name.");
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 0);
}

static void
test_on_behalf_of_workable (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Referral");
  g_autoptr (JsonObject) remote = kombo_remote_fields_on_behalf_of ("workable", "3a1b");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonObject) body = NULL;

  g_assert_null (kombo_remote_fields_on_behalf_of ("lever", "x"));

  kombo_tag_set_remote_fields (tag, remote);
  fake_kombo_respond (fake, "POST", "/ats/candidates/c1/tags", 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  result = add_tag (client, "c1", tag, &error);
  g_assert_no_error (error);
  body = fake_request_get_json (fake_kombo_get_request (fake, 0));
  test_assert_json_equal (body, "{\"tag\":{\"name\":\"Referral\"},\"remote_fields\":{\"workable\":{\"on_behalf_of_user_remote_id\":\"3a1b\"}}}");
  test_assert_schema_valid ("candidate-tags.request.schema.json", fake_kombo_get_request (fake, 0)->body);
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add_func ("/kombo/tag/seed-example", test_seed_example);
  g_test_add_func ("/kombo/tag/rules", test_rules);
  g_test_add_func ("/kombo/tag/on-behalf-of-workable", test_on_behalf_of_workable);

  return g_test_run ();
}
