/* kombo-parse-private.h: building the answer objects from Kombo's JSON */
#pragma once

#include <json-glib/json-glib.h>

#include "kombo-application.h"
#include "kombo-attachment-restrictions.h"
#include "kombo-candidate-record.h"
#include "kombo-integration.h"
#include "kombo-job.h"
#include "kombo-screening-question.h"
#include "kombo-stage.h"
#include "kombo-write-result.h"

G_BEGIN_DECLS

/* Each returns %NULL only when @object lacks an id: the record cannot be used then */
KomboApplication            *kombo_application_new_from_json             (JsonObject *object);
KomboCandidateRecord        *kombo_candidate_record_new_from_json        (JsonObject *object);
KomboIntegration            *kombo_integration_new_from_json             (JsonObject *object);
KomboJob                    *kombo_job_new_from_json                     (JsonObject *object);
KomboScreeningQuestion      *kombo_screening_question_new_from_json      (JsonObject *object);
KomboStage                  *kombo_stage_new_from_json                   (JsonObject *object);
KomboAttachmentRestrictions *kombo_attachment_restrictions_new_from_json (JsonObject *data);
KomboWriteResult            *kombo_write_result_new_from_json            (JsonObject *root,
                                                                          gboolean    with_candidate);

G_END_DECLS
