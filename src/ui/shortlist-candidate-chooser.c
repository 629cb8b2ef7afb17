/* shortlist-candidate-chooser.c: finds candidates by Kombo ID or email, to act on one or many
 *
 * Kombo has no search by name, so a candidate is found by their Kombo ID or email address.
 * Several can be typed or pasted at once, separated by spaces, commas, semicolons or lines:
 * the ids are asked for together (250 to a call, as Kombo takes them), each address on its own,
 * all at once. Each candidate found gets a ShortlistCandidateRow, where the outcome of the work
 * then appears; what was not found stays in the entry, which keeps the focus, with why next to
 * it. The work itself is a ShortlistBulkRun, which the chooser shows.
 *
 * A list of hundreds makes its rows as they come into sight, as a list view does: those that
 * fill the page at once, then as many a frame as it can take while the rows not made yet are
 * within a screen of what the window shows. Those stand for themselves as one empty row as tall as they
 * would be (the spacer), so the list scrolls as a whole, and rows are made as it scrolls. A row
 * made late shows how the work went for its candidate, as the run kept it.
 */
#define G_LOG_DOMAIN "shortlist-candidate-chooser"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "shortlist-candidate-chooser.h"
#include "shortlist-candidate-refs.h"
#include "shortlist-candidate-row.h"
#include "shortlist-compat.h"
#include "shortlist-field-error.h"
#include "shortlist-widget.h"
#include "shortlist-wrap-layout.h"

/* The header's buttons stay on one line up to this wide: "Open List…" and the count, or the
 * count of a run, always; with Retry Failed and Copy Results as CSV they wrap, so the group asks
 * for no more than a narrow window has */
#define HEADER_LINE_WIDTH 220

/* Before the ATS's own id of a candidate, as in a job ID */
#define REMOTE_PREFIX "remote:"

struct _ShortlistCandidateChooser
{
  AdwPreferencesGroup parent_instance;

  ShortlistAccount *account;
  GtkWidget        *entry;
  GtkWidget        *spinner;
  GListStore       *chosen;
  GPtrArray        *rows;
  GtkWidget        *spacer;      /* as tall as the rows not made yet */
  GtkAdjustment    *scrolling;   /* the page's, which brings rows into sight */
  GtkLabel         *count_label; /* how many candidates the list holds */
  gboolean          show_tags;   /* each row shows the candidate's tags */
  char             *done_tag;    /* what the run does to each candidate's tags */
  gboolean          done_tag_present;
  GPtrArray        *choices; /* rows asking which of several candidates with one address is meant */
  GCancellable     *cancellable;
  GtkWidget        *open_button;
  GtkWidget        *retry_button;
  GtkWidget        *copy_button;
  GtkLabel         *progress_label; /* how far a run is */
  ShortlistBulkRun *run;            /* the work for the candidates, and how it went for each */
  guint             rows_id;        /* making more rows, a part of each frame */
  ShortlistPace     pace;           /* how many a frame can take */
  guint             n_pending;      /* lookups under way */
  GPtrArray        *missing;        /* what they did not find, to type again */
  GListStore       *arrived;        /* found, to join the list once the answers ready now are in */
  guint             arrived_id;
  char             *problem; /* why, when a lookup failed */
};

G_DEFINE_FINAL_TYPE (ShortlistCandidateChooser, shortlist_candidate_chooser, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  CHOSEN_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_count (ShortlistCandidateChooser *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->chosen));
  /* TRANSLATORS: how many candidates the list holds, beside its title */
  g_autofree char *text = g_strdup_printf (ngettext ("%u candidate", "%u candidates", n), n);

  gtk_label_set_text (self->count_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), n > 0 && !shortlist_bulk_run_get_running (self->run));
}

/* The buttons after a run: Retry Failed when some can be, Copy Results once there are some */
static void
update_buttons (ShortlistCandidateChooser *self)
{
  gboolean running = shortlist_bulk_run_get_running (self->run);

  gtk_widget_set_visible (self->retry_button, !running && shortlist_bulk_run_count_retryable (self->run) > 0 &&
                                                  gtk_actionable_get_action_name (GTK_ACTIONABLE (self->retry_button)) != NULL);
  gtk_widget_set_visible (self->copy_button, !running && shortlist_bulk_run_count_outcomes (self->run) > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label), running);
  update_count (self);
}

/* Each outcome of the run on the candidate's row, as it comes */
static void
run_outcome_cb (ShortlistBulkRun          *run,
                KomboCandidateRecord      *candidate,
                guint                      outcome,
                const char                *message,
                const char *const         *warnings,
                ShortlistCandidateChooser *self)
{
  shortlist_candidate_chooser_set_outcome (self, candidate, outcome, message, warnings);
  /* The tag the run adds or takes back, on the row as the candidate's outcome comes */
  if (outcome == SHORTLIST_OUTCOME_DONE && self->done_tag != NULL &&
      kombo_candidate_record_set_tag (candidate, self->done_tag, self->done_tag_present))
    for (guint i = 0; i < self->rows->len; i++)
      if (shortlist_candidate_row_get_record (self->rows->pdata[i]) == candidate)
        shortlist_candidate_row_update_tags (self->rows->pdata[i]);
}

static void
run_progress_cb (ShortlistBulkRun          *run,
                 guint                      n_said,
                 guint                      n_total,
                 ShortlistCandidateChooser *self)
{
  /* TRANSLATORS: how far work for many candidates is: "12 of 200" */
  g_autofree char *text = g_strdup_printf (_ ("%u of %u"), n_said, n_total);

  gtk_label_set_text (self->progress_label, text);
}

