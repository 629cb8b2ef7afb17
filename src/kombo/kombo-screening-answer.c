/* kombo-screening-answer.c: the rules an answer to a screening question must keep
 *
 * Answers are GVariants, as KomboCandidateDraft keeps them while they are typed: "s" for TEXT
 * and NUMBER (the text as typed), "b" for BOOLEAN, "x" for DATE (seconds since 1970, UTC
 * midnight), "s" for SINGLE_SELECT (an option id) and "as" for MULTI_SELECT. A FILE answer is
 * a KomboAttachment. A NULL answer is no answer.
 */
#define G_LOG_DOMAIN "kombo-screening-answer"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "kombo-screening-question.h"
#include "kombo-util.h"

/* Reads a number as people type it: "1.5" or "1,5" */
gboolean
kombo_parse_number (const char *text,
                    double     *value)
{
  g_autofree char *normal = NULL;
  char            *end = NULL;

  if (text == NULL)
    return FALSE;
  normal = g_strstrip (g_strdelimit (g_strdup (text), ",", '.'));
  *value = g_ascii_strtod (normal, &end);
  return end != normal && *end == '\0' && isfinite (*value);
}

static char *
dup_answer_text (GVariant *answer)
{
  g_autofree char *text = NULL;

  if (answer == NULL || !g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING))
    return NULL;
  text = g_strstrip (g_strdup (g_variant_get_string (answer, NULL)));
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

/**
 * kombo_screening_question_matches:
 * @answer: (nullable): the answer given to @self
 * @options: a precondition's answers: option ids, or "true"/"false"
 *
 * Returns: whether @answer is one of @options, so that a question depending on @self is asked
 */
gboolean
kombo_screening_question_matches (KomboScreeningQuestion *self,
                                  GVariant               *answer,
                                  const char *const      *options)
{
  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (self), FALSE);

  if (answer == NULL || options == NULL)
    return FALSE;

  switch (kombo_screening_question_get_question_type (self))
    {
    case KOMBO_QUESTION_BOOLEAN:
      return g_variant_is_of_type (answer, G_VARIANT_TYPE_BOOLEAN) &&
             g_strv_contains (options, g_variant_get_boolean (answer) ? "true" : "false");
    case KOMBO_QUESTION_SINGLE_SELECT:
      return g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING) &&
             g_strv_contains (options, g_variant_get_string (answer, NULL));
    case KOMBO_QUESTION_MULTI_SELECT:
      {
        g_autofree const char **chosen = NULL;

        if (!g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING_ARRAY))
          return FALSE;
        chosen = g_variant_get_strv (answer, NULL);
        for (guint i = 0; chosen[i] != NULL; i++)
          if (g_strv_contains (options, chosen[i]))
            return TRUE;
        return FALSE;
      }
    default:
      return FALSE;
    }
}

