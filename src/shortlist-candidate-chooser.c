/* shortlist-candidate-chooser.c: finds candidates by Kombo ID or email, to act on one or many
 *
 * Kombo has no search by name, so a candidate is found by their Kombo ID or email address.
 * Several can be typed or pasted at once, separated by spaces, commas, semicolons or lines:
 * the ids are asked for together, each address on its own, all at once. Each candidate found
 * gets a ShortlistCandidateRow, where the outcome of the work then appears; what was not found
 * stays in the entry, which keeps the focus, with why next to it.
 */
#define G_LOG_DOMAIN "shortlist-candidate-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-candidate-chooser.h"
#include "shortlist-candidate-list.h"
#include "shortlist-candidate-row.h"
#include "shortlist-compat.h"
#include "shortlist-form.h"
#include "shortlist-widget.h"

struct _ShortlistCandidateChooser
{
  AdwPreferencesGroup parent_instance;

  ShortlistAccount *account;
  ShortlistStore   *store;
  GtkWidget        *entry;
  GtkWidget        *spinner;
  GListStore       *chosen;
  GPtrArray        *rows;
  GCancellable     *cancellable;
  GtkWidget        *retry_button;
  GtkWidget        *copy_button;
  GHashTable       *outcomes; /* candidate id → Outcome, of the last run */
  gboolean          running;
  guint             n_pending; /* lookups under way */
  GPtrArray        *missing;   /* what they did not find, to type again */
  char             *problem;   /* why, when a lookup failed */
};

G_DEFINE_FINAL_TYPE (ShortlistCandidateChooser, shortlist_candidate_chooser, ADW_TYPE_PREFERENCES_GROUP)

/* How the work went for one candidate */
typedef struct
{
  ShortlistOutcome outcome;
  char            *message;
  gboolean         unknown; /* it may have been done: not to be tried again blindly */
} Outcome;

static void
outcome_free (Outcome *outcome)
{
  g_free (outcome->message);
  g_free (outcome);
}

static gboolean
is_retryable (Outcome *outcome)
{
  return outcome->outcome == SHORTLIST_OUTCOME_FAILED && !outcome->unknown;
}

/* The buttons after a run: Retry Failed when some can be, Copy Results once there are some */
static void
update_buttons (ShortlistCandidateChooser *self)
{
  GHashTableIter iter;
  gpointer       value;
  guint          n_retryable = 0;

  g_hash_table_iter_init (&iter, self->outcomes);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n_retryable += is_retryable (value);
  gtk_widget_set_visible (self->retry_button, !self->running && n_retryable > 0 &&
                                                  gtk_actionable_get_action_name (GTK_ACTIONABLE (self->retry_button)) != NULL);
  gtk_widget_set_visible (self->copy_button, !self->running && g_hash_table_size (self->outcomes) > 0);
}

static GtkWidget *
new_row (KomboCandidateRecord      *candidate,
         ShortlistCandidateChooser *self)
{
  return shortlist_candidate_row_new (candidate, self->chosen);
}

/* Rows come and go one by one, so each keeps the outcome shown on it */
static void
chosen_changed_cb (GListModel                *chosen,
                   guint                      position,
                   guint                      removed,
                   guint                      added,
                   ShortlistCandidateChooser *self)
{
  shortlist_group_sync_rows (ADW_PREFERENCES_GROUP (self), self->rows, chosen, position, removed, added,
                             (GtkWidget * (*) (gpointer, gpointer)) new_row, self);
}

