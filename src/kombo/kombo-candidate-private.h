/* kombo-candidate-private.h: what the request model's files share */
#pragma once

#include "kombo-candidate.h"

G_BEGIN_DECLS

typedef enum
{
  FIELD_FIRST_NAME,
  FIELD_LAST_NAME,
  FIELD_EMAIL_ADDRESS,
  FIELD_COMPANY,
  FIELD_TITLE,
  FIELD_PHONE_NUMBER,
  FIELD_COUNTRY,
  FIELD_STATE,
  FIELD_CITY,
  FIELD_STREET_1,
  FIELD_ZIP_CODE,
  FIELD_JOB_ID,
  FIELD_STAGE_ID,
  FIELD_SOURCED_BY,
  FIELD_SOURCE_NAME,
  FIELD_SOURCE_ID,
  FIELD_SOURCE_UNIFIED_KEY,
  N_FIELDS
} Field;


typedef struct
{
  KomboContactType type;
  char            *value;
} Contact;

typedef enum
{
  ANSWER_TEXT,
  ANSWER_OPTION,
  ANSWER_OPTIONS,
  ANSWER_BOOLEAN,
  ANSWER_NUMBER,
  ANSWER_DATE,
  ANSWER_FILE,
} AnswerKind;

typedef struct
{
  char            *question_id;
  AnswerKind       kind;
  char            *text;    /* TEXT, OPTION */
  char           **options; /* OPTIONS */
  gboolean         boolean; /* BOOLEAN */
  double           number;  /* NUMBER */
  GDateTime       *date;    /* DATE */
  KomboAttachment *file;    /* FILE */
} Answer;

struct _KomboCandidate
{
  GObject parent_instance;

  char             *fields[N_FIELDS];
  KomboGender       gender;
  GDateTime        *availability_date;
  double            salary_amount;
  KomboSalaryPeriod salary_period;
  GArray           *emails;
  GArray           *phones;
  GPtrArray        *social_links;
  gboolean          has_gdpr_consent;
  gboolean          gdpr_given;
  GDateTime        *gdpr_expires_at;
  JsonObject       *remote_fields;
  GPtrArray        *answers;
  GListStore       *attachments;
};

gboolean kombo_candidate_has_location (KomboCandidate *self);

G_END_DECLS
