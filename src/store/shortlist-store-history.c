/* shortlist-store-history.c: what became of each submission, and forgetting it
 *
 * Every submission is kept: when, where, for which job, who, and what came of it (created,
 * refused with Kombo's code, title and log, or unknown after a lost answer, until a lookup
 * says), with the ATS's remarks and the tags and links added afterwards. Entries older than
 * the recruiter keeps history for are deleted at start; all of it can be deleted at once.
 */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-store-private.h"

#define MAX_LISTED 500

ShortlistHistoryEntry *
shortlist_history_entry_new (void)
{
  return g_new0 (ShortlistHistoryEntry, 1);
}

void
shortlist_history_entry_free (ShortlistHistoryEntry *entry)
{
  g_free (entry->integration_id);
  g_free (entry->job_id);
  g_free (entry->job_name);
  g_free (entry->name);
  g_free (entry->email);
  g_free (entry->error_code);
  g_free (entry->error_title);
  g_free (entry->error_message);
  g_free (entry->log_url);
  g_free (entry->candidate_id);
  g_free (entry->remote_id);
  g_free (entry->remote_url);
  g_strfreev (entry->warnings);
  g_strfreev (entry->followups);
  g_free (entry->stage);
  g_free (entry->standing);
  g_free (entry->rejection);
  g_free (entry->application_id);
  g_free (entry->note);
  g_free (entry->note_problem);
  g_free (entry);
}

ShortlistHistoryEntry *
shortlist_history_entry_copy (const ShortlistHistoryEntry *entry)
{
  ShortlistHistoryEntry *copy = g_memdup2 (entry, sizeof *entry);

  copy->integration_id = g_strdup (entry->integration_id);
  copy->job_id = g_strdup (entry->job_id);
  copy->job_name = g_strdup (entry->job_name);
  copy->name = g_strdup (entry->name);
  copy->email = g_strdup (entry->email);
  copy->error_code = g_strdup (entry->error_code);
  copy->error_title = g_strdup (entry->error_title);
  copy->error_message = g_strdup (entry->error_message);
  copy->log_url = g_strdup (entry->log_url);
  copy->candidate_id = g_strdup (entry->candidate_id);
  copy->remote_id = g_strdup (entry->remote_id);
  copy->remote_url = g_strdup (entry->remote_url);
  copy->warnings = g_strdupv (entry->warnings);
  copy->followups = g_strdupv (entry->followups);
  copy->stage = g_strdup (entry->stage);
  copy->standing = g_strdup (entry->standing);
  copy->rejection = g_strdup (entry->rejection);
  copy->application_id = g_strdup (entry->application_id);
  copy->note = g_strdup (entry->note);
  copy->note_problem = g_strdup (entry->note_problem);
  return copy;
}

static char *
strv_to_json (const char *const *strv)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static GStrv
strv_from_json (const char *json)
{
  g_autoptr (JsonNode) node = json ? json_from_string (json, NULL) : NULL;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array = node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    if (JSON_NODE_HOLDS_VALUE (json_array_get_element (array, i)))
      g_strv_builder_add (builder, json_array_get_string_element (array, i));
  return g_strv_builder_end (builder);
}

static gboolean
ready (ShortlistStore *self,
       GTask          *task)
{
  if (self->db != NULL)
    return TRUE;
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, "%s", _ ("The store of drafts is not open."));
  return FALSE;
}

/* Runs @statement to its end, and says so to @task */
static void
run (ShortlistStore *self,
     GTask          *task,
     sqlite3_stmt   *statement,
     gboolean        prepared,
     const char     *what)
{
  g_autoptr (GError) error = NULL;

  if (!prepared || sqlite3_step (statement) != SQLITE_DONE)
    shortlist_store_fail (&error, self->db, what);
  sqlite3_finalize (statement);
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, sqlite3_last_insert_rowid (self->db));
}

typedef struct
{
  char                  *id;
  char                  *text;
  char                  *other;
  gint64                 number;
  gboolean               flag;
  ShortlistHistoryEntry *entry;
} Args;

static void
args_free (Args *args)
{
  g_free (args->id);
  g_free (args->other);
  g_free (args->text);
  g_clear_pointer (&args->entry, shortlist_history_entry_free);
  g_free (args);
}

