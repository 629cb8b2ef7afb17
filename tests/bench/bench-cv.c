/* bench-cv.c: how soon a dropped CV becomes suggestions, and what memory reading it takes
 *
 *   bench-cv write DIR        writes DIR/cv-2-pages.pdf, cv-50-pages.pdf and cv-200-pages.pdf
 *   bench-cv read FILE RUNS   reads FILE as the form does, RUNS times, in this fresh process
 *   bench-cv folder DIR N     writes N CVs of the corpus into DIR, then lists them as the
 *                             spreadsheet window does when they are dropped at once
 *
 * Per file: the median time from the file to the suggestions, read as the form reads it (in
 * shortlist-cv-reader, started for each CV), the median time of the text alone read in this
 * process (poppler's share: the floor under the reader's start and the rules), and the reader's
 * peak memory: all the memory reading a CV adds, since the window's own does not grow.
 *
 * A folder: the time from the drop to the list of drafts (every CV read, a few at once, and
 * every row built and checked), against reading the same CVs one after another; and this
 * process's peak memory and the readers', which stay flat however many CVs there are.
 */
#include "config.h"

#include <stdio.h>
#include <sys/resource.h>

#include "cv-corpus.h"
#include "shortlist-cv.h"
#include "shortlist-spreadsheet.h"

static gsize
children_peak_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss;
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

static gsize
self_peak_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* N CVs of the corpus, each under a name of its own, dropped at once */
static int
folder (const char *dir,
        guint       n)
{
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (ShortlistSpreadsheet) sheet = shortlist_spreadsheet_new ();
  g_autoptr (KomboCandidateDraft) template = kombo_candidate_draft_new ();
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char  *corpus = g_build_filename (dir, "corpus", NULL);
  const CvExpected *expected;
  guint             n_corpus, n_named = 0;
  gint64            start;
  double            list_ms, one_by_one_ms;

  g_mkdir_with_parents (corpus, 0700);
  expected = cv_corpus_write (corpus, &n_corpus);
  for (guint i = 0; i < n; i++)
    {
      const CvExpected *e = &expected[i % n_corpus];
      g_autofree char  *from = g_build_filename (corpus, e->file_name, NULL);
      g_autofree char  *name = g_strdup_printf ("%03u-%s", i + 1, e->file_name);
      g_autofree char  *to = g_build_filename (dir, name, NULL);
      g_autofree char  *contents = NULL;
      gsize             length;

      g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (to, contents, length, NULL));
      g_ptr_array_add (files, g_file_new_for_path (to));
    }

  /* Dropped at once: read a few at a time, every row built and checked */
  kombo_candidate_draft_set_text (template, "job-id", "job-bench");
  start = g_get_monotonic_time ();
  shortlist_spreadsheet_load_cvs_async (sheet, (GFile **) files->pdata, files->len, NULL, read_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (!shortlist_spreadsheet_load_finish (sheet, result, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  shortlist_spreadsheet_set_template (sheet, template, NULL);
  while (shortlist_spreadsheet_get_busy (sheet))
    g_main_context_iteration (NULL, TRUE);
  list_ms = (g_get_monotonic_time () - start) / 1000.0;
  for (guint i = 0; i < g_list_model_get_n_items (shortlist_spreadsheet_get_rows (sheet)); i++)
    {
      g_autoptr (ShortlistSheetRow) row = g_list_model_get_item (shortlist_spreadsheet_get_rows (sheet), i);

      n_named += shortlist_sheet_row_get_email (row) != NULL;
    }

  /* The same CVs, one after another */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr (GAsyncResult) one = NULL;
      g_autoptr (ShortlistCvFacts) facts = NULL;

      shortlist_cv_read_async (files->pdata[i], NULL, read_cb, &one);
      while (one == NULL)
        g_main_context_iteration (NULL, TRUE);
      facts = shortlist_cv_read_finish (one, NULL);
    }
  one_by_one_ms = (g_get_monotonic_time () - start) / 1000.0;

  printf ("cvs=%u rows_with_an_address=%u list_ms=%.0f one_after_another_ms=%.0f goal_ms=3000 "
          "process_peak_mib=%.1f reader_peak_mib=%.1f\n",
          n, n_named, list_ms, one_by_one_ms, self_peak_kib () / 1024.0, children_peak_kib () / 1024.0);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GArray) total = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) text_only = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  int              runs;

  if (argc == 3 && g_str_equal (argv[1], "write"))
    {
      const guint pages[] = { 2, 50, 200 };

      for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
        {
          g_autofree char *file_name = g_strdup_printf ("cv-%u-pages.pdf", pages[i]);
          g_autofree char *path = g_build_filename (argv[2], file_name, NULL);

          cv_corpus_write_long_pdf (path, pages[i]);
        }
      return 0;
    }
  if (argc == 4 && g_str_equal (argv[1], "folder") && atoi (argv[3]) > 0)
    return folder (argv[2], (guint) atoi (argv[3]));
  if (argc != 4 || !g_str_equal (argv[1], "read") || (runs = atoi (argv[3])) < 1)
    {
      fprintf (stderr, "Usage: %s write DIR | read FILE RUNS | folder DIR N\n", argv[0]);
      return 2;
    }

  file = g_file_new_for_path (argv[2]);
  name = g_file_get_basename (file);
  for (int i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (GAsyncResult) result = NULL;
      g_autoptr (ShortlistCvFacts) facts = NULL;
      double ms;

      shortlist_cv_read_async (file, NULL, read_cb, &result);
      while (result == NULL)
        g_main_context_iteration (NULL, TRUE);
      facts = shortlist_cv_read_finish (result, &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;

      if (facts == NULL || facts->email == NULL)
        {
          fprintf (stderr, "%s: %s\n", argv[2], error ? error->message : "no email address found");
          return 1;
        }
      g_array_append_val (total, ms);
    }

  /* The text alone, from bytes already read */
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < runs; i++)
    {
      gint64           start = g_get_monotonic_time ();
      g_autofree char *author = NULL;
      g_autofree char *text = shortlist_cv_extract_text (bytes, 0, &author, &error);
      double           ms = (g_get_monotonic_time () - start) / 1000.0;

      g_assert_no_error (error);
      g_array_append_val (text_only, ms);
    }

  printf ("file=%s suggestions_ms=%.1f text_only_ms=%.1f goal_ms=300 reader_peak_mib=%.1f goal_extra_peak_mib=100\n",
          name, median (total), median (text_only), children_peak_kib () / 1024.0);
  return 0;
}
