/* shortlist-submission.h: one submission of a candidate, kept in the history: its outcome, and what became of an unknown one */
#pragma once

#include "kombo.h"
#include "shortlist-store.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_SUBMISSION (shortlist_submission_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistSubmission, shortlist_submission, SHORTLIST, SUBMISSION, GObject)

ShortlistSubmission *shortlist_submission_record (ShortlistStore      *store,
                                                  const char          *integration_id,
                                                  KomboCandidateDraft *draft,
                                                  KomboWriteResult    *written,
                                                  const GError        *error);
ShortlistSentOutcome shortlist_submission_get_outcome (ShortlistSubmission *self);
gboolean             shortlist_submission_get_kept (ShortlistSubmission *self);
void                 shortlist_submission_settle (ShortlistSubmission  *self,
                                                  KomboCandidateRecord *arrived);

ShortlistHistoryEntry *shortlist_history_entry_new_sent (const char          *integration_id,
                                                         KomboCandidateDraft *draft,
                                                         KomboWriteResult    *written,
                                                         const GError        *error);

void shortlist_store_save_candidate_async (ShortlistStore      *store,
                                           const char          *id,
                                           const char          *integration_id,
                                           KomboCandidateDraft *draft,
                                           const char          *why,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);

G_END_DECLS
