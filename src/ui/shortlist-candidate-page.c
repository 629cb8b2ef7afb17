/* shortlist-candidate-page.c: the form that submits a candidate and their application
 *
 * The candidate being typed is one KomboCandidateDraft, which the form's sections edit. On
 * Submit the draft names every problem in the order of the form, each is shown right below
 * its field and the first gets the focus; otherwise the page sends it, with progress and
 * Cancel, and shows what the ATS made of it. After a failure that may have reached the ATS
 * anyway, it offers to look the candidate up instead of sending twice. Nothing typed is
 * cleared by a failure: only "New Candidate" clears the form, and it keeps the job, since
 * recruiters often submit several people to one job.
 */
#define G_LOG_DOMAIN "shortlist-candidate-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "shortlist-candidate-form.h"
#include "shortlist-candidate-page.h"
#include "shortlist-candidate-result.h"
#include "shortlist-compat.h"
#include "shortlist-draft-saver.h"
#include "shortlist-send-bar.h"
#include "shortlist-duplicate-box.h"
#include "shortlist-error-box.h"
#include "shortlist-widget.h"

struct _ShortlistCandidatePage
{
  GtkWidget parent_instance;

  GtkStack                 *page_stack;
  AdwBin                   *save_problem_bin;
  GtkScrolledWindow        *scrolled_window;
  GtkWidget                *form_box;
  ShortlistErrorBox        *error_box;
  GtkWidget                *lookup_button;
  ShortlistCandidateForm   *form;
  ShortlistSendBar         *send_bar;
  ShortlistCandidateResult *result; /* built when first shown */
  ShortlistDuplicateBox    *duplicates;
  gboolean                  as_application; /* the next send goes to the candidate the ATS has */

  ShortlistAccount    *account;
  KomboCandidateDraft *draft;
  ShortlistDraftSaver *saver; /* when drafts can be kept */
  GCancellable        *submit_cancellable;
  GCancellable        *cancellable; /* everything else, until the page goes */
};

G_DEFINE_FINAL_TYPE (ShortlistCandidatePage, shortlist_candidate_page, GTK_TYPE_WIDGET)

static gboolean
on_form (ShortlistCandidatePage *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->page_stack), "form") == 0;
}

/* Shows every problem below its field, and a summary at the top */
static void
show_violations (ShortlistCandidatePage *self,
                 GPtrArray              *violations)
{
  g_autoptr (GError) summary = kombo_error_new_invalid_input (violations);

  shortlist_candidate_form_show_problems (self->form, violations);
  shortlist_error_box_show_error (self->error_box, summary);
}

/* Sending */

/* While the candidate is sent, the form stays as it was sent: it is dimmed and kept from the
 * pointer and the keyboard, and the field that had the focus loses it. It is not made
 * insensitive: GTK would restyle each of the form's hundreds of widgets, as it is sent and
 * again as it comes back, and hold the window still for a frame and more each time */
static void
set_busy (ShortlistCandidatePage *self,
          gboolean                busy)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));

  gtk_widget_set_opacity (self->form_box, busy ? 0.5 : 1.0);
  gtk_widget_set_can_target (self->form_box, !busy);
  gtk_widget_set_can_focus (self->form_box, !busy);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->form_box), GTK_ACCESSIBLE_STATE_BUSY, busy, -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.submit", !busy);
  shortlist_send_bar_set_busy (self->send_bar, busy);
  /* As from an insensitive field: the keys typed meanwhile go nowhere, not even to Cancel */
  if (busy && focus != NULL && gtk_widget_is_ancestor (focus, self->form_box))
    gtk_root_set_focus (gtk_widget_get_root (GTK_WIDGET (self)), NULL);
}

static void
show_result (ShortlistCandidatePage *self,
             KomboCandidateRecord   *record,
             const char *const      *warnings)
{
  KomboIntegration *integration = shortlist_account_get_active_integration (self->account);
  KomboJob         *job = kombo_candidate_draft_get_job (self->draft);

  if (self->result == NULL)
    {
      self->result = g_object_new (SHORTLIST_TYPE_CANDIDATE_RESULT, NULL);
      gtk_stack_add_named (self->page_stack, GTK_WIDGET (self->result), "result");
    }
  shortlist_candidate_result_show (self->result, record,
                                   job ? kombo_job_get_name (job) : kombo_candidate_draft_get_text (self->draft, "job-id"),
                                   integration ? kombo_integration_get_tool_label (integration) : _ ("the applicant tracking system"),
                                   warnings);
  gtk_stack_set_visible_child_name (self->page_stack, "result");
}

