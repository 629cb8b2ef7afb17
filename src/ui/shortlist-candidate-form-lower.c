/* shortlist-candidate-form-lower.c: the form's sections below its first screen
 *
 * Only rows, from a template: ShortlistCandidateForm builds this after the window's first
 * frame and binds the rows itself (see shortlist-candidate-form-private.h).
 */
#define G_LOG_DOMAIN "shortlist-candidate-form"

#include "config.h"

#include "shortlist-candidate-form-private.h"
#include "shortlist-widget.h"

G_DEFINE_FINAL_TYPE (ShortlistCandidateFormLower, shortlist_candidate_form_lower, GTK_TYPE_WIDGET)

static void
shortlist_candidate_form_lower_dispose (GObject *object)
{
  shortlist_widget_dispose_template (GTK_WIDGET (object), SHORTLIST_TYPE_CANDIDATE_FORM_LOWER);

  G_OBJECT_CLASS (shortlist_candidate_form_lower_parent_class)->dispose (object);
}

static void
shortlist_candidate_form_lower_class_init (ShortlistCandidateFormLowerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = shortlist_candidate_form_lower_dispose;

  g_type_ensure (SHORTLIST_TYPE_CONTACT_LIST);
  g_type_ensure (SHORTLIST_TYPE_COUNTRY_ROW);
  g_type_ensure (SHORTLIST_TYPE_DATE_BUTTON);
  g_type_ensure (SHORTLIST_TYPE_QUESTIONS_GROUP);
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
  BIND (links_list);
  BIND (questions_group);
  BIND (consent_row);
  BIND (consent_switch);
  BIND (consent_until_button);
  BIND (sourced_by_row);
  BIND (remote_fields_expander);
  BIND (remote_fields_row);
  BIND (remote_fields_view);
#undef BIND
}

static void
shortlist_candidate_form_lower_init (ShortlistCandidateFormLower *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
