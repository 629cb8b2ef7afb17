/* main.c: starts Shortlist */
#define G_LOG_DOMAIN "shortlist"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "shortlist-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (ShortlistApplication) app = NULL;
  /* Run from the build tree (build-aux/run.sh, meson devenv), the catalogues are built there */
  const char *localedir = g_getenv ("SHORTLIST_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* Country names come translated from iso-codes */
  bindtextdomain ("iso_3166-1", ISO_CODES_LOCALEDIR);
  bind_textdomain_codeset ("iso_3166-1", "UTF-8");

  app = shortlist_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
