/* shortlist-spreadsheet.c: many candidates from a CSV file, checked row by row and submitted together
 *
 * The file is read and parsed off the main loop; its first line names the columns. Each
 * further row becomes a draft (shortlist-csv.c), again off the main loop since its CV is
 * looked for on disk, and is checked by the one validation the form uses, with the job, stage
 * and "Sourced by" of a template draft. A row whose address another row has, or the ATS has,
 * is said so: the first is never sent, the second only when the recruiter includes it.
 *
 * Submitting is in shortlist-spreadsheet-submit.c; a row is a ShortlistSheetRow
 * (shortlist-sheet-row.c).
 */
#define G_LOG_DOMAIN "shortlist-spreadsheet"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-cv.h"
#include "shortlist-spreadsheet-private.h"
#include "shortlist-submission.h"

/* A bigger file is no list of candidates */
#define MAX_FILE_SIZE (16 * 1024 * 1024)
/* Lookups of addresses at once, while the recruiter looks at the preview */
#define MAX_LOOKUPS 6

G_DEFINE_FINAL_TYPE (ShortlistSpreadsheet, shortlist_spreadsheet, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
shortlist_spreadsheet_dispose (GObject *object)
{
  ShortlistSpreadsheet *self = (ShortlistSpreadsheet *) object;

  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  g_queue_clear_full (&self->lookups, g_object_unref);
  g_clear_object (&self->rows);
  g_clear_object (&self->template);
  g_clear_object (&self->restrictions);
  g_clear_object (&self->finder);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (shortlist_spreadsheet_parent_class)->dispose (object);
}

static void
shortlist_spreadsheet_finalize (GObject *object)
{
  ShortlistSpreadsheet *self = (ShortlistSpreadsheet *) object;

  g_clear_object (&self->file);
  g_clear_object (&self->folder);
  g_strfreev (self->headers);
  g_strfreev (self->sheets);
  g_free (self->sheet);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_free (self->fields);
  g_free (self->problem);
  g_hash_table_unref (self->asking);

  G_OBJECT_CLASS (shortlist_spreadsheet_parent_class)->finalize (object);
}

static void
shortlist_spreadsheet_class_init (ShortlistSpreadsheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = shortlist_spreadsheet_dispose;
  object_class->finalize = shortlist_spreadsheet_finalize;

  /**
   * ShortlistSpreadsheet::changed:
   *
   * A row's state changed, or what the whole spreadsheet lacks.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
shortlist_spreadsheet_init (ShortlistSpreadsheet *self)
{
  self->rows = g_list_store_new (SHORTLIST_TYPE_SHEET_ROW);
  self->template = kombo_candidate_draft_new ();
  self->asking = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

ShortlistSpreadsheet *
shortlist_spreadsheet_new (void)
{
  return g_object_new (SHORTLIST_TYPE_SPREADSHEET, NULL);
}

/* What a load read, off the main loop */
typedef struct
{
  GStrv      headers;
  GPtrArray *lines;
  GStrv      sheets;  /* a workbook's, else NULL */
  char      *sheet;   /* the one read */
  GStrv      sources; /* CVs read into rows: each line's file name */
  GStrv      unread;  /* and why it could not be read, "" when it could */
  GFile     *folder;  /* where the CVs are */
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_strfreev (loaded->headers);
  g_strfreev (loaded->sheets);
  g_free (loaded->sheet);
  g_strfreev (loaded->sources);
  g_strfreev (loaded->unread);
  g_clear_object (&loaded->folder);
  g_clear_pointer (&loaded->lines, g_ptr_array_unref);
  g_free (loaded);
}

/* What a window can show a person, whatever the file: a header and at most
 * SHORTLIST_SPREADSHEET_MAX_ROWS rows, of at most SHORTLIST_SPREADSHEET_MAX_COLUMNS columns
 * and SHORTLIST_SPREADSHEET_MAX_CELL characters a cell */
static gboolean
check_rows (GPtrArray *rows,
            GError   **error)
{
  if (rows->len < 2)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _ ("The spreadsheet has no candidates. Its first line names the columns, and each line below is one candidate."));
      return FALSE;
    }
  if (rows->len - 1 > SHORTLIST_SPREADSHEET_MAX_ROWS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* TRANSLATORS: %u are numbers of candidates */
                   _ ("The spreadsheet has %u candidates; Shortlist submits at most %u at a time. Split it into smaller files."),
                   rows->len - 1, SHORTLIST_SPREADSHEET_MAX_ROWS);
      return FALSE;
    }
  /* What a window can show a person: no list of candidates has more columns or longer cells */
  for (guint r = 0; r < rows->len; r++)
    {
      char **fields = rows->pdata[r];
      guint  n_fields = g_strv_length (fields);

      if (n_fields > SHORTLIST_SPREADSHEET_MAX_COLUMNS)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       /* TRANSLATORS: a line of the file, its number of columns, then the most Shortlist reads */
                       _ ("Line %u of the spreadsheet has %u columns; Shortlist reads at most %u. Save only the columns of the candidates."),
                       r + 1, n_fields, SHORTLIST_SPREADSHEET_MAX_COLUMNS);
          return FALSE;
        }
      for (guint c = 0; c < n_fields; c++)
        if (strlen (fields[c]) > SHORTLIST_SPREADSHEET_MAX_CELL)
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         /* TRANSLATORS: a line and a column of the file, then the most characters Shortlist reads in one */
                         _ ("Line %u, column %u of the spreadsheet is longer than %u characters: that is no detail of a candidate. Shorten it in the spreadsheet."),
                         r + 1, c + 1, SHORTLIST_SPREADSHEET_MAX_CELL);
            return FALSE;
          }
    }
  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *text = NULL;
  gsize            length;
  GError          *error = NULL;
  Loaded          *loaded;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info != NULL && g_file_info_get_size (info) > MAX_FILE_SIZE)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _ ("The file is larger than 16 MB: that is not a list of candidates. Choose the CSV file of the spreadsheet."));
      return;
    }
  if (info == NULL || !g_file_load_contents (file, cancellable, &text, &length, NULL, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  rows = shortlist_csv_parse (text, length, &error);
  if (rows == NULL || !check_rows (rows, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  loaded = g_new0 (Loaded, 1);
  loaded->headers = g_ptr_array_steal_index (rows, 0);
  loaded->lines = g_steal_pointer (&rows);
  g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
}

/**
 * shortlist_spreadsheet_load_async:
 * @file: a CSV file
 *
 * Reads the spreadsheet, guesses what each column holds and checks its rows.
 */
/* A workbook's sheet, read in shortlist-cv-reader: checked as a CSV file's rows are */
static void
sheet_read_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (ShortlistWorkbook) workbook = shortlist_cv_read_sheet_finish (result, &error);
  Loaded *loaded;

  if (workbook == NULL)
    {
      /* The reader's words are for a CV; a workbook's are said here */
      if (g_error_matches (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_TOO_LARGE))
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s",
                                 _ ("The workbook is larger than a list of candidates. Save only the candidates’ sheet, or save it as CSV."));
      else if (g_error_matches (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_DAMAGED) ||
               g_error_matches (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_UNSUPPORTED))
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s",
                                 _ ("The workbook cannot be read: it is damaged, or not saved by Excel as .xlsx. Save it as CSV and open that."));
      else
        g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!check_rows (workbook->rows, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  loaded = g_new0 (Loaded, 1);
  loaded->headers = g_ptr_array_steal_index (workbook->rows, 0);
  loaded->lines = g_steal_pointer (&workbook->rows);
  loaded->sheets = g_steal_pointer (&workbook->sheets);
  loaded->sheet = g_strdup (g_object_get_data (G_OBJECT (task), "sheet"));
  if (loaded->sheet == NULL && loaded->sheets != NULL && loaded->sheets[0] != NULL)
    loaded->sheet = g_strdup (loaded->sheets[0]);
  g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
}

/**
 * shortlist_spreadsheet_load_async:
 * @file: a spreadsheet saved as text (CSV, or tab-separated), or an Excel workbook (.xlsx)
 * @sheet: (nullable): of a workbook, the sheet to read; %NULL for the first
 *
 * Reads the spreadsheet, guesses what each column holds and checks its rows. A workbook is
 * read in shortlist-cv-reader, behind the limits a CV is read behind.
 */
void
shortlist_spreadsheet_load_async (ShortlistSpreadsheet *self,
                                  GFile                *file,
                                  const char           *sheet,
                                  GCancellable         *cancellable,
                                  GAsyncReadyCallback   callback,
                                  gpointer              user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (SHORTLIST_IS_SPREADSHEET (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, shortlist_spreadsheet_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  if (shortlist_file_is_workbook (file))
    {
      g_object_set_data_full (G_OBJECT (task), "sheet", g_strdup (sheet), g_free);
      shortlist_cv_read_sheet_async (file, sheet, cancellable, sheet_read_cb, g_steal_pointer (&task));
      return;
    }
  g_task_run_in_thread (task, load_thread);
}

/* A folder of CVs: each read in shortlist-cv-reader, a few at once, into a row of what it says */

#define CVS_AT_ONCE 4

typedef struct
{
  GPtrArray         *files;
  ShortlistCvFacts **facts;  /* by file; NULL where it could not be read */
  char             **unread; /* by file: why not */
  guint              next;
  guint              n_reading;
  guint              n_done;
} CvsReading;

static void
cvs_reading_free (CvsReading *reading)
{
  for (guint i = 0; i < reading->files->len; i++)
    {
      g_clear_pointer (&reading->facts[i], shortlist_cv_facts_free);
      g_free (reading->unread[i]);
    }
  g_free (reading->facts);
  g_free (reading->unread);
  g_ptr_array_unref (reading->files);
  g_free (reading);
}

/* The folder all @files are in, or below: the CVs' column names each file relative to it */
static GFile *
common_folder (GPtrArray *files)
{
  GFile *folder = g_file_get_parent (files->pdata[0]);

  for (guint i = 1; i < files->len && folder != NULL; i++)
    while (folder != NULL && !g_file_has_prefix (files->pdata[i], folder))
      {
        GFile *up = g_file_get_parent (folder);

        g_object_unref (folder);
        folder = up;
      }
  return folder;
}

static const char *const cv_headers[] = { "First name", "Last name", "Email", "Phone", "Company", "Title",
                                          "City", "Country", "LinkedIn", "CV", NULL };

/* Every CV is read: their rows, in the order the files came, as a spreadsheet's lines */
static void
cvs_read (GTask *task)
{
  CvsReading *reading = g_task_get_task_data (task);
  Loaded     *loaded = g_new0 (Loaded, 1);
  g_autoptr (GStrvBuilder) sources = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) unread = g_strv_builder_new ();

  loaded->headers = g_strdupv ((char **) cv_headers);
  loaded->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  loaded->folder = common_folder (reading->files);
  for (guint i = 0; i < reading->files->len; i++)
    {
      ShortlistCvFacts *facts = reading->facts[i];
      g_autofree char  *relative = g_file_get_relative_path (loaded->folder, reading->files->pdata[i]);
      g_autofree char  *name = g_file_get_basename (reading->files->pdata[i]);
      const char       *line[G_N_ELEMENTS (cv_headers)] = { NULL };

      if (facts != NULL)
        {
          line[0] = facts->first_name, line[1] = facts->last_name, line[2] = facts->email, line[3] = facts->phone;
          line[4] = facts->company, line[5] = facts->title, line[6] = facts->city, line[7] = facts->country;
          line[8] = facts->links->len > 0 ? facts->links->pdata[0] : NULL;
        }
      line[9] = relative;
      for (guint c = 0; c < G_N_ELEMENTS (cv_headers) - 1; c++)
        if (line[c] == NULL)
          line[c] = "";
      g_ptr_array_add (loaded->lines, g_strdupv ((char **) line));
      g_strv_builder_add (sources, name);
      g_strv_builder_add (unread, reading->unread[i] ? reading->unread[i] : "");
    }
  loaded->sources = g_strv_builder_end (sources);
  loaded->unread = g_strv_builder_end (unread);
  g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
}

static void read_next_cvs (GTask *task);

typedef struct
{
  GTask *task;
  guint  index;
} CvReading;

static void
cv_read_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  CvReading  *one = user_data;
  GTask      *task = one->task;
  CvsReading *reading = g_task_get_task_data (task);
  guint       index = one->index;
  g_autoptr (GError) error = NULL;

  g_free (one);
  reading->facts[index] = shortlist_cv_read_finish (result, &error);
  if (reading->facts[index] == NULL)
    {
      if (g_error_matches (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_NO_TEXT))
        reading->unread[index] = g_strdup (_ ("The CV has no text to read, such as a scan: type the candidate’s details in the form."));
      else if (g_error_matches (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_OLD_WORD))
        reading->unread[index] = g_strdup (_ ("The CV is an old Word document (.doc), which Shortlist does not read."));
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        /* TRANSLATORS: %s says why */
        reading->unread[index] = g_strdup_printf (_ ("The CV could not be read: %s"), error->message);
    }
  reading->n_reading--;
  read_next_cvs (task);
}

/* The next CVs, CVS_AT_ONCE at a time; the rows once every one is read. The task's own
 * reference is dropped when it returns. */
static void
read_next_cvs (GTask *task)
{
  CvsReading *reading = g_task_get_task_data (task);

  if (g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    {
      if (reading->n_reading == 0)
        {
          g_task_return_error_if_cancelled (task);
          g_object_unref (task);
        }
      return;
    }
  while (reading->n_reading < CVS_AT_ONCE && reading->next < reading->files->len)
    {
      CvReading *one = g_new0 (CvReading, 1);

      one->task = task;
      one->index = reading->next++;
      reading->n_reading++;
      shortlist_cv_read_async (reading->files->pdata[one->index], g_task_get_cancellable (task), cv_read_cb, one);
    }
  if (reading->n_reading == 0 && reading->next >= reading->files->len)
    {
      cvs_read (task);
      g_object_unref (task);
    }
}

/**
 * shortlist_spreadsheet_load_cvs_async:
 * @files: (array length=n_files): CVs, in the order to list them
 *
 * Reads each CV in shortlist-cv-reader, a few at once, into one row of what it says (name,
 * email and phone, company and title, city and country, a profile link, the CV itself
 * attached), checked and looked up as a spreadsheet's rows are; a CV that cannot be read
 * is a row that says why. shortlist_spreadsheet_load_finish() ends it.
 */
static int
by_path (gconstpointer a,
         gconstpointer b)
{
  g_autofree char *path_a = g_file_get_path (*(GFile **) a);
  g_autofree char *path_b = g_file_get_path (*(GFile **) b);

  return g_utf8_collate (path_a ? path_a : "", path_b ? path_b : "");
}

/* In a worker thread: a folder among the files stands for the files in it (not its folders, nor
 * hidden files), by name; at most one more than a list takes, to say it is too many */
static void
expand_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GPtrArray *given = task_data;
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < given->len && files->len <= SHORTLIST_SPREADSHEET_MAX_ROWS; i++)
    {
      GFile *file = given->pdata[i];
      g_autoptr (GFileEnumerator) children = NULL;
      g_autoptr (GPtrArray) inside = NULL;
      GFileInfo *info;

      if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable) != G_FILE_TYPE_DIRECTORY)
        {
          g_ptr_array_add (files, g_object_ref (file));
          continue;
        }
      children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN,
                                            G_FILE_QUERY_INFO_NONE, cancellable, NULL);
      inside = g_ptr_array_new_with_free_func (g_object_unref);
      while (children != NULL && inside->len <= SHORTLIST_SPREADSHEET_MAX_ROWS &&
             (info = g_file_enumerator_next_file (children, cancellable, NULL)) != NULL)
        {
          if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR && !g_file_info_get_is_hidden (info))
            g_ptr_array_add (inside, g_file_get_child (file, g_file_info_get_name (info)));
          g_object_unref (info);
        }
      g_ptr_array_sort (inside, by_path);
      for (guint j = 0; j < inside->len; j++)
        g_ptr_array_add (files, g_object_ref (inside->pdata[j]));
    }
  g_task_return_pointer (task, g_steal_pointer (&files), (GDestroyNotify) g_ptr_array_unref);
}

