/* test-shortlist-job-cache.c: open jobs kept on this computer, shown at once, brought up to date */
#include "config.h"

#include "shortlist-job-cache.h"
#include "test-util.h"

#define JOB(id, name, status, deleted)                                                                    \
  "{\"id\":\"" id "\",\"name\":\"" name "\",\"status\":\"" status "\",\"remote_deleted_at\":" deleted "," \
  "\"stages\":[{\"id\":\"" id "-s1\",\"name\":\"Screen\",\"index\":0}],\"screening_questions\":[]}"
#define PAGE(jobs) "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[" jobs "]}}"

static ShortlistStore *
open_store (const char *name)
{
  g_autofree char *directory = g_build_filename (test_get_tmp_dir (), name, NULL);
  ShortlistStore  *store = shortlist_store_new (directory);
  GAsyncResult    *result = NULL;

  shortlist_store_open_async (store, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_open_finish (store, test_wait (&result), NULL, NULL));
  g_object_unref (result);
  return store;
}

static gboolean
is_idle (ShortlistJobCache *cache)
{
  return !shortlist_job_cache_get_refreshing (cache) && shortlist_job_cache_get_loaded (cache);
}

static void
wait_idle (ShortlistJobCache *cache)
{
  while (!is_idle (cache) && shortlist_job_cache_get_error (cache) == NULL)
    g_main_context_iteration (NULL, TRUE);
}

/* The names of the listed jobs, in order, joined by "|" */
static char *
dup_names (ShortlistJobCache *cache)
{
  GListModel *jobs = shortlist_job_cache_get_jobs (cache);
  GString    *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (jobs); i++)
    {
      g_autoptr (KomboJob) job = g_list_model_get_item (jobs, i);

      g_string_append_printf (names, "%s%s", i > 0 ? "|" : "", kombo_job_get_name (job));
    }
  return g_string_free (names, FALSE);
}

/* Waits until everything the store was asked to do is done */
static void
flush (ShortlistStore *store)
{
  GAsyncResult *result = NULL;
  g_autoptr (GPtrArray) jobs = NULL;
  gint64 synced, full_synced;

  shortlist_store_load_jobs_async (store, "none", NULL, test_store_result, &result);
  jobs = shortlist_store_load_jobs_finish (store, test_wait (&result), &synced, &full_synced, NULL);
  g_object_unref (result);
}

/* The first start fetches every open job; the next shows them before any answer, then asks for the changes only */
static void
test_keep_and_update (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (ShortlistStore) store = open_store ("jobs-keep");
  g_autoptr (ShortlistJobCache) first = NULL;
  g_autoptr (ShortlistJobCache) second = NULL;
  g_autoptr (ShortlistJobCache) third = NULL;
  g_autofree char *names = NULL;
  FakeRequest     *request;
  guint            n_requests;
  gint64           before = g_get_real_time ();

  fake_kombo_respond (fake, "GET", "/ats/jobs",
                      200, PAGE (JOB ("j-3", "Product Designer", "OPEN", "null") "," JOB ("j-1", "backend Engineer", "OPEN", "null") "," JOB ("j-2", "Customer Success", "OPEN", "null")));
  first = shortlist_job_cache_new (client, store, TEST_INTEGRATION_ID);
  shortlist_job_cache_start (first);
  wait_idle (first);
  request = fake_kombo_get_request (fake, 0);
  g_assert_cmpstr (g_hash_table_lookup (request->params, "statuses"), ==, "OPEN");
  g_assert_null (g_hash_table_lookup (request->params, "updated_after"));
  names = dup_names (first);
  g_assert_cmpstr (names, ==, "backend Engineer|Customer Success|Product Designer");
  g_assert_cmpint (shortlist_job_cache_get_synced (first), >=, before);
  g_clear_pointer (&names, g_free);
  flush (store);

  /* The next start: the kept jobs, stages and all, before the server says anything */
  n_requests = fake_kombo_get_n_requests (fake);
  fake_kombo_respond (fake, "GET", "/ats/jobs",
                      200, PAGE (JOB ("j-2", "Customer Success Lead", "OPEN", "null") "," JOB ("j-3", "Product Designer", "CLOSED", "null") "," JOB ("j-1", "backend Engineer", "OPEN", "\"2026-11-20T10:00:00.000Z\"") "," JOB ("j-4", "Data Analyst", "OPEN", "null")));
  second = shortlist_job_cache_new (client, store, TEST_INTEGRATION_ID);
  shortlist_job_cache_start (second);
  while (!shortlist_job_cache_get_loaded (second))
    g_main_context_iteration (NULL, TRUE);
  names = dup_names (second);
  g_assert_cmpstr (names, ==, "backend Engineer|Customer Success|Product Designer");
  g_clear_pointer (&names, g_free);
  {
    g_autoptr (KomboJob) job = g_list_model_get_item (shortlist_job_cache_get_jobs (second), 0);

    g_assert_cmpuint (g_list_model_get_n_items (kombo_job_get_stages (job)), ==, 1);
  }

  /* The changes since the last fetch, deleted jobs included: closed and deleted ones go */
  wait_idle (second);
  request = fake_kombo_get_request (fake, n_requests);
  g_assert_cmpstr (g_hash_table_lookup (request->params, "include_deleted"), ==, "true");
  g_assert_nonnull (g_hash_table_lookup (request->params, "updated_after"));
  g_assert_null (g_hash_table_lookup (request->params, "statuses"));
  names = dup_names (second);
  g_assert_cmpstr (names, ==, "Customer Success Lead|Data Analyst");
  g_clear_pointer (&names, g_free);
  flush (store);

  /* And that is what is kept; a failed update leaves it shown, and says why */
  fake_kombo_respond (fake, "GET", "/ats/jobs", 400,
                      "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.INTEGRATION_INACTIVE\",\"title\":\"The integration is inactive\","
                      "\"message\":\"Reconnect it.\",\"log_url\":null}}");
  third = shortlist_job_cache_new (client, store, TEST_INTEGRATION_ID);
  shortlist_job_cache_start (third);
  while (shortlist_job_cache_get_error (third) == NULL)
    g_main_context_iteration (NULL, TRUE);
  names = dup_names (third);
  g_assert_cmpstr (names, ==, "Customer Success Lead|Data Analyst");
  g_assert_false (shortlist_job_cache_get_refreshing (third));
}

