/* kombo-candidate-draft-private.h: what the draft's files share */
#pragma once

#include "kombo-candidate-draft.h"

G_BEGIN_DECLS

typedef enum
{
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
  KOMBO_CANDIDATE_DRAFT_TEXT_SALARY,
  KOMBO_CANDIDATE_DRAFT_TEXT_JOB_ID,
  KOMBO_CANDIDATE_DRAFT_TEXT_STAGE_ID,
  KOMBO_CANDIDATE_DRAFT_TEXT_SOURCED_BY,
  KOMBO_CANDIDATE_DRAFT_TEXT_REMOTE_FIELDS,
  KOMBO_CANDIDATE_DRAFT_TEXT_NOTE,            /* for the client's team, sent once the application exists */
  KOMBO_CANDIDATE_DRAFT_TEXT_NOTE_VISIBILITY, /* Greenhouse's: public, private or admin_only */
  KOMBO_CANDIDATE_DRAFT_N_TEXTS
} KomboCandidateDraftText;

struct _KomboCandidateDraft
{
  GObject parent_instance;

  char             *texts[KOMBO_CANDIDATE_DRAFT_N_TEXTS];
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

extern const char *kombo_candidate_draft_text_names[KOMBO_CANDIDATE_DRAFT_N_TEXTS];

KomboScreeningQuestion *kombo_candidate_draft_find_question (KomboJob   *job,
                                                             const char *question_id,
                                                             guint      *position);

G_END_DECLS
