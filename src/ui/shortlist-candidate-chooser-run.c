/* shortlist-candidate-chooser-run.c: the work done for the chosen candidates, and how it went
 *
 * A run does one write per candidate through a KomboBatch and shows each outcome on the
 * candidate's row as it comes. Where an answer was lost, the candidates are read again to
 * say whether it was done. The outcomes are kept for Retry Failed and for Copy Results as CSV.
 */
#define G_LOG_DOMAIN "shortlist-candidate-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-candidate-chooser-private.h"

static void
append_csv_field (GString    *csv,
                  const char *field,
                  gboolean    last)
{
  /* RFC 4180: quoted when it holds a comma, a quote or a line end; quotes doubled */
  if (field != NULL && strpbrk (field, ",\"\r\n") != NULL)
    {
      g_autoptr (GString) quoted = g_string_new (field);

      g_string_replace (quoted, "\"", "\"\"", 0);
      g_string_append_printf (csv, "\"%s\"", quoted->str);
    }
  else if (field != NULL)
    g_string_append (csv, field);
  g_string_append (csv, last ? "\r\n" : ",");
}

/**
 * shortlist_candidate_chooser_dup_results_csv:
 *
 * Returns: the chosen candidates and how the last run went for each, as CSV with a header
 */
char *
shortlist_candidate_chooser_dup_results_csv (ShortlistCandidateChooser *self)
{
  GString *csv = g_string_new (NULL);

  g_return_val_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self), NULL);

  append_csv_field (csv, _ ("Kombo ID"), FALSE);
  append_csv_field (csv, _ ("Name"), FALSE);
  append_csv_field (csv, _ ("Email address"), FALSE);
  append_csv_field (csv, _ ("Outcome"), FALSE);
  append_csv_field (csv, _ ("Message"), TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->chosen)); i++)
    {
      g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (G_LIST_MODEL (self->chosen), i);
      g_autofree char *name = kombo_candidate_record_dup_display_name (candidate);
      Outcome         *outcome = g_hash_table_lookup (self->outcomes, kombo_candidate_record_get_id (candidate));
      const char      *said = outcome == NULL                              ? _ ("Not tried")
                              : outcome->outcome == SHORTLIST_OUTCOME_DONE ? _ ("Done")
                              : outcome->unknown                           ? _ ("Unknown")
                                                                           : _ ("Failed");

      append_csv_field (csv, kombo_candidate_record_get_id (candidate), FALSE);
      append_csv_field (csv, name, FALSE);
      append_csv_field (csv, kombo_candidate_record_get_email_address (candidate), FALSE);
      append_csv_field (csv, said, FALSE);
      append_csv_field (csv, outcome ? outcome->message : NULL, TRUE);
    }
  return g_string_free (csv, FALSE);
}

typedef struct
{
  GPtrArray       *candidates; /* a snapshot, so removing a row meanwhile changes nothing */
  guint            n_done;
  char            *followup;
  ShortlistWasDone was_done;
  GObject         *work_data;
  GPtrArray       *unknown; /* ids of the candidates whose outcome is unknown */
  GError          *error;   /* the batch's */
  guint            n_said;  /* outcomes come so far */
} Run;

static void
run_free (Run *run)
{
  g_ptr_array_unref (run->candidates);
  g_ptr_array_unref (run->unknown);
  g_free (run->followup);
  g_clear_object (&run->work_data);
  g_clear_error (&run->error);
  g_free (run);
}

static KomboCandidateRecord *
run_find (Run        *run,
          const char *candidate_id)
{
  for (guint i = 0; i < run->candidates->len; i++)
    if (g_strcmp0 (kombo_candidate_record_get_id (run->candidates->pdata[i]), candidate_id) == 0)
      return run->candidates->pdata[i];
  return NULL;
}

