/* shortlist-store.h: what Shortlist keeps on this computer: drafts of candidates, in SQLite */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * ShortlistDraftInfo:
 * @id: the draft's own id
 * @integration_id: where it is to be sent
 * @name: the candidate's name as typed, or %NULL
 * @job: the job's name or id, or %NULL
 * @updated: when it last changed, in microseconds since 1970
 * @draft: the draft, as kombo_candidate_draft_serialize() wrote it, with its files in the
 *   store's own folder
 */
typedef struct
{
  char     *id;
  char     *integration_id;
  char     *name;
  char     *job;
  gint64    updated;
  JsonNode *draft;
} ShortlistDraftInfo;

ShortlistDraftInfo *shortlist_draft_info_copy (const ShortlistDraftInfo *info);
void                shortlist_draft_info_free (ShortlistDraftInfo       *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ShortlistDraftInfo, shortlist_draft_info_free)

#define SHORTLIST_TYPE_STORE (shortlist_store_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistStore, shortlist_store, SHORTLIST, STORE, GObject)

ShortlistStore *shortlist_store_new                (const char          *directory);
const char     *shortlist_store_get_directory      (ShortlistStore      *self);
void            shortlist_store_open_async         (ShortlistStore      *self,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean        shortlist_store_open_finish        (ShortlistStore      *self,
                                                    GAsyncResult        *result,
                                                    char               **notice,
                                                    GError             **error);
void            shortlist_store_save_draft_async   (ShortlistStore      *self,
                                                    const char          *id,
                                                    const char          *integration_id,
                                                    const char          *name,
                                                    const char          *job,
                                                    JsonNode            *draft,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean        shortlist_store_save_draft_finish  (ShortlistStore      *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
void            shortlist_store_list_drafts_async  (ShortlistStore      *self,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
GPtrArray      *shortlist_store_list_drafts_finish (ShortlistStore      *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
void            shortlist_store_delete_draft_async (ShortlistStore      *self,
                                                    const char          *id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean        shortlist_store_delete_draft_finish (ShortlistStore     *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);
void            shortlist_store_close              (ShortlistStore      *self);

G_END_DECLS
