/* test-shortlist-cv.c: a CV's details found in its text, and filled into a draft without loss */
#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "cv-corpus.h"
#include "shortlist-cv.h"
#include "shortlist-sandbox.h"
#include "shortlist-xlsx.h"
#include "test-util.h"

static ShortlistCvFacts *
read_path (const char *path,
           GError    **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return shortlist_cv_read (file, NULL, error);
}

typedef struct
{
  guint proposed, correct, expected;
} Score;

static void
score_value (Score      *score,
             const char *file,
             const char *field,
             const char *found,
             const char *expected)
{
  score->proposed += found ? 1 : 0;
  score->expected += expected ? 1 : 0;
  if (found && expected && g_str_equal (found, expected))
    score->correct++;
  else if (found || expected)
    g_test_message ("%s: %s: found “%s”, expected “%s”", file, field, found ? found : "", expected ? expected : "");
}

/* Every field of every CV of the corpus: what was proposed, what of it was right, what was there */
static void
test_corpus (void)
{
  const char       *dir = test_get_tmp_dir ();
  Score             totals = { 0 };
  g_autoptr (GHashTable) by_format = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  guint             n;
  const CvExpected *cvs = cv_corpus_write (dir, &n);
  double            precision, recall;

  g_assert_cmpuint (n, >=, 20);
  for (guint i = 0; i < n; i++)
    {
      const CvExpected *e = &cvs[i];
      g_autofree char  *path = g_build_filename (dir, e->file_name, NULL);
      g_autoptr (GError) error = NULL;
      g_autoptr (ShortlistCvFacts) facts = read_path (path, &error);
      Score *score = g_new0 (Score, 1);
      Score *format_score = g_hash_table_lookup (by_format, e->format);

      g_assert_no_error (error);
      score_value (score, e->file_name, "first name", facts->first_name, e->first_name);
      score_value (score, e->file_name, "last name", facts->last_name, e->last_name);
      score_value (score, e->file_name, "email", facts->email, e->email);
      score_value (score, e->file_name, "phone", facts->phone, e->phone);
      score_value (score, e->file_name, "company", facts->company, e->company);
      score_value (score, e->file_name, "title", facts->title, e->title);
      score_value (score, e->file_name, "city", facts->city, e->city);
      score_value (score, e->file_name, "zip code", facts->zip_code, e->zip_code);
      score_value (score, e->file_name, "country", facts->country, e->country);
      for (guint k = 0; k < facts->more_emails->len; k++)
        score_value (score, e->file_name, "more emails", facts->more_emails->pdata[k], NULL);
      for (guint k = 0; k < facts->more_phones->len; k++)
        score_value (score, e->file_name, "more phones", facts->more_phones->pdata[k], NULL);
      for (guint k = 0; k < MAX (facts->links->len, G_N_ELEMENTS (e->links)); k++)
        score_value (score, e->file_name, "link", k < facts->links->len ? facts->links->pdata[k] : NULL,
                     k < G_N_ELEMENTS (e->links) ? e->links[k] : NULL);
      totals.proposed += score->proposed;
      totals.correct += score->correct;
      totals.expected += score->expected;
      if (format_score == NULL)
        g_hash_table_insert (by_format, (gpointer) e->format, (format_score = g_new0 (Score, 1)));
      format_score->proposed += score->proposed;
      format_score->correct += score->correct;
      format_score->expected += score->expected;
      g_free (score);
    }

  {
    g_autoptr (GList) formats = g_list_sort (g_hash_table_get_keys (by_format), (GCompareFunc) g_strcmp0);

    for (GList *l = formats; l != NULL; l = l->next)
      {
        Score *f = g_hash_table_lookup (by_format, l->data);

        g_test_message ("%s: precision %.3f, recall %.3f (%u values proposed, %u right, %u in the CVs)", (char *) l->data,
                        (double) f->correct / MAX (f->proposed, 1), (double) f->correct / MAX (f->expected, 1), f->proposed,
                        f->correct, f->expected);
      }
  }
  precision = (double) totals.correct / MAX (totals.proposed, 1);
  recall = (double) totals.correct / MAX (totals.expected, 1);
  g_test_message ("%u CVs: %u values proposed, %u right, %u in the CVs: precision %.3f, recall %.3f",
                  n, totals.proposed, totals.correct, totals.expected, precision, recall);
  g_assert_cmpfloat (precision, >=, 0.95);
  g_assert_cmpfloat (recall, >=, 0.85);
}

static void
assert_cv_error (const char      *path,
                 ShortlistCvError code)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ShortlistCvFacts) facts = read_path (path, &error);

  g_assert_null (facts);
  g_assert_error (error, SHORTLIST_CV_ERROR, (int) code);
  g_assert_nonnull (error->message);
}

static void
test_scan (void)
{
  const char      *dir = test_get_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "scan.pdf", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (ShortlistCvFacts) facts = NULL;

  cv_corpus_write_scan_pdf (path);
  facts = read_path (path, &error);
  g_assert_error (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_NO_TEXT);
  g_assert_cmpstr (error->message, ==, "This CV has no text to read");
}

