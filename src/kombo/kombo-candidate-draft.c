/* kombo-candidate-draft.c: the candidate being typed, valid or not, and the request it becomes
 *
 * The form binds its widgets to a draft; a saved draft, a spreadsheet row or a parsed CV fill
 * the same object. Everything is kept as typed, so nothing is lost to a rule: the salary and
 * the remote fields as text, answers to screening questions by question id, whichever job is
 * chosen. kombo_candidate_draft_validate() names every problem, in the order of the form, and
 * kombo_candidate_draft_to_candidate() builds the request.
 */
#define G_LOG_DOMAIN "kombo-candidate-draft"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kombo-candidate-draft-private.h"
#include "kombo-enums.h"
#include "kombo-screening-question.h"
#include "kombo-stage.h"
#include "kombo-util.h"
#include "kombo-violation.h"

const char *kombo_candidate_draft_text_names[KOMBO_CANDIDATE_DRAFT_N_TEXTS] = {
  "first-name",
  "last-name",
  "email-address",
  "phone-number",
  "company",
  "title",
  "country",
  "state",
  "city",
  "street-1",
  "zip-code",
  "salary",
  "job-id",
  "stage-id",
  "sourced-by",
  "remote-fields",
  "note",
  "note-visibility",
};

G_DEFINE_FINAL_TYPE (KomboCandidateDraft, kombo_candidate_draft, G_TYPE_OBJECT)

