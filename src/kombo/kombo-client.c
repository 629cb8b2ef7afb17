/* kombo-client.c: the Kombo ATS API over libsoup, every call asynchronous and cancellable */
#define G_LOG_DOMAIN "Kombo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "kombo-body-stream.h"
#include "kombo-client.h"
#include "kombo-error.h"
#include "kombo-json.h"
#include "kombo-parse-private.h"
#include "kombo-request-private.h"
#include "kombo-util.h"
#include "kombo-violation.h"

#define EU_BASE_URL "https://api.kombo.dev/v1"
#define US_BASE_URL "https://api.us.kombo.dev/v1"

#define DEFAULT_READ_TIMEOUT 60
#define DEFAULT_WRITE_TIMEOUT 300
#define DEFAULT_RETRY_BASE_MS 1000
#define MAX_READ_RETRIES 4
#define MAX_WRITE_RETRIES 5
#define MAX_BACKOFF_MS 30000
/* Waiting longer than this without a word would look like a hang: give the error instead */
#define MAX_ANNOUNCED_WAIT_MS 120000
#define PAGE_SIZE "250"
#define HTTP_TOO_MANY_REQUESTS 429
#define MAX_PAGES 1000

struct _KomboClient
{
  GObject parent_instance;

  SoupSession *session;
  char        *base_url;
  char        *api_key;
  char        *integration_id;
  guint        read_timeout;
  guint        write_timeout;
  guint        retry_base_ms;
};

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
    memset (self->api_key, 0, strlen (self->api_key));
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
}

/* The API key must never reach a log: SoupLogger prints bearer tokens as they are */
static void
redacting_printer (SoupLogger        *logger,
                   SoupLoggerLogLevel level,
                   char               direction,
                   const char        *data,
                   gpointer           user_data)
{
  if (g_ascii_strncasecmp (data, "Authorization:", strlen ("Authorization:")) == 0)
    data = "Authorization: [redacted]";

  g_debug ("%c %s", direction, data);
}

static void
kombo_client_init (KomboClient *self)
{
  self->session = soup_session_new_with_options ("user-agent", "Shortlist/" PACKAGE_VERSION,
                                                 "timeout", DEFAULT_WRITE_TIMEOUT + 10,
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
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_URL]);
  return TRUE;
}

void
kombo_client_set_region (KomboClient *self,
                         KomboRegion  region)
{
  g_return_if_fail (KOMBO_IS_CLIENT (self));

  if (kombo_set_str (&self->base_url, kombo_region_get_base_url (region)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_URL]);
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
    memset (self->api_key, 0, strlen (self->api_key));
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
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTEGRATION_ID]);
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

/* One call, with its retries: the GTask's data */
typedef struct
{
  char      *method;
  char      *path;
  GPtrArray *query; /* "name=escaped value" */
  gboolean   is_write;
  gboolean   needs_integration;
  GBytes    *body;
  KomboBody *stream_body;

  KomboProgressFunc progress;
  gpointer          progress_data;
  GDestroyNotify    progress_data_free;
  goffset           sent;

  guint         attempt;
  SoupMessage  *message;
  GCancellable *attempt_cancellable;
  gulong        cancelled_id;
  GSource      *timeout_source;
  gboolean      timed_out;
  GSource      *wait_source;
  GSource      *wait_cancel_source;
} Request;

static void
request_clear_attempt (Request      *request,
                       GCancellable *cancellable)
{
  if (request->cancelled_id != 0)
    g_cancellable_disconnect (cancellable, request->cancelled_id);
  request->cancelled_id = 0;
  g_clear_object (&request->attempt_cancellable);
  if (request->timeout_source != NULL)
    g_source_destroy (request->timeout_source);
  g_clear_pointer (&request->timeout_source, g_source_unref);
  if (request->wait_source != NULL)
    g_source_destroy (request->wait_source);
  g_clear_pointer (&request->wait_source, g_source_unref);
  if (request->wait_cancel_source != NULL)
    g_source_destroy (request->wait_cancel_source);
  g_clear_pointer (&request->wait_cancel_source, g_source_unref);
  g_clear_object (&request->message);
}

