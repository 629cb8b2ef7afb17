/* shortlist-widget.h: what every templated widget of Shortlist needs when it goes */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void shortlist_widget_dispose_template (GtkWidget *widget,
                                        GType      type);

G_END_DECLS
