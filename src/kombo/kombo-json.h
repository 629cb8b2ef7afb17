/* kombo-json.h: lenient readers for Kombo's answers, where any member may be null or missing */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

const char *kombo_json_get_string (JsonObject *object,
                                   const char *member);
char       *kombo_json_dup_string (JsonObject *object,
                                   const char *member);
double      kombo_json_get_double (JsonObject *object,
                                   const char *member,
                                   double      fallback);
gint64      kombo_json_get_int (JsonObject *object,
                                const char *member,
                                gint64      fallback);
gboolean    kombo_json_get_boolean (JsonObject *object,
                                    const char *member,
                                    gboolean    fallback);
JsonObject *kombo_json_get_object (JsonObject *object,
                                   const char *member);
JsonArray  *kombo_json_get_array (JsonObject *object,
                                  const char *member);
char      **kombo_json_dup_strv (JsonObject *object,
                                 const char *member);
void        kombo_json_builder_add_object (JsonBuilder *builder,
                                           const char  *member,
                                           JsonObject  *object);

gint64 kombo_double_to_int64 (double value,
                              gint64 fallback);

G_END_DECLS
