/* limited-kombo.c: a Kombo server on 127.0.0.1 that takes a while per write and refuses writes
 * beyond a number in flight, as Kombo's concurrency limit does
 *
 * POST /ats/candidates/{id}/tags and /result-links, POST /ats/applications/{id}/result-links
 * (counted per application), and POST /ats/candidates (counted by the new candidate's email
 * address) are written after the latency, once per request, and counted per candidate; GET
 * /ats/candidates finds no one, at once. Writes are counted so that a test or a benchmark sees
 * what was lost (never written) and what was duplicated (written twice). A write beyond the
 * limit is answered at once with 429 PLATFORM.CONCURRENCY_LIMIT_EXCEEDED and does nothing.
 * Every answer to a write says the limit and what is left of it (Concurrency-Limit,
 * Concurrency-Remaining), as Kombo's do. Scripted faults: the next writes refused with another
 * 429 code (a rate-limit storm), or the next writes done and then their connection dropped
 * before the answer (an outcome the client cannot know).
 *
 * limited_kombo_serve_reads() makes it answer the reads a window makes too, each after the
 * latency: the key, the integration, one open job (job-bench, without screening questions),
 * one tag ("Bench"), and every candidate asked for by Kombo ID or email address, as if the ATS
 * had them all (each with an application to job-bench, in Interview), but for the addresses at
 * new.example.com: no one has those yet.
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "limited-kombo.h"

struct _LimitedKombo
{
  GObject parent_instance;

  SoupServer *server;
  guint       port;
  guint       limit;
  guint       latency_ms;
  guint       in_flight;
  guint       max_in_flight;
  guint       n_refused;
  guint       refuse_next;
  char       *refuse_code;
  guint       drop_next;
  GHashTable *done; /* candidate id, or a new candidate's address → times written */
  guint       n_created;
  gboolean    serve_reads;
  guint       n_reads;
};

G_DEFINE_FINAL_TYPE (LimitedKombo, limited_kombo, G_TYPE_OBJECT)

typedef struct
{
  LimitedKombo      *self;
  SoupServerMessage *msg;
  char              *candidate_id;
  gboolean           created; /* a new candidate, not a write for one */
  gboolean           drop;
} Pending;

static void
pending_free (Pending *pending)
{
  g_object_unref (pending->msg);
  g_free (pending->candidate_id);
  g_free (pending);
}

static void
answer (SoupServerMessage *msg,
        guint              status,
        const char        *body)
{
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, body, strlen (body));
}

/* As Kombo answers every write: how many it takes in flight, and how many more now */
static void
say_limit (LimitedKombo      *self,
           SoupServerMessage *msg)
{
  g_autofree char *limit = g_strdup_printf ("%u", self->limit);
  g_autofree char *remaining = g_strdup_printf ("%u", self->limit > self->in_flight ? self->limit - self->in_flight : 0);

  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Concurrency-Limit", limit);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Concurrency-Remaining", remaining);
}

static gboolean
written_cb (gpointer user_data)
{
  Pending      *pending = user_data;
  LimitedKombo *self = pending->self;
  guint         times = GPOINTER_TO_UINT (g_hash_table_lookup (self->done, pending->candidate_id));

  g_hash_table_replace (self->done, g_strdup (pending->candidate_id), GUINT_TO_POINTER (times + 1));
  self->in_flight--;
  say_limit (self, pending->msg);
  if (pending->drop)
    {
      /* Done, but the answer never arrives */
      GIOStream *stream = soup_server_message_steal_connection (pending->msg);

      g_io_stream_close (stream, NULL, NULL);
      g_object_unref (stream);
    }
  else if (pending->created)
    {
      g_autofree char *body = g_strdup_printf ("{\"status\":\"success\",\"data\":{\"id\":\"cand-%05u\",\"first_name\":\"New\","
                                               "\"last_name\":\"Candidate\",\"remote_url\":null,\"applications\":[],\"tags\":[]},"
                                               "\"warnings\":[]}",
                                               ++self->n_created);

      answer (pending->msg, SOUP_STATUS_OK, body);
      soup_server_message_unpause (pending->msg);
    }
  else
    {
      answer (pending->msg, SOUP_STATUS_OK, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
      soup_server_message_unpause (pending->msg);
    }
  pending_free (pending);
  return G_SOURCE_REMOVE;
}

/* Returns: (nullable): the address of the candidate a POST /ats/candidates creates */
static char *
dup_new_address (SoupServerMessage *msg)
{
  g_autoptr (GBytes) body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonNode   *root;
  JsonObject *candidate;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body), NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      (candidate = json_object_get_object_member (json_node_get_object (root), "candidate")) == NULL)
    return NULL;
  return g_strdup (json_object_get_string_member_with_default (candidate, "email_address", NULL));
}

