/* shortlist-spreadsheet-submit.c: the included rows of a spreadsheet sent, several at once, each outcome kept
 *
 * The rows to send go through a KomboBatch, several at once. Each outcome goes to the
 * history; a row that failed is kept as a draft with why. A row whose answer was lost is
 * looked up by its address afterwards, never sent again on a guess. A row's note for the
 * client's team goes to the application its candidate made, kept in the history until the ATS
 * has it; the row says what became of it.
 */
#define G_LOG_DOMAIN "shortlist-spreadsheet"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-spreadsheet-private.h"
#include "shortlist-notes.h"
#include "shortlist-submission.h"

/* One submit of the included rows */
typedef struct
{
  ShortlistStore *store;
  char           *integration_id;
  GPtrArray      *rows;    /* ShortlistSheetRow, by the batch's keys */
  GPtrArray      *unknown; /* rows whose answer was lost */
  guint           n_sent;
  guint           n_pending; /* lookups and history entries not done yet */
  gboolean        batch_done;
} Submit;

static void
submit_free (Submit *submit)
{
  g_clear_object (&submit->store);
  g_free (submit->integration_id);
  g_ptr_array_unref (submit->rows);
  g_ptr_array_unref (submit->unknown);
  g_free (submit);
}

static void
draft_saved_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  if (!shortlist_store_save_draft_finish (SHORTLIST_STORE (object), result, &error))
    g_warning ("A row that was not sent could not be kept as a draft: %s", error->message);
}

static void
draft_deleted_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  if (!shortlist_store_delete_draft_finish (SHORTLIST_STORE (object), result, &error))
    g_warning ("A draft that was sent could not be deleted: %s", error->message);
}

/* A row that was not sent is kept as a draft, with why, to finish in the form */
static void
keep_as_draft (Submit            *submit,
               ShortlistSheetRow *row,
               const char        *why)
{
  if (submit->store == NULL)
    return;
  if (row->draft_id == NULL)
    row->draft_id = g_uuid_string_random ();
  shortlist_store_save_candidate_async (submit->store, row->draft_id, submit->integration_id, row->draft, why, NULL, draft_saved_cb,
                                        NULL);
}

/* A row sent after it failed before is no longer a draft */
static void
forget_draft (Submit            *submit,
              ShortlistSheetRow *row)
{
  if (submit->store == NULL || row->draft_id == NULL)
    return;
  shortlist_store_delete_draft_async (submit->store, row->draft_id, NULL, draft_deleted_cb, NULL);
  g_clear_pointer (&row->draft_id, g_free);
}

static void maybe_end (GTask *task);

typedef struct
{
  GTask             *task;
  ShortlistSheetRow *row;
} Pending;

static Pending *
pending_new (GTask             *task,
             ShortlistSheetRow *row)
{
  Pending *pending = g_new0 (Pending, 1);
  Submit  *submit = g_task_get_task_data (task);

  submit->n_pending++;
  pending->task = g_object_ref (task);
  pending->row = g_object_ref (row);
  return pending;
}

static void
pending_done (Pending *pending)
{
  Submit *submit = g_task_get_task_data (pending->task);

  submit->n_pending--;
  maybe_end (pending->task);
  g_object_unref (pending->task);
  g_object_unref (pending->row);
  g_free (pending);
}

/* The row's submission is written to the history */
static void
kept_cb (ShortlistSubmission *submission,
         Pending             *pending)
{
  g_signal_handlers_disconnect_by_data (submission, pending);
  pending_done (pending);
}

/* Waits for the row's submission to be written to the history before the submit ends */
static void
wait_until_kept (GTask             *task,
                 ShortlistSheetRow *row)
{
  if (!shortlist_submission_get_kept (row->submission))
    g_signal_connect (row->submission, "kept", G_CALLBACK (kept_cb), pending_new (task, row));
}

/* The row's note reached the application, or not: said after what the ATS remarked */
static void
note_sent_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Pending *pending = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboWriteResult) written = shortlist_note_send_finish (result, &error);
  g_autofree char *problem = written ? NULL : shortlist_note_dup_problem (error);
  const char      *said = written ? _ ("Note for the client’s team sent.") : problem;
  g_autofree char *details = pending->row->details ? g_strconcat (pending->row->details, "\n", said, NULL) : g_strdup (said);

  _shortlist_sheet_row_set_state (pending->row, pending->row->state, details, pending->row->include);
  _shortlist_spreadsheet_changed (g_task_get_source_object (pending->task));
  pending_done (pending);
}

