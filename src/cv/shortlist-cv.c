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
 */
#define G_LOG_DOMAIN "shortlist-cv"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kombo-json.h"
#include "shortlist-cv.h"

#define HEAD_LINES 12 /* where a CV's header block ends, at the latest */

typedef struct
{
  GPtrArray *lines; /* GPtrArray of segments (char *), one per line, empty lines dropped */
  guint      end;   /* the lines before a "References" heading */
} Document;

static void
document_clear (Document *doc)
{
  g_clear_pointer (&doc->lines, g_ptr_array_unref);
}

G_DEFINE_QUARK (shortlist_cv_error_quark, shortlist_cv_error)

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Document, document_clear)

static GRegex *
regex (const char *pattern)
{
  g_autoptr (GError) error = NULL;
  GRegex *re = g_regex_new (pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, &error);

  g_assert_no_error (error);
  return re;
}

/* Compiled once for every CV */
static struct
{
  GRegex *separator;
  GRegex *email;
  GRegex *link;
  GRegex *profile;
  GRegex *bare_site;
  GRegex *phone_label;
  GRegex *phone;
  GRegex *date;
  GRegex *name_label;
  GRegex *title_label;
  GRegex *company_label;
  GRegex *address_label;
  GRegex *address_alone;
  GRegex *website_label;
  GRegex *headline;
  GRegex *zip_city;
  GRegex *state_zip;
  GRegex *references;
} re;

static gpointer
init_regexes (gpointer data)
{
  re.separator = regex ("\\s*(?:\\||•|·|◆|♦|▪|●|\\t|\\s{3,}|\\s[-–]\\s(?=\\S*@)|(?<=\\S)\\s+[-–]\\s+(?=\\+))\\s*");
  re.email = regex ("(?<![\\w.%+-])[a-z0-9][a-z0-9._%+-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,24}\\b");
  re.link = regex ("(?<![@\\w.])(?:https?://|www\\.)[^\\s<>\"'|,;()\\[\\]]+");
  re.profile = regex ("(?<![@\\w./])(?:[a-z]{2,3}\\.)?(?:linkedin\\.com|github\\.com|gitlab\\.com|xing\\.com|stackoverflow\\.com|"
                      "behance\\.net|dribbble\\.com|twitter\\.com|x\\.com|medium\\.com|kaggle\\.com)/[^\\s<>\"'|,;()\\[\\]]+");
  re.bare_site = regex ("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9-]+)*\\.[a-z]{2,24}(?:/[^\\s]*)?$");
  re.phone_label = regex ("^(?:phone|telephone|tel|mobile|mobil|cell|handy|telefon|mobiltelefon|mobilnummer|fon|ph)\\b\\.?\\s*(?:\\(\\w+\\)\\s*)?[:.]?\\s*");
  re.phone = regex ("(?:\\+|\\b00)\\d[\\d \\-/().]{5,22}\\d|(?<![\\d.])\\(?0\\d[\\d \\-/().]{4,22}\\d");
  re.date = regex ("\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b(?:19|20)\\d\\d\\s*[-–/]\\s*(?:(?:19|20)\\d\\d|\\d{1,2})\\b");
  re.name_label = regex ("^(?:name|full name|vollständiger name|vor- und nachname)\\s*:\\s*(.+)$");
  re.title_label = regex ("^(?:current position|current role|current title|job title|position|title|role|aktuelle position|"
                          "berufsbezeichnung|jobtitel|derzeitige position)\\s*:\\s*(.+)$");
  re.company_label = regex ("^(?:current employer|current company|employer|company|arbeitgeber|aktueller arbeitgeber|"
                            "derzeitiger arbeitgeber|unternehmen|firma)\\s*:\\s*(.+)$");
  re.address_label = regex ("^(?:address|home address|adresse|anschrift|location|wohnort|ort|based in|residence|wohnhaft in)\\s*:\\s*(.+)$");
  re.address_alone = regex ("^(?:address|adresse|anschrift|wohnort)\\s*:?$");
  re.website_label = regex ("^(?:website|web|homepage|portfolio|blog|webseite|internetseite|site|linkedin|github|xing)\\s*:\\s*(.+)$");
  re.headline = regex ("^([^@\\d:]{2,60}?)\\s+(?:at|bei|@)\\s+([^@:]{2,60})$");
  re.zip_city = regex ("^(?:[a-z]{1,2}-)?(\\d{4,5})\\s+(\\p{L}[\\p{L} .'-]{1,40})$");
  re.state_zip = regex ("^[a-z]{2}\\s+(\\d{5})(?:-\\d{4})?$");
  re.references = regex ("^(?:references|referees|referenzen|references available on request)\\s*:?$");
  return NULL;
}

static void
ensure_regexes (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, init_regexes, NULL);
}

static char *
tidy (const char *text)
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
document_init (Document   *doc,
               const char *text)
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
      g_auto (GStrv) parts = g_regex_split (re.separator, lines[i], 0);
      g_autoptr (GPtrArray) segments = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *whole = tidy (lines[i]);

      for (guint j = 0; parts[j] != NULL; j++)
        {
          char *segment = tidy (parts[j]);

          if (*segment != '\0')
            g_ptr_array_add (segments, segment);
          else
            g_free (segment);
        }
      if (segments->len == 0)
        continue;
      if (doc->end == G_MAXUINT && g_regex_match (re.references, whole, 0, NULL))
        doc->end = doc->lines->len;
      g_ptr_array_add (doc->lines, g_steal_pointer (&segments));
    }
  doc->end = MIN (doc->end, doc->lines->len);
}

#define SEGMENTS(doc, i) ((GPtrArray *) (doc)->lines->pdata[i])

