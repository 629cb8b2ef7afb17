/* shortlist-sheet-cell.h: one row of a spreadsheet as its list shows it */
#pragma once

#include <gtk/gtk.h>

#include "shortlist-spreadsheet.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_SHEET_CELL (shortlist_sheet_cell_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistSheetCell, shortlist_sheet_cell, SHORTLIST, SHEET_CELL, GtkWidget)

GtkWidget         *shortlist_sheet_cell_new (void);
void               shortlist_sheet_cell_set_row (ShortlistSheetCell *self,
                                                 ShortlistSheetRow  *row);
ShortlistSheetRow *shortlist_sheet_cell_get_row (ShortlistSheetCell *self);

G_END_DECLS
