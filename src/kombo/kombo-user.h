/* kombo-user.h: one of the ATS's users, as GET /ats/users lists them (for "Sourced by") */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define KOMBO_TYPE_USER (kombo_user_get_type ())

G_DECLARE_FINAL_TYPE (KomboUser, kombo_user, KOMBO, USER, GObject)

KomboUser  *kombo_user_new_from_json (JsonObject *object);
JsonObject *kombo_user_to_json (KomboUser *self);
const char *kombo_user_get_id (KomboUser *self);
const char *kombo_user_get_first_name (KomboUser *self);
const char *kombo_user_get_last_name (KomboUser *self);
const char *kombo_user_get_email (KomboUser *self);
const char *kombo_user_get_status (KomboUser *self);
char       *kombo_user_dup_display_name (KomboUser *self);
gboolean    kombo_user_matches (KomboUser  *self,
                                const char *search);

G_END_DECLS
