/* shortlist-demo-server.c: a Kombo-compatible server on 127.0.0.1 with made-up data, for demo mode
 *
 * It answers the calls Shortlist makes the way Kombo does, including its errors and warnings,
 * and keeps what it receives for as long as Shortlist runs, so a recruiter can try every page
 * without an account. "Open in ATS" shows the stored candidate on a page of its own.
 */
#define G_LOG_DOMAIN "shortlist-demo-server"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "shortlist-demo-resources.h"
#include "shortlist-demo-server.h"

struct _ShortlistDemoServer
{
  GObject parent_instance;

  SoupServer *server;
  char       *url;
  char       *root_url;
  JsonNode   *data;       /* the integration, restrictions and jobs, as loaded */
  GPtrArray  *candidates; /* JsonObject records, as GET /ats/candidates answers them */
  GPtrArray  *tags;       /* names */
  GPtrArray  *moving;     /* Moving: the applications made through Shortlist, which move on */
  GTimeSpan   stage_time; /* how long one stays in a stage */
  guint       next_remote_id;
};

/* How long an application made in the demo stays in a stage before it moves on */
#define DEMO_STAGE_US (60 * G_USEC_PER_SEC)

/* An application made through Shortlist, which the demo ATS moves through its job's stages
 * over time, as a client's team would: one stage a minute, then a hire or a decline */
typedef struct
{
  JsonObject *candidate;
  JsonObject *application;
  JsonObject *job;
  gint64      created;    /* g_get_real_time () */
  guint       first_step; /* the index of the stage it started in */
  gboolean    hire;       /* how it ends */
} Moving;

static void
moving_free (Moving *moving)
{
  json_object_unref (moving->candidate);
  json_object_unref (moving->application);
  json_object_unref (moving->job);
  g_free (moving);
}

G_DEFINE_FINAL_TYPE (ShortlistDemoServer, shortlist_demo_server, G_TYPE_OBJECT)

static void
shortlist_demo_server_finalize (GObject *object)
{
  ShortlistDemoServer *self = (ShortlistDemoServer *) object;

  if (self->server != NULL)
    soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->root_url, g_free);
  g_clear_pointer (&self->data, json_node_unref);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->tags, g_ptr_array_unref);
  g_clear_pointer (&self->moving, g_ptr_array_unref);

  G_OBJECT_CLASS (shortlist_demo_server_parent_class)->finalize (object);
}

static void
shortlist_demo_server_class_init (ShortlistDemoServerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = shortlist_demo_server_finalize;
}

static void
shortlist_demo_server_init (ShortlistDemoServer *self)
{
  self->candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  self->tags = g_ptr_array_new_with_free_func (g_free);
  self->moving = g_ptr_array_new_with_free_func ((GDestroyNotify) moving_free);
  self->stage_time = DEMO_STAGE_US;
  self->next_remote_id = 5001;
}

/* A Kombo-style id: 24 characters of base58 */
static char *
new_id (void)
{
  static const char alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  char             *id = g_malloc (25);

  for (guint i = 0; i < 24; i++)
    id[i] = alphabet[g_random_int_range (0, sizeof alphabet - 1)];
  id[24] = '\0';
  return id;
}

static char *
now_timestamp (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.000Z");
}

static JsonObject *
data_object (ShortlistDemoServer *self)
{
  return json_node_get_object (self->data);
}

static JsonObject *
find_job (ShortlistDemoServer *self,
          const char          *id)
{
  JsonArray *jobs = json_object_get_array_member (data_object (self), "jobs");

  for (guint i = 0; id != NULL && i < json_array_get_length (jobs); i++)
    {
      JsonObject *job = json_array_get_object_element (jobs, i);

      if (g_strcmp0 (json_object_get_string_member (job, "id"), id) == 0 ||
          (g_str_has_prefix (id, "remote:") &&
           g_strcmp0 (json_object_get_string_member (job, "remote_id"), id + strlen ("remote:")) == 0))
        return job;
    }
  return NULL;
}

static JsonObject *
find_candidate (ShortlistDemoServer *self,
                const char          *id)
{
  for (guint i = 0; i < self->candidates->len; i++)
    {
      JsonObject *candidate = g_ptr_array_index (self->candidates, i);

      if (g_strcmp0 (json_object_get_string_member (candidate, "id"), id) == 0)
        return candidate;
    }
  return NULL;
}

static JsonObject *
new_application (JsonObject *job,
                 const char *stage_id)
{
  JsonObject      *application = json_object_new ();
  JsonObject      *job_ref = json_object_new ();
  JsonArray       *stages = json_object_get_array_member (job, "stages");
  JsonObject      *stage = NULL;
  g_autofree char *id = new_id ();
  g_autofree char *now = now_timestamp ();

  for (guint i = 0; stages != NULL && i < json_array_get_length (stages); i++)
    {
      JsonObject *candidate_stage = json_array_get_object_element (stages, i);

      if (stage == NULL || g_strcmp0 (json_object_get_string_member (candidate_stage, "id"), stage_id) == 0)
        stage = candidate_stage;
    }

  json_object_set_string_member (application, "id", id);
  json_object_set_null_member (application, "remote_id");
  json_object_set_string_member (application, "outcome", "PENDING");
  json_object_set_null_member (application, "rejection_reason_name");
  json_object_set_null_member (application, "rejected_at");
  json_object_set_null_member (application, "remote_url");
  json_object_set_string_member (application, "changed_at", now);
  json_object_set_string_member (application, "remote_created_at", now);
  json_object_set_string_member (application, "remote_updated_at", now);
  if (stage != NULL)
    {
      JsonObject *current = json_object_new ();

      json_object_set_string_member (current, "id", json_object_get_string_member (stage, "id"));
      json_object_set_string_member (current, "name", json_object_get_string_member (stage, "name"));
      json_object_set_null_member (current, "remote_id");
      json_object_set_null_member (current, "index");
      json_object_set_object_member (application, "current_stage", current);
    }
  else
    json_object_set_null_member (application, "current_stage");

  json_object_set_string_member (job_ref, "id", json_object_get_string_member (job, "id"));
  json_object_set_string_member (job_ref, "name", json_object_get_string_member (job, "name"));
  json_object_set_string_member (job_ref, "remote_id", json_object_get_string_member (job, "remote_id"));
  json_object_set_object_member (application, "job", job_ref);
  return application;
}

