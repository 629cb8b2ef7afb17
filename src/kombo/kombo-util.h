/* kombo-util.h: rules the Kombo API sets on values, shared by the request models */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *alpha_2;
  const char *alpha_3; /* or NULL */
  const char *name;    /* English; translate with the "iso_3166-1" gettext domain */
} KomboCountry;

gboolean            kombo_is_plausible_email (const char *address);
gboolean            kombo_is_plausible_phone (const char *number);
gboolean            kombo_is_http_url (const char *url);
gboolean            kombo_is_safe_link (const char *url);
gboolean            kombo_is_meaningful_content_type (const char *content_type);
gboolean            kombo_is_loopback_host (const char *host);
const KomboCountry *kombo_country_lookup (const char *alpha_2);
const KomboCountry *kombo_countries_get_all (guint *n_countries);
const char         *kombo_country_for_name (const char *name);
char               *kombo_format_timestamp (GDateTime *datetime);
GDateTime          *kombo_date_new_utc (int year,
                                        int month,
                                        int day);
char               *kombo_strdup_stripped (const char *text);
gboolean            kombo_codepage_known (guint codepage);
void                kombo_codepage_append (GString *out,
                                           guint    codepage,
                                           guint8   byte);
char               *kombo_codepage_to_utf8 (guint       codepage,
                                            const char *bytes,
                                            gsize       length);
gboolean            kombo_phone_numbers_match (const char *a,
                                               const char *b);
char               *kombo_dup_person_name (const char *first_name,
                                           const char *last_name);
void                kombo_wipe (char *secret);
gboolean            kombo_set_str (char      **str_pointer,
                                   const char *new_str);
JsonObject         *kombo_remote_fields_on_behalf_of (const char *tool,
                                                      const char *user_id);

G_END_DECLS