static void
request_free (Request *request)
{
  request_clear_attempt (request, NULL);
  g_free (request->method);
  g_free (request->path);
  g_clear_pointer (&request->query, g_ptr_array_unref);
  g_clear_pointer (&request->body, g_bytes_unref);
  g_clear_pointer (&request->stream_body, kombo_body_unref);
  if (request->progress_data_free != NULL)
    request->progress_data_free (request->progress_data);
  g_free (request);
}

static Request *
request_new (const char *method,
             const char *path,
             gboolean    needs_integration)
{
  Request *request = g_new0 (Request, 1);

  request->method = g_strdup (method);
  request->path = g_strdup (path);
  request->query = g_ptr_array_new_with_free_func (g_free);
  request->is_write = g_strcmp0 (method, "GET") != 0;
  request->needs_integration = needs_integration;
  return request;
}

static void
request_add_query (Request    *request,
                   const char *name,
                   const char *value)
{
  g_autofree char *escaped = g_uri_escape_string (value, NULL, FALSE);

  g_ptr_array_add (request->query, g_strdup_printf ("%s=%s", name, escaped));
}

static void request_send (GTask *task);

static GError *
error_from_transport (KomboClient *self,
                      Request     *request,
                      GError      *error)
{
  if (request->timed_out && request->is_write)
    return g_error_new (KOMBO_ERROR, KOMBO_ERROR_TIMEOUT,
                        g_dngettext (GETTEXT_PACKAGE,
                                     "The server did not answer within %u second. The change may still reach the applicant tracking system: check before you try again.",
                                     "The server did not answer within %u seconds. The change may still reach the applicant tracking system: check before you try again.",
                                     self->write_timeout),
                        self->write_timeout);
  if (request->timed_out)
    return g_error_new (KOMBO_ERROR, KOMBO_ERROR_TIMEOUT,
                        g_dngettext (GETTEXT_PACKAGE,
                                     "The server did not answer within %u second.",
                                     "The server did not answer within %u seconds.",
                                     self->read_timeout),
                        self->read_timeout);

  if (error->domain == G_TLS_ERROR)
    return g_error_new (KOMBO_ERROR, KOMBO_ERROR_TLS,
                        /* TRANSLATORS: %s is the TLS library's explanation */
                        _ ("The secure connection to the server failed: %s"), error->message);

  if (error->domain == G_RESOLVER_ERROR)
    return g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_NETWORK,
                                _ ("The server’s name could not be found. Check the internet connection."));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    return g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_NETWORK,
                                _ ("The server refused the connection. It may be down; try again in a moment."));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    return g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_TIMEOUT,
                                _ ("The connection to the server timed out."));

  if (error->domain == KOMBO_ERROR)
    return g_error_copy (error);

  return g_error_new (KOMBO_ERROR, KOMBO_ERROR_NETWORK,
                      /* TRANSLATORS: %s is the network library's explanation */
                      _ ("The connection to the server failed: %s"), error->message);
}

/* Kombo's envelope {"status":"error","error":{...}}, or %NULL if the body is something else */
static GError *
error_from_envelope (guint   status,
                     GBytes *bytes)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonNode   *root;
  JsonObject *error;

  if (bytes == NULL || g_bytes_get_size (bytes) == 0 ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  error = kombo_json_get_object (json_node_get_object (root), "error");
  if (error == NULL)
    return NULL;

  return kombo_error_new_api (status,
                              kombo_json_get_string (error, "code"),
                              kombo_json_get_string (error, "title"),
                              kombo_json_get_string (error, "message"),
                              kombo_json_get_string (error, "log_url"));
}

/* Retry-After in seconds or as an HTTP date; else ratelimit-reset for a 429; else -1 */
static gint64
announced_wait_ms (SoupMessage *message)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (message);
  const char         *retry_after = soup_message_headers_get_one (headers, "Retry-After");
  const char         *reset = soup_message_headers_get_one (headers, "ratelimit-reset");
  char               *end = NULL;

  if (retry_after != NULL)
    {
      guint64 seconds = g_ascii_strtoull (retry_after, &end, 10);

      if (end != retry_after && *end == '\0')
        return (gint64) MIN (seconds, G_MAXINT32) * 1000;
      else
        {
          g_autoptr (GDateTime) when = soup_date_time_new_from_http_string (retry_after);
          g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

          if (when != NULL)
            return MAX (0, g_date_time_difference (when, now) / 1000);
        }
    }

  if (reset != NULL && soup_message_get_status (message) == HTTP_TOO_MANY_REQUESTS)
    {
      guint64 seconds = g_ascii_strtoull (reset, &end, 10);

      if (end != reset && *end == '\0')
        return (gint64) MIN (seconds, G_MAXINT32) * 1000;
    }

  return -1;
}

