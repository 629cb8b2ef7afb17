/* kombo-candidate-private.h: what the request model's files share */
#pragma once

#include "kombo-candidate.h"

G_BEGIN_DECLS

typedef enum
{
  KOMBO_CANDIDATE_FIELD_FIRST_NAME,
  KOMBO_CANDIDATE_FIELD_LAST_NAME,
  KOMBO_CANDIDATE_FIELD_EMAIL_ADDRESS,
  KOMBO_CANDIDATE_FIELD_COMPANY,
  KOMBO_CANDIDATE_FIELD_TITLE,
  KOMBO_CANDIDATE_FIELD_PHONE_NUMBER,
  KOMBO_CANDIDATE_FIELD_COUNTRY,
  KOMBO_CANDIDATE_FIELD_STATE,
  KOMBO_CANDIDATE_FIELD_CITY,
  KOMBO_CANDIDATE_FIELD_STREET_1,
  KOMBO_CANDIDATE_FIELD_ZIP_CODE,
  KOMBO_CANDIDATE_FIELD_JOB_ID,
  KOMBO_CANDIDATE_FIELD_STAGE_ID,
  KOMBO_CANDIDATE_FIELD_SOURCED_BY,
  KOMBO_CANDIDATE_FIELD_SOURCE_NAME,
  KOMBO_CANDIDATE_FIELD_SOURCE_ID,
  KOMBO_CANDIDATE_FIELD_SOURCE_UNIFIED_KEY,
  KOMBO_CANDIDATE_N_FIELDS
} KomboCandidateField;

typedef struct
{
  KomboContactType type;
  char            *value;
} KomboCandidateContact;

typedef enum
{
  KOMBO_CANDIDATE_ANSWER_TEXT,
  KOMBO_CANDIDATE_ANSWER_OPTION,
  KOMBO_CANDIDATE_ANSWER_OPTIONS,
  KOMBO_CANDIDATE_ANSWER_BOOLEAN,
  KOMBO_CANDIDATE_ANSWER_NUMBER,
  KOMBO_CANDIDATE_ANSWER_DATE,
  KOMBO_CANDIDATE_ANSWER_FILE,
} KomboCandidateAnswerKind;

typedef struct
{
  char                    *question_id;
  KomboCandidateAnswerKind kind;
  char                    *text;    /* TEXT, OPTION */
  char                   **options; /* OPTIONS */
  gboolean                 boolean; /* BOOLEAN */
  double                   number;  /* NUMBER */
  GDateTime               *date;    /* DATE */
  KomboAttachment         *file;    /* FILE */
} KomboCandidateAnswer;

struct _KomboCandidate
{
  GObject parent_instance;

  char             *fields[KOMBO_CANDIDATE_N_FIELDS];
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

/* Serialises @self with each file's base64 replaced by the JSON string "<marker>-<n>",
 * n indexing @files_out, so that the body stream can splice the files in while sending. */
void  kombo_attachment_add_violations (GPtrArray       *violations,
                                       KomboAttachment *file,
                                       const char      *prefix);
char *kombo_attachment_to_json_with_marker (KomboAttachment *attachment,
                                            const char      *marker,
                                            GPtrArray       *files_out);
char *kombo_candidate_to_json_with_markers (KomboCandidate *self,
                                            const char     *marker,
                                            gboolean        as_application,
                                            GPtrArray      *files_out);

G_END_DECLS
