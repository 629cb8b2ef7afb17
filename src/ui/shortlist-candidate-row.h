/* shortlist-candidate-row.h: a candidate found in the ATS, and how the work for them went */
#pragma once

#include <adwaita.h>

#include "kombo.h"
#include "shortlist-bulk-run.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_CANDIDATE_ROW (shortlist_candidate_row_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistCandidateRow, shortlist_candidate_row, SHORTLIST, CANDIDATE_ROW, AdwPreferencesRow)

char                 *shortlist_candidate_describe (KomboCandidateRecord *candidate);
GtkWidget            *shortlist_candidate_row_new (KomboCandidateRecord *candidate,
                                                   GListStore           *chosen);
void                  shortlist_candidate_row_add_suffix (ShortlistCandidateRow *self,
                                                          GtkWidget             *widget);
void                  shortlist_candidate_row_add_remark (ShortlistCandidateRow *self,
                                                          const char            *remark);
void                  shortlist_candidate_row_show_tags (ShortlistCandidateRow *self);
void                  shortlist_candidate_row_update_tags (ShortlistCandidateRow *self);
KomboCandidateRecord *shortlist_candidate_row_get_record (ShortlistCandidateRow *self);
void                  shortlist_candidate_row_set_outcome (ShortlistCandidateRow *self,
                                                           ShortlistOutcome       outcome,
                                                           const char            *message,
                                                           const char *const     *warnings);

G_END_DECLS
