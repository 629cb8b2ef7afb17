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
 * @error: (nullable): why it was not sent, when a submission failed
 */
typedef struct
{
  char     *id;
  char     *integration_id;
  char     *name;
  char     *job;
  gint64    updated;
  JsonNode *draft;
  char     *error;
} ShortlistDraftInfo;

/**
 * ShortlistSentOutcome:
 * @SHORTLIST_SENT_CREATED: the ATS has the candidate
 * @SHORTLIST_SENT_FAILED: it refused them, or the request never left
 * @SHORTLIST_SENT_UNKNOWN: the answer was lost; the candidate may have arrived
 * @SHORTLIST_SENT_NOT_CREATED: looked up afterwards, and not there
 */
typedef enum
{
  SHORTLIST_SENT_CREATED,
  SHORTLIST_SENT_FAILED,
  SHORTLIST_SENT_UNKNOWN,
  SHORTLIST_SENT_NOT_CREATED,
} ShortlistSentOutcome;

/* One submission, as the history keeps it */
typedef struct
{
  gint64               id;
  gint64               sent; /* microseconds since 1970 */
  char                *integration_id;
  char                *job_id;
  char                *job_name;
  char                *name;
  char                *email;
  ShortlistSentOutcome outcome;
  char                *error_code;
  char                *error_title;
  char                *error_message;
  char                *log_url;
  char                *candidate_id;
  char                *remote_id;
  char                *remote_url;
  GStrv                warnings;
  GStrv                followups; /* tags and result links added afterwards, as said to the person */
  char                *stage;     /* where the application stands in the ATS, as last asked */
  char                *standing;  /* its outcome: PENDING, HIRED, DECLINED or what the ATS said */
  char                *rejection; /* why it was declined */
  gint64               checked;   /* when that was last asked (µs since 1970), 0 never */
  gint64               moved;     /* when a change of stage or outcome was last seen, 0 never */
  char                *application_id; /* the application the submission made, when known */
  char                *note;           /* a note for the client's team not sent yet */
  char                *note_problem;   /* why it was not sent */
} ShortlistHistoryEntry;

/* Where a candidate's application to a job stands, as the ATS says it now */
typedef struct
{
  char *candidate_id;
  char *job_id;
  char *stage;
  char *standing;
  char *rejection;
  char *application_id; /* learnt for submissions kept before it was */
} ShortlistStanding;

/* The candidates whose submissions are followed in one integration, and when they were last asked about */
typedef struct
{
  GStrv  candidate_ids;
  gint64 checked; /* µs since 1970, 0 never */
} ShortlistFollowed;

ShortlistHistoryEntry *shortlist_history_entry_new (void);
ShortlistHistoryEntry *shortlist_history_entry_copy (const ShortlistHistoryEntry *entry);
void                   shortlist_history_entry_free (ShortlistHistoryEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ShortlistHistoryEntry, shortlist_history_entry_free)

ShortlistStanding     *shortlist_standing_new (const char *candidate_id,
                                               const char *job_id,
                                               const char *stage,
                                               const char *standing,
                                               const char *rejection);
void                   shortlist_standing_free (ShortlistStanding *standing);
void                   shortlist_followed_free (ShortlistFollowed *followed);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ShortlistFollowed, shortlist_followed_free)

ShortlistDraftInfo *shortlist_draft_info_copy (const ShortlistDraftInfo *info);
void                shortlist_draft_info_free (ShortlistDraftInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ShortlistDraftInfo, shortlist_draft_info_free)

#define SHORTLIST_TYPE_STORE (shortlist_store_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistStore, shortlist_store, SHORTLIST, STORE, GObject)

ShortlistStore *shortlist_store_new (const char *directory);
const char     *shortlist_store_get_directory (ShortlistStore *self);
void            shortlist_store_open_async (ShortlistStore     *self,
                                            GCancellable       *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer            user_data);
gboolean        shortlist_store_open_finish (ShortlistStore *self,
                                             GAsyncResult   *result,
                                             char          **notice,
                                             GError        **error);
void            shortlist_store_save_draft_async (ShortlistStore     *self,
                                                  const char         *id,
                                                  const char         *integration_id,
                                                  const char         *name,
                                                  const char         *job,
                                                  JsonNode           *draft,
                                                  GCancellable       *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer            user_data);
gboolean        shortlist_store_save_draft_finish (ShortlistStore *self,
                                                   GAsyncResult   *result,
                                                   GError        **error);
