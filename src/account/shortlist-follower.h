/* shortlist-follower.h: where each candidate submitted stands in the ATS, kept up to date */
#pragma once

#include "shortlist-account.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_FOLLOWER (shortlist_follower_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistFollower, shortlist_follower, SHORTLIST, FOLLOWER, GObject)

/* How often the submissions are asked about while Shortlist is open */
#define SHORTLIST_FOLLOW_INTERVAL_S (30 * 60)

ShortlistFollower *shortlist_follower_new (ShortlistAccount *account);
void               shortlist_follower_start (ShortlistFollower *self);
void               shortlist_follower_refresh_now (ShortlistFollower *self);
void               shortlist_follower_refresh_async (ShortlistFollower  *self,
                                                     GCancellable       *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer            user_data);
GPtrArray         *shortlist_follower_refresh_finish (ShortlistFollower *self,
                                                      GAsyncResult      *result,
                                                      GError           **error);
const GError      *shortlist_follower_get_problem (ShortlistFollower *self);

G_END_DECLS