/* A list not fetched whole for a day is fetched whole again; so it is when asked */
static void
test_whole_again (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (ShortlistStore) store = open_store ("jobs-whole");
  g_autoptr (ShortlistJobCache) cache = NULL;
  g_autoptr (GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *names = NULL;
  GAsyncResult    *result = NULL;

  g_ptr_array_add (jobs, kombo_job_new_from_data (JOB ("j-9", "Old Job", "OPEN", "null"), NULL));
  shortlist_store_save_jobs_async (store, TEST_INTEGRATION_ID, jobs, NULL, TRUE, g_get_real_time () - 2 * G_TIME_SPAN_DAY, NULL,
                                   test_store_result, &result);
  g_assert_true (shortlist_store_finish (store, test_wait (&result), NULL));
  g_clear_object (&result);

  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, PAGE (JOB ("j-5", "Recruiter", "OPEN", "null")));
  cache = shortlist_job_cache_new (client, store, TEST_INTEGRATION_ID);
  shortlist_job_cache_start (cache);
  wait_idle (cache);
  g_assert_cmpstr (g_hash_table_lookup (fake_kombo_get_request (fake, 0)->params, "statuses"), ==, "OPEN");
  names = dup_names (cache);
  g_assert_cmpstr (names, ==, "Recruiter");
  g_clear_pointer (&names, g_free);

  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, PAGE (JOB ("j-6", "Sourcer", "OPEN", "null")));
  shortlist_job_cache_refresh (cache, TRUE);
  wait_idle (cache);
  g_assert_cmpstr (g_hash_table_lookup (fake_kombo_get_request (fake, 1)->params, "statuses"), ==, "OPEN");
  names = dup_names (cache);
  g_assert_cmpstr (names, ==, "Sourcer");
}

static void
test_age (void)
{
  gint64           now = g_get_real_time ();
  g_autofree char *seconds = shortlist_format_age (now - 20 * G_TIME_SPAN_SECOND, now);
  g_autofree char *minutes = shortlist_format_age (now - 5 * G_TIME_SPAN_MINUTE, now);
  g_autofree char *hours = shortlist_format_age (now - 3 * G_TIME_SPAN_HOUR, now);
  g_autofree char *yesterday = shortlist_format_age (now - 30 * G_TIME_SPAN_HOUR, now);
  g_autofree char *days = shortlist_format_age (now - 4 * G_TIME_SPAN_DAY, now);

  g_assert_cmpstr (seconds, ==, "just now");
  g_assert_cmpstr (minutes, ==, "5 minutes ago");
  g_assert_cmpstr (hours, ==, "3 hours ago");
  g_assert_cmpstr (yesterday, ==, "yesterday");
  g_assert_cmpstr (days, ==, "4 days ago");
}

int
main (int    argc,
      char **argv)
{
  test_init (&argc, &argv);

  g_test_add_func ("/job-cache/keep-and-update", test_keep_and_update);
  g_test_add_func ("/job-cache/whole-again", test_whole_again);
  g_test_add_func ("/job-cache/age", test_age);

  return g_test_run ();
}