static gboolean
should_retry (Request      *request,
              SoupMessage  *message,
              const GError *error)
{
  guint status = message ? soup_message_get_status (message) : 0;

  if (request->attempt >= (request->is_write ? MAX_WRITE_RETRIES : MAX_READ_RETRIES))
    return FALSE;

  /* A write that may have reached the ATS must not be repeated behind the person's back:
   * only Kombo's own limits reject a write before any work started. */
  if (request->is_write)
    return status == HTTP_TOO_MANY_REQUESTS && kombo_error_is_rate_limit (error);

  if (error->domain == KOMBO_ERROR && error->code == KOMBO_ERROR_NETWORK)
    return TRUE;

  return status == HTTP_TOO_MANY_REQUESTS ||
         status == SOUP_STATUS_BAD_GATEWAY ||
         status == SOUP_STATUS_SERVICE_UNAVAILABLE ||
         status == SOUP_STATUS_GATEWAY_TIMEOUT;
}

static gboolean
wait_done_cb (gpointer user_data)
{
  GTask   *task = user_data;
  Request *request = g_task_get_task_data (task);

  g_clear_pointer (&request->wait_source, g_source_unref);
  request_clear_attempt (request, g_task_get_cancellable (task));
  request_send (task);
  return G_SOURCE_REMOVE;
}

static gboolean
wait_cancelled_cb (GCancellable *cancellable,
                   gpointer      user_data)
{
  GTask   *task = user_data;
  Request *request = g_task_get_task_data (task);

  g_clear_pointer (&request->wait_cancel_source, g_source_unref);
  /* A cancellable source runs after the cancellation, so disconnecting here is safe */
  request_clear_attempt (request, cancellable);
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _ ("Cancelled"));
  g_object_unref (task);
  return G_SOURCE_REMOVE;
}

/* Returns: whether a retry was scheduled; @task is then kept */
static gboolean
schedule_retry (GTask        *task,
                SoupMessage  *message,
                const GError *error)
{
  KomboClient  *self = g_task_get_source_object (task);
  Request      *request = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  gint64        wait_ms;

  if (!should_retry (request, message, error))
    return FALSE;

  wait_ms = message ? announced_wait_ms (message) : -1;
  if (wait_ms > MAX_ANNOUNCED_WAIT_MS)
    return FALSE;

  if (wait_ms < 0)
    {
      /* Exponential from the base delay, with ±20 % jitter so that clients spread out */
      double base = (double) self->retry_base_ms * (1u << MIN (request->attempt, 10));

      wait_ms = (gint64) MIN (base * g_random_double_range (0.8, 1.2), MAX_BACKOFF_MS);
    }

  g_debug ("Retrying %s %s in %" G_GINT64_FORMAT " ms after: %s",
           request->method, request->path, wait_ms, error->message);

  request->attempt++;
  request->wait_source = g_timeout_source_new ((guint) wait_ms);
  g_source_set_callback (request->wait_source, wait_done_cb, task, NULL);
  g_source_attach (request->wait_source, g_main_context_get_thread_default ());

  if (cancellable != NULL)
    {
      request->wait_cancel_source = g_cancellable_source_new (cancellable);
      g_source_set_callback (request->wait_cancel_source, G_SOURCE_FUNC (wait_cancelled_cb), task, NULL);
      g_source_attach (request->wait_cancel_source, g_main_context_get_thread_default ());
    }

  return TRUE;
}

static void
fail (GTask       *task,
      SoupMessage *message,
      GError      *error)
{
  Request *request = g_task_get_task_data (task);

  if (schedule_retry (task, message, error))
    {
      g_error_free (error);
      return;
    }

  request_clear_attempt (request, g_task_get_cancellable (task));
  g_task_return_error (task, error);
  g_object_unref (task);
}

