/* bench-follow.c: bringing the history's submissions up to date, for build-aux/bench.sh follow
 *
 * Usage: bench-follow N FOLDER
 *
 * Keeps N submissions the ATS took in a store in FOLDER, then asks where their candidates
 * stand, as ShortlistFollower does at start, against a Kombo on 127.0.0.1 (in a thread of its
 * own) that takes 50 ms per request. Prints the wall time (follow_ms) against the ideal for
 * asking 250 to a request, one request at a time (follow_ideal_ms), the requests made, and the
 * longest the main loop was kept from running meanwhile (max_stall_ms), against a frame.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "limited-kombo.h"
#include "test-util.h"
#include "shortlist-follower.h"

#define INTEGRATION "bench:follow"

static gint64 last_tick;
static gint64 max_gap;

/* A 1 ms timeout: anything beyond it was the main loop kept from running */
static gboolean
tick_cb (gpointer user_data)
{
  gint64 now = g_get_monotonic_time ();

  if (last_tick > 0)
    max_gap = MAX (max_gap, now - last_tick);
  last_tick = now;
  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (LimitedKombo) kombo = NULL;
  g_autofree char *url = NULL;
  g_autoptr (GSettings) settings = NULL;
  g_autoptr (ShortlistAccount) account = NULL;
  g_autoptr (ShortlistStore) store = NULL;
  g_autoptr (ShortlistFollower) follower = NULL;
  g_autoptr (KomboIntegration) integration = NULL;
  g_autoptr (GPtrArray) moved = NULL;
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;
  guint         n, reads_before, tick;
  gint64        start;
  double        follow_ms;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc != 3)
    {
      g_printerr ("Usage: bench-follow N FOLDER\n");
      return 2;
    }
  n = (guint) g_ascii_strtoull (argv[1], NULL, 10);
  kombo = limited_kombo_start_in_thread ();
  url = limited_kombo_dup_url (kombo);

  /* The submissions, as a year of work leaves them */
  store = shortlist_store_new (argv[2]);
  shortlist_store_open_async (store, NULL, test_store_result, &result);
  if (!shortlist_store_open_finish (store, test_wait (&result), NULL, &error))
    g_error ("%s", error->message);
  g_clear_object (&result);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (ShortlistHistoryEntry) entry = shortlist_history_entry_new ();

      entry->sent = g_get_real_time () - (gint64) (n - i) * G_TIME_SPAN_HOUR;
      entry->integration_id = g_strdup (INTEGRATION);
      entry->job_id = g_strdup ("job-bench");
      entry->job_name = g_strdup ("Bench Engineer");
      entry->name = g_strdup_printf ("Candidate %04u", i);
      entry->outcome = SHORTLIST_SENT_CREATED;
      entry->candidate_id = g_strdup_printf ("cand-%04u", i);
      shortlist_store_add_history_async (store, entry, NULL, test_store_result, &result);
      shortlist_store_add_history_finish (store, test_wait (&result), NULL);
      g_clear_object (&result);
    }

  /* The account, as Shortlist connects it; the key is a placeholder the server does not check */
  settings = g_settings_new (APP_ID);
  account = shortlist_account_new (settings, FALSE, url);
  shortlist_account_load_async (account, NULL, test_store_result, &result);
  shortlist_account_load_finish (account, test_wait (&result), NULL);
  g_clear_object (&result);
  shortlist_account_connect_async (account, "bench-key-0123456789", KOMBO_REGION_EU, NULL, test_store_result, &result);
  if (!shortlist_account_connect_finish (account, test_wait (&result), &error))
    g_error ("%s", error->message);
  g_clear_object (&result);
  shortlist_account_add_integration_async (account, INTEGRATION, NULL, test_store_result, &result);
  integration = shortlist_account_add_integration_finish (account, test_wait (&result), &error);
  if (integration == NULL)
    g_error ("%s", error->message);
  g_clear_object (&result);
  while (!shortlist_account_get_ready (account))
    g_main_context_iteration (NULL, TRUE);
  shortlist_account_set_store (account, store);

  follower = shortlist_follower_new (account);
  reads_before = limited_kombo_get_n_reads (kombo);
  tick = g_timeout_add (1, tick_cb, NULL);
  start = g_get_monotonic_time ();
  shortlist_follower_refresh_async (follower, NULL, test_store_result, &result);
  moved = shortlist_follower_refresh_finish (follower, test_wait (&result), &error);
  follow_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_source_remove (tick);
  if (moved == NULL)
    g_error ("%s", error->message);
  g_clear_object (&result);

  printf ("follow_n=%u follow_ms=%.0f follow_ideal_ms=%u follow_ratio=%.2f requests=%u max_stall_ms=%.1f frame_ms=16.7\n", n,
          follow_ms, (n + 249) / 250 * 50, follow_ms / ((n + 249) / 250 * 50), limited_kombo_get_n_reads (kombo) - reads_before,
          max_gap / 1000.0);
  shortlist_store_close (store);
  return 0;
}
