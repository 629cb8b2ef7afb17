/* shortlist-question-field.c: one screening question of a job, with the control that answers it
 *
 * Text gets an entry (or a text box for long answers), numbers an entry checked against the
 * limits, yes/no two buttons with neither chosen at first (no answer is not "no"), dates a
 * calendar, choices a list or check boxes, files a chooser. Information is shown as text, and
 * a question Shortlist cannot answer says so. The answer lives in the draft: the control
 * writes it there as it is given, and shows whatever the draft holds, so a restored draft
 * comes back with its answers.
 */
#define G_LOG_DOMAIN "shortlist-question-field"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "shortlist-compat.h"
#include "shortlist-date-button.h"
#include "shortlist-question-field.h"

struct _ShortlistQuestionField
{
  GObject parent_instance;

  KomboScreeningQuestion *question;
  KomboCandidateDraft    *draft;
  GtkWidget              *row;
  GtkWidget              *entry;  /* TEXT single line, NUMBER */
  GtkTextBuffer          *buffer; /* TEXT multi-line */
  GtkWidget              *yes;    /* BOOLEAN */
  GtkWidget              *no;
  GtkWidget              *date;        /* DATE */
  GPtrArray              *checks;      /* MULTI_SELECT, in the order of the question's options */
  GtkWidget              *file_button; /* FILE */
  GCancellable           *cancellable;
  gboolean                showing; /* the controls are being set from the draft */
};

G_DEFINE_FINAL_TYPE (ShortlistQuestionField, shortlist_question_field, G_TYPE_OBJECT)

static void store_answer (ShortlistQuestionField *self);

static void
shortlist_question_field_dispose (GObject *object)
{
  ShortlistQuestionField *self = (ShortlistQuestionField *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_data (self->draft, self);
  g_clear_object (&self->draft);
  g_clear_object (&self->row);
  g_clear_object (&self->question);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (shortlist_question_field_parent_class)->dispose (object);
}

static void
shortlist_question_field_class_init (ShortlistQuestionFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = shortlist_question_field_dispose;
}

static void
shortlist_question_field_init (ShortlistQuestionField *self)
{
  self->cancellable = g_cancellable_new ();
}

static char *
dup_title (KomboScreeningQuestion *question)
{
  const char *title = kombo_screening_question_get_title (question);

  if (title == NULL || *title == '\0')
    title = _ ("Untitled question");
  if (kombo_screening_question_get_required (question))
    /* TRANSLATORS: a screening question that needs an answer */
    return g_strdup_printf (_ ("%s (required)"), title);
  return g_strdup (title);
}

static void
describe (GtkWidget              *row,
          KomboScreeningQuestion *question)
{
  const char *description = kombo_screening_question_get_description (question);

  if (description == NULL || *description == '\0')
    return;
  if (ADW_IS_ACTION_ROW (row))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
  else
    gtk_widget_set_tooltip_text (row, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static GtkWidget *
new_action_row (KomboScreeningQuestion *question)
{
  g_autofree char *title = dup_title (question);
  GtkWidget       *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  describe (row, question);
  return row;
}

static void
build_text (ShortlistQuestionField *self)
{
  const char      *display = kombo_screening_question_get_display_type (self->question);
  g_autofree char *title = dup_title (self->question);

  if (g_strcmp0 (display, "MULTI_LINE") == 0)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *label = gtk_label_new (title);
      GtkWidget *scrolled = gtk_scrolled_window_new ();
      GtkWidget *view = gtk_text_view_new ();

      self->row = adw_preferences_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row), title);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->row), FALSE);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_top (box, 12);
      gtk_widget_set_margin_bottom (box, 12);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      gtk_box_append (GTK_BOX (box), label);

      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
      self->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
      g_signal_connect_swapped (self->buffer, "changed", G_CALLBACK (store_answer), self);

      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 96);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_widget_add_css_class (scrolled, "card");
      gtk_box_append (GTK_BOX (box), scrolled);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self->row), box);
      describe (self->row, self->question);
      return;
    }

  self->row = adw_entry_row_new ();
  self->entry = self->row;
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row), title);
  if (g_strcmp0 (display, "EMAIL") == 0)
    adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (self->row), GTK_INPUT_PURPOSE_EMAIL);
  else if (g_strcmp0 (display, "URL") == 0)
    adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (self->row), GTK_INPUT_PURPOSE_URL);
  g_signal_connect_swapped (self->row, "changed", G_CALLBACK (store_answer), self);
  describe (self->row, self->question);
}

