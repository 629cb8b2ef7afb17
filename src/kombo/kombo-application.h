/* kombo-application.h: a candidate's application to a job, as Kombo reports it */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KOMBO_TYPE_APPLICATION (kombo_application_get_type ())

G_DECLARE_FINAL_TYPE (KomboApplication, kombo_application, KOMBO, APPLICATION, GObject)

const char *kombo_application_get_id         (KomboApplication *self);
const char *kombo_application_get_job_id     (KomboApplication *self);
const char *kombo_application_get_job_name   (KomboApplication *self);
const char *kombo_application_get_stage_name (KomboApplication *self);
const char *kombo_application_get_outcome    (KomboApplication *self);
const char *kombo_application_get_rejection_reason (KomboApplication *self);
const char *kombo_application_get_remote_url (KomboApplication *self);

G_END_DECLS