static void
set_draft_error_work (ShortlistStore *self,
                      GTask          *task)
{
  Args         *args = g_task_get_task_data (task);
  sqlite3_stmt *statement = NULL;
  gboolean      prepared;

  if (!ready (self, task))
    return;
  prepared = sqlite3_prepare_v2 (self->db, "UPDATE drafts SET error = ? WHERE id = ?", -1, &statement, NULL) == SQLITE_OK &&
             shortlist_store_bind_text (statement, 1, args->text) && shortlist_store_bind_text (statement, 2, args->id);
  run (self, task, statement, prepared, _ ("The draft could not be saved"));
}

/**
 * shortlist_store_set_draft_error_async:
 * @error: (nullable): why the draft was not sent, as said to the person
 *
 * Keeps why a submission failed with its draft, to say again when it is opened.
 */
void
shortlist_store_set_draft_error_async (ShortlistStore     *self,
                                       const char         *id,
                                       const char         *error,
                                       GCancellable       *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer            user_data)
{
  Args *args = g_new0 (Args, 1);

  g_return_if_fail (SHORTLIST_IS_STORE (self));
  args->id = g_strdup (id);
  args->text = g_strdup (error);
  shortlist_store_run (self, shortlist_store_set_draft_error_async, args, (GDestroyNotify) args_free, set_draft_error_work, cancellable, callback, user_data);
}

static void
add_history_work (ShortlistStore *self,
                  GTask          *task)
{
  ShortlistHistoryEntry *e = ((Args *) g_task_get_task_data (task))->entry;
  g_autofree char       *warnings = strv_to_json ((const char *const *) e->warnings);
  g_autofree char       *followups = strv_to_json ((const char *const *) e->followups);
  sqlite3_stmt          *statement = NULL;
  gboolean               prepared;

  if (!ready (self, task))
    return;
  prepared = sqlite3_prepare_v2 (self->db,
                                 "INSERT INTO history (sent, integration_id, job_id, job_name, name, email, outcome,"
                                 " error_code, error_title, error_message, log_url, candidate_id, remote_id, remote_url,"
                                 " warnings, followups, application_id, note, note_problem)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                 -1, &statement, NULL) == SQLITE_OK &&
             sqlite3_bind_int64 (statement, 1, e->sent ? e->sent : g_get_real_time ()) == SQLITE_OK &&
             shortlist_store_bind_text (statement, 2, e->integration_id) && shortlist_store_bind_text (statement, 3, e->job_id) &&
             shortlist_store_bind_text (statement, 4, e->job_name) && shortlist_store_bind_text (statement, 5, e->name) &&
             shortlist_store_bind_text (statement, 6, e->email) && sqlite3_bind_int (statement, 7, e->outcome) == SQLITE_OK &&
             shortlist_store_bind_text (statement, 8, e->error_code) && shortlist_store_bind_text (statement, 9, e->error_title) &&
             shortlist_store_bind_text (statement, 10, e->error_message) && shortlist_store_bind_text (statement, 11, e->log_url) &&
             shortlist_store_bind_text (statement, 12, e->candidate_id) && shortlist_store_bind_text (statement, 13, e->remote_id) &&
             shortlist_store_bind_text (statement, 14, e->remote_url) && shortlist_store_bind_text (statement, 15, warnings) &&
             shortlist_store_bind_text (statement, 16, followups) && shortlist_store_bind_text (statement, 17, e->application_id) &&
             shortlist_store_bind_text (statement, 18, e->note) && shortlist_store_bind_text (statement, 19, e->note_problem);
  run (self, task, statement, prepared, _ ("The history could not be written"));
}

/* Keeps @entry (a copy) in the history; the finish function gives its id */
void
shortlist_store_add_history_async (ShortlistStore        *self,
                                   ShortlistHistoryEntry *entry,
                                   GCancellable          *cancellable,
                                   GAsyncReadyCallback    callback,
                                   gpointer               user_data)
{
  Args *args = g_new0 (Args, 1);

  g_return_if_fail (SHORTLIST_IS_STORE (self));
  args->entry = shortlist_history_entry_copy (entry);
  shortlist_store_run (self, shortlist_store_add_history_async, args, (GDestroyNotify) args_free, add_history_work, cancellable, callback, user_data);
}

/* Returns: the new entry's id, or 0 with @error set */
gint64
shortlist_store_add_history_finish (ShortlistStore *self,
                                    GAsyncResult   *result,
                                    GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), 0);
  return g_task_propagate_int (G_TASK (result), error);
}

