/* kombo-http.c: one call to the Kombo API: URL, key, body, timeouts, retries, paging
 *
 * Everything HTTP is here and nothing of the endpoints: a call is a method, a path, query
 * parameters and a body. Reads retry 429, 502, 503, 504 and connection failures with
 * exponential backoff and jitter, honouring Retry-After and ratelimit-reset; writes retry only
 * Kombo's own rate and concurrency limits, which reject a call before any work starts.
 * Cancelling stops a wait at once. An answer of 256 KB or more is read on a worker thread, so a
 * page of hundreds of jobs with their questions does not hold the window's frames.
 */
#define G_LOG_DOMAIN "Kombo"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "kombo-client-private.h"
#include "kombo-error.h"
#include "kombo-json.h"
#include "kombo-util.h"

#define MAX_READ_RETRIES 4
#define MAX_WRITE_RETRIES 5
#define MAX_BACKOFF_MS 30000
/* Waiting longer than this without a word would look like a hang: give the error instead */
#define MAX_ANNOUNCED_WAIT_MS 120000
#define PAGE_SIZE "250"
#define HTTP_TOO_MANY_REQUESTS 429
#define MAX_PAGES 1000

/* One call, with its retries: the GTask's data */
struct _KomboHttpRequest
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
  gint64            progress_said; /* when progress was last said */

  guint         attempt;
  SoupMessage  *message;
  GCancellable *attempt_cancellable;
  gulong        cancelled_id;
  GSource      *timeout_source;
  gboolean      timed_out;
  GSource      *wait_source;
  GSource      *wait_cancel_source;
};

static void
request_clear_attempt (KomboHttpRequest *request,
                       GCancellable     *cancellable)
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
request_free (KomboHttpRequest *request)
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

KomboHttpRequest *
kombo_http_request_new (const char *method,
                        const char *path,
                        gboolean    needs_integration)
{
  KomboHttpRequest *request = g_new0 (KomboHttpRequest, 1);

  request->method = g_strdup (method);
  request->path = g_strdup (path);
  request->query = g_ptr_array_new_with_free_func (g_free);
  request->is_write = g_strcmp0 (method, "GET") != 0;
  request->needs_integration = needs_integration;
  return request;
}

void
kombo_http_request_add_query (KomboHttpRequest *request,
                              const char       *name,
                              const char       *value)
{
  g_autofree char *escaped = g_uri_escape_string (value, NULL, FALSE);

  g_ptr_array_add (request->query, g_strdup_printf ("%s=%s", name, escaped));
}

/* @body: (transfer full): the JSON to send */
void
kombo_http_request_set_body (KomboHttpRequest *request,
                             GBytes           *body)
{
  g_clear_pointer (&request->body, g_bytes_unref);
  request->body = body;
}

/**
 * kombo_http_request_set_stream_body:
 * @body: (transfer full): a body read and encoded while it is sent
 * @progress: (nullable): called as the body is sent
 */
void
kombo_http_request_set_stream_body (KomboHttpRequest *request,
                                    KomboBody        *body,
                                    KomboProgressFunc progress,
                                    gpointer          progress_data,
                                    GDestroyNotify    progress_data_free)
{
  g_clear_pointer (&request->stream_body, kombo_body_unref);
  request->stream_body = body;
  request->progress = progress;
  request->progress_data = progress_data;
  request->progress_data_free = progress_data_free;
}

static void request_send (GTask *task);

static GError *
error_from_transport (KomboClient      *self,
                      KomboHttpRequest *request,
                      GError           *error)
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

  /* Nothing was sent: these happen before the connection is made */
  if (error->domain == G_RESOLVER_ERROR)
    return g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_UNREACHABLE,
                                _ ("The server’s name could not be found. Check the internet connection."));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    return g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_UNREACHABLE,
                                _ ("The server refused the connection. It may be down; try again in a moment."));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE))
    return g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_UNREACHABLE,
                                _ ("The server cannot be reached. Check the internet connection."));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    return g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_TIMEOUT,
                                _ ("The connection to the server timed out."));

  if (error->domain == KOMBO_ERROR)
    return g_error_copy (error);

  if (request->is_write)
    return g_error_new (KOMBO_ERROR, KOMBO_ERROR_NETWORK,
                        /* TRANSLATORS: %s is the network library's explanation */
                        _ ("The connection to the server broke before it answered (%s). The change may still reach the applicant tracking system: check before you try again."),
                        error->message);
  return g_error_new (KOMBO_ERROR, KOMBO_ERROR_NETWORK,
                      /* TRANSLATORS: %s is the network library's explanation */
                      _ ("The connection to the server failed: %s"), error->message);
}

