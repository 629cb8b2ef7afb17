/* shortlist-connect-page.c: the first page: the API key, its region, and the integrations
 *
 * An empty state that says what Shortlist needs, then the key. A key is checked with Kombo
 * before it is kept, and a wrong one is shown as wrong while what was pasted stays.
 */
#define G_LOG_DOMAIN "shortlist-connect-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "shortlist-compat.h"
#include "shortlist-connect-page.h"
#include "shortlist-error-box.h"
#include "shortlist-integrations-group.h"
#include "shortlist-widget.h"

struct _ShortlistConnectPage
{
  GtkWidget parent_instance;

  AdwPreferencesGroup *key_group;
  AdwPasswordEntryRow *key_row;
  AdwComboRow         *region_row;
  AdwActionRow        *server_row;
  ShortlistErrorBox   *error_box;
  GtkLabel            *key_status_label;
  GtkWidget           *check_button;
  GtkWidget           *spinner;
  GtkBox              *integrations_box;
  GtkWidget           *continue_button;
  GtkWidget           *demo_button;

  ShortlistAccount *account;
  GCancellable     *cancellable;
};

G_DEFINE_FINAL_TYPE (ShortlistConnectPage, shortlist_connect_page, GTK_TYPE_WIDGET)

static void
update (ShortlistConnectPage *self)
{
  gboolean    has_key = shortlist_account_get_has_key (self->account);
  const char *problem = shortlist_account_get_keyring_problem (self->account);
  const char *url = kombo_client_get_base_url (shortlist_account_get_client (self->account));
  gboolean    custom = g_strcmp0 (url, kombo_region_get_base_url (KOMBO_REGION_EU)) != 0 &&
                    g_strcmp0 (url, kombo_region_get_base_url (KOMBO_REGION_US)) != 0;

  gtk_widget_set_visible (GTK_WIDGET (self->region_row), !custom);
  gtk_widget_set_visible (GTK_WIDGET (self->server_row), custom);
  adw_action_row_set_subtitle (self->server_row, url);
  if (!custom)
    adw_combo_row_set_selected (self->region_row,
                                g_strcmp0 (url, kombo_region_get_base_url (KOMBO_REGION_US)) == 0);

  gtk_widget_set_visible (GTK_WIDGET (self->integrations_box), has_key);
  gtk_widget_set_visible (self->demo_button, !has_key);
  gtk_widget_set_visible (self->continue_button, shortlist_account_get_ready (self->account));
  gtk_button_set_label (GTK_BUTTON (self->check_button),
                        has_key ? _ ("_Check and Replace Key") : _ ("_Check and Save Key"));

  if (problem != NULL)
    gtk_label_set_text (self->key_status_label, problem);
  else if (has_key)
    gtk_label_set_text (self->key_status_label, _ ("A working key is stored in the keyring."));
  gtk_widget_set_visible (GTK_WIDGET (self->key_status_label), problem != NULL || has_key);
  gtk_widget_remove_css_class (GTK_WIDGET (self->key_status_label), "warning");
  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->key_status_label), "warning");
}

static void
connect_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  ShortlistConnectPage *self = user_data;
  g_autoptr (GError) error = NULL;

  if (!shortlist_account_connect_finish (SHORTLIST_ACCOUNT (object), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_visible (self->spinner, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->key_group), TRUE);
  gtk_widget_set_sensitive (self->check_button, TRUE);

  if (error != NULL)
    {
      shortlist_error_box_show_error (self->error_box, error);
      gtk_widget_grab_focus (GTK_WIDGET (self->key_row));
      return;
    }

  /* The key is safe in the keyring now; the entry need not hold it any longer */
  gtk_editable_set_text (GTK_EDITABLE (self->key_row), "");
  update (self);
}

static void
check_cb (ShortlistConnectPage *self)
{
  const char *key = gtk_editable_get_text (GTK_EDITABLE (self->key_row));

  shortlist_error_box_clear (self->error_box);
  gtk_widget_set_visible (self->spinner, TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->key_group), FALSE);
  gtk_widget_set_sensitive (self->check_button, FALSE);
  shortlist_account_connect_async (self->account, key,
                                   adw_combo_row_get_selected (self->region_row) == 1
                                       ? KOMBO_REGION_US
                                       : KOMBO_REGION_EU,
                                   self->cancellable, connect_cb, self);
}

static void
shortlist_connect_page_dispose (GObject *object)
{
  ShortlistConnectPage *self = (ShortlistConnectPage *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->account != NULL)
    g_signal_handlers_disconnect_by_data (self->account, self);
  g_clear_object (&self->account);
  shortlist_widget_dispose_template (GTK_WIDGET (self), SHORTLIST_TYPE_CONNECT_PAGE);

  G_OBJECT_CLASS (shortlist_connect_page_parent_class)->dispose (object);
}

static void
shortlist_connect_page_class_init (ShortlistConnectPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_connect_page_dispose;

  g_type_ensure (SHORTLIST_TYPE_SPINNER);
  g_type_ensure (SHORTLIST_TYPE_ERROR_BOX);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/shortlist-connect-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ShortlistConnectPage, key_group);
  gtk_widget_class_bind_template_child (widget_class, ShortlistConnectPage, key_row);
  gtk_widget_class_bind_template_child (widget_class, ShortlistConnectPage, region_row);
  gtk_widget_class_bind_template_child (widget_class, ShortlistConnectPage, server_row);
  gtk_widget_class_bind_template_child (widget_class, ShortlistConnectPage, error_box);
  gtk_widget_class_bind_template_child (widget_class, ShortlistConnectPage, key_status_label);
  gtk_widget_class_bind_template_child (widget_class, ShortlistConnectPage, check_button);
  gtk_widget_class_bind_template_child (widget_class, ShortlistConnectPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, ShortlistConnectPage, integrations_box);
  gtk_widget_class_bind_template_child (widget_class, ShortlistConnectPage, continue_button);
  gtk_widget_class_bind_template_child (widget_class, ShortlistConnectPage, demo_button);
  gtk_widget_class_bind_template_callback (widget_class, check_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
shortlist_connect_page_init (ShortlistConnectPage *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Lists and scrolled areas say what they are to a screen reader */
  shortlist_name_lists (GTK_WIDGET (self), _ ("Connect Your Kombo Account"));
}

void
shortlist_connect_page_set_account (ShortlistConnectPage *self,
                                    ShortlistAccount     *account)
{
  g_return_if_fail (SHORTLIST_IS_CONNECT_PAGE (self));
  g_return_if_fail (self->account == NULL);

  self->account = g_object_ref (account);
  gtk_box_append (self->integrations_box, shortlist_integrations_group_new (account));
  g_signal_connect_swapped (account, "notify::has-key", G_CALLBACK (update), self);
  g_signal_connect_swapped (account, "notify::ready", G_CALLBACK (update), self);
  g_signal_connect_swapped (account, "notify::keyring-problem", G_CALLBACK (update), self);
  update (self);
}

/* Shows a problem with the connection itself, such as an unusable server address */
void
shortlist_connect_page_show_error (ShortlistConnectPage *self,
                                   const GError         *error)
{
  g_return_if_fail (SHORTLIST_IS_CONNECT_PAGE (self));
  shortlist_error_box_show_error (self->error_box, error);
}
