/* shortlist-store-private.h: what the store's files share: the worker and SQLite's helpers */
#pragma once

#include <sqlite3.h>

#include "shortlist-store.h"

G_BEGIN_DECLS

struct _ShortlistStore
{
  GObject parent_instance;

  char        *directory;
  char        *path;
  GThreadPool *pool; /* one thread: the jobs run in the order they were asked for */
  sqlite3     *db;   /* used by the pool's thread only */
};

typedef void (*ShortlistStoreWork) (ShortlistStore *self,
                                    GTask          *task);

void     shortlist_store_push (ShortlistStore    *self,
                               GTask             *task,
                               ShortlistStoreWork work);
void     shortlist_store_run (ShortlistStore     *self,
                              gpointer            source_tag,
                              gpointer            data,
                              GDestroyNotify      free_data,
                              ShortlistStoreWork  work,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data);
gboolean shortlist_store_fail (GError    **error,
                               sqlite3    *db,
                               const char *what);
gboolean shortlist_store_bind_text (sqlite3_stmt *statement,
                                    int           index,
                                    const char   *text);
char    *shortlist_store_dup_column (sqlite3_stmt *statement,
                                     int           column);

G_END_DECLS
