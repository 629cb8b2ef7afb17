/* shortlist-widget.c: what Shortlist's widgets share: template disposal, removable rows, bindings */
#define G_LOG_DOMAIN "shortlist-widget"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-field-error.h"
#include "shortlist-widget.h"

/**
 * shortlist_widget_dispose_template:
 *
 * gtk_widget_dispose_template(), then unparents the children it leaves: GTK unparents only the
 * template children that are bound by name (4.8 and 4.24 alike: a template with an unbound
 * child is finalized with children left otherwise).
 */
void
shortlist_widget_dispose_template (GtkWidget *widget,
                                   GType      type)
{
  GtkWidget *child;

  gtk_widget_dispose_template (widget, type);
  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

typedef struct
{
  GWeakRef list;
  GObject *item;
} Removal;

static void
removal_free (gpointer  data,
              GClosure *closure)
{
  Removal *removal = data;

  g_weak_ref_clear (&removal->list);
  g_object_unref (removal->item);
  g_free (removal);
}

static void
remove_clicked_cb (GtkButton *button,
                   Removal   *removal)
{
  g_autoptr (GListStore) list = g_weak_ref_get (&removal->list);
  guint position;

  if (list != NULL && g_list_store_find (list, removal->item, &position))
    g_list_store_remove (list, position);
}

/**
 * shortlist_remove_button_new:
 * @label: what the button does, for the tooltip and screen readers: "Remove This Link"
 *
 * Returns: the trash button every removable row has: it takes @item out of @list, and the
 *   list's view takes the row away.
 */
GtkWidget *
shortlist_remove_button_new (GListStore *list,
                             gpointer    item,
                             const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  Removal   *removal = g_new0 (Removal, 1);

  g_weak_ref_init (&removal->list, list);
  removal->item = g_object_ref (item);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_data (button, "clicked", G_CALLBACK (remove_clicked_cb), removal, removal_free, 0);
  return button;
}

static gboolean
enum_to_position (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_uint (to, g_value_get_enum (from));
  return TRUE;
}

static gboolean
position_to_enum (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  guint position = g_value_get_uint (from);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  g_value_set_enum (to, position);
  return TRUE;
}

/**
 * shortlist_choice_new:
 * @context: the translation context of @choices
 * @choices: (array zero-terminated=1): the names of the enum's values, in order, marked for translation in @context
 * @label: what the drop-down chooses, for screen readers
 *
 * Returns: a drop-down, for a row's suffix, that edits the enum @property of @model
 */
static void                unfocus_shown_item (GtkWidget *widget);
static GtkListItemFactory *shown_item_factory_new (void);

GtkWidget *
shortlist_choice_new (const char        *context,
                      const char *const *choices,
                      const char        *label,
                      gpointer           model,
                      const char        *property)
{
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr (GtkListItemFactory) shown = shown_item_factory_new ();
  GtkWidget *dropdown;

  for (guint i = 0; choices[i] != NULL; i++)
    gtk_string_list_append (list, g_dpgettext2 (NULL, context, choices[i]));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL);
  /* Its choice is shown without a focus of its own; the list it opens is GTK's */
  gtk_drop_down_set_factory (GTK_DROP_DOWN (dropdown), shown);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  shortlist_name_button (dropdown, label);
  unfocus_shown_item (dropdown);
  shortlist_bind_selected (model, property, dropdown);
  return dropdown;
}

/**
 * shortlist_bind_selected:
 * @widget: a #GtkDropDown or #AdwComboRow whose items are the enum's values in order
 *
 * Binds an enum property of @model to the item chosen in @widget, both ways.
 */
GBinding *
shortlist_bind_selected (gpointer    model,
                         const char *property,
                         gpointer    widget)
{
  return g_object_bind_property_full (model, property, widget, "selected",
                                      G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                      enum_to_position, position_to_enum, NULL, NULL);
}

/**
 * shortlist_group_sync_rows:
 * @rows: the rows @group shows now, one for each item of @model, in its order
 * @create: makes the row of an item
 *
 * Keeps the rows of an #AdwPreferencesGroup in step with a list model, from an
 * ::items-changed handler: removed rows go, with any message shown below them, and added
 * items get rows; the other rows, and what they show, stay.
 */
