/* shortlist-result-link-page.c: adds a result link, such as an assessment report, to candidates */
#define G_LOG_DOMAIN "shortlist-result-link-page"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "shortlist-compat.h"
#include "shortlist-candidate-chooser.h"
#include "shortlist-error-box.h"
#include "shortlist-field-error.h"
#include "shortlist-result-link-page.h"
#include "shortlist-widget.h"

struct _ShortlistResultLinkPage
{
  GtkWidget parent_instance;

  ShortlistErrorBox         *error_box;
  ShortlistCandidateChooser *chooser;
  AdwEntryRow               *label_row;
  AdwEntryRow               *url_row;
  AdwComboRow               *target_row;
  AdwPreferencesGroup       *details_group;
  AdwEntryRow               *prefix_row;
  GtkWidget                 *spinner;

  ShortlistAccount *account;
  GListStore       *details;     /* KomboAttribute */
  GPtrArray        *detail_rows; /* in the order of details */
  GtkStringList    *targets;     /* what target_row offers: the candidate, then jobs' names */
  GPtrArray        *target_jobs; /* the job id of each target after the first */
  guint             targets_id;  /* making the targets again, once the list settles */
  GCancellable     *cancellable;
};

G_DEFINE_FINAL_TYPE (ShortlistResultLinkPage, shortlist_result_link_page, GTK_TYPE_WIDGET)

/* What a run adds, and where: the link, and for each candidate the application it goes on,
 * where there is one */
#define LINK_TYPE_WORK (link_work_get_type ())
G_DECLARE_FINAL_TYPE (LinkWork, link_work, LINK, WORK, GObject)

struct _LinkWork
{
  GObject          parent_instance;
  KomboResultLink *link;
  GHashTable      *applications; /* candidate id → application id */
};

G_DEFINE_FINAL_TYPE (LinkWork, link_work, G_TYPE_OBJECT)

static void
link_work_finalize (GObject *object)
{
  LinkWork *self = LINK_WORK (object);

  g_clear_object (&self->link);
  g_clear_pointer (&self->applications, g_hash_table_unref);
  G_OBJECT_CLASS (link_work_parent_class)->finalize (object);
}

static void
link_work_class_init (LinkWorkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = link_work_finalize;
}

static void
link_work_init (LinkWork *self)
{
  self->applications = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* The application of @candidate to @job_id, if they have one */
static KomboApplication *
find_application (KomboCandidateRecord *candidate,
                  const char           *job_id)
{
  GListModel *applications = kombo_candidate_record_get_applications (candidate);

  for (guint i = 0; job_id != NULL && i < g_list_model_get_n_items (applications); i++)
    {
      g_autoptr (KomboApplication) application = g_list_model_get_item (applications, i);

      if (g_strcmp0 (kombo_application_get_job_id (application), job_id) == 0)
        return application;
    }
  return NULL;
}

/* The jobs the chosen candidates applied to, offered as where the link goes; with one only, it
 * is chosen, as for a candidate just submitted */
static void
update_targets (ShortlistResultLinkPage *self)
{
  GListModel      *chosen = shortlist_candidate_chooser_get_chosen (self->chooser);
  const char      *was = adw_combo_row_get_selected (self->target_row) > 0 && adw_combo_row_get_selected (self->target_row) - 1 < self->target_jobs->len
                             ? self->target_jobs->pdata[adw_combo_row_get_selected (self->target_row) - 1]
                             : NULL;
  g_autofree char *keep = g_strdup (was);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  guint selected = 0;

  g_ptr_array_set_size (self->target_jobs, 0);
  for (guint i = 0; i < g_list_model_get_n_items (chosen); i++)
    {
      g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (chosen, i);
      GListModel *applications = kombo_candidate_record_get_applications (candidate);

      for (guint a = 0; a < g_list_model_get_n_items (applications); a++)
        {
          g_autoptr (KomboApplication) application = g_list_model_get_item (applications, a);
          const char *job_id = kombo_application_get_job_id (application);
          guint       index;

          if (job_id == NULL || g_ptr_array_find_with_equal_func (self->target_jobs, job_id, g_str_equal, &index))
            continue;
          g_ptr_array_add (self->target_jobs, g_strdup (job_id));
          g_ptr_array_add (names, (gpointer) (kombo_application_get_job_name (application) ? kombo_application_get_job_name (application) : job_id));
        }
    }

  gtk_string_list_splice (self->targets, 0, g_list_model_get_n_items (G_LIST_MODEL (self->targets)), NULL);
  gtk_string_list_append (self->targets, _ ("The candidate"));
  for (guint i = 0; i < names->len; i++)
    {
      /* TRANSLATORS: where a result link goes: the candidate's application to this job */
      g_autofree char *text = g_strdup_printf (_ ("Their application to %s"), (const char *) names->pdata[i]);

      gtk_string_list_append (self->targets, text);
      if (g_strcmp0 (keep, self->target_jobs->pdata[i]) == 0)
        selected = i + 1;
    }
  if (selected == 0 && self->target_jobs->len == 1)
    selected = 1;
  adw_combo_row_set_selected (self->target_row, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->target_row), self->target_jobs->len > 0);
}