/* A PDF whose standard security handler wants a password it does not have */
static void
test_locked (void)
{
  const char       *dir = test_get_tmp_dir ();
  g_autofree char  *path = g_build_filename (dir, "locked.pdf", NULL);
  static const char pdf[] =
      "%PDF-1.4\n"
      "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
      "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
      "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
      "4 0 obj\n<< /Filter /Standard /V 1 /R 2 /P -44\n"
      "/O <8f0e1ba6c4e29b4d1f7e5c6a0b3d2e9f8f0e1ba6c4e29b4d1f7e5c6a0b3d2e9f>\n"
      "/U <1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f> >>\nendobj\n"
      "trailer\n<< /Root 1 0 R /Encrypt 4 0 R /Size 5\n"
      "/ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\n%%EOF\n";

  g_assert_true (g_file_set_contents (path, pdf, -1, NULL));
  assert_cv_error (path, SHORTLIST_CV_ERROR_LOCKED);
}

static void
test_damaged (void)
{
  const char      *dir = test_get_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "damaged.pdf", NULL);
  g_autofree char *docx = g_build_filename (dir, "damaged.docx", NULL);
  guint8           noise[4096];

  /* A PDF's header and then noise */
  memcpy (noise, "%PDF-1.7\n", 9);
  for (guint i = 9; i < sizeof noise; i++)
    noise[i] = (guint8) g_test_rand_int_range (0, 256);
  g_assert_true (g_file_set_contents (path, (char *) noise, sizeof noise, NULL));
  assert_cv_error (path, SHORTLIST_CV_ERROR_DAMAGED);

  /* A zip's signature and then noise */
  memcpy (noise, "PK\3\4", 4);
  g_assert_true (g_file_set_contents (docx, (char *) noise, sizeof noise, NULL));
  assert_cv_error (docx, SHORTLIST_CV_ERROR_DAMAGED);
}

static gsize
peak_rss_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* 64 MiB of XML packed into a small DOCX: reading stops at what a CV could hold. Read in a
 * process of its own, whose peak memory is the reading's alone. */
static void
test_zip_bomb (void)
{
  const char      *dir = test_get_tmp_dir ();
  g_autofree char *path = NULL;
  gsize            size = 64 * 1024 * 1024;
  char            *xml;
  const char      *names[] = { "word/document.xml", NULL };
  GBytes          *contents[1];
  struct stat      st;

  if (g_test_subprocess ())
    {
      gsize before = peak_rss_kib ();

      assert_cv_error (g_getenv ("SHORTLIST_TEST_BOMB"), SHORTLIST_CV_ERROR_TOO_LARGE);
      g_test_message ("peak memory grew by %zu KiB", peak_rss_kib () - before);
      g_assert_cmpuint (peak_rss_kib () - before, <, 100 * 1024);
      return;
    }

  path = g_build_filename (dir, "bomb.docx", NULL);
  xml = g_malloc (size);
  memset (xml, 'a', size);
  memcpy (xml, "<w:document><w:body><w:p><w:r><w:t>", 35);
  contents[0] = g_bytes_new_take (xml, size);
  cv_corpus_write_zip (path, names, contents, TRUE);
  g_bytes_unref (contents[0]);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, <, 1024 * 1024);

  g_setenv ("SHORTLIST_TEST_BOMB", path, TRUE);
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_test_trap_assert_passed ();
}

