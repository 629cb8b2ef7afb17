/* shortlist-notes.h: a note for the client's team, sent to the application and never lost */
#pragma once

#include "kombo.h"
#include "shortlist-store.h"

G_BEGIN_DECLS

void              shortlist_note_send_async (KomboClient        *client,
                                             ShortlistStore     *store,
                                             const char         *candidate_id,
                                             const char         *application_id,
                                             const char         *note,
                                             const char         *visibility,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
KomboWriteResult *shortlist_note_send_finish (GAsyncResult *result,
                                              GError      **error);
char             *shortlist_note_dup_problem (const GError *error);
gboolean          shortlist_integration_has_note_visibility (KomboIntegration *integration);

G_END_DECLS
