/* shortlist-candidate-form.c: every section of a candidate, bound to one draft
 *
 * Each field edits the draft as it is typed, and shows whatever the draft holds, so a draft
 * restored or filled from elsewhere appears as if typed. Problems the draft names are shown
 * right below their fields, and the first, which the draft names first since it reports them
 * in the order of the form, gets the focus.
 */
#define G_LOG_DOMAIN "shortlist-candidate-form"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "shortlist-compat.h"
#include "shortlist-attachments-group.h"
#include "shortlist-candidate-form.h"
#include "shortlist-candidate-form-private.h"
#include "shortlist-user-chooser.h"
#include "shortlist-contact-list.h"
#include "shortlist-country-row.h"
#include "shortlist-cv.h"
#include "shortlist-date-button.h"
#include "shortlist-field-error.h"
#include "shortlist-job-group.h"
#include "shortlist-questions-group.h"
#include "shortlist-widget.h"

struct _ShortlistCandidateForm
{
  GtkWidget parent_instance;

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
  ShortlistAttachmentsGroup *attachments_group;
  GtkWidget                 *more_button;
  gboolean                   more_shown;

  /* The rows from Location on: NULL until built, just after the first frame */
  ShortlistCandidateFormLower *lower;      /* NULL until built whole */
  ShortlistCandidateFormLower *lower_part; /* its first sections, a frame before the rest */
  guint                        lower_idle_id;

  /* Filling in from a CV */
  GtkWidget       *cv_box;
  AdwActionRow    *cv_row;
  GtkWidget       *cv_spinner;
  GtkWidget       *cv_icon;
  GtkWidget       *cv_undo_button;
  GCancellable    *cv_cancellable;
  char            *cv_name; /* the CV being read, or last read */
  ShortlistCvFill *cv_fill;
  GPtrArray       *cv_marks; /* the AdwEntryRows marked "From CV" */

  KomboCandidateDraft *draft;
  ShortlistAccount    *account;
  gboolean             users_offered; /* "Sourced by" offers the ATS's users */
  GPtrArray           *bindings;
  GPtrArray           *error_fields; /* the widgets showing a problem, held until it is cleared */
};

G_DEFINE_FINAL_TYPE (ShortlistCandidateForm, shortlist_candidate_form, GTK_TYPE_WIDGET)

/* The form's own fields: the draft's property each shows, the path of its problems, and where
 * the row is: in the form, or in its lower part */
static const struct
{
  const char *property;
  const char *path;
  gboolean    lower;
  gsize       offset;
} fields[] = {
#define FIELD(property, path, member)                                       \
  {                                                                         \
    property, path, FALSE, G_STRUCT_OFFSET (ShortlistCandidateForm, member) \
  }
#define LOWER_FIELD(property, path, member)                                     \
  {                                                                             \
    property, path, TRUE, G_STRUCT_OFFSET (ShortlistCandidateFormLower, member) \
  }
  FIELD ("first-name", "candidate.first_name", first_name_row),
  FIELD ("last-name", "candidate.last_name", last_name_row),
  FIELD ("email-address", "candidate.email_address", email_row),
  FIELD ("phone-number", "candidate.phone_number", phone_row),
  FIELD ("company", "candidate.company", company_row),
  FIELD ("title", "candidate.title", title_row),
  FIELD ("gender", "candidate.gender", gender_row),
  LOWER_FIELD ("country", "candidate.location.country", country_row),
  LOWER_FIELD ("state", "candidate.location.state", state_row),
  LOWER_FIELD ("city", "candidate.location.city", city_row),
  LOWER_FIELD ("street-1", "candidate.location.street_1", street_row),
  LOWER_FIELD ("zip-code", "candidate.location.zip_code", zip_row),
  LOWER_FIELD ("salary", "candidate.salary_expectations.amount", salary_row),
  LOWER_FIELD ("salary-period", "candidate.salary_expectations.period", period_row),
  LOWER_FIELD ("availability-date", "candidate.availability_date", availability_row),
  LOWER_FIELD ("consent", "gdpr_consent", consent_row),
  LOWER_FIELD ("sourced-by", "sourced_by", sourced_by_row),
  LOWER_FIELD ("remote-fields", "remote_fields", remote_fields_row),
#undef FIELD
#undef LOWER_FIELD
};