/* An XML entity bomb is only a parse error: GMarkup expands no entity a document defines */
static void
test_entity_bomb (void)
{
  const char      *dir = test_get_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "laughs.docx", NULL);
  g_autoptr (GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
  const char *names[] = { "word/document.xml", NULL };
  GBytes     *contents[1];

  for (int i = 1; i < 10; i++)
    {
      g_string_append_printf (xml, "<!ENTITY lol%d \"", i);
      for (int k = 0; k < 10; k++)
        if (i == 1)
          g_string_append (xml, "&lol;");
        else
          g_string_append_printf (xml, "&lol%d;", i - 1);
      g_string_append (xml, "\">\n");
    }
  g_string_append (xml, "]>\n<w:document><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
  contents[0] = g_bytes_new (xml->str, xml->len);
  cv_corpus_write_zip (path, names, contents, FALSE);
  g_bytes_unref (contents[0]);
  assert_cv_error (path, SHORTLIST_CV_ERROR_DAMAGED);
}

/* 200 pages: the first pages and the last are read, and the details found */
static void
test_long_pdf (void)
{
  const char      *dir = test_get_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "long.pdf", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (ShortlistCvFacts) facts = NULL;

  cv_corpus_write_long_pdf (path, 200);
  facts = read_path (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (facts->email, ==, "jane.doe@example.com");
  g_assert_cmpstr (facts->first_name, ==, "Jane");
}

static void
test_not_a_cv (void)
{
  const char       *dir = test_get_tmp_dir ();
  g_autofree char  *path = g_build_filename (dir, "photo.png", NULL);
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\10\6\0\0\0";

  g_autofree char  *doc_path = g_build_filename (dir, "Lebenslauf.doc", NULL);
  g_autofree char  *doc = g_malloc0 (1536);
  g_autoptr (GError) error = NULL;
  g_autoptr (ShortlistCvFacts) facts = NULL;

  g_assert_true (g_file_set_contents (path, png, sizeof png, NULL));
  assert_cv_error (path, SHORTLIST_CV_ERROR_UNSUPPORTED);

  /* Word 97–2003: an OLE compound file, whose header is all that tells it; said plainly */
  memcpy (doc, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);
  memcpy (doc + 0x18, "\x3e\x00\x03\x00\xfe\xff\x09\x00", 8);
  g_assert_true (g_file_set_contents (doc_path, doc, 1536, NULL));
  facts = read_path (doc_path, &error);
  g_assert_null (facts);
  g_assert_error (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_OLD_WORD);
  g_assert_cmpstr (error->message, ==, "Shortlist does not read old Word documents (.doc). Save the CV as .docx or PDF to fill in the form from it.");
}

/* Text that is not UTF-8 is read as Windows' Western code page, and never passed on invalid */
static void
test_legacy_text (void)
{
  g_autoptr (ShortlistCvFacts) facts = NULL;
  g_autofree char *text = NULL;
  g_autofree char *author = NULL;
  g_autoptr (GError) error = NULL;
  static const char latin1[] = "J\xe9r\xf4me Dupont\nT\xe9l\xe9phone: +33 6 12 34 56 78\nEmail: jerome.dupont@example.fr\n";
  g_autoptr (GBytes) bytes = g_bytes_new_static (latin1, sizeof latin1 - 1);

  text = shortlist_cv_extract_text (bytes, 0, &author, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  facts = shortlist_cv_facts_from_text (text, author);
  g_assert_cmpstr (facts->first_name, ==, "Jérôme");
  g_assert_cmpstr (facts->last_name, ==, "Dupont");
  g_assert_cmpstr (facts->phone, ==, "+33 6 12 34 56 78");
}

/* Details a recruiter would not want taken: dates, other people, employers' sites */
static void
test_rules (void)
{
  g_autoptr (ShortlistCvFacts) facts = shortlist_cv_facts_from_text (
      "Curriculum Vitae\n"
      "Anna-Lena von Berg\n"
      "Tel.: (030) 123 45-67  |  anna-lena@vonberg.example  |  Web: vonberg.example\n"
      "Experience\n"
      "01.02.2019 – 31.12.2022   Consultant at www.globex.example, 2019 - 2022\n"
      "Call us: 0800 123 456 789\n"
      "References\n"
      "Peter Lustig, peter@lustig.example, +49 30 987654\n",
      "Template Author");

  g_assert_cmpstr (facts->first_name, ==, "Anna-Lena");
  g_assert_cmpstr (facts->last_name, ==, "von Berg");
  g_assert_cmpstr (facts->phone, ==, "(030) 123 45-67");
  g_assert_cmpstr (facts->email, ==, "anna-lena@vonberg.example");
  g_assert_cmpuint (facts->more_emails->len, ==, 0);
  g_assert_cmpuint (facts->more_phones->len, ==, 0);
  g_assert_cmpuint (facts->links->len, ==, 1);
  g_assert_cmpstr (facts->links->pdata[0], ==, "https://vonberg.example");
  g_assert_null (facts->company);
  g_assert_null (facts->city);
}

/* Reading in shortlist-cv-reader, as the window does */

static GAsyncResult *
read_in_reader (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GAsyncResult *result = NULL;

  shortlist_cv_read_async (file, NULL, test_store_result, &result);
  return test_wait (&result);
}

/* The reader finds what reading here finds, and hands it over whole */
static void
test_reader (void)
{
  const char       *dir = test_get_tmp_dir ();
  guint             n;
  const CvExpected *cvs = cv_corpus_write (dir, &n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_build_filename (dir, cvs[i].file_name, NULL);
      g_autoptr (GAsyncResult) result = read_in_reader (path);
      g_autoptr (GError) error = NULL;
      g_autoptr (ShortlistCvFacts) there = shortlist_cv_read_finish (result, &error);
      g_autoptr (ShortlistCvFacts) here = read_path (path, NULL);
      g_autoptr (JsonNode) there_json = NULL;
      g_autoptr (JsonNode) here_json = NULL;

      g_assert_no_error (error);
      there_json = shortlist_cv_facts_to_json (there);
      here_json = shortlist_cv_facts_to_json (here);
      g_assert_true (json_node_equal (there_json, here_json));
    }
}

/* With every message asked for, as for a bug report, the reader still answers: its messages
 * go to standard error, never into the answer */
static void
test_reader_debug (void)
{
  const char      *dir = test_get_tmp_dir ();
  guint            n;
  const CvExpected *cvs = cv_corpus_write (dir, &n);
  g_autofree char *path = g_build_filename (dir, cvs[0].file_name, NULL);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (ShortlistCvFacts) facts = NULL;
  g_autoptr (ShortlistCvFacts) here = read_path (path, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) there_json = NULL;
  g_autoptr (JsonNode) here_json = NULL;

  g_setenv ("G_MESSAGES_DEBUG", "all", TRUE);
  result = read_in_reader (path);
  g_unsetenv ("G_MESSAGES_DEBUG");
  facts = shortlist_cv_read_finish (result, &error);
  g_assert_no_error (error);
  there_json = shortlist_cv_facts_to_json (facts);
  here_json = shortlist_cv_facts_to_json (here);
  g_assert_true (json_node_equal (there_json, here_json));
}

/* What the reader cannot read, it says; the window's process stays whole */
static void
test_reader_errors (void)
{
  const char      *dir = test_get_tmp_dir ();
  g_autofree char *scan = g_build_filename (dir, "scan.pdf", NULL);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  cv_corpus_write_scan_pdf (scan);
  result = read_in_reader (scan);
  g_assert_null (shortlist_cv_read_finish (result, &error));
  g_assert_error (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_NO_TEXT);
  g_assert_cmpstr (error->message, ==, "This CV has no text to read");
}

/* A reader that never answers is killed after two seconds; one that dies is a damaged CV */
static void
test_reader_killed (void)
{
  const char      *dir = test_get_tmp_dir ();
  g_autofree char *hang = g_build_filename (dir, "hang", NULL);
  g_autofree char *crash = g_build_filename (dir, "crash", NULL);
  g_autofree char *cv = g_build_filename (dir, "cv.txt", NULL);
  g_autofree char *reader = g_strdup (g_getenv ("SHORTLIST_CV_READER"));
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  gint64 start;

  g_assert_true (g_file_set_contents (cv, "Jane Doe\njane@example.com\n", -1, NULL));
  g_assert_true (g_file_set_contents (hang, "#!/bin/sh\nexec sleep 30\n", -1, NULL));
  g_assert_true (g_file_set_contents (crash, "#!/bin/sh\nkill -SEGV $$\n", -1, NULL));
  g_assert_cmpint (g_chmod (hang, 0700), ==, 0);
  g_assert_cmpint (g_chmod (crash, 0700), ==, 0);

  g_setenv ("SHORTLIST_CV_READER", hang, TRUE);
  start = g_get_monotonic_time ();
  result = read_in_reader (cv);
  g_assert_null (shortlist_cv_read_finish (result, &error));
  g_assert_error (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_TOO_LARGE);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
  g_clear_object (&result);
  g_clear_error (&error);

  g_setenv ("SHORTLIST_CV_READER", crash, TRUE);
  result = read_in_reader (cv);
  g_assert_null (shortlist_cv_read_finish (result, &error));
  g_assert_error (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_DAMAGED);

  g_setenv ("SHORTLIST_CV_READER", reader, TRUE);
}

/* "Title | Company" counts when the company says its legal form, and not otherwise */
static void
test_pipe_headline (void)
{
  g_autoptr (ShortlistCvFacts) company = shortlist_cv_facts_from_text ("Ahmed Hassan\nLogistics Planner | Hanse Shipping GmbH\n", NULL);
  g_autoptr (ShortlistCvFacts) roles = shortlist_cv_facts_from_text ("Ahmed Hassan\nEngineer | Speaker\n", NULL);
  g_autoptr (ShortlistCvFacts) place = shortlist_cv_facts_from_text ("Ahmed Hassan\nHamburg | Germany\n", NULL);

  g_assert_cmpstr (company->title, ==, "Logistics Planner");
  g_assert_cmpstr (company->company, ==, "Hanse Shipping GmbH");
  g_assert_null (roles->title);
  g_assert_null (roles->company);
  g_assert_null (place->title);
  g_assert_null (place->company);
}

static const char *
text_of (KomboCandidateDraft *draft,
         const char          *property)
{
  return kombo_candidate_draft_get_text (draft, property);
}

/* Filling takes only what is empty; Undo takes back only what is unchanged since */
/* A place with no country beside it takes the country its phone number is dialled in, for
 * every calling code: the longest that fits (+1 242 the Bahamas, +1 416 Canada, +1 the United
 * States, +7 7 Kazakhstan, +7 Russia) */
static void
test_calling_codes (void)
{
  const struct
  {
    const char *phone, *country;
  } cases[] = {
    { "+61 2 9374 4000", "AU" },   { "+91 80 4567 8901", "IN" }, { "+1 415 555 0100", "US" },
    { "+1 416 555 0100", "CA" },   { "+1 (242) 555-0100", "BS" }, { "+7 727 123 4567", "KZ" },
    { "+7 495 123 45 67", "RU" },  { "+55 11 91234 5678", "BR" }, { "+27 21 123 4567", "ZA" },
    { "+971 4 123 4567", "AE" },   { "+81 3 1234 5678", "JP" },  { "+353 1 234 5678", "IE" },
    { "0086 10 1234 5678", "CN" }, { "+39 02 1234 5678", "IT" },  { "+39 06 698 12345", "VA" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("Robin Example\nAddress: Springfield\nrobin@example.com\nPhone: %s\n", cases[i].phone);
      g_autoptr (ShortlistCvFacts) facts = shortlist_cv_facts_from_text (text, NULL);

      g_test_message ("%s", cases[i].phone);
      g_assert_cmpstr (facts->city, ==, "Springfield");
      g_assert_cmpstr (facts->country, ==, cases[i].country);
    }
}

/* Postcodes as each country writes them: before the city, with a hyphen, a space or letters;
 * after it, alone or after a state or province */
static void
test_postcodes (void)
{
  const struct
  {
    const char *address, *zip, *city, *country;
  } cases[] = {
    { "Invalidenstraße 12, 10115 Berlin, Germany", "10115", "Berlin", "DE" },
    { "ul. Floriańska 3, 31-019 Kraków, Poland", "31-019", "Kraków", "PL" },
    { "Rua Augusta 1, 1100-053 Lisboa, Portugal", "1100-053", "Lisboa", "PT" },
    { "Drottninggatan 1, 111 51 Stockholm, Sweden", "111 51", "Stockholm", "SE" },
    { "Damrak 1, 1012 LG Amsterdam, Netherlands", "1012 LG", "Amsterdam", "NL" },
    { "10 Downing Street, London SW1A 2AA, United Kingdom", "SW1A 2AA", "London", "GB" },
    { "1 Grafton Street, Dublin, D02 X285, Ireland", "D02 X285", "Dublin", "IE" },
    { "100 Congress Avenue, Austin, TX 78701, USA", "78701", "Austin", "US" },
    { "290 Bremner Blvd, Toronto, ON M5V 3L9, Canada", "M5V 3L9", "Toronto", "CA" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("Robin Example\nrobin@example.com\nAddress: %s\n", cases[i].address);
      g_autoptr (ShortlistCvFacts) facts = shortlist_cv_facts_from_text (text, NULL);

      g_test_message ("%s", cases[i].address);
      g_assert_cmpstr (facts->zip_code, ==, cases[i].zip);
      g_assert_cmpstr (facts->city, ==, cases[i].city);
      g_assert_cmpstr (facts->country, ==, cases[i].country);
    }
}

static char *
rtf_text (const char *rtf)
{
  g_autoptr (GBytes) bytes = g_bytes_new (rtf, strlen (rtf));
  g_autoptr (GError) error = NULL;
  char *text = shortlist_cv_extract_text (bytes, g_get_monotonic_time () + 2 * G_USEC_PER_SEC, NULL, &error);

  g_assert_no_error (error);
  return text;
}

/* RTF in the code page it declares, or its font's; \uN with as many stand-ins as \ucN says */
static void
test_rtf_code_pages (void)
{
  g_autofree char *polish = rtf_text ("{\\rtf1\\ansi\\ansicpg1250{\\fonttbl{\\f0\\fcharset238 Arial;}}\\f0 \\'a3\\'f3d\\'9f, \\'bf\\'f3\\'b3w\\par}");
  g_autofree char *russian = rtf_text ("{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0 Arial;}}\\f0 \\'cc\\'ee\\'f1\\'ea\\'e2\\'e0\\par}");
  g_autofree char *greek = rtf_text ("{\\rtf1\\ansi\\ansicpg1253 \\'c1\\'e8\\'DE\\'ed\\'e1\\par}");
  g_autofree char *turkish = rtf_text ("{\\rtf1\\ansi\\ansicpg1254 \\'dd\\'fe\\'f0\\'fd\\par}");
  g_autofree char *font = rtf_text ("{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0\\fcharset0 Arial;}{\\f1\\fcharset204 Arial;}}"
                                    "\\f1 \\'d1\\'ee\\'f4\\'e8\\'ff, \\f0 M\\'fcnchen\\par}");
  g_autofree char *unicode = rtf_text ("{\\rtf1\\ansi\\uc2 \\u321\\'a3?ukasz \\uc0\\u8364 5\\par}");
  g_autofree char *unknown = rtf_text ("{\\rtf1\\ansi\\ansicpg1257 Gr\\'fc\\'dfe\\par}");

  g_assert_cmpstr (polish, ==, "Łódź, żółw\n");
  g_assert_cmpstr (russian, ==, "Москва\n");
  g_assert_cmpstr (greek, ==, "Αθήνα\n");
  g_assert_cmpstr (turkish, ==, "İşğı\n");
  g_assert_cmpstr (font, ==, "София, München\n");
  g_assert_cmpstr (unicode, ==, "Łukasz €5\n");
  /* A code page Shortlist does not know is read as Western */
  g_assert_cmpstr (unknown, ==, "Grüße\n");
}

static char *
dup_rows (GPtrArray *rows)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *row = g_strjoinv ("|", rows->pdata[i]);

      g_string_append_printf (out, "[%s]", row);
    }
  return g_string_free (out, FALSE);
}

#define CANDIDATES_SHOWN                                                                                 \
  "[First name|Last name|Email|Phone|Available from|Salary|Score|Active|Born]"                          \
  "[Ada|Lovelace|ada@example.com|4915112345678|01.03.2026|85,000|88%|TRUE|1990-07-14]"                  \
  "[Grace|Hopper|grace.hopper@example.com|||3.5||FALSE]"

/* An Excel workbook's cells as Excel shows them: shared and inline strings, numbers in their
 * formats, dates, booleans; the first sheet or one by name */
static void
test_xlsx (void)
{
  g_autofree char *path = g_build_filename (test_get_tmp_dir (), "shortlist.xlsx", NULL);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GPtrArray) notes = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) sheets = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *notes_shown = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  cv_corpus_write_xlsx (path);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  rows = shortlist_xlsx_read (bytes, NULL, &sheets, 0, &error);
  g_assert_no_error (error);
  shown = dup_rows (rows);
  g_assert_cmpstr (shown, ==, CANDIDATES_SHOWN);
  g_assert_cmpuint (g_strv_length (sheets), ==, 2);
  g_assert_cmpstr (sheets[0], ==, "Candidates");
  g_assert_cmpstr (sheets[1], ==, "Notes");

  notes = shortlist_xlsx_read (bytes, "Notes", NULL, 0, &error);
  g_assert_no_error (error);
  notes_shown = dup_rows (notes);
  g_assert_cmpstr (notes_shown, ==, "[Note][Call Ada back on Monday]");

  g_assert_null (shortlist_xlsx_read (bytes, "Sheet9", NULL, 0, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A DOCX is a zip too, but no workbook */
  {
    g_autofree char *docx_path = g_build_filename (test_get_tmp_dir (), "not-a-workbook.docx", NULL);
    const char      *names[] = { "word/document.xml", NULL };
    g_autoptr (GBytes) document = g_bytes_new_static ("<w:document/>", 13);
    g_autoptr (GBytes) docx = NULL;
    g_autofree char *docx_contents = NULL;

    cv_corpus_write_zip (docx_path, names, &document, TRUE);
    g_assert_true (g_file_get_contents (docx_path, &docx_contents, &length, NULL));
    docx = g_bytes_new_take (g_steal_pointer (&docx_contents), length);
    g_assert_null (shortlist_xlsx_read (docx, NULL, NULL, 0, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  }
}

/* The same, read in shortlist-cv-reader, the process of its own a workbook is read in */
static void
test_xlsx_reader (void)
{
  g_autofree char *path = g_build_filename (test_get_tmp_dir (), "reader.xlsx", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GAsyncResult) second = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (ShortlistWorkbook) workbook = NULL;
  g_autoptr (ShortlistWorkbook) notes = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *notes_shown = NULL;

  cv_corpus_write_xlsx (path);
  shortlist_cv_read_sheet_async (file, NULL, NULL, test_store_result, &result);
  workbook = shortlist_cv_read_sheet_finish (test_wait (&result), &error);
  g_assert_no_error (error);
  shown = dup_rows (workbook->rows);
  g_assert_cmpstr (shown, ==, CANDIDATES_SHOWN);
  g_assert_cmpstr (workbook->sheets[1], ==, "Notes");

  shortlist_cv_read_sheet_async (file, "Notes", NULL, test_store_result, &second);
  notes = shortlist_cv_read_sheet_finish (test_wait (&second), &error);
  g_assert_no_error (error);
  notes_shown = dup_rows (notes->rows);
  g_assert_cmpstr (notes_shown, ==, "[Note][Call Ada back on Monday]");
}

static void
test_fill_and_undo (void)
{
  g_autoptr (KomboCandidateDraft) draft = kombo_candidate_draft_new ();
  g_autoptr (ShortlistCvFacts) facts = shortlist_cv_facts_from_text (
      "Jane Doe\nData Engineer at Acme GmbH\n"
      "jane.doe@example.com | jane@home.example | +49 170 1234567 | Berlin, Germany\n"
      "https://github.com/janedoe\n",
      NULL);
  g_autoptr (ShortlistCvFill) fill = NULL;
  g_auto (GStrv) fields = NULL;
  GListModel *emails = G_LIST_MODEL (kombo_candidate_draft_get_emails (draft));
  GListModel *links = G_LIST_MODEL (kombo_candidate_draft_get_links (draft));

  /* What the recruiter typed before the CV was read */
  kombo_candidate_draft_set_text (draft, "first-name", "Janet");
  kombo_candidate_draft_set_text (draft, "zip-code", "10115");

  fill = shortlist_cv_fill (facts, draft);
  g_assert_cmpstr (text_of (draft, "first-name"), ==, "Janet");
  g_assert_cmpstr (text_of (draft, "last-name"), ==, "Doe");
  g_assert_cmpstr (text_of (draft, "email-address"), ==, "jane.doe@example.com");
  g_assert_cmpstr (text_of (draft, "phone-number"), ==, "+49 170 1234567");
  g_assert_cmpstr (text_of (draft, "company"), ==, "Acme GmbH");
  g_assert_cmpstr (text_of (draft, "title"), ==, "Data Engineer");
  /* A place is taken whole or not at all: the typed postcode keeps the CV's city out */
  g_assert_cmpstr (text_of (draft, "city"), ==, "");
  g_assert_cmpstr (text_of (draft, "country"), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (emails), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 1);

  fields = shortlist_cv_fill_get_fields (fill);
  g_assert_cmpstrv (fields, ((const char *const[]){ "last-name", "email-address", "phone-number", "company", "title",
                                                    "emails", "links", NULL }));

  /* Changed since: kept by Undo */
  kombo_candidate_draft_set_text (draft, "title", "Senior Data Engineer");
  g_assert_cmpuint (shortlist_cv_fill_undo (fill, draft), ==, 6);
  g_assert_cmpstr (text_of (draft, "first-name"), ==, "Janet");
  g_assert_cmpstr (text_of (draft, "last-name"), ==, "");
  g_assert_cmpstr (text_of (draft, "email-address"), ==, "");
  g_assert_cmpstr (text_of (draft, "title"), ==, "Senior Data Engineer");
  g_assert_cmpstr (text_of (draft, "zip-code"), ==, "10115");
  g_assert_cmpuint (g_list_model_get_n_items (emails), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 0);
}

/* A second CV adds no address or link the draft has, in any case */
static void
test_fill_twice (void)
{
  g_autoptr (KomboCandidateDraft) draft = kombo_candidate_draft_new ();
  g_autoptr (ShortlistCvFacts) facts = shortlist_cv_facts_from_text ("Jane Doe\nJane.Doe@Example.com | +49 170 1234567\nlinkedin.com/in/janedoe\n", NULL);
  g_autoptr (ShortlistCvFill) first = shortlist_cv_fill (facts, draft);
  g_autoptr (ShortlistCvFill) second = shortlist_cv_fill (facts, draft);
  g_auto (GStrv) fields = shortlist_cv_fill_get_fields (second);

  g_assert_cmpuint (g_strv_length (fields), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kombo_candidate_draft_get_links (draft))), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kombo_candidate_draft_get_emails (draft))), ==, 0);
}

/* The reader starts with only its standard streams, and nothing in its environment that names
 * the session bus, the display or the runtime folder (a stand-in says what it was given) */
static void
test_reader_started_bare (void)
{
  const char      *dir = test_get_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "bare.txt", NULL);
  g_autofree char *reader = g_strdup (g_getenv ("SHORTLIST_CV_READER"));
  g_autofree char *probe = g_test_build_filename (G_TEST_BUILT, "cv-reader-probe", NULL);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (ShortlistCvFacts) facts = NULL;
  int leaked = open ("/dev/null", O_RDONLY); /* not close-on-exec */

  g_assert_true (g_file_set_contents (path, "Jane Doe\njane@example.com\n", -1, NULL));
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus", TRUE);
  g_setenv ("DISPLAY", ":0", TRUE);
  g_setenv ("WAYLAND_DISPLAY", "wayland-0", TRUE);
  g_setenv ("XDG_RUNTIME_DIR", "/run/user/1000", TRUE);
  g_setenv ("LANGUAGE", "de", TRUE);
  g_setenv ("SHORTLIST_CV_READER", probe, TRUE);

  result = read_in_reader (path);
  facts = shortlist_cv_read_finish (result, &error);
  g_assert_null (facts);
  g_assert_nonnull (error);
  g_test_message ("The reader was started with %s", error->message);
  g_assert_nonnull (strstr (error->message, "LANGUAGE,"));
  g_assert_null (strstr (error->message, "DBUS_SESSION_BUS_ADDRESS"));
  g_assert_null (strstr (error->message, "DISPLAY"));
  g_assert_null (strstr (error->message, "XDG_RUNTIME_DIR"));
  g_assert_true (g_str_has_suffix (error->message, " fds=0,1,2,"));

  close (leaked);
  g_setenv ("SHORTLIST_CV_READER", reader, TRUE);
  g_unsetenv ("DBUS_SESSION_BUS_ADDRESS");
  g_unsetenv ("DISPLAY");
  g_unsetenv ("WAYLAND_DISPLAY");
  g_unsetenv ("XDG_RUNTIME_DIR");
  g_unsetenv ("LANGUAGE");
}

