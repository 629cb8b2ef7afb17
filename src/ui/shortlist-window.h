/* shortlist-window.h: the main window: connect, then submit candidates, tag them, add links */
#pragma once

#include <adwaita.h>

#include "shortlist-account.h"
#include "shortlist-follower.h"
#include "shortlist-store.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_WINDOW (shortlist_window_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistWindow, shortlist_window, SHORTLIST, WINDOW, AdwApplicationWindow)

ShortlistWindow *shortlist_window_new (AdwApplication *application,
                                       GSettings      *settings);
void             shortlist_window_set_account (ShortlistWindow  *self,
                                               ShortlistAccount *account);
void             shortlist_window_show_error (ShortlistWindow *self,
                                              const GError    *error);
void             shortlist_window_open_files (ShortlistWindow *self,
                                              GFile          **files,
                                              int              n_files);
void             shortlist_window_add_toast (ShortlistWindow *self,
                                             const char      *title);
GtkWidget       *shortlist_window_get_page (ShortlistWindow *self,
                                            const char      *name);
void             shortlist_window_show_notice (ShortlistWindow *self,
                                               const char      *text);

void shortlist_window_set_follower (ShortlistWindow   *self,
                                    ShortlistFollower *follower);
void shortlist_window_show_submission (ShortlistWindow *self,
                                       gint64           id);

G_END_DECLS
