/* shortlist-spreadsheet-window.c: submits the candidates of a spreadsheet, after a preview of every row
 *
 * A CSV file or an Excel workbook is opened (or dropped; a workbook's sheet chosen), its columns matched to fields, and every row shown with
 * what it lacks or that the ATS has the address already, before anything is sent. The job,
 * stage and "Sourced by" hold for every row; they start as the last candidate's for the
 * integration. Submitting sends the included rows several at once, each row saying how it
 * went; Stop sends no further row. Closing the window while rows are sent lets those finish,
 * so that the history has their outcome.
 */
#define G_LOG_DOMAIN "shortlist-spreadsheet-window"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-compat.h"
#include "shortlist-job-group.h"
#include "shortlist-sheet-cell.h"
#include "shortlist-spreadsheet-window.h"
#include "shortlist-user-chooser.h"
#include "shortlist-widget.h"

struct _ShortlistSpreadsheetWindow
{
  AdwWindow parent_instance;

  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkWidget           *open_button;
  GtkStack            *stack;
  AdwStatusPage       *status_page;
  GtkWidget           *scrolled_window;
  GtkLabel            *problem_label;
  ShortlistJobGroup   *job_group;
  AdwEntryRow         *sourced_by_row;
  AdwComboRow         *sheet_row;
  AdwExpanderRow      *columns_row;
  AdwPreferencesGroup *rows_group;
  GtkListBox          *row_list;
  GtkActionBar        *action_bar;
  GtkLabel            *progress_label;
  GtkButton           *submit_button;
  GtkWidget           *cancel_button;

  ShortlistAccount *account;
  KomboCandidateDraft *template;
  ShortlistSpreadsheet *sheet;
  GPtrArray            *column_rows; /* AdwComboRow, one per column */
  GCancellable         *cancellable; /* of the load, and of the window */
  GCancellable         *submit_cancellable;
  GtkSliceListModel    *listed; /* the rows the list has been given so far */
  guint                 listing_id;
  ShortlistPace         pace;      /* how many rows a frame can take */
  guint                 n_sending; /* rows the running submit sends */
  gboolean              syncing_columns;
};

G_DEFINE_FINAL_TYPE (ShortlistSpreadsheetWindow, shortlist_spreadsheet_window, ADW_TYPE_WINDOW)

static void
toast (ShortlistSpreadsheetWindow *self,
       const char                 *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, shortlist_toast_new (text));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  GtkWidget *cell = shortlist_sheet_cell_new ();

  shortlist_sheet_cell_set_row (SHORTLIST_SHEET_CELL (cell), item);
  return cell;
}

/* A row activated, by a click or Enter: it goes, or no longer goes */
static void
row_activated_cb (GtkListBox                 *list,
                  GtkListBoxRow              *widget,
                  ShortlistSpreadsheetWindow *self)
{
  ShortlistSheetRow *row = shortlist_sheet_cell_get_row (SHORTLIST_SHEET_CELL (gtk_list_box_row_get_child (widget)));

  if (self->submit_cancellable == NULL && row != NULL && shortlist_sheet_row_can_include (row))
    shortlist_sheet_row_set_include (row, !shortlist_sheet_row_get_include (row));
  /* A CV the list cannot send as it is: kept as a draft, to finish in the form */
  else if (self->submit_cancellable == NULL && row != NULL && shortlist_sheet_row_get_source (row) != NULL &&
           shortlist_sheet_row_get_state (row) == SHORTLIST_ROW_INVALID && shortlist_account_get_store (self->account) != NULL &&
           shortlist_sheet_row_get_draft (row) != NULL)
    {
      KomboIntegration *integration = shortlist_account_get_active_integration (self->account);
      /* TRANSLATORS: %s is a CV's file name */
      g_autofree char *said = g_strdup_printf (_ ("“%s” is kept as a draft"), shortlist_sheet_row_get_source (row));

      shortlist_spreadsheet_keep_row (self->sheet, row, shortlist_account_get_store (self->account),
                                      integration ? kombo_integration_get_id (integration) : NULL);
      toast (self, said);
    }
}

