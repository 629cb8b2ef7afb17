/* shortlist-connect-page.h: the first page: the API key, its region, and the integrations */
#pragma once

#include <gtk/gtk.h>

#include "shortlist-account.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_CONNECT_PAGE (shortlist_connect_page_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistConnectPage, shortlist_connect_page, SHORTLIST, CONNECT_PAGE, GtkWidget)

void shortlist_connect_page_set_account (ShortlistConnectPage *self,
                                         ShortlistAccount     *account);
void shortlist_connect_page_show_error  (ShortlistConnectPage *self,
                                         const GError         *error);

G_END_DECLS
