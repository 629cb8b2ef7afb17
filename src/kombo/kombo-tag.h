/* kombo-tag.h: a tag, as added with POST /ats/candidates/{id}/tags or listed by GET /ats/tags */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define KOMBO_TYPE_TAG (kombo_tag_get_type ())

G_DECLARE_FINAL_TYPE (KomboTag, kombo_tag, KOMBO, TAG, GObject)

KomboTag    *kombo_tag_new               (const char *name);
const char  *kombo_tag_get_id            (KomboTag   *self);
const char  *kombo_tag_get_name          (KomboTag   *self);
void         kombo_tag_set_name          (KomboTag   *self,
                                          const char *name);
JsonObject  *kombo_tag_get_remote_fields (KomboTag   *self);
void         kombo_tag_set_remote_fields (KomboTag   *self,
                                          JsonObject *remote_fields);
GPtrArray   *kombo_tag_validate          (KomboTag   *self);

G_END_DECLS
