/* shortlist-widget.c: what Shortlist's widgets share: template disposal, removable rows, choices, rows synced to a list, paced, as they come near */
#define G_LOG_DOMAIN "shortlist-widget"

#include "config.h"

#include "shortlist-accessible.h"
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

/**
 * shortlist_widget_set_tooltip_quietly:
 *
 * Gives a new widget of a long list its tooltip. It takes it while hidden: a shown widget
 * taking one makes GTK look again for the widget under the pointer, through the whole window,
 * which a list of hundreds of rows, each with its buttons, pays for hundreds of times.
 */
void
shortlist_widget_set_tooltip_quietly (GtkWidget  *widget,
                                      const char *text)
{
  gboolean visible = gtk_widget_get_visible (widget);

  gtk_widget_set_visible (widget, FALSE);
  gtk_widget_set_tooltip_text (widget, text);
  gtk_widget_set_visible (widget, visible);
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
  shortlist_widget_set_tooltip_quietly (button, label);
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

GtkWidget *
shortlist_choice_new (const char        *context,
                      const char *const *choices,
                      const char        *label,
                      gpointer           model,
                      const char        *property)
{
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr (GtkListItemFactory) shown = shortlist_shown_item_factory_new ();
  GtkWidget *dropdown;

  for (guint i = 0; choices[i] != NULL; i++)
    gtk_string_list_append (list, g_dpgettext2 (NULL, context, choices[i]));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL);
  /* Its choice is shown without a focus of its own; the list it opens is GTK's */
  gtk_drop_down_set_factory (GTK_DROP_DOWN (dropdown), shown);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  shortlist_name_button (dropdown, label);
  shortlist_unfocus_shown_item (dropdown);
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
 * shortlist_row_label_new:
 * @style: "title" or "subtitle"
 *
 * Returns: a label of a row made of plain labels, as the long lists' rows are: it ellipsizes
 *   until it is told to wrap, and takes its text as it is, never as markup
 */
GtkWidget *
shortlist_row_label_new (const char *style)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, style);
  return label;
}

/**
 * shortlist_group_sync_rows_until:
 * @rows: the rows @group shows now, one for each of the first items of @model, in its order
 * @create: makes the row of an item
 * @deadline: when to stop making rows (shortlist_pace_begin()), or 0 to make them all
 * @at_least: how many rows to make before the deadline counts
 *
 * Keeps the rows of an #AdwPreferencesGroup in step with a list model, from an
 * ::items-changed handler (or, with the position and counts 0, to make more rows): removed
 * rows go, with any message shown below them, and added items get rows, as many as the time
 * allows; the other rows, and what they show, stay.
 *
 * Returns: whether every item has its row
 */
gboolean
shortlist_group_sync_rows_until (AdwPreferencesGroup *group,
                                 GPtrArray           *rows,
                                 GListModel          *model,
                                 guint                position,
                                 guint                removed,
                                 guint                added,
                                 GtkWidget *(*create) (gpointer item, gpointer user_data),
                                 gpointer user_data,
                                 gint64   deadline,
                                 guint    at_least)
{
  guint n = model ? g_list_model_get_n_items (model) : 0;
  /* Rows after an item inserted in the middle are made again, since the group only appends */
  guint last = added > 0 && position + added < n ? rows->len : MIN (position + removed, rows->len);
  guint made = 0;

  for (guint i = position; i < last; i++)
    {
      shortlist_field_clear_error (rows->pdata[i]);
      adw_preferences_group_remove (group, rows->pdata[i]);
    }
  if (position < last)
    g_ptr_array_remove_range (rows, position, last - position);

  for (guint i = rows->len; i < n; i++, made++)
    {
      g_autoptr (GObject) item = NULL;
      GtkWidget *row;

      if (deadline != 0 && made >= at_least && g_get_monotonic_time () >= deadline)
        return FALSE;
      item = g_list_model_get_item (model, i);
      row = create (item, user_data);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (rows, row);
    }
  return TRUE;
}

/* shortlist_group_sync_rows_until(), making every row at once */
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
  shortlist_group_sync_rows_until (group, rows, model, position, removed, added, create, user_data, 0, 0);
}

