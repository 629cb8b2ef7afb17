/* kombo-job.c: a job a candidate can apply to, with its stages and screening questions */
#define G_LOG_DOMAIN "kombo-job"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kombo-error.h"
#include "kombo-job.h"
#include "kombo-json.h"
#include "kombo-job-private.h"
#include "kombo-screening-question-private.h"
#include "kombo-stage-private.h"
#include "kombo-screening-question.h"
#include "kombo-stage.h"

struct _KomboJob
{
  GObject parent_instance;

  char       *id;
  char       *remote_id;
  char       *name;
  char       *department;
  char       *location;
  char       *status;
  char       *remote_url;
  GListStore *stages;
  GListStore *questions;
  char       *data;            /* the job as Kombo said it, to keep and read back */
  char       *search_key;      /* name, department and location, folded, for searches */
  gboolean    details_pending; /* kept: stages, questions and the rest are read from data when asked */
  gboolean    deleted;         /* deleted in the ATS, as a list of changes says */
};

G_DEFINE_FINAL_TYPE (KomboJob, kombo_job, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DEPARTMENT,
  PROP_LOCATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kombo_job_finalize (GObject *object)
{
  KomboJob *self = (KomboJob *) object;

  g_free (self->id);
  g_free (self->remote_id);
  g_free (self->name);
  g_free (self->department);
  g_free (self->location);
  g_free (self->status);
  g_free (self->remote_url);
  g_clear_object (&self->stages);
  g_clear_object (&self->questions);
  g_free (self->data);
  g_free (self->search_key);

  G_OBJECT_CLASS (kombo_job_parent_class)->finalize (object);
}

static void
kombo_job_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KomboJob *self = KOMBO_JOB (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DEPARTMENT:
      g_value_set_string (value, self->department);
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kombo_job_class_init (KomboJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kombo_job_finalize;
  object_class->get_property = kombo_job_get_property;

  /* Readable properties, so that list views can filter and sort on them */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEPARTMENT] = g_param_spec_string ("department", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCATION] = g_param_spec_string ("location", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kombo_job_init (KomboJob *self)
{
  self->stages = g_list_store_new (KOMBO_TYPE_STAGE);
  self->questions = g_list_store_new (KOMBO_TYPE_SCREENING_QUESTION);
}

/* "City, State, Country" from whichever parts are there, else the ATS's raw text */
static char *
format_location (JsonObject *location)
{
  const char *parts[] = {
    kombo_json_get_string (location, "city"),
    kombo_json_get_string (location, "state"),
    kombo_json_get_string (location, "country"),
  };
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) present = NULL;

  if (location == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      g_strv_builder_add (builder, parts[i]);
  present = g_strv_builder_end (builder);

  if (present[0] == NULL)
    return kombo_json_dup_string (location, "raw");
  return g_strjoinv (", ", present);
}

static int
compare_stages (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  gint64 ia = kombo_stage_get_index ((KomboStage *) a);
  gint64 ib = kombo_stage_get_index ((KomboStage *) b);

  /* Stages without an index keep their order, after the indexed ones */
  if (ia < 0 || ib < 0)
    return (ia < 0) - (ib < 0);
  return (ia > ib) - (ia < ib);
}

/* What a list of jobs does not show: read at once from Kombo's answers, and when first asked
 * of a kept job */
static void
fill_details (KomboJob   *self,
              JsonObject *object)
{
  JsonArray *array;

  self->remote_id = kombo_json_dup_string (object, "remote_id");
  self->status = kombo_json_dup_string (object, "status");
  self->remote_url = kombo_json_dup_string (object, "remote_url");
  self->deleted = kombo_json_get_string (object, "remote_deleted_at") != NULL;

  array = kombo_json_get_array (object, "stages");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr (KomboStage) stage = NULL;

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          (stage = kombo_stage_new_from_json (json_node_get_object (node))) != NULL)
        g_list_store_append (self->stages, stage);
    }
  g_list_store_sort (self->stages, compare_stages, NULL);

  array = kombo_json_get_array (object, "screening_questions");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr (KomboScreeningQuestion) question = NULL;

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          (question = kombo_screening_question_new_from_json (json_node_get_object (node))) != NULL)
        g_list_store_append (self->questions, question);
    }
}

static void
ensure_details (KomboJob *self)
{
  g_autoptr (JsonParser) parser = NULL;
  JsonNode *root;

  if (!self->details_pending)
    return;
  self->details_pending = FALSE;
  parser = json_parser_new ();
  if (json_parser_load_from_data (parser, self->data, -1, NULL) && (root = json_parser_get_root (parser)) != NULL &&
      JSON_NODE_HOLDS_OBJECT (root))
    fill_details (self, json_node_get_object (root));
}

KomboJob *
kombo_job_new_from_json (JsonObject *object)
{
  KomboJob   *self;
  const char *id = kombo_json_get_string (object, "id");

  if (id == NULL)
    return NULL;

  self = g_object_new (KOMBO_TYPE_JOB, NULL);
  self->id = g_strdup (id);
  self->name = kombo_json_dup_string (object, "name");
  self->department = kombo_json_dup_string (object, "department");
  self->location = format_location (kombo_json_get_object (object, "location"));
  /* Made here, where jobs are made: on the store's thread when they are read back */
  kombo_job_get_search_key (self);
  {
    g_autoptr (JsonNode) node = json_node_init_object (json_node_alloc (), object);

    self->data = json_to_string (node, FALSE);
  }
  fill_details (self, object);
  return self;
}

