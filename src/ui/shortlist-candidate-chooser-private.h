/* shortlist-candidate-chooser-private.h: what the chooser and its runs share */
#pragma once

#include "shortlist-candidate-chooser.h"

G_BEGIN_DECLS

struct _ShortlistCandidateChooser
{
  AdwPreferencesGroup parent_instance;

  ShortlistAccount *account;
  ShortlistStore   *store;
  GtkWidget        *entry;
  GtkWidget        *spinner;
  GListStore       *chosen;
  GPtrArray        *rows;
  GPtrArray        *choices; /* rows asking which of several candidates with one address is meant */
  GCancellable     *cancellable;
  GtkWidget        *retry_button;
  GtkWidget        *copy_button;
  GtkLabel         *progress_label; /* how far a run is */
  GHashTable       *outcomes;       /* candidate id → Outcome, of the last run */
  gboolean          running;
  guint             n_pending; /* lookups under way */
  GPtrArray        *missing;   /* what they did not find, to type again */
  char             *problem;   /* why, when a lookup failed */
};

/* How the work went for one candidate */
typedef struct
{
  ShortlistOutcome outcome;
  char            *message;
  gboolean         unknown; /* it may have been done: not to be tried again blindly */
} Outcome;

void     shortlist_candidate_outcome_free (Outcome *outcome);
gboolean shortlist_candidate_outcome_is_retryable (Outcome *outcome);
void     shortlist_candidate_chooser_update_buttons (ShortlistCandidateChooser *self);
gboolean shortlist_candidate_chooser_is_chosen (ShortlistCandidateChooser *self,
                                                KomboCandidateRecord      *candidate);

G_END_DECLS
