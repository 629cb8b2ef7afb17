/* shortlist-compat.c: calls whose GTK API changed after 4.8, in one place for both sides
 *
 * Debian 12 has GTK 4.8 and libadwaita 1.2; the GNOME runtime has the file dialog, URI
 * launcher, dialogs inside the window (alert, preferences, about, shortcuts), breakpoints and
 * spinner that replace GtkFileChooserNative, gtk_show_uri(), AdwMessageDialog, the
 * preferences and about windows, GtkShortcutsWindow, AdwViewSwitcherTitle and GtkSpinner,
 * which it warns about. Both builds go through here.
 */
#define G_LOG_DOMAIN "shortlist-compat"

#include "config.h"

#include <glib/gi18n.h>

#include "kombo.h"
#include "shortlist-compat.h"
#if !ADW_CHECK_VERSION(1, 4, 0)
#include "shortlist-narrow-bin.h"
#include "shortlist-reflow-layout.h"
#endif

static GListModel *
new_filters (gboolean documents)
{
  GListStore    *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  GtkFileFilter *filter;
  const char    *types[] = {
       "application/pdf",
       "application/msword",
       "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
       "application/vnd.oasis.opendocument.text",
       "application/rtf",
       "text/plain",
  };

  if (documents)
    {
      filter = gtk_file_filter_new ();
      gtk_file_filter_set_name (filter, _ ("Documents"));
      for (guint i = 0; i < G_N_ELEMENTS (types); i++)
        gtk_file_filter_add_mime_type (filter, types[i]);
      g_list_store_append (filters, filter);
      g_object_unref (filter);
    }
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _ ("All Files"));
  gtk_file_filter_add_pattern (filter, "*");
  g_list_store_append (filters, filter);
  g_object_unref (filter);
  return G_LIST_MODEL (filters);
}

static GPtrArray *
files_from_model (GListModel *files)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; files != NULL && i < g_list_model_get_n_items (files); i++)
    g_ptr_array_add (array, g_list_model_get_item (files, i));
  return array;
}

#if GTK_CHECK_VERSION(4, 10, 0)

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GListModel) files = gtk_file_dialog_open_multiple_finish (GTK_FILE_DIALOG (object), result, NULL);

  /* Dismissing the dialog is not an error, only nothing chosen */
  g_task_return_pointer (task, files_from_model (files), (GDestroyNotify) g_ptr_array_unref);
}

static void
opened_one_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  GFile     *file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, NULL);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  if (file != NULL)
    g_ptr_array_add (files, file);
  g_task_return_pointer (task, files, (GDestroyNotify) g_ptr_array_unref);
}

#else

static void
response_cb (GtkNativeDialog *dialog,
             int              response,
             gpointer         user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GListModel) files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
  g_task_return_pointer (task, files_from_model (files), (GDestroyNotify) g_ptr_array_unref);
  g_object_unref (dialog);
}

#endif

/**
 * shortlist_choose_files:
 * @documents: whether to offer a filter for the kinds of document ATSs take (CV, letters)
 * @multiple: whether several files can be chosen at once
 *
 * Asks for files, through the portal where there is one.
 */
void
shortlist_choose_files (GtkWidget          *parent,
                        const char         *title,
                        const char         *accept_label,
                        gboolean            documents,
                        gboolean            multiple,
                        GCancellable       *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer            user_data)
{
  GTask     *task = g_task_new (parent, cancellable, callback, user_data);
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (parent));
  g_autoptr (GListModel) filters = new_filters (documents);

#if GTK_CHECK_VERSION(4, 10, 0)
  g_autoptr (GtkFileDialog) dialog = gtk_file_dialog_new ();

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_accept_label (dialog, accept_label);
  gtk_file_dialog_set_filters (dialog, filters);
  gtk_file_dialog_set_modal (dialog, TRUE);
  if (multiple)
    gtk_file_dialog_open_multiple (dialog, window, cancellable, opened_cb, task);
  else
    gtk_file_dialog_open (dialog, window, cancellable, opened_one_cb, task);
#else
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (title, window, GTK_FILE_CHOOSER_ACTION_OPEN,
                                                              accept_label, _ ("_Cancel"));

  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), multiple);
  for (guint i = 0; i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr (GtkFileFilter) filter = g_list_model_get_item (filters, i);

      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
#endif
}

/* Returns: (transfer full) (element-type GFile): the files chosen; empty when none were */
GPtrArray *
shortlist_choose_files_finish (GAsyncResult *result)
{
  return g_task_propagate_pointer (G_TASK (result), NULL);
}

/* Opens @uri with the desktop's handler for it, if it is a web link (kombo_is_safe_link()):
 * a server's file: or javascript: link is never handed on */