static gboolean
read_answered_cb (gpointer user_data)
{
  SoupServerMessage *msg = user_data;

  soup_server_message_unpause (msg);
  g_object_unref (msg);
  return G_SOURCE_REMOVE;
}

static void
append_record (GString    *body,
               const char *id,
               const char *email)
{
  g_string_append_printf (body,
                          "%s{\"id\":\"%s\",\"remote_id\":null,\"first_name\":\"Ada\",\"last_name\":\"%s\","
                          "\"email_addresses\":[{\"email_address\":\"%s\",\"type\":null}],"
                          "\"applications\":[{\"id\":\"app-%s\",\"remote_id\":null,\"outcome\":\"PENDING\","
                          "\"rejection_reason_name\":null,\"remote_url\":null,"
                          "\"job\":{\"id\":\"job-bench\",\"name\":\"Bench Engineer\",\"remote_id\":\"1\"},"
                          "\"current_stage\":{\"id\":\"stage-interview\",\"name\":\"Interview\",\"remote_id\":null,\"index\":1}}],"
                          "\"tags\":[]}",
                          body->str[body->len - 1] == '[' ? "" : ",", id, id, email, id);
}

/* The reads a window makes, answered after the latency as if the ATS had every candidate */
static gboolean
serve_read (LimitedKombo      *self,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query)
{
  g_autoptr (GString) body = g_string_new ("{\"status\":\"success\",\"data\":");
  const char *ids = query ? g_hash_table_lookup (query, "ids") : NULL;
  const char *email = query ? g_hash_table_lookup (query, "email") : NULL;

  if (g_str_equal (path, "/v1/check-api-key"))
    g_string_append (body, "{\"environment_id\":\"bench\",\"customer_id\":\"bench\"}");
  else if (g_str_has_prefix (path, "/v1/integrations/"))
    g_string_append_printf (body,
                            "{\"id\":\"%s\",\"category\":\"ATS\",\"status\":\"ACTIVE\",\"setup_status\":\"COMPLETED\","
                            "\"tool\":{\"id\":\"bench\",\"label\":\"Bench ATS\",\"internal_label\":null,\"logo_url\":null,"
                            "\"icon_url\":null},\"end_user\":{\"organization_name\":\"Bench\",\"creator_email\":null,"
                            "\"origin_id\":null}}",
                            path + strlen ("/v1/integrations/"));
  else if (g_str_equal (path, "/v1/ats/actions/ats_create_candidate"))
    g_string_append (body, "{\"attachment_restrictions\":{\"total_size_bytes\":1073741824,\"types\":{}}}");
  else if (g_str_equal (path, "/v1/ats/jobs"))
    g_string_append (body, "{\"next\":null,\"results\":[{\"id\":\"job-bench\",\"remote_id\":\"1\",\"name\":\"Bench Engineer\","
                           "\"department\":null,\"status\":\"OPEN\",\"remote_url\":null,\"location\":null,"
                           "\"stages\":[{\"id\":\"stage-bench\",\"name\":\"Applied\",\"index\":0}],"
                           "\"screening_questions\":[]}]}");
  else if (g_str_equal (path, "/v1/ats/candidates") && email != NULL && g_str_has_suffix (email, "@new.example.com"))
    g_string_append (body, "{\"next\":null,\"results\":[]}");
  else if (g_str_equal (path, "/v1/ats/candidates") && (ids != NULL || email != NULL))
    {
      g_string_append (body, "{\"next\":null,\"results\":[");
      if (ids != NULL)
        {
          g_auto (GStrv) each = g_strsplit (ids, ",", -1);

          for (guint i = 0; each[i] != NULL; i++)
            {
              g_autofree char *address = g_strdup_printf ("%s@example.com", each[i]);

              append_record (body, each[i], address);
            }
        }
      else
        {
          g_autofree char *id = g_strdup_printf ("cand-%.*s", (int) strcspn (email, "@"), email);

          append_record (body, id, email);
        }
      g_string_append (body, "]}");
    }
  else if (g_str_equal (path, "/v1/ats/tags"))
    g_string_append (body, "{\"next\":null,\"results\":[{\"id\":\"tag-bench\",\"remote_id\":null,\"name\":\"Bench\"}]}");
  else if (g_str_has_prefix (path, "/v1/ats/"))
    g_string_append (body, "{\"next\":null,\"results\":[]}");
  else
    return FALSE;
  g_string_append (body, "}");

  self->n_reads++;
  answer (msg, SOUP_STATUS_OK, body->str);
  soup_server_message_pause (msg);
  {
    GSource *source = g_timeout_source_new (self->latency_ms);

    g_source_set_callback (source, read_answered_cb, g_object_ref (msg), NULL);
    g_source_attach (source, g_main_context_get_thread_default ());
    g_source_unref (source);
  }
  return TRUE;
}

