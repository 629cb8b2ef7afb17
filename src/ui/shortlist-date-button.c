/* shortlist-date-button.c: a button that shows a date and picks it from a calendar
 *
 * The date is a calendar day, kept as midnight UTC so that it is the same day wherever the
 * ATS is. "No date" is a state of its own, not today's date.
 */
#define G_LOG_DOMAIN "shortlist-date-button"

#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "shortlist-compat.h"
#include "shortlist-date-button.h"
#include "shortlist-widget.h"

struct _ShortlistDateButton
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkWidget *menu_button;
  GtkWidget *calendar;
  GtkWidget *clear_button;
  GDateTime *date;
};

G_DEFINE_FINAL_TYPE (ShortlistDateButton, shortlist_date_button, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_label (ShortlistDateButton *self)
{
  g_autofree char *text = NULL;

  if (self->date != NULL)
    /* TRANSLATORS: how a chosen date is shown, see the strftime manual; "%x" is the locale's own */
    text = g_date_time_format (self->date, C_ ("date", "%x"));

  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->menu_button), text ? text : _ ("Choose a Date"));
  gtk_widget_set_visible (self->clear_button, self->date != NULL);
  /* The row's title is said with it, as its description, once the button is in a row */
  shortlist_name_button (self->menu_button, text ? text : _ ("Choose a Date"));
}

static void
day_selected_cb (ShortlistDateButton *self)
{
  g_autoptr (GDateTime) picked = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));
  g_autoptr (GDateTime) day = g_date_time_new_utc (g_date_time_get_year (picked),
                                                   g_date_time_get_month (picked),
                                                   g_date_time_get_day_of_month (picked), 0, 0, 0);

  shortlist_date_button_set_date (self, day);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->menu_button));
}

static void
clear_cb (ShortlistDateButton *self)
{
  shortlist_date_button_set_date (self, NULL);
}

static void
shortlist_date_button_dispose (GObject *object)
{
  ShortlistDateButton *self = (ShortlistDateButton *) object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (shortlist_date_button_parent_class)->dispose (object);
}

static void
shortlist_date_button_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ShortlistDateButton *self = SHORTLIST_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
shortlist_date_button_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  ShortlistDateButton *self = SHORTLIST_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      shortlist_date_button_set_date (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A screen reader hears which date this is: "Available from", "Until", a question's title */
static void
shortlist_date_button_root (GtkWidget *widget)
{
  ShortlistDateButton *self = SHORTLIST_DATE_BUTTON (widget);
  GtkWidget           *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);

  GTK_WIDGET_CLASS (shortlist_date_button_parent_class)->root (widget);

  if (row == NULL)
    return;

  /* GtkMenuButton's focusable part is the toggle button inside it */
  for (GtkWidget *w = self->menu_button; w != NULL; w = gtk_widget_get_first_child (w))
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
      if (GTK_IS_TOGGLE_BUTTON (w))
        break;
    }
}

static void
shortlist_date_button_class_init (ShortlistDateButtonClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_date_button_dispose;
  object_class->get_property = shortlist_date_button_get_property;
  object_class->set_property = shortlist_date_button_set_property;

  properties[PROP_DATE] =
      g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->root = shortlist_date_button_root;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
shortlist_date_button_init (ShortlistDateButton *self)
{
  GtkWidget *popover = gtk_popover_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->box, "linked");
  gtk_widget_set_valign (self->box, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->calendar = gtk_calendar_new ();
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self);
  gtk_popover_set_child (GTK_POPOVER (popover), self->calendar);

  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->menu_button), popover);
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (self->menu_button), TRUE);
  gtk_box_append (GTK_BOX (self->box), self->menu_button);

  self->clear_button = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_set_tooltip_text (self->clear_button, _ ("Clear the Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Clear the Date"), -1);
  g_signal_connect_swapped (self->clear_button, "clicked", G_CALLBACK (clear_cb), self);
  gtk_box_append (GTK_BOX (self->box), self->clear_button);

  update_label (self);
}

GtkWidget *
shortlist_date_button_new (void)
{
  return g_object_new (SHORTLIST_TYPE_DATE_BUTTON, NULL);
}

/* Returns: (nullable): the chosen day, at midnight UTC */
GDateTime *
shortlist_date_button_get_date (ShortlistDateButton *self)
{
  g_return_val_if_fail (SHORTLIST_IS_DATE_BUTTON (self), NULL);
  return self->date;
}

void
shortlist_date_button_set_date (ShortlistDateButton *self,
                                GDateTime           *date)
{
  g_return_if_fail (SHORTLIST_IS_DATE_BUTTON (self));

  if (self->date == date)
    return;
  g_clear_pointer (&self->date, g_date_time_unref);
  if (date != NULL)
    {
      self->date = g_date_time_ref (date);
      g_signal_handlers_block_by_func (self->calendar, day_selected_cb, self);
      shortlist_calendar_select (GTK_CALENDAR (self->calendar), date);
      g_signal_handlers_unblock_by_func (self->calendar, day_selected_cb, self);
    }
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}
