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

/* Every country calling code the ITU assigns, as the country a number dialled with it is in:
 * the longest first, so that +1 242 is the Bahamas and +1 416 Canada before +1 is the United
 * States, and +7 7 Kazakhstan before +7 is Russia. A code several countries share is the one
 * most numbers are in (+44 the United Kingdom, +47 Norway, +590 Guadeloupe, +599 Curaçao) */
/* clang-format off */
static const struct
{
  const char *prefix;
  const char *code;
} phone_countries[] = {
  { "3906698", "VA" }, { "1204", "CA" }, { "1226", "CA" }, { "1236", "CA" }, { "1242", "BS" },
  { "1246", "BB" }, { "1249", "CA" }, { "1250", "CA" }, { "1263", "CA" }, { "1264", "AI" },
  { "1268", "AG" }, { "1284", "VG" }, { "1289", "CA" }, { "1306", "CA" }, { "1340", "VI" },
  { "1343", "CA" }, { "1345", "KY" }, { "1354", "CA" }, { "1365", "CA" }, { "1367", "CA" },
  { "1368", "CA" }, { "1382", "CA" }, { "1403", "CA" }, { "1416", "CA" }, { "1418", "CA" },
  { "1428", "CA" }, { "1431", "CA" }, { "1437", "CA" }, { "1438", "CA" }, { "1441", "BM" },
  { "1450", "CA" }, { "1468", "CA" }, { "1473", "GD" }, { "1474", "CA" }, { "1506", "CA" },
  { "1514", "CA" }, { "1519", "CA" }, { "1548", "CA" }, { "1579", "CA" }, { "1581", "CA" },
  { "1584", "CA" }, { "1587", "CA" }, { "1604", "CA" }, { "1613", "CA" }, { "1639", "CA" },
  { "1647", "CA" }, { "1649", "TC" }, { "1658", "JM" }, { "1664", "MS" }, { "1670", "MP" },
  { "1671", "GU" }, { "1672", "CA" }, { "1683", "CA" }, { "1684", "AS" }, { "1705", "CA" },
  { "1709", "CA" }, { "1721", "SX" }, { "1742", "CA" }, { "1753", "CA" }, { "1758", "LC" },
  { "1767", "DM" }, { "1778", "CA" }, { "1780", "CA" }, { "1782", "CA" }, { "1784", "VC" },
  { "1787", "PR" }, { "1807", "CA" }, { "1809", "DO" }, { "1819", "CA" }, { "1825", "CA" },
  { "1829", "DO" }, { "1849", "DO" }, { "1867", "CA" }, { "1868", "TT" }, { "1869", "KN" },
  { "1873", "CA" }, { "1876", "JM" }, { "1879", "CA" }, { "1902", "CA" }, { "1905", "CA" },
  { "1939", "PR" }, { "211", "SS" }, { "212", "MA" }, { "213", "DZ" }, { "216", "TN" },
  { "218", "LY" }, { "220", "GM" }, { "221", "SN" }, { "222", "MR" }, { "223", "ML" },
  { "224", "GN" }, { "225", "CI" }, { "226", "BF" }, { "227", "NE" }, { "228", "TG" },
  { "229", "BJ" }, { "230", "MU" }, { "231", "LR" }, { "232", "SL" }, { "233", "GH" },
  { "234", "NG" }, { "235", "TD" }, { "236", "CF" }, { "237", "CM" }, { "238", "CV" },
  { "239", "ST" }, { "240", "GQ" }, { "241", "GA" }, { "242", "CG" }, { "243", "CD" },
  { "244", "AO" }, { "245", "GW" }, { "246", "IO" }, { "247", "SH" }, { "248", "SC" },
  { "249", "SD" }, { "250", "RW" }, { "251", "ET" }, { "252", "SO" }, { "253", "DJ" },
  { "254", "KE" }, { "255", "TZ" }, { "256", "UG" }, { "257", "BI" }, { "258", "MZ" },
  { "260", "ZM" }, { "261", "MG" }, { "262", "RE" }, { "263", "ZW" }, { "264", "NA" },
  { "265", "MW" }, { "266", "LS" }, { "267", "BW" }, { "268", "SZ" }, { "269", "KM" },
  { "290", "SH" }, { "291", "ER" }, { "297", "AW" }, { "298", "FO" }, { "299", "GL" },
  { "350", "GI" }, { "351", "PT" }, { "352", "LU" }, { "353", "IE" }, { "354", "IS" },
  { "355", "AL" }, { "356", "MT" }, { "357", "CY" }, { "358", "FI" }, { "359", "BG" },
  { "370", "LT" }, { "371", "LV" }, { "372", "EE" }, { "373", "MD" }, { "374", "AM" },
  { "375", "BY" }, { "376", "AD" }, { "377", "MC" }, { "378", "SM" }, { "379", "VA" },
  { "380", "UA" }, { "381", "RS" }, { "382", "ME" }, { "385", "HR" }, { "386", "SI" },
  { "387", "BA" }, { "389", "MK" }, { "420", "CZ" }, { "421", "SK" }, { "423", "LI" },
  { "500", "FK" }, { "501", "BZ" }, { "502", "GT" }, { "503", "SV" }, { "504", "HN" },
  { "505", "NI" }, { "506", "CR" }, { "507", "PA" }, { "508", "PM" }, { "509", "HT" },
  { "590", "GP" }, { "591", "BO" }, { "592", "GY" }, { "593", "EC" }, { "594", "GF" },
  { "595", "PY" }, { "596", "MQ" }, { "597", "SR" }, { "598", "UY" }, { "599", "CW" },
  { "670", "TL" }, { "672", "NF" }, { "673", "BN" }, { "674", "NR" }, { "675", "PG" },
  { "676", "TO" }, { "677", "SB" }, { "678", "VU" }, { "679", "FJ" }, { "680", "PW" },
  { "681", "WF" }, { "682", "CK" }, { "683", "NU" }, { "685", "WS" }, { "686", "KI" },
  { "687", "NC" }, { "688", "TV" }, { "689", "PF" }, { "690", "TK" }, { "691", "FM" },
  { "692", "MH" }, { "850", "KP" }, { "852", "HK" }, { "853", "MO" }, { "855", "KH" },
  { "856", "LA" }, { "880", "BD" }, { "886", "TW" }, { "960", "MV" }, { "961", "LB" },
  { "962", "JO" }, { "963", "SY" }, { "964", "IQ" }, { "965", "KW" }, { "966", "SA" },
  { "967", "YE" }, { "968", "OM" }, { "970", "PS" }, { "971", "AE" }, { "972", "IL" },
  { "973", "BH" }, { "974", "QA" }, { "975", "BT" }, { "976", "MN" }, { "977", "NP" },
  { "992", "TJ" }, { "993", "TM" }, { "994", "AZ" }, { "995", "GE" }, { "996", "KG" },
  { "998", "UZ" }, { "20", "EG" }, { "27", "ZA" }, { "30", "GR" }, { "31", "NL" }, { "32", "BE" },
  { "33", "FR" }, { "34", "ES" }, { "36", "HU" }, { "39", "IT" }, { "40", "RO" }, { "41", "CH" },
  { "43", "AT" }, { "44", "GB" }, { "45", "DK" }, { "46", "SE" }, { "47", "NO" }, { "48", "PL" },
  { "49", "DE" }, { "51", "PE" }, { "52", "MX" }, { "53", "CU" }, { "54", "AR" }, { "55", "BR" },
  { "56", "CL" }, { "57", "CO" }, { "58", "VE" }, { "60", "MY" }, { "61", "AU" }, { "62", "ID" },
  { "63", "PH" }, { "64", "NZ" }, { "65", "SG" }, { "66", "TH" }, { "76", "KZ" }, { "77", "KZ" },
  { "81", "JP" }, { "82", "KR" }, { "84", "VN" }, { "86", "CN" }, { "90", "TR" }, { "91", "IN" },
  { "92", "PK" }, { "93", "AF" }, { "94", "LK" }, { "95", "MM" }, { "98", "IR" }, { "1", "US" },
  { "7", "RU" },
};
/* clang-format on */

