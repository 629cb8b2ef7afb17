/* shortlist-candidate-row.c: a candidate found in the ATS, and how the work for them went
 *
 * The row shows the candidate's name, email and applications, so the recruiter can see it is
 * the right person before anything is changed; the outcome of the work then appears on it:
 * a tick and the ATS's remarks, or the failure right below.
 *
 * A list holds hundreds of them, so a row is made of plain labels, as a spreadsheet's are: it
 * costs a fifth of an action row, whose wrapping title and subtitle are measured again and
 * again. Only a row with the ATS's remarks wraps. Its text is taken as it is, never as markup.
 */
#define G_LOG_DOMAIN "shortlist-candidate-row"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "shortlist-candidate-row.h"
#include "shortlist-field-error.h"
#include "shortlist-widget.h"

struct _ShortlistCandidateRow
{
  AdwPreferencesRow parent_instance;

  KomboCandidateRecord *record;
  char                 *description;
  GtkWidget            *header;
  GtkWidget            *title;
  GtkWidget            *subtitle;
  GtkImage             *status;
  GtkWidget            *tags_box; /* the candidate's tags, when shown */
};

G_DEFINE_FINAL_TYPE (ShortlistCandidateRow, shortlist_candidate_row, ADW_TYPE_PREFERENCES_ROW)

/* Who the candidate is, to tell them from another: an address and their applications */
char *
shortlist_candidate_describe (KomboCandidateRecord *candidate)
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
shortlist_candidate_row_dispose (GObject *object)
{
  ShortlistCandidateRow *self = (ShortlistCandidateRow *) object;

  g_clear_object (&self->record);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (shortlist_candidate_row_parent_class)->dispose (object);
}

static void
shortlist_candidate_row_class_init (ShortlistCandidateRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = shortlist_candidate_row_dispose;
}

static void
shortlist_candidate_row_init (ShortlistCandidateRow *self)
{
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "candidate");

  self->header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (self->header, "header");
  gtk_box_append (GTK_BOX (self->header), gtk_image_new_from_icon_name ("avatar-default-symbolic"));
  self->title = shortlist_row_label_new ("title");
  self->subtitle = shortlist_row_label_new ("subtitle");
  gtk_widget_add_css_class (titles, "titles");
  gtk_widget_set_valign (titles, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (titles, TRUE);
  gtk_box_append (GTK_BOX (titles), self->title);
  gtk_box_append (GTK_BOX (titles), self->subtitle);
  gtk_box_append (GTK_BOX (self->header), titles);
  self->status = GTK_IMAGE (gtk_image_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->status), FALSE);
  gtk_box_append (GTK_BOX (self->header), GTK_WIDGET (self->status));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), self->header);

  /* Read as an action row is: the name, then who they are and how the work went */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->subtitle, self->status, NULL, -1);
}

/**
 * shortlist_candidate_row_new:
 * @chosen: (nullable): the list @candidate is in, which the row's remove button takes it
 *   out of; without one the row has no remove button
 */
GtkWidget *
shortlist_candidate_row_new (KomboCandidateRecord *candidate,
                             GListStore           *chosen)
{
  ShortlistCandidateRow *self = g_object_new (SHORTLIST_TYPE_CANDIDATE_ROW, NULL);
  g_autofree char       *name = kombo_candidate_record_dup_display_name (candidate);

  self->record = g_object_ref (candidate);
  self->description = shortlist_candidate_describe (candidate);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
  gtk_label_set_text (GTK_LABEL (self->title), name);
  gtk_label_set_text (GTK_LABEL (self->subtitle), self->description);
  if (chosen != NULL)
    {
      g_autofree char *remove_label = g_strdup_printf (_ ("Remove %s From the List"), name);
      GtkWidget       *remove = shortlist_remove_button_new (chosen, candidate, remove_label);

      gtk_button_set_icon_name (GTK_BUTTON (remove), "window-close-symbolic");
      gtk_box_append (GTK_BOX (self->header), remove);
    }
  return GTK_WIDGET (self);
}

/* Adds @widget, a button for the candidate, at the row's end */
void
shortlist_candidate_row_add_suffix (ShortlistCandidateRow *self,
                                    GtkWidget             *widget)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_ROW (self));
  gtk_box_append (GTK_BOX (self->header), widget);
}

KomboCandidateRecord *
shortlist_candidate_row_get_record (ShortlistCandidateRow *self)
{
  g_return_val_if_fail (SHORTLIST_IS_CANDIDATE_ROW (self), NULL);
  return self->record;
}

/**
 * shortlist_candidate_row_set_outcome:
 * @message: (nullable): a failure, shown below the row
 * @warnings: (nullable): what the ATS remarked, added to the row's description
 */
