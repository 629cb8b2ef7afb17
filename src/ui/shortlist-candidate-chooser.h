/* shortlist-candidate-chooser.h: finds candidates by Kombo ID or email, to act on one or many */
#pragma once

#include <adwaita.h>

#include "shortlist-account.h"
#include "shortlist-bulk-run.h"
#include "shortlist-candidate-row.h"
#include "shortlist-store.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_CANDIDATE_CHOOSER (shortlist_candidate_chooser_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistCandidateChooser, shortlist_candidate_chooser, SHORTLIST, CANDIDATE_CHOOSER, AdwPreferencesGroup)

void             shortlist_candidate_chooser_set_account (ShortlistCandidateChooser *self,
                                                          ShortlistAccount          *account);
void             shortlist_candidate_chooser_set_retry_action (ShortlistCandidateChooser *self,
                                                               const char                *action_name);
void             shortlist_candidate_chooser_share_list (ShortlistCandidateChooser *self,
                                                         ShortlistCandidateChooser *other);
gboolean         shortlist_candidate_chooser_look_up (ShortlistCandidateChooser *self,
                                                      const char                *text);
void             shortlist_candidate_chooser_open_files (ShortlistCandidateChooser *self,
                                                         GFile                    **files,
                                                         guint                      n_files);
GListModel      *shortlist_candidate_chooser_get_chosen (ShortlistCandidateChooser *self);
GtkWidget       *shortlist_candidate_chooser_get_entry (ShortlistCandidateChooser *self);
void             shortlist_candidate_chooser_set_outcome (ShortlistCandidateChooser *self,
                                                          KomboCandidateRecord      *candidate,
                                                          ShortlistOutcome           outcome,
                                                          const char                *message,
                                                          const char *const         *warnings);
ShortlistOutcome shortlist_candidate_chooser_get_outcome (ShortlistCandidateChooser *self,
                                                          const char                *candidate_id);
void             shortlist_candidate_chooser_set_show_tags (ShortlistCandidateChooser *self,
                                                            gboolean                   show_tags);
void             shortlist_candidate_chooser_set_tag (ShortlistCandidateChooser *self,
                                                      const char *const         *candidate_ids,
                                                      const char                *tag,
                                                      gboolean                   present);
void             shortlist_candidate_chooser_set_done_tag (ShortlistCandidateChooser *self,
                                                           const char                *tag,
                                                           gboolean                   present);
void             shortlist_candidate_chooser_clear (ShortlistCandidateChooser *self);
void             shortlist_candidate_chooser_set_locked (ShortlistCandidateChooser *self,
                                                         gboolean                   locked);
void             shortlist_candidate_chooser_run_async (ShortlistCandidateChooser *self,
                                                        KomboBatchWork             work,
                                                        KomboBatchFinish           finish,
                                                        GObject                   *work_data,
                                                        const char                *followup,
                                                        gboolean                   failed_only,
                                                        ShortlistWasDone           was_done,
                                                        GCancellable              *cancellable,
                                                        GAsyncReadyCallback        callback,
                                                        gpointer                   user_data);
gboolean         shortlist_candidate_chooser_run_finish (ShortlistCandidateChooser *self,
                                                         GAsyncResult              *result,
                                                         guint                     *n_done,
                                                         GError                   **error);

G_END_DECLS
