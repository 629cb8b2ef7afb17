/* shortlist-accessible.h: what a screen reader says of Shortlist's lists and buttons, and where the focus stops */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void                shortlist_name_lists (GtkWidget  *root,
                                          const char *name);
void                shortlist_name_button (GtkWidget  *widget,
                                           const char *label);
void                shortlist_flow_buttons (GtkFlowBox *box);
GtkListItemFactory *shortlist_shown_item_factory_new (void);
void                shortlist_unfocus_shown_item (GtkWidget *widget);

G_END_DECLS
