/* shortlist-duplicate-box.h: the candidates the ATS already has with this candidate's email addresses */
#pragma once

#include <gtk/gtk.h>

#include "kombo.h"
#include "shortlist-account.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_DUPLICATE_BOX (shortlist_duplicate_box_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistDuplicateBox, shortlist_duplicate_box, SHORTLIST, DUPLICATE_BOX, GtkWidget)

void                  shortlist_duplicate_box_set_account      (ShortlistDuplicateBox *self,
                                                                ShortlistAccount      *account);
void                  shortlist_duplicate_box_set_draft        (ShortlistDuplicateBox *self,
                                                                KomboCandidateDraft   *draft);
void                  shortlist_duplicate_box_check_async      (ShortlistDuplicateBox *self,
                                                                GCancellable          *cancellable,
                                                                GAsyncReadyCallback    callback,
                                                                gpointer               user_data);
gboolean              shortlist_duplicate_box_check_finish     (ShortlistDuplicateBox *self,
                                                                GAsyncResult          *result);
void                  shortlist_duplicate_box_find_arrival_async  (ShortlistDuplicateBox *self,
                                                                   GCancellable          *cancellable,
                                                                   GAsyncReadyCallback    callback,
                                                                   gpointer               user_data);
void                  shortlist_duplicate_box_forget           (ShortlistDuplicateBox *self);

G_END_DECLS
