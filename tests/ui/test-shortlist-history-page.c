/* test-shortlist-history-page.c: the history of submissions, as a recruiter looks through it */
#include "config.h"

#include "shortlist-candidate-chooser.h"
#include "shortlist-candidate-page.h"
#include "shortlist-history-page.h"
#include "shortlist-note-group.h"
#include "shortlist-compat.h"
#include "shortlist-preferences-dialog.h"
#include "shortlist-store.h"
#include "shortlist-tag-page.h"
#include "ui-test-util.h"

#define DESIGNER_JOB "B5VrmZ2knNNbkEeBBQ9ysZBq"
#define GRACE                                                                                                        \
  "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[{\"id\":\"cand-grace\",\"first_name\":\"Grace\","    \
  "\"last_name\":\"Hopper\",\"remote_url\":\"https://ats.example.com/candidates/88\","                               \
  "\"email_addresses\":[{\"email_address\":\"grace@example.com\",\"type\":null}],"                                   \
  "\"applications\":[{\"id\":\"a1\",\"current_stage\":null,\"job\":{\"id\":\"" DESIGNER_JOB "\",\"name\":\"Product " \
  "Designer\",\"remote_id\":\"1044\"}}],\"tags\":[]}]}}"

typedef struct
{
  FakeKombo        *fake;
  GSettings        *settings;
  ShortlistAccount *account;
  ShortlistStore   *store;
  ShortlistWindow  *window;
  GtkWidget        *page;
} Fixture;

static void
add_entry_for (ShortlistStore      *store,
               const char          *integration_id,
               gint64               sent,
               const char          *name,
               const char          *email,
               ShortlistSentOutcome outcome,
               const char          *candidate_id)
{
  g_autoptr (ShortlistHistoryEntry) entry = shortlist_history_entry_new ();
  GAsyncResult *result = NULL;

  entry->sent = sent;
  entry->integration_id = g_strdup (integration_id);
  entry->job_id = g_strdup (DESIGNER_JOB);
  entry->job_name = g_strdup ("Product Designer");
  entry->name = g_strdup (name);
  entry->email = g_strdup (email);
  entry->outcome = outcome;
  entry->candidate_id = g_strdup (candidate_id);
  if (outcome == SHORTLIST_SENT_CREATED)
    entry->warnings = g_strsplit ("The phone number was dropped.", "|", -1);
  shortlist_store_add_history_async (store, entry, NULL, test_store_result, &result);
  g_assert_cmpint (shortlist_store_add_history_finish (store, test_wait (&result), NULL), >, 0);
  g_object_unref (result);
}

static void
add_entry (ShortlistStore      *store,
           gint64               sent,
           const char          *name,
           const char          *email,
           ShortlistSentOutcome outcome,
           const char          *candidate_id)
{
  add_entry_for (store, "greenhouse:HBnyPwRrfeMWaNPQUuNdsBTx", sent, name, email, outcome, candidate_id);
}

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  g_autofree char *template = g_build_filename (test_get_tmp_dir (), "history-XXXXXX", NULL);
  GAsyncResult *result = NULL;
  gint64        now = g_get_real_time ();

  f->fake = fake_kombo_new ();
  f->settings = account_test_settings_new ();
  f->account = account_test_account_new (f->fake, f->settings);
  f->store = shortlist_store_new (g_mkdtemp (template));
  shortlist_store_open_async (f->store, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_open_finish (f->store, test_wait (&result), NULL, NULL));
  g_clear_object (&result);
  add_entry (f->store, now - 2 * G_TIME_SPAN_HOUR, "Ada Lovelace", "ada@example.org", SHORTLIST_SENT_CREATED, "cand-ada");
  add_entry (f->store, now - G_TIME_SPAN_HOUR, "Grace Hopper", "grace@example.com", SHORTLIST_SENT_UNKNOWN, NULL);

  f->window = shortlist_window_new (NULL, f->settings);
  gtk_window_present (GTK_WINDOW (f->window));
  shortlist_window_set_account (f->window, f->account);
  shortlist_account_set_store (f->account, f->store);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "history");
  f->page = shortlist_window_get_page (SHORTLIST_WINDOW (f->window), "history");
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  ui_test_destroy_window (GTK_WINDOW (f->window), f->page, NULL);
  shortlist_store_close (f->store);
  g_clear_object (&f->store);
  g_clear_object (&f->account);
  g_clear_object (&f->settings);
  g_clear_object (&f->fake);
}

