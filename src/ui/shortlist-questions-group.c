/* shortlist-questions-group.c: the chosen job's screening questions, each asked when its condition holds
 *
 * The questions follow the draft's job; a question that depends on another answer is shown
 * exactly while the draft says it is asked.
 */
#define G_LOG_DOMAIN "shortlist-questions-group"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "shortlist-field-error.h"
#include "shortlist-question-field.h"
#include "shortlist-questions-group.h"

struct _ShortlistQuestionsGroup
{
  AdwPreferencesGroup parent_instance;

  KomboCandidateDraft *draft;
  GPtrArray           *fields; /* ShortlistQuestionField, in the job's order */
};

G_DEFINE_FINAL_TYPE (ShortlistQuestionsGroup, shortlist_questions_group, ADW_TYPE_PREFERENCES_GROUP)

static void
update_shown (ShortlistQuestionsGroup *self)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      ShortlistQuestionField *field = self->fields->pdata[i];
      GtkWidget              *row = shortlist_question_field_get_row (field);
      gboolean                asked = kombo_candidate_draft_is_asked (self->draft, shortlist_question_field_get_question (field));

      if (!asked)
        shortlist_field_clear_error (row);
      gtk_widget_set_visible (row, asked);
    }
}

static void
remove_fields (ShortlistQuestionsGroup *self)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      GtkWidget *row = shortlist_question_field_get_row (self->fields->pdata[i]);

      shortlist_field_clear_error (row);
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), row);
    }
  g_ptr_array_set_size (self->fields, 0);
}

static void
describe (ShortlistQuestionsGroup *self)
{
  KomboJob   *job = self->draft ? kombo_candidate_draft_get_job (self->draft) : NULL;
  const char *description = NULL;

  if (job != NULL && self->fields->len == 0)
    description = _ ("This job asks no screening questions.");
  else if (job == NULL && self->draft != NULL && *kombo_candidate_draft_get_text (self->draft, "job-id") != '\0')
    description = _ ("Questions are shown for jobs chosen from the list.");
  else if (job == NULL)
    description = _ ("Choose a job from the list to see its questions.");
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
}

static void
job_changed_cb (ShortlistQuestionsGroup *self)
{
  KomboJob   *job = self->draft ? kombo_candidate_draft_get_job (self->draft) : NULL;
  GListModel *questions = job ? kombo_job_get_screening_questions (job) : NULL;
  guint       n = questions ? g_list_model_get_n_items (questions) : 0;

  remove_fields (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KomboScreeningQuestion) question = g_list_model_get_item (questions, i);
      ShortlistQuestionField *field = shortlist_question_field_new (question, self->draft);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), shortlist_question_field_get_row (field));
      g_ptr_array_add (self->fields, field);
    }

  describe (self);
  if (self->draft != NULL)
    update_shown (self);
}

static void
shortlist_questions_group_dispose (GObject *object)
{
  ShortlistQuestionsGroup *self = (ShortlistQuestionsGroup *) object;

  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_data (self->draft, self);
  g_clear_object (&self->draft);
  g_clear_pointer (&self->fields, g_ptr_array_unref);

  G_OBJECT_CLASS (shortlist_questions_group_parent_class)->dispose (object);
}

static void
shortlist_questions_group_class_init (ShortlistQuestionsGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = shortlist_questions_group_dispose;
}

static void
shortlist_questions_group_init (ShortlistQuestionsGroup *self)
{
  self->fields = g_ptr_array_new_with_free_func (g_object_unref);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _ ("Screening Questions"));
  job_changed_cb (self);
}

void
shortlist_questions_group_set_draft (ShortlistQuestionsGroup *self,
                                     KomboCandidateDraft     *draft)
{
  g_return_if_fail (SHORTLIST_IS_QUESTIONS_GROUP (self));

  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_data (self->draft, self);
  g_set_object (&self->draft, draft);
  if (draft != NULL)
    {
      g_signal_connect_swapped (draft, "notify::job", G_CALLBACK (job_changed_cb), self);
      g_signal_connect_swapped (draft, "notify::job-id", G_CALLBACK (describe), self);
      g_signal_connect_swapped (draft, "answer-changed", G_CALLBACK (update_shown), self);
    }
  job_changed_cb (self);
}

/**
 * shortlist_questions_group_get_field:
 *
 * Returns: (nullable): the row of the question a path such as
 *   `screening_question_answers.<question id>.answer` is about
 */
GtkWidget *
shortlist_questions_group_get_field (ShortlistQuestionsGroup *self,
                                     const char              *path)
{
  const char *prefix = "screening_question_answers.";

  g_return_val_if_fail (SHORTLIST_IS_QUESTIONS_GROUP (self), NULL);

  if (path == NULL || !g_str_has_prefix (path, prefix))
    return NULL;
  for (guint i = 0; i < self->fields->len; i++)
    {
      const char *id = kombo_screening_question_get_id (shortlist_question_field_get_question (self->fields->pdata[i]));
      const char *rest = path + strlen (prefix);

      if (g_str_has_prefix (rest, id) && (rest[strlen (id)] == '\0' || rest[strlen (id)] == '.'))
        return shortlist_question_field_get_row (self->fields->pdata[i]);
    }
  return NULL;
}
