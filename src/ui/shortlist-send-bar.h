/* shortlist-send-bar.h: the foot of the candidate form: drafts, Submit, and the upload's progress */
#pragma once

#include <gtk/gtk.h>

#include "shortlist-drafts-button.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_SEND_BAR (shortlist_send_bar_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistSendBar, shortlist_send_bar, SHORTLIST, SEND_BAR, GtkWidget)

void                   shortlist_send_bar_set_busy          (ShortlistSendBar *self,
                                                             gboolean          busy);
void                   shortlist_send_bar_progress          (goffset           sent,
                                                             goffset           total,
                                                             gpointer          self);
ShortlistDraftsButton *shortlist_send_bar_get_drafts_button (ShortlistSendBar *self);

G_END_DECLS
