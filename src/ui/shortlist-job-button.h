/* shortlist-job-button.h: picks a job from a searchable list of the integration's open jobs */
#pragma once

#include <gtk/gtk.h>

#include "kombo.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_JOB_BUTTON (shortlist_job_button_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistJobButton, shortlist_job_button, SHORTLIST, JOB_BUTTON, GtkWidget)

void      shortlist_job_button_set_jobs (ShortlistJobButton *self,
                                         GListModel         *jobs);
void      shortlist_job_button_set_searching (ShortlistJobButton *self,
                                              gboolean            searching);
KomboJob *shortlist_job_button_get_job (ShortlistJobButton *self);
void      shortlist_job_button_set_job (ShortlistJobButton *self,
                                        KomboJob           *job);
gboolean  shortlist_job_button_choose (ShortlistJobButton *self,
                                       const char         *job_id);

G_END_DECLS