/* Returns: (nullable): the row of fields[@i], NULL while the lower part is not built */
static GtkWidget *
field_widget (ShortlistCandidateForm *self,
              guint                   i)
{
  gpointer holder = fields[i].lower ? (gpointer) self->lower : (gpointer) self;

  return holder ? G_STRUCT_MEMBER (GtkWidget *, holder, fields[i].offset) : NULL;
}

#define FIELD_WIDGET(self, i) field_widget (self, i)

static void
bind (ShortlistCandidateForm *self,
      const char             *property,
      gpointer                target,
      const char             *target_property)
{
  GBinding *binding = g_object_bind_property (self->draft, property, target, target_property,
                                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

static void
unbind (ShortlistCandidateForm *self)
{
  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (self->bindings->pdata[i]);
  g_ptr_array_set_size (self->bindings, 0);
}

static void remote_fields_changed_cb (ShortlistCandidateForm *self);
static void remember (ShortlistCandidateForm *self);
static void unfold_if_filled (ShortlistCandidateForm *self);
static void set_more_shown (ShortlistCandidateForm *self,
                            gboolean                shown);

/* "Sourced by" chosen from the ATS's users, once the row and the account are there */
static void
offer_users (ShortlistCandidateForm *self)
{
  if (self->lower == NULL || self->account == NULL || self->users_offered)
    return;
  shortlist_user_chooser_attach (self->lower->sourced_by_row, shortlist_account_get_users (self->account));
  self->users_offered = TRUE;
}

/* Who may see the note is offered where Kombo passes it on */
static void
offer_note_visibility (ShortlistCandidateForm *self)
{
  if (self->lower != NULL)
    shortlist_note_group_set_visibility_offered (
        self->lower->note_group,
        shortlist_integration_has_note_visibility (self->account ? shortlist_account_get_active_integration (self->account) : NULL));
}

/* Binds what the lower part shows, once it is built */
static void
bind_lower (ShortlistCandidateForm *self)
{
  if (self->lower == NULL || self->draft == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i].lower && ADW_IS_ENTRY_ROW (FIELD_WIDGET (self, i)))
      bind (self, fields[i].property, FIELD_WIDGET (self, i), "text");
  g_ptr_array_add (self->bindings, g_object_ref (shortlist_bind_selected (self->draft, "salary-period", self->lower->period_row)));
  bind (self, "country", self->lower->country_row, "country");
  bind (self, "availability-date", self->lower->availability_button, "date");
  bind (self, "consent", self->lower->consent_switch, "active");
  bind (self, "consent-expires", self->lower->consent_until_button, "date");
  bind (self, "remote-fields", gtk_text_view_get_buffer (self->lower->remote_fields_view), "text");
  bind (self, "note", self->lower->note_group, "text");
  bind (self, "note-visibility", self->lower->note_group, "visibility");
  offer_note_visibility (self);
  offer_users (self);
  g_signal_connect_object (self->draft, "notify::remote-fields", G_CALLBACK (remote_fields_changed_cb), self, G_CONNECT_SWAPPED);
  shortlist_contact_list_set_model (self->lower->links_list, kombo_candidate_draft_get_links (self->draft));
  shortlist_questions_group_set_draft (self->lower->questions_group, self->draft);
}

static void
bind_draft (ShortlistCandidateForm *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (!fields[i].lower && ADW_IS_ENTRY_ROW (FIELD_WIDGET (self, i)))
      bind (self, fields[i].property, FIELD_WIDGET (self, i), "text");
  g_ptr_array_add (self->bindings, g_object_ref (shortlist_bind_selected (self->draft, "gender", self->gender_row)));
  g_signal_connect_object (self->draft, "notify::job-id", G_CALLBACK (remember), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->draft, "notify::stage-id", G_CALLBACK (remember), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->draft, "notify::sourced-by", G_CALLBACK (remember), self, G_CONNECT_SWAPPED);

  shortlist_job_group_set_draft (self->job_group, self->draft);
  shortlist_contact_list_set_model (self->emails_list, kombo_candidate_draft_get_emails (self->draft));
  shortlist_contact_list_set_model (self->phones_list, kombo_candidate_draft_get_phones (self->draft));
  shortlist_attachments_group_set_draft (self->attachments_group, self->draft);
  bind_lower (self);

  g_signal_connect_object (self->draft, "changed", G_CALLBACK (unfold_if_filled), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (kombo_candidate_draft_get_emails (self->draft), "items-changed", G_CALLBACK (unfold_if_filled), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (kombo_candidate_draft_get_phones (self->draft), "items-changed", G_CALLBACK (unfold_if_filled), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (kombo_candidate_draft_get_links (self->draft), "items-changed", G_CALLBACK (unfold_if_filled), self, G_CONNECT_SWAPPED);
  unfold_if_filled (self);
}

/* The lower part: built just after the window's first frame, so that the first screen comes
 * first, in two frames, so that neither holds the window still; or at once when its rows are
 * needed (a problem to show in them) */

static void
build_lower (ShortlistCandidateForm *self)
{
  ShortlistCandidateFormLower *lower;

  if (self->lower != NULL)
    return;
  g_clear_handle_id (&self->lower_idle_id, g_source_remove);
  lower = g_steal_pointer (&self->lower_part);
  if (lower == NULL)
    {
      lower = g_object_new (SHORTLIST_TYPE_CANDIDATE_FORM_LOWER, NULL);
      gtk_widget_set_parent (GTK_WIDGET (lower), GTK_WIDGET (self));
    }
  shortlist_candidate_form_lower_complete (lower);
  self->lower = lower;
  /* Named as the page names the rest of the form, for screen readers */
  shortlist_name_lists (GTK_WIDGET (lower), _ ("Candidate"));
  set_more_shown (self, self->more_shown);
  bind_lower (self);
}

static void after_paint_cb (GdkFrameClock          *clock,
                            ShortlistCandidateForm *self);

static gboolean
build_lower_cb (gpointer data)
{
  ShortlistCandidateForm *self = data;

  self->lower_idle_id = 0;
  if (self->lower != NULL)
    return G_SOURCE_REMOVE;
  if (self->lower_part == NULL)
    {
      /* The first sections, laid out in the next frame; the rest after it */
      self->lower_part = g_object_new (SHORTLIST_TYPE_CANDIDATE_FORM_LOWER, NULL);
      gtk_widget_set_parent (GTK_WIDGET (self->lower_part), GTK_WIDGET (self));
      g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint", G_CALLBACK (after_paint_cb), self, 0);
      return G_SOURCE_REMOVE;
    }
  build_lower (self);
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock          *clock,
                ShortlistCandidateForm *self)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, self);
  if (self->lower == NULL && self->lower_idle_id == 0)
    self->lower_idle_id = g_idle_add (build_lower_cb, self);
}

static void
shortlist_candidate_form_map (GtkWidget *widget)
{
  ShortlistCandidateForm *self = SHORTLIST_CANDIDATE_FORM (widget);

  GTK_WIDGET_CLASS (shortlist_candidate_form_parent_class)->map (widget);
  if (self->lower == NULL)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint", G_CALLBACK (after_paint_cb), self, 0);
}

/* The fields most candidates go without: folded away until asked for, or filled */

#define N_MORE 8

static void
get_more_widgets (ShortlistCandidateForm *self,
                  GtkWidget              *widgets[N_MORE])
{
  widgets[0] = GTK_WIDGET (self->company_row);
  widgets[1] = GTK_WIDGET (self->title_row);
  widgets[2] = GTK_WIDGET (self->gender_row);
  widgets[3] = GTK_WIDGET (self->emails_list);
  widgets[4] = GTK_WIDGET (self->phones_list);
  widgets[5] = self->lower ? GTK_WIDGET (self->lower->state_row) : NULL;
  widgets[6] = self->lower ? GTK_WIDGET (self->lower->street_row) : NULL;
  widgets[7] = self->lower ? GTK_WIDGET (self->lower->links_list) : NULL;
}

static void
set_more_shown (ShortlistCandidateForm *self,
                gboolean                shown)
{
  GtkWidget *widgets[N_MORE];

  get_more_widgets (self, widgets);
  self->more_shown = shown;
  for (guint i = 0; i < N_MORE; i++)
    if (widgets[i] != NULL)
      gtk_widget_set_visible (widgets[i], shown);
  gtk_widget_set_visible (self->more_button, !shown);
}

/* Whether @widget is one of the folded fields, or in one */
static gboolean
is_folded (ShortlistCandidateForm *self,
           GtkWidget              *widget)
{
  GtkWidget *widgets[N_MORE];

  get_more_widgets (self, widgets);
  for (guint i = 0; i < N_MORE && !self->more_shown; i++)
    if (widgets[i] != NULL && (widget == widgets[i] || gtk_widget_is_ancestor (widget, widgets[i])))
      return TRUE;
  return FALSE;
}

/* Nothing filled in is ever folded away: a draft, a spreadsheet or typing unfolds it all */
static void
unfold_if_filled (ShortlistCandidateForm *self)
{
  const char *texts[] = { "company", "title", "state", "street-1" };
  KomboGender gender = KOMBO_GENDER_UNSET;
  gboolean    filled = FALSE;

  if (self->more_shown || self->draft == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (texts) && !filled; i++)
    {
      const char *text = kombo_candidate_draft_get_text (self->draft, texts[i]);

      filled = text != NULL && *text != '\0';
    }
  g_object_get (self->draft, "gender", &gender, NULL);
  filled |= gender != KOMBO_GENDER_UNSET ||
            g_list_model_get_n_items (G_LIST_MODEL (kombo_candidate_draft_get_emails (self->draft))) > 0 ||
            g_list_model_get_n_items (G_LIST_MODEL (kombo_candidate_draft_get_phones (self->draft))) > 0 ||
            g_list_model_get_n_items (G_LIST_MODEL (kombo_candidate_draft_get_links (self->draft))) > 0;
  if (filled)
    set_more_shown (self, TRUE);
}

static void
show_more_cb (GtkWidget  *widget,
              const char *action,
              GVariant   *param)
{
  ShortlistCandidateForm *self = SHORTLIST_CANDIDATE_FORM (widget);

  set_more_shown (self, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->company_row));
}

/* Filling in from a CV
 *
 * A CV the recruiter attaches is read off the main loop; whatever it says that the form does
 * not have yet is filled in, marked "From CV", and said in one row above the person, with
 * Undo. A field typed in while the CV is read is left as typed. A CV that cannot be read in
 * two seconds (shortlist_cv_read_async() gives up then) is given up on quietly; it stays
 * attached either way.
 */

static void
cv_stop (ShortlistCandidateForm *self)
{
  g_cancellable_cancel (self->cv_cancellable);
  g_clear_object (&self->cv_cancellable);
}

static void
cv_mark_changed_cb (GtkEditable            *row,
                    ShortlistCandidateForm *self);

/* Takes the "From CV" mark off @row, if it has one */
static void
cv_unmark (ShortlistCandidateForm *self,
           GtkWidget              *row)
{
  GtkWidget *mark = g_object_get_data (G_OBJECT (row), "shortlist-cv-mark");

  g_signal_handlers_disconnect_by_func (row, cv_mark_changed_cb, self);
  if (mark != NULL)
    adw_entry_row_remove (ADW_ENTRY_ROW (row), mark);
  g_object_set_data (G_OBJECT (row), "shortlist-cv-mark", NULL);
}

static void
cv_clear_marks (ShortlistCandidateForm *self)
{
  for (guint i = 0; i < self->cv_marks->len; i++)
    cv_unmark (self, self->cv_marks->pdata[i]);
  g_ptr_array_set_size (self->cv_marks, 0);
}

/* Hides the row and forgets what Undo would take back */
static void
cv_forget (ShortlistCandidateForm *self)
{
  cv_stop (self);
  cv_clear_marks (self);
  g_clear_pointer (&self->cv_fill, shortlist_cv_fill_free);
  gtk_widget_set_visible (self->cv_box, FALSE);
}

static void
cv_show (ShortlistCandidateForm *self,
         const char             *title,
         const char             *subtitle,
         const char             *icon_name,
         gboolean                busy)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->cv_row), title);
  adw_action_row_set_subtitle (self->cv_row, subtitle ? subtitle : "");
  gtk_widget_set_visible (self->cv_spinner, busy);
  gtk_widget_set_visible (self->cv_icon, icon_name != NULL);
  if (icon_name != NULL)
    gtk_image_set_from_icon_name (GTK_IMAGE (self->cv_icon), icon_name);
  gtk_widget_set_visible (self->cv_undo_button, self->cv_fill != NULL);
  gtk_widget_set_visible (self->cv_box, TRUE);
}

