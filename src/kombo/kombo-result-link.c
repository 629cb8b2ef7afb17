/* kombo-result-link.c: the request model of POST /ats/candidates/{id}/result-links */
#define G_LOG_DOMAIN "kombo-result-link"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kombo-json.h"
#include "kombo-result-link-private.h"
#include "kombo-result-link.h"
#include "kombo-util.h"
#include "kombo-violation.h"

typedef struct
{
  char *key;
  char *value;
} Attribute;

struct _KomboResultLink
{
  GObject parent_instance;

  char       *label;
  char       *url;
  char       *details_prefix;
  GArray     *attributes;
  JsonObject *remote_fields;
};

G_DEFINE_FINAL_TYPE (KomboResultLink, kombo_result_link, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_LABEL,
  PROP_URL,
  PROP_DETAILS_PREFIX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
attribute_clear (Attribute *attribute)
{
  g_clear_pointer (&attribute->key, g_free);
  g_clear_pointer (&attribute->value, g_free);
}

static void
kombo_result_link_finalize (GObject *object)
{
  KomboResultLink *self = (KomboResultLink *) object;

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->details_prefix, g_free);
  g_clear_pointer (&self->attributes, g_array_unref);
  g_clear_pointer (&self->remote_fields, json_object_unref);

  G_OBJECT_CLASS (kombo_result_link_parent_class)->finalize (object);
}

