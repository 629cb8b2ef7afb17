/* shortlist-history-page.h: every candidate sent, what became of them, and what to do next */
#pragma once

#include <gtk/gtk.h>

#include "shortlist-account.h"
#include "shortlist-follower.h"
#include "shortlist-store.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_HISTORY_PAGE (shortlist_history_page_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistHistoryPage, shortlist_history_page, SHORTLIST, HISTORY_PAGE, GtkWidget)

void  shortlist_history_page_set_account (ShortlistHistoryPage *self,
                                          ShortlistAccount     *account);
void  shortlist_history_page_set_follower (ShortlistHistoryPage *self,
                                           ShortlistFollower    *follower);
void  shortlist_history_page_open_entry (ShortlistHistoryPage *self,
                                         gint64                id);
char *shortlist_history_entry_dup_move (const ShortlistHistoryEntry *entry);

void shortlist_history_page_add_file (ShortlistHistoryPage *self,
                                      GFile                *file);

G_END_DECLS
