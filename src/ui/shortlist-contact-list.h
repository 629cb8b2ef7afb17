/* shortlist-contact-list.h: a group of removable rows, one for each email address, phone number or link */
#pragma once

#include <adwaita.h>

#include "kombo.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_CONTACT_LIST (shortlist_contact_list_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistContactList, shortlist_contact_list, SHORTLIST, CONTACT_LIST, AdwPreferencesGroup)

void       shortlist_contact_list_set_model (ShortlistContactList *self,
                                             GListStore           *contacts);
GtkWidget *shortlist_contact_list_get_row   (ShortlistContactList *self,
                                             guint                 position);

G_END_DECLS