/* The rows made at once when candidates are found, those that fill the page down to its
 * bottom (at most FIRST_ROWS_MAX, FIRST_ROWS where the page does not scroll); the rest are
 * made as many a frame as it can take (shortlist_pace_begin()) while they are in reach:
 * hundreds of rows made at once would hold the window still */
#define FIRST_ROWS 10
#define FIRST_ROWS_MAX 24
/* A row's height until rows have been laid out: a name and an address */
#define ROW_HEIGHT_GUESS 58
/* The least a row is high, a name and its ID: the first rows are enough at that */
#define ROW_HEIGHT_LEAST 40

static GtkWidget *
new_row (KomboCandidateRecord      *candidate,
         ShortlistCandidateChooser *self)
{
  GtkWidget       *row = shortlist_candidate_row_new (candidate, self->chosen);
  const char      *message = NULL;
  ShortlistOutcome outcome = shortlist_bulk_run_get_outcome (self->run, kombo_candidate_record_get_id (candidate), &message);

  if (self->show_tags)
    shortlist_candidate_row_show_tags (SHORTLIST_CANDIDATE_ROW (row));
  /* Made after the work was done for the candidate: it shows how it went */
  if (outcome != SHORTLIST_OUTCOME_NONE)
    shortlist_candidate_row_set_outcome (SHORTLIST_CANDIDATE_ROW (row), outcome, message, NULL);
  return row;
}

/* The spacer goes while rows are added, since a group adds them at its end */
static void
take_spacer (ShortlistCandidateChooser *self)
{
  if (gtk_widget_get_parent (self->spacer) != NULL)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->spacer);
}

/* Returns: how high the rows laid out are on average, or @guess before any is */
static int
row_height (ShortlistCandidateChooser *self,
            int                        guess)
{
  int height = 0, n_laid_out = 0;

  for (guint i = 0; i < self->rows->len; i++)
    if (gtk_widget_get_height (self->rows->pdata[i]) > 0)
      {
        height += gtk_widget_get_height (self->rows->pdata[i]);
        n_laid_out++;
      }
  return n_laid_out > 0 ? height / n_laid_out : guess;
}

/* Returns: how many more rows fill what the page shows, below the last laid out (or the
 * entry), at the least a row can be high */
static guint
rows_to_fill (ShortlistCandidateChooser *self)
{
  GtkWidget      *last = self->entry;
  guint           n_new = 0; /* made, not laid out yet */
  graphene_rect_t bounds;
  double          top, page, space;
  guint           fill;

  for (guint i = self->rows->len; i > 0; i--, n_new++)
    if (gtk_widget_get_height (self->rows->pdata[i - 1]) > 0)
      {
        last = self->rows->pdata[i - 1];
        break;
      }
  /* A page not laid out yet (just shown, or never) gets the first rows a page of the window's
   * size takes */
  if (!shortlist_scrolled_bounds (last, &bounds, &top, &page))
    return self->rows->len < FIRST_ROWS ? FIRST_ROWS - self->rows->len : 0;
  space = top + page - (bounds.origin.y + bounds.size.height);
  fill = space > 0 ? MIN ((guint) (space / ROW_HEIGHT_LEAST) + 1, FIRST_ROWS_MAX) : 0;
  return fill > n_new ? fill - n_new : 0;
}

/* Puts the spacer after the rows, as tall as the rows not made yet would be, going by those
 * that are; or takes it away once every row is made */
static void
put_spacer (ShortlistCandidateChooser *self)
{
  guint n_left = g_list_model_get_n_items (G_LIST_MODEL (self->chosen)) - self->rows->len;

  if (n_left == 0)
    {
      take_spacer (self);
      return;
    }
  gtk_widget_set_size_request (self->spacer, -1, (int) n_left * row_height (self, ROW_HEIGHT_GUESS));
  if (gtk_widget_get_parent (self->spacer) != NULL && gtk_widget_get_next_sibling (self->spacer) != NULL)
    take_spacer (self);
  if (gtk_widget_get_parent (self->spacer) == NULL)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->spacer);
}

/* Whether the rows not made yet are within a screen of what the page shows: where the page
 * scrolls to now, against where they were as it was last laid out (which scrolling leaves as it
 * was). A list that does not scroll has them all in reach */
static gboolean
rows_in_reach (ShortlistCandidateChooser *self)
{
  graphene_rect_t bounds;
  double          top, page;

  if (gtk_widget_get_parent (self->spacer) == NULL || !shortlist_scrolled_bounds (self->spacer, &bounds, &top, &page))
    return TRUE;
  return bounds.origin.y < top + 2 * page && bounds.origin.y + bounds.size.height > top - page;
}

static gboolean
more_rows_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  ShortlistCandidateChooser *self = SHORTLIST_CANDIDATE_CHOOSER (widget);
  gboolean                   all;

  /* The other page's chooser, which shares the list, makes its rows once it is shown, and
   * rows out of reach once they come near (a tick kept meanwhile would draw the window every
   * frame) */
  if (!gtk_widget_get_mapped (widget) || !rows_in_reach (self))
    {
      self->rows_id = 0;
      return G_SOURCE_REMOVE;
    }
  /* Rows made since the last frame are laid out for the first time in this one, which is
   * enough for it */
  if (self->rows->len > 0 && gtk_widget_get_width (g_ptr_array_index (self->rows, self->rows->len - 1)) == 0)
    return G_SOURCE_CONTINUE;
  take_spacer (self);
  all = shortlist_group_sync_rows_until (ADW_PREFERENCES_GROUP (self), self->rows, G_LIST_MODEL (self->chosen),
                                         self->rows->len, 0, 0, (GtkWidget * (*) (gpointer, gpointer)) new_row, self,
                                         shortlist_pace_begin (&self->pace, clock), 1);
  put_spacer (self);
  shortlist_pace_end (&self->pace);
  if (!all)
    return G_SOURCE_CONTINUE;
  self->rows_id = 0;
  return G_SOURCE_REMOVE;
}

