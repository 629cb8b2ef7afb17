/* shortlist-bulk-run.c: one piece of work (a tag, a result link) for many candidates, and how it went for each
 *
 * A run does one write per candidate through a KomboBatch, as many side by side as Kombo
 * takes, and says each outcome as it comes ("outcome") and how far it is ("progress"). Where
 * an answer was lost, the candidates are read again to say whether it was done. The outcomes
 * of the last run are kept, for a run of the failed ones only (Retry Failed) and for the
 * results as CSV; what was done goes into each candidate's history. The Tags and Result Links
 * pages show a run; nothing here knows of a widget.
 */
#define G_LOG_DOMAIN "shortlist-bulk-run"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-bulk-run.h"
#include "shortlist-csv.h"

typedef struct
{
  ShortlistOutcome outcome;
  char            *message;
  gboolean         unknown; /* it may have been done: not to be tried again blindly */
} ShortlistBulkOutcome;

static void
shortlist_bulk_outcome_free (ShortlistBulkOutcome *outcome)
{
  g_free (outcome->message);
  g_free (outcome);
}

static gboolean
shortlist_bulk_outcome_is_retryable (ShortlistBulkOutcome *outcome)
{
  return outcome->outcome == SHORTLIST_OUTCOME_FAILED && !outcome->unknown;
}

struct _ShortlistBulkRun
{
  GObject parent_instance;

  GHashTable *outcomes; /* candidate id → ShortlistBulkOutcome, of the last run */
  gboolean    running;
};

G_DEFINE_FINAL_TYPE (ShortlistBulkRun, shortlist_bulk_run, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  OUTCOME,
  PROGRESS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
shortlist_bulk_run_finalize (GObject *object)
{
  ShortlistBulkRun *self = SHORTLIST_BULK_RUN (object);

  g_clear_pointer (&self->outcomes, g_hash_table_unref);
  G_OBJECT_CLASS (shortlist_bulk_run_parent_class)->finalize (object);
}

static void
shortlist_bulk_run_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ShortlistBulkRun *self = SHORTLIST_BULK_RUN (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
shortlist_bulk_run_class_init (ShortlistBulkRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = shortlist_bulk_run_finalize;
  object_class->get_property = shortlist_bulk_run_get_property;

  properties[PROP_RUNNING] = g_param_spec_boolean ("running", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ShortlistBulkRun::outcome:
   * @candidate: the candidate, as the run was given it
   * @outcome: a #ShortlistOutcome; %SHORTLIST_OUTCOME_NONE as a run starts for the candidate
   * @message: (nullable): why it failed
   * @warnings: (nullable): what the ATS remarked
   */
  signals[OUTCOME] = g_signal_new ("outcome", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                                   KOMBO_TYPE_CANDIDATE_RECORD, G_TYPE_UINT, G_TYPE_STRING, G_TYPE_STRV);
  /* How many candidates have their outcome, of how many */
  signals[PROGRESS] = g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                    G_TYPE_UINT, G_TYPE_UINT);
}

static void
shortlist_bulk_run_init (ShortlistBulkRun *self)
{
  self->outcomes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) shortlist_bulk_outcome_free);
}

ShortlistBulkRun *
shortlist_bulk_run_new (void)
{
  return g_object_new (SHORTLIST_TYPE_BULK_RUN, NULL);
}

gboolean
shortlist_bulk_run_get_running (ShortlistBulkRun *self)
{
  g_return_val_if_fail (SHORTLIST_IS_BULK_RUN (self), FALSE);
  return self->running;
}

/**
 * shortlist_bulk_run_get_outcome:
 * @message: (out) (optional) (transfer none): why it failed, if it did and it is known
 *
 * Returns: how the last run went for the candidate
 */
ShortlistOutcome
shortlist_bulk_run_get_outcome (ShortlistBulkRun *self,
                                const char       *candidate_id,
                                const char      **message)
{
  ShortlistBulkOutcome *outcome;

  g_return_val_if_fail (SHORTLIST_IS_BULK_RUN (self), SHORTLIST_OUTCOME_NONE);

  outcome = g_hash_table_lookup (self->outcomes, candidate_id);
  if (message != NULL)
    *message = outcome ? outcome->message : NULL;
  return outcome ? outcome->outcome : SHORTLIST_OUTCOME_NONE;
}

