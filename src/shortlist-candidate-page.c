/* shortlist-candidate-page.c: the form that submits a candidate and their application
 *
 * Every field is bound to one KomboCandidateDraft; sections (the job, contacts, questions,
 * attachments) own their rows. On Submit the draft names every problem in the order of the
 * form, each is shown right below its field and the first gets the focus. Nothing typed is
 * cleared by a failure: only "New Candidate" clears the form, and it keeps the job, since
 * recruiters often submit several people to one job.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "shortlist-attachments-group.h"
#include "shortlist-candidate-page.h"
#include "shortlist-candidate-result.h"
#include "shortlist-contact-list.h"
#include "shortlist-country-row.h"
#include "shortlist-date-button.h"
#include "shortlist-error-box.h"
#include "shortlist-form.h"
#include "shortlist-job-group.h"
#include "shortlist-questions-group.h"
#include "shortlist-widget.h"

struct _ShortlistCandidatePage
{
  GtkWidget parent_instance;

  GtkStack                  *page_stack;
  GtkScrolledWindow         *scrolled_window;
  GtkWidget                 *form_box;
  ShortlistErrorBox         *error_box;
  GtkWidget                 *lookup_button;
  ShortlistJobGroup         *job_group;
  AdwEntryRow               *first_name_row;
  AdwEntryRow               *last_name_row;
  AdwEntryRow               *email_row;
  AdwEntryRow               *phone_row;
  AdwEntryRow               *company_row;
  AdwEntryRow               *title_row;
  AdwComboRow               *gender_row;
  ShortlistContactList      *emails_list;
  ShortlistContactList      *phones_list;
  ShortlistCountryRow       *country_row;
  AdwEntryRow               *state_row;
  AdwEntryRow               *city_row;
  AdwEntryRow               *street_row;
  AdwEntryRow               *zip_row;
  AdwEntryRow               *salary_row;
  AdwComboRow               *period_row;
  AdwActionRow              *availability_row;
  ShortlistDateButton       *availability_button;
  ShortlistContactList      *links_list;
  ShortlistQuestionsGroup   *questions_group;
  ShortlistAttachmentsGroup *attachments_group;
  AdwActionRow              *consent_row;
  GtkSwitch                 *consent_switch;
  ShortlistDateButton       *consent_until_button;
  AdwEntryRow               *sourced_by_row;
  AdwExpanderRow            *remote_fields_expander;
  GtkWidget                 *remote_fields_row;
  GtkTextView               *remote_fields_view;
  GtkWidget                 *cancel_button;
  GtkProgressBar            *progress_bar;
  ShortlistCandidateResult  *result;

  ShortlistAccount    *account;
  KomboCandidateDraft *draft;
  GCancellable        *submit_cancellable;
  GCancellable        *cancellable;  /* everything else, until the page goes */
  GPtrArray           *error_fields; /* the widgets showing a problem, held until it is cleared */
};

G_DEFINE_FINAL_TYPE (ShortlistCandidatePage, shortlist_candidate_page, GTK_TYPE_WIDGET)

/* The page's own fields: the draft's property each shows, and the path of its problems */
static const struct
{
  const char *property;
  const char *path;
  gsize       offset;
} fields[] = {
#define FIELD(property, path, member)                                \
  {                                                                  \
    property, path, G_STRUCT_OFFSET (ShortlistCandidatePage, member) \
  }
  FIELD ("first-name", "candidate.first_name", first_name_row),
  FIELD ("last-name", "candidate.last_name", last_name_row),
  FIELD ("email-address", "candidate.email_address", email_row),
  FIELD ("phone-number", "candidate.phone_number", phone_row),
  FIELD ("company", "candidate.company", company_row),
  FIELD ("title", "candidate.title", title_row),
  FIELD ("gender", "candidate.gender", gender_row),
  FIELD ("country", "candidate.location.country", country_row),
  FIELD ("state", "candidate.location.state", state_row),
  FIELD ("city", "candidate.location.city", city_row),
  FIELD ("street-1", "candidate.location.street_1", street_row),
  FIELD ("zip-code", "candidate.location.zip_code", zip_row),
  FIELD ("salary", "candidate.salary_expectations.amount", salary_row),
  FIELD ("salary-period", "candidate.salary_expectations.period", period_row),
  FIELD ("availability-date", "candidate.availability_date", availability_row),
  FIELD ("consent", "gdpr_consent", consent_row),
  FIELD ("sourced-by", "sourced_by", sourced_by_row),
  FIELD ("remote-fields", "remote_fields", remote_fields_row),
#undef FIELD
};