/* Rows not made yet are made, a part of each frame, if they are in reach by then */
static void
want_rows (ShortlistCandidateChooser *self)
{
  if (self->rows->len < g_list_model_get_n_items (G_LIST_MODEL (self->chosen)) && self->rows_id == 0 &&
      gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->rows_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), more_rows_cb, NULL, NULL);
}

/* Shown: the rows not made while the chooser was not are made now, and more as the page
 * scrolls to them */
static void
mapped_cb (ShortlistCandidateChooser *self)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);

  if (self->scrolling != NULL)
    g_signal_handlers_disconnect_by_data (self->scrolling, self);
  g_clear_object (&self->scrolling);
  if (view != NULL)
    {
      self->scrolling = g_object_ref (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (view)));
      g_signal_connect_swapped (self->scrolling, "value-changed", G_CALLBACK (want_rows), self);
      /* A taller window shows more */
      g_signal_connect_swapped (self->scrolling, "changed", G_CALLBACK (want_rows), self);
    }
  want_rows (self);
}

/* Rows come and go one by one, so each keeps the outcome shown on it; past the first rows, new
 * ones are made a part of each frame at a time, as they come in reach */
static void
chosen_changed_cb (GListModel                *chosen,
                   guint                      position,
                   guint                      removed,
                   guint                      added,
                   ShortlistCandidateChooser *self)
{
  /* The rows that fill the page are made at once, the rest in the frames; a chooser not shown
   * (the other page's, which shares the list) makes its rows once shown */
  guint at_least = gtk_widget_is_visible (GTK_WIDGET (self)) ? rows_to_fill (self) : 0;

  take_spacer (self);
  shortlist_group_sync_rows_until (ADW_PREFERENCES_GROUP (self), self->rows, chosen, position, removed, added,
                                   (GtkWidget * (*) (gpointer, gpointer)) new_row, self, 1, at_least);
  put_spacer (self);
  want_rows (self);
  update_count (self);
  g_signal_emit (self, signals[CHOSEN_CHANGED], 0);
}

static gboolean
shortlist_candidate_chooser_is_chosen (ShortlistCandidateChooser *self,
                                       KomboCandidateRecord      *candidate)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->chosen)); i++)
    {
      g_autoptr (KomboCandidateRecord) other = g_list_model_get_item (G_LIST_MODEL (self->chosen), i);

      if (g_strcmp0 (kombo_candidate_record_get_id (other), kombo_candidate_record_get_id (candidate)) == 0)
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  ShortlistCandidateChooser *self;
  GStrv                      asked; /* the ids or the address looked up */
} Lookup;

static void
lookup_free (Lookup *lookup)
{
  g_strfreev (lookup->asked);
  g_free (lookup);
}

/* Returns: (transfer full): the ids of those @found, or their ATS's own ids when those were
 * asked (@remote), to tell which of hundreds asked were found without comparing each with each */
static GHashTable *
found_ids (GListModel *found,
           gboolean    remote)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; found != NULL && i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (found, i);
      const char *id = remote ? kombo_candidate_record_get_remote_id (candidate) : kombo_candidate_record_get_id (candidate);

      /* @found keeps the candidate, and with it the id */
      if (id != NULL)
        g_hash_table_add (ids, (gpointer) id);
    }
  return ids;
}

static gboolean
was_found (GListModel *found,
           GHashTable *ids,
           const char *asked)
{
  /* An address is matched by the ATS regardless of case; an id is the id */
  if (strchr (asked, '@') != NULL)
    return g_list_model_get_n_items (found) > 0;
  if (g_str_has_prefix (asked, REMOTE_PREFIX))
    asked += strlen (REMOTE_PREFIX);
  return g_hash_table_contains (ids, asked);
}

/* Once every lookup is back: what was not found goes back into the entry, with why */
static void
lookups_done (ShortlistCandidateChooser *self)
{
  g_autofree char  *left = NULL;
  KomboIntegration *integration;

  gtk_widget_set_visible (self->spinner, FALSE);
  g_ptr_array_add (self->missing, NULL);
  left = g_strjoinv (" ", (char **) self->missing->pdata);
  g_ptr_array_set_size (self->missing, 0);
  /* Before what was typed meanwhile, which stays */
  if (*left != '\0')
    {
      const char      *typed = gtk_editable_get_text (GTK_EDITABLE (self->entry));
      g_autofree char *text = *typed != '\0' ? g_strconcat (left, " ", typed, NULL) : g_strdup (left);

      gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
      gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
    }

  integration = shortlist_account_get_active_integration (self->account);
  if (self->problem != NULL)
    shortlist_field_set_error (self->entry, self->problem);
  else if (*left != '\0')
    {
      const char      *ats = integration ? kombo_integration_get_tool_label (integration) : _ ("the applicant tracking system");
      g_autofree char *text = strchr (left, ' ') == NULL
                                  ? g_strdup_printf (_ ("No candidate with this Kombo ID or email address is in %s."), ats)
                                  : g_strdup_printf (_ ("No candidate with these Kombo IDs or email addresses is in %s."), ats);

      shortlist_field_set_error (self->entry, text);
    }
  g_clear_pointer (&self->problem, g_free);
}

