/* shortlist-field-error.c: validation messages shown next to the field they concern
 *
 * The message goes in a row of its own right below the field, in the same boxed list, and is
 * set as the field's accessible description, so a screen reader reads it with the field. It
 * goes away as soon as the field is edited.
 */
#define G_LOG_DOMAIN "shortlist-field-error"

#include "config.h"

#include <adwaita.h>

#include "shortlist-field-error.h"

#define ERROR_WIDGET_KEY "shortlist-field-error-widget"
#define ERROR_TEXT_KEY "shortlist-field-error-text"
#define CHANGED_HANDLER_KEY "shortlist-field-changed-handler"

static void
field_changed_cb (GtkWidget *field)
{
  shortlist_field_clear_error (field);
}

static GtkWidget *
new_error_widget (GtkWidget  *field,
                  const char *message)
{
  GtkWidget *parent = gtk_widget_get_parent (field);

  if (GTK_IS_LIST_BOX (parent) && GTK_IS_LIST_BOX_ROW (field))
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);
      gtk_widget_add_css_class (row, "field-error");
      gtk_list_box_insert (GTK_LIST_BOX (parent), row, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (field)) + 1);
      return row;
    }
  else
    {
      GtkWidget *label = gtk_label_new (message);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "field-error");
      gtk_widget_insert_after (label, parent, field);
      return label;
    }
}

/**
 * shortlist_field_set_error:
 * @message: (nullable): the message, or %NULL to clear it
 */
void
shortlist_field_set_error (GtkWidget  *field,
                           const char *message)
{
  GtkWidget *existing;

  g_return_if_fail (GTK_IS_WIDGET (field));

  shortlist_field_clear_error (field);
  if (message == NULL)
    return;

  existing = new_error_widget (field, message);
  g_object_set_data (G_OBJECT (field), ERROR_WIDGET_KEY, existing);
  g_object_set_data_full (G_OBJECT (field), ERROR_TEXT_KEY, g_strdup (message), g_free);
  gtk_widget_add_css_class (field, "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);

  if (GTK_IS_EDITABLE (field) && g_object_get_data (G_OBJECT (field), CHANGED_HANDLER_KEY) == NULL)
    {
      gulong id = g_signal_connect (field, "changed", G_CALLBACK (field_changed_cb), NULL);
      g_object_set_data (G_OBJECT (field), CHANGED_HANDLER_KEY, GSIZE_TO_POINTER (id));
    }
}

/* Returns: (nullable): the message shown next to @field */
const char *
shortlist_field_get_error (GtkWidget *field)
{
  return g_object_get_data (G_OBJECT (field), ERROR_TEXT_KEY);
}

void
shortlist_field_clear_error (GtkWidget *field)
{
  GtkWidget *existing = g_object_get_data (G_OBJECT (field), ERROR_WIDGET_KEY);

  if (existing == NULL)
    return;

  if (GTK_IS_LIST_BOX (gtk_widget_get_parent (existing)))
    gtk_list_box_remove (GTK_LIST_BOX (gtk_widget_get_parent (existing)), existing);
  else
    gtk_widget_unparent (existing);

  g_object_set_data (G_OBJECT (field), ERROR_WIDGET_KEY, NULL);
  g_object_set_data (G_OBJECT (field), ERROR_TEXT_KEY, NULL);
  gtk_widget_remove_css_class (field, "error");
  gtk_accessible_reset_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_accessible_reset_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID);
}

/* Returns: the text of @editable without surrounding blanks, or %NULL when it is blank */
char *
shortlist_field_dup_text (GtkWidget *editable)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}
