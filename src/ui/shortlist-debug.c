/* shortlist-debug.c: measurements for the benchmarks, off unless SHORTLIST_DEBUG asks for them
 *
 * SHORTLIST_DEBUG is a list of words, separated by commas:
 *   first-frame   prints first_frame_us=<CLOCK_MONOTONIC µs> once the main window has drawn its
 *                 first frame, for build-aux/bench.sh ui to compare with a bare window's;
 *   jobs-listed   prints jobs_listed_us=… once the job chooser first lists jobs;
 *   stalls        keeps a 1 ms timeout on the main loop and prints, as Shortlist quits, the
 *                 longest time it waited (max_stall_ms=…): how long the main loop was kept
 *                 from running, so from drawing a frame; from the first frame on, with
 *                 first-frame.
 * SHORTLIST_BENCH_QUIT=<word> quits half a second after that mark is printed.
 *
 * Nothing here runs unless asked: no timer, no handler, no output.
 */
#define G_LOG_DOMAIN "shortlist-debug"

#include "config.h"

#include <stdio.h>

#include "shortlist-debug.h"

/* How long after the mark SHORTLIST_BENCH_QUIT names Shortlist quits */
#define QUIT_AFTER_MS 500

static void report_stalls (void);

static void
quit_cb (gpointer user_data)
{
  report_stalls ();
  g_application_quit (g_application_get_default ());
}

static gboolean
enabled (const char *word)
{
  const char *words = g_getenv ("SHORTLIST_DEBUG");
  g_auto (GStrv) list = NULL;

  if (words == NULL)
    return FALSE;
  list = g_strsplit (words, ",", -1);
  return g_strv_contains ((const char *const *) list, word);
}

/**
 * shortlist_debug_mark:
 * @what: a word of SHORTLIST_DEBUG, such as "jobs-listed"
 *
 * Prints when @what first happened, if SHORTLIST_DEBUG asks for it.
 */
void
shortlist_debug_mark (const char *what)
{
  static GHashTable *marked;
  g_autofree char   *key = NULL;

  if (!enabled (what))
    return;
  if (marked == NULL)
    marked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_contains (marked, what))
    return;
  g_hash_table_add (marked, g_strdup (what));

  key = g_strdelimit (g_strdup (what), "-", '_');
  printf ("%s_us=%" G_GINT64_FORMAT "\n", key, g_get_monotonic_time ());
  fflush (stdout);
  /* A moment after: what the mark's work sets off is measured too */
  if (g_strcmp0 (g_getenv ("SHORTLIST_BENCH_QUIT"), what) == 0 && g_application_get_default () != NULL)
    g_timeout_add_once (QUIT_AFTER_MS, quit_cb, NULL);
}

static gint64  last_tick;
static gint64  max_gap;
static GArray *stalls; /* each time the main loop was held past a tick, in µs */
static guint   stall_source;

/* A gap this much over the 1 ms asked for is the loop held, not its own timing */
#define STALL_US 2000

static gboolean
tick_cb (gpointer user_data)
{
  gint64 now = g_get_monotonic_time ();

  /* The timeout asks for 1 ms: anything beyond was the main loop kept from running */
  if (last_tick > 0)
    {
      max_gap = MAX (max_gap, now - last_tick);
      if (now - last_tick >= STALL_US)
        g_array_append_val (stalls, (gint64){ now - last_tick });
    }
  last_tick = now;
  return G_SOURCE_CONTINUE;
}

/* Starts watching how long the main loop is kept from running */
void
shortlist_debug_stalls_start (void)
{
  max_gap = 0;
  last_tick = 0;
  if (stalls == NULL)
    stalls = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_set_size (stalls, 0);
  if (stall_source == 0)
    stall_source = g_timeout_add_full (G_PRIORITY_DEFAULT, 1, tick_cb, NULL, NULL);
}

static int
compare_gaps (gconstpointer a,
              gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/**
 * shortlist_debug_stalls_stop:
 * @median: (out) (optional): the median of the times the main loop was held (2 ms or more),
 *   in milliseconds; 0 when it never was
 *
 * Returns: the longest the main loop was kept from running since the start, in milliseconds
 */
double
shortlist_debug_stalls_stop (double *median)
{
  g_clear_handle_id (&stall_source, g_source_remove);
  if (median != NULL)
    {
      g_array_sort (stalls, compare_gaps);
      *median = stalls->len > 0 ? g_array_index (stalls, gint64, stalls->len / 2) / 1000.0 : 0;
    }
  return max_gap / 1000.0;
}

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  shortlist_debug_mark ("first-frame");
  /* The stalls that count are those the recruiter meets, once there is a window to meet */
  if (enabled ("stalls"))
    shortlist_debug_stalls_start ();
}

static void
realized_cb (GtkWindow *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint", G_CALLBACK (after_paint_cb), window);
}

/* Prints the longest stall, once, if it is being watched */
static void
report_stalls (void)
{
  if (stall_source == 0)
    return;
  printf ("max_stall_ms=%.1f\n", shortlist_debug_stalls_stop (NULL));
  fflush (stdout);
}

static void
destroyed_cb (GtkWindow *window)
{
  report_stalls ();
}

/* What SHORTLIST_DEBUG asks to be measured of the main window */
void
shortlist_debug_watch_window (GtkWindow *window)
{
  if (enabled ("first-frame"))
    g_signal_connect (window, "realize", G_CALLBACK (realized_cb), NULL);
  if (enabled ("stalls"))
    {
      shortlist_debug_stalls_start ();
      g_signal_connect (window, "destroy", G_CALLBACK (destroyed_cb), NULL);
    }
}
