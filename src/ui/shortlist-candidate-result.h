/* shortlist-candidate-result.h: what the ATS made of a submitted candidate, and what to do next */
#pragma once

#include <gtk/gtk.h>

#include "kombo.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_CANDIDATE_RESULT (shortlist_candidate_result_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistCandidateResult, shortlist_candidate_result, SHORTLIST, CANDIDATE_RESULT, GtkWidget)

void shortlist_candidate_result_show (ShortlistCandidateResult *self,
                                      KomboCandidateRecord     *record,
                                      const char               *job_name,
                                      const char               *ats_label,
                                      const char * const       *warnings);

void shortlist_candidate_result_set_note (ShortlistCandidateResult *self,
                                         const char               *state,
                                         gboolean                  problem);

G_END_DECLS
