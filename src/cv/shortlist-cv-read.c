/* shortlist-cv-read.c: a CV read in shortlist-cv-reader, a process of its own, from the window */
#define G_LOG_DOMAIN "shortlist-cv"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kombo-json.h"
#include "shortlist-cv.h"

/* Reading a file, in a process of its own
 *
 * A CV is whatever a recruiter was sent, so it is read by shortlist-cv-reader, not in the
 * window's process: a document that makes poppler crash, hang or eat memory takes only that
 * process with it. The reader limits its own memory and CPU time, and is killed after two
 * seconds whatever it is doing. The window's process does not load poppler at all. */

#define TIME_LIMIT_MS 2000

/* The reader: $SHORTLIST_CV_READER, else the installed one, else the one beside this program
 * (as in the build folder) */
static char *
reader_path (void)
{
  g_autofree char *self = NULL;
  g_autofree char *dir = NULL;

  /* Relative to where Shortlist was started: the reader itself starts in "/" */
  if (g_getenv ("SHORTLIST_CV_READER") != NULL)
    return g_canonicalize_filename (g_getenv ("SHORTLIST_CV_READER"), NULL);
  if (g_file_test (LIBEXECDIR "/shortlist-cv-reader", G_FILE_TEST_IS_EXECUTABLE))
    return g_strdup (LIBEXECDIR "/shortlist-cv-reader");
  self = g_file_read_link ("/proc/self/exe", NULL);
  dir = self ? g_path_get_dirname (self) : NULL;
  return dir ? g_build_filename (dir, "shortlist-cv-reader", NULL) : NULL;
}

typedef struct
{
  char        *reader; /* the program */
  char        *sheet;  /* reading a workbook: the sheet asked for, "" for the first; else NULL */
  GSubprocess *process;
  guint        timeout_id;
  gboolean     timed_out;
} Reading;

static void
reading_free (Reading *reading)
{
  g_clear_handle_id (&reading->timeout_id, g_source_remove);
  if (reading->process != NULL)
    g_subprocess_force_exit (reading->process);
  g_clear_object (&reading->process);
  g_free (reading->reader);
  g_free (reading->sheet);
  g_free (reading);
}

static gboolean
reading_timeout_cb (gpointer data)
{
  Reading *reading = data;

  reading->timeout_id = 0;
  reading->timed_out = TRUE;
  g_subprocess_force_exit (reading->process);
  return G_SOURCE_REMOVE;
}

void
shortlist_workbook_free (ShortlistWorkbook *workbook)
{
  g_strfreev (workbook->sheets);
  g_clear_pointer (&workbook->rows, g_ptr_array_unref);
  g_free (workbook);
}

/* The reader's rows, each a GStrv; a cell that is not text is no cell the reader wrote */
static ShortlistWorkbook *
workbook_from_json (JsonObject *object)
{
  ShortlistWorkbook *workbook = g_new0 (ShortlistWorkbook, 1);
  g_autoptr (GStrvBuilder) sheets = g_strv_builder_new ();
  JsonArray *names = kombo_json_get_array (object, "sheets");
  JsonArray *rows = kombo_json_get_array (object, "rows");

  for (guint i = 0; names != NULL && i < json_array_get_length (names); i++)
    if (JSON_NODE_HOLDS_VALUE (json_array_get_element (names, i)))
      g_strv_builder_add (sheets, json_array_get_string_element (names, i));
  workbook->sheets = g_strv_builder_end (sheets);
  workbook->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; rows != NULL && i < json_array_get_length (rows); i++)
    {
      JsonNode  *node = json_array_get_element (rows, i);
      JsonArray *cells = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
      g_autoptr (GStrvBuilder) row = g_strv_builder_new ();

      for (guint j = 0; cells != NULL && j < json_array_get_length (cells); j++)
        {
          JsonNode *cell = json_array_get_element (cells, j);

          g_strv_builder_add (row, JSON_NODE_HOLDS_VALUE (cell) && json_node_get_string (cell) ? json_node_get_string (cell) : "");
        }
      g_ptr_array_add (workbook->rows, g_strv_builder_end (row));
    }
  return workbook;
}

