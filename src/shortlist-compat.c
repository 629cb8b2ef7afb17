/* shortlist-compat.c: calls whose GTK API changed after 4.8, in one place for both sides
 *
 * Debian 12 has GTK 4.8 and libadwaita 1.2; the GNOME runtime has the file dialog, URI
 * launcher and alert dialog that replace GtkFileChooserNative, gtk_show_uri() and
 * AdwMessageDialog, which it warns about. Both builds go through here.
 */
#define G_LOG_DOMAIN "shortlist-compat"

#include "config.h"

#include <glib/gi18n.h>

#include "kombo.h"
#include "shortlist-compat.h"
#include "shortlist-narrow.h"

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
  g_autoptr (GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

  gtk_uri_launcher_launch (launcher, window, NULL, NULL, NULL);
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