/* Kombo's envelope {"status":"error","error":{...}}, or %NULL if the body is something else */
GError *
kombo_http_error_from_envelope (guint   status,
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
should_retry (KomboHttpRequest *request,
              SoupMessage      *message,
              const GError     *error)
{
  guint status = message ? soup_message_get_status (message) : 0;

  if (request->attempt >= (request->is_write ? MAX_WRITE_RETRIES : MAX_READ_RETRIES))
    return FALSE;

  /* A write that may have reached the ATS must not be repeated behind the person's back:
   * only Kombo's own limits reject a write before any work started. */
  if (request->is_write)
    return status == HTTP_TOO_MANY_REQUESTS && kombo_error_is_rate_limit (error);

  if (error->domain == KOMBO_ERROR && (error->code == KOMBO_ERROR_NETWORK || error->code == KOMBO_ERROR_UNREACHABLE))
    return TRUE;

  return status == HTTP_TOO_MANY_REQUESTS ||
         status == SOUP_STATUS_BAD_GATEWAY ||
         status == SOUP_STATUS_SERVICE_UNAVAILABLE ||
         status == SOUP_STATUS_GATEWAY_TIMEOUT;
}

static gboolean
wait_done_cb (gpointer user_data)
{
  GTask            *task = user_data;
  KomboHttpRequest *request = g_task_get_task_data (task);

  g_clear_pointer (&request->wait_source, g_source_unref);
  request_clear_attempt (request, g_task_get_cancellable (task));
  request_send (task);
  return G_SOURCE_REMOVE;
}

static gboolean
wait_cancelled_cb (GCancellable *cancellable,
                   gpointer      user_data)
{
  GTask            *task = user_data;
  KomboHttpRequest *request = g_task_get_task_data (task);

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
  KomboClient      *self = g_task_get_source_object (task);
  KomboHttpRequest *request = g_task_get_task_data (task);
  GCancellable     *cancellable = g_task_get_cancellable (task);
  gint64            wait_ms;

  if (!should_retry (request, message, error))
    {
      if (kombo_error_is_rate_limit (error))
        g_signal_emit_by_name (self, "limited", kombo_error_get_code (error), -1);
      return FALSE;
    }

  wait_ms = message ? announced_wait_ms (message) : -1;
  if (wait_ms > MAX_ANNOUNCED_WAIT_MS)
    {
      g_signal_emit_by_name (self, "limited", kombo_error_get_code (error), -1);
      return FALSE;
    }

  if (wait_ms < 0)
    {
      /* Exponential from the base delay, with ±20 % jitter so that clients spread out. A
       * concurrency limit frees a place as soon as one call in flight ends: a tenth of it. */
      gboolean concurrency = g_strcmp0 (kombo_error_get_code (error), "PLATFORM.CONCURRENCY_LIMIT_EXCEEDED") == 0;
      double   base = (double) self->retry_base_ms / (concurrency ? 10 : 1) * (1u << MIN (request->attempt, 10));

      wait_ms = (gint64) MIN (base * g_random_double_range (0.8, 1.2), MAX_BACKOFF_MS);
    }

  g_debug ("Retrying %s %s in %" G_GINT64_FORMAT " ms after: %s",
           request->method, request->path, wait_ms, error->message);
  if (kombo_error_is_rate_limit (error))
    g_signal_emit_by_name (self, "limited", kombo_error_get_code (error), (int) wait_ms);

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
  KomboHttpRequest *request = g_task_get_task_data (task);

  if (schedule_retry (task, message, error))
    {
      g_error_free (error);
      return;
    }

  request_clear_attempt (request, g_task_get_cancellable (task));
  g_task_return_error (task, error);
  g_object_unref (task);
}

/* Kombo says with every answer to a write how many it takes in flight: KomboBatch sends as
 * many from then on, rather than finding out by being refused */
static void
note_concurrency_limit (KomboClient *self,
                        SoupMessage *message)
{
  const char *limit = soup_message_headers_get_one (soup_message_get_response_headers (message), "Concurrency-Limit");
  guint64     value;
  char       *end = NULL;

  if (limit == NULL)
    return;
  value = g_ascii_strtoull (limit, &end, 10);
  if (end != limit && *end == '\0' && value > 0 && value <= 1000)
    self->concurrency_limit = (guint) value;
}

/* Answers at least this long are read on a worker thread */
/* Reading takes about 35 µs a kilobyte (a page of 200 candidates, 88 KB: 3 ms, on a 2-core
 * machine): below this it fits between two frames, and a thread of its own beside the window
 * and the display server was found to slow the frames more than it spared them */
#define READ_IN_THREAD_BYTES (256 * 1024)

/* Returns: (transfer full) (nullable): the answer's root object, or %NULL when it is not JSON
 * or holds no object */
static JsonObject *
read_answer (GBytes *bytes)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  return json_object_ref (json_node_get_object (root));
}

