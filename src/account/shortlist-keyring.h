/* shortlist-keyring.h: the Kombo API key in the system keyring, one per server */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void      shortlist_keyring_lookup_async  (const char          *server,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
char     *shortlist_keyring_lookup_finish (GAsyncResult        *result,
                                           GError             **error);
void      shortlist_keyring_store_async   (const char          *server,
                                           const char          *api_key,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean  shortlist_keyring_store_finish  (GAsyncResult        *result,
                                           GError             **error);
void      shortlist_keyring_clear_async   (const char          *server,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean  shortlist_keyring_clear_finish  (GAsyncResult        *result,
                                           GError             **error);

G_END_DECLS
