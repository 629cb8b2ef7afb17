/* kombo-attachment.h: a file to send with a candidate, as a CV, cover letter or other document */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  KOMBO_ATTACHMENT_CV,
  KOMBO_ATTACHMENT_COVER_LETTER,
  KOMBO_ATTACHMENT_OTHER,
} KomboAttachmentType;

#define KOMBO_TYPE_ATTACHMENT (kombo_attachment_get_type ())

G_DECLARE_FINAL_TYPE (KomboAttachment, kombo_attachment, KOMBO, ATTACHMENT, GObject)

KomboAttachment     *kombo_attachment_new                  (GFile               *file,
                                                            const char          *name,
                                                            const char          *content_type,
                                                            goffset              size,
                                                            KomboAttachmentType  type);
void                 kombo_attachment_new_for_file_async   (GFile               *file,
                                                            KomboAttachmentType  type,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
KomboAttachment     *kombo_attachment_new_for_file_finish  (GAsyncResult        *result,
                                                            GError             **error);
GFile               *kombo_attachment_get_file             (KomboAttachment     *self);
const char          *kombo_attachment_get_name             (KomboAttachment     *self);
const char          *kombo_attachment_get_content_type     (KomboAttachment     *self);
void                 kombo_attachment_set_content_type     (KomboAttachment     *self,
                                                            const char          *content_type);
goffset              kombo_attachment_get_size             (KomboAttachment     *self);
KomboAttachmentType  kombo_attachment_get_attachment_type  (KomboAttachment     *self);
void                 kombo_attachment_set_attachment_type  (KomboAttachment     *self,
                                                            KomboAttachmentType  type);
goffset              kombo_attachment_get_encoded_size     (KomboAttachment     *self);

const char          *kombo_attachment_type_to_string       (KomboAttachmentType  type);

G_END_DECLS
