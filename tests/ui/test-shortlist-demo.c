/* test-shortlist-demo.c: demo mode, from the first window to a tagged candidate */
#include "config.h"

#include "shortlist-candidate-chooser.h"
#include "shortlist-candidate-page.h"
#include "shortlist-demo-server.h"
#include "shortlist-tag-page.h"
#include "shortlist-job-button.h"
#include "ui-test-util.h"

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (shortlist_account_load_finish (SHORTLIST_ACCOUNT (object), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static gboolean
jobs_listed (gpointer data)
{
  GtkWidget *row = ui_test_find_row (data, "Open job");

  return g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Choose from 4 open jobs, or type a job ID below") == 0;
}

static gboolean
shows_result (gpointer data)
{
  GtkWidget *stack = ui_test_find_descendant (data, GTK_TYPE_STACK, 0);

  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (stack)), "result") == 0;
}

static gboolean
candidate_found (gpointer data)
{
  return g_list_model_get_n_items (shortlist_candidate_chooser_get_chosen (data)) == 1;
}

/* Whether @widget or something in it is the tick that says the work was done */
static gboolean
shows_done (GtkWidget *widget)
{
  if (GTK_IS_IMAGE (widget) && gtk_widget_get_visible (widget) && gtk_widget_has_css_class (widget, "success"))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (shows_done (child))
      return TRUE;
  return FALSE;
}

static gboolean
tag_added (gpointer data)
{
  return shows_done (data);
}

static void
page_fetched_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GBytes **) user_data = soup_session_send_and_read_finish (SOUP_SESSION (object), result, NULL);
}

static gboolean
bytes_arrived (gpointer data)
{
  return *(GBytes **) data != NULL;
}

static gboolean
n_chosen_is (gpointer data)
{
  GtkWidget *chooser = ((gpointer *) data)[0];

  return g_list_model_get_n_items (shortlist_candidate_chooser_get_chosen (SHORTLIST_CANDIDATE_CHOOSER (chooser))) ==
         GPOINTER_TO_UINT (((gpointer *) data)[1]);
}

static gboolean
entry_has_error (gpointer entry)
{
  return ui_test_row_error (entry) != NULL;
}

static gboolean
lookups_done (gpointer entry)
{
  return *gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0';
}

typedef struct
{
  GtkWidget *window;
  int        width;
} Size;

static gboolean
has_width (gpointer data)
{
  Size *size = data;

  /* The default size counts the window's frame too, which is drawn by GTK here */
  return ABS (gtk_widget_get_width (size->window) - size->width) <= 20;
}

static void
resize (ShortlistWindow *window,
        int              width)
{
  Size size = { GTK_WIDGET (window), width };

  gtk_window_set_default_size (GTK_WINDOW (window), width, 640);
  ui_test_wait_for (has_width, &size, "the window to take its new width");
}

/* Where @widget is, in the window */
static graphene_rect_t
bounds (GtkWidget *widget)
{
  graphene_rect_t rect;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (gtk_widget_get_root (widget)), &rect));
  return rect;
}

/* Narrow, the banner's button goes under its words and the system's name gives way to an
 * icon, which the tooltip explains; wide, both are back */
static void
check_narrow_and_wide (ShortlistWindow *window)
{
  GtkWidget      *demo_bar = ui_test_child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "demo_bar");
  GtkWidget      *name = ui_test_child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "integration_label");
  GtkWidget      *icon = ui_test_child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "integration_narrow_icon");
  GtkWidget      *words = ui_test_find_label (demo_bar, "Demo: a made-up applicant tracking system on this computer. Nothing reaches Kombo.");
  GtkWidget      *button = ui_test_find_label (demo_bar, "_Connect Your Kombo Account");
  GtkWidget      *switcher_bar = ui_test_child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "switcher_bar");
  graphene_rect_t words_bounds, button_bounds;

  g_assert_cmpstr (gtk_widget_get_tooltip_text (ui_test_child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "integration_button")), ==,
                   "Candidates go to Demo ATS · Northwind Traders");

  resize (window, 360);
  g_assert_false (gtk_widget_get_mapped (name));
  g_assert_true (gtk_widget_get_mapped (icon));
  words_bounds = bounds (words);
  button_bounds = bounds (button);
  g_assert_cmpfloat (button_bounds.origin.y, >=, words_bounds.origin.y + words_bounds.size.height);
  g_assert_cmpfloat (bounds (demo_bar).size.width, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  /* The pages are switched at the bottom, by buttons built on this first narrow size */
  g_assert_true (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (switcher_bar)));
  g_assert_nonnull (ui_test_find_label (switcher_bar, "Tags"));

  resize (window, 1200);
  g_assert_true (gtk_widget_get_mapped (name));
  g_assert_false (gtk_widget_get_mapped (icon));
  words_bounds = bounds (words);
  button_bounds = bounds (button);
  g_assert_cmpfloat (button_bounds.origin.x, >=, words_bounds.origin.x + words_bounds.size.width);
  g_assert_cmpfloat (button_bounds.origin.y, <, words_bounds.origin.y + words_bounds.size.height);
}

