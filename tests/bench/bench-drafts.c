/* bench-drafts.c: what keeping drafts and the history costs, for bench.sh
 *
 * Usage: bench-drafts FOLDER
 *
 * In FOLDER (which should be empty), on the disk the person's data would be on:
 *  - save: a draft with three attachments of 5 MB saved through the store, which copies the
 *    files beside the database; the reference is copying the same files with GIO alone;
 *  - restore: the drafts listed and the last one read back into an empty draft;
 *  - typing: 200 characters typed into the draft, one every 30 ms as a fast typist does,
 *    with the autosave on; the figure is the longest the main loop was kept from running,
 *    and the reference the same typing with the autosave off;
 *  - history: the size of the database holding 10,000 submissions, against the bytes of
 *    their texts.
 */
#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "shortlist-draft-saver.h"
#include "shortlist-store.h"

#define MIB (1024 * 1024)
#define N_FILES 3
#define FILE_MIB 5
#define N_TYPED 200
#define TYPE_EVERY_MS 30
#define N_HISTORY 10000
#define INTEGRATION "greenhouse:HBnyPwRrfeMWaNPQUuNdsBTx"

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static void
store_result (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
die (const char *what,
     GError     *error)
{
  g_printerr ("bench-drafts: %s: %s\n", what, error ? error->message : "failed");
  exit (1);
}

static GFile *
write_random_file (const char *folder,
                   const char *name)
{
  g_autofree char    *path = g_build_filename (folder, name, NULL);
  g_autofree guint32 *data = g_new (guint32, FILE_MIB * MIB / sizeof (guint32));
  g_autoptr (GError) error = NULL;
  g_autoptr (GRand) rand = g_rand_new ();

  for (gsize i = 0; i < FILE_MIB * MIB / sizeof (guint32); i++)
    data[i] = g_rand_int (rand);
  if (!g_file_set_contents (path, (const char *) data, FILE_MIB * MIB, &error))
    die ("writing an attachment", error);
  return g_file_new_for_path (path);
}

static KomboCandidateDraft *
new_draft (GFile **files)
{
  KomboCandidateDraft             *draft = kombo_candidate_draft_new ();
  static const char               *names[] = { "Ada Lovelace CV.pdf", "Cover letter.pdf", "Portfolio.pdf" };
  static const KomboAttachmentType types[] = { KOMBO_ATTACHMENT_CV, KOMBO_ATTACHMENT_COVER_LETTER,
                                               KOMBO_ATTACHMENT_OTHER };

  kombo_candidate_draft_set_text (draft, "first-name", "Ada");
  kombo_candidate_draft_set_text (draft, "last-name", "Lovelace");
  kombo_candidate_draft_set_text (draft, "email-address", "ada.lovelace@example.org");
  kombo_candidate_draft_set_text (draft, "job-id", "B5VrmZ2knNNbkEeBBQ9ysZBq");
  for (guint i = 0; i < N_FILES; i++)
    {
      g_autoptr (KomboAttachment) attachment = kombo_attachment_new (files[i], names[i], "application/pdf",
                                                                     FILE_MIB * MIB, types[i]);

      kombo_candidate_draft_add_attachment (draft, attachment);
    }
  return draft;
}

static double
copy_reference (const char *folder,
                GFile     **files)
{
  g_autofree char *copies = g_build_filename (folder, "reference", NULL);
  gint64           start;

  g_mkdir_with_parents (copies, 0700);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < N_FILES; i++)
    {
      g_autofree char *name = g_file_get_basename (files[i]);
      g_autoptr (GFile) copy = g_file_new_build_filename (copies, name, NULL);
      g_autoptr (GError) error = NULL;

      if (!g_file_copy (files[i], copy, G_FILE_COPY_TARGET_DEFAULT_PERMS, NULL, NULL, NULL, &error))
        die ("copying", error);
    }
  return ms_since (start);
}

