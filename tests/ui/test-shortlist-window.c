/* test-shortlist-window.c: the first start: connecting a key and an integration */
#include "config.h"

#include "shortlist-candidate-form.h"
#include "shortlist-candidate-page.h"
#include "shortlist-connect-page.h"
#include "shortlist-error-box.h"
#include "shortlist-compat.h"
#include "shortlist-preferences-dialog.h"
#include "ui-test-util.h"

typedef struct
{
  FakeKombo        *fake;
  GSettings        *settings;
  ShortlistAccount *account;
  ShortlistWindow  *window;
  GtkWidget        *page;
} Fixture;

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_assert_true (shortlist_account_load_finish (SHORTLIST_ACCOUNT (object), result, NULL));
  *(gboolean *) user_data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  g_autofree char *url = NULL;
  gboolean         loaded = FALSE;

  f->fake = fake_kombo_new ();
  url = fake_kombo_dup_url (f->fake);
  f->settings = account_test_settings_new ();
  f->account = shortlist_account_new (f->settings, FALSE, url);
  shortlist_account_load_async (f->account, NULL, loaded_cb, &loaded);
  ui_test_wait_for (is_true, &loaded, "the account");

  f->window = shortlist_window_new (NULL, f->settings);
  gtk_window_present (GTK_WINDOW (f->window));
  shortlist_window_set_account (f->window, f->account);
  f->page = shortlist_window_get_page (f->window, "connect");
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  ui_test_destroy_window (GTK_WINDOW (f->window), NULL);
  g_clear_object (&f->account);
  g_clear_object (&f->settings);
  g_clear_object (&f->fake);
}

static GtkWidget *
child (Fixture    *f,
       const char *name)
{
  return ui_test_child (f->page, SHORTLIST_TYPE_CONNECT_PAGE, name);
}

static const char *
main_page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (ui_test_child (GTK_WIDGET (f->window), SHORTLIST_TYPE_WINDOW, "main_stack")));
}

static gboolean
checked (gpointer data)
{
  return gtk_widget_get_sensitive (data);
}

static gboolean
integration_listed (gpointer data)
{
  return g_list_model_get_n_items (shortlist_account_get_integrations (data)) == 1;
}

static gboolean
two_integrations (gpointer data)
{
  return g_list_model_get_n_items (shortlist_account_get_integrations (data)) == 2;
}

