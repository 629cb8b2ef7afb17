/* kombo-batch.c: one write for each of many candidates, each outcome reported as it comes
 *
 * The writes run side by side, as many at once as Kombo takes. Kombo says how many that is
 * with each answer to a write (kombo_client_get_concurrency_limit()): once it has, the batch
 * sends that many at once. Until then it starts with a few and adds one each time a write comes
 * back. When Kombo says its limit was reached (a 429 before any work, which the client tries
 * again itself, as when others write to the integration too) it keeps below the number in
 * flight then, for the rest of the run. "item-done" says how each went as it comes, and the run
 * ends with the first failure once all are tried.
 *
 * A write is never sent twice unless Kombo refused it before doing anything. Cancelling starts
 * no further write; the writes already sent are let finish, so that what was done is known,
 * and the run then ends as cancelled.
 */
#define G_LOG_DOMAIN "kombo-batch"

#include "config.h"

#include <glib/gi18n.h>

#include "kombo-batch.h"
#include "kombo-error.h"

struct _KomboBatch
{
  GObject parent_instance;

  KomboClient     *client;
  KomboBatchWork   work;
  KomboBatchFinish finish;
  GObject         *work_data;
  guint            max_in_flight;
};

#define DEFAULT_MAX_IN_FLIGHT 16
/* A start that costs little if Kombo takes few at once */
#define FIRST_IN_FLIGHT 4
/* Rounds of the client's own tries a write refused for Kombo's limits gets */
#define MAX_ROUNDS 4

G_DEFINE_FINAL_TYPE (KomboBatch, kombo_batch, G_TYPE_OBJECT)

enum
{
  ITEM_DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  GStrv   candidate_ids; /* a copy, so a list changed meanwhile changes nothing */
  guint   next;
  guint   in_flight;
  guint   window;  /* how many may be in flight now */
  guint   ceiling; /* how many Kombo took at most, once it said so; else 0 */
  guint   waiting; /* refused for a limit, waiting to be sent again */
  GQueue  again;   /* indices refused for a limit after all the client's tries, to send again */
  guint8 *rounds;  /* per index: how often it was sent again so */
  guint   n_done;
  GError *first_error;
  gulong  limited_id;
} Run;

static void
run_free (Run *run)
{
  g_strfreev (run->candidate_ids);
  g_clear_error (&run->first_error);
  g_queue_clear (&run->again);
  g_free (run->rounds);
  g_free (run);
}

typedef struct
{
  GTask *task;
  guint  index;
} Item;

static void
kombo_batch_dispose (GObject *object)
{
  KomboBatch *self = (KomboBatch *) object;

  g_clear_object (&self->client);
  g_clear_object (&self->work_data);

  G_OBJECT_CLASS (kombo_batch_parent_class)->dispose (object);
}

static void
kombo_batch_class_init (KomboBatchClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kombo_batch_dispose;

  /**
   * KomboBatch::item-done:
   * @index: the candidate's place in the list the run was given
   * @candidate_id: the candidate
   * @result: (nullable): what the ATS answered, with its warnings
   * @error: (nullable): why the write failed
   */
  signals[ITEM_DONE] = g_signal_new ("item-done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                     G_TYPE_NONE, 4, G_TYPE_UINT, G_TYPE_STRING, KOMBO_TYPE_WRITE_RESULT, G_TYPE_ERROR);
}

static void
kombo_batch_init (KomboBatch *self)
{
  self->max_in_flight = DEFAULT_MAX_IN_FLIGHT;
}

/* At most @max_in_flight writes at once, whatever Kombo would take; 1 writes one after another */
void
kombo_batch_set_max_in_flight (KomboBatch *self,
                               guint       max_in_flight)
{
  g_return_if_fail (KOMBO_IS_BATCH (self));
  g_return_if_fail (max_in_flight > 0);

  self->max_in_flight = max_in_flight;
}

/**
 * kombo_batch_new:
 * @work_data: what @work is given for every candidate, such as the tag
 */
KomboBatch *
kombo_batch_new (KomboClient     *client,
                 KomboBatchWork   work,
                 KomboBatchFinish finish,
                 GObject         *work_data)
{
  KomboBatch *self;

  g_return_val_if_fail (KOMBO_IS_CLIENT (client), NULL);
  g_return_val_if_fail (work != NULL && finish != NULL, NULL);

  self = g_object_new (KOMBO_TYPE_BATCH, NULL);
  self->client = g_object_ref (client);
  self->work = work;
  self->finish = finish;
  self->work_data = work_data ? g_object_ref (work_data) : NULL;
  return self;
}

static void fill (GTask *task);

static void
end (GTask *task)
{
  KomboBatch *self = g_task_get_source_object (task);
  Run        *run = g_task_get_task_data (task);

  g_clear_signal_handler (&run->limited_id, self->client);
  if (!g_task_return_error_if_cancelled (task) && run->first_error != NULL)
    g_task_return_error (task, g_steal_pointer (&run->first_error));
  else if (!g_task_had_error (task))
    g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

static void
item_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Item       *item = user_data;
  GTask      *task = item->task;
  KomboBatch *self = g_task_get_source_object (task);
  Run        *run = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboWriteResult) written = self->finish (KOMBO_CLIENT (object), result, &error);

  run->in_flight--;
  /* Refused before any work, however often the client tried: safe to send again, later */
  if (error != NULL && kombo_error_is_rate_limit (error) && run->rounds[item->index] < MAX_ROUNDS - 1)
    {
      run->rounds[item->index]++;
      g_queue_push_tail (&run->again, GUINT_TO_POINTER (item->index));
      g_free (item);
      fill (task);
      return;
    }
  if (written != NULL)
    {
      guint said = kombo_client_get_concurrency_limit (self->client);

      run->n_done++;
      /* Answers come: as many at once as Kombo said it takes, or one more, up to what Kombo
       * took */
      if (said > 0)
        run->window = MIN (MIN (said, run->ceiling > 0 ? run->ceiling : said), self->max_in_flight);
      else if (run->window < (run->ceiling > 0 ? run->ceiling : self->max_in_flight))
        run->window++;
    }
  g_signal_emit (self, signals[ITEM_DONE], 0, item->index, run->candidate_ids[item->index], written, error);
  if (error != NULL && run->first_error == NULL)
    run->first_error = g_steal_pointer (&error);
  g_free (item);
  fill (task);
}