static void
scroll_to_top (ShortlistCandidatePage *self)
{
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

static void
note_sent_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (ShortlistCandidatePage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboWriteResult) written = shortlist_note_send_finish (result, &error);
  g_autofree char *problem = NULL;

  if (self->result == NULL)
    return;
  if (written != NULL)
    {
      shortlist_candidate_result_set_note (self->result, _ ("Sent to the application"), FALSE);
      return;
    }
  problem = shortlist_note_dup_problem (error);
  shortlist_candidate_result_set_note (self->result, problem, TRUE);
}

/* The note for the client's team goes once the application exists; the history keeps it until then */
static void
send_note (ShortlistCandidatePage *self,
           KomboWriteResult       *written)
{
  g_autofree char *note = kombo_strdup_stripped (kombo_candidate_draft_get_text (self->draft, "note"));
  const char      *job_id = kombo_candidate_draft_get_text (self->draft, "job-id");
  const char      *application_id = kombo_write_result_get_application_id (written, job_id);
  const char      *visibility = kombo_candidate_draft_get_text (self->draft, "note-visibility");

  if (note == NULL)
    return;
  if (application_id == NULL)
    {
      shortlist_candidate_result_set_note (self->result, _ ("Not sent: the applicant tracking system did not say which application it made. Add the note from the history once it does."), TRUE);
      return;
    }
  shortlist_candidate_result_set_note (self->result, _ ("Sending…"), FALSE);
  shortlist_note_send_async (shortlist_account_get_client (self->account), shortlist_account_get_store (self->account), kombo_candidate_record_get_id (kombo_write_result_get_candidate (written)),
                             application_id, note,
                             shortlist_integration_has_note_visibility (shortlist_account_get_active_integration (self->account)) ? visibility : NULL,
                             self->cancellable, note_sent_cb, g_object_ref (self));
}

static void
submitted_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ShortlistCandidatePage *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboWriteResult) written = kombo_client_create_candidate_finish (KOMBO_CLIENT (object), result, &error);

  /* Cancelled by the person, who was told so, or the page is gone */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->submit_cancellable);
  set_busy (self, FALSE);

  if (written != NULL && kombo_write_result_get_candidate (written) == NULL)
    g_set_error_literal (&error, KOMBO_ERROR, KOMBO_ERROR_INVALID_RESPONSE,
                         _ ("Kombo accepted the candidate but did not say which record it made."));
  /* Kept in the history; a sent draft is no longer kept, one that failed keeps why */
  if (self->saver != NULL)
    shortlist_draft_saver_sent (self->saver, error ? NULL : written, error);
  if (error == NULL)
    {
      shortlist_duplicate_box_forget (self->duplicates);
      show_result (self, kombo_write_result_get_candidate (written), kombo_write_result_get_warnings (written));
      send_note (self, written);
      return;
    }

  if (kombo_error_get_violations (error) != NULL)
    show_violations (self, kombo_error_get_violations (error));
  else
    shortlist_error_box_show_error (self->error_box, error);
  gtk_widget_set_visible (self->lookup_button, kombo_error_outcome_unknown (error));
  scroll_to_top (self);
}

static void
checked_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  ShortlistCandidatePage *self = user_data;
  g_autoptr (KomboCandidate) candidate = NULL;
  gboolean clear;

  /* The page is gone: its cancellable, which the task holds, says so */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  clear = shortlist_duplicate_box_check_finish (SHORTLIST_DUPLICATE_BOX (object), result);
  /* Cancelled by the person, who was told so */
  if (self->submit_cancellable == NULL)
    return;
  /* Someone has the candidate's address: the box shows them, and nothing is sent */
  if (!clear)
    {
      g_clear_object (&self->submit_cancellable);
      self->as_application = FALSE;
      set_busy (self, FALSE);
      return;
    }
  candidate = kombo_candidate_draft_to_candidate (self->draft, NULL);
  /* To the candidate the ATS has, as an application, when the recruiter said so */
  if (self->as_application)
    kombo_client_create_application_async (shortlist_account_get_client (self->account), candidate,
                                           shortlist_send_bar_progress, g_object_ref (self->send_bar), g_object_unref,
                                           self->submit_cancellable, submitted_cb, self);
  else
    kombo_client_create_candidate_async (shortlist_account_get_client (self->account), candidate,
                                         shortlist_send_bar_progress, g_object_ref (self->send_bar), g_object_unref,
                                         self->submit_cancellable, submitted_cb, self);
  self->as_application = FALSE;
}

