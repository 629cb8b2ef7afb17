/* shortlist-drafts-button.h: the candidates in progress, to go on with one or discard it */
#pragma once

#include <gtk/gtk.h>

#include "shortlist-draft-saver.h"
#include "shortlist-store.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_DRAFTS_BUTTON (shortlist_drafts_button_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistDraftsButton, shortlist_drafts_button, SHORTLIST, DRAFTS_BUTTON, GtkWidget)

void shortlist_drafts_button_set_saver (ShortlistDraftsButton *self,
                                        ShortlistStore        *store,
                                        ShortlistDraftSaver   *saver);

G_END_DECLS
