/* kombo-result-link-private.h: a result link as the client sends it */
#pragma once

#include <json-glib/json-glib.h>

#include "kombo-result-link.h"

G_BEGIN_DECLS

char *kombo_result_link_to_json (KomboResultLink *self);

G_END_DECLS
