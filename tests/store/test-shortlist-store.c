/* test-shortlist-store.c: drafts kept in SQLite, with their files, against real files and a real database */
#include "config.h"

#include <string.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "shortlist-draft-saver.h"
#include "shortlist-store.h"
#include "test-util.h"

static char *
new_folder (void)
{
  g_autofree char *template = g_build_filename (test_get_tmp_dir (), "store-XXXXXX", NULL);

  return g_strdup (g_mkdtemp (template));
}

static ShortlistStore *
open_store (const char *folder,
            char      **notice)
{
  ShortlistStore *store = shortlist_store_new (folder);
  GAsyncResult   *result = NULL;
  g_autoptr (GError) error = NULL;

  shortlist_store_open_async (store, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_open_finish (store, test_wait (&result), notice, &error));
  g_assert_no_error (error);
  g_object_unref (result);
  return store;
}

static void
save (ShortlistStore *store,
      const char     *id,
      const char     *name,
      const char     *json)
{
  g_autoptr (JsonNode) draft = json_from_string (json, NULL);
  GAsyncResult *result = NULL;
  g_autoptr (GError) error = NULL;

  shortlist_store_save_draft_async (store, id, TEST_INTEGRATION_ID, name, "Backend Engineer", draft, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_save_draft_finish (store, test_wait (&result), &error));
  g_assert_no_error (error);
  g_object_unref (result);
}

static GPtrArray *
list (ShortlistStore *store)
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

static const char *
attachment_uri (ShortlistDraftInfo *info,
                guint               index)
{
  JsonArray *attachments = json_object_get_array_member (json_node_get_object (info->draft), "attachments");

  return json_object_get_string_member (json_array_get_object_element (attachments, index), "uri");
}

/* A draft comes back as saved, its file copied beside the database, and goes with its copy */
static void
test_drafts (void)
{
  g_autofree char *folder = new_folder ();
  g_autofree char *cv_path = test_write_file ("store-cv.pdf", "%PDF-1.4 CV of Ada", -1);
  g_autoptr (GFile) cv = g_file_new_for_path (cv_path);
  g_autofree char *cv_uri = g_file_get_uri (cv);
  g_autofree char *json = g_strdup_printf ("{\"version\":1,\"texts\":{\"first-name\":\"Ada\"},\"attachments\":"
                                           "[{\"uri\":\"%s\",\"name\":\"cv.pdf\",\"content-type\":\"application/pdf\","
                                           "\"size\":18,\"kind\":\"cv\"}],\"answers\":{},\"files\":{}}",
                                           cv_uri);
  g_autoptr (ShortlistStore) store = open_store (folder, NULL);
  g_autoptr (GPtrArray) drafts = NULL;
  g_autoptr (GFile) copy = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *db_path = g_build_filename (folder, "shortlist.db", NULL);
  g_autofree char *files_path = g_build_filename (folder, "files", "draft-1", NULL);
  GStatBuf         info;
  GAsyncResult    *result = NULL;

  save (store, "draft-1", "Ada", json);
  save (store, "draft-2", "Grace", "{\"version\":1,\"texts\":{\"first-name\":\"Grace\"}}");
  drafts = list (store);
  g_assert_cmpuint (drafts->len, ==, 2);
  /* The last changed first */
  g_assert_cmpstr (((ShortlistDraftInfo *) drafts->pdata[0])->id, ==, "draft-2");
  g_assert_cmpstr (((ShortlistDraftInfo *) drafts->pdata[1])->name, ==, "Ada");
  g_assert_cmpstr (((ShortlistDraftInfo *) drafts->pdata[1])->job, ==, "Backend Engineer");
  g_assert_cmpstr (((ShortlistDraftInfo *) drafts->pdata[1])->integration_id, ==, TEST_INTEGRATION_ID);

  /* The file is a copy in the store's folder; the original may go */
  copy = g_file_new_for_uri (attachment_uri (drafts->pdata[1], 0));
  g_assert_true (g_str_has_prefix (g_file_peek_path (copy), files_path));
  g_unlink (cv_path);
  g_assert_true (g_file_load_contents (copy, NULL, &contents, NULL, NULL, NULL));
  g_assert_cmpstr (contents, ==, "%PDF-1.4 CV of Ada");

  /* Saving again, as the draft now reads, copies nothing new */
  {
    g_autoptr (JsonNode) again = json_node_copy (((ShortlistDraftInfo *) drafts->pdata[1])->draft);
    g_autofree char *again_json = json_to_string (again, FALSE);
    g_autoptr (GDir) dir = NULL;
    guint n = 0;

    save (store, "draft-1", "Ada", again_json);
    dir = g_dir_open (files_path, 0, NULL);
    while (g_dir_read_name (dir) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }

  /* Only its owner can read the database */
  g_assert_cmpint (g_stat (db_path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (folder, &info), ==, 0);

  /* Deleting takes the copy too */
  shortlist_store_delete_draft_async (store, "draft-1", NULL, test_store_result, &result);
  g_assert_true (shortlist_store_delete_draft_finish (store, test_wait (&result), NULL));
  g_object_unref (result);
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = list (store);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_false (g_file_test (files_path, G_FILE_TEST_EXISTS));
}

static gboolean
has_corrupt_copy (const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "shortlist.db.corrupt-"))
      return TRUE;
  return FALSE;
}