static gboolean
is_chosen (ShortlistCandidateChooser *self,
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

static gboolean
was_found (GListModel *found,
           const char *asked)
{
  /* An address is matched by the ATS regardless of case; an id is the id */
  if (strchr (asked, '@') != NULL)
    return g_list_model_get_n_items (found) > 0;
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (found, i);

      if (g_strcmp0 (kombo_candidate_record_get_id (candidate), asked) == 0)
        return TRUE;
    }
  return FALSE;
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
    shortlist_form_set_error (self->entry, self->problem);
  else if (*left != '\0')
    {
      const char      *ats = integration ? kombo_integration_get_tool_label (integration) : _ ("the applicant tracking system");
      g_autofree char *text = strchr (left, ' ') == NULL
                                  ? g_strdup_printf (_ ("No candidate with this Kombo ID or email address is in %s."), ats)
                                  : g_strdup_printf (_ ("No candidate with these Kombo IDs or email addresses is in %s."), ats);

      shortlist_form_set_error (self->entry, text);
    }
  g_clear_pointer (&self->problem, g_free);
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

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      lookup_free (lookup);
      return;
    }

  for (guint i = 0; lookup->asked[i] != NULL; i++)
    if (found == NULL || !was_found (found, lookup->asked[i]))
      g_ptr_array_add (self->missing, g_strdup (lookup->asked[i]));
  if (found == NULL && self->problem == NULL)
    self->problem = kombo_error_dup_sentence (error);

  for (guint i = 0; found != NULL && i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (found, i);

      if (!is_chosen (self, candidate))
        g_list_store_append (self->chosen, candidate);
    }

  lookup_free (lookup);
  if (--self->n_pending == 0)
    lookups_done (self);
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
  else
    kombo_client_get_candidates_by_ids_async (shortlist_account_get_client (self->account), asked, self->cancellable,
                                              found_cb, lookup);
}

/**
 * shortlist_candidate_chooser_look_up:
 * @text: Kombo IDs or email addresses (matched regardless of case), one or several, separated
 *   by spaces, commas, semicolons or lines
 *
 * Adds the candidates found to the list; what was not found stays in the entry with why.
 */
void
shortlist_candidate_chooser_look_up (ShortlistCandidateChooser *self,
                                     const char                *text)
{
  g_auto (GStrv) words = g_regex_split_simple ("[\\s,;]+", text ? text : "", 0, 0);
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self));

  shortlist_form_clear_error (self->entry);
  for (guint i = 0; words[i] != NULL; i++)
    {
      /* Each is asked for once, however often it was pasted */
      if (*words[i] == '\0' || !g_hash_table_add (seen, g_utf8_casefold (words[i], -1)))
        continue;
      if (strchr (words[i], '@') != NULL)
        look_up (self, (const char *const[]){ words[i], NULL });
      else
        g_ptr_array_add (ids, words[i]);
    }
  if (ids->len > 0)
    {
      g_ptr_array_add (ids, NULL);
      look_up (self, (const char *const *) ids->pdata);
    }

  if (g_hash_table_size (seen) == 0)
    {
      shortlist_form_set_error (self->entry, _ ("Enter a Kombo ID or an email address."));
      return;
    }
  gtk_widget_set_visible (self->spinner, TRUE);
}

static void
list_read_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ShortlistCandidateChooser *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *problem = NULL;
  g_auto (GStrv) entries = shortlist_candidate_list_read_finish (result, &problem, &error);
  g_autofree char *text = NULL;

  if (entries == NULL)
    return; /* cancelled: the chooser may be gone */

  text = g_strjoinv (" ", entries);
  gtk_widget_set_visible (self->spinner, self->n_pending > 0);
  if (*text != '\0')
    shortlist_candidate_chooser_look_up (self, text);
  /* Said after the lookups start, which clear what was said before */
  if (problem != NULL)
    shortlist_form_set_error (self->entry, problem);
}

/**
 * shortlist_candidate_chooser_open_files:
 *
 * Looks up the email addresses and Kombo IDs in @files, such as a spreadsheet saved as CSV
 * or a plain list, dropped on the window or opened.
 */
void
shortlist_candidate_chooser_open_files (ShortlistCandidateChooser *self,
                                        GFile                    **files,
                                        guint                      n_files)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self));

  shortlist_form_clear_error (self->entry);
  gtk_widget_set_visible (self->spinner, TRUE);
  shortlist_candidate_list_read_async (files, n_files, self->cancellable, list_read_cb, self);
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
  shortlist_candidate_chooser_look_up (self, text);
  /* Nothing to look up: what was typed stays, with why */
  if (self->n_pending == 0)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
}

static void
append_csv_field (GString    *csv,
                  const char *field,
                  gboolean    last)
{
  /* RFC 4180: quoted when it holds a comma, a quote or a line end; quotes doubled */
  if (field != NULL && strpbrk (field, ",\"\r\n") != NULL)
    {
      g_autoptr (GString) quoted = g_string_new (field);

      g_string_replace (quoted, "\"", "\"\"", 0);
      g_string_append_printf (csv, "\"%s\"", quoted->str);
    }
  else if (field != NULL)
    g_string_append (csv, field);
  g_string_append (csv, last ? "\r\n" : ",");
}

