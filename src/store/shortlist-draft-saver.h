/* shortlist-draft-saver.h: keeps the candidate being typed in the store, within a second of each change */
#pragma once

#include "kombo.h"
#include "shortlist-store.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_DRAFT_SAVER (shortlist_draft_saver_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistDraftSaver, shortlist_draft_saver, SHORTLIST, DRAFT_SAVER, GObject)

ShortlistDraftSaver *shortlist_draft_saver_new (ShortlistStore      *store,
                                                KomboCandidateDraft *draft);
const char          *shortlist_draft_saver_get_id (ShortlistDraftSaver *self);
void                 shortlist_draft_saver_set_integration_id (ShortlistDraftSaver *self,
                                                               const char          *integration_id);
void                 shortlist_draft_saver_flush (ShortlistDraftSaver *self);
void                 shortlist_draft_saver_retry (ShortlistDraftSaver *self);
void                 shortlist_draft_saver_start_new (ShortlistDraftSaver *self);
gboolean             shortlist_draft_saver_open (ShortlistDraftSaver *self,
                                                 ShortlistDraftInfo  *info,
                                                 GError             **error);
void                 shortlist_draft_saver_forget (ShortlistDraftSaver *self);
const char          *shortlist_draft_saver_get_error (ShortlistDraftSaver *self);
void                 shortlist_draft_saver_sent (ShortlistDraftSaver *self,
                                                 KomboWriteResult    *written,
                                                 const GError        *error);
void                 shortlist_draft_saver_settle (ShortlistDraftSaver  *self,
                                                   KomboCandidateRecord *arrived);
void                 shortlist_draft_saver_restore_async (ShortlistDraftSaver *self,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean             shortlist_draft_saver_restore_finish (ShortlistDraftSaver *self,
                                                           GAsyncResult        *result,
                                                           GError             **error);

G_END_DECLS