/* Returns: how many candidates the last runs have an outcome for */
guint
shortlist_bulk_run_count_outcomes (ShortlistBulkRun *self)
{
  g_return_val_if_fail (SHORTLIST_IS_BULK_RUN (self), 0);
  return g_hash_table_size (self->outcomes);
}

/* Returns: how many candidates a run of the failed ones would try again: those it surely failed for */
guint
shortlist_bulk_run_count_retryable (ShortlistBulkRun *self)
{
  GHashTableIter iter;
  gpointer       value;
  guint          n = 0;

  g_return_val_if_fail (SHORTLIST_IS_BULK_RUN (self), 0);

  g_hash_table_iter_init (&iter, self->outcomes);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n += shortlist_bulk_outcome_is_retryable (value);
  return n;
}

/* Forgets the outcomes, as when the list of candidates is cleared */
void
shortlist_bulk_run_forget (ShortlistBulkRun *self)
{
  g_return_if_fail (SHORTLIST_IS_BULK_RUN (self));
  g_hash_table_remove_all (self->outcomes);
}

/**
 * shortlist_bulk_run_dup_csv:
 * @candidates: a list of #KomboCandidateRecord
 *
 * Returns: @candidates and how the last run went for each, as CSV with a header line
 */
char *
shortlist_bulk_run_dup_csv (ShortlistBulkRun *self,
                            GListModel       *candidates)
{
  GString *csv = g_string_new (NULL);

  g_return_val_if_fail (SHORTLIST_IS_BULK_RUN (self), NULL);

  shortlist_csv_append_row (csv, (const char *[]){ _ ("Kombo ID"), _ ("Name"), _ ("Email address"), _ ("Outcome"), _ ("Message") }, 5);
  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (candidates, i);
      g_autofree char      *name = kombo_candidate_record_dup_display_name (candidate);
      ShortlistBulkOutcome *outcome = g_hash_table_lookup (self->outcomes, kombo_candidate_record_get_id (candidate));
      const char           *said = outcome == NULL                              ? _ ("Not tried")
                                   : outcome->outcome == SHORTLIST_OUTCOME_DONE ? _ ("Done")
                                   : outcome->unknown                           ? _ ("Unknown")
                                                                                : _ ("Failed");

      shortlist_csv_append_row (csv,
                                (const char *[]){ kombo_candidate_record_get_id (candidate), name,
                                                  kombo_candidate_record_get_email_address (candidate), said,
                                                  outcome ? outcome->message : NULL },
                                5);
    }
  return g_string_free (csv, FALSE);
}

typedef struct
{
  KomboClient     *client;
  ShortlistStore  *store;
  GPtrArray       *candidates; /* a snapshot, so a change of the list meanwhile changes nothing */
  guint            n_done;
  char            *followup;
  ShortlistWasDone was_done;
  GObject         *work_data;
  GPtrArray       *unknown; /* ids of the candidates whose outcome is unknown */
  GError          *error;   /* the batch's */
  guint            n_said;  /* outcomes come so far */
} ShortlistBulkRunning;

static void
shortlist_bulk_running_free (ShortlistBulkRunning *run)
{
  g_object_unref (run->client);
  g_clear_object (&run->store);
  g_ptr_array_unref (run->candidates);
  g_ptr_array_unref (run->unknown);
  g_free (run->followup);
  g_clear_object (&run->work_data);
  g_clear_error (&run->error);
  g_free (run);
}

static KomboCandidateRecord *
run_find (ShortlistBulkRunning *run,
          const char           *candidate_id)
{
  for (guint i = 0; i < run->candidates->len; i++)
    if (g_strcmp0 (kombo_candidate_record_get_id (run->candidates->pdata[i]), candidate_id) == 0)
      return run->candidates->pdata[i];
  return NULL;
}

