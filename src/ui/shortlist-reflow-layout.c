/* shortlist-reflow-layout.c: a text and its button side by side, or the button under the text
 *
 * ShortlistReflowLayout puts a text and its button side by side where the text keeps at least
 * the button's width, and the button under the text where it would not, as a banner does.
 * Built for libadwaita before 1.3, which has no AdwBanner.
 */
#include "config.h"

#include "shortlist-reflow-layout.h"
#include "shortlist-widget.h"

struct _ShortlistReflowLayout
{
  GtkLayoutManager parent_instance;

  int spacing;
};

G_DEFINE_FINAL_TYPE (ShortlistReflowLayout, shortlist_reflow_layout, GTK_TYPE_LAYOUT_MANAGER)

/* The text and the button, when both are there to lay out */
static gboolean
get_pair (GtkWidget  *widget,
          GtkWidget **text,
          GtkWidget **button)
{
  *text = gtk_widget_get_first_child (widget);
  *button = *text ? gtk_widget_get_next_sibling (*text) : NULL;
  return *text != NULL && *button != NULL && gtk_widget_should_layout (*text) && gtk_widget_should_layout (*button);
}

/* Side by side while the text keeps at least the button's width, and its own least */
static gboolean
side_by_side (ShortlistReflowLayout *self,
              GtkWidget             *text,
              GtkWidget             *button,
              int                    width)
{
  int button_width = shortlist_widget_natural_width (button);
  int text_min = 0;
  int left = width - self->spacing - button_width;

  gtk_widget_measure (text, GTK_ORIENTATION_HORIZONTAL, -1, &text_min, NULL, NULL, NULL);
  return width < 0 || (left >= button_width && left >= text_min);
}

static void
shortlist_reflow_layout_measure (GtkLayoutManager *manager,
                                 GtkWidget        *widget,
                                 GtkOrientation    orientation,
                                 int               for_size,
                                 int              *minimum,
                                 int              *natural,
                                 int              *minimum_baseline,
                                 int              *natural_baseline)
{
  ShortlistReflowLayout *self = SHORTLIST_REFLOW_LAYOUT (manager);
  GtkWidget             *text, *button;

  *minimum = *natural = 0;
  if (!get_pair (widget, &text, &button))
    {
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        if (gtk_widget_should_layout (child))
          {
            int child_min, child_nat;

            gtk_widget_measure (child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
            *minimum = MAX (*minimum, child_min);
            *natural = MAX (*natural, child_nat);
          }
      return;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int text_min, text_nat, button_min, button_nat;

      gtk_widget_measure (text, orientation, -1, &text_min, &text_nat, NULL, NULL);
      gtk_widget_measure (button, orientation, -1, &button_min, &button_nat, NULL, NULL);
      /* At the least, one above the other */
      *minimum = MAX (text_min, button_min);
      *natural = text_nat + self->spacing + button_nat;
    }
  else if (side_by_side (self, text, button, for_size))
    {
      int button_width = shortlist_widget_natural_width (button);
      int text_width = for_size < 0 ? -1 : for_size - self->spacing - button_width;

      *minimum = *natural = MAX (shortlist_widget_height_for_width (text, text_width), shortlist_widget_height_for_width (button, button_width));
    }
  else
    *minimum = *natural = shortlist_widget_height_for_width (text, for_size) + self->spacing + shortlist_widget_height_for_width (button, MIN (shortlist_widget_natural_width (button), for_size));
}

static void
shortlist_reflow_layout_allocate (GtkLayoutManager *manager,
                                  GtkWidget        *widget,
                                  int               width,
                                  int               height,
                                  int               baseline)
{
  ShortlistReflowLayout *self = SHORTLIST_REFLOW_LAYOUT (manager);
  GtkWidget             *text, *button;
  int                    button_width, button_height;

  if (!get_pair (widget, &text, &button))
    {
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        if (gtk_widget_should_layout (child))
          gtk_widget_allocate (child, width, height, -1, NULL);
      return;
    }

  button_width = MIN (shortlist_widget_natural_width (button), width);
  if (side_by_side (self, text, button, width))
    {
      button_height = shortlist_widget_height_for_width (button, button_width);
      gtk_widget_allocate (text, width - self->spacing - button_width, height, -1, NULL);
      gtk_widget_allocate (button, button_width, button_height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (width - button_width, (height - button_height) / 2)));
    }
  else
    {
      int text_height = shortlist_widget_height_for_width (text, width);

      button_height = shortlist_widget_height_for_width (button, button_width);
      gtk_widget_allocate (text, width, text_height, -1, NULL);
      gtk_widget_allocate (button, button_width, button_height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT ((width - button_width) / 2, text_height + self->spacing)));
    }
}

static GtkSizeRequestMode
shortlist_reflow_layout_get_request_mode (GtkLayoutManager *manager,
                                          GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
shortlist_reflow_layout_class_init (ShortlistReflowLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->measure = shortlist_reflow_layout_measure;
  manager_class->allocate = shortlist_reflow_layout_allocate;
  manager_class->get_request_mode = shortlist_reflow_layout_get_request_mode;
}

static void
shortlist_reflow_layout_init (ShortlistReflowLayout *self)
{
}

/**
 * shortlist_reflow_layout_new:
 * @spacing: between the text and the button, either way
 *
 * Returns: (transfer full): a layout for a widget whose first child is a text and whose
 *   second is its button
 */
GtkLayoutManager *
shortlist_reflow_layout_new (int spacing)
{
  ShortlistReflowLayout *self = g_object_new (SHORTLIST_TYPE_REFLOW_LAYOUT, NULL);

  self->spacing = spacing;
  return GTK_LAYOUT_MANAGER (self);
}
