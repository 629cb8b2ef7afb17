/* shortlist-cv.c: what a CV says about its candidate, by rules that can be explained
 *
 * The text is cut into lines, and each line into segments at the separators CVs put between
 * contact details ("|", "•", tabs, wide gaps). Then:
 *
 * - Email addresses and links are found by pattern. Profile links (LinkedIn, GitHub, XING, …)
 *   count anywhere; another website only with a label ("Website:") or on a line of contact
 *   details, so that employers' sites in the experience are left alone.
 * - Phone numbers count with a label ("Phone", "Telefon", "Mobil", …) or in international form
 *   (+49 …, 0049 …), never when they read as dates or year ranges.
 * - Nothing below a "References" heading counts: those details are other people's.
 * - The name: from a "Name:" label, else the first line shaped like a name (two to four
 *   capitalised words, no digits, no job words) in the document's first lines, preferring one
 *   the email address's local part agrees with; else the document's author, if the address
 *   agrees; else the local part itself when it reads "first.last".
 * - Job title and company: from labels, or a headline right below the name: "Title at Company"
 *   (or "bei"), or "Title | Company GmbH" when the company says its legal form.
 * - City, postcode and country: from an address label, or from a "City, Country" or
 *   "12345 City" segment among the first lines. Country names are read in English and German;
 *   a city with no country takes the country of an international phone number.
 *
 * Filling a draft then takes only what the draft does not have, and remembers what it set so
 * that Undo takes back exactly that, and nothing changed since.
 *
 * This file cuts the text into lines and segments and gathers the facts; the rules are in
 * shortlist-cv-contacts.c (addresses, phones, links, place) and shortlist-cv-names.c (name,
 * title, company), reading a file in the reader process in shortlist-cv-read.c, and filling
 * a draft and Undo in shortlist-cv-fill.c.
 */
#define G_LOG_DOMAIN "shortlist-cv"

#include "config.h"

#include <string.h>

#include "kombo-json.h"
#include "shortlist-cv-private.h"

static void
document_clear (ShortlistCvDocument *doc)
{
  g_clear_pointer (&doc->lines, g_ptr_array_unref);
}

G_DEFINE_QUARK (shortlist_cv_error_quark, shortlist_cv_error)

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ShortlistCvDocument, document_clear)

static GRegex *
regex (const char *pattern)
{
  g_autoptr (GError) error = NULL;
  GRegex *re = g_regex_new (pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, &error);

  g_assert_no_error (error);
  return re;
}

/* Compiled once for every CV */
ShortlistCvPatterns _shortlist_cv_re;

