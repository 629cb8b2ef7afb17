/* shortlist-wrap-layout.c: children side by side, and on further lines where the width runs out
 *
 * ShortlistWrapLayout lines its widget's children up at its end, and puts those that do not fit
 * on lines of their own below. It asks for the width of its children on one line up to a
 * line width it is given, and beyond that for that width only (or its widest child's): a
 * group's buttons that come and go in its header then never make the page wider, so the
 * hundreds of rows on it are not laid out again for a button, and a narrow window keeps them
 * within its edge. AdwWrapLayout (libadwaita 1.7) asks for its widest child's width only, so
 * a header's two buttons would take two lines however wide the window.
 */
#include "config.h"

#include "shortlist-widget.h"
#include "shortlist-wrap-layout.h"

struct _ShortlistWrapLayout
{
  GtkLayoutManager parent_instance;

  int spacing;
  int line_width; /* kept on one line up to this wide */
};

G_DEFINE_FINAL_TYPE (ShortlistWrapLayout, shortlist_wrap_layout, GTK_TYPE_LAYOUT_MANAGER)

/* How wide @child is on a line @width wide (-1: as wide as it likes): as it likes, at most @width */
static int
child_width (GtkWidget *child,
             int        width)
{
  int natural = shortlist_widget_natural_width (child);

  return width >= 0 ? MIN (natural, width) : natural;
}

/* Lays the children out on lines @width wide (-1: one line), from the end of each line as a
 * header's suffix is, allocating them from @top when @allocate; returns how high the lines are
 * together */
static int
lay_out (ShortlistWrapLayout *self,
         GtkWidget           *widget,
         int                  width,
         gboolean             allocate,
         int                  top)
{
  gboolean   rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GtkWidget *line = gtk_widget_get_first_child (widget);
  int        y = 0;

  while (line != NULL)
    {
      GtkWidget *next = line;
      int        line_width = 0, line_height = 0, n = 0, x;

      /* As many as fit, and always one */
      for (; next != NULL; next = gtk_widget_get_next_sibling (next))
        {
          int w;

          if (!gtk_widget_should_layout (next))
            continue;
          w = child_width (next, width);
          if (n > 0 && width >= 0 && line_width + self->spacing + w > width)
            break;
          line_width += (n > 0 ? self->spacing : 0) + w;
          line_height = MAX (line_height, shortlist_widget_height_for_width (next, w));
          n++;
        }
      if (n == 0)
        break;
      y += y > 0 ? self->spacing : 0;
      if (allocate)
        {
          x = MAX (width - line_width, 0);
          for (GtkWidget *child = line; child != next; child = gtk_widget_get_next_sibling (child))
            {
              int w;

              if (!gtk_widget_should_layout (child))
                continue;
              w = child_width (child, width);
              gtk_widget_allocate (child, w, line_height, -1,
                                   gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rtl ? width - x - w : x, top + y)));
              x += w + self->spacing;
            }
        }
      y += line_height;
      line = next;
    }
  return y;
}

static void
shortlist_wrap_layout_measure (GtkLayoutManager *manager,
                               GtkWidget        *widget,
                               GtkOrientation    orientation,
                               int               for_size,
                               int              *minimum,
                               int              *natural,
                               int              *minimum_baseline,
                               int              *natural_baseline)
{
  ShortlistWrapLayout *self = SHORTLIST_WRAP_LAYOUT (manager);

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = *natural = lay_out (self, widget, for_size, FALSE, 0);
      return;
    }
  /* At best, all on one line; at the least, on one line up to the line width, and beyond it on
   * lines that wide, or as wide as the widest child */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      {
        int child_min = 0, child_nat = 0;

        gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
        *minimum = MAX (*minimum, child_min);
        *natural += (*natural > 0 ? self->spacing : 0) + child_nat;
      }
  *minimum = MAX (*minimum, MIN (*natural, self->line_width));
}

static void
shortlist_wrap_layout_allocate (GtkLayoutManager *manager,
                                GtkWidget        *widget,
                                int               width,
                                int               height,
                                int               baseline)
{
  ShortlistWrapLayout *self = SHORTLIST_WRAP_LAYOUT (manager);

  /* In the middle of a taller place, as a box's buttons are */
  lay_out (self, widget, width, TRUE, MAX (height - lay_out (self, widget, width, FALSE, 0), 0) / 2);
}

static GtkSizeRequestMode
shortlist_wrap_layout_get_request_mode (GtkLayoutManager *manager,
                                        GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
shortlist_wrap_layout_class_init (ShortlistWrapLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->measure = shortlist_wrap_layout_measure;
  manager_class->allocate = shortlist_wrap_layout_allocate;
  manager_class->get_request_mode = shortlist_wrap_layout_get_request_mode;
}

static void
shortlist_wrap_layout_init (ShortlistWrapLayout *self)
{
}

/**
 * shortlist_wrap_layout_new:
 * @spacing: between children on a line, and between lines
 * @line_width: how wide a line of children is kept whole: the widget asks for no more width
 *   than this, or its widest child's
 *
 * Returns: (transfer full): a layout that lines a widget's children up at its end, on as
 *   many lines as its width takes
 */
GtkLayoutManager *
shortlist_wrap_layout_new (int spacing,
                           int line_width)
{
  ShortlistWrapLayout *self = g_object_new (SHORTLIST_TYPE_WRAP_LAYOUT, NULL);

  self->spacing = spacing;
  self->line_width = line_width;
  return GTK_LAYOUT_MANAGER (self);
}