static void
update_columns_subtitle (ShortlistSpreadsheetWindow *self)
{
  g_autoptr (GStrvBuilder) used = g_strv_builder_new ();
  g_auto (GStrv) labels = NULL;
  g_autofree char *list = NULL;

  for (guint i = 0; i < shortlist_spreadsheet_get_n_columns (self->sheet); i++)
    if (shortlist_spreadsheet_get_field (self->sheet, i) != SHORTLIST_CSV_IGNORE)
      g_strv_builder_add (used, shortlist_csv_field_label (shortlist_spreadsheet_get_field (self->sheet, i)));
  labels = g_strv_builder_end (used);
  list = g_strjoinv (", ", labels);
  adw_expander_row_set_subtitle (self->columns_row, *list ? list : _ ("No column is used"));
}

/* Adds "N things" to a list of such, when there are any */
static void G_GNUC_PRINTF (3, 4)
    append_part (GString    *list,
                 guint       n,
                 const char *format,
                 ...)
{
  va_list args;

  if (n == 0)
    return;
  if (list->len > 0)
    g_string_append (list, " · ");
  va_start (args, format);
  g_string_append_vprintf (list, format, args);
  va_end (args);
}

/* Shows what the spreadsheet and its rows come to: what keeps them back, how many go */
static void
update_sheet (ShortlistSpreadsheetWindow *self,
              ShortlistSpreadsheet       *sheet)
{
  const char *problem = shortlist_spreadsheet_get_problem (sheet);
  guint       n_to_send = shortlist_spreadsheet_get_n_to_send (sheet);
  guint       n_sent = shortlist_spreadsheet_count (sheet, SHORTLIST_ROW_SENT);
  guint       n_invalid = shortlist_spreadsheet_count (sheet, SHORTLIST_ROW_INVALID);
  guint       n_failed = shortlist_spreadsheet_count (sheet, SHORTLIST_ROW_FAILED);
  guint       n_in_ats = shortlist_spreadsheet_count (sheet, SHORTLIST_ROW_IN_ATS);
  gboolean    busy = shortlist_spreadsheet_get_busy (sheet);
  g_autoptr (GString) summary = g_string_new (NULL);
  g_autofree char *label = NULL;

  gtk_label_set_text (self->problem_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  if (shortlist_spreadsheet_lacks_columns (sheet))
    adw_expander_row_set_expanded (self->columns_row, TRUE);

  /* TRANSLATORS: parts of a list such as "3 submitted · 2 need a change" */
  append_part (summary, n_sent, ngettext ("%u submitted", "%u submitted", n_sent), n_sent);
  append_part (summary, n_failed, ngettext ("%u not sent", "%u not sent", n_failed), n_failed);
  append_part (summary, n_invalid, ngettext ("%u needs a change", "%u need a change", n_invalid), n_invalid);
  append_part (summary, n_in_ats,
               ngettext ("%u already in the applicant tracking system", "%u already in the applicant tracking system", n_in_ats),
               n_in_ats);
  adw_preferences_group_set_description (self->rows_group, summary->len ? summary->str : NULL);

  if (self->submit_cancellable != NULL)
    {
      guint n_done = n_sent + n_failed + shortlist_spreadsheet_count (sheet, SHORTLIST_ROW_UNKNOWN);

      /* TRANSLATORS: progress of a submit: "Sending 3 of 30" */
      label = g_strdup_printf (_ ("Sent %u of %u"), MIN (n_done, self->n_sending), self->n_sending);
      gtk_label_set_text (self->progress_label, label);
      g_clear_pointer (&label, g_free);
    }
  else if (busy)
    {
      guint n_rows = g_list_model_get_n_items (shortlist_spreadsheet_get_rows (sheet));
      guint n_checking = shortlist_spreadsheet_count (sheet, SHORTLIST_ROW_CHECKING);

      /* TRANSLATORS: progress of the check of a spreadsheet's rows: "Checked 120 of 500 rows…" */
      label = g_strdup_printf (ngettext ("Checked %u of %u row…", "Checked %u of %u rows…", n_rows), n_rows - MIN (n_checking, n_rows),
                               n_rows);
      gtk_label_set_text (self->progress_label, label);
      g_clear_pointer (&label, g_free);
    }
  else
    gtk_label_set_text (self->progress_label, "");

  label = g_strdup_printf (ngettext ("_Submit %u Candidate", "_Submit %u Candidates", n_to_send), n_to_send);
  gtk_button_set_label (self->submit_button, label);
  gtk_button_set_use_underline (self->submit_button, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.submit",
                                 self->submit_cancellable == NULL && n_to_send > 0 && shortlist_account_get_ready (self->account));
  gtk_widget_set_visible (self->cancel_button, self->submit_cancellable != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->columns_row), self->submit_cancellable == NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->job_group), self->submit_cancellable == NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->sourced_by_row), self->submit_cancellable == NULL);
  gtk_widget_set_sensitive (self->open_button, self->submit_cancellable == NULL);
}