static void
remove_choice (ShortlistCandidateChooser *self,
               GtkWidget                 *choice)
{
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), choice);
  g_ptr_array_remove (self->choices, choice);
}

static void
chosen_one_cb (GtkButton            *button,
               KomboCandidateRecord *candidate)
{
  GtkWidget                 *choice = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_EXPANDER_ROW);
  ShortlistCandidateChooser *self = SHORTLIST_CANDIDATE_CHOOSER (gtk_widget_get_ancestor (choice, SHORTLIST_TYPE_CANDIDATE_CHOOSER));

  if (!shortlist_candidate_chooser_is_chosen (self, candidate))
    g_list_store_append (self->chosen, candidate);
  remove_choice (self, choice);
}

static void
unref_candidate (gpointer  candidate,
                 GClosure *closure)
{
  g_object_unref (candidate);
}

static void
add_choice (ShortlistCandidateChooser *self,
            const char                *email,
            GListModel                *found)
{
  guint            n = g_list_model_get_n_items (found);
  GtkWidget       *choice = adw_expander_row_new ();
  g_autofree char *title = g_strdup_printf (ngettext ("%u candidate has %s", "%u candidates have %s", n), n, email);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (choice), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (choice), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (choice), _ ("Choose the one you mean"));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (choice), TRUE);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (found, i);
      g_autofree char *name = kombo_candidate_record_dup_display_name (candidate);
      g_autofree char *description = shortlist_candidate_describe (candidate);
      /* TRANSLATORS: %s is a candidate's name */
      g_autofree char *label = g_strdup_printf (_ ("Choose %s"), name);
      GtkWidget       *row = adw_action_row_new ();
      GtkWidget       *button = gtk_button_new_with_label (_ ("Choose"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_signal_connect_data (button, "clicked", G_CALLBACK (chosen_one_cb), g_object_ref (candidate), unref_candidate, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (choice), row);
    }
  /* Before the rows not made yet, in sight */
  take_spacer (self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), choice);
  put_spacer (self);
  g_ptr_array_add (self->choices, choice);
}

/* Adds those of @found not in the list yet, all at once: the list changes once, not once
 * for each of hundreds */
static void
add_candidates (ShortlistCandidateChooser *self,
                GListModel                *found)
{
  g_autoptr (GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->chosen));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (G_LIST_MODEL (self->chosen), i);

      /* The list holds the candidate, and with it the id */
      g_hash_table_add (listed, (gpointer) kombo_candidate_record_get_id (candidate));
    }
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      KomboCandidateRecord *candidate = g_list_model_get_item (found, i);

      if (g_hash_table_add (listed, (gpointer) kombo_candidate_record_get_id (candidate)))
        g_ptr_array_add (added, candidate);
      else
        g_object_unref (candidate);
    }
  g_list_store_splice (self->chosen, n, 0, added->pdata, added->len);
}

/* The candidates found since the list last changed join it, in one change */
static void
add_arrived (ShortlistCandidateChooser *self)
{
  g_clear_handle_id (&self->arrived_id, g_source_remove);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->arrived)) == 0)
    return;
  add_candidates (self, G_LIST_MODEL (self->arrived));
  g_list_store_remove_all (self->arrived);
}

static gboolean
arrived_cb (gpointer user_data)
{
  ShortlistCandidateChooser *self = user_data;

  self->arrived_id = 0;
  add_arrived (self);
  return G_SOURCE_REMOVE;
}

/* Answers to the lookups come in bursts (many addresses are asked at once): those of one burst
 * join the list together, before the next frame, rather than changing it once each */
static void
take_in (ShortlistCandidateChooser *self,
         GListModel                *found)
{
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (found, i);

      g_list_store_append (self->arrived, candidate);
    }
  /* After the answers ready now, before the frame that draws them */
  if (self->arrived_id == 0)
    self->arrived_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, arrived_cb, self, NULL);
}

static void
found_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Lookup                    *lookup = user_data;
  ShortlistCandidateChooser *self = lookup->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) found = kombo_client_get_candidates_finish (KOMBO_CLIENT (object), result, &error);
  g_autoptr (GHashTable) ids = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      lookup_free (lookup);
      return;
    }

  ids = found_ids (found, g_str_has_prefix (lookup->asked[0], REMOTE_PREFIX));
  for (guint i = 0; lookup->asked[i] != NULL; i++)
    if (found == NULL || !was_found (found, ids, lookup->asked[i]))
      g_ptr_array_add (self->missing, g_strdup (lookup->asked[i]));
  if (found == NULL && self->problem == NULL)
    self->problem = kombo_error_dup_sentence (error);

  /* Several people with one address: the recruiter says which is meant */
  if (found != NULL && strchr (lookup->asked[0], '@') != NULL && g_list_model_get_n_items (found) > 1)
    add_choice (self, lookup->asked[0], found);
  else if (found != NULL)
    take_in (self, found);

  lookup_free (lookup);
  if (--self->n_pending == 0)
    {
      add_arrived (self);
      lookups_done (self);
    }
}