void            shortlist_store_list_drafts_async (ShortlistStore     *self,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
GPtrArray      *shortlist_store_list_drafts_finish (ShortlistStore *self,
                                                    GAsyncResult   *result,
                                                    GError        **error);
void            shortlist_store_delete_draft_async (ShortlistStore     *self,
                                                    const char         *id,
                                                    GCancellable       *cancellable,
                                                    GAsyncReadyCallback callback,
                                                    gpointer            user_data);
gboolean        shortlist_store_delete_draft_finish (ShortlistStore *self,
                                                     GAsyncResult   *result,
                                                     GError        **error);
void            shortlist_store_set_draft_error_async (ShortlistStore     *self,
                                                       const char         *id,
                                                       const char         *error,
                                                       GCancellable       *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer            user_data);
void            shortlist_store_add_history_async (ShortlistStore        *self,
                                                   ShortlistHistoryEntry *entry,
                                                   GCancellable          *cancellable,
                                                   GAsyncReadyCallback    callback,
                                                   gpointer               user_data);
gint64          shortlist_store_add_history_finish (ShortlistStore *self,
                                                    GAsyncResult   *result,
                                                    GError        **error);
void            shortlist_store_set_outcome_async (ShortlistStore      *self,
                                                   gint64               entry_id,
                                                   ShortlistSentOutcome outcome,
                                                   const char          *candidate_id,
                                                   const char          *remote_url,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
void            shortlist_store_add_followup_async (ShortlistStore     *self,
                                                    const char         *candidate_id,
                                                    const char         *followup,
                                                    GCancellable       *cancellable,
                                                    GAsyncReadyCallback callback,
                                                    gpointer            user_data);
void            shortlist_store_set_note_async (ShortlistStore     *self,
                                                const char         *application_id,
                                                const char         *note,
                                                const char         *problem,
                                                GCancellable       *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer            user_data);
void            shortlist_store_list_history_async (ShortlistStore     *self,
                                                    const char         *search,
                                                    GCancellable       *cancellable,
                                                    GAsyncReadyCallback callback,
                                                    gpointer            user_data);
GPtrArray      *shortlist_store_list_history_finish (ShortlistStore *self,
                                                     GAsyncResult   *result,
                                                     GError        **error);
void            shortlist_store_forget_async (ShortlistStore     *self,
                                              gint64              before,
                                              gboolean            drafts_too,
                                              GCancellable       *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer            user_data);
gboolean        shortlist_store_finish (ShortlistStore *self,
                                        GAsyncResult   *result,
                                        GError        **error);
void            shortlist_store_load_jobs_async (ShortlistStore     *self,
                                                 const char         *integration_id,
                                                 GCancellable       *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer            user_data);
GPtrArray      *shortlist_store_load_jobs_finish (ShortlistStore *self,
                                                  GAsyncResult   *result,
                                                  gint64         *synced,
                                                  gint64         *full_synced,
                                                  GError        **error);
void            shortlist_store_save_jobs_async (ShortlistStore     *self,
                                                 const char         *integration_id,
                                                 GPtrArray          *jobs,
                                                 const char *const  *gone_ids,
                                                 gboolean            replace,
                                                 gint64              synced,
                                                 GCancellable       *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer            user_data);
void            shortlist_store_close (ShortlistStore *self);

void               shortlist_store_get_followed_async (ShortlistStore     *self,
                                                      const char         *integration_id,
                                                      GCancellable       *cancellable,
                                                      GAsyncReadyCallback callback,
                                                      gpointer            user_data);
ShortlistFollowed *shortlist_store_get_followed_finish (ShortlistStore *self,
                                                       GAsyncResult   *result,
                                                       GError        **error);
void               shortlist_store_save_standings_async (ShortlistStore     *self,
                                                        const char         *integration_id,
                                                        GPtrArray          *standings,
                                                        gint64              checked,
                                                        GCancellable       *cancellable,
                                                        GAsyncReadyCallback callback,
                                                        gpointer            user_data);
GPtrArray         *shortlist_store_save_standings_finish (ShortlistStore *self,
                                                         GAsyncResult   *result,
                                                         GError        **error);

void       shortlist_store_load_users_async (ShortlistStore     *self,
                                             const char         *integration_id,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
GPtrArray *shortlist_store_load_users_finish (ShortlistStore *self,
                                              GAsyncResult   *result,
                                              GError        **error);
void       shortlist_store_save_users_async (ShortlistStore     *self,
                                             const char         *integration_id,
                                             GPtrArray          *users,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);

G_END_DECLS