static void
update (ShortlistSpreadsheetWindow *self)
{
  if (self->sheet != NULL)
    update_sheet (self, self->sheet);
}

static void
column_chosen_cb (AdwComboRow                *row,
                  GParamSpec                 *pspec,
                  ShortlistSpreadsheetWindow *self)
{
  guint column;

  if (self->syncing_columns)
    return;
  g_ptr_array_find (self->column_rows, row, &column);
  shortlist_spreadsheet_set_field (self->sheet, column, adw_combo_row_get_selected (row));
  /* A field taken by this column is no longer another's */
  self->syncing_columns = TRUE;
  for (guint i = 0; i < self->column_rows->len; i++)
    adw_combo_row_set_selected (self->column_rows->pdata[i], shortlist_spreadsheet_get_field (self->sheet, i));
  self->syncing_columns = FALSE;
  update_columns_subtitle (self);
}

/* A choice of field for each of the spreadsheet's columns: made when Columns is opened, since a
 * combo row costs two milliseconds and more to make, and the spreadsheet's first frame would
 * pay for all of them */
static void
make_column_rows (ShortlistSpreadsheetWindow *self)
{
  g_autoptr (GtkStringList) fields = gtk_string_list_new (NULL);

  if (self->sheet == NULL || self->column_rows->len > 0 || !adw_expander_row_get_expanded (self->columns_row))
    return;

  for (ShortlistCsvField field = 0; field < SHORTLIST_CSV_N_FIELDS; field++)
    gtk_string_list_append (fields, shortlist_csv_field_label (field));

  self->syncing_columns = TRUE;
  for (guint i = 0; i < shortlist_spreadsheet_get_n_columns (self->sheet); i++)
    {
      AdwComboRow     *row = ADW_COMBO_ROW (adw_combo_row_new ());
      const char      *header = shortlist_spreadsheet_get_header (self->sheet, i);
      const char      *example = shortlist_spreadsheet_get_example (self->sheet, i);
      g_autofree char *stripped = g_strstrip (g_strdup (header));
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      /* TRANSLATORS: a column of a spreadsheet without a heading */
      title = *stripped != '\0' ? g_strdup (header) : g_strdup_printf (_ ("Column %u"), i + 1);
      /* TRANSLATORS: the first value of a column, to recognise it by */
      subtitle = example ? g_strdup_printf (_ ("Such as “%s”"), example) : g_strdup (_ ("Empty"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_combo_row_set_model (row, G_LIST_MODEL (fields));
      adw_combo_row_set_selected (row, shortlist_spreadsheet_get_field (self->sheet, i));
      g_signal_connect (row, "notify::selected", G_CALLBACK (column_chosen_cb), self);
      adw_expander_row_add_row (self->columns_row, GTK_WIDGET (row));
      g_ptr_array_add (self->column_rows, row);
    }
  self->syncing_columns = FALSE;
}

/* The columns of a spreadsheet just opened: what they hold, and their rows once shown */
static void
show_columns (ShortlistSpreadsheetWindow *self)
{
  for (guint i = 0; i < self->column_rows->len; i++)
    adw_expander_row_remove (self->columns_row, self->column_rows->pdata[i]);
  g_ptr_array_set_size (self->column_rows, 0);
  make_column_rows (self);
  update_columns_subtitle (self);
}

/* The job, stage or "Sourced by" changed: every row has them */
static void
template_changed_cb (ShortlistSpreadsheetWindow *self)
{
  if (self->sheet != NULL)
    shortlist_spreadsheet_set_template (self->sheet, self->template, shortlist_job_group_get_restrictions (self->job_group));
}

/* The rows the list is given at first; then as many in each frame as it can take, laid out,
 * styled and drawn (shortlist_pace_begin()), while the list's end is within a screen of what
 * the window shows; more as it scrolls there. The list is as tall meanwhile as all its rows
 * would be, so it scrolls as a whole */
#define FIRST_ROWS 12

/* Whether the end of the rows listed, as last laid out, is within a screen below what the
 * window shows */
static gboolean
list_end_in_reach (ShortlistSpreadsheetWindow *self,
                   GtkListBoxRow              *last)
{
  graphene_rect_t bounds;
  double          top, page;

  if (last == NULL || !shortlist_scrolled_bounds (GTK_WIDGET (last), &bounds, &top, &page))
    return TRUE;
  return bounds.origin.y + bounds.size.height < top + 2 * page;
}

/* The list as tall as all its rows would be, going by those laid out; its own height once
 * every row is there */
static void
keep_list_height (ShortlistSpreadsheetWindow *self,
                  GtkListBoxRow              *last,
                  guint                       n_rows)
{
  guint           size = gtk_slice_list_model_get_size (self->listed);
  graphene_rect_t bounds;

  if (size >= n_rows)
    gtk_widget_set_size_request (GTK_WIDGET (self->row_list), -1, -1);
  else if (last != NULL && gtk_widget_compute_bounds (GTK_WIDGET (last), GTK_WIDGET (self->row_list), &bounds))
    gtk_widget_set_size_request (GTK_WIDGET (self->row_list), -1,
                                 (int) ((bounds.origin.y + bounds.size.height) / (gtk_list_box_row_get_index (last) + 1) * n_rows));
}

static gboolean
list_more_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  ShortlistSpreadsheetWindow *self = user_data;
  guint                       n_rows = g_list_model_get_n_items (gtk_slice_list_model_get_model (self->listed));
  gint64                      end;
  guint                       size = gtk_slice_list_model_get_size (self->listed);
  guint                       first = size;
  GtkListBoxRow              *last = gtk_list_box_get_row_at_index (self->row_list, size - 1);

  /* Rows given since the last frame are laid out for the first time in this one, which is
   * enough for it */
  if (last != NULL && gtk_widget_get_width (GTK_WIDGET (last)) == 0)
    return G_SOURCE_CONTINUE;
  keep_list_height (self, last, n_rows);
  /* Out of reach: more once the window scrolls nearer (a tick kept meanwhile would draw the
   * window every frame) */
  if (size >= n_rows || !list_end_in_reach (self, last))
    {
      self->listing_id = 0;
      return G_SOURCE_REMOVE;
    }
  end = shortlist_pace_begin (&self->pace, clock);
  /* At least one a frame, so that any list ends */
  while (size < n_rows && (size == first || g_get_monotonic_time () < end))
    gtk_slice_list_model_set_size (self->listed, ++size);
  shortlist_pace_end (&self->pace);
  return G_SOURCE_CONTINUE;
}

/* Scrolled, or the window grown: the rows coming near are listed */
static void
list_more (ShortlistSpreadsheetWindow *self)
{
  if (self->listed != NULL && self->listing_id == 0 &&
      gtk_slice_list_model_get_size (self->listed) < g_list_model_get_n_items (gtk_slice_list_model_get_model (self->listed)))
    self->listing_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->row_list), list_more_cb, self, NULL);
}

