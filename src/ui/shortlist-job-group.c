/* shortlist-job-group.c: the job and stage a candidate applies to, from the integration's open jobs
 *
 * The open jobs (and what the ATS accepts as attachments) are loaded for the active
 * integration; a job is chosen from the searchable list, or its ID typed. The draft holds the
 * choice: a job chosen before the list arrives, or restored, is found in it by its ID.
 */
#define G_LOG_DOMAIN "shortlist-job-group"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-field-error.h"
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
  ShortlistJobCache           *cache;
  GListStore                  *found; /* what the server found for a search, while the list is not there */
  gboolean                     searching;
  char                        *search_text;
  guint                        search_source;
  GCancellable                *search_cancellable;
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
  if (self->cache != NULL && g_list_model_get_n_items (shortlist_job_cache_get_jobs (self->cache)) > 0 && job (self) == NULL)
    shortlist_job_button_choose (self->job_button, kombo_candidate_draft_get_text (self->draft, "job-id"));
}

/* Says how many open jobs there are, how old the list is when that matters, and why it is not newer */
static void
describe_jobs (ShortlistJobGroup *self)
{
  ShortlistJobCache *cache = self->cache;
  guint              n = cache ? g_list_model_get_n_items (shortlist_job_cache_get_jobs (cache)) : 0;
  const GError      *error = cache ? shortlist_job_cache_get_error (cache) : NULL;
  gint64             synced = cache ? shortlist_job_cache_get_synced (cache) : 0;
  gint64             now = g_get_real_time ();
  g_autofree char   *text = NULL;

  shortlist_field_clear_error (GTK_WIDGET (self->job_row));
  gtk_widget_set_sensitive (GTK_WIDGET (self->reload_button), cache != NULL && !shortlist_job_cache_get_refreshing (cache));
  if (cache == NULL)
    return;

  if (n == 0 && !shortlist_job_cache_get_loaded (cache) && error == NULL)
    text = g_strdup (_ ("Loading the open jobs…"));
  else if (n == 0 && error != NULL)
    {
      g_autofree char *sentence = kombo_error_dup_sentence (error);

      text = g_strdup (_ ("The open jobs could not be loaded; type a job ID below"));
      shortlist_field_set_error (GTK_WIDGET (self->job_row), sentence);
    }
  else if (n == 0)
    text = g_strdup (_ ("No open jobs; type a job ID below"));
  else
    text = g_strdup_printf (ngettext ("Choose from %u open job, or type a job ID below",
                                      "Choose from %u open jobs, or type a job ID below", n),
                            n);

  /* A list that could not be brought up to date, or is old, says how old */
  if (n > 0 && synced > 0 && (error != NULL || now - synced > SHORTLIST_JOB_CACHE_WHOLE_AFTER))
    {
      g_autofree char *age = shortlist_format_age (synced, now);
      char            *with_age;

      if (error != NULL)
        /* TRANSLATORS: the first %s says how many jobs to choose from, the second how long ago they were listed */
        with_age = g_strdup_printf (_ ("%s. Listed %s; the list could not be updated."), text, age);
      else
        /* TRANSLATORS: the first %s says how many jobs to choose from, the second how long ago they were listed */
        with_age = g_strdup_printf (_ ("%s. Listed %s; updating…"), text, age);
      g_free (text);
      text = with_age;
    }
  adw_action_row_set_subtitle (self->job_row, text);
}

/* The list came or changed: a job typed, chosen or restored before is taken from it, if it is still open */
static void
jobs_changed_cb (ShortlistJobGroup *self)
{
  GListModel *jobs = shortlist_job_cache_get_jobs (self->cache);

  /* Typed searches went to the server while there was no list; now there is one */
  if (g_list_model_get_n_items (jobs) > 0 && self->searching)
    {
      self->searching = FALSE;
      g_clear_handle_id (&self->search_source, g_source_remove);
      g_cancellable_cancel (self->search_cancellable);
      shortlist_job_button_set_searching (self->job_button, FALSE);
      shortlist_job_button_set_jobs (self->job_button, jobs);
    }
  if (self->draft != NULL && job (self) == NULL)
    job_id_changed_cb (self);
  describe_jobs (self);
}

static void
cache_changed_cb (ShortlistJobGroup *self)
{
  ShortlistJobCache *cache = self->cache;
  gboolean           empty = g_list_model_get_n_items (shortlist_job_cache_get_jobs (cache)) == 0;

  /* The first fetch of thousands of jobs takes seconds: meanwhile a typed search asks the server */
  if (empty && !shortlist_job_cache_get_loaded (cache) && shortlist_job_cache_get_refreshing (cache) && !self->searching)
    {
      self->searching = TRUE;
      g_list_store_remove_all (self->found);
      shortlist_job_button_set_jobs (self->job_button, G_LIST_MODEL (self->found));
      shortlist_job_button_set_searching (self->job_button, TRUE);
    }
  else if (self->searching && !shortlist_job_cache_get_refreshing (cache))
    {
      self->searching = FALSE;
      shortlist_job_button_set_searching (self->job_button, FALSE);
      shortlist_job_button_set_jobs (self->job_button, shortlist_job_cache_get_jobs (cache));
    }
  describe_jobs (self);
}

