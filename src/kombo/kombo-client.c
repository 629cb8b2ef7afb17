/* kombo-client.c: the Kombo ATS API over libsoup, every call asynchronous and cancellable */
#define G_LOG_DOMAIN "Kombo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "kombo-body-stream.h"
#include "kombo-client-private.h"
#include "kombo-error.h"
#include "kombo-json.h"
#include "kombo-attachment-restrictions-private.h"
#include "kombo-candidate-private.h"
#include "kombo-candidate-record-private.h"
#include "kombo-integration-private.h"
#include "kombo-job-private.h"
#include "kombo-result-link-private.h"
#include "kombo-tag-private.h"
#include "kombo-user.h"
#include "kombo-write-result-private.h"
#include "kombo-util.h"
#include "kombo-violation.h"

#define EU_BASE_URL "https://api.kombo.dev/v1"
#define US_BASE_URL "https://api.us.kombo.dev/v1"

#define DEFAULT_READ_TIMEOUT 60
#define DEFAULT_WRITE_TIMEOUT 300
#define DEFAULT_RETRY_BASE_MS 1000

G_DEFINE_FINAL_TYPE (KomboClient, kombo_client, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_BASE_URL,
  PROP_INTEGRATION_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kombo_client_finalize (GObject *object)
{
  KomboClient *self = (KomboClient *) object;

  g_clear_object (&self->session);
  g_clear_pointer (&self->base_url, g_free);
  if (self->api_key != NULL)
    kombo_wipe (self->api_key);
  g_clear_pointer (&self->api_key, g_free);
  g_clear_pointer (&self->integration_id, g_free);

  G_OBJECT_CLASS (kombo_client_parent_class)->finalize (object);
}

static void
kombo_client_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KomboClient *self = KOMBO_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URL:
      g_value_set_string (value, self->base_url);
      break;
    case PROP_INTEGRATION_ID:
      g_value_set_string (value, self->integration_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kombo_client_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KomboClient *self = KOMBO_CLIENT (object);

  switch (prop_id)
    {
    case PROP_INTEGRATION_ID:
      kombo_client_set_integration_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kombo_client_class_init (KomboClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kombo_client_finalize;
  object_class->get_property = kombo_client_get_property;
  object_class->set_property = kombo_client_set_property;

  properties[PROP_BASE_URL] =
      g_param_spec_string ("base-url", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTEGRATION_ID] =
      g_param_spec_string ("integration-id", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KomboClient::limited:
   * @code: PLATFORM.RATE_LIMIT_EXCEEDED or PLATFORM.CONCURRENCY_LIMIT_EXCEEDED
   * @wait_ms: when the call is sent again, in milliseconds; -1 when it is not
   *
   * Kombo refused a call for its limits, before any work. A batch takes it as the sign to
   * send less at once.
   */
  g_signal_new ("limited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT);
}

/**
 * kombo_redact_log_line:
 * @line: a line SoupLogger prints: a request line, or a header
 *
 * Returns: (transfer full): @line as it may be logged: without the API key (SoupLogger prints
 *   bearer tokens as they are) and without the values of a request's query, which are
 *   candidates' email addresses and ids
 */
char *
kombo_redact_log_line (const char *line)
{
  const char *query;
  const char *end;
  GString    *redacted;

  if (g_ascii_strncasecmp (line, "Authorization:", strlen ("Authorization:")) == 0)
    return g_strdup ("Authorization: [redacted]");
  /* "GET /v1/ats/candidates?email=ada%40example.com HTTP/1.1" */
  query = strchr (line, '?');
  if (query == NULL || strchr (line, ' ') == NULL || strchr (line, ' ') > query)
    return g_strdup (line);
  end = strchr (query, ' ');
  if (end == NULL)
    end = query + strlen (query);

  redacted = g_string_new_len (line, query - line + 1);
  for (const char *p = query + 1; p < end;)
    {
      const char *amp = memchr (p, '&', end - p);
      const char *stop = amp ? amp : end;
      const char *equals = memchr (p, '=', stop - p);

      g_string_append_len (redacted, p, (equals ? equals : stop) - p);
      if (equals != NULL)
        g_string_append (redacted, "=[redacted]");
      if (amp != NULL)
        g_string_append_c (redacted, '&');
      p = amp ? amp + 1 : end;
    }
  g_string_append (redacted, end);
  return g_string_free (redacted, FALSE);
}

static void
redacting_printer (SoupLogger        *logger,
                   SoupLoggerLogLevel level,
                   char               direction,
                   const char        *data,
                   gpointer           user_data)
{
  g_autofree char *redacted = kombo_redact_log_line (data);

  g_debug ("%c %s", direction, redacted);
}

static void
kombo_client_init (KomboClient *self)
{
  self->session = soup_session_new_with_options ("user-agent", "Shortlist/" PACKAGE_VERSION,
                                                 "timeout", DEFAULT_WRITE_TIMEOUT + 10,
                                                 "max-conns", KOMBO_CLIENT_CONNECTIONS,
                                                 "max-conns-per-host", KOMBO_CLIENT_CONNECTIONS,
                                                 NULL);
  self->read_timeout = DEFAULT_READ_TIMEOUT;
  self->write_timeout = DEFAULT_WRITE_TIMEOUT;
  self->retry_base_ms = DEFAULT_RETRY_BASE_MS;
  self->base_url = g_strdup (EU_BASE_URL);

  if (!g_log_writer_default_would_drop (G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN))
    {
      g_autoptr (SoupLogger) logger = soup_logger_new (SOUP_LOGGER_LOG_HEADERS);

      soup_logger_set_printer (logger, redacting_printer, NULL, NULL);
      soup_session_add_feature (self->session, SOUP_SESSION_FEATURE (logger));
    }
}

KomboClient *
kombo_client_new (KomboRegion region)
{
  KomboClient *self = g_object_new (KOMBO_TYPE_CLIENT, NULL);

  kombo_client_set_region (self, region);
  return self;
}

/**
 * kombo_client_new_for_url:
 * @base_url: a Kombo-compatible server, e.g. a proxy or a test server
 *
 * Returns: (nullable): a client, or %NULL if @base_url is not https (or plain http to this
 *   computer)
 */
KomboClient *
kombo_client_new_for_url (const char *base_url,
                          GError    **error)
{
  g_autoptr (KomboClient) self = g_object_new (KOMBO_TYPE_CLIENT, NULL);

  if (!kombo_client_set_base_url (self, base_url, error))
    return NULL;
  return g_steal_pointer (&self);
}

const char *
kombo_region_get_base_url (KomboRegion region)
{
  return region == KOMBO_REGION_US ? US_BASE_URL : EU_BASE_URL;
}

/**
 * kombo_check_base_url:
 *
 * The API key travels with every call, so it goes only over https, or over plain http to
 * this computer itself (a local test or demo server).
 */
gboolean
kombo_check_base_url (const char *base_url,
                      GError    **error)
{
  g_autoptr (GUri) uri = NULL;
  const char *scheme;

  if (base_url == NULL || *base_url == '\0' ||
      (uri = g_uri_parse (base_url, G_URI_FLAGS_NONE, NULL)) == NULL ||
      g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error (error, KOMBO_ERROR, KOMBO_ERROR_INVALID_URL,
                   /* TRANSLATORS: %s is what was given as the server address */
                   _ ("“%s” is not a server address. Enter one such as https://api.kombo.dev/v1."),
                   base_url ? base_url : "");
      return FALSE;
    }

  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "https") == 0)
    return TRUE;
  if (g_ascii_strcasecmp (scheme, "http") == 0 && kombo_is_loopback_host (g_uri_get_host (uri)))
    return TRUE;

  if (g_ascii_strcasecmp (scheme, "http") == 0)
    g_set_error (error, KOMBO_ERROR, KOMBO_ERROR_INVALID_URL,
                 _ ("“%s” is not secure. The API key is sent only over https, or over plain http to this computer."),
                 base_url);
  else
    g_set_error (error, KOMBO_ERROR, KOMBO_ERROR_INVALID_URL,
                 _ ("“%s” is not a web address. Enter one starting with https://."), base_url);
  return FALSE;
}

/* A server on this computer is reached directly, never through the system's proxy (which
 * would not reach it); the proxy settings are then not even looked up */
static void
update_proxy (KomboClient *self)
{
  g_autoptr (GUri) uri = g_uri_parse (self->base_url, G_URI_FLAGS_NONE, NULL);
  gboolean direct = uri != NULL && kombo_is_loopback_host (g_uri_get_host (uri));

  if (direct == self->direct)
    return;
  self->direct = direct;
  soup_session_set_proxy_resolver (self->session, direct ? NULL : g_proxy_resolver_get_default ());
}

const char *
kombo_client_get_base_url (KomboClient *self)
{
  g_return_val_if_fail (KOMBO_IS_CLIENT (self), NULL);
  return self->base_url;
}

gboolean
kombo_client_set_base_url (KomboClient *self,
                           const char  *base_url,
                           GError     **error)
{
  g_autofree char *trimmed = NULL;
  gsize            len;

  g_return_val_if_fail (KOMBO_IS_CLIENT (self), FALSE);

  if (!kombo_check_base_url (base_url, error))
    return FALSE;

  trimmed = g_strdup (base_url);
  len = strlen (trimmed);
  while (len > 0 && trimmed[len - 1] == '/')
    trimmed[--len] = '\0';

  if (kombo_set_str (&self->base_url, trimmed))
    {
      update_proxy (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_URL]);
    }
  return TRUE;
}

void
kombo_client_set_region (KomboClient *self,
                         KomboRegion  region)
{
  g_return_if_fail (KOMBO_IS_CLIENT (self));

  if (kombo_set_str (&self->base_url, kombo_region_get_base_url (region)))
    {
      update_proxy (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_URL]);
    }
}

/**
 * kombo_client_set_api_key:
 *
 * The key is held in memory only, and wiped when replaced or when the client goes.
 */
void
kombo_client_set_api_key (KomboClient *self,
                          const char  *api_key)
{
  g_return_if_fail (KOMBO_IS_CLIENT (self));

  if (self->api_key != NULL)
    kombo_wipe (self->api_key);
  g_clear_pointer (&self->api_key, g_free);
  self->api_key = kombo_strdup_stripped (api_key);
}

gboolean
kombo_client_has_api_key (KomboClient *self)
{
  g_return_val_if_fail (KOMBO_IS_CLIENT (self), FALSE);
  return self->api_key != NULL;
}

const char *
kombo_client_get_integration_id (KomboClient *self)
{
  g_return_val_if_fail (KOMBO_IS_CLIENT (self), NULL);
  return self->integration_id;
}

void
kombo_client_set_integration_id (KomboClient *self,
                                 const char  *integration_id)
{
  g_autofree char *stripped = kombo_strdup_stripped (integration_id);

  g_return_if_fail (KOMBO_IS_CLIENT (self));

  if (kombo_set_str (&self->integration_id, stripped))
    {
      /* Another integration has limits of its own */
      self->concurrency_limit = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTEGRATION_ID]);
    }
}

