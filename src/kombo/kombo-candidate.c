/* kombo-candidate.c: the request model of POST /ats/candidates, a candidate and their application */
#define G_LOG_DOMAIN "kombo-candidate"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "kombo-candidate-private.h"
#include "kombo-enums.h"
#include "kombo-json.h"
#include "kombo-util.h"
#include "kombo-violation.h"

static const char *field_names[KOMBO_CANDIDATE_N_FIELDS] = {
  "first-name",
  "last-name",
  "email-address",
  "company",
  "title",
  "phone-number",
  "country",
  "state",
  "city",
  "street-1",
  "zip-code",
  "job-id",
  "stage-id",
  "sourced-by",
  "source-name",
  "source-id",
  "source-unified-key",
};

G_DEFINE_FINAL_TYPE (KomboCandidate, kombo_candidate, G_TYPE_OBJECT)

enum
{
  PROP_0,
  /* PROP_0 + 1 .. KOMBO_CANDIDATE_N_FIELDS are the text fields, in the order of field_names */
  PROP_GENDER = KOMBO_CANDIDATE_N_FIELDS + 1,
  PROP_AVAILABILITY_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
contact_clear (KomboCandidateContact *contact)
{
  g_clear_pointer (&contact->value, g_free);
}

static void
answer_free (KomboCandidateAnswer *answer)
{
  g_free (answer->question_id);
  g_free (answer->text);
  g_strfreev (answer->options);
  g_clear_pointer (&answer->date, g_date_time_unref);
  g_clear_object (&answer->file);
  g_free (answer);
}

static void
kombo_candidate_finalize (GObject *object)
{
  KomboCandidate *self = (KomboCandidate *) object;

  for (guint i = 0; i < KOMBO_CANDIDATE_N_FIELDS; i++)
    g_free (self->fields[i]);
  g_clear_pointer (&self->availability_date, g_date_time_unref);
  g_clear_pointer (&self->gdpr_expires_at, g_date_time_unref);
  g_clear_pointer (&self->emails, g_array_unref);
  g_clear_pointer (&self->phones, g_array_unref);
  g_clear_pointer (&self->social_links, g_ptr_array_unref);
  g_clear_pointer (&self->remote_fields, json_object_unref);
  g_clear_pointer (&self->answers, g_ptr_array_unref);
  g_clear_object (&self->attachments);

  G_OBJECT_CLASS (kombo_candidate_parent_class)->finalize (object);
}

static void
kombo_candidate_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KomboCandidate *self = KOMBO_CANDIDATE (object);

  if (prop_id >= 1 && prop_id <= KOMBO_CANDIDATE_N_FIELDS)
    {
      g_value_set_string (value, self->fields[prop_id - 1]);
      return;
    }

