/* kombo-candidate.h: the request model of POST /ats/candidates, a candidate and their application */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "kombo-attachment.h"

G_BEGIN_DECLS

typedef enum
{
  KOMBO_GENDER_UNSET,
  KOMBO_GENDER_MALE,
  KOMBO_GENDER_FEMALE,
  KOMBO_GENDER_OTHER,
} KomboGender;

typedef enum
{
  KOMBO_SALARY_PERIOD_UNSET,
  KOMBO_SALARY_PERIOD_MONTH,
  KOMBO_SALARY_PERIOD_YEAR,
} KomboSalaryPeriod;

typedef enum
{
  KOMBO_CONTACT_PERSONAL,
  KOMBO_CONTACT_WORK,
  KOMBO_CONTACT_OTHER,
} KomboContactType;

#define KOMBO_TYPE_CANDIDATE (kombo_candidate_get_type ())

G_DECLARE_FINAL_TYPE (KomboCandidate, kombo_candidate, KOMBO, CANDIDATE, GObject)

KomboCandidate    *kombo_candidate_new                  (void);

/* The plain text fields are properties, for binding to entries:
 * "first-name", "last-name", "email-address", "company", "title", "phone-number",
 * "country", "state", "city", "street-1", "zip-code", "job-id", "stage-id",
 * "sourced-by", "source-name", "source-id", "source-unified-key".
 * Values are stripped of surrounding blanks; an empty one is unset. */
const char        *kombo_candidate_get_field            (KomboCandidate    *self,
                                                         const char        *property);
void               kombo_candidate_set_field            (KomboCandidate    *self,
                                                         const char        *property,
                                                         const char        *value);

KomboGender        kombo_candidate_get_gender           (KomboCandidate    *self);
void               kombo_candidate_set_gender           (KomboCandidate    *self,
                                                         KomboGender        gender);
GDateTime         *kombo_candidate_get_availability_date (KomboCandidate   *self);
void               kombo_candidate_set_availability_date (KomboCandidate   *self,
                                                          GDateTime        *date);
void               kombo_candidate_set_salary           (KomboCandidate    *self,
                                                         double             amount,
                                                         KomboSalaryPeriod  period);
double             kombo_candidate_get_salary_amount    (KomboCandidate    *self);
KomboSalaryPeriod  kombo_candidate_get_salary_period    (KomboCandidate    *self);

void               kombo_candidate_add_email            (KomboCandidate    *self,
                                                         KomboContactType   type,
                                                         const char        *address);
void               kombo_candidate_add_phone            (KomboCandidate    *self,
                                                         KomboContactType   type,
                                                         const char        *number);
void               kombo_candidate_add_social_link      (KomboCandidate    *self,
                                                         const char        *url);

void               kombo_candidate_set_gdpr_consent     (KomboCandidate    *self,
                                                         gboolean           given,
                                                         GDateTime         *expires_at);
void               kombo_candidate_clear_gdpr_consent   (KomboCandidate    *self);

void               kombo_candidate_set_remote_fields    (KomboCandidate    *self,
                                                         JsonObject        *remote_fields);
gboolean           kombo_candidate_set_remote_fields_from_text (KomboCandidate *self,
                                                                const char     *text,
                                                                GError        **error);

void               kombo_candidate_add_text_answer      (KomboCandidate    *self,
                                                         const char        *question_id,
                                                         const char        *text);
void               kombo_candidate_add_option_answer    (KomboCandidate    *self,
                                                         const char        *question_id,
                                                         const char        *option_id);
void               kombo_candidate_add_options_answer   (KomboCandidate    *self,
                                                         const char        *question_id,
                                                         const char *const *option_ids);
void               kombo_candidate_add_boolean_answer   (KomboCandidate    *self,
                                                         const char        *question_id,
                                                         gboolean           value);
void               kombo_candidate_add_number_answer    (KomboCandidate    *self,
                                                         const char        *question_id,
                                                         double             value);
void               kombo_candidate_add_date_answer      (KomboCandidate    *self,
                                                         const char        *question_id,
                                                         GDateTime         *value);
void               kombo_candidate_add_file_answer      (KomboCandidate    *self,
                                                         const char        *question_id,
                                                         KomboAttachment   *file);
void               kombo_candidate_clear_answers        (KomboCandidate    *self);
guint              kombo_candidate_get_n_answers        (KomboCandidate    *self);

void               kombo_candidate_add_attachment       (KomboCandidate    *self,
                                                         KomboAttachment   *attachment);
void               kombo_candidate_remove_attachment    (KomboCandidate    *self,
                                                         KomboAttachment   *attachment);
GListModel        *kombo_candidate_get_attachments      (KomboCandidate    *self);

GPtrArray         *kombo_candidate_validate             (KomboCandidate    *self);
char              *kombo_candidate_dup_display_name     (KomboCandidate    *self);

G_END_DECLS