/* A file that is no database, or one a newer Shortlist wrote, is kept aside and a new one made */
static void
test_unusable_database (void)
{
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *folder = new_folder ();
      g_autofree char *db_path = g_build_filename (folder, "shortlist.db", NULL);
      g_autoptr (ShortlistStore) store = NULL;
      g_autoptr (GPtrArray) drafts = NULL;
      g_autofree char *notice = NULL;

      if (i == 0)
        g_assert_true (g_file_set_contents (db_path, "This is not a database, it was cut off in the midd", -1, NULL));
      else
        {
          sqlite3 *db = NULL;

          g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
          g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE future (x); PRAGMA user_version = 99;", NULL, NULL, NULL), ==, SQLITE_OK);
          sqlite3_close (db);
        }

      store = open_store (folder, &notice);
      g_assert_nonnull (notice);
      g_assert_nonnull (strstr (notice, "shortlist.db.corrupt-"));
      if (i == 1)
        g_assert_true (g_str_has_prefix (notice, "The drafts were written by a newer version of Shortlist."));
      g_assert_true (has_corrupt_copy (folder));

      /* And it keeps drafts */
      save (store, "draft-1", "Ada", "{\"version\":1}");
      drafts = list (store);
      g_assert_cmpuint (drafts->len, ==, 1);
    }
}

/* A file with a damaged page is found at open by SQLite's own check, said, moved aside, and
 * what can be read of it comes back: a damaged page costs only the drafts on it */
static void
test_damaged_pages (void)
{
  g_autofree char *folder = new_folder ();
  g_autofree char *db_path = g_build_filename (folder, "shortlist.db", NULL);
  g_autofree char *notice = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *padding = g_strnfill (1500, 'x');
  g_autoptr (GPtrArray) drafts = NULL;
  gsize           length;
  ShortlistStore *store = open_store (folder, NULL);

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *id = g_strdup_printf ("draft-%02u", i);
      g_autofree char *name = g_strdup_printf ("Candidate %u", i);
      g_autofree char *json = g_strdup_printf ("{\"version\":1,\"note\":\"%s\"}", padding);

      save (store, id, name, json);
    }
  shortlist_store_close (store);
  g_object_unref (store);
  /* Everything in the file itself, none in the write-ahead log */
  {
    sqlite3 *db = NULL;

    g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }

  /* One page among the drafts' overwritten: they fill the file's second half, after the
   * pages of the tables and indexes every store has */
  g_assert_true (g_file_get_contents (db_path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 20 * 4096);
  memset (contents + (length / 4096 - 8) * 4096, 0xA5, 4096);
  g_assert_true (g_file_set_contents (db_path, contents, length, NULL));

  store = open_store (folder, &notice);
  g_assert_nonnull (notice);
  g_test_message ("%s", notice);
  g_assert_true (g_str_has_prefix (notice, "The file of drafts is damaged. The old file was kept as "));
  g_assert_true (has_corrupt_copy (folder));
  drafts = list (store);
  /* Most come back, and the notice says how many */
  g_assert_cmpuint (drafts->len, >=, 30);
  g_assert_cmpuint (drafts->len, <, 40);
  {
    g_autofree char *read_back = g_strdup_printf ("%u drafts were read back from it.", drafts->len);

    g_assert_true (g_str_has_suffix (notice, read_back));
  }
  g_object_unref (store);
}

