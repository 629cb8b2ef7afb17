/* shortlist-job-group.c: the job and stage a candidate applies to, from the integration's open jobs
 *
 * The open jobs (and what the ATS accepts as attachments) are loaded for the active
 * integration; a job is chosen from the searchable list, or its ID typed. The draft holds the
 * choice: a job chosen before the list arrives, or restored, is found in it by its ID.
 */
#define G_LOG_DOMAIN "shortlist-job-group"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-form.h"
#include "shortlist-job-button.h"
#include "shortlist-job-group.h"
#include "shortlist-widget.h"

struct _ShortlistJobGroup
{
  AdwPreferencesGroup parent_instance;

  AdwActionRow       *job_row;
  ShortlistJobButton *job_button;
  GtkButton          *reload_button;
  AdwEntryRow        *job_id_row;
  AdwComboRow        *stage_row;

  ShortlistAccount            *account;
  KomboCandidateDraft         *draft;
  GListModel                  *jobs;
  KomboAttachmentRestrictions *restrictions;
  GCancellable                *cancellable; /* of the loads for the active integration */
  GBinding                    *job_binding;
  GBinding                    *job_id_binding;
  gboolean                     showing_stage;
};

G_DEFINE_FINAL_TYPE (ShortlistJobGroup, shortlist_job_group, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  PROP_0,
  PROP_RESTRICTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static KomboJob *
job (ShortlistJobGroup *self)
{
  return self->draft ? kombo_candidate_draft_get_job (self->draft) : NULL;
}

static void
show_stage (ShortlistJobGroup *self)
{
  GListModel *stages = job (self) ? kombo_job_get_stages (job (self)) : NULL;
  const char *stage_id = self->draft ? kombo_candidate_draft_get_text (self->draft, "stage-id") : "";
  guint       selected = 0;

  for (guint i = 0; stages != NULL && i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr (KomboStage) stage = g_list_model_get_item (stages, i);

      if (g_strcmp0 (kombo_stage_get_id (stage), stage_id) == 0)
        selected = i + 1;
    }
  self->showing_stage = TRUE;
  adw_combo_row_set_selected (self->stage_row, selected);
  self->showing_stage = FALSE;
}

static void
stage_chosen_cb (ShortlistJobGroup *self)
{
  GListModel *stages = job (self) ? kombo_job_get_stages (job (self)) : NULL;
  guint       selected = adw_combo_row_get_selected (self->stage_row);
  g_autoptr (KomboStage) stage = NULL;

  if (self->showing_stage || self->draft == NULL)
    return;
  if (stages != NULL && selected >= 1 && selected <= g_list_model_get_n_items (stages))
    stage = g_list_model_get_item (stages, selected - 1);
  kombo_candidate_draft_set_text (self->draft, "stage-id", stage ? kombo_stage_get_id (stage) : "");
}

static void job_id_changed_cb (ShortlistJobGroup *self);

static void
job_changed_cb (ShortlistJobGroup *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *stages = job (self) ? kombo_job_get_stages (job (self)) : NULL;

  gtk_string_list_append (names, _ ("The job’s first stage"));
  for (guint i = 0; stages != NULL && i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr (KomboStage) stage = g_list_model_get_item (stages, i);
      const char *name = kombo_stage_get_name (stage);

      gtk_string_list_append (names, name ? name : kombo_stage_get_id (stage));
    }
  self->showing_stage = TRUE;
  adw_combo_row_set_model (self->stage_row, G_LIST_MODEL (names));
  self->showing_stage = FALSE;
  show_stage (self);

  /* A draft brought back says its job by ID only: it is taken from the list */
  if (job (self) == NULL && self->draft != NULL)
    job_id_changed_cb (self);
}

/* A job ID typed, pasted or restored that is one of the listed jobs chooses that job */
static void
job_id_changed_cb (ShortlistJobGroup *self)
{
  if (self->jobs != NULL && job (self) == NULL)
    shortlist_job_button_choose (self->job_button, kombo_candidate_draft_get_text (self->draft, "job-id"));
}

static void
describe_jobs (ShortlistJobGroup *self)
{
  guint            n = self->jobs ? g_list_model_get_n_items (self->jobs) : 0;
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_ ("No open jobs; type a job ID below"));
  else
    text = g_strdup_printf (ngettext ("Choose from %u open job, or type a job ID below",
                                      "Choose from %u open jobs, or type a job ID below", n),
                            n);
  adw_action_row_set_subtitle (self->job_row, text);
}

static void
jobs_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ShortlistJobGroup *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) jobs = kombo_client_get_jobs_finish (KOMBO_CLIENT (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->reload_button), TRUE);
  if (jobs == NULL)
    {
      g_autofree char *text = kombo_error_dup_sentence (error);

      adw_action_row_set_subtitle (self->job_row, _ ("The open jobs could not be loaded; type a job ID below"));
      shortlist_form_set_error (GTK_WIDGET (self->job_row), text);
      return;
    }

  g_set_object (&self->jobs, jobs);
  shortlist_job_button_set_jobs (self->job_button, jobs);
  describe_jobs (self);

  /* A job typed, chosen or restored before the list came is taken from it, if it is still open */
  if (self->draft != NULL)
    job_id_changed_cb (self);
}

static void
restrictions_loaded_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  ShortlistJobGroup *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboAttachmentRestrictions) restrictions = NULL;

  restrictions = kombo_client_get_attachment_restrictions_finish (KOMBO_CLIENT (object), result, &error);
  if (restrictions == NULL)
    {
      /* Not every ATS can say; Kombo checks again when the candidate is sent */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No attachment restrictions: %s", error->message);
      return;
    }
  if (g_set_object (&self->restrictions, restrictions))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESTRICTIONS]);
}