/**
 * kombo_client_get_concurrency_limit:
 *
 * How many writes to the integration Kombo takes in flight at once, as its last answer to a
 * write said (the `Concurrency-Limit` header): 30 by default, fewer for some ATSs.
 *
 * Returns: the limit, or 0 while Kombo has not said it
 */
guint
kombo_client_get_concurrency_limit (KomboClient *self)
{
  g_return_val_if_fail (KOMBO_IS_CLIENT (self), 0);
  return self->concurrency_limit;
}

/**
 * kombo_client_set_timeouts:
 *
 * How long a call may take in all before it fails. Writes reach the remote ATS and can
 * take minutes, so they get more time than reads.
 */
void
kombo_client_set_timeouts (KomboClient *self,
                           guint        read_seconds,
                           guint        write_seconds)
{
  g_return_if_fail (KOMBO_IS_CLIENT (self));

  self->read_timeout = read_seconds;
  self->write_timeout = write_seconds;
  /* libsoup's idle timeout only backs up the per-call one, which knows reads from writes */
  g_object_set (self->session, "timeout", MAX (read_seconds, write_seconds) + 10, NULL);
}

/* The first wait of the exponential backoff; each retry doubles it */
void
kombo_client_set_retry_base_delay (KomboClient *self,
                                   guint        milliseconds)
{
  g_return_if_fail (KOMBO_IS_CLIENT (self));
  self->retry_base_ms = milliseconds;
}

