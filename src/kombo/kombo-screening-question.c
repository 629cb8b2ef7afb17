/* kombo-screening-question.c: a question a job asks its applicants */
#define G_LOG_DOMAIN "kombo-screening-question"

#include "config.h"

#include <math.h>

#include "kombo-json.h"
#include "kombo-screening-question-private.h"
#include "kombo-screening-question.h"

G_DEFINE_BOXED_TYPE (KomboQuestionOption, kombo_question_option, kombo_question_option_copy, kombo_question_option_free)

KomboQuestionOption *
kombo_question_option_copy (const KomboQuestionOption *self)
{
  KomboQuestionOption *copy = g_new0 (KomboQuestionOption, 1);

  copy->id = g_strdup (self->id);
  copy->name = g_strdup (self->name);
  return copy;
}

void
kombo_question_option_free (KomboQuestionOption *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->name);
  g_free (self);
}

struct _KomboScreeningQuestion
{
  GObject parent_instance;

  char             *id;
  char             *title;
  char             *description;
  KomboQuestionType type;
  char             *display_type;
  gboolean          required;
  gint64            max_length;
  double            min;
  double            max;
  GPtrArray        *options;
  char            **accepted_mime_types;
  gint64            max_file_size;
  char             *precondition_question_id;
  char            **precondition_options;
  gint64            index;
};

G_DEFINE_FINAL_TYPE (KomboScreeningQuestion, kombo_screening_question, G_TYPE_OBJECT)

static void
kombo_screening_question_finalize (GObject *object)
{
  KomboScreeningQuestion *self = (KomboScreeningQuestion *) object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->description);
  g_free (self->display_type);
  g_clear_pointer (&self->options, g_ptr_array_unref);
  g_strfreev (self->accepted_mime_types);
  g_free (self->precondition_question_id);
  g_strfreev (self->precondition_options);

  G_OBJECT_CLASS (kombo_screening_question_parent_class)->finalize (object);
}

static void
kombo_screening_question_class_init (KomboScreeningQuestionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kombo_screening_question_finalize;
}

static void
kombo_screening_question_init (KomboScreeningQuestion *self)
{
  self->options = g_ptr_array_new_with_free_func ((GDestroyNotify) kombo_question_option_free);
  self->max_length = -1;
  self->max_file_size = -1;
  self->min = NAN;
  self->max = NAN;
  self->index = -1;
}

static KomboQuestionType
parse_type (const char *type)
{
  static const struct
  {
    const char       *name;
    KomboQuestionType type;
  } types[] = {
    { "TEXT", KOMBO_QUESTION_TEXT },
    { "NUMBER", KOMBO_QUESTION_NUMBER },
    { "BOOLEAN", KOMBO_QUESTION_BOOLEAN },
    { "DATE", KOMBO_QUESTION_DATE },
    { "SINGLE_SELECT", KOMBO_QUESTION_SINGLE_SELECT },
    { "MULTI_SELECT", KOMBO_QUESTION_MULTI_SELECT },
    { "FILE", KOMBO_QUESTION_FILE },
    { "INFORMATION", KOMBO_QUESTION_INFORMATION },
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_strcmp0 (types[i].name, type) == 0)
      return types[i].type;

  return KOMBO_QUESTION_UNKNOWN;
}

