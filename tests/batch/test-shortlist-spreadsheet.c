/* test-shortlist-spreadsheet.c: many candidates from a CSV file, previewed, then submitted together */
#include "config.h"

#include <string.h>

#include "shortlist-spreadsheet.h"
#include "cv-corpus.h"
#include "test-util.h"

#define FOUND(records) "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[" records "]}}"
#define GRACE_THERE "{\"id\":\"cand-grace\",\"first_name\":\"Grace\",\"last_name\":\"Hopper\",\"applications\":[],\"tags\":[]}"
#define CREATED(id)                                                                               \
  "{\"status\":\"success\",\"data\":{\"id\":\"" id "\",\"first_name\":\"A\",\"last_name\":\"B\"," \
  "\"remote_url\":null,\"applications\":[],\"tags\":[]},\"warnings\":[]}"
#define REFUSED                                                                                                  \
  "{\"status\":\"error\",\"error\":{\"code\":\"ATS.INVALID_INPUT\",\"title\":\"The ATS refused the candidate\"," \
  "\"message\":\"Phone numbers must have a country code.\",\"log_url\":null}}"

/* Writes @name with @contents into the folder @folder below the test's own, and returns its path */
static char *
write_in (const char *folder,
          const char *name,
          const char *contents)
{
  g_autofree char *relative = g_build_filename (folder, name, NULL);
  g_autofree char *directory = g_build_filename (test_get_tmp_dir (), folder, NULL);

  g_mkdir_with_parents (directory, 0700);
  return test_write_file (relative, contents, -1);
}

static void
wait_idle (ShortlistSpreadsheet *sheet)
{
  while (shortlist_spreadsheet_get_busy (sheet))
    g_main_context_iteration (NULL, TRUE);
}

static ShortlistSpreadsheet *
load (const char *path,
      GError    **error)
{
  g_autoptr (ShortlistSpreadsheet) sheet = shortlist_spreadsheet_new ();
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GAsyncResult *result = NULL;
  gboolean      loaded;

  shortlist_spreadsheet_load_async (sheet, file, NULL, NULL, test_store_result, &result);
  loaded = shortlist_spreadsheet_load_finish (sheet, test_wait (&result), error);
  g_object_unref (result);
  if (!loaded)
    return NULL;
  wait_idle (sheet);
  return g_steal_pointer (&sheet);
}

/* @path loaded, then checked for the job of @template against the ATS @client reaches */
static ShortlistSpreadsheet *
load_checked (const char *path,
              KomboCandidateDraft *template,
              KomboClient *client)
{
  g_autoptr (GError) error = NULL;
  ShortlistSpreadsheet *sheet = load (path, &error);

  g_assert_no_error (error);
  shortlist_spreadsheet_set_template (sheet, template, NULL);
  shortlist_spreadsheet_set_client (sheet, client);
  wait_idle (sheet);
  return sheet;
}

static ShortlistSheetRow *
row (ShortlistSpreadsheet *sheet,
     guint                 index)
{
  ShortlistSheetRow *found = g_list_model_get_item (shortlist_spreadsheet_get_rows (sheet), index);

  g_object_unref (found);
  return found;
}

static KomboCandidateDraft *
template_for (const char *job_id)
{
  KomboCandidateDraft *template = kombo_candidate_draft_new ();

  kombo_candidate_draft_set_text (template, "job-id", job_id);
  kombo_candidate_draft_set_text (template, "sourced-by", "Shortlist Recruiting");
  return template;
}

