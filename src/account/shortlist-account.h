/* shortlist-account.h: the connection to Kombo: client, API key, integrations, demo mode */
#pragma once

#include <gio/gio.h>

#include "kombo.h"
#include "shortlist-job-cache.h"
#include "shortlist-notes.h"
#include "shortlist-store.h"
#include "shortlist-users.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_ACCOUNT (shortlist_account_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistAccount, shortlist_account, SHORTLIST, ACCOUNT, GObject)

ShortlistAccount  *shortlist_account_new (GSettings  *settings,
                                          gboolean    demo,
                                          const char *api_url);
void               shortlist_account_load_async (ShortlistAccount   *self,
                                                 GCancellable       *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer            user_data);
gboolean           shortlist_account_load_finish (ShortlistAccount *self,
                                                  GAsyncResult     *result,
                                                  GError          **error);
gboolean           shortlist_account_get_demo (ShortlistAccount *self);
GSettings         *shortlist_account_get_settings (ShortlistAccount *self);
KomboClient       *shortlist_account_get_client (ShortlistAccount *self);
gboolean           shortlist_account_get_has_key (ShortlistAccount *self);
gboolean           shortlist_account_get_ready (ShortlistAccount *self);
const char        *shortlist_account_get_keyring_problem (ShortlistAccount *self);
const char        *shortlist_account_get_server_label (ShortlistAccount *self);
GListModel        *shortlist_account_get_integrations (ShortlistAccount *self);
KomboIntegration  *shortlist_account_get_active_integration (ShortlistAccount *self);
void               shortlist_account_set_store (ShortlistAccount *self,
                                                ShortlistStore   *store);
ShortlistStore    *shortlist_account_get_store (ShortlistAccount *self);
ShortlistJobCache *shortlist_account_get_job_cache (ShortlistAccount *self);
ShortlistUsers    *shortlist_account_get_users (ShortlistAccount *self);
void               shortlist_account_set_active_integration (ShortlistAccount *self,
                                                             const char       *integration_id);

void              shortlist_account_connect_async (ShortlistAccount   *self,
                                                   const char         *api_key,
                                                   KomboRegion         region,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
gboolean          shortlist_account_connect_finish (ShortlistAccount *self,
                                                    GAsyncResult     *result,
                                                    GError          **error);
void              shortlist_account_forget_key_async (ShortlistAccount   *self,
                                                      GCancellable       *cancellable,
                                                      GAsyncReadyCallback callback,
                                                      gpointer            user_data);
gboolean          shortlist_account_forget_key_finish (ShortlistAccount *self,
                                                       GAsyncResult     *result,
                                                       GError          **error);
void              shortlist_account_add_integration_async (ShortlistAccount   *self,
                                                           const char         *integration_id,
                                                           GCancellable       *cancellable,
                                                           GAsyncReadyCallback callback,
                                                           gpointer            user_data);
KomboIntegration *shortlist_account_add_integration_finish (ShortlistAccount *self,
                                                            GAsyncResult     *result,
                                                            GError          **error);
void              shortlist_account_remove_integration (ShortlistAccount *self,
                                                        const char       *integration_id);

void shortlist_account_remember_choices (ShortlistAccount    *self,
                                         KomboCandidateDraft *draft);
void shortlist_account_start_from_last (ShortlistAccount    *self,
                                        KomboCandidateDraft *draft);

char *shortlist_integration_dup_warning (KomboIntegration *integration);

G_END_DECLS
