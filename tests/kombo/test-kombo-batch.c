/* test-kombo-batch.c: one write for each of many candidates, against a fake server on loopback */
#include "config.h"

#include "limited-kombo.h"
#include "test-util.h"

#define TAGGED "{\"status\":\"success\",\"data\":{},\"warnings\":[{\"message\":\"The tag was created.\"}]}"

typedef struct
{
  GPtrArray *log; /* "id:outcome" for each item, by its index */
} Seen;

static void
item_done_cb (KomboBatch       *batch,
              guint             index,
              const char       *candidate_id,
              KomboWriteResult *result,
              GError           *error,
              Seen             *seen)
{
  g_assert_true ((result == NULL) != (error == NULL));
  if (seen->log->len <= index)
    g_ptr_array_set_size (seen->log, index + 1);
  /* Each item is said once */
  g_assert_null (seen->log->pdata[index]);
  seen->log->pdata[index] = g_strdup_printf ("%s:%s", candidate_id,
                                             result ? (kombo_write_result_get_warnings (result)[0] ? kombo_write_result_get_warnings (result)[0] : "done")
                                                    : kombo_error_get_code (error));
}

static char *
dup_seen (Seen *seen)
{
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < seen->log->len; i++)
    g_string_append_printf (all, "%u:%s;", i, (char *) seen->log->pdata[i]);
  return g_string_free (all, FALSE);
}

static void
add_tag (KomboClient        *client,
         const char         *candidate_id,
         gpointer            work_data,
         GCancellable       *cancellable,
         GAsyncReadyCallback callback,
         gpointer            user_data)
{
  kombo_client_add_tag_async (client, candidate_id, work_data, cancellable, callback, user_data);
}

/* Every candidate is tried, each outcome said once, and the first failure is the run's */
static void
test_outcomes (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Silver medalist");
  g_autoptr (KomboBatch) batch = kombo_batch_new (client, add_tag, kombo_client_add_tag_finish, G_OBJECT (tag));
  const char   *ids[] = { "cand-1", "cand-2", "cand-3", NULL };
  Seen          seen = { g_ptr_array_new_with_free_func (g_free) };
  GAsyncResult *result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *said = NULL;
  guint            n_done = 0;

  fake_kombo_respond (fake, "POST", "/ats/candidates/cand-1/tags", 200, TAGGED);
  fake_kombo_respond (fake, "POST", "/ats/candidates/cand-2/tags", 403,
                      "{\"status\":\"error\",\"error\":{\"code\":\"INTEGRATION.PERMISSION_MISSING\",\"title\":null,"
                      "\"message\":\"No.\",\"log_url\":null}}");
  fake_kombo_respond (fake, "POST", "/ats/candidates/cand-3/tags", 200, TAGGED);
  g_signal_connect (batch, "item-done", G_CALLBACK (item_done_cb), &seen);

  kombo_batch_run_async (batch, ids, NULL, test_store_result, &result);
  g_assert_false (kombo_batch_run_finish (batch, test_wait (&result), &n_done, &error));
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_API);
  g_assert_cmpstr (kombo_error_get_code (error), ==, "INTEGRATION.PERMISSION_MISSING");
  g_assert_cmpuint (n_done, ==, 2);
  said = dup_seen (&seen);
  g_assert_cmpstr (said, ==, "0:cand-1:The tag was created.;1:cand-2:INTEGRATION.PERMISSION_MISSING;2:cand-3:The tag was created.;");

  /* What the server received: one write each, each valid */
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *path = g_strdup_printf ("/ats/candidates/%s/tags", ids[i]);
      guint            n = 0;

      for (guint j = 0; j < 3; j++)
        n += g_strcmp0 (fake_kombo_get_request (fake, j)->path, path) == 0;
      g_assert_cmpuint (n, ==, 1);
      test_assert_schema_valid ("candidate-tags.request.schema.json", fake_kombo_get_request (fake, i)->body);
    }
  g_ptr_array_unref (seen.log);
  g_object_unref (result);
}

static void
cancel_after_first (KomboBatch       *batch,
                    guint             index,
                    const char       *candidate_id,
                    KomboWriteResult *result,
                    GError           *error,
                    GCancellable     *cancellable)
{
  g_cancellable_cancel (cancellable);
}

