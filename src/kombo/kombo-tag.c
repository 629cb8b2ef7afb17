/* kombo-tag.c: a tag, as added with POST /ats/candidates/{id}/tags or listed by GET /ats/tags */
#define G_LOG_DOMAIN "kombo-tag"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kombo-json.h"
#include "kombo-tag-private.h"
#include "kombo-tag.h"
#include "kombo-util.h"
#include "kombo-violation.h"

struct _KomboTag
{
  GObject parent_instance;

  char       *id;
  char       *name;
  JsonObject *remote_fields;
};

G_DEFINE_FINAL_TYPE (KomboTag, kombo_tag, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kombo_tag_finalize (GObject *object)
{
  KomboTag *self = (KomboTag *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->remote_fields, json_object_unref);

  G_OBJECT_CLASS (kombo_tag_parent_class)->finalize (object);
}

static void
kombo_tag_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KomboTag *self = KOMBO_TAG (object);

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
kombo_tag_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KomboTag *self = KOMBO_TAG (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      kombo_tag_set_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kombo_tag_class_init (KomboTagClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kombo_tag_finalize;
  object_class->get_property = kombo_tag_get_property;
  object_class->set_property = kombo_tag_set_property;

  properties[PROP_ID] =
      g_param_spec_string ("id", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
      g_param_spec_string ("name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kombo_tag_init (KomboTag *self)
{
}

KomboTag *
kombo_tag_new (const char *name)
{
  return g_object_new (KOMBO_TYPE_TAG, "name", name, NULL);
}

const char *
kombo_tag_get_id (KomboTag *self)
{
  g_return_val_if_fail (KOMBO_IS_TAG (self), NULL);
  return self->id;
}

const char *
kombo_tag_get_name (KomboTag *self)
{
  g_return_val_if_fail (KOMBO_IS_TAG (self), NULL);
  return self->name;
}

void
kombo_tag_set_name (KomboTag   *self,
                    const char *name)
{
  g_autofree char *stripped = kombo_strdup_stripped (name);

  g_return_if_fail (KOMBO_IS_TAG (self));

  if (kombo_set_str (&self->name, stripped))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

JsonObject *
kombo_tag_get_remote_fields (KomboTag *self)
{
  g_return_val_if_fail (KOMBO_IS_TAG (self), NULL);
  return self->remote_fields;
}

/**
 * kombo_tag_set_remote_fields:
 *
 * See kombo_remote_fields_on_behalf_of() for acting as a Greenhouse or Workable user.
 */
void
kombo_tag_set_remote_fields (KomboTag   *self,
                             JsonObject *remote_fields)
{
  g_return_if_fail (KOMBO_IS_TAG (self));

  g_clear_pointer (&self->remote_fields, json_object_unref);
  if (remote_fields != NULL)
    self->remote_fields = json_object_ref (remote_fields);
}

GPtrArray *
kombo_tag_validate (KomboTag *self)
{
  GPtrArray *violations = g_ptr_array_new_with_free_func ((GDestroyNotify) kombo_violation_free);

  if (self->name == NULL)
    kombo_violations_add (violations, "tag.name", "%s", _ ("Enter the tag’s name."));

  return violations;
}

char *
kombo_tag_to_json (KomboTag *self)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "tag");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, self->name);
  json_builder_end_object (builder);
  kombo_json_builder_add_object (builder, "remote_fields", self->remote_fields);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

KomboTag *
kombo_tag_new_from_json (JsonObject *object)
{
  const char *id = kombo_json_get_string (object, "id");

  if (id == NULL)
    return NULL;

  return g_object_new (KOMBO_TYPE_TAG,
                       "id", id,
                       "name", kombo_json_get_string (object, "name"),
                       NULL);
}
