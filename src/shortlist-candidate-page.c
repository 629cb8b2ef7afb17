/* shortlist-candidate-page.c: the form that submits a candidate and their application
 *
 * The widgets fill a KomboCandidate; the model checks itself, and every problem is shown next
 * to the field it came from, found through the JSON path the model reports. Nothing typed is
 * cleared by a failure: only "New Candidate" clears the form, and it keeps the job, since
 * recruiters often submit several people to one job.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "shortlist-candidate-page.h"
#include "shortlist-date-button.h"
#include "shortlist-error-box.h"
#include "shortlist-form.h"
#include "shortlist-job-button.h"
#include "shortlist-question-field.h"
#include "shortlist-widget.h"

struct _ShortlistCandidatePage
{
  GtkWidget parent_instance;

  GtkWidget *page_stack;
  GtkWidget *scrolled_window;
  GtkWidget *form_box;
  GtkWidget *error_box;
  GtkWidget *lookup_button;
  GtkWidget *job_row;
  GtkWidget *job_button;
  GtkWidget *reload_jobs_button;
  GtkWidget *job_id_row;
  GtkWidget *stage_row;
  GtkWidget *first_name_row;
  GtkWidget *last_name_row;
  GtkWidget *email_row;
  GtkWidget *phone_row;
  GtkWidget *company_row;
  GtkWidget *title_row;
  GtkWidget *gender_row;
  GtkWidget *emails_group;
  GtkWidget *phones_group;
  GtkWidget *country_row;
  GtkWidget *country_dropdown;
  GtkWidget *state_row;
  GtkWidget *city_row;
  GtkWidget *street_row;
  GtkWidget *zip_row;
  GtkWidget *salary_row;
  GtkWidget *period_row;
  GtkWidget *availability_row;
  GtkWidget *availability_button;
  GtkWidget *links_group;
  GtkWidget *questions_group;
  GtkWidget *attachments_group;
  GtkWidget *consent_row;
  GtkWidget *consent_switch;
  GtkWidget *consent_until_button;
  GtkWidget *sourced_by_row;
  GtkWidget *remote_fields_expander;
  GtkWidget *remote_fields_row;
  GtkWidget *remote_fields_view;
  GtkWidget *cancel_button;
  GtkWidget *progress_bar;
  GtkWidget *submit_button;
  GtkWidget *result_status;
  GtkWidget *result_id_row;
  GtkWidget *open_in_ats_row;
  GtkWidget *warnings_group;

  ShortlistAccount            *account;
  GCancellable                *load_cancellable; /* jobs and restrictions of the active integration */
  GCancellable                *submit_cancellable;
  GCancellable                *cancellable; /* everything else, until the page goes */
  GListModel                  *jobs;
  KomboJob                    *job;
  KomboAttachmentRestrictions *restrictions;
  GPtrArray                   *questions; /* ShortlistQuestionField */
  GPtrArray                   *text_rows; /* the fixed text fields, which New Candidate empties */
  GPtrArray                   *email_rows;
  GPtrArray                   *phone_rows;
  GPtrArray                   *link_rows;
  GPtrArray                   *warning_rows;
  GListStore                  *attachments;
  GPtrArray                   *attachment_rows;
  GPtrArray                   *country_codes; /* in the order of the country list; [0] is "not given" */
  GHashTable                  *fields;        /* JSON path → the widget it was read from (a reference) */
  KomboCandidateRecord        *created;
  gboolean                     setting_job_id;
};

G_DEFINE_FINAL_TYPE (ShortlistCandidatePage, shortlist_candidate_page, GTK_TYPE_WIDGET)

static void
toast (ShortlistCandidatePage *self,
       const char             *text)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", text);
}

/* Jobs and stages */

static void
rebuild_stages (ShortlistCandidatePage *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *stages = self->job ? kombo_job_get_stages (self->job) : NULL;

  gtk_string_list_append (names, _ ("The job’s first stage"));
  for (guint i = 0; stages != NULL && i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr (KomboStage) stage = g_list_model_get_item (stages, i);
      const char *name = kombo_stage_get_name (stage);

      gtk_string_list_append (names, name ? name : kombo_stage_get_id (stage));
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (self->stage_row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->stage_row), 0);
}

static void
update_preconditions (ShortlistCandidatePage *self)
{
  /* Questions depend on earlier ones; one pass in order settles chains */
  for (guint i = 0; i < self->questions->len; i++)
    {
      ShortlistQuestionField *field = self->questions->pdata[i];
      KomboScreeningQuestion *question = shortlist_question_field_get_question (field);
      const char             *depends_on = kombo_screening_question_get_precondition_question_id (question);
      gboolean                shown = TRUE;

      if (depends_on != NULL)
        {
          shown = FALSE;
          for (guint j = 0; j < self->questions->len; j++)
            {
              ShortlistQuestionField *other = self->questions->pdata[j];

              if (g_strcmp0 (kombo_screening_question_get_id (shortlist_question_field_get_question (other)), depends_on) == 0)
                shown = shortlist_question_field_matches (other, kombo_screening_question_get_precondition_options (question));
            }
        }
      shortlist_question_field_set_shown (field, shown);
    }
}

static void
rebuild_questions (ShortlistCandidatePage *self)
{
  GListModel *questions = self->job ? kombo_job_get_screening_questions (self->job) : NULL;
  guint       n = questions ? g_list_model_get_n_items (questions) : 0;

  for (guint i = 0; i < self->questions->len; i++)
    {
      ShortlistQuestionField *field = self->questions->pdata[i];

      g_signal_handlers_disconnect_by_data (field, self);
      shortlist_form_clear_error (shortlist_question_field_get_row (field));
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->questions_group),
                                    shortlist_question_field_get_row (field));
    }
  g_ptr_array_set_size (self->questions, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KomboScreeningQuestion) question = g_list_model_get_item (questions, i);
      ShortlistQuestionField *field = shortlist_question_field_new (question);

      g_signal_connect_swapped (field, "changed", G_CALLBACK (update_preconditions), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->questions_group),
                                 shortlist_question_field_get_row (field));
      g_ptr_array_add (self->questions, field);
    }

  if (self->job == NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->questions_group),
                                           _ ("Choose a job from the list to see its questions."));
  else if (n == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->questions_group),
                                           _ ("This job asks no screening questions."));
  else
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->questions_group), NULL);

  update_preconditions (self);
}