void
shortlist_group_sync_rows (AdwPreferencesGroup *group,
                           GPtrArray           *rows,
                           GListModel          *model,
                           guint                position,
                           guint                removed,
                           guint                added,
                           GtkWidget *(*create) (gpointer item, gpointer user_data),
                           gpointer user_data)
{
  guint n = model ? g_list_model_get_n_items (model) : 0;
  /* Rows after an item inserted in the middle are made again, since the group only appends */
  guint last = added > 0 && position + added < n ? rows->len : MIN (position + removed, rows->len);

  for (guint i = position; i < last; i++)
    {
      shortlist_field_clear_error (rows->pdata[i]);
      adw_preferences_group_remove (group, rows->pdata[i]);
    }
  if (position < last)
    g_ptr_array_remove_range (rows, position, last - position);

  for (guint i = rows->len; i < n; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (model, i);
      GtkWidget *row = create (item, user_data);

      adw_preferences_group_add (group, row);
      g_ptr_array_add (rows, row);
    }
}

/**
 * shortlist_name_button:
 * @widget: a #GtkDropDown or #GtkMenuButton, or a widget holding one
 * @label: what a screen reader says for it
 *
 * Names the button inside @widget, the part that takes the focus: a drop-down's or a menu
 * button's toggle holds a box, not a label, so without this a screen reader says its class.
 */
static GtkWidget *
find_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_POPOVER (child) ? NULL : find_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

void
shortlist_name_button (GtkWidget  *widget,
                       const char *label)
{
  GtkWidget *button;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  button = find_button (widget);
  if (button != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* GTK 4.8 says the menu button around the toggle by its class name, where a screen reader
   * meets it before the toggle */
  for (GtkWidget *wrapper = button ? gtk_widget_get_parent (button) : NULL; wrapper != NULL && wrapper != gtk_widget_get_parent (widget);
       wrapper = gtk_widget_get_parent (wrapper))
    if (GTK_IS_MENU_BUTTON (wrapper) || GTK_IS_DROP_DOWN (wrapper))
      gtk_accessible_update_property (GTK_ACCESSIBLE (wrapper), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
button_visible_cb (GtkWidget  *button,
                   GParamSpec *pspec,
                   GtkWidget  *child)
{
  gtk_widget_set_visible (child, gtk_widget_get_visible (button));
}

/**
 * shortlist_flow_buttons:
 * @box: a #GtkFlowBox of buttons
 *
 * Makes @box a row of buttons that wraps onto more lines when the window is narrow: its
 * slots take no focus of their own (the buttons do), and a hidden button leaves no gap.
 */
void
shortlist_flow_buttons (GtkFlowBox *box)
{
  g_return_if_fail (GTK_IS_FLOW_BOX (box));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box)); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      gtk_widget_set_focusable (child, FALSE);
      if (button == NULL)
        continue;
      g_signal_connect_object (button, "notify::visible", G_CALLBACK (button_visible_cb), child, 0);
      button_visible_cb (button, NULL, child);
    }
}

static void
name_list_item_setup_cb (GtkSignalListItemFactory *factory,
                         GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

#if !GTK_CHECK_VERSION(4, 12, 0)
/* The list item itself takes the focus: it is the one a screen reader names, by the text. A
 * combo row puts the label in a box of its own first, and into the item only later. */
static gboolean
name_item_cb (gpointer data)
{
  GtkWidget *label = data;
  GtkWidget *item = gtk_widget_get_parent (label);

  while (item != NULL && gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (item)) != GTK_ACCESSIBLE_ROLE_LIST_ITEM)
    item = gtk_widget_get_parent (item);
  if (item != NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (GTK_LABEL (label)), -1);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
    }
  return G_SOURCE_REMOVE;
}
#endif

static void
name_list_item_bind_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *item)
{
  GtkWidget  *label = gtk_list_item_get_child (item);
  GObject    *object = gtk_list_item_get_item (item);
  const char *text = GTK_IS_STRING_OBJECT (object) ? gtk_string_object_get_string (GTK_STRING_OBJECT (object)) : "";

  gtk_label_set_text (GTK_LABEL (label), text);
#if GTK_CHECK_VERSION(4, 12, 0)
  gtk_list_item_set_accessible_label (item, text);
#else
  name_item_cb (label);
  g_idle_add_full (G_PRIORITY_DEFAULT, name_item_cb, g_object_ref (label), g_object_unref);
#endif
}

/* The item a combo row shows as its value: a label, and no focus of its own, since the row
 * takes it already */
static void
shown_item_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
#if GTK_CHECK_VERSION(4, 12, 0)
  gtk_list_item_set_focusable (item, FALSE);
#endif
}

static void
shown_item_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GObject *object = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      GTK_IS_STRING_OBJECT (object) ? gtk_string_object_get_string (GTK_STRING_OBJECT (object)) : "");
}

