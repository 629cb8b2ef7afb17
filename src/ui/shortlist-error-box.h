/* shortlist-error-box.h: a failure shown inline: Kombo's title, message and code, and its log */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SHORTLIST_TYPE_ERROR_BOX (shortlist_error_box_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistErrorBox, shortlist_error_box, SHORTLIST, ERROR_BOX, GtkWidget)

void        shortlist_error_box_show_error  (ShortlistErrorBox *self,
                                             const GError      *error);
void        shortlist_error_box_show_text   (ShortlistErrorBox *self,
                                             const char        *title,
                                             const char        *message);
void        shortlist_error_box_clear       (ShortlistErrorBox *self);
const char *shortlist_error_box_get_title   (ShortlistErrorBox *self);
const char *shortlist_error_box_get_message (ShortlistErrorBox *self);

G_END_DECLS