static void show_sheets (ShortlistSpreadsheetWindow *self);

static void
show_sheet (ShortlistSpreadsheetWindow *self,
            ShortlistSpreadsheet       *sheet)
{
  g_autofree char *name = NULL;

  if (self->sheet != NULL)
    g_signal_handlers_disconnect_by_data (self->sheet, self);
  g_set_object (&self->sheet, sheet);
  shortlist_spreadsheet_set_client (sheet, shortlist_account_get_client (self->account));
  shortlist_spreadsheet_set_template (sheet, self->template, shortlist_job_group_get_restrictions (self->job_group));
  g_signal_connect_swapped (sheet, "changed", G_CALLBACK (update), self);

  name = g_file_get_basename (shortlist_spreadsheet_get_file (sheet));
  adw_window_title_set_subtitle (self->window_title, name);
  /* The first rows at once, the rest a frame's worth at a time as they come near: 500 rows
   * made at once would hold the window still */
  if (self->listing_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->row_list), self->listing_id);
  self->listing_id = 0;
  g_set_object (&self->listed, gtk_slice_list_model_new (g_object_ref (shortlist_spreadsheet_get_rows (sheet)), 0, FIRST_ROWS));
  gtk_widget_set_size_request (GTK_WIDGET (self->row_list), -1, -1);
  gtk_list_box_bind_model (self->row_list, G_LIST_MODEL (self->listed), create_row, NULL, NULL);
  list_more (self);
  show_columns (self);
  show_sheets (self);
  gtk_stack_set_visible_child_name (self->stack, "sheet");
  gtk_widget_set_visible (self->open_button, TRUE);
  gtk_action_bar_set_revealed (self->action_bar, TRUE);
  update (self);
}