static void
look_up (ShortlistCandidateChooser *self,
         const char *const         *asked)
{
  Lookup *lookup = g_new0 (Lookup, 1);

  lookup->self = self;
  lookup->asked = g_strdupv ((char **) asked);
  self->n_pending++;
  if (strchr (asked[0], '@') != NULL)
    kombo_client_get_candidates_by_email_async (shortlist_account_get_client (self->account), asked[0], self->cancellable,
                                                found_cb, lookup);
  else if (g_str_has_prefix (asked[0], REMOTE_PREFIX))
    {
      g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
      g_auto (GStrv) remote_ids = NULL;

      for (guint i = 0; asked[i] != NULL; i++)
        g_strv_builder_add (builder, asked[i] + strlen (REMOTE_PREFIX));
      remote_ids = g_strv_builder_end (builder);
      kombo_client_get_candidates_by_remote_ids_async (shortlist_account_get_client (self->account),
                                                       (const char *const *) remote_ids, self->cancellable, found_cb, lookup);
    }
  else
    kombo_client_get_candidates_by_ids_async (shortlist_account_get_client (self->account), asked, self->cancellable,
                                              found_cb, lookup);
}

/* Kombo takes this many ids in one call */
#define IDS_PER_CALL 250

/* Looks up @ids (a pointer array of strings) in calls of at most IDS_PER_CALL each */
static void
look_up_many (ShortlistCandidateChooser *self,
              GPtrArray                 *ids)
{
  for (guint start = 0; start < ids->len; start += IDS_PER_CALL)
    {
      guint                   n = MIN (IDS_PER_CALL, ids->len - start);
      g_autofree const char **some = g_new0 (const char *, n + 1);

      memcpy (some, ids->pdata + start, n * sizeof (char *));
      look_up (self, some);
    }
}

/**
 * shortlist_candidate_chooser_look_up:
 * @text: Kombo IDs or email addresses (matched regardless of case), one or several, separated
 *   by spaces, commas, semicolons or lines
 *
 * Adds the candidates found to the list; what was not found stays in the entry with why.
 *
 * Returns: whether anything was looked up: %FALSE when @text holds nothing to look up
 */
gboolean
shortlist_candidate_chooser_look_up (ShortlistCandidateChooser *self,
                                     const char                *text)
{
  /* All of them, cheaply: the limit below says when there were too many */
  g_auto (GStrv) words = shortlist_candidate_refs_split (text ? text : "", FALSE, G_MAXUINT);
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();
  g_autoptr (GPtrArray) remote_ids = g_ptr_array_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *too_many = NULL;

  g_return_val_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self), FALSE);

  shortlist_field_clear_error (self->entry);
  for (guint i = 0; words[i] != NULL; i++)
    {
      /* Each is asked for once, however often it was pasted */
      if (*words[i] == '\0' || !g_hash_table_add (seen, g_utf8_casefold (words[i], -1)))
        continue;
      /* A wrong paste does not flood Kombo */
      if (g_hash_table_size (seen) > SHORTLIST_CANDIDATE_REFS_MAX)
        {
          g_autofree char *said = g_strdup_printf (_ ("Only the first %u candidates are looked up."), SHORTLIST_CANDIDATE_REFS_MAX);

          too_many = g_steal_pointer (&said);
          break;
        }
      if (strchr (words[i], '@') != NULL)
        look_up (self, (const char *const[]){ words[i], NULL });
      else if (g_str_has_prefix (words[i], REMOTE_PREFIX) && words[i][strlen (REMOTE_PREFIX)] != '\0')
        g_ptr_array_add (remote_ids, words[i]);
      else
        g_ptr_array_add (ids, words[i]);
    }
  /* The ids in calls of their own, the ATS's own ids in others, as many to a call as Kombo takes */
  look_up_many (self, ids);
  look_up_many (self, remote_ids);

  if (g_hash_table_size (seen) == 0)
    {
      shortlist_field_set_error (self->entry, _ ("Enter a Kombo ID or an email address."));
      return FALSE;
    }
  if (too_many != NULL)
    shortlist_field_set_error (self->entry, too_many);
  gtk_widget_set_visible (self->spinner, TRUE);
  return TRUE;
}

static void
list_read_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ShortlistCandidateChooser *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *problem = NULL;
  g_auto (GStrv) entries = shortlist_candidate_refs_read_finish (result, &problem, &error);
  g_autofree char *text = NULL;

  if (entries == NULL)
    return; /* cancelled: the chooser may be gone */

  text = g_strjoinv (" ", entries);
  gtk_widget_set_visible (self->spinner, self->n_pending > 0);
  if (*text != '\0')
    shortlist_candidate_chooser_look_up (self, text);
  /* Said after the lookups start, which clear what was said before */
  if (problem != NULL)
    shortlist_field_set_error (self->entry, problem);
}

/**
 * shortlist_candidate_chooser_open_files:
 *
 * Looks up the email addresses and Kombo IDs in @files, such as an Excel workbook or a spreadsheet saved as CSV
 * or a plain list, dropped on the window or opened.
 */
void
shortlist_candidate_chooser_open_files (ShortlistCandidateChooser *self,
                                        GFile                    **files,
                                        guint                      n_files)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self));

  shortlist_field_clear_error (self->entry);
  gtk_widget_set_visible (self->spinner, TRUE);
  shortlist_candidate_refs_read_async (files, n_files, self->cancellable, list_read_cb, self);
}

static void
chosen_files_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ShortlistCandidateChooser *self = user_data;
  g_autoptr (GPtrArray) files = shortlist_choose_files_finish (result);

  if (files != NULL && files->len > 0)
    shortlist_candidate_chooser_open_files (self, (GFile **) files->pdata, files->len);
  g_object_unref (self);
}

