/* shortlist-draft-saver.c: keeps the candidate being typed in the store, within a second of each change
 *
 * The first change after a save starts a one-second timer, and the draft is saved when it
 * runs out, however much is typed meanwhile: so what was typed a second ago is on disk even
 * if Shortlist is killed. Serialising a draft is small work for the main loop; writing it and
 * copying its files is the store's worker's. A draft with nothing in it is not kept.
 */
#define G_LOG_DOMAIN "shortlist-draft-saver"

#include "config.h"

#include "shortlist-draft-saver.h"
#include "shortlist-submission.h"

#define SAVE_DELAY_MS 1000

struct _ShortlistDraftSaver
{
  GObject parent_instance;

  ShortlistStore      *store;
  KomboCandidateDraft *draft;
  char                *id;
  char                *integration_id;
  guint                save_source;
  guint                retry_source; /* a save that failed, tried again */
  char                *error;        /* why the draft in the form was not sent */
  ShortlistSubmission *submission;   /* the last, to settle when its outcome was unknown */
  gboolean             stored;       /* the store has a row for this id */
  gboolean             loading;      /* changes come from the store, not from typing */
};

G_DEFINE_FINAL_TYPE (ShortlistDraftSaver, shortlist_draft_saver, G_TYPE_OBJECT)

enum
{
  SAVED,
  OPENED,
  SAVE_FAILED,
  N_SIGNALS
};

/* A save that failed (a full disk, a lock held too long) is tried again after this */
#define RETRY_S 5

static void save_now (ShortlistDraftSaver *self,
                      const char          *why);

static gboolean
retry_cb (gpointer user_data)
{
  ShortlistDraftSaver *self = user_data;

  self->retry_source = 0;
  save_now (self, NULL);
  return G_SOURCE_REMOVE;
}

static guint signals[N_SIGNALS];

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr (ShortlistDraftSaver) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!shortlist_store_save_draft_finish (SHORTLIST_STORE (object), result, &error))
    {
      /* What is typed stays in the form; it is said, and saved again until it can be */
      if (self->draft != NULL && self->retry_source == 0)
        self->retry_source = g_timeout_add_seconds (RETRY_S, retry_cb, self);
      g_signal_emit (self, signals[SAVE_FAILED], 0, error->message);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0);
}

static void
deleted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr (ShortlistDraftSaver) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!shortlist_store_delete_draft_finish (SHORTLIST_STORE (object), result, &error))
    g_warning ("The draft could not be deleted: %s", error->message);
  g_signal_emit (self, signals[SAVED], 0);
}

/* Keeps the draft now, with @why it was not sent if it was tried; an empty one is not kept */
static void
save_now (ShortlistDraftSaver *self,
          const char          *why)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->retry_source, g_source_remove);

  if (kombo_candidate_draft_is_empty (self->draft))
    {
      if (self->stored)
        shortlist_store_delete_draft_async (self->store, self->id, NULL, deleted_cb, g_object_ref (self));
      self->stored = FALSE;
      return;
    }

  shortlist_store_save_candidate_async (self->store, self->id, self->integration_id, self->draft, why, NULL, saved_cb,
                                        g_object_ref (self));
  self->stored = TRUE;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  ShortlistDraftSaver *self = user_data;

  self->save_source = 0;
  save_now (self, NULL);
  return G_SOURCE_REMOVE;
}