/* Returns: (nullable): the first group of @regex in @text */
static char *
match_group (GRegex     *regex,
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

static gboolean
contains_casefold (GPtrArray  *values,
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

/* Emails */

static void
find_emails (Document  *doc,
             GPtrArray *emails)
{
  for (guint i = 0; i < doc->end; i++)
    for (guint j = 0; j < SEGMENTS (doc, i)->len; j++)
      {
        g_autoptr (GMatchInfo) info = NULL;

        for (g_regex_match (re.email, SEGMENTS (doc, i)->pdata[j], 0, &info); g_match_info_matches (info);
             g_match_info_next (info, NULL))
          {
            g_autofree char *email = g_match_info_fetch (info, 0);

            if (kombo_is_plausible_email (email) && !contains_casefold (emails, email))
              g_ptr_array_add (emails, g_steal_pointer (&email));
          }
      }
}

/* Phones */

static guint
count_digits (const char *text)
{
  guint n = 0;

  for (; *text; text++)
    n += g_ascii_isdigit (*text) ? 1 : 0;
  return n;
}

static void
find_phones (Document  *doc,
             GPtrArray *phones)
{
  for (guint i = 0; i < doc->end; i++)
    for (guint j = 0; j < SEGMENTS (doc, i)->len; j++)
      {
        const char *segment = SEGMENTS (doc, i)->pdata[j];
        g_autoptr (GMatchInfo) label = NULL;
        g_autoptr (GMatchInfo) info = NULL;
        gboolean labelled = g_regex_match (re.phone_label, segment, 0, &label);
        int      end = 0;

        /* A label's number is all that follows it; else only international numbers count */
        if (labelled)
          g_match_info_fetch_pos (label, 0, NULL, &end);
        if (g_regex_match (re.date, segment + end, 0, NULL) && !labelled)
          continue;
        for (g_regex_match (re.phone, segment + end, 0, &info); g_match_info_matches (info); g_match_info_next (info, NULL))
          {
            g_autofree char *phone = g_match_info_fetch (info, 0);
            guint            digits = count_digits (phone);

            g_strstrip (phone);
            if (digits < 7 || digits > 15 || !kombo_is_plausible_phone (phone) ||
                g_regex_match (re.date, phone, 0, NULL))
              continue;
            if (!labelled && phone[0] != '+' && !g_str_has_prefix (phone, "00"))
              continue;
            if (!contains_casefold (phones, phone))
              g_ptr_array_add (phones, g_steal_pointer (&phone));
          }
      }
}

/* Links */

static const char *const profile_hosts[] = {
  "linkedin.com", "github.com", "gitlab.com", "xing.com", "stackoverflow.com", "behance.net",
  "dribbble.com", "twitter.com", "x.com", "medium.com", "kaggle.com", NULL
};

static char *
normalize_link (const char *found)
{
  g_autofree char *link = g_strdup (found);
  gsize            length = strlen (link);

  while (length > 0 && strchr (".,:;)!?/", link[length - 1]))
    link[--length] = '\0';
  /* LinkedIn and XING serve profiles from www., where they send the bare domain */
  if (g_ascii_strncasecmp (link, "linkedin.com/", 13) == 0 || g_ascii_strncasecmp (link, "xing.com/", 9) == 0)
    return g_strconcat ("https://www.", link, NULL);
  if (g_ascii_strncasecmp (link, "http://", 7) != 0 && g_ascii_strncasecmp (link, "https://", 8) != 0)
    return g_strconcat ("https://", link, NULL);
  return g_steal_pointer (&link);
}

/* The link without scheme, "www." and case, to tell the same link written twice */
static char *
link_key (const char *link)
{
  const char *rest = strstr (link, "://");

  rest = rest ? rest + 3 : link;
  if (g_ascii_strncasecmp (rest, "www.", 4) == 0)
    rest += 4;
  return g_ascii_strdown (rest, -1);
}

static gboolean
is_profile (const char *link)
{
  g_autofree char *key = link_key (link);

  for (guint i = 0; profile_hosts[i] != NULL; i++)
    {
      gsize       n = strlen (profile_hosts[i]);
      const char *host = strstr (key, profile_hosts[i]);

      if (host != NULL && host[n] == '/' && (host == key || host[-1] == '.'))
        return TRUE;
    }
  return FALSE;
}

static void
add_link (GPtrArray  *links,
          const char *found)
{
  g_autofree char *link = normalize_link (found);
  g_autofree char *key = link_key (link);

  /* A profile link cut short where the line wrapped names no one */
  if (!kombo_is_http_url (link) || strchr (key, '.') == NULL || g_str_has_suffix (key, "/in") || g_str_has_suffix (key, "/profile"))
    return;
  for (guint i = 0; i < links->len; i++)
    {
      g_autofree char *other = link_key (links->pdata[i]);

      if (g_str_equal (key, other))
        return;
    }
  g_ptr_array_add (links, g_steal_pointer (&link));
}

static gboolean
is_contact_line (Document *doc,
                 guint     line)
{
  GPtrArray *segments = SEGMENTS (doc, line);

  for (guint j = 0; j < segments->len; j++)
    if (g_regex_match (re.email, segments->pdata[j], 0, NULL) || g_regex_match (re.phone_label, segments->pdata[j], 0, NULL))
      return TRUE;
  return FALSE;
}

static void
find_links (Document  *doc,
            GPtrArray *links)
{
  for (guint i = 0; i < doc->end; i++)
    {
      gboolean contact = i < 3 || is_contact_line (doc, i);

      for (guint j = 0; j < SEGMENTS (doc, i)->len; j++)
        {
          const char      *segment = SEGMENTS (doc, i)->pdata[j];
          g_autofree char *labelled = match_group (re.website_label, segment);
          g_autoptr (GMatchInfo) info = NULL;

          if (labelled != NULL && g_regex_match (re.bare_site, labelled, 0, NULL))
            {
              add_link (links, labelled);
              continue;
            }
          for (g_regex_match (re.link, segment, 0, &info); g_match_info_matches (info); g_match_info_next (info, NULL))
            {
              g_autofree char *link = g_match_info_fetch (info, 0);

              if (contact || labelled != NULL || is_profile (link))
                add_link (links, link);
            }
          g_clear_pointer (&info, g_match_info_unref);
          for (g_regex_match (re.profile, segment, 0, &info); g_match_info_matches (info); g_match_info_next (info, NULL))
            {
              g_autofree char *link = g_match_info_fetch (info, 0);

              add_link (links, link);
            }
        }
    }
}

/* clang-format off */
static const struct
{
  const char *prefix;
  const char *code;
} phone_countries[] = {
  { "49", "DE" }, { "43", "AT" }, { "41", "CH" }, { "44", "GB" }, { "33", "FR" }, { "31", "NL" },
  { "32", "BE" }, { "34", "ES" }, { "39", "IT" }, { "45", "DK" }, { "46", "SE" }, { "47", "NO" },
  { "48", "PL" }, { "351", "PT" }, { "352", "LU" }, { "353", "IE" }, { "358", "FI" }, { "420", "CZ" },
};
/* clang-format on */

/* The country an international number is dialled in, from its calling code (no calling code
 * begins another, so the first that fits is the one) */
static const char *
country_for_phone (const char *phone)
{
  const char *digits = phone[0] == '+' ? phone + 1 : g_str_has_prefix (phone, "00") ? phone + 2
                                                                                    : NULL;

  for (guint i = 0; digits != NULL && i < G_N_ELEMENTS (phone_countries); i++)
    if (g_str_has_prefix (digits, phone_countries[i].prefix))
      return phone_countries[i].code;
  return NULL;
}

static gboolean
is_place (const char *text)
{
  guint words = 1;

  if (*text == '\0' || !g_unichar_isupper (g_utf8_get_char (text)))
    return FALSE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ')
        words++;
      else if (!g_unichar_isalpha (c) && c != '-' && c != '.' && c != '\'')
        return FALSE;
    }
  return words <= 3;
}

/* Reads "Street 1, 10115 Berlin, Germany", "Berlin, Germany" or "Austin, TX 78701, USA".
 * Returns: whether a city or a country was found in @text */
static gboolean
parse_place (const char       *text,
             gboolean          labelled,
             ShortlistCvFacts *facts)
{
  g_auto (GStrv) parts = g_strsplit (text, ",", 5);
  g_autofree char *city = NULL;
  g_autofree char *zip = NULL;
  const char      *country = NULL;
  guint            n = g_strv_length (parts);

  for (guint i = 0; i < n; i++)
    g_strstrip (parts[i]);
  if (n > 0 && (country = kombo_country_for_name (parts[n - 1])) != NULL)
    n--;
  for (guint i = 0; i < n && city == NULL; i++)
    {
      g_autoptr (GMatchInfo) info = NULL;
      g_autoptr (GMatchInfo) state = NULL;

      if (g_regex_match (re.zip_city, parts[i], 0, &info))
        {
          zip = g_match_info_fetch (info, 1);
          city = g_match_info_fetch (info, 2);
          g_strstrip (city);
        }
      else if (i + 1 < n && g_regex_match (re.state_zip, parts[i + 1], 0, &state) && is_place (parts[i]))
        {
          zip = g_match_info_fetch (state, 1);
          city = g_strdup (parts[i]);
        }
    }
  /* A lone place counts beside a country, or after a label; never a street */
  if (city == NULL && n > 0 && (country != NULL || labelled) && is_place (parts[n - 1]))
    city = g_strdup (parts[n - 1]);
  if (city == NULL && country == NULL)
    return FALSE;
  if (facts->city == NULL && facts->country == NULL)
    {
      facts->city = g_steal_pointer (&city);
      facts->zip_code = g_steal_pointer (&zip);
      facts->country = g_strdup (country);
    }
  return TRUE;
}

static void
find_place (Document         *doc,
            ShortlistCvFacts *facts)
{
  /* A label first, anywhere before the references */
  for (guint i = 0; i < doc->end; i++)
    for (guint j = 0; j < SEGMENTS (doc, i)->len; j++)
      {
        g_autofree char *address = match_group (re.address_label, SEGMENTS (doc, i)->pdata[j]);
        GPtrArray       *segments = SEGMENTS (doc, i);

        gboolean alone = address == NULL && j + 1 == segments->len &&
                         g_regex_match (re.address_alone, segments->pdata[j], 0, NULL);

        if (address != NULL && parse_place (address, TRUE, facts))
          return;
        /* The address may go on below its label: the street, then the postcode and city */
        if (address != NULL || alone)
          for (guint k = i + 1; k < MIN (i + 3, doc->end); k++)
            if (parse_place (SEGMENTS (doc, k)->pdata[0], TRUE, facts))
              return;
      }

  /* Else the header block, and lines of contact details */
  for (guint i = 0; i < doc->end; i++)
    {
      if (i >= HEAD_LINES && !is_contact_line (doc, i))
        continue;
      for (guint j = 0; j < SEGMENTS (doc, i)->len; j++)
        {
          const char *segment = SEGMENTS (doc, i)->pdata[j];

          if (strchr (segment, '@') == NULL && !g_regex_match (re.phone_label, segment, 0, NULL) &&
              !g_regex_match (re.date, segment, 0, NULL) && parse_place (segment, FALSE, facts))
            return;
        }
    }
}

/* Names */

/* Words no name has: headings, job words, company forms */
/* clang-format off */
static const char *const not_name_words[] = {
  "curriculum", "vitae", "lebenslauf", "resume", "résumé", "cv", "profile", "profil", "contact",
  "kontakt", "experience", "erfahrung", "berufserfahrung", "education", "ausbildung", "skills",
  "kenntnisse", "summary", "about", "über", "address", "phone", "email", "e-mail", "personal",
  "persönliche", "daten", "details", "information", "informationen", "languages", "sprachen",
  "references", "referenzen", "senior", "junior", "lead", "head", "chief", "principal", "staff",
  "engineer", "engineering", "developer", "manager", "management", "designer", "consultant",
  "analyst", "scientist", "specialist", "director", "officer", "recruiter", "architect",
  "administrator", "assistant", "intern", "student", "teacher", "nurse", "accountant", "marketing",
  "sales", "product", "data", "software", "frontend", "backend", "full-stack", "fullstack", "project",
  "entwickler", "entwicklerin", "ingenieur", "ingenieurin", "berater", "beraterin", "leiter",
  "leiterin", "referent", "referentin", "kaufmann", "kauffrau", "projektleiter", "projektleiterin",
  "softwareentwickler", "softwareentwicklerin", "gmbh", "ag", "inc", "ltd", "llc", "university",
  "universität", "hochschule", "school", "cover", "letter", "anschreiben", "bewerbung", "application",
  "page", "seite", "the", "and", "und", "of", "for", "für"
};
/* clang-format on */

static const char *const particles[] = {
  "von", "van", "de", "der", "den", "zu", "da", "di", "del", "della", "la", "le", "ten", "ter", "dos", "du", "af", NULL
};

static const char *const honorifics[] = {
  "dr.", "prof.", "dipl.-ing.", "mr.", "ms.", "mrs.", "mr", "ms", "mrs", "herr", "frau", NULL
};

/* "JANE DOE" reads "Jane Doe"; "McKenzie" and "O'Neil" stay as written */
static char *
title_case (const char *word)
{
  g_autoptr (GString) out = g_string_new (NULL);
  gboolean upper = TRUE;

  for (const char *p = word; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, upper ? g_unichar_toupper (c) : g_unichar_tolower (c));
      upper = c == '-' || c == '\'' || c == 0x2019;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
is_all_caps (const char *word)
{
  gboolean letters = FALSE;

  for (const char *p = word; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      letters |= g_unichar_isalpha (c);
    }
  return letters;
}

static char *ascii_letters (const char *text, gboolean german);

/* The two parts of an email address's local part that reads "first.last" (or first_last,
 * first-last, j.last), the last at least two characters; NULL when it reads otherwise */
static GStrv
email_name_parts (const char *email)
{
  g_autofree char *local = email ? g_strndup (email, strcspn (email, "@")) : NULL;
  g_auto (GStrv) parts = local ? g_strsplit_set (local, "._-", -1) : NULL;

  if (parts == NULL || g_strv_length (parts) != 2 || *parts[0] == '\0' || strlen (parts[1]) < 2)
    return NULL;
  return g_steal_pointer (&parts);
}

/* Where the family name starts, as the email's "first.last" local part splits the name:
 * "maria.garcia@" makes "María García López" María and García López; 0 when it does not say */
static guint
family_start_from_email (GPtrArray  *words,
                         const char *email)
{
  g_auto (GStrv) parts = email_name_parts (email);
  g_autofree char *family = parts ? g_ascii_strdown (parts[1], -1) : NULL;

  for (guint k = 1; family != NULL && k < words->len; k++)
    for (gboolean german = FALSE; german <= TRUE; german++)
      {
        g_autofree char *word = ascii_letters (words->pdata[k], german);

        if (*word != '\0' && (g_str_has_prefix (family, word) || g_str_has_prefix (word, family)))
          return k;
      }
  return 0;
}

/* Splits @text into a first and a last name if it is shaped like a person's name */
static gboolean
split_name (const char *text,
            const char *email,
            char      **first,
            char      **last)
{
  g_auto (GStrv) words = NULL;
  g_autofree char *name = g_strdup (text);
  char            *comma = strchr (name, ',');
  g_autoptr (GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  guint given_end, family_start, capitals = 0;

  if (comma != NULL)
    *comma = '\0'; /* "Jane Doe, PhD" */
  g_strstrip (name);
  if (g_utf8_strlen (name, -1) > 50)
    return FALSE;
  words = g_strsplit (name, " ", 8);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *folded = g_utf8_casefold (words[i], -1);
      gunichar         first_char = g_utf8_get_char (words[i]);
      gboolean         particle = g_strv_contains (particles, words[i]);

      if (kept->len == 0 && g_strv_contains (honorifics, folded))
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (not_name_words); k++)
        if (g_str_equal (folded, not_name_words[k]))
          return FALSE;
      if (!particle && !g_unichar_isupper (first_char))
        return FALSE;
      for (const char *p = words[i]; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (!g_unichar_isalpha (c) && c != '-' && c != '\'' && c != 0x2019 && !(c == '.' && p[1] == '\0'))
            return FALSE;
        }
      capitals += particle ? 0 : 1;
      g_ptr_array_add (kept, is_all_caps (words[i]) && !particle && g_utf8_strlen (words[i], -1) > 1 ? title_case (words[i]) : g_strdup (words[i]));
    }
  if (capitals < 2 || kept->len > 5)
    return FALSE;

  /* The last name is the last word, with the particles before it, unless the email splits it */
  given_end = kept->len - 1;
  while (given_end > 1 && g_strv_contains (particles, kept->pdata[given_end - 1]))
    given_end--;
  if (kept->len > 2 && (family_start = family_start_from_email (kept, email)) > 0)
    given_end = family_start;
  {
    g_autoptr (GString) given = g_string_new (NULL);
    g_autoptr (GString) family = g_string_new (NULL);

    for (guint i = 0; i < kept->len; i++)
      {
        GString *part = i < given_end ? given : family;

        if (part->len > 0)
          g_string_append_c (part, ' ');
        g_string_append (part, kept->pdata[i]);
      }
    *first = g_string_free (g_steal_pointer (&given), FALSE);
    *last = g_string_free (g_steal_pointer (&family), FALSE);
  }
  return TRUE;
}

/* Lower case ASCII letters only: "Jörg Müller-Lüdenscheidt" → "jorgmullerludenscheidt", or
 * with @german "joergmuellerluedenscheidt", as German addresses are written */
static char *
ascii_letters (const char *text,
               gboolean    german)
{
  static const char *const umlauts[][2] = {
    { "ä", "ae" },
    { "ö", "oe" },
    { "ü", "ue" },
    { "Ä", "Ae" },
    { "Ö", "Oe" },
    { "Ü", "Ue" },
    { "ß", "ss" },
  };
  g_autoptr (GString) spelled = g_string_new (text);
  g_autoptr (GString) out = g_string_new (NULL);
  g_autofree char *ascii = NULL;

  for (guint i = 0; german && i < G_N_ELEMENTS (umlauts); i++)
    g_string_replace (spelled, umlauts[i][0], umlauts[i][1], 0);
  ascii = g_str_to_ascii (spelled->str, "C");
  for (const char *p = ascii; *p; p++)
    if (g_ascii_isalpha (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Whether the email's local part names this person: their last name, or their first */
static gboolean
email_agrees (const char *email,
              const char *first,
              const char *last)
{
  g_autofree char *before = NULL;
  g_autofree char *local = NULL;
  const char      *space;

  if (email == NULL)
    return FALSE;
  before = g_strndup (email, strcspn (email, "@"));
  local = ascii_letters (before, FALSE);
  space = strrchr (last, ' ');
  for (gboolean german = FALSE; german <= TRUE; german++)
    {
      g_autofree char *last_word = ascii_letters (space ? space + 1 : last, german);
      g_autofree char *first_ascii = ascii_letters (first, german);

      if ((strlen (last_word) >= 2 && strstr (local, last_word) != NULL) ||
          (strlen (first_ascii) >= 3 && strstr (local, first_ascii) != NULL))
        return TRUE;
    }
  return FALSE;
}

/* "jane.doe@…" reads "Jane Doe" */
static gboolean
name_from_email (const char *email,
                 char      **first,
                 char      **last)
{
  g_auto (GStrv) parts = email_name_parts (email);

  if (parts == NULL || strlen (parts[0]) < 2)
    return FALSE;
  for (guint i = 0; i < 2; i++)
    for (const char *p = parts[i]; *p; p++)
      if (!g_ascii_isalpha (*p))
        return FALSE;
  *first = title_case (parts[0]);
  *last = title_case (parts[1]);
  return TRUE;
}

static void
find_name (Document         *doc,
           const char       *author,
           ShortlistCvFacts *facts,
           guint            *name_line)
{
  char *first = NULL, *last = NULL;
  *name_line = G_MAXUINT;
  for (guint i = 0; i < doc->end; i++)
    for (guint j = 0; j < SEGMENTS (doc, i)->len; j++)
      {
        g_autofree char *labelled = match_group (re.name_label, SEGMENTS (doc, i)->pdata[j]);

        if (labelled != NULL && split_name (labelled, facts->email, &first, &last))
          {
            facts->first_name = first, facts->last_name = last, *name_line = i;
            return;
          }
      }

  /* The first lines: one the address agrees with (a sidebar may come first), else the first
   * line shaped like a name */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < MIN (doc->end, pass == 0 ? 2 * HEAD_LINES : HEAD_LINES); i++)
      for (guint j = 0; j < SEGMENTS (doc, i)->len; j++)
        {
          if (!split_name (SEGMENTS (doc, i)->pdata[j], facts->email, &first, &last))
            continue;
          if (pass == 1 || email_agrees (facts->email, first, last))
            {
              facts->first_name = first, facts->last_name = last, *name_line = i;
              return;
            }
          g_clear_pointer (&first, g_free);
          g_clear_pointer (&last, g_free);
        }

  if (author != NULL && split_name (author, facts->email, &first, &last))
    {
      if (email_agrees (facts->email, first, last))
        {
          facts->first_name = first, facts->last_name = last;
          return;
        }
      g_clear_pointer (&first, g_free);
      g_clear_pointer (&last, g_free);
    }
  if (facts->email != NULL && name_from_email (facts->email, &first, &last))
    facts->first_name = first, facts->last_name = last;
}

/* Job title and company */

static const char *const legal_forms[] = {
  "GmbH", "AG", "SE", "KG", "KGaA", "UG", "e.V.", "Ltd", "Ltd.", "Limited", "plc", "PLC", "LLP", "Inc", "Inc.",
  "LLC", "Corp", "Corp.", "Co.", "BV", "B.V.", "NV", "N.V.", "AS", "ASA", "AB", "Oy", "Oyj", "ApS", "A/S", "SA", "S.A.",
  "SL", "S.L.", "SAS", "SARL", "S.à r.l.", "SpA", "S.p.A.", "Srl", "S.r.l.", "s.r.o.", "a.s.", "Kft.", "Pty", NULL
};

/* Whether @text names a company by its legal form: "Hanse Shipping GmbH", "Fjord Studio AS" */
static gboolean
is_company (const char *text)
{
  const char *last = strrchr (text, ' ');

  return last != NULL && last != text && g_strv_contains (legal_forms, last + 1);
}

static gboolean
is_plain_value (const char *text)
{
  return text != NULL && g_utf8_strlen (text, -1) <= 80 && strchr (text, '@') == NULL && strstr (text, "://") == NULL;
}

static void
find_work (Document         *doc,
           guint             name_line,
           ShortlistCvFacts *facts)
{
  for (guint i = 0; i < doc->end; i++)
    for (guint j = 0; j < SEGMENTS (doc, i)->len; j++)
      {
        const char      *segment = SEGMENTS (doc, i)->pdata[j];
        g_autofree char *title = facts->title ? NULL : match_group (re.title_label, segment);
        g_autofree char *company = facts->company ? NULL : match_group (re.company_label, segment);

        if (is_plain_value (title))
          facts->title = g_steal_pointer (&title);
        if (is_plain_value (company))
          facts->company = g_steal_pointer (&company);
      }
  if (facts->title != NULL || facts->company != NULL || name_line == G_MAXUINT)
    return;

  /* A headline right below the name: "Data Engineer at Acme GmbH" */
  for (guint i = name_line; i < MIN (doc->end, name_line + 3); i++)
    for (guint j = 0; j < SEGMENTS (doc, i)->len; j++)
      {
        g_autoptr (GMatchInfo) info = NULL;

        if (g_regex_match (re.headline, SEGMENTS (doc, i)->pdata[j], 0, &info))
          {
            g_autofree char *title = g_match_info_fetch (info, 1);
            g_autofree char *company = g_match_info_fetch (info, 2);

            if (is_plain_value (company) && !g_regex_match (re.date, company, 0, NULL))
              {
                facts->title = g_strdup (g_strstrip (title));
                facts->company = g_strdup (g_strstrip (company));
                return;
              }
          }
      }

  /* "Logistics Planner | Hanse Shipping GmbH": two parts, the second a company by its legal form */
  for (guint i = name_line + 1; i < MIN (doc->end, name_line + 3); i++)
    {
      GPtrArray *segments = SEGMENTS (doc, i);

      if (segments->len == 2 && is_plain_value (segments->pdata[0]) && is_plain_value (segments->pdata[1]) &&
          !is_contact_line (doc, i) && strpbrk (segments->pdata[0], "0123456789") == NULL &&
          is_company (segments->pdata[1]))
        {
          facts->title = g_strdup (segments->pdata[0]);
          facts->company = g_strdup (segments->pdata[1]);
          return;
        }
    }
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
  g_auto (Document) doc = { NULL };
  ShortlistCvFacts *facts = facts_new ();
  g_autoptr (GPtrArray) emails = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) phones = g_ptr_array_new_with_free_func (g_free);
  guint name_line;

  g_return_val_if_fail (text != NULL, facts);

  document_init (&doc, text);
  find_emails (&doc, emails);
  find_phones (&doc, phones);
  find_links (&doc, facts->links);
  if (emails->len > 0)
    facts->email = g_strdup (emails->pdata[0]);
  for (guint i = 1; i < emails->len; i++)
    g_ptr_array_add (facts->more_emails, g_strdup (emails->pdata[i]));
  if (phones->len > 0)
    facts->phone = g_strdup (phones->pdata[0]);
  for (guint i = 1; i < phones->len; i++)
    g_ptr_array_add (facts->more_phones, g_strdup (phones->pdata[i]));

  find_name (&doc, author, facts, &name_line);
  find_work (&doc, name_line, facts);
  find_place (&doc, facts);
  if (facts->country == NULL && facts->city != NULL && facts->phone != NULL)
    facts->country = g_strdup (country_for_phone (facts->phone));
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

/* Reading a file, in a process of its own
 *
 * A CV is whatever a recruiter was sent, so it is read by shortlist-cv-reader, not in the
 * window's process: a document that makes poppler crash, hang or eat memory takes only that
 * process with it. The reader limits its own memory and CPU time, and is killed after two
 * seconds whatever it is doing. The window's process does not load poppler at all. */

#define TIME_LIMIT_MS 2000

/* The reader: $SHORTLIST_CV_READER, else the installed one, else the one beside this program
 * (as in the build folder) */
static char *
reader_path (void)
{
  g_autofree char *self = NULL;
  g_autofree char *dir = NULL;

  if (g_getenv ("SHORTLIST_CV_READER") != NULL)
    return g_strdup (g_getenv ("SHORTLIST_CV_READER"));
  if (g_file_test (LIBEXECDIR "/shortlist-cv-reader", G_FILE_TEST_IS_EXECUTABLE))
    return g_strdup (LIBEXECDIR "/shortlist-cv-reader");
  self = g_file_read_link ("/proc/self/exe", NULL);
  dir = self ? g_path_get_dirname (self) : NULL;
  return dir ? g_build_filename (dir, "shortlist-cv-reader", NULL) : NULL;
}

typedef struct
{
  char        *reader; /* the program */
  GSubprocess *process;
  guint        timeout_id;
  gboolean     timed_out;
} Reading;

static void
reading_free (Reading *reading)
{
  g_clear_handle_id (&reading->timeout_id, g_source_remove);
  if (reading->process != NULL)
    g_subprocess_force_exit (reading->process);
  g_clear_object (&reading->process);
  g_free (reading->reader);
  g_free (reading);
}

static gboolean
reading_timeout_cb (gpointer data)
{
  Reading *reading = data;

  reading->timeout_id = 0;
  reading->timed_out = TRUE;
  g_subprocess_force_exit (reading->process);
  return G_SOURCE_REMOVE;
}

static void
communicated_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  Reading *reading = g_task_get_task_data (task);
  g_autoptr (GBytes) output = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *object;
  JsonObject *failure;

  if (!g_subprocess_communicate_finish (G_SUBPROCESS (source), result, &output, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (reading->timed_out)
    {
      g_task_return_new_error (task, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_TOO_LARGE, _ ("The CV took too long to read"));
      return;
    }
  /* Killed for its memory or CPU time, or crashed: the document is as good as damaged */
  if (!g_subprocess_get_if_exited (reading->process) || g_subprocess_get_exit_status (reading->process) != 0 ||
      output == NULL || !json_parser_load_from_data (parser, g_bytes_get_data (output, NULL), g_bytes_get_size (output), NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_task_return_new_error (task, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_DAMAGED, _ ("The CV is damaged"));
      return;
    }

  object = json_node_get_object (json_parser_get_root (parser));
  failure = kombo_json_get_object (object, "error");
  if (failure != NULL)
    {
      gint64      code = kombo_json_get_int (failure, "code", SHORTLIST_CV_ERROR_DAMAGED);
      const char *message = kombo_json_get_string (failure, "message");

      if (code < SHORTLIST_CV_ERROR_NO_TEXT || code > SHORTLIST_CV_ERROR_TOO_LARGE)
        code = SHORTLIST_CV_ERROR_DAMAGED;
      g_task_return_new_error (task, SHORTLIST_CV_ERROR, (int) code, "%s", message ? message : _ ("The CV is damaged"));
      return;
    }
  g_task_return_pointer (task, shortlist_cv_facts_from_json (json_object_get_member (object, "facts")),
                         (GDestroyNotify) shortlist_cv_facts_free);
}

/* What the reader may know of its environment: which language to speak in, which of its
 * messages to say (for a bug report), and, in a build under the sanitizers, how they should
 * report. Not the session bus, the display or the runtime folder: what the document takes
 * over can reach none of them. */
static char **
reader_environment (void)
{
  static const char *const kept[] = {
    "LANG",
    "LANGUAGE",
    "LC_ALL",
    "LC_MESSAGES",
    "LC_CTYPE",
    "SHORTLIST_LOCALEDIR",
    "G_MESSAGES_DEBUG",
    "ASAN_OPTIONS",
    "LSAN_OPTIONS",
    "UBSAN_OPTIONS",
    NULL,
  };
  g_auto (GStrv) parent = g_get_environ ();
  char **environment = NULL;

  for (guint i = 0; kept[i] != NULL; i++)
    {
      const char *value = g_environ_getenv (parent, kept[i]);

      if (value != NULL)
        environment = g_environ_setenv (environment, kept[i], value, TRUE);
    }
  return environment ? environment : g_new0 (char *, 1);
}

/* In a worker thread: opens the CV for the reader. Never blocks the window: a FIFO or a
 * device is refused rather than waited on, and a slow disk waits here. */
static void
open_cv_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  const char *path = task_data;
  struct stat info;
  int         fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);
  int         saved;

  if (fd < 0)
    {
      saved = errno;
      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
      return;
    }
  if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode))
    {
      g_close (fd, NULL);
      g_task_return_new_error (task, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_UNSUPPORTED, "%s",
                               _ ("The CV is not a file that can be read"));
      return;
    }
  /* The reader reads it as any file, waiting for each block */
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);
  g_task_return_int (task, fd);
}

