/* shortlist-reflow-layout.h: a text and its button side by side, or the button under the text */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SHORTLIST_TYPE_REFLOW_LAYOUT (shortlist_reflow_layout_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistReflowLayout, shortlist_reflow_layout, SHORTLIST, REFLOW_LAYOUT, GtkLayoutManager)

GtkLayoutManager *shortlist_reflow_layout_new (int spacing);

G_END_DECLS
