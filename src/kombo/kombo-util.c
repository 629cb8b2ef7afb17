/* kombo-util.c: rules the Kombo API sets on values, shared by the request models */
#define G_LOG_DOMAIN "kombo-util"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kombo-codepages.h"
#include "kombo-util.h"
#include "kombo-resources.h"

/* The pattern Kombo itself uses for e-mail addresses in its answers, caseless */
#define EMAIL_PATTERN "^(?!\\.)(?!.*\\.\\.)([\\w'+\\-.]*)[\\w+\\-]@([\\da-z][\\da-z\\-]*\\.)+[a-z]{2,}$"
#define CONTENT_TYPE_PATTERN "^[\\w.\\-]+/[\\w.\\-+]+$"

gboolean
kombo_is_plausible_email (const char *address)
{
  static GRegex *regex;

  if (address == NULL || *address == '\0')
    return FALSE;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new (EMAIL_PATTERN, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL));

  return g_regex_match (regex, address, 0, NULL);
}

/* Phone numbers are free text in every ATS; refuse only what cannot be one */
gboolean
kombo_is_plausible_phone (const char *number)
{
  guint digits = 0;

  if (number == NULL)
    return FALSE;

  for (const char *p = number; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (!strchr ("+-()./ x", *p) && !g_str_has_prefix (p, "ext"))
        return FALSE;
      else if (g_str_has_prefix (p, "ext"))
        p += 2;
    }

  return digits >= 3;
}

gboolean
kombo_is_http_url (const char *url)
{
  g_autoptr (GUri) uri = NULL;
  const char *scheme;
  const char *host;

  if (url == NULL || *url == '\0' || strpbrk (url, " \t\n") != NULL)
    return FALSE;

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;

  scheme = g_uri_get_scheme (uri);
  host = g_uri_get_host (uri);
  return (g_ascii_strcasecmp (scheme, "https") == 0 || g_ascii_strcasecmp (scheme, "http") == 0) &&
         host != NULL && *host != '\0';
}

/**
 * kombo_is_safe_link:
 * @url: (nullable): a link a server gave, such as a log or a record in the ATS
 *
 * Returns: whether @url may be handed to the desktop to open: https, or http to this computer
 *   only. A server's "file:///etc/passwd" or "javascript:" is never opened.
 */
gboolean
kombo_is_safe_link (const char *url)
{
  g_autoptr (GUri) uri = NULL;

  if (!kombo_is_http_url (url) || (uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL)) == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0)
    return TRUE;
  return kombo_is_loopback_host (g_uri_get_host (uri));
}

/* Kombo passes the type on to the ATS, which decides how to show the file from it:
 * "application/octet-stream" tells it nothing, so it is refused. */
gboolean
kombo_is_meaningful_content_type (const char *content_type)
{
  static GRegex *regex;

  if (content_type == NULL)
    return FALSE;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new (CONTENT_TYPE_PATTERN, G_REGEX_OPTIMIZE, 0, NULL));

  return g_regex_match (regex, content_type, 0, NULL) &&
         g_ascii_strcasecmp (content_type, "application/octet-stream") != 0 &&
         g_ascii_strcasecmp (content_type, "application/x-zerosize") != 0;
}

