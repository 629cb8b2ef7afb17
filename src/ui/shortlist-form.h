/* shortlist-form.h: validation messages shown next to the field they concern */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void        shortlist_form_set_error    (GtkWidget  *field,
                                         const char *message);
const char *shortlist_form_get_error    (GtkWidget  *field);
void        shortlist_form_clear_error  (GtkWidget  *field);
char       *shortlist_form_dup_text     (GtkWidget  *editable);

G_END_DECLS
