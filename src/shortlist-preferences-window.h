/* shortlist-preferences-window.h: the API key, the server and the integrations */
#pragma once

#include <adwaita.h>

#include "shortlist-account.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_PREFERENCES_WINDOW (shortlist_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistPreferencesWindow, shortlist_preferences_window, SHORTLIST, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *shortlist_preferences_window_new (GtkWindow        *parent,
                                             ShortlistAccount *account,
                                             GSettings        *settings);

G_END_DECLS
