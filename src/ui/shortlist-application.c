/* shortlist-application.c: the application: command line, actions, and the one account
 *
 *   shortlist [FILE…]          files to attach as the candidate's CV
 *   shortlist --demo           work with the built-in demo server
 *   shortlist --try-demo       the demo, unless an API key is stored
 *   shortlist --api-url URL    another Kombo-compatible server, for this run
 */
#define G_LOG_DOMAIN "shortlist-application"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-account.h"
#include "shortlist-application.h"
#include "shortlist-debug.h"
#include "shortlist-compat.h"
#include "shortlist-preferences-dialog.h"
#include "shortlist-store.h"
#include "shortlist-history-page.h"
#include "shortlist-window.h"

struct _ShortlistApplication
{
  AdwApplication parent_instance;

  GSettings         *settings;
  ShortlistAccount  *account;
  ShortlistFollower *follower; /* where each candidate submitted stands */
  ShortlistStore    *store;
  gboolean           store_opened;
  gboolean           demo;
  gboolean           try_demo;
  char              *api_url;
  gboolean           loaded;
  GPtrArray         *pending_files; /* opened before the account was ready */
};

G_DEFINE_FINAL_TYPE (ShortlistApplication, shortlist_application, ADW_TYPE_APPLICATION)

static ShortlistWindow *
get_window (ShortlistApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (shortlist_window_new (ADW_APPLICATION (self), self->settings));
      shortlist_debug_watch_window (window);
      if (self->loaded)
        {
          shortlist_window_set_account (SHORTLIST_WINDOW (window), self->account);
          shortlist_window_set_follower (SHORTLIST_WINDOW (window), self->follower);
        }
    }
  return SHORTLIST_WINDOW (window);
}

static void
purged_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  if (!shortlist_store_finish (SHORTLIST_STORE (object), result, &error))
    g_warning ("The old history could not be deleted: %s", error->message);
}

/* Submissions older than the recruiter keeps history for go, at start and when that changes */
static void
purge_history (ShortlistApplication *self)
{
  guint days = g_settings_get_uint (self->settings, "keep-history");

  if (self->store_opened && days > 0)
    shortlist_store_forget_async (self->store, g_get_real_time () - days * G_TIME_SPAN_DAY, FALSE, NULL, purged_cb, NULL);
}

static void
store_opened_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr (ShortlistApplication) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *notice = NULL;
  GtkWindow       *window;

  if (SHORTLIST_STORE (object) != self->store)
    return;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (!shortlist_store_open_finish (self->store, result, &notice, &error))
    {
      /* TRANSLATORS: %s says why; Shortlist goes on, keeping what is typed in memory */
      notice = g_strdup_printf (_ ("Drafts cannot be kept on this computer: %s"), error->message);
    }
  else
    self->store_opened = TRUE;
  /* Every page reaches it through the account: drafts, the history, and the open jobs, to
   * show at once at the next start */
  if (self->store_opened && self->account != NULL)
    shortlist_account_set_store (self->account, self->store);
  purge_history (self);
  if (notice != NULL)
    g_message ("%s", notice);
  if (notice != NULL && SHORTLIST_IS_WINDOW (window))
    shortlist_window_show_notice (SHORTLIST_WINDOW (window), notice);
}

/* Drafts of the demo are kept apart from real ones */
static void
open_store (ShortlistApplication *self)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "shortlist", self->demo ? "demo" : NULL, NULL);

  g_clear_object (&self->store);
  self->store_opened = FALSE;
  self->store = shortlist_store_new (folder);
  shortlist_store_open_async (self->store, NULL, store_opened_cb, g_object_ref (self));
}

static void
open_pending_files (ShortlistApplication *self)
{
  if (self->pending_files->len == 0 || !shortlist_account_get_ready (self->account))
    return;
  shortlist_window_open_files (get_window (self), (GFile **) self->pending_files->pdata, self->pending_files->len);
  g_ptr_array_set_size (self->pending_files, 0);
}

static void load_account (ShortlistApplication *self);

/* A candidate submitted moved in the ATS: said in a notification, which opens the submission */
static void
moved_cb (ShortlistApplication *self,
          GPtrArray            *entries)
{
  if (!g_settings_get_boolean (self->settings, "notify-moves"))
    return;
  for (guint i = 0; i < entries->len; i++)
    {
      ShortlistHistoryEntry *entry = entries->pdata[i];
      g_autoptr (GNotification) notification = NULL;
      g_autofree char *title = shortlist_history_entry_dup_move (entry);
      /* One a submission: a later move of the same candidate replaces it */
      g_autofree char *id = g_strdup_printf ("moved-%" G_GINT64_FORMAT, entry->id);

      notification = g_notification_new (title);
      g_notification_set_body (notification, _ ("Open the submission in Shortlist’s history."));
      g_notification_set_default_action_and_target (notification, "app.show-submission", "x", entry->id);
      g_application_send_notification (G_APPLICATION (self), id, notification);
    }
}

