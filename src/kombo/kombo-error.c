/* kombo-error.c: the KOMBO_ERROR domain, carrying Kombo's code, title, log URL and HTTP status */
#define G_LOG_DOMAIN "kombo-error"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "kombo-error.h"
#include "kombo-util.h"
#include "kombo-violation.h"

typedef struct
{
  char      *code;
  char      *title;
  char      *log_url;
  guint      http_status;
  GPtrArray *violations;
} KomboErrorPrivate;

static void
kombo_error_private_init (KomboErrorPrivate *priv)
{
}

static void
kombo_error_private_copy (const KomboErrorPrivate *src,
                          KomboErrorPrivate       *dest)
{
  dest->code = g_strdup (src->code);
  dest->title = g_strdup (src->title);
  dest->log_url = g_strdup (src->log_url);
  dest->http_status = src->http_status;
  if (src->violations != NULL)
    dest->violations = g_ptr_array_ref (src->violations);
}

static void
kombo_error_private_clear (KomboErrorPrivate *priv)
{
  g_clear_pointer (&priv->code, g_free);
  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->log_url, g_free);
  g_clear_pointer (&priv->violations, g_ptr_array_unref);
}

G_DEFINE_EXTENDED_ERROR (KomboError, kombo_error)

static KomboErrorPrivate *
get_private (const GError *error)
{
  if (error == NULL || error->domain != KOMBO_ERROR)
    return NULL;
  return kombo_error_get_private (error);
}

/**
 * kombo_error_get_code:
 *
 * Returns: Kombo's error code (e.g. `ATS.JOB_CLOSED`), which may be one this version does
 *   not know, or %NULL when Kombo sent none or the error did not come from Kombo
 */
const char *
kombo_error_get_code (const GError *error)
{
  KomboErrorPrivate *priv = get_private (error);

  return priv ? priv->code : NULL;
}

const char *
kombo_error_get_title (const GError *error)
{
  KomboErrorPrivate *priv = get_private (error);

  return priv ? priv->title : NULL;
}

/**
 * kombo_error_get_log_url:
 *
 * Returns: the link to Kombo's log of the failed call, which Kombo support asks for
 */
const char *
kombo_error_get_log_url (const GError *error)
{
  KomboErrorPrivate *priv = get_private (error);

  return priv ? priv->log_url : NULL;
}

guint
kombo_error_get_http_status (const GError *error)
{
  KomboErrorPrivate *priv = get_private (error);

  return priv ? priv->http_status : 0;
}

/**
 * kombo_error_get_violations:
 *
 * Returns: (transfer none) (nullable) (element-type KomboViolation): for
 *   %KOMBO_ERROR_INVALID_INPUT, every rule the request broke
 */
GPtrArray *
kombo_error_get_violations (const GError *error)
{
  KomboErrorPrivate *priv = get_private (error);

  return priv ? priv->violations : NULL;
}

gboolean
kombo_error_is_rate_limit (const GError *error)
{
  const char *code = kombo_error_get_code (error);

  return g_strcmp0 (code, "PLATFORM.RATE_LIMIT_EXCEEDED") == 0 ||
         g_strcmp0 (code, "PLATFORM.CONCURRENCY_LIMIT_EXCEEDED") == 0;
}

