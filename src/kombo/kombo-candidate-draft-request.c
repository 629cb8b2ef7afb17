/* kombo-candidate-draft-request.c: the request a draft becomes, and its problems in form order */
#define G_LOG_DOMAIN "kombo-candidate-draft-request"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kombo-candidate-draft-private.h"
#include "kombo-screening-question.h"
#include "kombo-util.h"
#include "kombo-violation.h"

/* The texts that are KomboCandidate fields of the same name */
static const KomboCandidateDraftText candidate_texts[] = {
  KOMBO_CANDIDATE_DRAFT_TEXT_FIRST_NAME,
  KOMBO_CANDIDATE_DRAFT_TEXT_LAST_NAME,
  KOMBO_CANDIDATE_DRAFT_TEXT_EMAIL_ADDRESS,
  KOMBO_CANDIDATE_DRAFT_TEXT_PHONE_NUMBER,
  KOMBO_CANDIDATE_DRAFT_TEXT_COMPANY,
  KOMBO_CANDIDATE_DRAFT_TEXT_TITLE,
  KOMBO_CANDIDATE_DRAFT_TEXT_COUNTRY,
  KOMBO_CANDIDATE_DRAFT_TEXT_STATE,
  KOMBO_CANDIDATE_DRAFT_TEXT_CITY,
  KOMBO_CANDIDATE_DRAFT_TEXT_STREET_1,
  KOMBO_CANDIDATE_DRAFT_TEXT_ZIP_CODE,
  KOMBO_CANDIDATE_DRAFT_TEXT_JOB_ID,
  KOMBO_CANDIDATE_DRAFT_TEXT_STAGE_ID,
  KOMBO_CANDIDATE_DRAFT_TEXT_SOURCED_BY,
};

/**
 * kombo_parse_amount:
 *
 * Reads an amount as people type it: "85000", "85 000", "85,000", "85.000" or "4250.50".
 */
gboolean
kombo_parse_amount (const char *text,
                    double     *amount)
{
  g_autoptr (GString) digits = g_string_new (NULL);
  const char *last_separator = NULL;
  guint       n_separators = 0;
  char       *end = NULL;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ',' || c == '.')
        {
          last_separator = p;
          n_separators++;
        }
      else if (!g_unichar_isspace (c) && c != '\'' && c != 0x202F)
        if (!g_ascii_isdigit (*p))
          return FALSE;
    }

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      /* The last separator is the decimal point, unless three digits follow it, as in 85,000 */
      else if (p == last_separator && !(n_separators >= 1 && strlen (p + 1) == 3 && g_ascii_isdigit (p[1])))
        g_string_append_c (digits, '.');
    }

  if (digits->len == 0)
    return FALSE;
  *amount = g_ascii_strtod (digits->str, &end);
  return *end == '\0' && isfinite (*amount);
}

static void
add_contacts (GListModel *contacts,
              void (*add) (KomboCandidate *, KomboContactType, const char *),
              KomboCandidate *candidate)
{
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr (KomboContact) contact = g_list_model_get_item (contacts, i);

      add (candidate, kombo_contact_get_kind (contact), kombo_contact_get_value (contact));
    }
}

static char *
question_path (KomboScreeningQuestion *question)
{
  return g_strdup_printf ("screening_question_answers.%s", kombo_screening_question_get_id (question));
}

/* Builds the request; @answered gets the questions whose answers it holds, in their order */
static KomboCandidate *
build_candidate (KomboCandidateDraft *self,
                 GPtrArray           *violations,
                 GPtrArray           *answered)
{
  g_autoptr (KomboCandidate) candidate = kombo_candidate_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *salary = NULL;
  GListModel      *questions;
  double           amount = NAN;

  for (guint i = 0; i < G_N_ELEMENTS (candidate_texts); i++)
    kombo_candidate_set_field (candidate, kombo_candidate_draft_text_names[candidate_texts[i]], self->texts[candidate_texts[i]]);
  kombo_candidate_set_gender (candidate, self->gender);
  add_contacts (G_LIST_MODEL (self->emails), kombo_candidate_add_email, candidate);
  add_contacts (G_LIST_MODEL (self->phones), kombo_candidate_add_phone, candidate);

  salary = kombo_strdup_stripped (self->texts[KOMBO_CANDIDATE_DRAFT_TEXT_SALARY]);
  if (salary != NULL && !kombo_parse_amount (salary, &amount))
    kombo_violations_add (violations, "candidate.salary_expectations.amount",
                          _ ("“%s” is not an amount. Enter a number such as 85000."), salary);
  else
    kombo_candidate_set_salary (candidate, amount, self->salary_period);

  kombo_candidate_set_availability_date (candidate, self->availability_date);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->links)); i++)
    {
      g_autoptr (KomboContact) link = g_list_model_get_item (G_LIST_MODEL (self->links), i);

      kombo_candidate_add_social_link (candidate, kombo_contact_get_value (link));
    }

  questions = self->job ? kombo_job_get_screening_questions (self->job) : NULL;
  for (guint i = 0; questions != NULL && i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr (KomboScreeningQuestion) question = g_list_model_get_item (questions, i);
      const char      *id = kombo_screening_question_get_id (question);
      guint            n_before = kombo_candidate_get_n_answers (candidate);
      g_autofree char *problem = NULL;

      if (!kombo_candidate_draft_is_asked (self, question))
        continue;
      if (!kombo_screening_question_add_answer (question, g_hash_table_lookup (self->answers, id),
                                                g_hash_table_lookup (self->files, id), candidate, &problem))
        {
          g_autofree char *path = question_path (question);

          kombo_violations_add (violations, path, "%s", problem);
        }
      else if (kombo_candidate_get_n_answers (candidate) > n_before)
        g_ptr_array_add (answered, g_object_ref (question));
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->attachments)); i++)
    {
      g_autoptr (KomboAttachment) attachment = g_list_model_get_item (G_LIST_MODEL (self->attachments), i);

      kombo_candidate_add_attachment (candidate, attachment);
    }

  if (self->consent)
    kombo_candidate_set_gdpr_consent (candidate, TRUE, self->consent_expires);

  if (!kombo_candidate_set_remote_fields_from_text (candidate, self->texts[KOMBO_CANDIDATE_DRAFT_TEXT_REMOTE_FIELDS], &error))
    kombo_violations_add (violations, "remote_fields", "%s", error->message);

  return g_steal_pointer (&candidate);
}