static void
expanded_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GTask      *task = user_data;
  CvsReading *reading;
  g_autoptr (GPtrArray) files = g_task_propagate_pointer (G_TASK (result), NULL);

  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }
  if (files == NULL || files->len == 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s", _ ("There are no files to read here."));
      g_object_unref (task);
      return;
    }
  if (files->len > SHORTLIST_SPREADSHEET_MAX_ROWS)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               /* TRANSLATORS: %u is the most CVs read at once */
                               _ ("These are more than %u CVs; Shortlist reads at most %u at a time. Choose fewer."),
                               SHORTLIST_SPREADSHEET_MAX_ROWS, SHORTLIST_SPREADSHEET_MAX_ROWS);
      g_object_unref (task);
      return;
    }
  reading = g_new0 (CvsReading, 1);
  reading->files = g_steal_pointer (&files);
  reading->facts = g_new0 (ShortlistCvFacts *, reading->files->len);
  reading->unread = g_new0 (char *, reading->files->len);
  g_task_set_task_data (task, reading, (GDestroyNotify) cvs_reading_free);
  read_next_cvs (task);
}

/**
 * shortlist_spreadsheet_load_cvs_async:
 * @files: (array length=n_files): CVs, in the order to list them; a folder stands for the files
 *   in it, by name
 *
 * Reads each CV in shortlist-cv-reader, a few at once, into one row of what it says (name,
 * email and phone, company and title, city and country, a profile link, the CV itself
 * attached), checked and looked up as a spreadsheet's rows are; a CV that cannot be read
 * is a row that says why. shortlist_spreadsheet_load_finish() ends it.
 */