static void
build_number (ShortlistQuestionField *self)
{
  g_autofree char *title = dup_title (self->question);
  double           min = kombo_screening_question_get_min (self->question);
  double           max = kombo_screening_question_get_max (self->question);

  self->row = adw_entry_row_new ();
  self->entry = self->row;
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row), title);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (self->row), GTK_INPUT_PURPOSE_NUMBER);
  g_signal_connect_swapped (self->row, "changed", G_CALLBACK (store_answer), self);
  describe (self->row, self->question);

  if (!isnan (min) && !isnan (max))
    {
      /* TRANSLATORS: the range a number must be in, e.g. "0 to 40" */
      g_autofree char *range = g_strdup_printf (_ ("%g to %g"), min, max);
      GtkWidget       *hint = gtk_label_new (range);

      gtk_widget_add_css_class (hint, "dim-label");
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->row), hint);
    }
}

static void
build_boolean (ShortlistQuestionField *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  self->row = new_action_row (self->question);
  self->yes = gtk_toggle_button_new_with_mnemonic (_ ("_Yes"));
  self->no = gtk_toggle_button_new_with_mnemonic (_ ("_No"));
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->no), GTK_TOGGLE_BUTTON (self->yes));
  /* Both: "No" chosen first toggles only itself, and Yes → No toggles Yes off before No is on */
  g_signal_connect_swapped (self->yes, "toggled", G_CALLBACK (store_answer), self);
  g_signal_connect_swapped (self->no, "toggled", G_CALLBACK (store_answer), self);
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), self->yes);
  gtk_box_append (GTK_BOX (box), self->no);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->row), box);
}

static void
build_date (ShortlistQuestionField *self)
{
  self->row = new_action_row (self->question);
  self->date = shortlist_date_button_new ();
  g_signal_connect_swapped (self->date, "notify::date", G_CALLBACK (store_answer), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->row), self->date);
}

static void
build_single_select (ShortlistQuestionField *self)
{
  GPtrArray *options = kombo_screening_question_get_options (self->question);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *title = dup_title (self->question);

  gtk_string_list_append (names, _ ("Not answered"));
  for (guint i = 0; i < options->len; i++)
    gtk_string_list_append (names, ((KomboQuestionOption *) options->pdata[i])->name);

  self->row = adw_combo_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (self->row), G_LIST_MODEL (names));
  describe (self->row, self->question);
  g_signal_connect_swapped (self->row, "notify::selected", G_CALLBACK (store_answer), self);
}

static void
build_multi_select (ShortlistQuestionField *self)
{
  GPtrArray       *options = kombo_screening_question_get_options (self->question);
  g_autofree char *title = dup_title (self->question);

  self->row = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->row), _ ("Choose all that apply"));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self->row), TRUE);
  self->checks = g_ptr_array_new ();

  for (guint i = 0; i < options->len; i++)
    {
      KomboQuestionOption *option = options->pdata[i];
      GtkWidget           *option_row = adw_action_row_new ();
      GtkWidget           *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (option_row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (option_row), option->name);
      adw_action_row_add_prefix (ADW_ACTION_ROW (option_row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (option_row), check);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, option->name, -1);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (store_answer), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self->row), option_row);
      g_ptr_array_add (self->checks, check);
    }
}

static void
update_file_row (ShortlistQuestionField *self)
{
  KomboAttachment *file = kombo_candidate_draft_get_file_answer (self->draft, kombo_screening_question_get_id (self->question));

  if (file != NULL)
    {
      g_autofree char *size = g_format_size (kombo_attachment_get_size (file));
      /* TRANSLATORS: a file name and its size */
      g_autofree char *text = g_strdup_printf (_ ("%s (%s)"), kombo_attachment_get_name (file), size);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->row), text);
      gtk_button_set_label (GTK_BUTTON (self->file_button), _ ("_Replace…"));
    }
  else
    {
      const char *description = kombo_screening_question_get_description (self->question);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->row), description ? description : "");
      gtk_button_set_label (GTK_BUTTON (self->file_button), _ ("_Choose File…"));
    }
}

static void
file_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ShortlistQuestionField *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboAttachment) attachment = kombo_attachment_new_for_file_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (attachment == NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->row), error->message);
      return;
    }
  kombo_candidate_draft_set_file_answer (self->draft, kombo_screening_question_get_id (self->question), attachment);
}

