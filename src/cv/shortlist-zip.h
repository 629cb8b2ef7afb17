/* shortlist-zip.h: one member of a zip file (a DOCX or ODT), read within bounds */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean shortlist_zip_has_member  (GBytes      *zip,
                                    const char  *name,
                                    GError     **error);
GBytes  *shortlist_zip_read_member (GBytes      *zip,
                                    const char  *name,
                                    gsize        max_size,
                                    GError     **error);

G_END_DECLS