void
shortlist_spreadsheet_load_cvs_async (ShortlistSpreadsheet *self,
                                      GFile               **files,
                                      guint                 n_files,
                                      GCancellable         *cancellable,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data)
{
  GTask     *task;
  GTask     *expanding;
  GPtrArray *given;

  g_return_if_fail (SHORTLIST_IS_SPREADSHEET (self));
  g_return_if_fail (files != NULL && n_files > 0);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, shortlist_spreadsheet_load_async);
  given = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (given, g_object_ref (files[i]));
  expanding = g_task_new (NULL, cancellable, expanded_cb, task);
  g_task_set_task_data (expanding, given, (GDestroyNotify) g_ptr_array_unref);
  g_task_run_in_thread (expanding, expand_thread);
  g_object_unref (expanding);
}

static void check (ShortlistSpreadsheet *self);

gboolean
shortlist_spreadsheet_load_finish (ShortlistSpreadsheet *self,
                                   GAsyncResult         *result,
                                   GError              **error)
{
  Loaded *loaded;
  guint   n_columns;
  g_auto (GStrv) sources = NULL;
  g_auto (GStrv) unread = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return FALSE;

  /* CVs are named by their folder, a spreadsheet by its file */
  g_set_object (&self->file, loaded->folder ? loaded->folder : g_task_get_task_data (G_TASK (result)));
  g_clear_object (&self->folder);
  self->folder = loaded->folder ? g_object_ref (loaded->folder) : g_file_get_parent (self->file);
  g_strfreev (self->headers);
  self->headers = g_steal_pointer (&loaded->headers);
  g_strfreev (self->sheets);
  self->sheets = g_steal_pointer (&loaded->sheets);
  g_free (self->sheet);
  self->sheet = g_steal_pointer (&loaded->sheet);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  self->lines = g_steal_pointer (&loaded->lines);
  sources = g_steal_pointer (&loaded->sources);
  unread = g_steal_pointer (&loaded->unread);
  loaded_free (loaded);

  n_columns = g_strv_length (self->headers);
  g_free (self->fields);
  self->fields = g_new0 (ShortlistCsvField, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      ShortlistCsvField field = shortlist_csv_guess_field (self->headers[i]);

      /* A field is taken from one column: the first that says it */
      for (guint j = 0; j < i && field != SHORTLIST_CSV_IGNORE; j++)
        if (self->fields[j] == field)
          field = SHORTLIST_CSV_IGNORE;
      self->fields[i] = field;
    }

  g_list_store_remove_all (self->rows);
  for (guint i = 0; i < self->lines->len; i++)
    {
      g_autoptr (ShortlistSheetRow) row = g_object_new (SHORTLIST_TYPE_SHEET_ROW, NULL);

      row->number = i + 2;
      row->source = sources ? g_strdup (sources[i]) : NULL;
      row->unread = unread && *unread[i] != '\0' ? g_strdup (unread[i]) : NULL;
      g_list_store_append (self->rows, row);
    }
  check (self);
  return TRUE;
}