/* A row's note for the client's team goes once its application exists */
static void
send_note (GTask             *task,
           ShortlistSheetRow *row,
           KomboWriteResult  *written)
{
  ShortlistSpreadsheet *self = g_task_get_source_object (task);
  Submit               *submit = g_task_get_task_data (task);
  g_autofree char      *note = kombo_strdup_stripped (kombo_candidate_draft_get_text (row->draft, "note"));
  const char           *application_id = kombo_write_result_get_application_id (written, kombo_candidate_draft_get_text (row->draft, "job-id"));
  const char           *visibility = kombo_candidate_draft_get_text (row->draft, "note-visibility");

  if (note == NULL || application_id == NULL || self->client == NULL)
    return;
  shortlist_note_send_async (self->client, submit->store, row->candidate_id, application_id, note,
                             *visibility != '\0' ? visibility : NULL, NULL, note_sent_cb, pending_new (task, row));
}

static void
send_row (KomboClient        *client,
          const char         *key,
          gpointer            work_data,
          GCancellable       *cancellable,
          GAsyncReadyCallback callback,
          gpointer            user_data)
{
  GTask             *task = G_TASK (work_data);
  Submit            *submit = g_task_get_task_data (task);
  ShortlistSheetRow *row = g_ptr_array_index (submit->rows, g_ascii_strtoull (key, NULL, 10));
  g_autoptr (KomboCandidate) candidate = kombo_candidate_draft_to_candidate (row->draft, NULL);

  _shortlist_sheet_row_set_state (row, SHORTLIST_ROW_SENDING, NULL, FALSE);
  _shortlist_spreadsheet_changed (g_task_get_source_object (task));
  kombo_client_create_candidate_async (client, candidate, NULL, NULL, NULL, cancellable, callback, user_data);
}

static void
item_done_cb (KomboBatch       *batch,
              guint             index,
              const char       *key,
              KomboWriteResult *written,
              const GError     *error,
              GTask            *task)
{
  ShortlistSpreadsheet *self = g_task_get_source_object (task);
  Submit               *submit = g_task_get_task_data (task);
  ShortlistSheetRow    *row = g_ptr_array_index (submit->rows, index);
  KomboCandidateRecord *record = written ? kombo_write_result_get_candidate (written) : NULL;
  g_autoptr (GError) unnamed = NULL;
  ShortlistSentOutcome outcome;

  /* Refused for Kombo's limits, then cancelled before it was sent again: nothing was done */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      _shortlist_sheet_row_set_state (row, SHORTLIST_ROW_READY, NULL, TRUE);
      _shortlist_spreadsheet_changed (self);
      return;
    }
  if (error == NULL && record == NULL)
    error = unnamed = g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_INVALID_RESPONSE,
                                           _ ("Kombo accepted the candidate but did not say which record it made."));
  g_clear_object (&row->submission);
  row->submission = shortlist_submission_record (submit->store, submit->integration_id, row->draft, error ? NULL : written, error);
  wait_until_kept (task, row);
  outcome = shortlist_submission_get_outcome (row->submission);

  if (outcome == SHORTLIST_SENT_CREATED)
    {
      g_autofree char *warnings = g_strjoinv ("\n", (char **) kombo_write_result_get_warnings (written));

      submit->n_sent++;
      g_free (row->candidate_id);
      row->candidate_id = g_strdup (kombo_candidate_record_get_id (record));
      _shortlist_sheet_row_set_state (row, SHORTLIST_ROW_SENT, *warnings != '\0' ? warnings : NULL, FALSE);
      forget_draft (submit, row);
      send_note (task, row, written);
    }
  else if (outcome == SHORTLIST_SENT_UNKNOWN)
    {
      _shortlist_sheet_row_set_state (row, SHORTLIST_ROW_UNKNOWN, _ ("The answer was lost. Shortlist looks the candidate up before saying more."), FALSE);
      g_ptr_array_add (submit->unknown, g_object_ref (row));
    }
  else
    {
      g_autofree char *sentence = kombo_error_dup_sentence (error);

      _shortlist_sheet_row_set_state (row, SHORTLIST_ROW_FAILED, sentence, TRUE);
      keep_as_draft (submit, row, sentence);
    }
  _shortlist_spreadsheet_changed (self);
}

/* Ends the submit once every row's outcome is known and kept */
static void
maybe_end (GTask *task)
{
  ShortlistSpreadsheet *self = g_task_get_source_object (task);
  Submit               *submit = g_task_get_task_data (task);

  if (!submit->batch_done || submit->n_pending > 0)
    return;
  self->submitting = FALSE;
  _shortlist_spreadsheet_changed (self);
  if (!g_task_return_error_if_cancelled (task))
    g_task_return_boolean (task, TRUE);
}