static JsonObject *
add_candidate (ShortlistDemoServer *self,
               const char          *first_name,
               const char          *last_name,
               const char          *email,
               const char          *company,
               const char          *title,
               JsonObject          *job,
               const char          *stage_id)
{
  JsonObject      *candidate = json_object_new ();
  JsonArray       *emails = json_array_new ();
  JsonObject      *email_object = json_object_new ();
  JsonArray       *applications = json_array_new ();
  g_autofree char *id = new_id ();
  g_autofree char *remote_id = g_strdup_printf ("%u", self->next_remote_id++);
  g_autofree char *remote_url = g_strdup_printf ("%s/demo-ats/candidates/%s", self->root_url, id);
  g_autofree char *now = now_timestamp ();

  json_object_set_string_member (candidate, "id", id);
  json_object_set_string_member (candidate, "remote_id", remote_id);
  json_object_set_string_member (candidate, "first_name", first_name);
  json_object_set_string_member (candidate, "last_name", last_name);
  if (company != NULL)
    json_object_set_string_member (candidate, "company", company);
  else
    json_object_set_null_member (candidate, "company");
  if (title != NULL)
    json_object_set_string_member (candidate, "title", title);
  else
    json_object_set_null_member (candidate, "title");
  json_object_set_null_member (candidate, "confidential");
  json_object_set_string_member (candidate, "source", "Shortlist");
  json_object_set_string_member (email_object, "email_address", email);
  json_object_set_string_member (email_object, "type", "PERSONAL");
  json_array_add_object_element (emails, email_object);
  json_object_set_array_member (candidate, "email_addresses", emails);
  json_object_set_array_member (candidate, "phone_numbers", json_array_new ());
  json_object_set_string_member (candidate, "remote_url", remote_url);
  json_object_set_string_member (candidate, "changed_at", now);
  json_object_set_string_member (candidate, "remote_created_at", now);
  json_object_set_string_member (candidate, "remote_updated_at", now);
  json_object_set_null_member (candidate, "remote_deleted_at");
  json_object_set_object_member (candidate, "custom_fields", json_object_new ());
  json_object_set_array_member (candidate, "integration_fields", json_array_new ());
  json_object_set_null_member (candidate, "remote_data");
  if (job != NULL)
    json_array_add_object_element (applications, new_application (job, stage_id));
  json_object_set_array_member (candidate, "applications", applications);
  json_object_set_array_member (candidate, "tags", json_array_new ());
  json_object_set_array_member (candidate, "result_links", json_array_new ());
  json_object_set_array_member (candidate, "notes", json_array_new ());
  json_object_set_array_member (candidate, "files", json_array_new ());

  g_ptr_array_add (self->candidates, candidate);
  return candidate;
}

/* The stage at @index of @job, or NULL past the last */
static JsonObject *
job_stage (JsonObject *job,
           guint       index)
{
  JsonArray *stages = json_object_has_member (job, "stages") ? json_object_get_array_member (job, "stages") : NULL;

  return stages != NULL && index < json_array_get_length (stages) ? json_array_get_object_element (stages, index) : NULL;
}

static void
start_moving (ShortlistDemoServer *self,
              JsonObject          *candidate,
              JsonObject          *application,
              JsonObject          *job)
{
  JsonObject *current = json_object_get_object_member (application, "current_stage");
  Moving     *moving = g_new0 (Moving, 1);

  moving->candidate = json_object_ref (candidate);
  moving->application = json_object_ref (application);
  moving->job = json_object_ref (job);
  moving->created = g_get_real_time ();
  for (guint i = 0; current != NULL && job_stage (job, i) != NULL; i++)
    if (g_strcmp0 (json_object_get_string_member (job_stage (job, i), "id"), json_object_get_string_member (current, "id")) == 0)
      moving->first_step = i;
  /* Every other candidate is hired, the others declined */
  moving->hire = self->moving->len % 2 == 0;
  g_ptr_array_add (self->moving, moving);
}

/* Moves each application made through Shortlist on to where its time says it is now */
static void
advance (ShortlistDemoServer *self)
{
  gint64 now = g_get_real_time ();

  for (guint i = 0; i < self->moving->len; i++)
    {
      Moving          *moving = g_ptr_array_index (self->moving, i);
      guint            step = moving->first_step + (guint) ((now - moving->created) / self->stage_time);
      JsonObject      *stage = job_stage (moving->job, step);
      JsonObject      *current = json_object_get_object_member (moving->application, "current_stage");
      const char      *outcome = json_object_get_string_member (moving->application, "outcome");
      g_autofree char *changed = now_timestamp ();

      if (stage != NULL)
        {
          JsonObject *next;

          if (current != NULL &&
              g_strcmp0 (json_object_get_string_member (current, "id"), json_object_get_string_member (stage, "id")) == 0)
            continue;
          next = json_object_new ();
          json_object_set_string_member (next, "id", json_object_get_string_member (stage, "id"));
          json_object_set_string_member (next, "name", json_object_get_string_member (stage, "name"));
          json_object_set_null_member (next, "remote_id");
          json_object_set_int_member (next, "index", step);
          json_object_set_object_member (moving->application, "current_stage", next);
        }
      else if (g_strcmp0 (outcome, "PENDING") == 0)
        {
          /* Past the last stage: a decision */
          json_object_set_string_member (moving->application, "outcome", moving->hire ? "HIRED" : "DECLINED");
          if (!moving->hire)
            {
              json_object_set_string_member (moving->application, "rejection_reason_name", "Another candidate was a closer fit");
              json_object_set_string_member (moving->application, "rejected_at", changed);
            }
        }
      else
        continue;
      json_object_set_string_member (moving->application, "changed_at", changed);
      json_object_set_string_member (moving->application, "remote_updated_at", changed);
      json_object_set_string_member (moving->candidate, "changed_at", changed);
      json_object_set_string_member (moving->candidate, "remote_updated_at", changed);
    }
}

