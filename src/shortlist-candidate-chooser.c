/* shortlist-candidate-chooser.c: finds candidates by Kombo ID or email, to act on one or many
 *
 * Kombo has no search by name, so a candidate is found by their Kombo ID or email address. Each
 * one found is shown with their name, email and applications, so the recruiter can see it is
 * the right person before anything is changed; the outcome of the work then appears on the
 * same row.
 */
#define G_LOG_DOMAIN "shortlist-candidate-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-candidate-chooser.h"
#include "shortlist-form.h"

struct _ShortlistCandidateChooser
{
  AdwPreferencesGroup parent_instance;

  ShortlistAccount *account;
  GtkWidget        *entry;
  GtkWidget        *spinner;
  GListStore       *chosen;
  GPtrArray        *rows;
  GCancellable     *cancellable;
};

G_DEFINE_FINAL_TYPE (ShortlistCandidateChooser, shortlist_candidate_chooser, ADW_TYPE_PREFERENCES_GROUP)

static char *
describe (KomboCandidateRecord *candidate)
{
  GListModel *applications = kombo_candidate_record_get_applications (candidate);
  const char *email = kombo_candidate_record_get_email_address (candidate);
  g_autoptr (GString) text = g_string_new (email ? email : kombo_candidate_record_get_id (candidate));

  for (guint i = 0; i < g_list_model_get_n_items (applications); i++)
    {
      g_autoptr (KomboApplication) application = g_list_model_get_item (applications, i);
      const char      *job = kombo_application_get_job_name (application);
      const char      *stage = kombo_application_get_stage_name (application);
      g_autofree char *line = NULL;

      if (job == NULL)
        continue;
      if (stage != NULL)
        /* TRANSLATORS: an application: the job, then the stage it is in */
        line = g_strdup_printf (_ ("Applied to %s (%s)"), job, stage);
      else
        line = g_strdup_printf (_ ("Applied to %s"), job);
      g_string_append_c (text, '\n');
      g_string_append (text, line);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
remove_cb (GtkButton                 *button,
           ShortlistCandidateChooser *self)
{
  KomboCandidateRecord *candidate = g_object_get_data (G_OBJECT (button), "candidate");
  guint                 position;

  if (g_list_store_find (self->chosen, candidate, &position))
    g_list_store_remove (self->chosen, position);
}

static GtkWidget *
new_row (ShortlistCandidateChooser *self,
         KomboCandidateRecord      *candidate)
{
  g_autofree char *name = kombo_candidate_record_dup_display_name (candidate);
  g_autofree char *subtitle = describe (candidate);
  g_autofree char *remove_label = g_strdup_printf (_ ("Remove %s From the List"), name);
  GtkWidget       *row = adw_action_row_new ();
  GtkWidget       *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
  GtkWidget       *status = gtk_image_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("avatar-default-symbolic"));
  gtk_widget_set_visible (status, FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
  g_object_set_data (G_OBJECT (row), "status", status);
  g_object_set_data_full (G_OBJECT (row), "candidate", g_object_ref (candidate), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "description", g_strdup (subtitle), g_free);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_object_set_data_full (G_OBJECT (remove), "candidate", g_object_ref (candidate), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

/* Rows come and go one by one, so each keeps the outcome shown on it */
static void
chosen_changed_cb (GListModel                *chosen,
                   guint                      position,
                   guint                      removed,
                   guint                      added,
                   ShortlistCandidateChooser *self)
{
  for (guint i = 0; i < removed; i++)
    {
      GtkWidget *row = self->rows->pdata[position];

      shortlist_form_clear_error (row);
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_remove_index (self->rows, position);
    }

  /* Candidates are only ever appended, so new rows go at the end */
  g_return_if_fail (added == 0 || position == self->rows->len);
  for (guint i = 0; i < added; i++)
    {
      g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (chosen, position + i);
      GtkWidget *row = new_row (self, candidate);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
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

static void
found_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  ShortlistCandidateChooser *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) found = kombo_client_get_candidates_finish (KOMBO_CLIENT (object), result, &error);
  guint n;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_visible (self->spinner, FALSE);
  gtk_widget_set_sensitive (self->entry, TRUE);

  if (found == NULL)
    {
      g_autofree char *text = kombo_error_dup_sentence (error);

      shortlist_form_set_error (self->entry, text);
      return;
    }

  n = g_list_model_get_n_items (found);
  if (n == 0)
    {
      KomboIntegration *integration = shortlist_account_get_active_integration (self->account);
      g_autofree char  *text = g_strdup_printf (_ ("No candidate with this Kombo ID or email address is in %s."),
                                               integration ? kombo_integration_get_tool_label (integration)
                                                            : _ ("the applicant tracking system"));

      shortlist_form_set_error (self->entry, text);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (found, i);

      if (!is_chosen (self, candidate))
        g_list_store_append (self->chosen, candidate);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
}

/**
 * shortlist_candidate_chooser_look_up:
 * @id_or_email: a Kombo ID, or an email address (matched regardless of case)
 *
 * Adds the candidates found to the list, or says next to the entry that none was found.
 */
void
shortlist_candidate_chooser_look_up (ShortlistCandidateChooser *self,
                                     const char                *id_or_email)
{
  KomboClient     *client = shortlist_account_get_client (self->account);
  g_autofree char *text = g_strstrip (g_strdup (id_or_email ? id_or_email : ""));

  g_return_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self));

  shortlist_form_clear_error (self->entry);
  if (*text == '\0')
    {
      shortlist_form_set_error (self->entry, _ ("Enter a Kombo ID or an email address."));
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  gtk_widget_set_visible (self->spinner, TRUE);
  gtk_widget_set_sensitive (self->entry, FALSE);

  if (strchr (text, '@') != NULL)
    kombo_client_get_candidates_by_email_async (client, text, self->cancellable, found_cb, self);
  else
    {
      const char *ids[] = { text, NULL };
      kombo_client_get_candidates_by_ids_async (client, ids, self->cancellable, found_cb, self);
    }
}

static void
apply_cb (ShortlistCandidateChooser *self)
{
  shortlist_candidate_chooser_look_up (self, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
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
  self->chosen = g_list_store_new (KOMBO_TYPE_CANDIDATE_RECORD);
  g_signal_connect (self->chosen, "items-changed", G_CALLBACK (chosen_changed_cb), self);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _ ("Candidates"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _ ("Find each candidate by their Kombo ID or email address. The work is done for every candidate in the list."));

  self->entry = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->entry), _ ("Kombo ID or email address"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->entry), TRUE);
  g_signal_connect_swapped (self->entry, "apply", G_CALLBACK (apply_cb), self);
  g_signal_connect_swapped (self->entry, "entry-activated", G_CALLBACK (apply_cb), self);
  self->spinner = gtk_spinner_new ();
  gtk_spinner_start (GTK_SPINNER (self->spinner));
  gtk_widget_set_visible (self->spinner, FALSE);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->entry), self->spinner);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->entry);
}

