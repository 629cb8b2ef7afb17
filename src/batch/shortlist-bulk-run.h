/* shortlist-bulk-run.h: one piece of work (a tag, a result link) for many candidates, and how it went for each */
#pragma once

#include <gio/gio.h>

#include "kombo.h"
#include "shortlist-store.h"

G_BEGIN_DECLS

/* How the work went for one candidate */
typedef enum
{
  SHORTLIST_OUTCOME_NONE, /* not tried, or under way */
  SHORTLIST_OUTCOME_DONE,
  SHORTLIST_OUTCOME_FAILED,
} ShortlistOutcome;

/* Whether @record, as read again, shows that the work with @work_data was done */
typedef gboolean (*ShortlistWasDone) (KomboCandidateRecord *record,
                                      GObject              *work_data);

#define SHORTLIST_TYPE_BULK_RUN (shortlist_bulk_run_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistBulkRun, shortlist_bulk_run, SHORTLIST, BULK_RUN, GObject)

ShortlistBulkRun *shortlist_bulk_run_new (void);
gboolean          shortlist_bulk_run_get_running (ShortlistBulkRun *self);
ShortlistOutcome  shortlist_bulk_run_get_outcome (ShortlistBulkRun *self,
                                                  const char       *candidate_id,
                                                  const char      **message);
guint             shortlist_bulk_run_count_outcomes (ShortlistBulkRun *self);
guint             shortlist_bulk_run_count_retryable (ShortlistBulkRun *self);
void              shortlist_bulk_run_forget (ShortlistBulkRun *self);
char             *shortlist_bulk_run_dup_csv (ShortlistBulkRun *self,
                                              GListModel       *candidates);
void              shortlist_bulk_run_run_async (ShortlistBulkRun   *self,
                                                KomboClient        *client,
                                                ShortlistStore     *store,
                                                GListModel         *candidates,
                                                KomboBatchWork      work,
                                                KomboBatchFinish    finish,
                                                GObject            *work_data,
                                                const char         *followup,
                                                gboolean            failed_only,
                                                ShortlistWasDone    was_done,
                                                GCancellable       *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer            user_data);
gboolean          shortlist_bulk_run_run_finish (ShortlistBulkRun *self,
                                                 GAsyncResult     *result,
                                                 guint            *n_done,
                                                 GError          **error);

G_END_DECLS