static void loaded_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data);

/* Another sheet of the workbook chosen: its rows instead */
static void
sheet_chosen_cb (ShortlistSpreadsheetWindow *self)
{
  const char *const *sheets = self->sheet ? shortlist_spreadsheet_get_sheets (self->sheet) : NULL;
  guint              chosen = adw_combo_row_get_selected (self->sheet_row);
  g_autoptr (ShortlistSpreadsheet) sheet = NULL;

  if (sheets == NULL || chosen >= g_strv_length ((char **) sheets) ||
      g_strcmp0 (sheets[chosen], shortlist_spreadsheet_get_sheet (self->sheet)) == 0 || self->submit_cancellable != NULL)
    return;
  sheet = shortlist_spreadsheet_new ();
  shortlist_spreadsheet_load_async (sheet, shortlist_spreadsheet_get_file (self->sheet), sheets[chosen], self->cancellable, loaded_cb, self);
}

/* A workbook of several sheets offers them, the one shown chosen */
static void
show_sheets (ShortlistSpreadsheetWindow *self)
{
  const char *const *sheets = shortlist_spreadsheet_get_sheets (self->sheet);
  g_autoptr (GtkStringList) names = NULL;
  guint shown = 0;

  g_signal_handlers_block_by_func (self->sheet_row, sheet_chosen_cb, self);
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_row), sheets != NULL && sheets[0] != NULL && sheets[1] != NULL);
  names = gtk_string_list_new (sheets);
  for (guint i = 0; sheets != NULL && sheets[i] != NULL; i++)
    if (g_strcmp0 (sheets[i], shortlist_spreadsheet_get_sheet (self->sheet)) == 0)
      shown = i;
  adw_combo_row_set_model (self->sheet_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->sheet_row, shown);
  g_signal_handlers_unblock_by_func (self->sheet_row, sheet_chosen_cb, self);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  ShortlistSpreadsheetWindow *self = user_data;
  ShortlistSpreadsheet       *sheet = SHORTLIST_SPREADSHEET (object);
  g_autoptr (GError) error = NULL;

  if (!shortlist_spreadsheet_load_finish (sheet, result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* What is shown stays; the first file says why on the page */
      if (self->sheet != NULL)
        toast (self, error->message);
      else
        {
          adw_status_page_set_title (self->status_page, _ ("This File Cannot Be Used"));
          shortlist_status_page_set_text (self->status_page, error->message);
        }
      return;
    }
  show_sheet (self, sheet);
}

