/* shortlist-preferences-window.h: the API key, the server, the integrations, and what is kept on this computer */
#pragma once

#include <adwaita.h>

#include "shortlist-account.h"
#include "shortlist-store.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_PREFERENCES_WINDOW (shortlist_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistPreferencesWindow, shortlist_preferences_window, SHORTLIST, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *shortlist_preferences_window_new (GtkWindow        *parent,
                                             ShortlistAccount *account,
                                             GSettings        *settings,
                                             ShortlistStore   *store);

G_END_DECLS