static GtkWidget *
new_detail_row (KomboAttribute          *attribute,
                ShortlistResultLinkPage *self)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *key = gtk_entry_new ();
  GtkWidget *value = gtk_entry_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ ("Detail"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);

  gtk_entry_set_placeholder_text (GTK_ENTRY (key), _ ("Name, such as Score"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (key), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Detail name"), -1);
  gtk_widget_set_hexpand (key, TRUE);
  g_object_bind_property (attribute, "key", key, "text", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (value), _ ("Value, such as 87/100"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Detail value"), -1);
  gtk_widget_set_hexpand (value, TRUE);
  g_object_bind_property (attribute, "value", value, "text", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  gtk_box_append (GTK_BOX (box), key);
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (box), shortlist_remove_button_new (self->details, attribute, _ ("Remove This Detail")));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
details_changed_cb (ShortlistResultLinkPage *self,
                    guint                    position,
                    guint                    removed,
                    guint                    added)
{
  shortlist_group_sync_rows (self->details_group, self->detail_rows, G_LIST_MODEL (self->details), position, removed,
                             added, (GtkWidget * (*) (gpointer, gpointer)) new_detail_row, self);
}

static void
add_detail_cb (ShortlistResultLinkPage *self)
{
  g_autoptr (KomboAttribute) attribute = kombo_attribute_new ("", "");

  g_list_store_append (self->details, attribute);
  /* The cursor goes to the new detail's name */
  gtk_widget_grab_focus (gtk_widget_get_first_child (gtk_list_box_row_get_child (self->detail_rows->pdata[self->detail_rows->len - 1])));
}

static GtkWidget *
field_for_path (ShortlistResultLinkPage *self,
                const char              *path)
{
  guint index;

  if (g_str_equal (path, "label"))
    return GTK_WIDGET (self->label_row);
  if (g_str_equal (path, "url"))
    return GTK_WIDGET (self->url_row);
  if (g_str_equal (path, "details.custom_field_name_prefix") || g_str_equal (path, "details.attributes"))
    return GTK_WIDGET (self->prefix_row);
  if (sscanf (path, "details.attributes[%u]", &index) == 1 && index < self->detail_rows->len)
    return self->detail_rows->pdata[index];
  return GTK_WIDGET (self->label_row);
}

static gboolean
update_targets_cb (gpointer data)
{
  ShortlistResultLinkPage *self = data;

  self->targets_id = 0;
  update_targets (self);
  return G_SOURCE_REMOVE;
}

/* Candidates come one answer at a time, hundreds of them: the choice is made again once they
 * are in, not for each */
static void
queue_update_targets (ShortlistResultLinkPage *self)
{
  if (self->targets_id == 0)
    self->targets_id = g_idle_add (update_targets_cb, self);
}

/* The link on the candidate's application where there is one, else on the candidate */
static void
add_link_work (KomboClient        *client,
               const char         *candidate_id,
               gpointer            work_data,
               GCancellable       *cancellable,
               GAsyncReadyCallback callback,
               gpointer            user_data)
{
  LinkWork   *work = work_data;
  const char *application_id = g_hash_table_lookup (work->applications, candidate_id);

  if (application_id != NULL)
    kombo_client_add_application_result_link_async (client, application_id, work->link, cancellable, callback, user_data);
  else
    kombo_client_add_result_link_async (client, candidate_id, work->link, cancellable, callback, user_data);
}

static void
added_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  ShortlistResultLinkPage *self = user_data;
  g_autoptr (GError) error = NULL;
  guint n_done = 0;

  shortlist_candidate_chooser_run_finish (self->chooser, result, &n_done, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  shortlist_candidate_chooser_set_locked (self->chooser, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "link.add", TRUE);
  gtk_widget_set_visible (self->spinner, FALSE);

  if (error != NULL)
    shortlist_error_box_show_error (self->error_box, error);
  if (n_done > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("Link added to %u candidate", "Link added to %u candidates", n_done), n_done);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", text);
    }
}

static void
clear_errors (ShortlistResultLinkPage *self)
{
  shortlist_error_box_clear (self->error_box);
  shortlist_field_clear_error (GTK_WIDGET (self->label_row));
  shortlist_field_clear_error (GTK_WIDGET (self->url_row));
  shortlist_field_clear_error (GTK_WIDGET (self->prefix_row));
  shortlist_field_clear_error (shortlist_candidate_chooser_get_entry (self->chooser));
  for (guint i = 0; i < self->detail_rows->len; i++)
    shortlist_field_clear_error (self->detail_rows->pdata[i]);
}

static void
add_cb (GtkWidget  *widget,
        const char *action,
        GVariant   *param)
{
  ShortlistResultLinkPage *self = SHORTLIST_RESULT_LINK_PAGE (widget);
  GListModel              *chosen = shortlist_candidate_chooser_get_chosen (self->chooser);
  g_autoptr (KomboResultLink) link = kombo_result_link_new (gtk_editable_get_text (GTK_EDITABLE (self->label_row)),
                                                            gtk_editable_get_text (GTK_EDITABLE (self->url_row)));
  g_autoptr (GPtrArray) violations = NULL;
  g_autoptr (LinkWork) work = NULL;
  GtkWidget       *first = NULL;
  g_autofree char *followup = NULL;

  if (self->account == NULL)
    return;

  clear_errors (self);
  kombo_result_link_set_details_prefix (link, gtk_editable_get_text (GTK_EDITABLE (self->prefix_row)));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->details)); i++)
    {
      g_autoptr (KomboAttribute) attribute = g_list_model_get_item (G_LIST_MODEL (self->details), i);

      kombo_result_link_add_attribute (link, kombo_attribute_get_key (attribute), kombo_attribute_get_value (attribute));
    }

  if (g_list_model_get_n_items (chosen) == 0)
    {
      first = shortlist_candidate_chooser_get_entry (self->chooser);
      shortlist_field_set_error (first, _ ("Find at least one candidate first: press Enter after their Kombo ID or email address."));
    }

  violations = kombo_result_link_validate (link);
  for (guint i = 0; i < violations->len; i++)
    {
      KomboViolation *violation = violations->pdata[i];
      GtkWidget      *field = field_for_path (self, violation->path);

      if (shortlist_field_get_error (field) == NULL)
        shortlist_field_set_error (field, violation->message);
      if (first == NULL)
        first = field;
    }

  if (first != NULL)
    {
      gtk_widget_grab_focus (first);
      return;
    }

  shortlist_candidate_chooser_set_locked (self->chooser, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "link.add", FALSE);
  gtk_widget_set_visible (self->spinner, TRUE);
  /* TRANSLATORS: kept in the history of each candidate it was done for */
  followup = g_strdup_printf (_ ("Result link “%s” added"), kombo_result_link_get_label (link));
  /* The choice as the list is now */
  if (self->targets_id != 0)
    {
      g_clear_handle_id (&self->targets_id, g_source_remove);
      update_targets (self);
    }
  work = g_object_new (LINK_TYPE_WORK, NULL);
  work->link = g_object_ref (link);
  if (adw_combo_row_get_selected (self->target_row) > 0 && adw_combo_row_get_selected (self->target_row) - 1 < self->target_jobs->len)
    {
      const char *job_id = self->target_jobs->pdata[adw_combo_row_get_selected (self->target_row) - 1];

      for (guint i = 0; i < g_list_model_get_n_items (chosen); i++)
        {
          g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (chosen, i);
          KomboApplication *application = find_application (candidate, job_id);

          if (application != NULL)
            g_hash_table_insert (work->applications, g_strdup (kombo_candidate_record_get_id (candidate)),
                                 g_strdup (kombo_application_get_id (application)));
        }
    }
  shortlist_candidate_chooser_run_async (self->chooser, add_link_work,
                                         kombo_client_add_result_link_finish, G_OBJECT (work),
                                         followup, g_str_equal (action, "link.retry"), NULL,
                                         self->cancellable, added_cb, self);
}

