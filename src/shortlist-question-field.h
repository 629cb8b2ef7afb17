/* shortlist-question-field.h: one screening question of a job, with the control that answers it */
#pragma once

#include <adwaita.h>

#include "kombo.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_QUESTION_FIELD (shortlist_question_field_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistQuestionField, shortlist_question_field, SHORTLIST, QUESTION_FIELD, GObject)

ShortlistQuestionField *shortlist_question_field_new             (KomboScreeningQuestion  *question);
KomboScreeningQuestion *shortlist_question_field_get_question    (ShortlistQuestionField  *self);
GtkWidget              *shortlist_question_field_get_row         (ShortlistQuestionField  *self);
gboolean                shortlist_question_field_get_shown       (ShortlistQuestionField  *self);
void                    shortlist_question_field_set_shown       (ShortlistQuestionField  *self,
                                                                  gboolean                 shown);
gboolean                shortlist_question_field_matches         (ShortlistQuestionField  *self,
                                                                  const char * const      *options);
void                    shortlist_question_field_choose_file     (ShortlistQuestionField  *self,
                                                                  GFile                   *file);
gboolean                shortlist_question_field_add_answer      (ShortlistQuestionField  *self,
                                                                  KomboCandidate          *candidate,
                                                                  char                   **problem);

G_END_DECLS