/* Records that the work was done for @candidate_id: on the row, in the outcomes and the history */
static void
record_done (ShortlistCandidateChooser *self,
             Run                       *run,
             const char                *candidate_id,
             const char *const         *warnings)
{
  Outcome *outcome = g_new0 (Outcome, 1);

  outcome->outcome = SHORTLIST_OUTCOME_DONE;
  g_hash_table_replace (self->outcomes, g_strdup (candidate_id), outcome);
  shortlist_candidate_chooser_set_outcome (self, run_find (run, candidate_id), SHORTLIST_OUTCOME_DONE, NULL, warnings);
  /* What was done is kept with the candidate's submissions in the history */
  if (self->store != NULL && run->followup != NULL)
    shortlist_store_add_followup_async (self->store, candidate_id, run->followup, NULL, NULL, NULL);
}

static void
record_failed (ShortlistCandidateChooser *self,
               Run                       *run,
               const char                *candidate_id,
               const char                *message,
               gboolean                   unknown)
{
  Outcome *outcome = g_new0 (Outcome, 1);

  outcome->outcome = SHORTLIST_OUTCOME_FAILED;
  outcome->message = g_strdup (message);
  outcome->unknown = unknown;
  g_hash_table_replace (self->outcomes, g_strdup (candidate_id), outcome);
  shortlist_candidate_chooser_set_outcome (self, run_find (run, candidate_id), SHORTLIST_OUTCOME_FAILED, message, NULL);
}

static void
show_progress (ShortlistCandidateChooser *self,
               Run                       *run,
               guint                      n_said)
{
  /* TRANSLATORS: how far work for many candidates is: "12 of 200" */
  g_autofree char *text = g_strdup_printf (_ ("%u of %u"), n_said, run->candidates->len);

  gtk_label_set_text (self->progress_label, text);
}

static void
item_done_cb (KomboBatch       *batch,
              guint             index,
              const char       *candidate_id,
              KomboWriteResult *written,
              GError           *error,
              GTask            *task)
{
  ShortlistCandidateChooser *self = g_task_get_source_object (task);
  Run                       *run = g_task_get_task_data (task);
  g_autofree char           *text = error ? kombo_error_dup_sentence (error) : NULL;

  if (written != NULL)
    record_done (self, run, candidate_id, kombo_write_result_get_warnings (written));
  else
    record_failed (self, run, candidate_id, text, kombo_error_outcome_unknown (error));
  if (error != NULL && kombo_error_outcome_unknown (error))
    g_ptr_array_add (run->unknown, g_strdup (candidate_id));
  show_progress (self, run, ++run->n_said);
}

