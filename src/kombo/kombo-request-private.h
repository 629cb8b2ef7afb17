/* kombo-request-private.h: what the client needs of the models to send and read them */
#pragma once

#include "kombo-candidate.h"
#include "kombo-result-link.h"
#include "kombo-tag.h"

G_BEGIN_DECLS

/* Serialises @self with each file's base64 replaced by the JSON string "<marker>-<n>",
 * n indexing @files_out, so that the body stream can splice the files in while sending. */
char     *kombo_candidate_to_json_with_markers (KomboCandidate *self,
                                                const char     *marker,
                                                GPtrArray      *files_out);
char     *kombo_tag_to_json (KomboTag *self);
KomboTag *kombo_tag_new_from_json (JsonObject *object);
char     *kombo_result_link_to_json (KomboResultLink *self);

GError *kombo_http_error_from_envelope (guint   status,
                                        GBytes *bytes);

G_END_DECLS