static void
file_chosen_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (ShortlistQuestionField) self = user_data;
  g_autoptr (GPtrArray) files = shortlist_choose_files_finish (result);

  if (files != NULL && files->len > 0)
    kombo_attachment_new_for_file_async (files->pdata[0], KOMBO_ATTACHMENT_OTHER, self->cancellable, file_loaded_cb, self);
}

static void
choose_file_cb (ShortlistQuestionField *self)
{
  shortlist_choose_files (self->row, _ ("Choose a File"), _ ("_Choose"), FALSE, FALSE, self->cancellable,
                          file_chosen_cb, g_object_ref (self));
}

static void
build_file (ShortlistQuestionField *self)
{
  self->row = new_action_row (self->question);
  self->file_button = gtk_button_new_with_mnemonic (_ ("_Choose File…"));
  gtk_widget_set_valign (self->file_button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->file_button, "clicked", G_CALLBACK (choose_file_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->row), self->file_button);
  update_file_row (self);
}

static void
build_information (ShortlistQuestionField *self)
{
  const char *title = kombo_screening_question_get_title (self->question);
  GtkWidget  *icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");

  self->row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row), title ? title : "");
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self->row), 0);
  describe (self->row, self->question);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self->row), icon);
  gtk_widget_add_css_class (self->row, "question-information");
}

static void
build_unanswerable (ShortlistQuestionField *self)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  self->row = new_action_row (self->question);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->row),
                               _ ("Shortlist cannot answer this kind of question. If it is needed, answer it in the applicant tracking system."));
  gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (self->row), icon);
}

static char *
dup_text (ShortlistQuestionField *self)
{
  GtkTextIter start, end;

  if (self->buffer == NULL)
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  return gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
}

/* What the controls say, as the draft keeps answers (see kombo-screening-answer.c) */
static GVariant *
read_answer (ShortlistQuestionField *self)
{
  GPtrArray *options = kombo_screening_question_get_options (self->question);

  switch (kombo_screening_question_get_question_type (self->question))
    {
    case KOMBO_QUESTION_TEXT:
    case KOMBO_QUESTION_NUMBER:
      {
        g_autofree char *text = dup_text (self);

        return *text != '\0' ? g_variant_new_take_string (g_steal_pointer (&text)) : NULL;
      }
    case KOMBO_QUESTION_BOOLEAN:
      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->yes)))
        return g_variant_new_boolean (TRUE);
      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->no)))
        return g_variant_new_boolean (FALSE);
      return NULL;
    case KOMBO_QUESTION_DATE:
      {
        GDateTime *date = shortlist_date_button_get_date (SHORTLIST_DATE_BUTTON (self->date));

        return date ? g_variant_new_int64 (g_date_time_to_unix (date)) : NULL;
      }
    case KOMBO_QUESTION_SINGLE_SELECT:
      {
        guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->row));

        if (selected < 1 || selected > options->len)
          return NULL;
        return g_variant_new_string (((KomboQuestionOption *) options->pdata[selected - 1])->id);
      }
    case KOMBO_QUESTION_MULTI_SELECT:
      {
        g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
        g_auto (GStrv) ids = NULL;

        for (guint i = 0; i < self->checks->len; i++)
          if (gtk_check_button_get_active (self->checks->pdata[i]))
            g_strv_builder_add (builder, ((KomboQuestionOption *) options->pdata[i])->id);
        ids = g_strv_builder_end (builder);
        return ids[0] != NULL ? g_variant_new_strv ((const char *const *) ids, -1) : NULL;
      }
    default:
      return NULL;
    }
}

static void
store_answer (ShortlistQuestionField *self)
{
  if (!self->showing)
    kombo_candidate_draft_set_answer (self->draft, kombo_screening_question_get_id (self->question), read_answer (self));
}

static gboolean
answer_has (GVariant   *answer,
            const char *option_id)
{
  g_autofree const char **chosen = NULL;

  if (answer == NULL || !g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING_ARRAY))
    return FALSE;
  chosen = g_variant_get_strv (answer, NULL);
  return g_strv_contains (chosen, option_id);
}

