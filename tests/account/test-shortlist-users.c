/* test-shortlist-users.c: the ATS's users for "Sourced by": fetched from a Kombo on 127.0.0.1,
 * kept, and there at the next start before anything is asked */
#include "config.h"

#include "account-test-util.h"

#define USERS                                                                                                                               \
  "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":["                                                                           \
  "{\"id\":\"u-2\",\"remote_id\":\"42\",\"first_name\":\"Tobias\",\"last_name\":\"Engel\",\"email\":\"tobias@agency.example\","             \
  "\"status\":\"ACTIVE\",\"remote_data\":null,\"changed_at\":\"2026-12-01T09:00:00.000Z\",\"remote_deleted_at\":null,\"system_roles\":[]}," \
  "{\"id\":\"u-1\",\"remote_id\":\"41\",\"first_name\":\"Anna\",\"last_name\":\"Berg\",\"email\":\"anna@agency.example\","                  \
  "\"status\":\"ACTIVE\",\"remote_data\":null,\"changed_at\":\"2026-12-01T09:00:00.000Z\",\"remote_deleted_at\":null,\"system_roles\":[]}," \
  "{\"id\":\"u-3\",\"remote_id\":null,\"first_name\":null,\"last_name\":null,\"email\":\"desk@agency.example\","                            \
  "\"status\":null,\"remote_data\":null,\"changed_at\":\"2026-12-01T09:00:00.000Z\",\"remote_deleted_at\":null,\"system_roles\":[]}]}}"

static ShortlistStore *
open_store (const char *folder)
{
  ShortlistStore *store = shortlist_store_new (folder);
  GAsyncResult   *result = NULL;

  shortlist_store_open_async (store, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_open_finish (store, test_wait (&result), NULL, NULL));
  g_object_unref (result);
  return store;
}

static gboolean
n_listed_is (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (shortlist_users_get_model (args[0])) == GPOINTER_TO_UINT (args[1]);
}

static gboolean
has_problem (gpointer data)
{
  return shortlist_users_get_problem (data) != NULL;
}

static char *
dup_names (ShortlistUsers *users)
{
  GListModel *model = shortlist_users_get_model (users);
  GString    *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (KomboUser) user = g_list_model_get_item (model, i);
      g_autofree char *name = kombo_user_dup_display_name (user);

      g_string_append_printf (names, "%s%s", i > 0 ? "|" : "", name);
    }
  return g_string_free (names, FALSE);
}

static void
test_kept (void)
{
  g_autofree char *template = g_build_filename (test_get_tmp_dir (), "users-XXXXXX", NULL);
  g_autofree char *folder = g_strdup (g_mkdtemp (template));
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (ShortlistStore) store = open_store (folder);
  g_autoptr (ShortlistUsers) users = shortlist_users_new ();
  g_autoptr (ShortlistUsers) next_start = shortlist_users_new ();
  g_autofree char *names = NULL;
  gpointer         three[] = { users, GUINT_TO_POINTER (3) };
  gpointer         three_kept[] = { next_start, GUINT_TO_POINTER (3) };

  /* Nothing is asked until a recruiter looks for a user */
  shortlist_users_load (users, client, store, TEST_INTEGRATION_ID);
  test_sleep_ms (50);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 0);

  fake_kombo_respond (fake, "GET", "/ats/users", 200, USERS);
  shortlist_users_refresh (users);
  test_wait_for (n_listed_is, three, "the users");
  /* By name; one without a name by their address */
  names = dup_names (users);
  g_assert_cmpstr (names, ==, "Anna Berg|desk@agency.example|Tobias Engel");
  g_assert_cmpstr (kombo_user_get_email (shortlist_users_find (users, "u-2")), ==, "tobias@agency.example");
  /* Asked once in a while, not each time the list is opened */
  shortlist_users_refresh (users);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);

  /* The next start lists them before the network answers, and a failed fetch leaves them */
  shortlist_store_close (store);
  g_clear_object (&store);
  store = open_store (folder);
  shortlist_users_load (next_start, client, store, TEST_INTEGRATION_ID);
  test_wait_for (n_listed_is, three_kept, "the kept users");
  fake_kombo_respond (fake, "GET", "/ats/users", 503, "<html>Service Unavailable</html>");
  shortlist_users_refresh (next_start);
  test_wait_for (has_problem, next_start, "the failed fetch");
  g_assert_cmpuint (g_list_model_get_n_items (shortlist_users_get_model (next_start)), ==, 3);
  shortlist_store_close (store);
}

int
main (int   argc,
      char *argv[])
{
  account_test_init (&argc, &argv);

  g_test_add_func ("/users/kept", test_kept);

  return g_test_run ();
}
