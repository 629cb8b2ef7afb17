/* test-shortlist-follower.c: where each candidate submitted stands, asked of a Kombo on
 * 127.0.0.1 and kept as a recruiter finds it at the next start */
#include "config.h"

#include "account-test-util.h"
#include "shortlist-follower.h"

typedef struct
{
  FakeKombo         *fake;
  GSettings         *settings;
  ShortlistAccount  *account;
  ShortlistStore    *store;
  ShortlistFollower *follower;
  char              *folder;
} Fixture;

static ShortlistStore *
open_store (const char *folder)
{
  ShortlistStore *store = shortlist_store_new (folder);
  GAsyncResult   *result = NULL;
  g_autoptr (GError) error = NULL;

  shortlist_store_open_async (store, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_open_finish (store, test_wait (&result), NULL, &error));
  g_assert_no_error (error);
  g_object_unref (result);
  return store;
}

/* A submission the ATS took, or (without @candidate_id) one it refused */
static void
add_submission (Fixture    *f,
                const char *name,
                const char *candidate_id,
                const char *job_id)
{
  g_autoptr (ShortlistHistoryEntry) entry = shortlist_history_entry_new ();
  GAsyncResult *result = NULL;
  g_autoptr (GError) error = NULL;

  entry->sent = g_get_real_time ();
  entry->integration_id = g_strdup (TEST_INTEGRATION_ID);
  entry->job_id = g_strdup (job_id);
  entry->job_name = g_strdup ("Product Designer");
  entry->name = g_strdup (name);
  entry->outcome = candidate_id != NULL ? SHORTLIST_SENT_CREATED : SHORTLIST_SENT_FAILED;
  entry->candidate_id = g_strdup (candidate_id);
  shortlist_store_add_history_async (f->store, entry, NULL, test_store_result, &result);
  shortlist_store_add_history_finish (f->store, test_wait (&result), &error);
  g_assert_no_error (error);
  g_object_unref (result);
}

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  f->fake = fake_kombo_new ();
  f->settings = account_test_settings_new ();
  f->account = account_test_account_new (f->fake, f->settings);
  f->folder = g_build_filename (test_get_tmp_dir (), "follower-XXXXXX", NULL);
  g_mkdtemp (f->folder);
  f->store = open_store (f->folder);
  shortlist_account_set_store (f->account, f->store);
  f->follower = shortlist_follower_new (f->account);
  add_submission (f, "Ada Lovelace", "cand-ada", "job-design");
  add_submission (f, "Grace Hopper", "cand-grace", "job-backend");
  add_submission (f, "Alan Turing", NULL, "job-design");
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  g_clear_object (&f->follower);
  shortlist_store_close (f->store);
  g_clear_object (&f->store);
  g_clear_object (&f->account);
  g_clear_object (&f->settings);
  g_clear_object (&f->fake);
  g_free (f->folder);
}

/* Kombo's answer: candidates with their applications, each `id:job:stage:outcome`, the stage
 * or outcome "null" for JSON's null */
static char *
candidates_answer (const char *const *candidates,
                   gboolean           as_schema)
{
  g_autoptr (GString) json = g_string_new ("{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[");

  for (guint i = 0; candidates[i] != NULL; i++)
    {
      g_auto (GStrv) parts = g_strsplit (candidates[i], ":", -1);

      g_string_append_printf (json,
                              "%s{\"id\":\"%s\",\"remote_id\":\"r-%s\",\"first_name\":\"A\",\"last_name\":\"B\","
                              "\"company\":null,\"title\":null,\"confidential\":false,\"source\":null,\"custom_fields\":{},"
                              "\"integration_fields\":[],\"remote_url\":null,\"remote_created_at\":null,"
                              "\"remote_updated_at\":null,\"remote_data\":null,\"changed_at\":\"2026-12-01T09:00:00.000Z\","
                              "\"remote_deleted_at\":null,\"email_addresses\":[],\"applications\":[",
                              i > 0 ? "," : "", parts[0], parts[0]);
      if (parts[1] != NULL)
        {
          g_autofree char *stage = g_str_equal (parts[2], "null") ? g_strdup ("null")
                                                                  : g_strdup_printf ("{\"id\":\"s\",\"name\":\"%s\",\"remote_id\":null,\"index\":1}", parts[2]);
          g_autofree char *outcome = g_str_equal (parts[3], "null") ? g_strdup ("null") : g_strdup_printf ("\"%s\"", parts[3]);
          g_autofree char *job = g_str_equal (parts[1], "null")
                                     ? g_strdup ("null")
                                     : g_strdup_printf ("{\"id\":\"%s\",\"name\":\"A job\",\"remote_id\":\"77\"}", parts[1]);

          g_string_append_printf (json,
                                  "{\"id\":\"app-%s\",\"remote_id\":null,\"outcome\":%s,\"rejection_reason_name\":%s,"
                                  "\"rejected_at\":null,\"remote_url\":null,\"changed_at\":\"2026-12-01T09:00:00.000Z\","
                                  "\"remote_created_at\":null,\"remote_updated_at\":null,\"job\":%s,\"current_stage\":%s}",
                                  parts[0], outcome, g_str_equal (parts[3], "DECLINED") ? "\"Not enough experience\"" : "null",
                                  job, stage);
        }
      g_string_append (json, "],\"tags\":[]}");
    }
  g_string_append (json, "]}}");
  if (as_schema)
    {
      g_autoptr (GBytes) bytes = g_bytes_new (json->str, json->len);

      test_assert_schema_valid ("candidates.response.schema.json", bytes);
    }
  return g_string_free (g_steal_pointer (&json), FALSE);
}