static void
integration_changed_cb (ShortlistCandidateChooser *self)
{
  /* A candidate of one ATS is no one in another */
  shortlist_candidate_chooser_clear (self);
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
    {
      GtkWidget  *row = self->rows->pdata[i];
      GtkWidget  *status = g_object_get_data (G_OBJECT (row), "status");
      const char *description = g_object_get_data (G_OBJECT (row), "description");
      g_autoptr (GString) subtitle = g_string_new (description);

      if (g_object_get_data (G_OBJECT (row), "candidate") != candidate)
        continue;

      shortlist_form_clear_error (row);
      gtk_widget_set_visible (status, outcome != SHORTLIST_OUTCOME_NONE);
      gtk_widget_remove_css_class (status, "success");
      gtk_widget_remove_css_class (status, "error");

      if (outcome == SHORTLIST_OUTCOME_DONE)
        {
          gtk_image_set_from_icon_name (GTK_IMAGE (status), "emblem-ok-symbolic");
          gtk_widget_add_css_class (status, "success");
          gtk_accessible_update_property (GTK_ACCESSIBLE (status), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Done"), -1);
          for (guint w = 0; warnings != NULL && warnings[w] != NULL; w++)
            /* TRANSLATORS: a remark of the applicant tracking system */
            g_string_append_printf (subtitle, "\n%s", warnings[w]);
        }
      else if (outcome == SHORTLIST_OUTCOME_FAILED)
        {
          gtk_image_set_from_icon_name (GTK_IMAGE (status), "dialog-error-symbolic");
          gtk_widget_add_css_class (status, "error");
          gtk_accessible_update_property (GTK_ACCESSIBLE (status), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Failed"), -1);
          shortlist_form_set_error (row, message);
        }

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
    }
}

void
shortlist_candidate_chooser_clear (ShortlistCandidateChooser *self)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_CHOOSER (self));

  g_list_store_remove_all (self->chosen);
  shortlist_form_clear_error (self->entry);
}

typedef struct
{
  GPtrArray *candidates; /* a snapshot, so removing a row meanwhile changes nothing */
  guint      n_done;
} Run;

static void
run_free (Run *run)
{
  g_ptr_array_unref (run->candidates);
  g_free (run);
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
    shortlist_candidate_chooser_set_outcome (self, run->candidates->pdata[index], SHORTLIST_OUTCOME_DONE, NULL,
                                             kombo_write_result_get_warnings (written));
  else
    shortlist_candidate_chooser_set_outcome (self, run->candidates->pdata[index], SHORTLIST_OUTCOME_FAILED, text, NULL);
}

static void
batch_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  Run *run = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;

  g_signal_handlers_disconnect_by_data (object, task);
  if (kombo_batch_run_finish (KOMBO_BATCH (object), result, &run->n_done, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/**
 * shortlist_candidate_chooser_run_async:
 *
 * Does @work for each chosen candidate with a #KomboBatch, and shows each outcome on the
 * candidate's row as it comes. Fails with the first failure once all are done.
 */
void
shortlist_candidate_chooser_run_async (ShortlistCandidateChooser *self,
                                       KomboBatchWork             work,
                                       KomboBatchFinish           finish,
                                       GObject                   *work_data,
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
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->chosen)); i++)
    {
      KomboCandidateRecord *candidate = g_list_model_get_item (G_LIST_MODEL (self->chosen), i);

      shortlist_candidate_chooser_set_outcome (self, candidate, SHORTLIST_OUTCOME_NONE, NULL, NULL);
      g_ptr_array_add (run->candidates, candidate);
      g_strv_builder_add (ids, kombo_candidate_record_get_id (candidate));
    }
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  candidate_ids = g_strv_builder_end (ids);

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