static void
set_job (ShortlistCandidatePage *self,
         KomboJob               *job)
{
  if (self->job == job)
    return;
  g_set_object (&self->job, job);
  rebuild_stages (self);
  rebuild_questions (self);
}

static void
job_chosen_cb (ShortlistCandidatePage *self)
{
  KomboJob *job = shortlist_job_button_get_job (SHORTLIST_JOB_BUTTON (self->job_button));

  if (job == NULL)
    {
      set_job (self, NULL);
      return;
    }

  self->setting_job_id = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->job_id_row), kombo_job_get_id (job));
  self->setting_job_id = FALSE;
  set_job (self, job);
}

static void
job_id_changed_cb (ShortlistCandidatePage *self)
{
  if (self->setting_job_id || self->job == NULL)
    return;

  /* A typed id is another job, whose stages and questions Shortlist does not know */
  shortlist_job_button_set_job (SHORTLIST_JOB_BUTTON (self->job_button), NULL);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->questions_group),
                                         _ ("Questions are shown for jobs chosen from the list."));
}

static void
describe_jobs (ShortlistCandidatePage *self)
{
  guint            n = self->jobs ? g_list_model_get_n_items (self->jobs) : 0;
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_ ("No open jobs; type a job ID below"));
  else
    text = g_strdup_printf (ngettext ("Choose from %u open job, or type a job ID below",
                                      "Choose from %u open jobs, or type a job ID below", n),
                            n);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->job_row), text);
}

static void
jobs_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ShortlistCandidatePage *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) jobs = kombo_client_get_jobs_finish (KOMBO_CLIENT (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_sensitive (self->reload_jobs_button, TRUE);
  if (jobs == NULL)
    {
      g_autofree char *text = kombo_error_dup_sentence (error);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->job_row), _ ("The open jobs could not be loaded; type a job ID below"));
      shortlist_form_set_error (self->job_row, text);
      return;
    }

  g_set_object (&self->jobs, jobs);
  shortlist_job_button_set_jobs (SHORTLIST_JOB_BUTTON (self->job_button), jobs);
  describe_jobs (self);

  /* Keep a job that was typed or chosen before, if it is still open */
  shortlist_job_button_choose (SHORTLIST_JOB_BUTTON (self->job_button), gtk_editable_get_text (GTK_EDITABLE (self->job_id_row)));
}

static void
restrictions_loaded_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  ShortlistCandidatePage *self = user_data;
  g_autoptr (GError) error = NULL;
  KomboAttachmentRestrictions *restrictions;

  restrictions = kombo_client_get_attachment_restrictions_finish (KOMBO_CLIENT (object), result, &error);
  if (restrictions == NULL)
    {
      /* Not every ATS can say; Kombo checks again when the candidate is sent */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No attachment restrictions: %s", error->message);
      return;
    }
  g_set_object (&self->restrictions, restrictions);
  g_object_unref (restrictions);
}

static void
load_jobs (ShortlistCandidatePage *self)
{
  KomboClient *client = shortlist_account_get_client (self->account);
  const char  *statuses[] = { "OPEN", NULL };

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->restrictions);

  shortlist_form_clear_error (self->job_row);
  if (!shortlist_account_get_ready (self->account))
    return;

  self->load_cancellable = g_cancellable_new ();
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->job_row), _ ("Loading the open jobs…"));
  gtk_widget_set_sensitive (self->reload_jobs_button, FALSE);
  kombo_client_get_jobs_async (client, NULL, statuses, self->load_cancellable, jobs_loaded_cb, self);
  kombo_client_get_attachment_restrictions_async (client, self->load_cancellable, restrictions_loaded_cb, self);
}

static void
reload_jobs_cb (ShortlistCandidatePage *self)
{
  load_jobs (self);
}

static void
integration_changed_cb (ShortlistCandidatePage *self)
{
  /* Jobs of one ATS mean nothing in another */
  g_clear_object (&self->jobs);
  shortlist_job_button_set_jobs (SHORTLIST_JOB_BUTTON (self->job_button), NULL);
  shortlist_job_button_set_job (SHORTLIST_JOB_BUTTON (self->job_button), NULL);
  self->setting_job_id = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->job_id_row), "");
  self->setting_job_id = FALSE;
  load_jobs (self);
}

/* Countries */

typedef struct
{
  const char *code;
  char       *name;
  char       *key;
} CountryName;

static int
compare_country_names (gconstpointer a,
                       gconstpointer b)
{
  return strcmp (((const CountryName *) a)->key, ((const CountryName *) b)->key);
}

/* Localised by iso-codes' own translations, sorted as the reader's language sorts */
static void
setup_countries (ShortlistCandidatePage *self)
{
  guint                   n = 0;
  const KomboCountry     *countries = kombo_countries_get_all (&n);
  g_autofree CountryName *names = g_new0 (CountryName, n);
  g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);
  GtkExpression *expression;

  for (guint i = 0; i < n; i++)
    {
      names[i].code = countries[i].alpha_2;
      names[i].name = g_strdup (g_dgettext ("iso_3166-1", countries[i].name));
      names[i].key = g_utf8_collate_key (names[i].name, -1);
    }
  qsort (names, n, sizeof (CountryName), compare_country_names);

  self->country_codes = g_ptr_array_new ();
  g_ptr_array_add (self->country_codes, NULL);
  gtk_string_list_append (list, _ ("Not given"));
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (self->country_codes, (gpointer) names[i].code);
      gtk_string_list_append (list, names[i].name);
      g_free (names[i].name);
      g_free (names[i].key);
    }

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (GTK_DROP_DOWN (self->country_dropdown), expression);
  gtk_expression_unref (expression);
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->country_dropdown), G_LIST_MODEL (list));
}