/* Whether @candidate changed after @after (an ISO 8601 time), as updated_after asks */
static gboolean
changed_after (JsonObject *candidate,
               GDateTime  *after)
{
  g_autoptr (GDateTime) changed = NULL;

  if (after == NULL)
    return TRUE;
  changed = g_date_time_new_from_iso8601 (json_object_get_string_member_with_default (candidate, "changed_at", ""), NULL);
  return changed == NULL || g_date_time_compare (changed, after) > 0;
}

/* Returns: whether the tag was new to the ATS */
static gboolean
tag_candidate (ShortlistDemoServer *self,
               JsonObject          *candidate,
               const char          *name)
{
  JsonArray  *tags = json_object_get_array_member (candidate, "tags");
  JsonObject *tag = json_object_new ();
  gboolean    known = FALSE;

  for (guint i = 0; i < self->tags->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (self->tags, i), name) == 0)
      known = TRUE;
  if (!known)
    g_ptr_array_add (self->tags, g_strdup (name));

  json_object_set_string_member (tag, "id", name);
  json_object_set_string_member (tag, "name", name);
  json_object_set_null_member (tag, "remote_id");
  json_array_add_object_element (tags, tag);
  return !known;
}

static void
respond_json (SoupServerMessage *msg,
              guint              status,
              JsonNode          *root)
{
  g_autofree char *text = json_to_string (root, FALSE);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, text, strlen (text));
}

static void
respond_error (SoupServerMessage *msg,
               guint              status,
               const char        *code,
               const char        *title,
               const char        *message)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *id = new_id ();
  g_autofree char *log_url = g_strdup_printf ("https://app.kombo.dev/logs/%s", id);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, "error");
  json_builder_set_member_name (builder, "error");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, code);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, title);
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, message);
  json_builder_set_member_name (builder, "log_url");
  json_builder_add_string_value (builder, log_url);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  respond_json (msg, status, root);
}

static void
respond_data (SoupServerMessage *msg,
              JsonNode          *data,
              const char *const *warnings)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, "success");
  json_builder_set_member_name (builder, "data");
  json_builder_add_value (builder, data);
  if (warnings != NULL)
    {
      json_builder_set_member_name (builder, "warnings");
      json_builder_begin_array (builder);
      for (guint i = 0; warnings[i] != NULL; i++)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "message");
          json_builder_add_string_value (builder, warnings[i]);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  respond_json (msg, 200, root);
}

/* Takes @object */
static JsonNode *
object_node (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

/* Answers one page of @items as Kombo lists do, with an offset as the cursor */
static void
respond_page (SoupServerMessage *msg,
              GHashTable        *query,
              GPtrArray         *items)
{
  const char *cursor = query ? g_hash_table_lookup (query, "cursor") : NULL;
  const char *page_size_text = query ? g_hash_table_lookup (query, "page_size") : NULL;
  guint       offset = cursor ? (guint) g_ascii_strtoull (cursor, NULL, 10) : 0;
  guint       page_size = page_size_text ? CLAMP (g_ascii_strtoull (page_size_text, NULL, 10), 1, 250) : 100;
  JsonObject *data = json_object_new ();
  JsonArray  *results = json_array_new ();

  for (guint i = offset; i < items->len && i < offset + page_size; i++)
    json_array_add_object_element (results, json_object_ref (g_ptr_array_index (items, i)));

  if (offset + page_size < items->len)
    {
      g_autofree char *next = g_strdup_printf ("%u", offset + page_size);
      json_object_set_string_member (data, "next", next);
    }
  else
    json_object_set_null_member (data, "next");
  json_object_set_array_member (data, "results", results);

  respond_data (msg, object_node (data), NULL);
}

static gboolean
contains_word (const char *haystack,
               const char *needle)
{
  g_autofree char *h = g_utf8_casefold (haystack ? haystack : "", -1);
  g_autofree char *n = g_utf8_casefold (needle, -1);

  return strstr (h, n) != NULL;
}

static void
get_jobs (ShortlistDemoServer *self,
          SoupServerMessage   *msg,
          GHashTable          *query)
{
  JsonArray  *jobs = json_object_get_array_member (data_object (self), "jobs");
  const char *name_contains = query ? g_hash_table_lookup (query, "name_contains") : NULL;
  const char *statuses = query ? g_hash_table_lookup (query, "statuses") : NULL;
  g_auto (GStrv) wanted = statuses ? g_strsplit (statuses, ",", -1) : NULL;
  g_autoptr (GPtrArray) matching = g_ptr_array_new ();

  for (guint i = 0; i < json_array_get_length (jobs); i++)
    {
      JsonObject *job = json_array_get_object_element (jobs, i);

      if (wanted != NULL && !g_strv_contains ((const char *const *) wanted, json_object_get_string_member (job, "status")))
        continue;
      if (name_contains != NULL && !contains_word (json_object_get_string_member (job, "name"), name_contains))
        continue;
      g_ptr_array_add (matching, job);
    }

  respond_page (msg, query, matching);
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *folded_a = a ? g_utf8_casefold (a, -1) : NULL;
  g_autofree char *folded_b = b ? g_utf8_casefold (b, -1) : NULL;

  return folded_a != NULL && folded_b != NULL && g_str_equal (folded_a, folded_b);
}

static void
get_candidates (ShortlistDemoServer *self,
                SoupServerMessage   *msg,
                GHashTable          *query)
{
  const char *email = query ? g_hash_table_lookup (query, "email") : NULL;
  const char *first_name = query ? g_hash_table_lookup (query, "first_name") : NULL;
  const char *last_name = query ? g_hash_table_lookup (query, "last_name") : NULL;
  const char *ids = query ? g_hash_table_lookup (query, "ids") : NULL;
  const char *remote_ids = query ? g_hash_table_lookup (query, "remote_ids") : NULL;
  g_auto (GStrv) wanted = ids ? g_strsplit (ids, ",", -1) : NULL;
  g_auto (GStrv) remote_wanted = remote_ids ? g_strsplit (remote_ids, ",", -1) : NULL;
  const char *updated_after = query ? g_hash_table_lookup (query, "updated_after") : NULL;
  g_autoptr (GDateTime) after = updated_after ? g_date_time_new_from_iso8601 (updated_after, NULL) : NULL;
  g_autoptr (GPtrArray) matching = g_ptr_array_new ();

  advance (self);
  if (updated_after != NULL && after == NULL)
    {
      respond_error (msg, 400, "PLATFORM.INPUT_INVALID", "Invalid input", "updated_after is not a date-time.");
      return;
    }
  for (guint i = 0; i < self->candidates->len; i++)
    {
      JsonObject *candidate = g_ptr_array_index (self->candidates, i);
      JsonObject *first_email = json_array_get_object_element (json_object_get_array_member (candidate, "email_addresses"), 0);

      if (email != NULL && g_ascii_strcasecmp (json_object_get_string_member (first_email, "email_address"), email) != 0)
        continue;
      /* Exact but for case, as Kombo matches names */
      if (first_name != NULL && !same_text (json_object_get_string_member (candidate, "first_name"), first_name))
        continue;
      if (last_name != NULL && !same_text (json_object_get_string_member (candidate, "last_name"), last_name))
        continue;
      if (wanted != NULL && !g_strv_contains ((const char *const *) wanted, json_object_get_string_member (candidate, "id")))
        continue;
      if (remote_wanted != NULL &&
          (json_object_get_string_member_with_default (candidate, "remote_id", NULL) == NULL ||
           !g_strv_contains ((const char *const *) remote_wanted, json_object_get_string_member (candidate, "remote_id"))))
        continue;
      if (!changed_after (candidate, after))
        continue;
      g_ptr_array_add (matching, candidate);
    }

  respond_page (msg, query, matching);
}

static void
get_tags (ShortlistDemoServer *self,
          SoupServerMessage   *msg,
          GHashTable          *query)
{
  g_autoptr (GPtrArray) tags = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);

  for (guint i = 0; i < self->tags->len; i++)
    {
      JsonObject *tag = json_object_new ();

      json_object_set_string_member (tag, "id", g_ptr_array_index (self->tags, i));
      json_object_set_null_member (tag, "remote_id");
      json_object_set_string_member (tag, "name", g_ptr_array_index (self->tags, i));
      json_object_set_null_member (tag, "remote_data");
      json_object_set_string_member (tag, "changed_at", "2026-01-05T09:00:00.000Z");
      json_object_set_null_member (tag, "remote_deleted_at");
      g_ptr_array_add (tags, tag);
    }

  respond_page (msg, query, tags);
}

