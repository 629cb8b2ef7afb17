/* test-shortlist-follower.c: where each candidate submitted stands, asked of a Kombo on
 * 127.0.0.1 and kept as a recruiter finds it at the next start */
#include "config.h"

#include "account-test-util.h"
#include "shortlist-demo-server.h"
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

/* Kombo answers the candidates' lookups with @candidates, as its schema says (unless told
 * otherwise: the schema lists three outcomes, and some ATSs pass others through) */
static void
answer_full (Fixture           *f,
             const char *const *candidates,
             gboolean           as_schema)
{
  g_autofree char *json = test_candidates_answer (candidates, as_schema);

  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, json);
}

static void
answer (Fixture           *f,
        const char *const *candidates)
{
  answer_full (f, candidates, TRUE);
}

/* Brings the submissions up to date; @moved, if given, gets those whose candidate moved */
static gboolean
refresh_moved (Fixture    *f,
               GPtrArray **moved,
               GError    **error)
{
  GAsyncResult *result = NULL;
  GPtrArray    *entries;

  shortlist_follower_refresh_async (f->follower, NULL, test_store_result, &result);
  entries = shortlist_follower_refresh_finish (f->follower, test_wait (&result), error);
  g_object_unref (result);
  if (moved != NULL)
    *moved = entries;
  else if (entries != NULL)
    g_ptr_array_unref (entries);
  return entries != NULL;
}