/* Every row is checked before anything is sent, with a sentence per problem */
static void
test_preview (void)
{
  g_autoptr (ShortlistSpreadsheet) sheet = NULL;
  g_autoptr (KomboCandidateDraft) template = template_for ("job-1");
  g_autofree char *cv = write_in ("preview", "ada.pdf", "%PDF-1.4 Ada");
  g_autofree char *secret = write_in ("", "secret.pdf", "%PDF-1.4 not to be sent");
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;

  path = write_in ("preview", "people.csv",
                   "\xEF\xBB\xBF"
                   "Vorname;Nachname;E-Mail;Lebenslauf;Notes\n"
                   "Ada;Lovelace;ada@example.com;ada.pdf;\"Knows \"\"engines\"\";\nand numbers\"\n"
                   "Grace;Hopper;grace@;;\n"
                   "\n"
                   "Alan;Turing;alan@example.com;../secret.pdf;\n"
                   "Ada;King;ADA@example.com ;;\n"
                   "Kurt;Gödel;kurt@example.com;missing.pdf;\n");
  sheet = load (path, &error);
  g_assert_no_error (error);

  /* Columns are matched by their German headers; the last one is a note for the client */
  g_assert_cmpuint (shortlist_spreadsheet_get_n_columns (sheet), ==, 5);
  g_assert_cmpint (shortlist_spreadsheet_get_field (sheet, 0), ==, SHORTLIST_CSV_FIRST_NAME);
  g_assert_cmpint (shortlist_spreadsheet_get_field (sheet, 2), ==, SHORTLIST_CSV_EMAIL);
  g_assert_cmpint (shortlist_spreadsheet_get_field (sheet, 3), ==, SHORTLIST_CSV_CV);
  g_assert_cmpint (shortlist_spreadsheet_get_field (sheet, 4), ==, SHORTLIST_CSV_NOTE);
  g_assert_cmpstr (shortlist_spreadsheet_get_example (sheet, 3), ==, "ada.pdf");

  /* No job yet: said once for all, and nothing can be sent */
  g_assert_cmpstr (shortlist_spreadsheet_get_problem (sheet), ==, "Choose the job to submit the candidates to.");
  g_assert_cmpuint (shortlist_spreadsheet_get_n_to_send (sheet), ==, 0);
  shortlist_spreadsheet_set_template (sheet, template, NULL);
  wait_idle (sheet);
  g_assert_null (shortlist_spreadsheet_get_problem (sheet));

  g_assert_cmpuint (g_list_model_get_n_items (shortlist_spreadsheet_get_rows (sheet)), ==, 5);
  name = shortlist_sheet_row_dup_name (row (sheet, 0));
  g_assert_cmpstr (name, ==, "Ada Lovelace");
  g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 0)), ==, SHORTLIST_ROW_READY);
  g_assert_true (shortlist_sheet_row_get_include (row (sheet, 0)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kombo_candidate_draft_get_attachments (shortlist_sheet_row_get_draft (row (sheet, 0))))), ==, 1);
  g_assert_cmpstr (kombo_candidate_draft_get_text (shortlist_sheet_row_get_draft (row (sheet, 0)), "sourced-by"), ==, "Shortlist Recruiting");
  g_assert_cmpstr (kombo_candidate_draft_get_text (shortlist_sheet_row_get_draft (row (sheet, 0)), "note"), ==, "Knows \"engines\";\nand numbers");

  g_assert_cmpuint (shortlist_sheet_row_get_number (row (sheet, 1)), ==, 3);
  g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 1)), ==, SHORTLIST_ROW_INVALID);
  g_assert_cmpstr (shortlist_sheet_row_get_details (row (sheet, 1)), ==, "Email address: “grace@” does not look like an email address.");
  g_assert_false (shortlist_sheet_row_get_include (row (sheet, 1)));
  shortlist_sheet_row_set_include (row (sheet, 1), TRUE);
  g_assert_false (shortlist_sheet_row_get_include (row (sheet, 1)));

  g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 2)), ==, SHORTLIST_ROW_INVALID);
  g_assert_cmpstr (shortlist_sheet_row_get_details (row (sheet, 2)), ==,
                   "The CV “../secret.pdf” is not in the spreadsheet’s folder. Put it there and give its name.");
  g_assert_cmpstr (shortlist_sheet_row_get_details (row (sheet, 3)), ==, "Row 2 has the same email address. Each candidate is submitted once.");
  g_assert_cmpstr (shortlist_sheet_row_get_details (row (sheet, 4)), ==, "There is no file “missing.pdf” in the spreadsheet’s folder.");
  g_assert_cmpuint (shortlist_spreadsheet_get_n_to_send (sheet), ==, 1);
  g_assert_cmpuint (shortlist_spreadsheet_count (sheet, SHORTLIST_ROW_INVALID), ==, 4);

  /* Without a column for the addresses, no row can go */
  shortlist_spreadsheet_set_field (sheet, 2, SHORTLIST_CSV_IGNORE);
  wait_idle (sheet);
  g_assert_cmpstr (shortlist_spreadsheet_get_problem (sheet), ==, "No column holds: Email address. Choose the column for each under Columns.");
  g_assert_cmpuint (shortlist_spreadsheet_get_n_to_send (sheet), ==, 0);
  /* Choosing a field for one column takes it from another */
  shortlist_spreadsheet_set_field (sheet, 4, SHORTLIST_CSV_FIRST_NAME);
  g_assert_cmpint (shortlist_spreadsheet_get_field (sheet, 0), ==, SHORTLIST_CSV_IGNORE);
  shortlist_spreadsheet_set_field (sheet, 0, SHORTLIST_CSV_FIRST_NAME);
  shortlist_spreadsheet_set_field (sheet, 2, SHORTLIST_CSV_EMAIL);
  wait_idle (sheet);
  g_assert_null (shortlist_spreadsheet_get_problem (sheet));
  g_assert_cmpuint (shortlist_spreadsheet_get_n_to_send (sheet), ==, 1);
}

static void
assert_load_fails (const char *name,
                   const char *contents,
                   const char *message)
{
  g_autofree char *path = write_in ("bad", name, contents);
  g_autoptr (GError) error = NULL;
  g_autoptr (ShortlistSpreadsheet) sheet = load (path, &error);

  g_assert_null (sheet);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, message);
}