static void
load_jobs (ShortlistJobGroup *self)
{
  KomboClient *client = shortlist_account_get_client (self->account);
  const char  *statuses[] = { "OPEN", NULL };

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->restrictions != NULL)
    {
      g_clear_object (&self->restrictions);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESTRICTIONS]);
    }

  shortlist_form_clear_error (GTK_WIDGET (self->job_row));
  if (!shortlist_account_get_ready (self->account))
    return;

  self->cancellable = g_cancellable_new ();
  adw_action_row_set_subtitle (self->job_row, _ ("Loading the open jobs…"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->reload_button), FALSE);
  kombo_client_get_jobs_async (client, NULL, statuses, self->cancellable, jobs_loaded_cb, self);
  kombo_client_get_attachment_restrictions_async (client, self->cancellable, restrictions_loaded_cb, self);
}

static void
integration_changed_cb (ShortlistJobGroup *self)
{
  /* Jobs of one ATS mean nothing in another */
  g_clear_object (&self->jobs);
  shortlist_job_button_set_jobs (self->job_button, NULL);
  if (self->draft != NULL)
    {
      kombo_candidate_draft_set_job (self->draft, NULL);
      kombo_candidate_draft_set_text (self->draft, "job-id", "");
    }
  load_jobs (self);
}

static void
shortlist_job_group_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ShortlistJobGroup *self = SHORTLIST_JOB_GROUP (object);

  switch (prop_id)
    {
    case PROP_RESTRICTIONS:
      g_value_set_object (value, self->restrictions);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
shortlist_job_group_dispose (GObject *object)
{
  ShortlistJobGroup *self = (ShortlistJobGroup *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->account != NULL)
    g_signal_handlers_disconnect_by_data (self->account, self);
  g_clear_object (&self->account);
  shortlist_job_group_set_draft (self, NULL);
  shortlist_widget_dispose_template (GTK_WIDGET (self), SHORTLIST_TYPE_JOB_GROUP);
  g_clear_object (&self->jobs);
  g_clear_object (&self->restrictions);

  G_OBJECT_CLASS (shortlist_job_group_parent_class)->dispose (object);
}

static void
shortlist_job_group_class_init (ShortlistJobGroupClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_job_group_dispose;
  object_class->get_property = shortlist_job_group_get_property;

  /* What the integration's ATS accepts as attachments, once it has said */
  properties[PROP_RESTRICTIONS] = g_param_spec_object ("restrictions", NULL, NULL, KOMBO_TYPE_ATTACHMENT_RESTRICTIONS,
                                                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SHORTLIST_TYPE_JOB_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/shortlist-job-group.ui");
  gtk_widget_class_bind_template_child (widget_class, ShortlistJobGroup, job_row);
  gtk_widget_class_bind_template_child (widget_class, ShortlistJobGroup, job_button);
  gtk_widget_class_bind_template_child (widget_class, ShortlistJobGroup, reload_button);
  gtk_widget_class_bind_template_child (widget_class, ShortlistJobGroup, job_id_row);
  gtk_widget_class_bind_template_child (widget_class, ShortlistJobGroup, stage_row);
  gtk_widget_class_bind_template_callback (widget_class, load_jobs);
  gtk_widget_class_bind_template_callback (widget_class, stage_chosen_cb);
}

static void
shortlist_job_group_init (ShortlistJobGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  job_changed_cb (self);
}

void
shortlist_job_group_set_account (ShortlistJobGroup *self,
                                 ShortlistAccount  *account)
{
  g_return_if_fail (SHORTLIST_IS_JOB_GROUP (self));
  g_return_if_fail (self->account == NULL);

  self->account = g_object_ref (account);
  g_signal_connect_swapped (account, "notify::active-integration", G_CALLBACK (integration_changed_cb), self);
  g_signal_connect_swapped (account, "notify::ready", G_CALLBACK (load_jobs), self);
  load_jobs (self);
}

void
shortlist_job_group_set_draft (ShortlistJobGroup   *self,
                               KomboCandidateDraft *draft)
{
  g_return_if_fail (SHORTLIST_IS_JOB_GROUP (self));

  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_data (self->draft, self);
  g_clear_pointer (&self->job_binding, g_binding_unbind);
  g_clear_pointer (&self->job_id_binding, g_binding_unbind);
  g_set_object (&self->draft, draft);
  if (draft == NULL)
    return;

  self->job_id_binding = g_object_bind_property (draft, "job-id", self->job_id_row, "text",
                                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  self->job_binding = g_object_bind_property (draft, "job", self->job_button, "job",
                                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (draft, "notify::job", G_CALLBACK (job_changed_cb), self);
  g_signal_connect_swapped (draft, "notify::stage-id", G_CALLBACK (show_stage), self);
  g_signal_connect_swapped (draft, "notify::job-id", G_CALLBACK (job_id_changed_cb), self);
  job_changed_cb (self);
  job_id_changed_cb (self);
}

/* Returns: (nullable) (transfer none): what the integration's ATS accepts as attachments */
KomboAttachmentRestrictions *
shortlist_job_group_get_restrictions (ShortlistJobGroup *self)
{
  g_return_val_if_fail (SHORTLIST_IS_JOB_GROUP (self), NULL);
  return self->restrictions;
}

/* Returns: (nullable): the field of `application.job_id` or `application.stage_id` */
GtkWidget *
shortlist_job_group_get_field (ShortlistJobGroup *self,
                               const char        *path)
{
  g_return_val_if_fail (SHORTLIST_IS_JOB_GROUP (self), NULL);

  if (g_strcmp0 (path, "application.job_id") == 0)
    return GTK_WIDGET (self->job_id_row);
  if (g_strcmp0 (path, "application.stage_id") == 0)
    return GTK_WIDGET (self->stage_row);
  return NULL;
}
