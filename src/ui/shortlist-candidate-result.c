/* shortlist-candidate-result.c: what the ATS made of a submitted candidate, and what to do next
 *
 * The candidate's name and Kombo ID (with a copy button), a link into the ATS, every warning
 * the ATS gave, and one click to tag the same person, add a result link, or start the next.
 */
#define G_LOG_DOMAIN "shortlist-candidate-result"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "shortlist-candidate-result.h"
#include "shortlist-compat.h"
#include "shortlist-widget.h"

struct _ShortlistCandidateResult
{
  GtkWidget parent_instance;

  GtkFlowBox          *actions_box;
  AdwStatusPage       *result_status;
  AdwActionRow        *result_id_row;
  AdwActionRow        *open_in_ats_row;
  AdwPreferencesGroup *warnings_group;
  AdwPreferencesGroup *note_group;
  AdwActionRow        *note_row;
  GtkImage            *note_icon;

  KomboCandidateRecord *record;
  GPtrArray            *warning_rows;
};

G_DEFINE_FINAL_TYPE (ShortlistCandidateResult, shortlist_candidate_result, GTK_TYPE_WIDGET)

static void
copy_id_cb (ShortlistCandidateResult *self)
{
  if (self->record == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), kombo_candidate_record_get_id (self->record));
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", _ ("Kombo ID copied"));
}

static void
open_in_ats_cb (ShortlistCandidateResult *self)
{
  if (self->record != NULL && kombo_candidate_record_get_remote_url (self->record) != NULL)
    shortlist_show_uri (GTK_WIDGET (self), kombo_candidate_record_get_remote_url (self->record));
}

static void
tag_cb (ShortlistCandidateResult *self)
{
  if (self->record != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.tag-candidate", "s", kombo_candidate_record_get_id (self->record));
}

static void
link_cb (ShortlistCandidateResult *self)
{
  if (self->record != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.link-candidate", "s", kombo_candidate_record_get_id (self->record));
}

static void
shortlist_candidate_result_dispose (GObject *object)
{
  ShortlistCandidateResult *self = (ShortlistCandidateResult *) object;

  shortlist_widget_dispose_template (GTK_WIDGET (self), SHORTLIST_TYPE_CANDIDATE_RESULT);
  g_clear_object (&self->record);
  g_clear_pointer (&self->warning_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (shortlist_candidate_result_parent_class)->dispose (object);
}

static void
shortlist_candidate_result_class_init (ShortlistCandidateResultClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_candidate_result_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/shortlist-candidate-result.ui");
  gtk_widget_class_bind_template_child (widget_class, ShortlistCandidateResult, actions_box);
  gtk_widget_class_bind_template_child (widget_class, ShortlistCandidateResult, result_status);
  gtk_widget_class_bind_template_child (widget_class, ShortlistCandidateResult, result_id_row);
  gtk_widget_class_bind_template_child (widget_class, ShortlistCandidateResult, open_in_ats_row);
  gtk_widget_class_bind_template_child (widget_class, ShortlistCandidateResult, warnings_group);
  gtk_widget_class_bind_template_child (widget_class, ShortlistCandidateResult, note_group);
  gtk_widget_class_bind_template_child (widget_class, ShortlistCandidateResult, note_row);
  gtk_widget_class_bind_template_child (widget_class, ShortlistCandidateResult, note_icon);
  gtk_widget_class_bind_template_callback (widget_class, copy_id_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_in_ats_cb);
  gtk_widget_class_bind_template_callback (widget_class, tag_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
shortlist_candidate_result_init (ShortlistCandidateResult *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  shortlist_flow_buttons (self->actions_box);
  self->warning_rows = g_ptr_array_new ();
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_group), FALSE);
}

/**
 * shortlist_candidate_result_show:
 * @job_name: the job applied to, as the recruiter knows it
 * @ats_label: the applicant tracking system, such as "Greenhouse"
 * @warnings: (nullable): what the ATS remarked, to show as it said it
 */
void
shortlist_candidate_result_show (ShortlistCandidateResult *self,
                                 KomboCandidateRecord     *record,
                                 const char               *job_name,
                                 const char               *ats_label,
                                 const char *const        *warnings)
{
  g_autofree char *name = kombo_candidate_record_dup_display_name (record);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (SHORTLIST_IS_CANDIDATE_RESULT (self));

  g_set_object (&self->record, record);

  /* TRANSLATORS: %s is the candidate's name */
  title = g_strdup_printf (_ ("%s Was Submitted"), name);
  /* TRANSLATORS: the job, then the applicant tracking system */
  description = g_strdup_printf (_ ("Applied to %s in %s."), job_name, ats_label);
  adw_status_page_set_title (self->result_status, title);
  /* Job names come from the ATS */
  shortlist_status_page_set_text (self->result_status, description);
  adw_action_row_set_subtitle (self->result_id_row, kombo_candidate_record_get_id (record));
  gtk_widget_set_visible (GTK_WIDGET (self->open_in_ats_row), kombo_is_safe_link (kombo_candidate_record_get_remote_url (record)));

  for (guint i = 0; i < self->warning_rows->len; i++)
    adw_preferences_group_remove (self->warnings_group, self->warning_rows->pdata[i]);
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
      adw_preferences_group_add (self->warnings_group, row);
      g_ptr_array_add (self->warning_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_group), self->warning_rows->len > 0);
  shortlist_candidate_result_set_note (self, NULL, FALSE);
}

/**
 * shortlist_candidate_result_set_note:
 * @state: (nullable): what became of the note for the client's team, or %NULL when there is none
 * @problem: whether it was not sent
 */
void
shortlist_candidate_result_set_note (ShortlistCandidateResult *self,
                                     const char               *state,
                                     gboolean                  problem)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_RESULT (self));

  gtk_widget_set_visible (GTK_WIDGET (self->note_group), state != NULL);
  adw_action_row_set_subtitle (self->note_row, state ? state : "");
  gtk_image_set_from_icon_name (self->note_icon, problem ? "dialog-warning-symbolic" : "mail-send-symbolic");
  if (problem)
    gtk_widget_add_css_class (GTK_WIDGET (self->note_icon), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->note_icon), "warning");
}
