/* bench-probe.c: the window's main loop as seen from outside, for build-aux/bench-ui.py
 *
 * Usage: bench-probe ADDRESS OBJECT_PATH
 *
 * Connects to the D-Bus address a benchmark's window exports its action group at, and asks
 * for the actions' list every 5 ms, as a desktop's shell or a screen reader asks a window
 * things: the window answers only when its main loop runs, so an answer that is late is the
 * window held still. Prints a line `sent_us answered_us` for each question (CLOCK_MONOTONIC,
 * as g_get_monotonic_time() gives it in the window too), until it is stopped or the window goes.
 */
#include "config.h"

#include <stdio.h>

#include <gio/gio.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GDBusConnection) connection = NULL;
  g_autoptr (GError) error = NULL;

  if (argc != 3)
    {
      g_printerr ("Usage: bench-probe ADDRESS OBJECT_PATH\n");
      return 2;
    }
  connection = g_dbus_connection_new_for_address_sync (argv[1], G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT, NULL, NULL,
                                                       &error);
  if (connection == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  setvbuf (stdout, NULL, _IOLBF, 0);
  for (;;)
    {
      g_autoptr (GVariant) reply = NULL;
      gint64 sent = g_get_monotonic_time ();

      reply = g_dbus_connection_call_sync (connection, NULL, argv[2], "org.gtk.Actions", "List", NULL, NULL,
                                           G_DBUS_CALL_FLAGS_NONE, 10000, NULL, &error);
      if (reply == NULL)
        /* The window is gone */
        return 0;
      printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", sent, g_get_monotonic_time ());
      g_usleep (5000);
    }
}
