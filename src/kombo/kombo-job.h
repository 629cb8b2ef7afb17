/* kombo-job.h: a job a candidate can apply to, with its stages and screening questions */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define KOMBO_TYPE_JOB (kombo_job_get_type ())

G_DECLARE_FINAL_TYPE (KomboJob, kombo_job, KOMBO, JOB, GObject)

KomboJob   *kombo_job_new_from_data (const char *data,
                                     GError    **error);
KomboJob   *kombo_job_new_kept (const char *id,
                                const char *name,
                                const char *department,
                                const char *location,
                                const char *data);
const char *kombo_job_get_data (KomboJob *self);
gboolean    kombo_job_get_deleted (KomboJob *self);
const char *kombo_job_get_search_key (KomboJob *self);
const char *kombo_job_get_id (KomboJob *self);
const char *kombo_job_get_remote_id (KomboJob *self);
const char *kombo_job_get_name (KomboJob *self);
const char *kombo_job_get_department (KomboJob *self);
const char *kombo_job_get_location (KomboJob *self);
const char *kombo_job_get_status (KomboJob *self);
const char *kombo_job_get_remote_url (KomboJob *self);
GListModel *kombo_job_get_stages (KomboJob *self);
GListModel *kombo_job_get_screening_questions (KomboJob *self);

G_END_DECLS