static void
test_first_start (Fixture      *f,
                  gconstpointer data)
{
  ShortlistErrorBox *error_box = SHORTLIST_ERROR_BOX (child (f, "error_box"));
  GtkWidget         *key_row = child (f, "key_row");
  GtkWidget         *id_row;
  GtkWidget         *integration_row;
  guint              n_before;

  /* No key yet: the page that says what Shortlist needs */
  g_assert_cmpstr (main_page (f), ==, "connect");
  g_assert_false (gtk_widget_get_visible (child (f, "integrations_box")));

  /* A wrong key is refused, and what was pasted stays to be corrected */
  fake_kombo_respond (f->fake, "GET", "/check-api-key", 401,
                      "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.AUTHENTICATION_INVALID\",\"title\":null,"
                      "\"message\":\"The API key is invalid.\",\"log_url\":null}}");
  gtk_editable_set_text (GTK_EDITABLE (key_row), "wrong-key");
  g_signal_emit_by_name (child (f, "check_button"), "clicked");
  ui_test_wait_for (checked, child (f, "check_button"), "the wrong key to be checked");
  g_assert_cmpstr (shortlist_error_box_get_title (error_box), ==, "The API key was not accepted");
  g_assert_cmpstr (shortlist_error_box_get_message (error_box), ==, "The API key is invalid.");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (key_row)), ==, "wrong-key");
  g_assert_false (shortlist_account_get_has_key (f->account));

  /* A good key: this test's bus has no keyring, which Shortlist says plainly */
  n_before = fake_kombo_get_n_requests (f->fake);
  fake_kombo_respond (f->fake, "GET", "/check-api-key", 200,
                      "{\"status\":\"success\",\"data\":{\"environment_id\":\"env\",\"customer_id\":\"cus\"}}");
  gtk_editable_set_text (GTK_EDITABLE (key_row), TEST_API_KEY);
  g_signal_emit_by_name (child (f, "check_button"), "clicked");
  ui_test_wait_for_requests (f->fake, n_before + 1);
  ui_test_wait_for (checked, child (f, "check_button"), "the good key to be checked");
  g_assert_cmpstr (soup_message_headers_get_one (fake_kombo_get_request (f->fake, n_before)->headers, "Authorization"),
                   ==, "Bearer " TEST_API_KEY);
  g_assert_true (shortlist_account_get_has_key (f->account));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (key_row)), ==, "");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (f, "key_status_label"))), ==,
                   "No keyring could be reached, so the API key is kept only until Shortlist closes.");
  g_assert_true (gtk_widget_get_visible (child (f, "integrations_box")));

  /* Integrations: a malformed id is explained, a good one is checked with Kombo */
  id_row = ui_test_find_row (child (f, "integrations_box"), "Integration ID, such as greenhouse:8d1hpPsbjxUkoCoa1veLZGe5");
  gtk_editable_set_text (GTK_EDITABLE (id_row), "8d1hpPsbjxUkoCoa1veLZGe5");
  g_signal_emit_by_name (id_row, "apply");
  ui_test_wait_for (checked, id_row, "the integration id to be checked");
  g_assert_cmpstr (ui_test_row_error (id_row), ==,
                   "An integration id looks like greenhouse:8d1hpPsbjxUkoCoa1veLZGe5. Copy it from the Kombo dashboard.");

  fake_kombo_respond (f->fake, "GET", "/integrations/" TEST_INTEGRATION_ID, 200,
                      "{\"status\":\"success\",\"data\":{\"id\":\"" TEST_INTEGRATION_ID "\",\"tool\":{\"id\":\"greenhouse\","
                      "\"label\":\"Greenhouse\"},\"status\":\"INVALID\",\"setup_status\":\"COMPLETED\","
                      "\"end_user\":{\"organization_name\":\"Acme Recruiting\"}}}");
  gtk_editable_set_text (GTK_EDITABLE (id_row), " " TEST_INTEGRATION_ID " ");
  g_signal_emit_by_name (id_row, "apply");
  ui_test_wait_for (integration_listed, f->account, "the integration");

  integration_row = ui_test_find_row (child (f, "integrations_box"), "Greenhouse");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (integration_row)), ==,
                   "The connection to this applicant tracking system is broken. Ask the customer to reconnect it in Kombo.");
  g_assert_true (gtk_widget_get_visible (child (f, "continue_button")));

  /* The header bar says where work goes, and warns */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ui_test_child (GTK_WIDGET (f->window), SHORTLIST_TYPE_WINDOW, "integration_label"))),
                   ==, "Greenhouse · Acme Recruiting");
  g_assert_true (gtk_widget_get_visible (ui_test_child (GTK_WIDGET (f->window), SHORTLIST_TYPE_WINDOW, "integration_warning_icon")));

  /* It is remembered for the next start, without the key */
  {
    g_autoptr (GVariant) saved = g_settings_get_value (f->settings, "integrations");
    g_autofree char *text = g_variant_print (saved, FALSE);

    g_assert_cmpstr (text, ==, "[('" TEST_INTEGRATION_ID "', 'Greenhouse', 'Acme Recruiting')]");
    g_assert_null (strstr (text, TEST_API_KEY));
  }

  /* A second client's ATS; the header bar's list sends work back to the first, and the second goes */
  fake_kombo_respond (f->fake, "GET", "/integrations/lever:B5VrmZ2knNNbkEeBBQ9ysZBq", 200,
                      "{\"status\":\"success\",\"data\":{\"id\":\"lever:B5VrmZ2knNNbkEeBBQ9ysZBq\",\"tool\":{\"id\":\"lever\","
                      "\"label\":\"Lever\"},\"status\":\"ACTIVE\",\"setup_status\":\"COMPLETED\","
                      "\"end_user\":{\"organization_name\":\"Globex\"}}}");
  gtk_editable_set_text (GTK_EDITABLE (id_row), "lever:B5VrmZ2knNNbkEeBBQ9ysZBq");
  g_signal_emit_by_name (id_row, "apply");
  ui_test_wait_for (two_integrations, f->account, "the second integration");
  {
    GtkWidget *list = ui_test_child (GTK_WIDGET (f->window), SHORTLIST_TYPE_WINDOW, "integration_list");

    g_signal_emit_by_name (list, "row-activated", ui_test_find_row (list, "Greenhouse"));
    g_assert_cmpstr (kombo_integration_get_id (shortlist_account_get_active_integration (f->account)), ==, TEST_INTEGRATION_ID);
    g_signal_emit_by_name (list, "row-activated", ui_test_find_row (list, "Lever"));
    g_assert_cmpstr (kombo_integration_get_id (shortlist_account_get_active_integration (f->account)), ==,
                     "lever:B5VrmZ2knNNbkEeBBQ9ysZBq");
  }
  g_signal_emit_by_name (ui_test_find_row (child (f, "integrations_box"), "Greenhouse"), "activated");
  g_assert_cmpstr (kombo_integration_get_id (shortlist_account_get_active_integration (f->account)), ==, TEST_INTEGRATION_ID);
  {
    GtkWidget *lever = ui_test_find_row (child (f, "integrations_box"), "Lever");

    g_signal_emit_by_name (ui_test_find_tooltip (lever, "Remove Lever"), "clicked");
  }
  ui_test_wait_for (integration_listed, f->account, "Lever to go");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-work", NULL);
  g_assert_cmpstr (main_page (f), ==, "work");
}

