/* kombo-client-private.h: what the client's endpoints and its transport share */
#pragma once

#include <libsoup/soup.h>
#include <json-glib/json-glib.h>

#include "kombo-body-stream.h"
#include "kombo-client.h"

G_BEGIN_DECLS

struct _KomboClient
{
  GObject parent_instance;

  SoupSession *session;
  char        *base_url;
  char        *api_key;
  char        *integration_id;
  guint        read_timeout;
  guint        write_timeout;
  guint        retry_base_ms;
  gboolean     direct;            /* the server is on this computer: no proxy */
  guint        concurrency_limit; /* the integration's writes in flight at most, as Kombo last said; else 0 */
};

typedef struct _KomboHttpRequest KomboHttpRequest;

KomboHttpRequest *kombo_http_request_new (const char *method,
                                          const char *path,
                                          gboolean    needs_integration);
void              kombo_http_request_add_query (KomboHttpRequest *request,
                                                const char       *name,
                                                const char       *value);
void              kombo_http_request_set_body (KomboHttpRequest *request,
                                               GBytes           *body);
void              kombo_http_request_set_stream_body (KomboHttpRequest *request,
                                                      KomboBody        *body,
                                                      KomboProgressFunc progress,
                                                      gpointer          progress_data,
                                                      GDestroyNotify    progress_data_free);
void              kombo_http_start (KomboClient        *self,
                                    KomboHttpRequest   *request,
                                    gpointer            source_tag,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data);
JsonObject       *kombo_http_finish (KomboClient  *self,
                                     GAsyncResult *result,
                                     gpointer      source_tag,
                                     GError      **error);
void              kombo_http_start_list (KomboClient *self,
                                         const char  *path,
                                         GType        item_type,
                                         gpointer (*parse) (JsonObject *object),
                                         GPtrArray          *filters,
                                         gpointer            source_tag,
                                         GCancellable       *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer            user_data);
GListModel       *kombo_http_finish_list (KomboClient  *self,
                                          GAsyncResult *result,
                                          gpointer      source_tag,
                                          GError      **error);

char *kombo_redact_log_line (const char *line);

/* kombo-http.c: the error an answer's envelope says, or the HTTP status alone */
GError *kombo_http_error_from_envelope (guint   status,
                                        GBytes *bytes);

G_END_DECLS
