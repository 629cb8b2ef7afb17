/* shortlist-attachment-row.h: one attached file, its kind, and a button to take it away */
#pragma once

#include <adwaita.h>

#include "kombo.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_ATTACHMENT_ROW (shortlist_attachment_row_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistAttachmentRow, shortlist_attachment_row, SHORTLIST, ATTACHMENT_ROW, AdwActionRow)

GtkWidget       *shortlist_attachment_row_new            (KomboAttachment        *attachment,
                                                          GListStore             *attachments);
KomboAttachment *shortlist_attachment_row_get_attachment (ShortlistAttachmentRow *self);

G_END_DECLS
