/* fake-kombo.h: a scripted Kombo server on 127.0.0.1 that records what it receives */
#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

typedef struct
{
  char *method;
  char *path;                 /* below the /v1 base, e.g. "/ats/jobs" */
  char *query;                /* raw, or NULL */
  GHashTable *params;         /* decoded query parameters */
  SoupMessageHeaders *headers;
  GBytes *body;
} FakeRequest;

#define FAKE_TYPE_KOMBO (fake_kombo_get_type ())

G_DECLARE_FINAL_TYPE (FakeKombo, fake_kombo, FAKE, KOMBO, GObject)

FakeKombo   *fake_kombo_new            (void);
FakeKombo   *fake_kombo_new_self_signed (void);
char        *fake_kombo_dup_url        (FakeKombo   *self);
guint        fake_kombo_get_port       (FakeKombo   *self);
void         fake_kombo_respond        (FakeKombo   *self,
                                        const char  *method,
                                        const char  *path,
                                        guint        status,
                                        const char  *json_body);
void         fake_kombo_respond_full   (FakeKombo   *self,
                                        const char  *method,
                                        const char  *path,
                                        guint        status,
                                        const char  *content_type,
                                        const char  *body,
                                        guint        delay_ms,
                                        ...) G_GNUC_NULL_TERMINATED;
void         fake_kombo_respond_raw    (FakeKombo   *self,
                                        const char  *method,
                                        const char  *path,
                                        const char  *raw);
guint        fake_kombo_get_n_requests (FakeKombo   *self);
FakeRequest *fake_kombo_get_request    (FakeKombo   *self,
                                        guint        index);
JsonObject  *fake_request_get_json     (FakeRequest *request);

G_END_DECLS