static void
changed_cb (ShortlistDraftSaver *self)
{
  if (self->loading || self->save_source != 0)
    return;
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
new_id (ShortlistDraftSaver *self)
{
  g_free (self->id);
  self->id = g_uuid_string_random ();
  self->stored = FALSE;
  g_clear_pointer (&self->error, g_free);
}

/* Every draft was deleted: the one being typed is gone too, and what comes next is a new one */
static void
forgotten_cb (ShortlistDraftSaver *self,
              gboolean             drafts_too)
{
  if (!drafts_too)
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  new_id (self);
}

static void
shortlist_draft_saver_dispose (GObject *object)
{
  ShortlistDraftSaver *self = (ShortlistDraftSaver *) object;

  /* Going away with changes unsaved would lose them */
  if (self->save_source != 0 || self->retry_source != 0)
    save_now (self, NULL);
  g_clear_handle_id (&self->retry_source, g_source_remove);
  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_data (self->draft, self);
  g_clear_object (&self->draft);
  g_clear_object (&self->store);
  g_clear_object (&self->submission);

  G_OBJECT_CLASS (shortlist_draft_saver_parent_class)->dispose (object);
}

static void
shortlist_draft_saver_finalize (GObject *object)
{
  ShortlistDraftSaver *self = (ShortlistDraftSaver *) object;

  g_free (self->id);
  g_free (self->integration_id);
  g_free (self->error);

  G_OBJECT_CLASS (shortlist_draft_saver_parent_class)->finalize (object);
}

static void
shortlist_draft_saver_class_init (ShortlistDraftSaverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = shortlist_draft_saver_dispose;
  object_class->finalize = shortlist_draft_saver_finalize;

  /**
   * ShortlistDraftSaver::saved:
   *
   * A save (or the removal of a draft that became empty) reached the store.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * ShortlistDraftSaver::opened:
   *
   * A draft from the store is in the form now; shortlist_draft_saver_get_error() says why it
   * was not sent, if it was tried.
   */
  signals[OPENED] = g_signal_new ("opened", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * ShortlistDraftSaver::save-failed:
   * @message: why, in the store's words
   *
   * What is typed could not be saved; it is tried again every few seconds, and ::saved says
   * when it was.
   */
  signals[SAVE_FAILED] = g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 1, G_TYPE_STRING);
}

/* Saves what is typed now, as Retry does after a save failed */
void
shortlist_draft_saver_retry (ShortlistDraftSaver *self)
{
  g_return_if_fail (SHORTLIST_IS_DRAFT_SAVER (self));
  save_now (self, NULL);
}

static void
shortlist_draft_saver_init (ShortlistDraftSaver *self)
{
  new_id (self);
}

ShortlistDraftSaver *
shortlist_draft_saver_new (ShortlistStore      *store,
                           KomboCandidateDraft *draft)
{
  ShortlistDraftSaver *self;

  g_return_val_if_fail (SHORTLIST_IS_STORE (store), NULL);
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_DRAFT (draft), NULL);

  self = g_object_new (SHORTLIST_TYPE_DRAFT_SAVER, NULL);
  self->store = g_object_ref (store);
  self->draft = g_object_ref (draft);
  g_signal_connect_swapped (draft, "changed", G_CALLBACK (changed_cb), self);
  g_signal_connect_object (store, "forgotten", G_CALLBACK (forgotten_cb), self, G_CONNECT_SWAPPED);
  /* What was typed before there was a store is kept too */
  if (!kombo_candidate_draft_is_empty (draft))
    changed_cb (self);
  return self;
}

/* The id the draft being typed is kept under */
const char *
shortlist_draft_saver_get_id (ShortlistDraftSaver *self)
{
  g_return_val_if_fail (SHORTLIST_IS_DRAFT_SAVER (self), NULL);
  return self->id;
}

/* Where the draft being typed is to be sent, for the list of drafts */
void
shortlist_draft_saver_set_integration_id (ShortlistDraftSaver *self,
                                          const char          *integration_id)
{
  g_return_if_fail (SHORTLIST_IS_DRAFT_SAVER (self));
  g_free (self->integration_id);
  self->integration_id = g_strdup (integration_id);
}

/* Saves now what has changed since the last save, as when the window closes */
void
shortlist_draft_saver_flush (ShortlistDraftSaver *self)
{
  g_return_if_fail (SHORTLIST_IS_DRAFT_SAVER (self));
  if (self->save_source != 0)
    save_now (self, NULL);
}

/**
 * shortlist_draft_saver_start_new:
 *
 * Keeps the draft being typed as it is, and saves what comes next under a new id: the caller
 * then empties the form for the next candidate.
 */
void
shortlist_draft_saver_start_new (ShortlistDraftSaver *self)
{
  g_return_if_fail (SHORTLIST_IS_DRAFT_SAVER (self));
  shortlist_draft_saver_flush (self);
  new_id (self);
}

/**
 * shortlist_draft_saver_open:
 *
 * Keeps the draft being typed, and brings @info's into the form to go on with it.
 */
