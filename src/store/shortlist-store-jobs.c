/* shortlist-store-jobs.c: the open jobs of each integration, kept to show at once at the next start
 *
 * Each job is kept as Kombo said it (JSON text) beside what its list shows (name, department,
 * location), with when the list was last brought up to date, and when it was last fetched
 * whole. Jobs are read back on the store's thread as the list shows them; the rest of a job is
 * read from its text when it is chosen, so thousands are listed at once.
 */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n.h>

#include "kombo.h"
#include "shortlist-store-private.h"

typedef struct
{
  char      *integration_id;
  GPtrArray *jobs;     /* KomboJob: read back, or to keep */
  GStrv      gone_ids; /* jobs to drop */
  gboolean   replace;  /* the jobs are the whole list */
  gint64     synced;
  gint64     full_synced;
} JobsData;

static void
jobs_data_free (JobsData *data)
{
  g_free (data->integration_id);
  g_clear_pointer (&data->jobs, g_ptr_array_unref);
  g_strfreev (data->gone_ids);
  g_free (data);
}

static void
load_jobs_work (ShortlistStore *self,
                GTask          *task)
{
  JobsData     *data = g_task_get_task_data (task);
  sqlite3_stmt *statement = NULL;
  g_autoptr (GError) error = NULL;
  int step = SQLITE_DONE;

  if (self->db == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, "%s", _ ("The store of drafts is not open."));
      return;
    }
  data->jobs = g_ptr_array_new_with_free_func (g_object_unref);
  if (sqlite3_prepare_v2 (self->db, "SELECT synced, full_synced FROM job_syncs WHERE integration_id = ?", -1, &statement, NULL) !=
          SQLITE_OK ||
      !shortlist_store_bind_text (statement, 1, data->integration_id))
    step = SQLITE_ERROR;
  else if ((step = sqlite3_step (statement)) == SQLITE_ROW)
    {
      data->synced = sqlite3_column_int64 (statement, 0);
      data->full_synced = sqlite3_column_int64 (statement, 1);
      step = SQLITE_DONE;
    }
  sqlite3_finalize (statement);
  statement = NULL;

  if (step == SQLITE_DONE &&
      (sqlite3_prepare_v2 (self->db, "SELECT id, name, department, location, data FROM jobs WHERE integration_id = ? ORDER BY name COLLATE NOCASE, id", -1, &statement, NULL) != SQLITE_OK ||
       !shortlist_store_bind_text (statement, 1, data->integration_id)))
    step = SQLITE_ERROR;
  while (step != SQLITE_ERROR && (step = sqlite3_step (statement)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (statement, 0);
      const char *job_data = (const char *) sqlite3_column_text (statement, 4);

      /* As the list shows them: the rest is read from the job's data when it is chosen */
      if (id != NULL && job_data != NULL)
        g_ptr_array_add (data->jobs, kombo_job_new_kept (id, (const char *) sqlite3_column_text (statement, 1),
                                                         (const char *) sqlite3_column_text (statement, 2),
                                                         (const char *) sqlite3_column_text (statement, 3), job_data));
    }
  if (step != SQLITE_DONE)
    shortlist_store_fail (&error, self->db, _ ("The kept jobs could not be read"));
  sqlite3_finalize (statement);
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * shortlist_store_load_jobs_async:
 *
 * Reads back the jobs kept for @integration_id.
 */
void
shortlist_store_load_jobs_async (ShortlistStore     *self,
                                 const char         *integration_id,
                                 GCancellable       *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data)
{
  GTask    *task;
  JobsData *data = g_new0 (JobsData, 1);

  g_return_if_fail (SHORTLIST_IS_STORE (self));
  g_return_if_fail (integration_id != NULL);

  data->integration_id = g_strdup (integration_id);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, shortlist_store_load_jobs_async);
  g_task_set_task_data (task, data, (GDestroyNotify) jobs_data_free);
  shortlist_store_push (self, task, load_jobs_work);
}

/**
 * shortlist_store_load_jobs_finish:
 * @synced: (out): when the list was last brought up to date, in microseconds since 1970; 0 if never
 * @full_synced: (out): when it was last fetched whole
 *
 * Returns: (transfer full) (element-type KomboJob): the kept jobs, by name; %NULL with @error
 */
GPtrArray *
shortlist_store_load_jobs_finish (ShortlistStore *self,
                                  GAsyncResult   *result,
                                  gint64         *synced,
                                  gint64         *full_synced,
                                  GError        **error)
{
  JobsData *data;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  data = g_task_get_task_data (G_TASK (result));
  *synced = data->synced;
  *full_synced = data->full_synced;
  return g_steal_pointer (&data->jobs);
}

