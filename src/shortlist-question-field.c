/* shortlist-question-field.c: one screening question of a job, with the control that answers it
 *
 * Text gets an entry (or a text box for long answers), numbers an entry checked against the
 * limits, yes/no two buttons with neither chosen at first (no answer is not "no"), dates a
 * calendar, choices a list or check boxes, files a chooser. Information is shown as text, and
 * a question Shortlist cannot answer says so. A "changed" signal lets the page show the
 * questions whose condition an answer fulfils.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "shortlist-date-button.h"
#include "shortlist-question-field.h"

struct _ShortlistQuestionField
{
  GObject parent_instance;

  KomboScreeningQuestion *question;
  GtkWidget              *row;
  GtkWidget              *entry;  /* TEXT single line, NUMBER */
  GtkTextBuffer          *buffer; /* TEXT multi-line */
  GtkWidget              *yes;    /* BOOLEAN */
  GtkWidget              *no;
  GtkWidget              *date;        /* DATE */
  GPtrArray              *checks;      /* MULTI_SELECT */
  GtkWidget              *file_button; /* FILE */
  KomboAttachment        *file;
  GCancellable           *cancellable;
};

G_DEFINE_FINAL_TYPE (ShortlistQuestionField, shortlist_question_field, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_changed (ShortlistQuestionField *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
shortlist_question_field_dispose (GObject *object)
{
  ShortlistQuestionField *self = (ShortlistQuestionField *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->row);
  g_clear_object (&self->file);
  g_clear_object (&self->question);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (shortlist_question_field_parent_class)->dispose (object);
}

static void
shortlist_question_field_class_init (ShortlistQuestionFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = shortlist_question_field_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
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
      g_signal_connect_swapped (self->buffer, "changed", G_CALLBACK (emit_changed), self);

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
  g_signal_connect_swapped (self->row, "changed", G_CALLBACK (emit_changed), self);
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
  g_signal_connect_swapped (self->row, "changed", G_CALLBACK (emit_changed), self);
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
  g_signal_connect_swapped (self->yes, "toggled", G_CALLBACK (emit_changed), self);
  g_signal_connect_swapped (self->no, "toggled", G_CALLBACK (emit_changed), self);
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
  g_signal_connect_swapped (self->date, "notify::date", G_CALLBACK (emit_changed), self);
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
  g_signal_connect_swapped (self->row, "notify::selected", G_CALLBACK (emit_changed), self);
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
      g_object_set_data_full (G_OBJECT (check), "option-id", g_strdup (option->id), g_free);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (emit_changed), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self->row), option_row);
      g_ptr_array_add (self->checks, check);
    }
}

static void
update_file_row (ShortlistQuestionField *self)
{
  if (self->file != NULL)
    {
      g_autofree char *size = g_format_size (kombo_attachment_get_size (self->file));
      /* TRANSLATORS: a file name and its size */
      g_autofree char *text = g_strdup_printf (_ ("%s (%s)"), kombo_attachment_get_name (self->file), size);

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
  KomboAttachment *attachment = kombo_attachment_new_for_file_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (attachment == NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->row), error->message);
      return;
    }

  g_set_object (&self->file, attachment);
  g_object_unref (attachment);
  update_file_row (self);
  emit_changed (self);
}

/* Reads the file's name, size and kind, then takes it as the answer */
void
shortlist_question_field_choose_file (ShortlistQuestionField *self,
                                      GFile                  *file)
{
  g_return_if_fail (SHORTLIST_IS_QUESTION_FIELD (self));
  kombo_attachment_new_for_file_async (file, KOMBO_ATTACHMENT_OTHER, self->cancellable, file_loaded_cb, self);
}