  switch (prop_id)
    {
    case PROP_GENDER:
      g_value_set_enum (value, self->gender);
      break;
    case PROP_AVAILABILITY_DATE:
      g_value_set_boxed (value, self->availability_date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_field (KomboCandidate     *self,
           KomboCandidateField field,
           const char         *value)
{
  g_autofree char *stripped = kombo_strdup_stripped (value);

  /* Country codes are compared in upper case, as ISO 3166 writes them */
  if (field == KOMBO_CANDIDATE_FIELD_COUNTRY && stripped != NULL)
    {
      char *upper = g_ascii_strup (stripped, -1);
      g_free (stripped);
      stripped = upper;
    }

  if (kombo_set_str (&self->fields[field], stripped))
    g_object_notify_by_pspec (G_OBJECT (self), properties[field + 1]);
}

static void
kombo_candidate_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KomboCandidate *self = KOMBO_CANDIDATE (object);

  if (prop_id >= 1 && prop_id <= KOMBO_CANDIDATE_N_FIELDS)
    {
      set_field (self, prop_id - 1, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_GENDER:
      kombo_candidate_set_gender (self, g_value_get_enum (value));
      break;
    case PROP_AVAILABILITY_DATE:
      kombo_candidate_set_availability_date (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kombo_candidate_class_init (KomboCandidateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kombo_candidate_finalize;
  object_class->get_property = kombo_candidate_get_property;
  object_class->set_property = kombo_candidate_set_property;

  for (guint i = 0; i < KOMBO_CANDIDATE_N_FIELDS; i++)
    properties[i + 1] = g_param_spec_string (field_names[i], NULL, NULL, NULL,
                                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  properties[PROP_GENDER] =
      g_param_spec_enum ("gender", NULL, NULL, KOMBO_TYPE_GENDER, KOMBO_GENDER_UNSET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AVAILABILITY_DATE] =
      g_param_spec_boxed ("availability-date", NULL, NULL, G_TYPE_DATE_TIME,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kombo_candidate_init (KomboCandidate *self)
{
  self->salary_amount = NAN;
  self->emails = g_array_new (FALSE, TRUE, sizeof (KomboCandidateContact));
  g_array_set_clear_func (self->emails, (GDestroyNotify) contact_clear);
  self->phones = g_array_new (FALSE, TRUE, sizeof (KomboCandidateContact));
  g_array_set_clear_func (self->phones, (GDestroyNotify) contact_clear);
  self->social_links = g_ptr_array_new_with_free_func (g_free);
  self->answers = g_ptr_array_new_with_free_func ((GDestroyNotify) answer_free);
  self->attachments = g_list_store_new (KOMBO_TYPE_ATTACHMENT);
}

KomboCandidate *
kombo_candidate_new (void)
{
  return g_object_new (KOMBO_TYPE_CANDIDATE, NULL);
}

static int
field_from_name (const char *property)
{
  for (guint i = 0; i < KOMBO_CANDIDATE_N_FIELDS; i++)
    if (g_strcmp0 (field_names[i], property) == 0)
      return i;
  return -1;
}

const char *
kombo_candidate_get_field (KomboCandidate *self,
                           const char     *property)
{
  int field = field_from_name (property);

  g_return_val_if_fail (KOMBO_IS_CANDIDATE (self), NULL);
  g_return_val_if_fail (field >= 0, NULL);

  return self->fields[field];
}

void
kombo_candidate_set_field (KomboCandidate *self,
                           const char     *property,
                           const char     *value)
{
  int field = field_from_name (property);

  g_return_if_fail (KOMBO_IS_CANDIDATE (self));
  g_return_if_fail (field >= 0);

  set_field (self, field, value);
}

KomboGender
kombo_candidate_get_gender (KomboCandidate *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE (self), KOMBO_GENDER_UNSET);
  return self->gender;
}

void
kombo_candidate_set_gender (KomboCandidate *self,
                            KomboGender     gender)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));

  if (self->gender != gender)
    {
      self->gender = gender;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENDER]);
    }
}

GDateTime *
kombo_candidate_get_availability_date (KomboCandidate *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE (self), NULL);
  return self->availability_date;
}

void
kombo_candidate_set_availability_date (KomboCandidate *self,
                                       GDateTime      *date)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));

  if (self->availability_date == date)
    return;
  g_clear_pointer (&self->availability_date, g_date_time_unref);
  if (date != NULL)
    self->availability_date = g_date_time_ref (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABILITY_DATE]);
}

/**
 * kombo_candidate_set_salary:
 * @amount: the expected salary, or NAN for none
 * @period: per month or per year, or %KOMBO_SALARY_PERIOD_UNSET
 *
 * Both are needed; one without the other is reported by kombo_candidate_validate().
 */
void
kombo_candidate_set_salary (KomboCandidate   *self,
                            double            amount,
                            KomboSalaryPeriod period)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));

  self->salary_amount = amount;
  self->salary_period = period;
}

double
kombo_candidate_get_salary_amount (KomboCandidate *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE (self), NAN);
  return self->salary_amount;
}