/* A field typed over is the recruiter's: its mark goes */
static void
cv_mark_changed_cb (GtkEditable            *row,
                    ShortlistCandidateForm *self)
{
  GtkWidget  *mark = g_object_get_data (G_OBJECT (row), "shortlist-cv-mark");
  const char *filled = mark ? g_object_get_data (G_OBJECT (mark), "shortlist-cv-value") : NULL;

  if (mark != NULL && g_strcmp0 (gtk_editable_get_text (row), filled) != 0)
    cv_unmark (self, GTK_WIDGET (row));
}

static void
cv_mark (ShortlistCandidateForm *self,
         const char             *property)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *row = FIELD_WIDGET (self, i);
      GtkWidget *mark;

      if (!g_str_equal (fields[i].property, property) || !ADW_IS_ENTRY_ROW (row) ||
          g_object_get_data (G_OBJECT (row), "shortlist-cv-mark") != NULL)
        continue;
      /* TRANSLATORS: beside a field Shortlist filled in from the candidate's CV */
      mark = gtk_label_new (_ ("From CV"));
      gtk_widget_add_css_class (mark, "dim-label");
      gtk_widget_add_css_class (mark, "caption");
      g_object_set_data_full (G_OBJECT (mark), "shortlist-cv-value", g_strdup (kombo_candidate_draft_get_text (self->draft, property)), g_free);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), mark);
      g_object_set_data (G_OBJECT (row), "shortlist-cv-mark", mark);
      g_signal_connect (row, "changed", G_CALLBACK (cv_mark_changed_cb), self);
      g_ptr_array_add (self->cv_marks, g_object_ref (row));
    }
}