static void
shortlist_result_link_page_dispose (GObject *object)
{
  ShortlistResultLinkPage *self = (ShortlistResultLinkPage *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->account);
  shortlist_widget_dispose_template (GTK_WIDGET (self), SHORTLIST_TYPE_RESULT_LINK_PAGE);
  g_clear_pointer (&self->detail_rows, g_ptr_array_unref);
  g_clear_object (&self->details);
  g_clear_handle_id (&self->targets_id, g_source_remove);
  g_clear_object (&self->targets);
  g_clear_pointer (&self->target_jobs, g_ptr_array_unref);

  G_OBJECT_CLASS (shortlist_result_link_page_parent_class)->dispose (object);
}

static void
shortlist_result_link_page_class_init (ShortlistResultLinkPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_result_link_page_dispose;

  g_type_ensure (SHORTLIST_TYPE_SPINNER);
  g_type_ensure (SHORTLIST_TYPE_ERROR_BOX);
  g_type_ensure (SHORTLIST_TYPE_CANDIDATE_CHOOSER);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/shortlist-result-link-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ShortlistResultLinkPage, error_box);
  gtk_widget_class_bind_template_child (widget_class, ShortlistResultLinkPage, chooser);
  gtk_widget_class_bind_template_child (widget_class, ShortlistResultLinkPage, label_row);
  gtk_widget_class_bind_template_child (widget_class, ShortlistResultLinkPage, url_row);
  gtk_widget_class_bind_template_child (widget_class, ShortlistResultLinkPage, target_row);
  gtk_widget_class_bind_template_child (widget_class, ShortlistResultLinkPage, details_group);
  gtk_widget_class_bind_template_child (widget_class, ShortlistResultLinkPage, prefix_row);
  gtk_widget_class_bind_template_child (widget_class, ShortlistResultLinkPage, spinner);
  gtk_widget_class_bind_template_callback (widget_class, add_detail_cb);

  gtk_widget_class_install_action (widget_class, "link.add", NULL, add_cb);
  gtk_widget_class_install_action (widget_class, "link.retry", NULL, add_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "link.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "link.add", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
shortlist_result_link_page_init (ShortlistResultLinkPage *self)
{
  self->cancellable = g_cancellable_new ();
  self->detail_rows = g_ptr_array_new ();
  self->details = g_list_store_new (KOMBO_TYPE_ATTRIBUTE);
  gtk_widget_init_template (GTK_WIDGET (self));
  shortlist_candidate_chooser_set_retry_action (self->chooser, "link.retry");
  self->targets = gtk_string_list_new (NULL);
  self->target_jobs = g_ptr_array_new_with_free_func (g_free);
  adw_combo_row_set_model (self->target_row, G_LIST_MODEL (self->targets));
  g_signal_connect_object (self->chooser, "chosen-changed", G_CALLBACK (queue_update_targets), self, G_CONNECT_SWAPPED);
  update_targets (self);
  g_signal_connect_object (self->details, "items-changed", G_CALLBACK (details_changed_cb), self, G_CONNECT_SWAPPED);
  /* Lists and scrolled areas say what they are to a screen reader */
  shortlist_name_lists (GTK_WIDGET (self), _ ("Result Links"));
}

void
shortlist_result_link_page_set_account (ShortlistResultLinkPage *self,
                                        ShortlistAccount        *account)
{
  g_return_if_fail (SHORTLIST_IS_RESULT_LINK_PAGE (self));
  g_return_if_fail (self->account == NULL);

  self->account = g_object_ref (account);
  shortlist_candidate_chooser_set_account (self->chooser, account);
}

void
shortlist_result_link_page_add_candidate (ShortlistResultLinkPage *self,
                                          const char              *candidate_id)
{
  g_return_if_fail (SHORTLIST_IS_RESULT_LINK_PAGE (self));

  shortlist_candidate_chooser_look_up (self->chooser, candidate_id);
  gtk_widget_grab_focus (GTK_WIDGET (self->label_row));
}

/* The chooser of candidates, to share its list with another page's */
ShortlistCandidateChooser *
shortlist_result_link_page_get_chooser (ShortlistResultLinkPage *self)
{
  g_return_val_if_fail (SHORTLIST_IS_RESULT_LINK_PAGE (self), NULL);
  return self->chooser;
}
