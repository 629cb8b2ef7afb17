/* shortlist-follower.c: where each candidate submitted stands in the ATS, kept up to date
 *
 * Agencies are paid when their candidates move forward: the stage and outcome of each
 * candidate the ATS took are asked of Kombo at start and every half hour while Shortlist is
 * open, only for the candidates that changed since the last time (updated_after, with five
 * minutes of margin for clocks that differ), 250 to a request, one request at a time, every
 * page. What the ATS says is kept in the store all at once, or not at all when a request
 * fails (a rate limit, the network): what was kept stays as it was, and the next half hour
 * tries again. "changed" says the store has news.
 */
#define G_LOG_DOMAIN "shortlist-follower"

#include "config.h"

#include <string.h>

#include "shortlist-follower.h"

/* Kombo takes this many ids in one call */
#define IDS_PER_CALL 250
/* Asked from a little before the last time: the clocks of this computer and of Kombo differ */
#define MARGIN_US (5 * 60 * G_USEC_PER_SEC)

struct _ShortlistFollower
{
  GObject parent_instance;

  ShortlistAccount *account;
  GCancellable     *cancellable;
  guint             timer_id;
  gboolean          running;
  gboolean          again; /* asked to refresh while a refresh ran */
  GError           *problem;
};

G_DEFINE_FINAL_TYPE (ShortlistFollower, shortlist_follower, G_TYPE_OBJECT)

enum
{
  CHANGED,
  MOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  ShortlistStore    *store;
  KomboClient       *client;
  char              *integration_id;
  ShortlistFollowed *followed;
  guint              next; /* the first id not asked for yet */
  GPtrArray         *standings;
  gint64             asked; /* when the first question went out, µs since 1970 */
} Refresh;

static void
refresh_free (Refresh *refresh)
{
  g_clear_object (&refresh->store);
  g_clear_object (&refresh->client);
  g_free (refresh->integration_id);
  g_clear_pointer (&refresh->followed, shortlist_followed_free);
  g_clear_pointer (&refresh->standings, g_ptr_array_unref);
  g_free (refresh);
}

static void ask_next (GTask *task);

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  GError    *error = NULL;
  GPtrArray *moved = shortlist_store_save_standings_finish (SHORTLIST_STORE (object), result, &error);

  if (moved == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, moved, (GDestroyNotify) g_ptr_array_unref);
}

static void
answered_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  Refresh *refresh = g_task_get_task_data (task);
  GError  *error = NULL;
  g_autoptr (GListModel) candidates = kombo_client_get_candidates_finish (KOMBO_CLIENT (object), result, &error);

  if (candidates == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (candidates, i);
      GListModel *applications = kombo_candidate_record_get_applications (candidate);

      for (guint a = 0; a < g_list_model_get_n_items (applications); a++)
        {
          g_autoptr (KomboApplication) application = g_list_model_get_item (applications, a);
          ShortlistStanding *standing;

          /* An application without its job cannot be told from another */
          if (kombo_application_get_job_id (application) == NULL)
            continue;
          standing = shortlist_standing_new (kombo_candidate_record_get_id (candidate), kombo_application_get_job_id (application),
                                             kombo_application_get_stage_name (application),
                                             kombo_application_get_outcome (application),
                                             kombo_application_get_rejection_reason (application));
          standing->application_id = g_strdup (kombo_application_get_id (application));
          g_ptr_array_add (refresh->standings, standing);
        }
    }
  ask_next (g_steal_pointer (&task));
}

/* Asks for the next 250 candidates, or keeps what the ATS said once all were asked for */
static void
ask_next (GTask *task)
{
  Refresh *refresh = g_task_get_task_data (task);
  guint    n = g_strv_length (refresh->followed->candidate_ids);
  g_autoptr (GDateTime) after = NULL;
  g_autofree const char **some = NULL;
  guint                   count;

  if (refresh->next >= n)
    {
      shortlist_store_save_standings_async (refresh->store, refresh->integration_id, refresh->standings, refresh->asked,
                                            g_task_get_cancellable (task), saved_cb, task);
      return;
    }
  count = MIN (IDS_PER_CALL, n - refresh->next);
  some = g_new0 (const char *, count + 1);
  memcpy (some, refresh->followed->candidate_ids + refresh->next, count * sizeof (char *));
  refresh->next += count;
  if (refresh->followed->checked > 0)
    after = g_date_time_new_from_unix_utc ((refresh->followed->checked - MARGIN_US) / G_USEC_PER_SEC);
  kombo_client_get_candidates_changed_async (refresh->client, some, after, g_task_get_cancellable (task), answered_cb, task);
}

static void
followed_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  Refresh *refresh = g_task_get_task_data (task);
  GError  *error = NULL;

  refresh->followed = shortlist_store_get_followed_finish (SHORTLIST_STORE (object), result, &error);
  if (refresh->followed == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  refresh->asked = g_get_real_time ();
  ask_next (g_steal_pointer (&task));
}

/**
 * shortlist_follower_refresh_async:
 *
 * Asks Kombo where the candidates of the active integration that the ATS took stand now, and
 * keeps it; see the top of this file. Nothing is asked without a store or an integration.
 */