static gpointer
init_regexes (gpointer data)
{
  _shortlist_cv_re.separator = regex ("\\s*(?:\\||•|·|◆|♦|▪|●|\\t|\\s{3,}|\\s[-–]\\s(?=\\S*@)|(?<=\\S)\\s+[-–]\\s+(?=\\+))\\s*");
  _shortlist_cv_re.email = regex ("(?<![\\w.%+-])[a-z0-9][a-z0-9._%+-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,24}\\b");
  _shortlist_cv_re.link = regex ("(?<![@\\w.])(?:https?://|www\\.)[^\\s<>\"'|,;()\\[\\]]+");
  _shortlist_cv_re.profile = regex ("(?<![@\\w./])(?:[a-z]{2,3}\\.)?(?:linkedin\\.com|github\\.com|gitlab\\.com|xing\\.com|stackoverflow\\.com|"
                                    "behance\\.net|dribbble\\.com|twitter\\.com|x\\.com|medium\\.com|kaggle\\.com)/[^\\s<>\"'|,;()\\[\\]]+");
  _shortlist_cv_re.bare_site = regex ("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9-]+)*\\.[a-z]{2,24}(?:/[^\\s]*)?$");
  _shortlist_cv_re.phone_label = regex ("^(?:phone|telephone|tel|mobile|mobil|cell|handy|telefon|mobiltelefon|mobilnummer|fon|ph)\\b\\.?\\s*(?:\\(\\w+\\)\\s*)?[:.]?\\s*");
  _shortlist_cv_re.phone = regex ("(?:\\+|\\b00)\\d[\\d \\-/().]{5,22}\\d|(?<![\\d.])\\(?0\\d[\\d \\-/().]{4,22}\\d");
  _shortlist_cv_re.date = regex ("\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b(?:19|20)\\d\\d\\s*[-–/]\\s*(?:(?:19|20)\\d\\d|\\d{1,2})\\b");
  _shortlist_cv_re.name_label = regex ("^(?:name|full name|vollständiger name|vor- und nachname)\\s*:\\s*(.+)$");
  _shortlist_cv_re.title_label = regex ("^(?:current position|current role|current title|job title|position|title|role|aktuelle position|"
                                        "berufsbezeichnung|jobtitel|derzeitige position)\\s*:\\s*(.+)$");
  _shortlist_cv_re.company_label = regex ("^(?:current employer|current company|employer|company|arbeitgeber|aktueller arbeitgeber|"
                                          "derzeitiger arbeitgeber|unternehmen|firma)\\s*:\\s*(.+)$");
  _shortlist_cv_re.address_label = regex ("^(?:address|home address|adresse|anschrift|location|wohnort|ort|based in|residence|wohnhaft in)\\s*:\\s*(.+)$");
  _shortlist_cv_re.address_alone = regex ("^(?:address|adresse|anschrift|wohnort)\\s*:?$");
  _shortlist_cv_re.website_label = regex ("^(?:website|web|homepage|portfolio|blog|webseite|internetseite|site|linkedin|github|xing)\\s*:\\s*(.+)$");
  _shortlist_cv_re.headline = regex ("^([^@\\d:]{2,60}?)\\s+(?:at|bei|@)\\s+([^@:]{2,60})$");
  /* The postcode before the city, as each country writes it: "10115", "D-10115", "00-624"
   * (Poland), "1000-001" (Portugal), "114 51" (Sweden, Czechia, Slovakia, Greece), "1012 AB"
   * (the Netherlands) */
  _shortlist_cv_re.zip_city = regex ("^(?:[a-z]{1,2}-)?(\\d{2}-\\d{3}|\\d{4}-\\d{3}|\\d{3} \\d{2}|\\d{4} ?[a-z]{2}(?= )|\\d{4,5})\\s+(\\p{L}[\\p{L} .'-]{1,40})$");
  /* After the city: a state and its ZIP code ("TX 78701") or a province and its postal code ("ON M5V 3L9") */
  _shortlist_cv_re.state_zip = regex ("^[a-z]{2}\\s+(\\d{5}(?:-\\d{4})?|[a-z]\\d[a-z] ?\\d[a-z]\\d)$");
  /* Or the postcode alone after the city: the United Kingdom's ("SW1A 1AA"), Ireland's Eircode ("D02 X285") */
  _shortlist_cv_re.city_zip = regex ("^(\\p{L}[\\p{L} .'-]{1,40}?)\\s+([a-z]{1,2}\\d[a-z\\d]? ?\\d[a-z]{2}|[a-z]\\d{2} ?[a-z\\d]{4})$");
  _shortlist_cv_re.zip_alone = regex ("^([a-z]{1,2}\\d[a-z\\d]? ?\\d[a-z]{2}|[a-z]\\d{2} ?[a-z\\d]{4})$");
  _shortlist_cv_re.references = regex ("^(?:references|referees|referenzen|references available on request)\\s*:?$");
  return NULL;
}

static void
ensure_regexes (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, init_regexes, NULL);
}

