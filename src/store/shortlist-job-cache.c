/* shortlist-job-cache.c: an integration's open jobs, kept on this computer and brought up to date
 *
 * An ATS can have thousands of open jobs, fetched a page at a time: seconds before a job can be
 * chosen. So the jobs are kept in the store, shown at once at the next start, and brought up to
 * date in the background with Kombo's incremental filter: GET /ats/jobs?updated_after= the
 * start of the last fetch (a minute before, for clocks that differ), deleted jobs included, so
 * that jobs that closed or were deleted drop out. Once a day, or when asked, every open job is
 * fetched again, so that nothing an incremental fetch missed stays. Without a store the jobs
 * are fetched whole, every time.
 */
#define G_LOG_DOMAIN "shortlist-job-cache"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-job-cache.h"

/* Kombo's clock and this one may differ: changes a little older than the last fetch are asked again */
#define OVERLAP (60 * G_TIME_SPAN_SECOND)

struct _ShortlistJobCache
{
  GObject parent_instance;

  KomboClient    *client;
  ShortlistStore *store;
  char           *integration_id;
  GListStore     *jobs; /* KomboJob, by name */
  gboolean        started;
  gboolean        loaded;
  gboolean        refreshing;
  gint64          synced;
  gint64          full_synced;
  GError         *error;
  GCancellable   *cancellable;
};

G_DEFINE_FINAL_TYPE (ShortlistJobCache, shortlist_job_cache, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
shortlist_job_cache_dispose (GObject *object)
{
  ShortlistJobCache *self = (ShortlistJobCache *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (shortlist_job_cache_parent_class)->dispose (object);
}

static void
shortlist_job_cache_finalize (GObject *object)
{
  ShortlistJobCache *self = (ShortlistJobCache *) object;

  g_clear_object (&self->jobs);
  g_free (self->integration_id);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (shortlist_job_cache_parent_class)->finalize (object);
}

static void
shortlist_job_cache_class_init (ShortlistJobCacheClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = shortlist_job_cache_dispose;
  object_class->finalize = shortlist_job_cache_finalize;

  /**
   * ShortlistJobCache::changed:
   *
   * The kept jobs were read, or a refresh started or ended: whether the list is there, being
   * brought up to date, how old it is, and why the last refresh failed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
shortlist_job_cache_init (ShortlistJobCache *self)
{
  self->jobs = g_list_store_new (KOMBO_TYPE_JOB);
  self->cancellable = g_cancellable_new ();
}

/**
 * shortlist_job_cache_new:
 * @store: (nullable): where the jobs are kept; without one they are fetched whole every time
 */
ShortlistJobCache *
shortlist_job_cache_new (KomboClient    *client,
                         ShortlistStore *store,
                         const char     *integration_id)
{
  ShortlistJobCache *self;

  g_return_val_if_fail (KOMBO_IS_CLIENT (client), NULL);
  g_return_val_if_fail (integration_id != NULL, NULL);

  self = g_object_new (SHORTLIST_TYPE_JOB_CACHE, NULL);
  self->client = g_object_ref (client);
  self->store = store ? g_object_ref (store) : NULL;
  self->integration_id = g_strdup (integration_id);
  return self;
}

const char *
shortlist_job_cache_get_integration_id (ShortlistJobCache *self)
{
  g_return_val_if_fail (SHORTLIST_IS_JOB_CACHE (self), NULL);
  return self->integration_id;
}

/* Returns: (nullable): where the jobs are kept */
ShortlistStore *
shortlist_job_cache_get_store (ShortlistJobCache *self)
{
  g_return_val_if_fail (SHORTLIST_IS_JOB_CACHE (self), NULL);
  return self->store;
}

/* Returns: (transfer none): the open jobs, by name; it changes in place as they are brought up to date */
GListModel *
shortlist_job_cache_get_jobs (ShortlistJobCache *self)
{
  g_return_val_if_fail (SHORTLIST_IS_JOB_CACHE (self), NULL);
  return G_LIST_MODEL (self->jobs);
}

/* Whether the kept jobs were read (or there are none to read): the list is what is known */
gboolean
shortlist_job_cache_get_loaded (ShortlistJobCache *self)
{
  g_return_val_if_fail (SHORTLIST_IS_JOB_CACHE (self), FALSE);
  return self->loaded;
}

gboolean
shortlist_job_cache_get_refreshing (ShortlistJobCache *self)
{
  g_return_val_if_fail (SHORTLIST_IS_JOB_CACHE (self), FALSE);
  return self->refreshing;
}

/* Returns: when the list was last brought up to date, in microseconds since 1970; 0 if never */
gint64
shortlist_job_cache_get_synced (ShortlistJobCache *self)
{
  g_return_val_if_fail (SHORTLIST_IS_JOB_CACHE (self), 0);
  return self->synced;
}

/* Returns: (nullable): why the last refresh failed */
const GError *
shortlist_job_cache_get_error (ShortlistJobCache *self)
{
  g_return_val_if_fail (SHORTLIST_IS_JOB_CACHE (self), NULL);
  return self->error;
}

static void
changed (ShortlistJobCache *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static int
compare_jobs (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const char *name_a = kombo_job_get_name ((KomboJob *) a);
  const char *name_b = kombo_job_get_name ((KomboJob *) b);
  int         by_name = g_ascii_strcasecmp (name_a ? name_a : "", name_b ? name_b : "");

  return by_name != 0 ? by_name : g_strcmp0 (kombo_job_get_id ((KomboJob *) a), kombo_job_get_id ((KomboJob *) b));
}

/* compare_jobs() for g_ptr_array_sort_with_data(), which hands pointers to the elements */
static int
compare_jobs_indirect (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  return compare_jobs (*(KomboJob *const *) a, *(KomboJob *const *) b, user_data);
}

static void
kept_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  /* Closed as Shortlist quits: the next start fetches them again */
  if (!shortlist_store_finish (SHORTLIST_STORE (object), result, &error) && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CLOSED))
    g_warning ("The jobs could not be kept: %s", error->message);
}

/* A job that is open and not deleted belongs in the list */
static gboolean
is_open (KomboJob *job)
{
  return !kombo_job_get_deleted (job) && (kombo_job_get_status (job) == NULL || g_strcmp0 (kombo_job_get_status (job), "OPEN") == 0);
}

static guint
find_job (ShortlistJobCache *self,
          const char        *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->jobs)); i++)
    {
      g_autoptr (KomboJob) job = g_list_model_get_item (G_LIST_MODEL (self->jobs), i);

      if (g_strcmp0 (kombo_job_get_id (job), id) == 0)
        return i;
    }
  return G_MAXUINT;
}