/* Returns: (nullable): the spreadsheet, once loaded */
GFile *
shortlist_spreadsheet_get_file (ShortlistSpreadsheet *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SPREADSHEET (self), NULL);
  return self->file;
}

guint
shortlist_spreadsheet_get_n_columns (ShortlistSpreadsheet *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SPREADSHEET (self), 0);
  return self->headers ? g_strv_length (self->headers) : 0;
}

/* What the first line says the column is */
const char *
shortlist_spreadsheet_get_header (ShortlistSpreadsheet *self,
                                  guint                 column)
{
  g_return_val_if_fail (column < shortlist_spreadsheet_get_n_columns (self), NULL);
  return self->headers[column];
}

/* Returns: (nullable): the first value of the column, to recognise it by */
const char *
shortlist_spreadsheet_get_example (ShortlistSpreadsheet *self,
                                   guint                 column)
{
  g_return_val_if_fail (column < shortlist_spreadsheet_get_n_columns (self), NULL);

  for (guint i = 0; i < self->lines->len; i++)
    {
      const char *const *line = g_ptr_array_index (self->lines, i);

      if (g_strv_length ((char **) line) > column && *line[column] != '\0')
        return line[column];
    }
  return NULL;
}

ShortlistCsvField
shortlist_spreadsheet_get_field (ShortlistSpreadsheet *self,
                                 guint                 column)
{
  g_return_val_if_fail (column < shortlist_spreadsheet_get_n_columns (self), SHORTLIST_CSV_IGNORE);
  return self->fields[column];
}

/* The column holds @field from now on; another column that held it is no longer used */
void
shortlist_spreadsheet_set_field (ShortlistSpreadsheet *self,
                                 guint                 column,
                                 ShortlistCsvField     field)
{
  guint n_columns = shortlist_spreadsheet_get_n_columns (self);

  g_return_if_fail (column < n_columns && field < SHORTLIST_CSV_N_FIELDS);

  if (self->fields[column] == field)
    return;
  for (guint i = 0; i < n_columns && field != SHORTLIST_CSV_IGNORE; i++)
    if (self->fields[i] == field)
      self->fields[i] = SHORTLIST_CSV_IGNORE;
  self->fields[column] = field;
  check (self);
}

