/* shortlist-cv-private.h: what the rules that read a CV's text share: the text cut into lines and segments, and the patterns */
#pragma once

#include "shortlist-cv.h"

G_BEGIN_DECLS

#define HEAD_LINES 12 /* where a CV's header block ends, at the latest */

typedef struct
{
  GPtrArray *lines; /* GPtrArray of segments (char *), one per line, empty lines dropped */
  guint      end;   /* the lines before a "References" heading */
} ShortlistCvDocument;

#define SEGMENTS(doc, i) ((GPtrArray *) (doc)->lines->pdata[i])

typedef struct
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
  GRegex *city_zip;
  GRegex *zip_alone;
  GRegex *references;
} ShortlistCvPatterns;

/* Compiled once, before the first CV is cut into lines */
extern ShortlistCvPatterns _shortlist_cv_re;

char    *_shortlist_cv_match_group (GRegex     *regex,
                                    const char *text);
gboolean _shortlist_cv_contains_casefold (GPtrArray  *values,
                                          const char *value);

/* shortlist-cv-contacts.c */
void        _shortlist_cv_find_emails (ShortlistCvDocument *doc,
                                       GPtrArray           *emails);
void        _shortlist_cv_find_phones (ShortlistCvDocument *doc,
                                       GPtrArray           *phones);
void        _shortlist_cv_find_links (ShortlistCvDocument *doc,
                                      GPtrArray           *links);
void        _shortlist_cv_find_place (ShortlistCvDocument *doc,
                                      ShortlistCvFacts    *facts);
const char *_shortlist_cv_country_for_phone (const char *phone);
gboolean    _shortlist_cv_is_contact_line (ShortlistCvDocument *doc,
                                           guint                line);

/* shortlist-cv-names.c */
void _shortlist_cv_find_name (ShortlistCvDocument *doc,
                              const char          *author,
                              ShortlistCvFacts    *facts,
                              guint               *name_line);
void _shortlist_cv_find_work (ShortlistCvDocument *doc,
                              guint                name_line,
                              ShortlistCvFacts    *facts);

G_END_DECLS