/* Rows added by the person */

static void
remove_row_cb (GtkButton *button,
               GPtrArray *rows)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "row");
  GtkWidget *group = g_object_get_data (G_OBJECT (button), "group");

  shortlist_form_clear_error (row);
  g_ptr_array_remove (rows, row);
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
}

static GtkWidget *
add_entry_row (GtkWidget  *group,
               GPtrArray  *rows,
               const char *title,
               const char *remove_label,
               gboolean    with_type)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  if (with_type)
    {
      const char *types[] = { NC_ ("contact kind", "Personal"), NC_ ("contact kind", "Work"), NC_ ("contact kind", "Other"), NULL };
      g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);
      GtkWidget *dropdown;

      for (guint i = 0; types[i] != NULL; i++)
        gtk_string_list_append (list, g_dpgettext2 (NULL, "contact kind", types[i]));
      dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (list)), NULL);
      gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Kind"), -1);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), dropdown);
      g_object_set_data (G_OBJECT (row), "type-dropdown", dropdown);
    }

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_object_set_data (G_OBJECT (remove), "row", row);
  g_object_set_data (G_OBJECT (remove), "group", group);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_row_cb), rows);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_ptr_array_add (rows, row);
  gtk_widget_grab_focus (row);
  return row;
}

static void
add_email_cb (ShortlistCandidatePage *self)
{
  add_entry_row (self->emails_group, self->email_rows, _ ("Email address"), _ ("Remove This Email Address"), TRUE);
}

static void
add_phone_cb (ShortlistCandidatePage *self)
{
  add_entry_row (self->phones_group, self->phone_rows, _ ("Phone number"), _ ("Remove This Phone Number"), TRUE);
}

static void
add_link_cb (ShortlistCandidatePage *self)
{
  add_entry_row (self->links_group, self->link_rows, _ ("Link, such as https://www.linkedin.com/in/…"), _ ("Remove This Link"), FALSE);
}

static void
clear_rows (GtkWidget *group,
            GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      shortlist_form_clear_error (rows->pdata[i]);
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), rows->pdata[i]);
    }
  g_ptr_array_set_size (rows, 0);
}

/* Attachments */

static void check_attachments (ShortlistCandidatePage *self);

static void
attachment_type_cb (GtkDropDown     *dropdown,
                    GParamSpec      *pspec,
                    KomboAttachment *attachment)
{
  kombo_attachment_set_attachment_type (attachment, gtk_drop_down_get_selected (dropdown));
}

static void
remove_attachment_cb (GtkButton              *button,
                      ShortlistCandidatePage *self)
{
  KomboAttachment *attachment = g_object_get_data (G_OBJECT (button), "attachment");
  guint            position;

  if (g_list_store_find (self->attachments, attachment, &position))
    g_list_store_remove (self->attachments, position);
}

static void
rebuild_attachment_rows (ShortlistCandidatePage *self)
{
  for (guint i = 0; i < self->attachment_rows->len; i++)
    {
      shortlist_form_clear_error (self->attachment_rows->pdata[i]);
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->attachments_group), self->attachment_rows->pdata[i]);
    }
  g_ptr_array_set_size (self->attachment_rows, 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->attachments)); i++)
    {
      g_autoptr (KomboAttachment) attachment = g_list_model_get_item (G_LIST_MODEL (self->attachments), i);
      const char      *content_type = kombo_attachment_get_content_type (attachment);
      g_autofree char *size = g_format_size (kombo_attachment_get_size (attachment));
      g_autofree char *kind = content_type ? g_content_type_get_description (content_type) : g_strdup (_ ("Unknown kind of file"));
      /* TRANSLATORS: a file's size, then its kind, e.g. "1.2 MB · PDF document" */
      g_autofree char *subtitle = g_strdup_printf (_ ("%s · %s"), size, kind);
      g_autoptr (GIcon) icon = content_type ? g_content_type_get_symbolic_icon (content_type) : NULL;
      const char *types[] = { NC_ ("document kind", "CV"), NC_ ("document kind", "Cover letter"), NC_ ("document kind", "Other"), NULL };
      g_autoptr (GtkStringList) list = gtk_string_list_new (NULL);
      g_autofree char *remove_label = g_strdup_printf (_ ("Remove %s"), kombo_attachment_get_name (attachment));
      GtkWidget       *row = adw_action_row_new ();
      GtkWidget       *dropdown;
      GtkWidget       *remove;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kombo_attachment_get_name (attachment));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (icon != NULL)
        adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_gicon (icon));

      for (guint t = 0; types[t] != NULL; t++)
        gtk_string_list_append (list, g_dpgettext2 (NULL, "document kind", types[t]));
      dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (list)), NULL);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), kombo_attachment_get_attachment_type (attachment));
      gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Kind of document"), -1);
      g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (attachment_type_cb), attachment, 0);
      g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (check_attachments), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);

      remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
      g_object_set_data_full (G_OBJECT (remove), "attachment", g_object_ref (attachment), g_object_unref);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_attachment_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->attachments_group), row);
      g_ptr_array_add (self->attachment_rows, row);
    }

  check_attachments (self);
}