/* Cancelling starts no further write; the writes in flight beside the first (four go at first) are let finish */
static void
test_cancel (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Referral");
  g_autoptr (KomboBatch) batch = kombo_batch_new (client, add_tag, kombo_client_add_tag_finish, G_OBJECT (tag));
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  const char   *ids[] = { "cand-1", "cand-2", "cand-3", "cand-4", "cand-5", "cand-6", NULL };
  GAsyncResult *result = NULL;
  g_autoptr (GError) error = NULL;
  guint n_done = 0;

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *path = g_strdup_printf ("/ats/candidates/%s/tags", ids[i]);

      fake_kombo_respond (fake, "POST", path, 200, TAGGED);
    }
  g_signal_connect (batch, "item-done", G_CALLBACK (cancel_after_first), cancellable);

  kombo_batch_run_async (batch, ids, cancellable, test_store_result, &result);
  g_assert_false (kombo_batch_run_finish (batch, test_wait (&result), &n_done, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (n_done, ==, 4);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 4);
  g_object_unref (result);
}

static KomboClient *
limited_client_new (LimitedKombo *server)
{
  g_autofree char *url = limited_kombo_dup_url (server);

  return test_client_new_for_url (url);
}

static GStrv
new_ids (guint n)
{
  GStrv ids = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    ids[i] = g_strdup_printf ("cand-%03u", i);
  return ids;
}

typedef struct
{
  guint         n_said;
  guint         cancel_after;
  GCancellable *cancellable;
  GPtrArray    *unknown;
} Count;

static void
count_cb (KomboBatch       *batch,
          guint             index,
          const char       *candidate_id,
          KomboWriteResult *result,
          GError           *error,
          Count            *count)
{
  count->n_said++;
  if (error != NULL && kombo_error_outcome_unknown (error))
    g_ptr_array_add (count->unknown, g_strdup (candidate_id));
  if (count->cancel_after > 0 && count->n_said == count->cancel_after)
    g_cancellable_cancel (count->cancellable);
}

/* Runs a batch of @n tags against @server; returns how many writes were said done */
static guint
run_limited (LimitedKombo *server,
             guint         n,
             Count        *count,
             GError      **error)
{
  g_autoptr (KomboClient) client = limited_client_new (server);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Silver medalist");
  g_autoptr (KomboBatch) batch = kombo_batch_new (client, add_tag, kombo_client_add_tag_finish, G_OBJECT (tag));
  g_auto (GStrv) ids = new_ids (n);
  GAsyncResult *result = NULL;
  guint         n_done = 0;

  g_signal_connect (batch, "item-done", G_CALLBACK (count_cb), count);
  kombo_batch_run_async (batch, (const char *const *) ids, count->cancellable, test_store_result, &result);
  kombo_batch_run_finish (batch, test_wait (&result), &n_done, error);
  g_object_unref (result);
  return n_done;
}

/* As many at once as Kombo takes, none lost, none written twice */
static void
test_under_the_limit (void)
{
  g_autoptr (LimitedKombo) server = limited_kombo_new (4, 20);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) unknown = g_ptr_array_new_with_free_func (g_free);
  Count count = { 0, 0, NULL, unknown };
  g_auto (GStrv) ids = new_ids (60);

  g_assert_cmpuint (run_limited (server, 60, &count, &error), ==, 60);
  g_assert_no_error (error);
  g_assert_cmpuint (count.n_said, ==, 60);
  for (guint i = 0; i < 60; i++)
    g_assert_cmpuint (limited_kombo_get_done (server, ids[i]), ==, 1);
  /* Side by side, up to Kombo's limit */
  g_assert_cmpuint (limited_kombo_get_max_in_flight (server), ==, 4);
}

/* Kombo says its limit with each answer to a write: the batch sends that many at once from the
 * first answers on, and is never refused for sending more */