KomboScreeningQuestion *
kombo_screening_question_new_from_json (JsonObject *object)
{
  KomboScreeningQuestion *self;
  const char             *id = kombo_json_get_string (object, "id");
  JsonObject             *format;
  JsonArray              *options;

  if (id == NULL)
    return NULL;

  self = g_object_new (KOMBO_TYPE_SCREENING_QUESTION, NULL);
  self->id = g_strdup (id);
  self->title = kombo_json_dup_string (object, "title");
  self->description = kombo_json_dup_string (object, "description");
  self->required = kombo_json_get_boolean (object, "required", FALSE);
  self->index = kombo_json_get_int (object, "index", -1);
  self->precondition_question_id = kombo_json_dup_string (object, "precondition_question_id");
  self->precondition_options = kombo_json_dup_strv (object, "precondition_options");

  format = kombo_json_get_object (object, "format");
  if (format == NULL)
    {
      self->type = KOMBO_QUESTION_NONE;
      return self;
    }

  self->type = parse_type (kombo_json_get_string (format, "type"));
  self->display_type = kombo_json_dup_string (format, "display_type");
  self->max_length = kombo_json_get_int (format, "max_length", -1);
  self->min = kombo_json_get_double (format, "min", NAN);
  self->max = kombo_json_get_double (format, "max", NAN);
  self->max_file_size = kombo_json_get_int (format, "max_file_size_bytes", -1);
  self->accepted_mime_types = kombo_json_dup_strv (format, "accepted_mime_types");

  options = kombo_json_get_array (format, "options");
  for (guint i = 0; options != NULL && i < json_array_get_length (options); i++)
    {
      JsonNode            *node = json_array_get_element (options, i);
      JsonObject          *option;
      KomboQuestionOption *parsed;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      option = json_node_get_object (node);
      if (kombo_json_get_string (option, "id") == NULL)
        continue;

      parsed = g_new0 (KomboQuestionOption, 1);
      parsed->id = kombo_json_dup_string (option, "id");
      parsed->name = kombo_json_dup_string (option, "name");
      if (parsed->name == NULL)
        parsed->name = g_strdup (parsed->id);
      g_ptr_array_add (self->options, parsed);
    }

  /* A choice without options cannot be answered */
  if ((self->type == KOMBO_QUESTION_SINGLE_SELECT || self->type == KOMBO_QUESTION_MULTI_SELECT) &&
      self->options->len == 0)
    self->type = KOMBO_QUESTION_UNKNOWN;

  return self;
}

const char *
kombo_screening_question_get_id (KomboScreeningQuestion *self)
{
  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (self), NULL);
  return self->id;
}

const char *
kombo_screening_question_get_title (KomboScreeningQuestion *self)
{
  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (self), NULL);
  return self->title;
}

const char *
kombo_screening_question_get_description (KomboScreeningQuestion *self)
{
  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (self), NULL);
  return self->description;
}

KomboQuestionType
kombo_screening_question_get_question_type (KomboScreeningQuestion *self)
{
  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (self), KOMBO_QUESTION_UNKNOWN);
  return self->type;
}

const char *
kombo_screening_question_get_display_type (KomboScreeningQuestion *self)
{
  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (self), NULL);
  return self->display_type;
}

gboolean
kombo_screening_question_get_required (KomboScreeningQuestion *self)
{
  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (self), FALSE);
  return self->required;
}

/* Returns: the longest answer allowed, or -1 for no limit */
gint64
kombo_screening_question_get_max_length (KomboScreeningQuestion *self)
{
  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (self), -1);
  return self->max_length;
}

/* Returns: the smallest number allowed, or NAN */
double
kombo_screening_question_get_min (KomboScreeningQuestion *self)
{
  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (self), NAN);
  return self->min;
}

double
kombo_screening_question_get_max (KomboScreeningQuestion *self)
{
  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (self), NAN);
  return self->max;
}

/**
 * kombo_screening_question_get_options:
 *
 * Returns: (transfer none) (element-type KomboQuestionOption): the choices of a single or
 *   multiple choice question
 */
GPtrArray *
kombo_screening_question_get_options (KomboScreeningQuestion *self)
{
  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (self), NULL);
  return self->options;
}

const char *const *
kombo_screening_question_get_accepted_mime_types (KomboScreeningQuestion *self)
{
  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (self), NULL);
  return (const char *const *) self->accepted_mime_types;
}

gint64
kombo_screening_question_get_max_file_size (KomboScreeningQuestion *self)
{
  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (self), -1);
  return self->max_file_size;
}

/**
 * kombo_screening_question_get_precondition_question_id:
 *
 * Returns: (nullable): the question whose answer decides whether this one is asked
 */
const char *
kombo_screening_question_get_precondition_question_id (KomboScreeningQuestion *self)
{
  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (self), NULL);
  return self->precondition_question_id;
}

/**
 * kombo_screening_question_get_precondition_options:
 *
 * Returns: (nullable): the answers of the precondition question that make this one asked:
 *   option ids, or "true"/"false" for a yes/no question
 */
const char *const *
kombo_screening_question_get_precondition_options (KomboScreeningQuestion *self)
{
  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (self), NULL);
  return (const char *const *) self->precondition_options;
}

gint64
kombo_screening_question_get_index (KomboScreeningQuestion *self)
{
  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (self), -1);
  return self->index;
}