static JsonObject *
parse_body (SoupServerMessage *msg)
{
  g_autoptr (GBytes) body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body), NULL))
    return NULL;
  root = json_parser_get_root (parser);
  return root && JSON_NODE_HOLDS_OBJECT (root) ? json_object_ref (json_node_get_object (root)) : NULL;
}

static const char *
string_member (JsonObject *object,
               const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  return node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
             ? json_node_get_string (node)
             : NULL;
}

static void
create_candidate (ShortlistDemoServer *self,
                  SoupServerMessage   *msg)
{
  g_autoptr (JsonObject) body = parse_body (msg);
  JsonObject *person = body && json_object_has_member (body, "candidate") ? json_object_get_object_member (body, "candidate") : NULL;
  JsonObject *application = body && json_object_has_member (body, "application") ? json_object_get_object_member (body, "application") : NULL;
  const char *email = string_member (person, "email_address");
  JsonObject *job;
  JsonObject *candidate;
  g_autoptr (GStrvBuilder) warnings = g_strv_builder_new ();
  g_auto (GStrv) warning_list = NULL;

  if (person == NULL || application == NULL || email == NULL ||
      string_member (person, "first_name") == NULL || string_member (person, "last_name") == NULL)
    {
      respond_error (msg, 400, "PLATFORM.INPUT_INVALID", "Invalid input",
                     "The body needs a candidate with first_name, last_name and email_address, and an application.");
      return;
    }

  job = find_job (self, string_member (application, "job_id"));
  if (job == NULL)
    {
      respond_error (msg, 404, "REMOTE.INPUT_INVALID", "Job not found",
                     "The demo applicant tracking system has no job with this id.");
      return;
    }
  if (g_strcmp0 (json_object_get_string_member (job, "status"), "OPEN") != 0)
    {
      respond_error (msg, 409, "ATS.JOB_CLOSED", "Job closed",
                     "This job no longer accepts applications.");
      return;
    }

  for (guint i = 0; i < self->candidates->len; i++)
    {
      JsonObject *existing = g_ptr_array_index (self->candidates, i);
      JsonObject *first_email = json_array_get_object_element (json_object_get_array_member (existing, "email_addresses"), 0);
      JsonArray  *applications = json_object_get_array_member (existing, "applications");

      if (g_ascii_strcasecmp (json_object_get_string_member (first_email, "email_address"), email) != 0)
        continue;
      for (guint j = 0; j < json_array_get_length (applications); j++)
        {
          JsonObject *existing_job = json_object_get_object_member (json_array_get_object_element (applications, j), "job");

          if (g_strcmp0 (json_object_get_string_member (existing_job, "id"), json_object_get_string_member (job, "id")) == 0)
            {
              respond_error (msg, 409, "ATS.APPLICATION_ALREADY_EXISTS", "Application already exists",
                             "This candidate has already applied to this job.");
              return;
            }
        }
    }

  candidate = add_candidate (self, string_member (person, "first_name"), string_member (person, "last_name"),
                             email, string_member (person, "company"), string_member (person, "title"),
                             job, string_member (application, "stage_id"));
  start_moving (self, candidate, json_array_get_object_element (json_object_get_array_member (candidate, "applications"), 0), job);

  /* The warnings a real ATS tends to give, so that the page shows how they look */
  if (json_object_has_member (person, "salary_expectations"))
    g_strv_builder_add (warnings, "The demo ATS has no salary field: the salary expectations were added as a note.");
  if (json_object_has_member (person, "social_links"))
    g_strv_builder_add (warnings, "Only the first social link is shown on the candidate’s profile in the demo ATS.");
  warning_list = g_strv_builder_end (warnings);

  respond_data (msg, object_node (json_object_ref (candidate)), (const char *const *) warning_list);
}

