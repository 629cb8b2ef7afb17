/* fake-kombo.c: a scripted Kombo server on 127.0.0.1 that records what it receives
 *
 * Tests queue answers per method and path; each request takes the first matching one. A
 * request nobody expected gets a 404 in Kombo's error shape, which makes the test fail loudly.
 */
#include "config.h"

#include "fake-kombo.h"

typedef struct
{
  char *method;
  char *path;
  guint status;
  char *content_type;
  char *body;
  guint delay_ms;
  GStrv headers; /* name, value, name, value... */
  char *raw;     /* bytes written on the bare connection, which is then closed */
} Answer;

typedef struct _Delayed Delayed;
static void             delayed_free (Delayed *delayed);

struct _FakeKombo
{
  GObject parent_instance;

  SoupServer *server;
  guint       port;
  gboolean    https;
  GQueue      answers;
  GPtrArray  *requests;
  GList      *delayed; /* answers waiting for their delay */
};

G_DEFINE_FINAL_TYPE (FakeKombo, fake_kombo, G_TYPE_OBJECT)

static void
answer_free (Answer *answer)
{
  g_free (answer->method);
  g_free (answer->path);
  g_free (answer->content_type);
  g_free (answer->body);
  g_strfreev (answer->headers);
  g_free (answer->raw);
  g_free (answer);
}

static void
request_free (FakeRequest *request)
{
  g_free (request->method);
  g_free (request->path);
  g_free (request->query);
  g_clear_pointer (&request->params, g_hash_table_unref);
  g_clear_pointer (&request->headers, soup_message_headers_unref);
  g_clear_pointer (&request->body, g_bytes_unref);
  g_free (request);
}

static void
fake_kombo_finalize (GObject *object)
{
  FakeKombo *self = (FakeKombo *) object;

  g_list_free_full (g_steal_pointer (&self->delayed), (GDestroyNotify) delayed_free);
  soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  g_queue_clear_full (&self->answers, (GDestroyNotify) answer_free);
  g_clear_pointer (&self->requests, g_ptr_array_unref);

  G_OBJECT_CLASS (fake_kombo_parent_class)->finalize (object);
}

static void
fake_kombo_class_init (FakeKomboClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fake_kombo_finalize;
}

static void
apply_answer (SoupServerMessage *msg,
              Answer            *answer)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  for (guint i = 0; answer->headers != NULL && answer->headers[i] && answer->headers[i + 1]; i += 2)
    soup_message_headers_replace (headers, answer->headers[i], answer->headers[i + 1]);

  soup_server_message_set_status (msg, answer->status, NULL);
  if (answer->body != NULL)
    soup_server_message_set_response (msg, answer->content_type, SOUP_MEMORY_COPY,
                                      answer->body, strlen (answer->body));
}

struct _Delayed
{
  FakeKombo         *self;
  SoupServerMessage *msg;
  Answer            *answer;
  gboolean           gone; /* the client hung up, as after a timeout or a cancel */
  guint              source;
};

static void
delayed_gone_cb (SoupServerMessage *msg,
                 gpointer           user_data)
{
  Delayed *delayed = user_data;

  delayed->gone = TRUE;
}

static void
delayed_free (Delayed *delayed)
{
  g_signal_handlers_disconnect_by_func (delayed->msg, delayed_gone_cb, delayed);
  g_clear_handle_id (&delayed->source, g_source_remove);
  g_object_unref (delayed->msg);
  answer_free (delayed->answer);
  g_free (delayed);
}

static gboolean
delayed_answer_cb (gpointer user_data)
{
  Delayed *delayed = user_data;

  delayed->source = 0;
  if (!delayed->gone && delayed->answer->raw != NULL)
    {
      /* The server breaks HTTP: whatever it wrote, the connection then ends */
      GIOStream *stream = soup_server_message_steal_connection (delayed->msg);

      g_output_stream_write_all (g_io_stream_get_output_stream (stream), delayed->answer->raw,
                                 strlen (delayed->answer->raw), NULL, NULL, NULL);
      g_io_stream_close (stream, NULL, NULL);
      g_object_unref (stream);
    }
  else if (!delayed->gone)
    {
      apply_answer (delayed->msg, delayed->answer);
      soup_server_message_unpause (delayed->msg);
    }

  delayed->self->delayed = g_list_remove (delayed->self->delayed, delayed);
  delayed_free (delayed);
  return G_SOURCE_REMOVE;
}

