/* shortlist-user-chooser.c: "Sourced by" chosen from the ATS's users, by name or address
 *
 * A suffix of the "Sourced by" row: the name of the user whose ID is typed, and a button that
 * opens a searchable list of the integration's users (name, address). Choosing one puts their
 * Kombo ID in the row, which stays editable: an ID can still be typed or pasted, for a user the
 * list does not have. The list is fetched afresh when it is first opened (see ShortlistUsers),
 * and follows the users while it is open; a closed one is filled again as it opens.
 */
#define G_LOG_DOMAIN "shortlist-user-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-accessible.h"
#include "shortlist-user-chooser.h"
#include "shortlist-widget.h"

/* A list to choose from, not to scroll through: the search narrows it */
#define MAX_LISTED 100

struct _ShortlistUserChooser
{
  GtkWidget parent_instance;

  AdwEntryRow    *row;
  ShortlistUsers *users;
  GtkWidget      *name_label;
  GtkWidget      *button;
  GtkWidget      *search_entry;
  GtkListBox     *list;
  GtkWidget      *status_label;
  gboolean        in_sight; /* the list is open, or searched: it follows the users */
};

G_DEFINE_FINAL_TYPE (ShortlistUserChooser, shortlist_user_chooser, GTK_TYPE_WIDGET)

/* The name of the user whose ID is typed, beside it */
static void
update_name (ShortlistUserChooser *self)
{
  g_autofree char *id = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->row))));
  KomboUser       *user = self->users ? shortlist_users_find (self->users, id) : NULL;
  g_autofree char *name = user ? kombo_user_dup_display_name (user) : NULL;

  gtk_label_set_text (GTK_LABEL (self->name_label), name ? name : "");
  gtk_widget_set_visible (self->name_label, name != NULL);
}

static void
fill_list (ShortlistUserChooser *self)
{
  GListModel *users = self->users ? shortlist_users_get_model (self->users) : NULL;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const char *problem = self->users ? shortlist_users_get_problem (self->users) : NULL;
  guint       n_listed = 0, n_found = 0;
  GtkWidget  *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; users != NULL && i < g_list_model_get_n_items (users); i++)
    {
      g_autoptr (KomboUser) user = g_list_model_get_item (users, i);
      g_autofree char *name = NULL;
      GtkWidget       *row;

      if (!kombo_user_matches (user, search))
        continue;
      if (++n_found > MAX_LISTED)
        continue;
      name = kombo_user_dup_display_name (user);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      /* The address tells two people of one name apart; it is not repeated as the title */
      if (kombo_user_get_email (user) != NULL && g_strcmp0 (kombo_user_get_email (user), name) != 0)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), kombo_user_get_email (user));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "user-id", g_strdup (kombo_user_get_id (user)), g_free);
      gtk_list_box_append (self->list, row);
      n_listed++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->list), n_listed > 0);
  if (problem != NULL && n_listed == 0)
    gtk_label_set_text (GTK_LABEL (self->status_label), problem);
  else if (users == NULL || g_list_model_get_n_items (users) == 0)
    gtk_label_set_text (GTK_LABEL (self->status_label), _ ("Looking for the applicant tracking system’s users…"));
  else if (n_found == 0)
    gtk_label_set_text (GTK_LABEL (self->status_label), _ ("No user has that name or address. An ID can still be typed."));
  else if (n_found > MAX_LISTED)
    gtk_label_set_text (GTK_LABEL (self->status_label), _ ("Type a name to see the others."));
  else
    gtk_label_set_text (GTK_LABEL (self->status_label), "");
  gtk_widget_set_visible (self->status_label, *gtk_label_get_text (GTK_LABEL (self->status_label)) != '\0');
}

/* The users changed: the list follows while it is open; a closed one is filled as it opens */
static void
users_changed_cb (ShortlistUserChooser *self)
{
  if (self->in_sight)
    fill_list (self);
}

static void
chosen_cb (ShortlistUserChooser *self,
           GtkListBoxRow        *row)
{
  gtk_editable_set_text (GTK_EDITABLE (self->row), g_object_get_data (G_OBJECT (row), "user-id"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->button));
}

/* The first one found, on Enter in the search */
static void
search_activated_cb (ShortlistUserChooser *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->list, 0);

  if (first != NULL)
    chosen_cb (self, first);
}