static gboolean
refresh (Fixture *f,
         GError **error)
{
  return refresh_moved (f, NULL, error);
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
  GPtrArray             *moved = NULL;
  FakeRequest           *request;
  ShortlistHistoryEntry *ada, *grace;
  gint64                 first_checked;
  gint64                 before = g_get_real_time ();

  answer (f, (const char *[]){ "cand-ada:job-design:Phone screen:PENDING", "cand-grace:job-backend:Applied:PENDING", NULL });
  g_assert_true (refresh_moved (f, &moved, &error));
  g_assert_no_error (error);
  /* Where they start is no move: nothing to say of the recruiter's own submissions */
  g_assert_cmpuint (moved->len, ==, 0);
  g_clear_pointer (&moved, g_ptr_array_unref);
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
  g_assert_true (refresh_moved (f, &moved, &error));
  /* Ada's move, said once, with who, where to and for which job */
  g_assert_cmpuint (moved->len, ==, 1);
  g_assert_cmpstr (((ShortlistHistoryEntry *) moved->pdata[0])->name, ==, "Ada Lovelace");
  g_assert_cmpstr (((ShortlistHistoryEntry *) moved->pdata[0])->stage, ==, "Interview");
  g_assert_cmpstr (((ShortlistHistoryEntry *) moved->pdata[0])->job_name, ==, "Product Designer");
  g_clear_pointer (&moved, g_ptr_array_unref);
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

  /* Asked again with nothing new: nothing is said twice */
  answer (f, (const char *[]){ "cand-ada:job-design:Interview:PENDING", NULL });
  g_assert_true (refresh_moved (f, &moved, &error));
  g_assert_cmpuint (moved->len, ==, 0);
  g_clear_pointer (&moved, g_ptr_array_unref);

  /* At the next start, from the store alone */
  shortlist_store_close (f->store);
  restarted = open_store (f->folder);
  again = list_history (restarted);
  ada = find_entry (again, "Ada Lovelace");
  grace = find_entry (again, "Grace Hopper");
  g_assert_cmpstr (ada->stage, ==, "Interview");
  g_assert_cmpint (ada->moved, >, first_checked);
  g_assert_cmpint (ada->moved, <, ada->checked);
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

/* Another open job of the demo's */
#define SECOND_JOB "3QrStUvWxYzAbCdEfGhIjKmN"

static GBytes *
demo_call (ShortlistDemoServer *server,
           const char          *method,
           const char          *path,
           const char          *body)
{
  g_autoptr (SoupSession) session = soup_session_new ();
  g_autofree char *uri = g_strconcat (shortlist_demo_server_get_url (server), path, NULL);
  g_autoptr (SoupMessage) message = soup_message_new (method, uri);
  g_autoptr (GError) error = NULL;
  GBytes *answer;

  soup_message_headers_append (soup_message_get_request_headers (message), "Authorization", "Bearer " SHORTLIST_DEMO_API_KEY);
  soup_message_headers_append (soup_message_get_request_headers (message), "X-Integration-Id",
                               shortlist_demo_server_get_integration_id (server));
  if (body != NULL)
    soup_message_set_request_body_from_bytes (message, "application/json", g_bytes_new_static (body, strlen (body)));
  /* The server answers from this thread's main loop */
  {
    GAsyncResult *result = NULL;

    soup_session_send_and_read_async (session, message, G_PRIORITY_DEFAULT, NULL, test_store_result, &result);
    answer = soup_session_send_and_read_finish (session, test_wait (&result), &error);
    g_object_unref (result);
  }
  g_assert_no_error (error);
  g_assert_cmpuint (soup_message_get_status (message), ==, 200);
  return answer;
}

/* The demo's ATS moves the candidates made through it on, a stage at a time, to a decision,
 * and answers updated_after as Kombo does: the demo shows a candidate moving */
static void
test_demo_moves (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ShortlistDemoServer) server = shortlist_demo_server_new (&error);
  g_autoptr (GBytes) created = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autofree char *path = NULL;
  g_autofree char *future = NULL;
  const char      *id;
  const char      *stages[] = { "Applied", "Phone screen", "Technical interview", "Offer", NULL };
  g_autoptr (GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  shortlist_demo_server_set_stage_time (server, 400 * 1000);
  created = demo_call (server, "POST", "/ats/candidates",
                       "{\"candidate\":{\"first_name\":\"Mary\",\"last_name\":\"Jackson\",\"email_address\":\"mary@example.org\"},"
                       "\"application\":{\"job_id\":\"7KmQpz3RtVwXy2AbCdEfGh4J\"}}");
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (created, NULL), g_bytes_get_size (created), NULL));
  id = json_object_get_string_member (json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "data"), "id");
  path = g_strdup_printf ("/ats/candidates?ids=%s", id);

  /* Asked every 50 ms, as stages last 400: the stages are seen in order, then the decision */
  for (;;)
    {
      g_autoptr (GBytes) answer = demo_call (server, "GET", path, NULL);
      g_autoptr (JsonParser) read = json_parser_new ();
      JsonObject *data, *application;
      const char *stage;

      /* Checked once: the check takes a while, and the stages go on meanwhile */
      if (seen->len == 0)
        test_assert_schema_valid ("candidates.response.schema.json", answer);
      g_assert_true (json_parser_load_from_data (read, g_bytes_get_data (answer, NULL), g_bytes_get_size (answer), NULL));
      data = json_object_get_object_member (json_node_get_object (json_parser_get_root (read)), "data");
      application = json_array_get_object_element (
          json_object_get_array_member (json_array_get_object_element (json_object_get_array_member (data, "results"), 0), "applications"), 0);
      stage = json_object_get_string_member (json_object_get_object_member (application, "current_stage"), "name");
      if (seen->len == 0 || g_strcmp0 (g_ptr_array_index (seen, seen->len - 1), stage) != 0)
        g_ptr_array_add (seen, g_strdup (stage));
      if (g_strcmp0 (json_object_get_string_member (application, "outcome"), "PENDING") != 0)
        {
          g_assert_cmpstr (json_object_get_string_member (application, "outcome"), ==, "HIRED");
          break;
        }
      {
        gint64 until = g_get_monotonic_time () + 50 * 1000;

        while (g_get_monotonic_time () < until)
          g_main_context_iteration (NULL, FALSE);
      }
    }
  /* Every stage, in order, from the first to the last: on a busy machine a poll may come too
   * late for one, never out of order */
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, stages[0]);
  g_assert_cmpstr (g_ptr_array_index (seen, seen->len - 1), ==, stages[G_N_ELEMENTS (stages) - 2]);
  for (guint i = 0, next = 0; i < seen->len; i++)
    {
      while (stages[next] != NULL && g_strcmp0 (stages[next], g_ptr_array_index (seen, i)) != 0)
        next++;
      g_assert_nonnull (stages[next]);
    }
  g_assert_cmpuint (seen->len, >=, 3);

  /* Mary applies to a second job: the demo ATS adds it to the Mary it has, as Kombo answers */
  {
    g_autoptr (GBytes) applied = demo_call (server, "POST", "/ats/jobs/" SECOND_JOB "/applications",
                                            "{\"candidate\":{\"first_name\":\"Mary\",\"last_name\":\"Jackson\","
                                            "\"email_address\":\"MARY@example.org\"}}");
    g_autoptr (JsonParser) read = json_parser_new ();
    JsonObject *application;

    test_assert_schema_valid ("create-application.response.schema.json", applied);
    g_assert_true (json_parser_load_from_data (read, g_bytes_get_data (applied, NULL), g_bytes_get_size (applied), NULL));
    application = json_object_get_object_member (json_node_get_object (json_parser_get_root (read)), "data");
    g_assert_cmpstr (json_object_get_string_member (application, "candidate_id"), ==, id);
    g_assert_cmpstr (json_object_get_string_member (application, "job_id"), ==, SECOND_JOB);

    /* And a result link goes on that application */
    {
      g_autofree char *link_path = g_strdup_printf ("/ats/applications/%s/result-links", json_object_get_string_member (application, "id"));
      g_autoptr (GBytes) linked = demo_call (server, "POST", link_path,
                                             "{\"label\":\"Video interview\",\"url\":\"https://video.example.com/i/1\"}");

      g_assert_nonnull (g_strstr_len (g_bytes_get_data (linked, NULL), g_bytes_get_size (linked), "\"status\":\"success\""));
    }
  }

  /* Nothing changed after a time to come */
  {
    g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
    g_autoptr (GDateTime) later = g_date_time_add_hours (now, 1);
    g_autofree char *after = g_date_time_format (later, "%Y-%m-%dT%H:%M:%S.000Z");
    g_autoptr (GBytes) answer = NULL;

    future = g_strdup_printf ("%s&updated_after=%s", path, after);
    answer = demo_call (server, "GET", future, NULL);
    g_assert_nonnull (g_strstr_len (g_bytes_get_data (answer, NULL), g_bytes_get_size (answer), "\"results\":[]"));
  }
}