#define FIELD_WIDGET(self, i) (*(GtkWidget **) G_STRUCT_MEMBER_P (self, fields[i].offset))

static void
toast (ShortlistCandidatePage *self,
       const char             *text)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", text);
}

static gboolean
on_form (ShortlistCandidatePage *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->page_stack), "form") == 0;
}

static void
bind_draft (ShortlistCandidatePage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (ADW_IS_ENTRY_ROW (FIELD_WIDGET (self, i)))
      g_object_bind_property (self->draft, fields[i].property, FIELD_WIDGET (self, i), "text",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  shortlist_bind_selected (self->draft, "gender", self->gender_row);
  shortlist_bind_selected (self->draft, "salary-period", self->period_row);
  g_object_bind_property (self->draft, "country", self->country_row, "country", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->draft, "availability-date", self->availability_button, "date",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->draft, "consent", self->consent_switch, "active", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->draft, "consent-expires", self->consent_until_button, "date",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->draft, "remote-fields", gtk_text_view_get_buffer (self->remote_fields_view), "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  shortlist_job_group_set_draft (self->job_group, self->draft);
  shortlist_contact_list_set_model (self->emails_list, kombo_candidate_draft_get_emails (self->draft));
  shortlist_contact_list_set_model (self->phones_list, kombo_candidate_draft_get_phones (self->draft));
  shortlist_contact_list_set_model (self->links_list, kombo_candidate_draft_get_links (self->draft));
  shortlist_questions_group_set_draft (self->questions_group, self->draft);
  shortlist_attachments_group_set_draft (self->attachments_group, self->draft);
}

/* Problems */

static GtkWidget *
contact_row (ShortlistContactList *list,
             const char           *prefix,
             const char           *path)
{
  guint index;

  if (!g_str_has_prefix (path, prefix) || sscanf (path + strlen (prefix), "[%u]", &index) != 1)
    return NULL;
  return shortlist_contact_list_get_row (list, index);
}

/* Returns: (nullable): the widget a problem at @path is shown below */
static GtkWidget *
field_for_path (ShortlistCandidatePage *self,
                const char             *path)
{
  GtkWidget *field = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (path, fields[i].path) ||
        (g_str_has_prefix (path, fields[i].path) && path[strlen (fields[i].path)] == '.'))
      return FIELD_WIDGET (self, i);

  if ((field = shortlist_job_group_get_field (self->job_group, path)) ||
      (field = contact_row (self->emails_list, "candidate.additional_email_addresses", path)) ||
      (field = contact_row (self->phones_list, "candidate.additional_phone_numbers", path)) ||
      (field = contact_row (self->links_list, "candidate.social_links", path)) ||
      (field = shortlist_questions_group_get_field (self->questions_group, path)) ||
      (field = shortlist_attachments_group_get_field (self->attachments_group, path)))
    return field;
  return NULL;
}

static void
set_field_error (ShortlistCandidatePage *self,
                 GtkWidget              *field,
                 const char             *message)
{
  shortlist_form_set_error (field, message);
  g_ptr_array_add (self->error_fields, g_object_ref (field));
}

static void
clear_field_errors (ShortlistCandidatePage *self)
{
  for (guint i = 0; i < self->error_fields->len; i++)
    shortlist_form_clear_error (self->error_fields->pdata[i]);
  g_ptr_array_set_size (self->error_fields, 0);
}

/* Shows every problem below its field, and moves the focus to the first, which the draft
 * names first since it reports them in the order of the form */
static void
show_violations (ShortlistCandidatePage *self,
                 GPtrArray              *violations)
{
  g_autoptr (GError) summary = kombo_error_new_invalid_input (violations);
  GtkWidget *first = NULL;

  for (guint i = 0; i < violations->len; i++)
    {
      KomboViolation *violation = violations->pdata[i];
      GtkWidget      *field = field_for_path (self, violation->path);

      if (field == NULL)
        continue;
      if (field == self->remote_fields_row)
        adw_expander_row_set_expanded (self->remote_fields_expander, TRUE);
      if (shortlist_form_get_error (field) == NULL)
        set_field_error (self, field, violation->message);
      if (first == NULL)
        first = field;
    }

  shortlist_error_box_show_error (self->error_box, summary);
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

static void
remote_fields_changed_cb (ShortlistCandidatePage *self)
{
  g_autoptr (KomboCandidate) probe = kombo_candidate_new ();
  g_autoptr (GError) error = NULL;

  /* Checked as it is typed, so a missing brace is seen before sending */
  if (kombo_candidate_set_remote_fields_from_text (probe, kombo_candidate_draft_get_text (self->draft, "remote-fields"), &error))
    shortlist_form_clear_error (self->remote_fields_row);
  else
    shortlist_form_set_error (self->remote_fields_row, error->message);
}

/* Sending */

static void
set_busy (ShortlistCandidatePage *self,
          gboolean                busy)
{
  gtk_widget_set_sensitive (self->form_box, !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.submit", !busy);
  gtk_widget_set_visible (self->cancel_button, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), busy);
  if (busy)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_progress_bar_set_text (self->progress_bar, _ ("Sending…"));
    }
}

static void
progress_cb (goffset  sent,
             goffset  total,
             gpointer user_data)
{
  ShortlistCandidatePage *self = user_data;
  g_autofree char        *sent_text = g_format_size (sent);
  g_autofree char        *total_text = g_format_size (total);
  g_autofree char        *text = NULL;

  if (sent < total)
    /* TRANSLATORS: upload progress, e.g. "12.3 MB of 34.1 MB sent" */
    text = g_strdup_printf (_ ("%s of %s sent"), sent_text, total_text);
  else
    text = g_strdup (_ ("Waiting for the applicant tracking system…"));

  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) sent / total : 1.0);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