static gboolean
key_forgotten (gpointer data)
{
  return !shortlist_account_get_has_key (data);
}

static void
test_preferences (Fixture      *f,
                  gconstpointer data)
{
  GtkWidget *preferences;
  GtkWidget *server_row;
  GtkWidget *forget;

  fake_kombo_respond (f->fake, "GET", "/check-api-key", 200,
                      "{\"status\":\"success\",\"data\":{\"environment_id\":\"env\",\"customer_id\":\"cus\"}}");
  gtk_editable_set_text (GTK_EDITABLE (child (f, "key_row")), TEST_API_KEY);
  g_signal_emit_by_name (child (f, "check_button"), "clicked");
  ui_test_wait_for (checked, child (f, "check_button"), "the key to be checked");

  preferences = shortlist_preferences_dialog_new (f->account);
  shortlist_present_dialog (preferences, GTK_WIDGET (f->window));
  ui_test_find_row (preferences, "Kept until Shortlist closes");

  /* The server address follows the same rules as --api-url, next to the field */
  server_row = ui_test_find_row (preferences, "Server address, such as https://kombo-proxy.example.com/v1");
  gtk_editable_set_text (GTK_EDITABLE (server_row), "http://kombo-proxy.example.com/v1");
  g_signal_emit_by_name (server_row, "apply");
  g_assert_cmpstr (ui_test_row_error (server_row), ==,
                   "“http://kombo-proxy.example.com/v1” is not secure. The API key is sent only over https, or over plain http to this computer.");
  {
    g_autofree char *unchanged = g_settings_get_string (f->settings, "api-url");
    g_assert_cmpstr (unchanged, ==, "");
  }
  gtk_editable_set_text (GTK_EDITABLE (server_row), "https://kombo-proxy.example.com/v1");
  g_signal_emit_by_name (server_row, "apply");
  g_assert_null (ui_test_row_error (server_row));
  {
    g_autofree char *saved = g_settings_get_string (f->settings, "api-url");
    g_assert_cmpstr (saved, ==, "https://kombo-proxy.example.com/v1");
  }

  /* Forget Key asks first, then stops using the key */
  forget = ui_test_find_label (preferences, "_Forget Key…");
  g_assert_true (gtk_widget_get_sensitive (forget));
  g_signal_emit_by_name (forget, "clicked");
  g_signal_emit_by_name (ui_test_find_label (ui_test_find_dialog (), "_Forget Key"), "clicked");
  ui_test_wait_for (key_forgotten, f->account, "the key to be forgotten");
  g_assert_false (kombo_client_has_api_key (shortlist_account_get_client (f->account)));
  ui_test_find_row (preferences, "No key");

  shortlist_close_dialog (preferences);
}

static int
min_width (GtkWidget *widget)
{
  int min = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  return min;
}