/* The titles of the listed submissions, top to bottom, joined by "|" */
static char *
dup_listed (Fixture *f)
{
  GtkWidget *list = ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "list");
  GString   *titles = g_string_new (NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "list_stack"))),
                 "entries") != 0)
    return g_string_free (titles, FALSE);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    g_string_append_printf (titles, "%s%s", titles->len > 0 ? "|" : "", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  return g_string_free (titles, FALSE);
}

static gboolean
listed_is (gpointer data)
{
  Fixture         *f = ((gpointer *) data)[0];
  g_autofree char *listed = dup_listed (f);

  return g_strcmp0 (listed, ((gpointer *) data)[1]) == 0;
}

static void
wait_for_listed (Fixture    *f,
                 const char *titles)
{
  gpointer data[] = { f, (gpointer) titles };

  ui_test_wait_for (listed_is, data, titles);
}

static const char *
entry_says (Fixture    *f,
            const char *title)
{
  GtkWidget *group = ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "entry_group");
  GtkWidget *row = ui_test_find_row (group, title);

  return row != NULL ? adw_action_row_get_subtitle (ADW_ACTION_ROW (row)) : NULL;
}

static gboolean
outcome_is (gpointer data)
{
  return g_strcmp0 (entry_says (((gpointer *) data)[0], "Outcome"), ((gpointer *) data)[1]) == 0;
}

static void
open_entry (Fixture    *f,
            const char *name)
{
  GtkWidget *list = ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "list");

  g_signal_emit_by_name (ui_test_find_row (list, name), "activated");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "stack"))),
                   ==, "entry");
}

static gboolean
row_says (gpointer data)
{
  Fixture   *f = ((gpointer *) data)[0];
  GtkWidget *list = ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "list");
  GtkWidget *row = NULL;

  for (GtkWidget *r = gtk_widget_get_first_child (list); r != NULL; r = gtk_widget_get_next_sibling (r))
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (r)), ((gpointer *) data)[1]) == 0)
      row = r;
  return row != NULL && g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ((gpointer *) data)[2]);
}

/* Waits until the listed submission of @name says @text on its last line */
static void
wait_for_row_saying (Fixture    *f,
                     const char *name,
                     const char *text)
{
  gpointer data[] = { f, (gpointer) name, (gpointer) text };

  ui_test_wait_for (row_says, data, text);
}

/* Where each candidate the ATS took stands now, as asked of Kombo: on their row and in the
 * submission; one who moved since the history was last looked at is marked, and the Moved
 * filter lists only them */