enum
{
  PROP_0,
  /* 1 .. KOMBO_CANDIDATE_DRAFT_N_TEXTS are the texts, in the order of text_names */
  PROP_GENDER = KOMBO_CANDIDATE_DRAFT_N_TEXTS + 1,
  PROP_SALARY_PERIOD,
  PROP_AVAILABILITY_DATE,
  PROP_CONSENT,
  PROP_CONSENT_EXPIRES,
  PROP_JOB,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CHANGED,
  ANSWER_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_changed (KomboCandidateDraft *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
kombo_candidate_draft_finalize (GObject *object)
{
  KomboCandidateDraft *self = (KomboCandidateDraft *) object;

  for (guint i = 0; i < KOMBO_CANDIDATE_DRAFT_N_TEXTS; i++)
    g_free (self->texts[i]);
  g_clear_pointer (&self->availability_date, g_date_time_unref);
  g_clear_pointer (&self->consent_expires, g_date_time_unref);
  g_clear_object (&self->job);
  g_clear_object (&self->emails);
  g_clear_object (&self->phones);
  g_clear_object (&self->links);
  g_clear_object (&self->attachments);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_clear_pointer (&self->files, g_hash_table_unref);

  G_OBJECT_CLASS (kombo_candidate_draft_parent_class)->finalize (object);
}

static void
set_date (KomboCandidateDraft *self,
          GDateTime          **date,
          GDateTime           *value,
          guint                prop_id)
{
  if (*date == value || (*date != NULL && value != NULL && g_date_time_equal (*date, value)))
    return;
  g_clear_pointer (date, g_date_time_unref);
  if (value != NULL)
    *date = g_date_time_ref (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
kombo_candidate_draft_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  KomboCandidateDraft *self = KOMBO_CANDIDATE_DRAFT (object);

  if (prop_id >= 1 && prop_id <= KOMBO_CANDIDATE_DRAFT_N_TEXTS)
    {
      g_value_set_string (value, self->texts[prop_id - 1]);
      return;
    }

  switch (prop_id)
    {
    case PROP_GENDER:
      g_value_set_enum (value, self->gender);
      break;
    case PROP_SALARY_PERIOD:
      g_value_set_enum (value, self->salary_period);
      break;
    case PROP_AVAILABILITY_DATE:
      g_value_set_boxed (value, self->availability_date);
      break;
    case PROP_CONSENT:
      g_value_set_boolean (value, self->consent);
      break;
    case PROP_CONSENT_EXPIRES:
      g_value_set_boxed (value, self->consent_expires);
      break;
    case PROP_JOB:
      g_value_set_object (value, self->job);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_text (KomboCandidateDraft    *self,
          KomboCandidateDraftText text,
          const char             *value)
{
  if (!kombo_set_str (&self->texts[text], value ? value : ""))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[text + 1]);

  /* A typed job ID is another job, whose stages and questions are not known */
  if (text == KOMBO_CANDIDATE_DRAFT_TEXT_JOB_ID && self->job != NULL && g_strcmp0 (kombo_job_get_id (self->job), value) != 0)
    kombo_candidate_draft_set_job (self, NULL);
}

static void
kombo_candidate_draft_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  KomboCandidateDraft *self = KOMBO_CANDIDATE_DRAFT (object);

  if (prop_id >= 1 && prop_id <= KOMBO_CANDIDATE_DRAFT_N_TEXTS)
    {
      set_text (self, prop_id - 1, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_GENDER:
      if (self->gender != (KomboGender) g_value_get_enum (value))
        {
          self->gender = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_SALARY_PERIOD:
      if (self->salary_period != (KomboSalaryPeriod) g_value_get_enum (value))
        {
          self->salary_period = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_AVAILABILITY_DATE:
      set_date (self, &self->availability_date, g_value_get_boxed (value), prop_id);
      break;
    case PROP_CONSENT:
      if (self->consent != g_value_get_boolean (value))
        {
          self->consent = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_CONSENT_EXPIRES:
      set_date (self, &self->consent_expires, g_value_get_boxed (value), prop_id);
      break;
    case PROP_JOB:
      kombo_candidate_draft_set_job (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kombo_candidate_draft_class_init (KomboCandidateDraftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kombo_candidate_draft_finalize;
  object_class->get_property = kombo_candidate_draft_get_property;
  object_class->set_property = kombo_candidate_draft_set_property;

  for (guint i = 0; i < KOMBO_CANDIDATE_DRAFT_N_TEXTS; i++)
    properties[i + 1] = g_param_spec_string (kombo_candidate_draft_text_names[i], NULL, NULL, "", flags);
  properties[PROP_GENDER] = g_param_spec_enum ("gender", NULL, NULL, KOMBO_TYPE_GENDER, KOMBO_GENDER_UNSET, flags);
  properties[PROP_SALARY_PERIOD] = g_param_spec_enum ("salary-period", NULL, NULL, KOMBO_TYPE_SALARY_PERIOD,
                                                      KOMBO_SALARY_PERIOD_UNSET, flags);
  properties[PROP_AVAILABILITY_DATE] = g_param_spec_boxed ("availability-date", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_CONSENT] = g_param_spec_boolean ("consent", NULL, NULL, FALSE, flags);
  properties[PROP_CONSENT_EXPIRES] = g_param_spec_boxed ("consent-expires", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_JOB] = g_param_spec_object ("job", NULL, NULL, KOMBO_TYPE_JOB, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KomboCandidateDraft::changed:
   *
   * Anything in the draft changed: a property, a contact, an attachment or an answer.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * KomboCandidateDraft::answer-changed:
   * @question_id: the question whose answer changed
   */
  signals[ANSWER_CHANGED] = g_signal_new ("answer-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
item_changed_cb (GObject             *item,
                 GParamSpec          *pspec,
                 KomboCandidateDraft *self)
{
  emit_changed (self);
}

/* Edits inside a contact or an attachment count as changes of the draft */
static void
items_changed_cb (GListModel          *list,
                  guint                position,
                  guint                removed,
                  guint                added,
                  KomboCandidateDraft *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (list, i);

      g_signal_connect_object (item, "notify", G_CALLBACK (item_changed_cb), self, 0);
    }
  emit_changed (self);
}

static GListStore *
new_list (KomboCandidateDraft *self,
          GType                type)
{
  GListStore *list = g_list_store_new (type);

  g_signal_connect_object (list, "items-changed", G_CALLBACK (items_changed_cb), self, 0);
  return list;
}

static void
kombo_candidate_draft_init (KomboCandidateDraft *self)
{
  for (guint i = 0; i < KOMBO_CANDIDATE_DRAFT_N_TEXTS; i++)
    self->texts[i] = g_strdup ("");
  self->emails = new_list (self, KOMBO_TYPE_CONTACT);
  self->phones = new_list (self, KOMBO_TYPE_CONTACT);
  self->links = new_list (self, KOMBO_TYPE_CONTACT);
  self->attachments = new_list (self, KOMBO_TYPE_ATTACHMENT);
  self->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_variant_unref);
  self->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_signal_connect (self, "notify", G_CALLBACK (item_changed_cb), self);
}

KomboCandidateDraft *
kombo_candidate_draft_new (void)
{
  return g_object_new (KOMBO_TYPE_CANDIDATE_DRAFT, NULL);
}

static int
text_from_name (const char *property)
{
  for (guint i = 0; i < KOMBO_CANDIDATE_DRAFT_N_TEXTS; i++)
    if (g_strcmp0 (kombo_candidate_draft_text_names[i], property) == 0)
      return i;
  return -1;
}

const char *
kombo_candidate_draft_get_text (KomboCandidateDraft *self,
                                const char          *property)
{
  int text = text_from_name (property);

  g_return_val_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self), NULL);
  g_return_val_if_fail (text >= 0, NULL);
  return self->texts[text];
}

void
kombo_candidate_draft_set_text (KomboCandidateDraft *self,
                                const char          *property,
                                const char          *value)
{
  int text = text_from_name (property);

  g_return_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self));
  g_return_if_fail (text >= 0);
  set_text (self, text, value);
}

KomboJob *
kombo_candidate_draft_get_job (KomboCandidateDraft *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self), NULL);
  return self->job;
}

static gboolean
job_has_stage (KomboJob   *job,
               const char *stage_id)
{
  GListModel *stages = job ? kombo_job_get_stages (job) : NULL;

  for (guint i = 0; stages != NULL && i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr (KomboStage) stage = g_list_model_get_item (stages, i);

      if (g_strcmp0 (kombo_stage_get_id (stage), stage_id) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * kombo_candidate_draft_set_job:
 * @job: (nullable): a job of the integration's list, or %NULL when the job is only known by
 *   the ID typed in "job-id"
 *
 * Answers stay, keyed by question, so going back to a job finds them again.
 */
void
kombo_candidate_draft_set_job (KomboCandidateDraft *self,
                               KomboJob            *job)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self));

  if (!g_set_object (&self->job, job))
    return;
  if (job != NULL)
    set_text (self, KOMBO_CANDIDATE_DRAFT_TEXT_JOB_ID, kombo_job_get_id (job));
  if (*self->texts[KOMBO_CANDIDATE_DRAFT_TEXT_STAGE_ID] != '\0' && !job_has_stage (job, self->texts[KOMBO_CANDIDATE_DRAFT_TEXT_STAGE_ID]))
    set_text (self, KOMBO_CANDIDATE_DRAFT_TEXT_STAGE_ID, "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB]);
}

GListStore *
kombo_candidate_draft_get_emails (KomboCandidateDraft *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self), NULL);
  return self->emails;
}

GListStore *
kombo_candidate_draft_get_phones (KomboCandidateDraft *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self), NULL);
  return self->phones;
}

GListStore *
kombo_candidate_draft_get_links (KomboCandidateDraft *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self), NULL);
  return self->links;
}

