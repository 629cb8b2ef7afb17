/* shortlist-preferences-dialog.c: the API key, the server, the integrations, and what is kept on this computer */
#define G_LOG_DOMAIN "shortlist-preferences-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-compat.h"
#include "shortlist-field-error.h"
#include "shortlist-integrations-group.h"
#include "shortlist-preferences-dialog.h"
#include "shortlist-widget.h"

/* The choices of "Keep History For", in days; 0 is forever */
static const guint keep_days[] = { 30, 90, 365, 0 };

struct _ShortlistPreferencesDialog
{
  ShortlistPreferencesParent parent_instance;

  ShortlistAccount *account;
  GSettings        *settings;
  ShortlistStore   *store;
  GtkWidget        *key_row;
  GtkWidget        *forget_button;
  GtkWidget        *server_row;
  GCancellable     *cancellable;
};

G_DEFINE_FINAL_TYPE (ShortlistPreferencesDialog, shortlist_preferences_dialog, SHORTLIST_TYPE_PREFERENCES_PARENT)

static void
update_key (ShortlistPreferencesDialog *self)
{
  const char      *problem = shortlist_account_get_keyring_problem (self->account);
  g_autofree char *where = g_strdup_printf (_ ("For %s"), shortlist_account_get_server_label (self->account));

  if (shortlist_account_get_demo (self->account))
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->key_row), _ ("The demo needs no key"));
  else if (!shortlist_account_get_has_key (self->account))
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->key_row), _ ("No key"));
  else if (problem != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->key_row), _ ("Kept until Shortlist closes"));
  else
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->key_row), _ ("Stored in the keyring"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->key_row), problem ? problem : where);
  /* The demo has no key to forget */
  gtk_widget_set_visible (self->forget_button, !shortlist_account_get_demo (self->account));
  gtk_widget_set_sensitive (self->forget_button, shortlist_account_get_has_key (self->account));
}

static void
forgotten_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ShortlistPreferencesDialog *self = user_data;
  ShortlistAccount           *account = SHORTLIST_ACCOUNT (object);
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (shortlist_account_forget_key_finish (account, result, &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* A key kept only for the session was never in a keyring: nothing is left behind */
  if (shortlist_account_get_keyring_problem (account) != NULL)
    return;

  /* TRANSLATORS: %s is the keyring's explanation */
  message = g_strdup_printf (_ ("The key is no longer used, but it could not be removed from the keyring: %s"), error->message);
  shortlist_preferences_add_toast (GTK_WIDGET (self), shortlist_toast_new (message));
}

static void
forget_answered_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  ShortlistPreferencesDialog *self = SHORTLIST_PREFERENCES_DIALOG (object);

  if (shortlist_confirm_finish (result))
    shortlist_account_forget_key_async (self->account, self->cancellable, forgotten_cb, self);
}

static void
forget_cb (ShortlistPreferencesDialog *self)
{
  shortlist_confirm_async (GTK_WIDGET (self), _ ("Forget the API Key?"),
                           _ ("Shortlist stops working with Kombo until a key is entered again. The key itself stays valid in Kombo."),
                           _ ("_Cancel"), _ ("_Forget Key"), forget_answered_cb, NULL);
}

static void
server_apply_cb (ShortlistPreferencesDialog *self)
{
  g_autofree char *url = shortlist_field_dup_text (self->server_row);
  g_autoptr (GError) error = NULL;

  shortlist_field_clear_error (self->server_row);
  if (url != NULL && !kombo_check_base_url (url, &error))
    {
      shortlist_field_set_error (self->server_row, error->message);
      return;
    }

  g_settings_set_string (self->settings, "api-url", url ? url : "");
  shortlist_preferences_add_toast (GTK_WIDGET (self),
                                   shortlist_toast_new (_ ("The server is used from the next start of Shortlist")));
}

