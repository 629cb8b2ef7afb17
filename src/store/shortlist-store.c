/* shortlist-store.c: what Shortlist keeps on this computer: drafts of candidates, in SQLite
 *
 * One database, shortlist.db, in the folder given (the user's data folder; in the Flatpak,
 * the app's own), readable by its owner only, in WAL mode. All SQL and file copying runs in
 * one worker thread, in the order asked, so typing never waits for the disk. The schema is
 * versioned with PRAGMA user_version; a database that cannot be read, or that a newer
 * Shortlist wrote, is moved aside and a new one started, and the caller is told so.
 *
 * A draft's files are copied into files/<draft id>/ beside the database: the file a recruiter
 * attached may move, and a Flatpak portal path may not survive a restart. They go with the
 * draft. The API key is never stored here.
 */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "shortlist-store-private.h"

#define SCHEMA_VERSION 5

static const char *migrations[SCHEMA_VERSION] = {
  /* 1: drafts */
  "CREATE TABLE drafts (id TEXT PRIMARY KEY, integration_id TEXT, name TEXT, job TEXT,"
  "                     updated INTEGER NOT NULL, draft TEXT NOT NULL);"
  "CREATE INDEX drafts_by_update ON drafts (updated);",
  /* 2: what became of each submission; why a draft was not sent */
  "CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT, sent INTEGER NOT NULL, integration_id TEXT,"
  "                      job_id TEXT, job_name TEXT, name TEXT, email TEXT, outcome INTEGER NOT NULL,"
  "                      error_code TEXT, error_title TEXT, error_message TEXT, log_url TEXT,"
  "                      candidate_id TEXT, remote_id TEXT, remote_url TEXT, warnings TEXT, followups TEXT);"
  "CREATE INDEX history_by_sent ON history (sent);"
  "CREATE INDEX history_by_candidate ON history (candidate_id);"
  "ALTER TABLE drafts ADD COLUMN error TEXT;",
  /* 3: the open jobs of each integration, and when they were last brought up to date */
  "CREATE TABLE jobs (integration_id TEXT NOT NULL, id TEXT NOT NULL, name TEXT, department TEXT, location TEXT,"
  "                   data TEXT NOT NULL,"
  "                   PRIMARY KEY (integration_id, id));"
  "CREATE TABLE job_syncs (integration_id TEXT PRIMARY KEY, synced INTEGER NOT NULL, full_synced INTEGER NOT NULL);",
  /* 4: where each candidate submitted stands in the ATS now, and when that was last asked */
  "ALTER TABLE history ADD COLUMN stage TEXT;"
  "ALTER TABLE history ADD COLUMN standing TEXT;"
  "ALTER TABLE history ADD COLUMN rejection TEXT;"
  "ALTER TABLE history ADD COLUMN checked INTEGER;"
  "ALTER TABLE history ADD COLUMN moved INTEGER;"
  "CREATE TABLE follow_syncs (integration_id TEXT PRIMARY KEY, checked INTEGER NOT NULL);",
  /* 5: the application each submission made, a note for the client's team not sent yet and why;
   * the ATS's users, for "Sourced by" */
  "ALTER TABLE history ADD COLUMN application_id TEXT;"
  "ALTER TABLE history ADD COLUMN note TEXT;"
  "ALTER TABLE history ADD COLUMN note_problem TEXT;"
  "CREATE TABLE users (integration_id TEXT NOT NULL, id TEXT NOT NULL, name TEXT, data TEXT NOT NULL,"
  "                    PRIMARY KEY (integration_id, id));",
};

G_DEFINE_FINAL_TYPE (ShortlistStore, shortlist_store, G_TYPE_OBJECT)

typedef struct
{
  ShortlistStoreWork work;
  GTask             *task;
} Job;

void
shortlist_draft_info_free (ShortlistDraftInfo *info)
{
  g_free (info->id);
  g_free (info->integration_id);
  g_free (info->name);
  g_free (info->job);
  g_free (info->error);
  g_clear_pointer (&info->draft, json_node_unref);
  g_free (info);
}

