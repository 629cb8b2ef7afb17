/* shortlist-keyring.c: the Kombo API key in the system keyring, one per server
 *
 * libsecret talks to the Secret Service on the desktop and to the Secret portal inside a
 * Flatpak, so the sandbox needs no access to the keyring's bus name.
 */
#define G_LOG_DOMAIN "shortlist-keyring"

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "shortlist-keyring.h"

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    APP_ID,
    SECRET_SCHEMA_NONE,
    {
        { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
        { NULL, 0 },
    },
  };

  return &schema;
}

static void
lookup_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  char *key = secret_password_lookup_finish (result, &error);
  char *copy = g_strdup (key);

  /* libsecret's copy lives in memory of its own, which only it may wipe and free */
  if (key != NULL)
    secret_password_free (key);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, copy, g_free);
}

/* Finishes with the stored key, or %NULL without an error when there is none; the caller
 * wipes the key before freeing it */
void
shortlist_keyring_lookup_async (const char         *server,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, shortlist_keyring_lookup_async);
  secret_password_lookup (get_schema (), cancellable, lookup_cb, task,
                          "server", server,
                          NULL);
}

char *
shortlist_keyring_lookup_finish (GAsyncResult *result,
                                 GError      **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
store_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;

  if (!secret_password_store_finish (result, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

void
shortlist_keyring_store_async (const char         *server,
                               const char         *api_key,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  GTask           *task = g_task_new (NULL, cancellable, callback, user_data);
  g_autofree char *label = NULL;

  g_task_set_source_tag (task, shortlist_keyring_store_async);
  /* TRANSLATORS: the name of the API key in the keyring; %s is the server address */
  label = g_strdup_printf (_ ("Kombo API key for %s"), server);
  secret_password_store (get_schema (), SECRET_COLLECTION_DEFAULT, label, api_key,
                         cancellable, store_cb, task,
                         "server", server,
                         NULL);
}

gboolean
shortlist_keyring_store_finish (GAsyncResult *result,
                                GError      **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
clear_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;

  /* Nothing to remove is not a failure */
  secret_password_clear_finish (result, &error);
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

void
shortlist_keyring_clear_async (const char         *server,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, shortlist_keyring_clear_async);
  secret_password_clear (get_schema (), cancellable, clear_cb, task,
                         "server", server,
                         NULL);
}

gboolean
shortlist_keyring_clear_finish (GAsyncResult *result,
                                GError      **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}
