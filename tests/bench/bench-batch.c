/* bench-batch.c: tags many candidates through KomboBatch against a server with Kombo's
 * concurrency limit, for bench.sh
 *
 * Usage: bench-batch N LIMIT LATENCY_MS
 *
 * The server (tests/limited-kombo.c, on 127.0.0.1) takes LATENCY_MS per write and answers 429
 * PLATFORM.CONCURRENCY_LIMIT_EXCEEDED to writes beyond LIMIT in flight. The ideal is every
 * write back to back at the limit: N × LATENCY_MS / LIMIT. The server counts what it wrote, so
 * lost (never written) and duplicated (written twice) are its figures, not the client's.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "kombo.h"
#include "limited-kombo.h"

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
      g_printerr ("Usage: bench-batch N LIMIT LATENCY_MS\n");
      exit (2);
    }
  return (guint) value;
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
  g_autofree char *url = NULL;
  GAsyncResult    *result = NULL;
  GStrv            ids;
  guint            n, limit, latency_ms, n_done = 0, lost = 0, duplicated = 0;
  gint64           start;
  double           wall_s;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc != 4)
    {
      g_printerr ("Usage: bench-batch N LIMIT LATENCY_MS\n");
      return 2;
    }
  n = parse (argv[1]);
  limit = parse (argv[2]);
  latency_ms = parse (argv[3]);

  /* The server answers from a thread of its own, as a real one would from another machine */
  {
    Serving  serving = { limit, latency_ms, NULL, g_main_context_new () };
    GThread *thread;

    g_mutex_lock (&serving_lock);
    thread = g_thread_new ("limited-kombo", serve, &serving);
    while (serving.server == NULL)
      g_cond_wait (&serving_ready, &serving_lock);
    g_mutex_unlock (&serving_lock);
    g_thread_unref (thread);
    server = serving.server;
  }
  url = limited_kombo_dup_url (server);
  client = kombo_client_new_for_url (url, &error);
  if (client == NULL)
    g_error ("%s", error->message);
  /* A placeholder key: the server is on this computer and checks none */
  kombo_client_set_api_key (client, "bench-key");
  kombo_client_set_integration_id (client, "greenhouse:bench");
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