static void
communicated_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  Reading *reading = g_task_get_task_data (task);
  g_autoptr (GBytes) output = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *object;
  JsonObject *failure;

  if (!g_subprocess_communicate_finish (G_SUBPROCESS (source), result, &output, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (reading->timed_out)
    {
      g_task_return_new_error (task, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_TOO_LARGE, _ ("The CV took too long to read"));
      return;
    }
  /* Killed for its memory or CPU time, or crashed: the document is as good as damaged */
  if (!g_subprocess_get_if_exited (reading->process) || g_subprocess_get_exit_status (reading->process) != 0 ||
      output == NULL || !json_parser_load_from_data (parser, g_bytes_get_data (output, NULL), g_bytes_get_size (output), NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_task_return_new_error (task, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_DAMAGED, _ ("The CV is damaged"));
      return;
    }

  object = json_node_get_object (json_parser_get_root (parser));
  failure = kombo_json_get_object (object, "error");
  if (failure != NULL)
    {
      gint64      code = kombo_json_get_int (failure, "code", SHORTLIST_CV_ERROR_DAMAGED);
      const char *message = kombo_json_get_string (failure, "message");

      if (code < SHORTLIST_CV_ERROR_NO_TEXT || code > SHORTLIST_CV_ERROR_OLD_WORD)
        code = SHORTLIST_CV_ERROR_DAMAGED;
      g_task_return_new_error (task, SHORTLIST_CV_ERROR, (int) code, "%s", message ? message : _ ("The CV is damaged"));
      return;
    }
  if (reading->sheet != NULL)
    {
      g_task_return_pointer (task, workbook_from_json (object), (GDestroyNotify) shortlist_workbook_free);
      return;
    }
  g_task_return_pointer (task, shortlist_cv_facts_from_json (json_object_get_member (object, "facts")),
                         (GDestroyNotify) shortlist_cv_facts_free);
}

/* What the reader may know of its environment: which language to speak in, which of its
 * messages to say (for a bug report), and, in a build under the sanitizers, how they should
 * report. Not the session bus, the display or the runtime folder: what the document takes
 * over can reach none of them. */
static char **
reader_environment (void)
{
  static const char *const kept[] = {
    "LANG",
    "LANGUAGE",
    "LC_ALL",
    "LC_MESSAGES",
    "LC_CTYPE",
    "SHORTLIST_LOCALEDIR",
    "G_MESSAGES_DEBUG",
    "ASAN_OPTIONS",
    "LSAN_OPTIONS",
    "UBSAN_OPTIONS",
    NULL,
  };
  g_auto (GStrv) parent = g_get_environ ();
  char **environment = NULL;

  for (guint i = 0; kept[i] != NULL; i++)
    {
      const char *value = g_environ_getenv (parent, kept[i]);

      if (value != NULL)
        environment = g_environ_setenv (environment, kept[i], value, TRUE);
    }
  return environment ? environment : g_new0 (char *, 1);
}

/* In a worker thread: opens the CV for the reader. Never blocks the window: a FIFO or a
 * device is refused rather than waited on, and a slow disk waits here. */
static void
open_cv_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  const char *path = task_data;
  struct stat info;
  int         fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);
  int         saved;

  if (fd < 0)
    {
      saved = errno;
      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
      return;
    }
  if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode))
    {
      g_close (fd, NULL);
      g_task_return_new_error (task, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_UNSUPPORTED, "%s",
                               _ ("The CV is not a file that can be read"));
      return;
    }
  /* The reader reads it as any file, waiting for each block */
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);
  g_task_return_int (task, fd);
}