/**
 * shortlist_spreadsheet_window_open:
 *
 * Reads @file and shows its rows, instead of the spreadsheet shown, if any.
 */
void
shortlist_spreadsheet_window_open (ShortlistSpreadsheetWindow *self,
                                   GFile                      *file)
{
  g_autoptr (ShortlistSpreadsheet) sheet = shortlist_spreadsheet_new ();

  g_return_if_fail (SHORTLIST_IS_SPREADSHEET_WINDOW (self));

  if (self->submit_cancellable != NULL)
    return;
  adw_window_title_set_title (self->window_title, _ ("Submit from a Spreadsheet"));
  gtk_window_set_title (GTK_WINDOW (self), _ ("Submit from a Spreadsheet"));
  shortlist_spreadsheet_load_async (sheet, file, NULL, self->cancellable, loaded_cb, self);
}

/**
 * shortlist_spreadsheet_window_open_cvs:
 * @files: (array length=n_files): CVs, for one job
 *
 * Reads each CV into a row of what it says, and shows them side by side, instead of the
 * spreadsheet shown, if any.
 */
void
shortlist_spreadsheet_window_open_cvs (ShortlistSpreadsheetWindow *self,
                                       GFile                     **files,
                                       guint                       n_files)
{
  g_autoptr (ShortlistSpreadsheet) sheet = shortlist_spreadsheet_new ();

  g_return_if_fail (SHORTLIST_IS_SPREADSHEET_WINDOW (self));

  if (self->submit_cancellable != NULL || n_files == 0)
    return;
  adw_status_page_set_title (self->status_page, _ ("Reading the CVs…"));
  adw_window_title_set_title (self->window_title, _ ("Submit Many CVs"));
  gtk_window_set_title (GTK_WINDOW (self), _ ("Submit Many CVs"));
  shortlist_spreadsheet_load_cvs_async (sheet, files, n_files, self->cancellable, loaded_cb, self);
}

/* One spreadsheet opens as its rows; CVs, one or many, as a row each */
static void
open_files (ShortlistSpreadsheetWindow *self,
            GFile                     **files,
            guint                       n_files)
{
  if (n_files == 1 && shortlist_file_is_spreadsheet (files[0]))
    shortlist_spreadsheet_window_open (self, files[0]);
  else
    shortlist_spreadsheet_window_open_cvs (self, files, n_files);
}

static void
chosen_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr (ShortlistSpreadsheetWindow) self = user_data;
  g_autoptr (GPtrArray) files = shortlist_choose_files_finish (result);

  if (files != NULL && files->len > 0)
    open_files (self, (GFile **) files->pdata, files->len);
}

static void
open_cb (GtkWidget  *widget,
         const char *action,
         GVariant   *param)
{
  ShortlistSpreadsheetWindow *self = SHORTLIST_SPREADSHEET_WINDOW (widget);

  shortlist_choose_files (widget, _ ("Open a Spreadsheet or CVs"), _ ("_Open"), FALSE, TRUE, self->cancellable, chosen_cb,
                          g_object_ref (self));
}

/* Asks for CVs, many at once, to list side by side */
void
shortlist_spreadsheet_window_choose_cvs (ShortlistSpreadsheetWindow *self)
{
  g_return_if_fail (SHORTLIST_IS_SPREADSHEET_WINDOW (self));

  shortlist_choose_files (GTK_WIDGET (self), _ ("Choose the CVs for One Job"), _ ("_Open"), TRUE, TRUE, self->cancellable,
                          chosen_cb, g_object_ref (self));
}