/* Shows at once what the ATS will refuse, rather than after the upload */
static void
check_attachments (ShortlistCandidatePage *self)
{
  g_autoptr (GPtrArray) violations = NULL;

  for (guint i = 0; i < self->attachment_rows->len; i++)
    shortlist_form_clear_error (self->attachment_rows->pdata[i]);
  shortlist_form_clear_error (self->attachments_group);

  if (self->restrictions == NULL)
    return;

  violations = kombo_attachment_restrictions_check (self->restrictions, G_LIST_MODEL (self->attachments));
  for (guint i = 0; i < violations->len; i++)
    {
      KomboViolation *violation = violations->pdata[i];
      guint           index;

      if (sscanf (violation->path, "attachments[%u]", &index) == 1 && index < self->attachment_rows->len)
        {
          GtkWidget       *row = self->attachment_rows->pdata[index];
          const char      *previous = shortlist_form_get_error (row);
          g_autofree char *both = previous ? g_strdup_printf ("%s %s", previous, violation->message) : NULL;

          shortlist_form_set_error (row, both ? both : violation->message);
        }
      else
        shortlist_form_set_error (self->attachments_group, violation->message);
    }
}

static gboolean
has_cv (ShortlistCandidatePage *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->attachments)); i++)
    {
      g_autoptr (KomboAttachment) attachment = g_list_model_get_item (G_LIST_MODEL (self->attachments), i);

      if (kombo_attachment_get_attachment_type (attachment) == KOMBO_ATTACHMENT_CV)
        return TRUE;
    }
  return FALSE;
}

static void
attachment_loaded_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  ShortlistCandidatePage *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboAttachment) attachment = kombo_attachment_new_for_file_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (attachment == NULL)
    {
      shortlist_error_box_show_text (SHORTLIST_ERROR_BOX (self->error_box), _ ("A file could not be attached"), error->message);
      return;
    }

  /* The first file is most often the CV; the kind can be changed on its row */
  if (kombo_attachment_get_attachment_type (attachment) == KOMBO_ATTACHMENT_CV && has_cv (self))
    kombo_attachment_set_attachment_type (attachment, KOMBO_ATTACHMENT_OTHER);
  g_list_store_append (self->attachments, attachment);
}

static void
files_chosen_cb (GtkNativeDialog        *dialog,
                 int                     response,
                 ShortlistCandidatePage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      shortlist_candidate_page_attach_files (self, (GFile **) array->pdata, array->len);
    }
  g_object_unref (dialog);
}

static void
add_files_cb (ShortlistCandidatePage *self)
{
  GtkFileChooserNative *dialog;
  GtkFileFilter        *filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_ ("Add Files"), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Add"), _ ("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  gtk_file_filter_set_name (filter, _ ("Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_mime_type (filter, "application/msword");
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  gtk_file_filter_add_mime_type (filter, "application/vnd.oasis.opendocument.text");
  gtk_file_filter_add_mime_type (filter, "application/rtf");
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_object_unref (filter);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _ ("All Files"));
  gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_object_unref (filter);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (files_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Reading the form */

static void
register_field (ShortlistCandidatePage *self,
                const char             *path,
                GtkWidget              *widget)
{
  /* Held, not borrowed: a row may be removed before the next submit clears its message */
  g_hash_table_replace (self->fields, g_strdup (path), g_object_ref (widget));
}

static void
set_text_field (ShortlistCandidatePage *self,
                KomboCandidate         *candidate,
                const char             *property,
                const char             *path,
                GtkWidget              *row)
{
  kombo_candidate_set_field (candidate, property, gtk_editable_get_text (GTK_EDITABLE (row)));
  register_field (self, path, row);
}

/* Reads an amount as people type it: "85000", "85 000", "85,000", "85.000" or "4250.50" */
static gboolean
parse_amount (const char *text,
              double     *amount)
{
  g_autoptr (GString) digits = g_string_new (NULL);
  const char *last_separator = NULL;
  guint       n_separators = 0;
  char       *end = NULL;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ',' || c == '.')
        {
          last_separator = p;
          n_separators++;
        }
      else if (!g_unichar_isspace (c) && c != '\'' && c != 0x202F)
        if (!g_ascii_isdigit (*p))
          return FALSE;
    }

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      /* The last separator is the decimal point, unless three digits follow it, as in 85,000 */
      else if (p == last_separator && !(n_separators >= 1 && strlen (p + 1) == 3 && g_ascii_isdigit (p[1])))
        g_string_append_c (digits, '.');
    }

  if (digits->len == 0)
    return FALSE;
  *amount = g_ascii_strtod (digits->str, &end);
  return *end == '\0' && isfinite (*amount);
}

static KomboContactType
contact_type (GtkWidget *row)
{
  return gtk_drop_down_get_selected (GTK_DROP_DOWN (g_object_get_data (G_OBJECT (row), "type-dropdown")));
}