show_result (ShortlistCandidatePage *self,
             KomboCandidateRecord   *record,
             const char *const      *warnings)
{
  KomboIntegration *integration = shortlist_account_get_active_integration (self->account);
  KomboJob         *job = kombo_candidate_draft_get_job (self->draft);

  shortlist_candidate_result_show (self->result, record,
                                   job ? kombo_job_get_name (job) : kombo_candidate_draft_get_text (self->draft, "job-id"),
                                   integration ? kombo_integration_get_tool_label (integration) : _ ("the applicant tracking system"),
                                   warnings);
  gtk_stack_set_visible_child_name (self->page_stack, "result");
}

/* After these the candidate may or may not have reached the ATS */
static gboolean
is_ambiguous (const GError *error)
{
  guint status = kombo_error_get_http_status (error);

  if (error->domain != KOMBO_ERROR)
    return FALSE;
  return error->code == KOMBO_ERROR_TIMEOUT || error->code == KOMBO_ERROR_NETWORK ||
         error->code == KOMBO_ERROR_INVALID_RESPONSE ||
         ((error->code == KOMBO_ERROR_HTTP || error->code == KOMBO_ERROR_API) && status >= 500);
}

static void
scroll_to_top (ShortlistCandidatePage *self)
{
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
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

  if (written != NULL && kombo_write_result_get_candidate (written) != NULL)
    {
      show_result (self, kombo_write_result_get_candidate (written), kombo_write_result_get_warnings (written));
      return;
    }

  if (written != NULL)
    error = g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_INVALID_RESPONSE,
                                 _ ("Kombo accepted the candidate but did not say which record it made."));
  if (kombo_error_get_violations (error) != NULL)
    show_violations (self, kombo_error_get_violations (error));
  else
    shortlist_error_box_show_error (self->error_box, error);
  gtk_widget_set_visible (self->lookup_button, is_ambiguous (error));
  scroll_to_top (self);
}