static void
test_demo (void)
{
  g_autoptr (GSettings) settings = account_test_settings_new ();
  g_autoptr (ShortlistAccount) account = shortlist_account_new (settings, TRUE, NULL);
  ShortlistWindow *window;
  GtkWidget       *page;
  GtkWidget       *tag_page;
  GtkWidget       *chooser;
  GtkWidget       *job_button;
  gboolean         loaded = FALSE;
  g_autoptr (SoupSession) session = soup_session_new ();
  g_autoptr (SoupMessage) message = NULL;
  g_autoptr (GBytes) html = NULL;
  g_autofree char      *text = NULL;
  const char           *remote_url;
  KomboCandidateRecord *created;
  g_autoptr (GObject) created_ref = NULL;

  shortlist_account_load_async (account, NULL, loaded_cb, &loaded);
  ui_test_wait_for (is_true, &loaded, "the demo");
  g_assert_true (shortlist_account_get_ready (account));
  g_assert_true (g_str_has_prefix (kombo_client_get_base_url (shortlist_account_get_client (account)), "http://127.0.0.1:"));

  window = shortlist_window_new (NULL, settings);
  gtk_window_present (GTK_WINDOW (window));
  shortlist_window_set_account (window, account);

  /* Demo, where it cannot be missed */
  g_assert_true (gtk_widget_get_visible (ui_test_child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "demo_bar")));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Shortlist (Demo)");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ui_test_child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "integration_label"))),
                   ==, "Demo ATS · Northwind Traders");
  check_narrow_and_wide (window);
  /* Nothing of the demo is remembered */
  {
    g_autoptr (GVariant) saved = g_settings_get_value (settings, "integrations");
    g_assert_cmpuint (g_variant_n_children (saved), ==, 0);
  }

  page = ui_test_child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "candidate_page");
  ui_test_wait_for (jobs_listed, page, "the demo jobs");

  job_button = ui_test_find_descendant (page, SHORTLIST_TYPE_JOB_BUTTON, 0);
  /* The list to choose from is built when the chooser is first opened */
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (ui_test_find_descendant (job_button, GTK_TYPE_MENU_BUTTON, 0))));
  gtk_menu_button_popup (GTK_MENU_BUTTON (ui_test_find_descendant (job_button, GTK_TYPE_MENU_BUTTON, 0)));
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_descendant (job_button, GTK_TYPE_SEARCH_ENTRY, 0)), "designer");
  gtk_widget_activate_action (ui_test_find_descendant (job_button, GTK_TYPE_LIST_VIEW, 0), "list.activate-item", "u", 0);
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_row (page, "First name")), "Margaret");
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_row (page, "Last name")), "Hamilton");
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_row (page, "Email address")), "margaret@example.com");
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_row (page, "Amount")), "7000");
  adw_combo_row_set_selected (ADW_COMBO_ROW (ui_test_find_row (page, "Per")), 1);

  gtk_widget_activate_action (page, "candidate.submit", NULL);
  ui_test_wait_for (shows_result, page, "the demo submission");
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (ui_test_find_descendant (page, ADW_TYPE_STATUS_PAGE, 0))),
                   ==, "Margaret Hamilton Was Submitted");
  ui_test_find_row (ui_test_find_group (page, "Warnings"),
                    "The demo ATS has no salary field: the salary expectations were added as a note.");
  g_assert_true (gtk_widget_get_visible (ui_test_find_row (page, "Open in the Applicant Tracking System")));

  /* One click on to tag the same candidate */
  g_signal_emit_by_name (ui_test_find_label (page, "Add _Tag"), "clicked");
  tag_page = shortlist_window_get_page (SHORTLIST_WINDOW (window), "tags");
  chooser = ui_test_child (tag_page, SHORTLIST_TYPE_TAG_PAGE, "chooser");
  ui_test_wait_for (candidate_found, chooser, "the candidate on the tag page");
  created = g_list_model_get_item (shortlist_candidate_chooser_get_chosen (SHORTLIST_CANDIDATE_CHOOSER (chooser)), 0);
  created_ref = G_OBJECT (created);
  gtk_editable_set_text (GTK_EDITABLE (ui_test_child (tag_page, SHORTLIST_TYPE_TAG_PAGE, "tag_row")), "Excellent fit");
  gtk_widget_activate_action (tag_page, "tag.add", NULL);
  ui_test_wait_for (tag_added, ui_test_find_row (chooser, "Margaret Hamilton"), "the tag");

  /* The demo ATS has it all, on the page "Open in ATS" shows */
  remote_url = kombo_candidate_record_get_remote_url (created);
  g_assert_true (g_str_has_prefix (remote_url, "http://127.0.0.1:"));
  message = soup_message_new ("GET", remote_url);
  soup_session_send_and_read_async (session, message, G_PRIORITY_DEFAULT, NULL, page_fetched_cb, &html);
  ui_test_wait_for (bytes_arrived, &html, "the demo ATS page");
  text = g_strndup (g_bytes_get_data (html, NULL), g_bytes_get_size (html));
  g_assert_nonnull (strstr (text, "<h1>Margaret Hamilton</h1>"));
  g_assert_nonnull (strstr (text, "<li>Product Designer</li>"));
  g_assert_nonnull (strstr (text, "<li>Excellent fit</li>"));

  /* A pasted list: each found once, what is not found left in the entry, which keeps the focus */
  {
    GtkWidget *entry = shortlist_candidate_chooser_get_entry (SHORTLIST_CANDIDATE_CHOOSER (chooser));
    GtkWidget *focus;

    gtk_widget_grab_focus (entry);
    gtk_editable_set_text (GTK_EDITABLE (entry), "grace.hopper@example.com, nobody@example.org;\nALAN.TURING@example.org  grace.hopper@example.com");
    g_signal_emit_by_name (entry, "apply");
    ui_test_wait_for (lookups_done, entry, "the lookups");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "nobody@example.org");
    g_assert_cmpstr (ui_test_row_error (entry), ==, "No candidate with this Kombo ID or email address is in Demo ATS.");
    g_assert_cmpuint (g_list_model_get_n_items (shortlist_candidate_chooser_get_chosen (SHORTLIST_CANDIDATE_CHOOSER (chooser))), ==, 3);
    ui_test_find_row (chooser, "Grace Hopper");
    ui_test_find_row (chooser, "Alan Turing");
    focus = gtk_window_get_focus (GTK_WINDOW (window));
    g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));
  }

  /* A spreadsheet saved as CSV, with a byte order mark: its addresses are looked up, the rest ignored */
  {
    GtkWidget       *entry = shortlist_candidate_chooser_get_entry (SHORTLIST_CANDIDATE_CHOOSER (chooser));
    g_autofree char *path = test_write_file ("candidates.csv",
                                             "\xEF\xBB\xBF"
                                             "Name;Email;Notes\r\n"
                                             "Katherine Johnson;katherine.johnson@example.net;\"Met at a conference; strong, \"\"senior\"\"\"\r\n"
                                             "Grace Hopper;grace.hopper@example.com;\r\n",
                                             -1);
    g_autoptr (GFile) file = g_file_new_for_path (path);
    gpointer four[] = { chooser, GUINT_TO_POINTER (4) };

    gtk_editable_set_text (GTK_EDITABLE (entry), "");
    shortlist_candidate_chooser_open_files (SHORTLIST_CANDIDATE_CHOOSER (chooser), &file, 1);
    ui_test_wait_for (n_chosen_is, four, "the candidates of the file");
    ui_test_find_row (chooser, "Katherine Johnson");
    g_assert_null (ui_test_row_error (entry));
  }

  /* A file with nobody in it says so */
  {
    GtkWidget       *entry = shortlist_candidate_chooser_get_entry (SHORTLIST_CANDIDATE_CHOOSER (chooser));
    g_autofree char *path = test_write_file ("notes.txt", "Nothing here but words.\n", -1);
    g_autoptr (GFile) file = g_file_new_for_path (path);

    shortlist_candidate_chooser_open_files (SHORTLIST_CANDIDATE_CHOOSER (chooser), &file, 1);
    ui_test_wait_for (entry_has_error, entry, "the file to be read");
    g_assert_cmpstr (ui_test_row_error (entry), ==, "“notes.txt” has no email addresses or Kombo IDs.");
  }

  ui_test_destroy_window (GTK_WINDOW (window), NULL);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/shortlist/demo/submit-and-tag", test_demo);

  return g_test_run ();
}
