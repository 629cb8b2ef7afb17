/* shortlist-store-standing.c: where each candidate submitted stands in the ATS, as last asked
 *
 * A created submission is followed: the stage and outcome of the candidate's application to
 * the job are kept with its history entry, with when they were last asked and when they last
 * changed, so that they show at once at the next start. The time each integration was last
 * asked about is kept too, for the next question to ask only for what changed since.
 */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-store-private.h"

ShortlistStanding *
shortlist_standing_new (const char *candidate_id,
                        const char *job_id,
                        const char *stage,
                        const char *standing,
                        const char *rejection)
{
  ShortlistStanding *self = g_new0 (ShortlistStanding, 1);

  self->candidate_id = g_strdup (candidate_id);
  self->job_id = g_strdup (job_id);
  self->stage = g_strdup (stage);
  self->standing = g_strdup (standing);
  self->rejection = g_strdup (rejection);
  return self;
}

void
shortlist_standing_free (ShortlistStanding *standing)
{
  g_free (standing->candidate_id);
  g_free (standing->job_id);
  g_free (standing->application_id);
  g_free (standing->stage);
  g_free (standing->standing);
  g_free (standing->rejection);
  g_free (standing);
}

void
shortlist_followed_free (ShortlistFollowed *followed)
{
  g_strfreev (followed->candidate_ids);
  g_free (followed);
}

typedef struct
{
  char      *integration_id;
  GPtrArray *standings;
  gint64     checked;
} Args;

static void
args_free (Args *args)
{
  g_free (args->integration_id);
  g_clear_pointer (&args->standings, g_ptr_array_unref);
  g_free (args);
}

static void
fail (ShortlistStore *self,
      GTask          *task,
      const char     *what)
{
  g_autoptr (GError) error = NULL;

  if (self->db == NULL)
    error = g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, "%s", _ ("The store of drafts is not open."));
  else
    shortlist_store_fail (&error, self->db, what);
  g_task_return_error (task, g_steal_pointer (&error));
}