/* "First name, email address, social links": what was filled, as the form names it */
static char *
cv_describe (GStrv fields_filled)
{
  static const struct
  {
    const char *field;
    const char *label;
  } labels[] = {
    { "first-name", N_ ("first name") },
    { "last-name", N_ ("last name") },
    { "email-address", N_ ("email address") },
    { "phone-number", N_ ("phone number") },
    { "company", N_ ("current company") },
    { "title", N_ ("current job title") },
    { "emails", N_ ("more email addresses") },
    { "phones", N_ ("more phone numbers") },
    { "city", N_ ("city") },
    { "zip-code", N_ ("postal code") },
    { "country", N_ ("country") },
    { "links", N_ ("social links") },
  };
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  g_autofree char *all = NULL;

  for (guint i = 0; fields_filled[i] != NULL; i++)
    for (guint k = 0; k < G_N_ELEMENTS (labels); k++)
      if (g_str_equal (fields_filled[i], labels[k].field))
        g_ptr_array_add (names, (gpointer) _ (labels[k].label));
  g_ptr_array_add (names, NULL);
  /* TRANSLATORS: joins the names of the fields filled in from a CV */
  all = g_strjoinv (_ (", "), (GStrv) names->pdata);
  if (*all != '\0')
    {
      gunichar first = g_unichar_totitle (g_utf8_get_char (all));
      char     buffer[8] = { 0 };

      g_unichar_to_utf8 (first, buffer);
      return g_strconcat (buffer, g_utf8_next_char (all), NULL);
    }
  return g_steal_pointer (&all);
}