/* A row whose answer was lost, looked up: there, or safe to send again */
static void
arrival_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Pending           *arrival = user_data;
  Submit            *submit = g_task_get_task_data (arrival->task);
  ShortlistSheetRow *row = arrival->row;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboCandidateRecord) arrived = kombo_candidate_finder_find_arrival_finish (KOMBO_CANDIDATE_FINDER (object), result, &error);

  if (arrived != NULL)
    {
      submit->n_sent++;
      g_free (row->candidate_id);
      row->candidate_id = g_strdup (kombo_candidate_record_get_id (arrived));
      _shortlist_sheet_row_set_state (row, SHORTLIST_ROW_SENT, _ ("The answer was lost, but the candidate arrived."), FALSE);
      forget_draft (submit, row);
    }
  else if (error != NULL)
    {
      g_autofree char *sentence = kombo_error_dup_sentence (error);
      g_autofree char *details = NULL;

      /* TRANSLATORS: %s says why the lookup failed */
      details = g_strdup_printf (_ ("The answer was lost, and looking the candidate up failed too: %s Check in the applicant tracking system before you submit again."),
                                 sentence);
      _shortlist_sheet_row_set_state (row, SHORTLIST_ROW_UNKNOWN, details, FALSE);
    }
  else
    {
      const char *why = _ ("The answer was lost, and the candidate is not in the applicant tracking system. It is safe to submit again.");

      _shortlist_sheet_row_set_state (row, SHORTLIST_ROW_FAILED, why, TRUE);
      keep_as_draft (submit, row, why);
    }
  if (error == NULL)
    {
      shortlist_submission_settle (row->submission, arrived);
      wait_until_kept (arrival->task, row);
    }
  pending_done (arrival);
}

static void
batch_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GTask                *task = user_data;
  ShortlistSpreadsheet *self = g_task_get_source_object (task);
  Submit               *submit = g_task_get_task_data (task);

  kombo_batch_run_finish (KOMBO_BATCH (object), result, NULL, NULL);
  g_signal_handlers_disconnect_by_data (object, task);

  /* Looked up afterwards, never sent again on a guess */
  for (guint i = 0; i < submit->unknown->len && self->finder != NULL; i++)
    {
      ShortlistSheetRow *row = g_ptr_array_index (submit->unknown, i);
      const char        *emails[2] = { row->email, NULL };

      kombo_candidate_finder_find_arrival_async (self->finder, emails, kombo_candidate_draft_get_text (row->draft, "job-id"), NULL,
                                                 arrival_cb, pending_new (task, row));
    }
  submit->batch_done = TRUE;
  maybe_end (task);
  g_object_unref (task);
}

/**
 * shortlist_spreadsheet_submit_async:
 * @store: (nullable): where the history and the drafts are kept
 * @integration_id: the integration the rows are sent to, for the history
 *
 * Sends every included row, several at once. Each row says how it went as it comes back.
 * Cancelling sends no further row; those already sent are let finish.
 */
void
shortlist_spreadsheet_submit_async (ShortlistSpreadsheet *self,
                                    ShortlistStore       *store,
                                    const char           *integration_id,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data)
{
  g_autoptr (GStrvBuilder) keys = g_strv_builder_new ();
  g_auto (GStrv) key_list = NULL;
  g_autoptr (KomboBatch) batch = NULL;
  GTask  *task;
  Submit *submit;

  g_return_if_fail (SHORTLIST_IS_SPREADSHEET (self));
  g_return_if_fail (self->client != NULL && !self->submitting);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, shortlist_spreadsheet_submit_async);
  submit = g_new0 (Submit, 1);
  submit->store = store ? g_object_ref (store) : NULL;
  submit->integration_id = g_strdup (integration_id);
  submit->rows = g_ptr_array_new_with_free_func (g_object_unref);
  submit->unknown = g_ptr_array_new_with_free_func (g_object_unref);
  g_task_set_task_data (task, submit, (GDestroyNotify) submit_free);

  for (guint i = 0; self->problem == NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      ShortlistSheetRow *row = _shortlist_spreadsheet_row_at (self, i);
      char               key[16];

      if (!row->include)
        continue;
      g_snprintf (key, sizeof key, "%u", submit->rows->len);
      g_strv_builder_add (keys, key);
      g_ptr_array_add (submit->rows, g_object_ref (row));
    }
  key_list = g_strv_builder_end (keys);

  self->submitting = TRUE;
  /* The task is the work's data: the batch holds it until the run ends */
  batch = kombo_batch_new (self->client, send_row, (KomboBatchFinish) kombo_client_create_candidate_finish, G_OBJECT (task));
  g_signal_connect (batch, "item-done", G_CALLBACK (item_done_cb), task);
  kombo_batch_run_async (batch, (const char *const *) key_list, cancellable, batch_done_cb, task);
}

/**
 * shortlist_spreadsheet_submit_finish:
 * @n_sent: (out) (optional): how many rows the ATS has now
 *
 * Returns: %FALSE with @error only when cancelled; how each row went, each row says
 */
gboolean
shortlist_spreadsheet_submit_finish (ShortlistSpreadsheet *self,
                                     GAsyncResult         *result,
                                     guint                *n_sent,
                                     GError              **error)
{
  Submit *submit;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  submit = g_task_get_task_data (G_TASK (result));
  if (n_sent != NULL)
    *n_sent = submit->n_sent;
  return g_task_propagate_boolean (G_TASK (result), error);
}
