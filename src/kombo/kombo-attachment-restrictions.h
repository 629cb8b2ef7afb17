/* kombo-attachment-restrictions.h: what an integration's ATS accepts as attachments */
#pragma once

#include <gio/gio.h>

#include "kombo-attachment.h"

G_BEGIN_DECLS

#define KOMBO_TYPE_ATTACHMENT_RESTRICTIONS (kombo_attachment_restrictions_get_type ())

G_DECLARE_FINAL_TYPE (KomboAttachmentRestrictions, kombo_attachment_restrictions, KOMBO, ATTACHMENT_RESTRICTIONS, GObject)

gint64              kombo_attachment_restrictions_get_total_size     (KomboAttachmentRestrictions *self);
gboolean            kombo_attachment_restrictions_is_supported       (KomboAttachmentRestrictions *self,
                                                                      KomboAttachmentType          type);
gint64              kombo_attachment_restrictions_get_max_file_size  (KomboAttachmentRestrictions *self,
                                                                      KomboAttachmentType          type);
gint64              kombo_attachment_restrictions_get_max_amount     (KomboAttachmentRestrictions *self,
                                                                      KomboAttachmentType          type);
const char * const *kombo_attachment_restrictions_get_accepted_types (KomboAttachmentRestrictions *self,
                                                                      KomboAttachmentType          type);
GPtrArray          *kombo_attachment_restrictions_check              (KomboAttachmentRestrictions *self,
                                                                      GListModel                  *attachments);

G_END_DECLS