static void
cv_opened_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GSubprocessLauncher) launcher = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) environment = NULL;
  GCancellable *cancellable;
  Reading      *reading = g_task_get_task_data (task);
  gssize        fd = g_task_propagate_int (G_TASK (result), &error);

  if (fd < 0)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    {
      g_close ((int) fd, NULL);
      return;
    }

  /* Only its standard streams: GSubprocess closes every other descriptor in the child. Its
   * messages are heard when G_MESSAGES_DEBUG asks for the window's. */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        (g_getenv ("G_MESSAGES_DEBUG") ? G_SUBPROCESS_FLAGS_NONE : G_SUBPROCESS_FLAGS_STDERR_SILENCE));
  g_subprocess_launcher_take_stdin_fd (launcher, (int) fd);
  environment = reader_environment ();
  g_subprocess_launcher_set_environ (launcher, environment);
  g_subprocess_launcher_set_cwd (launcher, "/");
  reading->process = g_subprocess_launcher_spawn (launcher, &error, reading->reader, NULL);
  if (reading->process == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  reading->timeout_id = g_timeout_add (TIME_LIMIT_MS, reading_timeout_cb, reading);
  cancellable = g_task_get_cancellable (task);
  g_subprocess_communicate_async (reading->process, NULL, cancellable, communicated_cb, g_steal_pointer (&task));
}