static char *
dup_remote_fields_text (ShortlistCandidatePage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->remote_fields_view));
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Builds the candidate from the form; problems only the form can see go to @violations */
static KomboCandidate *
collect (ShortlistCandidatePage *self,
         GPtrArray              *violations)
{
  g_autoptr (KomboCandidate) candidate = kombo_candidate_new ();
  g_autofree char *salary_text = shortlist_form_dup_text (self->salary_row);
  g_autofree char *remote_text = dup_remote_fields_text (self);
  g_autoptr (GError) error = NULL;
  guint  stage = adw_combo_row_get_selected (ADW_COMBO_ROW (self->stage_row));
  guint  country = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->country_dropdown));
  double amount = NAN;

  g_hash_table_remove_all (self->fields);

  set_text_field (self, candidate, "first-name", "candidate.first_name", self->first_name_row);
  set_text_field (self, candidate, "last-name", "candidate.last_name", self->last_name_row);
  set_text_field (self, candidate, "email-address", "candidate.email_address", self->email_row);
  set_text_field (self, candidate, "phone-number", "candidate.phone_number", self->phone_row);
  set_text_field (self, candidate, "company", "candidate.company", self->company_row);
  set_text_field (self, candidate, "title", "candidate.title", self->title_row);
  kombo_candidate_set_gender (candidate, adw_combo_row_get_selected (ADW_COMBO_ROW (self->gender_row)));

  for (guint i = 0; i < self->email_rows->len; i++)
    {
      g_autofree char *path = g_strdup_printf ("candidate.additional_email_addresses[%u].email_address", i);

      kombo_candidate_add_email (candidate, contact_type (self->email_rows->pdata[i]),
                                 gtk_editable_get_text (self->email_rows->pdata[i]));
      register_field (self, path, self->email_rows->pdata[i]);
    }
  for (guint i = 0; i < self->phone_rows->len; i++)
    {
      g_autofree char *path = g_strdup_printf ("candidate.additional_phone_numbers[%u].phone_number", i);

      kombo_candidate_add_phone (candidate, contact_type (self->phone_rows->pdata[i]),
                                 gtk_editable_get_text (self->phone_rows->pdata[i]));
      register_field (self, path, self->phone_rows->pdata[i]);
    }

  if (country != GTK_INVALID_LIST_POSITION && country < self->country_codes->len)
    kombo_candidate_set_field (candidate, "country", self->country_codes->pdata[country]);
  register_field (self, "candidate.location.country", self->country_row);
  set_text_field (self, candidate, "state", "candidate.location.state", self->state_row);
  set_text_field (self, candidate, "city", "candidate.location.city", self->city_row);
  set_text_field (self, candidate, "street-1", "candidate.location.street_1", self->street_row);
  set_text_field (self, candidate, "zip-code", "candidate.location.zip_code", self->zip_row);

  register_field (self, "candidate.salary_expectations.amount", self->salary_row);
  register_field (self, "candidate.salary_expectations.period", self->period_row);
  if (salary_text != NULL && !parse_amount (salary_text, &amount))
    kombo_violations_add (violations, "candidate.salary_expectations.amount",
                          _ ("“%s” is not an amount. Enter a number such as 85000."), salary_text);
  else
    kombo_candidate_set_salary (candidate, amount, adw_combo_row_get_selected (ADW_COMBO_ROW (self->period_row)));

  kombo_candidate_set_availability_date (candidate, shortlist_date_button_get_date (SHORTLIST_DATE_BUTTON (self->availability_button)));

  for (guint i = 0; i < self->link_rows->len; i++)
    {
      g_autofree char *path = g_strdup_printf ("candidate.social_links[%u].url", i);

      kombo_candidate_add_social_link (candidate, gtk_editable_get_text (self->link_rows->pdata[i]));
      register_field (self, path, self->link_rows->pdata[i]);
    }

  set_text_field (self, candidate, "job-id", "application.job_id", self->job_id_row);
  if (self->job != NULL && stage >= 1 && stage <= g_list_model_get_n_items (kombo_job_get_stages (self->job)))
    {
      g_autoptr (KomboStage) chosen = g_list_model_get_item (kombo_job_get_stages (self->job), stage - 1);

      kombo_candidate_set_field (candidate, "stage-id", kombo_stage_get_id (chosen));
    }

  for (guint i = 0; i < self->questions->len; i++)
    {
      ShortlistQuestionField *field = self->questions->pdata[i];
      guint                   index = kombo_candidate_get_n_answers (candidate);
      g_autofree char        *path = g_strdup_printf ("screening_question_answers[%u].answer", index);
      g_autofree char        *problem = NULL;

      if (!shortlist_question_field_add_answer (field, candidate, &problem))
        {
          g_autofree char *question_path = g_strdup_printf ("screening_questions.%s",
                                                            kombo_screening_question_get_id (shortlist_question_field_get_question (field)));

          kombo_violations_add (violations, question_path, "%s", problem);
          register_field (self, question_path, shortlist_question_field_get_row (field));
        }
      else if (kombo_candidate_get_n_answers (candidate) > index)
        register_field (self, path, shortlist_question_field_get_row (field));
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->attachments)); i++)
    {
      g_autoptr (KomboAttachment) attachment = g_list_model_get_item (G_LIST_MODEL (self->attachments), i);
      g_autofree char *path = g_strdup_printf ("attachments[%u]", i);

      kombo_candidate_add_attachment (candidate, attachment);
      register_field (self, path, self->attachment_rows->pdata[i]);
    }
  register_field (self, "attachments", self->attachments_group);

  if (gtk_switch_get_active (GTK_SWITCH (self->consent_switch)))
    kombo_candidate_set_gdpr_consent (candidate, TRUE,
                                      shortlist_date_button_get_date (SHORTLIST_DATE_BUTTON (self->consent_until_button)));

  set_text_field (self, candidate, "sourced-by", "sourced_by.user_id", self->sourced_by_row);

  register_field (self, "remote_fields", self->remote_fields_row);
  if (!kombo_candidate_set_remote_fields_from_text (candidate, remote_text, &error))
    kombo_violations_add (violations, "remote_fields", "%s", error->message);

  return g_steal_pointer (&candidate);
}

static GtkWidget *
field_for_path (ShortlistCandidatePage *self,
                const char             *path)
{
  g_autofree char *prefix = g_strdup (path);
  char            *dot;

  /* "attachments[1].content_type" is shown on the row of "attachments[1]" */
  while (TRUE)
    {
      GtkWidget *widget = g_hash_table_lookup (self->fields, prefix);

      if (widget != NULL)
        return widget;
      if ((dot = strrchr (prefix, '.')) == NULL)
        return NULL;
      *dot = '\0';
    }
}

static void
clear_field_errors (ShortlistCandidatePage *self)
{
  GHashTableIter iter;
  gpointer       widget;

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, &widget))
    shortlist_form_clear_error (widget);
  shortlist_form_clear_error (self->job_row);
}

