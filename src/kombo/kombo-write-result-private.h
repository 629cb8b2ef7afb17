/* kombo-write-result-private.h: built from Kombo's JSON by the client */
#pragma once

#include <json-glib/json-glib.h>

#include "kombo-write-result.h"

G_BEGIN_DECLS

/* %NULL only when the object lacks an id: the record cannot be used then */
KomboWriteResult *kombo_write_result_new_from_json (JsonObject *root,
                                                    gboolean    with_candidate);
KomboWriteResult *kombo_write_result_new_from_application_json (JsonObject *root);

G_END_DECLS
