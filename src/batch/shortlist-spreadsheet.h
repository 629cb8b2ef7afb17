/* shortlist-spreadsheet.h: many candidates from a CSV file, checked row by row and submitted together */
#pragma once

#include "kombo.h"
#include "shortlist-csv.h"
#include "shortlist-store.h"

G_BEGIN_DECLS

/* Where a row of the spreadsheet stands */
typedef enum
{
  SHORTLIST_ROW_CHECKING, /* being looked up in the ATS */
  SHORTLIST_ROW_READY,
  SHORTLIST_ROW_INVALID, /* needs a change in the spreadsheet; never sent */
  SHORTLIST_ROW_IN_ATS,  /* someone with the address is there already; sent only when asked */
  SHORTLIST_ROW_SENDING,
  SHORTLIST_ROW_SENT,
  SHORTLIST_ROW_FAILED,
  SHORTLIST_ROW_UNKNOWN, /* the answer was lost; looked up afterwards */
} ShortlistRowState;

#define SHORTLIST_TYPE_SHEET_ROW (shortlist_sheet_row_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistSheetRow, shortlist_sheet_row, SHORTLIST, SHEET_ROW, GObject)

guint                shortlist_sheet_row_get_number (ShortlistSheetRow *self);
char                *shortlist_sheet_row_dup_name (ShortlistSheetRow *self);
const char          *shortlist_sheet_row_get_email (ShortlistSheetRow *self);
ShortlistRowState    shortlist_sheet_row_get_state (ShortlistSheetRow *self);
const char          *shortlist_sheet_row_get_details (ShortlistSheetRow *self);
gboolean             shortlist_sheet_row_get_include (ShortlistSheetRow *self);
void                 shortlist_sheet_row_set_include (ShortlistSheetRow *self,
                                                      gboolean           include);
gboolean             shortlist_sheet_row_can_include (ShortlistSheetRow *self);
KomboCandidateDraft *shortlist_sheet_row_get_draft (ShortlistSheetRow *self);
const char          *shortlist_sheet_row_get_candidate_id (ShortlistSheetRow *self);

#define SHORTLIST_TYPE_SPREADSHEET (shortlist_spreadsheet_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistSpreadsheet, shortlist_spreadsheet, SHORTLIST, SPREADSHEET, GObject)

/* At most this many candidates in one spreadsheet */
#define SHORTLIST_SPREADSHEET_MAX_ROWS 500
/* A spreadsheet with more columns, or a longer cell, is no list of candidates */
#define SHORTLIST_SPREADSHEET_MAX_COLUMNS 100
#define SHORTLIST_SPREADSHEET_MAX_CELL 10000

ShortlistSpreadsheet *shortlist_spreadsheet_new (void);
void                  shortlist_spreadsheet_load_async (ShortlistSpreadsheet *self,
                                                        GFile                *file,
                                                        const char           *sheet,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean              shortlist_spreadsheet_load_finish (ShortlistSpreadsheet *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
GFile                *shortlist_spreadsheet_get_file (ShortlistSpreadsheet *self);
guint                 shortlist_spreadsheet_get_n_columns (ShortlistSpreadsheet *self);
const char           *shortlist_spreadsheet_get_header (ShortlistSpreadsheet *self,
                                                        guint                 column);
const char           *shortlist_spreadsheet_get_example (ShortlistSpreadsheet *self,
                                                         guint                 column);
ShortlistCsvField     shortlist_spreadsheet_get_field (ShortlistSpreadsheet *self,
                                                       guint                 column);
void                  shortlist_spreadsheet_set_field (ShortlistSpreadsheet *self,
                                                       guint                 column,
                                                       ShortlistCsvField     field);
void                  shortlist_spreadsheet_set_client (ShortlistSpreadsheet *self,
                                                        KomboClient          *client);
void                  shortlist_spreadsheet_set_template (ShortlistSpreadsheet *self,
                                                          KomboCandidateDraft *template,
                                                          KomboAttachmentRestrictions *restrictions);
const char           *shortlist_spreadsheet_get_problem (ShortlistSpreadsheet *self);
gboolean              shortlist_spreadsheet_lacks_columns (ShortlistSpreadsheet *self);
GListModel           *shortlist_spreadsheet_get_rows (ShortlistSpreadsheet *self);
guint                 shortlist_spreadsheet_count (ShortlistSpreadsheet *self,
                                                   ShortlistRowState     state);
guint                 shortlist_spreadsheet_get_n_to_send (ShortlistSpreadsheet *self);
gboolean              shortlist_spreadsheet_get_busy (ShortlistSpreadsheet *self);
void                  shortlist_spreadsheet_submit_async (ShortlistSpreadsheet *self,
                                                          ShortlistStore       *store,
                                                          const char           *integration_id,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
gboolean              shortlist_spreadsheet_submit_finish (ShortlistSpreadsheet *self,
                                                           GAsyncResult         *result,
                                                           guint                *n_sent,
                                                           GError              **error);

const char        *shortlist_sheet_row_get_source (ShortlistSheetRow *self);
gboolean           shortlist_sheet_row_get_kept (ShortlistSheetRow *self);
void               shortlist_spreadsheet_load_cvs_async (ShortlistSpreadsheet *self,
                                                         GFile               **files,
                                                         guint                 n_files,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
void               shortlist_spreadsheet_keep_row (ShortlistSpreadsheet *self,
                                                   ShortlistSheetRow    *row,
                                                   ShortlistStore       *store,
                                                   const char           *integration_id);
const char *const *shortlist_spreadsheet_get_sheets (ShortlistSpreadsheet *self);
const char        *shortlist_spreadsheet_get_sheet (ShortlistSpreadsheet *self);

G_END_DECLS