static void
read_in_thread (GTask        *read,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  g_task_return_pointer (read, read_answer (task_data), (GDestroyNotify) json_object_unref);
}

/* The call answered with success and @answer read from @bytes (%NULL when it could not be):
 * returns it, or the error Kombo said in it */
static void
answered (GTask      *task,
          GBytes     *bytes,
          JsonObject *answer)
{
  KomboHttpRequest *request = g_task_get_task_data (task);
  guint             status = soup_message_get_status (request->message);

  if (answer == NULL)
    {
      fail (task, NULL,
            g_error_new (KOMBO_ERROR, KOMBO_ERROR_INVALID_RESPONSE,
                         /* TRANSLATORS: %u is an HTTP status such as 200 */
                         _ ("The server answered HTTP %u, but not with data Shortlist can read. Is the server address right?"),
                         status));
      return;
    }

  if (g_strcmp0 (kombo_json_get_string (answer, "status"), "error") == 0)
    {
      GError *api_error = kombo_http_error_from_envelope (status, bytes);

      if (api_error != NULL)
        {
          fail (task, NULL, api_error);
          return;
        }
    }

  request_clear_attempt (request, g_task_get_cancellable (task));
  g_task_return_pointer (task, json_object_ref (answer), (GDestroyNotify) json_object_unref);
  g_object_unref (task);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr (JsonObject) answer = g_task_propagate_pointer (G_TASK (result), NULL);

  answered (user_data, g_task_get_task_data (G_TASK (result)), answer);
}

static void
send_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GTask            *task = user_data;
  KomboHttpRequest *request = g_task_get_task_data (task);
  SoupMessage      *message = request->message;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonObject) answer = NULL;
  guint status;

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
  note_concurrency_limit (g_task_get_source_object (task), message);

  if (SOUP_STATUS_IS_REDIRECTION (status))
    {
      const char *location = soup_message_headers_get_one (soup_message_get_response_headers (message), "Location");

      fail (task, message,
            g_error_new (KOMBO_ERROR, KOMBO_ERROR_HTTP,
                         /* TRANSLATORS: %u is an HTTP status such as 302, %s an address */
                         _ ("The server answered HTTP %u and sent the call elsewhere (%s). Shortlist does not follow redirects; check the server address."),
                         status, location ? location : _ ("no address given")));
      return;
    }

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      GError *api_error = kombo_http_error_from_envelope (status, bytes);

      if (api_error == NULL)
        api_error = kombo_error_new_http (status, soup_message_get_reason_phrase (message),
                                          soup_message_headers_get_content_type (soup_message_get_response_headers (message), NULL),
                                          bytes);
      fail (task, message, api_error);
      return;
    }

  /* A long answer is read on a worker thread: a page of 250 jobs with their stages and
   * questions takes longer to read than a frame may */
  if (g_bytes_get_size (bytes) >= READ_IN_THREAD_BYTES)
    {
      GTask *read = g_task_new (NULL, NULL, read_cb, task);

      g_task_set_task_data (read, g_bytes_ref (bytes), (GDestroyNotify) g_bytes_unref);
      g_task_run_in_thread (read, read_in_thread);
      g_object_unref (read);
      return;
    }
  answer = read_answer (bytes);
  answered (task, bytes, answer);
}