static void
test_following (Fixture      *f,
                gconstpointer data)
{
  g_autoptr (ShortlistFollower) follower = shortlist_follower_new (f->account);
  GtkWidget       *list = ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "list");
  GtkWidget       *moved_button = ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "moved_button");
  g_autofree char *first = test_candidates_answer ((const char *[]){ "cand-kj:" DESIGNER_JOB ":Phone screen:PENDING",
                                                                     "cand-mh:" DESIGNER_JOB ":Applied:PENDING", NULL },
                                                   TRUE);
  g_autofree char *second = test_candidates_answer ((const char *[]){ "cand-kj:" DESIGNER_JOB ":Interview:PENDING",
                                                                      "cand-mh:" DESIGNER_JOB ":Review:DECLINED", NULL },
                                                    TRUE);

  add_entry_for (f->store, TEST_INTEGRATION_ID, g_get_real_time (), "Katherine Johnson", "kj@example.org", SHORTLIST_SENT_CREATED,
                 "cand-kj");
  add_entry_for (f->store, TEST_INTEGRATION_ID, g_get_real_time (), "Margaret Hamilton", "mh@example.org", SHORTLIST_SENT_CREATED,
                 "cand-mh");
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, first);
  shortlist_window_set_follower (f->window, follower);
  shortlist_follower_start (follower);
  wait_for_row_saying (f, "Katherine Johnson", "\nPhone screen");
  /* Where they start is no move */
  g_assert_null (ui_test_find_label (list, "Moved"));

  open_entry (f, "Katherine Johnson");
  g_assert_cmpstr (entry_says (f, "In the Applicant Tracking System Now"), ==, "Phone screen");
  g_assert_nonnull (entry_says (f, "Last Checked"));
  g_signal_emit_by_name (ui_test_find_label (f->page, "_All Submissions"), "clicked");

  /* The recruiter leaves the history and comes back; then Katherine moves on, and Margaret is
   * declined */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "candidate");
  g_assert_cmpint (g_settings_get_int64 (f->settings, "history-seen"), >, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "history");
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, second);
  shortlist_follower_refresh_now (follower);
  wait_for_row_saying (f, "Margaret Hamilton", "\nDeclined: Not enough experience");
  wait_for_row_saying (f, "Katherine Johnson", "\nInterview");
  g_assert_nonnull (ui_test_find_label (ui_test_find_row (list, "Katherine Johnson"), "Moved"));
  g_assert_nonnull (ui_test_find_label (ui_test_find_row (list, "Margaret Hamilton"), "Moved"));
  g_assert_null (ui_test_find_label (ui_test_find_row (list, "Ada Lovelace"), "Moved"));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (moved_button), TRUE);
  wait_for_listed (f, "Margaret Hamilton|Katherine Johnson");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (moved_button), FALSE);
  wait_for_listed (f, "Margaret Hamilton|Katherine Johnson|Grace Hopper|Ada Lovelace");

  /* What the notification of each move says */
  {
    g_autoptr (ShortlistHistoryEntry) entry = shortlist_history_entry_new ();
    g_autofree char *moved = NULL;
    g_autofree char *hired = NULL;
    g_autofree char *declined = NULL;

    entry->name = g_strdup ("Ada Lovelace");
    entry->job_name = g_strdup ("Product Designer");
    entry->stage = g_strdup ("Interview");
    entry->standing = g_strdup ("PENDING");
    moved = shortlist_history_entry_dup_move (entry);
    g_assert_cmpstr (moved, ==, "Ada Lovelace moved to Interview for Product Designer");
    g_free (entry->standing);
    entry->standing = g_strdup ("HIRED");
    hired = shortlist_history_entry_dup_move (entry);
    g_assert_cmpstr (hired, ==, "Ada Lovelace was hired for Product Designer");
    g_free (entry->standing);
    entry->standing = g_strdup ("DECLINED");
    declined = shortlist_history_entry_dup_move (entry);
    g_assert_cmpstr (declined, ==, "Ada Lovelace was declined for Product Designer");
  }

  /* Leaving the history marks it looked at: back again, nothing is new */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "candidate");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "history");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (moved_button), TRUE);
  wait_for_listed (f, "");
  g_assert_nonnull (ui_test_find_label (f->page, "No Candidate Moved"));
}

static void
test_list_and_search (Fixture      *f,
                      gconstpointer data)
{
  GtkWidget *search = ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "search_entry");
  GtkWidget *list_stack = ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "list_stack");

  /* The last sent comes first */
  wait_for_listed (f, "Grace Hopper|Ada Lovelace");
  gtk_editable_set_text (GTK_EDITABLE (search), "ada@");
  wait_for_listed (f, "Ada Lovelace");
  gtk_editable_set_text (GTK_EDITABLE (search), "designer");
  wait_for_listed (f, "Grace Hopper|Ada Lovelace");
  gtk_editable_set_text (GTK_EDITABLE (search), "Linus");
  wait_for_listed (f, "");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (list_stack)), ==, "empty");
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  wait_for_listed (f, "Grace Hopper|Ada Lovelace");

  open_entry (f, "Ada Lovelace");
  g_assert_cmpstr (entry_says (f, "Outcome"), ==, "Created in the applicant tracking system");
  g_assert_cmpstr (entry_says (f, "Job"), ==, "Product Designer");
  g_assert_cmpstr (entry_says (f, "Kombo ID"), ==, "cand-ada");
  g_assert_cmpstr (entry_says (f, "Remark of the applicant tracking system"), ==, "The phone number was dropped.");
  g_assert_false (ui_test_is_shown (ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "arrival_button")));
  g_assert_true (ui_test_is_shown (ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "tag_button")));
}