/* Files that are no list of candidates are said so, whole */
static void
test_bad_files (void)
{
  g_autoptr (GString) many = g_string_new ("First name,Last name,Email\n");
  g_autofree char *tabs = write_in ("bad", "tabs.csv", "First name\tLast name\tEmail\nAda\tLovelace\tada@example.com\n");
  g_autoptr (ShortlistSpreadsheet) sheet = NULL;
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (many, "Person,%u,p%u@example.com\n", i, i);
  assert_load_fails ("many.csv", many->str,
                     "The spreadsheet has 50000 candidates; Shortlist submits at most 500 at a time. Split it into smaller files.");
  assert_load_fails ("header.csv", "First name,Last name,Email\n\n",
                     "The spreadsheet has no candidates. Its first line names the columns, and each line below is one candidate.");
  assert_load_fails ("workbook.csv", "PK\3\4\x14\0\6\0", "The file is not text. Save the spreadsheet as CSV or as Unicode text.");
  assert_load_fails ("broken-utf16.csv", "\xFF\xFEN\0a\0\0\xD8", "The file says it is Unicode text, but it is damaged. Save the spreadsheet again.");
  assert_load_fails ("quote.csv", "Name\n\"Grace\n", "The quote opened on line 2 is never closed.");

  /* Bounded: a file of 100,000 columns, or a cell of 10 MB, is said at once, and no window
   * tries to show it */
  {
    g_autoptr (GString) wide = g_string_new (NULL);
    g_autofree char *long_cell = g_strnfill (10 * 1024 * 1024, 'x');
    g_autofree char *tall = g_strdup_printf ("First name,Last name,Notes\nAda,Lovelace,%s\n", long_cell);

    for (guint i = 0; i < 100000; i++)
      g_string_append (wide, i == 0 ? "a" : ",a");
    g_string_append (wide, "\nAda\n");
    assert_load_fails ("wide.csv", wide->str,
                       "Line 1 of the spreadsheet has 100000 columns; Shortlist reads at most 100. Save only the columns of the candidates.");
    assert_load_fails ("long-cell.csv", tall,
                       "Line 2, column 3 of the spreadsheet is longer than 10000 characters: that is no detail of a candidate. Shorten it in the spreadsheet.");
  }

  /* Tabs between the fields, as Excel's "Text (Tab delimited)" saves them: read as columns */
  sheet = load (tabs, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (shortlist_spreadsheet_get_n_columns (sheet), ==, 3);
  g_assert_cmpint (shortlist_spreadsheet_get_field (sheet, 2), ==, SHORTLIST_CSV_EMAIL);
}

/* Spreadsheets as Excel on Windows saves them: "CSV (Comma delimited)" in Windows' Western code
 * page, and "Unicode Text", UTF-16 with tabs: the same columns, drafts and checks as UTF-8 */
static void
test_encodings (void)
{
  g_autoptr (KomboCandidateDraft) template = template_for ("job-1");
  g_autoptr (GError) error = NULL;
  g_autofree char *western = write_in ("encodings", "bewerber.csv",
                                       "Vorname;Nachname;E-Mail;Stadt;Land\r\n"
                                       "J\xFCrgen;M\xFCller;juergen.mueller@example.de;K\xF6ln;DE\r\n"
                                       "Fran\xE7oise;Gau\xDF;francoise@example.fr;\x80-Stadt;FR\r\n");
  g_autoptr (GString) utf16 = g_string_new_len ("\xFF\xFE", 2);
  g_autofree char      *unicode = NULL;
  const char           *lines = "First name\tLast name\tEmail\r\nZo\u00eb\tSm\u00edth\tzoe@example.com\r\n\u0418\u0432\u0430\u043d\t\u041f\u0435\u0442\u0440\u043e\u0432\tivan@example.bg\r\n";
  g_autofree gunichar2 *units = NULL;
  glong                 n_units = 0;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (ShortlistSpreadsheet) sheet = NULL;
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;

      if (i == 1)
        {
          units = g_utf8_to_utf16 (lines, -1, NULL, &n_units, NULL);
          for (glong u = 0; u < n_units; u++)
            {
              /* Little-endian, as Windows writes it */
              g_string_append_c (utf16, (char) (units[u] & 0xff));
              g_string_append_c (utf16, (char) (units[u] >> 8));
            }
          unicode = g_build_filename (test_get_tmp_dir (), "encodings", "shortlist.txt", NULL);
          g_assert_true (g_file_set_contents (unicode, utf16->str, utf16->len, NULL));
        }
      sheet = load (i == 0 ? western : unicode, &error);
      g_assert_no_error (error);
      shortlist_spreadsheet_set_template (sheet, template, NULL);
      wait_idle (sheet);
      g_assert_cmpint (shortlist_spreadsheet_get_field (sheet, 0), ==, SHORTLIST_CSV_FIRST_NAME);
      g_assert_cmpint (shortlist_spreadsheet_get_field (sheet, 1), ==, SHORTLIST_CSV_LAST_NAME);
      g_assert_cmpint (shortlist_spreadsheet_get_field (sheet, 2), ==, SHORTLIST_CSV_EMAIL);
      first = shortlist_sheet_row_dup_name (row (sheet, 0));
      second = shortlist_sheet_row_dup_name (row (sheet, 1));
      g_assert_cmpstr (first, ==, i == 0 ? "Jürgen Müller" : "Zoë Smíth");
      g_assert_cmpstr (second, ==, i == 0 ? "Françoise Gauß" : "Иван Петров");
      if (i == 0)
        {
          g_assert_cmpint (shortlist_spreadsheet_get_field (sheet, 3), ==, SHORTLIST_CSV_CITY);
          g_assert_cmpstr (kombo_candidate_draft_get_text (shortlist_sheet_row_get_draft (row (sheet, 0)), "city"), ==, "Köln");
          g_assert_cmpstr (kombo_candidate_draft_get_text (shortlist_sheet_row_get_draft (row (sheet, 1)), "city"), ==, "€-Stadt");
        }
      g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 0)), ==, SHORTLIST_ROW_READY);
      g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 1)), ==, SHORTLIST_ROW_READY);
    }
}