/* Sets the controls to the draft's answer: one that was restored, or none after New Candidate */
static void
show_answer (ShortlistQuestionField *self)
{
  GVariant  *answer = kombo_candidate_draft_get_answer (self->draft, kombo_screening_question_get_id (self->question));
  GPtrArray *options = kombo_screening_question_get_options (self->question);

  self->showing = TRUE;
  switch (kombo_screening_question_get_question_type (self->question))
    {
    case KOMBO_QUESTION_TEXT:
    case KOMBO_QUESTION_NUMBER:
      {
        const char      *text = answer && g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING) ? g_variant_get_string (answer, NULL) : "";
        g_autofree char *shown = dup_text (self);

        if (g_strcmp0 (shown, text) == 0)
          break;
        if (self->buffer != NULL)
          gtk_text_buffer_set_text (self->buffer, text, -1);
        else
          gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
      }
      break;
    case KOMBO_QUESTION_BOOLEAN:
      {
        gboolean given = answer != NULL && g_variant_is_of_type (answer, G_VARIANT_TYPE_BOOLEAN);

        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->yes), given && g_variant_get_boolean (answer));
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->no), given && !g_variant_get_boolean (answer));
      }
      break;
    case KOMBO_QUESTION_DATE:
      {
        g_autoptr (GDateTime) date = NULL;

        if (answer != NULL && g_variant_is_of_type (answer, G_VARIANT_TYPE_INT64))
          date = g_date_time_new_from_unix_utc (g_variant_get_int64 (answer));
        shortlist_date_button_set_date (SHORTLIST_DATE_BUTTON (self->date), date);
      }
      break;
    case KOMBO_QUESTION_SINGLE_SELECT:
      {
        guint selected = 0;

        for (guint i = 0; answer != NULL && g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING) && i < options->len; i++)
          if (g_strcmp0 (((KomboQuestionOption *) options->pdata[i])->id, g_variant_get_string (answer, NULL)) == 0)
            selected = i + 1;
        adw_combo_row_set_selected (ADW_COMBO_ROW (self->row), selected);
      }
      break;
    case KOMBO_QUESTION_MULTI_SELECT:
      for (guint i = 0; i < self->checks->len; i++)
        gtk_check_button_set_active (self->checks->pdata[i], answer_has (answer, ((KomboQuestionOption *) options->pdata[i])->id));
      break;
    case KOMBO_QUESTION_FILE:
      update_file_row (self);
      break;
    default:
      break;
    }
  self->showing = FALSE;
}

/**
 * shortlist_question_field_new:
 * @draft: where the answer is kept
 */
ShortlistQuestionField *
shortlist_question_field_new (KomboScreeningQuestion *question,
                              KomboCandidateDraft    *draft)
{
  ShortlistQuestionField *self = g_object_new (SHORTLIST_TYPE_QUESTION_FIELD, NULL);
  g_autofree char        *signal = g_strdup_printf ("answer-changed::%s", kombo_screening_question_get_id (question));

  self->question = g_object_ref (question);
  self->draft = g_object_ref (draft);

  switch (kombo_screening_question_get_question_type (question))
    {
    case KOMBO_QUESTION_TEXT:
      build_text (self);
      break;
    case KOMBO_QUESTION_NUMBER:
      build_number (self);
      break;
    case KOMBO_QUESTION_BOOLEAN:
      build_boolean (self);
      break;
    case KOMBO_QUESTION_DATE:
      build_date (self);
      break;
    case KOMBO_QUESTION_SINGLE_SELECT:
      build_single_select (self);
      break;
    case KOMBO_QUESTION_MULTI_SELECT:
      build_multi_select (self);
      break;
    case KOMBO_QUESTION_FILE:
      build_file (self);
      break;
    case KOMBO_QUESTION_INFORMATION:
      build_information (self);
      break;
    case KOMBO_QUESTION_NONE:
    case KOMBO_QUESTION_UNKNOWN:
    default:
      build_unanswerable (self);
      break;
    }

  g_object_ref_sink (self->row);
  g_signal_connect_swapped (draft, signal, G_CALLBACK (show_answer), self);
  show_answer (self);
  return self;
}

KomboScreeningQuestion *
shortlist_question_field_get_question (ShortlistQuestionField *self)
{
  g_return_val_if_fail (SHORTLIST_IS_QUESTION_FIELD (self), NULL);
  return self->question;
}

GtkWidget *
shortlist_question_field_get_row (ShortlistQuestionField *self)
{
  g_return_val_if_fail (SHORTLIST_IS_QUESTION_FIELD (self), NULL);
  return self->row;
}
