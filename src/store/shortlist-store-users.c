/* shortlist-store-users.c: the ATS's users of each integration, kept for "Sourced by"
 *
 * As the open jobs are: each user as Kombo said it (JSON text), read back at start so that the
 * chooser offers them at once, and replaced whole when the list is fetched again. An ATS has
 * tens or hundreds of users, never the thousands of jobs, so the list is always fetched whole.
 */
#define G_LOG_DOMAIN "shortlist-store"

#include "config.h"

#include <glib/gi18n.h>

#include "kombo.h"
#include "shortlist-store-private.h"

typedef struct
{
  char      *integration_id;
  GPtrArray *users; /* KomboUser: read back, or to keep */
} UsersData;

static void
users_data_free (UsersData *data)
{
  g_free (data->integration_id);
  g_clear_pointer (&data->users, g_ptr_array_unref);
  g_free (data);
}

static GTask *
new_task (ShortlistStore     *self,
          const char         *integration_id,
          GPtrArray          *users,
          gpointer            source_tag,
          GCancellable       *cancellable,
          GAsyncReadyCallback callback,
          gpointer            user_data)
{
  GTask     *task = g_task_new (self, cancellable, callback, user_data);
  UsersData *data = g_new0 (UsersData, 1);

  data->integration_id = g_strdup (integration_id);
  data->users = users ? g_ptr_array_ref (users) : g_ptr_array_new_with_free_func (g_object_unref);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify) users_data_free);
  return task;
}

static gboolean
store_open (ShortlistStore *self,
            GTask          *task)
{
  if (self->db != NULL)
    return TRUE;
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, "%s", _ ("The store of drafts is not open."));
  return FALSE;
}

static void
load_users_work (ShortlistStore *self,
                 GTask          *task)
{
  UsersData    *data = g_task_get_task_data (task);
  sqlite3_stmt *statement = NULL;
  g_autoptr (GError) error = NULL;
  int step = SQLITE_ERROR;

  if (!store_open (self, task))
    return;
  if (sqlite3_prepare_v2 (self->db, "SELECT data FROM users WHERE integration_id = ? ORDER BY name COLLATE NOCASE, id", -1,
                          &statement, NULL) == SQLITE_OK &&
      shortlist_store_bind_text (statement, 1, data->integration_id))
    while ((step = sqlite3_step (statement)) == SQLITE_ROW)
      {
        g_autoptr (JsonNode) node = json_from_string ((const char *) sqlite3_column_text (statement, 0), NULL);
        KomboUser *user = node && JSON_NODE_HOLDS_OBJECT (node) ? kombo_user_new_from_json (json_node_get_object (node)) : NULL;

        /* A damaged row is left out, not the whole list */
        if (user != NULL)
          g_ptr_array_add (data->users, user);
      }
  if (step != SQLITE_DONE)
    shortlist_store_fail (&error, self->db, _ ("The kept users could not be read"));
  sqlite3_finalize (statement);
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_ptr_array_ref (data->users), (GDestroyNotify) g_ptr_array_unref);
}

/* Reads back the users kept for @integration_id, by name */
void
shortlist_store_load_users_async (ShortlistStore     *self,
                                  const char         *integration_id,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  g_return_if_fail (SHORTLIST_IS_STORE (self));
  g_return_if_fail (integration_id != NULL);

  shortlist_store_push (self, new_task (self, integration_id, NULL, shortlist_store_load_users_async, cancellable, callback, user_data),
                        load_users_work);
}

/* Returns: (transfer full) (element-type KomboUser): the kept users; %NULL with @error */
GPtrArray *
shortlist_store_load_users_finish (ShortlistStore *self,
                                   GAsyncResult   *result,
                                   GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static gboolean
save_users (ShortlistStore *self,
            UsersData      *data)
{
  sqlite3_stmt *statement = NULL;
  gboolean      done;

  done = sqlite3_prepare_v2 (self->db, "DELETE FROM users WHERE integration_id = ?", -1, &statement, NULL) == SQLITE_OK &&
         shortlist_store_bind_text (statement, 1, data->integration_id) && sqlite3_step (statement) == SQLITE_DONE;
  sqlite3_finalize (statement);
  statement = NULL;

  done = done && sqlite3_prepare_v2 (self->db, "INSERT OR REPLACE INTO users (integration_id, id, name, data) VALUES (?, ?, ?, ?)",
                                     -1, &statement, NULL) == SQLITE_OK;
  for (guint i = 0; done && i < data->users->len; i++)
    {
      KomboUser *user = g_ptr_array_index (data->users, i);
      g_autoptr (JsonObject) object = kombo_user_to_json (user);
      g_autoptr (JsonNode) node = json_node_init_object (json_node_alloc (), object);
      g_autofree char *text = json_to_string (node, FALSE);
      g_autofree char *name = kombo_user_dup_display_name (user);

      done = shortlist_store_bind_text (statement, 1, data->integration_id) &&
             shortlist_store_bind_text (statement, 2, kombo_user_get_id (user)) && shortlist_store_bind_text (statement, 3, name) &&
             shortlist_store_bind_text (statement, 4, text) && sqlite3_step (statement) == SQLITE_DONE &&
             sqlite3_reset (statement) == SQLITE_OK;
    }
  sqlite3_finalize (statement);
  return done;
}

static void
save_users_work (ShortlistStore *self,
                 GTask          *task)
{
  g_autoptr (GError) error = NULL;

  if (!store_open (self, task))
    return;
  /* All or nothing: a list half replaced would drop users silently */
  if (sqlite3_exec (self->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK || !save_users (self, g_task_get_task_data (task)) ||
      sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    {
      shortlist_store_fail (&error, self->db, _ ("The users could not be kept"));
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_int (task, 0);
}

/**
 * shortlist_store_save_users_async:
 * @users: (element-type KomboUser): every user of the integration, as just fetched
 *
 * Replaces the users kept for @integration_id; shortlist_store_finish() says how it went.
 */
void
shortlist_store_save_users_async (ShortlistStore     *self,
                                  const char         *integration_id,
                                  GPtrArray          *users,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  g_return_if_fail (SHORTLIST_IS_STORE (self));
  g_return_if_fail (integration_id != NULL && users != NULL);

  shortlist_store_push (self, new_task (self, integration_id, users, shortlist_store_save_users_async, cancellable, callback, user_data),
                        save_users_work);
}
