/* test-shortlist-csv.c: candidates from a spreadsheet saved as CSV */
#include "config.h"

#include "shortlist-csv.h"
#include "test-util.h"

static GPtrArray *
parse (const char *text)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *rows = shortlist_csv_parse (text, strlen (text), &error);

  g_assert_no_error (error);
  return rows;
}

static char *
dup_rows (GPtrArray *rows)
{
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *row = g_strjoinv ("|", rows->pdata[i]);

      g_string_append_printf (all, "[%s]", row);
    }
  return g_string_free (all, FALSE);
}

/* RFC 4180 as spreadsheets write it */
static void
test_parse (void)
{
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *said = NULL;
  g_autoptr (GError) error = NULL;

  /* Quotes, doubled quotes, a line end and a delimiter inside quotes, CRLF, an empty line */
  rows = parse ("First name,Last name,Notes\r\n"
                "Grace,Hopper,\"Said \"\"yes\"\", then\r\ncalled back\"\r\n"
                "\r\n"
                "Alan,Turing,\n");
  said = dup_rows (rows);
  g_assert_cmpstr (said, ==, "[First name|Last name|Notes][Grace|Hopper|Said \"yes\", then\r\ncalled back][Alan|Turing|]");
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_clear_pointer (&said, g_free);

  /* A byte order mark and semicolons, as a German spreadsheet saves; commas in a field stay */
  rows = parse ("\xEF\xBB\xBFVorname;Nachname;Ort\nKatherine;Johnson;Hampton, Virginia");
  said = dup_rows (rows);
  g_assert_cmpstr (said, ==, "[Vorname|Nachname|Ort][Katherine|Johnson|Hampton, Virginia]");

  /* A quote never closed is said with its line; a file with bytes no text has, as not text */
  g_assert_null (shortlist_csv_parse ("Name\n\"Grace\nHopper\n", strlen ("Name\n\"Grace\nHopper\n"), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, "The quote opened on line 2 is never closed.");
  g_clear_error (&error);
  g_assert_null (shortlist_csv_parse ("Name\n\x01\x02\n", strlen ("Name\n\x01\x02\n"), &error));
  g_assert_error (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE);
  g_clear_error (&error);

  /* Not UTF-8: Windows' Western code page, as Excel saves CSV on Windows */
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_clear_pointer (&said, g_free);
  rows = parse ("Name\n\xE9t\xE9 \x80\n");
  said = dup_rows (rows);
  g_assert_cmpstr (said, ==, "[Name][été €]");

  /* UTF-16 with its mark, tabs between the fields: Excel's "Unicode Text" */
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_clear_pointer (&said, g_free);
  rows = shortlist_csv_parse ("\xFF\xFEN\0a\0m\0e\0\t\0C\0i\0t\0y\0\r\0\n\0Z\0o\0\xEB\0\t\0K\0\xF6\0l\0n\0", 40, &error);
  g_assert_no_error (error);
  said = dup_rows (rows);
  g_assert_cmpstr (said, ==, "[Name|City][Zoë|Köln]");
}

static void
test_guess (void)
{
  g_assert_cmpint (shortlist_csv_guess_field ("First Name"), ==, SHORTLIST_CSV_FIRST_NAME);
  g_assert_cmpint (shortlist_csv_guess_field (" Nachname "), ==, SHORTLIST_CSV_LAST_NAME);
  g_assert_cmpint (shortlist_csv_guess_field ("E-Mail"), ==, SHORTLIST_CSV_EMAIL);
  g_assert_cmpint (shortlist_csv_guess_field ("Mobile"), ==, SHORTLIST_CSV_PHONE);
  g_assert_cmpint (shortlist_csv_guess_field ("Location"), ==, SHORTLIST_CSV_CITY);
  g_assert_cmpint (shortlist_csv_guess_field ("LinkedIn URL"), ==, SHORTLIST_CSV_LINKEDIN);
  g_assert_cmpint (shortlist_csv_guess_field ("Résumé"), ==, SHORTLIST_CSV_CV);
  g_assert_cmpint (shortlist_csv_guess_field ("Favourite colour"), ==, SHORTLIST_CSV_IGNORE);
  g_assert_cmpstr (shortlist_csv_field_label (SHORTLIST_CSV_CV), ==, "CV file");
}

/* A row becomes a draft; a CV outside the spreadsheet's folder, or missing, is refused */
static void
test_row_to_draft (void)
{
  g_autofree char *folder_path = g_build_filename (test_get_tmp_dir (), "sheet", NULL);
  g_autofree char *cv_path = g_build_filename (folder_path, "cvs", "grace.pdf", NULL);
  g_autofree char *outside = test_write_file ("secret.pdf", "%PDF-1.4 not for sending", -1);
  g_autoptr (GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (KomboCandidateDraft) draft = NULL;
  g_autoptr (KomboCandidateDraft) refused = NULL;
  g_autoptr (KomboAttachment) cv = NULL;
  g_autoptr (KomboContact) link = NULL;
  const ShortlistCsvField fields[] = { SHORTLIST_CSV_FIRST_NAME, SHORTLIST_CSV_LAST_NAME, SHORTLIST_CSV_EMAIL,
                                       SHORTLIST_CSV_IGNORE, SHORTLIST_CSV_LINKEDIN, SHORTLIST_CSV_CV };
  const char             *row[] = { " Grace ", "Hopper", "grace@example.com", "blue", "https://www.linkedin.com/in/grace", "cvs/grace.pdf", NULL };
  g_autofree char        *escape = g_strdup_printf ("../%s", "secret.pdf");
  const char             *bad[] = { "Alan", "Turing", "alan@example.org", "", "", escape, NULL };
  const char             *missing[] = { "Ada", "Lovelace", "ada@example.org", "", "", "cvs/ada.pdf", NULL };

  g_autofree char *cv_folder = g_path_get_dirname (cv_path);

  g_assert_cmpint (g_mkdir_with_parents (cv_folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (cv_path, "%PDF-1.4 Grace", -1, NULL));

  draft = shortlist_csv_row_to_draft (row, fields, G_N_ELEMENTS (fields), folder, problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpstr (kombo_candidate_draft_get_text (draft, "first-name"), ==, "Grace");
  g_assert_cmpstr (kombo_candidate_draft_get_text (draft, "email-address"), ==, "grace@example.com");
  link = g_list_model_get_item (G_LIST_MODEL (kombo_candidate_draft_get_links (draft)), 0);
  g_assert_cmpstr (kombo_contact_get_value (link), ==, "https://www.linkedin.com/in/grace");
  cv = g_list_model_get_item (G_LIST_MODEL (kombo_candidate_draft_get_attachments (draft)), 0);
  g_assert_cmpstr (kombo_attachment_get_name (cv), ==, "grace.pdf");

  refused = shortlist_csv_row_to_draft (bad, fields, G_N_ELEMENTS (fields), folder, problems);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kombo_candidate_draft_get_attachments (refused))), ==, 0);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (problems->pdata[0], ==, "The CV “../secret.pdf” is not in the spreadsheet’s folder. Put it there and give its name.");
  g_clear_object (&refused);
  refused = shortlist_csv_row_to_draft (missing, fields, G_N_ELEMENTS (fields), folder, problems);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (problems->pdata[1], ==, "There is no file “cvs/ada.pdf” in the spreadsheet’s folder.");
  g_assert_nonnull (outside);
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add_func ("/shortlist/csv/parse", test_parse);
  g_test_add_func ("/shortlist/csv/guess", test_guess);
  g_test_add_func ("/shortlist/csv/row-to-draft", test_row_to_draft);

  return g_test_run ();
}
