/* kombo-candidate-record.h: a candidate as stored in the ATS, as Kombo answers it */
#pragma once

#include <gio/gio.h>

#include "kombo-application.h"

G_BEGIN_DECLS

#define KOMBO_TYPE_CANDIDATE_RECORD (kombo_candidate_record_get_type ())

G_DECLARE_FINAL_TYPE (KomboCandidateRecord, kombo_candidate_record, KOMBO, CANDIDATE_RECORD, GObject)

const char *kombo_candidate_record_get_id            (KomboCandidateRecord *self);
const char *kombo_candidate_record_get_remote_id     (KomboCandidateRecord *self);
const char *kombo_candidate_record_get_first_name    (KomboCandidateRecord *self);
const char *kombo_candidate_record_get_last_name     (KomboCandidateRecord *self);
char       *kombo_candidate_record_dup_display_name  (KomboCandidateRecord *self);
const char *kombo_candidate_record_get_email_address (KomboCandidateRecord *self);
const char *kombo_candidate_record_get_company       (KomboCandidateRecord *self);
const char *kombo_candidate_record_get_title         (KomboCandidateRecord *self);
const char *kombo_candidate_record_get_remote_url    (KomboCandidateRecord *self);
GListModel *kombo_candidate_record_get_applications  (KomboCandidateRecord *self);
KomboApplication *kombo_candidate_record_find_application (KomboCandidateRecord *self,
                                                           const char           *job_id);
gboolean    kombo_candidate_record_applied_to        (KomboCandidateRecord *self,
                                                      const char           *job_id);
const char * const *kombo_candidate_record_get_phone_numbers (KomboCandidateRecord *self);
gboolean    kombo_candidate_record_set_tag (KomboCandidateRecord *self,
                                            const char           *name,
                                            gboolean              present);
const char * const *kombo_candidate_record_get_tags  (KomboCandidateRecord *self);

G_END_DECLS