/**
 * shortlist_candidate_chooser_dup_results_csv:
 *
 * Returns: the chosen candidates and how the last run went for each, as CSV with a header
 */
char *
shortlist_candidate_chooser_dup_results_csv (ShortlistCandidateChooser *self)
{
  GString *csv = g_string_new (NULL);

  g_return_val_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self), NULL);

  append_csv_field (csv, _ ("Kombo ID"), FALSE);
  append_csv_field (csv, _ ("Name"), FALSE);
  append_csv_field (csv, _ ("Email address"), FALSE);
  append_csv_field (csv, _ ("Outcome"), FALSE);
  append_csv_field (csv, _ ("Message"), TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->chosen)); i++)
    {
      g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (G_LIST_MODEL (self->chosen), i);
      g_autofree char *name = kombo_candidate_record_dup_display_name (candidate);
      Outcome         *outcome = g_hash_table_lookup (self->outcomes, kombo_candidate_record_get_id (candidate));
      const char      *said = outcome == NULL                              ? _ ("Not tried")
                              : outcome->outcome == SHORTLIST_OUTCOME_DONE ? _ ("Done")
                              : outcome->unknown                           ? _ ("Unknown")
                                                                           : _ ("Failed");

      append_csv_field (csv, kombo_candidate_record_get_id (candidate), FALSE);
      append_csv_field (csv, name, FALSE);
      append_csv_field (csv, kombo_candidate_record_get_email_address (candidate), FALSE);
      append_csv_field (csv, said, FALSE);
      append_csv_field (csv, outcome ? outcome->message : NULL, TRUE);
    }
  return g_string_free (csv, FALSE);
}

static void
copy_cb (ShortlistCandidateChooser *self)
{
  g_autofree char *csv = shortlist_candidate_chooser_dup_results_csv (self);

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
  g_clear_object (&self->store);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->missing, g_ptr_array_unref);
  g_clear_pointer (&self->outcomes, g_hash_table_unref);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (shortlist_candidate_chooser_parent_class)->dispose (object);
}

static void
shortlist_candidate_chooser_class_init (ShortlistCandidateChooserClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = shortlist_candidate_chooser_dispose;
}

static void
shortlist_candidate_chooser_init (ShortlistCandidateChooser *self)
{
  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
  self->missing = g_ptr_array_new_with_free_func (g_free);
  self->outcomes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) outcome_free);
  self->chosen = g_list_store_new (KOMBO_TYPE_CANDIDATE_RECORD);
  g_signal_connect (self->chosen, "items-changed", G_CALLBACK (chosen_changed_cb), self);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _ ("Candidates"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _ ("Find candidates by their Kombo IDs or email addresses: type or paste one or many, then press Enter. The work is done for every candidate in the list."));

  self->entry = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->entry), _ ("Kombo IDs or email addresses"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->entry), TRUE);
  g_signal_connect_swapped (self->entry, "apply", G_CALLBACK (apply_cb), self);
  g_signal_connect_swapped (self->entry, "entry-activated", G_CALLBACK (apply_cb), self);
  self->spinner = gtk_spinner_new ();
  gtk_spinner_start (GTK_SPINNER (self->spinner));
  gtk_widget_set_visible (self->spinner, FALSE);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->entry), self->spinner);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->entry);

  {
    GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

    GtkWidget *open_button = gtk_button_new_with_mnemonic (_ ("_Open List…"));

    gtk_widget_set_tooltip_text (open_button, _ ("Look up the email addresses or Kombo IDs in a spreadsheet saved as CSV, or in a text file. Such files can be dropped on the window too."));
    gtk_widget_add_css_class (open_button, "flat");
    gtk_widget_set_valign (open_button, GTK_ALIGN_CENTER);
    g_signal_connect_swapped (open_button, "clicked", G_CALLBACK (open_list_cb), self);
    gtk_box_append (GTK_BOX (buttons), open_button);
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

/* Keeps what is done to each candidate with their submissions in @store's history */
void
shortlist_candidate_chooser_set_store (ShortlistCandidateChooser *self,
                                       ShortlistStore            *store)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self));
  g_return_if_fail (store == NULL || SHORTLIST_IS_STORE (store));

  g_set_object (&self->store, store);
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
  g_clear_pointer (&self->problem, g_free);
  gtk_widget_set_visible (self->spinner, FALSE);

  g_list_store_remove_all (self->chosen);
  shortlist_form_clear_error (self->entry);
  g_hash_table_remove_all (self->outcomes);
  update_buttons (self);
}