static void
send_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GTask       *task = user_data;
  Request     *request = g_task_get_task_data (task);
  SoupMessage *message = request->message;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonParser) parser = NULL;
  JsonNode *root;
  guint     status;

  bytes = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &error);

  if (bytes == NULL)
    {
      if (g_task_return_error_if_cancelled (task))
        {
          request_clear_attempt (request, g_task_get_cancellable (task));
          g_object_unref (task);
          return;
        }
      fail (task, message, error_from_transport (g_task_get_source_object (task), request, error));
      return;
    }

  status = soup_message_get_status (message);

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      GError *api_error = error_from_envelope (status, bytes);

      if (api_error == NULL)
        api_error = kombo_error_new_http (status, soup_message_get_reason_phrase (message),
                                          soup_message_headers_get_content_type (soup_message_get_response_headers (message), NULL),
                                          bytes);
      fail (task, message, api_error);
      return;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL) ||
      (root = json_parser_get_root (parser)) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (task, NULL,
            g_error_new (KOMBO_ERROR, KOMBO_ERROR_INVALID_RESPONSE,
                         /* TRANSLATORS: %u is an HTTP status such as 200 */
                         _ ("The server answered HTTP %u, but not with data Shortlist can read. Is the server address right?"),
                         status));
      return;
    }

  if (g_strcmp0 (kombo_json_get_string (json_node_get_object (root), "status"), "error") == 0)
    {
      GError *api_error = error_from_envelope (status, bytes);

      if (api_error != NULL)
        {
          fail (task, NULL, api_error);
          return;
        }
    }

  request_clear_attempt (request, g_task_get_cancellable (task));
  g_task_return_pointer (task, json_object_ref (json_node_get_object (root)),
                         (GDestroyNotify) json_object_unref);
  g_object_unref (task);
}

static gboolean
timeout_cb (gpointer user_data)
{
  Request *request = user_data;

  request->timed_out = TRUE;
  g_clear_pointer (&request->timeout_source, g_source_unref);
  g_cancellable_cancel (request->attempt_cancellable);
  return G_SOURCE_REMOVE;
}

static void
cancelled_cb (GCancellable *cancellable,
              gpointer      user_data)
{
  GCancellable *attempt_cancellable = user_data;

  g_cancellable_cancel (attempt_cancellable);
}

static void
restarted_cb (SoupMessage *message,
              gpointer     user_data)
{
  Request *request = user_data;
  g_autoptr (GInputStream) stream = kombo_body_open (request->stream_body);

  /* A redirect or an authentication round sends the body again, from the start */
  request->sent = 0;
  soup_message_set_request_body (message, "application/json", stream,
                                 kombo_body_get_length (request->stream_body));
}

static void
wrote_body_data_cb (SoupMessage *message,
                    guint        chunk_size,
                    gpointer     user_data)
{
  Request *request = user_data;

  request->sent += chunk_size;
  if (request->progress != NULL)
    request->progress (request->sent, kombo_body_get_length (request->stream_body), request->progress_data);
}

static void
request_send (GTask *task)
{
  KomboClient  *self = g_task_get_source_object (task);
  Request      *request = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr (GString) url = g_string_new (self->base_url);
  g_autoptr (GUri) uri = NULL;
  g_autoptr (GError) error = NULL;
  SoupMessageHeaders *headers;

  g_string_append (url, request->path);
  for (guint i = 0; i < request->query->len; i++)
    {
      g_string_append_c (url, i == 0 ? '?' : '&');
      g_string_append (url, g_ptr_array_index (request->query, i));
    }

  uri = g_uri_parse (url->str, SOUP_HTTP_URI_FLAGS, &error);
  if (uri == NULL)
    {
      request_clear_attempt (request, cancellable);
      g_task_return_new_error (task, KOMBO_ERROR, KOMBO_ERROR_INVALID_URL,
                               _ ("“%s” is not a server address."), url->str);
      g_object_unref (task);
      return;
    }

  request->timed_out = FALSE;
  request->sent = 0;
  request->message = soup_message_new_from_uri (request->method, uri);
  headers = soup_message_get_request_headers (request->message);
  soup_message_headers_replace (headers, "Accept", "application/json");
  {
    g_autofree char *authorization = g_strdup_printf ("Bearer %s", self->api_key);

    soup_message_headers_replace (headers, "Authorization", authorization);
    memset (authorization, 0, strlen (authorization));
  }
  if (request->needs_integration)
    soup_message_headers_replace (headers, "X-Integration-Id", self->integration_id);

  if (request->body != NULL)
    soup_message_set_request_body_from_bytes (request->message, "application/json", request->body);
  else if (request->stream_body != NULL)
    {
      g_autoptr (GInputStream) stream = kombo_body_open (request->stream_body);

      soup_message_set_request_body (request->message, "application/json", stream,
                                     kombo_body_get_length (request->stream_body));
      g_signal_connect (request->message, "restarted", G_CALLBACK (restarted_cb), request);
      g_signal_connect (request->message, "wrote-body-data", G_CALLBACK (wrote_body_data_cb), request);
    }

  request->attempt_cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    request->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (cancelled_cb),
                                                   g_object_ref (request->attempt_cancellable),
                                                   g_object_unref);

  request->timeout_source = g_timeout_source_new_seconds (request->is_write ? self->write_timeout
                                                                            : self->read_timeout);
  g_source_set_callback (request->timeout_source, timeout_cb, request, NULL);
  g_source_attach (request->timeout_source, g_main_context_get_thread_default ());

  soup_session_send_and_read_async (self->session, request->message, G_PRIORITY_DEFAULT,
                                    request->attempt_cancellable, send_cb, task);
}