static void
file_chosen_cb (GtkNativeDialog        *dialog,
                int                     response,
                ShortlistQuestionField *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      shortlist_question_field_choose_file (self, file);
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
choose_file_cb (ShortlistQuestionField *self)
{
  GtkWindow            *window = GTK_WINDOW (gtk_widget_get_root (self->row));
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (_ ("Choose a File"), window,
                                                              GTK_FILE_CHOOSER_ACTION_OPEN,
                                                              _ ("_Choose"), _ ("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (file_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
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

ShortlistQuestionField *
shortlist_question_field_new (KomboScreeningQuestion *question)
{
  ShortlistQuestionField *self = g_object_new (SHORTLIST_TYPE_QUESTION_FIELD, NULL);

  self->question = g_object_ref (question);

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
  g_object_set_data (G_OBJECT (self->row), "shortlist-question-field", self);
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

gboolean
shortlist_question_field_get_shown (ShortlistQuestionField *self)
{
  g_return_val_if_fail (SHORTLIST_IS_QUESTION_FIELD (self), FALSE);
  return gtk_widget_get_visible (self->row);
}

void
shortlist_question_field_set_shown (ShortlistQuestionField *self,
                                    gboolean                shown)
{
  g_return_if_fail (SHORTLIST_IS_QUESTION_FIELD (self));
  gtk_widget_set_visible (self->row, shown);
}

static char *
dup_text (ShortlistQuestionField *self)
{
  char *text;

  if (self->buffer != NULL)
    {
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (self->buffer, &start, &end);
      text = gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
    }
  else
    text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));

  g_strstrip (text);
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/**
 * shortlist_question_field_matches:
 * @options: a precondition's answers: option ids, or "true"/"false"
 *
 * Returns: whether the current answer is one of @options, so that a question depending on
 *   this one is asked
 */
gboolean
shortlist_question_field_matches (ShortlistQuestionField *self,
                                  const char *const      *options)
{
  GPtrArray *choices = kombo_screening_question_get_options (self->question);

  g_return_val_if_fail (SHORTLIST_IS_QUESTION_FIELD (self), FALSE);

  if (options == NULL || !gtk_widget_get_visible (self->row))
    return FALSE;

  switch (kombo_screening_question_get_question_type (self->question))
    {
    case KOMBO_QUESTION_BOOLEAN:
      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->yes)))
        return g_strv_contains (options, "true");
      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->no)))
        return g_strv_contains (options, "false");
      return FALSE;
    case KOMBO_QUESTION_SINGLE_SELECT:
      {
        guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->row));

        return selected >= 1 && selected <= choices->len &&
               g_strv_contains (options, ((KomboQuestionOption *) choices->pdata[selected - 1])->id);
      }
    case KOMBO_QUESTION_MULTI_SELECT:
      for (guint i = 0; i < self->checks->len; i++)
        if (gtk_check_button_get_active (self->checks->pdata[i]) &&
            g_strv_contains (options, g_object_get_data (self->checks->pdata[i], "option-id")))
          return TRUE;
      return FALSE;
    default:
      return FALSE;
    }
}

/* Reads a number as people type it: "1.5" or "1,5" */
static gboolean
parse_number (const char *text,
              double     *value)
{
  g_autofree char *normal = g_strdelimit (g_strdup (text), ",", '.');
  char            *end = NULL;

  *value = g_ascii_strtod (normal, &end);
  return end != normal && *end == '\0' && isfinite (*value);
}

static gboolean
mime_type_accepted (const char *const *accepted,
                    const char        *content_type)
{
  if (accepted == NULL || accepted[0] == NULL)
    return TRUE;
  for (guint i = 0; accepted[i] != NULL; i++)
    if (content_type != NULL && g_content_type_is_mime_type (content_type, accepted[i]))
      return TRUE;
  return FALSE;
}

/**
 * shortlist_question_field_add_answer:
 * @problem: (out): what is wrong with the answer, for the person
 *
 * Adds the answer to @candidate, unless the question is not asked, cannot be answered or was
 * left blank. Returns %FALSE, adding nothing, when a required question has no answer or the
 * answer breaks the question's limits.
 */