static ShortlistStore *
open_store (const char *name)
{
  g_autofree char *directory = g_build_filename (test_get_tmp_dir (), name, NULL);
  ShortlistStore  *store = shortlist_store_new (directory);
  GAsyncResult    *result = NULL;
  g_autoptr (GError) error = NULL;

  shortlist_store_open_async (store, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_open_finish (store, test_wait (&result), NULL, &error));
  g_assert_no_error (error);
  g_object_unref (result);
  return store;
}

static guint
submit (ShortlistSpreadsheet *sheet,
        ShortlistStore       *store)
{
  GAsyncResult *result = NULL;
  g_autoptr (GError) error = NULL;
  guint n_sent = 0;

  shortlist_spreadsheet_submit_async (sheet, store, TEST_INTEGRATION_ID, NULL, test_store_result, &result);
  g_assert_true (shortlist_spreadsheet_submit_finish (sheet, test_wait (&result), &n_sent, &error));
  g_assert_no_error (error);
  g_object_unref (result);
  return n_sent;
}

static GPtrArray *
list_history (ShortlistStore *store)
{
  GAsyncResult *result = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *entries;

  shortlist_store_list_history_async (store, NULL, NULL, test_store_result, &result);
  entries = shortlist_store_list_history_finish (store, test_wait (&result), &error);
  g_assert_no_error (error);
  g_object_unref (result);
  return entries;
}

static GPtrArray *
list_drafts (ShortlistStore *store)
{
  GAsyncResult *result = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *drafts;

  shortlist_store_list_drafts_async (store, NULL, test_store_result, &result);
  drafts = shortlist_store_list_drafts_finish (store, test_wait (&result), &error);
  g_assert_no_error (error);
  g_object_unref (result);
  return drafts;
}

static const ShortlistHistoryEntry *
find_entry (GPtrArray  *entries,
            const char *email)
{
  for (guint i = 0; i < entries->len; i++)
    {
      const ShortlistHistoryEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (entry->email, email) == 0)
        return entry;
    }
  return NULL;
}

