/* shortlist-job-group.h: the job and stage a candidate applies to, from the integration's open jobs */
#pragma once

#include <adwaita.h>

#include "kombo.h"
#include "shortlist-account.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_JOB_GROUP (shortlist_job_group_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistJobGroup, shortlist_job_group, SHORTLIST, JOB_GROUP, AdwPreferencesGroup)

void                         shortlist_job_group_set_account      (ShortlistJobGroup   *self,
                                                                   ShortlistAccount    *account);
void                         shortlist_job_group_set_draft        (ShortlistJobGroup   *self,
                                                                   KomboCandidateDraft *draft);
KomboAttachmentRestrictions *shortlist_job_group_get_restrictions (ShortlistJobGroup   *self);
GtkWidget                   *shortlist_job_group_get_field        (ShortlistJobGroup   *self,
                                                                   const char          *path);

G_END_DECLS