ShortlistDraftInfo *
shortlist_draft_info_copy (const ShortlistDraftInfo *info)
{
  ShortlistDraftInfo *copy = g_new0 (ShortlistDraftInfo, 1);

  copy->id = g_strdup (info->id);
  copy->integration_id = g_strdup (info->integration_id);
  copy->name = g_strdup (info->name);
  copy->job = g_strdup (info->job);
  copy->updated = info->updated;
  copy->error = g_strdup (info->error);
  copy->draft = info->draft ? json_node_ref (info->draft) : NULL;
  return copy;
}

static void
run_job (gpointer data,
         gpointer user_data)
{
  Job            *job = data;
  ShortlistStore *self = user_data;

  if (!g_task_return_error_if_cancelled (job->task))
    job->work (self, job->task);
  g_object_unref (job->task);
  g_free (job);
}

static void
shortlist_store_finalize (GObject *object)
{
  ShortlistStore *self = (ShortlistStore *) object;

  shortlist_store_close (self);
  g_free (self->directory);
  g_free (self->path);

  G_OBJECT_CLASS (shortlist_store_parent_class)->finalize (object);
}

static void
shortlist_store_class_init (ShortlistStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = shortlist_store_finalize;

  /**
   * ShortlistStore::forgotten:
   * @drafts_too: whether every draft went as well
   *
   * Submissions were deleted from the history, on the main thread once they are gone, so
   * that what shows them can show less.
   */
  g_signal_new ("forgotten", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
shortlist_store_init (ShortlistStore *self)
{
}

/**
 * shortlist_store_new:
 * @directory: where the database and the drafts' files go, such as
 *   g_get_user_data_dir()/shortlist
 */
ShortlistStore *
shortlist_store_new (const char *directory)
{
  ShortlistStore *self = g_object_new (SHORTLIST_TYPE_STORE, NULL);

  self->directory = g_strdup (directory);
  self->path = g_build_filename (directory, "shortlist.db", NULL);
  /* Exclusive: the thread stays, so the connection is always used from the same one */
  self->pool = g_thread_pool_new (run_job, self, 1, TRUE, NULL);
  return self;
}

const char *
shortlist_store_get_directory (ShortlistStore *self)
{
  g_return_val_if_fail (SHORTLIST_IS_STORE (self), NULL);
  return self->directory;
}

void
shortlist_store_push (ShortlistStore    *self,
                      GTask             *task,
                      ShortlistStoreWork work)
{
  Job *job = g_new0 (Job, 1);

  job->work = work;
  job->task = task;
  if (self->pool == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CLOSED, "%s", _ ("The store of drafts is closed."));
      g_object_unref (task);
      g_free (job);
      return;
    }
  g_thread_pool_push (self->pool, job, NULL);
}

/**
 * shortlist_store_run:
 * @data: what @work needs, freed with @free_data once the task is done
 *
 * Runs @work on the store's thread, for a task of @source_tag that ends with @callback.
 */
void
shortlist_store_run (ShortlistStore     *self,
                     gpointer            source_tag,
                     gpointer            data,
                     GDestroyNotify      free_data,
                     ShortlistStoreWork  work,
                     GCancellable       *cancellable,
                     GAsyncReadyCallback callback,
                     gpointer            user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, free_data);
  shortlist_store_push (self, task, work);
}

gboolean
shortlist_store_fail (GError    **error,
                      sqlite3    *db,
                      const char *what)
{
  /* TRANSLATORS: what failed, then SQLite's explanation */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("%s: %s"), what, db ? sqlite3_errmsg (db) : _ ("out of memory"));
  return FALSE;
}

static gboolean
exec (sqlite3    *db,
      const char *sql,
      GError    **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return shortlist_store_fail (error, db, _ ("The drafts could not be written"));
  return TRUE;
}

static int
user_version (sqlite3 *db)
{
  sqlite3_stmt *statement = NULL;
  int           version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &statement, NULL) == SQLITE_OK &&
      sqlite3_step (statement) == SQLITE_ROW)
    version = sqlite3_column_int (statement, 0);
  sqlite3_finalize (statement);
  return version;
}

