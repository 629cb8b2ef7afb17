/* kombo-contact.c: one more email address, phone number or link of a candidate, as typed
 *
 * The value is kept exactly as typed (never NULL), so an entry bound to it shows what the
 * person wrote; KomboCandidate strips it when the request is built.
 */
#define G_LOG_DOMAIN "kombo-contact"

#include "config.h"

#include "kombo-contact.h"
#include "kombo-enums.h"
#include "kombo-util.h"

struct _KomboContact
{
  GObject parent_instance;

  KomboContactType kind;
  char            *value;
};

G_DEFINE_FINAL_TYPE (KomboContact, kombo_contact, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_KIND,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kombo_contact_finalize (GObject *object)
{
  KomboContact *self = (KomboContact *) object;

  g_free (self->value);

  G_OBJECT_CLASS (kombo_contact_parent_class)->finalize (object);
}

static void
kombo_contact_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KomboContact *self = KOMBO_CONTACT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kombo_contact_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KomboContact *self = KOMBO_CONTACT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      kombo_contact_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_VALUE:
      kombo_contact_set_value (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kombo_contact_class_init (KomboContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kombo_contact_finalize;
  object_class->get_property = kombo_contact_get_property;
  object_class->set_property = kombo_contact_set_property;

  properties[PROP_KIND] =
      g_param_spec_enum ("kind", NULL, NULL, KOMBO_TYPE_CONTACT_TYPE, KOMBO_CONTACT_PERSONAL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE] =
      g_param_spec_string ("value", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kombo_contact_init (KomboContact *self)
{
  self->value = g_strdup ("");
}

KomboContact *
kombo_contact_new (KomboContactType kind,
                   const char      *value)
{
  return g_object_new (KOMBO_TYPE_CONTACT, "kind", kind, "value", value ? value : "", NULL);
}

KomboContactType
kombo_contact_get_kind (KomboContact *self)
{
  g_return_val_if_fail (KOMBO_IS_CONTACT (self), KOMBO_CONTACT_PERSONAL);
  return self->kind;
}

void
kombo_contact_set_kind (KomboContact    *self,
                        KomboContactType kind)
{
  g_return_if_fail (KOMBO_IS_CONTACT (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
kombo_contact_get_value (KomboContact *self)
{
  g_return_val_if_fail (KOMBO_IS_CONTACT (self), NULL);
  return self->value;
}

void
kombo_contact_set_value (KomboContact *self,
                         const char   *value)
{
  g_return_if_fail (KOMBO_IS_CONTACT (self));

  if (kombo_set_str (&self->value, value ? value : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}