gboolean
shortlist_question_field_add_answer (ShortlistQuestionField *self,
                                     KomboCandidate         *candidate,
                                     char                  **problem)
{
  KomboScreeningQuestion *q = self->question;
  const char             *id = kombo_screening_question_get_id (q);
  gboolean                required = kombo_screening_question_get_required (q);
  g_autofree char        *missing = NULL;

  g_return_val_if_fail (SHORTLIST_IS_QUESTION_FIELD (self), FALSE);

  if (!gtk_widget_get_visible (self->row))
    return TRUE;

  missing = g_strdup (_ ("This question needs an answer."));

  switch (kombo_screening_question_get_question_type (q))
    {
    case KOMBO_QUESTION_TEXT:
      {
        g_autofree char *text = dup_text (self);
        gint64           max_length = kombo_screening_question_get_max_length (q);

        if (text == NULL)
          break;
        if (max_length >= 0 && g_utf8_strlen (text, -1) > max_length)
          {
            *problem = g_strdup_printf (ngettext ("Shorten the answer to %u character.",
                                                  "Shorten the answer to %u characters.", (gulong) max_length),
                                        (guint) max_length);
            return FALSE;
          }
        kombo_candidate_add_text_answer (candidate, id, text);
        return TRUE;
      }
    case KOMBO_QUESTION_NUMBER:
      {
        g_autofree char *text = dup_text (self);
        double           min = kombo_screening_question_get_min (q);
        double           max = kombo_screening_question_get_max (q);
        double           value;

        if (text == NULL)
          break;
        if (!parse_number (text, &value))
          {
            *problem = g_strdup_printf (_ ("“%s” is not a number."), text);
            return FALSE;
          }
        if ((!isnan (min) && value < min) || (!isnan (max) && value > max))
          {
            if (!isnan (min) && !isnan (max))
              *problem = g_strdup_printf (_ ("Enter a number from %g to %g."), min, max);
            else if (!isnan (min))
              *problem = g_strdup_printf (_ ("Enter a number of at least %g."), min);
            else
              *problem = g_strdup_printf (_ ("Enter a number of at most %g."), max);
            return FALSE;
          }
        kombo_candidate_add_number_answer (candidate, id, value);
        return TRUE;
      }
    case KOMBO_QUESTION_BOOLEAN:
      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->yes)) ||
          gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->no)))
        {
          kombo_candidate_add_boolean_answer (candidate, id, gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->yes)));
          return TRUE;
        }
      break;
    case KOMBO_QUESTION_DATE:
      {
        GDateTime *date = shortlist_date_button_get_date (SHORTLIST_DATE_BUTTON (self->date));

        if (date == NULL)
          break;
        kombo_candidate_add_date_answer (candidate, id, date);
        return TRUE;
      }
    case KOMBO_QUESTION_SINGLE_SELECT:
      {
        GPtrArray *options = kombo_screening_question_get_options (q);
        guint      selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->row));

        if (selected < 1 || selected > options->len)
          break;
        kombo_candidate_add_option_answer (candidate, id, ((KomboQuestionOption *) options->pdata[selected - 1])->id);
        return TRUE;
      }
    case KOMBO_QUESTION_MULTI_SELECT:
      {
        g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
        g_auto (GStrv) ids = NULL;

        for (guint i = 0; i < self->checks->len; i++)
          if (gtk_check_button_get_active (self->checks->pdata[i]))
            g_strv_builder_add (builder, g_object_get_data (self->checks->pdata[i], "option-id"));
        ids = g_strv_builder_end (builder);
        if (ids[0] == NULL)
          {
            g_free (missing);
            missing = g_strdup (_ ("Choose at least one answer."));
            break;
          }
        kombo_candidate_add_options_answer (candidate, id, (const char *const *) ids);
        return TRUE;
      }
    case KOMBO_QUESTION_FILE:
      {
        gint64 max_size = kombo_screening_question_get_max_file_size (q);

        if (self->file == NULL)
          break;
        if (max_size >= 0 && kombo_attachment_get_size (self->file) > max_size)
          {
            g_autofree char *limit = g_format_size (max_size);

            *problem = g_strdup_printf (_ ("The file is too large: at most %s is accepted."), limit);
            return FALSE;
          }
        if (!mime_type_accepted (kombo_screening_question_get_accepted_mime_types (q),
                                 kombo_attachment_get_content_type (self->file)))
          {
            g_autofree char *accepted = g_strjoinv (", ", (char **) kombo_screening_question_get_accepted_mime_types (q));

            *problem = g_strdup_printf (_ ("This kind of file is not accepted here. Accepted: %s."), accepted);
            return FALSE;
          }
        kombo_candidate_add_file_answer (candidate, id, self->file);
        return TRUE;
      }
    case KOMBO_QUESTION_INFORMATION:
    case KOMBO_QUESTION_NONE:
    case KOMBO_QUESTION_UNKNOWN:
    default:
      return TRUE;
    }

  if (required)
    {
      *problem = g_steal_pointer (&missing);
      return FALSE;
    }
  return TRUE;
}
