/* kombo-attribute.h: one detail of a result link, a name and a value, as typed */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KOMBO_TYPE_ATTRIBUTE (kombo_attribute_get_type ())

G_DECLARE_FINAL_TYPE (KomboAttribute, kombo_attribute, KOMBO, ATTRIBUTE, GObject)

KomboAttribute *kombo_attribute_new       (const char     *key,
                                           const char     *value);
const char     *kombo_attribute_get_key   (KomboAttribute *self);
const char     *kombo_attribute_get_value (KomboAttribute *self);

G_END_DECLS