/* Valid rows go, each once; one the ATS has is sent only when included; what failed becomes a draft */
static void
test_submit (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (ShortlistStore) store = open_store ("submit-store");
  g_autoptr (KomboCandidateDraft) template = template_for ("job-1");
  g_autoptr (ShortlistSpreadsheet) sheet = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GPtrArray) drafts = NULL;
  g_autofree char *cv = write_in ("submit", "katherine.pdf", "%PDF-1.4 Katherine's CV");
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) sent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ShortlistSheetRow *refused = NULL;
  ShortlistSheetRow *created = NULL;
  guint              n_requests;

  path = write_in ("submit", "shortlist.csv",
                   "First name,Last name,Email,Phone,CV\n"
                   "Grace,Hopper,grace@example.com,,\n"
                   "Katherine,Johnson,katherine@example.com,+1 757 555 0100,katherine.pdf\n"
                   "Dorothy,Vaughan,dorothy@example.com,555 0101,\n"
                   "Mary,,mary@example.com,,\n");
  fake_kombo_respond (fake, "GET", "/ats/candidates?email=grace@example.com", 200, FOUND (GRACE_THERE));
  fake_kombo_respond (fake, "GET", "/ats/candidates?email=katherine@example.com", 200, FOUND (""));
  fake_kombo_respond (fake, "GET", "/ats/candidates?email=dorothy@example.com", 200, FOUND (""));
  /* No one has their addresses: their names are asked next */
  fake_kombo_respond (fake, "GET", "/ats/candidates?last_name=Johnson", 200, FOUND (""));
  fake_kombo_respond (fake, "GET", "/ats/candidates?last_name=Vaughan", 200, FOUND (""));
  sheet = load_checked (path, template, client);

  /* Grace is there already: flagged, and not sent unless included; Mary has no last name */
  g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 0)), ==, SHORTLIST_ROW_IN_ATS);
  g_assert_cmpstr (shortlist_sheet_row_get_details (row (sheet, 0)), ==,
                   "The applicant tracking system has “Grace Hopper” with this email address already. Include the row to submit anyway.");
  g_assert_false (shortlist_sheet_row_get_include (row (sheet, 0)));
  g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 1)), ==, SHORTLIST_ROW_READY);
  g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 3)), ==, SHORTLIST_ROW_INVALID);
  g_assert_cmpstr (shortlist_sheet_row_get_details (row (sheet, 3)), ==, "Last name: Enter the last name.");
  g_assert_cmpuint (shortlist_spreadsheet_get_n_to_send (sheet), ==, 2);

  n_requests = fake_kombo_get_n_requests (fake);
  g_assert_cmpuint (n_requests, ==, 5);
  fake_kombo_respond (fake, "POST", "/ats/candidates", 200, CREATED ("cand-new"));
  fake_kombo_respond (fake, "POST", "/ats/candidates", 400, REFUSED);
  g_assert_cmpuint (submit (sheet, store), ==, 1);

  /* Two candidates were sent, each once, as the API's schema says */
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, n_requests + 2);
  for (guint i = n_requests; i < fake_kombo_get_n_requests (fake); i++)
    {
      FakeRequest *request = fake_kombo_get_request (fake, i);
      JsonObject  *body = fake_request_get_json (request);
      JsonObject  *candidate = json_object_get_object_member (body, "candidate");

      g_assert_cmpstr (request->method, ==, "POST");
      test_assert_schema_valid ("create-candidate.request.schema.json", request->body);
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (body, "application"), "job_id"), ==, "job-1");
      g_hash_table_add (sent, g_strdup (json_object_get_string_member (candidate, "email_address")));
      if (g_strcmp0 (json_object_get_string_member (candidate, "email_address"), "katherine@example.com") == 0)
        g_assert_cmpuint (json_array_get_length (json_object_get_array_member (body, "attachments")), ==, 1);
    }
  g_assert_true (g_hash_table_contains (sent, "katherine@example.com"));
  g_assert_true (g_hash_table_contains (sent, "dorothy@example.com"));

  /* Whichever the ATS refused says why, is kept as a draft, and may be sent again */
  refused = shortlist_sheet_row_get_state (row (sheet, 1)) == SHORTLIST_ROW_FAILED ? row (sheet, 1) : row (sheet, 2);
  created = refused == row (sheet, 1) ? row (sheet, 2) : row (sheet, 1);
  g_assert_cmpint (shortlist_sheet_row_get_state (refused), ==, SHORTLIST_ROW_FAILED);
  g_assert_cmpstr (shortlist_sheet_row_get_details (refused), ==, "The ATS refused the candidate: Phone numbers must have a country code.");
  g_assert_true (shortlist_sheet_row_get_include (refused));
  g_assert_cmpint (shortlist_sheet_row_get_state (created), ==, SHORTLIST_ROW_SENT);
  g_assert_cmpstr (shortlist_sheet_row_get_candidate_id (created), ==, "cand-new");
  g_assert_false (shortlist_sheet_row_get_include (created));

  entries = list_history (store);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpint (find_entry (entries, shortlist_sheet_row_get_email (created))->outcome, ==, SHORTLIST_SENT_CREATED);
  g_assert_cmpstr (find_entry (entries, shortlist_sheet_row_get_email (created))->candidate_id, ==, "cand-new");
  g_assert_cmpint (find_entry (entries, shortlist_sheet_row_get_email (refused))->outcome, ==, SHORTLIST_SENT_FAILED);
  drafts = list_drafts (store);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (((ShortlistDraftInfo *) drafts->pdata[0])->error, ==, "The ATS refused the candidate: Phone numbers must have a country code.");
  g_clear_pointer (&drafts, g_ptr_array_unref);
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Grace included, and the refused row again: both go, and the draft is gone */
  shortlist_sheet_row_set_include (row (sheet, 0), TRUE);
  g_assert_cmpuint (shortlist_spreadsheet_get_n_to_send (sheet), ==, 2);
  fake_kombo_respond (fake, "POST", "/ats/candidates", 200, CREATED ("cand-a"));
  fake_kombo_respond (fake, "POST", "/ats/candidates", 200, CREATED ("cand-b"));
  g_assert_cmpuint (submit (sheet, store), ==, 2);
  g_assert_cmpuint (shortlist_spreadsheet_count (sheet, SHORTLIST_ROW_SENT), ==, 3);
  g_assert_cmpuint (shortlist_spreadsheet_get_n_to_send (sheet), ==, 0);
  drafts = list_drafts (store);
  g_assert_cmpuint (drafts->len, ==, 0);
  entries = list_history (store);
  g_assert_cmpuint (entries->len, ==, 4);
}

/* A lost answer is never resent: the candidate is looked up, and the history says what happened */
static void
test_lost_answer (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (ShortlistStore) store = open_store ("lost-store");
  g_autoptr (KomboCandidateDraft) template = template_for ("job-1");
  g_autoptr (ShortlistSpreadsheet) sheet = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  guint n_requests;

  path = write_in ("lost", "one.csv", "First name,Last name,Email\nAnnie,Easley,annie@example.com\n");
  fake_kombo_respond (fake, "GET", "/ats/candidates", 200, FOUND (""));
  sheet = load_checked (path, template, client);
  g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 0)), ==, SHORTLIST_ROW_READY);

  n_requests = fake_kombo_get_n_requests (fake);
  fake_kombo_respond (fake, "POST", "/ats/candidates", 502, "{\"status\":\"error\"}");
  fake_kombo_respond (fake, "GET", "/ats/candidates?email=annie@example.com", 200,
                      FOUND ("{\"id\":\"cand-annie\",\"first_name\":\"Annie\",\"last_name\":\"Easley\","
                             "\"applications\":[{\"id\":\"app-1\",\"job\":{\"id\":\"job-1\"}}],\"tags\":[]}"));
  g_assert_cmpuint (submit (sheet, store), ==, 1);

  /* One POST, then one lookup: never a second POST */
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, n_requests + 2);
  g_assert_cmpstr (fake_kombo_get_request (fake, n_requests)->method, ==, "POST");
  g_assert_cmpstr (fake_kombo_get_request (fake, n_requests + 1)->method, ==, "GET");
  g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 0)), ==, SHORTLIST_ROW_SENT);
  g_assert_cmpstr (shortlist_sheet_row_get_candidate_id (row (sheet, 0)), ==, "cand-annie");
  g_assert_cmpstr (shortlist_sheet_row_get_details (row (sheet, 0)), ==, "The answer was lost, but the candidate arrived.");

  entries = list_history (store);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpint (((ShortlistHistoryEntry *) entries->pdata[0])->outcome, ==, SHORTLIST_SENT_CREATED);
  g_assert_cmpstr (((ShortlistHistoryEntry *) entries->pdata[0])->candidate_id, ==, "cand-annie");
}

