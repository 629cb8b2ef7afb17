/* shortlist-preferences-dialog.h: the API key, the server, the integrations, and what is kept on this computer */
#pragma once

#include <adwaita.h>

#include "shortlist-account.h"
#include "shortlist-compat.h"
#include "shortlist-store.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_PREFERENCES_DIALOG (shortlist_preferences_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistPreferencesDialog, shortlist_preferences_dialog, SHORTLIST, PREFERENCES_DIALOG, ShortlistPreferencesParent)

GtkWidget *shortlist_preferences_dialog_new (ShortlistAccount *account);

G_END_DECLS
