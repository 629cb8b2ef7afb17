/* shortlist-narrow-bin.h: a wide child where it fits whole, a narrow one where it does not */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SHORTLIST_TYPE_NARROW_BIN (shortlist_narrow_bin_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistNarrowBin, shortlist_narrow_bin, SHORTLIST, NARROW_BIN, GtkWidget)

void     shortlist_narrow_bin_set_wide_child (ShortlistNarrowBin *self,
                                              GtkWidget          *child);
void     shortlist_narrow_bin_set_narrow_child (ShortlistNarrowBin *self,
                                                GtkWidget          *child);
gboolean shortlist_narrow_bin_get_narrow (ShortlistNarrowBin *self);

G_END_DECLS
