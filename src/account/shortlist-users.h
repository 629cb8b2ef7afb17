/* shortlist-users.h: the active integration's users, for "Sourced by": kept, then fetched again */
#pragma once

#include "kombo.h"
#include "shortlist-store.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_USERS (shortlist_users_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistUsers, shortlist_users, SHORTLIST, USERS, GObject)

ShortlistUsers *shortlist_users_new (void);
GListModel     *shortlist_users_get_model (ShortlistUsers *self);
const char     *shortlist_users_get_problem (ShortlistUsers *self);
void            shortlist_users_load (ShortlistUsers *self,
                                      KomboClient    *client,
                                      ShortlistStore *store,
                                      const char     *integration_id);
void            shortlist_users_refresh (ShortlistUsers *self);
KomboUser      *shortlist_users_find (ShortlistUsers *self,
                                      const char     *id);

G_END_DECLS