typedef struct
{
  ShortlistJobCache *self;
  gint64             started; /* when the fetch was sent */
  gboolean           whole;
} Fetch;

static void
fetched_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Fetch             *fetch = user_data;
  ShortlistJobCache *self = fetch->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) fetched = NULL;
  g_autoptr (GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GStrvBuilder) gone = g_strv_builder_new ();
  g_auto (GStrv) gone_ids = NULL;

  fetched = fetch->whole ? kombo_client_get_jobs_finish (KOMBO_CLIENT (object), result, &error)
                         : kombo_client_get_jobs_changed_finish (KOMBO_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_object_unref (self);
      g_free (fetch);
      return;
    }
  self->refreshing = FALSE;
  g_clear_error (&self->error);
  if (fetched == NULL)
    {
      /* What is kept stays shown, with its age */
      self->error = g_steal_pointer (&error);
      changed (self);
      g_object_unref (self);
      g_free (fetch);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (fetched); i++)
    {
      KomboJob *job = g_list_model_get_item (fetched, i);

      if (is_open (job))
        g_ptr_array_add (keep, job);
      else
        {
          g_strv_builder_add (gone, kombo_job_get_id (job));
          g_object_unref (job);
        }
    }
  gone_ids = g_strv_builder_end (gone);

  if (fetch->whole)
    {
      g_ptr_array_sort_with_data (keep, compare_jobs_indirect, NULL);
      g_list_store_splice (self->jobs, 0, g_list_model_get_n_items (G_LIST_MODEL (self->jobs)), keep->pdata, keep->len);
      self->full_synced = fetch->started;
    }
  else
    {
      for (guint i = 0; gone_ids[i] != NULL; i++)
        {
          guint position = find_job (self, gone_ids[i]);

          if (position != G_MAXUINT)
            g_list_store_remove (self->jobs, position);
        }
      for (guint i = 0; i < keep->len; i++)
        {
          KomboJob *job = g_ptr_array_index (keep, i);
          guint     position = find_job (self, kombo_job_get_id (job));

          if (position != G_MAXUINT)
            g_list_store_remove (self->jobs, position);
          g_list_store_insert_sorted (self->jobs, job, compare_jobs, NULL);
        }
    }
  self->synced = fetch->started;
  self->loaded = TRUE;
  if (self->store != NULL)
    shortlist_store_save_jobs_async (self->store, self->integration_id, keep, (const char *const *) gone_ids, fetch->whole,
                                     fetch->started, NULL, kept_cb, NULL);
  g_debug ("%s: %u jobs %s, %u gone; %u open", self->integration_id, keep->len, fetch->whole ? "fetched" : "changed",
           g_strv_length (gone_ids), g_list_model_get_n_items (G_LIST_MODEL (self->jobs)));
  changed (self);
  g_object_unref (self);
  g_free (fetch);
}