void
shortlist_show_uri (GtkWidget  *parent,
                    const char *uri)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (parent));

  if (!kombo_is_safe_link (uri))
    {
      g_debug ("Not opening a link that is not https: %s", uri ? uri : "(none)");
      return;
    }

#if GTK_CHECK_VERSION(4, 10, 0)
  {
    g_autoptr (GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

    gtk_uri_launcher_launch (launcher, window, NULL, NULL, NULL);
  }
#else
  gtk_show_uri (window, uri, GDK_CURRENT_TIME);
#endif
}

static void
confirm_response_cb (GObject    *dialog,
                     const char *response,
                     GTask      *task)
{
  g_task_return_boolean (task, g_strcmp0 (response, "confirm") == 0);
  g_object_unref (task);
}

/**
 * shortlist_confirm_async:
 * @confirm_label: the destructive choice, such as "_Discard"; the other one is the default
 *
 * Asks before something is thrown away.
 */
void
shortlist_confirm_async (GtkWidget          *parent,
                         const char         *heading,
                         const char         *body,
                         const char         *keep_label,
                         const char         *confirm_label,
                         GAsyncReadyCallback callback,
                         gpointer            user_data)
{
  GTask *task = g_task_new (parent, NULL, callback, user_data);

#if ADW_CHECK_VERSION(1, 5, 0)
  AdwDialog *dialog = adw_alert_dialog_new (heading, body);

  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog), "keep", keep_label, "confirm", confirm_label, NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "confirm", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "keep");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), task);
  adw_dialog_present (dialog, parent);
#else
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (parent)), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "keep", keep_label, "confirm", confirm_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "confirm", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), task);
  gtk_window_present (GTK_WINDOW (dialog));
#endif
}

/* Returns: whether the destructive choice was made */
gboolean
shortlist_confirm_finish (GAsyncResult *result)
{
  return g_task_propagate_boolean (G_TASK (result), NULL);
}

#if ADW_CHECK_VERSION(1, 3, 0)
static void
banner_button_cb (AdwBanner  *banner,
                  const char *action_name)
{
  gtk_widget_activate_action (GTK_WIDGET (banner), action_name, NULL);
}
#endif

/**
 * shortlist_toast_new:
 * @text: what the toast says, as it is: a server's error, a file's or a person's name
 *
 * The one way Shortlist makes a toast. A toast's title is markup to libadwaita, and no text
 * from a server or a file may ever be: a "&" would blank it and a link in it would open
 * whatever it names. From libadwaita 1.4 the toast is told so; before, the text is escaped.
 *
 * Returns: (transfer floating): the toast
 */
AdwToast *
shortlist_toast_new (const char *text)
{
#if ADW_CHECK_VERSION(1, 4, 0)
  AdwToast *toast = adw_toast_new ("");

  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_set_title (toast, text);
  return toast;
#else
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
#endif
}

/* A status page's description is markup on every libadwaita: @text is said as it is */
void
shortlist_status_page_set_text (AdwStatusPage *page,
                                const char    *text)
{
  g_autofree char *escaped = text ? g_markup_escape_text (text, -1) : NULL;

  adw_status_page_set_description (page, escaped);
}

/* Says @title in a banner made by shortlist_banner_new(), as it is */
void
shortlist_banner_set_title (GtkWidget  *banner,
                            const char *title)
{
#if ADW_CHECK_VERSION(1, 3, 0)
  adw_banner_set_title (ADW_BANNER (banner), title);
#else
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (banner)), title);
#endif
}

/**
 * shortlist_banner_new:
 * @title: what the banner says, in a sentence
 * @button_label: its button, with a mnemonic
 * @action_name: what the button does
 *
 * Returns: (transfer floating): an #AdwBanner where libadwaita has one (1.3); before, a bar
 *   styled as one, in the window's colours rather than a saturated one
 */
GtkWidget *
shortlist_banner_new (const char *title,
                      const char *button_label,
                      const char *action_name)
{
#if ADW_CHECK_VERSION(1, 3, 0)
  AdwBanner *banner = ADW_BANNER (adw_banner_new (title));

  /* Said as it is, never markup */
  adw_banner_set_use_markup (banner, FALSE);
  adw_banner_set_button_label (banner, button_label);
  adw_banner_set_revealed (banner, TRUE);
  g_signal_connect_data (banner, "button-clicked", G_CALLBACK (banner_button_cb), g_strdup (action_name),
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  return GTK_WIDGET (banner);
#else
  /* Side by side where there is room, the button under the text in a narrow window */
  g_autoptr (GtkLayoutManager) layout = shortlist_reflow_layout_new (12);
  GtkWidget *bar = g_object_new (GTK_TYPE_BOX, "layout-manager", layout, NULL);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *button = gtk_button_new_with_mnemonic (button_label);

  gtk_widget_add_css_class (bar, "banner");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "heading");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (bar), label);
  gtk_box_append (GTK_BOX (bar), button);
  return bar;
