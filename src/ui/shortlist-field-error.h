/* shortlist-field-error.h: validation messages shown next to the field they concern */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void        shortlist_field_set_error (GtkWidget  *field,
                                       const char *message);
const char *shortlist_field_get_error (GtkWidget *field);
void        shortlist_field_clear_error (GtkWidget *field);
char       *shortlist_field_dup_text (GtkWidget *editable);

G_END_DECLS