static char *
_shortlist_cv_tidy (const char *text)
{
  g_autoptr (GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0xa0 || c == 0x202f)
        space = out->len > 0;
      else if (g_unichar_iscntrl (c) || g_unichar_type (c) == G_UNICODE_FORMAT)
        continue;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
document_init (ShortlistCvDocument *doc,
               const char          *text)
{
  g_auto (GStrv) lines = g_regex_split_simple ("[\\n\\r\\f\\x{2028}]+", text, 0, 0);

  ensure_regexes ();
  /* A short line that ends in a comma or a label's colon goes on in the next: "Email:" above
   * the address, "Amsterdam," above the country. Long lines never join, so no line grows long */
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      gsize            length = strlen (line);

      if (length > 0 && ((length < 40 && line[length - 1] == ':') || (length < 200 && line[length - 1] == ',')))
        {
          char *joined = g_strconcat (line, " ", lines[i + 1], NULL);

          g_free (lines[i + 1]);
          lines[i + 1] = joined;
          lines[i][0] = '\0';
        }
    }
  doc->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  doc->end = G_MAXUINT;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) parts = g_regex_split (_shortlist_cv_re.separator, lines[i], 0);
      g_autoptr (GPtrArray) segments = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *whole = _shortlist_cv_tidy (lines[i]);

      for (guint j = 0; parts[j] != NULL; j++)
        {
          char *segment = _shortlist_cv_tidy (parts[j]);

          if (*segment != '\0')
            g_ptr_array_add (segments, segment);
          else
            g_free (segment);
        }
      if (segments->len == 0)
        continue;
      if (doc->end == G_MAXUINT && g_regex_match (_shortlist_cv_re.references, whole, 0, NULL))
        doc->end = doc->lines->len;
      g_ptr_array_add (doc->lines, g_steal_pointer (&segments));
    }
  doc->end = MIN (doc->end, doc->lines->len);
}

/* Returns: (nullable): the first group of @regex in @text */
char *
_shortlist_cv_match_group (GRegex     *regex,
                           const char *text)
{
  g_autoptr (GMatchInfo) info = NULL;
  g_autofree char *value = NULL;

  if (!g_regex_match (regex, text, 0, &info))
    return NULL;
  value = g_match_info_fetch (info, 1);
  g_strstrip (value);
  return *value != '\0' ? g_steal_pointer (&value) : NULL;
}

gboolean
_shortlist_cv_contains_casefold (GPtrArray  *values,
                                 const char *value)
{
  g_autofree char *folded = g_utf8_casefold (value, -1);

  for (guint i = 0; i < values->len; i++)
    {
      g_autofree char *other = g_utf8_casefold (values->pdata[i], -1);

      if (g_str_equal (folded, other))
        return TRUE;
    }
  return FALSE;
}

static ShortlistCvFacts *
facts_new (void)
{
  ShortlistCvFacts *facts = g_new0 (ShortlistCvFacts, 1);

  facts->links = g_ptr_array_new_with_free_func (g_free);
  facts->more_emails = g_ptr_array_new_with_free_func (g_free);
  facts->more_phones = g_ptr_array_new_with_free_func (g_free);
  return facts;
}

/**
 * shortlist_cv_facts_from_text:
 * @author: (nullable): the author the document's properties name
 *
 * Returns: (transfer full): what the rules found in @text; never %NULL
 */
ShortlistCvFacts *
shortlist_cv_facts_from_text (const char *text,
                              const char *author)
{
  g_auto (ShortlistCvDocument) doc = { NULL };
  ShortlistCvFacts *facts = facts_new ();
  g_autoptr (GPtrArray) emails = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) phones = g_ptr_array_new_with_free_func (g_free);
  guint name_line;

  g_return_val_if_fail (text != NULL, facts);

  document_init (&doc, text);
  _shortlist_cv_find_emails (&doc, emails);
  _shortlist_cv_find_phones (&doc, phones);
  _shortlist_cv_find_links (&doc, facts->links);
  if (emails->len > 0)
    facts->email = g_strdup (emails->pdata[0]);
  for (guint i = 1; i < emails->len; i++)
    g_ptr_array_add (facts->more_emails, g_strdup (emails->pdata[i]));
  if (phones->len > 0)
    facts->phone = g_strdup (phones->pdata[0]);
  for (guint i = 1; i < phones->len; i++)
    g_ptr_array_add (facts->more_phones, g_strdup (phones->pdata[i]));

  _shortlist_cv_find_name (&doc, author, facts, &name_line);
  _shortlist_cv_find_work (&doc, name_line, facts);
  _shortlist_cv_find_place (&doc, facts);
  if (facts->country == NULL && facts->city != NULL && facts->phone != NULL)
    facts->country = g_strdup (_shortlist_cv_country_for_phone (facts->phone));
  return facts;
}

