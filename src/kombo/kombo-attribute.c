/* kombo-attribute.c: one detail of a result link, a name and a value, as typed
 *
 * Both are kept exactly as typed and never NULL, for entries bound to them; the result link
 * strips them when the request is built.
 */
#define G_LOG_DOMAIN "kombo-attribute"

#include "config.h"

#include "kombo-attribute.h"

struct _KomboAttribute
{
  GObject parent_instance;

  char *key;
  char *value;
};

G_DEFINE_FINAL_TYPE (KomboAttribute, kombo_attribute, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_KEY,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kombo_attribute_finalize (GObject *object)
{
  KomboAttribute *self = (KomboAttribute *) object;

  g_free (self->key);
  g_free (self->value);

  G_OBJECT_CLASS (kombo_attribute_parent_class)->finalize (object);
}

static void
kombo_attribute_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KomboAttribute *self = KOMBO_ATTRIBUTE (object);

  g_value_set_string (value, prop_id == PROP_KEY ? self->key : self->value);
}

static void
kombo_attribute_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KomboAttribute *self = KOMBO_ATTRIBUTE (object);
  char          **field = prop_id == PROP_KEY ? &self->key : &self->value;
  const char     *text = g_value_get_string (value) ? g_value_get_string (value) : "";

  if (g_strcmp0 (*field, text) == 0)
    return;
  g_free (*field);
  *field = g_strdup (text);
  g_object_notify_by_pspec (object, pspec);
}

static void
kombo_attribute_class_init (KomboAttributeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kombo_attribute_finalize;
  object_class->get_property = kombo_attribute_get_property;
  object_class->set_property = kombo_attribute_set_property;

  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, "", flags);
  properties[PROP_VALUE] = g_param_spec_string ("value", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kombo_attribute_init (KomboAttribute *self)
{
  self->key = g_strdup ("");
  self->value = g_strdup ("");
}

KomboAttribute *
kombo_attribute_new (const char *key,
                     const char *value)
{
  return g_object_new (KOMBO_TYPE_ATTRIBUTE, "key", key, "value", value, NULL);
}

const char *
kombo_attribute_get_key (KomboAttribute *self)
{
  g_return_val_if_fail (KOMBO_IS_ATTRIBUTE (self), NULL);
  return self->key;
}

const char *
kombo_attribute_get_value (KomboAttribute *self)
{
  g_return_val_if_fail (KOMBO_IS_ATTRIBUTE (self), NULL);
  return self->value;
}