/* Rows are looked up in the ATS through @client, and sent there */
void
shortlist_spreadsheet_set_client (ShortlistSpreadsheet *self,
                                  KomboClient          *client)
{
  g_return_if_fail (SHORTLIST_IS_SPREADSHEET (self));

  if (!g_set_object (&self->client, client))
    return;
  g_clear_object (&self->finder);
  if (client != NULL)
    self->finder = kombo_candidate_finder_new (client);
  if (self->lines != NULL)
    check (self);
}

/**
 * shortlist_spreadsheet_set_template:
 * @template: what every row has besides its own: the job, the stage, "Sourced by"
 * @restrictions: (nullable): what the ATS accepts as attachments
 */
void
shortlist_spreadsheet_set_template (ShortlistSpreadsheet *self,
                                    KomboCandidateDraft *template,
                                    KomboAttachmentRestrictions *restrictions)
{
  g_return_if_fail (SHORTLIST_IS_SPREADSHEET (self));
  g_return_if_fail (KOMBO_IS_CANDIDATE_DRAFT (template));

  g_set_object (&self->template, template);
  g_set_object (&self->restrictions, restrictions);
  if (self->lines != NULL)
    check (self);
}

/* Returns: (nullable): what keeps every row from being sent, such as a column no field is taken from */
const char *
shortlist_spreadsheet_get_problem (ShortlistSpreadsheet *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SPREADSHEET (self), NULL);
  return self->problem;
}

/* Returns: (transfer none): the rows, as ShortlistSheetRow */
GListModel *
shortlist_spreadsheet_get_rows (ShortlistSpreadsheet *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SPREADSHEET (self), NULL);
  return G_LIST_MODEL (self->rows);
}

ShortlistSheetRow *
_shortlist_spreadsheet_row_at (ShortlistSpreadsheet *self,
                               guint                 index)
{
  ShortlistSheetRow *row = g_list_model_get_item (G_LIST_MODEL (self->rows), index);

  /* The store keeps it */
  g_object_unref (row);
  return row;
}

/* How many rows are in @state */
guint
shortlist_spreadsheet_count (ShortlistSpreadsheet *self,
                             ShortlistRowState     state)
{
  guint n = 0;

  g_return_val_if_fail (SHORTLIST_IS_SPREADSHEET (self), 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    n += _shortlist_spreadsheet_row_at (self, i)->state == state;
  return n;
}

/* How many rows a submit sends: those included, and nothing while something keeps every row back */
guint
shortlist_spreadsheet_get_n_to_send (ShortlistSpreadsheet *self)
{
  guint n = 0;

  g_return_val_if_fail (SHORTLIST_IS_SPREADSHEET (self), 0);

  if (self->problem != NULL)
    return 0;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    n += _shortlist_spreadsheet_row_at (self, i)->include;
  return n;
}

/* Whether rows are being checked or sent */
gboolean
shortlist_spreadsheet_get_busy (ShortlistSpreadsheet *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SPREADSHEET (self), FALSE);
  return self->submitting || self->check_cancellable != NULL || self->n_looking_up > 0 || !g_queue_is_empty (&self->lookups) ||
         shortlist_spreadsheet_count (self, SHORTLIST_ROW_CHECKING) > 0;
}

void
_shortlist_spreadsheet_changed (ShortlistSpreadsheet *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The fields every candidate needs, which a column must hold */
static const ShortlistCsvField needed[] = { SHORTLIST_CSV_FIRST_NAME, SHORTLIST_CSV_LAST_NAME, SHORTLIST_CSV_EMAIL };

/* Returns: (nullable): why a job's questions keep the spreadsheet back: some must be answered,
 * and a spreadsheet has no answers */
static char *
describe_questions (KomboJob *job)
{
  GListModel *questions = job ? kombo_job_get_screening_questions (job) : NULL;

  for (guint i = 0; questions != NULL && i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr (KomboScreeningQuestion) question = g_list_model_get_item (questions, i);

      /* A question asked only after some answer is not asked here */
      if (kombo_screening_question_get_required (question) && kombo_screening_question_get_precondition_question_id (question) == NULL)
        /* TRANSLATORS: the first %s is a job, the second one of its screening questions */
        return g_strdup_printf (_ ("“%s” asks questions every candidate must answer, such as “%s”. A spreadsheet has no answers: "
                                   "submit these candidates from the form, or choose another job."),
                                kombo_job_get_name (job), kombo_screening_question_get_title (question));
    }
  return NULL;
}

/* Whether a field every candidate needs is in no column */
gboolean
shortlist_spreadsheet_lacks_columns (ShortlistSpreadsheet *self)
{
  guint n_columns = shortlist_spreadsheet_get_n_columns (self);

  g_return_val_if_fail (SHORTLIST_IS_SPREADSHEET (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < n_columns; j++)
        found |= self->fields[j] == needed[i];
      if (!found)
        return TRUE;
    }
  return FALSE;
}

static char *
describe_problem (ShortlistSpreadsheet *self)
{
  g_autoptr (GStrvBuilder) missing = g_strv_builder_new ();
  g_auto (GStrv) names = NULL;
  g_autofree char *list = NULL;
  guint            n_columns = shortlist_spreadsheet_get_n_columns (self);

  if (n_columns == 1 && self->fields[0] == SHORTLIST_CSV_IGNORE)
    return g_strdup (_ ("Shortlist found only one column. Save the spreadsheet as CSV, with commas or semicolons between the fields."));
  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < n_columns; j++)
        found |= self->fields[j] == needed[i];
      if (!found)
        g_strv_builder_add (missing, shortlist_csv_field_label (needed[i]));
    }
  names = g_strv_builder_end (missing);
  if (names[0] != NULL)
    {
      list = g_strjoinv (", ", names);
      /* TRANSLATORS: %s is a list of fields, such as "First name, Email address" */
      return g_strdup_printf (_ ("No column holds: %s. Choose the column for each under Columns."), list);
    }
  if (*kombo_candidate_draft_get_text (self->template, "job-id") == '\0')
    return g_strdup (_ ("Choose the job to submit the candidates to."));
  return describe_questions (kombo_candidate_draft_get_job (self->template));
}