static void
submit_cb (GtkWidget  *widget,
           const char *action,
           GVariant   *param)
{
  ShortlistCandidatePage *self = SHORTLIST_CANDIDATE_PAGE (widget);
  g_autoptr (GPtrArray) violations = NULL;

  if (self->account == NULL || self->submit_cancellable != NULL || !on_form (self))
    return;

  shortlist_candidate_form_clear_problems (self->form);
  shortlist_error_box_clear (self->error_box);
  gtk_widget_set_visible (self->lookup_button, FALSE);

  violations = kombo_candidate_draft_validate (self->draft, shortlist_candidate_form_get_restrictions (self->form));
  if (violations->len > 0)
    {
      /* Fixed and sent again, it goes as the recruiter then says */
      self->as_application = FALSE;
      show_violations (self, violations);
      return;
    }

  /* Is the candidate there already? At most one question per address, often answered while typing */
  self->submit_cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  shortlist_duplicate_box_check_async (self->duplicates, self->cancellable, checked_cb, self);
}

static void
cancel_cb (ShortlistCandidatePage *self)
{
  g_autoptr (GError) cancelled = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, _ ("Sending was cancelled."));

  if (self->saver != NULL)
    shortlist_draft_saver_sent (self->saver, NULL, cancelled);
  g_cancellable_cancel (self->submit_cancellable);
  g_clear_object (&self->submit_cancellable);
  set_busy (self, FALSE);
  shortlist_error_box_show_text (self->error_box, _ ("Sending Was Cancelled"),
                                 _ ("If the upload had finished, the candidate may still have reached the applicant tracking system. Check before you submit again."));
  gtk_widget_set_visible (self->lookup_button, TRUE);
}

static void
arrival_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  ShortlistCandidatePage *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboCandidateRecord) arrived = kombo_candidate_finder_find_arrival_finish (KOMBO_CANDIDATE_FINDER (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (self->lookup_button, TRUE);
  if (error == NULL && self->saver != NULL)
    shortlist_draft_saver_settle (self->saver, arrived);
  if (error != NULL)
    shortlist_error_box_show_error (self->error_box, error);
  else if (arrived != NULL)
    {
      shortlist_error_box_clear (self->error_box);
      show_result (self, arrived, NULL);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", _ ("The candidate had arrived in the applicant tracking system"));
    }
  else
    shortlist_error_box_show_text (self->error_box, _ ("Not in the Applicant Tracking System"),
                                   _ ("No application of this candidate to this job was found. It is safe to submit again."));
  gtk_widget_set_visible (self->lookup_button, error != NULL);
}

static void
lookup_cb (ShortlistCandidatePage *self)
{
  gtk_widget_set_sensitive (self->lookup_button, FALSE);
  shortlist_duplicate_box_find_arrival_async (self->duplicates, self->cancellable, arrival_cb, self);
}

static void
submit_anyway_cb (ShortlistCandidatePage *self)
{
  self->as_application = FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), "candidate.submit", NULL);
}

static void
apply_existing_cb (ShortlistCandidatePage *self)
{
  self->as_application = TRUE;
  gtk_widget_activate_action (GTK_WIDGET (self), "candidate.submit", NULL);
}

/* Another draft is in the form: what was shown of the last one goes, and why it was not sent shows */
static void
draft_opened_cb (ShortlistCandidatePage *self)
{
  const char *error = shortlist_draft_saver_get_error (self->saver);

  shortlist_candidate_form_clear_problems (self->form);
  if (error != NULL)
    shortlist_error_box_show_text (self->error_box, _ ("Not Sent"), error);
  else
    shortlist_error_box_clear (self->error_box);
  gtk_widget_set_visible (self->lookup_button, FALSE);
  gtk_stack_set_visible_child_name (self->page_stack, "form");
  scroll_to_top (self);
}

/* The first time the form is shown, the cursor is where the next candidate starts */
static void
first_map_cb (ShortlistCandidatePage *self)
{
  g_signal_handlers_disconnect_by_func (self, first_map_cb, NULL);
  shortlist_candidate_form_focus_start (self->form);
}

