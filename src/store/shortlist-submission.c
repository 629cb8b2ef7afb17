/* shortlist-submission.c: one submission of a candidate, kept in the history: its outcome, and what became of an unknown one
 *
 * The form and the spreadsheet record what each submission came to in the same way: an entry
 * in the history as soon as the answer is there (created, failed, or unknown when the answer
 * was lost), and, for an unknown one, what a lookup later said. The lookup may say it before
 * the entry is written: it is applied once the entry is there. "kept" says that every write
 * of the submission is done, so that a run of many can end when all are kept.
 *
 * A candidate not sent is kept as a draft with why (shortlist_store_save_candidate_async()),
 * to finish in the form.
 */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-submission.h"

struct _ShortlistSubmission
{
  GObject parent_instance;

  ShortlistStore      *store;
  ShortlistSentOutcome outcome;
  gint64               entry_id; /* once the entry is written */
  int                  settled;  /* a lookup's answer waiting for the entry, or -1 */
  char                *candidate_id;
  char                *remote_url;
  guint                n_writing; /* writes not done yet */
};

G_DEFINE_FINAL_TYPE (ShortlistSubmission, shortlist_submission, G_TYPE_OBJECT)

enum
{
  KEPT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
shortlist_submission_finalize (GObject *object)
{
  ShortlistSubmission *self = SHORTLIST_SUBMISSION (object);

  g_clear_object (&self->store);
  g_free (self->candidate_id);
  g_free (self->remote_url);
  G_OBJECT_CLASS (shortlist_submission_parent_class)->finalize (object);
}

static void
shortlist_submission_class_init (ShortlistSubmissionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = shortlist_submission_finalize;

  /**
   * ShortlistSubmission::kept:
   *
   * Every write to the history for the submission is done, written or not.
   */
  signals[KEPT] = g_signal_new ("kept", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
shortlist_submission_init (ShortlistSubmission *self)
{
  self->settled = -1;
}

static void
written (ShortlistSubmission *self)
{
  if (--self->n_writing == 0)
    g_signal_emit (self, signals[KEPT], 0);
}

static void
outcome_set_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (ShortlistSubmission) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!shortlist_store_finish (SHORTLIST_STORE (object), result, &error))
    g_warning ("What became of a submission could not be kept: %s", error->message);
  written (self);
}

static void
set_outcome (ShortlistSubmission *self)
{
  self->n_writing++;
  shortlist_store_set_outcome_async (self->store, self->entry_id, self->settled, self->candidate_id, self->remote_url, NULL,
                                     outcome_set_cb, g_object_ref (self));
  self->settled = -1;
}

static void
entry_added_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (ShortlistSubmission) self = user_data;
  g_autoptr (GError) error = NULL;

  self->entry_id = shortlist_store_add_history_finish (SHORTLIST_STORE (object), result, &error);
  if (self->entry_id == 0)
    g_warning ("A submission could not be kept in the history: %s", error->message);
  /* Looked up before the entry was written */
  if (self->entry_id != 0 && self->settled >= 0)
    set_outcome (self);
  written (self);
}

/**
 * shortlist_history_entry_new_sent:
 * @written: (nullable): what the ATS made of @draft
 * @error: (nullable): why it was not created, or why its outcome is unknown
 *
 * Returns: (transfer full): the history's entry for one submission of @draft
 */
ShortlistHistoryEntry *
shortlist_history_entry_new_sent (const char          *integration_id,
                                  KomboCandidateDraft *draft,
                                  KomboWriteResult    *written,
                                  const GError        *error)
{
  ShortlistHistoryEntry *entry = shortlist_history_entry_new ();
  KomboCandidateRecord  *record = written ? kombo_write_result_get_candidate (written) : NULL;
  KomboJob              *job = kombo_candidate_draft_get_job (draft);
  /* Cancelled, it may have arrived all the same */
  gboolean unknown = error != NULL && (kombo_error_outcome_unknown (error) ||
                                       g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));

  entry->integration_id = g_strdup (integration_id);
  entry->job_id = g_strdup (kombo_candidate_draft_get_text (draft, "job-id"));
  entry->job_name = g_strdup (job ? kombo_job_get_name (job) : entry->job_id);
  entry->name = kombo_candidate_draft_dup_display_name (draft);
  entry->email = kombo_strdup_stripped (kombo_candidate_draft_get_text (draft, "email-address"));
  entry->outcome = record != NULL ? SHORTLIST_SENT_CREATED : unknown ? SHORTLIST_SENT_UNKNOWN
                                                                     : SHORTLIST_SENT_FAILED;
  if (error != NULL)
    {
      entry->error_code = g_strdup (kombo_error_get_code (error));
      entry->error_title = kombo_error_dup_display_title (error);
      entry->error_message = g_strdup (error->message);
      entry->log_url = g_strdup (kombo_error_get_log_url (error));
    }
  if (record != NULL)
    {
      entry->candidate_id = g_strdup (kombo_candidate_record_get_id (record));
      entry->remote_id = g_strdup (kombo_candidate_record_get_remote_id (record));
      entry->remote_url = g_strdup (kombo_candidate_record_get_remote_url (record));
      entry->warnings = g_strdupv ((char **) kombo_write_result_get_warnings (written));
      entry->application_id = g_strdup (kombo_write_result_get_application_id (written, entry->job_id));
      /* Kept until the ATS has it: sent next, and said again if it was refused or never left */
      entry->note = kombo_strdup_stripped (kombo_candidate_draft_get_text (draft, "note"));
      if (entry->note != NULL && entry->application_id == NULL)
        entry->note_problem = g_strdup (_ ("Not sent: the applicant tracking system did not say which application it made."));
    }
  return entry;
}