/* Shows every problem next to its field and moves the focus to the first one */
static void
show_violations (ShortlistCandidatePage *self,
                 GPtrArray              *violations)
{
  GtkWidget *first = NULL;
  g_autoptr (GError) summary = kombo_error_new_invalid_input (violations);

  for (guint i = 0; i < violations->len; i++)
    {
      KomboViolation *violation = violations->pdata[i];
      GtkWidget      *field = field_for_path (self, violation->path);

      if (field == NULL)
        field = self->form_box;
      if (field == self->remote_fields_row)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self->remote_fields_expander), TRUE);

      if (field != self->form_box && shortlist_form_get_error (field) == NULL)
        shortlist_form_set_error (field, violation->message);
      if (first == NULL && field != self->form_box)
        first = field;
    }

  shortlist_error_box_show_error (SHORTLIST_ERROR_BOX (self->error_box), summary);
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

/* Sending */

static void
set_busy (ShortlistCandidatePage *self,
          gboolean                busy)
{
  gtk_widget_set_sensitive (self->form_box, !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "candidate.submit", !busy);
  gtk_widget_set_visible (self->cancel_button, busy);
  gtk_widget_set_visible (self->progress_bar, busy);
  if (busy)
    {
      gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), 0);
      gtk_progress_bar_set_text (GTK_PROGRESS_BAR (self->progress_bar), _ ("Sending…"));
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

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), total > 0 ? (double) sent / total : 1.0);
  gtk_progress_bar_set_text (GTK_PROGRESS_BAR (self->progress_bar), text);
}

static void
show_result (ShortlistCandidatePage *self,
             KomboCandidateRecord   *record,
             const char *const      *warnings)
{
  KomboIntegration *integration = shortlist_account_get_active_integration (self->account);
  g_autofree char  *name = kombo_candidate_record_dup_display_name (record);
  g_autofree char  *title = NULL;
  g_autofree char  *description = NULL;
  const char       *job_name = self->job ? kombo_job_get_name (self->job) : gtk_editable_get_text (GTK_EDITABLE (self->job_id_row));

  g_set_object (&self->created, record);

  /* TRANSLATORS: %s is the candidate's name */
  title = g_strdup_printf (_ ("%s Was Submitted"), name);
  /* TRANSLATORS: the job, then the applicant tracking system */
  description = g_strdup_printf (_ ("Applied to %s in %s."), job_name,
                                 integration ? kombo_integration_get_tool_label (integration) : _ ("the applicant tracking system"));
  adw_status_page_set_title (ADW_STATUS_PAGE (self->result_status), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (self->result_status), description);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->result_id_row), kombo_candidate_record_get_id (record));
  gtk_widget_set_visible (self->open_in_ats_row, kombo_candidate_record_get_remote_url (record) != NULL);

  for (guint i = 0; i < self->warning_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->warnings_group), self->warning_rows->pdata[i]);
  g_ptr_array_set_size (self->warning_rows, 0);
  for (guint i = 0; warnings != NULL && warnings[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), warnings[i]);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->warnings_group), row);
      g_ptr_array_add (self->warning_rows, row);
    }
  gtk_widget_set_visible (self->warnings_group, self->warning_rows->len > 0);

  gtk_stack_set_visible_child_name (GTK_STACK (self->page_stack), "result");
}

/* After these the candidate may or may not have reached the ATS */
static gboolean
is_ambiguous (const GError *error)
{
  guint status = kombo_error_get_http_status (error);

  if (error->domain != KOMBO_ERROR)
    return FALSE;
  return error->code == KOMBO_ERROR_TIMEOUT ||
         error->code == KOMBO_ERROR_NETWORK ||
         error->code == KOMBO_ERROR_INVALID_RESPONSE ||
         ((error->code == KOMBO_ERROR_HTTP || error->code == KOMBO_ERROR_API) && status >= 500);
}

static void
submitted_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ShortlistCandidatePage *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboWriteResult) written = NULL;

  written = kombo_client_create_candidate_finish (KOMBO_CLIENT (object), result, &error);
  g_clear_object (&self->submit_cancellable);
  set_busy (self, FALSE);

  if (written != NULL && kombo_write_result_get_candidate (written) != NULL)
    {
      show_result (self, kombo_write_result_get_candidate (written), kombo_write_result_get_warnings (written));
      return;
    }

  if (written != NULL)
    {
      g_autoptr (GError) odd = g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_INVALID_RESPONSE,
                                                    _ ("Kombo accepted the candidate but did not say which record it made."));
      shortlist_error_box_show_error (SHORTLIST_ERROR_BOX (self->error_box), odd);
      gtk_widget_set_visible (self->lookup_button, TRUE);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      shortlist_error_box_show_text (SHORTLIST_ERROR_BOX (self->error_box), _ ("Sending Was Cancelled"),
                                     _ ("If the upload had finished, the candidate may still have reached the applicant tracking system. Check before you submit again."));
      gtk_widget_set_visible (self->lookup_button, TRUE);
      return;
    }

  if (kombo_error_get_violations (error) != NULL)
    show_violations (self, kombo_error_get_violations (error));
  else
    shortlist_error_box_show_error (SHORTLIST_ERROR_BOX (self->error_box), error);
  gtk_widget_set_visible (self->lookup_button, is_ambiguous (error));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled_window)), 0);
}

static void
submit_cb (GtkWidget  *widget,
           const char *action,
           GVariant   *param)
{
  ShortlistCandidatePage *self = SHORTLIST_CANDIDATE_PAGE (widget);
  g_autoptr (GPtrArray) violations = g_ptr_array_new_with_free_func ((GDestroyNotify) kombo_violation_free);
  g_autoptr (GPtrArray) model_violations = NULL;
  g_autoptr (KomboCandidate) candidate = NULL;

  if (self->account == NULL || self->submit_cancellable != NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (self->page_stack)), "form") != 0)
    return;

  clear_field_errors (self);
  shortlist_error_box_clear (SHORTLIST_ERROR_BOX (self->error_box));
  gtk_widget_set_visible (self->lookup_button, FALSE);

  candidate = collect (self, violations);
  model_violations = kombo_candidate_validate (candidate);
  g_ptr_array_extend_and_steal (violations, g_steal_pointer (&model_violations));
  if (self->restrictions != NULL)
    g_ptr_array_extend_and_steal (violations,
                                  kombo_attachment_restrictions_check (self->restrictions, G_LIST_MODEL (self->attachments)));

  if (violations->len > 0)
    {
      show_violations (self, violations);
      return;
    }

  self->submit_cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  kombo_client_create_candidate_async (shortlist_account_get_client (self->account), candidate,
                                       progress_cb, self, NULL, self->submit_cancellable, submitted_cb, self);
}