/* GTK 4.8 lets the item a drop-down shows in its button take the focus, inside the button
 * that takes it already: a second, nameless stop */
static void
unfocus_shown_item (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER (child))
        continue;
      if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (child)) == GTK_ACCESSIBLE_ROLE_LIST_ITEM ||
          g_str_equal (G_OBJECT_TYPE_NAME (child), "GtkListItemWidget"))
        gtk_widget_set_focusable (child, FALSE);
      unfocus_shown_item (child);
    }
}

/* A combo row shows its choice in a list of one item: Tab stops at the row, never goes into
 * that list (on GTK 4.24 a list whose one item takes no focus could keep it, and Tab went no
 * further) */
static void
keep_focus_out_of_lists (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER (child))
        continue;
      if (GTK_IS_LIST_VIEW (child))
        gtk_widget_set_can_focus (child, FALSE);
      keep_focus_out_of_lists (child);
    }
}

/* The choice a drop-down or combo row shows, in a list of one item that takes no focus */
static GtkListItemFactory *
shown_item_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (shown_item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (shown_item_bind_cb), NULL);
  return factory;
}

/* Names each choice of a drop-down's or combo row's list by its text; the lists show strings */
static GtkListItemFactory *
named_items_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (name_list_item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (name_list_item_bind_cb), NULL);
  return factory;
}

/* libadwaita 1.2's password row shows its text with a button named only by its icon's class */
static void
name_peek_icon (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *icon = GTK_IS_BUTTON (child) ? gtk_button_get_child (GTK_BUTTON (child)) : NULL;

      if (GTK_IS_IMAGE (icon) && g_str_has_prefix (gtk_image_get_icon_name (GTK_IMAGE (icon)) ? gtk_image_get_icon_name (GTK_IMAGE (icon)) : "", "view-"))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Show Text"), -1);
      name_peek_icon (child);
    }
}

static void
name_lists (GtkWidget  *widget,
            const char *name)
{
  /* A group's rows are said with the group's title; a combo row's choices with the row's */
  if (ADW_IS_PREFERENCES_GROUP (widget) && adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)) != NULL &&
      *adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)) != '\0')
    name = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget));
  else if (ADW_IS_COMBO_ROW (widget))
    {
      g_autoptr (GtkListItemFactory) factory = named_items_factory_new ();

      name = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
      if (adw_combo_row_get_list_factory (ADW_COMBO_ROW (widget)) == NULL)
        adw_combo_row_set_list_factory (ADW_COMBO_ROW (widget), factory);
      /* The row shows its choice in a list of one item, which takes no focus of its own */
      {
        g_autoptr (GtkListItemFactory) shown = shown_item_factory_new ();

        adw_combo_row_set_factory (ADW_COMBO_ROW (widget), shown);
      }
      unfocus_shown_item (widget);
      keep_focus_out_of_lists (widget);
    }

  else if (ADW_IS_EXPANDER_ROW (widget))
    {
      /* libadwaita 1.2 leaves the expander row itself unnamed */
      name = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
  else if (GTK_IS_DROP_DOWN (widget))
    unfocus_shown_item (widget);
  else if (ADW_IS_PASSWORD_ENTRY_ROW (widget))
    name_peek_icon (widget);
  else if (GTK_IS_SCROLLED_WINDOW (widget) && ADW_IS_STATUS_PAGE (gtk_widget_get_parent (widget)))
    /* A status page's own scrolled area says only what its title says already, and from GTK
     * 4.14 it cannot be named: it is no stop of its own. What it holds still takes the focus. */
    gtk_widget_set_focusable (widget, FALSE);

  if ((GTK_IS_LIST_BOX (widget) || GTK_IS_LIST_VIEW (widget) || GTK_IS_SCROLLED_WINDOW (widget)) && name != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  /* The rows an expander row is made of, which are no rows of libadwaita's, by its title */
  if (GTK_IS_LIST_BOX_ROW (widget) && !ADW_IS_PREFERENCES_ROW (widget) && name != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    name_lists (child, name);
}

/**
 * shortlist_name_lists:
 * @root: a page, once built
 * @name: what its scrolled area is called, such as the page's title
 *
 * Names the lists and scrolled areas of @root that take the focus, so that a screen reader
 * says what they are rather than "GtkListBox": each group's list by the group's title, each
 * combo row's choices by the row's title and each choice by its text, and the rest by @name.
 */
void
shortlist_name_lists (GtkWidget  *root,
                      const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (root));
  name_lists (root, name);
}
