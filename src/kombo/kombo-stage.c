/* kombo-stage.c: a stage of a job's hiring process */
#define G_LOG_DOMAIN "kombo-stage"

#include "config.h"

#include "kombo-json.h"
#include "kombo-stage-private.h"
#include "kombo-stage.h"

struct _KomboStage
{
  GObject parent_instance;

  char  *id;
  char  *name;
  gint64 index;
};

G_DEFINE_FINAL_TYPE (KomboStage, kombo_stage, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kombo_stage_finalize (GObject *object)
{
  KomboStage *self = (KomboStage *) object;

  g_free (self->id);
  g_free (self->name);

  G_OBJECT_CLASS (kombo_stage_parent_class)->finalize (object);
}

static void
kombo_stage_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KomboStage *self = KOMBO_STAGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kombo_stage_class_init (KomboStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kombo_stage_finalize;
  object_class->get_property = kombo_stage_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kombo_stage_init (KomboStage *self)
{
}

KomboStage *
kombo_stage_new_from_json (JsonObject *object)
{
  KomboStage *self;
  const char *id = kombo_json_get_string (object, "id");

  if (id == NULL)
    return NULL;

  self = g_object_new (KOMBO_TYPE_STAGE, NULL);
  self->id = g_strdup (id);
  self->name = kombo_json_dup_string (object, "name");
  self->index = kombo_json_get_int (object, "index", -1);
  return self;
}

const char *
kombo_stage_get_id (KomboStage *self)
{
  g_return_val_if_fail (KOMBO_IS_STAGE (self), NULL);
  return self->id;
}

const char *
kombo_stage_get_name (KomboStage *self)
{
  g_return_val_if_fail (KOMBO_IS_STAGE (self), NULL);
  return self->name;
}

gint64
kombo_stage_get_index (KomboStage *self)
{
  g_return_val_if_fail (KOMBO_IS_STAGE (self), -1);
  return self->index;
}
