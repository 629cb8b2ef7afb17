/* shortlist-users.c: the active integration's users, for "Sourced by": kept, then fetched again
 *
 * As the open jobs are: the users kept for the integration are shown at once; the whole list is
 * fetched (an ATS has tens or hundreds of users) when the recruiter first looks for one, and
 * again after REFRESH_AFTER, and kept in their place. A failed fetch leaves the kept list and
 * says why ("problem"). A user without a name is listed by
 * their address, one without an id is left out: it could not be credited.
 */
#define G_LOG_DOMAIN "shortlist-users"

#include "config.h"

#include "shortlist-users.h"

#define REFRESH_AFTER (10 * G_TIME_SPAN_MINUTE)

struct _ShortlistUsers
{
  GObject parent_instance;

  GListStore     *users;
  char           *problem;
  GCancellable   *cancellable; /* the current load */
  ShortlistStore *store;
  KomboClient    *client;
  char           *integration_id;
  gint64          fetched; /* when the list was last fetched whole, 0 never */
  gboolean        fetching;
};

G_DEFINE_FINAL_TYPE (ShortlistUsers, shortlist_users, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_PROBLEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
shortlist_users_dispose (GObject *object)
{
  ShortlistUsers *self = SHORTLIST_USERS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->client);
  G_OBJECT_CLASS (shortlist_users_parent_class)->dispose (object);
}

static void
shortlist_users_finalize (GObject *object)
{
  ShortlistUsers *self = SHORTLIST_USERS (object);

  g_clear_object (&self->users);
  g_free (self->problem);
  g_free (self->integration_id);
  G_OBJECT_CLASS (shortlist_users_parent_class)->finalize (object);
}

static void
shortlist_users_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_PROBLEM:
      g_value_set_string (value, SHORTLIST_USERS (object)->problem);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
shortlist_users_class_init (ShortlistUsersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = shortlist_users_dispose;
  object_class->finalize = shortlist_users_finalize;
  object_class->get_property = shortlist_users_get_property;

  properties[PROP_PROBLEM] = g_param_spec_string ("problem", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
shortlist_users_init (ShortlistUsers *self)
{
  self->users = g_list_store_new (KOMBO_TYPE_USER);
}

ShortlistUsers *
shortlist_users_new (void)
{
  return g_object_new (SHORTLIST_TYPE_USERS, NULL);
}

/* Returns: (transfer none): the users, KomboUser, by name */
GListModel *
shortlist_users_get_model (ShortlistUsers *self)
{
  g_return_val_if_fail (SHORTLIST_IS_USERS (self), NULL);
  return G_LIST_MODEL (self->users);
}

/* Returns: (nullable): why the list could not be brought up to date */
const char *
shortlist_users_get_problem (ShortlistUsers *self)
{
  g_return_val_if_fail (SHORTLIST_IS_USERS (self), NULL);
  return self->problem;
}

static void
set_problem (ShortlistUsers *self,
             char           *problem)
{
  g_free (self->problem);
  self->problem = problem;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
}

static int
by_name (gconstpointer a,
         gconstpointer b)
{
  g_autofree char *name_a = kombo_user_dup_display_name (*(KomboUser **) a);
  g_autofree char *name_b = kombo_user_dup_display_name (*(KomboUser **) b);
  g_autofree char *folded_a = g_utf8_casefold (name_a, -1);
  g_autofree char *folded_b = g_utf8_casefold (name_b, -1);
  g_autofree char *key_a = g_utf8_collate_key (folded_a, -1);
  g_autofree char *key_b = g_utf8_collate_key (folded_b, -1);

  return strcmp (key_a, key_b);
}

static void
show (ShortlistUsers *self,
      GPtrArray      *users)
{
  g_ptr_array_sort (users, by_name);
  g_list_store_splice (self->users, 0, g_list_model_get_n_items (G_LIST_MODEL (self->users)), users->pdata, users->len);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  if (!shortlist_store_finish (SHORTLIST_STORE (object), result, &error))
    g_debug ("The users could not be kept: %s", error->message);
}

static void
fetched_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  ShortlistUsers *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) fetched = kombo_client_get_users_finish (KOMBO_CLIENT (object), result, &error);
  g_autoptr (GPtrArray) users = g_ptr_array_new_with_free_func (g_object_unref);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->fetching = FALSE;
  if (fetched == NULL)
    {
      set_problem (self, kombo_error_dup_sentence (error));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (fetched); i++)
    g_ptr_array_add (users, g_list_model_get_item (fetched, i));
  show (self, users);
  self->fetched = g_get_monotonic_time ();
  if (self->problem != NULL)
    set_problem (self, NULL);
  if (self->store != NULL)
    shortlist_store_save_users_async (self->store, self->integration_id, users, NULL, saved_cb, NULL);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  ShortlistUsers *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) kept = shortlist_store_load_users_finish (SHORTLIST_STORE (object), result, &error);

  if (g_task_return_error_if_cancelled (task))
    return;
  /* Only if the network has not answered first */
  if (kept != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->users)) == 0)
    show (self, kept);
  g_task_return_boolean (task, TRUE);
}

/**
 * shortlist_users_load:
 * @store: (nullable): where the users are kept
 * @integration_id: (nullable): the integration whose users to list; %NULL for none
 *
 * Lists the users kept for @integration_id; shortlist_users_refresh() fetches them afresh.
 */
void
shortlist_users_load (ShortlistUsers *self,
                      KomboClient    *client,
                      ShortlistStore *store,
                      const char     *integration_id)
{
  g_return_if_fail (SHORTLIST_IS_USERS (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_list_store_remove_all (self->users);
  g_set_object (&self->store, store);
  g_set_object (&self->client, client);
  g_free (self->integration_id);
  self->integration_id = g_strdup (integration_id);
  self->fetched = 0;
  self->fetching = FALSE;
  if (self->problem != NULL)
    set_problem (self, NULL);
  if (integration_id == NULL)
    return;

  self->cancellable = g_cancellable_new ();
  if (store != NULL)
    shortlist_store_load_users_async (store, integration_id, self->cancellable, loaded_cb,
                                      g_task_new (self, self->cancellable, NULL, NULL));
}

/* Fetches the whole list afresh, unless it was a moment ago or is being fetched */
void
shortlist_users_refresh (ShortlistUsers *self)
{
  g_return_if_fail (SHORTLIST_IS_USERS (self));

  if (self->integration_id == NULL || self->client == NULL || self->fetching ||
      (self->fetched > 0 && g_get_monotonic_time () - self->fetched < REFRESH_AFTER))
    return;
  self->fetching = TRUE;
  kombo_client_get_users_async (self->client, self->cancellable, fetched_cb, self);
}

/* Returns: (transfer none) (nullable): the user with the Kombo ID @id */
KomboUser *
shortlist_users_find (ShortlistUsers *self,
                      const char     *id)
{
  g_return_val_if_fail (SHORTLIST_IS_USERS (self), NULL);

  for (guint i = 0; id != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->users)); i++)
    {
      g_autoptr (KomboUser) user = g_list_model_get_item (G_LIST_MODEL (self->users), i);

      if (g_str_equal (kombo_user_get_id (user), id))
        return user; /* the list holds it */
    }
  return NULL;
}