/* Whether SQLite finds the file whole: PRAGMA quick_check answers "ok", or what is wrong */
static gboolean
quick_check (sqlite3 *db)
{
  sqlite3_stmt *statement = NULL;
  gboolean      whole = FALSE;

  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &statement, NULL) == SQLITE_OK &&
      sqlite3_step (statement) == SQLITE_ROW)
    whole = g_strcmp0 ((const char *) sqlite3_column_text (statement, 0), "ok") == 0;
  sqlite3_finalize (statement);
  return whole;
}

/* Opens the database, creating it readable by its owner only, and brings its schema up to date */
static gboolean
open_database (ShortlistStore *self,
               gboolean       *unreadable,
               GError        **error)
{
  int version;
  int fd;

  *unreadable = FALSE;
  if (g_mkdir_with_parents (self->directory, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), _ ("The folder %s cannot be made: %s"),
                   self->directory, g_strerror (saved_errno));
      return FALSE;
    }
  fd = g_open (self->path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), _ ("%s cannot be opened: %s"),
                   self->path, g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);

  if (sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    {
      shortlist_store_fail (error, self->db, _ ("The drafts could not be read"));
      *unreadable = TRUE;
      return FALSE;
    }
  sqlite3_busy_timeout (self->db, 5000);

  /* A file that is no database fails here, at its first read */
  version = user_version (self->db);
  if (version < 0 || !exec (self->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", NULL))
    {
      shortlist_store_fail (error, self->db, _ ("The drafts could not be read"));
      *unreadable = TRUE;
      return FALSE;
    }
  if (version > SCHEMA_VERSION)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _ ("The drafts were written by a newer version of Shortlist."));
      *unreadable = TRUE;
      return FALSE;
    }

  /* A file whose pages are damaged opens as any other: SQLite's own check finds it */
  if (!quick_check (self->db))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _ ("The file of drafts is damaged."));
      *unreadable = TRUE;
      return FALSE;
    }

  for (int v = version; v < SCHEMA_VERSION; v++)
    {
      g_autofree char *sql = g_strdup_printf ("BEGIN; %s PRAGMA user_version = %d; COMMIT;", migrations[v], v + 1);

      if (!exec (self->db, sql, error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }
  return TRUE;
}

static void
close_database (ShortlistStore *self)
{
  sqlite3_close (self->db);
  self->db = NULL;
}

/* Keeps a database Shortlist cannot use for whoever wants to look at it, and starts afresh */
static char *
move_aside (ShortlistStore *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strdup_printf ("%s.corrupt-%s", self->path, stamp);

  close_database (self);
  if (g_rename (self->path, aside) != 0)
    return NULL;
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *side = g_strconcat (self->path, i == 0 ? "-wal" : "-shm", NULL);

      g_unlink (side);
    }
  return g_steal_pointer (&aside);
}

/* Keeps the row @statement is on, if it is a draft that can be read */
static void
salvage_row (sqlite3_stmt *statement,
             GHashTable   *salvaged)
{
  ShortlistDraftInfo *info;
  const char         *id = (const char *) sqlite3_column_text (statement, 0);
  const char         *text = (const char *) sqlite3_column_text (statement, 5);
  g_autoptr (JsonNode) draft = text ? json_from_string (text, NULL) : NULL;

  if (id == NULL || g_hash_table_contains (salvaged, id) || draft == NULL || !JSON_NODE_HOLDS_OBJECT (draft))
    return;
  info = g_new0 (ShortlistDraftInfo, 1);
  info->id = g_strdup (id);
  info->integration_id = shortlist_store_dup_column (statement, 1);
  info->name = shortlist_store_dup_column (statement, 2);
  info->job = shortlist_store_dup_column (statement, 3);
  info->updated = sqlite3_column_int64 (statement, 4);
  info->draft = g_steal_pointer (&draft);
  info->error = shortlist_store_dup_column (statement, 6);
  g_hash_table_insert (salvaged, info->id, info);
}

/* Reads what drafts can still be read from the damaged file at @path, as `.recover` would:
 * a scan for as far as it goes, then each row by its number, so that one damaged page costs
 * only the drafts on it */