static void
open_list_cb (ShortlistCandidateChooser *self)
{
  shortlist_choose_files (GTK_WIDGET (self), _ ("Open a List of Candidates"), _ ("_Open"), FALSE, TRUE, NULL,
                          chosen_files_cb, g_object_ref (self));
}

static void
apply_cb (ShortlistCandidateChooser *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));

  /* The entry stays where the person types: the next address can go in meanwhile */
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  /* Nothing to look up: what was typed stays, with why */
  if (!shortlist_candidate_chooser_look_up (self, text))
    gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
}

static void
copy_cb (ShortlistCandidateChooser *self)
{
  g_autofree char *csv = shortlist_bulk_run_dup_csv (self->run, G_LIST_MODEL (self->chosen));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), csv);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", _ ("Results copied"));
}

/* The action that does the work again for the candidates it failed for, such as "tag.retry" */
void
shortlist_candidate_chooser_set_retry_action (ShortlistCandidateChooser *self,
                                              const char                *action_name)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->retry_button), action_name);
  update_buttons (self);
}

static void
shortlist_candidate_chooser_dispose (GObject *object)
{
  ShortlistCandidateChooser *self = (ShortlistCandidateChooser *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chosen != NULL)
    g_signal_handlers_disconnect_by_data (self->chosen, self);
  g_clear_object (&self->chosen);
  g_clear_object (&self->account);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->spacer);
  if (self->scrolling != NULL)
    g_signal_handlers_disconnect_by_data (self->scrolling, self);
  g_clear_object (&self->scrolling);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_clear_pointer (&self->missing, g_ptr_array_unref);
  g_clear_handle_id (&self->arrived_id, g_source_remove);
  g_clear_object (&self->arrived);
  if (self->rows_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->rows_id);
  self->rows_id = 0;
  shortlist_pace_clear (&self->pace);
  if (self->run != NULL)
    g_signal_handlers_disconnect_by_data (self->run, self);
  g_clear_object (&self->run);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->done_tag, g_free);

  G_OBJECT_CLASS (shortlist_candidate_chooser_parent_class)->dispose (object);
}

static void
shortlist_candidate_chooser_class_init (ShortlistCandidateChooserClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = shortlist_candidate_chooser_dispose;

  /**
   * ShortlistCandidateChooser::chosen-changed:
   *
   * Candidates came into the list or left it, whichever list the chooser shows now (see
   * shortlist_candidate_chooser_share_list()).
   */
  signals[CHOSEN_CHANGED] = g_signal_new ("chosen-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
}

static void
shortlist_candidate_chooser_init (ShortlistCandidateChooser *self)
{
  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
  /* Nothing to see, to reach or to read: it only keeps the place of the rows to come */
  self->spacer = g_object_ref_sink (adw_preferences_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->spacer), FALSE);
  gtk_widget_set_focusable (self->spacer, FALSE);
  gtk_widget_set_can_target (self->spacer, FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->spacer), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self->spacer), FALSE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->spacer), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  self->choices = g_ptr_array_new ();
  self->missing = g_ptr_array_new_with_free_func (g_free);
  self->arrived = g_list_store_new (KOMBO_TYPE_CANDIDATE_RECORD);
  self->run = shortlist_bulk_run_new ();
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
  g_signal_connect (self->run, "outcome", G_CALLBACK (run_outcome_cb), self);
  g_signal_connect (self->run, "progress", G_CALLBACK (run_progress_cb), self);
  g_signal_connect_swapped (self->run, "notify::running", G_CALLBACK (update_buttons), self);
  self->chosen = g_list_store_new (KOMBO_TYPE_CANDIDATE_RECORD);
  g_signal_connect (self->chosen, "items-changed", G_CALLBACK (chosen_changed_cb), self);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _ ("Candidates"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _ ("Find candidates by their Kombo IDs, email addresses or the ATS’s own IDs (remote:1234): type or paste one or many, then press Enter. The work is done for every candidate in the list."));

  self->entry = adw_entry_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->entry), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->entry), _ ("Kombo IDs or email addresses"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->entry), TRUE);
  g_signal_connect_swapped (self->entry, "apply", G_CALLBACK (apply_cb), self);
  g_signal_connect_swapped (self->entry, "entry-activated", G_CALLBACK (apply_cb), self);
  self->spinner = shortlist_spinner_new ();
  gtk_widget_set_visible (self->spinner, FALSE);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->entry), self->spinner);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->entry);

  {
    /* Side by side, and on further lines beyond a line of HEADER_LINE_WIDTH: the buttons that
     * come and go with a run never change how wide the page is, which would lay out every row
     * again, and stay within a narrow window */
    g_autoptr (GtkLayoutManager) wrap = shortlist_wrap_layout_new (6, HEADER_LINE_WIDTH);
    GtkWidget *buttons = g_object_new (GTK_TYPE_BOX, "layout-manager", wrap, NULL);

    GtkWidget *open_button = self->open_button = gtk_button_new_with_mnemonic (_ ("_Open List…"));

    gtk_widget_set_tooltip_text (open_button, _ ("Look up the email addresses or Kombo IDs in an Excel workbook, a spreadsheet saved as CSV, or a text file. Such files can be dropped on the window too."));
    gtk_widget_add_css_class (open_button, "flat");
    gtk_widget_set_valign (open_button, GTK_ALIGN_CENTER);
    g_signal_connect_swapped (open_button, "clicked", G_CALLBACK (open_list_cb), self);
    gtk_box_append (GTK_BOX (buttons), open_button);
    self->count_label = GTK_LABEL (gtk_label_new (NULL));
    gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
    gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "numeric");
    gtk_widget_set_visible (GTK_WIDGET (self->count_label), FALSE);
    gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->count_label));
    self->progress_label = GTK_LABEL (gtk_label_new (NULL));
    gtk_widget_add_css_class (GTK_WIDGET (self->progress_label), "dim-label");
    gtk_widget_add_css_class (GTK_WIDGET (self->progress_label), "numeric");
    gtk_widget_set_visible (GTK_WIDGET (self->progress_label), FALSE);
    gtk_box_append (GTK_BOX (buttons), GTK_WIDGET (self->progress_label));
    self->retry_button = gtk_button_new_with_mnemonic (_ ("_Retry Failed"));
    self->copy_button = gtk_button_new_with_mnemonic (_ ("_Copy Results as CSV"));
    gtk_widget_set_tooltip_text (self->copy_button, _ ("Each candidate’s outcome, to paste into a spreadsheet"));
    g_signal_connect_swapped (self->copy_button, "clicked", G_CALLBACK (copy_cb), self);
    for (GtkWidget *b = self->retry_button; b != NULL; b = b == self->retry_button ? self->copy_button : NULL)
      {
        gtk_widget_add_css_class (b, "flat");
        gtk_widget_set_valign (b, GTK_ALIGN_CENTER);
        gtk_widget_set_visible (b, FALSE);
        gtk_box_append (GTK_BOX (buttons), b);
      }
    adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), buttons);
  }
}