/* What a check built for one row, off the main loop */
typedef struct
{
  KomboCandidateDraft *draft;
  GPtrArray           *problems;
} Built;

static void
built_free (Built *built)
{
  g_clear_object (&built->draft);
  g_ptr_array_unref (built->problems);
  g_free (built);
}

typedef struct
{
  GPtrArray         *lines;
  ShortlistCsvField *fields;
  guint              n_fields;
  GFile             *folder;
} Building;

static void
building_free (Building *building)
{
  g_ptr_array_unref (building->lines);
  g_free (building->fields);
  g_object_unref (building->folder);
  g_free (building);
}

static void
build_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Building  *building = task_data;
  GPtrArray *built = g_ptr_array_new_with_free_func ((GDestroyNotify) built_free);

  for (guint i = 0; i < building->lines->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      Built *row = g_new0 (Built, 1);

      row->problems = g_ptr_array_new_with_free_func (g_free);
      row->draft = shortlist_csv_row_to_draft (g_ptr_array_index (building->lines, i), building->fields,
                                               building->n_fields, building->folder, row->problems);
      g_ptr_array_add (built, row);
    }
  g_task_return_pointer (task, built, (GDestroyNotify) g_ptr_array_unref);
}

/* A rule a row breaks, as a sentence that says the field */
static char *
describe_violation (const KomboViolation *violation)
{
  static const struct
  {
    const char       *path;
    ShortlistCsvField field;
  } paths[] = {
    { "candidate.first_name", SHORTLIST_CSV_FIRST_NAME },
    { "candidate.last_name", SHORTLIST_CSV_LAST_NAME },
    { "candidate.email_address", SHORTLIST_CSV_EMAIL },
    { "candidate.phone_number", SHORTLIST_CSV_PHONE },
    { "candidate.company", SHORTLIST_CSV_COMPANY },
    { "candidate.title", SHORTLIST_CSV_TITLE },
    { "candidate.location.city", SHORTLIST_CSV_CITY },
    { "candidate.location.country", SHORTLIST_CSV_COUNTRY },
    { "candidate.social_media", SHORTLIST_CSV_LINKEDIN },
    { "attachments", SHORTLIST_CSV_CV },
  };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    if (g_str_has_prefix (violation->path, paths[i].path))
      /* TRANSLATORS: a field, then what is wrong with it: "Email address: “ada@” does not look like an email address." */
      return g_strdup_printf (_ ("%s: %s"), shortlist_csv_field_label (paths[i].field), violation->message);
  return g_strdup (violation->message);
}

static void look_up_next (ShortlistSpreadsheet *self);

/* Applies what the template holds to a row's draft, and checks it */
static void
check_row (ShortlistSpreadsheet *self,
           ShortlistSheetRow    *row,
           Built                *built,
           GHashTable           *addresses)
{
  g_autoptr (GPtrArray) violations = NULL;
  g_autoptr (GString) details = g_string_new (NULL);
  const char        *email;
  ShortlistSheetRow *first;

  /* What was sent stays as it went */
  if (row->state == SHORTLIST_ROW_SENT || row->state == SHORTLIST_ROW_UNKNOWN || row->state == SHORTLIST_ROW_SENDING)
    {
      if (row->email != NULL)
        g_hash_table_insert (addresses, row->email, row);
      return;
    }

  _shortlist_sheet_row_set_draft (row, built->draft);
  kombo_candidate_draft_set_text (row->draft, "job-id", kombo_candidate_draft_get_text (self->template, "job-id"));
  kombo_candidate_draft_set_job (row->draft, kombo_candidate_draft_get_job (self->template));
  kombo_candidate_draft_set_text (row->draft, "stage-id", kombo_candidate_draft_get_text (self->template, "stage-id"));
  kombo_candidate_draft_set_text (row->draft, "sourced-by", kombo_candidate_draft_get_text (self->template, "sourced-by"));
  g_clear_pointer (&row->email, g_free);
  email = kombo_candidate_draft_get_text (row->draft, "email-address");
  if (*email != '\0')
    {
      g_autofree char *stripped = kombo_strdup_stripped (email);

      row->email = stripped ? g_utf8_casefold (stripped, -1) : NULL;
    }

  for (guint i = 0; i < built->problems->len; i++)
    g_string_append_printf (details, "%s%s", details->len ? "\n" : "", (char *) g_ptr_array_index (built->problems, i));
  violations = kombo_candidate_draft_validate (row->draft, self->restrictions);
  for (guint i = 0; i < violations->len; i++)
    {
      const KomboViolation *violation = g_ptr_array_index (violations, i);
      g_autofree char      *sentence = NULL;

      /* The job and its questions are chosen once for all, and said once for all */
      if (g_str_has_prefix (violation->path, "application.job_id") || strstr (violation->path, "screening_question") != NULL)
        continue;
      sentence = describe_violation (violation);
      g_string_append_printf (details, "%s%s", details->len ? "\n" : "", sentence);
    }
  first = row->email ? g_hash_table_lookup (addresses, row->email) : NULL;
  if (first != NULL)
    {
      if (details->len > 0)
        g_string_append_c (details, '\n');
      /* TRANSLATORS: %u is the number of another row of the spreadsheet */
      g_string_append_printf (details, _ ("Row %u has the same email address. Each candidate is submitted once."), first->number);
    }
  else if (row->email != NULL)
    g_hash_table_insert (addresses, row->email, row);

  if (row->unread != NULL && details->len > 0)
    {
      g_string_prepend_c (details, '\n');
      g_string_prepend (details, row->unread);
    }
  if (details->len > 0)
    _shortlist_sheet_row_set_state (row, SHORTLIST_ROW_INVALID, details->str, FALSE);
  else if (self->finder != NULL)
    {
      _shortlist_sheet_row_set_state (row, SHORTLIST_ROW_CHECKING, NULL, FALSE);
      row->by_name = FALSE;
      g_queue_push_tail (&self->lookups, g_object_ref (row));
    }
  else
    _shortlist_sheet_row_set_state (row, SHORTLIST_ROW_READY, NULL, TRUE);
}