static void
account_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr (ShortlistApplication) self = user_data;
  g_autoptr (GError) error = NULL;
  ShortlistWindow *window;

  if (!shortlist_account_load_finish (SHORTLIST_ACCOUNT (object), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_application_release (G_APPLICATION (self));
      return;
    }

  /* With no key to work with, show what Shortlist does rather than a form to fill */
  if (error == NULL && self->try_demo && !self->demo && !shortlist_account_get_has_key (self->account))
    {
      self->demo = TRUE;
      g_application_release (G_APPLICATION (self));
      load_account (self);
      return;
    }

  /* Before marking the account loaded, or a new window would be given it twice */
  window = get_window (self);
  self->loaded = TRUE;
  shortlist_window_set_account (window, self->account);
  /* Where the candidates submitted stand: asked now, and every half hour */
  self->follower = shortlist_follower_new (self->account);
  g_signal_connect_object (self->follower, "moved", G_CALLBACK (moved_cb), self, G_CONNECT_SWAPPED);
  shortlist_window_set_follower (window, self->follower);
  shortlist_follower_start (self->follower);
  if (error != NULL)
    shortlist_window_show_error (window, error);
  gtk_window_present (GTK_WINDOW (window));
  open_pending_files (self);
  g_signal_connect_object (self->account, "notify::ready", G_CALLBACK (open_pending_files), self, G_CONNECT_SWAPPED);
  g_application_release (G_APPLICATION (self));
}

static void
load_account (ShortlistApplication *self)
{
  g_clear_object (&self->follower);
  g_clear_object (&self->account);
  self->account = shortlist_account_new (self->settings, self->demo, self->api_url);
  open_store (self);
  g_application_hold (G_APPLICATION (self));
  shortlist_account_load_async (self->account, NULL, account_loaded_cb, g_object_ref (self));
}

static void
shortlist_application_activate (GApplication *application)
{
  ShortlistApplication *self = SHORTLIST_APPLICATION (application);

  gtk_window_present (GTK_WINDOW (get_window (self)));
}

static void
shortlist_application_open (GApplication *application,
                            GFile       **files,
                            int           n_files,
                            const char   *hint)
{
  ShortlistApplication *self = SHORTLIST_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    g_ptr_array_add (self->pending_files, g_object_ref (files[i]));
  gtk_window_present (GTK_WINDOW (get_window (self)));
  if (self->loaded)
    open_pending_files (self);
}

static int
shortlist_application_handle_local_options (GApplication *application,
                                            GVariantDict *options)
{
  ShortlistApplication *self = SHORTLIST_APPLICATION (application);
  const char           *api_url = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "Shortlist", PACKAGE_VERSION);
      return 0;
    }

  self->demo = g_variant_dict_contains (options, "demo");
  self->try_demo = g_variant_dict_contains (options, "try-demo");
  if (g_variant_dict_lookup (options, "api-url", "&s", &api_url))
    {
      g_autoptr (GError) error = NULL;

      if (!kombo_check_base_url (api_url, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      self->api_url = g_strdup (api_url);
    }

  /* A demo or a test server is a session of its own, beside a running Shortlist */
  if (self->demo || self->try_demo || self->api_url != NULL)
    g_application_set_flags (application, g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static void
shortlist_application_startup (GApplication *application)
{
  ShortlistApplication *self = SHORTLIST_APPLICATION (application);

  G_APPLICATION_CLASS (shortlist_application_parent_class)->startup (application);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::keep-history", G_CALLBACK (purge_history), self, G_CONNECT_SWAPPED);
  load_account (self);
}

static void
shortlist_application_shutdown (GApplication *application)
{
  ShortlistApplication *self = SHORTLIST_APPLICATION (application);

  g_clear_object (&self->account);
  /* The saves asked for until now reach the disk before Shortlist ends */
  if (self->store != NULL)
    shortlist_store_close (self->store);
  g_clear_object (&self->store);

  G_APPLICATION_CLASS (shortlist_application_parent_class)->shutdown (application);
}

static void
shortlist_application_finalize (GObject *object)
{
  ShortlistApplication *self = (ShortlistApplication *) object;

  g_clear_object (&self->settings);
  g_clear_object (&self->follower);
  g_clear_object (&self->account);
  g_clear_object (&self->store);
  g_clear_pointer (&self->pending_files, g_ptr_array_unref);
  g_free (self->api_url);

  G_OBJECT_CLASS (shortlist_application_parent_class)->finalize (object);
}

static void
shortlist_application_class_init (ShortlistApplicationClass *klass)
{
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = shortlist_application_finalize;
  app_class->activate = shortlist_application_activate;
  app_class->open = shortlist_application_open;
  app_class->handle_local_options = shortlist_application_handle_local_options;
  app_class->startup = shortlist_application_startup;
  app_class->shutdown = shortlist_application_shutdown;
}

static void
about_cb (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  ShortlistApplication *self = user_data;
  const char           *developers[] = { "The Shortlist developers", NULL };
  GtkWidget            *about;

  about = shortlist_about_new ("application-name", _ ("Shortlist"),
                               "application-icon", APP_ID,
                               "developer-name", _ ("The Shortlist developers"),
                               "version", PACKAGE_VERSION,
                               "website", "https://github.com/shortlist/shortlist",
                               "issue-url", "https://github.com/shortlist/shortlist/issues",
                               "comments", _ ("Submit candidates to your clients’ applicant tracking systems through Kombo."),
                               "license-type", GTK_LICENSE_GPL_3_0,
                               "copyright", _ ("© 2026 The Shortlist developers"),
                               "release-notes-version", PACKAGE_VERSION,
                               "release-notes", _ ("<p>Built for GNOME 51: Shortlist now uses the dialogs, breakpoints and spinner of the current libadwaita, and is tested on the toolkit the Flatpak runs on.</p>"
                                                   "<ul><li>Preferences, About, the keyboard shortcuts and every question open as dialogs inside the window.</li>"
                                                   "<li>On a narrow window the pages are switched at the bottom, and the system’s name gives way to an icon.</li>"
                                                   "<li>Quitting no longer crashes on the GNOME runtime.</li>"
                                                   "<li>A screen reader no longer stops on a choice’s value or an empty page’s scrolled area.</li></ul>"),
                               "developers", developers,
                               /* TRANSLATORS: put your names here, one per line */
                               "translator-credits", _ ("translator-credits"),
                               NULL);
  shortlist_present_dialog (about, GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))));
}

