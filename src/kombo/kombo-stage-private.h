/* kombo-stage-private.h: built from Kombo's JSON by the client */
#pragma once

#include <json-glib/json-glib.h>

#include "kombo-stage.h"

G_BEGIN_DECLS

/* %NULL only when the object lacks an id: the record cannot be used then */
KomboStage *kombo_stage_new_from_json (JsonObject *object);

G_END_DECLS