KomboSalaryPeriod
kombo_candidate_get_salary_period (KomboCandidate *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE (self), KOMBO_SALARY_PERIOD_UNSET);
  return self->salary_period;
}

static void
add_contact (GArray          *contacts,
             KomboContactType type,
             const char      *value)
{
  KomboCandidateContact contact = { type, g_strdup (value) };

  if (contact.value != NULL)
    g_strstrip (contact.value);
  g_array_append_val (contacts, contact);
}

void
kombo_candidate_add_email (KomboCandidate  *self,
                           KomboContactType type,
                           const char      *address)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));
  add_contact (self->emails, type, address);
}

void
kombo_candidate_add_phone (KomboCandidate  *self,
                           KomboContactType type,
                           const char      *number)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));
  add_contact (self->phones, type, number);
}

void
kombo_candidate_add_social_link (KomboCandidate *self,
                                 const char     *url)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));
  g_ptr_array_add (self->social_links, g_strstrip (g_strdup (url ? url : "")));
}

void
kombo_candidate_set_gdpr_consent (KomboCandidate *self,
                                  gboolean        given,
                                  GDateTime      *expires_at)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));

  self->has_gdpr_consent = TRUE;
  self->gdpr_given = !!given;
  g_clear_pointer (&self->gdpr_expires_at, g_date_time_unref);
  if (expires_at != NULL)
    self->gdpr_expires_at = g_date_time_ref (expires_at);
}

void
kombo_candidate_clear_gdpr_consent (KomboCandidate *self)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));

  self->has_gdpr_consent = FALSE;
  g_clear_pointer (&self->gdpr_expires_at, g_date_time_unref);
}

void
kombo_candidate_set_remote_fields (KomboCandidate *self,
                                   JsonObject     *remote_fields)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));

  g_clear_pointer (&self->remote_fields, json_object_unref);
  if (remote_fields != NULL)
    self->remote_fields = json_object_ref (remote_fields);
}

/**
 * kombo_candidate_set_remote_fields_from_text:
 * @text: a JSON object as typed by a person, or blank for none
 *
 * Returns: %FALSE, with @error explaining where the text goes wrong, if it is not a JSON object;
 *   the remote fields are then left as they were
 */
gboolean
kombo_candidate_set_remote_fields_from_text (KomboCandidate *self,
                                             const char     *text,
                                             GError        **error)
{
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *stripped = kombo_strdup_stripped (text);
  JsonNode        *root;

  g_return_val_if_fail (KOMBO_IS_CANDIDATE (self), FALSE);

  if (stripped == NULL)
    {
      kombo_candidate_set_remote_fields (self, NULL);
      return TRUE;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, stripped, -1, &local_error))
    {
      /* TRANSLATORS: %s is the JSON parser's explanation, with line and column */
      g_set_error (error, JSON_PARSER_ERROR, local_error->code,
                   _ ("Not valid JSON: %s"), local_error->message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                           _ ("Remote fields must be a JSON object, written between { and }."));
      return FALSE;
    }

  kombo_candidate_set_remote_fields (self, json_node_get_object (root));
  return TRUE;
}

static KomboCandidateAnswer *
add_answer (KomboCandidate          *self,
            const char              *question_id,
            KomboCandidateAnswerKind kind)
{
  KomboCandidateAnswer *answer = g_new0 (KomboCandidateAnswer, 1);

  answer->question_id = g_strdup (question_id);
  answer->kind = kind;
  g_ptr_array_add (self->answers, answer);
  return answer;
}

void
kombo_candidate_add_text_answer (KomboCandidate *self,
                                 const char     *question_id,
                                 const char     *text)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));
  add_answer (self, question_id, KOMBO_CANDIDATE_ANSWER_TEXT)->text = g_strdup (text);
}

void
kombo_candidate_add_option_answer (KomboCandidate *self,
                                   const char     *question_id,
                                   const char     *option_id)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));
  add_answer (self, question_id, KOMBO_CANDIDATE_ANSWER_OPTION)->text = g_strdup (option_id);
}

