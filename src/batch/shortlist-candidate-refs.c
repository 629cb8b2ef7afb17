/* shortlist-candidate-refs.c: the email addresses and Kombo IDs in files of candidates
 *
 * A recruiter's list comes as an Excel workbook (its first sheet, read in shortlist-cv-reader),
 * a spreadsheet saved as CSV (any columns, "," or ";", quoted fields, in the encodings Excel
 * saves text in) or as plain text. Whatever else is in it, every email
 * address, every Kombo ID and every ATS id written as remote:1234 is taken, in order, up to
 * SHORTLIST_CANDIDATE_REFS_MAX; a file that cannot be read, is damaged Unicode or has none of them
 * is said by name.
 */
#define G_LOG_DOMAIN "shortlist-candidate-refs"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-candidate-refs.h"
#include "shortlist-csv.h"
#include "shortlist-cv.h"

typedef struct
{
  GPtrArray    *files;
  guint         next;
  GStrvBuilder *entries;
  guint         n;
  char         *problem;
} Reading;

static void
reading_free (Reading *reading)
{
  g_ptr_array_unref (reading->files);
  g_strv_builder_unref (reading->entries);
  g_free (reading->problem);
  g_free (reading);
}

/* An address: something, "@", something with a dot, no spaces */
static gboolean
is_email (const char *word,
          gsize       length)
{
  const char *at = memchr (word, '@', length);

  return at != NULL && at > word && memchr (at + 1, '@', word + length - at - 1) == NULL &&
         memchr (at + 1, '.', word + length - at - 1) != NULL && word[length - 1] != '.';
}

/* A Kombo ID: 20 to 40 letters and digits */
static gboolean
is_kombo_id (const char *word,
             gsize       length)
{
  if (length < 20 || length > 40)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (word[i]))
      return FALSE;
  return TRUE;
}

/* The ATS's own id, as remote:1234 */
static gboolean
is_remote_id (const char *word,
              gsize       length)
{
  return length > strlen ("remote:") && strncmp (word, "remote:", strlen ("remote:")) == 0;
}

/**
 * shortlist_candidate_refs_split:
 * @refs_only: whether to keep only email addresses, Kombo IDs and remote: ids, as from a
 *   spreadsheet whose other columns are anything
 * @max: how many words at most; the reading stops there, so a huge text costs no more
 *
 * Returns: (transfer full): the words of @text, separated by spaces, line ends, commas,
 *   semicolons, quotes or brackets, in order
 */
GStrv
shortlist_candidate_refs_split (const char *text,
                                gboolean    refs_only,
                                guint       max)
{
  static const char separators[] = " \t\r\n,;\"'<>()";
  g_autoptr (GStrvBuilder) words = g_strv_builder_new ();
  const char *p = text;
  guint       n = 0;

  while (*p != '\0' && n < max)
    {
      gsize length;

      p += strspn (p, separators);
      length = strcspn (p, separators);
      if (length > 0 && (!refs_only || is_email (p, length) || is_kombo_id (p, length) || is_remote_id (p, length)))
        {
          g_autofree char *word = g_strndup (p, length);

          g_strv_builder_add (words, word);
          n++;
        }
      p += length;
    }
  return g_strv_builder_end (words);
}

static void
add_entries_of (Reading    *reading,
                const char *text)
{
  g_auto (GStrv) words = shortlist_candidate_refs_split (text, TRUE, SHORTLIST_CANDIDATE_REFS_MAX - reading->n);

  g_strv_builder_addv (reading->entries, (const char **) words);
  reading->n += g_strv_length (words);
}

/* The first problem is the one said */
static void
say (Reading *reading,
     char    *problem)
{
  if (reading->problem == NULL)
    reading->problem = problem;
  else
    g_free (problem);
}

static void read_next (GTask *task);