static void
integration_changed_cb (ShortlistCandidatePage *self)
{
  KomboIntegration *integration = self->account ? shortlist_account_get_active_integration (self->account) : NULL;

  if (self->saver != NULL)
    shortlist_draft_saver_set_integration_id (self->saver, integration ? kombo_integration_get_id (integration) : NULL);
}

static void
shortlist_candidate_page_dispose (GObject *object)
{
  ShortlistCandidatePage *self = (ShortlistCandidatePage *) object;

  g_cancellable_cancel (self->submit_cancellable);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->submit_cancellable);
  g_clear_object (&self->cancellable);

  shortlist_widget_dispose_template (GTK_WIDGET (self), SHORTLIST_TYPE_CANDIDATE_PAGE);

  if (self->account != NULL)
    g_signal_handlers_disconnect_by_data (self->account, self);
  g_clear_object (&self->account);
  g_clear_object (&self->saver);
  g_clear_object (&self->draft);

  G_OBJECT_CLASS (shortlist_candidate_page_parent_class)->dispose (object);
}

/* What is typed could not be saved: said above the form until it is, with Retry; the form
 * keeps it all the while */
static void
save_failed_cb (ShortlistCandidatePage *self,
                const char             *message)
{
  /* TRANSLATORS: %s is the store's sentence, such as "The draft could not be saved: database is locked" */
  g_autofree char *title = g_strdup_printf (_ ("%s. What you typed stays here, and is saved as soon as it can be."), message);

  /* Made once: a retry that fails again changes only what it says, never the button a
   * person may be pressing */
  if (adw_bin_get_child (self->save_problem_bin) == NULL)
    adw_bin_set_child (self->save_problem_bin, shortlist_banner_new (title, _ ("_Retry"), "candidate.retry-save"));
  else
    shortlist_banner_set_title (adw_bin_get_child (self->save_problem_bin), title);
  gtk_widget_set_visible (GTK_WIDGET (self->save_problem_bin), TRUE);
}

static void
saved_cb (ShortlistCandidatePage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->save_problem_bin), FALSE);
}

static void
retry_save_cb (GtkWidget  *widget,
               const char *action,
               GVariant   *param)
{
  ShortlistCandidatePage *self = SHORTLIST_CANDIDATE_PAGE (widget);

  if (self->saver != NULL)
    shortlist_draft_saver_retry (self->saver);
}

static void
shortlist_candidate_page_class_init (ShortlistCandidatePageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_candidate_page_dispose;

  g_type_ensure (SHORTLIST_TYPE_CANDIDATE_FORM);
  g_type_ensure (SHORTLIST_TYPE_SEND_BAR);
  g_type_ensure (SHORTLIST_TYPE_DUPLICATE_BOX);
  g_type_ensure (SHORTLIST_TYPE_ERROR_BOX);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/shortlist-candidate-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ShortlistCandidatePage, name)
  BIND (page_stack);
  BIND (save_problem_bin);
  BIND (scrolled_window);
  BIND (form_box);
  BIND (error_box);
  BIND (lookup_button);
  BIND (form);
  BIND (send_bar);
  BIND (duplicates);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, lookup_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_cb);
  gtk_widget_class_bind_template_callback (widget_class, submit_anyway_cb);
  gtk_widget_class_bind_template_callback (widget_class, apply_existing_cb);

  gtk_widget_class_install_action (widget_class, "candidate.submit", NULL, submit_cb);
  gtk_widget_class_install_action (widget_class, "candidate.retry-save", NULL, retry_save_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "candidate.submit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "candidate.submit", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
shortlist_candidate_page_init (ShortlistCandidatePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  g_signal_connect (self, "map", G_CALLBACK (first_map_cb), NULL);
  self->draft = kombo_candidate_draft_new ();
  shortlist_candidate_form_set_draft (self->form, self->draft);
  shortlist_duplicate_box_set_draft (self->duplicates, self->draft);
  /* Lists and scrolled areas say what they are to a screen reader */
  shortlist_name_lists (GTK_WIDGET (self), _ ("Candidate"));
}

static void store_changed_cb (ShortlistCandidatePage *self);

/* Works with @account from now on, and with the store it holds once it is open */
void
shortlist_candidate_page_set_account (ShortlistCandidatePage *self,
                                      ShortlistAccount       *account)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_PAGE (self));
  g_return_if_fail (self->account == NULL);

  self->account = g_object_ref (account);
  shortlist_candidate_form_set_account (self->form, account);
  shortlist_duplicate_box_set_account (self->duplicates, account);
  g_signal_connect_swapped (account, "notify::active-integration", G_CALLBACK (integration_changed_cb), self);
  integration_changed_cb (self);
  g_signal_connect_object (account, "notify::store", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  store_changed_cb (self);
}

