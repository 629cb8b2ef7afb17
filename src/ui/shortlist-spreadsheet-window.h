/* shortlist-spreadsheet-window.h: submits the candidates of a spreadsheet, after a preview of every row */
#pragma once

#include <adwaita.h>

#include "shortlist-account.h"
#include "shortlist-spreadsheet.h"
#include "shortlist-store.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_SPREADSHEET_WINDOW (shortlist_spreadsheet_window_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistSpreadsheetWindow, shortlist_spreadsheet_window, SHORTLIST, SPREADSHEET_WINDOW, AdwWindow)

ShortlistSpreadsheetWindow *shortlist_spreadsheet_window_new (GtkWindow        *parent,
                                                              ShortlistAccount *account);
void                        shortlist_spreadsheet_window_open (ShortlistSpreadsheetWindow *self,
                                                               GFile                      *file);
ShortlistSpreadsheet       *shortlist_spreadsheet_window_get_spreadsheet (ShortlistSpreadsheetWindow *self);

void shortlist_spreadsheet_window_open_cvs (ShortlistSpreadsheetWindow *self,
                                            GFile                     **files,
                                            guint                       n_files);
void shortlist_spreadsheet_window_choose_cvs (ShortlistSpreadsheetWindow *self);

G_END_DECLS