/* The window works on a phone-sized screen: no page, nor the result of a submission, is wider than 360 px */
static void
test_narrow (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (GSettings) settings = account_test_settings_new ();
  g_autoptr (ShortlistAccount) account = account_test_account_new (fake, settings);
  ShortlistWindow *window = shortlist_window_new (NULL, settings);
  const char      *pages[] = { "candidate", "tags", "links", "history", "connect" };

  gtk_window_present (GTK_WINDOW (window));
  shortlist_window_set_account (window, account);
  ui_test_wait_for_form (shortlist_window_get_page (window, "candidate"));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page = shortlist_window_get_page (window, pages[i]);

      if (!g_str_equal (pages[i], "connect"))
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]);
      else
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-connect", NULL);
      g_test_message ("%s: %d px", pages[i], min_width (page));
      g_assert_cmpint (min_width (page), <=, 360);
      g_assert_cmpint (min_width (GTK_WIDGET (window)), <=, 360);
    }
  /* The result of a submission is built when first shown: test-shortlist-candidate-result
   * checks its width */
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_control (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_POPOVER (child) &&
        (((GTK_IS_BUTTON (child) || GTK_IS_SWITCH (child) || GTK_IS_DROP_DOWN (child)) && gtk_widget_get_visible (child)) ||
         has_control (child)))
      return TRUE;
  return FALSE;
}

/* Whether @widget is a row that takes the focus although a control inside it does too */
static gboolean
is_double_stop (GtkWidget *widget)
{
  if (!GTK_IS_LIST_BOX_ROW (widget) || ADW_IS_ENTRY_ROW (widget) || ADW_IS_COMBO_ROW (widget) || ADW_IS_EXPANDER_ROW (widget))
    return FALSE;
  return has_control (widget);
}

/* Tab goes from control to control of the form, never to a row and then to the control in it */
static void
test_tab_order (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (GSettings) settings = account_test_settings_new ();
  g_autoptr (ShortlistAccount) account = account_test_account_new (fake, settings);
  ShortlistWindow *window = shortlist_window_new (NULL, settings);
  GtkWidget       *page;
  guint            stops = 0;

  gtk_window_present (GTK_WINDOW (window));
  shortlist_window_set_account (window, account);
  page = shortlist_window_get_page (window, "candidate");
  ui_test_wait_for_form (page);
  gtk_widget_grab_focus (ui_test_find_row (page, "First name"));
  for (guint i = 0; i < 200; i++)
    {
      GtkWidget *focus;

      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (focus == NULL || !gtk_widget_is_ancestor (focus, page))
        break;
      stops++;
      {
        GtkWidget *row = gtk_widget_get_ancestor (focus, ADW_TYPE_PREFERENCES_ROW);
        GtkWidget *group = gtk_widget_get_ancestor (focus, ADW_TYPE_PREFERENCES_GROUP);

        g_test_message ("Tab %u: %s in “%s” of “%s”", stops, G_OBJECT_TYPE_NAME (focus),
                        row ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) : "",
                        group ? adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)) : "");
      }
      if (is_double_stop (focus))
        g_error ("The row “%s” takes the focus before its own control",
                 ADW_IS_PREFERENCES_ROW (focus) ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (focus)) : G_OBJECT_TYPE_NAME (focus));
      if (GTK_IS_BUTTON (focus) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (focus)), "_Submit Candidate") == 0)
        break;
    }
  g_test_message ("%u Tab presses from the first name to Submit", stops);
  g_assert_true (GTK_IS_BUTTON (gtk_root_get_focus (GTK_ROOT (window))));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (gtk_root_get_focus (GTK_ROOT (window)))), ==, "_Submit Candidate");
  /* The fields most candidates go without are folded away: few stops to Submit. The note for
   * the client and the chooser of the ATS's users for "Sourced by" are a stop each */
  g_assert_cmpuint (stops, <=, 17);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The form's first screen comes with the window's first frame, the sections below it just after;
 * what the draft holds is in them when they come, and a problem in them brings them at once */
