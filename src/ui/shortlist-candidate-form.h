/* shortlist-candidate-form.h: every section of a candidate, bound to one draft */
#pragma once

#include <gtk/gtk.h>

#include "kombo.h"
#include "shortlist-account.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_CANDIDATE_FORM (shortlist_candidate_form_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistCandidateForm, shortlist_candidate_form, SHORTLIST, CANDIDATE_FORM, GtkWidget)

void                         shortlist_candidate_form_set_draft        (ShortlistCandidateForm *self,
                                                                        KomboCandidateDraft    *draft);
void                         shortlist_candidate_form_set_account      (ShortlistCandidateForm *self,
                                                                        ShortlistAccount       *account);
KomboAttachmentRestrictions *shortlist_candidate_form_get_restrictions (ShortlistCandidateForm *self);
void                         shortlist_candidate_form_show_problems    (ShortlistCandidateForm *self,
                                                                        GPtrArray              *violations);
void                         shortlist_candidate_form_clear_problems   (ShortlistCandidateForm *self);
void                         shortlist_candidate_form_add_files        (ShortlistCandidateForm *self,
                                                                        GFile                 **files,
                                                                        int                     n_files);
void                         shortlist_candidate_form_focus_start      (ShortlistCandidateForm *self);
void                         shortlist_candidate_form_start_from_last  (ShortlistCandidateForm *self);

G_END_DECLS