static const char *
title_for_code (const char *code)
{
  static const struct
  {
    const char *code;
    const char *title;
  } titles[] = {
    { "PLATFORM.RATE_LIMIT_EXCEEDED", N_ ("Too many requests") },
    { "PLATFORM.CONCURRENCY_LIMIT_EXCEEDED", N_ ("Too many submissions at once") },
    { "PLATFORM.INTEGRATION_NOT_FOUND", N_ ("Integration not found") },
    { "PLATFORM.INPUT_INVALID", N_ ("Kombo did not accept the input") },
    { "PLATFORM.UNKNOWN_ERROR", N_ ("Unknown error at Kombo") },
    { "PLATFORM.IP_NOT_WHITELISTED", N_ ("This network is not allowed to use the API key") },
    { "PLATFORM.AUTHENTICATION_INVALID", N_ ("The API key was not accepted") },
    { "PLATFORM.TASK_TIMED_OUT", N_ ("The applicant tracking system took too long") },
    { "INTEGRATION.PERMISSION_MISSING", N_ ("A permission is missing in the applicant tracking system") },
    { "INTEGRATION.AUTHENTICATION_INVALID", N_ ("The applicant tracking system no longer accepts the connection") },
    { "INTEGRATION.QA_FAILED", N_ ("The integration did not pass Kombo’s checks") },
    { "INTEGRATION.SETUP_SYNC_PENDING", N_ ("The integration is still being set up") },
    { "INTEGRATION.SETUP_INCOMPLETE", N_ ("The integration’s setup is not finished") },
    { "INTEGRATION.INACTIVE", N_ ("The integration is inactive") },
    { "INTEGRATION.MODEL_NOT_AVAILABLE", N_ ("This data is not available for this applicant tracking system") },
    { "INTEGRATION.MODEL_DISABLED", N_ ("This data is turned off for this integration") },
    { "INTEGRATION.ACTION_NOT_AVAILABLE", N_ ("This applicant tracking system does not support this action") },
    { "INTEGRATION.ACTION_DISABLED", N_ ("This action is turned off for this integration") },
    { "REMOTE.SERVICE_UNAVAILABLE", N_ ("The applicant tracking system is unavailable") },
    { "REMOTE.RATE_LIMIT_EXCEEDED", N_ ("The applicant tracking system is receiving too many requests") },
    { "REMOTE.INPUT_INVALID", N_ ("The applicant tracking system did not accept the input") },
    { "REMOTE.UNKNOWN_HTTP_ERROR", N_ ("The applicant tracking system answered with an error") },
    { "ATS.JOB_CLOSED", N_ ("The job is closed") },
    { "ATS.APPLICATION_ALREADY_EXISTS", N_ ("The candidate has already applied to this job") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    if (g_strcmp0 (titles[i].code, code) == 0)
      return _ (titles[i].title);

  return NULL;
}

/**
 * kombo_error_dup_display_title:
 *
 * Returns: a short heading for @error: Kombo's own title when it sent one, otherwise one
 *   built from the code or the kind of failure
 */
char *
kombo_error_dup_display_title (const GError *error)
{
  const char *title = kombo_error_get_title (error);
  const char *code = kombo_error_get_code (error);

  g_return_val_if_fail (error != NULL, NULL);

  if (title != NULL && *title != '\0')
    return g_strdup (title);

  if (code != NULL)
    {
      const char *known = title_for_code (code);

      if (known != NULL)
        return g_strdup (known);
      /* TRANSLATORS: %s is an error code such as "ATS.SOMETHING_NEW" */
      return g_strdup_printf (_ ("Kombo reported an error (%s)"), code);
    }

  if (error->domain == G_IO_ERROR && error->code == G_IO_ERROR_CANCELLED)
    return g_strdup (_ ("Cancelled"));

  if (error->domain != KOMBO_ERROR)
    return g_strdup (_ ("Something went wrong"));

  switch ((KomboErrorCode) error->code)
    {
    case KOMBO_ERROR_API:
      return g_strdup (_ ("Kombo reported an error"));
    case KOMBO_ERROR_HTTP:
      return g_strdup (_ ("The server answered with an error"));
    case KOMBO_ERROR_INVALID_RESPONSE:
      return g_strdup (_ ("Unexpected answer from the server"));
    case KOMBO_ERROR_NETWORK:
      return g_strdup (_ ("The connection to the server broke"));
    case KOMBO_ERROR_UNREACHABLE:
      return g_strdup (_ ("Cannot reach the server"));
    case KOMBO_ERROR_TLS:
      return g_strdup (_ ("The secure connection failed"));
    case KOMBO_ERROR_TIMEOUT:
      return g_strdup (_ ("No answer in time"));
    case KOMBO_ERROR_INVALID_INPUT:
      return g_strdup (_ ("Some fields need attention"));
    case KOMBO_ERROR_INVALID_URL:
      return g_strdup (_ ("The server address cannot be used"));
    case KOMBO_ERROR_NOT_CONFIGURED:
      return g_strdup (_ ("Shortlist is not connected"));
    case KOMBO_ERROR_FILE:
      return g_strdup (_ ("A file could not be read"));
    default:
      return g_strdup (_ ("Something went wrong"));
    }
}

/**
 * kombo_error_outcome_unknown:
 *
 * Returns: whether a write that failed with @error may have reached the ATS all the same: the
 *   answer was lost (a timeout, a dropped connection, an answer that cannot be read) or a
 *   server error came after the work may have started. Such a write is looked up, never sent
 *   again blindly.
 */
gboolean
kombo_error_outcome_unknown (const GError *error)
{
  guint status;

  g_return_val_if_fail (error != NULL, FALSE);

  if (error->domain != KOMBO_ERROR)
    return FALSE;
  status = kombo_error_get_http_status (error);
  return error->code == KOMBO_ERROR_TIMEOUT || error->code == KOMBO_ERROR_NETWORK ||
         error->code == KOMBO_ERROR_INVALID_RESPONSE ||
         ((error->code == KOMBO_ERROR_HTTP || error->code == KOMBO_ERROR_API) && status >= 500);
}

/**
 * kombo_error_dup_sentence:
 *
 * Returns: the display title and the message of @error as one line, for a place that has
 *   room for one (a field's message, a row's subtitle). A title that ends in its own
 *   punctuation gets none added, and a message that only repeats the title is left out.
 */
char *
kombo_error_dup_sentence (const GError *error)
{
  g_autofree char *title = NULL;
  const char      *message;
  gunichar         last;

  g_return_val_if_fail (error != NULL, NULL);

  title = kombo_error_dup_display_title (error);
  message = error->message;
  if (message == NULL || *message == '\0' || g_strcmp0 (message, title) == 0)
    return g_steal_pointer (&title);

  last = g_utf8_get_char (g_utf8_find_prev_char (title, title + strlen (title)));
  if (g_unichar_ispunct (last) && last != ')' && last != '"' && last != 0x201D)
    /* TRANSLATORS: an error's title that ends in its own full stop or colon, then its message:
       "Integration not found. There is no integration with this ID." */
    return g_strdup_printf (C_ ("error title and message", "%s %s"), title, message);
  /* TRANSLATORS: an error's title, then its message: "Job closed: The job stopped accepting applications." */
  return g_strdup_printf (C_ ("error title and message", "%s: %s"), title, message);
}

GError *
kombo_error_new_api (guint       http_status,
                     const char *code,
                     const char *title,
                     const char *message,
                     const char *log_url)
{
  GError            *error;
  KomboErrorPrivate *priv;
  /* A message or title of spaces only says nothing: the generic sentence says more */
  g_autofree char *stripped_message = kombo_strdup_stripped (message);
  g_autofree char *stripped_title = kombo_strdup_stripped (title);

  message = stripped_message;
  title = stripped_title;
  if (message == NULL)
    {
      if (http_status != 0)
        /* TRANSLATORS: %u is an HTTP status such as 500 */
        error = g_error_new (KOMBO_ERROR, KOMBO_ERROR_API,
                             _ ("Kombo reported an error without details (HTTP %u)."), http_status);
      else
        error = g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_API,
                                     _ ("Kombo reported an error without details."));
    }
  else
    error = g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_API, message);

  priv = kombo_error_get_private (error);
  priv->http_status = http_status;
  priv->code = g_strdup (code);
  priv->title = g_strdup (title);
  priv->log_url = g_strdup (log_url);

  return error;
}