/* The longest the main loop went without running a 1 ms tick */
typedef struct
{
  gint64 last;
  gint64 longest;
} Ticks;

static gboolean
tick_cb (gpointer data)
{
  Ticks *ticks = data;
  gint64 now = g_get_monotonic_time ();

  if (ticks->last != 0)
    ticks->longest = MAX (ticks->longest, now - ticks->last);
  ticks->last = now;
  return G_SOURCE_CONTINUE;
}

typedef struct
{
  KomboCandidateDraft *draft;
  GString             *typed;
  guint                n;
} Typing;

static gboolean
type_cb (gpointer data)
{
  Typing *typing = data;

  g_string_append_c (typing->typed, "abcdefghijklmnopqrstuvwxyz "[typing->n % 27]);
  kombo_candidate_draft_set_text (typing->draft, "title", typing->typed->str);
  return ++typing->n < N_TYPED ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Returns the longest stall, in ms, while typing into @draft */
static double
type_into (KomboCandidateDraft *draft)
{
  Typing typing = { draft, g_string_new (NULL), 0 };
  Ticks  ticks = { 0 };
  guint  ticker = g_timeout_add (1, tick_cb, &ticks);

  g_timeout_add (TYPE_EVERY_MS, type_cb, &typing);
  while (typing.n < N_TYPED)
    g_main_context_iteration (NULL, TRUE);
  /* The last autosave falls a second after the last key */
  {
    gint64 until = g_get_monotonic_time () + 1500 * 1000;

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, TRUE);
  }
  g_source_remove (ticker);
  g_string_free (typing.typed, TRUE);
  /* The tick itself is due every millisecond */
  return MAX (0, ticks.longest - 1000) / 1000.0;
}

static void
fill_history (ShortlistStore *store,
              gsize          *text_bytes)
{
  GAsyncResult *result = NULL;
  gint64        now = g_get_real_time ();

  *text_bytes = 0;
  for (guint i = 0; i < N_HISTORY; i++)
    {
      g_autoptr (ShortlistHistoryEntry) entry = shortlist_history_entry_new ();

      entry->sent = now - (gint64) i * G_TIME_SPAN_MINUTE * 30;
      entry->integration_id = g_strdup (INTEGRATION);
      entry->job_id = g_strdup ("B5VrmZ2knNNbkEeBBQ9ysZBq");
      entry->job_name = g_strdup_printf ("Senior Backend Engineer (Go) %u", i % 40);
      entry->name = g_strdup_printf ("Candidate Number %u", i);
      entry->email = g_strdup_printf ("candidate.%u@example.org", i);
      entry->outcome = SHORTLIST_SENT_CREATED;
      entry->candidate_id = g_strdup_printf ("%024u", i);
      entry->remote_id = g_strdup_printf ("%u", 100000 + i);
      entry->remote_url = g_strdup_printf ("https://ats.example.com/candidates/%u", 100000 + i);
      if (i % 4 == 0)
        entry->warnings = g_strsplit ("The phone number was not saved: this ATS has no phone field.", "|", -1);
      for (const char *const *text = (const char *const[]){ entry->integration_id, entry->job_id, entry->job_name, entry->name,
                                                            entry->email, entry->candidate_id, entry->remote_id,
                                                            entry->remote_url, NULL };
           *text != NULL; text++)
        *text_bytes += strlen (*text);
      if (entry->warnings != NULL)
        *text_bytes += strlen (entry->warnings[0]);
      shortlist_store_add_history_async (store, entry, NULL, store_result, &result);
      /* One at a time, as submissions come */
      if (shortlist_store_add_history_finish (store, wait_for (&result), NULL) <= 0)
        die ("adding to the history", NULL);
      g_clear_object (&result);
    }
}

