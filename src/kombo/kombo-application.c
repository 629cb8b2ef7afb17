/* kombo-application.c: a candidate's application to a job, as Kombo reports it */
#define G_LOG_DOMAIN "kombo-application"

#include "config.h"

#include "kombo-application.h"
#include "kombo-json.h"
#include "kombo-application-private.h"

struct _KomboApplication
{
  GObject parent_instance;

  char *id;
  char *job_id;
  char *job_name;
  char *stage_name;
  char *outcome;
  char *rejection_reason;
  char *remote_url;
};

G_DEFINE_FINAL_TYPE (KomboApplication, kombo_application, G_TYPE_OBJECT)

static void
kombo_application_finalize (GObject *object)
{
  KomboApplication *self = (KomboApplication *) object;

  g_free (self->id);
  g_free (self->job_id);
  g_free (self->job_name);
  g_free (self->stage_name);
  g_free (self->outcome);
  g_free (self->rejection_reason);
  g_free (self->remote_url);

  G_OBJECT_CLASS (kombo_application_parent_class)->finalize (object);
}

static void
kombo_application_class_init (KomboApplicationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kombo_application_finalize;
}

static void
kombo_application_init (KomboApplication *self)
{
}

KomboApplication *
kombo_application_new_from_json (JsonObject *object)
{
  KomboApplication *self;
  const char       *id = kombo_json_get_string (object, "id");
  JsonObject       *job = kombo_json_get_object (object, "job");
  JsonObject       *stage = kombo_json_get_object (object, "current_stage");

  if (id == NULL)
    return NULL;

  self = g_object_new (KOMBO_TYPE_APPLICATION, NULL);
  self->id = g_strdup (id);
  self->job_id = kombo_json_dup_string (job, "id");
  self->job_name = kombo_json_dup_string (job, "name");
  self->stage_name = kombo_json_dup_string (stage, "name");
  self->outcome = kombo_json_dup_string (object, "outcome");
  self->rejection_reason = kombo_json_dup_string (object, "rejection_reason_name");
  self->remote_url = kombo_json_dup_string (object, "remote_url");
  return self;
}

const char *
kombo_application_get_id (KomboApplication *self)
{
  g_return_val_if_fail (KOMBO_IS_APPLICATION (self), NULL);
  return self->id;
}

const char *
kombo_application_get_job_id (KomboApplication *self)
{
  g_return_val_if_fail (KOMBO_IS_APPLICATION (self), NULL);
  return self->job_id;
}

const char *
kombo_application_get_job_name (KomboApplication *self)
{
  g_return_val_if_fail (KOMBO_IS_APPLICATION (self), NULL);
  return self->job_name;
}

const char *
kombo_application_get_stage_name (KomboApplication *self)
{
  g_return_val_if_fail (KOMBO_IS_APPLICATION (self), NULL);
  return self->stage_name;
}

/* Returns: PENDING, HIRED, DECLINED, another string the ATS passed through, or %NULL */
const char *
kombo_application_get_outcome (KomboApplication *self)
{
  g_return_val_if_fail (KOMBO_IS_APPLICATION (self), NULL);
  return self->outcome;
}

/* Returns: (nullable): why the candidate was declined, in the ATS's words */
const char *
kombo_application_get_rejection_reason (KomboApplication *self)
{
  g_return_val_if_fail (KOMBO_IS_APPLICATION (self), NULL);
  return self->rejection_reason;
}

const char *
kombo_application_get_remote_url (KomboApplication *self)
{
  g_return_val_if_fail (KOMBO_IS_APPLICATION (self), NULL);
  return self->remote_url;
}