static void
submitted_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (ShortlistSpreadsheetWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *said = NULL;
  guint            n_sent = 0;
  guint            n_failed;

  shortlist_spreadsheet_submit_finish (SHORTLIST_SPREADSHEET (object), result, &n_sent, &error);
  g_clear_object (&self->submit_cancellable);
  /* The window is gone (its spreadsheet with it): the history has it all */
  if (self->sheet != SHORTLIST_SPREADSHEET (object))
    return;
  n_failed = shortlist_spreadsheet_count (self->sheet, SHORTLIST_ROW_FAILED);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    /* TRANSLATORS: %u is a number of candidates */
    said = g_strdup_printf (ngettext ("Stopped after %u candidate", "Stopped after %u candidates", n_sent), n_sent);
  else if (n_failed > 0)
    /* TRANSLATORS: %u is a number of candidates; the rows not sent are kept as drafts */
    said = g_strdup_printf (ngettext ("%u candidate not sent: kept as a draft", "%u candidates not sent: kept as drafts", n_failed),
                            n_failed);
  else
    said = g_strdup_printf (ngettext ("%u candidate submitted", "%u candidates submitted", n_sent), n_sent);
  toast (self, said);
  update (self);
}

static void
submit_cb (GtkWidget  *widget,
           const char *action,
           GVariant   *param)
{
  ShortlistSpreadsheetWindow *self = SHORTLIST_SPREADSHEET_WINDOW (widget);
  KomboIntegration           *integration = shortlist_account_get_active_integration (self->account);

  if (self->sheet == NULL || self->submit_cancellable != NULL || shortlist_spreadsheet_get_n_to_send (self->sheet) == 0)
    return;
  self->submit_cancellable = g_cancellable_new ();
  self->n_sending = shortlist_spreadsheet_get_n_to_send (self->sheet);
  shortlist_spreadsheet_submit_async (self->sheet, shortlist_account_get_store (self->account), integration ? kombo_integration_get_id (integration) : NULL,
                                      self->submit_cancellable, submitted_cb, g_object_ref (self));
  update (self);
}

static void
cancel_cb (GtkWidget  *widget,
           const char *action,
           GVariant   *param)
{
  ShortlistSpreadsheetWindow *self = SHORTLIST_SPREADSHEET_WINDOW (widget);

  g_cancellable_cancel (self->submit_cancellable);
}

static void open_files (ShortlistSpreadsheetWindow *self,
                        GFile                     **files,
                        guint                       n_files);

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  ShortlistSpreadsheetWindow *self = user_data;
  GSList                     *files = g_value_get_boxed (value);

  g_autoptr (GPtrArray) dropped = g_ptr_array_new ();

  if (files == NULL || self->submit_cancellable != NULL)
    return FALSE;
  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (dropped, l->data);
  open_files (self, (GFile **) dropped->pdata, dropped->len);
  return TRUE;
}

/* Closing while rows are sent: no further row goes; those sent finish, and the history has them */
static gboolean
shortlist_spreadsheet_window_close_request (GtkWindow *window)
{
  ShortlistSpreadsheetWindow *self = SHORTLIST_SPREADSHEET_WINDOW (window);

  g_cancellable_cancel (self->submit_cancellable);
  return GTK_WINDOW_CLASS (shortlist_spreadsheet_window_parent_class)->close_request (window);
}

static void
shortlist_spreadsheet_window_dispose (GObject *object)
{
  ShortlistSpreadsheetWindow *self = (ShortlistSpreadsheetWindow *) object;

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->submit_cancellable);
  if (self->sheet != NULL)
    g_signal_handlers_disconnect_by_data (self->sheet, self);
  if (self->row_list != NULL && self->listing_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->row_list), self->listing_id);
  self->listing_id = 0;
  shortlist_pace_clear (&self->pace);
  if (self->row_list != NULL)
    gtk_list_box_bind_model (self->row_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->listed);
  gtk_widget_dispose_template (GTK_WIDGET (self), SHORTLIST_TYPE_SPREADSHEET_WINDOW);
  g_clear_object (&self->sheet);
  g_clear_object (&self->template);
  g_clear_object (&self->account);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->submit_cancellable);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (shortlist_spreadsheet_window_parent_class)->dispose (object);
}