gboolean
shortlist_draft_saver_open (ShortlistDraftSaver *self,
                            ShortlistDraftInfo  *info,
                            GError             **error)
{
  gboolean loaded;

  g_return_val_if_fail (SHORTLIST_IS_DRAFT_SAVER (self), FALSE);

  shortlist_draft_saver_flush (self);
  self->loading = TRUE;
  loaded = kombo_candidate_draft_deserialize (self->draft, info->draft, error);
  self->loading = FALSE;
  if (!loaded)
    return FALSE;
  g_free (self->id);
  self->id = g_strdup (info->id);
  self->stored = TRUE;
  g_free (self->error);
  self->error = g_strdup (info->error);
  g_signal_emit (self, signals[OPENED], 0);
  return TRUE;
}

/* Returns: (nullable): why the draft in the form was not sent, when it was tried */
const char *
shortlist_draft_saver_get_error (ShortlistDraftSaver *self)
{
  g_return_val_if_fail (SHORTLIST_IS_DRAFT_SAVER (self), NULL);
  return self->error;
}

/**
 * shortlist_draft_saver_sent:
 * @written: (nullable): what the ATS made of the draft
 * @error: (nullable): why it was not created, or why its outcome is unknown
 *
 * Keeps the submission of the draft in the form in the history. A sent draft is no longer
 * kept; one that failed keeps why, to say again when it is opened.
 */
void
shortlist_draft_saver_sent (ShortlistDraftSaver *self,
                            KomboWriteResult    *written,
                            const GError        *error)
{
  g_return_if_fail (SHORTLIST_IS_DRAFT_SAVER (self));

  g_clear_object (&self->submission);
  self->submission = shortlist_submission_record (self->store, self->integration_id, self->draft, written, error);
  if (shortlist_submission_get_outcome (self->submission) == SHORTLIST_SENT_CREATED)
    {
      shortlist_draft_saver_forget (self);
      return;
    }
  /* Not sent: the draft stays, with why */
  g_free (self->error);
  self->error = kombo_error_dup_sentence (error);
  save_now (self, self->error);
}

/**
 * shortlist_draft_saver_settle:
 * @arrived: (nullable): the candidate a lookup found, or %NULL when it found none
 *
 * Says in the history what became of the last submission, whose outcome was unknown.
 */
void
shortlist_draft_saver_settle (ShortlistDraftSaver  *self,
                              KomboCandidateRecord *arrived)
{
  g_return_if_fail (SHORTLIST_IS_DRAFT_SAVER (self));

  if (self->submission == NULL || shortlist_submission_get_outcome (self->submission) != SHORTLIST_SENT_UNKNOWN)
    return;
  shortlist_submission_settle (self->submission, arrived);
  if (arrived != NULL)
    shortlist_draft_saver_forget (self);
}

/* The draft was sent: it is no longer kept, and what comes next is a new one */
void
shortlist_draft_saver_forget (ShortlistDraftSaver *self)
{
  g_return_if_fail (SHORTLIST_IS_DRAFT_SAVER (self));

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->stored)
    shortlist_store_delete_draft_async (self->store, self->id, NULL, deleted_cb, g_object_ref (self));
  new_id (self);
}

static void
listed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  ShortlistDraftSaver *self = g_task_get_source_object (task);
  g_autoptr (GPtrArray) drafts = NULL;
  g_autoptr (GError) error = NULL;

  drafts = shortlist_store_list_drafts_finish (SHORTLIST_STORE (object), result, &error);
  if (drafts == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Something typed meanwhile is not replaced */
  if (!kombo_candidate_draft_is_empty (self->draft))
    {
      g_task_return_boolean (task, FALSE);
      return;
    }

  for (guint i = 0; i < drafts->len; i++)
    {
      ShortlistDraftInfo *info = drafts->pdata[i];

      if (g_strcmp0 (info->integration_id, self->integration_id) != 0)
        continue;
      g_task_return_boolean (task, shortlist_draft_saver_open (self, info, NULL));
      return;
    }
  g_task_return_boolean (task, FALSE);
}

/**
 * shortlist_draft_saver_restore_async:
 *
 * Brings back the last changed draft of the integration, as after a restart or a crash,
 * unless something was typed meanwhile.
 */
void
shortlist_draft_saver_restore_async (ShortlistDraftSaver *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_return_if_fail (SHORTLIST_IS_DRAFT_SAVER (self));
  g_task_set_source_tag (task, shortlist_draft_saver_restore_async);
  shortlist_store_list_drafts_async (self->store, cancellable, listed_cb, task);
}

/* Returns: whether a draft was brought back */
gboolean
shortlist_draft_saver_restore_finish (ShortlistDraftSaver *self,
                                      GAsyncResult        *result,
                                      GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