static void
integration_changed_cb (ShortlistCandidateChooser *self)
{
  /* A candidate of one ATS is no one in another */
  shortlist_candidate_chooser_clear (self);
}

/**
 * shortlist_candidate_chooser_share_list:
 * @other: a chooser whose list becomes @self's
 *
 * The two choosers show the same candidates from now on, as the Tags and Result Links pages
 * do: finding someone on one finds them on the other. Each keeps its own outcomes.
 */
void
shortlist_candidate_chooser_share_list (ShortlistCandidateChooser *self,
                                        ShortlistCandidateChooser *other)
{
  guint n;

  g_return_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self));
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (other));

  g_signal_handlers_disconnect_by_data (other->chosen, other);
  n = g_list_model_get_n_items (G_LIST_MODEL (other->chosen));
  chosen_changed_cb (G_LIST_MODEL (other->chosen), 0, n, 0, other);
  g_set_object (&other->chosen, self->chosen);
  g_signal_connect (other->chosen, "items-changed", G_CALLBACK (chosen_changed_cb), other);
  n = g_list_model_get_n_items (G_LIST_MODEL (other->chosen));
  chosen_changed_cb (G_LIST_MODEL (other->chosen), 0, 0, n, other);
}

void
shortlist_candidate_chooser_set_account (ShortlistCandidateChooser *self,
                                         ShortlistAccount          *account)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self));
  g_return_if_fail (self->account == NULL);

  self->account = g_object_ref (account);
  g_signal_connect_object (account, "notify::active-integration", G_CALLBACK (integration_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

/* Returns: (transfer none): the chosen candidates, as KomboCandidateRecord */
GListModel *
shortlist_candidate_chooser_get_chosen (ShortlistCandidateChooser *self)
{
  g_return_val_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self), NULL);
  return G_LIST_MODEL (self->chosen);
}

GtkWidget *
shortlist_candidate_chooser_get_entry (ShortlistCandidateChooser *self)
{
  g_return_val_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self), NULL);
  return self->entry;
}

/**
 * shortlist_candidate_chooser_set_outcome:
 * @message: (nullable): a failure, shown next to the candidate
 * @warnings: (nullable): what the ATS remarked
 */
void
shortlist_candidate_chooser_set_outcome (ShortlistCandidateChooser *self,
                                         KomboCandidateRecord      *candidate,
                                         ShortlistOutcome           outcome,
                                         const char                *message,
                                         const char *const         *warnings)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self));

  for (guint i = 0; i < self->rows->len; i++)
    if (shortlist_candidate_row_get_record (self->rows->pdata[i]) == candidate)
      shortlist_candidate_row_set_outcome (self->rows->pdata[i], outcome, message, warnings);
}

/* Returns: how the last work for the candidate @candidate_id went */
ShortlistOutcome
shortlist_candidate_chooser_get_outcome (ShortlistCandidateChooser *self,
                                         const char                *candidate_id)
{
  const char *message = NULL;

  g_return_val_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self), SHORTLIST_OUTCOME_NONE);
  return shortlist_bulk_run_get_outcome (self->run, candidate_id, &message);
}

void
shortlist_candidate_chooser_clear (ShortlistCandidateChooser *self)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self));

  /* Lookups under way were in the ATS of before */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->n_pending = 0;
  g_ptr_array_set_size (self->missing, 0);
  g_clear_handle_id (&self->arrived_id, g_source_remove);
  g_list_store_remove_all (self->arrived);
  g_clear_pointer (&self->problem, g_free);
  gtk_widget_set_visible (self->spinner, FALSE);

  g_list_store_remove_all (self->chosen);
  shortlist_field_clear_error (self->entry);
  shortlist_bulk_run_forget (self->run);
  while (self->choices->len > 0)
    remove_choice (self, self->choices->pdata[0]);
  update_buttons (self);
}