static gboolean
save_jobs (ShortlistStore *self,
           JobsData       *data)
{
  sqlite3_stmt *statement = NULL;
  gboolean      done;

  if (data->replace)
    {
      done = sqlite3_prepare_v2 (self->db, "DELETE FROM jobs WHERE integration_id = ?", -1, &statement, NULL) == SQLITE_OK &&
             shortlist_store_bind_text (statement, 1, data->integration_id) && sqlite3_step (statement) == SQLITE_DONE;
      sqlite3_finalize (statement);
      if (!done)
        return FALSE;
    }

  done = sqlite3_prepare_v2 (self->db, "DELETE FROM jobs WHERE integration_id = ? AND id = ?", -1, &statement, NULL) == SQLITE_OK;
  for (guint i = 0; done && data->gone_ids != NULL && data->gone_ids[i] != NULL; i++)
    done = shortlist_store_bind_text (statement, 1, data->integration_id) && shortlist_store_bind_text (statement, 2, data->gone_ids[i]) &&
           sqlite3_step (statement) == SQLITE_DONE && sqlite3_reset (statement) == SQLITE_OK;
  sqlite3_finalize (statement);
  if (!done)
    return FALSE;

  done = sqlite3_prepare_v2 (self->db, "INSERT OR REPLACE INTO jobs (integration_id, id, name, department, location, data) VALUES (?, ?, ?, ?, ?, ?)", -1, &statement,
                             NULL) == SQLITE_OK;
  for (guint i = 0; done && i < data->jobs->len; i++)
    {
      KomboJob *job = g_ptr_array_index (data->jobs, i);

      done = shortlist_store_bind_text (statement, 1, data->integration_id) &&
             shortlist_store_bind_text (statement, 2, kombo_job_get_id (job)) &&
             shortlist_store_bind_text (statement, 3, kombo_job_get_name (job)) &&
             shortlist_store_bind_text (statement, 4, kombo_job_get_department (job)) &&
             shortlist_store_bind_text (statement, 5, kombo_job_get_location (job)) &&
             shortlist_store_bind_text (statement, 6, kombo_job_get_data (job)) && sqlite3_step (statement) == SQLITE_DONE &&
             sqlite3_reset (statement) == SQLITE_OK;
    }
  sqlite3_finalize (statement);
  if (!done)
    return FALSE;

  done = sqlite3_prepare_v2 (self->db,
                             "INSERT INTO job_syncs (integration_id, synced, full_synced) VALUES (?1, ?2, ?3)"
                             " ON CONFLICT (integration_id) DO UPDATE SET synced = ?2,"
                             " full_synced = CASE WHEN ?3 > 0 THEN ?3 ELSE full_synced END",
                             -1, &statement, NULL) == SQLITE_OK &&
         shortlist_store_bind_text (statement, 1, data->integration_id) &&
         sqlite3_bind_int64 (statement, 2, data->synced) == SQLITE_OK &&
         sqlite3_bind_int64 (statement, 3, data->full_synced) == SQLITE_OK && sqlite3_step (statement) == SQLITE_DONE;
  sqlite3_finalize (statement);
  return done;
}

static void
save_jobs_work (ShortlistStore *self,
                GTask          *task)
{
  JobsData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;

  if (self->db == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, "%s", _ ("The store of drafts is not open."));
      return;
    }
  /* All or nothing, and one write to disk for thousands of jobs */
  if (sqlite3_exec (self->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK || !save_jobs (self, data) ||
      sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    {
      shortlist_store_fail (&error, self->db, _ ("The jobs could not be kept"));
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* What shortlist_store_finish() reads */
  g_task_return_int (task, 0);
}

/**
 * shortlist_store_save_jobs_async:
 * @jobs: (element-type KomboJob): jobs to keep, new or changed
 * @gone_ids: (nullable): the ids of jobs to drop: closed or deleted
 * @replace: whether @jobs are all the open jobs, and the kept ones not among them go
 * @synced: when the list was fetched, in microseconds since 1970
 *
 * Brings the kept jobs of @integration_id up to date; shortlist_store_finish() says how it went.
 */
void
shortlist_store_save_jobs_async (ShortlistStore     *self,
                                 const char         *integration_id,
                                 GPtrArray          *jobs,
                                 const char *const  *gone_ids,
                                 gboolean            replace,
                                 gint64              synced,
                                 GCancellable       *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data)
{
  GTask    *task;
  JobsData *data = g_new0 (JobsData, 1);

  g_return_if_fail (SHORTLIST_IS_STORE (self));
  g_return_if_fail (integration_id != NULL && jobs != NULL);

  data->integration_id = g_strdup (integration_id);
  data->jobs = g_ptr_array_ref (jobs);
  data->gone_ids = g_strdupv ((char **) gone_ids);
  data->replace = replace;
  data->synced = synced;
  data->full_synced = replace ? synced : 0;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, shortlist_store_save_jobs_async);
  g_task_set_task_data (task, data, (GDestroyNotify) jobs_data_free);
  shortlist_store_push (self, task, save_jobs_work);
}
