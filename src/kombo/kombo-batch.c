/* kombo-batch.c: one write for each of many candidates, each outcome reported as it comes
 *
 * The writes go one after the other, so as not to crowd the ATS; "item-done" says how each
 * went, in order, and the run ends with the first failure once all are tried. Cancelling
 * starts no further write.
 */
#define G_LOG_DOMAIN "kombo-batch"

#include "config.h"

#include "kombo-batch.h"

struct _KomboBatch
{
  GObject parent_instance;

  KomboClient     *client;
  KomboBatchWork   work;
  KomboBatchFinish finish;
  GObject         *work_data;
};

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
  guint   n_done;
  GError *first_error;
} Run;

static void
run_free (Run *run)
{
  g_strfreev (run->candidate_ids);
  g_clear_error (&run->first_error);
  g_free (run);
}

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

static void run_next (GTask *task);

static void
step_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GTask      *task = user_data;
  KomboBatch *self = g_task_get_source_object (task);
  Run        *run = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboWriteResult) written = self->finish (KOMBO_CLIENT (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  if (written != NULL)
    run->n_done++;
  g_signal_emit (self, signals[ITEM_DONE], 0, run->next, run->candidate_ids[run->next], written, error);
  if (error != NULL && run->first_error == NULL)
    run->first_error = g_steal_pointer (&error);

  run->next++;
  run_next (task);
}

static void
run_next (GTask *task)
{
  KomboBatch *self = g_task_get_source_object (task);
  Run        *run = g_task_get_task_data (task);

  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }

  if (run->candidate_ids[run->next] == NULL)
    {
      if (run->first_error != NULL)
        g_task_return_error (task, g_steal_pointer (&run->first_error));
      else
        g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }

  self->work (self->client, run->candidate_ids[run->next], self->work_data, g_task_get_cancellable (task), step_cb, task);
}

/**
 * kombo_batch_run_async:
 * @candidate_ids: the Kombo ids of the candidates to write for
 *
 * Does the work for each candidate in turn, emitting "item-done" after each.
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

  g_return_if_fail (KOMBO_IS_BATCH (self));
  g_return_if_fail (candidate_ids != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  run = g_new0 (Run, 1);
  run->candidate_ids = g_strdupv ((char **) candidate_ids);
  g_task_set_source_tag (task, kombo_batch_run_async);
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  run_next (task);
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