void
kombo_candidate_add_options_answer (KomboCandidate    *self,
                                    const char        *question_id,
                                    const char *const *option_ids)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));
  add_answer (self, question_id, KOMBO_CANDIDATE_ANSWER_OPTIONS)->options =
      option_ids ? g_strdupv ((char **) option_ids) : g_new0 (char *, 1);
}

void
kombo_candidate_add_boolean_answer (KomboCandidate *self,
                                    const char     *question_id,
                                    gboolean        value)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));
  add_answer (self, question_id, KOMBO_CANDIDATE_ANSWER_BOOLEAN)->boolean = !!value;
}

void
kombo_candidate_add_number_answer (KomboCandidate *self,
                                   const char     *question_id,
                                   double          value)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));
  add_answer (self, question_id, KOMBO_CANDIDATE_ANSWER_NUMBER)->number = value;
}

void
kombo_candidate_add_date_answer (KomboCandidate *self,
                                 const char     *question_id,
                                 GDateTime      *value)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));
  g_return_if_fail (value != NULL);
  add_answer (self, question_id, KOMBO_CANDIDATE_ANSWER_DATE)->date = g_date_time_ref (value);
}

void
kombo_candidate_add_file_answer (KomboCandidate  *self,
                                 const char      *question_id,
                                 KomboAttachment *file)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));
  g_return_if_fail (KOMBO_IS_ATTACHMENT (file));
  add_answer (self, question_id, KOMBO_CANDIDATE_ANSWER_FILE)->file = g_object_ref (file);
}

void
kombo_candidate_clear_answers (KomboCandidate *self)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));
  g_ptr_array_set_size (self->answers, 0);
}

guint
kombo_candidate_get_n_answers (KomboCandidate *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE (self), 0);
  return self->answers->len;
}

void
kombo_candidate_add_attachment (KomboCandidate  *self,
                                KomboAttachment *attachment)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE (self));
  g_return_if_fail (KOMBO_IS_ATTACHMENT (attachment));
  g_list_store_append (self->attachments, attachment);
}

void
kombo_candidate_remove_attachment (KomboCandidate  *self,
                                   KomboAttachment *attachment)
{
  guint position;

  g_return_if_fail (KOMBO_IS_CANDIDATE (self));

  if (g_list_store_find (self->attachments, attachment, &position))
    g_list_store_remove (self->attachments, position);
}

/**
 * kombo_candidate_get_attachments:
 *
 * Returns: (transfer none): the attachments, as a list a view can bind to
 */
GListModel *
kombo_candidate_get_attachments (KomboCandidate *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE (self), NULL);
  return G_LIST_MODEL (self->attachments);
}

char *
kombo_candidate_dup_display_name (KomboCandidate *self)
{
  return kombo_dup_person_name (self->fields[KOMBO_CANDIDATE_FIELD_FIRST_NAME],
                                self->fields[KOMBO_CANDIDATE_FIELD_LAST_NAME]);
}

/* Adds to @violations what keeps @file from being sent, named below @prefix ("attachments[0]") */
void
kombo_attachment_add_violations (GPtrArray       *violations,
                                 KomboAttachment *file,
                                 const char      *prefix)
{
  const char      *content_type = kombo_attachment_get_content_type (file);
  g_autofree char *name_path = g_strconcat (prefix, ".name", NULL);
  g_autofree char *type_path = g_strconcat (prefix, ".content_type", NULL);
  g_autofree char *data_path = g_strconcat (prefix, ".data", NULL);

  if (kombo_attachment_get_name (file) == NULL || *kombo_attachment_get_name (file) == '\0')
    kombo_violations_add (violations, name_path, "%s", _ ("The file needs a name."));

  if (content_type == NULL || g_ascii_strcasecmp (content_type, "application/octet-stream") == 0)
    kombo_violations_add (violations, type_path,
                          /* TRANSLATORS: %s is a file name */
                          _ ("Shortlist cannot tell what kind of file “%s” is. Save it as PDF, Word, OpenDocument or plain text and attach it again."),
                          kombo_attachment_get_name (file));
  else if (!kombo_is_meaningful_content_type (content_type))
    kombo_violations_add (violations, type_path,
                          /* TRANSLATORS: %s is a content type such as "application/pdf" */
                          _ ("“%s” is not a valid content type."), content_type);

  if (kombo_attachment_get_size (file) == 0)
    kombo_violations_add (violations, data_path,
                          _ ("“%s” is empty."), kombo_attachment_get_name (file));
}

