/* kombo-candidate-json.c: the body of POST /ats/candidates, with markers where files go
 *
 * Members that are not set are left out, never sent as null; the attachments' and file
 * answers' data is a marker that KomboBody replaces with the file's base64 as it is sent.
 */
#define G_LOG_DOMAIN "kombo-candidate-json"

#include "config.h"

#include <math.h>

#include "kombo-candidate-private.h"
#include "kombo-json.h"
#include "kombo-util.h"

static void
add_string_member (JsonBuilder *builder,
                   const char  *member,
                   const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_timestamp_member (JsonBuilder *builder,
                      const char  *member,
                      GDateTime   *value)
{
  g_autofree char *text = NULL;

  if (value == NULL)
    return;
  text = kombo_format_timestamp (value);
  add_string_member (builder, member, text);
}

static const char *
contact_type_to_string (KomboContactType type)
{
  switch (type)
    {
    case KOMBO_CONTACT_PERSONAL:
      return "PERSONAL";
    case KOMBO_CONTACT_WORK:
      return "WORK";
    case KOMBO_CONTACT_OTHER:
    default:
      return "OTHER";
    }
}

static void
add_contacts (JsonBuilder *builder,
              GArray      *contacts,
              const char  *member,
              const char  *value_member)
{
  if (contacts->len == 0)
    return;

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < contacts->len; i++)
    {
      const KomboCandidateContact *contact = &g_array_index (contacts, KomboCandidateContact, i);

      json_builder_begin_object (builder);
      add_string_member (builder, "type", contact_type_to_string (contact->type));
      add_string_member (builder, value_member, contact->value);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_file_object (JsonBuilder     *builder,
                 KomboAttachment *file,
                 const char      *marker,
                 GPtrArray       *files_out,
                 gboolean         with_type)
{
  g_autofree char *placeholder = g_strdup_printf ("%s-%u", marker, files_out->len);

  json_builder_begin_object (builder);
  add_string_member (builder, "name", kombo_attachment_get_name (file));
  if (with_type)
    add_string_member (builder, "type",
                       kombo_attachment_type_to_string (kombo_attachment_get_attachment_type (file)));
  add_string_member (builder, "content_type", kombo_attachment_get_content_type (file));
  add_string_member (builder, "data", placeholder);
  json_builder_end_object (builder);

  g_ptr_array_add (files_out, g_object_ref (file));
}

static void
build_candidate (KomboCandidate *self,
                 JsonBuilder    *builder)
{
  static const char *genders[] = { NULL, "MALE", "FEMALE", "OTHER" };

  json_builder_set_member_name (builder, "candidate");
  json_builder_begin_object (builder);

  add_string_member (builder, "first_name", self->fields[KOMBO_CANDIDATE_FIELD_FIRST_NAME]);
  add_string_member (builder, "last_name", self->fields[KOMBO_CANDIDATE_FIELD_LAST_NAME]);
  add_string_member (builder, "email_address", self->fields[KOMBO_CANDIDATE_FIELD_EMAIL_ADDRESS]);
  add_contacts (builder, self->emails, "additional_email_addresses", "email_address");
  add_string_member (builder, "company", self->fields[KOMBO_CANDIDATE_FIELD_COMPANY]);
  add_string_member (builder, "title", self->fields[KOMBO_CANDIDATE_FIELD_TITLE]);
  add_string_member (builder, "phone_number", self->fields[KOMBO_CANDIDATE_FIELD_PHONE_NUMBER]);
  add_contacts (builder, self->phones, "additional_phone_numbers", "phone_number");

  if (kombo_candidate_has_location (self))
    {
      json_builder_set_member_name (builder, "location");
      json_builder_begin_object (builder);
      add_string_member (builder, "city", self->fields[KOMBO_CANDIDATE_FIELD_CITY]);
      add_string_member (builder, "country", self->fields[KOMBO_CANDIDATE_FIELD_COUNTRY]);
      add_string_member (builder, "state", self->fields[KOMBO_CANDIDATE_FIELD_STATE]);
      add_string_member (builder, "street_1", self->fields[KOMBO_CANDIDATE_FIELD_STREET_1]);
      add_string_member (builder, "zip_code", self->fields[KOMBO_CANDIDATE_FIELD_ZIP_CODE]);
      json_builder_end_object (builder);
    }

  if (self->gender != KOMBO_GENDER_UNSET)
    add_string_member (builder, "gender", genders[self->gender]);

  add_timestamp_member (builder, "availability_date", self->availability_date);

  if (!isnan (self->salary_amount) && self->salary_period != KOMBO_SALARY_PERIOD_UNSET)
    {
      json_builder_set_member_name (builder, "salary_expectations");
      json_builder_begin_object (builder);
      add_string_member (builder, "period", self->salary_period == KOMBO_SALARY_PERIOD_MONTH ? "MONTH" : "YEAR");
      json_builder_set_member_name (builder, "amount");
      if (self->salary_amount == floor (self->salary_amount) && fabs (self->salary_amount) < 1e15)
        json_builder_add_int_value (builder, (gint64) self->salary_amount);
      else
        json_builder_add_double_value (builder, self->salary_amount);
      json_builder_end_object (builder);
    }

  if (self->social_links->len > 0)
    {
      json_builder_set_member_name (builder, "social_links");
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->social_links->len; i++)
        {
          json_builder_begin_object (builder);
          add_string_member (builder, "url", g_ptr_array_index (self->social_links, i));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  json_builder_end_object (builder);
}

static void
build_answer (JsonBuilder                *builder,
              const KomboCandidateAnswer *answer,
              const char                 *marker,
              GPtrArray                  *files_out)
{
  json_builder_begin_object (builder);
  add_string_member (builder, "question_id", answer->question_id);
  json_builder_set_member_name (builder, "answer");

  switch (answer->kind)
    {
    case KOMBO_CANDIDATE_ANSWER_TEXT:
    case KOMBO_CANDIDATE_ANSWER_OPTION:
      json_builder_add_string_value (builder, answer->text);
      break;
    case KOMBO_CANDIDATE_ANSWER_OPTIONS:
      json_builder_begin_array (builder);
      for (guint i = 0; answer->options[i] != NULL; i++)
        json_builder_add_string_value (builder, answer->options[i]);
      json_builder_end_array (builder);
      break;
    case KOMBO_CANDIDATE_ANSWER_BOOLEAN:
      json_builder_add_boolean_value (builder, answer->boolean);
      break;
    case KOMBO_CANDIDATE_ANSWER_NUMBER:
      if (answer->number == floor (answer->number) && fabs (answer->number) < 1e15)
        json_builder_add_int_value (builder, (gint64) answer->number);
      else
        json_builder_add_double_value (builder, answer->number);
      break;
    case KOMBO_CANDIDATE_ANSWER_DATE:
      {
        g_autofree char *text = kombo_format_timestamp (answer->date);
        json_builder_add_string_value (builder, text);
      }
      break;
    case KOMBO_CANDIDATE_ANSWER_FILE:
      add_file_object (builder, answer->file, marker, files_out, FALSE);
      break;
    default:
      g_assert_not_reached ();
    }

  json_builder_end_object (builder);
}

/**
 * kombo_attachment_to_json_with_marker:
 *
 * Returns: the body of POST /ats/applications/{application_id}/attachments: @attachment, its
 * data a marker that KomboBody replaces with the file's base64 as it is sent
 */
char *
kombo_attachment_to_json_with_marker (KomboAttachment *attachment,
                                      const char      *marker,
                                      GPtrArray       *files_out)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "attachment");
  add_file_object (builder, attachment, marker, files_out, TRUE);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

/**
 * kombo_candidate_to_json_with_markers:
 * @as_application: the body of POST /ats/jobs/{job_id}/applications: the job in the path and
 *   the stage beside the candidate, not in an "application"
 */
char *
kombo_candidate_to_json_with_markers (KomboCandidate *self,
                                      const char     *marker,
                                      gboolean        as_application,
                                      GPtrArray      *files_out)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  guint n_attachments = g_list_model_get_n_items (G_LIST_MODEL (self->attachments));

  json_builder_begin_object (builder);

  build_candidate (self, builder);

  if (as_application)
    add_string_member (builder, "stage_id", self->fields[KOMBO_CANDIDATE_FIELD_STAGE_ID]);
  else
    {
      json_builder_set_member_name (builder, "application");
      json_builder_begin_object (builder);
      add_string_member (builder, "job_id", self->fields[KOMBO_CANDIDATE_FIELD_JOB_ID]);
      add_string_member (builder, "stage_id", self->fields[KOMBO_CANDIDATE_FIELD_STAGE_ID]);
      json_builder_end_object (builder);
    }

  if (self->answers->len > 0)
    {
      json_builder_set_member_name (builder, "screening_question_answers");
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->answers->len; i++)
        build_answer (builder, g_ptr_array_index (self->answers, i), marker, files_out);
      json_builder_end_array (builder);
    }

  if (n_attachments > 0)
    {
      json_builder_set_member_name (builder, "attachments");
      json_builder_begin_array (builder);
      for (guint i = 0; i < n_attachments; i++)
        {
          g_autoptr (KomboAttachment) attachment = g_list_model_get_item (G_LIST_MODEL (self->attachments), i);
          add_file_object (builder, attachment, marker, files_out, TRUE);
        }
      json_builder_end_array (builder);
    }

  if (self->fields[KOMBO_CANDIDATE_FIELD_SOURCED_BY] != NULL)
    {
      json_builder_set_member_name (builder, "sourced_by");
      json_builder_begin_object (builder);
      add_string_member (builder, "user_id", self->fields[KOMBO_CANDIDATE_FIELD_SOURCED_BY]);
      json_builder_end_object (builder);
    }

  if (self->has_gdpr_consent)
    {
      json_builder_set_member_name (builder, "gdpr_consent");
      json_builder_begin_object (builder);
      add_timestamp_member (builder, "expires_at", self->gdpr_expires_at);
      json_builder_set_member_name (builder, "given");
      json_builder_add_boolean_value (builder, self->gdpr_given);
      json_builder_end_object (builder);
    }

  if (self->fields[KOMBO_CANDIDATE_FIELD_SOURCE_NAME] != NULL || self->fields[KOMBO_CANDIDATE_FIELD_SOURCE_ID] != NULL ||
      self->fields[KOMBO_CANDIDATE_FIELD_SOURCE_UNIFIED_KEY] != NULL)
    {
      json_builder_set_member_name (builder, "source");
      json_builder_begin_object (builder);
      add_string_member (builder, "name", self->fields[KOMBO_CANDIDATE_FIELD_SOURCE_NAME]);
      add_string_member (builder, "unified_key", self->fields[KOMBO_CANDIDATE_FIELD_SOURCE_UNIFIED_KEY]);
      add_string_member (builder, "id", self->fields[KOMBO_CANDIDATE_FIELD_SOURCE_ID]);
      json_builder_end_object (builder);
    }

  kombo_json_builder_add_object (builder, "remote_fields", self->remote_fields);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}