static void
keep_changed_cb (ShortlistPreferencesDialog *self,
                 GParamSpec                 *pspec,
                 AdwComboRow                *row)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected < G_N_ELEMENTS (keep_days))
    g_settings_set_uint (self->settings, "keep-history", keep_days[selected]);
}

static void
deleted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  ShortlistPreferencesDialog *self = user_data;
  g_autoptr (GError) error = NULL;

  /* The window is gone: the deletion was done all the same */
  if (!shortlist_store_finish (SHORTLIST_STORE (object), result, &error) && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      /* TRANSLATORS: %s says why */
      g_autofree char *message = g_strdup_printf (_ ("Not everything could be deleted: %s"), error->message);

      shortlist_preferences_add_toast (GTK_WIDGET (self), shortlist_toast_new (message));
      return;
    }
  shortlist_preferences_add_toast (GTK_WIDGET (self), shortlist_toast_new (_ ("All drafts and the history were deleted")));
}

static void
delete_answered_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  ShortlistPreferencesDialog *self = SHORTLIST_PREFERENCES_DIALOG (object);

  if (shortlist_confirm_finish (result))
    shortlist_store_forget_async (self->store, G_MAXINT64, TRUE, self->cancellable, deleted_cb, self);
}

static void
delete_cb (ShortlistPreferencesDialog *self)
{
  shortlist_confirm_async (GTK_WIDGET (self), _ ("Delete All Drafts and History?"),
                           _ ("Every candidate in progress, with their attached files, and the record of every submission are deleted from this computer. What was sent stays in the applicant tracking systems."),
                           _ ("_Cancel"), _ ("_Delete"), delete_answered_cb, NULL);
}

/* Whether a candidate who moved in the ATS is a notification */
static GtkWidget *
new_following_group (ShortlistPreferencesDialog *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ ("Following Candidates"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _ ("Where each candidate you submitted stands in the applicant tracking system is asked every half hour while Shortlist is open, and shown in the history."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ ("_Notify When a Candidate Moves"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _ ("A new stage, a hire or a decline"));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  g_settings_bind (self->settings, "notify-moves", toggle, "active", G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return group;
}

/* What is kept on this computer, and for how long */
static GtkWidget *
new_privacy_page (ShortlistPreferencesDialog *self)
{
  GtkWidget  *page = adw_preferences_page_new ();
  GtkWidget  *group = adw_preferences_group_new ();
  GtkWidget  *keep_row = adw_combo_row_new ();
  GtkWidget  *delete_row = adw_action_row_new ();
  GtkWidget  *delete_button = gtk_button_new_with_mnemonic (_ ("_Delete…"));
  const char *choices[] = { _ ("30 Days"), _ ("90 Days"), _ ("1 Year"), _ ("Forever"), NULL };
  g_autoptr (GtkStringList) model = gtk_string_list_new (choices);
  guint days = g_settings_get_uint (self->settings, "keep-history");
  guint selected = G_N_ELEMENTS (keep_days) - 1;

  adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (page), "privacy");
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _ ("Privacy"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "preferences-system-privacy-symbolic");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _ ("Drafts and History"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _ ("Candidates in progress and a record of every submission are kept on this computer only, never with the API key."));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (keep_row), _ ("_Keep History For"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (keep_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (keep_row), _ ("Older submissions are deleted when Shortlist starts"));
  adw_combo_row_set_model (ADW_COMBO_ROW (keep_row), G_LIST_MODEL (model));
  /* A number of days set elsewhere shows as the nearest longer choice, and stays until one is chosen */
  for (guint i = 0; days > 0 && i < G_N_ELEMENTS (keep_days) - 1; i++)
    {
      selected = i;
      if (days <= keep_days[i])
        break;
    }
  adw_combo_row_set_selected (ADW_COMBO_ROW (keep_row), selected);
  g_signal_connect_object (keep_row, "notify::selected", G_CALLBACK (keep_changed_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), keep_row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (delete_row), _ ("Delete All Drafts and History"));
  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete_button, "destructive-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Delete All Drafts and History"), -1);
  g_signal_connect_swapped (delete_button, "clicked", G_CALLBACK (delete_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (delete_row), delete_button);
  /* Without a store there is nothing kept to delete */
  gtk_widget_set_sensitive (delete_row, self->store != NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), delete_row);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (new_following_group (self)));
  return page;
}