static void
preferences_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  ShortlistApplication *self = user_data;
  GtkWindow            *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (!self->loaded)
    return;
  shortlist_present_dialog (shortlist_preferences_dialog_new (self->account), GTK_WIDGET (parent));
}

static void
quit_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  ShortlistApplication *self = user_data;
  /* A copy: a window that closes leaves the application's list, and with it its link */
  g_autolist (GtkWindow) windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                                                     (GCopyFunc) (void (*) (void)) g_object_ref, NULL);

  /* Closing each window saves its size */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_application_quit (G_APPLICATION (self));
}

/* Starts over with another account, in a new window: the demo's and a real one's never mix */
static void
switch_mode (ShortlistApplication *self,
             gboolean              demo)
{
  GtkWindow *old = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (!self->loaded || self->demo == demo)
    return;

  self->demo = demo;
  self->try_demo = FALSE;
  self->loaded = FALSE;
  load_account (self);
  /* Closing, not destroying, keeps what was typed there */
  if (old != NULL)
    gtk_window_close (old);
}

static void
demo_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  switch_mode (user_data, TRUE);
}

static void
leave_demo_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  switch_mode (user_data, FALSE);
}

static void
show_submission_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  ShortlistWindow *window = get_window (user_data);

  gtk_window_present (GTK_WINDOW (window));
  shortlist_window_show_submission (window, g_variant_get_int64 (parameter));
}

static const GActionEntry app_actions[] = {
  { "show-submission", show_submission_cb, "x" },
  { "about", about_cb },
  { "preferences", preferences_cb },
  { "quit", quit_cb },
  { "demo", demo_cb },
  { "leave-demo", leave_demo_cb },
};

static void
shortlist_application_init (ShortlistApplication *self)
{
  const GOptionEntry options[] = {
    { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_ ("Work with a made-up applicant tracking system on this computer; nothing is sent to Kombo"), NULL },
    { "try-demo", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_ ("Start the demo when no API key is stored"), NULL },
    { "api-url", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_ ("Use another Kombo-compatible server, such as a proxy or a test server"), N_ ("URL") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_ ("Show the version"), NULL },
    { NULL }
  };
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *close_accels[] = { "<Control>w", NULL };
  const char *preferences_accels[] = { "<Control>comma", NULL };
  const char *shortcuts_accels[] = { "<Control>question", NULL };

  self->pending_files = g_ptr_array_new_with_free_func (g_object_unref);
  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _ ("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _ ("Submit candidates to applicant tracking systems through Kombo. Files given are attached as the candidate’s CV."));

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  /* The shortcuts window is built when first asked for (see shortlist-window.c), not with every window */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay", shortcuts_accels);
}

ShortlistApplication *
shortlist_application_new (void)
{
  return g_object_new (SHORTLIST_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", "/io/github/shortlist/Shortlist",
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}
