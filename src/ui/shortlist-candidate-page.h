/* shortlist-candidate-page.h: the form that submits a candidate and their application */
#pragma once

#include <gtk/gtk.h>

#include "kombo.h"
#include "shortlist-account.h"
#include "shortlist-store.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_CANDIDATE_PAGE (shortlist_candidate_page_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistCandidatePage, shortlist_candidate_page, SHORTLIST, CANDIDATE_PAGE, GtkWidget)

void shortlist_candidate_page_set_account   (ShortlistCandidatePage  *self,
                                             ShortlistAccount        *account);
KomboCandidateDraft *shortlist_candidate_page_get_draft (ShortlistCandidatePage *self);
void shortlist_candidate_page_save_draft    (ShortlistCandidatePage  *self);
void shortlist_candidate_page_new_candidate (ShortlistCandidatePage  *self);
void shortlist_candidate_page_ask_new_candidate (ShortlistCandidatePage *self);
void shortlist_candidate_page_attach_files  (ShortlistCandidatePage  *self,
                                             GFile                  **files,
                                             int                      n_files);

G_END_DECLS