gboolean
kombo_is_loopback_host (const char *host)
{
  g_autoptr (GInetAddress) address = NULL;
  g_autofree char *bare = NULL;

  if (host == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (host, "localhost") == 0)
    return TRUE;

  /* GUri keeps IPv6 literals without brackets, but accept them either way: "[" alone is none */
  if (host[0] == '[')
    {
      gsize length = strlen (host);

      if (length < 3 || host[length - 1] != ']')
        return FALSE;
      bare = g_strndup (host + 1, length - 2);
    }
  else
    bare = g_strdup (host);

  address = g_inet_address_new_from_string (bare);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

typedef struct
{
  KomboCountry *countries;
  guint         n_countries;
  GBytes       *bytes; /* the names point into the parsed JSON, kept alive here */
  JsonParser   *parser;
} CountryTable;

static int
compare_countries (gconstpointer a,
                   gconstpointer b)
{
  return strcmp (((const KomboCountry *) a)->alpha_2, ((const KomboCountry *) b)->alpha_2);
}

/* iso-codes' table is compiled into the library as a resource, so no file is read at run time
 * and the Flatpak needs nothing beyond the binary. */
static const CountryTable *
get_country_table (void)
{
  static CountryTable *table;

  if (g_once_init_enter (&table))
    {
      CountryTable *t = g_new0 (CountryTable, 1);
      JsonArray    *array = NULL;
      JsonNode     *root;

      t->bytes = g_resource_lookup_data (kombo_get_resource (),
                                         "/io/github/shortlist/kombo/iso_3166-1.json",
                                         G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      t->parser = json_parser_new_immutable ();
      if (t->bytes != NULL &&
          json_parser_load_from_data (t->parser, g_bytes_get_data (t->bytes, NULL),
                                      g_bytes_get_size (t->bytes), NULL) &&
          (root = json_parser_get_root (t->parser)) != NULL &&
          JSON_NODE_HOLDS_OBJECT (root))
        array = json_object_get_array_member (json_node_get_object (root), "3166-1");

      if (array != NULL)
        {
          guint len = json_array_get_length (array);

          t->countries = g_new0 (KomboCountry, len);
          for (guint i = 0; i < len; i++)
            {
              JsonObject *entry = json_array_get_object_element (array, i);

              if (entry == NULL ||
                  !json_object_has_member (entry, "alpha_2") ||
                  !json_object_has_member (entry, "name"))
                continue;
              t->countries[t->n_countries].alpha_2 = json_object_get_string_member (entry, "alpha_2");
              t->countries[t->n_countries].alpha_3 = json_object_get_string_member_with_default (entry, "alpha_3", NULL);
              t->countries[t->n_countries].name = json_object_get_string_member (entry, "name");
              t->n_countries++;
            }
          qsort (t->countries, t->n_countries, sizeof (KomboCountry), compare_countries);
        }

      g_once_init_leave (&table, t);
    }

  return table;
}

const KomboCountry *
kombo_country_lookup (const char *alpha_2)
{
  const CountryTable *table = get_country_table ();
  KomboCountry        key = { alpha_2, NULL, NULL };

  if (alpha_2 == NULL || table->n_countries == 0)
    return NULL;

  return bsearch (&key, table->countries, table->n_countries, sizeof (KomboCountry), compare_countries);
}

/**
 * kombo_countries_get_all:
 *
 * Returns: every ISO 3166-1 country, sorted by alpha-2 code
 */
const KomboCountry *
kombo_countries_get_all (guint *n_countries)
{
  const CountryTable *table = get_country_table ();

  *n_countries = table->n_countries;
  return table->countries;
}

/* What countries are called besides their ISO names: common short forms, and German */
/* clang-format off */
static const struct
{
  const char *name;
  const char *code;
} country_aliases[] = {
  { "usa", "US" }, { "u.s.a.", "US" }, { "united states", "US" }, { "uk", "GB" }, { "england", "GB" },
  { "scotland", "GB" }, { "great britain", "GB" }, { "the netherlands", "NL" }, { "holland", "NL" },
  { "czech republic", "CZ" }, { "south korea", "KR" }, { "russia", "RU" }, { "vietnam", "VN" },
  { "deutschland", "DE" }, { "österreich", "AT" }, { "schweiz", "CH" }, { "frankreich", "FR" },
  { "niederlande", "NL" }, { "belgien", "BE" }, { "luxemburg", "LU" }, { "dänemark", "DK" },
  { "schweden", "SE" }, { "norwegen", "NO" }, { "finnland", "FI" }, { "spanien", "ES" },
  { "italien", "IT" }, { "polen", "PL" }, { "tschechien", "CZ" }, { "ungarn", "HU" },
  { "rumänien", "RO" }, { "kroatien", "HR" }, { "griechenland", "GR" }, { "türkei", "TR" },
  { "irland", "IE" }, { "vereinigtes königreich", "GB" }, { "großbritannien", "GB" },
  { "vereinigte staaten", "US" }, { "kanada", "CA" }, { "indien", "IN" }, { "slowakei", "SK" },
  { "slowenien", "SI" }, { "bulgarien", "BG" }, { "litauen", "LT" }, { "lettland", "LV" },
  { "estland", "EE" }, { "brasilien", "BR" }, { "mexiko", "MX" }, { "australien", "AU" },
};
/* clang-format on */

/**
 * kombo_country_for_name:
 * @name: a country's name, in any case
 *
 * Returns: (nullable): the ISO 3166 alpha-2 code of the country @name names: by its ISO name,
 *   common name or official name in English or German ("Taiwan", "Südkorea", "Bundesrepublik
 *   Deutschland"), in the reader's language, or a common short form ("USA", "UK")
 */
/* Folded name → alpha-2 code: every name iso-codes gives a country, in English and German */
static GHashTable *
get_country_names (void)
{
  static GHashTable *names;

  if (g_once_init_enter (&names))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_autoptr (GBytes) bytes = g_resource_lookup_data (kombo_get_resource (), "/io/github/shortlist/kombo/country-names.json",
                                                         G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autoptr (JsonParser) parser = json_parser_new ();
      JsonNode *root;

      if (bytes != NULL && json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL) &&
          (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_OBJECT (root))
        {
          JsonObject *object = json_node_get_object (root);
          g_autoptr (GList) codes = json_object_get_members (object);

          for (GList *l = codes; l != NULL; l = l->next)
            {
              JsonNode  *node = json_object_get_member (object, l->data);
              JsonArray *list = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

              for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
                {
                  const char *name = json_node_get_string (json_array_get_element (list, i));

                  if (name != NULL)
                    g_hash_table_insert (table, g_utf8_casefold (name, -1), g_strdup (l->data));
                }
            }
        }
      g_once_init_leave (&names, table);
    }
  return names;
}

const char *
kombo_country_for_name (const char *name)
{
  g_autofree char    *folded = g_utf8_casefold (name, -1);
  const KomboCountry *countries;
  const char         *code;
  guint               n;

  for (guint i = 0; i < G_N_ELEMENTS (country_aliases); i++)
    if (g_str_equal (folded, country_aliases[i].name))
      return country_aliases[i].code;
  /* Taiwan, Iran, South Korea, Bundesrepublik Deutschland: common and official names too */
  if ((code = g_hash_table_lookup (get_country_names (), folded)) != NULL)
    return code; /* the table lives as long as the program */
  countries = kombo_countries_get_all (&n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *english = g_utf8_casefold (countries[i].name, -1);
      g_autofree char *translated = g_utf8_casefold (g_dgettext ("iso_3166-1", countries[i].name), -1);

      if (g_str_equal (folded, english) || g_str_equal (folded, translated))
        return countries[i].alpha_2;
    }
  return NULL;
}

/* Kombo's validators want a full UTC timestamp with milliseconds: 2021-01-01T00:00:00.000Z */
char *
kombo_format_timestamp (GDateTime *datetime)
{
  g_autoptr (GDateTime) utc = NULL;
  g_autofree char *seconds = NULL;

  g_return_val_if_fail (datetime != NULL, NULL);

  utc = g_date_time_to_utc (datetime);
  seconds = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S");
  return g_strdup_printf ("%s.%03dZ", seconds, g_date_time_get_microsecond (utc) / 1000);
}

GDateTime *
kombo_date_new_utc (int year,
                    int month,
                    int day)
{
  return g_date_time_new_utc (year, month, day, 0, 0, 0);
}

/* Surrounding blanks come from pasting and never mean anything to an ATS */
char *
kombo_strdup_stripped (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);

  return copy;
}

/* g_set_str() arrived in GLib 2.76; Debian 12 has 2.74 */
gboolean
kombo_set_str (char      **str_pointer,
               const char *new_str)
{
  if (g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  g_free (*str_pointer);
  *str_pointer = g_strdup (new_str);
  return TRUE;
}

/**
 * kombo_remote_fields_on_behalf_of:
 * @tool: "greenhouse" or "workable"
 * @user_id: the ATS user to act as
 *
 * Returns: (transfer full) (nullable): the `remote_fields` that make Greenhouse or Workable
 *   record the change as made by @user_id
 */
JsonObject *
kombo_remote_fields_on_behalf_of (const char *tool,
                                  const char *user_id)
{
  g_autoptr (JsonObject) fields = json_object_new ();
  g_autoptr (JsonObject) inner = json_object_new ();

  g_return_val_if_fail (user_id != NULL, NULL);

  if (g_strcmp0 (tool, "greenhouse") == 0)
    {
      g_autoptr (JsonObject) headers = json_object_new ();

      json_object_set_string_member (headers, "On-Behalf-Of", user_id);
      json_object_set_object_member (inner, "post_headers", g_steal_pointer (&headers));
    }
  else if (g_strcmp0 (tool, "workable") == 0)
    json_object_set_string_member (inner, "on_behalf_of_user_remote_id", user_id);
  else
    return NULL;

  json_object_set_object_member (fields, tool, g_steal_pointer (&inner));
  return g_steal_pointer (&fields);
}

/**
 * kombo_wipe:
 * @secret: (nullable): text such as an API key, about to be freed
 *
 * Overwrites @secret with zeros in a way the compiler may not leave out (a memset() before
 * g_free() may be, since nothing reads the memory afterwards).
 */
void
kombo_wipe (char *secret)
{
  if (secret == NULL)
    return;
#if HAVE_EXPLICIT_BZERO
  explicit_bzero (secret, strlen (secret));
#else
  for (volatile char *p = secret; *p != '\0'; p++)
    *p = '\0';
#endif
}

/* Returns: (transfer full) (nullable): "first last", or the one there is, or %NULL */
char *
kombo_dup_person_name (const char *first_name,
                       const char *last_name)
{
  if (first_name != NULL && last_name != NULL)
    /* TRANSLATORS: a person's name: first name, then last name */
    return g_strdup_printf (C_ ("person name", "%s %s"), first_name, last_name);
  return g_strdup (first_name ? first_name : last_name);
}

/* The digits a number ends with that say who it is, whichever way the country is written */
#define PHONE_DIGITS_COMPARED 9

/**
 * kombo_phone_numbers_match:
 *
 * Returns: whether @a and @b are the same number as people write it: "+49 30 1234567",
 *   "0049-30-1234567" and "030 1234567" are; the last nine digits are compared, all of them
 *   when there are fewer, and a number of fewer than six digits matches nothing
 */
gboolean
kombo_phone_numbers_match (const char *a,
                           const char *b)
{
  char        digits[2][64];
  gsize       n[2] = { 0, 0 };
  const char *numbers[2] = { a, b };

  for (guint k = 0; k < 2; k++)
    for (const char *p = numbers[k]; p != NULL && *p != '\0' && n[k] < sizeof digits[k]; p++)
      if (g_ascii_isdigit (*p))
        digits[k][n[k]++] = *p;
  if (n[0] < 6 || n[1] < 6)
    return FALSE;
  {
    gsize compared = MIN (PHONE_DIGITS_COMPARED, MIN (n[0], n[1]));

    return memcmp (digits[0] + n[0] - compared, digits[1] + n[1] - compared, compared) == 0;
  }
}

/* Returns: whether Shortlist knows Windows' code page @codepage (1250 to 1254) */
gboolean
kombo_codepage_known (guint codepage)
{
  for (guint i = 0; i < G_N_ELEMENTS (kombo_codepages); i++)
    if (kombo_codepages[i].codepage == codepage)
      return TRUE;
  return FALSE;
}

/**
 * kombo_codepage_append:
 * @codepage: one of Windows' code pages 1250 to 1254; another is read as 1252, Western
 *
 * Appends the character @byte stands for in @codepage to @out, as UTF-8; a byte that stands for
 * nothing there becomes U+FFFD.
 */
void
kombo_codepage_append (GString *out,
                       guint    codepage,
                       guint8   byte)
{
  const gunichar *upper = NULL;

  if (byte < 0x80)
    {
      g_string_append_c (out, (char) byte);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (kombo_codepages) && upper == NULL; i++)
    if (kombo_codepages[i].codepage == codepage)
      upper = kombo_codepages[i].upper;
  for (guint i = 0; i < G_N_ELEMENTS (kombo_codepages) && upper == NULL; i++)
    if (kombo_codepages[i].codepage == 1252)
      upper = kombo_codepages[i].upper;
  g_string_append_unichar (out, upper[byte - 0x80] != 0 ? upper[byte - 0x80] : 0xfffd);
}

/* Returns: (transfer full): @length bytes of text in Windows' @codepage, as UTF-8 */
char *
kombo_codepage_to_utf8 (guint       codepage,
                        const char *bytes,
                        gsize       length)
{
  GString *out = g_string_sized_new (length + length / 8);

  for (gsize i = 0; i < length; i++)
    kombo_codepage_append (out, codepage, (guint8) bytes[i]);
  return g_string_free (out, FALSE);
}
