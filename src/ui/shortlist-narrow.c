/* shortlist-narrow.c: what a narrow window (360 px, a phone, half a laptop screen) shows instead
 *
 * ShortlistNarrowBin shows its wide child where it fits whole, and its narrow child (an icon
 * where the wide one has words) where it does not, as libadwaita's squeezer does; it works the
 * same on every libadwaita, where the squeezer is gone from the newest.
 *
 * ShortlistReflowLayout puts a text and its button side by side where the text keeps at least
 * the button's width, and the button under the text where it would not, as a banner does.
 */
#include "config.h"

#include "shortlist-narrow.h"

struct _ShortlistNarrowBin
{
  GtkWidget parent_instance;

  GtkWidget *wide;
  GtkWidget *narrow;
  gboolean   is_narrow;
};

enum
{
  PROP_0,
  PROP_WIDE_CHILD,
  PROP_NARROW_CHILD,
  PROP_NARROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ShortlistNarrowBin, shortlist_narrow_bin, GTK_TYPE_WIDGET)

static void
shortlist_narrow_bin_measure (GtkWidget     *widget,
                              GtkOrientation orientation,
                              int            for_size,
                              int           *minimum,
                              int           *natural,
                              int           *minimum_baseline,
                              int           *natural_baseline)
{
  ShortlistNarrowBin *self = SHORTLIST_NARROW_BIN (widget);
  int                 wide_min = 0, wide_nat = 0, narrow_min = 0, narrow_nat = 0;

  if (self->wide != NULL && gtk_widget_get_visible (self->wide))
    gtk_widget_measure (self->wide, orientation, -1, &wide_min, &wide_nat, NULL, NULL);
  if (self->narrow != NULL && gtk_widget_get_visible (self->narrow))
    gtk_widget_measure (self->narrow, orientation, -1, &narrow_min, &narrow_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* As narrow as the narrow child, as wide as the wide one would like */
      *minimum = self->narrow != NULL ? narrow_min : wide_min;
      *natural = MAX (wide_nat, *minimum);
    }
  else
    {
      *minimum = MAX (wide_min, narrow_min);
      *natural = MAX (wide_nat, narrow_nat);
    }
}

static void
shortlist_narrow_bin_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  ShortlistNarrowBin *self = SHORTLIST_NARROW_BIN (widget);
  int                 wide_min = 0;
  gboolean            narrow;

  if (self->wide != NULL)
    gtk_widget_measure (self->wide, GTK_ORIENTATION_HORIZONTAL, -1, &wide_min, NULL, NULL, NULL);
  narrow = self->narrow != NULL && (self->wide == NULL || width < wide_min);

  if (self->wide != NULL)
    gtk_widget_set_child_visible (self->wide, !narrow);
  if (self->narrow != NULL)
    gtk_widget_set_child_visible (self->narrow, narrow);
  if (narrow && self->narrow != NULL)
    {
      int natural = 0;

      /* Given more room than it takes, in the middle of it */
      gtk_widget_measure (self->narrow, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      natural = MIN (natural, width);
      gtk_widget_allocate (self->narrow, natural, height, baseline,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT ((width - natural) / 2, 0)));
    }
  else if (self->wide != NULL)
    gtk_widget_allocate (self->wide, width, height, baseline, NULL);

  if (narrow != self->is_narrow)
    {
      self->is_narrow = narrow;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
    }
}