static void
found_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  ShortlistJobGroup *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) found = kombo_client_get_jobs_finish (KOMBO_CLIENT (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || !self->searching)
    return;
  g_list_store_remove_all (self->found);
  for (guint i = 0; found != NULL && i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr (KomboJob) found_job = g_list_model_get_item (found, i);

      g_list_store_append (self->found, found_job);
    }
}

static gboolean
search_timeout_cb (gpointer user_data)
{
  ShortlistJobGroup *self = user_data;
  const char        *statuses[] = { "OPEN", NULL };

  self->search_source = 0;
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  if (*self->search_text == '\0')
    {
      g_list_store_remove_all (self->found);
      return G_SOURCE_REMOVE;
    }
  self->search_cancellable = g_cancellable_new ();
  kombo_client_get_jobs_async (shortlist_account_get_client (self->account), self->search_text, statuses,
                               self->search_cancellable, found_cb, self);
  return G_SOURCE_REMOVE;
}

static void
search_changed_cb (ShortlistJobGroup *self,
                   const char        *text)
{
  if (!self->searching)
    return;
  g_free (self->search_text);
  self->search_text = g_strstrip (g_strdup (text));
  g_clear_handle_id (&self->search_source, g_source_remove);
  /* A search per pause in typing, not per key */
  self->search_source = g_timeout_add (250, search_timeout_cb, self);
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
load_restrictions (ShortlistJobGroup *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->restrictions != NULL)
    {
      g_clear_object (&self->restrictions);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESTRICTIONS]);
    }
  if (!shortlist_account_get_ready (self->account))
    return;
  self->cancellable = g_cancellable_new ();
  kombo_client_get_attachment_restrictions_async (shortlist_account_get_client (self->account), self->cancellable,
                                                  restrictions_loaded_cb, self);
}

static void
set_cache (ShortlistJobGroup *self,
           ShortlistJobCache *cache)
{
  if (self->cache == cache)
    return;
  if (self->cache != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->cache, self);
      g_signal_handlers_disconnect_by_data (shortlist_job_cache_get_jobs (self->cache), self);
    }
  g_set_object (&self->cache, cache);
  self->searching = FALSE;
  g_clear_handle_id (&self->search_source, g_source_remove);
  shortlist_job_button_set_searching (self->job_button, FALSE);
  shortlist_job_button_set_jobs (self->job_button, cache ? shortlist_job_cache_get_jobs (cache) : NULL);
  if (cache == NULL)
    {
      describe_jobs (self);
      return;
    }
  g_signal_connect_swapped (cache, "changed", G_CALLBACK (cache_changed_cb), self);
  g_signal_connect_swapped (shortlist_job_cache_get_jobs (cache), "items-changed", G_CALLBACK (jobs_changed_cb), self);
  shortlist_job_cache_start (cache);
  cache_changed_cb (self);
  jobs_changed_cb (self);
}

/* The account's jobs for the active integration, kept or fetched; and its attachment restrictions */
static void
load_jobs (ShortlistJobGroup *self)
{
  set_cache (self, shortlist_account_get_ready (self->account) ? shortlist_account_get_job_cache (self->account) : NULL);
  load_restrictions (self);
}

/* Reload: every open job again, and the restrictions */
static void
reload_cb (ShortlistJobGroup *self)
{
  if (self->cache != NULL)
    shortlist_job_cache_refresh (self->cache, TRUE);
  load_restrictions (self);
}

static void
integration_changed_cb (ShortlistJobGroup *self)
{
  /* Jobs of one ATS mean nothing in another */
  set_cache (self, NULL);
  if (self->draft != NULL)
    {
      kombo_candidate_draft_set_job (self->draft, NULL);
      kombo_candidate_draft_set_text (self->draft, "job-id", "");
    }
  load_jobs (self);
}

/* The store came: the kept jobs take the place of those fetched */
static void
job_cache_changed_cb (ShortlistJobGroup *self)
{
  if (shortlist_account_get_ready (self->account))
    set_cache (self, shortlist_account_get_job_cache (self->account));
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
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_handle_id (&self->search_source, g_source_remove);
  if (self->account != NULL)
    g_signal_handlers_disconnect_by_data (self->account, self);
  g_clear_object (&self->account);
  if (self->job_button != NULL)
    set_cache (self, NULL);
  shortlist_job_group_set_draft (self, NULL);
  shortlist_widget_dispose_template (GTK_WIDGET (self), SHORTLIST_TYPE_JOB_GROUP);
  g_clear_object (&self->found);
  g_clear_pointer (&self->search_text, g_free);
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
  gtk_widget_class_bind_template_callback (widget_class, reload_cb);
  gtk_widget_class_bind_template_callback (widget_class, stage_chosen_cb);
}

static void
shortlist_job_group_init (ShortlistJobGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->found = g_list_store_new (KOMBO_TYPE_JOB);
  g_signal_connect_swapped (self->job_button, "search-changed", G_CALLBACK (search_changed_cb), self);
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
  g_signal_connect_swapped (account, "notify::job-cache", G_CALLBACK (job_cache_changed_cb), self);
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