static JsonObject *
parse_data (GBytes *answer)
{
  g_autoptr (JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (answer, NULL), g_bytes_get_size (answer), NULL));
  return json_object_ref (json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "data"));
}

/* The demo's ATS has users to credit, finds a person by name, and takes notes and files on an
 * application, shown on the candidate's page */
static void
test_demo_both_ways (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ShortlistDemoServer) server = shortlist_demo_server_new (&error);
  g_autoptr (GBytes) users = NULL;
  g_autoptr (GBytes) found = NULL;
  g_autoptr (GBytes) noted = NULL;
  g_autoptr (GBytes) filed = NULL;
  g_autoptr (GBytes) page = NULL;
  g_autoptr (JsonObject) users_data = NULL;
  g_autoptr (JsonObject) found_data = NULL;
  g_autofree char *notes_path = NULL;
  g_autofree char *files_path = NULL;
  g_autofree char *page_path = NULL;
  JsonObject      *grace;
  const char      *application_id;

  g_assert_no_error (error);
  users = demo_call (server, "GET", "/ats/users", NULL);
  test_assert_schema_valid ("users.response.schema.json", users);
  users_data = parse_data (users);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (users_data, "results")), ==, 4);

  /* Exact but for case */
  found = demo_call (server, "GET", "/ats/candidates?first_name=grace&last_name=HOPPER", NULL);
  found_data = parse_data (found);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (found_data, "results")), ==, 1);
  grace = json_array_get_object_element (json_object_get_array_member (found_data, "results"), 0);
  g_assert_cmpstr (json_object_get_string_member (grace, "last_name"), ==, "Hopper");
  {
    g_autoptr (GBytes) none = demo_call (server, "GET", "/ats/candidates?first_name=Grac&last_name=Hopper", NULL);

    g_assert_nonnull (g_strstr_len (g_bytes_get_data (none, NULL), g_bytes_get_size (none), "\"results\":[]"));
  }

  application_id = json_object_get_string_member (
      json_array_get_object_element (json_object_get_array_member (grace, "applications"), 0), "id");
  notes_path = g_strdup_printf ("/ats/applications/%s/notes", application_id);
  noted = demo_call (server, "POST", notes_path, "{\"content\":\"Knows COBOL <b>well</b>\",\"content_type\":\"PLAIN_TEXT\"}");
  test_assert_schema_valid ("application-notes.response.schema.json", noted);
  files_path = g_strdup_printf ("/ats/applications/%s/attachments", application_id);
  filed = demo_call (server, "POST", files_path,
                     "{\"attachment\":{\"name\":\"Grace CV 2026.pdf\",\"type\":\"CV\",\"content_type\":\"application/pdf\","
                     "\"data\":\"JVBERi0xLjQK\"}}");

  /* Her page in the demo ATS shows both, the note as text */
  {
    g_autoptr (GUri) uri = g_uri_parse (json_object_get_string_member (grace, "remote_url"), G_URI_FLAGS_NONE, NULL);
    g_autoptr (SoupSession) session = soup_session_new ();
    g_autoptr (SoupMessage) message = soup_message_new_from_uri ("GET", uri);
    GAsyncResult    *result = NULL;
    g_autofree char *html = NULL;

    soup_session_send_and_read_async (session, message, G_PRIORITY_DEFAULT, NULL, test_store_result, &result);
    page = soup_session_send_and_read_finish (session, test_wait (&result), &error);
    g_object_unref (result);
    g_assert_no_error (error);
    html = g_strndup (g_bytes_get_data (page, NULL), g_bytes_get_size (page));
    g_assert_nonnull (strstr (html, "Knows COBOL &lt;b&gt;well&lt;/b&gt;"));
    g_assert_nonnull (strstr (html, "<li>Grace CV 2026.pdf</li>"));
  }
}

int
main (int   argc,
      char *argv[])
{
  account_test_init (&argc, &argv);
  g_test_add ("/follower/stage-change-kept", Fixture, NULL, fixture_set_up, test_stage_change_kept, fixture_tear_down);
  g_test_add ("/follower/rate-limit-keeps-state", Fixture, NULL, fixture_set_up, test_rate_limit_keeps_state, fixture_tear_down);
  g_test_add ("/follower/odd-answers", Fixture, NULL, fixture_set_up, test_odd_answers, fixture_tear_down);
  g_test_add_func ("/follower/demo-moves", test_demo_moves);
  g_test_add_func ("/follower/demo-both-ways", test_demo_both_ways);
  g_test_add ("/follower/many", Fixture, NULL, fixture_set_up, test_many, fixture_tear_down);
  return g_test_run ();
}
