/* kombo-batch.h: one write for each of many candidates, each outcome reported as it comes */
#pragma once

#include <gio/gio.h>

#include "kombo-client.h"

G_BEGIN_DECLS

/* Starts one write for one candidate, such as kombo_client_add_tag_async() with its tag */
typedef void              (*KomboBatchWork)   (KomboClient         *client,
                                               const char          *candidate_id,
                                               gpointer             work_data,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
typedef KomboWriteResult *(*KomboBatchFinish) (KomboClient         *client,
                                               GAsyncResult        *result,
                                               GError             **error);

#define KOMBO_TYPE_BATCH (kombo_batch_get_type ())

G_DECLARE_FINAL_TYPE (KomboBatch, kombo_batch, KOMBO, BATCH, GObject)

KomboBatch *kombo_batch_new        (KomboClient         *client,
                                    KomboBatchWork       work,
                                    KomboBatchFinish     finish,
                                    GObject             *work_data);
void        kombo_batch_set_max_in_flight (KomboBatch   *self,
                                           guint         max_in_flight);
void        kombo_batch_run_async  (KomboBatch          *self,
                                    const char * const  *candidate_ids,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
gboolean    kombo_batch_run_finish (KomboBatch          *self,
                                    GAsyncResult        *result,
                                    guint               *n_done,
                                    GError             **error);

G_END_DECLS
