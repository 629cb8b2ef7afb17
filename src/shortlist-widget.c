/* shortlist-widget.c: what every templated widget of Shortlist needs when it goes */
#include "config.h"

#include "shortlist-widget.h"

/**
 * shortlist_widget_dispose_template:
 *
 * gtk_widget_dispose_template(), then unparents the children it leaves: GTK 4.8 unparents only
 * the template children that are bound by name.
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