static void
cv_read_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ShortlistCvFacts) facts = shortlist_cv_read_finish (result, &error);
  g_autofree char        *name = NULL;
  ShortlistCandidateForm *self;
  g_auto (GStrv) filled = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = SHORTLIST_CANDIDATE_FORM (user_data);
  name = g_strdup (self->cv_name);
  cv_stop (self);

  if (facts == NULL)
    {
      g_autofree char *title = NULL;

      if (g_error_matches (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_NO_TEXT))
        title = g_strdup (_ ("This CV has no text to read"));
      else if (g_error_matches (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_LOCKED))
        /* TRANSLATORS: %s is a file name */
        title = g_strdup_printf (_ ("“%s” is locked with a password"), name);
      else if (g_error_matches (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_UNSUPPORTED))
        /* TRANSLATORS: %s is a file name */
        title = g_strdup_printf (_ ("Shortlist cannot read “%s” to fill in the form"), name);
      else if (g_error_matches (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_OLD_WORD))
        {
          /* TRANSLATORS: %s is a file name */
          title = g_strdup_printf (_ ("“%s” is an old Word document, which Shortlist does not read"), name);
          cv_show (self, title, _ ("It is still attached. Type the candidate’s details in, or save the CV as .docx or PDF and attach that to fill them in."),
                   "dialog-information-symbolic", FALSE);
          return;
        }
      if (title == NULL)
        {
          /* Damaged, too large or too slow: given up on quietly */
          g_debug ("Not filling in from %s: %s", name, error->message);
          cv_forget (self);
          return;
        }
      cv_show (self, title, _ ("It is still attached. Type the candidate’s details in."), "dialog-information-symbolic", FALSE);
      return;
    }

  self->cv_fill = shortlist_cv_fill (facts, self->draft);
  filled = shortlist_cv_fill_get_fields (self->cv_fill);
  if (filled[0] == NULL)
    {
      /* TRANSLATORS: %s is a file name */
      g_autofree char *title = g_strdup_printf (_ ("Nothing to fill in from “%s”"), name);

      g_clear_pointer (&self->cv_fill, shortlist_cv_fill_free);
      cv_show (self, title, _ ("The form has every detail Shortlist could find in it."), "dialog-information-symbolic", FALSE);
      return;
    }
  for (guint i = 0; filled[i] != NULL; i++)
    cv_mark (self, filled[i]);
  {
    /* TRANSLATORS: %s is a file name */
    g_autofree char *title = g_strdup_printf (_ ("Filled in from “%s”: check before submitting"), name);
    g_autofree char *what = cv_describe (filled);

    cv_show (self, title, what, "document-edit-symbolic", FALSE);
  }
}

