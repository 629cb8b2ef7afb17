/* kombo-integration-private.h: built from Kombo's JSON by the client */
#pragma once

#include <json-glib/json-glib.h>

#include "kombo-integration.h"

G_BEGIN_DECLS

/* %NULL only when the object lacks an id: the record cannot be used then */
KomboIntegration *kombo_integration_new_from_json (JsonObject *object);

G_END_DECLS
