/* bench-batch.c: tags many candidates through KomboBatch against a server with Kombo's
 * concurrency limit, or submits many from a spreadsheet, for bench.sh
 *
 * Usage: bench-batch N LIMIT LATENCY_MS
 *        bench-batch csv N CV_KB LIMIT LATENCY_MS FOLDER
 *
 * The second writes a CSV of N candidates, each with a CV of CV_KB KiB, into FOLDER, checks it
 * and submits it as the spreadsheet window does (with the history in FOLDER), and prints the
 * wall time of the submit and the process's peak resident memory.
 *
 * The server (tests/limited-kombo.c, on 127.0.0.1) takes LATENCY_MS per write and answers 429
 * PLATFORM.CONCURRENCY_LIMIT_EXCEEDED to writes beyond LIMIT in flight. The ideal is every
 * write back to back at the limit: N × LATENCY_MS / LIMIT. The server counts what it wrote, so
 * lost (never written) and duplicated (written twice) are its figures, not the client's.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <sys/resource.h>

#include "kombo.h"
#include "limited-kombo.h"
#include "shortlist-spreadsheet.h"

static void
add_tag (KomboClient        *client,
         const char         *candidate_id,
         gpointer            work_data,
         GCancellable       *cancellable,
         GAsyncReadyCallback callback,
         gpointer            user_data)
{
  kombo_client_add_tag_async (client, candidate_id, work_data, cancellable, callback, user_data);
}

static void
done_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

typedef struct
{
  guint         limit;
  guint         latency_ms;
  LimitedKombo *server;
  GMainContext *context;
} Serving;

static GMutex serving_lock;
static GCond  serving_ready;

static gpointer
serve (gpointer data)
{
  Serving *serving = data;

  g_main_context_push_thread_default (serving->context);
  g_mutex_lock (&serving_lock);
  serving->server = limited_kombo_new (serving->limit, serving->latency_ms);
  g_cond_signal (&serving_ready);
  g_mutex_unlock (&serving_lock);
  for (;;)
    g_main_context_iteration (serving->context, TRUE);
  return NULL;
}

static guint
parse (const char *text)
{
  guint64 value = 0;

  if (!g_ascii_string_to_unsigned (text, 10, 1, 100000, &value, NULL))
    {
      g_printerr ("Usage: bench-batch N LIMIT LATENCY_MS | csv N CV_KB LIMIT LATENCY_MS FOLDER\n");
      exit (2);
    }
  return (guint) value;
}

/* The server answers from a thread of its own, as a real one would from another machine */
static LimitedKombo *
start_server (guint limit,
              guint latency_ms)
{
  /* The thread's for as long as the process runs */
  Serving *serving = g_new0 (Serving, 1);
  GThread *thread;

  serving->limit = limit;
  serving->latency_ms = latency_ms;
  serving->context = g_main_context_new ();
  g_mutex_lock (&serving_lock);
  thread = g_thread_new ("limited-kombo", serve, serving);
  while (serving->server == NULL)
    g_cond_wait (&serving_ready, &serving_lock);
  g_mutex_unlock (&serving_lock);
  g_thread_unref (thread);
  return serving->server;
}

static KomboClient *
client_new (LimitedKombo *server)
{
  g_autofree char *url = limited_kombo_dup_url (server);
  g_autoptr (GError) error = NULL;
  KomboClient *client = kombo_client_new_for_url (url, &error);

  if (client == NULL)
    g_error ("%s", error->message);
  /* A placeholder key: the server is on this computer and checks none */
  kombo_client_set_api_key (client, "bench-key");
  kombo_client_set_integration_id (client, "greenhouse:bench");
  return client;
}

static double
peak_rss_mib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

