/* kombo-candidate-record.c: a candidate as stored in the ATS, as Kombo answers it */
#define G_LOG_DOMAIN "kombo-candidate-record"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kombo-application.h"
#include "kombo-candidate-record.h"
#include "kombo-json.h"
#include "kombo-util.h"
#include "kombo-application-private.h"
#include "kombo-candidate-record-private.h"

struct _KomboCandidateRecord
{
  GObject parent_instance;

  char       *id;
  char       *remote_id;
  char       *first_name;
  char       *last_name;
  char       *email_address;
  char       *company;
  char       *title;
  char       *remote_url;
  GListStore *applications;
  char      **tags;
  char      **phone_numbers;
};

G_DEFINE_FINAL_TYPE (KomboCandidateRecord, kombo_candidate_record, G_TYPE_OBJECT)

static void
kombo_candidate_record_finalize (GObject *object)
{
  KomboCandidateRecord *self = (KomboCandidateRecord *) object;

  g_free (self->id);
  g_free (self->remote_id);
  g_free (self->first_name);
  g_strfreev (self->phone_numbers);
  g_free (self->last_name);
  g_free (self->email_address);
  g_free (self->company);
  g_free (self->title);
  g_free (self->remote_url);
  g_clear_object (&self->applications);
  g_strfreev (self->tags);

  G_OBJECT_CLASS (kombo_candidate_record_parent_class)->finalize (object);
}

static void
kombo_candidate_record_class_init (KomboCandidateRecordClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kombo_candidate_record_finalize;
}

static void
kombo_candidate_record_init (KomboCandidateRecord *self)
{
  self->applications = g_list_store_new (KOMBO_TYPE_APPLICATION);
}

KomboCandidateRecord *
kombo_candidate_record_new_from_json (JsonObject *object)
{
  KomboCandidateRecord *self;
  const char           *id = kombo_json_get_string (object, "id");
  JsonArray            *array;
  g_autoptr (GStrvBuilder) tags = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) phones = g_strv_builder_new ();

  if (id == NULL)
    return NULL;

  self = g_object_new (KOMBO_TYPE_CANDIDATE_RECORD, NULL);
  self->id = g_strdup (id);
  self->remote_id = kombo_json_dup_string (object, "remote_id");
  self->first_name = kombo_json_dup_string (object, "first_name");
  self->last_name = kombo_json_dup_string (object, "last_name");
  self->company = kombo_json_dup_string (object, "company");
  self->title = kombo_json_dup_string (object, "title");
  self->remote_url = kombo_json_dup_string (object, "remote_url");

  array = kombo_json_get_array (object, "email_addresses");
  for (guint i = 0; array != NULL && i < json_array_get_length (array) && self->email_address == NULL; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        self->email_address = kombo_json_dup_string (json_node_get_object (node), "email_address");
    }

  array = kombo_json_get_array (object, "phone_numbers");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode   *node = json_array_get_element (array, i);
      const char *number;

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          (number = kombo_json_get_string (json_node_get_object (node), "phone_number")) != NULL)
        g_strv_builder_add (phones, number);
    }
  self->phone_numbers = g_strv_builder_end (phones);

  array = kombo_json_get_array (object, "applications");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr (KomboApplication) application = NULL;

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          (application = kombo_application_new_from_json (json_node_get_object (node))) != NULL)
        g_list_store_append (self->applications, application);
    }

  array = kombo_json_get_array (object, "tags");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode   *node = json_array_get_element (array, i);
      const char *name;

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          (name = kombo_json_get_string (json_node_get_object (node), "name")) != NULL)
        g_strv_builder_add (tags, name);
    }
  self->tags = g_strv_builder_end (tags);

  return self;
}

const char *
kombo_candidate_record_get_id (KomboCandidateRecord *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_RECORD (self), NULL);
  return self->id;
}

const char *
kombo_candidate_record_get_remote_id (KomboCandidateRecord *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_RECORD (self), NULL);
  return self->remote_id;
}