static void
handler (SoupServer        *server,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  LimitedKombo *self = user_data;
  g_auto (GStrv) parts = g_strsplit (g_str_has_prefix (path, "/v1/") ? path + 3 : path, "/", -1);
  Pending *pending;

  g_autofree char *key = NULL;

  if (self->serve_reads && g_strcmp0 (soup_server_message_get_method (msg), "GET") == 0 && serve_read (self, msg, path, query))
    return;
  if (g_strcmp0 (soup_server_message_get_method (msg), "GET") == 0 && g_strv_length (parts) == 3 &&
      g_strcmp0 (parts[2], "candidates") == 0)
    {
      answer (msg, SOUP_STATUS_OK, "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[]}}");
      return;
    }
  /* "", "ats", "candidates", id, "tags", or "", "ats", "candidates" for a new one, or "", "ats",
   * "applications", id, "result-links" */
  if (g_strcmp0 (soup_server_message_get_method (msg), "POST") != 0 ||
      (g_strcmp0 (parts[2], "candidates") != 0 && !(g_strcmp0 (parts[2], "applications") == 0 && g_strv_length (parts) == 5)) ||
      (g_strv_length (parts) != 5 && g_strv_length (parts) != 3) ||
      (key = g_strv_length (parts) == 5 ? g_strdup (parts[3]) : dup_new_address (msg)) == NULL)
    {
      answer (msg, SOUP_STATUS_NOT_FOUND,
              "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.NOT_FOUND\",\"title\":null,\"message\":\"No such route.\",\"log_url\":null}}");
      return;
    }

  if (self->refuse_next > 0 || self->in_flight >= self->limit)
    {
      g_autofree char *body = NULL;
      const char      *code = self->refuse_next > 0 ? self->refuse_code : "PLATFORM.CONCURRENCY_LIMIT_EXCEEDED";

      if (self->refuse_next > 0)
        {
          self->refuse_next--;
          soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", "0");
        }
      body = g_strdup_printf ("{\"status\":\"error\",\"error\":{\"code\":\"%s\",\"title\":null,"
                              "\"message\":\"Too many requests.\",\"log_url\":null}}",
                              code);
      self->n_refused++;
      say_limit (self, msg);
      answer (msg, 429, body);
      return;
    }

  self->in_flight++;
  self->max_in_flight = MAX (self->max_in_flight, self->in_flight);
  pending = g_new0 (Pending, 1);
  pending->self = self;
  pending->msg = g_object_ref (msg);
  pending->candidate_id = g_steal_pointer (&key);
  pending->created = g_strv_length (parts) == 3;
  if (self->drop_next > 0)
    {
      self->drop_next--;
      pending->drop = TRUE;
    }
  soup_server_message_pause (msg);
  {
    /* In the server's own context, which may be another thread's */
    GSource *source = g_timeout_source_new (self->latency_ms);

    g_source_set_callback (source, written_cb, pending, NULL);
    g_source_attach (source, g_main_context_get_thread_default ());
    g_source_unref (source);
  }
}

