/* kombo-write-result.c: what a successful write answered: the record and Kombo's warnings */
#define G_LOG_DOMAIN "kombo-write-result"

#include "config.h"

#include "kombo-json.h"
#include "kombo-candidate-record-private.h"
#include "kombo-write-result-private.h"
#include "kombo-write-result.h"

struct _KomboWriteResult
{
  GObject parent_instance;

  KomboCandidateRecord *candidate;
  char                **warnings;
  char                 *application_id; /* the application a write to a job made */
};

G_DEFINE_FINAL_TYPE (KomboWriteResult, kombo_write_result, G_TYPE_OBJECT)

static void
kombo_write_result_finalize (GObject *object)
{
  KomboWriteResult *self = (KomboWriteResult *) object;

  g_clear_object (&self->candidate);
  g_strfreev (self->warnings);
  g_free (self->application_id);

  G_OBJECT_CLASS (kombo_write_result_parent_class)->finalize (object);
}

static void
kombo_write_result_class_init (KomboWriteResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kombo_write_result_finalize;
}

static void
kombo_write_result_init (KomboWriteResult *self)
{
}

/* @root is the whole answer; Kombo asks clients to show every warning */
KomboWriteResult *
kombo_write_result_new_from_json (JsonObject *root,
                                  gboolean    with_candidate)
{
  KomboWriteResult *self = g_object_new (KOMBO_TYPE_WRITE_RESULT, NULL);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *warnings = kombo_json_get_array (root, "warnings");

  for (guint i = 0; warnings != NULL && i < json_array_get_length (warnings); i++)
    {
      JsonNode   *node = json_array_get_element (warnings, i);
      const char *message = NULL;

      if (JSON_NODE_HOLDS_OBJECT (node))
        message = kombo_json_get_string (json_node_get_object (node), "message");
      else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        message = json_node_get_string (node);

      if (message != NULL && *message != '\0')
        g_strv_builder_add (builder, message);
    }
  self->warnings = g_strv_builder_end (builder);

  if (with_candidate)
    self->candidate = kombo_candidate_record_new_from_json (kombo_json_get_object (root, "data"));

  return self;
}

/* The answer to POST /ats/jobs/{job_id}/applications: the application made, with the candidate
 * it went to (only their id when Kombo says no more), and its warnings */
KomboWriteResult *
kombo_write_result_new_from_application_json (JsonObject *root)
{
  KomboWriteResult *self = kombo_write_result_new_from_json (root, FALSE);
  JsonObject       *application = kombo_json_get_object (root, "data");
  JsonObject       *candidate = kombo_json_get_object (application, "candidate");
  const char       *candidate_id = kombo_json_get_string (application, "candidate_id");

  self->application_id = g_strdup (kombo_json_get_string (application, "id"));

  if (candidate != NULL && kombo_json_get_string (candidate, "id") != NULL)
    self->candidate = kombo_candidate_record_new_from_json (candidate);
  else if (candidate_id != NULL)
    {
      g_autoptr (JsonObject) only_id = json_object_new ();

      json_object_set_string_member (only_id, "id", candidate_id);
      self->candidate = kombo_candidate_record_new_from_json (only_id);
    }
  return self;
}

/* Returns: (nullable): the created candidate, for a create call */
KomboCandidateRecord *
kombo_write_result_get_candidate (KomboWriteResult *self)
{
  g_return_val_if_fail (KOMBO_IS_WRITE_RESULT (self), NULL);
  return self->candidate;
}

/* Returns: the warnings, possibly none */
const char *const *
kombo_write_result_get_warnings (KomboWriteResult *self)
{
  g_return_val_if_fail (KOMBO_IS_WRITE_RESULT (self), NULL);
  return (const char *const *) self->warnings;
}

/**
 * kombo_write_result_get_application_id:
 * @job_id: (nullable): the job the candidate was sent to
 *
 * Returns: (nullable): the application the write made: the one a write to a job answered, or
 *   the created candidate's application to @job_id
 */
const char *
kombo_write_result_get_application_id (KomboWriteResult *self,
                                       const char       *job_id)
{
  KomboApplication *application;

  g_return_val_if_fail (KOMBO_IS_WRITE_RESULT (self), NULL);

  if (self->application_id != NULL)
    return self->application_id;
  application = self->candidate ? kombo_candidate_record_find_application (self->candidate, job_id) : NULL;
  return application ? kombo_application_get_id (application) : NULL;
}