/* An Excel workbook's first sheet, read in shortlist-cv-reader: its cells, a line each row */
static void
workbook_read_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GTask   *task = user_data;
  Reading *reading = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (ShortlistWorkbook) workbook = shortlist_cv_read_sheet_finish (result, &error);
  g_autofree char *name = g_object_steal_data (G_OBJECT (task), "name");

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }
  if (workbook == NULL)
    /* TRANSLATORS: a file of candidates; %s says why */
    say (reading, g_strdup_printf (_ ("“%s” could not be read: %s"), name, error->message));
  else
    {
      g_autoptr (GString) text = g_string_new (NULL);
      guint before = reading->n;

      for (guint i = 0; i < workbook->rows->len; i++)
        {
          g_autofree char *line = g_strjoinv ("\t", workbook->rows->pdata[i]);

          g_string_append_printf (text, "%s\n", line);
        }
      add_entries_of (reading, text->str);
      if (reading->n == before && before < SHORTLIST_CANDIDATE_REFS_MAX)
        say (reading, g_strdup_printf (_ ("“%s” has no email addresses or Kombo IDs."), name));
    }
  read_next (task);
}

static void
file_read_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GTask   *task = user_data;
  Reading *reading = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (object));
  g_autofree char *text = NULL;
  gsize            length = 0, text_length = 0;

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          g_object_unref (task);
          return;
        }
      /* TRANSLATORS: a file of candidates; %s says why */
      say (reading, g_strdup_printf (_ ("“%s” could not be read: %s"), name, error->message));
    }
  /* Text as spreadsheets save it: UTF-8 or UTF-16 with its mark, else Windows' Western code page */
  else if ((text = shortlist_csv_decode (contents, length, &text_length, NULL, &error)) == NULL)
    say (reading, g_strdup_printf (_ ("“%s” could not be read: %s"), name, error->message));
  else
    {
      guint before = reading->n;

      add_entries_of (reading, text);
      if (reading->n == before && before < SHORTLIST_CANDIDATE_REFS_MAX)
        say (reading, g_strdup_printf (_ ("“%s” has no email addresses or Kombo IDs."), name));
    }
  read_next (task);
}

static void
read_next (GTask *task)
{
  Reading *reading = g_task_get_task_data (task);

  if (reading->next < reading->files->len)
    {
      GFile *file = reading->files->pdata[reading->next++];

      /* A workbook is read where a CV is, in a process of its own */
      if (shortlist_file_is_workbook (file))
        {
          g_object_set_data_full (G_OBJECT (task), "name", g_file_get_basename (file), g_free);
          shortlist_cv_read_sheet_async (file, NULL, g_task_get_cancellable (task), workbook_read_cb, task);
          return;
        }
      g_file_load_contents_async (file, g_task_get_cancellable (task), file_read_cb, task);
      return;
    }
  if (reading->n >= SHORTLIST_CANDIDATE_REFS_MAX)
    say (reading, g_strdup_printf (_ ("Only the first %u candidates of the file are looked up."), SHORTLIST_CANDIDATE_REFS_MAX));
  g_task_return_pointer (task, g_strv_builder_end (reading->entries), (GDestroyNotify) g_strfreev);
  g_object_unref (task);
}

/* Reads @files one after the other, off the main loop's way */
void
shortlist_candidate_refs_read_async (GFile             **files,
                                     guint               n_files,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data)
{
  GTask   *task = g_task_new (NULL, cancellable, callback, user_data);
  Reading *reading = g_new0 (Reading, 1);

  g_task_set_source_tag (task, shortlist_candidate_refs_read_async);
  reading->files = g_ptr_array_new_with_free_func (g_object_unref);
  reading->entries = g_strv_builder_new ();
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (reading->files, g_object_ref (files[i]));
  g_task_set_task_data (task, reading, (GDestroyNotify) reading_free);
  read_next (task);
}

/**
 * shortlist_candidate_refs_read_finish:
 * @problem: (out) (optional): what to tell the person, such as a file with nobody in it
 *
 * Returns: (transfer full): the email addresses and Kombo IDs, in the files' order; %NULL
 *   only when cancelled
 */
GStrv
shortlist_candidate_refs_read_finish (GAsyncResult *result,
                                      char        **problem,
                                      GError      **error)
{
  Reading *reading = g_task_get_task_data (G_TASK (result));

  if (problem != NULL)
    *problem = g_strdup (reading->problem);
  return g_task_propagate_pointer (G_TASK (result), error);
}