/**
 * kombo_client_check_api_key_async:
 *
 * Checks the key with GET /check-api-key.
 */
void
kombo_client_check_api_key_async (KomboClient        *self,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  g_return_if_fail (KOMBO_IS_CLIENT (self));

  kombo_http_start (self, kombo_http_request_new ("GET", "/check-api-key", FALSE),
                    kombo_client_check_api_key_async, cancellable, callback, user_data);
}

/* Returns: the id of the Kombo environment the key belongs to */
char *
kombo_client_check_api_key_finish (KomboClient  *self,
                                   GAsyncResult *result,
                                   GError      **error)
{
  g_autoptr (JsonObject) root = kombo_http_finish (self, result, kombo_client_check_api_key_async, error);
  const char *environment;

  if (root == NULL)
    return NULL;

  environment = kombo_json_get_string (kombo_json_get_object (root, "data"), "environment_id");
  return g_strdup (environment ? environment : "");
}

void
kombo_client_get_integration_async (KomboClient        *self,
                                    const char         *integration_id,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (KOMBO_IS_CLIENT (self));
  g_return_if_fail (integration_id != NULL);

  escaped = g_uri_escape_string (integration_id, G_URI_RESERVED_CHARS_ALLOWED_IN_PATH_ELEMENT, FALSE);
  path = g_strconcat ("/integrations/", escaped, NULL);
  kombo_http_start (self, kombo_http_request_new ("GET", path, FALSE),
                    kombo_client_get_integration_async, cancellable, callback, user_data);
}

KomboIntegration *
kombo_client_get_integration_finish (KomboClient  *self,
                                     GAsyncResult *result,
                                     GError      **error)
{
  g_autoptr (JsonObject) root = kombo_http_finish (self, result, kombo_client_get_integration_async, error);
  KomboIntegration *integration;

  if (root == NULL)
    return NULL;

  integration = kombo_integration_new_from_json (kombo_json_get_object (root, "data"));
  if (integration == NULL)
    g_set_error_literal (error, KOMBO_ERROR, KOMBO_ERROR_INVALID_RESPONSE,
                         _ ("The server’s answer about the integration is missing its id."));
  return integration;
}

/**
 * kombo_client_get_jobs_async:
 * @name_contains: (nullable): only jobs whose name contains this
 * @statuses: (nullable): only jobs in these statuses, e.g. { "OPEN", NULL }
 *
 * Fetches every page of GET /ats/jobs.
 */