static void
get_followed_work (ShortlistStore *self,
                   GTask          *task)
{
  Args         *args = g_task_get_task_data (task);
  sqlite3_stmt *statement = NULL;
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr (ShortlistFollowed) followed = g_new0 (ShortlistFollowed, 1);

  /* The candidates the ATS took, each once */
  if (self->db == NULL ||
      sqlite3_prepare_v2 (self->db,
                          "SELECT DISTINCT candidate_id FROM history WHERE integration_id = ? AND outcome = ?"
                          " AND candidate_id IS NOT NULL ORDER BY candidate_id",
                          -1, &statement, NULL) != SQLITE_OK ||
      !shortlist_store_bind_text (statement, 1, args->integration_id) ||
      sqlite3_bind_int (statement, 2, SHORTLIST_SENT_CREATED) != SQLITE_OK)
    {
      sqlite3_finalize (statement);
      fail (self, task, _ ("The history could not be read"));
      return;
    }
  while (sqlite3_step (statement) == SQLITE_ROW)
    g_strv_builder_add (ids, (const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);
  statement = NULL;

  if (sqlite3_prepare_v2 (self->db, "SELECT checked FROM follow_syncs WHERE integration_id = ?", -1, &statement, NULL) !=
          SQLITE_OK ||
      !shortlist_store_bind_text (statement, 1, args->integration_id))
    {
      sqlite3_finalize (statement);
      fail (self, task, _ ("The history could not be read"));
      return;
    }
  if (sqlite3_step (statement) == SQLITE_ROW)
    followed->checked = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  followed->candidate_ids = g_strv_builder_end (ids);
  g_task_return_pointer (task, g_steal_pointer (&followed), (GDestroyNotify) shortlist_followed_free);
}

/**
 * shortlist_store_get_followed_async:
 *
 * The candidates of @integration_id the ATS took, whose submissions are followed, and when
 * they were last asked about.
 */
void
shortlist_store_get_followed_async (ShortlistStore     *self,
                                    const char         *integration_id,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  Args *args = g_new0 (Args, 1);

  g_return_if_fail (SHORTLIST_IS_STORE (self));
  g_return_if_fail (integration_id != NULL);
  args->integration_id = g_strdup (integration_id);
  shortlist_store_run (self, shortlist_store_get_followed_async, args, (GDestroyNotify) args_free, get_followed_work, cancellable, callback, user_data);
}

ShortlistFollowed *
shortlist_store_get_followed_finish (ShortlistStore *self,
                                     GAsyncResult   *result,
                                     GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Runs @sql, a statement without parameters */
static gboolean
exec (ShortlistStore *self,
      const char     *sql)
{
  return sqlite3_exec (self->db, sql, NULL, NULL, NULL) == SQLITE_OK;
}

/* Keeps @standing for the submissions of its candidate to its job; those whose stage or outcome
 * changed from one known before go into @moved. A first answer is where the candidate starts,
 * not a move. */
static gboolean
save_standing (ShortlistStore    *self,
               const char        *integration_id,
               ShortlistStanding *standing,
               gint64             checked,
               GPtrArray         *moved)
{
  sqlite3_stmt *select = NULL;
  sqlite3_stmt *update = NULL;
  gboolean      done;

  done = sqlite3_prepare_v2 (self->db,
                             "SELECT id, name, job_name, stage, standing, moved FROM history"
                             " WHERE integration_id = ? AND candidate_id = ? AND job_id = ? AND outcome = ?",
                             -1, &select, NULL) == SQLITE_OK &&
         shortlist_store_bind_text (select, 1, integration_id) && shortlist_store_bind_text (select, 2, standing->candidate_id) &&
         shortlist_store_bind_text (select, 3, standing->job_id) && sqlite3_bind_int (select, 4, SHORTLIST_SENT_CREATED) == SQLITE_OK &&
         sqlite3_prepare_v2 (self->db,
                             "UPDATE history SET stage = ?, standing = ?, rejection = ?, checked = ?, moved = ?,"
                             " application_id = coalesce (application_id, ?) WHERE id = ?",
                             -1,
                             &update, NULL) == SQLITE_OK;
  while (done && sqlite3_step (select) == SQLITE_ROW)
    {
      const char *stage = (const char *) sqlite3_column_text (select, 3);
      const char *was = (const char *) sqlite3_column_text (select, 4);
      gboolean    known = stage != NULL || was != NULL;
      gboolean    changed = known && (g_strcmp0 (stage, standing->stage) != 0 || g_strcmp0 (was, standing->standing) != 0);

      if (changed)
        {
          ShortlistHistoryEntry *entry = shortlist_history_entry_new ();

          entry->id = sqlite3_column_int64 (select, 0);
          entry->integration_id = g_strdup (integration_id);
          entry->name = shortlist_store_dup_column (select, 1);
          entry->job_name = shortlist_store_dup_column (select, 2);
          entry->job_id = g_strdup (standing->job_id);
          entry->candidate_id = g_strdup (standing->candidate_id);
          entry->outcome = SHORTLIST_SENT_CREATED;
          entry->stage = g_strdup (standing->stage);
          entry->standing = g_strdup (standing->standing);
          entry->rejection = g_strdup (standing->rejection);
          entry->checked = entry->moved = checked;
          g_ptr_array_add (moved, entry);
        }
      sqlite3_reset (update);
      done = shortlist_store_bind_text (update, 1, standing->stage) && shortlist_store_bind_text (update, 2, standing->standing) &&
             shortlist_store_bind_text (update, 3, standing->rejection) && sqlite3_bind_int64 (update, 4, checked) == SQLITE_OK &&
             sqlite3_bind_int64 (update, 5, changed ? checked : sqlite3_column_int64 (select, 5)) == SQLITE_OK &&
             shortlist_store_bind_text (update, 6, standing->application_id) &&
             sqlite3_bind_int64 (update, 7, sqlite3_column_int64 (select, 0)) == SQLITE_OK && sqlite3_step (update) == SQLITE_DONE;
    }
  sqlite3_finalize (select);
  sqlite3_finalize (update);
  return done;
}

static void
save_standings_work (ShortlistStore *self,
                     GTask          *task)
{
  Args         *args = g_task_get_task_data (task);
  sqlite3_stmt *statement = NULL;
  g_autoptr (GPtrArray) moved = g_ptr_array_new_with_free_func ((GDestroyNotify) shortlist_history_entry_free);
  gboolean done;

  if (self->db == NULL || !exec (self, "BEGIN"))
    {
      fail (self, task, _ ("The history could not be written"));
      return;
    }
  done = TRUE;
  for (guint i = 0; done && i < args->standings->len; i++)
    done = save_standing (self, args->integration_id, args->standings->pdata[i], args->checked, moved);
  /* Every followed submission was asked about, changed or not */
  done = done &&
         sqlite3_prepare_v2 (self->db,
                             "UPDATE history SET checked = ?1 WHERE integration_id = ?2 AND outcome = ?3 AND candidate_id IS NOT NULL;",
                             -1, &statement, NULL) == SQLITE_OK &&
         sqlite3_bind_int64 (statement, 1, args->checked) == SQLITE_OK &&
         shortlist_store_bind_text (statement, 2, args->integration_id) &&
         sqlite3_bind_int (statement, 3, SHORTLIST_SENT_CREATED) == SQLITE_OK && sqlite3_step (statement) == SQLITE_DONE;
  sqlite3_finalize (statement);
  statement = NULL;
  done = done &&
         sqlite3_prepare_v2 (self->db, "INSERT OR REPLACE INTO follow_syncs (integration_id, checked) VALUES (?, ?)", -1,
                             &statement, NULL) == SQLITE_OK &&
         shortlist_store_bind_text (statement, 1, args->integration_id) &&
         sqlite3_bind_int64 (statement, 2, args->checked) == SQLITE_OK && sqlite3_step (statement) == SQLITE_DONE;
  sqlite3_finalize (statement);
  if (!done)
    {
      g_autoptr (GError) error = NULL;

      shortlist_store_fail (&error, self->db, _ ("The history could not be written"));
      exec (self, "ROLLBACK");
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!exec (self, "COMMIT"))
    {
      fail (self, task, _ ("The history could not be written"));
      exec (self, "ROLLBACK");
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&moved), (GDestroyNotify) g_ptr_array_unref);
}

/**
 * shortlist_store_save_standings_async:
 * @standings: (element-type ShortlistStanding): what the ATS said of the candidates that
 *   changed since the last time it was asked
 * @checked: when it was asked (µs since 1970)
 *
 * Keeps where each followed submission of @integration_id stands, all or nothing: the
 * submissions whose stage or outcome changed are marked as moved, every followed one as
 * checked at @checked, and so is the integration.
 */
void
shortlist_store_save_standings_async (ShortlistStore     *self,
                                      const char         *integration_id,
                                      GPtrArray          *standings,
                                      gint64              checked,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data)
{
  Args *args = g_new0 (Args, 1);

  g_return_if_fail (SHORTLIST_IS_STORE (self));
  g_return_if_fail (integration_id != NULL);
  args->integration_id = g_strdup (integration_id);
  args->standings = g_ptr_array_ref (standings);
  args->checked = checked;
  shortlist_store_run (self, shortlist_store_save_standings_async, args, (GDestroyNotify) args_free, save_standings_work, cancellable, callback, user_data);
}

/* Returns: (transfer full) (element-type ShortlistHistoryEntry): the submissions whose candidate
 *   moved: a stage or outcome other than the one known before */
GPtrArray *
shortlist_store_save_standings_finish (ShortlistStore *self,
                                       GAsyncResult   *result,
                                       GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