/* A short, printable first line of a plain-text body, or %NULL */
static char *
plain_text_excerpt (const char *content_type,
                    GBytes     *body)
{
  g_autofree char *text = NULL;
  gsize            size = 0;
  const char      *data;
  char            *newline;

  if (body == NULL || content_type == NULL || !g_str_has_prefix (content_type, "text/plain"))
    return NULL;

  data = g_bytes_get_data (body, &size);
  if (size == 0)
    return NULL;

  text = g_utf8_make_valid (data, MIN (size, 200));
  if ((newline = strchr (text, '\n')) != NULL)
    *newline = '\0';
  g_strstrip (text);

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

GError *
kombo_error_new_http (guint       http_status,
                      const char *reason,
                      const char *content_type,
                      GBytes     *body)
{
  g_autofree char *excerpt = plain_text_excerpt (content_type, body);
  GError          *error;

  if (reason == NULL || *reason == '\0')
    reason = soup_status_get_phrase (http_status);
  if (reason == NULL)
    reason = "";

  if (body == NULL || g_bytes_get_size (body) == 0)
    /* TRANSLATORS: %u is an HTTP status such as 503, %s its phrase such as "Service Unavailable" */
    error = g_error_new (KOMBO_ERROR, KOMBO_ERROR_HTTP,
                         _ ("The server answered HTTP %u %s with an empty body. Kombo or the network in between may be having trouble; try again in a moment."),
                         http_status, reason);
  else if (excerpt != NULL)
    /* TRANSLATORS: %u is an HTTP status, the first %s its phrase, the last %s what the server said */
    error = g_error_new (KOMBO_ERROR, KOMBO_ERROR_HTTP,
                         _ ("The server answered HTTP %u %s: “%s”"),
                         http_status, reason, excerpt);
  else
    error = g_error_new (KOMBO_ERROR, KOMBO_ERROR_HTTP,
                         _ ("The server answered HTTP %u %s instead of a Kombo answer. Kombo or the network in between may be having trouble; try again in a moment."),
                         http_status, reason);

  kombo_error_get_private (error)->http_status = http_status;
  return error;
}

GError *
kombo_error_new_invalid_input (GPtrArray *violations)
{
  GError            *error;
  KomboErrorPrivate *priv;

  g_return_val_if_fail (violations != NULL && violations->len > 0, NULL);

  if (violations->len == 1)
    error = g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_INVALID_INPUT,
                                 ((KomboViolation *) g_ptr_array_index (violations, 0))->message);
  else
    error = g_error_new (KOMBO_ERROR, KOMBO_ERROR_INVALID_INPUT,
                         /* The title says some fields need attention: this says where to look */
                         g_dngettext (GETTEXT_PACKAGE,
                                      "Each of the %u fields says below it what to change.",
                                      "Each of the %u fields says below it what to change.",
                                      violations->len),
                         violations->len);

  priv = kombo_error_get_private (error);
  priv->violations = g_ptr_array_ref (violations);
  return error;
}