const char *
kombo_candidate_record_get_first_name (KomboCandidateRecord *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_RECORD (self), NULL);
  return self->first_name;
}

const char *
kombo_candidate_record_get_last_name (KomboCandidateRecord *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_RECORD (self), NULL);
  return self->last_name;
}

/* Returns: the name to show, never %NULL: a record may come back without one */
char *
kombo_candidate_record_dup_display_name (KomboCandidateRecord *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_RECORD (self), NULL);

  if (self->first_name != NULL || self->last_name != NULL)
    return kombo_dup_person_name (self->first_name, self->last_name);
  if (self->email_address != NULL)
    return g_strdup (self->email_address);
  return g_strdup (_ ("Unnamed candidate"));
}

const char *
kombo_candidate_record_get_email_address (KomboCandidateRecord *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_RECORD (self), NULL);
  return self->email_address;
}

const char *
kombo_candidate_record_get_company (KomboCandidateRecord *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_RECORD (self), NULL);
  return self->company;
}

const char *
kombo_candidate_record_get_title (KomboCandidateRecord *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_RECORD (self), NULL);
  return self->title;
}

/* Returns: (nullable): the candidate's page in the ATS */
const char *
kombo_candidate_record_get_remote_url (KomboCandidateRecord *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_RECORD (self), NULL);
  return self->remote_url;
}

GListModel *
kombo_candidate_record_get_applications (KomboCandidateRecord *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_RECORD (self), NULL);
  return G_LIST_MODEL (self->applications);
}

/* Returns: (transfer none) (nullable): the candidate's application to the job with Kombo ID @job_id */
KomboApplication *
kombo_candidate_record_find_application (KomboCandidateRecord *self,
                                         const char           *job_id)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_RECORD (self), NULL);

  for (guint i = 0; job_id != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->applications)); i++)
    {
      g_autoptr (KomboApplication) application = g_list_model_get_item (G_LIST_MODEL (self->applications), i);

      if (g_strcmp0 (kombo_application_get_job_id (application), job_id) == 0)
        return application; /* the list holds it */
    }
  return NULL;
}

/* Whether the candidate has an application to the job with Kombo ID @job_id */
gboolean
kombo_candidate_record_applied_to (KomboCandidateRecord *self,
                                   const char           *job_id)
{
  return kombo_candidate_record_find_application (self, job_id) != NULL;
}

const char *const *
kombo_candidate_record_get_tags (KomboCandidateRecord *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_RECORD (self), NULL);
  return (const char *const *) self->tags;
}

/* Returns: (transfer none): the candidate's phone numbers, as the ATS keeps them; empty if none */
const char *const *
kombo_candidate_record_get_phone_numbers (KomboCandidateRecord *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_RECORD (self), NULL);
  return (const char *const *) self->phone_numbers;
}

/**
 * kombo_candidate_record_set_tag:
 * @present: whether the candidate has the tag now
 *
 * Says that a tag was added to the candidate, or taken back, since they were read: the ATS
 * compares tags' names without case, and so does this.
 *
 * Returns: whether the candidate's tags changed
 */
gboolean
kombo_candidate_record_set_tag (KomboCandidateRecord *self,
                                const char           *name,
                                gboolean              present)
{
  g_autoptr (GStrvBuilder) tags = g_strv_builder_new ();
  g_autofree char *wanted = NULL;
  gboolean         had = FALSE;

  g_return_val_if_fail (KOMBO_IS_CANDIDATE_RECORD (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  wanted = g_utf8_casefold (name, -1);
  for (guint i = 0; self->tags != NULL && self->tags[i] != NULL; i++)
    {
      g_autofree char *folded = g_utf8_casefold (self->tags[i], -1);

      if (g_str_equal (folded, wanted))
        {
          had = TRUE;
          if (!present)
            continue;
        }
      g_strv_builder_add (tags, self->tags[i]);
    }
  if (present == had)
    return FALSE;
  if (present)
    g_strv_builder_add (tags, name);
  g_strfreev (self->tags);
  self->tags = g_strv_builder_end (tags);
  return TRUE;
}
