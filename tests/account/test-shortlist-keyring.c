/* test-shortlist-keyring.c: the API key kept in a real keyring, and nowhere else
 *
 * The test starts gnome-keyring-daemon on a D-Bus session bus of its own, with its data in a
 * folder of its own, so no keyring of the person running the tests is touched.
 */
#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "shortlist-keyring.h"
#include "account-test-util.h"

#define SERVER "https://api.kombo.dev/v1"

static GPid keyring_pid;

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
store_result (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
result_arrived (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

static char *
lookup (const char *server)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  char *key;

  shortlist_keyring_lookup_async (server, NULL, store_result, &result);
  test_wait_for (result_arrived, &result, "the keyring lookup");
  key = shortlist_keyring_lookup_finish (result, &error);
  g_assert_no_error (error);
  return key;
}

static void
test_store_lookup_clear (void)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *key = NULL;
  g_autofree char *other = NULL;
  g_autofree char *gone = NULL;

  shortlist_keyring_store_async (SERVER, "sk-keyring-test-0123456789", NULL, store_result, &result);
  test_wait_for (result_arrived, &result, "the key to be stored");
  g_assert_true (shortlist_keyring_store_finish (result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  key = lookup (SERVER);
  g_assert_cmpstr (key, ==, "sk-keyring-test-0123456789");
  /* A key belongs to its server */
  other = lookup ("https://api.us.kombo.dev/v1");
  g_assert_null (other);

  shortlist_keyring_clear_async (SERVER, NULL, store_result, &result);
  test_wait_for (result_arrived, &result, "the key to be removed");
  g_assert_true (shortlist_keyring_clear_finish (result, &error));
  gone = lookup (SERVER);
  g_assert_null (gone);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_assert_true (shortlist_account_load_finish (SHORTLIST_ACCOUNT (object), result, NULL));
  *(gboolean *) user_data = TRUE;
}

static gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *contents = NULL;
  gsize            length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  return g_strstr_len (contents, length, needle) != NULL;
}

static gboolean
tree_contains (const char *folder,
               const char *needle)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) ? tree_contains (path, needle) : file_contains (path, needle))
        return TRUE;
    }
  return FALSE;
}

static void
test_account_keeps_key (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (GSettings) settings = account_test_settings_new ();
  g_autoptr (ShortlistAccount) account = account_test_account_new (fake, settings);
  g_autoptr (ShortlistAccount) next_start = NULL;
  g_autofree char *url = fake_kombo_dup_url (fake);
  g_autofree char *stored = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  gboolean loaded = FALSE;
  guint    n_before;

  /* Connected and stored: no keyring problem to report */
  g_assert_null (shortlist_account_get_keyring_problem (account));
  stored = lookup (url);
  g_assert_cmpstr (stored, ==, TEST_API_KEY);

  /* Never in a file: not in the settings, not in the keyring's own files in clear */
  g_assert_false (tree_contains (g_get_user_config_dir (), TEST_API_KEY));
  g_assert_false (tree_contains (g_get_user_data_dir (), TEST_API_KEY));

  /* The next start finds it, and uses it */
  next_start = shortlist_account_new (settings, FALSE, url);
  shortlist_account_load_async (next_start, NULL, loaded_cb, &loaded);
  test_wait_for (is_true, &loaded, "the next start");
  g_assert_true (shortlist_account_get_has_key (next_start));
  g_assert_true (shortlist_account_get_ready (next_start));

  n_before = fake_kombo_get_n_requests (fake);
  fake_kombo_respond (fake, "GET", "/ats/tags", 200, "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[]}}");
  kombo_client_get_tags_async (shortlist_account_get_client (next_start), NULL, store_result, &result);
  test_wait_for (result_arrived, &result, "a call with the stored key");
  g_assert_cmpstr (soup_message_headers_get_one (fake_kombo_get_request (fake, n_before)->headers, "Authorization"),
                   ==, "Bearer " TEST_API_KEY);
  g_clear_object (&result);

  /* Forget Key removes it from the keyring and stops using it */
  shortlist_account_forget_key_async (next_start, NULL, store_result, &result);
  test_wait_for (result_arrived, &result, "the key to be forgotten");
  g_assert_true (shortlist_account_forget_key_finish (next_start, result, NULL));
  g_assert_false (shortlist_account_get_has_key (next_start));
  g_clear_pointer (&stored, g_free);
  stored = lookup (url);
  g_assert_null (stored);
}

static void
stop_keyring (void)
{
  if (keyring_pid != 0)
    kill (keyring_pid, SIGTERM);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data_home = NULL;
  const char      *argv_keyring[] = { "gnome-keyring-daemon", "--foreground", "--components=secrets", "--unlock", NULL };
  int              stdin_fd;

  account_test_init (&argc, &argv);

  /* The keyring's files go to a folder of this test's own */
  data_home = g_build_filename (test_get_tmp_dir (), "data", NULL);
  g_mkdir_with_parents (data_home, 0700);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_RUNTIME_DIR", test_get_tmp_dir (), TRUE);

  if (!g_spawn_async_with_pipes (NULL, (char **) argv_keyring, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 &keyring_pid, &stdin_fd, NULL, NULL, &error))
    g_error ("gnome-keyring-daemon could not be started: %s", error->message);
  /* --unlock reads the new login keyring's password */
  g_assert_cmpint (write (stdin_fd, "test-password", strlen ("test-password")), >, 0);
  close (stdin_fd);
  atexit (stop_keyring);

  /* Wait until it answers on the bus */
  {
    g_autoptr (GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
    gboolean up = FALSE;

    g_assert_no_error (error);
    for (guint i = 0; i < 100 && !up; i++)
      {
        g_autoptr (GVariant) reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                                  "org.freedesktop.DBus", "NameHasOwner",
                                                                  g_variant_new ("(s)", "org.freedesktop.secrets"),
                                                                  G_VARIANT_TYPE ("(b)"), 0, -1, NULL, NULL);
        if (reply != NULL)
          g_variant_get (reply, "(b)", &up);
        if (!up)
          g_usleep (100 * 1000);
      }
    g_assert_true (up);
  }

  g_test_add_func ("/shortlist/keyring/store-lookup-clear", test_store_lookup_clear);
  g_test_add_func ("/shortlist/keyring/account-keeps-key", test_account_keeps_key);

  return g_test_run ();
}