void
kombo_client_get_jobs_async (KomboClient        *self,
                             const char         *name_contains,
                             const char *const  *statuses,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  GPtrArray *filters = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (KOMBO_IS_CLIENT (self));

  if (name_contains != NULL && *name_contains != '\0')
    {
      g_ptr_array_add (filters, g_strdup ("name_contains"));
      g_ptr_array_add (filters, g_strdup (name_contains));
    }
  if (statuses != NULL && statuses[0] != NULL)
    {
      g_ptr_array_add (filters, g_strdup ("statuses"));
      g_ptr_array_add (filters, g_strjoinv (",", (char **) statuses));
    }

  kombo_http_start_list (self, "/ats/jobs", KOMBO_TYPE_JOB, (gpointer) kombo_job_new_from_json, filters,
                         kombo_client_get_jobs_async, cancellable, callback, user_data);
}

/* Returns: (transfer full): a list of KomboJob */
GListModel *
kombo_client_get_jobs_finish (KomboClient  *self,
                              GAsyncResult *result,
                              GError      **error)
{
  return kombo_http_finish_list (self, result, kombo_client_get_jobs_async, error);
}

/**
 * kombo_client_get_jobs_changed_async:
 * @updated_after: only jobs changed since then
 *
 * Fetches every page of GET /ats/jobs?updated_after=…&include_deleted=true: the jobs of any
 * status that changed, deleted ones included (kombo_job_get_deleted()), to bring a kept list
 * up to date.
 */
void
kombo_client_get_jobs_changed_async (KomboClient        *self,
                                     GDateTime          *updated_after,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data)
{
  GPtrArray *filters = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (KOMBO_IS_CLIENT (self));
  g_return_if_fail (updated_after != NULL);

  g_ptr_array_add (filters, g_strdup ("updated_after"));
  g_ptr_array_add (filters, kombo_format_timestamp (updated_after));
  g_ptr_array_add (filters, g_strdup ("include_deleted"));
  g_ptr_array_add (filters, g_strdup ("true"));
  kombo_http_start_list (self, "/ats/jobs", KOMBO_TYPE_JOB, (gpointer) kombo_job_new_from_json, filters,
                         kombo_client_get_jobs_changed_async, cancellable, callback, user_data);
}

/* Returns: (transfer full): a list of KomboJob */
GListModel *
kombo_client_get_jobs_changed_finish (KomboClient  *self,
                                      GAsyncResult *result,
                                      GError      **error)
{
  return kombo_http_finish_list (self, result, kombo_client_get_jobs_changed_async, error);
}

void
kombo_client_get_candidates_by_email_async (KomboClient        *self,
                                            const char         *email,
                                            GCancellable       *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer            user_data)
{
  GPtrArray *filters = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (KOMBO_IS_CLIENT (self));
  g_return_if_fail (email != NULL);

  g_ptr_array_add (filters, g_strdup ("email"));
  g_ptr_array_add (filters, g_strstrip (g_strdup (email)));
  kombo_http_start_list (self, "/ats/candidates", KOMBO_TYPE_CANDIDATE_RECORD,
                         (gpointer) kombo_candidate_record_new_from_json, filters,
                         kombo_client_get_candidates_by_email_async, cancellable, callback, user_data);
}

/**
 * kombo_client_get_candidates_by_name_async:
 *
 * The candidates with this first and last name, which Kombo matches exactly but for case;
 * kombo_client_get_candidates_finish() ends it.
 */
void
kombo_client_get_candidates_by_name_async (KomboClient        *self,
                                           const char         *first_name,
                                           const char         *last_name,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data)
{
  GPtrArray *filters = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (KOMBO_IS_CLIENT (self));
  g_return_if_fail (first_name != NULL && last_name != NULL);

  g_ptr_array_add (filters, g_strdup ("first_name"));
  g_ptr_array_add (filters, g_strstrip (g_strdup (first_name)));
  g_ptr_array_add (filters, g_strdup ("last_name"));
  g_ptr_array_add (filters, g_strstrip (g_strdup (last_name)));
  kombo_http_start_list (self, "/ats/candidates", KOMBO_TYPE_CANDIDATE_RECORD,
                         (gpointer) kombo_candidate_record_new_from_json, filters,
                         kombo_client_get_candidates_by_email_async, cancellable, callback, user_data);
}

/* Candidates whose @filter ("ids" or "remote_ids") is one of @values */
static void
get_candidates_by (KomboClient        *self,
                   const char         *filter,
                   const char *const  *values,
                   GCancellable       *cancellable,
                   GAsyncReadyCallback callback,
                   gpointer            user_data)
{
  GPtrArray *filters = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (filters, g_strdup (filter));
  g_ptr_array_add (filters, g_strjoinv (",", (char **) values));
  /* One source tag for every lookup, so one finish serves them */
  kombo_http_start_list (self, "/ats/candidates", KOMBO_TYPE_CANDIDATE_RECORD,
                         (gpointer) kombo_candidate_record_new_from_json, filters,
                         kombo_client_get_candidates_by_email_async, cancellable, callback, user_data);
}