/* Kombo answers the candidates' lookups with @candidates, as its schema says (unless told
 * otherwise: the schema lists three outcomes, and some ATSs pass others through) */
static void
answer_full (Fixture           *f,
             const char *const *candidates,
             gboolean           as_schema)
{
  g_autofree char *json = candidates_answer (candidates, as_schema);

  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, json);
}

static void
answer (Fixture           *f,
        const char *const *candidates)
{
  answer_full (f, candidates, TRUE);
}

static gboolean
refresh (Fixture *f,
         GError **error)
{
  GAsyncResult *result = NULL;
  gboolean      done;

  shortlist_follower_refresh_async (f->follower, NULL, test_store_result, &result);
  done = shortlist_follower_refresh_finish (f->follower, test_wait (&result), error);
  g_object_unref (result);
  return done;
}

/* The history as the History page lists it, from @store */
static GPtrArray *
list_history (ShortlistStore *store)
{
  GAsyncResult *result = NULL;
  GPtrArray    *entries;
  g_autoptr (GError) error = NULL;

  shortlist_store_list_history_async (store, NULL, NULL, test_store_result, &result);
  entries = shortlist_store_list_history_finish (store, test_wait (&result), &error);
  g_assert_no_error (error);
  g_object_unref (result);
  return entries;
}

static ShortlistHistoryEntry *
find_entry (GPtrArray  *entries,
            const char *name)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (((ShortlistHistoryEntry *) entries->pdata[i])->name, name) == 0)
      return entries->pdata[i];
  g_error ("No submission of %s", name);
}

/* The last request Kombo received for candidates */
static FakeRequest *
last_lookup (Fixture *f)
{
  for (guint i = fake_kombo_get_n_requests (f->fake); i > 0; i--)
    {
      FakeRequest *request = fake_kombo_get_request (f->fake, i - 1);

      if (g_str_equal (request->path, "/ats/candidates"))
        return request;
    }
  g_error ("Kombo was not asked for candidates");
}

/* The first answer is where each candidate starts; a later change is a move, kept with when
 * it was seen, and both are there at the next start */
static void
test_stage_change_kept (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GPtrArray) again = NULL;
  g_autoptr (ShortlistStore) restarted = NULL;
  FakeRequest           *request;
  ShortlistHistoryEntry *ada, *grace;
  gint64                 first_checked;
  gint64                 before = g_get_real_time ();

  answer (f, (const char *[]){ "cand-ada:job-design:Phone screen:PENDING", "cand-grace:job-backend:Applied:PENDING", NULL });
  g_assert_true (refresh (f, &error));
  g_assert_no_error (error);
  request = last_lookup (f);
  /* The two the ATS took, not the one it refused; everything, the first time */
  g_assert_cmpstr (g_hash_table_lookup (request->params, "ids"), ==, "cand-ada,cand-grace");
  g_assert_null (g_hash_table_lookup (request->params, "updated_after"));

  entries = list_history (f->store);
  ada = find_entry (entries, "Ada Lovelace");
  g_assert_cmpstr (ada->stage, ==, "Phone screen");
  g_assert_cmpstr (ada->standing, ==, "PENDING");
  g_assert_cmpint (ada->checked, >=, before);
  g_assert_cmpint (ada->moved, ==, 0);
  g_assert_null (find_entry (entries, "Alan Turing")->stage);
  first_checked = ada->checked;

  /* Ada moves on; Grace did not change, so Kombo does not send her */
  test_sleep_ms (1100);
  answer (f, (const char *[]){ "cand-ada:job-design:Interview:PENDING", NULL });
  g_assert_true (refresh (f, &error));
  request = last_lookup (f);
  {
    g_autoptr (GDateTime) after = g_date_time_new_from_iso8601 (g_hash_table_lookup (request->params, "updated_after"), NULL);

    g_assert_true (g_regex_match_simple ("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.000Z$",
                                         g_hash_table_lookup (request->params, "updated_after"), 0, 0));
    g_assert_nonnull (after);
    /* Since the last time, with five minutes to spare for the clocks */
    g_assert_cmpint (g_date_time_to_unix (after), <=, first_checked / G_USEC_PER_SEC - 5 * 60);
    g_assert_cmpint (g_date_time_to_unix (after), >=, first_checked / G_USEC_PER_SEC - 5 * 60 - 1);
  }

  /* At the next start, from the store alone */
  shortlist_store_close (f->store);
  restarted = open_store (f->folder);
  again = list_history (restarted);
  ada = find_entry (again, "Ada Lovelace");
  grace = find_entry (again, "Grace Hopper");
  g_assert_cmpstr (ada->stage, ==, "Interview");
  g_assert_cmpint (ada->moved, >, first_checked);
  g_assert_cmpint (ada->moved, ==, ada->checked);
  g_assert_cmpstr (grace->stage, ==, "Applied");
  g_assert_cmpint (grace->moved, ==, 0);
  g_assert_cmpint (grace->checked, ==, ada->checked);
  shortlist_store_close (restarted);
  g_set_object (&f->store, open_store (f->folder));
}

