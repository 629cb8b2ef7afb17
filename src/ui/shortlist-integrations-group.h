/* shortlist-integrations-group.h: add, choose and remove the integrations work can go to */
#pragma once

#include <adwaita.h>

#include "shortlist-account.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_INTEGRATIONS_GROUP (shortlist_integrations_group_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistIntegrationsGroup, shortlist_integrations_group, SHORTLIST, INTEGRATIONS_GROUP, AdwPreferencesGroup)

GtkWidget *shortlist_integrations_group_new (ShortlistAccount *account);

G_END_DECLS