static void
shortlist_spreadsheet_window_class_init (ShortlistSpreadsheetWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_spreadsheet_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = shortlist_spreadsheet_window_close_request;

  g_type_ensure (SHORTLIST_TYPE_JOB_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/shortlist-spreadsheet-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ShortlistSpreadsheetWindow, name)
  BIND (toast_overlay);
  BIND (window_title);
  BIND (open_button);
  BIND (stack);
  BIND (status_page);
  BIND (scrolled_window);
  BIND (problem_label);
  BIND (job_group);
  BIND (sourced_by_row);
  BIND (sheet_row);
  BIND (columns_row);
  BIND (rows_group);
  BIND (row_list);
  BIND (action_bar);
  BIND (progress_label);
  BIND (submit_button);
  BIND (cancel_button);
#undef BIND

  gtk_widget_class_install_action (widget_class, "sheet.open", NULL, open_cb);
  gtk_widget_class_install_action (widget_class, "sheet.submit", NULL, submit_cb);
  gtk_widget_class_install_action (widget_class, "sheet.cancel", NULL, cancel_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "sheet.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "sheet.submit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "sheet.submit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
shortlist_spreadsheet_window_init (ShortlistSpreadsheetWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self->row_list, "row-activated", G_CALLBACK (row_activated_cb), self);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled_window)), "value-changed",
                           G_CALLBACK (list_more), self, G_CONNECT_SWAPPED);
  /* A taller window shows more */
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled_window)), "changed",
                           G_CALLBACK (list_more), self, G_CONNECT_SWAPPED);
  self->template = kombo_candidate_draft_new ();
  self->cancellable = g_cancellable_new ();
  self->column_rows = g_ptr_array_new ();
  g_signal_connect_swapped (self->columns_row, "notify::expanded", G_CALLBACK (make_column_rows), self);
  g_signal_connect_swapped (self->sheet_row, "notify::selected", G_CALLBACK (sheet_chosen_cb), self);
  g_object_bind_property (self->template, "sourced-by", self->sourced_by_row, "text", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self->template, "notify", G_CALLBACK (template_changed_cb), self);
  g_signal_connect_swapped (self->job_group, "notify::restrictions", G_CALLBACK (template_changed_cb), self);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.submit", FALSE);
  /* Lists and scrolled areas say what they are to a screen reader */
  shortlist_name_lists (GTK_WIDGET (self), _ ("Submit from a Spreadsheet"));
}

/* The history and the rows not sent are kept in @account's store */
ShortlistSpreadsheetWindow *
shortlist_spreadsheet_window_new (GtkWindow        *parent,
                                  ShortlistAccount *account)
{
  ShortlistSpreadsheetWindow *self;

  g_return_val_if_fail (SHORTLIST_IS_ACCOUNT (account), NULL);

  self = g_object_new (SHORTLIST_TYPE_SPREADSHEET_WINDOW, "transient-for", parent, "destroy-with-parent", TRUE, NULL);
  self->account = g_object_ref (account);
  /* The job, stage and recruiter of the last candidate for the active integration */
  shortlist_account_start_from_last (account, self->template);
  shortlist_job_group_set_account (self->job_group, account);
  shortlist_job_group_set_draft (self->job_group, self->template);
  shortlist_user_chooser_attach (self->sourced_by_row, shortlist_account_get_users (account));
  g_signal_connect_object (account, "notify::ready", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  return self;
}

/* Returns: (nullable): the spreadsheet shown */
ShortlistSpreadsheet *
shortlist_spreadsheet_window_get_spreadsheet (ShortlistSpreadsheetWindow *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SPREADSHEET_WINDOW (self), NULL);
  return self->sheet;
}
