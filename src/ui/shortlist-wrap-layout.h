/* shortlist-wrap-layout.h: children side by side, and on further lines where the width runs out */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SHORTLIST_TYPE_WRAP_LAYOUT (shortlist_wrap_layout_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistWrapLayout, shortlist_wrap_layout, SHORTLIST, WRAP_LAYOUT, GtkLayoutManager)

GtkLayoutManager *shortlist_wrap_layout_new (int spacing,
                                             int line_width);

G_END_DECLS
