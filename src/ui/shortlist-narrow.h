/* shortlist-narrow.h: what a narrow window (360 px, a phone, half a laptop screen) shows instead */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SHORTLIST_TYPE_NARROW_BIN (shortlist_narrow_bin_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistNarrowBin, shortlist_narrow_bin, SHORTLIST, NARROW_BIN, GtkWidget)

void       shortlist_narrow_bin_set_wide_child   (ShortlistNarrowBin *self,
                                                  GtkWidget          *child);
void       shortlist_narrow_bin_set_narrow_child (ShortlistNarrowBin *self,
                                                  GtkWidget          *child);
gboolean   shortlist_narrow_bin_get_narrow       (ShortlistNarrowBin *self);

#define SHORTLIST_TYPE_REFLOW_LAYOUT (shortlist_reflow_layout_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistReflowLayout, shortlist_reflow_layout, SHORTLIST, REFLOW_LAYOUT, GtkLayoutManager)

GtkLayoutManager *shortlist_reflow_layout_new (int spacing);

G_END_DECLS