static void
set_running (ShortlistBulkRun *self,
             gboolean          running)
{
  self->running = running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

/* Keeps and says how it went for @candidate_id */
static void
record (ShortlistBulkRun     *self,
        ShortlistBulkRunning *run,
        const char           *candidate_id,
        ShortlistOutcome      said,
        const char           *message,
        gboolean              unknown,
        const char *const    *warnings)
{
  ShortlistBulkOutcome *outcome = g_new0 (ShortlistBulkOutcome, 1);

  outcome->outcome = said;
  outcome->message = g_strdup (message);
  outcome->unknown = unknown;
  g_hash_table_replace (self->outcomes, g_strdup (candidate_id), outcome);
  g_signal_emit (self, signals[OUTCOME], 0, run_find (run, candidate_id), said, message, warnings);
  /* What was done is kept with the candidate's submissions in the history */
  if (said == SHORTLIST_OUTCOME_DONE && run->store != NULL && run->followup != NULL)
    shortlist_store_add_followup_async (run->store, candidate_id, run->followup, NULL, NULL, NULL);
}

static void
item_done_cb (KomboBatch       *batch,
              guint             index,
              const char       *candidate_id,
              KomboWriteResult *written,
              GError           *error,
              GTask            *task)
{
  ShortlistBulkRun     *self = g_task_get_source_object (task);
  ShortlistBulkRunning *run = g_task_get_task_data (task);
  g_autofree char      *text = error ? kombo_error_dup_sentence (error) : NULL;

  if (written != NULL)
    record (self, run, candidate_id, SHORTLIST_OUTCOME_DONE, NULL, FALSE, kombo_write_result_get_warnings (written));
  else
    record (self, run, candidate_id, SHORTLIST_OUTCOME_FAILED, text, kombo_error_outcome_unknown (error), NULL);
  if (error != NULL && kombo_error_outcome_unknown (error))
    g_ptr_array_add (run->unknown, g_strdup (candidate_id));
  g_signal_emit (self, signals[PROGRESS], 0, ++run->n_said, run->candidates->len);
}

static void
run_end (GTask *task)
{
  ShortlistBulkRun     *self = g_task_get_source_object (task);
  ShortlistBulkRunning *run = g_task_get_task_data (task);
  gboolean              failed = FALSE;

  for (guint i = 0; i < run->candidates->len; i++)
    failed |= shortlist_bulk_run_get_outcome (self, kombo_candidate_record_get_id (run->candidates->pdata[i]), NULL) !=
              SHORTLIST_OUTCOME_DONE;
  set_running (self, FALSE);
  /* An error checked afterwards to be no failure is no longer the run's; a cancel always is */
  if (run->error != NULL && (failed || g_error_matches (run->error, G_IO_ERROR, G_IO_ERROR_CANCELLED)))
    g_task_return_error (task, g_steal_pointer (&run->error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
checked_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  ShortlistBulkRun     *self = g_task_get_source_object (task);
  ShortlistBulkRunning *run = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) found = kombo_client_get_candidates_finish (KOMBO_CLIENT (object), result, &error);

  /* A look that fails leaves the outcomes unknown, as they were */
  for (guint i = 0; found != NULL && i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (found, i);
      const char *id = kombo_candidate_record_get_id (candidate);

      if (run_find (run, id) == NULL)
        continue;
      if (run->was_done (candidate, run->work_data))
        {
          record (self, run, id, SHORTLIST_OUTCOME_DONE, NULL, FALSE, NULL);
          run->n_done++;
        }
      else
        record (self, run, id, SHORTLIST_OUTCOME_FAILED,
                _ ("Not done: the answer was lost, and the candidate does not have it. Retry Failed tries again."), FALSE, NULL);
    }
  if (found == NULL)
    g_debug ("The lost answers could not be checked: %s", error->message);
  run_end (task);
}

static void
batch_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  ShortlistBulkRunning *run = g_task_get_task_data (task);

  g_signal_handlers_disconnect_by_data (object, task);
  kombo_batch_run_finish (KOMBO_BATCH (object), result, &run->n_done, &run->error);

  /* Where the answer was lost, a look at the candidates says whether it was done */
  if (run->was_done != NULL && run->unknown->len > 0 && !g_error_matches (run->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_ptr_array_add (run->unknown, NULL);
      kombo_client_get_candidates_by_ids_async (run->client, (const char *const *) run->unknown->pdata, NULL, checked_cb,
                                                g_steal_pointer (&task));
      return;
    }
  run_end (task);
}

/**
 * shortlist_bulk_run_run_async:
 * @client: the client to do it with
 * @store: (nullable): where each candidate's history is kept, with what was done
 * @candidates: a list of #KomboCandidateRecord, the candidates to do @work for
 * @followup: (nullable): what was done, as the history says it for each candidate it was done for
 * @failed_only: whether to do it only for the candidates it failed for last time, for a
 *   reason that said it was not done
 * @was_done: (nullable): whether a candidate, as read again, has what @work does; where
 *   the answer to a write was lost, the candidates are read again to say
 *
 * Does @work for each candidate with a #KomboBatch, saying each outcome as it comes. Fails
 * with the first failure once all are done.
 */
void
shortlist_bulk_run_run_async (ShortlistBulkRun   *self,
                              KomboClient        *client,
                              ShortlistStore     *store,
                              GListModel         *candidates,
                              KomboBatchWork      work,
                              KomboBatchFinish    finish,
                              GObject            *work_data,
                              const char         *followup,
                              gboolean            failed_only,
                              ShortlistWasDone    was_done,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data)
{
  GTask                *task;
  ShortlistBulkRunning *run;
  g_autoptr (KomboBatch) batch = NULL;
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();
  g_auto (GStrv) candidate_ids = NULL;

  g_return_if_fail (SHORTLIST_IS_BULK_RUN (self));
  g_return_if_fail (KOMBO_IS_CLIENT (client));
  g_return_if_fail (G_IS_LIST_MODEL (candidates));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, shortlist_bulk_run_run_async);
  batch = kombo_batch_new (client, work, finish, work_data);
  run = g_new0 (ShortlistBulkRunning, 1);
  run->client = g_object_ref (client);
  run->store = store ? g_object_ref (store) : NULL;
  run->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  run->followup = g_strdup (followup);
  run->was_done = was_done;
  run->work_data = work_data ? g_object_ref (work_data) : NULL;
  run->unknown = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      KomboCandidateRecord *candidate = g_list_model_get_item (candidates, i);
      ShortlistBulkOutcome *outcome = g_hash_table_lookup (self->outcomes, kombo_candidate_record_get_id (candidate));

      if (failed_only && (outcome == NULL || !shortlist_bulk_outcome_is_retryable (outcome)))
        {
          g_object_unref (candidate);
          continue;
        }
      g_ptr_array_add (run->candidates, candidate);
      g_strv_builder_add (ids, kombo_candidate_record_get_id (candidate));
    }
  g_task_set_task_data (task, run, (GDestroyNotify) shortlist_bulk_running_free);
  candidate_ids = g_strv_builder_end (ids);

  /* Afresh, the outcomes of before go with the list; each candidate of the run starts anew */
  if (!failed_only)
    g_hash_table_remove_all (self->outcomes);
  for (guint i = 0; i < run->candidates->len; i++)
    {
      g_hash_table_remove (self->outcomes, kombo_candidate_record_get_id (run->candidates->pdata[i]));
      g_signal_emit (self, signals[OUTCOME], 0, run->candidates->pdata[i], SHORTLIST_OUTCOME_NONE, NULL, NULL);
    }
  set_running (self, TRUE);
  g_signal_emit (self, signals[PROGRESS], 0, 0, run->candidates->len);
  g_signal_connect (batch, "item-done", G_CALLBACK (item_done_cb), task);
  kombo_batch_run_async (batch, (const char *const *) candidate_ids, cancellable, batch_done_cb, task);
}

/**
 * shortlist_bulk_run_run_finish:
 * @n_done: (out): how many candidates the work was done for
 */
gboolean
shortlist_bulk_run_run_finish (ShortlistBulkRun *self,
                               GAsyncResult     *result,
                               guint            *n_done,
                               GError          **error)
{
  ShortlistBulkRunning *run = g_task_get_task_data (G_TASK (result));

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  *n_done = run->n_done;
  return g_task_propagate_boolean (G_TASK (result), error);
}