void
kombo_client_get_candidates_by_ids_async (KomboClient        *self,
                                          const char *const  *ids,
                                          GCancellable       *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer            user_data)
{
  g_return_if_fail (KOMBO_IS_CLIENT (self));
  g_return_if_fail (ids != NULL && ids[0] != NULL);

  get_candidates_by (self, "ids", ids, cancellable, callback, user_data);
}

/* Candidates by the ATS's own ids; kombo_client_get_candidates_finish() ends it */
void
kombo_client_get_candidates_by_remote_ids_async (KomboClient        *self,
                                                 const char *const  *remote_ids,
                                                 GCancellable       *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer            user_data)
{
  g_return_if_fail (KOMBO_IS_CLIENT (self));
  g_return_if_fail (remote_ids != NULL && remote_ids[0] != NULL);

  get_candidates_by (self, "remote_ids", remote_ids, cancellable, callback, user_data);
}

/**
 * kombo_client_get_candidates_changed_async:
 * @ids: Kombo IDs of candidates, at most 250
 * @updated_after: (nullable): only those changed since, as Kombo keeps them; %NULL for all
 *
 * The candidates among @ids that changed since @updated_after, with their applications, every
 * page of them; kombo_client_get_candidates_finish() ends it.
 */
void
kombo_client_get_candidates_changed_async (KomboClient        *self,
                                           const char *const  *ids,
                                           GDateTime          *updated_after,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data)
{
  GPtrArray *filters = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (KOMBO_IS_CLIENT (self));
  g_return_if_fail (ids != NULL && ids[0] != NULL);

  g_ptr_array_add (filters, g_strdup ("ids"));
  g_ptr_array_add (filters, g_strjoinv (",", (char **) ids));
  if (updated_after != NULL)
    {
      g_autoptr (GDateTime) utc = g_date_time_to_utc (updated_after);

      g_ptr_array_add (filters, g_strdup ("updated_after"));
      /* A full UTC timestamp, as Kombo's validators want it */
      g_ptr_array_add (filters, g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S.000Z"));
    }
  kombo_http_start_list (self, "/ats/candidates", KOMBO_TYPE_CANDIDATE_RECORD,
                         (gpointer) kombo_candidate_record_new_from_json, filters,
                         kombo_client_get_candidates_by_email_async, cancellable, callback, user_data);
}

/* Returns: (transfer full): a list of KomboCandidateRecord */
GListModel *
kombo_client_get_candidates_finish (KomboClient  *self,
                                    GAsyncResult *result,
                                    GError      **error)
{
  return kombo_http_finish_list (self, result, kombo_client_get_candidates_by_email_async, error);
}

void
kombo_client_get_tags_async (KomboClient        *self,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  g_return_if_fail (KOMBO_IS_CLIENT (self));

  kombo_http_start_list (self, "/ats/tags", KOMBO_TYPE_TAG, (gpointer) kombo_tag_new_from_json,
                         g_ptr_array_new_with_free_func (g_free),
                         kombo_client_get_tags_async, cancellable, callback, user_data);
}

/* Returns: (transfer full): a list of KomboTag */
GListModel *
kombo_client_get_tags_finish (KomboClient  *self,
                              GAsyncResult *result,
                              GError      **error)
{
  return kombo_http_finish_list (self, result, kombo_client_get_tags_async, error);
}

/* The ATS's users, every page of them, for "Sourced by" */
void
kombo_client_get_users_async (KomboClient        *self,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data)
{
  g_return_if_fail (KOMBO_IS_CLIENT (self));

  kombo_http_start_list (self, "/ats/users", KOMBO_TYPE_USER, (gpointer) kombo_user_new_from_json,
                         g_ptr_array_new_with_free_func (g_free),
                         kombo_client_get_users_async, cancellable, callback, user_data);
}

/* Returns: (transfer full): a list of KomboUser */
GListModel *
kombo_client_get_users_finish (KomboClient  *self,
                               GAsyncResult *result,
                               GError      **error)
{
  return kombo_http_finish_list (self, result, kombo_client_get_users_async, error);
}

void
kombo_client_get_attachment_restrictions_async (KomboClient        *self,
                                                GCancellable       *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer            user_data)
{
  g_return_if_fail (KOMBO_IS_CLIENT (self));

  kombo_http_start (self, kombo_http_request_new ("GET", "/ats/actions/ats_create_candidate", TRUE),
                    kombo_client_get_attachment_restrictions_async, cancellable, callback, user_data);
}

KomboAttachmentRestrictions *
kombo_client_get_attachment_restrictions_finish (KomboClient  *self,
                                                 GAsyncResult *result,
                                                 GError      **error)
{
  g_autoptr (JsonObject) root = kombo_http_finish (self, result,
                                                   kombo_client_get_attachment_restrictions_async, error);

  if (root == NULL)
    return NULL;
  return kombo_attachment_restrictions_new_from_json (kombo_json_get_object (root, "data"));
}

static gboolean
check_violations (GTask     *task,
                  GPtrArray *violations)
{
  if (violations->len == 0)
    return TRUE;

  g_task_return_error (task, kombo_error_new_invalid_input (violations));
  return FALSE;
}

/* What a write answered: the candidate made, or the application (with its candidate) */
enum
{
  ANSWER_NONE,
  ANSWER_CANDIDATE,
  ANSWER_APPLICATION,
};

static void
write_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (JsonObject) root = NULL;
  g_autoptr (GError) error = NULL;
  int answer = GPOINTER_TO_INT (g_task_get_task_data (task));

  root = kombo_http_finish (KOMBO_CLIENT (object), result, write_done_cb, &error);
  if (root == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else if (answer == ANSWER_APPLICATION)
    g_task_return_pointer (task, kombo_write_result_new_from_application_json (root), g_object_unref);
  else
    g_task_return_pointer (task, kombo_write_result_new_from_json (root, answer == ANSWER_CANDIDATE), g_object_unref);
}

/* Sends @json to @path, with @files read and encoded in place of their markers while they are
 * sent; takes @task */
static void
start_with_files (KomboClient      *self,
                  GTask            *task,
                  const char       *path,
                  char             *json,
                  const char       *marker,
                  GPtrArray        *files,
                  KomboProgressFunc progress,
                  gpointer          progress_data,
                  GDestroyNotify    progress_data_free)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboBody) body = kombo_body_new (json, marker, files, &error);
  KomboHttpRequest *request;

  if (body == NULL)
    {
      if (progress_data_free != NULL)
        progress_data_free (progress_data);
      g_free (json);
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  request = kombo_http_request_new ("POST", path, TRUE);
  if (files->len > 0)
    {
      kombo_http_request_set_stream_body (request, g_steal_pointer (&body), progress, progress_data, progress_data_free);
      g_free (json);
    }
  else
    {
      kombo_http_request_set_body (request, g_bytes_new_take (json, strlen (json)));
      if (progress_data_free != NULL)
        progress_data_free (progress_data);
    }

  kombo_http_start (self, request, write_done_cb, g_task_get_cancellable (task), write_done_cb, task);
}

