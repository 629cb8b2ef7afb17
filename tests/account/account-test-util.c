/* account-test-util.c: the connection to the fake Kombo as a person makes it, without a display */
#include "config.h"

#include "account-test-util.h"

/**
 * account_test_init:
 *
 * test_init(), with the settings schema this build made, an in-memory settings store, and a
 * session bus of the test's own with no services on it: no keyring, no desktop. Tests leave
 * nothing behind.
 */
void
account_test_init (int    *argc,
                   char ***argv)
{
  static GTestDBus *bus;

  g_setenv ("GSETTINGS_SCHEMA_DIR", SHORTLIST_SCHEMAS_DIR, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  test_init (argc, argv);

  {
    /* g_test_dbus_up() unsets DISPLAY so that no bus is autolaunched through X11. The bus is
     * never taken down: GLib's watcher ends it with the test, whatever still holds it. */
    g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));

    bus = g_test_dbus_new (G_TEST_DBUS_NONE);
    g_test_dbus_up (bus);
    if (display != NULL)
      g_setenv ("DISPLAY", display, TRUE);
  }
}

/* Shortlist's settings, each test starting from the schema's defaults */
GSettings *
account_test_settings_new (void)
{
  GSettings *settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "integrations");
  g_settings_reset (settings, "active-integration");
  g_settings_reset (settings, "api-url");
  g_settings_reset (settings, "last-used");
  g_settings_reset (settings, "keep-history");
  return settings;
}

static gboolean
account_ready (gpointer data)
{
  return shortlist_account_get_ready (data);
}

/**
 * account_test_account_new:
 *
 * An account connected to @fake as a person would connect it: the key checked, then the
 * integration added. The fake answers those two calls.
 */
ShortlistAccount *
account_test_account_new (FakeKombo *fake,
                          GSettings *settings)
{
  g_autofree char  *url = fake_kombo_dup_url (fake);
  ShortlistAccount *account = shortlist_account_new (settings, FALSE, url);
  GAsyncResult     *result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboIntegration) integration = NULL;

  kombo_client_set_retry_base_delay (shortlist_account_get_client (account), 10);

  shortlist_account_load_async (account, NULL, test_store_result, &result);
  test_wait_for (test_result_arrived, &result, "the account to load");
  g_assert_true (shortlist_account_load_finish (account, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  fake_kombo_respond (fake, "GET", "/check-api-key", 200,
                      "{\"status\":\"success\",\"data\":{\"environment_id\":\"env\",\"customer_id\":\"cus\"}}");
  shortlist_account_connect_async (account, TEST_API_KEY, KOMBO_REGION_EU, NULL, test_store_result, &result);
  test_wait_for (test_result_arrived, &result, "the key to be checked");
  g_assert_true (shortlist_account_connect_finish (account, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  fake_kombo_respond (fake, "GET", "/integrations/" TEST_INTEGRATION_ID, 200,
                      "{\"status\":\"success\",\"data\":{\"id\":\"" TEST_INTEGRATION_ID "\","
                      "\"tool\":{\"id\":\"greenhouse\",\"label\":\"Greenhouse\",\"internal_label\":null,"
                      "\"logo_url\":null,\"icon_url\":null},\"category\":\"ATS\",\"status\":\"ACTIVE\","
                      "\"setup_status\":\"COMPLETED\",\"end_user\":{\"organization_name\":\"Acme Recruiting\","
                      "\"creator_email\":null,\"origin_id\":null}}}");
  shortlist_account_add_integration_async (account, TEST_INTEGRATION_ID, NULL, test_store_result, &result);
  test_wait_for (test_result_arrived, &result, "the integration to be checked");
  integration = shortlist_account_add_integration_finish (account, result, &error);
  g_assert_no_error (error);
  g_clear_object (&result);

  test_wait_for (account_ready, account, "the account to be ready");
  return account;
}
