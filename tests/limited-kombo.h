/* limited-kombo.h: a Kombo server on 127.0.0.1 that takes a while per write and refuses writes
 * beyond a number in flight, as Kombo's concurrency limit does; it counts what it did */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

#define LIMITED_TYPE_KOMBO (limited_kombo_get_type ())

G_DECLARE_FINAL_TYPE (LimitedKombo, limited_kombo, LIMITED, KOMBO, GObject)

LimitedKombo *limited_kombo_new (guint limit,
                                 guint latency_ms);
char         *limited_kombo_dup_url (LimitedKombo *self);
void          limited_kombo_serve_reads (LimitedKombo *self);
LimitedKombo *limited_kombo_start_in_thread (void);
guint         limited_kombo_get_n_reads (LimitedKombo *self);
void          limited_kombo_refuse_next (LimitedKombo *self,
                                         guint         n,
                                         const char   *code);
void          limited_kombo_drop_next (LimitedKombo *self,
                                       guint         n);
guint         limited_kombo_get_done (LimitedKombo *self,
                                      const char   *candidate_id);
guint         limited_kombo_get_n_done (LimitedKombo *self);
guint         limited_kombo_get_n_refused (LimitedKombo *self);
guint         limited_kombo_get_max_in_flight (LimitedKombo *self);

G_END_DECLS
