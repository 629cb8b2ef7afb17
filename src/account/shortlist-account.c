/* shortlist-account.c: the connection to Kombo: client, API key, integrations, demo mode
 *
 * The key is looked up in the keyring for the server it belongs to, so an EU key, a US key and a
 * test server's key do not mix. Integrations are remembered in GSettings with their ATS's name
 * and organisation, so the header bar can say where work goes before Kombo has answered again.
 * In demo mode nothing is read from or written to the keyring or GSettings.
 */
#define G_LOG_DOMAIN "shortlist-account"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-account.h"
#include "shortlist-demo-server.h"
#include "shortlist-keyring.h"

struct _ShortlistAccount
{
  GObject parent_instance;

  GSettings           *settings;
  gboolean             demo;
  char                *api_url; /* from the command line, or NULL */
  KomboClient         *client;
  ShortlistDemoServer *demo_server;
  gboolean             has_key;
  char                *keyring_problem;
  GListStore          *integrations;
  KomboIntegration    *active;
  GCancellable        *cancellable; /* for work the account starts by itself */
  ShortlistStore      *store;
  ShortlistJobCache   *job_cache; /* of the active integration */
  ShortlistUsers      *users;     /* of the active integration, for "Sourced by" */
};

G_DEFINE_FINAL_TYPE (ShortlistAccount, shortlist_account, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_DEMO,
  PROP_HAS_KEY,
  PROP_READY,
  PROP_KEYRING_PROBLEM,
  PROP_ACTIVE_INTEGRATION,
  PROP_JOB_CACHE,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
shortlist_account_dispose (GObject *object)
{
  ShortlistAccount *self = (ShortlistAccount *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  g_clear_object (&self->demo_server);
  g_clear_object (&self->settings);
  g_clear_object (&self->active);
  g_clear_object (&self->integrations);
  g_clear_object (&self->job_cache);
  g_clear_object (&self->users);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (shortlist_account_parent_class)->dispose (object);
}

static void
shortlist_account_finalize (GObject *object)
{
  ShortlistAccount *self = (ShortlistAccount *) object;

  g_free (self->api_url);
  g_free (self->keyring_problem);

  G_OBJECT_CLASS (shortlist_account_parent_class)->finalize (object);
}

static void
shortlist_account_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ShortlistAccount *self = SHORTLIST_ACCOUNT (object);

  switch (prop_id)
    {
    case PROP_DEMO:
      g_value_set_boolean (value, self->demo);
      break;
    case PROP_HAS_KEY:
      g_value_set_boolean (value, self->has_key);
      break;
    case PROP_READY:
      g_value_set_boolean (value, shortlist_account_get_ready (self));
      break;
    case PROP_KEYRING_PROBLEM:
      g_value_set_string (value, self->keyring_problem);
      break;
    case PROP_JOB_CACHE:
      g_value_set_object (value, shortlist_account_get_job_cache (self));
      break;
    case PROP_ACTIVE_INTEGRATION:
      g_value_set_object (value, self->active);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
shortlist_account_class_init (ShortlistAccountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = shortlist_account_dispose;
  object_class->finalize = shortlist_account_finalize;
  object_class->get_property = shortlist_account_get_property;

  properties[PROP_DEMO] =
      g_param_spec_boolean ("demo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_KEY] =
      g_param_spec_boolean ("has-key", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READY] =
      g_param_spec_boolean ("ready", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KEYRING_PROBLEM] =
      g_param_spec_string ("keyring-problem", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVE_INTEGRATION] =
      g_param_spec_object ("active-integration", NULL, NULL, KOMBO_TYPE_INTEGRATION,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_JOB_CACHE] = g_param_spec_object ("job-cache", NULL, NULL, SHORTLIST_TYPE_JOB_CACHE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Where this computer keeps the drafts, the history and the open jobs, once it is open */
  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, SHORTLIST_TYPE_STORE,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
shortlist_account_init (ShortlistAccount *self)
{
  self->integrations = g_list_store_new (KOMBO_TYPE_INTEGRATION);
  self->cancellable = g_cancellable_new ();
  self->users = shortlist_users_new ();
}

/**
 * shortlist_account_new:
 * @demo: use the built-in demo server instead of Kombo
 * @api_url: (nullable): a Kombo-compatible server given on the command line, for this run only
 */
ShortlistAccount *
shortlist_account_new (GSettings  *settings,
                       gboolean    demo,
                       const char *api_url)
{
  ShortlistAccount *self = g_object_new (SHORTLIST_TYPE_ACCOUNT, NULL);

  self->settings = g_object_ref (settings);
  self->demo = demo;
  self->api_url = g_strdup (api_url && *api_url ? api_url : NULL);
  self->client = kombo_client_new (g_settings_get_enum (settings, "region"));
  return self;
}

static void
set_has_key (ShortlistAccount *self,
             gboolean          has_key)
{
  if (self->has_key == has_key)
    return;
  self->has_key = has_key;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_KEY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

static void
set_keyring_problem (ShortlistAccount *self,
                     const char       *problem)
{
  if (g_strcmp0 (self->keyring_problem, problem) == 0)
    return;
  g_free (self->keyring_problem);
  self->keyring_problem = g_strdup (problem);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEYRING_PROBLEM]);
}

static void
save_integrations (ShortlistAccount *self)
{
  GVariantBuilder builder;

  if (self->demo)
    return;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(sss)"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->integrations)); i++)
    {
      g_autoptr (KomboIntegration) integration = g_list_model_get_item (G_LIST_MODEL (self->integrations), i);
      const char *label = kombo_integration_get_tool_label (integration);
      const char *organization = kombo_integration_get_organization_name (integration);

      g_variant_builder_add (&builder, "(sss)", kombo_integration_get_id (integration),
                             label ? label : "", organization ? organization : "");
    }
  g_settings_set_value (self->settings, "integrations", g_variant_builder_end (&builder));
  g_settings_set_string (self->settings, "active-integration",
                         self->active ? kombo_integration_get_id (self->active) : "");
}

/* The users of the active integration, for "Sourced by": those kept, then afresh */
static void
load_users (ShortlistAccount *self)
{
  shortlist_users_load (self->users, self->client, self->store, self->active ? kombo_integration_get_id (self->active) : NULL);
}

static void
set_active (ShortlistAccount *self,
            KomboIntegration *integration)
{
  if (self->active == integration)
    return;

  g_set_object (&self->active, integration);
  kombo_client_set_integration_id (self->client, integration ? kombo_integration_get_id (integration) : NULL);
  g_clear_object (&self->job_cache);
  load_users (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE_INTEGRATION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB_CACHE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

static gboolean
find_integration (ShortlistAccount *self,
                  const char       *id,
                  guint            *position)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->integrations)); i++)
    {
      g_autoptr (KomboIntegration) integration = g_list_model_get_item (G_LIST_MODEL (self->integrations), i);

      if (g_strcmp0 (kombo_integration_get_id (integration), id) == 0)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Adds @integration, or puts it in the place of the one with its id */
static void
store_integration (ShortlistAccount *self,
                   KomboIntegration *integration)
{
  const char *id = kombo_integration_get_id (integration);
  gboolean    was_active = self->active && g_strcmp0 (kombo_integration_get_id (self->active), id) == 0;
  guint       position;

  if (find_integration (self, id, &position))
    g_list_store_splice (self->integrations, position, 1, (gpointer *) &integration, 1);
  else
    g_list_store_append (self->integrations, integration);

  if (was_active || self->active == NULL)
    set_active (self, integration);
  save_integrations (self);
}

static void
refresh_integration_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr (ShortlistAccount) self = user_data;
  g_autoptr (KomboIntegration) integration = NULL;
  g_autoptr (GError) error = NULL;

  integration = kombo_client_get_integration_finish (KOMBO_CLIENT (object), result, &error);
  if (integration != NULL)
    store_integration (self, integration);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Could not refresh an integration: %s", error->message);
}

/* Asks Kombo again about every integration, for their current status */
static void
refresh_integrations (ShortlistAccount *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->integrations)); i++)
    {
      g_autoptr (KomboIntegration) integration = g_list_model_get_item (G_LIST_MODEL (self->integrations), i);

      kombo_client_get_integration_async (self->client, kombo_integration_get_id (integration),
                                          self->cancellable, refresh_integration_cb, g_object_ref (self));
    }
}

static void
load_integrations_from_settings (ShortlistAccount *self)
{
  g_autoptr (GVariant) list = g_settings_get_value (self->settings, "integrations");
  g_autofree char  *active_id = g_settings_get_string (self->settings, "active-integration");
  GVariantIter      iter;
  const char       *id, *label, *organization;
  KomboIntegration *active = NULL;

  g_variant_iter_init (&iter, list);
  while (g_variant_iter_next (&iter, "(&s&s&s)", &id, &label, &organization))
    {
      g_autoptr (KomboIntegration) integration = kombo_integration_new (id, label, organization);

      g_list_store_append (self->integrations, integration);
      if (active == NULL || g_strcmp0 (id, active_id) == 0)
        active = integration;
    }

  set_active (self, active);
}

static void
wipe_key (char *key)
{
  if (key != NULL)
    {
      kombo_wipe (key);
      g_free (key);
    }
}

static void
lookup_key_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  ShortlistAccount *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;
  char *key = shortlist_keyring_lookup_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (error != NULL)
    {
      g_debug ("Keyring lookup failed: %s", error->message);
      set_keyring_problem (self, _ ("No keyring could be reached, so an API key will be kept only until Shortlist closes."));
    }
  else if (key != NULL)
    {
      kombo_client_set_api_key (self->client, key);
      set_has_key (self, TRUE);
      refresh_integrations (self);
    }

  wipe_key (key);
  g_task_return_boolean (task, TRUE);
}