static void
popover_hidden_cb (ShortlistUserChooser *self)
{
  self->in_sight = FALSE;
}

static void
popover_shown_cb (ShortlistUserChooser *self)
{
  self->in_sight = TRUE;
  if (self->users != NULL)
    shortlist_users_refresh (self->users);
  fill_list (self);
  gtk_widget_grab_focus (self->search_entry);
}

static void
shortlist_user_chooser_dispose (GObject *object)
{
  ShortlistUserChooser *self = SHORTLIST_USER_CHOOSER (object);
  GtkWidget            *child;

  if (self->users != NULL)
    {
      g_signal_handlers_disconnect_by_data (shortlist_users_get_model (self->users), self);
      g_signal_handlers_disconnect_by_data (self->users, self);
    }
  g_clear_object (&self->users);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (shortlist_user_chooser_parent_class)->dispose (object);
}

static void
shortlist_user_chooser_class_init (ShortlistUserChooserClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = shortlist_user_chooser_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BOX_LAYOUT);
}

static void
shortlist_user_chooser_init (ShortlistUserChooser *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);

  self->name_label = shortlist_row_label_new ("dim-label");
  gtk_label_set_max_width_chars (GTK_LABEL (self->name_label), 24);
  gtk_widget_set_visible (self->name_label, FALSE);
  gtk_widget_set_parent (self->name_label, GTK_WIDGET (self));

  self->search_entry = gtk_search_entry_new ();
  g_object_set (self->search_entry, "placeholder-text", _ ("Name or email address"), NULL);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (fill_list), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activated_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), self->search_entry);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Users of the applicant tracking system"), -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_widget_set_size_request (scrolled, 300, -1);
  gtk_box_append (GTK_BOX (box), scrolled);

  self->status_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->status_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->status_label), 36);
  gtk_widget_add_css_class (self->status_label, "dim-label");
  gtk_box_append (GTK_BOX (box), self->status_label);

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect_object (popover, "show", G_CALLBACK (popover_shown_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (popover, "hide", G_CALLBACK (popover_hidden_cb), self, G_CONNECT_SWAPPED);

  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->button), "system-users-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), popover);
  gtk_widget_set_tooltip_text (self->button, _ ("Choose From the Applicant Tracking System’s Users"));
  shortlist_name_button (self->button, _ ("Choose From the Applicant Tracking System’s Users"));
  gtk_widget_add_css_class (self->button, "flat");
  gtk_widget_set_valign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));
}

/**
 * shortlist_user_chooser_attach:
 * @row: the "Sourced by" row, which keeps the chosen user's Kombo ID
 *
 * Returns: (transfer none): the chooser, added to @row as a suffix
 */
GtkWidget *
shortlist_user_chooser_attach (AdwEntryRow    *row,
                               ShortlistUsers *users)
{
  ShortlistUserChooser *self = g_object_new (SHORTLIST_TYPE_USER_CHOOSER, NULL);

  g_return_val_if_fail (ADW_IS_ENTRY_ROW (row), NULL);
  g_return_val_if_fail (SHORTLIST_IS_USERS (users), NULL);

  self->row = row;
  self->users = g_object_ref (users);
  adw_entry_row_add_suffix (row, GTK_WIDGET (self));
  g_signal_connect_object (row, "changed", G_CALLBACK (update_name), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (shortlist_users_get_model (users), "items-changed", G_CALLBACK (update_name), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (shortlist_users_get_model (users), "items-changed", G_CALLBACK (users_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (users, "notify::problem", G_CALLBACK (users_changed_cb), self, G_CONNECT_SWAPPED);
  update_name (self);
  return GTK_WIDGET (self);
}

/* As typed into the chooser's search: the list is brought up to date and narrowed */
void
shortlist_user_chooser_search (ShortlistUserChooser *self,
                               const char           *search)
{
  g_return_if_fail (SHORTLIST_IS_USER_CHOOSER (self));

  self->in_sight = TRUE;
  if (self->users != NULL)
    shortlist_users_refresh (self->users);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search);
  fill_list (self);
}

GtkListBox *
shortlist_user_chooser_get_list (ShortlistUserChooser *self)
{
  g_return_val_if_fail (SHORTLIST_IS_USER_CHOOSER (self), NULL);
  return self->list;
}
