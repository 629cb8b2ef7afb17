/* test-util.c: what every Kombo test needs: waiting for async results, a client, schema checks */
#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>

#include "test-util.h"

static char *tmp_dir;

void
test_init (int    *argc,
           char ***argv)
{
  g_autoptr (GError) error = NULL;

  /* Messages are compared in English, whatever the machine's language */
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("GIO_USE_VFS", "local", TRUE);
  /* Tests talk to 127.0.0.1 only, and the desktop proxy resolver needs GSettings schemas */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  /* Not G_TEST_OPTION_ISOLATE_DIRS: content types are guessed from the system's MIME
   * database, found through XDG_DATA_DIRS. Files go to a folder of this process's own. */
  g_test_init (argc, argv, NULL);
  tmp_dir = g_dir_make_tmp ("shortlist-test-XXXXXX", &error);
  g_assert_no_error (error);
  /* What Shortlist keeps (drafts, the history) goes there too, not among the person's own;
   * a test's child process is given the folder of the test that started it */
  {
    g_autofree char *data = g_build_filename (tmp_dir, "data", NULL);
    const char      *given = g_getenv ("SHORTLIST_TEST_DATA_HOME");

    g_setenv ("XDG_DATA_HOME", given ? given : data, TRUE);
  }
}

const char *
test_get_tmp_dir (void)
{
  return tmp_dir;
}

void
test_store_result (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  g_assert_null (*slot);
  *slot = g_object_ref (result);
}

/* Runs the main loop until the callback has stored a result */
GAsyncResult *
test_wait (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static gboolean
sleep_done_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the main loop run for @ms, for servers and clients on the same loop */
void
test_sleep_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, sleep_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

KomboClient *
test_client_new (FakeKombo *fake)
{
  g_autofree char *url = fake_kombo_dup_url (fake);

  return test_client_new_for_url (url);
}

/* A client of the server at @url, with the test key and integration */
KomboClient *
test_client_new_for_url (const char *url)
{
  g_autoptr (GError) error = NULL;
  KomboClient *client = kombo_client_new_for_url (url, &error);

  g_assert_no_error (error);
  kombo_client_set_api_key (client, TEST_API_KEY);
  kombo_client_set_integration_id (client, TEST_INTEGRATION_ID);
  /* Backoff is tested for its shape, not its length */
  kombo_client_set_retry_base_delay (client, 10);
  return client;
}

char *
test_write_file (const char *name,
                 const char *contents,
                 gssize      length)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (tmp_dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

/* Validates @body against ../shared/kombo-api/schemas/@schema_name with python3-jsonschema */
void
test_assert_schema_valid (const char *schema_name,
                          GBytes     *body)
{
  g_autofree char *schema = g_build_filename (KOMBO_SCHEMAS_DIR, schema_name, NULL);
  g_autofree char *document = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  int         status = 0;
  const char *argv[] = { "/usr/bin/python3", CHECK_SCHEMA_SCRIPT, schema, NULL, NULL };

  if (*KOMBO_SCHEMAS_DIR == '\0')
    {
      g_test_message ("Not validated against %s: this build has -Dschema_tests=false", schema_name);
      return;
    }
  if (!g_file_test (schema, G_FILE_TEST_EXISTS))
    g_error ("The Kombo schema %s is missing; set -Dkombo_schemas_dir", schema);

  document = test_write_file ("schema-check.json", g_bytes_get_data (body, NULL), g_bytes_get_size (body));
  argv[3] = document;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("The body does not follow %s:\n%s\n%.*s", schema_name, err,
             (int) MIN (g_bytes_get_size (body), 2000), (const char *) g_bytes_get_data (body, NULL));

  g_unlink (document);
}

void
test_assert_json_equal (JsonObject *actual,
                        const char *expected_json)
{
  g_autoptr (JsonNode) expected = json_from_string (expected_json, NULL);
  g_autoptr (JsonNode) actual_node = json_node_new (JSON_NODE_OBJECT);

  g_assert_nonnull (expected);
  json_node_set_object (actual_node, actual);

  if (!json_node_equal (actual_node, expected))
    {
      g_autofree char *actual_text = json_to_string (actual_node, TRUE);
      g_autofree char *expected_text = json_to_string (expected, TRUE);

      g_error ("JSON differs.\nExpected:\n%s\nActual:\n%s", expected_text, actual_text);
    }
}

/* The open jobs, every page, as the client fetches them; waits for the answer */
GListModel *
test_get_jobs (KomboClient *client,
               const char  *name_contains,
               GError     **error)
{
  g_autoptr (GAsyncResult) result = NULL;
  const char *statuses[] = { "OPEN", NULL };

  kombo_client_get_jobs_async (client, name_contains, statuses, NULL, test_store_result, &result);
  return kombo_client_get_jobs_finish (client, test_wait (&result), error);
}

/* Adds @tag to a candidate and waits for the answer */
KomboWriteResult *
test_add_tag (KomboClient  *client,
              const char   *candidate_id,
              KomboTag     *tag,
              GCancellable *cancellable,
              GError      **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kombo_client_add_tag_async (client, candidate_id, tag, cancellable, test_store_result, &result);
  return kombo_client_add_tag_finish (client, test_wait (&result), error);
}

static gboolean
timed_out_cb (gpointer user_data)
{
  g_error ("Timed out waiting for %s", (const char *) user_data);
  return G_SOURCE_REMOVE;
}

static gboolean
look_again_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @done says so, failing the test after 20 s. @done is asked again
 * at least every 50 ms: what it waits for may have come while @done itself ran the loop (as
 * when it reads the store), and with no window left nothing else may wake the loop. */
void
test_wait_for (gboolean (*done) (gpointer data),
               gpointer    data,
               const char *what)
{
  guint timeout = g_timeout_add_seconds (20, timed_out_cb, (gpointer) what);
  guint again = g_timeout_add (50, look_again_cb, NULL);

  while (!done (data))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (again);
  g_source_remove (timeout);
}

/* For test_wait_for(): whether test_store_result() has stored the result in the slot @data */
gboolean
test_result_arrived (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

/**
 * test_candidates_answer:
 * @candidates: each `id:job:stage:outcome`, or just `id` for a candidate without applications;
 *   "null" for JSON's null
 * @as_schema: whether the answer is checked against Kombo's schema (an outcome it does not
 *   list is not)
 *
 * Returns: Kombo's answer to GET /ats/candidates with those candidates and their applications
 */
char *
test_candidates_answer (const char *const *candidates,
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
