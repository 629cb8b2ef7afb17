/* shortlist-csv.h: CSV read (candidates from a spreadsheet, row by row, as drafts) and written */
#pragma once

#include "kombo.h"

G_BEGIN_DECLS

/* What a column of the spreadsheet holds */
typedef enum
{
  SHORTLIST_CSV_IGNORE,
  SHORTLIST_CSV_FIRST_NAME,
  SHORTLIST_CSV_LAST_NAME,
  SHORTLIST_CSV_EMAIL,
  SHORTLIST_CSV_PHONE,
  SHORTLIST_CSV_CITY,
  SHORTLIST_CSV_COUNTRY,
  SHORTLIST_CSV_COMPANY,
  SHORTLIST_CSV_TITLE,
  SHORTLIST_CSV_LINKEDIN,
  SHORTLIST_CSV_CV,
  SHORTLIST_CSV_NOTE,
  SHORTLIST_CSV_N_FIELDS
} ShortlistCsvField;

GPtrArray           *shortlist_csv_parse (const char *text,
                                          gsize       length,
                                          GError    **error);
void                 shortlist_csv_append_row (GString           *csv,
                                               const char *const *fields,
                                               guint              n_fields);
char                *shortlist_csv_decode (const char  *bytes,
                                           gsize        length,
                                           gsize       *text_length,
                                           const char **encoding,
                                           GError     **error);
gboolean             shortlist_file_is_workbook (GFile *file);
gboolean             shortlist_file_is_spreadsheet (GFile *file);
ShortlistCsvField    shortlist_csv_guess_field (const char *header);
const char          *shortlist_csv_field_label (ShortlistCsvField field);
KomboCandidateDraft *shortlist_csv_row_to_draft (const char *const       *row,
                                                 const ShortlistCsvField *fields,
                                                 guint                    n_fields,
                                                 GFile                   *folder,
                                                 GPtrArray               *problems);

G_END_DECLS
