/* test-kombo-batch.c: one write for each of many candidates, against a fake server on loopback */
#include "config.h"

#include "test-util.h"

#define TAGGED "{\"status\":\"success\",\"data\":{},\"warnings\":[{\"message\":\"The tag was created.\"}]}"

typedef struct
{
  GString *log; /* "index:id:outcome;" for each item, in the order reported */
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
  g_string_append_printf (seen->log, "%u:%s:%s;", index, candidate_id,
                          result ? kombo_write_result_get_warnings (result)[0] : kombo_error_get_code (error));
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

/* Every candidate is tried, each outcome said in order, and the first failure is the run's */
static void
test_outcomes (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Silver medalist");
  g_autoptr (KomboBatch) batch = kombo_batch_new (client, add_tag, kombo_client_add_tag_finish, G_OBJECT (tag));
  const char   *ids[] = { "cand-1", "cand-2", "cand-3", NULL };
  Seen          seen = { g_string_new (NULL) };
  GAsyncResult *result = NULL;
  g_autoptr (GError) error = NULL;
  guint n_done = 0;

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
  g_assert_cmpstr (seen.log->str, ==,
                   "0:cand-1:The tag was created.;1:cand-2:INTEGRATION.PERMISSION_MISSING;2:cand-3:The tag was created.;");

  /* What the server received: one write each, in order, each valid */
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *path = g_strdup_printf ("/ats/candidates/%s/tags", ids[i]);

      g_assert_cmpstr (fake_kombo_get_request (fake, i)->path, ==, path);
      test_assert_schema_valid ("candidate-tags.request.schema.json", fake_kombo_get_request (fake, i)->body);
    }
  g_string_free (seen.log, TRUE);
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

/* Cancelling starts no further write */
static void
test_cancel (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Referral");
  g_autoptr (KomboBatch) batch = kombo_batch_new (client, add_tag, kombo_client_add_tag_finish, G_OBJECT (tag));
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  const char   *ids[] = { "cand-1", "cand-2", "cand-3", NULL };
  GAsyncResult *result = NULL;
  g_autoptr (GError) error = NULL;
  guint n_done = 0;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *path = g_strdup_printf ("/ats/candidates/%s/tags", ids[i]);

      fake_kombo_respond (fake, "POST", path, 200, TAGGED);
    }
  g_signal_connect (batch, "item-done", G_CALLBACK (cancel_after_first), cancellable);

  kombo_batch_run_async (batch, ids, cancellable, test_store_result, &result);
  g_assert_false (kombo_batch_run_finish (batch, test_wait (&result), &n_done, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (n_done, ==, 1);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
  g_object_unref (result);
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add_func ("/kombo/batch/outcomes", test_outcomes);
  g_test_add_func ("/kombo/batch/cancel", test_cancel);

  return g_test_run ();
}
