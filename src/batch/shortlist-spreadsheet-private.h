/* shortlist-spreadsheet-private.h: what the spreadsheet's row, its loading and checking, and its submit share */
#pragma once

#include "shortlist-spreadsheet.h"
#include "shortlist-submission.h"

G_BEGIN_DECLS

struct _ShortlistSheetRow
{
  GObject parent_instance;

  guint                number; /* as the spreadsheet numbers it: the header is row 1 */
  char                *source; /* a CV read into the row: its file's name; else NULL */
  char                *unread; /* why that CV could not be read, when it could not */
  gboolean             kept;   /* kept as a draft, to finish in the form */
  KomboCandidateDraft *draft;
  char                *email; /* folded, or NULL */
  ShortlistRowState    state;
  gboolean             by_name; /* no one has its address: its name is asked next */
  char                *details;
  gboolean             include;
  char                *candidate_id;
  char                *draft_id;   /* kept as a draft after it failed */
  ShortlistSubmission *submission; /* the last, to settle when its outcome was unknown */
};

struct _ShortlistSpreadsheet
{
  GObject parent_instance;

  GFile             *file;
  GFile             *folder;
  GStrv              headers;
  GStrv              sheets; /* a workbook's, else NULL */
  char              *sheet;  /* the one shown */
  GPtrArray         *lines;  /* GStrv, the rows below the header */
  ShortlistCsvField *fields; /* per column */
  GListStore        *rows;   /* ShortlistSheetRow, one per line */
  KomboCandidateDraft *template;
  KomboAttachmentRestrictions *restrictions;
  KomboClient                 *client;
  KomboCandidateFinder        *finder;
  char                        *problem;
  GCancellable                *check_cancellable;
  GHashTable                  *asking;  /* addresses being looked up */
  GQueue                       lookups; /* rows to look up in the ATS */
  guint                        n_looking_up;
  gboolean                     submitting;
};

void               _shortlist_sheet_row_set_state (ShortlistSheetRow *self,
                                                   ShortlistRowState  state,
                                                   const char        *details,
                                                   gboolean           include);
void               _shortlist_sheet_row_set_draft (ShortlistSheetRow   *self,
                                                   KomboCandidateDraft *draft);
ShortlistSheetRow *_shortlist_spreadsheet_row_at (ShortlistSpreadsheet *self,
                                                  guint                 index);
void               _shortlist_spreadsheet_changed (ShortlistSpreadsheet *self);

G_END_DECLS
