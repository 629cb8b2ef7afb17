/* shortlist-contact-list.c: a group of removable rows, one for each email address, phone number or link
 *
 * The rows show a list of KomboContact items and edit them in place; the "+" button in the
 * header adds an empty one and puts the cursor in it, and each row's trash button takes its
 * item out of the list. Rows hold nothing of their own, so a list filled from a draft looks
 * exactly like one that was typed.
 */
#define G_LOG_DOMAIN "shortlist-contact-list"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-contact-list.h"
#include "shortlist-widget.h"

struct _ShortlistContactList
{
  AdwPreferencesGroup parent_instance;

  GListStore *contacts;
  GPtrArray  *rows; /* in the order of contacts */
  char       *row_title;
  char       *add_label;
  char       *remove_label;
  gboolean    with_kind;
};

G_DEFINE_FINAL_TYPE (ShortlistContactList, shortlist_contact_list, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  PROP_0,
  PROP_ROW_TITLE,
  PROP_ADD_LABEL,
  PROP_REMOVE_LABEL,
  PROP_WITH_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
new_row (KomboContact         *contact,
         ShortlistContactList *self)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), self->row_title);
  g_object_bind_property (contact, "value", row, "text", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  if (self->with_kind)
    {
      const char *kinds[] = { NC_ ("contact kind", "Personal"), NC_ ("contact kind", "Work"), NC_ ("contact kind", "Other"), NULL };

      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), shortlist_choice_new ("contact kind", kinds, _ ("Kind"), contact, "kind"));
    }

  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), shortlist_remove_button_new (self->contacts, contact, self->remove_label));
  return row;
}

static void
contacts_changed_cb (ShortlistContactList *self,
                     guint                 position,
                     guint                 removed,
                     guint                 added)
{
  shortlist_group_sync_rows (ADW_PREFERENCES_GROUP (self), self->rows, G_LIST_MODEL (self->contacts), position, removed, added,
                             (GtkWidget * (*) (gpointer, gpointer)) new_row, self);
}

static void
add_cb (ShortlistContactList *self)
{
  g_autoptr (KomboContact) contact = kombo_contact_new (KOMBO_CONTACT_PERSONAL, "");

  if (self->contacts == NULL)
    return;
  g_list_store_append (self->contacts, contact);
  gtk_widget_grab_focus (self->rows->pdata[self->rows->len - 1]);
}

static void
shortlist_contact_list_constructed (GObject *object)
{
  ShortlistContactList *self = (ShortlistContactList *) object;
  GtkWidget            *add = gtk_button_new_from_icon_name ("list-add-symbolic");

  G_OBJECT_CLASS (shortlist_contact_list_parent_class)->constructed (object);

  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_tooltip_text (add, self->add_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, self->add_label, -1);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), add);
}

static void
shortlist_contact_list_dispose (GObject *object)
{
  ShortlistContactList *self = (ShortlistContactList *) object;

  if (self->contacts != NULL)
    g_signal_handlers_disconnect_by_data (self->contacts, self);
  g_clear_object (&self->contacts);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (shortlist_contact_list_parent_class)->dispose (object);
}

static void
shortlist_contact_list_finalize (GObject *object)
{
  ShortlistContactList *self = (ShortlistContactList *) object;

  g_free (self->row_title);
  g_free (self->add_label);
  g_free (self->remove_label);

  G_OBJECT_CLASS (shortlist_contact_list_parent_class)->finalize (object);
}

static void
shortlist_contact_list_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ShortlistContactList *self = SHORTLIST_CONTACT_LIST (object);

  switch (prop_id)
    {
    case PROP_ROW_TITLE:
      g_value_set_string (value, self->row_title);
      break;
    case PROP_ADD_LABEL:
      g_value_set_string (value, self->add_label);
      break;
    case PROP_REMOVE_LABEL:
      g_value_set_string (value, self->remove_label);
      break;
    case PROP_WITH_KIND:
      g_value_set_boolean (value, self->with_kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
shortlist_contact_list_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  ShortlistContactList *self = SHORTLIST_CONTACT_LIST (object);

  switch (prop_id)
    {
    case PROP_ROW_TITLE:
      g_free (self->row_title);
      self->row_title = g_value_dup_string (value);
      break;
    case PROP_ADD_LABEL:
      g_free (self->add_label);
      self->add_label = g_value_dup_string (value);
      break;
    case PROP_REMOVE_LABEL:
      g_free (self->remove_label);
      self->remove_label = g_value_dup_string (value);
      break;
    case PROP_WITH_KIND:
      self->with_kind = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
shortlist_contact_list_class_init (ShortlistContactListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = shortlist_contact_list_constructed;
  object_class->dispose = shortlist_contact_list_dispose;
  object_class->finalize = shortlist_contact_list_finalize;
  object_class->get_property = shortlist_contact_list_get_property;
  object_class->set_property = shortlist_contact_list_set_property;

  /* The title each row shows, such as "Email address" */
  properties[PROP_ROW_TITLE] = g_param_spec_string ("row-title", NULL, NULL, NULL, flags);
  /* The "+" button's tooltip, such as "Add an Email Address" */
  properties[PROP_ADD_LABEL] = g_param_spec_string ("add-label", NULL, NULL, NULL, flags);
  /* Each trash button's tooltip, such as "Remove This Email Address" */
  properties[PROP_REMOVE_LABEL] = g_param_spec_string ("remove-label", NULL, NULL, NULL, flags);
  /* Whether each row says if it is personal, for work or other */
  properties[PROP_WITH_KIND] = g_param_spec_boolean ("with-kind", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
shortlist_contact_list_init (ShortlistContactList *self)
{
  self->rows = g_ptr_array_new ();
}

void
shortlist_contact_list_set_model (ShortlistContactList *self,
                                  GListStore           *contacts)
{
  g_return_if_fail (SHORTLIST_IS_CONTACT_LIST (self));

  if (self->contacts != NULL)
    g_signal_handlers_disconnect_by_data (self->contacts, self);
  g_set_object (&self->contacts, contacts);
  if (contacts != NULL)
    g_signal_connect_swapped (contacts, "items-changed", G_CALLBACK (contacts_changed_cb), self);
  /* Every row of the old list goes, every item of the new one gets a row */
  contacts_changed_cb (self, 0, self->rows->len, contacts ? g_list_model_get_n_items (G_LIST_MODEL (contacts)) : 0);
}

/* Returns: (nullable): the row of the contact at @position, to show its problem */
GtkWidget *
shortlist_contact_list_get_row (ShortlistContactList *self,
                                guint                 position)
{
  g_return_val_if_fail (SHORTLIST_IS_CONTACT_LIST (self), NULL);
  return position < self->rows->len ? self->rows->pdata[position] : NULL;
}