static gboolean
followed_up (gpointer data)
{
  Fixture      *f = data;
  GAsyncResult *result = NULL;
  gboolean      found = FALSE;
  g_autoptr (GPtrArray) entries = NULL;

  shortlist_store_list_history_async (f->store, "grace", NULL, test_store_result, &result);
  entries = shortlist_store_list_history_finish (f->store, test_wait (&result), NULL);
  g_object_unref (result);
  for (guint i = 0; i < entries->len; i++)
    {
      ShortlistHistoryEntry *entry = entries->pdata[i];

      found |= entry->followups != NULL && g_strv_contains ((const char *const *) entry->followups, "Tag “Referral” added");
    }
  return found;
}

static gboolean
chosen_one (gpointer data)
{
  return g_list_model_get_n_items (shortlist_candidate_chooser_get_chosen (data)) == 1;
}

static gboolean
grace_listed_as_created (gpointer data)
{
  Fixture   *f = data;
  GtkWidget *list = ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "list");

  return ui_test_find_tooltip (ui_test_find_row (list, "Grace Hopper"), "Created in the applicant tracking system") != NULL;
}

static gboolean
tagged_shown (gpointer data)
{
  Fixture *f = data;

  return ui_test_find_label (ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "entry_group"), "Tag “Referral” added") != NULL;
}

static gboolean
hostile_shown (gpointer window)
{
  return ui_test_find_text (window, UI_TEST_HOSTILE_TEXT) != NULL;
}

