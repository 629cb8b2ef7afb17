/* shortlist-candidate-form-private.h: the form's sections below its first screen
 *
 * ShortlistCandidateFormLower holds the rows from Location to Remote fields. The form builds
 * it just after the window's first frame, in two frames (Location to Availability, then the
 * rest: shortlist_candidate_form_lower_complete()), or at once when something needs those
 * rows, and binds and checks its rows itself (self->lower->…): the lower part has no logic of
 * its own.
 */
#pragma once

#include <adwaita.h>

#include "shortlist-contact-list.h"
#include "shortlist-country-row.h"
#include "shortlist-date-button.h"
#include "shortlist-note-group.h"
#include "shortlist-questions-group.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_CANDIDATE_FORM_LOWER (shortlist_candidate_form_lower_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistCandidateFormLower, shortlist_candidate_form_lower, SHORTLIST, CANDIDATE_FORM_LOWER, GtkWidget)

struct _ShortlistCandidateFormLower
{
  GtkWidget parent_instance;

  ShortlistCountryRow     *country_row;
  AdwEntryRow             *state_row;
  AdwEntryRow             *city_row;
  AdwEntryRow             *street_row;
  AdwEntryRow             *zip_row;
  AdwEntryRow             *salary_row;
  AdwComboRow             *period_row;
  AdwActionRow            *availability_row;
  ShortlistDateButton     *availability_button;
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

  GtkWidget *more; /* the second template's widget, holding the rows from links_list on */
};

void shortlist_candidate_form_lower_complete (ShortlistCandidateFormLower *self);

G_END_DECLS