static GHashTable *
salvage_drafts (const char *path)
{
  GHashTable      *salvaged = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) shortlist_draft_info_free);
  sqlite3         *db = NULL;
  sqlite3_stmt    *statement = NULL;
  sqlite3_int64    last = 0;
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro", path);

  if (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
    {
      sqlite3_close (db);
      return salvaged;
    }
  if (sqlite3_prepare_v2 (db, "SELECT id, integration_id, name, job, updated, draft, error, rowid FROM drafts", -1, &statement, NULL) ==
      SQLITE_OK)
    while (sqlite3_step (statement) == SQLITE_ROW)
      {
        salvage_row (statement, salvaged);
        last = MAX (last, sqlite3_column_int64 (statement, 7));
      }
  sqlite3_finalize (statement);
  statement = NULL;
  if (sqlite3_prepare_v2 (db, "SELECT id, integration_id, name, job, updated, draft, error FROM drafts WHERE rowid = ?", -1,
                          &statement, NULL) == SQLITE_OK)
    /* Beyond the last row the scan reached: rows behind a damaged page */
    for (sqlite3_int64 rowid = 1; rowid <= last + 1000; rowid++)
      {
        sqlite3_bind_int64 (statement, 1, rowid);
        if (sqlite3_step (statement) == SQLITE_ROW)
          salvage_row (statement, salvaged);
        sqlite3_reset (statement);
      }
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return salvaged;
}

/* Writes the drafts read back into the new file; returns how many were written */
static guint
restore_drafts (ShortlistStore *self,
                GHashTable     *salvaged)
{
  sqlite3_stmt       *statement = NULL;
  GHashTableIter      iter;
  ShortlistDraftInfo *row;
  guint               n = 0;

  if (sqlite3_prepare_v2 (self->db,
                          "INSERT OR IGNORE INTO drafts (id, integration_id, name, job, updated, draft, error) VALUES (?, ?, ?, ?, ?, ?, ?)",
                          -1, &statement, NULL) != SQLITE_OK)
    return 0;
  g_hash_table_iter_init (&iter, salvaged);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &row))
    {
      g_autofree char *draft = json_to_string (row->draft, FALSE);

      if (shortlist_store_bind_text (statement, 1, row->id) && shortlist_store_bind_text (statement, 2, row->integration_id) &&
          shortlist_store_bind_text (statement, 3, row->name) && shortlist_store_bind_text (statement, 4, row->job) &&
          sqlite3_bind_int64 (statement, 5, row->updated) == SQLITE_OK && shortlist_store_bind_text (statement, 6, draft) &&
          shortlist_store_bind_text (statement, 7, row->error) && sqlite3_step (statement) == SQLITE_DONE)
        n++;
      sqlite3_reset (statement);
    }
  sqlite3_finalize (statement);
  return n;
}

static void
open_work (ShortlistStore *self,
           GTask          *task)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) second = NULL;
  g_autoptr (GHashTable) salvaged = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *notice = NULL;
  gboolean         unreadable;
  guint            restored;

  if (open_database (self, &unreadable, &error))
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }
  close_database (self);
  if (!unreadable || (aside = move_aside (self)) == NULL || !open_database (self, &unreadable, &second))
    {
      close_database (self);
      g_task_return_error (task, second ? g_steal_pointer (&second) : g_steal_pointer (&error));
      return;
    }

  /* What can be read of the old file comes back, so that a damaged page costs only its drafts */
  salvaged = salvage_drafts (aside);
  restored = restore_drafts (self, salvaged);
  /* TRANSLATORS: why the old drafts could not be used, then where they were kept */
  notice = g_strdup_printf (_ ("%s The old file was kept as %s, and a new one was started."), error->message, aside);
  if (restored > 0)
    {
      /* TRANSLATORS: said after the old file was kept; %u is a number of drafts */
      g_autofree char *more = g_strdup_printf (ngettext ("%u draft was read back from it.", "%u drafts were read back from it.", restored),
                                               restored);
      g_autofree char *both = g_strconcat (notice, " ", more, NULL);

      g_free (notice);
      notice = g_steal_pointer (&both);
    }
  g_task_return_pointer (task, g_steal_pointer (&notice), g_free);
}

/**
 * shortlist_store_open_async:
 *
 * Opens the database, making it if needed. A database that cannot be used is moved aside as
 * `shortlist.db.corrupt-<date>` and a new one made; the finish function says so.
 */