/* A lost answer is settled by a lookup, never by sending again; a tag added then is kept with it */
static void
test_arrival_and_followup (Fixture      *f,
                           gconstpointer data)
{
  GtkWidget   *arrival_button = ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "arrival_button");
  GtkWidget   *tag_page = shortlist_window_get_page (SHORTLIST_WINDOW (f->window), "tags");
  GtkWidget   *chooser = ui_test_child (tag_page, SHORTLIST_TYPE_TAG_PAGE, "chooser");
  gpointer     created[] = { f, "Created in the applicant tracking system" };
  FakeRequest *request;
  guint        n_before;

  wait_for_listed (f, "Grace Hopper|Ada Lovelace");
  open_entry (f, "Grace Hopper");
  g_assert_cmpstr (entry_says (f, "Outcome"), ==,
                   "Unknown: the answer was lost. Check whether the candidate arrived before you send them again.");
  g_assert_true (ui_test_is_shown (arrival_button));
  g_assert_false (ui_test_is_shown (ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "tag_button")));

  /* A lookup that fails says why, in the server's words as they are written */
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 500,
                      "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.UNKNOWN_ERROR\","
                      "\"title\":\"R&D <b>down</b> <a href=\\\"file:///etc/passwd\\\">x</a>\","
                      "\"message\":\"R&D <b>down</b> <a href=\\\"file:///etc/passwd\\\">x</a>\",\"log_url\":null}}");
  g_signal_emit_by_name (arrival_button, "clicked");
  ui_test_wait_for (hostile_shown, f->window, "the lookup's error");
  g_assert_true (ui_test_is_shown (arrival_button));

  n_before = fake_kombo_get_n_requests (f->fake);
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, GRACE);
  g_signal_emit_by_name (arrival_button, "clicked");
  ui_test_wait_for (outcome_is, created, "the candidate to be found");
  request = fake_kombo_get_request (f->fake, n_before);
  g_assert_cmpstr (request->method, ==, "GET");
  g_assert_cmpstr (g_hash_table_lookup (request->params, "email"), ==, "grace@example.com");
  /* Nothing was sent again */
  for (guint i = 0; i < fake_kombo_get_n_requests (f->fake); i++)
    g_assert_cmpstr (fake_kombo_get_request (f->fake, i)->method, ==, "GET");
  g_assert_cmpstr (entry_says (f, "Kombo ID"), ==, "cand-grace");
  g_assert_false (ui_test_is_shown (arrival_button));

  /* Settled in the store too: shown again, it is no longer in doubt */
  g_signal_emit_by_name (ui_test_find_label (f->page, "_All Submissions"), "clicked");
  ui_test_wait_for (grace_listed_as_created, f, "her row to say she was created");
  open_entry (f, "Grace Hopper");
  g_assert_cmpstr (entry_says (f, "Outcome"), ==, "Created in the applicant tracking system");
  /* Her page in the ATS, as the lookup found it */
  g_assert_nonnull (ui_test_find_row (ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "entry_group"),
                                      "Open in the Applicant Tracking System"));

  /* Add Tag goes to the tags with her chosen; the tag added is kept with her submission */
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, GRACE);
  g_signal_emit_by_name (ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "tag_button"), "clicked");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (ui_test_child (GTK_WIDGET (f->window), SHORTLIST_TYPE_WINDOW, "view_stack"))),
                   ==, "tags");
  ui_test_wait_for (chosen_one, chooser, "her to be chosen");
  fake_kombo_respond (f->fake, "POST", "/ats/candidates/cand-grace/tags", 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  gtk_editable_set_text (GTK_EDITABLE (ui_test_child (tag_page, SHORTLIST_TYPE_TAG_PAGE, "tag_row")), "Referral");
  gtk_widget_activate_action (tag_page, "tag.add", NULL);
  /* Greenhouse's tags could not be listed here, so it is asked for by name before it is made */
  g_signal_emit_by_name (ui_test_find_label (ui_test_find_dialog (), "_Create Tag"), "clicked");
  ui_test_wait_for (followed_up, f, "the tag in the history");

  /* Back in the history, her submission still open shows it */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "history");
  ui_test_wait_for (tagged_shown, f, "the tag on her submission");
  g_assert_cmpstr (entry_says (f, "Since then"), ==, "Tag “Referral” added");
}

static gboolean
enabled (gpointer data)
{
  return gtk_widget_get_sensitive (data);
}

static gboolean
asked_at (gpointer data)
{
  gpointer  *args = data;
  FakeKombo *fake = args[0];
  guint      n = 0;

  for (guint i = 0; i < fake_kombo_get_n_requests (fake); i++)
    n += g_str_equal (fake_kombo_get_request (fake, i)->path, args[1]);
  return n >= GPOINTER_TO_UINT (args[2]);
}

/* The @nth request to @path, counting from 1, once it is there */
static FakeRequest *
wait_for_request (Fixture    *f,
                  const char *path,
                  guint       nth)
{
  gpointer args[] = { f->fake, (gpointer) path, GUINT_TO_POINTER (nth) };

  ui_test_wait_for (asked_at, args, path);
  for (guint i = 0, n = 0; i < fake_kombo_get_n_requests (f->fake); i++)
    if (g_str_equal (fake_kombo_get_request (f->fake, i)->path, path) && ++n == nth)
      return fake_kombo_get_request (f->fake, i);
  g_assert_not_reached ();
}

static ShortlistHistoryEntry *
find_kept (Fixture    *f,
           const char *name)
{
  GAsyncResult *result = NULL;
  g_autoptr (GPtrArray) entries = NULL;

  shortlist_store_list_history_async (f->store, name, NULL, test_store_result, &result);
  entries = shortlist_store_list_history_finish (f->store, test_wait (&result), NULL);
  g_object_unref (result);
  return entries->len > 0 ? shortlist_history_entry_copy (entries->pdata[0]) : NULL;
}

