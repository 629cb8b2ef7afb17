/* shortlist-user-chooser.h: "Sourced by" chosen from the ATS's users, by name or address */
#pragma once

#include <adwaita.h>

#include "shortlist-users.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_USER_CHOOSER (shortlist_user_chooser_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistUserChooser, shortlist_user_chooser, SHORTLIST, USER_CHOOSER, GtkWidget)

GtkWidget  *shortlist_user_chooser_attach (AdwEntryRow    *row,
                                           ShortlistUsers *users);
void        shortlist_user_chooser_search (ShortlistUserChooser *self,
                                           const char           *search);
GtkListBox *shortlist_user_chooser_get_list (ShortlistUserChooser *self);

G_END_DECLS
