/* test-kombo-candidate-finder.c: finding existing candidates by email, once per address */
#include "config.h"

#include "test-util.h"

#define ADA "{\"id\":\"cand-ada\",\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"applications\":[],\"tags\":[]}"
#define FOUND(records) "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[" records "]}}"

static GListModel *
find (KomboCandidateFinder *finder,
      const char *const    *emails,
      GError              **error)
{
  GAsyncResult *result = NULL;
  GListModel   *found;

  kombo_candidate_finder_find_async (finder, emails, NULL, test_store_result, &result);
  found = kombo_candidate_finder_find_finish (finder, test_wait (&result), error);
  g_object_unref (result);
  return found;
}

static void
test_find (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboCandidateFinder) finder = kombo_candidate_finder_new (client);
  const char *emails[] = { " Ada.Lovelace@Example.org ", "ada.lovelace@example.org", "not an address", "ada@engines.example", NULL };
  g_autoptr (GListModel) found = NULL;
  g_autoptr (GListModel) again = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboCandidateRecord) ada = NULL;

  fake_kombo_respond (fake, "GET", "/ats/candidates", 200, FOUND (ADA));
  fake_kombo_respond (fake, "GET", "/ats/candidates", 200, FOUND (ADA));
  found = find (finder, emails, &error);
  g_assert_no_error (error);

  /* One question per address, whatever its case and blanks; the same candidate once */
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (fake_kombo_get_request (fake, 0)->params, "email"), ==, "ada.lovelace@example.org");
  g_assert_cmpstr (g_hash_table_lookup (fake_kombo_get_request (fake, 1)->params, "email"), ==, "ada@engines.example");
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  ada = g_list_model_get_item (found, 0);
  g_assert_cmpstr (kombo_candidate_record_get_id (ada), ==, "cand-ada");

  /* Asked again, nothing is sent */
  again = find (finder, emails, &error);
  g_assert_cmpuint (g_list_model_get_n_items (again), ==, 1);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 2);
}

static void
test_forget_and_fail (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboCandidateFinder) finder = kombo_candidate_finder_new (client);
  const char *emails[] = { "grace@example.com", NULL };
  g_autoptr (GListModel) none = NULL;
  g_autoptr (GListModel) failed = NULL;
  g_autoptr (GError) error = NULL;

  fake_kombo_respond (fake, "GET", "/ats/candidates", 200, FOUND (""));
  none = find (finder, emails, &error);
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);

  /* After a candidate was created, the ATS is asked again; a failure is the caller's to say */
  kombo_candidate_finder_forget (finder);
  fake_kombo_respond (fake, "GET", "/ats/candidates", 403,
                      "{\"status\":\"error\",\"error\":{\"code\":\"INTEGRATION.PERMISSION_MISSING\",\"title\":null,"
                      "\"message\":\"No access to candidates.\",\"log_url\":null}}");
  failed = find (finder, emails, &error);
  g_assert_null (failed);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_API);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 2);
}

#define ADA_APPLIED                                                                                             \
  "{\"id\":\"cand-ada\",\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"applications\":[{\"id\":\"app-1\"," \
  "\"job\":{\"id\":\"job-1\",\"name\":\"Designer\"},\"current_stage\":null,\"outcome\":null}],\"tags\":[]}"

static KomboCandidateRecord *
find_arrival (KomboCandidateFinder *finder,
              const char           *email,
              const char           *job_id,
              GError              **error)
{
  const char           *emails[] = { email, NULL };
  GAsyncResult         *result = NULL;
  KomboCandidateRecord *arrived;

  kombo_candidate_finder_find_arrival_async (finder, emails, job_id, NULL, test_store_result, &result);
  arrived = kombo_candidate_finder_find_arrival_finish (finder, test_wait (&result), error);
  g_object_unref (result);
  return arrived;
}

/* Did the candidate arrive? Asked afresh for that address, whatever was heard before, and
 * only an application to the job counts */
static void
test_find_arrival (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboCandidateFinder) finder = kombo_candidate_finder_new (client);
  const char *both[] = { "ada@example.org", "grace@example.com", NULL };
  g_autoptr (GListModel) before = NULL;
  g_autoptr (KomboCandidateRecord) arrived = NULL;
  g_autoptr (KomboCandidateRecord) elsewhere = NULL;
  g_autoptr (GError) error = NULL;

  /* Before the submission: Ada is there, with no application */
  fake_kombo_respond (fake, "GET", "/ats/candidates?email=ada@example.org", 200, FOUND (ADA));
  fake_kombo_respond (fake, "GET", "/ats/candidates?email=grace@example.com", 200, FOUND (""));
  before = find (finder, both, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 2);

  /* The answer was lost: Ada is asked about again, Grace's answer stays */
  fake_kombo_respond (fake, "GET", "/ats/candidates?email=ada@example.org", 200, FOUND (ADA_APPLIED));
  arrived = find_arrival (finder, "Ada@Example.org", "job-1", &error);
  g_assert_no_error (error);
  g_assert_nonnull (arrived);
  g_assert_cmpstr (kombo_candidate_record_get_id (arrived), ==, "cand-ada");
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 3);
  g_clear_object (&before);
  before = find (finder, (const char *[]){ "grace@example.com", NULL }, &error);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 3);

  /* An application to another job is not this submission */
  fake_kombo_respond (fake, "GET", "/ats/candidates?email=ada@example.org", 200, FOUND (ADA_APPLIED));
  elsewhere = find_arrival (finder, "ada@example.org", "job-2", &error);
  g_assert_no_error (error);
  g_assert_null (elsewhere);
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add_func ("/kombo/candidate-finder/find", test_find);
  g_test_add_func ("/kombo/candidate-finder/forget-and-fail", test_forget_and_fail);
  g_test_add_func ("/kombo/candidate-finder/find-arrival", test_find_arrival);

  return g_test_run ();
}
