/* shortlist-demo-server.h: a Kombo-compatible server on 127.0.0.1 with made-up data, for demo mode */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SHORTLIST_DEMO_API_KEY "shortlist-demo-key"

#define SHORTLIST_TYPE_DEMO_SERVER (shortlist_demo_server_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistDemoServer, shortlist_demo_server, SHORTLIST, DEMO_SERVER, GObject)

ShortlistDemoServer *shortlist_demo_server_new (GError **error);
const char          *shortlist_demo_server_get_url (ShortlistDemoServer *self);
const char          *shortlist_demo_server_get_integration_id (ShortlistDemoServer *self);
void                 shortlist_demo_server_set_stage_time (ShortlistDemoServer *self,
                                                           GTimeSpan            stage_time);

G_END_DECLS