static void
cancel_cb (ShortlistCandidatePage *self)
{
  g_cancellable_cancel (self->submit_cancellable);
}

static void
lookup_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ShortlistCandidatePage *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) found = kombo_client_get_candidates_finish (KOMBO_CLIENT (object), result, &error);
  const char *job_id = gtk_editable_get_text (GTK_EDITABLE (self->job_id_row));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (self->lookup_button, TRUE);

  if (found == NULL)
    {
      shortlist_error_box_show_error (SHORTLIST_ERROR_BOX (self->error_box), error);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr (KomboCandidateRecord) record = g_list_model_get_item (found, i);
      GListModel *applications = kombo_candidate_record_get_applications (record);

      for (guint j = 0; j < g_list_model_get_n_items (applications); j++)
        {
          g_autoptr (KomboApplication) application = g_list_model_get_item (applications, j);

          if (g_strcmp0 (kombo_application_get_job_id (application), job_id) == 0)
            {
              gtk_widget_set_visible (self->lookup_button, FALSE);
              shortlist_error_box_clear (SHORTLIST_ERROR_BOX (self->error_box));
              show_result (self, record, NULL);
              toast (self, _ ("The candidate had arrived in the applicant tracking system"));
              return;
            }
        }
    }

  shortlist_error_box_show_text (SHORTLIST_ERROR_BOX (self->error_box), _ ("Not in the Applicant Tracking System"),
                                 _ ("No application of this candidate to this job was found. It is safe to submit again."));
  gtk_widget_set_visible (self->lookup_button, FALSE);
}

static void
lookup_cb (ShortlistCandidatePage *self)
{
  g_autofree char *email = shortlist_form_dup_text (self->email_row);

  if (email == NULL)
    return;
  gtk_widget_set_sensitive (self->lookup_button, FALSE);
  kombo_client_get_candidates_by_email_async (shortlist_account_get_client (self->account), email,
                                              self->cancellable, lookup_done_cb, self);
}

/* The result */

static void
copy_id_cb (ShortlistCandidatePage *self)
{
  if (self->created == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), kombo_candidate_record_get_id (self->created));
  toast (self, _ ("Kombo ID copied"));
}

static void
open_in_ats_cb (ShortlistCandidatePage *self)
{
  if (self->created != NULL && kombo_candidate_record_get_remote_url (self->created) != NULL)
    gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                  kombo_candidate_record_get_remote_url (self->created), GDK_CURRENT_TIME);
}