static void
copy_member (JsonObject *object,
             const char *name,
             JsonNode   *node,
             gpointer    user_data)
{
  json_object_set_member (user_data, name, json_node_copy (node));
}

/* The candidate whose application has @id, or NULL */
static JsonObject *
find_application_candidate (ShortlistDemoServer *self,
                            const char          *id)
{
  for (guint i = 0; i < self->candidates->len; i++)
    {
      JsonObject *candidate = g_ptr_array_index (self->candidates, i);
      JsonArray  *applications = json_object_get_array_member (candidate, "applications");

      for (guint j = 0; j < json_array_get_length (applications); j++)
        if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (applications, j), "id"), id) == 0)
          return candidate;
    }
  return NULL;
}

/* POST /ats/jobs/{job_id}/applications: an application to the job, for the candidate the demo
 * ATS has with the address or a new one, as Kombo de-duplicates on the ATS's side */
static void
create_application (ShortlistDemoServer *self,
                    SoupServerMessage   *msg,
                    const char          *job_id)
{
  g_autoptr (JsonObject) body = parse_body (msg);
  JsonObject *person = body && json_object_has_member (body, "candidate") ? json_object_get_object_member (body, "candidate") : NULL;
  const char *email = string_member (person, "email_address");
  JsonObject *job = find_job (self, job_id);
  JsonObject *candidate = NULL;
  JsonObject *application;
  JsonObject *answer;
  const char *remark[] = { "The demo ATS added this application to the candidate it already had.", NULL };
  gboolean    existing;

  if (person == NULL || email == NULL || string_member (person, "first_name") == NULL || string_member (person, "last_name") == NULL)
    {
      respond_error (msg, 400, "PLATFORM.INPUT_INVALID", "Invalid input",
                     "The body needs a candidate with first_name, last_name and email_address.");
      return;
    }
  if (job == NULL)
    {
      respond_error (msg, 404, "REMOTE.INPUT_INVALID", "Job not found", "The demo applicant tracking system has no job with this id.");
      return;
    }
  if (g_strcmp0 (json_object_get_string_member (job, "status"), "OPEN") != 0)
    {
      respond_error (msg, 409, "ATS.JOB_CLOSED", "Job closed", "This job no longer accepts applications.");
      return;
    }
  for (guint i = 0; candidate == NULL && i < self->candidates->len; i++)
    {
      JsonObject *each = g_ptr_array_index (self->candidates, i);
      JsonObject *first_email = json_array_get_object_element (json_object_get_array_member (each, "email_addresses"), 0);

      if (g_ascii_strcasecmp (json_object_get_string_member (first_email, "email_address"), email) == 0)
        candidate = each;
    }
  existing = candidate != NULL;
  if (candidate == NULL)
    candidate = add_candidate (self, string_member (person, "first_name"), string_member (person, "last_name"), email,
                               string_member (person, "company"), string_member (person, "title"), NULL, NULL);
  for (guint i = 0; i < json_array_get_length (json_object_get_array_member (candidate, "applications")); i++)
    {
      JsonObject *each = json_array_get_object_element (json_object_get_array_member (candidate, "applications"), i);

      if (g_strcmp0 (json_object_get_string_member (json_object_get_object_member (each, "job"), "id"), job_id) == 0)
        {
          respond_error (msg, 409, "ATS.APPLICATION_ALREADY_EXISTS", "Application already exists",
                         "This candidate has already applied to this job.");
          return;
        }
    }
  application = new_application (job, string_member (body, "stage_id"));
  json_array_add_object_element (json_object_get_array_member (candidate, "applications"), json_object_ref (application));
  start_moving (self, candidate, application, job);

  /* The application as Kombo answers it: with its job, its stage and its candidate */
  answer = json_object_new ();
  json_object_foreach_member (application, copy_member, answer);
  json_object_set_string_member (answer, "job_id", job_id);
  json_object_set_string_member (answer, "candidate_id", json_object_get_string_member (candidate, "id"));
  if (json_object_get_object_member (application, "current_stage") != NULL)
    json_object_set_string_member (answer, "current_stage_id",
                                   json_object_get_string_member (json_object_get_object_member (application, "current_stage"), "id"));
  else
    json_object_set_null_member (answer, "current_stage_id");
  json_object_set_object_member (answer, "custom_fields", json_object_new ());
  json_object_set_array_member (answer, "integration_fields", json_array_new ());
  json_object_set_null_member (answer, "remote_deleted_at");
  json_object_set_null_member (answer, "remote_data");
  json_object_set_object_member (answer, "candidate", json_object_ref (candidate));
  respond_data (msg, object_node (answer), existing ? remark : NULL);
  json_object_unref (application);
}

/* GET /ats/users: the demo ATS's recruiters, for "Sourced by" */
static void
get_users (ShortlistDemoServer *self,
           SoupServerMessage   *msg,
           GHashTable          *query)
{
  JsonArray *users = json_object_get_array_member (data_object (self), "users");
  g_autoptr (GPtrArray) listed = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);

  for (guint i = 0; i < json_array_get_length (users); i++)
    {
      JsonObject *user = json_object_ref (json_array_get_object_element (users, i));

      json_object_set_string_member (user, "changed_at", "2026-01-05T09:00:00.000Z");
      json_object_set_null_member (user, "remote_deleted_at");
      json_object_set_null_member (user, "remote_created_at");
      json_object_set_null_member (user, "remote_updated_at");
      json_object_set_null_member (user, "remote_data");
      if (!json_object_has_member (user, "system_roles"))
        {
          JsonArray  *roles = json_array_new ();
          JsonObject *role = json_object_new ();

          json_object_set_null_member (role, "remote_id");
          json_object_set_string_member (role, "remote_label", "Recruiter");
          json_object_set_string_member (role, "scope", "SYSTEM");
          json_object_set_string_member (role, "unified_type", "RECRUITER");
          json_array_add_object_element (roles, role);
          json_object_set_array_member (user, "system_roles", roles);
        }
      g_ptr_array_add (listed, user);
    }
  respond_page (msg, query, listed);
}