static gboolean
timeout_cb (gpointer user_data)
{
  KomboHttpRequest *request = user_data;

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
  KomboHttpRequest *request = user_data;
  g_autoptr (GInputStream) stream = kombo_body_open (request->stream_body);

  /* A redirect or an authentication round sends the body again, from the start */
  request->sent = 0;
  request->progress_said = 0;
  soup_message_set_request_body (message, "application/json", stream,
                                 kombo_body_get_length (request->stream_body));
}

/* No more often than a window draws, with room to spare */
#define PROGRESS_EVERY (33 * G_TIME_SPAN_MILLISECOND)

static void
wrote_body_data_cb (SoupMessage *message,
                    guint        chunk_size,
                    gpointer     user_data)
{
  KomboHttpRequest *request = user_data;
  gint64            now = g_get_monotonic_time ();
  goffset           total = kombo_body_get_length (request->stream_body);

  request->sent += chunk_size;
  /* A chunk is a few kilobytes: said for each, a large file would ask for thousands of
   * redraws. At most every PROGRESS_EVERY, and at the end */
  if (request->progress != NULL && (request->sent >= total || now - request->progress_said >= PROGRESS_EVERY))
    {
      request->progress_said = now;
      request->progress (request->sent, total, request->progress_data);
    }
}

static void
request_send (GTask *task)
{
  KomboClient      *self = g_task_get_source_object (task);
  KomboHttpRequest *request = g_task_get_task_data (task);
  GCancellable     *cancellable = g_task_get_cancellable (task);
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
  /* Kombo does not redirect: a redirect is not followed (a write would become a read, and the
   * answer would come from another server), it is said as the answer */
  soup_message_add_flags (request->message, SOUP_MESSAGE_NO_REDIRECT);
  headers = soup_message_get_request_headers (request->message);
  soup_message_headers_replace (headers, "Accept", "application/json");
  {
    g_autofree char *authorization = g_strdup_printf ("Bearer %s", self->api_key);

    soup_message_headers_replace (headers, "Authorization", authorization);
    kombo_wipe (authorization);
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
void
kombo_http_start (KomboClient        *self,
                  KomboHttpRequest   *request,
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

static gpointer
propagate (KomboClient  *self,
           GAsyncResult *result,
           gpointer      source_tag,
           GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Returns: (transfer full): the answer's root object */
JsonObject *
kombo_http_finish (KomboClient  *self,
                   GAsyncResult *result,
                   gpointer      source_tag,
                   GError      **error)
{
  return propagate (self, result, source_tag, error);
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
  KomboClient      *self = g_task_get_source_object (task);
  ListState        *state = g_task_get_task_data (task);
  KomboHttpRequest *request = kombo_http_request_new ("GET", state->path, TRUE);

  for (guint i = 0; i + 1 < state->filters->len; i += 2)
    kombo_http_request_add_query (request, g_ptr_array_index (state->filters, i), g_ptr_array_index (state->filters, i + 1));
  kombo_http_request_add_query (request, "page_size", PAGE_SIZE);
  if (state->cursor != NULL)
    kombo_http_request_add_query (request, "cursor", state->cursor);

  kombo_http_start (self, request, list_request_page, g_task_get_cancellable (task), list_page_cb, task);
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

  root = kombo_http_finish (KOMBO_CLIENT (object), result, list_request_page, &error);
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

void
kombo_http_start_list (KomboClient *self,
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

/* Returns: (transfer full): every item of every page */
GListModel *
kombo_http_finish_list (KomboClient  *self,
                        GAsyncResult *result,
                        gpointer      source_tag,
                        GError      **error)
{
  return propagate (self, result, source_tag, error);
}