/* Starts @request; the task's result is the answer's root JSON object */
static void
start_request (KomboClient        *self,
               Request            *request,
               gpointer            source_tag,
               GCancellable       *cancellable,
               GAsyncReadyCallback callback,
               gpointer            user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);

  if (self->api_key == NULL)
    {
      g_task_return_new_error (task, KOMBO_ERROR, KOMBO_ERROR_NOT_CONFIGURED, "%s",
                               _ ("Enter a Kombo API key first."));
      g_object_unref (task);
      return;
    }

  if (request->needs_integration && self->integration_id == NULL)
    {
      g_task_return_new_error (task, KOMBO_ERROR, KOMBO_ERROR_NOT_CONFIGURED, "%s",
                               _ ("Add an integration first: it says which applicant tracking system to work in."));
      g_object_unref (task);
      return;
    }

  request_send (task);
}

static JsonObject *
finish_request (KomboClient  *self,
                GAsyncResult *result,
                gpointer      source_tag,
                GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* A list call, following the cursor through every page */
typedef struct
{
  char      *path;
  GPtrArray *filters; /* name, value, name, value... */
  gpointer (*parse) (JsonObject *object);
  GListStore *results;
  char       *cursor;
  guint       pages;
} ListState;

static void
list_state_free (ListState *state)
{
  g_free (state->path);
  g_ptr_array_unref (state->filters);
  g_clear_object (&state->results);
  g_free (state->cursor);
  g_free (state);
}

static void list_page_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data);

static void
list_request_page (GTask *task)
{
  KomboClient *self = g_task_get_source_object (task);
  ListState   *state = g_task_get_task_data (task);
  Request     *request = request_new ("GET", state->path, TRUE);

  for (guint i = 0; i + 1 < state->filters->len; i += 2)
    request_add_query (request, g_ptr_array_index (state->filters, i), g_ptr_array_index (state->filters, i + 1));
  request_add_query (request, "page_size", PAGE_SIZE);
  if (state->cursor != NULL)
    request_add_query (request, "cursor", state->cursor);

  start_request (self, request, list_request_page, g_task_get_cancellable (task), list_page_cb, task);
}

static void
list_page_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  ListState *state = g_task_get_task_data (task);
  g_autoptr (JsonObject) root = NULL;
  g_autoptr (GError) error = NULL;
  JsonObject *data;
  JsonArray  *results;
  const char *next;

  root = finish_request (KOMBO_CLIENT (object), result, list_request_page, &error);
  if (root == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data = kombo_json_get_object (root, "data");
  results = kombo_json_get_array (data, "results");
  for (guint i = 0; results != NULL && i < json_array_get_length (results); i++)
    {
      JsonNode *node = json_array_get_element (results, i);
      g_autoptr (GObject) item = NULL;

      /* A record that cannot be read is skipped, never the whole list */
      if (JSON_NODE_HOLDS_OBJECT (node) && (item = state->parse (json_node_get_object (node))) != NULL)
        g_list_store_append (state->results, item);
    }

  next = kombo_json_get_string (data, "next");
  state->pages++;
  if (next != NULL && *next != '\0' && g_strcmp0 (next, state->cursor) != 0 && state->pages < MAX_PAGES)
    {
      kombo_set_str (&state->cursor, next);
      list_request_page (g_steal_pointer (&task));
      return;
    }

  g_task_return_pointer (task, g_object_ref (state->results), g_object_unref);
}