/* POST /ats/applications/{id}/notes: kept with the candidate, shown on their page */
static void
add_note (ShortlistDemoServer *self,
          SoupServerMessage   *msg,
          JsonObject          *candidate)
{
  g_autoptr (JsonObject) body = parse_body (msg);
  const char *content = string_member (body, "content");
  const char *none[] = { NULL };

  if (content == NULL || *content == '\0' || g_strcmp0 (string_member (body, "content_type"), "PLAIN_TEXT") != 0)
    {
      respond_error (msg, 400, "PLATFORM.INPUT_INVALID", "Invalid input", "A note needs content, as PLAIN_TEXT.");
      return;
    }
  json_array_add_string_element (json_object_get_array_member (candidate, "notes"), content);
  respond_data (msg, object_node (json_object_new ()), none);
}

/* POST /ats/applications/{id}/attachments: the file's name kept with the candidate */
static void
add_file (ShortlistDemoServer *self,
          SoupServerMessage   *msg,
          JsonObject          *candidate)
{
  g_autoptr (JsonObject) body = parse_body (msg);
  JsonObject *attachment = body && json_object_has_member (body, "attachment") ? json_object_get_object_member (body, "attachment") : NULL;
  const char *name = string_member (attachment, "name");
  const char *kept[] = { "The demo ATS keeps files with the candidate.", NULL };

  if (name == NULL || string_member (attachment, "content_type") == NULL || string_member (attachment, "data") == NULL)
    {
      respond_error (msg, 400, "PLATFORM.INPUT_INVALID", "Invalid input", "An attachment needs a name, a content_type and data.");
      return;
    }
  json_array_add_string_element (json_object_get_array_member (candidate, "files"), name);
  respond_data (msg, object_node (json_object_new ()), kept);
}

/* DELETE /ats/candidates/{id}/tags: the tag taken back; one the candidate lacks is no error */
static void
remove_tag (ShortlistDemoServer *self,
            SoupServerMessage   *msg,
            JsonObject          *candidate)
{
  g_autoptr (JsonObject) body = parse_body (msg);
  JsonObject *tag = body && json_object_has_member (body, "tag") ? json_object_get_object_member (body, "tag") : NULL;
  const char *name = string_member (tag, "name");
  JsonArray  *tags = json_object_get_array_member (candidate, "tags");

  if (name == NULL || *name == '\0')
    {
      respond_error (msg, 400, "PLATFORM.INPUT_INVALID", "Invalid input", "The tag needs a name.");
      return;
    }
  for (guint i = json_array_get_length (tags); i > 0; i--)
    if (g_ascii_strcasecmp (json_object_get_string_member (json_array_get_object_element (tags, i - 1), "name"), name) == 0)
      json_array_remove_element (tags, i - 1);
  respond_data (msg, object_node (json_object_new ()), NULL);
}

static void
add_tag (ShortlistDemoServer *self,
         SoupServerMessage   *msg,
         JsonObject          *candidate)
{
  g_autoptr (JsonObject) body = parse_body (msg);
  JsonObject *tag = body && json_object_has_member (body, "tag") ? json_object_get_object_member (body, "tag") : NULL;
  const char *name = string_member (tag, "name");
  const char *created[] = { "The tag did not exist yet and was created in the demo ATS.", NULL };
  const char *none[] = { NULL };

  if (name == NULL || *name == '\0')
    {
      respond_error (msg, 400, "PLATFORM.INPUT_INVALID", "Invalid input", "The tag needs a name.");
      return;
    }

  respond_data (msg, object_node (json_object_new ()), tag_candidate (self, candidate, name) ? created : none);
}

static void
add_result_link (ShortlistDemoServer *self,
                 SoupServerMessage   *msg,
                 JsonObject          *candidate)
{
  g_autoptr (JsonObject) body = parse_body (msg);
  const char *none[] = { NULL };

  if (string_member (body, "label") == NULL || string_member (body, "url") == NULL)
    {
      respond_error (msg, 400, "PLATFORM.INPUT_INVALID", "Invalid input", "A result link needs a label and a url.");
      return;
    }

  json_array_add_object_element (json_object_get_array_member (candidate, "result_links"), json_object_ref (body));
  respond_data (msg, object_node (json_object_new ()), none);
}