static void
run_end (GTask *task)
{
  ShortlistCandidateChooser *self = g_task_get_source_object (task);
  Run                       *run = g_task_get_task_data (task);
  gboolean                   failed = FALSE;

  self->running = FALSE;
  shortlist_candidate_chooser_update_buttons (self);
  for (guint i = 0; i < run->candidates->len; i++)
    {
      Outcome *outcome = g_hash_table_lookup (self->outcomes, kombo_candidate_record_get_id (run->candidates->pdata[i]));

      failed |= outcome == NULL || outcome->outcome == SHORTLIST_OUTCOME_FAILED;
    }
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
  ShortlistCandidateChooser *self = g_task_get_source_object (task);
  Run                       *run = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) found = kombo_client_get_candidates_finish (KOMBO_CLIENT (object), result, &error);

  /* A look that fails leaves the outcomes unknown, as they were */
  for (guint i = 0; found != NULL && i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr (KomboCandidateRecord) record = g_list_model_get_item (found, i);
      const char *id = kombo_candidate_record_get_id (record);

      if (run_find (run, id) == NULL)
        continue;
      if (run->was_done (record, run->work_data))
        {
          record_done (self, run, id, NULL);
          run->n_done++;
        }
      else
        record_failed (self, run, id, _ ("Not done: the answer was lost, and the candidate does not have it. Retry Failed tries again."),
                       FALSE);
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
  Run *run = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;

  ShortlistCandidateChooser *self = g_task_get_source_object (task);

  g_signal_handlers_disconnect_by_data (object, task);
  kombo_batch_run_finish (KOMBO_BATCH (object), result, &run->n_done, &run->error);

  /* Where the answer was lost, a look at the candidates says whether it was done */
  if (run->was_done != NULL && run->unknown->len > 0 && !g_error_matches (run->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_ptr_array_add (run->unknown, NULL);
      kombo_client_get_candidates_by_ids_async (shortlist_account_get_client (self->account),
                                                (const char *const *) run->unknown->pdata, NULL, checked_cb,
                                                g_steal_pointer (&task));
      return;
    }
  run_end (task);
}

/**
 * shortlist_candidate_chooser_run_async:
 *
 * @followup: (nullable): what was done, as the history says it for each candidate it was done for
 *
 * @failed_only: whether to do it only for the candidates it failed for last time, for a
 *   reason that said it was not done
 * @was_done: (nullable): whether a candidate, as read again, has what @work does; where
 *   the answer to a write was lost, the candidates are read again to say
 *
 * Does @work for each chosen candidate with a #KomboBatch, and shows each outcome on the
 * candidate's row as it comes. Fails with the first failure once all are done.
 */
void
shortlist_candidate_chooser_run_async (ShortlistCandidateChooser *self,
                                       KomboBatchWork             work,
                                       KomboBatchFinish           finish,
                                       GObject                   *work_data,
                                       const char                *followup,
                                       gboolean                   failed_only,
                                       ShortlistWasDone           was_done,
                                       GCancellable              *cancellable,
                                       GAsyncReadyCallback        callback,
                                       gpointer                   user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  Run   *run = g_new0 (Run, 1);
  g_autoptr (KomboBatch) batch = kombo_batch_new (shortlist_account_get_client (self->account), work, finish, work_data);
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();
  g_auto (GStrv) candidate_ids = NULL;

  g_task_set_source_tag (task, shortlist_candidate_chooser_run_async);
  run->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  run->followup = g_strdup (followup);
  run->was_done = was_done;
  run->work_data = work_data ? g_object_ref (work_data) : NULL;
  run->unknown = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->chosen)); i++)
    {
      KomboCandidateRecord *candidate = g_list_model_get_item (G_LIST_MODEL (self->chosen), i);
      Outcome              *outcome = g_hash_table_lookup (self->outcomes, kombo_candidate_record_get_id (candidate));

      if (failed_only && (outcome == NULL || !shortlist_candidate_outcome_is_retryable (outcome)))
        {
          g_object_unref (candidate);
          continue;
        }
      g_hash_table_remove (self->outcomes, kombo_candidate_record_get_id (candidate));
      shortlist_candidate_chooser_set_outcome (self, candidate, SHORTLIST_OUTCOME_NONE, NULL, NULL);
      g_ptr_array_add (run->candidates, candidate);
      g_strv_builder_add (ids, kombo_candidate_record_get_id (candidate));
    }
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  candidate_ids = g_strv_builder_end (ids);

  /* Afresh, the outcomes of before go with the list */
  if (!failed_only)
    g_hash_table_remove_all (self->outcomes);
  self->running = TRUE;
  show_progress (self, run, 0);
  shortlist_candidate_chooser_update_buttons (self);
  g_signal_connect (batch, "item-done", G_CALLBACK (item_done_cb), task);
  kombo_batch_run_async (batch, (const char *const *) candidate_ids, cancellable, batch_done_cb, task);
}

/**
 * shortlist_candidate_chooser_run_finish:
 * @n_done: (out): how many candidates the work was done for
 */
gboolean
shortlist_candidate_chooser_run_finish (ShortlistCandidateChooser *self,
                                        GAsyncResult              *result,
                                        guint                     *n_done,
                                        GError                   **error)
{
  Run *run = g_task_get_task_data (G_TASK (result));

  *n_done = run->n_done;
  return g_task_propagate_boolean (G_TASK (result), error);
}