static void
cv_opened_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GSubprocessLauncher) launcher = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) environment = NULL;
  GCancellable *cancellable;
  Reading      *reading = g_task_get_task_data (task);
  gssize        fd = g_task_propagate_int (G_TASK (result), &error);

  if (fd < 0)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    {
      g_close ((int) fd, NULL);
      return;
    }

  /* Only its standard streams: GSubprocess closes every other descriptor in the child. Its
   * messages are heard when G_MESSAGES_DEBUG asks for the window's. */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        (g_getenv ("G_MESSAGES_DEBUG") ? G_SUBPROCESS_FLAGS_NONE : G_SUBPROCESS_FLAGS_STDERR_SILENCE));
  g_subprocess_launcher_take_stdin_fd (launcher, (int) fd);
  environment = reader_environment ();
  g_subprocess_launcher_set_environ (launcher, environment);
  g_subprocess_launcher_set_cwd (launcher, "/");
  if (reading->sheet != NULL)
    reading->process = g_subprocess_launcher_spawn (launcher, &error, reading->reader, "--sheet",
                                                    *reading->sheet != '\0' ? reading->sheet : NULL, NULL);
  else
    reading->process = g_subprocess_launcher_spawn (launcher, &error, reading->reader, NULL);
  if (reading->process == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  reading->timeout_id = g_timeout_add (TIME_LIMIT_MS, reading_timeout_cb, reading);
  cancellable = g_task_get_cancellable (task);
  g_subprocess_communicate_async (reading->process, NULL, cancellable, communicated_cb, g_steal_pointer (&task));
}

static void
start_reading (GFile              *file,
               const char         *sheet,
               gpointer            source_tag,
               GCancellable       *cancellable,
               GAsyncReadyCallback callback,
               gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr (GTask) opening = NULL;
  g_autofree char *path = NULL;
  g_autofree char *reader = reader_path ();
  Reading         *reading;

  g_task_set_source_tag (task, source_tag);
  path = g_file_get_path (file);
  if (path == NULL || reader == NULL)
    {
      g_task_return_new_error (task, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_UNSUPPORTED, "%s",
                               path == NULL ? "The file is not a local file" : "No CV reader is installed");
      return;
    }
  reading = g_new0 (Reading, 1);
  reading->reader = g_steal_pointer (&reader);
  reading->sheet = g_strdup (sheet);
  g_task_set_task_data (task, reading, (GDestroyNotify) reading_free);
  opening = g_task_new (NULL, cancellable, cv_opened_cb, g_steal_pointer (&task));
  g_task_set_task_data (opening, g_steal_pointer (&path), g_free);
  g_task_run_in_thread (opening, open_cv_thread);
}

/**
 * shortlist_cv_read_async:
 *
 * Reads @file's text and what it says in shortlist-cv-reader, a process of its own, giving up
 * after two seconds. The file is opened here, in a worker thread, and handed over, so the
 * reader needs no access of its own: it starts with only its standard streams and the locale
 * of its environment, and shuts itself off from everything else before it reads.
 */
void
shortlist_cv_read_async (GFile              *file,
                         GCancellable       *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer            user_data)
{
  g_return_if_fail (G_IS_FILE (file));
  start_reading (file, NULL, shortlist_cv_read_async, cancellable, callback, user_data);
}

/**
 * shortlist_cv_read_sheet_async:
 * @sheet: (nullable): the sheet to read, by its name; %NULL for the first
 *
 * Reads the rows of an Excel workbook's sheet in shortlist-cv-reader, as a CV is read: a
 * workbook is whatever a recruiter was sent too. shortlist_cv_read_sheet_finish() ends it.
 */
void
shortlist_cv_read_sheet_async (GFile              *file,
                               const char         *sheet,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_return_if_fail (G_IS_FILE (file));
  start_reading (file, sheet ? sheet : "", shortlist_cv_read_sheet_async, cancellable, callback, user_data);
}

/* Returns: (transfer full): the workbook's sheets and the rows of the one read; %NULL with @error */
ShortlistWorkbook *
shortlist_cv_read_sheet_finish (GAsyncResult *result,
                                GError      **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

ShortlistCvFacts *
shortlist_cv_read_finish (GAsyncResult *result,
                          GError      **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