static void
shortlist_preferences_dialog_dispose (GObject *object)
{
  ShortlistPreferencesDialog *self = (ShortlistPreferencesDialog *) object;

  /* Calls still running say nothing to a window that is gone */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->account != NULL)
    g_signal_handlers_disconnect_by_data (self->account, self);
  g_clear_object (&self->account);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (shortlist_preferences_dialog_parent_class)->dispose (object);
}

static void
shortlist_preferences_dialog_class_init (ShortlistPreferencesDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = shortlist_preferences_dialog_dispose;
}

static void
shortlist_preferences_dialog_init (ShortlistPreferencesDialog *self)
{
  self->cancellable = g_cancellable_new ();
}

static void
name_search (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SEARCH_ENTRY (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Search Preferences"), -1);
      name_search (child);
    }
}

GtkWidget *
shortlist_preferences_dialog_new (ShortlistAccount *account)
{
  GSettings                  *settings = shortlist_account_get_settings (account);
  ShortlistStore             *store = shortlist_account_get_store (account);
  ShortlistPreferencesDialog *self = g_object_new (SHORTLIST_TYPE_PREFERENCES_DIALOG,
                                                   "search-enabled", FALSE,
                                                   NULL);
  GtkWidget                  *page = adw_preferences_page_new ();
  GtkWidget                  *key_group = adw_preferences_group_new ();
  GtkWidget                  *server_group = adw_preferences_group_new ();
  g_autofree char            *api_url = g_settings_get_string (settings, "api-url");

  self->account = g_object_ref (account);
  self->settings = g_object_ref (settings);
  self->store = store ? g_object_ref (store) : NULL;

  adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (page), "connection");
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _ ("Connection"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "network-server-symbolic");

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (key_group), _ ("API Key"));
  self->key_row = adw_action_row_new ();
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self->key_row), 0);
  self->forget_button = gtk_button_new_with_mnemonic (_ ("_Forget Key…"));
  gtk_widget_set_valign (self->forget_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->forget_button, "destructive-action");
  g_signal_connect_swapped (self->forget_button, "clicked", G_CALLBACK (forget_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->key_row), self->forget_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (key_group), self->key_row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (key_group));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (server_group), _ ("Server"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (server_group),
                                         _ ("Leave empty to use Kombo in the key’s region. Another Kombo-compatible server, such as a company proxy, can be entered here; plain http is accepted only for this computer."));
  self->server_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->server_row), _ ("Server address, such as https://kombo-proxy.example.com/v1"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->server_row), TRUE);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (self->server_row), GTK_INPUT_PURPOSE_URL);
  gtk_editable_set_text (GTK_EDITABLE (self->server_row), api_url);
  g_signal_connect_swapped (self->server_row, "apply", G_CALLBACK (server_apply_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (server_group), self->server_row);
  gtk_widget_set_visible (server_group, !shortlist_account_get_demo (account));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (server_group));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (shortlist_integrations_group_new (account)));
  shortlist_preferences_add_page (GTK_WIDGET (self), ADW_PREFERENCES_PAGE (page));
  shortlist_preferences_add_page (GTK_WIDGET (self), ADW_PREFERENCES_PAGE (new_privacy_page (self)));

  g_signal_connect_swapped (account, "notify::has-key", G_CALLBACK (update_key), self);
  g_signal_connect_swapped (account, "notify::keyring-problem", G_CALLBACK (update_key), self);
  update_key (self);

  /* Lists, scrolled areas and libadwaita's own search said by name to a screen reader */
  shortlist_name_lists (GTK_WIDGET (self), _ ("Preferences"));
  name_search (GTK_WIDGET (self));
  return GTK_WIDGET (self);
}
