/* shortlist-job-cache.h: an integration's open jobs, kept on this computer and brought up to date */
#pragma once

#include "kombo.h"
#include "shortlist-store.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_JOB_CACHE (shortlist_job_cache_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistJobCache, shortlist_job_cache, SHORTLIST, JOB_CACHE, GObject)

/* After this long, the next start fetches every open job again, not only the changes */
#define SHORTLIST_JOB_CACHE_WHOLE_AFTER (24 * G_TIME_SPAN_HOUR)

ShortlistJobCache *shortlist_job_cache_new (KomboClient    *client,
                                            ShortlistStore *store,
                                            const char     *integration_id);
const char        *shortlist_job_cache_get_integration_id (ShortlistJobCache *self);
ShortlistStore    *shortlist_job_cache_get_store (ShortlistJobCache *self);
GListModel        *shortlist_job_cache_get_jobs (ShortlistJobCache *self);
gboolean           shortlist_job_cache_get_loaded (ShortlistJobCache *self);
gboolean           shortlist_job_cache_get_refreshing (ShortlistJobCache *self);
gint64             shortlist_job_cache_get_synced (ShortlistJobCache *self);
const GError      *shortlist_job_cache_get_error (ShortlistJobCache *self);
void               shortlist_job_cache_start (ShortlistJobCache *self);
void               shortlist_job_cache_refresh (ShortlistJobCache *self,
                                                gboolean           whole);
char              *shortlist_format_age (gint64 then,
                                         gint64 now);

G_END_DECLS