static void
submit_cb (GtkWidget  *widget,
           const char *action,
           GVariant   *param)
{
  ShortlistCandidatePage *self = SHORTLIST_CANDIDATE_PAGE (widget);
  g_autoptr (GPtrArray) violations = NULL;
  g_autoptr (KomboCandidate) candidate = NULL;

  if (self->account == NULL || self->submit_cancellable != NULL || !on_form (self))
    return;

  clear_field_errors (self);
  shortlist_error_box_clear (self->error_box);
  gtk_widget_set_visible (self->lookup_button, FALSE);

  violations = kombo_candidate_draft_validate (self->draft, shortlist_job_group_get_restrictions (self->job_group));
  if (violations->len > 0)
    {
      show_violations (self, violations);
      return;
    }

  candidate = kombo_candidate_draft_to_candidate (self->draft, NULL);
  self->submit_cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  kombo_client_create_candidate_async (shortlist_account_get_client (self->account), candidate,
                                       progress_cb, self, NULL, self->submit_cancellable, submitted_cb, self);
}

static void
cancel_cb (ShortlistCandidatePage *self)
{
  g_cancellable_cancel (self->submit_cancellable);
  g_clear_object (&self->submit_cancellable);
  set_busy (self, FALSE);
  shortlist_error_box_show_text (self->error_box, _ ("Sending Was Cancelled"),
                                 _ ("If the upload had finished, the candidate may still have reached the applicant tracking system. Check before you submit again."));
  gtk_widget_set_visible (self->lookup_button, TRUE);
}

