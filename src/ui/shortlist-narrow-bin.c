/* shortlist-narrow-bin.c: a wide child where it fits whole, a narrow one where it does not
 *
 * ShortlistNarrowBin shows its wide child where it fits whole, and its narrow child (an icon
 * where the wide one has words) where it does not, as libadwaita's squeezer does, in a narrow
 * window (360 px, a phone, half a laptop screen). Built for libadwaita before 1.4 only, whose
 * window has no breakpoints.
 */
#include "config.h"

#include "shortlist-narrow-bin.h"

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
