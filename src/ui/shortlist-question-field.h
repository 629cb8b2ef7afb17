/* shortlist-question-field.h: one screening question of a job, with the control that answers it */
#pragma once

#include <adwaita.h>

#include "kombo.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_QUESTION_FIELD (shortlist_question_field_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistQuestionField, shortlist_question_field, SHORTLIST, QUESTION_FIELD, GObject)

ShortlistQuestionField *shortlist_question_field_new          (KomboScreeningQuestion *question,
                                                               KomboCandidateDraft    *draft);
KomboScreeningQuestion *shortlist_question_field_get_question (ShortlistQuestionField *self);
GtkWidget              *shortlist_question_field_get_row      (ShortlistQuestionField *self);

G_END_DECLS