/* A CV that is a FIFO (or a device) is refused at once: nothing waits on it, least the window */
static void
test_reader_fifo (void)
{
  g_autofree char *path = g_build_filename (test_get_tmp_dir (), "cv.pdf", NULL);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (ShortlistCvFacts) facts = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  result = read_in_reader (path);
  facts = shortlist_cv_read_finish (result, &error);
  g_assert_null (facts);
  g_assert_error (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_UNSUPPORTED);
  g_assert_cmpstr (error->message, ==, "The CV is not a file that can be read");
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_unlink (path);
}

/* What a document that took over the reader would try, once it is shut off */
typedef enum
{
  TRY_NOTHING,
  TRY_OPEN,
  TRY_SOCKET,
  TRY_CONNECT,
  TRY_EXEC,
} Attempt;

/* Runs @attempt in a child shut off as the reader is; returns how it ended (waitpid's status).
 * @handed is a descriptor opened before, which it may still read. */
static int
contained_child (Attempt attempt,
                 int     handed)
{
  pid_t pid = fork ();
  int   status = 0;

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      char buffer[16];

      if (!shortlist_sandbox_contain (NULL))
        _exit (3);
      switch (attempt)
        {
        case TRY_NOTHING:
          _exit (read (handed, buffer, sizeof buffer) == 5 && memcmp (buffer, "hello", 5) == 0 ? 0 : 4);
        case TRY_OPEN:
          _exit (open ("/etc/passwd", O_RDONLY) >= 0 ? 5 : 6);
        case TRY_SOCKET:
          _exit (socket (AF_UNIX, SOCK_STREAM, 0) >= 0 ? 5 : 6);
        case TRY_CONNECT:
          {
            /* A socket made before is no way out either */
            struct sockaddr_un address = { .sun_family = AF_UNIX, .sun_path = "/run/dbus/system_bus_socket" };

            _exit (connect (handed, (struct sockaddr *) &address, sizeof address) == 0 ? 5 : 6);
          }
        case TRY_EXEC:
          execl ("/bin/sh", "sh", "-c", "true", NULL);
          _exit (6);
        }
      _exit (7);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return status;
}