static void
attached_cb (ShortlistCandidateForm *self,
             KomboAttachment        *attachment)
{
  g_autofree char *title = NULL;

  if (kombo_attachment_get_attachment_type (attachment) != KOMBO_ATTACHMENT_CV || self->draft == NULL)
    return;
  cv_forget (self);
  self->cv_cancellable = g_cancellable_new ();
  g_free (self->cv_name);
  self->cv_name = g_strdup (kombo_attachment_get_name (attachment));
  /* TRANSLATORS: %s is a file name */
  title = g_strdup_printf (_ ("Reading “%s”…"), self->cv_name);
  cv_show (self, title, NULL, NULL, TRUE);
  shortlist_cv_read_async (kombo_attachment_get_file (attachment), self->cv_cancellable, cv_read_cb, self);
}

static void
cv_undo_cb (ShortlistCandidateForm *self)
{
  if (self->cv_fill != NULL)
    shortlist_cv_fill_undo (self->cv_fill, self->draft);
  cv_forget (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->first_name_row));
}

static void
cv_dismiss_cb (ShortlistCandidateForm *self)
{
  cv_forget (self);
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
field_for_path (ShortlistCandidateForm *self,
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
      (self->lower != NULL && (field = contact_row (self->lower->links_list, "candidate.social_links", path))) ||
      (self->lower != NULL && (field = shortlist_questions_group_get_field (self->lower->questions_group, path))) ||
      (field = shortlist_attachments_group_get_field (self->attachments_group, path)))
    return field;
  return NULL;
}