void
shortlist_candidate_row_set_outcome (ShortlistCandidateRow *self,
                                     ShortlistOutcome       outcome,
                                     const char            *message,
                                     const char *const     *warnings)
{
  GtkWidget *status = GTK_WIDGET (self->status);
  g_autoptr (GString) subtitle = NULL;

  g_return_if_fail (SHORTLIST_IS_CANDIDATE_ROW (self));

  subtitle = g_string_new (self->description);
  shortlist_field_clear_error (GTK_WIDGET (self));
  gtk_widget_set_visible (status, outcome != SHORTLIST_OUTCOME_NONE);
  gtk_widget_remove_css_class (status, "success");
  gtk_widget_remove_css_class (status, "error");

  if (outcome == SHORTLIST_OUTCOME_DONE)
    {
      gtk_image_set_from_icon_name (self->status, "emblem-ok-symbolic");
      gtk_widget_add_css_class (status, "success");
      gtk_accessible_update_property (GTK_ACCESSIBLE (status), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Done"), -1);
      for (guint w = 0; warnings != NULL && warnings[w] != NULL; w++)
        g_string_append_printf (subtitle, "\n%s", warnings[w]);
    }
  else if (outcome == SHORTLIST_OUTCOME_FAILED)
    {
      gtk_image_set_from_icon_name (self->status, "dialog-error-symbolic");
      gtk_widget_add_css_class (status, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (status), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Failed"), -1);
      shortlist_field_set_error (GTK_WIDGET (self), message);
    }

  gtk_label_set_text (GTK_LABEL (self->subtitle), subtitle->str);
  /* The ATS's remarks are read in full */
  gtk_label_set_wrap (GTK_LABEL (self->subtitle), subtitle->len > strlen (self->description));
  gtk_label_set_ellipsize (GTK_LABEL (self->subtitle),
                           subtitle->len > strlen (self->description) ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
}

/* Adds @remark to who the row says the candidate is, such as how their phone number compares */
void
shortlist_candidate_row_add_remark (ShortlistCandidateRow *self,
                                    const char            *remark)
{
  char *description;

  g_return_if_fail (SHORTLIST_IS_CANDIDATE_ROW (self));

  description = g_strconcat (self->description, "\n", remark, NULL);
  g_free (self->description);
  self->description = description;
  gtk_label_set_text (GTK_LABEL (self->subtitle), self->description);
}

static void
take_back_cb (GtkButton             *button,
              ShortlistCandidateRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "tag.take-back", "(ss)", kombo_candidate_record_get_id (self->record),
                              g_object_get_data (G_OBJECT (button), "tag"));
}

/* The candidate's tags as the record says them now, each with a button to take it back */
void
shortlist_candidate_row_update_tags (ShortlistCandidateRow *self)
{
  const char *const *tags;
  GtkWidget         *child;

  g_return_if_fail (SHORTLIST_IS_CANDIDATE_ROW (self));

  if (self->tags_box == NULL)
    return;
  while ((child = gtk_widget_get_first_child (self->tags_box)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->tags_box), child);
  tags = kombo_candidate_record_get_tags (self->record);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
      GtkWidget *label = gtk_label_new (tags[i]);
      GtkWidget *button = gtk_button_new_from_icon_name ("window-close-symbolic");
      /* TRANSLATORS: %s is a tag's name */
      g_autofree char *take_back = g_strdup_printf (_ ("Take Back “%s”"), tags[i]);

      gtk_widget_add_css_class (chip, "tag-chip");
      gtk_box_append (GTK_BOX (chip), label);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "circular");
      shortlist_widget_set_tooltip_quietly (button, take_back);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, take_back, -1);
      g_object_set_data_full (G_OBJECT (button), "tag", g_strdup (tags[i]), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (take_back_cb), self);
      gtk_box_append (GTK_BOX (chip), button);
      gtk_flow_box_append (GTK_FLOW_BOX (self->tags_box), chip);
      /* The button takes the focus, not the cell around it */
      gtk_widget_set_focusable (gtk_widget_get_parent (chip), FALSE);
    }
  gtk_widget_set_visible (self->tags_box, tags != NULL && tags[0] != NULL);
}

/**
 * shortlist_candidate_row_show_tags:
 *
 * Shows the candidate's tags below who they are, each with a button that activates
 * "tag.take-back" with the candidate's Kombo ID and the tag's name.
 */
void
shortlist_candidate_row_show_tags (ShortlistCandidateRow *self)
{
  GtkWidget *box;

  g_return_if_fail (SHORTLIST_IS_CANDIDATE_ROW (self));

  if (self->tags_box != NULL)
    return;
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_object_ref (self->header);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  gtk_box_append (GTK_BOX (box), self->header);
  g_object_unref (self->header);
  self->tags_box = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->tags_box), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->tags_box), 8);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->tags_box), 6);
  gtk_widget_add_css_class (self->tags_box, "tags");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tags_box), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Tags"), -1);
  gtk_box_append (GTK_BOX (box), self->tags_box);
  shortlist_candidate_row_update_tags (self);
}