/**
 * shortlist_cv_read_async:
 *
 * Reads @file's text and what it says in shortlist-cv-reader, a process of its own, giving up
 * after two seconds. The file is opened here, in a worker thread, and handed over, so the
 * reader needs no access of its own: it starts with only its standard streams and the locale
 * of its environment, and shuts itself off from everything else before it reads.
 */
void
shortlist_cv_read_async (GFile              *file,
                         GCancellable       *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr (GTask) opening = NULL;
  g_autofree char *path = NULL;
  g_autofree char *reader = reader_path ();
  Reading         *reading;

  g_return_if_fail (G_IS_FILE (file));

  g_task_set_source_tag (task, shortlist_cv_read_async);
  path = g_file_get_path (file);
  if (path == NULL || reader == NULL)
    {
      g_task_return_new_error (task, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_UNSUPPORTED, "%s",
                               path == NULL ? "The CV is not a local file" : "No CV reader is installed");
      return;
    }
  reading = g_new0 (Reading, 1);
  reading->reader = g_steal_pointer (&reader);
  g_task_set_task_data (task, reading, (GDestroyNotify) reading_free);
  opening = g_task_new (NULL, cancellable, cv_opened_cb, g_steal_pointer (&task));
  g_task_set_task_data (opening, g_steal_pointer (&path), g_free);
  g_task_run_in_thread (opening, open_cv_thread);
}