/* A queued path may end in "?name=value": then only a request with that parameter takes it; or in
 * "?name": then only one that has the parameter. A lookup of candidates by name takes only an
 * answer queued for it ("/ats/candidates?last_name"), so that the lookups by address that come
 * before it in a test keep theirs. */
static gboolean
answers_path (const char  *answer_path,
              FakeRequest *request)
{
  const char *query = strchr (answer_path, '?');
  g_auto (GStrv) pair = NULL;

  if (query == NULL)
    return g_strcmp0 (answer_path, request->path) == 0 && !g_hash_table_contains (request->params, "last_name");
  if (strncmp (answer_path, request->path, query - answer_path) != 0 || request->path[query - answer_path] != '\0')
    return FALSE;
  pair = g_strsplit (query + 1, "=", 2);
  if (pair[1] == NULL)
    return g_hash_table_contains (request->params, pair[0]);
  return g_strcmp0 (g_hash_table_lookup (request->params, pair[0]), pair[1]) == 0;
}

static void
handler (SoupServer        *server,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  FakeKombo       *self = user_data;
  FakeRequest     *request = g_new0 (FakeRequest, 1);
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  GUri            *uri = soup_server_message_get_uri (msg);
  Answer          *answer = NULL;

  request->method = g_strdup (soup_server_message_get_method (msg));
  request->path = g_strdup (g_str_has_prefix (path, "/v1") ? path + 3 : path);
  request->query = g_strdup (g_uri_get_query (uri));
  request->params = query ? g_hash_table_ref (query)
                          : g_hash_table_new (g_str_hash, g_str_equal);
  request->headers = soup_message_headers_new (SOUP_MESSAGE_HEADERS_REQUEST);
  {
    SoupMessageHeadersIter iter;
    const char            *name, *value;

    soup_message_headers_iter_init (&iter, soup_server_message_get_request_headers (msg));
    while (soup_message_headers_iter_next (&iter, &name, &value))
      soup_message_headers_append (request->headers, name, value);
  }
  request->body = soup_message_body_flatten (body);
  g_ptr_array_add (self->requests, request);

  for (GList *l = self->answers.head; l != NULL; l = l->next)
    {
      Answer *candidate = l->data;

      if (g_strcmp0 (candidate->method, request->method) == 0 && answers_path (candidate->path, request))
        {
          answer = candidate;
          g_queue_delete_link (&self->answers, l);
          break;
        }
    }

  if (answer == NULL)
    {
      g_autofree char *text = g_strdup_printf ("{\"status\":\"error\",\"error\":{\"code\":null,\"title\":null,"
                                               "\"message\":\"The test queued no answer for %s %s\",\"log_url\":null}}",
                                               request->method, request->path);
      Answer           unexpected = { NULL, NULL, 404, (char *) "application/json", text, 0, NULL };

      apply_answer (msg, &unexpected);
      return;
    }

  if (answer->delay_ms > 0 || answer->raw != NULL)
    {
      Delayed *delayed = g_new0 (Delayed, 1);

      delayed->self = self;
      delayed->msg = g_object_ref (msg);
      delayed->answer = answer;
      g_signal_connect (msg, "finished", G_CALLBACK (delayed_gone_cb), delayed);
      g_signal_connect (msg, "disconnected", G_CALLBACK (delayed_gone_cb), delayed);
      soup_server_message_pause (msg);
      delayed->source = g_timeout_add (answer->delay_ms, delayed_answer_cb, delayed);
      self->delayed = g_list_prepend (self->delayed, delayed);
      return;
    }

  apply_answer (msg, answer);
  answer_free (answer);
}

