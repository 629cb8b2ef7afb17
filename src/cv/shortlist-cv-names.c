/* shortlist-cv-names.c: the rules for a CV's name, job title and company (see shortlist-cv.c) */
#define G_LOG_DOMAIN "shortlist-cv"

#include "config.h"

#include <string.h>

#include "shortlist-cv-private.h"

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

void
_shortlist_cv_find_name (ShortlistCvDocument *doc,
                         const char          *author,
                         ShortlistCvFacts    *facts,
                         guint               *name_line)
{
  char *first = NULL, *last = NULL;
  *name_line = G_MAXUINT;
  for (guint i = 0; i < doc->end; i++)
    for (guint j = 0; j < SEGMENTS (doc, i)->len; j++)
      {
        g_autofree char *labelled = _shortlist_cv_match_group (_shortlist_cv_re.name_label, SEGMENTS (doc, i)->pdata[j]);

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

void
_shortlist_cv_find_work (ShortlistCvDocument *doc,
                         guint                name_line,
                         ShortlistCvFacts    *facts)
{
  for (guint i = 0; i < doc->end; i++)
    for (guint j = 0; j < SEGMENTS (doc, i)->len; j++)
      {
        const char      *segment = SEGMENTS (doc, i)->pdata[j];
        g_autofree char *title = facts->title ? NULL : _shortlist_cv_match_group (_shortlist_cv_re.title_label, segment);
        g_autofree char *company = facts->company ? NULL : _shortlist_cv_match_group (_shortlist_cv_re.company_label, segment);

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

        if (g_regex_match (_shortlist_cv_re.headline, SEGMENTS (doc, i)->pdata[j], 0, &info))
          {
            g_autofree char *title = g_match_info_fetch (info, 1);
            g_autofree char *company = g_match_info_fetch (info, 2);

            if (is_plain_value (company) && !g_regex_match (_shortlist_cv_re.date, company, 0, NULL))
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
          !_shortlist_cv_is_contact_line (doc, i) && strpbrk (segments->pdata[0], "0123456789") == NULL &&
          is_company (segments->pdata[1]))
        {
          facts->title = g_strdup (segments->pdata[0]);
          facts->company = g_strdup (segments->pdata[1]);
          return;
        }
    }
}