/* A fresh random marker cannot collide with anything a person typed */
static char *
new_marker (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strconcat ("kombo-file-", uuid, NULL);
}

/* Sends @candidate to @path, its files read and encoded while they are sent */
static void
start_create (KomboClient        *self,
              KomboCandidate     *candidate,
              const char         *path,
              gboolean            as_application,
              KomboProgressFunc   progress,
              gpointer            progress_data,
              GDestroyNotify      progress_data_free,
              gpointer            source_tag,
              GCancellable       *cancellable,
              GAsyncReadyCallback callback,
              gpointer            user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  g_autoptr (GPtrArray) violations = NULL;
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *marker = NULL;

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, GINT_TO_POINTER (as_application ? ANSWER_APPLICATION : ANSWER_CANDIDATE), NULL);

  violations = kombo_candidate_validate (candidate);
  if (!check_violations (task, violations))
    {
      if (progress_data_free != NULL)
        progress_data_free (progress_data);
      g_object_unref (task);
      return;
    }

  marker = new_marker ();
  start_with_files (self, task, path, kombo_candidate_to_json_with_markers (candidate, marker, as_application, files),
                    marker, files, progress, progress_data, progress_data_free);
}

/**
 * kombo_client_create_candidate_async:
 * @progress: (nullable): called as the body is uploaded
 *
 * Validates @candidate, then sends it with POST /ats/candidates. The files are read and
 * encoded while they are sent. Fails with %KOMBO_ERROR_INVALID_INPUT, sending nothing, if
 * the candidate breaks a rule; see kombo_error_get_violations().
 */
void
kombo_client_create_candidate_async (KomboClient        *self,
                                     KomboCandidate     *candidate,
                                     KomboProgressFunc   progress,
                                     gpointer            progress_data,
                                     GDestroyNotify      progress_data_free,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data)
{
  g_return_if_fail (KOMBO_IS_CLIENT (self));
  g_return_if_fail (KOMBO_IS_CANDIDATE (candidate));

  start_create (self, candidate, "/ats/candidates", FALSE, progress, progress_data, progress_data_free,
                kombo_client_create_candidate_async, cancellable, callback, user_data);
}

/**
 * kombo_client_create_application_async:
 * @progress: (nullable): called as the body is uploaded
 *
 * As kombo_client_create_candidate_async(), but with POST /ats/jobs/{job_id}/applications:
 * an application of @candidate to their job, which the ATS attaches to the candidate it has
 * with the same address, or to a new one. kombo_client_create_candidate_finish() ends it; its
 * candidate is the one the application went to.
 */