static void
limited_kombo_finalize (GObject *object)
{
  LimitedKombo *self = (LimitedKombo *) object;

  soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  g_hash_table_unref (self->done);
  g_free (self->refuse_code);

  G_OBJECT_CLASS (limited_kombo_parent_class)->finalize (object);
}

static void
limited_kombo_class_init (LimitedKomboClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = limited_kombo_finalize;
}

static void
limited_kombo_init (LimitedKombo *self)
{
  self->done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

LimitedKombo *
limited_kombo_new (guint limit,
                   guint latency_ms)
{
  LimitedKombo *self = g_object_new (LIMITED_TYPE_KOMBO, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr (GSocket) socket = NULL;
  GSList *uris;

  self->limit = limit;
  self->latency_ms = latency_ms;
  self->server = soup_server_new ("server-header", "limited-kombo", NULL);
  soup_server_add_handler (self->server, NULL, handler, self, NULL);
  /* A backlog for many connections opened at once, as a batch opens them: GLib's default of
   * 10 drops the others' first packets, and they wait a second to try again */
  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  if (socket != NULL)
    g_socket_set_listen_backlog (socket, 128);
  if (socket == NULL || !g_socket_bind (socket, address, TRUE, &error) || !g_socket_listen (socket, &error) ||
      !soup_server_listen_socket (self->server, socket, 0, &error))
    g_error ("Cannot listen on 127.0.0.1: %s", error->message);
  uris = soup_server_get_uris (self->server);
  self->port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return self;
}

/* Answers the reads a window makes too, each after the latency, as if the ATS had every candidate */
void
limited_kombo_serve_reads (LimitedKombo *self)
{
  self->serve_reads = TRUE;
}

/* How many reads were answered */
guint
limited_kombo_get_n_reads (LimitedKombo *self)
{
  return self->n_reads;
}

char *
limited_kombo_dup_url (LimitedKombo *self)
{
  return g_strdup_printf ("http://127.0.0.1:%u/v1", self->port);
}

/* The next @n writes are refused with a 429 of @code and Retry-After: 0, whatever is in flight */
void
limited_kombo_refuse_next (LimitedKombo *self,
                           guint         n,
                           const char   *code)
{
  self->refuse_next = n;
  g_free (self->refuse_code);
  self->refuse_code = g_strdup (code);
}

/* The next @n writes are done, then their connection is closed before any answer */
void
limited_kombo_drop_next (LimitedKombo *self,
                         guint         n)
{
  self->drop_next = n;
}

/* How many times a write for @candidate_id was done */
guint
limited_kombo_get_done (LimitedKombo *self,
                        const char   *candidate_id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->done, candidate_id));
}

guint
limited_kombo_get_n_done (LimitedKombo *self)
{
  return g_hash_table_size (self->done);
}

guint
limited_kombo_get_n_refused (LimitedKombo *self)
{
  return self->n_refused;
}

guint
limited_kombo_get_max_in_flight (LimitedKombo *self)
{
  return self->max_in_flight;
}

static gpointer
serve_thread (gpointer data)
{
  GAsyncQueue *ready = data;
  g_autoptr (GMainContext) context = g_main_context_new ();
  g_autoptr (LimitedKombo) kombo = NULL;

  g_main_context_push_thread_default (context);
  kombo = limited_kombo_new (8, 50);
  limited_kombo_serve_reads (kombo);
  g_async_queue_push (ready, g_object_ref (kombo));
  for (;;)
    g_main_context_iteration (context, TRUE);
  return NULL;
}

/**
 * limited_kombo_start_in_thread:
 *
 * A Kombo as the window benchmarks meet it: 50 ms a request, 8 writes in flight, the reads a
 * window makes served, in a thread of its own as a server is, so that its work is no part of
 * what is measured. It runs until the process ends.
 *
 * Returns: (transfer full): the server
 */
LimitedKombo *
limited_kombo_start_in_thread (void)
{
  g_autoptr (GAsyncQueue) ready = g_async_queue_new ();

  g_thread_unref (g_thread_new ("limited-kombo", serve_thread, ready));
  return g_async_queue_pop (ready);
}
