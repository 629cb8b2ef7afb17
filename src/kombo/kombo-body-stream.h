/* kombo-body-stream.h: a request body of JSON text with files spliced in as base64 while it is read */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _KomboBody KomboBody;

#define KOMBO_TYPE_BODY (kombo_body_get_type ())

GType         kombo_body_get_type   (void) G_GNUC_CONST;
KomboBody    *kombo_body_new        (const char *json,
                                     const char *marker,
                                     GPtrArray  *files,
                                     GError    **error);
KomboBody    *kombo_body_ref        (KomboBody  *self);
void          kombo_body_unref      (KomboBody  *self);
goffset       kombo_body_get_length (KomboBody  *self);
GInputStream *kombo_body_open       (KomboBody  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KomboBody, kombo_body_unref)

#define KOMBO_TYPE_BODY_STREAM (kombo_body_stream_get_type ())

G_DECLARE_FINAL_TYPE (KomboBodyStream, kombo_body_stream, KOMBO, BODY_STREAM, GInputStream)

G_END_DECLS