/* How long a frame of new rows may take as a whole, made, laid out and drawn, of the 16.7 ms
 * between two frames: the rest is for the window's other work, and other programs' */
#define PACE_FRAME_US 12000
/* The least time a frame spends making rows, and the first frame's: so that a list of any
 * length is done, and the first frame does not guess high */
#define PACE_LEAST_US 1000

static void
after_paint_cb (GdkFrameClock *clock,
                ShortlistPace *pace)
{
  gint64 making, whole;

  if (pace->made_at == 0)
    return;
  /* The frame as a whole: making the rows, then laying out the list with them and drawing
   * it, which grows with the list and with other work on the computer. The next frame makes
   * rows for as much longer or shorter as the whole fits the frame's time, at most twice */
  making = MAX (1, pace->made_at - pace->started);
  whole = MAX (1, g_get_monotonic_time () - pace->started);
  pace->making_us = CLAMP (making * PACE_FRAME_US / whole, PACE_LEAST_US, 2 * making);
  pace->made_at = 0;
}

/* How wide @widget would like to be, for a layout that places it */
int
shortlist_widget_natural_width (GtkWidget *widget)
{
  int natural = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

/* How high @widget needs to be at @width (-1: at its natural width) */
int
shortlist_widget_height_for_width (GtkWidget *widget,
                                   int        width)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &minimum, NULL, NULL, NULL);
  return minimum;
}

/**
 * shortlist_scrolled_bounds:
 * @bounds: (out): where @widget is in what its scrolled window scrolls, whatever the scroll
 * @top: (out): where the scrolled window is scrolled to, in the same terms
 * @page: (out): how much of it the scrolled window shows
 *
 * Where a long list stands against what its page shows, to make its rows as they come near:
 * as @widget was last laid out, against where the page scrolls to now (scrolling lays nothing
 * out again).
 *
 * Returns: whether @widget is laid out in a scrolled window that is itself laid out
 */
gboolean
shortlist_scrolled_bounds (GtkWidget       *widget,
                           graphene_rect_t *bounds,
                           double          *top,
                           double          *page)
{
  GtkWidget     *view = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget     *content = view ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (view)) : NULL;
  GtkAdjustment *scroll;

  if (content != NULL && GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  if (content == NULL || gtk_widget_get_width (widget) == 0 || !gtk_widget_compute_bounds (widget, content, bounds))
    return FALSE;
  scroll = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (view));
  *top = gtk_adjustment_get_value (scroll);
  *page = gtk_adjustment_get_page_size (scroll);
  return *page > 0;
}

/**
 * shortlist_pace_begin:
 * @clock: the frame clock of the list, as a tick callback has it
 *
 * A long list is given its rows a frame at a time, from a tick callback: this says until when
 * this frame can make rows, so that the frame as a whole, with the list laid out and drawn,
 * fits within PACE_FRAME_US. What that takes is learnt from the frames before, so a longer
 * list, or a busier computer, is given fewer rows a frame rather than frames that stall. Call
 * shortlist_pace_end() once the rows are made.
 *
 * Returns: the deadline for making rows, in g_get_monotonic_time()'s terms
 */
gint64
shortlist_pace_begin (ShortlistPace *pace,
                      GdkFrameClock *clock)
{
  if (pace->clock != clock)
    {
      shortlist_pace_clear (pace);
      pace->clock = g_object_ref (clock);
      pace->paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), pace);
    }
  pace->started = g_get_monotonic_time ();
  return pace->started + MAX (PACE_LEAST_US, pace->making_us);
}

/* Says the rows of this frame are made: the rest of the frame is measured from now */
void
shortlist_pace_end (ShortlistPace *pace)
{
  pace->made_at = g_get_monotonic_time ();
}

/* Lets go of the frame clock; what was learnt stays */
void
shortlist_pace_clear (ShortlistPace *pace)
{
  /* The clock is let go of by its window as it goes, and its handlers with it */
  if (pace->clock != NULL && g_signal_handler_is_connected (pace->clock, pace->paint_id))
    g_signal_handler_disconnect (pace->clock, pace->paint_id);
  pace->paint_id = 0;
  g_clear_object (&pace->clock);
  pace->made_at = 0;
}
