/* kombo-tag-private.h: a tag as the client sends and reads it */
#pragma once

#include <json-glib/json-glib.h>

#include "kombo-tag.h"

G_BEGIN_DECLS

char     *kombo_tag_to_json (KomboTag *self);
KomboTag *kombo_tag_new_from_json (JsonObject *object);

G_END_DECLS