static void
test_lower_sections (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (GSettings) settings = account_test_settings_new ();
  g_autoptr (ShortlistAccount) account = account_test_account_new (fake, settings);
  ShortlistWindow     *window = shortlist_window_new (NULL, settings);
  GtkWidget           *page = shortlist_window_get_page (window, "candidate");
  KomboCandidateDraft *draft = shortlist_candidate_page_get_draft (SHORTLIST_CANDIDATE_PAGE (page));
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) kombo_violation_free);
  GtkWidget *form = ui_test_child (page, SHORTLIST_TYPE_CANDIDATE_PAGE, "form");

  gtk_window_present (GTK_WINDOW (window));
  shortlist_window_set_account (window, account);
  g_assert_nonnull (ui_test_find_label (page, "First name"));
  g_assert_null (ui_test_find_label (page, "City"));
  kombo_candidate_draft_set_text (draft, "city", "Lisbon");
  kombo_candidate_draft_set_text (draft, "salary", "85,000");
  ui_test_wait_for_form (page);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (page, "City"))), ==, "Lisbon");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (page, "Amount"))), ==, "85,000");
  /* Typed into, they are the draft's */
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_row (page, "City")), "Porto");
  g_assert_cmpstr (kombo_candidate_draft_get_text (draft, "city"), ==, "Porto");
  gtk_window_destroy (GTK_WINDOW (window));

  /* A problem below the first screen, before the first frame */
  window = shortlist_window_new (NULL, settings);
  page = shortlist_window_get_page (window, "candidate");
  form = ui_test_child (page, SHORTLIST_TYPE_CANDIDATE_PAGE, "form");
  g_ptr_array_add (problems, kombo_violation_new ("candidate.location.city", "Say the city."));
  shortlist_candidate_form_show_problems (SHORTLIST_CANDIDATE_FORM (form), problems);
  g_assert_cmpstr (ui_test_row_error (ui_test_find_row (page, "City")), ==, "Say the city.");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The shortcut "Submit from a spreadsheet" where a person sees it: NULL while it is not shown */
static GtkWidget *
shown_shortcut (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) toplevel = g_list_model_get_item (toplevels, i);
      GtkWidget *label = ui_test_find_shown_label (toplevel, "Submit from a spreadsheet");

      if (label != NULL && gtk_widget_get_mapped (label))
        return label;
    }
  return NULL;
}

static gboolean
shortcuts_shown (gpointer data)
{
  return shown_shortcut () != NULL;
}

static gboolean
shortcuts_gone (gpointer data)
{
  return shown_shortcut () == NULL;
}

/* The shortcuts are built when first asked for, with Ctrl+? or the menu, over the window */
static void
test_shortcuts (void)
{
  g_autoptr (GSettings) settings = account_test_settings_new ();
  ShortlistWindow *window = shortlist_window_new (NULL, settings);
  GtkWidget       *shortcut;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (shown_shortcut ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  ui_test_wait_for (shortcuts_shown, NULL, "the shortcuts to be shown");
  shortcut = shown_shortcut ();
#if ADW_CHECK_VERSION(1, 8, 0)
  /* A dialog inside the window */
  g_assert_true (gtk_widget_get_root (shortcut) == GTK_ROOT (window));
  adw_dialog_close (ADW_DIALOG (gtk_widget_get_ancestor (shortcut, ADW_TYPE_DIALOG)));
#else
  /* A window over it */
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (gtk_widget_get_root (shortcut))) == GTK_WINDOW (window));
  gtk_window_close (GTK_WINDOW (gtk_widget_get_root (shortcut)));
#endif
  ui_test_wait_for (shortcuts_gone, NULL, "the shortcuts to be closed");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  ui_test_wait_for (shortcuts_shown, NULL, "the shortcuts to be shown again");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* What a page says in a toast, and a notice that stays, are shown as written: text from a
 * server or a file is never markup */
static void
test_plain_text (void)
{
  g_autoptr (GSettings) settings = account_test_settings_new ();
  ShortlistWindow *window = shortlist_window_new (NULL, settings);
  const char      *notice = "Drafts of R&D <i>could not</i> be read";

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toast", "s", UI_TEST_HOSTILE_TEXT));
  g_assert_nonnull (ui_test_find_text (GTK_WIDGET (window), UI_TEST_HOSTILE_TEXT));
  gtk_window_destroy (GTK_WINDOW (window));

  /* One toast at a time: the notice in a window of its own */
  window = shortlist_window_new (NULL, settings);
  gtk_window_present (GTK_WINDOW (window));
  shortlist_window_show_notice (window, notice);
  g_assert_nonnull (ui_test_find_text (GTK_WIDGET (window), notice));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/shortlist/window/first-start", Fixture, NULL, fixture_set_up, test_first_start, fixture_tear_down);
  g_test_add ("/shortlist/window/preferences", Fixture, NULL, fixture_set_up, test_preferences, fixture_tear_down);
  g_test_add_func ("/shortlist/window/narrow", test_narrow);
  g_test_add_func ("/shortlist/window/tab-order", test_tab_order);
  g_test_add_func ("/shortlist/window/shortcuts", test_shortcuts);
  g_test_add_func ("/shortlist/window/plain-text", test_plain_text);
  g_test_add_func ("/shortlist/window/lower-sections", test_lower_sections);

  return g_test_run ();
}
