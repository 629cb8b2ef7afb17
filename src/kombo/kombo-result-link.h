/* kombo-result-link.h: the request model of POST /ats/candidates/{id}/result-links */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define KOMBO_TYPE_RESULT_LINK (kombo_result_link_get_type ())

G_DECLARE_FINAL_TYPE (KomboResultLink, kombo_result_link, KOMBO, RESULT_LINK, GObject)

KomboResultLink *kombo_result_link_new                (const char      *label,
                                                       const char      *url);
const char      *kombo_result_link_get_label          (KomboResultLink *self);
void             kombo_result_link_set_label          (KomboResultLink *self,
                                                       const char      *label);
const char      *kombo_result_link_get_url            (KomboResultLink *self);
void             kombo_result_link_set_url            (KomboResultLink *self,
                                                       const char      *url);
const char      *kombo_result_link_get_details_prefix (KomboResultLink *self);
void             kombo_result_link_set_details_prefix (KomboResultLink *self,
                                                       const char      *prefix);
void             kombo_result_link_add_attribute      (KomboResultLink *self,
                                                       const char      *key,
                                                       const char      *value);
void             kombo_result_link_clear_attributes   (KomboResultLink *self);
guint            kombo_result_link_get_n_attributes   (KomboResultLink *self);
void             kombo_result_link_set_remote_fields  (KomboResultLink *self,
                                                       JsonObject      *remote_fields);
GPtrArray       *kombo_result_link_validate           (KomboResultLink *self);

G_END_DECLS