static void
test_said_limit (void)
{
  g_autoptr (LimitedKombo) server = limited_kombo_new (6, 20);
  g_autoptr (KomboClient) client = limited_client_new (server);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Silver medalist");
  g_autoptr (KomboBatch) batch = kombo_batch_new (client, add_tag, kombo_client_add_tag_finish, G_OBJECT (tag));
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) ids = new_ids (60);
  GAsyncResult *result = NULL;
  guint         n_done = 0;

  g_assert_cmpuint (kombo_client_get_concurrency_limit (client), ==, 0);
  kombo_batch_run_async (batch, (const char *const *) ids, NULL, test_store_result, &result);
  g_assert_true (kombo_batch_run_finish (batch, test_wait (&result), &n_done, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_done, ==, 60);
  g_assert_cmpuint (kombo_client_get_concurrency_limit (client), ==, 6);
  g_assert_cmpuint (limited_kombo_get_max_in_flight (server), ==, 6);
  g_assert_cmpuint (limited_kombo_get_n_refused (server), ==, 0);
  for (guint i = 0; i < 60; i++)
    g_assert_cmpuint (limited_kombo_get_done (server, ids[i]), ==, 1);
  g_object_unref (result);

  /* Another integration: its limit is not known yet */
  kombo_client_set_integration_id (client, "another-integration");
  g_assert_cmpuint (kombo_client_get_concurrency_limit (client), ==, 0);
}

/* Refused again and again for the rate limit: each write is still done once */
static void
test_rate_limit_storm (void)
{
  g_autoptr (LimitedKombo) server = limited_kombo_new (8, 10);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) unknown = g_ptr_array_new_with_free_func (g_free);
  Count count = { 0, 0, NULL, unknown };
  g_auto (GStrv) ids = new_ids (30);

  limited_kombo_refuse_next (server, 12, "PLATFORM.RATE_LIMIT_EXCEEDED");
  g_assert_cmpuint (run_limited (server, 30, &count, &error), ==, 30);
  g_assert_no_error (error);
  g_assert_cmpuint (limited_kombo_get_n_refused (server), >=, 12);
  for (guint i = 0; i < 30; i++)
    g_assert_cmpuint (limited_kombo_get_done (server, ids[i]), ==, 1);
}

/* A connection dropped after the write: its outcome is unknown, and it is not sent again */
static void
test_dropped_connection (void)
{
  g_autoptr (LimitedKombo) server = limited_kombo_new (8, 10);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) unknown = g_ptr_array_new_with_free_func (g_free);
  Count count = { 0, 0, NULL, unknown };
  g_auto (GStrv) ids = new_ids (20);

  limited_kombo_drop_next (server, 1);
  g_assert_cmpuint (run_limited (server, 20, &count, &error), ==, 19);
  g_assert_nonnull (error);
  g_assert_true (kombo_error_outcome_unknown (error));
  g_assert_cmpuint (unknown->len, ==, 1);
  g_assert_cmpuint (count.n_said, ==, 20);
  for (guint i = 0; i < 20; i++)
    g_assert_cmpuint (limited_kombo_get_done (server, ids[i]), ==, 1);
}

/* Cancelled halfway: no write starts after, and every write done was said */
static void
test_cancel_halfway (void)
{
  g_autoptr (LimitedKombo) server = limited_kombo_new (8, 20);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) unknown = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  Count count = { 0, 20, cancellable, unknown };
  guint n_done;

  n_done = run_limited (server, 60, &count, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (n_done, >=, 20);
  g_assert_cmpuint (n_done, <, 60);
  g_assert_cmpuint (n_done, ==, count.n_said);
  g_assert_cmpuint (limited_kombo_get_n_done (server), ==, n_done);
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add_func ("/kombo/batch/outcomes", test_outcomes);
  g_test_add_func ("/kombo/batch/cancel", test_cancel);
  g_test_add_func ("/kombo/batch/under-the-limit", test_under_the_limit);
  g_test_add_func ("/kombo/batch/said-limit", test_said_limit);
  g_test_add_func ("/kombo/batch/rate-limit-storm", test_rate_limit_storm);
  g_test_add_func ("/kombo/batch/dropped-connection", test_dropped_connection);
  g_test_add_func ("/kombo/batch/cancel-halfway", test_cancel_halfway);

  return g_test_run ();
}