/**
 * shortlist_job_cache_refresh:
 * @whole: fetch every open job, not only those changed since the last fetch
 *
 * Brings the list up to date in the background; a refresh under way is let finish.
 */
void
shortlist_job_cache_refresh (ShortlistJobCache *self,
                             gboolean           whole)
{
  const char *statuses[] = { "OPEN", NULL };
  Fetch      *fetch;

  g_return_if_fail (SHORTLIST_IS_JOB_CACHE (self));

  if (self->refreshing)
    return;
  fetch = g_new0 (Fetch, 1);
  fetch->self = g_object_ref (self);
  fetch->started = g_get_real_time ();
  fetch->whole = whole || self->synced == 0;
  self->refreshing = TRUE;
  changed (self);
  if (fetch->whole)
    kombo_client_get_jobs_async (self->client, NULL, statuses, self->cancellable, fetched_cb, fetch);
  else
    {
      g_autoptr (GDateTime) since = g_date_time_new_from_unix_utc ((self->synced - OVERLAP) / G_USEC_PER_SEC);

      kombo_client_get_jobs_changed_async (self->client, since, self->cancellable, fetched_cb, fetch);
    }
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr (ShortlistJobCache) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) kept = NULL;
  gint64 synced = 0, full_synced = 0;

  kept = shortlist_store_load_jobs_finish (SHORTLIST_STORE (object), result, &synced, &full_synced, &error);
  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  if (kept == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CLOSED))
    g_warning ("The kept jobs could not be read: %s", error->message);
  else if (kept->len > 0 || synced > 0)
    {
      /* By name already */
      g_list_store_splice (self->jobs, 0, 0, kept->pdata, kept->len);
      self->synced = synced;
      self->full_synced = full_synced;
      self->loaded = TRUE;
    }
  changed (self);
  shortlist_job_cache_refresh (self, g_get_real_time () - self->full_synced > SHORTLIST_JOB_CACHE_WHOLE_AFTER);
}

/**
 * shortlist_job_cache_start:
 *
 * Shows the kept jobs, then brings them up to date; only the first call does anything.
 */
void
shortlist_job_cache_start (ShortlistJobCache *self)
{
  g_return_if_fail (SHORTLIST_IS_JOB_CACHE (self));

  if (self->started)
    return;
  self->started = TRUE;
  if (self->store != NULL)
    shortlist_store_load_jobs_async (self->store, self->integration_id, self->cancellable, loaded_cb, g_object_ref (self));
  else
    shortlist_job_cache_refresh (self, TRUE);
}

/**
 * shortlist_format_age:
 *
 * Returns: how long ago @then was, in words: "3 minutes ago", "yesterday"
 */
char *
shortlist_format_age (gint64 then,
                      gint64 now)
{
  gint64 minutes = MAX (0, now - then) / G_TIME_SPAN_MINUTE;
  gint64 hours = minutes / 60;
  gint64 days = hours / 24;

  if (minutes < 1)
    return g_strdup (_ ("just now"));
  if (hours < 1)
    return g_strdup_printf (ngettext ("%u minute ago", "%u minutes ago", (gulong) minutes), (guint) minutes);
  if (days < 1)
    return g_strdup_printf (ngettext ("%u hour ago", "%u hours ago", (gulong) hours), (guint) hours);
  if (days == 1)
    return g_strdup (_ ("yesterday"));
  return g_strdup_printf (ngettext ("%u day ago", "%u days ago", (gulong) MIN (days, G_MAXUINT)), (guint) MIN (days, G_MAXUINT));
}