/* Every draft was deleted, as the person asked: the one in the form goes too */
static void
forgotten_cb (ShortlistCandidatePage *self,
              gboolean                drafts_too)
{
  if (drafts_too)
    shortlist_candidate_page_new_candidate (self);
}

/* The store is open: what is typed is kept there from now on, and the last draft of the
 * active integration comes back, as after a restart or a crash */
static void
store_changed_cb (ShortlistCandidatePage *self)
{
  ShortlistStore *store = shortlist_account_get_store (self->account);

  if (self->saver != NULL || store == NULL)
    return;
  self->saver = shortlist_draft_saver_new (store, self->draft);
  shortlist_drafts_button_set_saver (shortlist_send_bar_get_drafts_button (self->send_bar), store, self->saver);
  g_signal_connect_object (self->saver, "opened", G_CALLBACK (draft_opened_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->saver, "save-failed", G_CALLBACK (save_failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->saver, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "forgotten", G_CALLBACK (forgotten_cb), self, G_CONNECT_SWAPPED);
  integration_changed_cb (self);
  /* A store that cannot be read was already said so when it was opened */
  shortlist_draft_saver_restore_async (self->saver, self->cancellable, NULL, NULL);
}

/* Saves what changed since the last save at once, as when the window closes */
void
shortlist_candidate_page_save_draft (ShortlistCandidatePage *self)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_PAGE (self));
  if (self->saver != NULL)
    shortlist_draft_saver_flush (self->saver);
}

/* Returns: (transfer none): the candidate being typed */
KomboCandidateDraft *
shortlist_candidate_page_get_draft (ShortlistCandidatePage *self)
{
  g_return_val_if_fail (SHORTLIST_IS_CANDIDATE_PAGE (self), NULL);
  return self->draft;
}

/* Clears the form for the next person; the job and stage stay chosen */
void
shortlist_candidate_page_new_candidate (ShortlistCandidatePage *self)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_PAGE (self));

  if (self->submit_cancellable != NULL)
    return;

  shortlist_candidate_form_clear_problems (self->form);
  kombo_candidate_draft_clear (self->draft);
  shortlist_error_box_clear (self->error_box);
  gtk_widget_set_visible (self->lookup_button, FALSE);
  gtk_stack_set_visible_child_name (self->page_stack, "form");
  scroll_to_top (self);
  shortlist_candidate_form_focus_start (self->form);
}

static void
discard_answered_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  if (shortlist_confirm_finish (result))
    shortlist_candidate_page_new_candidate (SHORTLIST_CANDIDATE_PAGE (object));
}

/**
 * shortlist_candidate_page_ask_new_candidate:
 *
 * Starts a new candidate. The one being typed is kept as a draft; where drafts cannot be
 * kept, Shortlist asks first when it holds unsent work.
 */
void
shortlist_candidate_page_ask_new_candidate (ShortlistCandidatePage *self)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_PAGE (self));

  /* Kept as a draft, the candidate being typed needs no question */
  if (self->saver != NULL && on_form (self) && self->submit_cancellable == NULL)
    shortlist_draft_saver_start_new (self->saver);
  if (self->saver != NULL || !on_form (self) || kombo_candidate_draft_is_empty (self->draft))
    {
      shortlist_candidate_page_new_candidate (self);
      return;
    }

  shortlist_confirm_async (GTK_WIDGET (self), _ ("Discard This Candidate?"),
                           _ ("What was typed for this candidate has not been submitted and will be lost."),
                           _ ("_Keep Editing"), _ ("_Discard"), discard_answered_cb, NULL);
}

/**
 * shortlist_candidate_page_attach_files:
 *
 * Attaches @files to the candidate being written; after a submission, to a new one. The first
 * file becomes the CV when there is none yet.
 */
void
shortlist_candidate_page_attach_files (ShortlistCandidatePage *self,
                                       GFile                 **files,
                                       int                     n_files)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_PAGE (self));

  if (!on_form (self))
    shortlist_candidate_page_new_candidate (self);
  /* The candidate being sent is fixed; say so rather than drop the files quietly */
  if (self->submit_cancellable != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", _ ("Files can be attached once the candidate has been sent"));
      return;
    }
  shortlist_candidate_form_add_files (self->form, files, n_files);
}