GListStore *
kombo_candidate_draft_get_attachments (KomboCandidateDraft *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self), NULL);
  return self->attachments;
}

/**
 * kombo_candidate_draft_add_attachment:
 *
 * Adds @attachment; the first file marked as a CV stays the only one, since most ATSs take one.
 */
void
kombo_candidate_draft_add_attachment (KomboCandidateDraft *self,
                                      KomboAttachment     *attachment)
{
  guint n;

  g_return_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self));
  g_return_if_fail (KOMBO_IS_ATTACHMENT (attachment));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->attachments));
  for (guint i = 0; i < n && kombo_attachment_get_attachment_type (attachment) == KOMBO_ATTACHMENT_CV; i++)
    {
      g_autoptr (KomboAttachment) other = g_list_model_get_item (G_LIST_MODEL (self->attachments), i);

      if (kombo_attachment_get_attachment_type (other) == KOMBO_ATTACHMENT_CV)
        kombo_attachment_set_attachment_type (attachment, KOMBO_ATTACHMENT_OTHER);
    }
  g_list_store_append (self->attachments, attachment);
}

/* Returns: (nullable) (transfer none): the answer to the question, as typed */
GVariant *
kombo_candidate_draft_get_answer (KomboCandidateDraft *self,
                                  const char          *question_id)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self), NULL);
  return g_hash_table_lookup (self->answers, question_id);
}