/* Kombo refuses for its rate limit: what was kept stays as it was, and is asked again later */
static void
test_rate_limit_keeps_state (Fixture      *f,
                             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;

  answer (f, (const char *[]){ "cand-ada:job-design:Phone screen:PENDING", NULL });
  g_assert_true (refresh (f, &error));
  before = list_history (f->store);

  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 429,
                      "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.RATE_LIMIT_EXCEEDED\",\"title\":null,"
                      "\"message\":\"Slow down\",\"log_url\":null}}");
  g_assert_false (refresh (f, &error));
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_API);
  after = list_history (f->store);
  g_assert_cmpstr (find_entry (after, "Ada Lovelace")->stage, ==, "Phone screen");
  g_assert_cmpint (find_entry (after, "Ada Lovelace")->checked, ==, find_entry (before, "Ada Lovelace")->checked);
}

/* An outcome Kombo does not list, a stage that is null, an application without its job, a
 * candidate no one followed, one with no application: kept as said, never a crash */
static void
test_odd_answers (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  ShortlistHistoryEntry *ada;

  answer_full (f,
               (const char *[]){ "cand-ada:job-design:null:WITHDRAWN", "cand-grace", "cand-zed:job-design:Offer:HIRED",
                                 "cand-ada:null:Somewhere:PENDING", NULL },
               FALSE);
  g_assert_true (refresh (f, &error));
  g_assert_no_error (error);
  entries = list_history (f->store);
  ada = find_entry (entries, "Ada Lovelace");
  g_assert_null (ada->stage);
  g_assert_cmpstr (ada->standing, ==, "WITHDRAWN");
  g_assert_null (find_entry (entries, "Grace Hopper")->stage);
  g_assert_cmpint (find_entry (entries, "Grace Hopper")->checked, >, 0);

  /* Declined, with the ATS's reason */
  answer (f, (const char *[]){ "cand-grace:job-backend:Review:DECLINED", NULL });
  g_assert_true (refresh (f, &error));
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = list_history (f->store);
  g_assert_cmpstr (find_entry (entries, "Grace Hopper")->standing, ==, "DECLINED");
  g_assert_cmpstr (find_entry (entries, "Grace Hopper")->rejection, ==, "Not enough experience");
}

/* Kombo takes 250 ids to a request: 260 candidates are asked for in two, one after the other */
static void
test_many (Fixture      *f,
           gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  guint lookups = 0;

  for (guint i = 0; i < 258; i++)
    {
      g_autofree char *name = g_strdup_printf ("Candidate %03u", i);
      g_autofree char *id = g_strdup_printf ("cand-%03u", i);

      add_submission (f, name, id, "job-design");
    }
  /* One answer for each request */
  answer (f, (const char *[]){ NULL });
  answer (f, (const char *[]){ NULL });
  g_assert_true (refresh (f, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < fake_kombo_get_n_requests (f->fake); i++)
    {
      FakeRequest *request = fake_kombo_get_request (f->fake, i);
      g_auto (GStrv) ids = NULL;

      if (!g_str_equal (request->path, "/ats/candidates"))
        continue;
      ids = g_strsplit (g_hash_table_lookup (request->params, "ids"), ",", -1);
      g_assert_cmpuint (g_strv_length (ids), ==, lookups == 0 ? 250 : 10);
      lookups++;
    }
  g_assert_cmpuint (lookups, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  account_test_init (&argc, &argv);
  g_test_add ("/follower/stage-change-kept", Fixture, NULL, fixture_set_up, test_stage_change_kept, fixture_tear_down);
  g_test_add ("/follower/rate-limit-keeps-state", Fixture, NULL, fixture_set_up, test_rate_limit_keeps_state, fixture_tear_down);
  g_test_add ("/follower/odd-answers", Fixture, NULL, fixture_set_up, test_odd_answers, fixture_tear_down);
  g_test_add ("/follower/many", Fixture, NULL, fixture_set_up, test_many, fixture_tear_down);
  return g_test_run ();
}
