/* test-shortlist-application.c: "shortlist --demo FILE" opens the demo with the file as the CV */
#include "config.h"

#include "shortlist-application.h"
#include "shortlist-candidate-page.h"
#include "shortlist-history-page.h"
#include "shortlist-store.h"
#include "ui-test-util.h"

static gboolean
check_cb (gpointer user_data)
{
  GApplication *app = user_data;
  GtkWindow    *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GtkWidget    *page;
  GtkWidget    *list;

  if (window == NULL || !SHORTLIST_IS_WINDOW (window))
    return G_SOURCE_CONTINUE;

  page = ui_test_child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "candidate_page");
  list = ui_test_find_descendant (ui_test_find_group (page, "Attachments"), GTK_TYPE_LIST_BOX, 0);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Jane Doe CV.pdf") == 0)
      {
        /* Attached as the CV, in the demo, which says so */
        g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (ui_test_find_descendant (row, GTK_TYPE_DROP_DOWN, 0))), ==, 0);
        g_assert_cmpstr (gtk_window_get_title (window), ==, "Shortlist (Demo)");
        g_object_set_data (G_OBJECT (app), "checked", GINT_TO_POINTER (TRUE));
        /* From the demo bar to connecting a real account: a new window, without "Demo" */
        g_action_group_activate_action (G_ACTION_GROUP (app), "leave-demo", NULL);
        return G_SOURCE_REMOVE;
      }
  return G_SOURCE_CONTINUE;
}

static gboolean
left_demo_cb (gpointer user_data)
{
  GApplication *app = user_data;
  GtkWindow    *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GtkWidget    *stack;

  if (!GPOINTER_TO_INT (g_object_get_data (G_OBJECT (app), "checked")) || window == NULL ||
      g_strcmp0 (gtk_window_get_title (window), "Shortlist") != 0)
    return G_SOURCE_CONTINUE;

  stack = ui_test_child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "main_stack");
  if (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (stack)), "connect") != 0)
    return G_SOURCE_CONTINUE;

  g_assert_false (gtk_widget_get_visible (ui_test_child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "demo_bar")));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  g_object_set_data (G_OBJECT (app), "left-demo", GINT_TO_POINTER (TRUE));
  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  g_error ("The file was not attached");
  return G_SOURCE_REMOVE;
}

static void
test_open_file (void)
{
  g_autofree char *path = test_write_file ("Jane Doe CV.pdf", "%PDF-1.4 Jane", -1);
  g_autoptr (ShortlistApplication) app = shortlist_application_new ();
  char *argv[] = { (char *) "shortlist", (char *) "--demo", path, NULL };
  guint timeout = g_timeout_add_seconds (20, timeout_cb, NULL);

  /* Removes itself once the file is seen */
  g_timeout_add (100, check_cb, app);
  g_timeout_add (100, left_demo_cb, app);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);
  g_assert_true (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (app), "checked")));
  g_assert_true (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (app), "left-demo")));
  g_source_remove (timeout);
}

static void
add_entry (ShortlistStore *store,
           gint64          sent,
           const char     *name)
{
  g_autoptr (ShortlistHistoryEntry) entry = shortlist_history_entry_new ();
  GAsyncResult *result = NULL;

  entry->sent = sent;
  entry->integration_id = g_strdup ("demo:demo");
  entry->job_name = g_strdup ("Product Designer");
  entry->name = g_strdup (name);
  entry->outcome = SHORTLIST_SENT_CREATED;
  shortlist_store_add_history_async (store, entry, NULL, test_store_result, &result);
  g_assert_cmpint (shortlist_store_add_history_finish (store, test_wait (&result), NULL), >, 0);
  g_object_unref (result);
}

static gboolean
purged_cb (gpointer user_data)
{
  GApplication *app = user_data;
  GtkWindow    *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GtkWidget    *list;
  GtkWidget    *first;

  if (window == NULL || !SHORTLIST_IS_WINDOW (window))
    return G_SOURCE_CONTINUE;
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "history");
  list = ui_test_child (shortlist_window_get_page (SHORTLIST_WINDOW (window), "history"), SHORTLIST_TYPE_HISTORY_PAGE, "list");
  first = gtk_widget_get_first_child (list);
  if (first == NULL || gtk_widget_get_next_sibling (first) != NULL)
    return G_SOURCE_CONTINUE;
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==, "Recent Candidate");
  g_object_set_data (G_OBJECT (app), "purged", GINT_TO_POINTER (TRUE));
  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

