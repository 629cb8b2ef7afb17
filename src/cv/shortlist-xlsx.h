/* shortlist-xlsx.h: the rows of an Excel workbook's sheet, as Excel shows its cells */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GPtrArray *shortlist_xlsx_read (GBytes     *workbook,
                                const char *sheet,
                                GStrv      *sheets,
                                gint64      deadline,
                                GError    **error);

G_END_DECLS