/**
 * shortlist_submission_record:
 * @store: (nullable): where the history is kept; without one, nothing is written
 * @written: (nullable): what the ATS made of @draft
 * @error: (nullable): why it was not created, or why its outcome is unknown
 *
 * Keeps one submission of @draft in the history, as the answer says it went.
 *
 * Returns: (transfer full): the submission, to settle it when its outcome was unknown
 */
ShortlistSubmission *
shortlist_submission_record (ShortlistStore      *store,
                             const char          *integration_id,
                             KomboCandidateDraft *draft,
                             KomboWriteResult    *written,
                             const GError        *error)
{
  ShortlistSubmission *self = g_object_new (SHORTLIST_TYPE_SUBMISSION, NULL);
  g_autoptr (ShortlistHistoryEntry) entry = shortlist_history_entry_new_sent (integration_id, draft, written, error);

  self->outcome = entry->outcome;
  if (store != NULL)
    {
      self->store = g_object_ref (store);
      self->n_writing = 1;
      shortlist_store_add_history_async (store, entry, NULL, entry_added_cb, g_object_ref (self));
    }
  return self;
}

/* Returns: what the submission came to, as the answer said it */
ShortlistSentOutcome
shortlist_submission_get_outcome (ShortlistSubmission *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SUBMISSION (self), SHORTLIST_SENT_FAILED);
  return self->outcome;
}

/* Returns: whether every write of the submission to the history is done */
gboolean
shortlist_submission_get_kept (ShortlistSubmission *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SUBMISSION (self), TRUE);
  return self->n_writing == 0;
}

/**
 * shortlist_submission_settle:
 * @arrived: (nullable): the candidate a lookup found, or %NULL when it found none
 *
 * Says in the history what became of a submission whose outcome was unknown: created after
 * all, or not created. Applied once the entry is written, if it is not yet.
 */
void
shortlist_submission_settle (ShortlistSubmission  *self,
                             KomboCandidateRecord *arrived)
{
  g_return_if_fail (SHORTLIST_IS_SUBMISSION (self));

  if (self->outcome != SHORTLIST_SENT_UNKNOWN)
    return;
  self->outcome = arrived ? SHORTLIST_SENT_CREATED : SHORTLIST_SENT_NOT_CREATED;
  if (self->store == NULL)
    return;
  self->settled = self->outcome;
  g_free (self->candidate_id);
  self->candidate_id = arrived ? g_strdup (kombo_candidate_record_get_id (arrived)) : NULL;
  g_free (self->remote_url);
  self->remote_url = arrived ? g_strdup (kombo_candidate_record_get_remote_url (arrived)) : NULL;
  if (self->entry_id != 0)
    set_outcome (self);
}

static void
why_kept_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  if (!shortlist_store_finish (SHORTLIST_STORE (object), result, &error))
    g_warning ("Why a candidate was not sent could not be kept: %s", error->message);
}

/**
 * shortlist_store_save_candidate_async:
 * @why: (nullable): why it was not sent, shown when the draft is opened again
 *
 * Keeps @draft as the draft @id, with its name and job for the list of drafts. Finish with
 * shortlist_store_save_draft_finish().
 */
void
shortlist_store_save_candidate_async (ShortlistStore      *store,
                                      const char          *id,
                                      const char          *integration_id,
                                      KomboCandidateDraft *draft,
                                      const char          *why,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr (JsonNode) node = kombo_candidate_draft_serialize (draft);
  g_autofree char *name = kombo_candidate_draft_dup_display_name (draft);
  KomboJob        *job = kombo_candidate_draft_get_job (draft);

  shortlist_store_save_draft_async (store, id, integration_id, name,
                                    job ? kombo_job_get_name (job) : kombo_candidate_draft_get_text (draft, "job-id"), node,
                                    cancellable, callback, user_data);
  /* The store does one thing after another: the draft is there when why is kept */
  if (why != NULL)
    shortlist_store_set_draft_error_async (store, id, why, NULL, why_kept_cb, NULL);
}
