/* kombo-client.h: the Kombo ATS API over libsoup, every call asynchronous and cancellable */
#pragma once

#include <gio/gio.h>

#include "kombo-attachment.h"
#include "kombo-attachment-restrictions.h"
#include "kombo-candidate.h"
#include "kombo-integration.h"
#include "kombo-result-link.h"
#include "kombo-tag.h"
#include "kombo-write-result.h"

G_BEGIN_DECLS

typedef enum
{
  KOMBO_REGION_EU,
  KOMBO_REGION_US,
} KomboRegion;

/**
 * KomboProgressFunc:
 * @sent: bytes of the request body sent so far
 * @total: bytes of the whole request body
 *
 * Called on the main context as an upload goes on.
 */
typedef void (*KomboProgressFunc) (goffset  sent,
                                   goffset  total,
                                   gpointer user_data);

/* How many requests a client has in flight at most: enough for a batch at Kombo's concurrency,
 * with reads beside it */
#define KOMBO_CLIENT_CONNECTIONS 32

#define KOMBO_TYPE_CLIENT (kombo_client_get_type ())

G_DECLARE_FINAL_TYPE (KomboClient, kombo_client, KOMBO, CLIENT, GObject)

KomboClient *kombo_client_new (KomboRegion region);
KomboClient *kombo_client_new_for_url (const char *base_url,
                                       GError    **error);
const char  *kombo_client_get_base_url (KomboClient *self);
gboolean     kombo_client_set_base_url (KomboClient *self,
                                        const char  *base_url,
                                        GError     **error);
void         kombo_client_set_region (KomboClient *self,
                                      KomboRegion  region);
void         kombo_client_set_api_key (KomboClient *self,
                                       const char  *api_key);
gboolean     kombo_client_has_api_key (KomboClient *self);
const char  *kombo_client_get_integration_id (KomboClient *self);
void         kombo_client_set_integration_id (KomboClient *self,
                                              const char  *integration_id);
guint        kombo_client_get_concurrency_limit (KomboClient *self);
void         kombo_client_set_timeouts (KomboClient *self,
                                        guint        read_seconds,
                                        guint        write_seconds);
void         kombo_client_set_retry_base_delay (KomboClient *self,
                                                guint        milliseconds);

const char *kombo_region_get_base_url (KomboRegion region);
gboolean    kombo_check_base_url (const char *base_url,
                                  GError    **error);

void  kombo_client_check_api_key_async (KomboClient        *self,
                                        GCancellable       *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer            user_data);
char *kombo_client_check_api_key_finish (KomboClient  *self,
                                         GAsyncResult *result,
                                         GError      **error);

void              kombo_client_get_integration_async (KomboClient        *self,
                                                      const char         *integration_id,
                                                      GCancellable       *cancellable,
                                                      GAsyncReadyCallback callback,
                                                      gpointer            user_data);
KomboIntegration *kombo_client_get_integration_finish (KomboClient  *self,
                                                       GAsyncResult *result,
                                                       GError      **error);

void        kombo_client_get_jobs_async (KomboClient        *self,
                                         const char         *name_contains,
                                         const char *const  *statuses,
                                         GCancellable       *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer            user_data);
GListModel *kombo_client_get_jobs_finish (KomboClient  *self,
                                          GAsyncResult *result,
                                          GError      **error);

void        kombo_client_get_jobs_changed_async (KomboClient        *self,
                                                 GDateTime          *updated_after,
                                                 GCancellable       *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer            user_data);
GListModel *kombo_client_get_jobs_changed_finish (KomboClient  *self,
                                                  GAsyncResult *result,
                                                  GError      **error);

void        kombo_client_get_candidates_by_email_async (KomboClient        *self,
                                                        const char         *email,
                                                        GCancellable       *cancellable,
                                                        GAsyncReadyCallback callback,
                                                        gpointer            user_data);
void        kombo_client_get_candidates_by_name_async (KomboClient        *self,
                                                       const char         *first_name,
                                                       const char         *last_name,
                                                       GCancellable       *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer            user_data);
void        kombo_client_get_candidates_by_ids_async (KomboClient        *self,
                                                      const char *const  *ids,
                                                      GCancellable       *cancellable,
                                                      GAsyncReadyCallback callback,
                                                      gpointer            user_data);
