/* shortlist-application.h: the application: command line, actions, and the one account */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SHORTLIST_TYPE_APPLICATION (shortlist_application_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistApplication, shortlist_application, SHORTLIST, APPLICATION, AdwApplication)

ShortlistApplication *shortlist_application_new (void);

G_END_DECLS
