/* shortlist-notes.c: a note for the client's team, sent to the application and never lost
 *
 * The note is kept with the submission before it is sent (shortlist_submission_record() puts it
 * there with a new application), so that a crash or a refusal cannot lose it. Once the ATS has
 * it, it leaves the submission and the history says it was sent; if it was not, it stays there
 * with why, to send again from the History page. Where the ATS takes no notes through Kombo
 * (INTEGRATION.ACTION_NOT_AVAILABLE), the reason says so plainly.
 */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-notes.h"

#define NOTE_IN_HISTORY_CHARS 80

typedef struct
{
  ShortlistStore *store;
  char           *candidate_id;
  char           *application_id;
  char           *note;
} NoteData;

static void
note_data_free (NoteData *data)
{
  g_clear_object (&data->store);
  g_free (data->candidate_id);
  g_free (data->application_id);
  g_free (data->note);
  g_free (data);
}

static void
kept_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  if (!shortlist_store_finish (SHORTLIST_STORE (object), result, &error))
    g_warning ("A note's fate could not be kept in the history: %s", error->message);
}

/* Returns: (transfer full): why the note was not sent, as the History page says it */
char *
shortlist_note_dup_problem (const GError *error)
{
  if (g_strcmp0 (kombo_error_get_code (error), "INTEGRATION.ACTION_NOT_AVAILABLE") == 0)
    return g_strdup (_ ("This applicant tracking system does not take notes through Kombo. The note is kept here."));
  return kombo_error_dup_sentence (error);
}

/* Returns: (transfer full): how the history says the note was sent */
static char *
dup_sent_followup (const char *note)
{
  g_autofree char *line = g_strdup (note);
  char            *end;

  g_strdelimit (line, "\n\r\t", ' ');
  if (g_utf8_strlen (line, -1) > NOTE_IN_HISTORY_CHARS)
    {
      end = g_utf8_offset_to_pointer (line, NOTE_IN_HISTORY_CHARS - 1);
      *end = '\0';
      /* TRANSLATORS: %s is the start of a note for the client's team, cut short */
      return g_strdup_printf (_ ("Note for the client’s team sent: “%s…”"), g_strstrip (line));
    }
  /* TRANSLATORS: %s is a note for the client's team */
  return g_strdup_printf (_ ("Note for the client’s team sent: “%s”"), line);
}

static void
sent_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  NoteData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboWriteResult) written = kombo_client_add_note_finish (KOMBO_CLIENT (object), result, &error);

  if (data->store != NULL && written != NULL)
    {
      g_autofree char *followup = dup_sent_followup (data->note);

      shortlist_store_set_note_async (data->store, data->application_id, NULL, NULL, NULL, kept_cb, NULL);
      if (data->candidate_id != NULL)
        shortlist_store_add_followup_async (data->store, data->candidate_id, followup, NULL, kept_cb, NULL);
    }
  /* Not sent, cancelled included: kept with why, to send from History */
  else if (data->store != NULL)
    {
      g_autofree char *problem = shortlist_note_dup_problem (error);

      shortlist_store_set_note_async (data->store, data->application_id, data->note, problem, NULL, kept_cb, NULL);
    }
  if (written == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&written), g_object_unref);
}

/**
 * shortlist_note_send_async:
 * @store: (nullable): where the history is kept
 * @candidate_id: (nullable): the candidate, whose history says the note was sent
 * @application_id: the application the note is for
 * @note: plain text
 * @visibility: (nullable): who sees it, where the ATS says (Greenhouse)
 *
 * Sends a note for the client's team, and keeps it with the submission until the ATS has it.
 */
void
shortlist_note_send_async (KomboClient        *client,
                           ShortlistStore     *store,
                           const char         *candidate_id,
                           const char         *application_id,
                           const char         *note,
                           const char         *visibility,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  GTask    *task;
  NoteData *data = g_new0 (NoteData, 1);

  g_return_if_fail (KOMBO_IS_CLIENT (client));
  g_return_if_fail (application_id != NULL && note != NULL);

  task = g_task_new (client, cancellable, callback, user_data);
  g_task_set_source_tag (task, shortlist_note_send_async);
  data->store = store ? g_object_ref (store) : NULL;
  data->candidate_id = g_strdup (candidate_id);
  data->application_id = g_strdup (application_id);
  data->note = g_strstrip (g_strdup (note));
  g_task_set_task_data (task, data, (GDestroyNotify) note_data_free);
  kombo_client_add_note_async (client, application_id, note, visibility, cancellable, sent_cb, task);
}

/* Returns: (transfer full): what the ATS answered, with its remarks; %NULL with @error */
KomboWriteResult *
shortlist_note_send_finish (GAsyncResult *result,
                            GError      **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Returns: whether Kombo knows who may see a note in the integration's ATS (Greenhouse) */
gboolean
shortlist_integration_has_note_visibility (KomboIntegration *integration)
{
  return integration != NULL && g_strcmp0 (kombo_integration_get_tool_id (integration), "greenhouse") == 0;
}