static void
tag_cb (ShortlistCandidatePage *self)
{
  if (self->created != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.tag-candidate", "s", kombo_candidate_record_get_id (self->created));
}

static void
link_cb (ShortlistCandidatePage *self)
{
  if (self->created != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.link-candidate", "s", kombo_candidate_record_get_id (self->created));
}

static void
remote_fields_changed_cb (ShortlistCandidatePage *self)
{
  g_autofree char *text = dup_remote_fields_text (self);
  g_autoptr (KomboCandidate) probe = kombo_candidate_new ();
  g_autoptr (GError) error = NULL;

  /* Checked as it is typed, so a missing brace is seen before sending */
  if (kombo_candidate_set_remote_fields_from_text (probe, text, &error))
    shortlist_form_clear_error (self->remote_fields_row);
  else
    shortlist_form_set_error (self->remote_fields_row, error->message);
}

static void
shortlist_candidate_page_dispose (GObject *object)
{
  ShortlistCandidatePage *self = (ShortlistCandidatePage *) object;

  g_cancellable_cancel (self->load_cancellable);
  g_cancellable_cancel (self->submit_cancellable);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->submit_cancellable);
  g_clear_object (&self->cancellable);
  if (self->account != NULL)
    g_signal_handlers_disconnect_by_data (self->account, self);
  g_clear_object (&self->account);
  if (self->questions != NULL)
    for (guint i = 0; i < self->questions->len; i++)
      g_signal_handlers_disconnect_by_data (self->questions->pdata[i], self);
  if (self->attachments != NULL)
    g_signal_handlers_disconnect_by_data (self->attachments, self);

  shortlist_widget_dispose_template (GTK_WIDGET (self), SHORTLIST_TYPE_CANDIDATE_PAGE);

  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_object (&self->jobs);
  g_clear_object (&self->job);
  g_clear_object (&self->restrictions);
  g_clear_object (&self->attachments);
  g_clear_object (&self->created);
  g_clear_pointer (&self->text_rows, g_ptr_array_unref);
  g_clear_pointer (&self->email_rows, g_ptr_array_unref);
  g_clear_pointer (&self->phone_rows, g_ptr_array_unref);
  g_clear_pointer (&self->link_rows, g_ptr_array_unref);
  g_clear_pointer (&self->warning_rows, g_ptr_array_unref);
  g_clear_pointer (&self->attachment_rows, g_ptr_array_unref);
  g_clear_pointer (&self->country_codes, g_ptr_array_unref);
  g_clear_pointer (&self->fields, g_hash_table_unref);

  G_OBJECT_CLASS (shortlist_candidate_page_parent_class)->dispose (object);
}

static void
shortlist_candidate_page_class_init (ShortlistCandidatePageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_candidate_page_dispose;

  g_type_ensure (SHORTLIST_TYPE_ERROR_BOX);
  g_type_ensure (SHORTLIST_TYPE_DATE_BUTTON);
  g_type_ensure (SHORTLIST_TYPE_JOB_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/shortlist-candidate-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ShortlistCandidatePage, name)
  BIND (page_stack);
  BIND (scrolled_window);
  BIND (form_box);
  BIND (error_box);
  BIND (lookup_button);
  BIND (job_row);
  BIND (job_button);
  BIND (reload_jobs_button);
  BIND (job_id_row);
  BIND (stage_row);
  BIND (first_name_row);
  BIND (last_name_row);
  BIND (email_row);
  BIND (phone_row);
  BIND (company_row);
  BIND (title_row);
  BIND (gender_row);
  BIND (emails_group);
  BIND (phones_group);
  BIND (country_row);
  BIND (country_dropdown);
  BIND (state_row);
  BIND (city_row);
  BIND (street_row);
  BIND (zip_row);
  BIND (salary_row);
  BIND (period_row);
  BIND (availability_row);
  BIND (availability_button);
  BIND (links_group);
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
  BIND (submit_button);
  BIND (result_status);
  BIND (result_id_row);
  BIND (open_in_ats_row);
  BIND (warnings_group);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, lookup_cb);
  gtk_widget_class_bind_template_callback (widget_class, reload_jobs_cb);
  gtk_widget_class_bind_template_callback (widget_class, job_id_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_email_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_phone_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_link_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_files_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_id_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_in_ats_cb);
  gtk_widget_class_bind_template_callback (widget_class, tag_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_cb);

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
  self->questions = g_ptr_array_new_with_free_func (g_object_unref);
  self->text_rows = g_ptr_array_new ();
  {
    GtkWidget *rows[] = {
      self->first_name_row,
      self->last_name_row,
      self->email_row,
      self->phone_row,
      self->company_row,
      self->title_row,
      self->state_row,
      self->city_row,
      self->street_row,
      self->zip_row,
      self->salary_row,
      self->sourced_by_row,
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      g_ptr_array_add (self->text_rows, rows[i]);
  }
  self->email_rows = g_ptr_array_new ();
  self->phone_rows = g_ptr_array_new ();
  self->link_rows = g_ptr_array_new ();
  self->warning_rows = g_ptr_array_new ();
  self->attachment_rows = g_ptr_array_new ();
  self->attachments = g_list_store_new (KOMBO_TYPE_ATTACHMENT);
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_signal_connect_swapped (self->attachments, "items-changed", G_CALLBACK (rebuild_attachment_rows), self);

  g_signal_connect_swapped (self->job_button, "notify::job", G_CALLBACK (job_chosen_cb), self);

  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->remote_fields_view)), "changed",
                            G_CALLBACK (remote_fields_changed_cb), self);

  setup_countries (self);
  rebuild_stages (self);
  gtk_widget_set_visible (self->warnings_group, FALSE);
}

void
shortlist_candidate_page_set_account (ShortlistCandidatePage *self,
                                      ShortlistAccount       *account)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_PAGE (self));
  g_return_if_fail (self->account == NULL);

  self->account = g_object_ref (account);
  g_signal_connect_swapped (account, "notify::active-integration", G_CALLBACK (integration_changed_cb), self);
  g_signal_connect_swapped (account, "notify::ready", G_CALLBACK (load_jobs), self);
  load_jobs (self);
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
  g_hash_table_remove_all (self->fields);
  for (guint i = 0; i < self->text_rows->len; i++)
    gtk_editable_set_text (GTK_EDITABLE (self->text_rows->pdata[i]), "");
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->gender_row), 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->period_row), 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->country_dropdown), 0);
  shortlist_date_button_set_date (SHORTLIST_DATE_BUTTON (self->availability_button), NULL);
  shortlist_date_button_set_date (SHORTLIST_DATE_BUTTON (self->consent_until_button), NULL);
  gtk_switch_set_active (GTK_SWITCH (self->consent_switch), FALSE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->remote_fields_view)), "", -1);
  clear_rows (self->emails_group, self->email_rows);
  clear_rows (self->phones_group, self->phone_rows);
  clear_rows (self->links_group, self->link_rows);
  g_list_store_remove_all (self->attachments);
  rebuild_questions (self);

  shortlist_error_box_clear (SHORTLIST_ERROR_BOX (self->error_box));
  gtk_widget_set_visible (self->lookup_button, FALSE);
  g_clear_object (&self->created);
  gtk_stack_set_visible_child_name (GTK_STACK (self->page_stack), "form");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled_window)), 0);
  gtk_widget_grab_focus (self->first_name_row);
}

/* Whether the form holds anything a person typed or chose that is not yet submitted */
static gboolean
has_unsent_work (ShortlistCandidatePage *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (self->page_stack)), "form") != 0)
    return FALSE;

  for (guint i = 0; i < self->text_rows->len; i++)
    if (*gtk_editable_get_text (GTK_EDITABLE (self->text_rows->pdata[i])) != '\0')
      return TRUE;
  if (gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->remote_fields_view))) > 0)
    return TRUE;

  return self->email_rows->len > 0 || self->phone_rows->len > 0 || self->link_rows->len > 0 ||
         g_list_model_get_n_items (G_LIST_MODEL (self->attachments)) > 0;
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

  if (!has_unsent_work (self))
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

  if (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (self->page_stack)), "result") == 0)
    shortlist_candidate_page_new_candidate (self);
  /* The candidate being sent is fixed; say so rather than drop the files quietly */
  if (self->submit_cancellable != NULL)
    {
      toast (self, _ ("Files can be attached once the candidate has been sent"));
      return;
    }

  for (int i = 0; i < n_files; i++)
    kombo_attachment_new_for_file_async (files[i], KOMBO_ATTACHMENT_CV, self->cancellable, attachment_loaded_cb, self);
}