static void
fake_kombo_init (FakeKombo *self)
{
  self->requests = g_ptr_array_new_with_free_func ((GDestroyNotify) request_free);
}

static FakeKombo *
fake_kombo_start (GTlsCertificate *certificate)
{
  FakeKombo *self = g_object_new (FAKE_TYPE_KOMBO, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  GSList *uris;

  self->https = certificate != NULL;
  self->server = soup_server_new ("server-header", "fake-kombo", "tls-certificate", certificate, NULL);
  soup_server_add_handler (self->server, NULL, handler, self, NULL);

  if (!soup_server_listen (self->server, address, self->https ? SOUP_SERVER_LISTEN_HTTPS : 0, &error))
    g_error ("Cannot listen on 127.0.0.1: %s", error->message);

  uris = soup_server_get_uris (self->server);
  self->port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return self;
}

FakeKombo *
fake_kombo_new (void)
{
  return fake_kombo_start (NULL);
}

/* An https server whose certificate no authority signed: a client must refuse it */
FakeKombo *
fake_kombo_new_self_signed (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "self-signed-cert.pem", NULL);
  g_autoptr (GTlsCertificate) certificate = g_tls_certificate_new_from_file (path, &error);

  g_assert_no_error (error);
  return fake_kombo_start (certificate);
}

char *
fake_kombo_dup_url (FakeKombo *self)
{
  return g_strdup_printf ("%s://127.0.0.1:%u/v1", self->https ? "https" : "http", self->port);
}

guint
fake_kombo_get_port (FakeKombo *self)
{
  return self->port;
}

void
fake_kombo_respond (FakeKombo  *self,
                    const char *method,
                    const char *path,
                    guint       status,
                    const char *json_body)
{
  fake_kombo_respond_full (self, method, path, status, "application/json", json_body, 0, NULL);
}

/* The variable arguments are response headers, name then value, ending with NULL */
void
fake_kombo_respond_full (FakeKombo  *self,
                         const char *method,
                         const char *path,
                         guint       status,
                         const char *content_type,
                         const char *body,
                         guint       delay_ms,
                         ...)
{
  Answer *answer = g_new0 (Answer, 1);
  g_autoptr (GStrvBuilder) headers = g_strv_builder_new ();
  const char *name;
  va_list     args;

  answer->method = g_strdup (method);
  answer->path = g_strdup (path);
  answer->status = status;
  answer->content_type = g_strdup (content_type);
  answer->body = g_strdup (body);
  answer->delay_ms = delay_ms;

  va_start (args, delay_ms);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      g_strv_builder_add (headers, name);
      g_strv_builder_add (headers, va_arg (args, const char *));
    }
  va_end (args);
  answer->headers = g_strv_builder_end (headers);

  g_queue_push_tail (&self->answers, answer);
}

/* The request is read, then @raw is written on the connection as it is, and the connection
 * closed: "" drops it without a word, a cut-off answer is a truncated one */
void
fake_kombo_respond_raw (FakeKombo  *self,
                        const char *method,
                        const char *path,
                        const char *raw)
{
  Answer *answer = g_new0 (Answer, 1);

  answer->method = g_strdup (method);
  answer->path = g_strdup (path);
  answer->raw = g_strdup (raw);
  g_queue_push_tail (&self->answers, answer);
}

guint
fake_kombo_get_n_requests (FakeKombo *self)
{
  return self->requests->len;
}

FakeRequest *
fake_kombo_get_request (FakeKombo *self,
                        guint      index)
{
  g_assert_cmpuint (index, <, self->requests->len);
  return g_ptr_array_index (self->requests, index);
}

/* Returns: (transfer full): the request's body as a JSON object; fails the test otherwise */
JsonObject *
fake_request_get_json (FakeRequest *request)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonNode *root;

  g_assert_nonnull (request->body);
  json_parser_load_from_data (parser, g_bytes_get_data (request->body, NULL),
                              g_bytes_get_size (request->body), &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_object_ref (json_node_get_object (root));
}