void
shortlist_cv_facts_free (ShortlistCvFacts *facts)
{
  if (facts == NULL)
    return;
  g_free (facts->first_name);
  g_free (facts->last_name);
  g_free (facts->email);
  g_free (facts->phone);
  g_free (facts->company);
  g_free (facts->title);
  g_free (facts->city);
  g_free (facts->zip_code);
  g_free (facts->country);
  g_clear_pointer (&facts->more_emails, g_ptr_array_unref);
  g_clear_pointer (&facts->more_phones, g_ptr_array_unref);
  g_clear_pointer (&facts->links, g_ptr_array_unref);
  g_free (facts);
}

/* Facts as JSON: how the reader process hands them over */

static const struct
{
  const char *name;
  gsize       offset;
} fact_fields[] = {
#define FACT(name, member)                           \
  {                                                  \
    name, G_STRUCT_OFFSET (ShortlistCvFacts, member) \
  }
  FACT ("first_name", first_name),
  FACT ("last_name", last_name),
  FACT ("email", email),
  FACT ("phone", phone),
  FACT ("company", company),
  FACT ("title", title),
  FACT ("city", city),
  FACT ("zip_code", zip_code),
  FACT ("country", country),
#undef FACT
};

static const struct
{
  const char *name;
  gsize       offset;
} fact_lists[] = {
  { "more_emails", G_STRUCT_OFFSET (ShortlistCvFacts, more_emails) },
  { "more_phones", G_STRUCT_OFFSET (ShortlistCvFacts, more_phones) },
  { "links", G_STRUCT_OFFSET (ShortlistCvFacts, links) },
};

JsonNode *
shortlist_cv_facts_to_json (ShortlistCvFacts *facts)
{
  g_autoptr (JsonObject) object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  for (guint i = 0; i < G_N_ELEMENTS (fact_fields); i++)
    {
      const char *value = G_STRUCT_MEMBER (char *, facts, fact_fields[i].offset);

      if (value != NULL)
        json_object_set_string_member (object, fact_fields[i].name, value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (fact_lists); i++)
    {
      GPtrArray *values = G_STRUCT_MEMBER (GPtrArray *, facts, fact_lists[i].offset);
      JsonArray *array = json_array_new ();

      for (guint k = 0; k < values->len; k++)
        json_array_add_string_element (array, values->pdata[k]);
      json_object_set_array_member (object, fact_lists[i].name, array);
    }
  json_node_set_object (node, object);
  return node;
}

/* Returns: (nullable): the facts @node holds; what is not a string where one belongs is left out */
ShortlistCvFacts *
shortlist_cv_facts_from_json (JsonNode *node)
{
  ShortlistCvFacts *facts;
  JsonObject       *object;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  object = json_node_get_object (node);
  facts = facts_new ();
  for (guint i = 0; i < G_N_ELEMENTS (fact_fields); i++)
    {
      const char *value = kombo_json_get_string (object, fact_fields[i].name);

      if (value != NULL && *value != '\0')
        G_STRUCT_MEMBER (char *, facts, fact_fields[i].offset) = g_strdup (value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (fact_lists); i++)
    {
      JsonNode  *member = json_object_get_member (object, fact_lists[i].name);
      JsonArray *array = member && JSON_NODE_HOLDS_ARRAY (member) ? json_node_get_array (member) : NULL;

      for (guint k = 0; array != NULL && k < json_array_get_length (array); k++)
        {
          JsonNode *element = json_array_get_element (array, k);

          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
            g_ptr_array_add (G_STRUCT_MEMBER (GPtrArray *, facts, fact_lists[i].offset), json_node_dup_string (element));
        }
    }
  return facts;
}