static void
built_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  ShortlistSpreadsheet *self = SHORTLIST_SPREADSHEET (object);
  g_autoptr (GHashTable) addresses = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) built = g_task_propagate_pointer (G_TASK (result), NULL);

  /* Another check came since */
  if (built == NULL || g_task_get_cancellable (G_TASK (result)) != self->check_cancellable)
    return;
  g_clear_object (&self->check_cancellable);

  g_queue_clear_full (&self->lookups, g_object_unref);
  for (guint i = 0; i < built->len; i++)
    check_row (self, _shortlist_spreadsheet_row_at (self, i), g_ptr_array_index (built, i), addresses);
  _shortlist_spreadsheet_changed (self);
  look_up_next (self);
}

/* Builds every row again, as the columns, the job or the file say now */
static void
check (ShortlistSpreadsheet *self)
{
  g_autoptr (GTask) task = NULL;
  Building *building = g_new0 (Building, 1);

  g_free (self->problem);
  self->problem = describe_problem (self);

  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  self->check_cancellable = g_cancellable_new ();

  building->lines = g_ptr_array_ref (self->lines);
  building->n_fields = shortlist_spreadsheet_get_n_columns (self);
  building->fields = g_memdup2 (self->fields, building->n_fields * sizeof (ShortlistCsvField));
  building->folder = g_object_ref (self->folder);
  task = g_task_new (self, self->check_cancellable, built_cb, NULL);
  g_task_set_source_tag (task, check);
  g_task_set_task_data (task, building, (GDestroyNotify) building_free);
  g_task_run_in_thread (task, build_thread);
  _shortlist_spreadsheet_changed (self);
}

typedef struct
{
  ShortlistSpreadsheet *self;
  char                 *email;
} Lookup;

/* Why a row could not be looked up; it can be sent all the same */
static char *
dup_lookup_problem (const GError *error)
{
  g_autofree char *sentence = kombo_error_dup_sentence (error);

  /* TRANSLATORS: %s says why */
  return g_strdup_printf (_ ("Could not check whether the applicant tracking system has this candidate already: %s"), sentence);
}

/* What the ATS said of an address holds for every row being checked with it */
static void
apply_lookup (ShortlistSpreadsheet *self,
              const char           *email,
              GListModel           *found,
              const GError         *error)
{
  g_autofree char  *details = NULL;
  ShortlistRowState state = SHORTLIST_ROW_READY;

  if (found != NULL && g_list_model_get_n_items (found) > 0)
    {
      g_autoptr (KomboCandidateRecord) record = g_list_model_get_item (found, 0);
      g_autofree char *name = kombo_candidate_record_dup_display_name (record);

      state = SHORTLIST_ROW_IN_ATS;
      /* TRANSLATORS: %s is a candidate's name */
      details = g_strdup_printf (_ ("The applicant tracking system has “%s” with this email address already. Include the row to submit anyway."),
                                 name);
    }
  else if (error != NULL)
    details = dup_lookup_problem (error);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      ShortlistSheetRow *row = _shortlist_spreadsheet_row_at (self, i);

      if (row->state != SHORTLIST_ROW_CHECKING || row->by_name || g_strcmp0 (row->email, email) != 0)
        continue;
      /* No one has the address: the same name may be the same person, asked of each row */
      if (state == SHORTLIST_ROW_READY && details == NULL)
        {
          row->by_name = TRUE;
          g_queue_push_tail (&self->lookups, g_object_ref (row));
        }
      else
        _shortlist_sheet_row_set_state (row, state, details, state == SHORTLIST_ROW_READY);
    }
}

typedef struct
{
  ShortlistSpreadsheet *self;
  char                 *key; /* "name:first\nlast", folded: in self->asking while asked */
} NameLookup;

/* What the rows are asked about by name, folded; "" for a row without both names */
static char *
dup_name_key (ShortlistSheetRow *row)
{
  g_autofree char *joined = g_strconcat ("name:", kombo_candidate_draft_get_text (row->draft, "first-name"), "\n",
                                         kombo_candidate_draft_get_text (row->draft, "last-name"), NULL);

  return g_utf8_casefold (joined, -1);
}

/* What the ATS said of a name holds for every row being checked by it: a possible match keeps
 * each back until it is included */