/**
 * kombo_candidate_draft_to_candidate:
 * @violations: (nullable): where problems only the draft can see go: an amount or remote fields
 *   that cannot be read, an answer that breaks its question's rules
 *
 * Returns: (transfer full): the request for POST /ats/candidates. Answers are those of the
 *   chosen job's questions that are asked, in the job's order.
 */
KomboCandidate *
kombo_candidate_draft_to_candidate (KomboCandidateDraft *self,
                                    GPtrArray           *violations)
{
  g_autoptr (GPtrArray) scratch = g_ptr_array_new_with_free_func ((GDestroyNotify) kombo_violation_free);
  g_autoptr (GPtrArray) answered = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self), NULL);
  return build_candidate (self, violations ? violations : scratch, answered);
}

/* Where each path is in the form, top to bottom */
static const char *form_order[] = {
  "application.job_id",
  "application.stage_id",
  "attachments",
  "candidate.first_name",
  "candidate.last_name",
  "candidate.email_address",
  "candidate.phone_number",
  "candidate.company",
  "candidate.title",
  "candidate.gender",
  "candidate.additional_email_addresses",
  "candidate.additional_phone_numbers",
  "candidate.location.country",
  "candidate.location.state",
  "candidate.location.city",
  "candidate.location.street_1",
  "candidate.location.zip_code",
  "candidate.salary_expectations.amount",
  "candidate.salary_expectations.period",
  "candidate.availability_date",
  "candidate.social_links",
  "screening_question_answers",
  "gdpr_consent",
  "sourced_by",
  "remote_fields",
};

static gint64
form_position (KomboCandidateDraft *self,
               const char          *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (form_order); i++)
    {
      gsize       length = strlen (form_order[i]);
      const char *rest = path + length;
      guint       index = 0;

      if (strncmp (path, form_order[i], length) != 0 || (*rest != '\0' && *rest != '.' && *rest != '['))
        continue;

      if (*rest == '[')
        /* Rows in their order, after the message about the whole list */
        index = sscanf (rest, "[%u]", &index) == 1 ? index + 1 : 0;
      else if (*rest == '.' && g_str_equal (form_order[i], "screening_question_answers"))
        {
          g_autofree char *id = g_strdup (rest + 1);

          if (strchr (id, '.') != NULL)
            *strchr (id, '.') = '\0';
          if (kombo_candidate_draft_find_question (self->job, id, &index) != NULL)
            index++;
        }
      return (gint64) i << 32 | index;
    }
  return G_MAXINT64;
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  KomboCandidateDraft  *self = user_data;
  const KomboViolation *va = *(const KomboViolation **) a;
  const KomboViolation *vb = *(const KomboViolation **) b;
  gint64                pa = form_position (self, va->path);
  gint64                pb = form_position (self, vb->path);

  return pa < pb ? -1 : pa > pb;
}

/* The request numbers answers by their place in its array; the form knows them by question */
static void
name_answers_by_question (GPtrArray *violations,
                          GPtrArray *answered)
{
  for (guint i = 0; i < violations->len; i++)
    {
      KomboViolation *violation = violations->pdata[i];
      guint           index;
      int             consumed = 0;

      if (sscanf (violation->path, "screening_question_answers[%u]%n", &index, &consumed) == 1 && consumed > 0 &&
          index < answered->len)
        {
          g_autofree char *prefix = question_path (answered->pdata[index]);
          char            *path = g_strconcat (prefix, violation->path + consumed, NULL);

          g_free (violation->path);
          violation->path = path;
        }
    }
}

/**
 * kombo_candidate_draft_validate:
 * @restrictions: (nullable): what the integration's ATS accepts as attachments
 *
 * Returns: (transfer full) (element-type KomboViolation): every problem of the draft, in the
 *   order of the form: the rules of the API, of the job's questions and of the ATS, and the
 *   texts that cannot be read. Answers are addressed as
 *   `screening_question_answers.<question id>`.
 */
GPtrArray *
kombo_candidate_draft_validate (KomboCandidateDraft         *self,
                                KomboAttachmentRestrictions *restrictions)
{
  GPtrArray *violations = g_ptr_array_new_with_free_func ((GDestroyNotify) kombo_violation_free);
  g_autoptr (GPtrArray) answered = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (KomboCandidate) candidate = NULL;
  g_autoptr (GPtrArray) rules = NULL;

  g_return_val_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self), violations);

  candidate = build_candidate (self, violations, answered);
  rules = kombo_candidate_validate (candidate);
  name_answers_by_question (rules, answered);
  g_ptr_array_extend_and_steal (violations, g_steal_pointer (&rules));
  if (restrictions != NULL)
    g_ptr_array_extend_and_steal (violations,
                                  kombo_attachment_restrictions_check (restrictions, G_LIST_MODEL (self->attachments)));

  g_ptr_array_sort_with_data (violations, compare_positions, self);
  return violations;
}