/* A row whose address no one has, but whose name someone has, is held back as possibly the same
 * person, until it is included */
static void
test_possible_by_name (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboCandidateDraft) template = template_for ("job-1");
  g_autoptr (ShortlistSpreadsheet) sheet = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  path = write_in ("by-name", "shortlist.csv",
                   "First name,Last name,Email\n"
                   "Dorothy,Vaughan,dorothy.vaughan@example.com\n"
                   "Mary,Jackson,mary@example.com\n");
  fake_kombo_respond (fake, "GET", "/ats/candidates?email=dorothy.vaughan@example.com", 200, FOUND (""));
  fake_kombo_respond (fake, "GET", "/ats/candidates?email=mary@example.com", 200, FOUND (""));
  fake_kombo_respond (fake, "GET", "/ats/candidates?last_name=Vaughan", 200,
                      FOUND ("{\"id\":\"cand-dv\",\"first_name\":\"Dorothy\",\"last_name\":\"Vaughan\","
                             "\"email_addresses\":[{\"email_address\":\"d.vaughan@nasa.example\",\"type\":null}],\"applications\":[],\"tags\":[]}"));
  fake_kombo_respond (fake, "GET", "/ats/candidates?last_name=Jackson", 200, FOUND (""));
  sheet = load_checked (path, template, client);

  g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 0)), ==, SHORTLIST_ROW_IN_ATS);
  g_assert_cmpstr (shortlist_sheet_row_get_details (row (sheet, 0)), ==,
                   "The applicant tracking system has “Dorothy Vaughan” with the same name, at d.vaughan@nasa.example: possibly the same person. Include the row to submit anyway.");
  g_assert_false (shortlist_sheet_row_get_include (row (sheet, 0)));
  g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 1)), ==, SHORTLIST_ROW_READY);
  g_assert_null (shortlist_sheet_row_get_details (row (sheet, 1)));
  g_assert_cmpuint (shortlist_spreadsheet_get_n_to_send (sheet), ==, 1);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 4);
}

/* A row's note goes to the application its candidate made, once it is made; the row says so */
static void
test_note (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (ShortlistStore) store = open_store ("note-store");
  g_autoptr (KomboCandidateDraft) template = template_for ("job-1");
  g_autoptr (ShortlistSpreadsheet) sheet = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  FakeRequest *request = NULL;

  path = write_in ("note", "shortlist.csv",
                   "First name,Last name,Email,Note for the client\n"
                   "Mary,Jackson,mary@example.com,\"Aerospace engineer;\nstarts in May\"\n");
  fake_kombo_respond (fake, "GET", "/ats/candidates", 200, FOUND (""));
  fake_kombo_respond (fake, "GET", "/ats/candidates?last_name", 200, FOUND (""));
  sheet = load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (shortlist_spreadsheet_get_field (sheet, 3), ==, SHORTLIST_CSV_NOTE);
  shortlist_spreadsheet_set_template (sheet, template, NULL);
  shortlist_spreadsheet_set_client (sheet, client);
  wait_idle (sheet);

  fake_kombo_respond (fake, "POST", "/ats/candidates", 200,
                      "{\"status\":\"success\",\"data\":{\"id\":\"cand-mary\",\"first_name\":\"Mary\",\"last_name\":\"Jackson\","
                      "\"remote_url\":null,\"applications\":[{\"id\":\"app-mary\",\"job\":{\"id\":\"job-1\",\"name\":\"Engineer\"}}],"
                      "\"tags\":[]},\"warnings\":[]}");
  fake_kombo_respond (fake, "POST", "/ats/applications/app-mary/notes", 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  g_assert_cmpuint (submit (sheet, store), ==, 1);

  for (guint i = 0; i < fake_kombo_get_n_requests (fake); i++)
    if (g_str_equal (fake_kombo_get_request (fake, i)->path, "/ats/applications/app-mary/notes"))
      request = fake_kombo_get_request (fake, i);
  g_assert_nonnull (request);
  test_assert_schema_valid ("application-notes.request.schema.json", request->body);
  test_assert_json_equal (fake_request_get_json (request), "{\"content\":\"Aerospace engineer;\\nstarts in May\",\"content_type\":\"PLAIN_TEXT\"}");
  /* Not part of the candidate */
  g_assert_false (json_object_has_member (fake_request_get_json (fake_kombo_get_request (fake, 2)), "note"));
  g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 0)), ==, SHORTLIST_ROW_SENT);
  g_assert_cmpstr (shortlist_sheet_row_get_details (row (sheet, 0)), ==, "Note for the client’s team sent.");
  shortlist_store_close (store);
}

/* An Excel workbook, read in shortlist-cv-reader: its first sheet's columns guessed and its rows
 * checked as a CSV file's; another sheet chosen by name */