/* The stored candidate, as a page "Open in ATS" can show */
static void
show_candidate_page (ShortlistDemoServer *self,
                     SoupServerMessage   *msg,
                     const char          *id)
{
  JsonObject *candidate = find_candidate (self, id);
  g_autoptr (GString) html = g_string_new (NULL);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  JsonArray       *applications;
  JsonArray       *tags;
  JsonArray       *links;

  if (candidate == NULL)
    {
      soup_server_message_set_status (msg, 404, NULL);
      return;
    }

  first = g_markup_escape_text (json_object_get_string_member (candidate, "first_name"), -1);
  last = g_markup_escape_text (json_object_get_string_member (candidate, "last_name"), -1);
  g_string_append_printf (html,
                          "<!doctype html><html><head><meta charset=\"utf-8\"><title>%s %s · Demo ATS</title>"
                          "<style>body{font-family:sans-serif;max-width:40em;margin:3em auto;color:#222}"
                          "p.demo{background:#e5a50a;padding:.5em 1em;border-radius:6px}</style></head><body>"
                          "<p class=\"demo\">Demo ATS, served by Shortlist on this computer. Nothing here reached a real applicant tracking system.</p>"
                          "<h1>%s %s</h1><h2>Applications</h2><ul>",
                          first, last, first, last);
  applications = json_object_get_array_member (candidate, "applications");
  for (guint i = 0; i < json_array_get_length (applications); i++)
    {
      JsonObject      *application = json_array_get_object_element (applications, i);
      JsonObject      *job = json_object_get_object_member (application, "job");
      g_autofree char *name = g_markup_escape_text (json_object_get_string_member (job, "name"), -1);

      g_string_append_printf (html, "<li>%s</li>", name);
    }
  g_string_append (html, "</ul><h2>Tags</h2><ul>");
  tags = json_object_get_array_member (candidate, "tags");
  for (guint i = 0; i < json_array_get_length (tags); i++)
    {
      g_autofree char *name = g_markup_escape_text (json_object_get_string_member (json_array_get_object_element (tags, i), "name"), -1);
      g_string_append_printf (html, "<li>%s</li>", name);
    }
  g_string_append (html, "</ul><h2>Result links</h2><ul>");
  links = json_object_get_array_member (candidate, "result_links");
  for (guint i = 0; i < json_array_get_length (links); i++)
    {
      JsonObject      *link = json_array_get_object_element (links, i);
      g_autofree char *label = g_markup_escape_text (json_object_get_string_member (link, "label"), -1);
      g_autofree char *url = g_markup_escape_text (json_object_get_string_member (link, "url"), -1);

      g_string_append_printf (html, "<li><a href=\"%s\">%s</a></li>", url, label);
    }
  g_string_append (html, "</ul><h2>Notes</h2><ul>");
  for (guint i = 0; i < json_array_get_length (json_object_get_array_member (candidate, "notes")); i++)
    {
      g_autofree char *note = g_markup_escape_text (json_array_get_string_element (json_object_get_array_member (candidate, "notes"), i), -1);

      g_string_append_printf (html, "<li style=\"white-space:pre-wrap\">%s</li>", note);
    }
  g_string_append (html, "</ul><h2>Files added later</h2><ul>");
  for (guint i = 0; i < json_array_get_length (json_object_get_array_member (candidate, "files")); i++)
    {
      g_autofree char *name = g_markup_escape_text (json_array_get_string_element (json_object_get_array_member (candidate, "files"), i), -1);

      g_string_append_printf (html, "<li>%s</li>", name);
    }
  g_string_append (html, "</ul></body></html>");

  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_COPY, html->str, html->len);
}

static void
handler (SoupServer        *server,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  ShortlistDemoServer *self = user_data;
  SoupMessageHeaders  *headers = soup_server_message_get_request_headers (msg);
  const char          *method = soup_server_message_get_method (msg);
  const char          *authorization = soup_message_headers_get_one (headers, "Authorization");
  const char          *integration = soup_message_headers_get_one (headers, "X-Integration-Id");
  const char          *integration_id = json_object_get_string_member (json_object_get_object_member (data_object (self), "integration"), "id");
  g_auto (GStrv) parts = NULL;

  if (g_str_has_prefix (path, "/demo-ats/candidates/") && g_strcmp0 (method, "GET") == 0)
    {
      show_candidate_page (self, msg, path + strlen ("/demo-ats/candidates/"));
      return;
    }

  if (!g_str_has_prefix (path, "/v1/"))
    {
      respond_error (msg, 404, "PLATFORM.INPUT_INVALID", "Not found", "This path is not part of the Kombo API.");
      return;
    }
  path += strlen ("/v1");
  /* "", "ats", then the rest */
  parts = g_strsplit (path, "/", -1);

  if (g_strcmp0 (authorization, "Bearer " SHORTLIST_DEMO_API_KEY) != 0)
    {
      respond_error (msg, 401, "PLATFORM.AUTHENTICATION_INVALID", "Invalid API key",
                     "The demo server accepts only the demo key.");
      return;
    }

  if (g_strcmp0 (path, "/check-api-key") == 0)
    {
      JsonObject *data = json_object_new ();

      json_object_set_string_member (data, "environment_id", "demo");
      json_object_set_string_member (data, "customer_id", "demo");
      respond_data (msg, object_node (data), NULL);
      return;
    }

  if (g_str_has_prefix (path, "/integrations/"))
    {
      if (g_strcmp0 (path + strlen ("/integrations/"), integration_id) == 0)
        respond_data (msg, json_node_copy (json_object_get_member (data_object (self), "integration")), NULL);
      else
        respond_error (msg, 404, "PLATFORM.INTEGRATION_NOT_FOUND", "Integration not found",
                       "The demo server knows one integration only: demo:northwind.");
      return;
    }

  if (!g_str_has_prefix (path, "/ats/"))
    {
      respond_error (msg, 404, "PLATFORM.INPUT_INVALID", "Not found", "This path is not part of the Kombo API.");
      return;
    }

  if (g_strcmp0 (integration, integration_id) != 0)
    {
      respond_error (msg, 404, "PLATFORM.INTEGRATION_NOT_FOUND", "Integration not found",
                     "The demo server knows one integration only: demo:northwind.");
      return;
    }

  if (g_strcmp0 (method, "GET") == 0 && g_strcmp0 (path, "/ats/jobs") == 0)
    get_jobs (self, msg, query);
  else if (g_strcmp0 (method, "GET") == 0 && g_strcmp0 (path, "/ats/candidates") == 0)
    get_candidates (self, msg, query);
  else if (g_strcmp0 (method, "GET") == 0 && g_strcmp0 (path, "/ats/tags") == 0)
    get_tags (self, msg, query);
  else if (g_strcmp0 (method, "GET") == 0 && g_strcmp0 (path, "/ats/users") == 0)
    get_users (self, msg, query);
  else if (g_strcmp0 (method, "GET") == 0 && g_strcmp0 (path, "/ats/actions/ats_create_candidate") == 0)
    {
      JsonObject *data = json_object_new ();

      json_object_set_member (data, "attachment_restrictions",
                              json_node_copy (json_object_get_member (data_object (self), "attachment_restrictions")));
      respond_data (msg, object_node (data), NULL);
    }
  else if (g_strcmp0 (method, "POST") == 0 && g_strcmp0 (path, "/ats/candidates") == 0)
    create_candidate (self, msg);
  else if (g_strcmp0 (method, "POST") == 0 && g_strv_length (parts) == 5 && g_strcmp0 (parts[2], "jobs") == 0 &&
           g_strcmp0 (parts[4], "applications") == 0)
    {
      g_autofree char *job_id = g_uri_unescape_string (parts[3], NULL);

      create_application (self, msg, job_id);
    }
  else if (g_strcmp0 (method, "POST") == 0 && g_strv_length (parts) == 5 && g_strcmp0 (parts[2], "applications") == 0)
    {
      g_autofree char *id = g_uri_unescape_string (parts[3], NULL);
      JsonObject      *candidate = find_application_candidate (self, id);

      /* The demo ATS keeps an application's links, notes and files with its candidate, as many do */
      if (candidate == NULL)
        respond_error (msg, 404, "REMOTE.INPUT_INVALID", "Application not found",
                       "The demo applicant tracking system has no application with this id.");
      else if (g_strcmp0 (parts[4], "result-links") == 0)
        add_result_link (self, msg, candidate);
      else if (g_strcmp0 (parts[4], "notes") == 0)
        add_note (self, msg, candidate);
      else if (g_strcmp0 (parts[4], "attachments") == 0)
        add_file (self, msg, candidate);
      else
        respond_error (msg, 404, "PLATFORM.INPUT_INVALID", "Not found", "This path is not part of the Kombo API.");
    }
  else if (g_strcmp0 (method, "DELETE") == 0 && g_strv_length (parts) == 5 && g_strcmp0 (parts[2], "candidates") == 0 &&
           g_strcmp0 (parts[4], "tags") == 0)
    {
      g_autofree char *id = g_uri_unescape_string (parts[3], NULL);
      JsonObject      *candidate = find_candidate (self, id);

      if (candidate == NULL)
        respond_error (msg, 404, "REMOTE.INPUT_INVALID", "Candidate not found",
                       "The demo applicant tracking system has no candidate with this id.");
      else
        remove_tag (self, msg, candidate);
    }
  else if (g_strcmp0 (method, "POST") == 0 && g_strv_length (parts) == 5 && g_strcmp0 (parts[2], "candidates") == 0)
    {
      g_autofree char *id = g_uri_unescape_string (parts[3], NULL);
      JsonObject      *candidate = find_candidate (self, id);

      if (candidate == NULL)
        respond_error (msg, 404, "REMOTE.INPUT_INVALID", "Candidate not found",
                       "The demo applicant tracking system has no candidate with this id.");
      else if (g_strcmp0 (parts[4], "tags") == 0)
        add_tag (self, msg, candidate);
      else if (g_strcmp0 (parts[4], "result-links") == 0)
        add_result_link (self, msg, candidate);
      else
        respond_error (msg, 404, "PLATFORM.INPUT_INVALID", "Not found", "This path is not part of the Kombo API.");
    }
  else
    respond_error (msg, 404, "PLATFORM.INPUT_INVALID", "Not found", "This path is not part of the Kombo API.");
}