typedef struct
{
  GPtrArray       *candidates; /* a snapshot, so removing a row meanwhile changes nothing */
  guint            n_done;
  char            *followup;
  ShortlistWasDone was_done;
  GObject         *work_data;
  GPtrArray       *unknown; /* ids of the candidates whose outcome is unknown */
  GError          *error;   /* the batch's */
} Run;

static void
run_free (Run *run)
{
  g_ptr_array_unref (run->candidates);
  g_ptr_array_unref (run->unknown);
  g_free (run->followup);
  g_clear_object (&run->work_data);
  g_clear_error (&run->error);
  g_free (run);
}

static KomboCandidateRecord *
run_find (Run        *run,
          const char *candidate_id)
{
  for (guint i = 0; i < run->candidates->len; i++)
    if (g_strcmp0 (kombo_candidate_record_get_id (run->candidates->pdata[i]), candidate_id) == 0)
      return run->candidates->pdata[i];
  return NULL;
}

/* Records that the work was done for @candidate_id: on the row, in the outcomes and the history */
static void
record_done (ShortlistCandidateChooser *self,
             Run                       *run,
             const char                *candidate_id,
             const char *const         *warnings)
{
  Outcome *outcome = g_new0 (Outcome, 1);

  outcome->outcome = SHORTLIST_OUTCOME_DONE;
  g_hash_table_replace (self->outcomes, g_strdup (candidate_id), outcome);
  shortlist_candidate_chooser_set_outcome (self, run_find (run, candidate_id), SHORTLIST_OUTCOME_DONE, NULL, warnings);
  /* What was done is kept with the candidate's submissions in the history */
  if (self->store != NULL && run->followup != NULL)
    shortlist_store_add_followup_async (self->store, candidate_id, run->followup, NULL, NULL, NULL);
}

static void
record_failed (ShortlistCandidateChooser *self,
               Run                       *run,
               const char                *candidate_id,
               const char                *message,
               gboolean                   unknown)
{
  Outcome *outcome = g_new0 (Outcome, 1);

  outcome->outcome = SHORTLIST_OUTCOME_FAILED;
  outcome->message = g_strdup (message);
  outcome->unknown = unknown;
  g_hash_table_replace (self->outcomes, g_strdup (candidate_id), outcome);
  shortlist_candidate_chooser_set_outcome (self, run_find (run, candidate_id), SHORTLIST_OUTCOME_FAILED, message, NULL);
}

static void
item_done_cb (KomboBatch       *batch,
              guint             index,
              const char       *candidate_id,
              KomboWriteResult *written,
              GError           *error,
              GTask            *task)
{
  ShortlistCandidateChooser *self = g_task_get_source_object (task);
  Run                       *run = g_task_get_task_data (task);
  g_autofree char           *text = error ? kombo_error_dup_sentence (error) : NULL;

  if (written != NULL)
    record_done (self, run, candidate_id, kombo_write_result_get_warnings (written));
  else
    record_failed (self, run, candidate_id, text, kombo_error_outcome_unknown (error));
  if (error != NULL && kombo_error_outcome_unknown (error))
    g_ptr_array_add (run->unknown, g_strdup (candidate_id));
}