static void
answer_changed (KomboCandidateDraft *self,
                const char          *question_id)
{
  /* The detail is looked up, not made: only a handler for this question has made it. Making
   * one for every id a draft or a server names would keep each for the life of the process. */
  g_signal_emit (self, signals[ANSWER_CHANGED], g_quark_try_string (question_id), question_id);
  emit_changed (self);
}

/**
 * kombo_candidate_draft_set_answer:
 * @answer: (nullable) (transfer floating): see kombo-screening-answer.c for the types; %NULL
 *   takes the answer away
 */
void
kombo_candidate_draft_set_answer (KomboCandidateDraft *self,
                                  const char          *question_id,
                                  GVariant            *answer)
{
  GVariant *old;

  g_return_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self));
  g_return_if_fail (question_id != NULL);

  if (answer != NULL)
    g_variant_ref_sink (answer);
  old = g_hash_table_lookup (self->answers, question_id);
  if ((old == NULL && answer == NULL) || (old != NULL && answer != NULL && g_variant_equal (old, answer)))
    {
      g_clear_pointer (&answer, g_variant_unref);
      return;
    }

  if (answer != NULL)
    g_hash_table_replace (self->answers, g_strdup (question_id), answer);
  else
    g_hash_table_remove (self->answers, question_id);
  answer_changed (self, question_id);
}

/* Returns: (nullable) (transfer none): the file answering a FILE question */
KomboAttachment *
kombo_candidate_draft_get_file_answer (KomboCandidateDraft *self,
                                       const char          *question_id)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self), NULL);
  return g_hash_table_lookup (self->files, question_id);
}

void
kombo_candidate_draft_set_file_answer (KomboCandidateDraft *self,
                                       const char          *question_id,
                                       KomboAttachment     *file)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self));
  g_return_if_fail (question_id != NULL);

  if (g_hash_table_lookup (self->files, question_id) == file)
    return;
  if (file != NULL)
    g_hash_table_replace (self->files, g_strdup (question_id), g_object_ref (file));
  else
    g_hash_table_remove (self->files, question_id);
  answer_changed (self, question_id);
}

KomboScreeningQuestion *
kombo_candidate_draft_find_question (KomboJob   *job,
                                     const char *question_id,
                                     guint      *position)
{
  GListModel *questions = job ? kombo_job_get_screening_questions (job) : NULL;

  for (guint i = 0; questions != NULL && i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr (KomboScreeningQuestion) question = g_list_model_get_item (questions, i);

      if (g_strcmp0 (kombo_screening_question_get_id (question), question_id) == 0)
        {
          if (position != NULL)
            *position = i;
          return question;
        }
    }
  return NULL;
}

static gboolean
is_asked (KomboCandidateDraft    *self,
          KomboScreeningQuestion *question,
          guint                   depth)
{
  const char             *depends_on = kombo_screening_question_get_precondition_question_id (question);
  KomboScreeningQuestion *other;

  if (depends_on == NULL)
    return TRUE;
  /* A chain of conditions ends; a loop in an ATS's data must not hang Shortlist */
  other = kombo_candidate_draft_find_question (self->job, depends_on, NULL);
  if (other == NULL || depth > 32 || !is_asked (self, other, depth + 1))
    return FALSE;
  return kombo_screening_question_matches (other, g_hash_table_lookup (self->answers, depends_on),
                                           kombo_screening_question_get_precondition_options (question));
}

/**
 * kombo_candidate_draft_is_asked:
 *
 * Returns: whether @question is asked: it depends on no answer, or the answer it depends on
 *   was given (and that question is asked itself)
 */