void
shortlist_follower_refresh_async (ShortlistFollower  *self,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  GTask            *task;
  Refresh          *refresh;
  KomboIntegration *integration;
  ShortlistStore   *store;

  g_return_if_fail (SHORTLIST_IS_FOLLOWER (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, shortlist_follower_refresh_async);
  integration = shortlist_account_get_active_integration (self->account);
  store = shortlist_account_get_store (self->account);
  if (integration == NULL || store == NULL || !shortlist_account_get_ready (self->account))
    {
      g_task_return_pointer (task, g_ptr_array_new (), (GDestroyNotify) g_ptr_array_unref);
      g_object_unref (task);
      return;
    }
  refresh = g_new0 (Refresh, 1);
  refresh->store = g_object_ref (store);
  refresh->client = g_object_ref (shortlist_account_get_client (self->account));
  refresh->integration_id = g_strdup (kombo_integration_get_id (integration));
  refresh->standings = g_ptr_array_new_with_free_func ((GDestroyNotify) shortlist_standing_free);
  g_task_set_task_data (task, refresh, (GDestroyNotify) refresh_free);
  shortlist_store_get_followed_async (store, refresh->integration_id, cancellable, followed_cb, task);
}

/**
 * shortlist_follower_refresh_finish:
 *
 * Returns: (transfer full) (element-type ShortlistHistoryEntry): the submissions whose
 *   candidate moved (see shortlist_store_save_standings_finish()), or %NULL with @error
 */
GPtrArray *
shortlist_follower_refresh_finish (ShortlistFollower *self,
                                   GAsyncResult      *result,
                                   GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
refreshed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ShortlistFollower *self = SHORTLIST_FOLLOWER (object);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) moved = shortlist_follower_refresh_finish (self, result, &error);

  self->running = FALSE;
  if (moved == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_debug ("Not brought up to date: %s", error->message);
      g_clear_error (&self->problem);
      self->problem = g_steal_pointer (&error);
    }
  else
    g_clear_error (&self->problem);
  if (moved != NULL && moved->len > 0)
    g_signal_emit (self, signals[MOVED], 0, moved);
  g_signal_emit (self, signals[CHANGED], 0);
  if (self->again)
    shortlist_follower_refresh_now (self);
}

/**
 * shortlist_follower_refresh_now:
 *
 * Brings the submissions up to date now, or once the refresh under way ends; "changed" says
 * when it is done.
 */
void
shortlist_follower_refresh_now (ShortlistFollower *self)
{
  if (self->running)
    {
      self->again = TRUE;
      return;
    }
  self->again = FALSE;
  self->running = TRUE;
  shortlist_follower_refresh_async (self, self->cancellable, refreshed_cb, NULL);
}

static gboolean
timer_cb (gpointer user_data)
{
  shortlist_follower_refresh_now (user_data);
  return G_SOURCE_CONTINUE;
}

/**
 * shortlist_follower_start:
 *
 * Brings the submissions up to date now, whenever the account becomes ready or changes its
 * integration or store, and every SHORTLIST_FOLLOW_INTERVAL_S seconds from then on (every
 * minute in the demo).
 */
void
shortlist_follower_start (ShortlistFollower *self)
{
  g_return_if_fail (SHORTLIST_IS_FOLLOWER (self));

  if (self->timer_id != 0)
    return;
  g_signal_connect_object (self->account, "notify::ready", G_CALLBACK (shortlist_follower_refresh_now), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->account, "notify::active-integration", G_CALLBACK (shortlist_follower_refresh_now), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->account, "notify::store", G_CALLBACK (shortlist_follower_refresh_now), self, G_CONNECT_SWAPPED);
  /* The demo's ATS moves its candidates on a minute at a time, for the demo to show it */
  self->timer_id = g_timeout_add_seconds (shortlist_account_get_demo (self->account) ? 60 : SHORTLIST_FOLLOW_INTERVAL_S, timer_cb, self);
  shortlist_follower_refresh_now (self);
}

/* Returns: (nullable): why the last refresh did not bring the submissions up to date */
const GError *
shortlist_follower_get_problem (ShortlistFollower *self)
{
  g_return_val_if_fail (SHORTLIST_IS_FOLLOWER (self), NULL);
  return self->problem;
}

static void
shortlist_follower_dispose (GObject *object)
{
  ShortlistFollower *self = SHORTLIST_FOLLOWER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_clear_object (&self->account);

  G_OBJECT_CLASS (shortlist_follower_parent_class)->dispose (object);
}

static void
shortlist_follower_finalize (GObject *object)
{
  ShortlistFollower *self = SHORTLIST_FOLLOWER (object);

  g_clear_object (&self->cancellable);
  g_clear_error (&self->problem);

  G_OBJECT_CLASS (shortlist_follower_parent_class)->finalize (object);
}

static void
shortlist_follower_class_init (ShortlistFollowerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = shortlist_follower_dispose;
  G_OBJECT_CLASS (klass)->finalize = shortlist_follower_finalize;

  /**
   * ShortlistFollower::changed:
   *
   * A refresh ended: the store has where the candidates stand now, or the problem says why not.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * ShortlistFollower::moved:
   * @entries: (element-type ShortlistHistoryEntry): the submissions whose candidate moved, with
   *   where they stand now
   *
   * A refresh saw candidates move: a stage or an outcome other than the one known before.
   * Each change is said once.
   */
  signals[MOVED] = g_signal_new ("moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                 G_TYPE_PTR_ARRAY);
}

static void
shortlist_follower_init (ShortlistFollower *self)
{
  self->cancellable = g_cancellable_new ();
}

ShortlistFollower *
shortlist_follower_new (ShortlistAccount *account)
{
  ShortlistFollower *self;

  g_return_val_if_fail (SHORTLIST_IS_ACCOUNT (account), NULL);

  self = g_object_new (SHORTLIST_TYPE_FOLLOWER, NULL);
  self->account = g_object_ref (account);
  return self;
}