static void
set_field_error (ShortlistCandidateForm *self,
                 GtkWidget              *field,
                 const char             *message)
{
  shortlist_field_set_error (field, message);
  g_ptr_array_add (self->error_fields, g_object_ref (field));
}

void
shortlist_candidate_form_clear_problems (ShortlistCandidateForm *self)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_FORM (self));

  for (guint i = 0; i < self->error_fields->len; i++)
    shortlist_field_clear_error (self->error_fields->pdata[i]);
  g_ptr_array_set_size (self->error_fields, 0);
}

/**
 * shortlist_candidate_form_show_problems:
 * @violations: (element-type KomboViolation): as kombo_candidate_draft_validate() names them
 *
 * Shows every problem below its field and moves the focus to the first.
 */
void
shortlist_candidate_form_show_problems (ShortlistCandidateForm *self,
                                        GPtrArray              *violations)
{
  GtkWidget *first = NULL;

  g_return_if_fail (SHORTLIST_IS_CANDIDATE_FORM (self));

  build_lower (self);
  for (guint i = 0; i < violations->len; i++)
    {
      KomboViolation *violation = violations->pdata[i];
      GtkWidget      *field = field_for_path (self, violation->path);

      if (field == NULL)
        continue;
      if (is_folded (self, field))
        set_more_shown (self, TRUE);
      if (field == self->lower->remote_fields_row)
        adw_expander_row_set_expanded (self->lower->remote_fields_expander, TRUE);
      if (shortlist_field_get_error (field) == NULL)
        set_field_error (self, field, violation->message);
      if (first == NULL)
        first = field;
    }

  /* A row that takes no focus itself passes it to its control */
  if (first != NULL && !gtk_widget_grab_focus (first))
    gtk_widget_child_focus (first, GTK_DIR_TAB_FORWARD);
}

static void
remote_fields_changed_cb (ShortlistCandidateForm *self)
{
  g_autoptr (KomboCandidate) probe = kombo_candidate_new ();
  g_autoptr (GError) error = NULL;

  if (self->lower == NULL)
    return;
  /* Checked as it is typed, so a missing brace is seen before sending */
  if (kombo_candidate_set_remote_fields_from_text (probe, kombo_candidate_draft_get_text (self->draft, "remote-fields"), &error))
    shortlist_field_clear_error (self->lower->remote_fields_row);
  else
    shortlist_field_set_error (self->lower->remote_fields_row, error->message);
}

/* The job, stage and recruiter of the last candidate of each integration are kept, for the next */
static void
remember (ShortlistCandidateForm *self)
{
  if (self->account != NULL)
    shortlist_account_remember_choices (self->account, self->draft);
}

/**
 * shortlist_candidate_form_start_from_last:
 *
 * Starts a form with no job with the job, stage and recruiter of the last candidate of the
 * active integration, so that the next candidate for the same job needs no picking.
 */
void
shortlist_candidate_form_start_from_last (ShortlistCandidateForm *self)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_FORM (self));

  if (self->account != NULL && self->draft != NULL)
    shortlist_account_start_from_last (self->account, self->draft);
}

static void
restrictions_changed_cb (ShortlistCandidateForm *self)
{
  shortlist_attachments_group_set_restrictions (self->attachments_group,
                                                shortlist_job_group_get_restrictions (self->job_group));
}

static void
shortlist_candidate_form_dispose (GObject *object)
{
  ShortlistCandidateForm *self = (ShortlistCandidateForm *) object;

  if (self->cv_marks != NULL)
    cv_forget (self);
  g_clear_pointer (&self->cv_marks, g_ptr_array_unref);
  if (self->bindings != NULL)
    unbind (self);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_pointer (&self->error_fields, g_ptr_array_unref);
  g_clear_handle_id (&self->lower_idle_id, g_source_remove);
  shortlist_widget_dispose_template (GTK_WIDGET (self), SHORTLIST_TYPE_CANDIDATE_FORM);
  self->lower = NULL;
  self->lower_part = NULL;
  g_clear_object (&self->draft);
  g_clear_object (&self->account);
  g_clear_pointer (&self->cv_name, g_free);

  G_OBJECT_CLASS (shortlist_candidate_form_parent_class)->dispose (object);
}