ShortlistCvFacts *
shortlist_cv_read_finish (GAsyncResult *result,
                          GError      **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Filling a draft */

struct _ShortlistCvFill
{
  GPtrArray *properties; /* the draft's text properties set, and the values set (char *, pairs) */
  GPtrArray *contacts;   /* KomboContact, added to the draft's lists */
  GPtrArray *fields;     /* what was filled, in the form's order: property names, "emails", … */
};

static void
fill_text (ShortlistCvFill     *fill,
           KomboCandidateDraft *draft,
           const char          *property,
           const char          *value)
{
  if (value == NULL || *kombo_candidate_draft_get_text (draft, property) != '\0')
    return;
  kombo_candidate_draft_set_text (draft, property, value);
  g_ptr_array_add (fill->properties, g_strdup (property));
  g_ptr_array_add (fill->properties, g_strdup (value));
  g_ptr_array_add (fill->fields, g_strdup (property));
}

static gboolean
draft_has (KomboCandidateDraft *draft,
           const char          *property,
           GListStore          *store,
           const char          *value)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  if (property != NULL && g_ascii_strcasecmp (kombo_candidate_draft_get_text (draft, property), value) == 0)
    return TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KomboContact) contact = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (g_ascii_strcasecmp (kombo_contact_get_value (contact), value) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
fill_list (ShortlistCvFill     *fill,
           KomboCandidateDraft *draft,
           const char          *property,
           GListStore          *store,
           GPtrArray           *values,
           const char          *field)
{
  guint added = 0;

  for (guint i = 0; i < values->len; i++)
    {
      g_autoptr (KomboContact) contact = NULL;

      if (draft_has (draft, property, store, values->pdata[i]))
        continue;
      contact = kombo_contact_new (KOMBO_CONTACT_PERSONAL, values->pdata[i]);
      g_object_set_data_full (G_OBJECT (contact), "shortlist-cv-value", g_strdup (values->pdata[i]), g_free);
      g_list_store_append (store, contact);
      g_ptr_array_add (fill->contacts, g_object_ref (contact));
      added++;
    }
  if (added > 0)
    g_ptr_array_add (fill->fields, g_strdup (field));
}

/**
 * shortlist_cv_fill:
 *
 * Fills what @draft does not have yet from @facts; nothing already there is changed.
 *
 * Returns: (transfer full): what was filled, for shortlist_cv_fill_undo()
 */
ShortlistCvFill *
shortlist_cv_fill (ShortlistCvFacts    *facts,
                   KomboCandidateDraft *draft)
{
  ShortlistCvFill *fill = g_new0 (ShortlistCvFill, 1);
  g_autoptr (GPtrArray) emails = g_ptr_array_new ();
  g_autoptr (GPtrArray) phones = g_ptr_array_new ();

  fill->properties = g_ptr_array_new_with_free_func (g_free);
  fill->contacts = g_ptr_array_new_with_free_func (g_object_unref);
  fill->fields = g_ptr_array_new_with_free_func (g_free);

  fill_text (fill, draft, "first-name", facts->first_name);
  fill_text (fill, draft, "last-name", facts->last_name);
  if (facts->email != NULL && !draft_has (draft, NULL, kombo_candidate_draft_get_emails (draft), facts->email))
    fill_text (fill, draft, "email-address", facts->email);
  if (facts->phone != NULL && !draft_has (draft, NULL, kombo_candidate_draft_get_phones (draft), facts->phone))
    fill_text (fill, draft, "phone-number", facts->phone);
  fill_text (fill, draft, "company", facts->company);
  fill_text (fill, draft, "title", facts->title);

  /* The CV's other addresses and numbers, and its first ones when the recruiter typed others */
  if (facts->email != NULL)
    g_ptr_array_add (emails, facts->email);
  g_ptr_array_extend (emails, facts->more_emails, NULL, NULL);
  if (facts->phone != NULL)
    g_ptr_array_add (phones, facts->phone);
  g_ptr_array_extend (phones, facts->more_phones, NULL, NULL);
  fill_list (fill, draft, "email-address", kombo_candidate_draft_get_emails (draft), emails, "emails");
  fill_list (fill, draft, "phone-number", kombo_candidate_draft_get_phones (draft), phones, "phones");

  /* A place is one thing: filled whole, or not at all, so a city never meets another's country */
  if (*kombo_candidate_draft_get_text (draft, "city") == '\0' && *kombo_candidate_draft_get_text (draft, "country") == '\0' &&
      *kombo_candidate_draft_get_text (draft, "zip-code") == '\0')
    {
      fill_text (fill, draft, "city", facts->city);
      fill_text (fill, draft, "zip-code", facts->zip_code);
      fill_text (fill, draft, "country", facts->country);
    }
  fill_list (fill, draft, NULL, kombo_candidate_draft_get_links (draft), facts->links, "links");
  return fill;
}

/* Returns: (transfer full): what was filled: the draft's property names, and "emails",
 * "phones" and "links" for the lists, in the form's order */
GStrv
shortlist_cv_fill_get_fields (ShortlistCvFill *fill)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv         fields;

  for (guint i = 0; i < fill->fields->len; i++)
    g_strv_builder_add (builder, fill->fields->pdata[i]);
  fields = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return fields;
}