#endif
}

/**
 * shortlist_present_dialog:
 * @dialog: an #AdwDialog where libadwaita has them (1.5), else a #GtkWindow
 * @parent: the widget it is about
 *
 * Shows @dialog over the window of @parent, modal to it.
 */
void
shortlist_present_dialog (GtkWidget *dialog,
                          GtkWidget *parent)
{
#if ADW_CHECK_VERSION(1, 5, 0)
  adw_dialog_present (ADW_DIALOG (dialog), parent);
#else
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (parent)));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  /* It goes with the window it is over, even while a call it made runs */
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
#endif
}

/* Closes @dialog, shown with shortlist_present_dialog(), whatever it would say to closing */
void
shortlist_close_dialog (GtkWidget *dialog)
{
#if ADW_CHECK_VERSION(1, 5, 0)
  adw_dialog_force_close (ADW_DIALOG (dialog));
#else
  gtk_window_destroy (GTK_WINDOW (dialog));
#endif
}

void
shortlist_preferences_add_page (GtkWidget          *preferences,
                                AdwPreferencesPage *page)
{
#if ADW_CHECK_VERSION(1, 5, 0)
  adw_preferences_dialog_add (ADW_PREFERENCES_DIALOG (preferences), page);
#else
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (preferences), page);
#endif
}

/* Says @toast inside the preferences, where the window behind cannot be seen */
void
shortlist_preferences_add_toast (GtkWidget *preferences,
                                 AdwToast  *toast)
{
#if ADW_CHECK_VERSION(1, 5, 0)
  adw_preferences_dialog_add_toast (ADW_PREFERENCES_DIALOG (preferences), toast);
#else
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (preferences), toast);
#endif
}

/* Turns the preferences to the page called @name */
void
shortlist_preferences_show_page (GtkWidget  *preferences,
                                 const char *name)
{
#if ADW_CHECK_VERSION(1, 5, 0)
  adw_preferences_dialog_set_visible_page_name (ADW_PREFERENCES_DIALOG (preferences), name);
#else
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), name);
#endif
}

/**
 * shortlist_about_new:
 * @first_property_name: the first of #AdwAboutDialog's properties to set, then its value, and
 *   so on, ending with %NULL
 *
 * Returns: (transfer floating): the About dialog (an #AdwAboutWindow before libadwaita 1.5),
 *   to show with shortlist_present_dialog()
 */
GtkWidget *
shortlist_about_new (const char *first_property_name,
                     ...)
{
  GObject *about;
  va_list  args;

  va_start (args, first_property_name);
#if ADW_CHECK_VERSION(1, 5, 0)
  about = g_object_new_valist (ADW_TYPE_ABOUT_DIALOG, first_property_name, args);
#else
  about = g_object_new_valist (ADW_TYPE_ABOUT_WINDOW, first_property_name, args);
#endif
  va_end (args);
  return GTK_WIDGET (about);
}

/**
 * shortlist_show_shortcuts:
 *
 * Shows the keyboard shortcuts over @window: an #AdwShortcutsDialog (libadwaita 1.8), a
 * #GtkShortcutsWindow before. Either is built when first asked for, not with every window.
 */
void
shortlist_show_shortcuts (GtkApplicationWindow *window)
{
#if ADW_CHECK_VERSION(1, 8, 0)
  g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/shortlist/Shortlist/shortlist-shortcuts-dialog.ui");

  adw_dialog_present (ADW_DIALOG (gtk_builder_get_object (builder, "shortcuts_dialog")), GTK_WIDGET (window));
#else
  GtkWindow *overlay = g_object_get_data (G_OBJECT (window), "shortlist-shortcuts");

  if (overlay == NULL)
    {
      g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/shortlist/Shortlist/shortlist-shortcuts.ui");

      overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_window_set_transient_for (overlay, GTK_WINDOW (window));
      gtk_window_set_destroy_with_parent (overlay, TRUE);
      /* Kept for the next time, as GtkApplicationWindow keeps its help overlay */
      gtk_window_set_hide_on_close (overlay, TRUE);
      g_object_set_data (G_OBJECT (window), "shortlist-shortcuts", overlay);
    }
  gtk_window_present (overlay);
#endif
}

/* Shows @date's day in @calendar, and its month */
void
shortlist_calendar_select (GtkCalendar *calendar,
                           GDateTime   *date)
{
#if GTK_CHECK_VERSION(4, 20, 0)
  gtk_calendar_set_date (calendar, date);
#else
  gtk_calendar_select_day (calendar, date);
#endif
}

/* The main window's template: a toolbar view with a breakpoint for narrow windows where
 * libadwaita has them (1.4), the two view switchers of libadwaita 1.2 before */