static void
test_workbook (void)
{
  g_autofree char *folder = g_build_filename (test_get_tmp_dir (), "workbook", NULL);
  g_autofree char *path = g_build_filename (folder, "shortlist.xlsx", NULL);
  g_autoptr (KomboCandidateDraft) template = template_for ("job-1");
  g_autoptr (ShortlistSpreadsheet) sheet = NULL;
  g_autoptr (ShortlistSpreadsheet) notes = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  GAsyncResult    *result = NULL;
  gboolean         loaded;

  g_mkdir_with_parents (folder, 0700);
  cv_corpus_write_xlsx (path);
  sheet = load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (shortlist_spreadsheet_get_sheet (sheet), ==, "Candidates");
  g_assert_cmpuint (g_strv_length ((char **) shortlist_spreadsheet_get_sheets (sheet)), ==, 2);
  g_assert_cmpint (shortlist_spreadsheet_get_field (sheet, 0), ==, SHORTLIST_CSV_FIRST_NAME);
  g_assert_cmpint (shortlist_spreadsheet_get_field (sheet, 2), ==, SHORTLIST_CSV_EMAIL);
  g_assert_cmpint (shortlist_spreadsheet_get_field (sheet, 3), ==, SHORTLIST_CSV_PHONE);
  shortlist_spreadsheet_set_template (sheet, template, NULL);
  wait_idle (sheet);
  first = shortlist_sheet_row_dup_name (row (sheet, 0));
  second = shortlist_sheet_row_dup_name (row (sheet, 1));
  g_assert_cmpstr (first, ==, "Ada Lovelace");
  g_assert_cmpstr (second, ==, "Grace Hopper");
  /* A phone number kept as a number is read in all its digits */
  g_assert_cmpstr (kombo_candidate_draft_get_text (shortlist_sheet_row_get_draft (row (sheet, 0)), "phone-number"), ==, "4915112345678");
  g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 0)), ==, SHORTLIST_ROW_READY);
  g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 1)), ==, SHORTLIST_ROW_READY);

  /* Its other sheet, chosen by name, has no candidates: said so */
  notes = shortlist_spreadsheet_new ();
  shortlist_spreadsheet_load_async (notes, file, "Notes", NULL, test_store_result, &result);
  loaded = shortlist_spreadsheet_load_finish (notes, test_wait (&result), &error);
  g_object_unref (result);
  g_assert_true (loaded);
  g_assert_no_error (error);
  g_assert_cmpstr (shortlist_spreadsheet_get_sheet (notes), ==, "Notes");
  g_assert_cmpint (shortlist_spreadsheet_get_field (notes, 0), ==, SHORTLIST_CSV_NOTE);

  /* A damaged workbook is said plainly */
  assert_load_fails ("damaged.xlsx", "PK\3\4 not really a workbook",
                     "The workbook cannot be read: it is damaged, or not saved by Excel as .xlsx. Save it as CSV and open that.");
}

static gboolean
posted_twice (gpointer data)
{
  FakeKombo *fake = data;
  guint      n = 0;

  for (guint i = 0; i < fake_kombo_get_n_requests (fake); i++)
    n += g_str_equal (fake_kombo_get_request (fake, i)->method, "POST");
  return n >= 2;
}

/* A folder of CVs: one row each, filled from what the CV says and with the CV attached, checked
 * and looked up as a spreadsheet's rows; a CV that cannot be read is a row that says why. Only
 * the rows listed and ready are sent, each with its CV. */