static void
validate_contacts (GPtrArray  *violations,
                   GArray     *contacts,
                   const char *member,
                   gboolean    email)
{
  for (guint i = 0; i < contacts->len; i++)
    {
      const KomboCandidateContact *contact = &g_array_index (contacts, KomboCandidateContact, i);
      g_autofree char             *path = g_strdup_printf ("candidate.%s[%u].%s", member, i,
                                               email ? "email_address" : "phone_number");

      if (contact->value == NULL || *contact->value == '\0')
        kombo_violations_add (violations, path, "%s",
                              email ? _ ("Enter an email address or remove this row.")
                                    : _ ("Enter a phone number or remove this row."));
      else if (email && !kombo_is_plausible_email (contact->value))
        kombo_violations_add (violations, path,
                              _ ("“%s” does not look like an email address."), contact->value);
      else if (!email && !kombo_is_plausible_phone (contact->value))
        kombo_violations_add (violations, path,
                              _ ("“%s” does not look like a phone number."), contact->value);
    }
}

gboolean
kombo_candidate_has_location (KomboCandidate *self)
{
  for (KomboCandidateField f = KOMBO_CANDIDATE_FIELD_COUNTRY; f <= KOMBO_CANDIDATE_FIELD_ZIP_CODE; f++)
    if (self->fields[f] != NULL)
      return TRUE;
  return FALSE;
}

/**
 * kombo_candidate_validate:
 *
 * Checks @self against the rules of POST /ats/candidates and a few of common sense.
 *
 * Returns: (transfer full) (element-type KomboViolation): every rule broken, in the order of
 *   the form; empty when the candidate can be sent
 */