static void
set_outcome_work (ShortlistStore *self,
                  GTask          *task)
{
  Args         *args = g_task_get_task_data (task);
  sqlite3_stmt *statement = NULL;
  gboolean      prepared;

  if (!ready (self, task))
    return;
  prepared = sqlite3_prepare_v2 (self->db,
                                 "UPDATE history SET outcome = ?, candidate_id = coalesce (?, candidate_id),"
                                 " remote_url = coalesce (?, remote_url) WHERE id = ?",
                                 -1, &statement, NULL) == SQLITE_OK &&
             sqlite3_bind_int (statement, 1, args->flag) == SQLITE_OK && shortlist_store_bind_text (statement, 2, args->id) &&
             shortlist_store_bind_text (statement, 3, args->text) && sqlite3_bind_int64 (statement, 4, args->number) == SQLITE_OK;
  run (self, task, statement, prepared, _ ("The history could not be written"));
}

/**
 * shortlist_store_set_outcome_async:
 * @candidate_id: (nullable): the candidate found, when a lookup found them
 * @remote_url: (nullable): their page in the ATS
 *
 * Says what became of a submission whose outcome was unknown.
 */
void
shortlist_store_set_outcome_async (ShortlistStore      *self,
                                   gint64               entry_id,
                                   ShortlistSentOutcome outcome,
                                   const char          *candidate_id,
                                   const char          *remote_url,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  Args *args = g_new0 (Args, 1);

  g_return_if_fail (SHORTLIST_IS_STORE (self));
  args->number = entry_id;
  args->flag = outcome;
  args->id = g_strdup (candidate_id);
  args->text = g_strdup (remote_url);
  shortlist_store_run (self, shortlist_store_set_outcome_async, args, (GDestroyNotify) args_free, set_outcome_work, cancellable, callback, user_data);
}

static void
set_note_work (ShortlistStore *self,
               GTask          *task)
{
  Args         *args = g_task_get_task_data (task);
  sqlite3_stmt *statement = NULL;
  gboolean      prepared;

  if (!ready (self, task))
    return;
  prepared = sqlite3_prepare_v2 (self->db, "UPDATE history SET note = ?, note_problem = ? WHERE application_id = ?", -1, &statement,
                                 NULL) == SQLITE_OK &&
             shortlist_store_bind_text (statement, 1, args->text) && shortlist_store_bind_text (statement, 2, args->other) &&
             shortlist_store_bind_text (statement, 3, args->id);
  run (self, task, statement, prepared, _ ("The history could not be written"));
}

/**
 * shortlist_store_set_note_async:
 * @note: (nullable): a note for the client's team that was not sent, or %NULL once it is
 * @problem: (nullable): why it was not sent
 *
 * Keeps with the submission that made the application @application_id the note that could not
 * be sent, so that it is never lost; shortlist_store_finish() says how it went.
 */
void
shortlist_store_set_note_async (ShortlistStore     *self,
                                const char         *application_id,
                                const char         *note,
                                const char         *problem,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  Args *args = g_new0 (Args, 1);

  g_return_if_fail (SHORTLIST_IS_STORE (self));
  g_return_if_fail (application_id != NULL);
  args->id = g_strdup (application_id);
  args->text = g_strdup (note);
  args->other = g_strdup (problem);
  shortlist_store_run (self, shortlist_store_set_note_async, args, (GDestroyNotify) args_free, set_note_work, cancellable, callback, user_data);
}

