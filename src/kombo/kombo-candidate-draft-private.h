/* kombo-candidate-draft-private.h: what the draft's files share */
#pragma once

#include "kombo-candidate-draft.h"

G_BEGIN_DECLS

typedef enum
{
  TEXT_FIRST_NAME,
  TEXT_LAST_NAME,
  TEXT_EMAIL_ADDRESS,
  TEXT_PHONE_NUMBER,
  TEXT_COMPANY,
  TEXT_TITLE,
  TEXT_COUNTRY,
  TEXT_STATE,
  TEXT_CITY,
  TEXT_STREET_1,
  TEXT_ZIP_CODE,
  TEXT_SALARY,
  TEXT_JOB_ID,
  TEXT_STAGE_ID,
  TEXT_SOURCED_BY,
  TEXT_REMOTE_FIELDS,
  N_TEXTS
} Text;

struct _KomboCandidateDraft
{
  GObject parent_instance;

  char             *texts[N_TEXTS];
  KomboGender       gender;
  KomboSalaryPeriod salary_period;
  GDateTime        *availability_date;
  gboolean          consent;
  GDateTime        *consent_expires;
  KomboJob         *job;
  GListStore       *emails;
  GListStore       *phones;
  GListStore       *links;
  GListStore       *attachments;
  GHashTable       *answers; /* question id → GVariant */
  GHashTable       *files;   /* question id → KomboAttachment */
};

extern const char *kombo_candidate_draft_text_names[N_TEXTS];

KomboScreeningQuestion *kombo_candidate_draft_find_question (KomboJob   *job,
                                                             const char *question_id,
                                                             guint      *position);

G_END_DECLS