static void
start_list (KomboClient *self,
            const char  *path,
            GType        item_type,
            gpointer (*parse) (JsonObject *object),
            GPtrArray          *filters,
            gpointer            source_tag,
            GCancellable       *cancellable,
            GAsyncReadyCallback callback,
            gpointer            user_data)
{
  GTask     *task = g_task_new (self, cancellable, callback, user_data);
  ListState *state = g_new0 (ListState, 1);

  state->path = g_strdup (path);
  state->filters = filters;
  state->parse = parse;
  state->results = g_list_store_new (item_type);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, state, (GDestroyNotify) list_state_free);
  list_request_page (task);
}

static GListModel *
finish_list (KomboClient  *self,
             GAsyncResult *result,
             gpointer      source_tag,
             GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
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

  start_request (self, request_new ("GET", "/check-api-key", FALSE),
                 kombo_client_check_api_key_async, cancellable, callback, user_data);
}

/* Returns: the id of the Kombo environment the key belongs to */
char *
kombo_client_check_api_key_finish (KomboClient  *self,
                                   GAsyncResult *result,
                                   GError      **error)
{
  g_autoptr (JsonObject) root = finish_request (self, result, kombo_client_check_api_key_async, error);
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
  start_request (self, request_new ("GET", path, FALSE),
                 kombo_client_get_integration_async, cancellable, callback, user_data);
}

KomboIntegration *
kombo_client_get_integration_finish (KomboClient  *self,
                                     GAsyncResult *result,
                                     GError      **error)
{
  g_autoptr (JsonObject) root = finish_request (self, result, kombo_client_get_integration_async, error);
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

  start_list (self, "/ats/jobs", KOMBO_TYPE_JOB, (gpointer) kombo_job_new_from_json, filters,
              kombo_client_get_jobs_async, cancellable, callback, user_data);
}