GPtrArray *
kombo_candidate_validate (KomboCandidate *self)
{
  GPtrArray  *violations = g_ptr_array_new_with_free_func ((GDestroyNotify) kombo_violation_free);
  const char *email = self->fields[KOMBO_CANDIDATE_FIELD_EMAIL_ADDRESS];
  const char *country = self->fields[KOMBO_CANDIDATE_FIELD_COUNTRY];

  g_return_val_if_fail (KOMBO_IS_CANDIDATE (self), violations);

  if (self->fields[KOMBO_CANDIDATE_FIELD_FIRST_NAME] == NULL)
    kombo_violations_add (violations, "candidate.first_name", "%s", _ ("Enter the first name."));
  if (self->fields[KOMBO_CANDIDATE_FIELD_LAST_NAME] == NULL)
    kombo_violations_add (violations, "candidate.last_name", "%s", _ ("Enter the last name."));
  if (email == NULL)
    kombo_violations_add (violations, "candidate.email_address", "%s", _ ("Enter an email address."));
  else if (!kombo_is_plausible_email (email))
    kombo_violations_add (violations, "candidate.email_address",
                          _ ("“%s” does not look like an email address."), email);

  validate_contacts (violations, self->emails, "additional_email_addresses", TRUE);

  if (self->fields[KOMBO_CANDIDATE_FIELD_PHONE_NUMBER] != NULL &&
      !kombo_is_plausible_phone (self->fields[KOMBO_CANDIDATE_FIELD_PHONE_NUMBER]))
    kombo_violations_add (violations, "candidate.phone_number",
                          _ ("“%s” does not look like a phone number."),
                          self->fields[KOMBO_CANDIDATE_FIELD_PHONE_NUMBER]);

  validate_contacts (violations, self->phones, "additional_phone_numbers", FALSE);

  if (kombo_candidate_has_location (self))
    {
      if (country == NULL)
        kombo_violations_add (violations, "candidate.location.country", "%s",
                              _ ("Choose a country: the other parts of the address need one."));
      else if (kombo_country_lookup (country) == NULL)
        kombo_violations_add (violations, "candidate.location.country",
                              /* TRANSLATORS: %s is what was typed as a country code */
                              _ ("“%s” is not a country code. Use the two letters of ISO 3166, such as DE or US."),
                              country);
    }

  if (!isnan (self->salary_amount) || self->salary_period != KOMBO_SALARY_PERIOD_UNSET)
    {
      if (isnan (self->salary_amount))
        kombo_violations_add (violations, "candidate.salary_expectations.amount", "%s",
                              _ ("Enter the amount, or clear the salary period."));
      else if (!isfinite (self->salary_amount) || self->salary_amount < 0)
        kombo_violations_add (violations, "candidate.salary_expectations.amount", "%s",
                              _ ("The salary must be a positive number."));
      if (self->salary_period == KOMBO_SALARY_PERIOD_UNSET)
        kombo_violations_add (violations, "candidate.salary_expectations.period", "%s",
                              _ ("Choose whether the salary is per month or per year."));
    }

  for (guint i = 0; i < self->social_links->len; i++)
    {
      const char      *url = g_ptr_array_index (self->social_links, i);
      g_autofree char *path = g_strdup_printf ("candidate.social_links[%u].url", i);

      if (!kombo_is_http_url (url))
        kombo_violations_add (violations, path,
                              _ ("“%s” is not a web address. Enter a full link starting with https://."),
                              url);
    }

  if (self->fields[KOMBO_CANDIDATE_FIELD_JOB_ID] == NULL)
    kombo_violations_add (violations, "application.job_id", "%s", _ ("Choose the job to apply to."));

  for (guint i = 0; i < self->answers->len; i++)
    {
      const KomboCandidateAnswer *answer = g_ptr_array_index (self->answers, i);
      g_autofree char            *path = g_strdup_printf ("screening_question_answers[%u].answer", i);

      if (answer->question_id == NULL || *answer->question_id == '\0')
        {
          g_autofree char *id_path = g_strdup_printf ("screening_question_answers[%u].question_id", i);
          kombo_violations_add (violations, id_path, "%s", _ ("The answer is missing its question."));
        }

      switch (answer->kind)
        {
        case KOMBO_CANDIDATE_ANSWER_TEXT:
        case KOMBO_CANDIDATE_ANSWER_OPTION:
          if (answer->text == NULL || *answer->text == '\0')
            kombo_violations_add (violations, path, "%s", _ ("Enter an answer or leave the question out."));
          break;
        case KOMBO_CANDIDATE_ANSWER_OPTIONS:
          if (answer->options == NULL || answer->options[0] == NULL)
            kombo_violations_add (violations, path, "%s", _ ("Choose at least one option."));
          break;
        case KOMBO_CANDIDATE_ANSWER_NUMBER:
          if (!isfinite (answer->number))
            kombo_violations_add (violations, path, "%s", _ ("Enter a number."));
          break;
        case KOMBO_CANDIDATE_ANSWER_FILE:
          {
            g_autofree char *file_path = g_strdup_printf ("screening_question_answers[%u].answer", i);
            kombo_attachment_add_violations (violations, answer->file, file_path);
          }
          break;
        case KOMBO_CANDIDATE_ANSWER_BOOLEAN:
        case KOMBO_CANDIDATE_ANSWER_DATE:
        default:
          break;
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->attachments)); i++)
    {
      g_autoptr (KomboAttachment) attachment = g_list_model_get_item (G_LIST_MODEL (self->attachments), i);
      g_autofree char *prefix = g_strdup_printf ("attachments[%u]", i);

      kombo_attachment_add_violations (violations, attachment, prefix);
    }

  return violations;
}
