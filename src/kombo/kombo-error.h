/* kombo-error.h: the KOMBO_ERROR domain, carrying Kombo's code, title, log URL and HTTP status */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KOMBO_ERROR (kombo_error_quark ())

/**
 * KomboErrorCode:
 * @KOMBO_ERROR_API: Kombo answered with its error envelope; see kombo_error_get_code()
 * @KOMBO_ERROR_HTTP: the server answered an HTTP error without Kombo's envelope
 *   (a load balancer's HTML page, plain text, an empty body)
 * @KOMBO_ERROR_INVALID_RESPONSE: a success answer that could not be read
 * @KOMBO_ERROR_NETWORK: the connection broke, so the call may or may not have reached the server
 * @KOMBO_ERROR_TLS: the secure connection failed (for example a bad certificate)
 * @KOMBO_ERROR_TIMEOUT: the server did not answer in time
 * @KOMBO_ERROR_INVALID_INPUT: the request broke the API's rules and was not sent;
 *   see kombo_error_get_violations()
 * @KOMBO_ERROR_INVALID_URL: the server address is not usable
 * @KOMBO_ERROR_NOT_CONFIGURED: no API key or integration is set
 * @KOMBO_ERROR_FILE: an attachment could not be read
 * @KOMBO_ERROR_UNREACHABLE: the server could not be reached (refused, or its name not found):
 *   nothing was sent
 */
typedef enum
{
  KOMBO_ERROR_API,
  KOMBO_ERROR_HTTP,
  KOMBO_ERROR_INVALID_RESPONSE,
  KOMBO_ERROR_NETWORK,
  KOMBO_ERROR_TLS,
  KOMBO_ERROR_TIMEOUT,
  KOMBO_ERROR_INVALID_INPUT,
  KOMBO_ERROR_INVALID_URL,
  KOMBO_ERROR_NOT_CONFIGURED,
  KOMBO_ERROR_FILE,
  KOMBO_ERROR_UNREACHABLE,
} KomboErrorCode;

GQuark       kombo_error_quark             (void);

const char  *kombo_error_get_code          (const GError *error);
const char  *kombo_error_get_title         (const GError *error);
const char  *kombo_error_get_log_url       (const GError *error);
guint        kombo_error_get_http_status   (const GError *error);
GPtrArray   *kombo_error_get_violations    (const GError *error);
char        *kombo_error_dup_display_title (const GError *error);
char        *kombo_error_dup_sentence      (const GError *error);
gboolean     kombo_error_is_rate_limit     (const GError *error);
gboolean     kombo_error_outcome_unknown   (const GError *error);

/* For the client's own use */
GError      *kombo_error_new_api           (guint        http_status,
                                            const char  *code,
                                            const char  *title,
                                            const char  *message,
                                            const char  *log_url);
GError      *kombo_error_new_http          (guint        http_status,
                                            const char  *reason,
                                            const char  *content_type,
                                            GBytes      *body);
GError      *kombo_error_new_invalid_input (GPtrArray   *violations);

G_END_DECLS