void
kombo_client_create_application_async (KomboClient        *self,
                                       KomboCandidate     *candidate,
                                       KomboProgressFunc   progress,
                                       gpointer            progress_data,
                                       GDestroyNotify      progress_data_free,
                                       GCancellable       *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer            user_data)
{
  const char      *job_id;
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (KOMBO_IS_CLIENT (self));
  g_return_if_fail (KOMBO_IS_CANDIDATE (candidate));

  job_id = kombo_candidate_get_field (candidate, "job-id");
  escaped = g_uri_escape_string (job_id ? job_id : "", NULL, FALSE);
  path = g_strdup_printf ("/ats/jobs/%s/applications", escaped);
  start_create (self, candidate, path, TRUE, progress, progress_data, progress_data_free, kombo_client_create_candidate_async,
                cancellable, callback, user_data);
}

KomboWriteResult *
kombo_client_create_candidate_finish (KomboClient  *self,
                                      GAsyncResult *result,
                                      GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* @method /ats/{collection}/{id}/{member}: a write to a candidate, or to an application */
static void
start_simple_write (KomboClient        *self,
                    const char         *method,
                    const char         *collection,
                    const char         *candidate_id,
                    const char         *member,
                    char               *json,
                    GPtrArray          *violations,
                    gpointer            source_tag,
                    GCancellable       *cancellable,
                    GAsyncReadyCallback callback,
                    gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char  *escaped = NULL;
  g_autofree char  *path = NULL;
  g_autofree char  *stripped_id = kombo_strdup_stripped (candidate_id);
  KomboHttpRequest *request;

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, GINT_TO_POINTER (ANSWER_NONE), NULL);

  if (stripped_id == NULL)
    kombo_violations_add (violations, "candidate_id", "%s", _ ("Choose the candidate first."));

  if (!check_violations (task, violations))
    {
      g_free (json);
      return;
    }

  escaped = g_uri_escape_string (stripped_id, G_URI_RESERVED_CHARS_ALLOWED_IN_PATH_ELEMENT, FALSE);
  path = g_strdup_printf ("/ats/%s/%s/%s", collection, escaped, member);
  request = kombo_http_request_new (method, path, TRUE);
  kombo_http_request_set_body (request, g_bytes_new_take (json, strlen (json)));

  kombo_http_start (self, request, write_done_cb, cancellable, write_done_cb, g_steal_pointer (&task));
}

void
kombo_client_add_tag_async (KomboClient        *self,
                            const char         *candidate_id,
                            KomboTag           *tag,
                            GCancellable       *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer            user_data)
{
  g_autoptr (GPtrArray) violations = NULL;

  g_return_if_fail (KOMBO_IS_CLIENT (self));
  g_return_if_fail (KOMBO_IS_TAG (tag));

  violations = kombo_tag_validate (tag);
  start_simple_write (self, "POST", "candidates", candidate_id, "tags",
                      violations->len == 0 ? kombo_tag_to_json (tag) : NULL, violations,
                      kombo_client_add_tag_async, cancellable, callback, user_data);
}

/**
 * kombo_client_remove_tag_async:
 *
 * Takes @tag back from the candidate (DELETE /ats/candidates/{candidate_id}/tags, by the tag's
 * name). A candidate without the tag is no error. kombo_client_add_tag_finish() ends it.
 */
void
kombo_client_remove_tag_async (KomboClient        *self,
                               const char         *candidate_id,
                               KomboTag           *tag,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_autoptr (GPtrArray) violations = NULL;

  g_return_if_fail (KOMBO_IS_CLIENT (self));
  g_return_if_fail (KOMBO_IS_TAG (tag));

  violations = g_ptr_array_new_with_free_func ((GDestroyNotify) kombo_violation_free);
  /* Kombo takes a tag back by its name only */
  if (kombo_tag_get_name (tag) == NULL || *kombo_tag_get_name (tag) == '\0')
    kombo_violations_add (violations, "tag.name", "%s", _ ("Name the tag to take back."));
  start_simple_write (self, "DELETE", "candidates", candidate_id, "tags",
                      violations->len == 0 ? kombo_tag_to_json (tag) : NULL, violations,
                      kombo_client_add_tag_async, cancellable, callback, user_data);
}