static gboolean
resent_cb (gpointer user_data)
{
  GTask *task = user_data;
  Run   *run = g_task_get_task_data (task);

  run->waiting--;
  g_object_unref (task);
  return G_SOURCE_REMOVE;
}

/* Kombo refused a call for its limits: at most as many at once from now on as it was doing.
 * The refused calls wait to be sent again, and are not at Kombo meanwhile. */
static void
limited_cb (KomboClient *client,
            const char  *code,
            int          wait_ms,
            GTask       *task)
{
  Run  *run = g_task_get_task_data (task);
  guint at_kombo;

  if (wait_ms >= 0)
    {
      run->waiting++;
      g_timeout_add_full (G_PRIORITY_DEFAULT, wait_ms, resent_cb, g_object_ref (task), NULL);
    }
  at_kombo = run->in_flight > run->waiting ? run->in_flight - run->waiting : 0;
  /* A rate limit is over time, not at once: halve */
  if (g_strcmp0 (code, "PLATFORM.RATE_LIMIT_EXCEEDED") == 0)
    at_kombo /= 2;
  run->ceiling = MAX (1, run->ceiling > 0 ? MIN (run->ceiling, at_kombo) : at_kombo);
  run->window = MIN (run->window, run->ceiling);
  g_debug ("Kombo said %s with %u in flight, %u of them at Kombo: at most %u from now on", code, run->in_flight, at_kombo,
           run->ceiling);
}

/* Sends writes until as many are in flight as may be, and ends the run when none is left */
static void
fill (GTask *task)
{
  KomboBatch *self = g_task_get_source_object (task);
  Run        *run = g_task_get_task_data (task);
  gboolean    cancelled = g_cancellable_is_cancelled (g_task_get_cancellable (task));

  while (!cancelled && run->in_flight < run->window && (!g_queue_is_empty (&run->again) || run->candidate_ids[run->next] != NULL))
    {
      Item *item = g_new0 (Item, 1);

      item->task = task;
      item->index = !g_queue_is_empty (&run->again) ? GPOINTER_TO_UINT (g_queue_pop_head (&run->again)) : run->next++;
      run->in_flight++;
      /* Not cancellable: a write sent is let finish, so that its outcome is known */
      self->work (self->client, run->candidate_ids[item->index], self->work_data, NULL, item_cb, item);
    }

  if (run->in_flight == 0 && (cancelled || (g_queue_is_empty (&run->again) && run->candidate_ids[run->next] == NULL)))
    {
      /* What was to be sent again is said as refused */
      while (!g_queue_is_empty (&run->again))
        {
          guint index = GPOINTER_TO_UINT (g_queue_pop_head (&run->again));
          g_autoptr (GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, _ ("Cancelled"));

          g_signal_emit (self, signals[ITEM_DONE], 0, index, run->candidate_ids[index], NULL, error);
        }
      end (task);
    }
}

/**
 * kombo_batch_run_async:
 * @candidate_ids: the Kombo ids of the candidates to write for
 *
 * Does the work for each candidate, several at once, emitting "item-done" as each ends.
 */
void
kombo_batch_run_async (KomboBatch         *self,
                       const char *const  *candidate_ids,
                       GCancellable       *cancellable,
                       GAsyncReadyCallback callback,
                       gpointer            user_data)
{
  GTask *task;
  Run   *run;
  guint  said;

  g_return_if_fail (KOMBO_IS_BATCH (self));
  g_return_if_fail (candidate_ids != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  run = g_new0 (Run, 1);
  run->candidate_ids = g_strdupv ((char **) candidate_ids);
  run->rounds = g_new0 (guint8, g_strv_length (run->candidate_ids) + 1);
  g_task_set_source_tag (task, kombo_batch_run_async);
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  /* As many at once as Kombo said it takes, when it has */
  said = kombo_client_get_concurrency_limit (self->client);
  run->window = MIN (said > 0 ? said : FIRST_IN_FLIGHT, self->max_in_flight);
  run->limited_id = g_signal_connect (self->client, "limited", G_CALLBACK (limited_cb), task);
  fill (task);
}

/**
 * kombo_batch_run_finish:
 * @n_done: (out) (optional): how many writes succeeded
 *
 * Returns: whether every write succeeded; otherwise @error is the first failure, or
 *   %G_IO_ERROR_CANCELLED
 */
gboolean
kombo_batch_run_finish (KomboBatch   *self,
                        GAsyncResult *result,
                        guint        *n_done,
                        GError      **error)
{
  Run *run;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  run = g_task_get_task_data (G_TASK (result));
  if (n_done != NULL)
    *n_done = run->n_done;
  return g_task_propagate_boolean (G_TASK (result), error);
}