static gboolean
kept_followups (gpointer data)
{
  Fixture *f = ((gpointer *) data)[0];
  g_autoptr (ShortlistHistoryEntry) entry = find_kept (f, "Linus");

  return entry != NULL && entry->followups != NULL && g_strv_length (entry->followups) == GPOINTER_TO_UINT (((gpointer *) data)[1]);
}

static gboolean
note_kept (gpointer data)
{
  g_autoptr (ShortlistHistoryEntry) entry = find_kept (data, "Linus");

  return entry != NULL && g_strcmp0 (entry->note, "Ask about the notice period") == 0;
}

/* A note that could not be sent is kept with the submission, and sent from it; a file goes to the application whole */
static void
test_note_and_file (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr (ShortlistHistoryEntry) entry = shortlist_history_entry_new ();
  g_autoptr (ShortlistHistoryEntry) kept = NULL;
  g_autoptr (GByteArray) contents = g_byte_array_new ();
  g_autofree char *path = NULL;
  g_autoptr (GFile) file = NULL;
  g_autofree guchar *decoded = NULL;
  GAsyncResult      *result = NULL;
  GtkWidget         *note_group = ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "note_group");
  GtkWidget         *note_button = ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "note_button");
  FakeRequest       *request;
  JsonObject        *attachment;
  gsize              length;
  gpointer           one_followup[] = { f, GUINT_TO_POINTER (1) };
  gpointer           two_followups[] = { f, GUINT_TO_POINTER (2) };

  entry->integration_id = g_strdup ("greenhouse:HBnyPwRrfeMWaNPQUuNdsBTx");
  entry->job_id = g_strdup (DESIGNER_JOB);
  entry->job_name = g_strdup ("Product Designer");
  entry->name = g_strdup ("Linus Torvalds");
  entry->outcome = SHORTLIST_SENT_CREATED;
  entry->candidate_id = g_strdup ("cand-linus");
  entry->application_id = g_strdup ("app-linus");
  entry->note = g_strdup ("Why Linus: kernel work.\nAsks for remote.");
  entry->note_problem = g_strdup ("This applicant tracking system does not take notes through Kombo. The note is kept here.");
  shortlist_store_add_history_async (f->store, entry, NULL, test_store_result, &result);
  g_assert_cmpint (shortlist_store_add_history_finish (f->store, test_wait (&result), NULL), >, 0);
  g_clear_object (&result);

  gtk_editable_set_text (GTK_EDITABLE (ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "search_entry")), "Linus");
  wait_for_listed (f, "Linus Torvalds");
  open_entry (f, "Linus Torvalds");
  /* The note kept, with why it was not sent */
  g_assert_true (ui_test_is_shown (note_group));
  g_assert_cmpstr (shortlist_note_group_get_text (SHORTLIST_NOTE_GROUP (note_group)), ==, "Why Linus: kernel work.\nAsks for remote.");
  g_assert_nonnull (ui_test_find_label (f->page, entry->note_problem));

  /* Refused again: still kept, still said */
  fake_kombo_respond (f->fake, "POST", "/ats/applications/app-linus/notes", 404,
                      "{\"status\":\"error\",\"error\":{\"code\":null,\"title\":\"Not found\","
                      "\"message\":\"No application with this ID.\",\"log_url\":null}}");
  g_signal_emit_by_name (note_button, "clicked");
  request = wait_for_request (f, "/ats/applications/app-linus/notes", 1);
  test_assert_schema_valid ("application-notes.request.schema.json", request->body);
  ui_test_wait_for_label (f->page, "No application with this ID.");
  kept = find_kept (f, "Linus");
  g_assert_cmpstr (kept->note, ==, "Why Linus: kernel work.\nAsks for remote.");
  g_clear_pointer (&kept, shortlist_history_entry_free);

  /* Sent: it leaves the submission, whose history says so */
  fake_kombo_respond (f->fake, "POST", "/ats/applications/app-linus/notes", 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  g_signal_emit_by_name (note_button, "clicked");
  request = wait_for_request (f, "/ats/applications/app-linus/notes", 2);
  test_assert_json_equal (fake_request_get_json (request), "{\"content\":\"Why Linus: kernel work.\\nAsks for remote.\","
                                                           "\"content_type\":\"PLAIN_TEXT\"}");
  ui_test_wait_for_label (f->page, "The note was sent to the application.");
  ui_test_wait_for (kept_followups, one_followup, "the note in the history");
  kept = find_kept (f, "Linus");
  g_assert_null (kept->note);
  g_assert_cmpstr (kept->followups[0], ==, "Note for the client’s team sent: “Why Linus: kernel work. Asks for remote.”");
  g_clear_pointer (&kept, shortlist_history_entry_free);

  /* A file added later: a plain message when the application is gone, then whole */
  for (guint i = 0; i < 200 * 1024; i++)
    {
      guint8 byte = (guint8) (i * 13 + i / 7);

      g_byte_array_append (contents, &byte, 1);
    }
  path = test_write_file ("Linus CV 2026.pdf", (const char *) contents->data, contents->len);
  file = g_file_new_for_path (path);
  fake_kombo_respond (f->fake, "POST", "/ats/applications/app-linus/attachments", 404,
                      "{\"status\":\"error\",\"error\":{\"code\":null,\"title\":\"Not found\","
                      "\"message\":\"No application with this ID.\",\"log_url\":null}}");
  shortlist_history_page_add_file (SHORTLIST_HISTORY_PAGE (f->page), file);
  wait_for_request (f, "/ats/applications/app-linus/attachments", 1);
  ui_test_wait_for (enabled, ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "file_button"), "the file's answer");
  g_assert_nonnull (ui_test_find_text (f->page, "No application with this ID."));

  fake_kombo_respond (f->fake, "POST", "/ats/applications/app-linus/attachments", 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  shortlist_history_page_add_file (SHORTLIST_HISTORY_PAGE (f->page), file);
  request = wait_for_request (f, "/ats/applications/app-linus/attachments", 2);
  test_assert_schema_valid ("application-attachments.request.schema.json", request->body);
  attachment = json_object_get_object_member (fake_request_get_json (request), "attachment");
  g_assert_cmpstr (json_object_get_string_member (attachment, "name"), ==, "Linus CV 2026.pdf");
  g_assert_cmpstr (json_object_get_string_member (attachment, "content_type"), ==, "application/pdf");
  decoded = g_base64_decode (json_object_get_string_member (attachment, "data"), &length);
  g_assert_cmpmem (decoded, length, contents->data, contents->len);
  ui_test_wait_for_label (f->page, "File “Linus CV 2026.pdf” added to the application");
  ui_test_wait_for (kept_followups, two_followups, "the file in the history");

  /* A note typed and not sent stays with the submission when another is opened */
  shortlist_note_group_set_text (SHORTLIST_NOTE_GROUP (note_group), "Ask about the notice period");
  /* The list read again meanwhile leaves it as typed, not kept yet */
  gtk_editable_set_text (GTK_EDITABLE (ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "search_entry")), "");
  wait_for_listed (f, "Linus Torvalds|Grace Hopper|Ada Lovelace");
  g_assert_cmpstr (shortlist_note_group_get_text (SHORTLIST_NOTE_GROUP (note_group)), ==, "Ask about the notice period");
  g_assert_null (ui_test_find_label (f->page, "Not sent yet: kept as it was written."));
  gtk_editable_set_text (GTK_EDITABLE (ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "search_entry")), "");
  wait_for_listed (f, "Linus Torvalds|Grace Hopper|Ada Lovelace");
  open_entry (f, "Ada Lovelace");
  ui_test_wait_for (note_kept, f, "the typed note to be kept");
  open_entry (f, "Linus Torvalds");
  g_assert_cmpstr (shortlist_note_group_get_text (SHORTLIST_NOTE_GROUP (note_group)), ==, "Ask about the notice period");
  g_assert_nonnull (ui_test_find_label (f->page, "Not sent yet: kept as it was written."));
}