static void
run_end (GTask *task)
{
  ShortlistCandidateChooser *self = g_task_get_source_object (task);
  Run                       *run = g_task_get_task_data (task);
  gboolean                   failed = FALSE;

  self->running = FALSE;
  update_buttons (self);
  for (guint i = 0; i < run->candidates->len; i++)
    {
      Outcome *outcome = g_hash_table_lookup (self->outcomes, kombo_candidate_record_get_id (run->candidates->pdata[i]));

      failed |= outcome == NULL || outcome->outcome == SHORTLIST_OUTCOME_FAILED;
    }
  if (failed && run->error != NULL)
    g_task_return_error (task, g_steal_pointer (&run->error));
  else if (g_error_matches (run->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_task_return_error (task, g_steal_pointer (&run->error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
checked_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  ShortlistCandidateChooser *self = g_task_get_source_object (task);
  Run                       *run = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) found = kombo_client_get_candidates_finish (KOMBO_CLIENT (object), result, &error);

  /* A look that fails leaves the outcomes unknown, as they were */
  for (guint i = 0; found != NULL && i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr (KomboCandidateRecord) record = g_list_model_get_item (found, i);
      const char *id = kombo_candidate_record_get_id (record);

      if (run_find (run, id) == NULL)
        continue;
      if (run->was_done (record, run->work_data))
        {
          record_done (self, run, id, NULL);
          run->n_done++;
        }
      else
        record_failed (self, run, id, _ ("Not done: the answer was lost, and the candidate does not have it. Retry Failed tries again."),
                       FALSE);
    }
  if (found == NULL)
    g_debug ("The lost answers could not be checked: %s", error->message);
  run_end (task);
}

static void
batch_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  Run *run = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;

  ShortlistCandidateChooser *self = g_task_get_source_object (task);

  g_signal_handlers_disconnect_by_data (object, task);
  kombo_batch_run_finish (KOMBO_BATCH (object), result, &run->n_done, &run->error);

  /* Where the answer was lost, a look at the candidates says whether it was done */
  if (run->was_done != NULL && run->unknown->len > 0 && !g_error_matches (run->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_ptr_array_add (run->unknown, NULL);
      kombo_client_get_candidates_by_ids_async (shortlist_account_get_client (self->account),
                                                (const char *const *) run->unknown->pdata, NULL, checked_cb,
                                                g_steal_pointer (&task));
      return;
    }
  run_end (task);
}

/**
 * shortlist_candidate_chooser_run_async:
 *
 * @followup: (nullable): what was done, as the history says it for each candidate it was done for
 *
 * @failed_only: whether to do it only for the candidates it failed for last time, for a
 *   reason that said it was not done
 * @was_done: (nullable): whether a candidate, as read again, has what @work does; where
 *   the answer to a write was lost, the candidates are read again to say
 *
 * Does @work for each chosen candidate with a #KomboBatch, and shows each outcome on the
 * candidate's row as it comes. Fails with the first failure once all are done.
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
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  Run   *run = g_new0 (Run, 1);
  g_autoptr (KomboBatch) batch = kombo_batch_new (shortlist_account_get_client (self->account), work, finish, work_data);
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();
  g_auto (GStrv) candidate_ids = NULL;

  g_task_set_source_tag (task, shortlist_candidate_chooser_run_async);
  run->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  run->followup = g_strdup (followup);
  run->was_done = was_done;
  run->work_data = work_data ? g_object_ref (work_data) : NULL;
  run->unknown = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->chosen)); i++)
    {
      KomboCandidateRecord *candidate = g_list_model_get_item (G_LIST_MODEL (self->chosen), i);
      Outcome              *outcome = g_hash_table_lookup (self->outcomes, kombo_candidate_record_get_id (candidate));

      if (failed_only && (outcome == NULL || !is_retryable (outcome)))
        {
          g_object_unref (candidate);
          continue;
        }
      g_hash_table_remove (self->outcomes, kombo_candidate_record_get_id (candidate));
      shortlist_candidate_chooser_set_outcome (self, candidate, SHORTLIST_OUTCOME_NONE, NULL, NULL);
      g_ptr_array_add (run->candidates, candidate);
      g_strv_builder_add (ids, kombo_candidate_record_get_id (candidate));
    }
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  candidate_ids = g_strv_builder_end (ids);

  /* Afresh, the outcomes of before go with the list */
  if (!failed_only)
    g_hash_table_remove_all (self->outcomes);
  self->running = TRUE;
  update_buttons (self);
  g_signal_connect (batch, "item-done", G_CALLBACK (item_done_cb), task);
  kombo_batch_run_async (batch, (const char *const *) candidate_ids, cancellable, batch_done_cb, task);
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
  Run *run = g_task_get_task_data (G_TASK (result));

  *n_done = run->n_done;
  return g_task_propagate_boolean (G_TASK (result), error);
}