static void
shortlist_candidate_form_class_init (ShortlistCandidateFormClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_candidate_form_dispose;
  widget_class->map = shortlist_candidate_form_map;

  g_type_ensure (SHORTLIST_TYPE_SPINNER);
  g_type_ensure (SHORTLIST_TYPE_ATTACHMENTS_GROUP);
  g_type_ensure (SHORTLIST_TYPE_CONTACT_LIST);
  g_type_ensure (SHORTLIST_TYPE_COUNTRY_ROW);
  g_type_ensure (SHORTLIST_TYPE_DATE_BUTTON);
  g_type_ensure (SHORTLIST_TYPE_JOB_GROUP);
  g_type_ensure (SHORTLIST_TYPE_QUESTIONS_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/shortlist-candidate-form.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ShortlistCandidateForm, name)
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
  BIND (attachments_group);
  BIND (more_button);
  BIND (cv_box);
  BIND (cv_row);
  BIND (cv_spinner);
  BIND (cv_icon);
  BIND (cv_undo_button);
#undef BIND

  gtk_widget_class_bind_template_callback (widget_class, attached_cb);
  gtk_widget_class_bind_template_callback (widget_class, cv_undo_cb);
  gtk_widget_class_bind_template_callback (widget_class, cv_dismiss_cb);

  gtk_widget_class_install_action (widget_class, "form.show-more", NULL, show_more_cb);
}

static void
shortlist_candidate_form_init (ShortlistCandidateForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  self->error_fields = g_ptr_array_new_with_free_func (g_object_unref);
  self->cv_marks = g_ptr_array_new_with_free_func (g_object_unref);
  set_more_shown (self, FALSE);
  g_signal_connect_object (self->job_group, "notify::restrictions", G_CALLBACK (restrictions_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Shows and edits @draft from now on */
void
shortlist_candidate_form_set_draft (ShortlistCandidateForm *self,
                                    KomboCandidateDraft    *draft)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_FORM (self));
  g_return_if_fail (KOMBO_IS_CANDIDATE_DRAFT (draft));

  shortlist_candidate_form_clear_problems (self);
  cv_forget (self);
  unbind (self);
  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_data (self->draft, self);
  g_set_object (&self->draft, draft);
  bind_draft (self);
}

void
shortlist_candidate_form_set_account (ShortlistCandidateForm *self,
                                      ShortlistAccount       *account)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_FORM (self));

  g_set_object (&self->account, account);
  shortlist_job_group_set_account (self->job_group, account);
  shortlist_candidate_form_start_from_last (self);
  g_signal_connect_object (account, "notify::active-integration", G_CALLBACK (shortlist_candidate_form_start_from_last),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (account, "notify::active-integration", G_CALLBACK (offer_note_visibility), self, G_CONNECT_SWAPPED);
  offer_note_visibility (self);
  offer_users (self);
}

/* Returns: (nullable) (transfer none): what the integration's ATS accepts as attachments */
KomboAttachmentRestrictions *
shortlist_candidate_form_get_restrictions (ShortlistCandidateForm *self)
{
  g_return_val_if_fail (SHORTLIST_IS_CANDIDATE_FORM (self), NULL);
  return shortlist_job_group_get_restrictions (self->job_group);
}

void
shortlist_candidate_form_add_files (ShortlistCandidateForm *self,
                                    GFile                 **files,
                                    int                     n_files)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_FORM (self));
  shortlist_attachments_group_add_files (self->attachments_group, files, n_files);
}

/* Puts the cursor where the next candidate starts: the job when there is none, else the first name */
void
shortlist_candidate_form_focus_start (ShortlistCandidateForm *self)
{
  g_return_if_fail (SHORTLIST_IS_CANDIDATE_FORM (self));

  if (self->draft != NULL && *kombo_candidate_draft_get_text (self->draft, "job-id") == '\0')
    gtk_widget_child_focus (GTK_WIDGET (self->job_group), GTK_DIR_TAB_FORWARD);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->first_name_row));
}