static guint
count_drafts (ShortlistStore *store)
{
  GAsyncResult *result = NULL;
  g_autoptr (GPtrArray) drafts = NULL;

  shortlist_store_list_drafts_async (store, NULL, test_store_result, &result);
  drafts = shortlist_store_list_drafts_finish (store, test_wait (&result), NULL);
  g_object_unref (result);
  return drafts->len;
}

static gboolean
one_draft (gpointer data)
{
  return count_drafts (data) == 1;
}

static gboolean
history_emptied (gpointer data)
{
  Fixture *f = data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (ui_test_child (f->page, SHORTLIST_TYPE_HISTORY_PAGE, "list_stack"))),
                    "empty") == 0;
}

/* Preferences say how long the history is kept, and delete drafts and history at once */
static void
test_privacy (Fixture      *f,
              gconstpointer data)
{
  GtkWidget *candidate_page = ui_test_child (GTK_WIDGET (f->window), SHORTLIST_TYPE_WINDOW, "candidate_page");
  GtkWidget *preferences;
  GtkWidget *keep_row;

  wait_for_listed (f, "Grace Hopper|Ada Lovelace");
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_row (candidate_page, "First name")), "Linus");
  ui_test_wait_for (one_draft, f->store, "the draft to be saved");

  preferences = shortlist_preferences_dialog_new (f->account);
  shortlist_present_dialog (preferences, GTK_WIDGET (f->window));
  keep_row = ui_test_find_row (preferences, "_Keep History For");
  g_assert_cmpuint (g_settings_get_uint (f->settings, "keep-history"), ==, 365);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (keep_row)), ==, 2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (keep_row), 0);
  g_assert_cmpuint (g_settings_get_uint (f->settings, "keep-history"), ==, 30);
  adw_combo_row_set_selected (ADW_COMBO_ROW (keep_row), 3);
  g_assert_cmpuint (g_settings_get_uint (f->settings, "keep-history"), ==, 0);

  /* Asked first; Cancel keeps everything */
  g_signal_emit_by_name (ui_test_find_label (preferences, "_Delete…"), "clicked");
  g_signal_emit_by_name (ui_test_find_label (ui_test_find_dialog (), "_Cancel"), "clicked");
  g_assert_cmpuint (count_drafts (f->store), ==, 1);

  g_signal_emit_by_name (ui_test_find_label (preferences, "_Delete…"), "clicked");
  g_signal_emit_by_name (ui_test_find_label (ui_test_find_dialog (), "_Delete"), "clicked");
  ui_test_wait_for (history_emptied, f, "the history to be empty");
  g_assert_nonnull (ui_test_find_label (preferences, "All drafts and the history were deleted"));
  g_assert_cmpuint (count_drafts (f->store), ==, 0);
  /* The candidate being typed went too, and is not saved again */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (candidate_page, "First name"))), ==, "");
  shortlist_candidate_page_save_draft (SHORTLIST_CANDIDATE_PAGE (candidate_page));
  g_assert_cmpuint (count_drafts (f->store), ==, 0);

  shortlist_close_dialog (preferences);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/shortlist/history-page/list-and-search", Fixture, NULL, fixture_set_up, test_list_and_search, fixture_tear_down);
  g_test_add ("/shortlist/history-page/following", Fixture, NULL, fixture_set_up, test_following, fixture_tear_down);
  g_test_add ("/shortlist/history-page/note-and-file", Fixture, NULL, fixture_set_up, test_note_and_file, fixture_tear_down);
  g_test_add ("/shortlist/history-page/privacy", Fixture, NULL, fixture_set_up, test_privacy, fixture_tear_down);
  g_test_add ("/shortlist/history-page/arrival-and-followup", Fixture, NULL, fixture_set_up, test_arrival_and_followup, fixture_tear_down);

  return g_test_run ();
}
