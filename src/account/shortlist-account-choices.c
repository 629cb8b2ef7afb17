/* shortlist-account-choices.c: the job, stage and "Sourced by" last used with each integration
 *
 * A recruiter often sends several candidates to the same job in a row, so the choices of the
 * last candidate of each integration are kept in the settings ("last-used") and a new
 * candidate, one typed or a spreadsheet's, starts from them. The form and the spreadsheet
 * window both use these two calls, and nothing else reads or writes the key.
 */
#define G_LOG_DOMAIN "shortlist-account"

#include "config.h"

#include "shortlist-account.h"

static const char *
active_integration_id (ShortlistAccount *self)
{
  KomboIntegration *integration = shortlist_account_get_active_integration (self);

  return integration ? kombo_integration_get_id (integration) : NULL;
}

/**
 * shortlist_account_remember_choices:
 * @draft: a candidate whose job, stage and "Sourced by" are to be the next one's
 *
 * Keeps @draft's choices for the active integration; a draft with no job keeps nothing.
 */
void
shortlist_account_remember_choices (ShortlistAccount    *self,
                                    KomboCandidateDraft *draft)
{
  GSettings  *settings = shortlist_account_get_settings (self);
  const char *integration_id = active_integration_id (self);
  const char *job_id = kombo_candidate_draft_get_text (draft, "job-id");
  g_autoptr (GVariant) last = NULL;
  g_auto (GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{s(sss)}"));
  GVariantIter iter;
  const char  *key;
  GVariant    *value;

  g_return_if_fail (SHORTLIST_IS_ACCOUNT (self));
  g_return_if_fail (KOMBO_IS_CANDIDATE_DRAFT (draft));

  if (settings == NULL || integration_id == NULL || *job_id == '\0')
    return;
  last = g_settings_get_value (settings, "last-used");
  g_variant_iter_init (&iter, last);
  while (g_variant_iter_next (&iter, "{&s@(sss)}", &key, &value))
    {
      if (!g_str_equal (key, integration_id))
        g_variant_builder_add (&builder, "{s@(sss)}", key, value);
      g_variant_unref (value);
    }
  g_variant_builder_add (&builder, "{s(sss)}", integration_id, job_id, kombo_candidate_draft_get_text (draft, "stage-id"),
                         kombo_candidate_draft_get_text (draft, "sourced-by"));
  g_settings_set_value (settings, "last-used", g_variant_builder_end (&builder));
}

/**
 * shortlist_account_start_from_last:
 * @draft: a candidate with no job yet
 *
 * Gives @draft the job and stage of the last candidate of the active integration, and its
 * "Sourced by" unless @draft has one, so that the next candidate for the same job needs no
 * picking. A draft with a job is left as it is.
 */
void
shortlist_account_start_from_last (ShortlistAccount    *self,
                                   KomboCandidateDraft *draft)
{
  GSettings  *settings = shortlist_account_get_settings (self);
  const char *integration_id = active_integration_id (self);
  g_autoptr (GVariant) last = NULL;
  const char *job_id, *stage_id, *sourced_by;

  g_return_if_fail (SHORTLIST_IS_ACCOUNT (self));
  g_return_if_fail (KOMBO_IS_CANDIDATE_DRAFT (draft));

  if (settings == NULL || integration_id == NULL || *kombo_candidate_draft_get_text (draft, "job-id") != '\0')
    return;
  last = g_settings_get_value (settings, "last-used");
  if (!g_variant_lookup (last, integration_id, "(&s&s&s)", &job_id, &stage_id, &sourced_by))
    return;
  kombo_candidate_draft_set_text (draft, "job-id", job_id);
  kombo_candidate_draft_set_text (draft, "stage-id", stage_id);
  if (*kombo_candidate_draft_get_text (draft, "sourced-by") == '\0')
    kombo_candidate_draft_set_text (draft, "sourced-by", sourced_by);
}