/* A folder that cannot be made: Shortlist is told why, and nothing crashes */
static void
test_no_folder (void)
{
  g_autofree char *file = test_write_file ("store-not-a-folder", "a file where a folder should be", -1);
  g_autofree char *folder = g_build_filename (file, "shortlist", NULL);
  g_autoptr (ShortlistStore) store = shortlist_store_new (folder);
  g_autoptr (JsonNode) draft = json_from_string ("{\"version\":1}", NULL);
  GAsyncResult *result = NULL;
  g_autoptr (GError) error = NULL;

  shortlist_store_open_async (store, NULL, test_store_result, &result);
  g_assert_false (shortlist_store_open_finish (store, test_wait (&result), NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_clear_object (&result);
  g_clear_error (&error);

  shortlist_store_save_draft_async (store, "draft-1", NULL, NULL, NULL, draft, NULL, test_store_result, &result);
  g_assert_false (shortlist_store_save_draft_finish (store, test_wait (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED);
  g_object_unref (result);
}

/* Two Shortlist processes saving at once: each draft arrives whole */
static void
test_two_processes (void)
{
  const char *folder = g_getenv ("SHORTLIST_STORE_TEST_FOLDER");

  if (folder != NULL)
    {
      /* The second process: the same folder, drafts of its own */
      g_autoptr (ShortlistStore) store = open_store (folder, NULL);

      for (guint i = 0; i < 40; i++)
        {
          g_autofree char *id = g_strdup_printf ("child-%u", i);

          save (store, id, "Grace", "{\"version\":1,\"texts\":{\"first-name\":\"Grace\"}}");
        }
      return;
    }
  else
    {
      g_autofree char *shared = new_folder ();
      g_autoptr (ShortlistStore) store = open_store (shared, NULL);
      g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
      g_autoptr (GSubprocess) child = NULL;
      g_autoptr (GPtrArray) drafts = NULL;
      g_autoptr (GError) error = NULL;
      g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);

      g_subprocess_launcher_setenv (launcher, "SHORTLIST_STORE_TEST_FOLDER", shared, TRUE);
      child = g_subprocess_launcher_spawn (launcher, &error, self_path, "-q", "-p", "/shortlist/store/two-processes", NULL);
      g_assert_no_error (error);
      for (guint i = 0; i < 40; i++)
        {
          g_autofree char *id = g_strdup_printf ("parent-%u", i);

          save (store, id, "Ada", "{\"version\":1,\"texts\":{\"first-name\":\"Ada\"}}");
        }
      g_assert_true (g_subprocess_wait_check (child, NULL, &error));
      g_assert_no_error (error);

      drafts = list (store);
      g_assert_cmpuint (drafts->len, ==, 80);
    }
}

static gint64
add_entry (ShortlistStore      *store,
           const char          *name,
           const char          *job,
           ShortlistSentOutcome outcome,
           gint64               sent)
{
  g_autoptr (ShortlistHistoryEntry) entry = shortlist_history_entry_new ();
  const char   *warnings[] = { "The salary was stored as a note.", NULL };
  GAsyncResult *result = NULL;
  g_autoptr (GError) error = NULL;
  gint64 id;

  entry->sent = sent;
  entry->integration_id = g_strdup (TEST_INTEGRATION_ID);
  entry->job_name = g_strdup (job);
  entry->name = g_strdup (name);
  entry->email = g_strdup_printf ("%s@example.org", name);
  entry->outcome = outcome;
  entry->candidate_id = outcome == SHORTLIST_SENT_CREATED ? g_strdup_printf ("cand-%s", name) : NULL;
  entry->warnings = g_strdupv ((char **) warnings);
  shortlist_store_add_history_async (store, entry, NULL, test_store_result, &result);
  id = shortlist_store_add_history_finish (store, test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_object_unref (result);
  return id;
}

static GPtrArray *
history (ShortlistStore *store,
         const char     *search)
{
  GAsyncResult *result = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *entries;

  shortlist_store_list_history_async (store, search, NULL, test_store_result, &result);
  entries = shortlist_store_list_history_finish (store, test_wait (&result), &error);
  g_assert_no_error (error);
  g_object_unref (result);
  return entries;
}

static void
wait_done (ShortlistStore *store,
           GAsyncResult  **slot)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (shortlist_store_finish (store, test_wait (slot), &error));
  g_assert_no_error (error);
  g_clear_object (slot);
}

/* Every submission is kept, found by name, email or job, with what came of it and what came after */
static void
test_history (void)
{
  g_autofree char *folder = new_folder ();
  g_autoptr (ShortlistStore) store = open_store (folder, NULL);
  g_autoptr (GPtrArray) entries = NULL;
  GAsyncResult          *result = NULL;
  gint64                 now = g_get_real_time ();
  gint64                 unknown;
  ShortlistHistoryEntry *e;

  add_entry (store, "ada", "Backend Engineer", SHORTLIST_SENT_CREATED, now - 3 * G_USEC_PER_SEC);
  unknown = add_entry (store, "grace", "Product Designer", SHORTLIST_SENT_UNKNOWN, now - 2 * G_USEC_PER_SEC);
  add_entry (store, "alan_100%", "Backend Engineer", SHORTLIST_SENT_FAILED, now - G_USEC_PER_SEC);

  entries = history (store, NULL);
  g_assert_cmpuint (entries->len, ==, 3);
  e = entries->pdata[2];
  g_assert_cmpstr (e->name, ==, "ada");
  g_assert_cmpint (e->outcome, ==, SHORTLIST_SENT_CREATED);
  g_assert_cmpstr (e->warnings[0], ==, "The salary was stored as a note.");
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Found by part of a job, and LIKE's wildcards typed are only characters */
  entries = history (store, "ackend");
  g_assert_cmpuint (entries->len, ==, 2);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = history (store, "_100%");
  g_assert_cmpuint (entries->len, ==, 1);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = history (store, "a_a");
  g_assert_cmpuint (entries->len, ==, 0);
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* An unknown outcome is settled by a lookup; a tag added later goes with the candidate */
  shortlist_store_set_outcome_async (store, unknown, SHORTLIST_SENT_CREATED, "cand-grace", "https://ats.example.com/candidates/88",
                                     NULL, test_store_result, &result);
  wait_done (store, &result);
  shortlist_store_add_followup_async (store, "cand-grace", "Tag “Referral” added", NULL, test_store_result, &result);
  wait_done (store, &result);
  entries = history (store, "grace");
  e = entries->pdata[0];
  g_assert_cmpint (e->outcome, ==, SHORTLIST_SENT_CREATED);
  g_assert_cmpstr (e->candidate_id, ==, "cand-grace");
  g_assert_cmpstr (e->remote_url, ==, "https://ats.example.com/candidates/88");
  g_assert_cmpstr (e->followups[0], ==, "Tag “Referral” added");
  g_assert_null (e->followups[1]);
}

/* History older than the recruiter keeps it is deleted; deleting everything takes the drafts and their files */
static void
test_forget (void)
{
  g_autofree char *folder = new_folder ();
  g_autoptr (ShortlistStore) store = open_store (folder, NULL);
  g_autofree char *cv_path = test_write_file ("forget-cv.pdf", "%PDF-1.4", -1);
  g_autoptr (GFile) cv = g_file_new_for_path (cv_path);
  g_autofree char *uri = g_file_get_uri (cv);
  g_autofree char *json = g_strdup_printf ("{\"version\":1,\"attachments\":[{\"uri\":\"%s\",\"name\":\"cv.pdf\"}]}", uri);
  g_autofree char *files = g_build_filename (folder, "files", "draft-1", NULL);
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GPtrArray) drafts = NULL;
  GAsyncResult *result = NULL;
  gint64        now = g_get_real_time ();
  gint64        day = 24 * G_TIME_SPAN_HOUR;

  add_entry (store, "old", "Backend Engineer", SHORTLIST_SENT_CREATED, now - 40 * day);
  add_entry (store, "recent", "Backend Engineer", SHORTLIST_SENT_CREATED, now - day);
  save (store, "draft-1", "Ada", json);
  g_assert_true (g_file_test (files, G_FILE_TEST_IS_DIR));

  shortlist_store_forget_async (store, now - 30 * day, FALSE, NULL, test_store_result, &result);
  wait_done (store, &result);
  entries = history (store, NULL);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (((ShortlistHistoryEntry *) entries->pdata[0])->name, ==, "recent");
  drafts = list (store);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_clear_pointer (&entries, g_ptr_array_unref);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  shortlist_store_forget_async (store, G_MAXINT64, TRUE, NULL, test_store_result, &result);
  wait_done (store, &result);
  entries = history (store, NULL);
  drafts = list (store);
  g_assert_cmpuint (entries->len, ==, 0);
  g_assert_cmpuint (drafts->len, ==, 0);
  g_assert_false (g_file_test (files, G_FILE_TEST_EXISTS));
}

/* A database Shortlist wrote before history was kept: its drafts stay, and history is kept from then on */
static void
test_migration_from_version_1 (void)
{
  g_autofree char *folder = new_folder ();
  g_autofree char *db_path = g_build_filename (folder, "shortlist.db", NULL);
  g_autoptr (ShortlistStore) store = NULL;
  g_autoptr (GPtrArray) drafts = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  GAsyncResult *result = NULL;
  sqlite3      *db = NULL;

  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TABLE drafts (id TEXT PRIMARY KEY, integration_id TEXT, name TEXT, job TEXT,"
                                 "                     updated INTEGER NOT NULL, draft TEXT NOT NULL);"
                                 "CREATE INDEX drafts_by_update ON drafts (updated);"
                                 "INSERT INTO drafts VALUES ('old-draft', 'demo:northwind', 'Ada Lovelace', 'Backend', 1,"
                                 "                           '{\"version\":1,\"texts\":{\"first-name\":\"Ada\"}}');"
                                 "PRAGMA user_version = 1;",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  store = open_store (folder, NULL);
  drafts = list (store);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (((ShortlistDraftInfo *) drafts->pdata[0])->name, ==, "Ada Lovelace");
  g_assert_null (((ShortlistDraftInfo *) drafts->pdata[0])->error);

  /* Why a submission failed stays with the draft, through later saves */
  shortlist_store_set_draft_error_async (store, "old-draft", "Job closed: The job stopped accepting applications.", NULL,
                                         test_store_result, &result);
  wait_done (store, &result);
  save (store, "old-draft", "Ada Lovelace", "{\"version\":1,\"texts\":{\"first-name\":\"Ada\",\"city\":\"Berlin\"}}");
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = list (store);
  g_assert_cmpstr (((ShortlistDraftInfo *) drafts->pdata[0])->error, ==, "Job closed: The job stopped accepting applications.");

  add_entry (store, "ada", "Backend", SHORTLIST_SENT_CREATED, 0);
  entries = history (store, NULL);
  g_assert_cmpuint (entries->len, ==, 1);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
wait_for_save (guint *saves)
{
  guint  before = *saves;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (*saves <= before)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* What is typed is saved within a second, once however much is typed; a new candidate is another draft */
static void
test_saver (void)
{
  g_autofree char *folder = new_folder ();
  g_autoptr (ShortlistStore) store = open_store (folder, NULL);
  g_autoptr (KomboCandidateDraft) draft = kombo_candidate_draft_new ();
  g_autoptr (ShortlistDraftSaver) saver = shortlist_draft_saver_new (store, draft);
  g_autoptr (GPtrArray) drafts = NULL;
  g_autofree char *first_id = NULL;
  guint            saves = 0;
  gint64           start;

  g_signal_connect_swapped (saver, "saved", G_CALLBACK (count_cb), &saves);
  shortlist_draft_saver_set_integration_id (saver, TEST_INTEGRATION_ID);

  /* Nothing typed, nothing kept */
  shortlist_draft_saver_flush (saver);
  drafts = list (store);
  g_assert_cmpuint (drafts->len, ==, 0);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  start = g_get_monotonic_time ();
  g_object_set (draft, "first-name", "A", NULL);
  g_object_set (draft, "first-name", "Ad", NULL);
  g_object_set (draft, "first-name", "Ada", "last-name", "Lovelace", NULL);
  wait_for_save (&saves);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);
  g_assert_cmpuint (saves, ==, 1);
  drafts = list (store);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (((ShortlistDraftInfo *) drafts->pdata[0])->name, ==, "Ada Lovelace");
  first_id = g_strdup (shortlist_draft_saver_get_id (saver));
  g_assert_cmpstr (((ShortlistDraftInfo *) drafts->pdata[0])->id, ==, first_id);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  /* The next candidate is a draft of its own; the first stays */
  shortlist_draft_saver_start_new (saver);
  kombo_candidate_draft_clear (draft);
  g_object_set (draft, "first-name", "Grace", NULL);
  shortlist_draft_saver_flush (saver);
  wait_for_save (&saves);
  drafts = list (store);
  g_assert_cmpuint (drafts->len, ==, 2);
  g_assert_cmpstr (((ShortlistDraftInfo *) drafts->pdata[0])->name, ==, "Grace");

  /* Going back to the first brings it into the form, without saving it again */
  g_assert_true (shortlist_draft_saver_open (saver, drafts->pdata[1], NULL));
  g_assert_cmpstr (kombo_candidate_draft_get_text (draft, "first-name"), ==, "Ada");
  g_assert_cmpstr (shortlist_draft_saver_get_id (saver), ==, first_id);
  shortlist_draft_saver_flush (saver);

  /* Sent: it is no longer kept */
  shortlist_draft_saver_forget (saver);
  wait_for_save (&saves);
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = list (store);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (((ShortlistDraftInfo *) drafts->pdata[0])->name, ==, "Grace");
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add_func ("/shortlist/store/drafts", test_drafts);
  g_test_add_func ("/shortlist/store/unusable-database", test_unusable_database);
  g_test_add_func ("/shortlist/store/damaged-pages", test_damaged_pages);
  g_test_add_func ("/shortlist/store/no-folder", test_no_folder);
  g_test_add_func ("/shortlist/store/two-processes", test_two_processes);
  g_test_add_func ("/shortlist/store/saver", test_saver);
  g_test_add_func ("/shortlist/store/history", test_history);
  g_test_add_func ("/shortlist/store/forget", test_forget);
  g_test_add_func ("/shortlist/store/migration-from-version-1", test_migration_from_version_1);

  return g_test_run ();
}