static void
add_followup_work (ShortlistStore *self,
                   GTask          *task)
{
  Args         *args = g_task_get_task_data (task);
  sqlite3_stmt *select = NULL;
  g_autoptr (GPtrArray) updates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *statement = NULL;
  gboolean      prepared = TRUE;

  if (!ready (self, task))
    return;

  /* Each submission of the candidate gets it added to its list */
  if (sqlite3_prepare_v2 (self->db, "SELECT id, followups FROM history WHERE candidate_id = ?", -1, &select, NULL) == SQLITE_OK &&
      shortlist_store_bind_text (select, 1, args->id))
    while (sqlite3_step (select) == SQLITE_ROW)
      {
        g_auto (GStrv) followups = strv_from_json ((const char *) sqlite3_column_text (select, 1));
        g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
        g_auto (GStrv) joined = NULL;
        gint64 id = sqlite3_column_int64 (select, 0);

        g_strv_builder_addv (builder, (const char **) followups);
        g_strv_builder_add (builder, args->text);
        joined = g_strv_builder_end (builder);
        g_array_append_val (ids, id);
        g_ptr_array_add (updates, strv_to_json ((const char *const *) joined));
      }
  sqlite3_finalize (select);

  for (guint i = 0; i < ids->len && prepared; i++)
    {
      prepared = sqlite3_prepare_v2 (self->db, "UPDATE history SET followups = ? WHERE id = ?", -1, &statement, NULL) == SQLITE_OK &&
                 shortlist_store_bind_text (statement, 1, updates->pdata[i]) &&
                 sqlite3_bind_int64 (statement, 2, g_array_index (ids, gint64, i)) == SQLITE_OK &&
                 sqlite3_step (statement) == SQLITE_DONE;
      sqlite3_finalize (statement);
      statement = NULL;
    }
  if (!prepared)
    {
      g_autoptr (GError) error = NULL;

      shortlist_store_fail (&error, self->db, _ ("The history could not be written"));
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_int (task, ids->len);
}

/* Adds what was done for the candidate afterwards, such as a tag, to their submissions */
void
shortlist_store_add_followup_async (ShortlistStore     *self,
                                    const char         *candidate_id,
                                    const char         *followup,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  Args *args = g_new0 (Args, 1);

  g_return_if_fail (SHORTLIST_IS_STORE (self));
  args->id = g_strdup (candidate_id);
  args->text = g_strdup (followup);
  shortlist_store_run (self, shortlist_store_add_followup_async, args, (GDestroyNotify) args_free, add_followup_work, cancellable, callback, user_data);
}

static void
list_history_work (ShortlistStore *self,
                   GTask          *task)
{
  Args *args = g_task_get_task_data (task);
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) shortlist_history_entry_free);
  g_autoptr (GString) pattern = g_string_new ("%");
  sqlite3_stmt *statement = NULL;

  if (!ready (self, task))
    return;

  /* LIKE's own wildcards in what was typed are meant literally */
  for (const char *p = args->text ? args->text : ""; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');

  if (sqlite3_prepare_v2 (self->db,
                          "SELECT id, sent, integration_id, job_id, job_name, name, email, outcome, error_code, error_title,"
                          " error_message, log_url, candidate_id, remote_id, remote_url, warnings, followups, stage, standing, rejection,"
                          " checked, moved, application_id, note, note_problem FROM history"
                          " WHERE name LIKE ?1 ESCAPE '\\' OR email LIKE ?1 ESCAPE '\\' OR job_name LIKE ?1 ESCAPE '\\'"
                          " OR ?1 = '%%' ORDER BY sent DESC, id DESC LIMIT ?2",
                          -1, &statement, NULL) != SQLITE_OK ||
      !shortlist_store_bind_text (statement, 1, pattern->str) || sqlite3_bind_int (statement, 2, MAX_LISTED) != SQLITE_OK)
    {
      g_autoptr (GError) error = NULL;

      shortlist_store_fail (&error, self->db, _ ("The history could not be read"));
      sqlite3_finalize (statement);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  while (sqlite3_step (statement) == SQLITE_ROW)
    {
      ShortlistHistoryEntry *e = shortlist_history_entry_new ();

      e->id = sqlite3_column_int64 (statement, 0);
      e->sent = sqlite3_column_int64 (statement, 1);
      e->integration_id = shortlist_store_dup_column (statement, 2);
      e->job_id = shortlist_store_dup_column (statement, 3);
      e->job_name = shortlist_store_dup_column (statement, 4);
      e->name = shortlist_store_dup_column (statement, 5);
      e->email = shortlist_store_dup_column (statement, 6);
      e->outcome = sqlite3_column_int (statement, 7);
      e->error_code = shortlist_store_dup_column (statement, 8);
      e->error_title = shortlist_store_dup_column (statement, 9);
      e->error_message = shortlist_store_dup_column (statement, 10);
      e->log_url = shortlist_store_dup_column (statement, 11);
      e->candidate_id = shortlist_store_dup_column (statement, 12);
      e->remote_id = shortlist_store_dup_column (statement, 13);
      e->remote_url = shortlist_store_dup_column (statement, 14);
      e->warnings = strv_from_json ((const char *) sqlite3_column_text (statement, 15));
      e->followups = strv_from_json ((const char *) sqlite3_column_text (statement, 16));
      e->stage = shortlist_store_dup_column (statement, 17);
      e->standing = shortlist_store_dup_column (statement, 18);
      e->rejection = shortlist_store_dup_column (statement, 19);
      e->checked = sqlite3_column_int64 (statement, 20);
      e->moved = sqlite3_column_int64 (statement, 21);
      e->application_id = shortlist_store_dup_column (statement, 22);
      e->note = shortlist_store_dup_column (statement, 23);
      e->note_problem = shortlist_store_dup_column (statement, 24);
      g_ptr_array_add (entries, e);
    }
  sqlite3_finalize (statement);
  g_task_return_pointer (task, g_steal_pointer (&entries), (GDestroyNotify) g_ptr_array_unref);
}

/**
 * shortlist_store_list_history_async:
 * @search: (nullable): part of a name, email address or job to look for
 *
 * Lists the submissions, the last first (the last 500).
 */
void
shortlist_store_list_history_async (ShortlistStore     *self,
                                    const char         *search,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  Args *args = g_new0 (Args, 1);

  g_return_if_fail (SHORTLIST_IS_STORE (self));
  args->text = g_strdup (search);
  shortlist_store_run (self, shortlist_store_list_history_async, args, (GDestroyNotify) args_free, list_history_work, cancellable, callback, user_data);
}

/* Returns: (transfer full) (element-type ShortlistHistoryEntry): the submissions, the last first */
GPtrArray *
shortlist_store_list_history_finish (ShortlistStore *self,
                                     GAsyncResult   *result,
                                     GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
delete_files (ShortlistStore *self)
{
  g_autofree char *path = g_build_filename (self->directory, "files", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (path);
  g_autoptr (GFileEnumerator) drafts = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                  G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;
  GFile     *draft;

  while (drafts != NULL && g_file_enumerator_iterate (drafts, &info, &draft, NULL, NULL) && info != NULL)
    {
      g_autoptr (GFileEnumerator) files = g_file_enumerate_children (draft, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                     G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
      GFileInfo *file_info;
      GFile     *file;

      while (files != NULL && g_file_enumerator_iterate (files, &file_info, &file, NULL, NULL) && file_info != NULL)
        g_file_delete (file, NULL, NULL);
      g_file_delete (draft, NULL, NULL);
    }
}

static void
forget_work (ShortlistStore *self,
             GTask          *task)
{
  Args         *args = g_task_get_task_data (task);
  sqlite3_stmt *statement = NULL;
  gboolean      prepared;

  if (!ready (self, task))
    return;
  if (args->flag)
    {
      if (sqlite3_exec (self->db, "DELETE FROM drafts", NULL, NULL, NULL) != SQLITE_OK)
        {
          g_autoptr (GError) error = NULL;

          shortlist_store_fail (&error, self->db, _ ("The drafts could not be deleted"));
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      delete_files (self);
    }
  prepared = sqlite3_prepare_v2 (self->db, "DELETE FROM history WHERE sent < ?", -1, &statement, NULL) == SQLITE_OK &&
             sqlite3_bind_int64 (statement, 1, args->number) == SQLITE_OK;
  run (self, task, statement, prepared, _ ("The history could not be deleted"));
  /* Deleted is gone from the file too, not only from the tables */
  sqlite3_exec (self->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
}

/* Says it, then answers the caller */
static void
forgotten_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  Args *args = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;

  if (!shortlist_store_finish (SHORTLIST_STORE (object), result, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_signal_emit_by_name (object, "forgotten", args->flag);
  g_task_return_int (task, 0);
}

/**
 * shortlist_store_forget_async:
 * @before: submissions sent before this time (microseconds since 1970) are deleted;
 *   %G_MAXINT64 deletes all
 * @drafts_too: whether every draft and its files go as well
 */
void
shortlist_store_forget_async (ShortlistStore     *self,
                              gint64              before,
                              gboolean            drafts_too,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data)
{
  Args  *args = g_new0 (Args, 1);
  GTask *task;

  g_return_if_fail (SHORTLIST_IS_STORE (self));
  args->number = before;
  args->flag = drafts_too;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, shortlist_store_forget_async);
  shortlist_store_run (self, shortlist_store_forget_async, args, (GDestroyNotify) args_free, forget_work, NULL, forgotten_cb, task);
}

/* The finish function of the calls that give nothing back: whether they were done */
gboolean
shortlist_store_finish (ShortlistStore *self,
                        GAsyncResult   *result,
                        GError        **error)
{
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_task_propagate_int (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