static gboolean
is_option (KomboScreeningQuestion *self,
           const char             *id)
{
  GPtrArray *options = kombo_screening_question_get_options (self);

  for (guint i = 0; options != NULL && i < options->len; i++)
    if (g_strcmp0 (((KomboQuestionOption *) options->pdata[i])->id, id) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
mime_type_accepted (const char *const *accepted,
                    const char        *content_type)
{
  if (accepted == NULL || accepted[0] == NULL)
    return TRUE;
  for (guint i = 0; accepted[i] != NULL; i++)
    if (content_type != NULL && g_content_type_is_mime_type (content_type, accepted[i]))
      return TRUE;
  return FALSE;
}

/**
 * kombo_screening_question_add_answer:
 * @answer: (nullable): the answer as typed
 * @file: (nullable): the answer to a FILE question
 * @problem: (out): what is wrong with the answer, for the person
 *
 * Adds the answer to @candidate unless it is blank or the question cannot be answered.
 * Returns %FALSE, adding nothing, when a required question has no answer or the answer breaks
 * the question's limits.
 */
gboolean
kombo_screening_question_add_answer (KomboScreeningQuestion *self,
                                     GVariant               *answer,
                                     KomboAttachment        *file,
                                     KomboCandidate         *candidate,
                                     char                  **problem)
{
  const char *id = kombo_screening_question_get_id (self);
  const char *missing = _ ("This question needs an answer.");

  g_return_val_if_fail (KOMBO_IS_SCREENING_QUESTION (self), FALSE);
  g_return_val_if_fail (KOMBO_IS_CANDIDATE (candidate), FALSE);

  switch (kombo_screening_question_get_question_type (self))
    {
    case KOMBO_QUESTION_TEXT:
      {
        g_autofree char *text = dup_answer_text (answer);
        gint64           max_length = kombo_screening_question_get_max_length (self);

        if (text == NULL)
          break;
        if (max_length >= 0 && g_utf8_strlen (text, -1) > max_length)
          {
            *problem = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Shorten the answer to %u character.",
                                                     "Shorten the answer to %u characters.", (gulong) max_length),
                                        (guint) max_length);
            return FALSE;
          }
        kombo_candidate_add_text_answer (candidate, id, text);
        return TRUE;
      }
    case KOMBO_QUESTION_NUMBER:
      {
        g_autofree char *text = dup_answer_text (answer);
        double           min = kombo_screening_question_get_min (self);
        double           max = kombo_screening_question_get_max (self);
        double           value;

        if (text == NULL)
          break;
        if (!kombo_parse_number (text, &value))
          {
            *problem = g_strdup_printf (_ ("“%s” is not a number."), text);
            return FALSE;
          }
        if ((!isnan (min) && value < min) || (!isnan (max) && value > max))
          {
            if (!isnan (min) && !isnan (max))
              *problem = g_strdup_printf (_ ("Enter a number from %g to %g."), min, max);
            else if (!isnan (min))
              *problem = g_strdup_printf (_ ("Enter a number of at least %g."), min);
            else
              *problem = g_strdup_printf (_ ("Enter a number of at most %g."), max);
            return FALSE;
          }
        kombo_candidate_add_number_answer (candidate, id, value);
        return TRUE;
      }
    case KOMBO_QUESTION_BOOLEAN:
      if (answer == NULL || !g_variant_is_of_type (answer, G_VARIANT_TYPE_BOOLEAN))
        break;
      kombo_candidate_add_boolean_answer (candidate, id, g_variant_get_boolean (answer));
      return TRUE;
    case KOMBO_QUESTION_DATE:
      {
        g_autoptr (GDateTime) date = NULL;

        if (answer == NULL || !g_variant_is_of_type (answer, G_VARIANT_TYPE_INT64))
          break;
        date = g_date_time_new_from_unix_utc (g_variant_get_int64 (answer));
        if (date == NULL)
          break;
        kombo_candidate_add_date_answer (candidate, id, date);
        return TRUE;
      }
    case KOMBO_QUESTION_SINGLE_SELECT:
      if (answer == NULL || !g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING) ||
          !is_option (self, g_variant_get_string (answer, NULL)))
        break;
      kombo_candidate_add_option_answer (candidate, id, g_variant_get_string (answer, NULL));
      return TRUE;
    case KOMBO_QUESTION_MULTI_SELECT:
      {
        g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
        g_auto (GStrv) ids = NULL;

        if (answer != NULL && g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING_ARRAY))
          {
            g_autofree const char **chosen = g_variant_get_strv (answer, NULL);

            /* In the order the question lists them, whatever order they were ticked in */
            for (guint i = 0; i < kombo_screening_question_get_options (self)->len; i++)
              {
                KomboQuestionOption *option = kombo_screening_question_get_options (self)->pdata[i];

                if (g_strv_contains (chosen, option->id))
                  g_strv_builder_add (builder, option->id);
              }
          }
        ids = g_strv_builder_end (builder);
        if (ids[0] == NULL)
          {
            missing = _ ("Choose at least one answer.");
            break;
          }
        kombo_candidate_add_options_answer (candidate, id, (const char *const *) ids);
        return TRUE;
      }
    case KOMBO_QUESTION_FILE:
      {
        gint64 max_size = kombo_screening_question_get_max_file_size (self);

        if (file == NULL)
          break;
        if (max_size >= 0 && kombo_attachment_get_size (file) > max_size)
          {
            g_autofree char *limit = g_format_size (max_size);

            *problem = g_strdup_printf (_ ("The file is too large: at most %s is accepted."), limit);
            return FALSE;
          }
        if (!mime_type_accepted (kombo_screening_question_get_accepted_mime_types (self),
                                 kombo_attachment_get_content_type (file)))
          {
            g_autofree char *accepted = g_strjoinv (", ", (char **) kombo_screening_question_get_accepted_mime_types (self));

            *problem = g_strdup_printf (_ ("This kind of file is not accepted here. Accepted: %s."), accepted);
            return FALSE;
          }
        kombo_candidate_add_file_answer (candidate, id, file);
        return TRUE;
      }
    case KOMBO_QUESTION_INFORMATION:
    case KOMBO_QUESTION_NONE:
    case KOMBO_QUESTION_UNKNOWN:
    default:
      return TRUE;
    }

  if (kombo_screening_question_get_required (self))
    {
      *problem = g_strdup (missing);
      return FALSE;
    }
  return TRUE;
}