/* The country an international number is dialled in, from its calling code: the first of the
 * table that fits, the longest that does */
const char *
_shortlist_cv_country_for_phone (const char *phone)
{
  char        digits[16];
  gsize       n = 0;
  const char *p = phone[0] == '+' ? phone + 1 : g_str_has_prefix (phone, "00") ? phone + 2
                                                                               : NULL;

  /* "+1 (242) 555-0100": the code's digits, whatever is written between them */
  for (; p != NULL && *p != '\0' && n < sizeof digits - 1; p++)
    if (g_ascii_isdigit (*p))
      digits[n++] = *p;
    else if (*p != ' ' && *p != '-' && *p != '.' && *p != '(' && *p != ')' && *p != '/')
      break;
  digits[n] = '\0';
  for (guint i = 0; n > 0 && i < G_N_ELEMENTS (phone_countries); i++)
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

/* Whether the city a match found (its first group) is a place */
static gboolean
is_place_fetched (GMatchInfo *info)
{
  g_autofree char *city = g_match_info_fetch (info, 1);

  return is_place (city);
}

/* Reads "Street 1, 10115 Berlin, Germany", "Berlin, Germany", "Austin, TX 78701, USA",
 * "London SW1A 1AA" or "00-624 Warszawa".
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
      g_autoptr (GMatchInfo) after = NULL;
      g_autoptr (GMatchInfo) alone = NULL;

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
      else if (g_regex_match (_shortlist_cv_re.city_zip, parts[i], 0, &after) && is_place_fetched (after))
        {
          city = g_match_info_fetch (after, 1);
          zip = g_match_info_fetch (after, 2);
        }
      else if (i + 1 < n && g_regex_match (_shortlist_cv_re.zip_alone, parts[i + 1], 0, &alone) && is_place (parts[i]))
        {
          zip = g_match_info_fetch (alone, 1);
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
