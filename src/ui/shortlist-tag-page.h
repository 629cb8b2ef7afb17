/* shortlist-tag-page.h: adds a tag to one or many candidates */
#pragma once

#include <gtk/gtk.h>

#include "shortlist-account.h"
#include "shortlist-candidate-chooser.h"
#include "shortlist-store.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_TAG_PAGE (shortlist_tag_page_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistTagPage, shortlist_tag_page, SHORTLIST, TAG_PAGE, GtkWidget)

void shortlist_tag_page_set_account (ShortlistTagPage *self,
                                     ShortlistAccount *account);
void shortlist_tag_page_add_candidate (ShortlistTagPage *self,
                                       const char       *candidate_id);

ShortlistCandidateChooser *shortlist_tag_page_get_chooser (ShortlistTagPage *self);

G_END_DECLS
