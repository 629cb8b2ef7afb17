/* shortlist-country-row.h: a country, chosen by its name in the reader's language */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SHORTLIST_TYPE_COUNTRY_ROW (shortlist_country_row_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistCountryRow, shortlist_country_row, SHORTLIST, COUNTRY_ROW, AdwActionRow)

const char *shortlist_country_row_get_country (ShortlistCountryRow *self);
void        shortlist_country_row_set_country (ShortlistCountryRow *self,
                                               const char          *country);

G_END_DECLS
