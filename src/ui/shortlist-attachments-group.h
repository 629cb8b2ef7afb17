/* shortlist-attachments-group.h: the candidate's files, checked against what the ATS accepts */
#pragma once

#include <adwaita.h>

#include "kombo.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_ATTACHMENTS_GROUP (shortlist_attachments_group_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistAttachmentsGroup, shortlist_attachments_group, SHORTLIST, ATTACHMENTS_GROUP, AdwPreferencesGroup)

void       shortlist_attachments_group_set_draft        (ShortlistAttachmentsGroup   *self,
                                                         KomboCandidateDraft         *draft);
void       shortlist_attachments_group_set_restrictions (ShortlistAttachmentsGroup   *self,
                                                         KomboAttachmentRestrictions *restrictions);
void       shortlist_attachments_group_add_files        (ShortlistAttachmentsGroup   *self,
                                                         GFile                      **files,
                                                         int                          n_files);
GtkWidget *shortlist_attachments_group_get_field        (ShortlistAttachmentsGroup   *self,
                                                         const char                  *path);

G_END_DECLS