void
shortlist_store_open_async (ShortlistStore     *self,
                            GCancellable       *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer            user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_return_if_fail (SHORTLIST_IS_STORE (self));
  g_task_set_source_tag (task, shortlist_store_open_async);
  shortlist_store_push (self, task, open_work);
}

/**
 * shortlist_store_open_finish:
 * @notice: (out) (optional) (nullable): what was done with a database that could not be used,
 *   for the person
 *
 * Returns: whether the store can keep drafts; if not, @error says why
 */
gboolean
shortlist_store_open_finish (ShortlistStore *self,
                             GAsyncResult   *result,
                             char          **notice,
                             GError        **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  text = g_task_propagate_pointer (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (notice != NULL)
    *notice = g_steal_pointer (&text);
  return TRUE;
}

/* Drafts */

typedef struct
{
  char     *id;
  char     *integration_id;
  char     *name;
  char     *job;
  JsonNode *draft;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_free (data->id);
  g_free (data->integration_id);
  g_free (data->name);
  g_free (data->job);
  g_clear_pointer (&data->draft, json_node_unref);
  g_free (data);
}

static GFile *
draft_folder (ShortlistStore *self,
              const char     *id)
{
  g_autofree char *path = g_build_filename (self->directory, "files", id, NULL);

  return g_file_new_for_path (path);
}

/* Copies the file of @object ({"uri", "name", ...}) into @folder, once, and points it there */
static void
keep_file (JsonObject *object,
           GFile      *folder,
           GHashTable *kept)
{
  JsonNode   *uri_node = json_object_get_member (object, "uri");
  JsonNode   *name_node = json_object_get_member (object, "name");
  const char *uri = uri_node && JSON_NODE_HOLDS_VALUE (uri_node) ? json_node_get_string (uri_node) : NULL;
  const char *name = name_node && JSON_NODE_HOLDS_VALUE (name_node) && json_node_get_string (name_node) ? json_node_get_string (name_node) : "file";
  g_autoptr (GFile) source = NULL;
  g_autoptr (GFile) copy = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *base = NULL;
  g_autofree char *copy_name = NULL;

  if (uri == NULL)
    return;
  source = g_file_new_for_uri (uri);
  if (g_file_has_parent (source, folder))
    {
      g_hash_table_add (kept, g_file_get_basename (source));
      return;
    }

  /* Named after where it came from, so saving again copies nothing */
  checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
  base = g_path_get_basename (name);
  copy_name = g_strdup_printf ("%.12s-%s", checksum, base);
  copy = g_file_get_child (folder, copy_name);
  if (!g_file_query_exists (copy, NULL) &&
      !g_file_copy (source, copy, G_FILE_COPY_TARGET_DEFAULT_PERMS, NULL, NULL, NULL, &error))
    {
      /* The original stays in the draft; it may come back */
      g_debug ("“%s” was not copied: %s", name, error->message);
      return;
    }
  g_hash_table_add (kept, g_strdup (copy_name));
  {
    g_autofree char *copy_uri = g_file_get_uri (copy);

    json_object_set_string_member (object, "uri", copy_uri);
  }
}

static void
keep_files (JsonObject *draft,
            GFile      *folder,
            GHashTable *kept)
{
  JsonNode   *attachments_node = json_object_get_member (draft, "attachments");
  JsonNode   *files_node = json_object_get_member (draft, "files");
  JsonArray  *attachments = attachments_node && JSON_NODE_HOLDS_ARRAY (attachments_node) ? json_node_get_array (attachments_node) : NULL;
  JsonObject *files = files_node && JSON_NODE_HOLDS_OBJECT (files_node) ? json_node_get_object (files_node) : NULL;
  g_autoptr (GList) members = files ? json_object_get_members (files) : NULL;

  for (guint i = 0; attachments != NULL && i < json_array_get_length (attachments); i++)
    if (JSON_NODE_HOLDS_OBJECT (json_array_get_element (attachments, i)))
      keep_file (json_array_get_object_element (attachments, i), folder, kept);

  for (GList *l = members; l != NULL; l = l->next)
    if (JSON_NODE_HOLDS_OBJECT (json_object_get_member (files, l->data)))
      keep_file (json_object_get_object_member (files, l->data), folder, kept);
}

/* Takes away the copies of files the draft no longer has */
static void
remove_files (GFile      *folder,
              GHashTable *kept)
{
  g_autoptr (GFileEnumerator) children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                    G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;
  GFile     *child;

  while (children != NULL && g_file_enumerator_iterate (children, &info, &child, NULL, NULL) && info != NULL)
    if (kept == NULL || !g_hash_table_contains (kept, g_file_info_get_name (info)))
      g_file_delete (child, NULL, NULL);
  if (kept == NULL || g_hash_table_size (kept) == 0)
    g_file_delete (folder, NULL, NULL);
}

gboolean
shortlist_store_bind_text (sqlite3_stmt *statement,
                           int           index,
                           const char   *text)
{
  return sqlite3_bind_text (statement, index, text, -1, SQLITE_TRANSIENT) == SQLITE_OK;
}

static void
save_work (ShortlistStore *self,
           GTask          *task)
{
  SaveData *data = g_task_get_task_data (task);
  g_autoptr (GFile) folder = draft_folder (self, data->id);
  g_autoptr (GHashTable) kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *json = NULL;
  sqlite3_stmt    *statement = NULL;
  gboolean         done;

  if (self->db == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, "%s", _ ("The store of drafts is not open."));
      return;
    }

  g_file_make_directory_with_parents (folder, NULL, NULL);
  keep_files (json_node_get_object (data->draft), folder, kept);
  remove_files (folder, kept);
  json = json_to_string (data->draft, FALSE);

  done = sqlite3_prepare_v2 (self->db,
                             "INSERT INTO drafts (id, integration_id, name, job, updated, draft) VALUES (?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET integration_id = excluded.integration_id,"
                             " name = excluded.name, job = excluded.job, updated = excluded.updated, draft = excluded.draft",
                             -1, &statement, NULL) == SQLITE_OK &&
         shortlist_store_bind_text (statement, 1, data->id) && shortlist_store_bind_text (statement, 2, data->integration_id) &&
         shortlist_store_bind_text (statement, 3, data->name) && shortlist_store_bind_text (statement, 4, data->job) &&
         sqlite3_bind_int64 (statement, 5, g_get_real_time ()) == SQLITE_OK && shortlist_store_bind_text (statement, 6, json) &&
         sqlite3_step (statement) == SQLITE_DONE;
  if (!done)
    shortlist_store_fail (&error, self->db, _ ("The draft could not be saved"));
  sqlite3_finalize (statement);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * shortlist_store_save_draft_async:
 * @id: the draft's own id, which a later save replaces
 * @name: (nullable): the candidate's name, for the list of drafts
 * @job: (nullable): the job's name or id, for the list of drafts
 * @draft: what kombo_candidate_draft_serialize() wrote; it is not changed
 *
 * Saves the draft, with copies of its files. Saves are done in the order they are asked for.
 */
void
shortlist_store_save_draft_async (ShortlistStore     *self,
                                  const char         *id,
                                  const char         *integration_id,
                                  const char         *name,
                                  const char         *job,
                                  JsonNode           *draft,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  GTask    *task = g_task_new (self, cancellable, callback, user_data);
  SaveData *data = g_new0 (SaveData, 1);

  g_return_if_fail (SHORTLIST_IS_STORE (self));
  g_return_if_fail (id != NULL && draft != NULL && JSON_NODE_HOLDS_OBJECT (draft));

  data->id = g_strdup (id);
  data->integration_id = g_strdup (integration_id);
  data->name = g_strdup (name);
  data->job = g_strdup (job);
  /* The worker changes the files' URIs in its own copy */
  data->draft = json_node_copy (draft);
  g_task_set_source_tag (task, shortlist_store_save_draft_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  shortlist_store_push (self, task, save_work);
}

gboolean
shortlist_store_save_draft_finish (ShortlistStore *self,
                                   GAsyncResult   *result,
                                   GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

char *
shortlist_store_dup_column (sqlite3_stmt *statement,
                            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (statement, column));
}

static void
list_work (ShortlistStore *self,
           GTask          *task)
{
  g_autoptr (GPtrArray) drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) shortlist_draft_info_free);
  sqlite3_stmt *statement = NULL;
  int           status;

  if (self->db == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, "%s", _ ("The store of drafts is not open."));
      return;
    }

  if (sqlite3_prepare_v2 (self->db, "SELECT id, integration_id, name, job, updated, draft, error FROM drafts ORDER BY updated DESC",
                          -1, &statement, NULL) != SQLITE_OK)
    {
      g_autoptr (GError) error = NULL;

      shortlist_store_fail (&error, self->db, _ ("The drafts could not be read"));
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  while ((status = sqlite3_step (statement)) == SQLITE_ROW)
    {
      ShortlistDraftInfo *info = g_new0 (ShortlistDraftInfo, 1);

      info->id = shortlist_store_dup_column (statement, 0);
      info->integration_id = shortlist_store_dup_column (statement, 1);
      info->name = shortlist_store_dup_column (statement, 2);
      info->job = shortlist_store_dup_column (statement, 3);
      info->updated = sqlite3_column_int64 (statement, 4);
      info->draft = json_from_string ((const char *) sqlite3_column_text (statement, 5), NULL);
      info->error = shortlist_store_dup_column (statement, 6);
      /* A draft that cannot be read is left out, never the whole list */
      if (info->id == NULL || info->draft == NULL || !JSON_NODE_HOLDS_OBJECT (info->draft))
        shortlist_draft_info_free (info);
      else
        g_ptr_array_add (drafts, info);
    }
  /* A list cut short by a damaged page is an error, never fewer drafts in silence */
  if (status != SQLITE_DONE)
    {
      g_autoptr (GError) error = NULL;

      shortlist_store_fail (&error, self->db, _ ("The drafts could not be read"));
      sqlite3_finalize (statement);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  sqlite3_finalize (statement);

  g_task_return_pointer (task, g_steal_pointer (&drafts), (GDestroyNotify) g_ptr_array_unref);
}

/* Lists every draft, the last changed first */
void
shortlist_store_list_drafts_async (ShortlistStore     *self,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_return_if_fail (SHORTLIST_IS_STORE (self));
  g_task_set_source_tag (task, shortlist_store_list_drafts_async);
  shortlist_store_push (self, task, list_work);
}

/* Returns: (transfer full) (element-type ShortlistDraftInfo): the drafts, the last changed first */
GPtrArray *
shortlist_store_list_drafts_finish (ShortlistStore *self,
                                    GAsyncResult   *result,
                                    GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
delete_work (ShortlistStore *self,
             GTask          *task)
{
  const char *id = g_task_get_task_data (task);
  g_autoptr (GFile) folder = draft_folder (self, id);
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *statement = NULL;

  if (self->db == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, "%s", _ ("The store of drafts is not open."));
      return;
    }

  if (sqlite3_prepare_v2 (self->db, "DELETE FROM drafts WHERE id = ?", -1, &statement, NULL) != SQLITE_OK ||
      !shortlist_store_bind_text (statement, 1, id) || sqlite3_step (statement) != SQLITE_DONE)
    shortlist_store_fail (&error, self->db, _ ("The draft could not be deleted"));
  sqlite3_finalize (statement);
  remove_files (folder, NULL);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/* Deletes the draft and its copies of files */
void
shortlist_store_delete_draft_async (ShortlistStore     *self,
                                    const char         *id,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_return_if_fail (SHORTLIST_IS_STORE (self));
  g_task_set_source_tag (task, shortlist_store_delete_draft_async);
  g_task_set_task_data (task, g_strdup (id), g_free);
  shortlist_store_push (self, task, delete_work);
}

gboolean
shortlist_store_delete_draft_finish (ShortlistStore *self,
                                     GAsyncResult   *result,
                                     GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * shortlist_store_close:
 *
 * Waits for the saves already asked for, then closes the database: what was typed until
 * Shortlist quits is on disk. Callbacks of work still queued may not run.
 */
void
shortlist_store_close (ShortlistStore *self)
{
  g_return_if_fail (SHORTLIST_IS_STORE (self));

  if (self->pool != NULL)
    g_thread_pool_free (g_steal_pointer (&self->pool), FALSE, TRUE);
  close_database (self);
}