/* Returns: (transfer full): a list of KomboJob */
GListModel *
kombo_client_get_jobs_finish (KomboClient  *self,
                              GAsyncResult *result,
                              GError      **error)
{
  return finish_list (self, result, kombo_client_get_jobs_async, error);
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
  start_list (self, "/ats/candidates", KOMBO_TYPE_CANDIDATE_RECORD,
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
  GPtrArray *filters = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (KOMBO_IS_CLIENT (self));
  g_return_if_fail (ids != NULL && ids[0] != NULL);

  g_ptr_array_add (filters, g_strdup ("ids"));
  g_ptr_array_add (filters, g_strjoinv (",", (char **) ids));
  /* One source tag for both lookups, so one finish serves them */
  start_list (self, "/ats/candidates", KOMBO_TYPE_CANDIDATE_RECORD,
              (gpointer) kombo_candidate_record_new_from_json, filters,
              kombo_client_get_candidates_by_email_async, cancellable, callback, user_data);
}

/* Returns: (transfer full): a list of KomboCandidateRecord */
GListModel *
kombo_client_get_candidates_finish (KomboClient  *self,
                                    GAsyncResult *result,
                                    GError      **error)
{
  return finish_list (self, result, kombo_client_get_candidates_by_email_async, error);
}

void
kombo_client_get_tags_async (KomboClient        *self,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  g_return_if_fail (KOMBO_IS_CLIENT (self));

  start_list (self, "/ats/tags", KOMBO_TYPE_TAG, (gpointer) kombo_tag_new_from_json,
              g_ptr_array_new_with_free_func (g_free),
              kombo_client_get_tags_async, cancellable, callback, user_data);
}

/* Returns: (transfer full): a list of KomboTag */
GListModel *
kombo_client_get_tags_finish (KomboClient  *self,
                              GAsyncResult *result,
                              GError      **error)
{
  return finish_list (self, result, kombo_client_get_tags_async, error);
}

void
kombo_client_get_attachment_restrictions_async (KomboClient        *self,
                                                GCancellable       *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer            user_data)
{
  g_return_if_fail (KOMBO_IS_CLIENT (self));

  start_request (self, request_new ("GET", "/ats/actions/ats_create_candidate", TRUE),
                 kombo_client_get_attachment_restrictions_async, cancellable, callback, user_data);
}

KomboAttachmentRestrictions *
kombo_client_get_attachment_restrictions_finish (KomboClient  *self,
                                                 GAsyncResult *result,
                                                 GError      **error)
{
  g_autoptr (JsonObject) root = finish_request (self, result,
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

static void
write_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (JsonObject) root = NULL;
  g_autoptr (GError) error = NULL;
  gboolean with_candidate = GPOINTER_TO_INT (g_task_get_task_data (task));

  root = finish_request (KOMBO_CLIENT (object), result, write_done_cb, &error);
  if (root == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, kombo_write_result_new_from_json (root, with_candidate), g_object_unref);
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
  g_autoptr (GTask) task = NULL;
  g_autoptr (GPtrArray) violations = NULL;
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *uuid = NULL;
  g_autofree char *marker = NULL;
  g_autofree char *json = NULL;
  g_autoptr (KomboBody) body = NULL;
  g_autoptr (GError) error = NULL;
  Request *request;

  g_return_if_fail (KOMBO_IS_CLIENT (self));
  g_return_if_fail (KOMBO_IS_CANDIDATE (candidate));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kombo_client_create_candidate_async);
  g_task_set_task_data (task, GINT_TO_POINTER (TRUE), NULL);

  violations = kombo_candidate_validate (candidate);
  if (!check_violations (task, violations))
    {
      if (progress_data_free != NULL)
        progress_data_free (progress_data);
      return;
    }

  /* A fresh random marker cannot collide with anything a person typed */
  uuid = g_uuid_string_random ();
  marker = g_strconcat ("kombo-file-", uuid, NULL);
  json = kombo_candidate_to_json_with_markers (candidate, marker, files);
  body = kombo_body_new (json, marker, files, &error);
  if (body == NULL)
    {
      if (progress_data_free != NULL)
        progress_data_free (progress_data);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  request = request_new ("POST", "/ats/candidates", TRUE);
  if (files->len > 0)
    {
      request->stream_body = g_steal_pointer (&body);
      request->progress = progress;
      request->progress_data = progress_data;
      request->progress_data_free = progress_data_free;
    }
  else
    {
      gsize length = strlen (json);

      request->body = g_bytes_new_take (g_steal_pointer (&json), length);
      if (progress_data_free != NULL)
        progress_data_free (progress_data);
    }

  start_request (self, request, write_done_cb, cancellable, write_done_cb, g_steal_pointer (&task));
}

KomboWriteResult *
kombo_client_create_candidate_finish (KomboClient  *self,
                                      GAsyncResult *result,
                                      GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
start_simple_write (KomboClient        *self,
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
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;
  g_autofree char *stripped_id = kombo_strdup_stripped (candidate_id);
  Request         *request;

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, GINT_TO_POINTER (FALSE), NULL);

  if (stripped_id == NULL)
    kombo_violations_add (violations, "candidate_id", "%s", _ ("Choose the candidate first."));

  if (!check_violations (task, violations))
    {
      g_free (json);
      return;
    }

  escaped = g_uri_escape_string (stripped_id, G_URI_RESERVED_CHARS_ALLOWED_IN_PATH_ELEMENT, FALSE);
  path = g_strdup_printf ("/ats/candidates/%s/%s", escaped, member);
  request = request_new ("POST", path, TRUE);
  request->body = g_bytes_new_take (json, strlen (json));

  start_request (self, request, write_done_cb, cancellable, write_done_cb, g_steal_pointer (&task));
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
  start_simple_write (self, candidate_id, "tags",
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

void
kombo_client_add_result_link_async (KomboClient        *self,
                                    const char         *candidate_id,
                                    KomboResultLink    *link,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  g_autoptr (GPtrArray) violations = NULL;

  g_return_if_fail (KOMBO_IS_CLIENT (self));
  g_return_if_fail (KOMBO_IS_RESULT_LINK (link));

  violations = kombo_result_link_validate (link);
  start_simple_write (self, candidate_id, "result-links",
                      violations->len == 0 ? kombo_result_link_to_json (link) : NULL, violations,
                      kombo_client_add_result_link_async, cancellable, callback, user_data);
}

KomboWriteResult *
kombo_client_add_result_link_finish (KomboClient  *self,
                                     GAsyncResult *result,
                                     GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