static void
ran_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  GError                    *error = NULL;
  guint                      n_done = 0;
  gboolean                   done = shortlist_bulk_run_run_finish (SHORTLIST_BULK_RUN (object), result, &n_done, &error);
  ShortlistCandidateChooser *self = g_task_get_source_object (task);

  /* The run is over: what it did to the tags is said */
  g_clear_pointer (&self->done_tag, g_free);
  g_task_set_task_data (task, GUINT_TO_POINTER (n_done), NULL);
  if (done)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * shortlist_candidate_chooser_run_async:
 * @followup: (nullable): what was done, as the history says it for each candidate it was done for
 * @failed_only: whether to do it only for the candidates it failed for last time
 * @was_done: (nullable): whether a candidate, as read again, has what @work does
 *
 * Does @work for each chosen candidate (shortlist_bulk_run_run_async()); each outcome shows on
 * the candidate's row as it comes.
 */
void
shortlist_candidate_chooser_run_async (ShortlistCandidateChooser *self,
                                       KomboBatchWork             work,
                                       KomboBatchFinish           finish,
                                       GObject                   *work_data,
                                       const char                *followup,
                                       gboolean                   failed_only,
                                       ShortlistWasDone           was_done,
                                       GCancellable              *cancellable,
                                       GAsyncReadyCallback        callback,
                                       gpointer                   user_data)
{
  GTask *task;

  g_return_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, shortlist_candidate_chooser_run_async);
  shortlist_bulk_run_run_async (self->run, shortlist_account_get_client (self->account),
                                shortlist_account_get_store (self->account), G_LIST_MODEL (self->chosen),
                                work, finish, work_data, followup, failed_only, was_done, cancellable, ran_cb, task);
}

/**
 * shortlist_candidate_chooser_run_finish:
 * @n_done: (out): how many candidates the work was done for
 */
gboolean
shortlist_candidate_chooser_run_finish (ShortlistCandidateChooser *self,
                                        GAsyncResult              *result,
                                        guint                     *n_done,
                                        GError                   **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  *n_done = GPOINTER_TO_UINT (g_task_get_task_data (G_TASK (result)));
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * shortlist_candidate_chooser_set_locked:
 * @locked: whether work for the candidates is under way
 *
 * While work is done for the candidates, what it was asked with stays as it is: the rest of
 * the form around the chooser is insensitive, and the list cannot change (nothing is typed,
 * opened or removed). The list is only kept from the pointer and the keyboard, not made
 * insensitive: hundreds of rows taking a new look each would hold the window still, twice a
 * run.
 */
void
shortlist_candidate_chooser_set_locked (ShortlistCandidateChooser *self,
                                        gboolean                   locked)
{
  GtkWidget *form;

  g_return_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self));

  form = gtk_widget_get_parent (GTK_WIDGET (self));
  for (GtkWidget *child = form ? gtk_widget_get_first_child (form) : NULL; child != NULL; child = gtk_widget_get_next_sibling (child))
    if (child != GTK_WIDGET (self))
      gtk_widget_set_sensitive (child, !locked);
  gtk_widget_set_sensitive (self->entry, !locked);
  gtk_widget_set_sensitive (self->open_button, !locked);
  gtk_widget_set_can_target (GTK_WIDGET (self), !locked);
  gtk_widget_set_can_focus (GTK_WIDGET (self), !locked);
}

/* Each row shows the candidate's tags, each with a button to take it back ("tag.take-back") */
void
shortlist_candidate_chooser_set_show_tags (ShortlistCandidateChooser *self,
                                           gboolean                   show_tags)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self));
  self->show_tags = show_tags;
}

/**
 * shortlist_candidate_chooser_set_tag:
 * @candidate_ids: (array zero-terminated=1): the Kombo IDs of the candidates
 * @present: whether they have the tag now
 *
 * Says on the candidates' records, and on their rows, that a tag was added or taken back: in
 * one pass over the list, however many they are.
 */
void
shortlist_candidate_chooser_set_tag (ShortlistCandidateChooser *self,
                                     const char *const         *candidate_ids,
                                     const char                *tag,
                                     gboolean                   present)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) changed = g_hash_table_new (NULL, NULL);

  g_return_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self));

  for (guint i = 0; candidate_ids[i] != NULL; i++)
    g_hash_table_add (ids, (gpointer) candidate_ids[i]);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->chosen)); i++)
    {
      g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (G_LIST_MODEL (self->chosen), i);

      if (g_hash_table_contains (ids, kombo_candidate_record_get_id (candidate)) &&
          kombo_candidate_record_set_tag (candidate, tag, present))
        g_hash_table_add (changed, candidate);
    }
  /* Only the rows whose tags changed are made again: the others already show them */
  for (guint i = 0; i < self->rows->len && g_hash_table_size (changed) > 0; i++)
    if (g_hash_table_contains (changed, shortlist_candidate_row_get_record (self->rows->pdata[i])))
      shortlist_candidate_row_update_tags (self->rows->pdata[i]);
}

/**
 * shortlist_candidate_chooser_set_done_tag:
 * @tag: (nullable): the tag the next run adds or takes back, or %NULL
 * @present: whether a candidate the run is done for has the tag then
 *
 * Each candidate the next run is done for shows that it has @tag, or no longer, as its outcome
 * comes: the rows take their tags one at a time as the run goes, not all at once after it.
 */
void
shortlist_candidate_chooser_set_done_tag (ShortlistCandidateChooser *self,
                                          const char                *tag,
                                          gboolean                   present)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self));

  g_free (self->done_tag);
  self->done_tag = g_strdup (tag);
  self->done_tag_present = present;
}