static void
set_child (ShortlistNarrowBin *self,
           GtkWidget         **slot,
           GtkWidget          *child,
           GParamSpec         *pspec)
{
  if (*slot == child)
    return;
  g_clear_pointer (slot, gtk_widget_unparent);
  if (child != NULL)
    {
      *slot = child;
      /* The wide one first, in focus and in reading order */
      if (slot == &self->wide)
        gtk_widget_insert_after (child, GTK_WIDGET (self), NULL);
      else
        gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

void
shortlist_narrow_bin_set_wide_child (ShortlistNarrowBin *self,
                                     GtkWidget          *child)
{
  g_return_if_fail (SHORTLIST_IS_NARROW_BIN (self));
  set_child (self, &self->wide, child, properties[PROP_WIDE_CHILD]);
}

void
shortlist_narrow_bin_set_narrow_child (ShortlistNarrowBin *self,
                                       GtkWidget          *child)
{
  g_return_if_fail (SHORTLIST_IS_NARROW_BIN (self));
  set_child (self, &self->narrow, child, properties[PROP_NARROW_CHILD]);
}

/**
 * shortlist_narrow_bin_get_narrow:
 *
 * Returns: whether the narrow child is the one shown, at the last allocation
 */
gboolean
shortlist_narrow_bin_get_narrow (ShortlistNarrowBin *self)
{
  g_return_val_if_fail (SHORTLIST_IS_NARROW_BIN (self), FALSE);
  return self->is_narrow;
}

static void
shortlist_narrow_bin_dispose (GObject *object)
{
  ShortlistNarrowBin *self = SHORTLIST_NARROW_BIN (object);

  g_clear_pointer (&self->wide, gtk_widget_unparent);
  g_clear_pointer (&self->narrow, gtk_widget_unparent);

  G_OBJECT_CLASS (shortlist_narrow_bin_parent_class)->dispose (object);
}

static void
shortlist_narrow_bin_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ShortlistNarrowBin *self = SHORTLIST_NARROW_BIN (object);

  switch (prop_id)
    {
    case PROP_WIDE_CHILD:
      g_value_set_object (value, self->wide);
      break;
    case PROP_NARROW_CHILD:
      g_value_set_object (value, self->narrow);
      break;
    case PROP_NARROW:
      g_value_set_boolean (value, self->is_narrow);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
shortlist_narrow_bin_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ShortlistNarrowBin *self = SHORTLIST_NARROW_BIN (object);

  switch (prop_id)
    {
    case PROP_WIDE_CHILD:
      shortlist_narrow_bin_set_wide_child (self, g_value_get_object (value));
      break;
    case PROP_NARROW_CHILD:
      shortlist_narrow_bin_set_narrow_child (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
shortlist_narrow_bin_class_init (ShortlistNarrowBinClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_narrow_bin_dispose;
  object_class->get_property = shortlist_narrow_bin_get_property;
  object_class->set_property = shortlist_narrow_bin_set_property;
  widget_class->measure = shortlist_narrow_bin_measure;
  widget_class->size_allocate = shortlist_narrow_bin_size_allocate;

  properties[PROP_WIDE_CHILD] = g_param_spec_object ("wide-child", NULL, NULL, GTK_TYPE_WIDGET,
                                                     G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NARROW_CHILD] = g_param_spec_object ("narrow-child", NULL, NULL, GTK_TYPE_WIDGET,
                                                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NARROW] = g_param_spec_boolean ("narrow", NULL, NULL, FALSE,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
shortlist_narrow_bin_init (ShortlistNarrowBin *self)
{
}

/* The reflowing layout */

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

static int
natural_width (GtkWidget *widget)
{
  int natural = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

static int
height_for (GtkWidget *widget,
            int        width)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &minimum, NULL, NULL, NULL);
  return minimum;
}

/* Side by side while the text keeps at least the button's width, and its own least */
static gboolean
side_by_side (ShortlistReflowLayout *self,
              GtkWidget             *text,
              GtkWidget             *button,
              int                    width)
{
  int button_width = natural_width (button);
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
      int button_width = natural_width (button);
      int text_width = for_size < 0 ? -1 : for_size - self->spacing - button_width;

      *minimum = *natural = MAX (height_for (text, text_width), height_for (button, button_width));
    }
  else
    *minimum = *natural = height_for (text, for_size) + self->spacing + height_for (button, MIN (natural_width (button), for_size));
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

  button_width = MIN (natural_width (button), width);
  if (side_by_side (self, text, button, width))
    {
      button_height = height_for (button, button_width);
      gtk_widget_allocate (text, width - self->spacing - button_width, height, -1, NULL);
      gtk_widget_allocate (button, button_width, button_height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (width - button_width, (height - button_height) / 2)));
    }
  else
    {
      int text_height = height_for (text, width);

      button_height = height_for (button, button_width);
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
