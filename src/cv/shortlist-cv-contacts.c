/* shortlist-cv-contacts.c: the rules for a CV's email addresses, phone numbers, links and place (see shortlist-cv.c) */
#define G_LOG_DOMAIN "shortlist-cv"

#include "config.h"

#include <string.h>

#include "shortlist-cv-private.h"

/* Emails */

void
_shortlist_cv_find_emails (ShortlistCvDocument *doc,
                           GPtrArray           *emails)
{
  for (guint i = 0; i < doc->end; i++)
    for (guint j = 0; j < SEGMENTS (doc, i)->len; j++)
      {
        g_autoptr (GMatchInfo) info = NULL;

        for (g_regex_match (_shortlist_cv_re.email, SEGMENTS (doc, i)->pdata[j], 0, &info); g_match_info_matches (info);
             g_match_info_next (info, NULL))
          {
            g_autofree char *email = g_match_info_fetch (info, 0);

            if (kombo_is_plausible_email (email) && !_shortlist_cv_contains_casefold (emails, email))
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

void
_shortlist_cv_find_phones (ShortlistCvDocument *doc,
                           GPtrArray           *phones)
{
  for (guint i = 0; i < doc->end; i++)
    for (guint j = 0; j < SEGMENTS (doc, i)->len; j++)
      {
        const char *segment = SEGMENTS (doc, i)->pdata[j];
        g_autoptr (GMatchInfo) label = NULL;
        g_autoptr (GMatchInfo) info = NULL;
        gboolean labelled = g_regex_match (_shortlist_cv_re.phone_label, segment, 0, &label);
        int      end = 0;

        /* A label's number is all that follows it; else only international numbers count */
        if (labelled)
          g_match_info_fetch_pos (label, 0, NULL, &end);
        if (g_regex_match (_shortlist_cv_re.date, segment + end, 0, NULL) && !labelled)
          continue;
        for (g_regex_match (_shortlist_cv_re.phone, segment + end, 0, &info); g_match_info_matches (info); g_match_info_next (info, NULL))
          {
            g_autofree char *phone = g_match_info_fetch (info, 0);
            guint            digits = count_digits (phone);

            g_strstrip (phone);
            if (digits < 7 || digits > 15 || !kombo_is_plausible_phone (phone) ||
                g_regex_match (_shortlist_cv_re.date, phone, 0, NULL))
              continue;
            if (!labelled && phone[0] != '+' && !g_str_has_prefix (phone, "00"))
              continue;
            if (!_shortlist_cv_contains_casefold (phones, phone))
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

gboolean
_shortlist_cv_is_contact_line (ShortlistCvDocument *doc,
                               guint                line)
{
  GPtrArray *segments = SEGMENTS (doc, line);

  for (guint j = 0; j < segments->len; j++)
    if (g_regex_match (_shortlist_cv_re.email, segments->pdata[j], 0, NULL) || g_regex_match (_shortlist_cv_re.phone_label, segments->pdata[j], 0, NULL))
      return TRUE;
  return FALSE;
}

void
_shortlist_cv_find_links (ShortlistCvDocument *doc,
                          GPtrArray           *links)
{
  for (guint i = 0; i < doc->end; i++)
    {
      gboolean contact = i < 3 || _shortlist_cv_is_contact_line (doc, i);

      for (guint j = 0; j < SEGMENTS (doc, i)->len; j++)
        {
          const char      *segment = SEGMENTS (doc, i)->pdata[j];
          g_autofree char *labelled = _shortlist_cv_match_group (_shortlist_cv_re.website_label, segment);
          g_autoptr (GMatchInfo) info = NULL;

          if (labelled != NULL && g_regex_match (_shortlist_cv_re.bare_site, labelled, 0, NULL))
            {
              add_link (links, labelled);
              continue;
            }
          for (g_regex_match (_shortlist_cv_re.link, segment, 0, &info); g_match_info_matches (info); g_match_info_next (info, NULL))
            {
              g_autofree char *link = g_match_info_fetch (info, 0);

              if (contact || labelled != NULL || is_profile (link))
                add_link (links, link);
            }
          g_clear_pointer (&info, g_match_info_unref);
          for (g_regex_match (_shortlist_cv_re.profile, segment, 0, &info); g_match_info_matches (info); g_match_info_next (info, NULL))
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
const char *
_shortlist_cv_country_for_phone (const char *phone)
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

      if (g_regex_match (_shortlist_cv_re.zip_city, parts[i], 0, &info))
        {
          zip = g_match_info_fetch (info, 1);
          city = g_match_info_fetch (info, 2);
          g_strstrip (city);
        }
      else if (i + 1 < n && g_regex_match (_shortlist_cv_re.state_zip, parts[i + 1], 0, &state) && is_place (parts[i]))
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

void
_shortlist_cv_find_place (ShortlistCvDocument *doc,
                          ShortlistCvFacts    *facts)
{
  /* A label first, anywhere before the references */
  for (guint i = 0; i < doc->end; i++)
    for (guint j = 0; j < SEGMENTS (doc, i)->len; j++)
      {
        g_autofree char *address = _shortlist_cv_match_group (_shortlist_cv_re.address_label, SEGMENTS (doc, i)->pdata[j]);
        GPtrArray       *segments = SEGMENTS (doc, i);

        gboolean alone = address == NULL && j + 1 == segments->len &&
                         g_regex_match (_shortlist_cv_re.address_alone, segments->pdata[j], 0, NULL);

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
      if (i >= HEAD_LINES && !_shortlist_cv_is_contact_line (doc, i))
        continue;
      for (guint j = 0; j < SEGMENTS (doc, i)->len; j++)
        {
          const char *segment = SEGMENTS (doc, i)->pdata[j];

          if (strchr (segment, '@') == NULL && !g_regex_match (_shortlist_cv_re.phone_label, segment, 0, NULL) &&
              !g_regex_match (_shortlist_cv_re.date, segment, 0, NULL) && parse_place (segment, FALSE, facts))
            return;
        }
    }
}
