/* shortlist-date-button.h: a button that shows a date and picks it from a calendar */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SHORTLIST_TYPE_DATE_BUTTON (shortlist_date_button_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistDateButton, shortlist_date_button, SHORTLIST, DATE_BUTTON, GtkWidget)

GtkWidget *shortlist_date_button_new      (void);
GDateTime *shortlist_date_button_get_date (ShortlistDateButton *self);
void       shortlist_date_button_set_date (ShortlistDateButton *self,
                                           GDateTime           *date);

G_END_DECLS
