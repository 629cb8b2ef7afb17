/* shortlist-integrations-group.c: add, choose and remove the integrations work can go to
 *
 * One integration is one client's applicant tracking system. Each row says which ATS and whose
 * it is, and warns when Kombo reports it broken, inactive or not set up.
 */
#define G_LOG_DOMAIN "shortlist-integrations-group"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-field-error.h"
#include "shortlist-integrations-group.h"
#include "shortlist-compat.h"
#include "shortlist-widget.h"

struct _ShortlistIntegrationsGroup
{
  AdwPreferencesGroup parent_instance;

  ShortlistAccount *account;
  GtkWidget        *id_row;
  GtkWidget        *spinner;
  GPtrArray        *rows;
  GCancellable     *cancellable;
};

G_DEFINE_FINAL_TYPE (ShortlistIntegrationsGroup, shortlist_integrations_group, ADW_TYPE_PREFERENCES_GROUP)

static void rebuild_rows (ShortlistIntegrationsGroup *self);

static void
add_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  ShortlistIntegrationsGroup *self = user_data;
  g_autoptr (KomboIntegration) integration = NULL;
  g_autoptr (GError) error = NULL;

  integration = shortlist_account_add_integration_finish (SHORTLIST_ACCOUNT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_visible (self->spinner, FALSE);
  gtk_widget_set_sensitive (self->id_row, TRUE);

  if (integration == NULL)
    {
      g_autofree char *message = kombo_error_dup_sentence (error);

      /* Keep what was typed, so a typo can be fixed */
      shortlist_field_set_error (self->id_row, kombo_error_get_code (error) ? message : error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->id_row), "");
}

static void
apply_cb (ShortlistIntegrationsGroup *self)
{
  g_autofree char *id = shortlist_field_dup_text (self->id_row);

  shortlist_field_clear_error (self->id_row);
  gtk_widget_set_visible (self->spinner, TRUE);
  gtk_widget_set_sensitive (self->id_row, FALSE);
  shortlist_account_add_integration_async (self->account, id, self->cancellable, add_cb, self);
}

static ShortlistIntegrationsGroup *
group_of (GtkWidget *widget)
{
  return SHORTLIST_INTEGRATIONS_GROUP (gtk_widget_get_ancestor (widget, SHORTLIST_TYPE_INTEGRATIONS_GROUP));
}

static void
activated_cb (AdwActionRow     *row,
              KomboIntegration *integration)
{
  shortlist_account_set_active_integration (group_of (GTK_WIDGET (row))->account, kombo_integration_get_id (integration));
}

static void
remove_cb (GtkButton        *button,
           KomboIntegration *integration)
{
  shortlist_account_remove_integration (group_of (GTK_WIDGET (button))->account, kombo_integration_get_id (integration));
}

static void
unref_integration (gpointer  integration,
                   GClosure *closure)
{
  g_object_unref (integration);
}

static void
rebuild_rows (ShortlistIntegrationsGroup *self)
{
  GListModel       *integrations = shortlist_account_get_integrations (self->account);
  KomboIntegration *active = shortlist_account_get_active_integration (self->account);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < g_list_model_get_n_items (integrations); i++)
    {
      g_autoptr (KomboIntegration) integration = g_list_model_get_item (integrations, i);
      const char      *id = kombo_integration_get_id (integration);
      const char      *organization = kombo_integration_get_organization_name (integration);
      g_autofree char *warning = shortlist_integration_dup_warning (integration);
      g_autofree char *subtitle = NULL;
      g_autofree char *remove_label = NULL;
      GtkWidget       *row = adw_action_row_new ();
      GtkWidget       *check = gtk_image_new_from_icon_name ("object-select-symbolic");
      GtkWidget       *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gboolean         is_active = active != NULL && g_strcmp0 (kombo_integration_get_id (active), id) == 0;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kombo_integration_get_tool_label (integration));
      /* TRANSLATORS: the customer's organisation, then the integration id */
      subtitle = organization ? g_strdup_printf (_ ("%s · %s"), organization, id) : g_strdup (id);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

      /* The active one is ticked; choosing a row sends work there */
      gtk_widget_set_opacity (check, is_active ? 1 : 0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      is_active ? _ ("In use") : "", -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _ ("Use This One"));
      g_signal_connect_data (row, "activated", G_CALLBACK (activated_cb), g_object_ref (integration), unref_integration, 0);

      if (warning != NULL)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          gtk_widget_add_css_class (icon, "warning");
          gtk_widget_set_tooltip_text (icon, warning);
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, warning, -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), warning);
        }

      /* TRANSLATORS: %s is the name of an applicant tracking system */
      remove_label = g_strdup_printf (_ ("Remove %s"), kombo_integration_get_tool_label (integration));
      gtk_widget_set_tooltip_text (remove, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      g_signal_connect_data (remove, "clicked", G_CALLBACK (remove_cb), g_object_ref (integration), unref_integration, 0);
      gtk_widget_set_visible (remove, !shortlist_account_get_demo (self->account));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
shortlist_integrations_group_dispose (GObject *object)
{
  ShortlistIntegrationsGroup *self = (ShortlistIntegrationsGroup *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->account != NULL)
    {
      g_signal_handlers_disconnect_by_data (shortlist_account_get_integrations (self->account), self);
      g_signal_handlers_disconnect_by_data (self->account, self);
    }
  g_clear_object (&self->account);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (shortlist_integrations_group_parent_class)->dispose (object);
}

static void
shortlist_integrations_group_class_init (ShortlistIntegrationsGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = shortlist_integrations_group_dispose;
}

static void
shortlist_integrations_group_init (ShortlistIntegrationsGroup *self)
{
  self->rows = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _ ("Integrations"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _ ("An integration is one client’s applicant tracking system. Its id is in the Kombo dashboard, under Integrations."));

  self->id_row = adw_entry_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->id_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->id_row), _ ("Integration ID, such as greenhouse:8d1hpPsbjxUkoCoa1veLZGe5"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->id_row), TRUE);
  g_signal_connect_swapped (self->id_row, "apply", G_CALLBACK (apply_cb), self);
  g_signal_connect_swapped (self->id_row, "entry-activated", G_CALLBACK (apply_cb), self);

  self->spinner = shortlist_spinner_new ();
  gtk_widget_set_visible (self->spinner, FALSE);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->id_row), self->spinner);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->id_row);
}

GtkWidget *
shortlist_integrations_group_new (ShortlistAccount *account)
{
  ShortlistIntegrationsGroup *self = g_object_new (SHORTLIST_TYPE_INTEGRATIONS_GROUP, NULL);

  self->account = g_object_ref (account);
  g_signal_connect_swapped (shortlist_account_get_integrations (account), "items-changed",
                            G_CALLBACK (rebuild_rows), self);
  g_signal_connect_swapped (account, "notify::active-integration", G_CALLBACK (rebuild_rows), self);
  gtk_widget_set_visible (self->id_row, !shortlist_account_get_demo (account));
  rebuild_rows (self);
  return GTK_WIDGET (self);
}