/* Shut off, the reader still reads what it was handed and answers, but opening a file, making
 * or using a socket (to reach the session bus, say) or starting a program kills it */
static void
test_reader_contained (void)
{
  int           pipe_fds[2];
  int           unix_socket = socket (AF_UNIX, SOCK_STREAM, 0);
  int           status;
  const Attempt killed[] = { TRY_OPEN, TRY_SOCKET, TRY_CONNECT, TRY_EXEC };

  g_assert_cmpint (pipe (pipe_fds), ==, 0);
  g_assert_cmpint (write (pipe_fds[1], "hello", 5), ==, 5);
  status = contained_child (TRY_NOTHING, pipe_fds[0]);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (killed); i++)
    {
      status = contained_child (killed[i], unix_socket);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGSYS);
    }
  close (pipe_fds[0]);
  close (pipe_fds[1]);
  close (unix_socket);
}

int
main (int   argc,
      char *argv[])
{
  /* GLib's messages on standard error, never in the TAP output: the reader-debug test asks
   * for every message, this process's too (set before any thread is made) */
  g_log_writer_default_set_use_stderr (TRUE);
  test_init (&argc, &argv);

  g_test_add_func ("/cv/corpus", test_corpus);
  g_test_add_func ("/cv/rules", test_rules);
  g_test_add_func ("/cv/pipe-headline", test_pipe_headline);
  g_test_add_func ("/cv/calling-codes", test_calling_codes);
  g_test_add_func ("/cv/postcodes", test_postcodes);
  g_test_add_func ("/cv/rtf-code-pages", test_rtf_code_pages);
  g_test_add_func ("/cv/xlsx", test_xlsx);
  g_test_add_func ("/cv/xlsx-reader", test_xlsx_reader);
  g_test_add_func ("/cv/legacy-text", test_legacy_text);
  g_test_add_func ("/cv/scan", test_scan);
  g_test_add_func ("/cv/locked", test_locked);
  g_test_add_func ("/cv/damaged", test_damaged);
  g_test_add_func ("/cv/zip-bomb", test_zip_bomb);
  g_test_add_func ("/cv/entity-bomb", test_entity_bomb);
  g_test_add_func ("/cv/long-pdf", test_long_pdf);
  g_test_add_func ("/cv/not-a-cv", test_not_a_cv);
  g_test_add_func ("/cv/reader", test_reader);
  g_test_add_func ("/cv/reader-errors", test_reader_errors);
  g_test_add_func ("/cv/reader-debug", test_reader_debug);
  g_test_add_func ("/cv/reader-killed", test_reader_killed);
  g_test_add_func ("/cv/reader-started-bare", test_reader_started_bare);
  g_test_add_func ("/cv/reader-fifo", test_reader_fifo);
  g_test_add_func ("/cv/reader-contained", test_reader_contained);
  g_test_add_func ("/cv/fill-and-undo", test_fill_and_undo);
  g_test_add_func ("/cv/fill-twice", test_fill_twice);

  return g_test_run ();
}
