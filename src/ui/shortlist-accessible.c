/* shortlist-accessible.c: what a screen reader says of Shortlist's lists and buttons, and where the focus stops
 *
 * GTK and libadwaita leave some of what takes the focus unnamed (a list, a drop-down's toggle,
 * a combo row's choices), and some of it a second stop inside a first (the item a drop-down
 * shows). Each page names its lists once it is built; what is made later names itself.
 */
#define G_LOG_DOMAIN "shortlist-accessible"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-accessible.h"

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
void
shortlist_unfocus_shown_item (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER (child))
        continue;
      if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (child)) == GTK_ACCESSIBLE_ROLE_LIST_ITEM ||
          g_str_equal (G_OBJECT_TYPE_NAME (child), "GtkListItemWidget"))
        gtk_widget_set_focusable (child, FALSE);
      shortlist_unfocus_shown_item (child);
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
GtkListItemFactory *
shortlist_shown_item_factory_new (void)
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
        g_autoptr (GtkListItemFactory) shown = shortlist_shown_item_factory_new ();

        adw_combo_row_set_factory (ADW_COMBO_ROW (widget), shown);
      }
      shortlist_unfocus_shown_item (widget);
      keep_focus_out_of_lists (widget);
    }

  else if (ADW_IS_EXPANDER_ROW (widget))
    {
      /* libadwaita 1.2 leaves the expander row itself unnamed */
      name = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
  else if (GTK_IS_DROP_DOWN (widget))
    shortlist_unfocus_shown_item (widget);
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