void        kombo_client_get_candidates_by_remote_ids_async (KomboClient        *self,
                                                             const char *const  *remote_ids,
                                                             GCancellable       *cancellable,
                                                             GAsyncReadyCallback callback,
                                                             gpointer            user_data);
void        kombo_client_get_candidates_changed_async (KomboClient        *self,
                                                       const char *const  *ids,
                                                       GDateTime          *updated_after,
                                                       GCancellable       *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer            user_data);
GListModel *kombo_client_get_candidates_finish (KomboClient  *self,
                                                GAsyncResult *result,
                                                GError      **error);

void        kombo_client_get_tags_async (KomboClient        *self,
                                         GCancellable       *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer            user_data);
GListModel *kombo_client_get_tags_finish (KomboClient  *self,
                                          GAsyncResult *result,
                                          GError      **error);

void        kombo_client_get_users_async (KomboClient        *self,
                                          GCancellable       *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer            user_data);
GListModel *kombo_client_get_users_finish (KomboClient  *self,
                                           GAsyncResult *result,
                                           GError      **error);

void                         kombo_client_get_attachment_restrictions_async (KomboClient        *self,
                                                                             GCancellable       *cancellable,
                                                                             GAsyncReadyCallback callback,
                                                                             gpointer            user_data);
KomboAttachmentRestrictions *kombo_client_get_attachment_restrictions_finish (KomboClient  *self,
                                                                              GAsyncResult *result,
                                                                              GError      **error);

void              kombo_client_create_candidate_async (KomboClient        *self,
                                                       KomboCandidate     *candidate,
                                                       KomboProgressFunc   progress,
                                                       gpointer            progress_data,
                                                       GDestroyNotify      progress_data_free,
                                                       GCancellable       *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer            user_data);
void              kombo_client_create_application_async (KomboClient        *self,
                                                         KomboCandidate     *candidate,
                                                         KomboProgressFunc   progress,
                                                         gpointer            progress_data,
                                                         GDestroyNotify      progress_data_free,
                                                         GCancellable       *cancellable,
                                                         GAsyncReadyCallback callback,
                                                         gpointer            user_data);
KomboWriteResult *kombo_client_create_candidate_finish (KomboClient  *self,
                                                        GAsyncResult *result,
                                                        GError      **error);

void              kombo_client_add_tag_async (KomboClient        *self,
                                              const char         *candidate_id,
                                              KomboTag           *tag,
                                              GCancellable       *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer            user_data);
void              kombo_client_remove_tag_async (KomboClient        *self,
                                                 const char         *candidate_id,
                                                 KomboTag           *tag,
                                                 GCancellable       *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer            user_data);
KomboWriteResult *kombo_client_add_tag_finish (KomboClient  *self,
                                               GAsyncResult *result,
                                               GError      **error);

void              kombo_client_add_result_link_async (KomboClient        *self,
                                                      const char         *candidate_id,
                                                      KomboResultLink    *link,
                                                      GCancellable       *cancellable,
                                                      GAsyncReadyCallback callback,
                                                      gpointer            user_data);
void              kombo_client_add_application_result_link_async (KomboClient        *self,
                                                                  const char         *application_id,
                                                                  KomboResultLink    *link,
                                                                  GCancellable       *cancellable,
                                                                  GAsyncReadyCallback callback,
                                                                  gpointer            user_data);
KomboWriteResult *kombo_client_add_result_link_finish (KomboClient  *self,
                                                       GAsyncResult *result,
                                                       GError      **error);

void              kombo_client_add_note_async (KomboClient        *self,
                                               const char         *application_id,
                                               const char         *content,
                                               const char         *visibility,
                                               GCancellable       *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer            user_data);
KomboWriteResult *kombo_client_add_note_finish (KomboClient  *self,
                                                GAsyncResult *result,
                                                GError      **error);

void              kombo_client_add_application_attachment_async (KomboClient        *self,
                                                                 const char         *application_id,
                                                                 KomboAttachment    *attachment,
                                                                 KomboProgressFunc   progress,
                                                                 gpointer            progress_data,
                                                                 GDestroyNotify      progress_data_free,
                                                                 GCancellable       *cancellable,
                                                                 GAsyncReadyCallback callback,
                                                                 gpointer            user_data);
KomboWriteResult *kombo_client_add_application_attachment_finish (KomboClient  *self,
                                                                  GAsyncResult *result,
                                                                  GError      **error);

G_END_DECLS