static goffset
file_size (const char *folder,
           const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  GStatBuf         buf;

  return g_stat (path, &buf) == 0 ? buf.st_size : 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ShortlistStore) store = NULL;
  g_autoptr (KomboCandidateDraft) draft = NULL;
  g_autoptr (KomboCandidateDraft) restored = NULL;
  g_autoptr (JsonNode) node = NULL;
  g_autoptr (GPtrArray) drafts = NULL;
  g_autofree char *store_folder = NULL;
  GFile           *files[N_FILES];
  GAsyncResult    *result = NULL;
  double           save_ms, restore_ms, copy_ms, typing_ms, typing_off_ms;
  gsize            text_bytes;
  goffset          db_bytes;
  gint64           start;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc != 2)
    {
      g_printerr ("Usage: bench-drafts FOLDER\n");
      return 2;
    }

  for (guint i = 0; i < N_FILES; i++)
    {
      g_autofree char *name = g_strdup_printf ("attachment-%u.pdf", i);

      files[i] = write_random_file (argv[1], name);
    }
  /* Both read the files from the page cache, as the save of a file just attached does */
  copy_ms = copy_reference (argv[1], files);

  store_folder = g_build_filename (argv[1], "shortlist", NULL);
  store = shortlist_store_new (store_folder);
  shortlist_store_open_async (store, NULL, store_result, &result);
  if (!shortlist_store_open_finish (store, wait_for (&result), NULL, &error))
    die ("opening the store", error);
  g_clear_object (&result);

  /* Saving: the draft serialized and written, its files copied */
  draft = new_draft (files);
  start = g_get_monotonic_time ();
  node = kombo_candidate_draft_serialize (draft);
  shortlist_store_save_draft_async (store, "bench-draft", INTEGRATION, "Ada Lovelace", "Senior Backend Engineer (Go)",
                                    node, NULL, store_result, &result);
  if (!shortlist_store_save_draft_finish (store, wait_for (&result), &error))
    die ("saving the draft", error);
  save_ms = ms_since (start);
  g_clear_object (&result);

  /* Restoring: listed, and read back into an empty draft */
  start = g_get_monotonic_time ();
  shortlist_store_list_drafts_async (store, NULL, store_result, &result);
  drafts = shortlist_store_list_drafts_finish (store, wait_for (&result), &error);
  if (drafts == NULL || drafts->len != 1)
    die ("listing the drafts", error);
  restored = kombo_candidate_draft_new ();
  if (!kombo_candidate_draft_deserialize (restored, ((ShortlistDraftInfo *) drafts->pdata[0])->draft, &error))
    die ("reading the draft back", error);
  restore_ms = ms_since (start);
  g_clear_object (&result);
  if (g_list_model_get_n_items (G_LIST_MODEL (kombo_candidate_draft_get_attachments (restored))) != N_FILES)
    die ("the attachments did not come back", NULL);

  /* Typing, without and then with the autosave */
  typing_off_ms = type_into (restored);
  {
    g_autoptr (ShortlistDraftSaver) saver = shortlist_draft_saver_new (store, restored);

    shortlist_draft_saver_set_integration_id (saver, INTEGRATION);
    typing_ms = type_into (restored);
    shortlist_draft_saver_flush (saver);
  }

  fill_history (store, &text_bytes);
  shortlist_store_close (store);
  db_bytes = file_size (store_folder, "shortlist.db") + file_size (store_folder, "shortlist.db-wal");

  printf ("draft_attachments=%ux%uMiB save_ms=%.1f copy_reference_ms=%.1f restore_ms=%.1f\n", N_FILES, FILE_MIB, save_ms,
          copy_ms, restore_ms);
  printf ("typed_chars=%u longest_stall_ms=%.1f autosave_off_stall_ms=%.1f goal_ms=16\n", N_TYPED, typing_ms, typing_off_ms);
  printf ("history_entries=%u db_kib=%.0f text_kib=%.0f\n", N_HISTORY, db_bytes / 1024.0, text_bytes / 1024.0);

  for (guint i = 0; i < N_FILES; i++)
    g_object_unref (files[i]);
  return 0;
}