/* Writes N candidates with a CV of CV_KB each, checks them and submits them */
static int
bench_csv (guint       n,
           guint       cv_kb,
           guint       limit,
           guint       latency_ms,
           const char *folder)
{
  LimitedKombo *server = start_server (limit, latency_ms);
  g_autoptr (KomboClient) client = client_new (server);
  g_autoptr (ShortlistSpreadsheet) sheet = shortlist_spreadsheet_new ();
  g_autoptr (ShortlistStore) store = shortlist_store_new (folder);
  g_autoptr (KomboCandidateDraft) template = kombo_candidate_draft_new ();
  g_autoptr (GString) csv = g_string_new ("First name,Last name,Email,CV\n");
  g_autofree char *csv_path = g_build_filename (folder, "candidates.csv", NULL);
  g_autofree char *noise = g_malloc (cv_kb * 1024);
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;
  guint         n_sent = 0, lost = 0, duplicated = 0;
  double        rss_before, wall_s;
  gint64        start;

  for (gsize i = 0; i < cv_kb * 1024; i++)
    noise[i] = g_random_int ();
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("cv-%05u.pdf", i);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (!g_file_set_contents (path, noise, cv_kb * 1024, &error))
        g_error ("%s", error->message);
      g_string_append_printf (csv, "Candidate,Number %u,candidate-%05u@example.com,%s\n", i, i, name);
    }
  if (!g_file_set_contents (csv_path, csv->str, csv->len, &error))
    g_error ("%s", error->message);

  shortlist_store_open_async (store, NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (!shortlist_store_open_finish (store, result, NULL, &error))
    g_error ("%s", error->message);
  g_clear_object (&result);

  file = g_file_new_for_path (csv_path);
  shortlist_spreadsheet_load_async (sheet, file, NULL, NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (!shortlist_spreadsheet_load_finish (sheet, result, &error))
    g_error ("%s", error->message);
  g_clear_object (&result);
  kombo_candidate_draft_set_text (template, "job-id", "job-bench");
  shortlist_spreadsheet_set_template (sheet, template, NULL);
  shortlist_spreadsheet_set_client (sheet, client);
  while (shortlist_spreadsheet_get_busy (sheet))
    g_main_context_iteration (NULL, TRUE);
  if (shortlist_spreadsheet_get_n_to_send (sheet) != n)
    g_error ("Only %u of %u rows can be sent", shortlist_spreadsheet_get_n_to_send (sheet), n);

  rss_before = peak_rss_mib ();
  start = g_get_monotonic_time ();
  shortlist_spreadsheet_submit_async (sheet, store, "greenhouse:bench", NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  wall_s = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  shortlist_spreadsheet_submit_finish (sheet, result, &n_sent, NULL);
  g_clear_object (&result);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *email = g_strdup_printf ("candidate-%05u@example.com", i);
      guint            times = limited_kombo_get_done (server, email);

      lost += times == 0;
      duplicated += times > 1 ? times - 1 : 0;
    }
  printf ("csv_n=%u cv_kb=%u limit=%u wall_s=%.2f ideal_s=%.2f sent=%u lost=%u duplicated=%u peak_rss_mib=%.1f "
          "rss_before_submit_mib=%.1f\n",
          n, cv_kb, limit, wall_s, n * latency_ms / 1000.0 / limit, n_sent, lost, duplicated, peak_rss_mib (), rss_before);
  shortlist_store_close (store);
  return lost == 0 && duplicated == 0 ? 0 : 1;
}

int
main (int   argc,
      char *argv[])
{
  LimitedKombo *server = NULL; /* served until the process ends */
  g_autoptr (KomboClient) client = NULL;
  g_autoptr (KomboTag) tag = kombo_tag_new ("Silver medalist");
  g_autoptr (KomboBatch) batch = NULL;
  g_autoptr (GError) error = NULL;
  GAsyncResult    *result = NULL;
  GStrv            ids;
  guint            n, limit, latency_ms, n_done = 0, lost = 0, duplicated = 0;
  gint64           start;
  double           wall_s;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc == 7 && g_str_equal (argv[1], "csv"))
    return bench_csv (parse (argv[2]), parse (argv[3]), parse (argv[4]), parse (argv[5]), argv[6]);
  if (argc != 4)
    {
      g_printerr ("Usage: bench-batch N LIMIT LATENCY_MS | csv N CV_KB LIMIT LATENCY_MS FOLDER\n");
      return 2;
    }
  n = parse (argv[1]);
  limit = parse (argv[2]);
  latency_ms = parse (argv[3]);

  server = start_server (limit, latency_ms);
  client = client_new (server);
  batch = kombo_batch_new (client, add_tag, kombo_client_add_tag_finish, G_OBJECT (tag));

  ids = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    ids[i] = g_strdup_printf ("cand-%05u", i);

  start = g_get_monotonic_time ();
  kombo_batch_run_async (batch, (const char *const *) ids, NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  wall_s = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  if (!kombo_batch_run_finish (batch, result, &n_done, &error))
    g_printerr ("bench-batch: %s\n", error->message);
  g_object_unref (result);

  for (guint i = 0; i < n; i++)
    {
      guint times = limited_kombo_get_done (server, ids[i]);

      lost += times == 0;
      duplicated += times > 1 ? times - 1 : 0;
    }
  printf ("batch_n=%u limit=%u wall_s=%.2f ideal_s=%.2f lost=%u duplicated=%u max_in_flight=%u refused=%u\n", n, limit, wall_s,
          n * latency_ms / 1000.0 / limit, lost, duplicated, limited_kombo_get_max_in_flight (server),
          limited_kombo_get_n_refused (server));
  g_strfreev (ids);
  return lost == 0 && duplicated == 0 ? 0 : 1;
}