gboolean
kombo_candidate_draft_is_asked (KomboCandidateDraft    *self,
                                KomboScreeningQuestion *question)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self), FALSE);
  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (question), FALSE);
  return is_asked (self, question, 0);
}

/* The job, the stage, the sourcing recruiter and who sees notes are kept from one candidate to the next */
static gboolean
kept_for_next (guint text)
{
  return text == KOMBO_CANDIDATE_DRAFT_TEXT_JOB_ID || text == KOMBO_CANDIDATE_DRAFT_TEXT_STAGE_ID ||
         text == KOMBO_CANDIDATE_DRAFT_TEXT_SOURCED_BY || text == KOMBO_CANDIDATE_DRAFT_TEXT_NOTE_VISIBILITY;
}

/**
 * kombo_candidate_draft_is_empty:
 *
 * Returns: whether nothing was typed or added for this person. The job, the stage and the
 *   sourcing recruiter do not count: they are kept from one candidate to the next.
 */
gboolean
kombo_candidate_draft_is_empty (KomboCandidateDraft *self)
{
  g_return_val_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self), TRUE);

  for (guint i = 0; i < KOMBO_CANDIDATE_DRAFT_N_TEXTS; i++)
    if (!kept_for_next (i) && *self->texts[i] != '\0')
      return FALSE;

  return self->gender == KOMBO_GENDER_UNSET && self->salary_period == KOMBO_SALARY_PERIOD_UNSET &&
         self->availability_date == NULL && !self->consent && self->consent_expires == NULL &&
         g_list_model_get_n_items (G_LIST_MODEL (self->emails)) == 0 &&
         g_list_model_get_n_items (G_LIST_MODEL (self->phones)) == 0 &&
         g_list_model_get_n_items (G_LIST_MODEL (self->links)) == 0 &&
         g_list_model_get_n_items (G_LIST_MODEL (self->attachments)) == 0 &&
         g_hash_table_size (self->answers) == 0 && g_hash_table_size (self->files) == 0;
}

/**
 * kombo_candidate_draft_clear:
 *
 * Empties the draft for the next person. The job, the stage and who sourced them stay, since
 * recruiters often submit several people to one job.
 */
void
kombo_candidate_draft_clear (KomboCandidateDraft *self)
{
  g_autoptr (GPtrArray) questions = NULL;
  GHashTableIter iter;
  gpointer       key;

  g_return_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self));

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < KOMBO_CANDIDATE_DRAFT_N_TEXTS; i++)
    if (!kept_for_next (i))
      set_text (self, i, "");
  g_object_set (self, "gender", KOMBO_GENDER_UNSET, "salary-period", KOMBO_SALARY_PERIOD_UNSET,
                "availability-date", NULL, "consent", FALSE, "consent-expires", NULL, NULL);
  g_list_store_remove_all (self->emails);
  g_list_store_remove_all (self->phones);
  g_list_store_remove_all (self->links);
  g_list_store_remove_all (self->attachments);

  questions = g_ptr_array_new_with_free_func (g_free);
  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (questions, g_strdup (key));
  g_hash_table_iter_init (&iter, self->files);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (questions, g_strdup (key));
  g_hash_table_remove_all (self->answers);
  g_hash_table_remove_all (self->files);
  for (guint i = 0; i < questions->len; i++)
    answer_changed (self, questions->pdata[i]);
  g_object_thaw_notify (G_OBJECT (self));
}

char *
kombo_candidate_draft_dup_display_name (KomboCandidateDraft *self)
{
  g_autoptr (KomboCandidate) candidate = kombo_candidate_new ();

  g_return_val_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self), NULL);

  kombo_candidate_set_field (candidate, "first-name", self->texts[KOMBO_CANDIDATE_DRAFT_TEXT_FIRST_NAME]);
  kombo_candidate_set_field (candidate, "last-name", self->texts[KOMBO_CANDIDATE_DRAFT_TEXT_LAST_NAME]);
  return kombo_candidate_dup_display_name (candidate);
}