static void
test_cvs (void)
{
  g_autofree char *folder = g_build_filename (test_get_tmp_dir (), "cv-folder", NULL);
  g_autofree char *scan = g_build_filename (folder, "scan.pdf", NULL);
  g_autofree char *doc = g_build_filename (folder, "Lebenslauf.doc", NULL);
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (ShortlistStore) store = open_store ("cvs-store");
  g_autoptr (KomboCandidateDraft) template = template_for ("job-1");
  g_autoptr (ShortlistSpreadsheet) sheet = shortlist_spreadsheet_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char  *first = NULL;
  g_autofree char  *old_word = g_malloc0 (1536);
  GAsyncResult     *result = NULL;
  const CvExpected *expected;
  GFile            *files[4];
  guint             n, n_posted;

  g_mkdir_with_parents (folder, 0700);
  expected = cv_corpus_write (folder, &n);
  cv_corpus_write_scan_pdf (scan);
  memcpy (old_word, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);
  g_assert_true (g_file_set_contents (doc, old_word, 1536, NULL));
  files[0] = g_file_new_build_filename (folder, expected[0].file_name, NULL);
  files[1] = g_file_new_build_filename (folder, expected[2].file_name, NULL);
  files[2] = g_file_new_for_path (scan);
  files[3] = g_file_new_for_path (doc);

  shortlist_spreadsheet_load_cvs_async (sheet, files, G_N_ELEMENTS (files), NULL, test_store_result, &result);
  g_assert_true (shortlist_spreadsheet_load_finish (sheet, test_wait (&result), &error));
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (shortlist_spreadsheet_get_rows (sheet)), ==, 4);

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *query = g_strdup_printf ("/ats/candidates?email=%s", expected[i * 2].email);

      fake_kombo_respond (fake, "GET", query, 200, FOUND (""));
      fake_kombo_respond (fake, "GET", "/ats/candidates?last_name", 200, FOUND (""));
    }
  shortlist_spreadsheet_set_template (sheet, template, NULL);
  shortlist_spreadsheet_set_client (sheet, client);
  wait_idle (sheet);

  first = shortlist_sheet_row_dup_name (row (sheet, 0));
  g_assert_cmpstr (first, ==, "Jane Doe");
  g_assert_cmpstr (shortlist_sheet_row_get_source (row (sheet, 0)), ==, expected[0].file_name);
  g_assert_cmpstr (shortlist_sheet_row_get_email (row (sheet, 0)), ==, expected[0].email);
  g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 0)), ==, SHORTLIST_ROW_READY);
  g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 1)), ==, SHORTLIST_ROW_READY);
  g_assert_cmpstr (kombo_candidate_draft_get_text (shortlist_sheet_row_get_draft (row (sheet, 0)), "phone-number"), ==, expected[0].phone);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kombo_candidate_draft_get_attachments (shortlist_sheet_row_get_draft (row (sheet, 0))))), ==, 1);
  /* What could not be read says so first, then what is missing */
  g_assert_cmpint (shortlist_sheet_row_get_state (row (sheet, 2)), ==, SHORTLIST_ROW_INVALID);
  g_assert_true (g_str_has_prefix (shortlist_sheet_row_get_details (row (sheet, 2)),
                                   "The CV has no text to read, such as a scan: type the candidate’s details in the form.\n"));
  g_assert_nonnull (strstr (shortlist_sheet_row_get_details (row (sheet, 2)), "Email address"));
  g_assert_true (g_str_has_prefix (shortlist_sheet_row_get_details (row (sheet, 3)),
                                   "The CV is an old Word document (.doc), which Shortlist does not read.\n"));
  g_assert_cmpuint (shortlist_spreadsheet_get_n_to_send (sheet), ==, 2);

  fake_kombo_respond (fake, "POST", "/ats/candidates", 200, CREATED ("cand-1"));
  fake_kombo_respond (fake, "POST", "/ats/candidates", 200, CREATED ("cand-2"));
  g_assert_cmpuint (submit (sheet, store), ==, 2);
  test_wait_for (posted_twice, fake, "both candidates");
  n_posted = 0;
  for (guint i = 0; i < fake_kombo_get_n_requests (fake); i++)
    {
      FakeRequest *request = fake_kombo_get_request (fake, i);
      JsonObject  *body;
      JsonObject  *cv;

      if (!g_str_equal (request->method, "POST"))
        continue;
      test_assert_schema_valid ("create-candidate.request.schema.json", request->body);
      body = fake_request_get_json (request);
      cv = json_array_get_object_element (json_object_get_array_member (body, "attachments"), 0);
      g_assert_true (g_str_equal (json_object_get_string_member (cv, "name"), expected[0].file_name) ||
                     g_str_equal (json_object_get_string_member (cv, "name"), expected[2].file_name));
      g_assert_cmpstr (json_object_get_string_member (cv, "type"), ==, "CV");
      n_posted++;
    }
  /* Each with its CV, and no more than the two */
  g_assert_cmpuint (n_posted, ==, 2);
  shortlist_store_close (store);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);

  /* The folder itself: every file in it, by name */
  {
    g_autoptr (ShortlistSpreadsheet) whole = shortlist_spreadsheet_new ();
    g_autoptr (GFile) directory = g_file_new_for_path (folder);
    g_autofree char *hidden = g_build_filename (folder, ".~lock.notes#", NULL);
    g_autofree char *inner = g_build_filename (folder, "old", NULL);

    g_assert_true (g_file_set_contents (hidden, "lock", -1, NULL));
    g_mkdir_with_parents (inner, 0700);
    shortlist_spreadsheet_load_cvs_async (whole, &directory, 1, NULL, test_store_result, &result);
    g_assert_true (shortlist_spreadsheet_load_finish (whole, test_wait (&result), &error));
    g_clear_object (&result);
    g_assert_no_error (error);
    /* The corpus, the scan and the old Word document; not the hidden file, nor the folder in it */
    g_assert_cmpuint (g_list_model_get_n_items (shortlist_spreadsheet_get_rows (whole)), ==, n + 2);
    g_assert_cmpstr (shortlist_sheet_row_get_source (row (whole, 0)), ==, "01-Doe.pdf");
    g_assert_cmpstr (shortlist_sheet_row_get_source (row (whole, n)), ==, "Lebenslauf.doc");
    g_assert_cmpstr (shortlist_sheet_row_get_source (row (whole, n + 1)), ==, "scan.pdf");
  }
}

int
main (int    argc,
      char **argv)
{
  test_init (&argc, &argv);

  g_test_add_func ("/spreadsheet/preview", test_preview);
  g_test_add_func ("/spreadsheet/bad-files", test_bad_files);
  g_test_add_func ("/spreadsheet/submit", test_submit);
  g_test_add_func ("/spreadsheet/lost-answer", test_lost_answer);

  g_test_add_func ("/spreadsheet/possible-by-name", test_possible_by_name);
  g_test_add_func ("/spreadsheet/note", test_note);
  g_test_add_func ("/spreadsheet/encodings", test_encodings);
  g_test_add_func ("/spreadsheet/workbook", test_workbook);
  g_test_add_func ("/spreadsheet/cvs", test_cvs);

  return g_test_run ();
}
