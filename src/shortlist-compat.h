/* shortlist-compat.h: calls whose GTK API changed after 4.8, in one place for both sides */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       shortlist_choose_files (GtkWidget          *parent,
                                   const char         *title,
                                   const char         *accept_label,
                                   gboolean            documents,
                                   gboolean            multiple,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data);
GPtrArray *shortlist_choose_files_finish (GAsyncResult *result);
void       shortlist_confirm_async (GtkWidget          *parent,
                                    const char         *heading,
                                    const char         *body,
                                    const char         *keep_label,
                                    const char         *confirm_label,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data);
gboolean   shortlist_confirm_finish (GAsyncResult *result);
void       shortlist_show_uri (GtkWidget  *parent,
                               const char *uri);

GtkWidget *shortlist_banner_new (const char *title,
                                 const char *button_label,
                                 const char *action_name);

G_END_DECLS