static void
load_data (ShortlistDemoServer *self)
{
  /* Asked of the demo's own resource, so that it is linked in wherever the demo is */
  g_autoptr (GBytes) bytes = g_resource_lookup_data (shortlist_demo_get_resource (), "/io/github/shortlist/Shortlist/demo/shortlist-demo-data.json",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray  *array;

  g_assert (bytes != NULL);
  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
    g_error ("The demo data is not valid JSON");
  self->data = json_node_ref (json_parser_get_root (parser));
  root = json_node_get_object (self->data);

  array = json_object_get_array_member (root, "tags");
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_ptr_array_add (self->tags, g_strdup (json_array_get_string_element (array, i)));

  array = json_object_get_array_member (root, "candidates");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *seed = json_array_get_object_element (array, i);
      JsonObject *candidate = add_candidate (self,
                                             json_object_get_string_member (seed, "first_name"),
                                             json_object_get_string_member (seed, "last_name"),
                                             json_object_get_string_member (seed, "email_address"),
                                             json_object_get_string_member (seed, "company"),
                                             json_object_get_string_member (seed, "title"),
                                             find_job (self, json_object_get_string_member (seed, "job_id")),
                                             NULL);
      JsonArray  *tags = json_object_get_array_member (seed, "tags");

      for (guint j = 0; j < json_array_get_length (tags); j++)
        tag_candidate (self, candidate, json_array_get_string_element (tags, j));
    }
}

/**
 * shortlist_demo_server_new:
 *
 * Starts listening on a free port of 127.0.0.1, answering on the thread-default main context.
 */
ShortlistDemoServer *
shortlist_demo_server_new (GError **error)
{
  g_autoptr (ShortlistDemoServer) self = g_object_new (SHORTLIST_TYPE_DEMO_SERVER, NULL);
  g_autoptr (GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  GSList *uris;

  self->server = soup_server_new ("server-header", "shortlist-demo", NULL);
  soup_server_add_handler (self->server, NULL, handler, self, NULL);
  if (!soup_server_listen (self->server, address, 0, error))
    return NULL;

  uris = soup_server_get_uris (self->server);
  self->root_url = g_strdup_printf ("http://127.0.0.1:%u", g_uri_get_port (uris->data));
  self->url = g_strconcat (self->root_url, "/v1", NULL);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  load_data (self);
  return g_steal_pointer (&self);
}

const char *
shortlist_demo_server_get_url (ShortlistDemoServer *self)
{
  g_return_val_if_fail (SHORTLIST_IS_DEMO_SERVER (self), NULL);
  return self->url;
}

const char *
shortlist_demo_server_get_integration_id (ShortlistDemoServer *self)
{
  g_return_val_if_fail (SHORTLIST_IS_DEMO_SERVER (self), NULL);
  return json_object_get_string_member (json_object_get_object_member (data_object (self), "integration"), "id");
}

/**
 * shortlist_demo_server_set_stage_time:
 * @stage_time: how long an application made through Shortlist stays in a stage before the demo
 *   ATS moves it on; a minute unless set
 */
void
shortlist_demo_server_set_stage_time (ShortlistDemoServer *self,
                                      GTimeSpan            stage_time)
{
  g_return_if_fail (SHORTLIST_IS_DEMO_SERVER (self));
  g_return_if_fail (stage_time > 0);
  self->stage_time = stage_time;
}
