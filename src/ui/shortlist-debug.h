/* shortlist-debug.h: measurements for the benchmarks, off unless SHORTLIST_DEBUG asks for them */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void   shortlist_debug_watch_window (GtkWindow *window);
void   shortlist_debug_mark (const char *what);
void   shortlist_debug_stalls_start (void);
double shortlist_debug_stalls_stop (double *median);

G_END_DECLS