static void
kombo_result_link_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KomboResultLink *self = KOMBO_RESULT_LINK (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_DETAILS_PREFIX:
      g_value_set_string (value, self->details_prefix);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kombo_result_link_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KomboResultLink *self = KOMBO_RESULT_LINK (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      kombo_result_link_set_label (self, g_value_get_string (value));
      break;
    case PROP_URL:
      kombo_result_link_set_url (self, g_value_get_string (value));
      break;
    case PROP_DETAILS_PREFIX:
      kombo_result_link_set_details_prefix (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kombo_result_link_class_init (KomboResultLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kombo_result_link_finalize;
  object_class->get_property = kombo_result_link_get_property;
  object_class->set_property = kombo_result_link_set_property;

  properties[PROP_LABEL] =
      g_param_spec_string ("label", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_URL] =
      g_param_spec_string ("url", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAILS_PREFIX] =
      g_param_spec_string ("details-prefix", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kombo_result_link_init (KomboResultLink *self)
{
  self->attributes = g_array_new (FALSE, TRUE, sizeof (Attribute));
  g_array_set_clear_func (self->attributes, (GDestroyNotify) attribute_clear);
}

KomboResultLink *
kombo_result_link_new (const char *label,
                       const char *url)
{
  return g_object_new (KOMBO_TYPE_RESULT_LINK, "label", label, "url", url, NULL);
}

static void
set_stripped (KomboResultLink *self,
              char           **field,
              const char      *value,
              guint            prop)
{
  g_autofree char *stripped = kombo_strdup_stripped (value);

  if (kombo_set_str (field, stripped))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

const char *
kombo_result_link_get_label (KomboResultLink *self)
{
  g_return_val_if_fail (KOMBO_IS_RESULT_LINK (self), NULL);
  return self->label;
}

void
kombo_result_link_set_label (KomboResultLink *self,
                             const char      *label)
{
  g_return_if_fail (KOMBO_IS_RESULT_LINK (self));
  set_stripped (self, &self->label, label, PROP_LABEL);
}

const char *
kombo_result_link_get_url (KomboResultLink *self)
{
  g_return_val_if_fail (KOMBO_IS_RESULT_LINK (self), NULL);
  return self->url;
}

void
kombo_result_link_set_url (KomboResultLink *self,
                           const char      *url)
{
  g_return_if_fail (KOMBO_IS_RESULT_LINK (self));
  set_stripped (self, &self->url, url, PROP_URL);
}

const char *
kombo_result_link_get_details_prefix (KomboResultLink *self)
{
  g_return_val_if_fail (KOMBO_IS_RESULT_LINK (self), NULL);
  return self->details_prefix;
}

void
kombo_result_link_set_details_prefix (KomboResultLink *self,
                                      const char      *prefix)
{
  g_return_if_fail (KOMBO_IS_RESULT_LINK (self));
  set_stripped (self, &self->details_prefix, prefix, PROP_DETAILS_PREFIX);
}

void
kombo_result_link_add_attribute (KomboResultLink *self,
                                 const char      *key,
                                 const char      *value)
{
  Attribute attribute = { kombo_strdup_stripped (key), g_strdup (value ? value : "") };

  g_return_if_fail (KOMBO_IS_RESULT_LINK (self));
  g_array_append_val (self->attributes, attribute);
}

void
kombo_result_link_clear_attributes (KomboResultLink *self)
{
  g_return_if_fail (KOMBO_IS_RESULT_LINK (self));
  g_array_set_size (self->attributes, 0);
}

guint
kombo_result_link_get_n_attributes (KomboResultLink *self)
{
  g_return_val_if_fail (KOMBO_IS_RESULT_LINK (self), 0);
  return self->attributes->len;
}

void
kombo_result_link_set_remote_fields (KomboResultLink *self,
                                     JsonObject      *remote_fields)
{
  g_return_if_fail (KOMBO_IS_RESULT_LINK (self));

  g_clear_pointer (&self->remote_fields, json_object_unref);
  if (remote_fields != NULL)
    self->remote_fields = json_object_ref (remote_fields);
}

GPtrArray *
kombo_result_link_validate (KomboResultLink *self)
{
  GPtrArray *violations = g_ptr_array_new_with_free_func ((GDestroyNotify) kombo_violation_free);

  g_return_val_if_fail (KOMBO_IS_RESULT_LINK (self), violations);

  if (self->label == NULL)
    kombo_violations_add (violations, "label", "%s", _ ("Enter a label, such as “Assessment report”."));

  if (self->url == NULL)
    kombo_violations_add (violations, "url", "%s", _ ("Enter the link."));
  else if (!kombo_is_http_url (self->url))
    kombo_violations_add (violations, "url",
                          _ ("“%s” is not a web address. Enter a full link starting with https://."),
                          self->url);

  /* Kombo wants details whole or not at all */
  if (self->details_prefix != NULL && self->attributes->len == 0)
    kombo_violations_add (violations, "details.attributes", "%s",
                          _ ("Add at least one detail, or clear the name the details start with."));
  else if (self->details_prefix == NULL && self->attributes->len > 0)
    kombo_violations_add (violations, "details.custom_field_name_prefix", "%s",
                          _ ("Enter the name the details start with, such as Assessment."));

  for (guint i = 0; i < self->attributes->len; i++)
    {
      const Attribute *attribute = &g_array_index (self->attributes, Attribute, i);
      g_autofree char *path = g_strdup_printf ("details.attributes[%u].key", i);

      if (attribute->key == NULL)
        kombo_violations_add (violations, path, "%s", _ ("Enter a name for this detail or remove it."));
    }

  return violations;
}

char *
kombo_result_link_to_json (KomboResultLink *self)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "label");
  json_builder_add_string_value (builder, self->label);
  json_builder_set_member_name (builder, "url");
  json_builder_add_string_value (builder, self->url);

  if (self->details_prefix != NULL || self->attributes->len > 0)
    {
      json_builder_set_member_name (builder, "details");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "custom_field_name_prefix");
      json_builder_add_string_value (builder, self->details_prefix);
      json_builder_set_member_name (builder, "attributes");
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->attributes->len; i++)
        {
          const Attribute *attribute = &g_array_index (self->attributes, Attribute, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "key");
          json_builder_add_string_value (builder, attribute->key);
          json_builder_set_member_name (builder, "value");
          json_builder_add_string_value (builder, attribute->value);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }

  kombo_json_builder_add_object (builder, "remote_fields", self->remote_fields);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}
