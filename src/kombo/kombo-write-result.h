/* kombo-write-result.h: what a successful write answered: the record and Kombo's warnings */
#pragma once

#include "kombo-candidate-record.h"

G_BEGIN_DECLS

#define KOMBO_TYPE_WRITE_RESULT (kombo_write_result_get_type ())

G_DECLARE_FINAL_TYPE (KomboWriteResult, kombo_write_result, KOMBO, WRITE_RESULT, GObject)

KomboCandidateRecord *kombo_write_result_get_candidate (KomboWriteResult *self);
const char * const   *kombo_write_result_get_warnings  (KomboWriteResult *self);

const char           *kombo_write_result_get_application_id (KomboWriteResult *self,
                                                            const char       *job_id);

G_END_DECLS