static gboolean
not_purged_cb (gpointer user_data)
{
  g_error ("The history was not purged");
  return G_SOURCE_REMOVE;
}

/* At start, submissions older than the history is kept for (a year unless changed) go */
static void
test_purge_at_start (void)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "shortlist", "demo", NULL);
  g_autoptr (ShortlistStore) store = shortlist_store_new (folder);
  g_autoptr (ShortlistApplication) app = shortlist_application_new ();
  char         *argv[] = { (char *) "shortlist", (char *) "--demo", NULL };
  GAsyncResult *result = NULL;
  gint64        now = g_get_real_time ();
  guint         timeout;

  g_assert_true (g_str_has_prefix (folder, test_get_tmp_dir ()));
  shortlist_store_open_async (store, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_open_finish (store, test_wait (&result), NULL, NULL));
  g_clear_object (&result);
  add_entry (store, now - 400 * G_TIME_SPAN_DAY, "Old Candidate");
  add_entry (store, now - 300 * G_TIME_SPAN_DAY, "Recent Candidate");
  shortlist_store_close (store);

  timeout = g_timeout_add_seconds (20, not_purged_cb, NULL);
  g_timeout_add (100, purged_cb, app);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, argv), ==, 0);
  g_assert_true (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (app), "purged")));
  g_source_remove (timeout);
}

static GtkWidget *
first_name_row (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GtkWidget *page;

  if (window == NULL || !SHORTLIST_IS_WINDOW (window))
    return NULL;
  /* Drafts are kept once the History tab shows */
  if (!adw_view_stack_page_get_visible (adw_view_stack_get_page (ADW_VIEW_STACK (ui_test_child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "view_stack")),
                                                                 ui_test_child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "history_bin"))))
    return NULL;
  page = ui_test_child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "candidate_page");
  return ui_test_find_row (page, "First name");
}

/* Types a name and presses Ctrl+Q at once, before the autosave's second is up */
static gboolean
type_and_quit_cb (gpointer user_data)
{
  GApplication *app = user_data;
  GtkWidget    *row = first_name_row (app);

  if (row == NULL)
    return G_SOURCE_CONTINUE;
  gtk_editable_set_text (GTK_EDITABLE (row), "Quentin");
  gtk_widget_activate_action (row, "app.quit", NULL);
  return G_SOURCE_REMOVE;
}

static gboolean
restored_cb (gpointer user_data)
{
  GApplication *app = user_data;
  GtkWidget    *row = first_name_row (app);

  if (row == NULL || g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), "Quentin") != 0)
    return G_SOURCE_CONTINUE;
  g_object_set_data (G_OBJECT (app), "restored", GINT_TO_POINTER (TRUE));
  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

static gboolean
not_restored_cb (gpointer user_data)
{
  g_error ("The draft typed before Ctrl+Q did not come back");
  return G_SOURCE_REMOVE;
}

/* Ctrl+Q keeps what was typed, silently, and the next start shows it */
static void
test_quit_keeps_draft (void)
{
  char *argv[] = { (char *) "shortlist", (char *) "--demo", NULL };
  guint timeout = g_timeout_add_seconds (20, not_restored_cb, NULL);

  {
    g_autoptr (ShortlistApplication) app = shortlist_application_new ();

    g_timeout_add (100, type_and_quit_cb, app);
    g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, argv), ==, 0);
    /* No dialog asked anything: the application is gone */
    g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (app)));
  }
  {
    g_autoptr (ShortlistApplication) app = shortlist_application_new ();

    g_timeout_add (100, restored_cb, app);
    g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, argv), ==, 0);
    g_assert_true (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (app), "restored")));
  }
  g_source_remove (timeout);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/shortlist/application/open-file", test_open_file);
  g_test_add_func ("/shortlist/application/purge-at-start", test_purge_at_start);
  g_test_add_func ("/shortlist/application/quit-keeps-draft", test_quit_keeps_draft);

  return g_test_run ();
}
