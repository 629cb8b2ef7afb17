/* test-shortlist-candidate-refs.c: the email addresses and Kombo IDs in files of candidates */
#include "config.h"

#include "shortlist-candidate-refs.h"
#include "cv-corpus.h"
#include "test-util.h"

static GStrv
read_files (const char *const *paths,
            char             **problem)
{
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;
  GStrv         entries;

  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_path (paths[i]));
  shortlist_candidate_refs_read_async ((GFile **) files->pdata, files->len, NULL, test_store_result, &result);
  entries = shortlist_candidate_refs_read_finish (test_wait (&result), problem, &error);
  g_assert_no_error (error);
  g_object_unref (result);
  return entries;
}

/* A spreadsheet's columns, quotes, semicolons and byte order mark: only the addresses and ids count */
static void
test_spreadsheet (void)
{
  g_autofree char *csv = test_write_file ("list.csv",
                                          "\xEF\xBB\xBF"
                                          "Name;Email;Kombo ID;Notes\r\n"
                                          "\"Hopper, Grace\";grace@example.com;;\"Said \"\"yes\"\"; call back\"\r\n"
                                          "Alan Turing;;3QrStUvWxYzAbCdEfGhIjKmN;\"two\nlines\"\r\n"
                                          "Katherine Johnson;<katherine@example.net>;;\r\n",
                                          -1);
  g_autofree char *txt = test_write_file ("list.txt", "ada@example.org\nnot-an-address@\nremote:1044\nremote:\n", -1);
  const char      *paths[] = { csv, txt, NULL };
  g_autofree char *problem = NULL;
  g_auto (GStrv) entries = read_files (paths, &problem);
  g_autofree char *joined = g_strjoinv (" ", entries);

  g_assert_cmpstr (joined, ==, "grace@example.com 3QrStUvWxYzAbCdEfGhIjKmN katherine@example.net ada@example.org remote:1044");
  g_assert_null (problem);
}

/* What cannot be used is said by the file's name; the others still count */
static void
test_problems (void)
{
  g_autofree char *empty = test_write_file ("notes.txt", "Nothing here but words.\n", -1);
  g_autofree char *binary = test_write_file ("photo.jpg", "\xFF\xD8\xFF\xE0\0\x10JFIF", 10);
  g_autofree char *good = test_write_file ("good.txt", "grace@example.com", -1);
  g_autofree char *missing = g_build_filename (test_get_tmp_dir (), "gone.csv", NULL);
  const char      *first[] = { empty, good, NULL };
  const char      *second[] = { binary, NULL };
  const char      *third[] = { missing, good, NULL };
  g_autofree char *problem = NULL;
  g_auto (GStrv) entries = read_files (first, &problem);

  g_assert_cmpstr (problem, ==, "“notes.txt” has no email addresses or Kombo IDs.");
  g_assert_cmpstr (entries[0], ==, "grace@example.com");
  g_clear_pointer (&problem, g_free);
  g_clear_pointer (&entries, g_strfreev);

  entries = read_files (second, &problem);
  g_assert_cmpstr (problem, ==, "“photo.jpg” could not be read: The file is not text. Save the spreadsheet as CSV or as Unicode text.");
  g_assert_null (entries[0]);
  g_clear_pointer (&problem, g_free);
  g_clear_pointer (&entries, g_strfreev);

  entries = read_files (third, &problem);
  g_assert_true (g_str_has_prefix (problem, "“gone.csv” could not be read: "));
  g_assert_cmpstr (entries[0], ==, "grace@example.com");
}

/* A huge file: the first 500, and a word that the rest were left */
static void
test_many (void)
{
  g_autoptr (GString) text = g_string_new ("Email\n");
  g_autofree char *path = NULL;
  const char      *paths[] = { NULL, NULL };
  g_autofree char *problem = NULL;
  g_auto (GStrv) entries = NULL;

  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (text, "candidate.%u@example.org\n", i);
  path = test_write_file ("many.csv", text->str, text->len);
  paths[0] = path;
  entries = read_files (paths, &problem);
  g_assert_cmpuint (g_strv_length (entries), ==, SHORTLIST_CANDIDATE_REFS_MAX);
  g_assert_cmpstr (entries[499], ==, "candidate.499@example.org");
  g_assert_cmpstr (problem, ==, "Only the first 500 candidates of the file are looked up.");
}

/* Lists saved by Excel on Windows: UTF-16 with tabs ("Unicode Text"), and Windows' Western code page */
static void
test_encodings (void)
{
  static const char utf16[] = "\xFF\xFE"
                              "E\0m\0a\0i\0l\0\t\0N\0a\0m\0e\0\r\0\n\0"
                              "j\0\xF6\0r\0g\0@\0e\0x\0a\0m\0p\0l\0e\0.\0o\0r\0g\0\t\0J\0\xF6\0r\0g\0\r\0\n\0";
  g_autofree char  *unicode = test_write_file ("unicode.txt", utf16, sizeof utf16 - 1);
  g_autofree char  *western = test_write_file ("western.csv", "Name;E-Mail\r\nM\xFCller;m\xFCller@example.de\r\nGrace;grace@example.com\r\n", -1);
  const char       *files[] = { unicode, western, NULL };
  g_autofree char  *problem = NULL;
  g_auto (GStrv) entries = read_files (files, &problem);
  g_autofree char *joined = g_strjoinv (" ", entries);

  g_assert_null (problem);
  g_assert_cmpstr (joined, ==, "jörg@example.org müller@example.de grace@example.com");
}

/* An Excel workbook's first sheet, read in the CV reader */
static void
test_workbook (void)
{
  g_autofree char *path = g_build_filename (test_get_tmp_dir (), "list.xlsx", NULL);
  const char      *files[] = { path, NULL };
  g_autofree char *problem = NULL;
  g_auto (GStrv) entries = NULL;
  g_autofree char *joined = NULL;

  cv_corpus_write_xlsx (path);
  entries = read_files (files, &problem);
  joined = g_strjoinv (" ", entries);
  g_assert_null (problem);
  g_assert_cmpstr (joined, ==, "ada@example.com grace.hopper@example.com");
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add_func ("/shortlist/candidate-refs/spreadsheet", test_spreadsheet);
  g_test_add_func ("/shortlist/candidate-refs/problems", test_problems);
  g_test_add_func ("/shortlist/candidate-refs/many", test_many);

  g_test_add_func ("/shortlist/candidate-refs/encodings", test_encodings);
  g_test_add_func ("/shortlist/candidate-refs/workbook", test_workbook);

  return g_test_run ();
}