static void
name_found_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  NameLookup           *lookup = user_data;
  ShortlistSpreadsheet *self = lookup->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) found = kombo_candidate_finder_find_finish (KOMBO_CANDIDATE_FINDER (object), result, &error);
  g_autofree char  *details = NULL;
  ShortlistRowState state = SHORTLIST_ROW_READY;

  self->n_looking_up--;
  g_hash_table_remove (self->asking, lookup->key);
  if (found != NULL && g_list_model_get_n_items (found) > 0)
    {
      g_autoptr (KomboCandidateRecord) record = g_list_model_get_item (found, 0);
      g_autofree char *name = kombo_candidate_record_dup_display_name (record);
      const char      *other = kombo_candidate_record_get_email_address (record);

      state = SHORTLIST_ROW_IN_ATS;
      details = other != NULL
                    /* TRANSLATORS: a name, then an email address */
                    ? g_strdup_printf (_ ("The applicant tracking system has “%s” with the same name, at %s: possibly the same person. Include the row to submit anyway."),
                                       name, other)
                    /* TRANSLATORS: %s is a candidate's name */
                    : g_strdup_printf (_ ("The applicant tracking system has “%s” with the same name: possibly the same person. Include the row to submit anyway."),
                                       name);
    }
  else if (error != NULL)
    details = dup_lookup_problem (error);
  for (guint i = 0; self->rows != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      ShortlistSheetRow *row = _shortlist_spreadsheet_row_at (self, i);
      g_autofree char   *key = NULL;

      if (row->state != SHORTLIST_ROW_CHECKING || !row->by_name)
        continue;
      key = dup_name_key (row);
      if (g_str_equal (key, lookup->key))
        _shortlist_sheet_row_set_state (row, state, details, state == SHORTLIST_ROW_READY);
    }
  if (self->rows != NULL)
    {
      _shortlist_spreadsheet_changed (self);
      look_up_next (self);
    }
  g_object_unref (lookup->self);
  g_free (lookup->key);
  g_free (lookup);
}

static void
found_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Lookup               *lookup = user_data;
  ShortlistSpreadsheet *self = lookup->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) found = kombo_candidate_finder_find_finish (KOMBO_CANDIDATE_FINDER (object), result, &error);

  self->n_looking_up--;
  g_hash_table_remove (self->asking, lookup->email);
  if (self->rows != NULL)
    {
      apply_lookup (self, lookup->email, found, error);
      _shortlist_spreadsheet_changed (self);
      look_up_next (self);
    }
  g_object_unref (lookup->self);
  g_free (lookup->email);
  g_free (lookup);
}

/* Asks the ATS about the next rows, a few at once, each address once */
static void
look_up_next (ShortlistSpreadsheet *self)
{
  while (self->finder != NULL && self->n_looking_up < MAX_LOOKUPS && !g_queue_is_empty (&self->lookups))
    {
      g_autoptr (ShortlistSheetRow) row = g_queue_pop_head (&self->lookups);
      const char *emails[] = { row->email, NULL };
      Lookup     *lookup;

      if (row->state != SHORTLIST_ROW_CHECKING)
        continue;
      if (row->by_name)
        {
          g_autofree char *key = dup_name_key (row);
          NameLookup      *name_lookup;

          /* The name is being asked about: that answer is its */
          if (g_hash_table_contains (self->asking, key))
            continue;
          name_lookup = g_new0 (NameLookup, 1);
          name_lookup->self = g_object_ref (self);
          name_lookup->key = g_strdup (key);
          g_hash_table_add (self->asking, g_steal_pointer (&key));
          self->n_looking_up++;
          kombo_candidate_finder_find_by_name_async (self->finder, kombo_candidate_draft_get_text (row->draft, "first-name"),
                                                     kombo_candidate_draft_get_text (row->draft, "last-name"), NULL, name_found_cb,
                                                     name_lookup);
          continue;
        }
      /* Its address is being asked about: that answer is its */
      if (g_hash_table_contains (self->asking, row->email))
        continue;
      lookup = g_new0 (Lookup, 1);
      lookup->self = g_object_ref (self);
      lookup->email = g_strdup (row->email);
      g_hash_table_add (self->asking, g_strdup (row->email));
      self->n_looking_up++;
      kombo_candidate_finder_find_async (self->finder, emails, NULL, found_cb, lookup);
    }
}

/* Returns: (nullable): a workbook's sheets, by name, in order; %NULL for a CSV file */
const char *const *
shortlist_spreadsheet_get_sheets (ShortlistSpreadsheet *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SPREADSHEET (self), NULL);
  return (const char *const *) self->sheets;
}

/* Returns: (nullable): of a workbook, the sheet shown */
const char *
shortlist_spreadsheet_get_sheet (ShortlistSpreadsheet *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SPREADSHEET (self), NULL);
  return self->sheet;
}

static void
row_kept_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr (ShortlistSheetRow) row = user_data;
  g_autoptr (GError) error = NULL;

  if (!shortlist_store_save_draft_finish (SHORTLIST_STORE (object), result, &error))
    {
      /* TRANSLATORS: %s says why */
      g_autofree char *details = g_strdup_printf (_ ("It could not be kept as a draft: %s"), error->message);

      _shortlist_sheet_row_set_state (row, row->state, details, FALSE);
    }
}

/**
 * shortlist_spreadsheet_keep_row:
 *
 * Keeps a row that cannot be sent as it is (a CV without an address, say) as a draft, its CV
 * attached and what was read from it filled in, to finish in the form: from the Drafts of the
 * main window.
 */
void
shortlist_spreadsheet_keep_row (ShortlistSpreadsheet *self,
                                ShortlistSheetRow    *row,
                                ShortlistStore       *store,
                                const char           *integration_id)
{
  g_return_if_fail (SHORTLIST_IS_SPREADSHEET (self));
  g_return_if_fail (SHORTLIST_IS_SHEET_ROW (row));
  g_return_if_fail (SHORTLIST_IS_STORE (store));

  if (row->draft == NULL || row->state != SHORTLIST_ROW_INVALID)
    return;
  if (row->draft_id == NULL)
    row->draft_id = g_uuid_string_random ();
  row->kept = TRUE;
  shortlist_store_save_candidate_async (store, row->draft_id, integration_id, row->draft, row->details, NULL, row_kept_cb,
                                        g_object_ref (row));
  _shortlist_sheet_row_set_state (row, SHORTLIST_ROW_INVALID, _ ("Kept as a draft: finish it in the form, from Drafts in the main window."), FALSE);
  _shortlist_spreadsheet_changed (self);
}
