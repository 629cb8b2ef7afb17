/* shortlist-result-link-page.h: adds a result link, such as an assessment report, to candidates */
#pragma once

#include <gtk/gtk.h>

#include "shortlist-account.h"
#include "shortlist-candidate-chooser.h"
#include "shortlist-store.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_RESULT_LINK_PAGE (shortlist_result_link_page_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistResultLinkPage, shortlist_result_link_page, SHORTLIST, RESULT_LINK_PAGE, GtkWidget)

void shortlist_result_link_page_set_account (ShortlistResultLinkPage *self,
                                             ShortlistAccount        *account);
void shortlist_result_link_page_add_candidate (ShortlistResultLinkPage *self,
                                               const char              *candidate_id);

ShortlistCandidateChooser *shortlist_result_link_page_get_chooser (ShortlistResultLinkPage *self);

G_END_DECLS