static gboolean
remove_contact (GListStore   *store,
                KomboContact *contact,
                const char   *value)
{
  guint position;

  if (!g_list_store_find (store, contact, &position) || g_strcmp0 (kombo_contact_get_value (contact), value) != 0)
    return FALSE;
  g_list_store_remove (store, position);
  return TRUE;
}

/**
 * shortlist_cv_fill_undo:
 *
 * Takes back what @fill set, except what was changed since: a field typed over stays.
 *
 * Returns: how many values were taken back
 */
guint
shortlist_cv_fill_undo (ShortlistCvFill     *fill,
                        KomboCandidateDraft *draft)
{
  guint undone = 0;

  for (guint i = 0; i + 1 < fill->properties->len; i += 2)
    if (g_strcmp0 (kombo_candidate_draft_get_text (draft, fill->properties->pdata[i]), fill->properties->pdata[i + 1]) == 0)
      {
        kombo_candidate_draft_set_text (draft, fill->properties->pdata[i], "");
        undone++;
      }
  for (guint i = 0; i < fill->contacts->len; i++)
    {
      KomboContact *contact = fill->contacts->pdata[i];
      const char   *value = g_object_get_data (G_OBJECT (contact), "shortlist-cv-value");

      if (remove_contact (kombo_candidate_draft_get_emails (draft), contact, value) ||
          remove_contact (kombo_candidate_draft_get_phones (draft), contact, value) ||
          remove_contact (kombo_candidate_draft_get_links (draft), contact, value))
        undone++;
    }
  g_ptr_array_set_size (fill->properties, 0);
  g_ptr_array_set_size (fill->contacts, 0);
  return undone;
}

void
shortlist_cv_fill_free (ShortlistCvFill *fill)
{
  if (fill == NULL)
    return;
  g_ptr_array_unref (fill->properties);
  g_ptr_array_unref (fill->contacts);
  g_ptr_array_unref (fill->fields);
  g_free (fill);
}
