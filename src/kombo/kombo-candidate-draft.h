/* kombo-candidate-draft.h: the candidate being typed, valid or not, and the request it becomes */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "kombo-attachment-restrictions.h"
#include "kombo-candidate.h"
#include "kombo-contact.h"
#include "kombo-job.h"
#include "kombo-screening-question.h"

G_BEGIN_DECLS

#define KOMBO_TYPE_CANDIDATE_DRAFT (kombo_candidate_draft_get_type ())

G_DECLARE_FINAL_TYPE (KomboCandidateDraft, kombo_candidate_draft, KOMBO, CANDIDATE_DRAFT, GObject)

/* Text properties hold what was typed, never NULL: "first-name", "last-name", "email-address",
 * "phone-number", "company", "title", "country" (ISO 3166 alpha-2, or empty), "state", "city",
 * "street-1", "zip-code", "salary", "job-id", "stage-id", "sourced-by", "remote-fields".
 * Others: "gender", "salary-period", "availability-date", "consent", "consent-expires", "job". */

KomboCandidateDraft *kombo_candidate_draft_new              (void);

const char          *kombo_candidate_draft_get_text         (KomboCandidateDraft  *self,
                                                             const char           *property);
void                 kombo_candidate_draft_set_text         (KomboCandidateDraft  *self,
                                                             const char           *property,
                                                             const char           *text);
KomboJob            *kombo_candidate_draft_get_job          (KomboCandidateDraft  *self);
void                 kombo_candidate_draft_set_job          (KomboCandidateDraft  *self,
                                                             KomboJob             *job);

GListStore          *kombo_candidate_draft_get_emails       (KomboCandidateDraft  *self);
GListStore          *kombo_candidate_draft_get_phones       (KomboCandidateDraft  *self);
GListStore          *kombo_candidate_draft_get_links        (KomboCandidateDraft  *self);
GListStore          *kombo_candidate_draft_get_attachments  (KomboCandidateDraft  *self);
void                 kombo_candidate_draft_add_attachment   (KomboCandidateDraft  *self,
                                                             KomboAttachment      *attachment);

GVariant            *kombo_candidate_draft_get_answer       (KomboCandidateDraft  *self,
                                                             const char           *question_id);
void                 kombo_candidate_draft_set_answer       (KomboCandidateDraft  *self,
                                                             const char           *question_id,
                                                             GVariant             *answer);
KomboAttachment     *kombo_candidate_draft_get_file_answer  (KomboCandidateDraft  *self,
                                                             const char           *question_id);
void                 kombo_candidate_draft_set_file_answer  (KomboCandidateDraft  *self,
                                                             const char           *question_id,
                                                             KomboAttachment      *file);
gboolean             kombo_candidate_draft_is_asked         (KomboCandidateDraft  *self,
                                                             KomboScreeningQuestion *question);

GPtrArray           *kombo_candidate_draft_validate         (KomboCandidateDraft  *self,
                                                             KomboAttachmentRestrictions *restrictions);
KomboCandidate      *kombo_candidate_draft_to_candidate     (KomboCandidateDraft  *self,
                                                             GPtrArray            *violations);
gboolean             kombo_candidate_draft_is_empty         (KomboCandidateDraft  *self);
void                 kombo_candidate_draft_clear            (KomboCandidateDraft  *self);
char                *kombo_candidate_draft_dup_display_name (KomboCandidateDraft  *self);

JsonNode            *kombo_candidate_draft_serialize        (KomboCandidateDraft  *self);
gboolean             kombo_candidate_draft_deserialize      (KomboCandidateDraft  *self,
                                                             JsonNode             *node,
                                                             GError              **error);

gboolean             kombo_parse_amount                     (const char           *text,
                                                             double               *amount);

G_END_DECLS