KomboWriteResult *
kombo_client_add_tag_finish (KomboClient  *self,
                             GAsyncResult *result,
                             GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* POST /ats/{collection}/{id}/result-links: @link on a candidate or on an application */
static void
start_result_link (KomboClient        *self,
                   const char         *collection,
                   const char         *id,
                   KomboResultLink    *link,
                   GCancellable       *cancellable,
                   GAsyncReadyCallback callback,
                   gpointer            user_data)
{
  g_autoptr (GPtrArray) violations = kombo_result_link_validate (link);

  start_simple_write (self, "POST", collection, id, "result-links",
                      violations->len == 0 ? kombo_result_link_to_json (link) : NULL, violations,
                      kombo_client_add_result_link_async, cancellable, callback, user_data);
}

void
kombo_client_add_result_link_async (KomboClient        *self,
                                    const char         *candidate_id,
                                    KomboResultLink    *link,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  g_return_if_fail (KOMBO_IS_CLIENT (self));
  g_return_if_fail (KOMBO_IS_RESULT_LINK (link));

  start_result_link (self, "candidates", candidate_id, link, cancellable, callback, user_data);
}

/**
 * kombo_client_add_application_result_link_async:
 *
 * As kombo_client_add_result_link_async(), on the candidate's application rather than the
 * candidate (POST /ats/applications/{application_id}/result-links), which Kombo recommends
 * where there is one. kombo_client_add_result_link_finish() ends it.
 */
void
kombo_client_add_application_result_link_async (KomboClient        *self,
                                                const char         *application_id,
                                                KomboResultLink    *link,
                                                GCancellable       *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer            user_data)
{
  g_return_if_fail (KOMBO_IS_CLIENT (self));
  g_return_if_fail (KOMBO_IS_RESULT_LINK (link));

  start_result_link (self, "applications", application_id, link, cancellable, callback, user_data);
}

KomboWriteResult *
kombo_client_add_result_link_finish (KomboClient  *self,
                                     GAsyncResult *result,
                                     GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * kombo_client_add_note_async:
 * @content: the note, plain text
 * @visibility: (nullable): who sees it in Greenhouse: "public", "private" or "admin_only"
 *
 * Writes a note on the application for the client's team (POST
 * /ats/applications/{application_id}/notes). kombo_client_add_note_finish() ends it.
 */
void
kombo_client_add_note_async (KomboClient        *self,
                             const char         *application_id,
                             const char         *content,
                             const char         *visibility,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  g_autoptr (GPtrArray) violations = g_ptr_array_new_with_free_func ((GDestroyNotify) kombo_violation_free);
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *stripped = kombo_strdup_stripped (content);

  g_return_if_fail (KOMBO_IS_CLIENT (self));

  if (stripped == NULL)
    kombo_violations_add (violations, "content", "%s", _ ("Write the note first."));
  else if (!g_utf8_validate (stripped, -1, NULL))
    kombo_violations_add (violations, "content", "%s", _ ("The note is not valid text."));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "content");
  json_builder_add_string_value (builder, stripped ? stripped : "");
  json_builder_set_member_name (builder, "content_type");
  json_builder_add_string_value (builder, "PLAIN_TEXT");
  if (visibility != NULL && *visibility != '\0')
    {
      json_builder_set_member_name (builder, "remote_fields");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "greenhouse");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "visibility");
      json_builder_add_string_value (builder, visibility);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  start_simple_write (self, "POST", "applications", application_id, "notes",
                      violations->len == 0 ? json_to_string (root, FALSE) : NULL, violations,
                      kombo_client_add_note_async, cancellable, callback, user_data);
}

KomboWriteResult *
kombo_client_add_note_finish (KomboClient  *self,
                              GAsyncResult *result,
                              GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * kombo_client_add_application_attachment_async:
 * @progress: (nullable): called as the body is uploaded
 *
 * Adds a file to the application, an updated CV say (POST
 * /ats/applications/{application_id}/attachments), read and encoded while it is sent.
 * kombo_client_add_application_attachment_finish() ends it.
 */
void
kombo_client_add_application_attachment_async (KomboClient        *self,
                                               const char         *application_id,
                                               KomboAttachment    *attachment,
                                               KomboProgressFunc   progress,
                                               gpointer            progress_data,
                                               GDestroyNotify      progress_data_free,
                                               GCancellable       *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer            user_data)
{
  GTask *task;
  g_autoptr (GPtrArray) violations = g_ptr_array_new_with_free_func ((GDestroyNotify) kombo_violation_free);
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *stripped_id = kombo_strdup_stripped (application_id);
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;
  g_autofree char *marker = NULL;

  g_return_if_fail (KOMBO_IS_CLIENT (self));
  g_return_if_fail (KOMBO_IS_ATTACHMENT (attachment));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kombo_client_add_application_attachment_async);
  g_task_set_task_data (task, GINT_TO_POINTER (ANSWER_NONE), NULL);

  if (stripped_id == NULL)
    kombo_violations_add (violations, "application_id", "%s", _ ("Choose the application first."));
  kombo_attachment_add_violations (violations, attachment, "attachment");
  if (!check_violations (task, violations))
    {
      if (progress_data_free != NULL)
        progress_data_free (progress_data);
      g_object_unref (task);
      return;
    }

  escaped = g_uri_escape_string (stripped_id, G_URI_RESERVED_CHARS_ALLOWED_IN_PATH_ELEMENT, FALSE);
  path = g_strdup_printf ("/ats/applications/%s/attachments", escaped);
  marker = new_marker ();
  start_with_files (self, task, path, kombo_attachment_to_json_with_marker (attachment, marker, files),
                    marker, files, progress, progress_data, progress_data_free);
}

KomboWriteResult *
kombo_client_add_application_attachment_finish (KomboClient  *self,
                                                GAsyncResult *result,
                                                GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
