/* kombo-attachment-restrictions-private.h: built from Kombo's JSON by the client */
#pragma once

#include <json-glib/json-glib.h>

#include "kombo-attachment-restrictions.h"

G_BEGIN_DECLS

/* %NULL only when the object lacks an id: the record cannot be used then */
KomboAttachmentRestrictions *kombo_attachment_restrictions_new_from_json (JsonObject *data);

G_END_DECLS