const char *
shortlist_window_template (void)
{
#if ADW_CHECK_VERSION(1, 4, 0)
  return "/io/github/shortlist/Shortlist/shortlist-window.ui";
#else
  g_type_ensure (SHORTLIST_TYPE_NARROW_BIN);
  return "/io/github/shortlist/Shortlist/shortlist-window-adw-1-2.ui";
#endif
}

/* The window's title widget (title_widget in both templates) switches the pages where they
 * fit in the header bar. With libadwaita 1.2 it is an AdwViewSwitcherTitle, which shows the
 * window's title instead where they do not; from 1.4 it is a stack of an AdwViewSwitcher and
 * an AdwWindowTitle, and the window's breakpoints say where the pages do not fit. */

/* Whether the window of @title is too narrow for the pages' names in the header bar */
gboolean
shortlist_window_title_get_narrow (GtkWidget *title)
{
#if ADW_CHECK_VERSION(1, 4, 0)
  GtkRoot       *window = gtk_widget_get_root (title);
  AdwBreakpoint *breakpoint = ADW_IS_APPLICATION_WINDOW (window)
                                  ? adw_application_window_get_current_breakpoint (ADW_APPLICATION_WINDOW (window))
                                  : NULL;
  const char    *id = breakpoint ? gtk_buildable_get_buildable_id (GTK_BUILDABLE (breakpoint)) : NULL;

  /* shortlist-window.ui names the breakpoints that move the pages to the bottom narrow… */
  return id != NULL && g_str_has_prefix (id, "narrow");
#else
  return adw_view_switcher_title_get_title_visible (ADW_VIEW_SWITCHER_TITLE (title));
#endif
}

/* Calls @callback with @user_data, swapped, when the window turns narrow or wide */
void
shortlist_window_title_watch_narrow (GtkWidget *title,
                                     GCallback  callback,
                                     gpointer   user_data)
{
#if ADW_CHECK_VERSION(1, 4, 0)
  g_signal_connect_swapped (gtk_widget_get_root (title), "notify::current-breakpoint", callback, user_data);
#else
  g_signal_connect_swapped (title, "notify::title-visible", callback, user_data);
#endif
}

/* Whether there are pages to switch between: the header bar shows them where they fit, and
 * the window's title where they do not or where there are none */
void
shortlist_window_title_set_switcher (GtkWidget *title,
                                     gboolean   enabled)
{
#if ADW_CHECK_VERSION(1, 4, 0)
  gboolean fits = !shortlist_window_title_get_narrow (title);

  gtk_stack_set_visible_child_name (GTK_STACK (title), enabled && fits ? "switcher" : "title");
#else
  /* Disabled, it shows the title and says it is narrow: the bottom bar stays hidden as well */
  adw_view_switcher_title_set_view_switcher_enabled (ADW_VIEW_SWITCHER_TITLE (title), enabled);
#endif
}

/* Says @subtitle under the window's title, such as "Demo" */
void
shortlist_window_title_set_subtitle (GtkWidget  *title,
                                     const char *subtitle)
{
#if ADW_CHECK_VERSION(1, 4, 0)
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (gtk_stack_get_child_by_name (GTK_STACK (title), "title")), subtitle);
#else
  adw_view_switcher_title_set_subtitle (ADW_VIEW_SWITCHER_TITLE (title), subtitle);
#endif
}

/* ShortlistSpinner: libadwaita's spinner where there is one (1.6); before, a GtkSpinner that
 * spins only while on screen, since one left spinning on a page not shown keeps the window
 * drawing frames, and the computer busy, while nothing happens */
struct _ShortlistSpinner
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (ShortlistSpinner, shortlist_spinner, GTK_TYPE_WIDGET)

#if !ADW_CHECK_VERSION(1, 6, 0)
static void
spinner_mapped_cb (GtkSpinner *spinner)
{
  gtk_spinner_start (spinner);
}

static void
spinner_unmapped_cb (GtkSpinner *spinner)
{
  gtk_spinner_stop (spinner);
}
#endif

static void
shortlist_spinner_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (shortlist_spinner_parent_class)->dispose (object);
}

static void
shortlist_spinner_class_init (ShortlistSpinnerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = shortlist_spinner_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
shortlist_spinner_init (ShortlistSpinner *self)
{
#if ADW_CHECK_VERSION(1, 6, 0)
  gtk_widget_set_parent (adw_spinner_new (), GTK_WIDGET (self));
#else
  GtkWidget *spinner = gtk_spinner_new ();

  g_signal_connect (spinner, "map", G_CALLBACK (spinner_mapped_cb), NULL);
  g_signal_connect (spinner, "unmap", G_CALLBACK (spinner_unmapped_cb), NULL);
  gtk_widget_set_parent (spinner, GTK_WIDGET (self));
#endif
}

GtkWidget *
shortlist_spinner_new (void)
{
  return g_object_new (SHORTLIST_TYPE_SPINNER, NULL);
}