/**
 * kombo_job_new_kept:
 * @data: the job as kombo_job_get_data() gave it
 *
 * Returns: (transfer full): a job kept before, as its list shows it; what the list does not
 *   show (stages, screening questions) is read from @data when first asked for, so that
 *   thousands of kept jobs are listed at once
 */
KomboJob *
kombo_job_new_kept (const char *id,
                    const char *name,
                    const char *department,
                    const char *location,
                    const char *data)
{
  KomboJob *self;

  g_return_val_if_fail (id != NULL && data != NULL, NULL);

  self = g_object_new (KOMBO_TYPE_JOB, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->department = g_strdup (department);
  self->location = g_strdup (location);
  self->data = g_strdup (data);
  self->details_pending = TRUE;
  kombo_job_get_search_key (self);
  return self;
}

/**
 * kombo_job_new_from_data:
 * @data: a job as kombo_job_get_data() gave it
 *
 * Returns: (transfer full): the job, or %NULL with @error when @data is not one
 */
KomboJob *
kombo_job_new_from_data (const char *data,
                         GError    **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonNode *root;
  KomboJob *job = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  if (json_parser_load_from_data (parser, data, -1, error) && (root = json_parser_get_root (parser)) != NULL &&
      JSON_NODE_HOLDS_OBJECT (root))
    job = kombo_job_new_from_json (json_node_get_object (root));
  if (job == NULL && error != NULL && *error == NULL)
    g_set_error_literal (error, KOMBO_ERROR, KOMBO_ERROR_INVALID_RESPONSE, _ ("A kept job has no ID."));
  return job;
}

/* Returns: the job as Kombo said it, as JSON text, to keep and read back with kombo_job_new_from_data() */
const char *
kombo_job_get_data (KomboJob *self)
{
  g_return_val_if_fail (KOMBO_IS_JOB (self), NULL);
  return self->data;
}

/**
 * kombo_job_get_search_key:
 *
 * Returns: the job's name, department and location, case-folded and normalized, for a search
 *   to look in: made once, so that searching thousands of jobs costs no more than a frame
 */
const char *
kombo_job_get_search_key (KomboJob *self)
{
  g_return_val_if_fail (KOMBO_IS_JOB (self), NULL);

  if (self->search_key == NULL)
    {
      g_autofree char *joined = g_strjoin (" ", self->name ? self->name : "", self->department ? self->department : "",
                                           self->location ? self->location : "", NULL);
      g_autofree char *folded = g_utf8_casefold (joined, -1);

      self->search_key = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
    }
  return self->search_key;
}

/* Whether the ATS deleted the job: only a list of changes (include_deleted) has such jobs */
gboolean
kombo_job_get_deleted (KomboJob *self)
{
  g_return_val_if_fail (KOMBO_IS_JOB (self), FALSE);
  ensure_details (self);
  return self->deleted;
}

const char *
kombo_job_get_id (KomboJob *self)
{
  g_return_val_if_fail (KOMBO_IS_JOB (self), NULL);
  return self->id;
}

const char *
kombo_job_get_remote_id (KomboJob *self)
{
  g_return_val_if_fail (KOMBO_IS_JOB (self), NULL);
  ensure_details (self);
  return self->remote_id;
}

const char *
kombo_job_get_name (KomboJob *self)
{
  g_return_val_if_fail (KOMBO_IS_JOB (self), NULL);
  return self->name;
}

const char *
kombo_job_get_department (KomboJob *self)
{
  g_return_val_if_fail (KOMBO_IS_JOB (self), NULL);
  return self->department;
}

const char *
kombo_job_get_location (KomboJob *self)
{
  g_return_val_if_fail (KOMBO_IS_JOB (self), NULL);
  return self->location;
}

const char *
kombo_job_get_status (KomboJob *self)
{
  g_return_val_if_fail (KOMBO_IS_JOB (self), NULL);
  ensure_details (self);
  return self->status;
}

const char *
kombo_job_get_remote_url (KomboJob *self)
{
  g_return_val_if_fail (KOMBO_IS_JOB (self), NULL);
  ensure_details (self);
  return self->remote_url;
}

/**
 * kombo_job_get_stages:
 *
 * Returns: (transfer none): the stages, in the order of the hiring process
 */
GListModel *
kombo_job_get_stages (KomboJob *self)
{
  g_return_val_if_fail (KOMBO_IS_JOB (self), NULL);
  ensure_details (self);
  return G_LIST_MODEL (self->stages);
}

/**
 * kombo_job_get_screening_questions:
 *
 * Returns: (transfer none): the screening questions, in the ATS's order
 */
GListModel *
kombo_job_get_screening_questions (KomboJob *self)
{
  g_return_val_if_fail (KOMBO_IS_JOB (self), NULL);
  ensure_details (self);
  return G_LIST_MODEL (self->questions);
}