static void
demo_integration_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  ShortlistAccount *self = g_task_get_source_object (task);
  g_autoptr (KomboIntegration) integration = NULL;
  GError *error = NULL;

  integration = kombo_client_get_integration_finish (KOMBO_CLIENT (object), result, &error);
  if (integration == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  store_integration (self, integration);
  g_task_return_boolean (task, TRUE);
}

/* The server the key belongs to, as the keyring knows it */
static const char *
server_for_keyring (ShortlistAccount *self)
{
  return kombo_client_get_base_url (self->client);
}

/**
 * shortlist_account_load_async:
 *
 * Starts the demo server, or finds the server, the stored key and the integrations. Fails only
 * when the server address given is unusable; the account can still be used with a fixed one.
 */
void
shortlist_account_load_async (ShortlistAccount   *self,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *settings_url = NULL;
  const char      *url;
  GError          *error = NULL;

  g_task_set_source_tag (task, shortlist_account_load_async);

  if (self->demo)
    {
      self->demo_server = shortlist_demo_server_new (&error);
      if (self->demo_server == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      kombo_client_set_base_url (self->client, shortlist_demo_server_get_url (self->demo_server), NULL);
      kombo_client_set_api_key (self->client, SHORTLIST_DEMO_API_KEY);
      set_has_key (self, TRUE);
      kombo_client_get_integration_async (self->client, shortlist_demo_server_get_integration_id (self->demo_server),
                                          cancellable, demo_integration_cb, g_steal_pointer (&task));
      return;
    }

  load_integrations_from_settings (self);

  settings_url = g_settings_get_string (self->settings, "api-url");
  url = self->api_url ? self->api_url : (*settings_url ? settings_url : NULL);
  if (url != NULL && !kombo_client_set_base_url (self->client, url, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  shortlist_keyring_lookup_async (server_for_keyring (self), cancellable, lookup_key_cb, g_steal_pointer (&task));
}

gboolean
shortlist_account_load_finish (ShortlistAccount *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
shortlist_account_get_demo (ShortlistAccount *self)
{
  g_return_val_if_fail (SHORTLIST_IS_ACCOUNT (self), FALSE);
  return self->demo;
}

/* Returns: (transfer none): where the account keeps its integrations, and Shortlist its choices */
GSettings *
shortlist_account_get_settings (ShortlistAccount *self)
{
  g_return_val_if_fail (SHORTLIST_IS_ACCOUNT (self), NULL);
  return self->settings;
}

KomboClient *
shortlist_account_get_client (ShortlistAccount *self)
{
  g_return_val_if_fail (SHORTLIST_IS_ACCOUNT (self), NULL);
  return self->client;
}

gboolean
shortlist_account_get_has_key (ShortlistAccount *self)
{
  g_return_val_if_fail (SHORTLIST_IS_ACCOUNT (self), FALSE);
  return self->has_key;
}

/* Whether work can be sent: a key, and an integration to send it to */
gboolean
shortlist_account_get_ready (ShortlistAccount *self)
{
  g_return_val_if_fail (SHORTLIST_IS_ACCOUNT (self), FALSE);
  return self->has_key && self->active != NULL;
}

/* Returns: (nullable): why the key cannot be kept in the keyring */
const char *
shortlist_account_get_keyring_problem (ShortlistAccount *self)
{
  g_return_val_if_fail (SHORTLIST_IS_ACCOUNT (self), NULL);
  return self->keyring_problem;
}

/* Returns: the server work goes to, as a person would name it */
const char *
shortlist_account_get_server_label (ShortlistAccount *self)
{
  const char *url;

  g_return_val_if_fail (SHORTLIST_IS_ACCOUNT (self), NULL);

  url = kombo_client_get_base_url (self->client);
  if (self->demo)
    return _ ("the demo server on this computer");
  if (g_strcmp0 (url, kombo_region_get_base_url (KOMBO_REGION_EU)) == 0)
    return _ ("Kombo, European Union");
  if (g_strcmp0 (url, kombo_region_get_base_url (KOMBO_REGION_US)) == 0)
    return _ ("Kombo, United States");
  return url;
}

/* Returns: (transfer none): the integrations added, as KomboIntegration */
GListModel *
shortlist_account_get_integrations (ShortlistAccount *self)
{
  g_return_val_if_fail (SHORTLIST_IS_ACCOUNT (self), NULL);
  return G_LIST_MODEL (self->integrations);
}

/**
 * shortlist_account_set_store:
 * @store: (nullable): where the drafts, the history and the open jobs of each integration
 *   are kept, once it is open
 *
 * Every page reaches the store through the account: those that show what it keeps watch
 * "notify::store".
 */
void
shortlist_account_set_store (ShortlistAccount *self,
                             ShortlistStore   *store)
{
  g_return_if_fail (SHORTLIST_IS_ACCOUNT (self));

  if (!g_set_object (&self->store, store))
    return;
  /* Jobs read from the network alone give way to the kept ones */
  g_clear_object (&self->job_cache);
  load_users (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB_CACHE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* Returns: (nullable) (transfer none): where this computer keeps what Shortlist keeps, once open */
ShortlistStore *
shortlist_account_get_store (ShortlistAccount *self)
{
  g_return_val_if_fail (SHORTLIST_IS_ACCOUNT (self), NULL);
  return self->store;
}

/**
 * shortlist_account_get_job_cache:
 *
 * Returns: (transfer none) (nullable): the open jobs of the active integration; a new one
 *   when the integration or the store changed ("notify::job-cache" says so)
 */
ShortlistJobCache *
shortlist_account_get_job_cache (ShortlistAccount *self)
{
  g_return_val_if_fail (SHORTLIST_IS_ACCOUNT (self), NULL);

  if (self->job_cache == NULL && self->active != NULL && self->client != NULL)
    self->job_cache = shortlist_job_cache_new (self->client, self->store, kombo_integration_get_id (self->active));
  return self->job_cache;
}

KomboIntegration *
shortlist_account_get_active_integration (ShortlistAccount *self)
{
  g_return_val_if_fail (SHORTLIST_IS_ACCOUNT (self), NULL);
  return self->active;
}

void
shortlist_account_set_active_integration (ShortlistAccount *self,
                                          const char       *integration_id)
{
  g_autoptr (KomboIntegration) integration = NULL;
  guint position;

  g_return_if_fail (SHORTLIST_IS_ACCOUNT (self));

  if (!find_integration (self, integration_id, &position))
    return;

  integration = g_list_model_get_item (G_LIST_MODEL (self->integrations), position);
  set_active (self, integration);
  save_integrations (self);
}

typedef struct
{
  char        *key;
  KomboClient *checker; /* checks the key, so a wrong one never replaces one that works */
} ConnectData;

static void
connect_data_free (ConnectData *data)
{
  wipe_key (data->key);
  g_clear_object (&data->checker);
  g_free (data);
}

static void
store_key_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  ShortlistAccount *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;

  if (!shortlist_keyring_store_finish (result, &error))
    {
      g_debug ("Could not store the key: %s", error->message);
      set_keyring_problem (self, _ ("No keyring could be reached, so the API key is kept only until Shortlist closes."));
    }
  else
    set_keyring_problem (self, NULL);

  g_task_return_boolean (task, TRUE);
}

static void
check_key_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  ShortlistAccount *self = g_task_get_source_object (task);
  ConnectData      *data = g_task_get_task_data (task);
  g_autofree char  *environment = NULL;
  GCancellable     *cancellable;
  GError           *error = NULL;

  environment = kombo_client_check_api_key_finish (KOMBO_CLIENT (object), result, &error);
  if (environment == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  kombo_client_set_api_key (self->client, data->key);
  set_has_key (self, TRUE);
  refresh_integrations (self);

  if (self->demo)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  cancellable = g_task_get_cancellable (task);
  shortlist_keyring_store_async (server_for_keyring (self), data->key, cancellable,
                                 store_key_cb, g_steal_pointer (&task));
}

/**
 * shortlist_account_connect_async:
 * @region: where the key belongs, unless a server address was given
 *
 * Checks @api_key with Kombo and, if it works, keeps it in the keyring. Without a keyring the
 * key is still used for this session; shortlist_account_get_keyring_problem() says so.
 */
void
shortlist_account_connect_async (ShortlistAccount   *self,
                                 const char         *api_key,
                                 KomboRegion         region,
                                 GCancellable       *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *settings_url = g_settings_get_string (self->settings, "api-url");
  ConnectData     *data = g_new0 (ConnectData, 1);

  g_task_set_source_tag (task, shortlist_account_connect_async);
  g_task_set_task_data (task, data, (GDestroyNotify) connect_data_free);

  data->key = g_strstrip (g_strdup (api_key ? api_key : ""));
  if (*data->key == '\0')
    {
      g_task_return_new_error (task, KOMBO_ERROR, KOMBO_ERROR_NOT_CONFIGURED, "%s",
                               _ ("Paste the API key from the Kombo dashboard."));
      return;
    }

  if (!self->demo && self->api_url == NULL && *settings_url == '\0')
    {
      kombo_client_set_region (self->client, region);
      g_settings_set_enum (self->settings, "region", region);
    }

  data->checker = kombo_client_new_for_url (kombo_client_get_base_url (self->client), NULL);
  kombo_client_set_api_key (data->checker, data->key);
  kombo_client_check_api_key_async (data->checker, cancellable, check_key_cb, g_steal_pointer (&task));
}

gboolean
shortlist_account_connect_finish (ShortlistAccount *self,
                                  GAsyncResult     *result,
                                  GError          **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
clear_key_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  GError *error = NULL;

  if (!shortlist_keyring_clear_finish (result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * shortlist_account_forget_key_async:
 *
 * Stops using the key at once and removes it from the keyring.
 */
void
shortlist_account_forget_key_async (ShortlistAccount   *self,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, shortlist_account_forget_key_async);

  kombo_client_set_api_key (self->client, NULL);
  set_has_key (self, FALSE);

  if (self->demo)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  shortlist_keyring_clear_async (server_for_keyring (self), cancellable, clear_key_cb, g_steal_pointer (&task));
}

gboolean
shortlist_account_forget_key_finish (ShortlistAccount *self,
                                     GAsyncResult     *result,
                                     GError          **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
add_integration_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  ShortlistAccount *self = g_task_get_source_object (task);
  KomboIntegration *integration;
  GError           *error = NULL;

  integration = kombo_client_get_integration_finish (KOMBO_CLIENT (object), result, &error);
  if (integration == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  store_integration (self, integration);
  g_task_return_pointer (task, integration, g_object_unref);
}

/**
 * shortlist_account_add_integration_async:
 * @integration_id: an id such as greenhouse:8d1hpPsbjxUkoCoa1veLZGe5
 *
 * Checks the integration with Kombo and adds it; the first one added becomes the active one.
 */
void
shortlist_account_add_integration_async (ShortlistAccount   *self,
                                         const char         *integration_id,
                                         GCancellable       *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *id = g_strstrip (g_strdup (integration_id ? integration_id : ""));

  g_task_set_source_tag (task, shortlist_account_add_integration_async);

  if (!kombo_integration_id_is_valid (id))
    {
      g_task_return_new_error (task, KOMBO_ERROR, KOMBO_ERROR_INVALID_INPUT, "%s",
                               _ ("An integration id looks like greenhouse:8d1hpPsbjxUkoCoa1veLZGe5. Copy it from the Kombo dashboard."));
      return;
    }

  kombo_client_get_integration_async (self->client, id, cancellable, add_integration_cb, g_steal_pointer (&task));
}

/* Returns: (transfer full): the integration as Kombo described it */
KomboIntegration *
shortlist_account_add_integration_finish (ShortlistAccount *self,
                                          GAsyncResult     *result,
                                          GError          **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
shortlist_account_remove_integration (ShortlistAccount *self,
                                      const char       *integration_id)
{
  guint position;

  g_return_if_fail (SHORTLIST_IS_ACCOUNT (self));

  if (!find_integration (self, integration_id, &position))
    return;

  g_list_store_remove (self->integrations, position);
  if (self->active != NULL && g_strcmp0 (kombo_integration_get_id (self->active), integration_id) == 0)
    {
      g_autoptr (KomboIntegration) next = g_list_model_get_item (G_LIST_MODEL (self->integrations), 0);
      set_active (self, next);
    }
  save_integrations (self);
}

/**
 * shortlist_integration_dup_warning:
 *
 * Returns: (nullable): what stops or slows work with @integration, in a sentence
 */
char *
shortlist_integration_dup_warning (KomboIntegration *integration)
{
  const char *status = kombo_integration_get_status (integration);
  const char *setup = kombo_integration_get_setup_status (integration);

  if (g_strcmp0 (status, "INVALID") == 0)
    return g_strdup (_ ("The connection to this applicant tracking system is broken. Ask the customer to reconnect it in Kombo."));
  if (g_strcmp0 (status, "INACTIVE") == 0)
    return g_strdup (_ ("This integration is inactive. It has to be turned on again in Kombo."));
  if (g_strcmp0 (setup, "INCOMPLETE") == 0)
    return g_strdup (_ ("The setup of this integration is not finished yet."));
  if (g_strcmp0 (setup, "FINAL_SYNC_PENDING") == 0)
    return g_strdup (_ ("Kombo is still reading this applicant tracking system for the first time; jobs may be missing for a while."));
  return NULL;
}

/**
 * shortlist_account_get_users:
 *
 * Returns: (transfer none): the active integration's users, for "Sourced by"; the same object
 *   for the account's life, listing another integration's users when it changes
 */
ShortlistUsers *
shortlist_account_get_users (ShortlistAccount *self)
{
  g_return_val_if_fail (SHORTLIST_IS_ACCOUNT (self), NULL);
  return self->users;
}