static gboolean
applied_to (KomboCandidateRecord *record,
            const char           *job_id)
{
  GListModel *applications = kombo_candidate_record_get_applications (record);

  for (guint i = 0; i < g_list_model_get_n_items (applications); i++)
    {
      g_autoptr (KomboApplication) application = g_list_model_get_item (applications, i);

      if (g_strcmp0 (kombo_application_get_job_id (application), job_id) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
lookup_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ShortlistCandidatePage *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) found = kombo_client_get_candidates_finish (KOMBO_CLIENT (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (self->lookup_button, TRUE);

  if (found == NULL)
    {
      shortlist_error_box_show_error (self->error_box, error);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr (KomboCandidateRecord) record = g_list_model_get_item (found, i);

      if (applied_to (record, kombo_candidate_draft_get_text (self->draft, "job-id")))
        {
          gtk_widget_set_visible (self->lookup_button, FALSE);
          shortlist_error_box_clear (self->error_box);
          show_result (self, record, NULL);
          toast (self, _ ("The candidate had arrived in the applicant tracking system"));
          return;
        }
    }

  shortlist_error_box_show_text (self->error_box, _ ("Not in the Applicant Tracking System"),
                                 _ ("No application of this candidate to this job was found. It is safe to submit again."));
  gtk_widget_set_visible (self->lookup_button, FALSE);
}

static void
lookup_cb (ShortlistCandidatePage *self)
{
  g_autofree char *email = shortlist_form_dup_text (GTK_WIDGET (self->email_row));

  if (email == NULL)
    return;
  gtk_widget_set_sensitive (self->lookup_button, FALSE);
  kombo_client_get_candidates_by_email_async (shortlist_account_get_client (self->account), email,
                                              self->cancellable, lookup_done_cb, self);
}

static void
restrictions_changed_cb (ShortlistCandidatePage *self)
{
  shortlist_attachments_group_set_restrictions (self->attachments_group,
                                                shortlist_job_group_get_restrictions (self->job_group));
}

static void
shortlist_candidate_page_dispose (GObject *object)
{
  ShortlistCandidatePage *self = (ShortlistCandidatePage *) object;

  g_cancellable_cancel (self->submit_cancellable);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->submit_cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->error_fields, g_ptr_array_unref);

  shortlist_widget_dispose_template (GTK_WIDGET (self), SHORTLIST_TYPE_CANDIDATE_PAGE);

  g_clear_object (&self->account);
  g_clear_object (&self->draft);

  G_OBJECT_CLASS (shortlist_candidate_page_parent_class)->dispose (object);
}

static void
shortlist_candidate_page_class_init (ShortlistCandidatePageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_candidate_page_dispose;

  g_type_ensure (SHORTLIST_TYPE_ATTACHMENTS_GROUP);
  g_type_ensure (SHORTLIST_TYPE_CANDIDATE_RESULT);
  g_type_ensure (SHORTLIST_TYPE_CONTACT_LIST);
  g_type_ensure (SHORTLIST_TYPE_COUNTRY_ROW);
  g_type_ensure (SHORTLIST_TYPE_DATE_BUTTON);
  g_type_ensure (SHORTLIST_TYPE_ERROR_BOX);
  g_type_ensure (SHORTLIST_TYPE_JOB_GROUP);
  g_type_ensure (SHORTLIST_TYPE_QUESTIONS_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/shortlist-candidate-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ShortlistCandidatePage, name)
  BIND (page_stack);
  BIND (scrolled_window);
  BIND (form_box);
  BIND (error_box);
  BIND (lookup_button);
  BIND (job_group);
  BIND (first_name_row);
  BIND (last_name_row);
  BIND (email_row);
  BIND (phone_row);
  BIND (company_row);
  BIND (title_row);
  BIND (gender_row);
  BIND (emails_list);
  BIND (phones_list);
  BIND (country_row);
  BIND (state_row);
  BIND (city_row);
  BIND (street_row);
  BIND (zip_row);
  BIND (salary_row);
  BIND (period_row);
  BIND (availability_row);
  BIND (availability_button);
  BIND (links_list);
  BIND (questions_group);
  BIND (attachments_group);
  BIND (consent_row);
  BIND (consent_switch);
  BIND (consent_until_button);
  BIND (sourced_by_row);
  BIND (remote_fields_expander);
  BIND (remote_fields_row);
  BIND (remote_fields_view);
  BIND (cancel_button);
  BIND (progress_bar);
  BIND (result);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, lookup_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_cb);

  gtk_widget_class_install_action (widget_class, "candidate.submit", NULL, submit_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "candidate.submit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "candidate.submit", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
shortlist_candidate_page_init (ShortlistCandidatePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->error_fields = g_ptr_array_new_with_free_func (g_object_unref);
  self->draft = kombo_candidate_draft_new ();
  bind_draft (self);
  g_signal_connect_object (self->draft, "notify::remote-fields", G_CALLBACK (remote_fields_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->job_group, "notify::restrictions", G_CALLBACK (restrictions_changed_cb), self, G_CONNECT_SWAPPED);
}

void
shortlist_candidate_page_set_account (ShortlistCandidatePage *self,
                                      ShortlistAccount       *account)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_PAGE (self));
  g_return_if_fail (self->account == NULL);

  self->account = g_object_ref (account);
  shortlist_job_group_set_account (self->job_group, account);
}

/**
 * shortlist_candidate_page_get_draft:
 *
 * Returns: (transfer none): the candidate being typed
 */
KomboCandidateDraft *
shortlist_candidate_page_get_draft (ShortlistCandidatePage *self)
{
  g_return_val_if_fail (SHORTLIST_IS_CANDIDATE_PAGE (self), NULL);
  return self->draft;
}

/**
 * shortlist_candidate_page_new_candidate:
 *
 * Clears the form for the next person. The job and stage stay chosen.
 */
void
shortlist_candidate_page_new_candidate (ShortlistCandidatePage *self)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_PAGE (self));

  if (self->submit_cancellable != NULL)
    return;

  clear_field_errors (self);
  kombo_candidate_draft_clear (self->draft);
  shortlist_error_box_clear (self->error_box);
  gtk_widget_set_visible (self->lookup_button, FALSE);
  gtk_stack_set_visible_child_name (self->page_stack, "form");
  scroll_to_top (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->first_name_row));
}

static void
discard_response_cb (AdwMessageDialog       *dialog,
                     const char             *response,
                     ShortlistCandidatePage *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    shortlist_candidate_page_new_candidate (self);
}

/**
 * shortlist_candidate_page_ask_new_candidate:
 *
 * Starts a new candidate, after asking when the form holds unsent work.
 */
void
shortlist_candidate_page_ask_new_candidate (ShortlistCandidatePage *self)
{
  GtkWidget *dialog;

  g_return_if_fail (SHORTLIST_IS_CANDIDATE_PAGE (self));

  if (!on_form (self) || kombo_candidate_draft_is_empty (self->draft))
    {
      shortlist_candidate_page_new_candidate (self);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _ ("Discard This Candidate?"),
                                   _ ("What was typed for this candidate has not been submitted and will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _ ("_Keep Editing"),
                                    "discard", _ ("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
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
      toast (self, _ ("Files can be attached once the candidate has been sent"));
      return;
    }
  shortlist_attachments_group_add_files (self->attachments_group, files, n_files);
}
