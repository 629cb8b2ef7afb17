/* kombo-screening-question.h: a question a job asks its applicants */
#pragma once

#include <glib-object.h>

#include "kombo-attachment.h"
#include "kombo-candidate.h"

G_BEGIN_DECLS

/**
 * KomboQuestionType:
 * @KOMBO_QUESTION_NONE: the ATS gave no format
 * @KOMBO_QUESTION_UNKNOWN: Kombo could not map the question, or sent a type this version does not know
 */
typedef enum
{
  KOMBO_QUESTION_NONE,
  KOMBO_QUESTION_TEXT,
  KOMBO_QUESTION_NUMBER,
  KOMBO_QUESTION_BOOLEAN,
  KOMBO_QUESTION_DATE,
  KOMBO_QUESTION_SINGLE_SELECT,
  KOMBO_QUESTION_MULTI_SELECT,
  KOMBO_QUESTION_FILE,
  KOMBO_QUESTION_INFORMATION,
  KOMBO_QUESTION_UNKNOWN,
} KomboQuestionType;

#define KOMBO_TYPE_QUESTION_OPTION (kombo_question_option_get_type ())

typedef struct
{
  char *id;
  char *name;
} KomboQuestionOption;

GType                kombo_question_option_get_type (void) G_GNUC_CONST;
KomboQuestionOption *kombo_question_option_copy     (const KomboQuestionOption *self);
void                 kombo_question_option_free     (KomboQuestionOption       *self);

#define KOMBO_TYPE_SCREENING_QUESTION (kombo_screening_question_get_type ())

G_DECLARE_FINAL_TYPE (KomboScreeningQuestion, kombo_screening_question, KOMBO, SCREENING_QUESTION, GObject)

const char         *kombo_screening_question_get_id                   (KomboScreeningQuestion *self);
const char         *kombo_screening_question_get_title                (KomboScreeningQuestion *self);
const char         *kombo_screening_question_get_description          (KomboScreeningQuestion *self);
KomboQuestionType   kombo_screening_question_get_question_type        (KomboScreeningQuestion *self);
const char         *kombo_screening_question_get_display_type         (KomboScreeningQuestion *self);
gboolean            kombo_screening_question_get_required             (KomboScreeningQuestion *self);
gint64              kombo_screening_question_get_max_length           (KomboScreeningQuestion *self);
double              kombo_screening_question_get_min                  (KomboScreeningQuestion *self);
double              kombo_screening_question_get_max                  (KomboScreeningQuestion *self);
GPtrArray          *kombo_screening_question_get_options              (KomboScreeningQuestion *self);
const char * const *kombo_screening_question_get_accepted_mime_types  (KomboScreeningQuestion *self);
gint64              kombo_screening_question_get_max_file_size        (KomboScreeningQuestion *self);
const char         *kombo_screening_question_get_precondition_question_id (KomboScreeningQuestion *self);
const char * const *kombo_screening_question_get_precondition_options (KomboScreeningQuestion *self);
gint64              kombo_screening_question_get_index                (KomboScreeningQuestion *self);

/* Answers as they are typed: see kombo-screening-answer.c */
gboolean            kombo_screening_question_matches                  (KomboScreeningQuestion *self,
                                                                       GVariant               *answer,
                                                                       const char * const     *options);
gboolean            kombo_screening_question_add_answer               (KomboScreeningQuestion *self,
                                                                       GVariant               *answer,
                                                                       KomboAttachment        *file,
                                                                       KomboCandidate         *candidate,
                                                                       char                  **problem);
gboolean            kombo_parse_number                                (const char             *text,
                                                                       double                 *value);

G_END_DECLS
