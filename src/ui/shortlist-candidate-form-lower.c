/* shortlist-candidate-form-lower.c: the form's sections below its first screen
 *
 * Only rows, from two templates: ShortlistCandidateForm builds the first (Location to
 * Availability) just after the window's first frame, and completes it with the second
 * (Social Links to Remote fields) a frame later, so that neither frame holds the window still;
 * then it binds the rows itself (see shortlist-candidate-form-private.h).
 */
#define G_LOG_DOMAIN "shortlist-candidate-form"

#include "config.h"

#include "shortlist-candidate-form-private.h"
#include "shortlist-widget.h"

/* The second template: its rows are the lower part's from then on */
#define SHORTLIST_TYPE_CANDIDATE_FORM_LOWER_MORE (shortlist_candidate_form_lower_more_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistCandidateFormLowerMore, shortlist_candidate_form_lower_more, SHORTLIST, CANDIDATE_FORM_LOWER_MORE, GtkWidget)

struct _ShortlistCandidateFormLowerMore
{
  GtkWidget parent_instance;

  ShortlistContactList    *links_list;
  ShortlistQuestionsGroup *questions_group;
  AdwActionRow            *consent_row;
  GtkSwitch               *consent_switch;
  ShortlistDateButton     *consent_until_button;
  AdwEntryRow             *sourced_by_row;
  ShortlistNoteGroup      *note_group;
  AdwExpanderRow          *remote_fields_expander;
  GtkWidget               *remote_fields_row;
  GtkTextView             *remote_fields_view;
};

G_DEFINE_FINAL_TYPE (ShortlistCandidateFormLowerMore, shortlist_candidate_form_lower_more, GTK_TYPE_WIDGET)

static void
shortlist_candidate_form_lower_more_dispose (GObject *object)
{
  shortlist_widget_dispose_template (GTK_WIDGET (object), SHORTLIST_TYPE_CANDIDATE_FORM_LOWER_MORE);

  G_OBJECT_CLASS (shortlist_candidate_form_lower_more_parent_class)->dispose (object);
}

static void
shortlist_candidate_form_lower_more_class_init (ShortlistCandidateFormLowerMoreClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = shortlist_candidate_form_lower_more_dispose;

  g_type_ensure (SHORTLIST_TYPE_CONTACT_LIST);
  g_type_ensure (SHORTLIST_TYPE_DATE_BUTTON);
  g_type_ensure (SHORTLIST_TYPE_QUESTIONS_GROUP);
  g_type_ensure (SHORTLIST_TYPE_NOTE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/shortlist-candidate-form-lower-more.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ShortlistCandidateFormLowerMore, name)
  BIND (links_list);
  BIND (questions_group);
  BIND (consent_row);
  BIND (consent_switch);
  BIND (consent_until_button);
  BIND (sourced_by_row);
  BIND (note_group);
  BIND (remote_fields_expander);
  BIND (remote_fields_row);
  BIND (remote_fields_view);
#undef BIND
}

static void
shortlist_candidate_form_lower_more_init (ShortlistCandidateFormLowerMore *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

G_DEFINE_FINAL_TYPE (ShortlistCandidateFormLower, shortlist_candidate_form_lower, GTK_TYPE_WIDGET)

static void
shortlist_candidate_form_lower_dispose (GObject *object)
{
  ShortlistCandidateFormLower *self = SHORTLIST_CANDIDATE_FORM_LOWER (object);

  if (self->more != NULL)
    gtk_widget_unparent (g_steal_pointer (&self->more));
  shortlist_widget_dispose_template (GTK_WIDGET (object), SHORTLIST_TYPE_CANDIDATE_FORM_LOWER);

  G_OBJECT_CLASS (shortlist_candidate_form_lower_parent_class)->dispose (object);
}

static void
shortlist_candidate_form_lower_class_init (ShortlistCandidateFormLowerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = shortlist_candidate_form_lower_dispose;

  g_type_ensure (SHORTLIST_TYPE_COUNTRY_ROW);
  g_type_ensure (SHORTLIST_TYPE_DATE_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/shortlist-candidate-form-lower.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ShortlistCandidateFormLower, name)
  BIND (country_row);
  BIND (state_row);
  BIND (city_row);
  BIND (street_row);
  BIND (zip_row);
  BIND (salary_row);
  BIND (period_row);
  BIND (availability_row);
  BIND (availability_button);
#undef BIND
}

static void
shortlist_candidate_form_lower_init (ShortlistCandidateFormLower *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * shortlist_candidate_form_lower_complete:
 *
 * Adds the sections from Social Links to Remote fields below the others: their rows are the
 * lower part's from now on. Does nothing the second time.
 */
void
shortlist_candidate_form_lower_complete (ShortlistCandidateFormLower *self)
{
  ShortlistCandidateFormLowerMore *more;

  g_return_if_fail (SHORTLIST_IS_CANDIDATE_FORM_LOWER (self));

  if (self->more != NULL)
    return;
  more = g_object_new (SHORTLIST_TYPE_CANDIDATE_FORM_LOWER_MORE, NULL);
  self->more = GTK_WIDGET (more);
  gtk_widget_set_parent (self->more, GTK_WIDGET (self));
  self->links_list = more->links_list;
  self->questions_group = more->questions_group;
  self->consent_row = more->consent_row;
  self->consent_switch = more->consent_switch;
  self->consent_until_button = more->consent_until_button;
  self->sourced_by_row = more->sourced_by_row;
  self->note_group = more->note_group;
  self->remote_fields_expander = more->remote_fields_expander;
  self->remote_fields_row = more->remote_fields_row;
  self->remote_fields_view = more->remote_fields_view;
}
