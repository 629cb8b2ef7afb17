/* bench-ui.c: what the window costs while it works, for build-aux/bench-ui.py
 *
 * Usage: bench-ui stall URL FILE
 *          Submits a candidate with FILE attached from Shortlist's real window, against the
 *          sink at URL (tests/bench/sink.py), and prints the longest the main loop was kept
 *          from running while it was sent (max_stall_ms), and from the click to the result
 *          page shown and the history kept (whole_stall_ms, click_us to done_us), with the
 *          time the send took. The window's action group is offered to bench-probe at the
 *          probe_address it prints first, which asks it from outside meanwhile.
 *        bench-ui jobs-fill FOLDER N
 *          Keeps N open jobs for the demo's integration in the store in FOLDER, as a long
 *          list fetched before would be.
 *        bench-ui jobs-search N
 *          Types a search, a key at a time, into the job chooser listing N jobs and prints the
 *          longest one key took to filter the list (jobs_search_ms): it should fit in a frame.
 *        bench-ui sheet URL FOLDER N
 *          Opens a spreadsheet of N candidates (written into FOLDER) in the spreadsheet window,
 *          against the sink at URL, and prints how long it took until the window was full of
 *          rows, drawn (sheet_listed_ms), until the last row was drawn after a scroll to the end
 *          (sheet_last_row_ms) and until every row was checked (sheet_checked_ms),
 *          with the longest the main loop was kept from running meanwhile (max_stall_ms).
 *        bench-ui tags|links N ids|emails
 *          Against a Kombo on 127.0.0.1 (in a thread of its own) that takes 50 ms per request and
 *          refuses writes beyond 8 in flight, as a recruiter does on the Tags (or Result Links)
 *          page: pastes N Kombo IDs (or addresses) and presses Enter, until every candidate is
 *          in the list and the window is filled with their rows, drawn (list_ms), and until the
 *          last candidate's row is drawn after a scroll to the end (list_last_ms), then adds a
 *          tag (or a result link) to them all, until the last is written and the page is ready again (add_ms); each with the ideal for Kombo's
 *          limits, and the longest and the median time the main loop was kept from running
 *          (list_stall_ms, list_median_stall_ms, add_stall_ms, add_median_stall_ms).
 *        bench-ui sheet-submit FOLDER N
 *          Against the same Kombo, opens a spreadsheet of N new candidates with a CV of 200 KB
 *          each (written into FOLDER) in the spreadsheet window with its one job, until every
 *          row is listed and checked (check_ms), then submits them all, until the last is
 *          written and the window is ready again (submit_ms, against the ideal for 8 writes in
 *          flight of 50 ms each); each with its longest and median stall.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "shortlist-candidate-page.h"
#include "shortlist-debug.h"
#include "shortlist-job-button.h"
#include "shortlist-send-bar.h"
#include "limited-kombo.h"
#include "test-util.h"
#include "shortlist-spreadsheet-window.h"
#include "shortlist-candidate-row.h"
#include "shortlist-result-link-page.h"
#include "shortlist-tag-page.h"
#include "shortlist-window.h"

#define DEMO_INTEGRATION "demo:northwind"

static void
settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* A job as an ATS lists it: stages and a few questions, about a kilobyte and a half */
static char *
dup_job (guint i)
{
  static const char *titles[] = { "Senior Backend Engineer", "Account Executive", "Product Designer", "Data Analyst",
                                  "Customer Success Manager", "Recruiter", "Site Reliability Engineer", "Office Manager" };
  static const char *cities[] = { "Berlin", "Lisbon", "London", "Munich", "Amsterdam", "Remote" };

  return g_strdup_printf ("{\"id\":\"job%05u\",\"remote_id\":\"%u\",\"name\":\"%s %u\",\"department\":\"Team %u\","
                          "\"status\":\"OPEN\",\"remote_url\":\"https://ats.example.com/jobs/%u\","
                          "\"location\":{\"city\":\"%s\",\"country\":\"DE\",\"raw\":null},"
                          "\"stages\":[{\"id\":\"st%u-1\",\"name\":\"Application Review\",\"index\":0},"
                          "{\"id\":\"st%u-2\",\"name\":\"Phone Screen\",\"index\":1},{\"id\":\"st%u-3\",\"name\":\"Interview\",\"index\":2}],"
                          "\"screening_questions\":[{\"id\":\"q%u-1\",\"title\":\"What is your notice period?\",\"description\":null,"
                          "\"format\":{\"display_type\":\"SINGLE_LINE\",\"max_length\":200,\"type\":\"TEXT\"},\"required\":true,"
                          "\"precondition_question_id\":null,\"precondition_options\":null,\"index\":0},"
                          "{\"id\":\"q%u-2\",\"title\":\"Do you need a work permit?\",\"description\":null,"
                          "\"format\":{\"type\":\"BOOLEAN\"},\"required\":false,\"precondition_question_id\":null,"
                          "\"precondition_options\":null,\"index\":1}]}",
                          i, i, titles[i % G_N_ELEMENTS (titles)], i, i % 40, i, cities[i % G_N_ELEMENTS (cities)], i, i, i, i, i);
}

/* A store in @folder, open */
static ShortlistStore *
opened_store_new (const char *folder)
{
  ShortlistStore *store = shortlist_store_new (folder);
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;

  shortlist_store_open_async (store, NULL, test_store_result, &result);
  if (!shortlist_store_open_finish (store, test_wait (&result), NULL, &error))
    g_error ("%s", error->message);
  g_clear_object (&result);
  return store;
}

static int
jobs_fill (const char *folder,
           guint       n)
{
  g_autofree char *directory = g_build_filename (folder, "shortlist", "demo", NULL);
  g_autoptr (ShortlistStore) store = opened_store_new (directory);
  g_autoptr (GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *data = dup_job (i);

      g_ptr_array_add (jobs, kombo_job_new_from_data (data, NULL));
    }
  shortlist_store_save_jobs_async (store, DEMO_INTEGRATION, jobs, NULL, TRUE, g_get_real_time (), NULL, test_store_result, &result);
  if (!shortlist_store_finish (store, test_wait (&result), &error))
    g_error ("%s", error->message);
  g_clear_object (&result);
  shortlist_store_close (store);
  printf ("jobs_kept=%u\n", n);
  return 0;
}

static int
jobs_search (guint n)
{
  g_autoptr (GListStore) jobs = g_list_store_new (KOMBO_TYPE_JOB);
  GtkWidget  *window = gtk_window_new ();
  GtkWidget  *button = g_object_new (SHORTLIST_TYPE_JOB_BUTTON, NULL);
  GtkWidget  *popover, *entry;
  const char *typed = "engineer berlin";
  double      longest = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *data = dup_job (i);
      g_autoptr (KomboJob) job = kombo_job_new_from_data (data, NULL);

      g_list_store_append (jobs, job);
    }
  gtk_window_set_child (GTK_WINDOW (window), button);
  gtk_window_present (GTK_WINDOW (window));
  shortlist_job_button_set_jobs (SHORTLIST_JOB_BUTTON (button), G_LIST_MODEL (jobs));
  /* Opened as a person does: the list is built then */
  gtk_menu_button_popup (GTK_MENU_BUTTON (gtk_widget_get_first_child (button)));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (gtk_widget_get_first_child (button))));
  settle (300);
  entry = gtk_widget_get_first_child (gtk_popover_get_child (GTK_POPOVER (popover)));

  for (gsize i = 0; i < strlen (typed); i++)
    {
      int    position = (int) i;
      gint64 start = g_get_monotonic_time ();

      /* One key, as typed: the list is filtered at once, as the key is handled */
      gtk_editable_insert_text (GTK_EDITABLE (entry), typed + i, 1, &position);
      longest = MAX (longest, (g_get_monotonic_time () - start) / 1000.0);
      settle (20);
    }
  printf ("jobs_search_n=%u jobs_search_ms=%.1f frame_ms=16.7\n", n, longest);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}

static gboolean
account_ready (ShortlistAccount *account)
{
  return shortlist_account_get_ready (account);
}

static gboolean
shows_result (GtkWidget *page)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (page, SHORTLIST_TYPE_CANDIDATE_PAGE, "page_stack"));

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "result") == 0;
}

static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

/* Waits for the window's next frame */
static void
wait_for_paint (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean       painted = FALSE;
  gulong         id = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);

  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

/* Stops watching the main loop once it has run after the frame just drawn, which the watch
 * only sees end as the loop runs again: the frame that shows the end of the work is a stall
 * like any other */
static double
stalls_stop_after_frame (double *median)
{
  settle (5);
  return shortlist_debug_stalls_stop (median);
}

/* The account, connected to the sink at url with its one integration */
static ShortlistAccount *
sink_account (GSettings  *settings,
              const char *url)
{
  ShortlistAccount *account = shortlist_account_new (settings, FALSE, url);
  g_autoptr (KomboIntegration) integration = NULL;
  g_autoptr (GError) error = NULL;
  GAsyncResult *result = NULL;

  shortlist_account_load_async (account, NULL, test_store_result, &result);
  shortlist_account_load_finish (account, test_wait (&result), NULL);
  g_clear_object (&result);
  /* A placeholder key: the sink is on this computer and checks none */
  shortlist_account_connect_async (account, "bench-key-0123456789", KOMBO_REGION_EU, NULL, test_store_result, &result);
  if (!shortlist_account_connect_finish (account, test_wait (&result), &error))
    g_error ("%s", error->message);
  g_clear_object (&result);
  shortlist_account_add_integration_async (account, "bench:sink", NULL, test_store_result, &result);
  integration = shortlist_account_add_integration_finish (account, test_wait (&result), &error);
  if (integration == NULL)
    g_error ("%s", error->message);
  g_clear_object (&result);
  while (!account_ready (account))
    g_main_context_iteration (NULL, TRUE);
  return account;
}

/* The account's store, in @folder, open: the history kept as Shortlist keeps it */
static ShortlistStore *
account_store_new (ShortlistAccount *account,
                   const char       *folder)
{
  ShortlistStore *store = opened_store_new (folder);

  shortlist_account_set_store (account, store);
  return store;
}

static gboolean
probe_connected_cb (GDBusServer     *server,
                    GDBusConnection *connection,
                    gpointer         user_data)
{
  GActionGroup *group = user_data;
  g_autoptr (GError) error = NULL;

  if (g_dbus_connection_export_action_group (connection, "/org/gnome/Shortlist/Bench", group, &error) == 0)
    g_error ("%s", error->message);
  g_object_set_data_full (G_OBJECT (server), "connection", g_object_ref (connection), g_object_unref);
  return TRUE;
}

/* Offers @window's action group to bench-probe over D-Bus, on a socket of its own (no bus, so
 * no keyring either), and prints its address for bench-ui.py to start the probe with */
static GDBusServer *
export_to_probe (GtkWindow *window)
{
  g_autofree char *guid = g_dbus_generate_guid ();
  g_autoptr (GError) error = NULL;
  GDBusServer *server = g_dbus_server_new_sync ("unix:tmpdir=/tmp", G_DBUS_SERVER_FLAGS_NONE, guid, NULL, NULL, &error);

  if (server == NULL)
    g_error ("%s", error->message);
  g_signal_connect (server, "new-connection", G_CALLBACK (probe_connected_cb), window);
  g_dbus_server_start (server);
  printf ("probe_address=%s probe_path=/org/gnome/Shortlist/Bench\n", g_dbus_server_get_client_address (server));
  fflush (stdout);
  return server;
}

static void
history_listed_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr (GPtrArray) entries = shortlist_store_list_history_finish (SHORTLIST_STORE (object), result, NULL);

  *(int *) user_data = entries != NULL ? (int) entries->len : 0;
}

/* How many entries the history keeps now */
static guint
count_history (ShortlistStore *store)
{
  int n = -1;

  shortlist_store_list_history_async (store, NULL, NULL, history_listed_cb, &n);
  while (n < 0)
    g_main_context_iteration (NULL, TRUE);
  return n;
}

static int
stall (const char *url,
       const char *path)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autoptr (ShortlistAccount) account = sink_account (settings, url);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *folder = g_strconcat (path, ".store", NULL);
  g_autoptr (ShortlistStore) store = account_store_new (account, folder);
  g_autoptr (GDBusServer) probe = NULL;
  ShortlistWindow     *window;
  GtkWidget           *page;
  KomboCandidateDraft *draft;
  GtkWidget           *send_bar;
  GtkProgressBar      *bar;
  gint64               start, clicked;
  double               before, stalled, after, sent_s;

  window = shortlist_window_new (NULL, settings);
  gtk_window_set_default_size (GTK_WINDOW (window), 920, 900);
  gtk_window_present (GTK_WINDOW (window));
  shortlist_window_set_account (window, account);
  probe = export_to_probe (GTK_WINDOW (window));
  page = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "candidate_page"));
  draft = shortlist_candidate_page_get_draft (SHORTLIST_CANDIDATE_PAGE (page));
  kombo_candidate_draft_set_text (draft, "first-name", "Bench");
  kombo_candidate_draft_set_text (draft, "last-name", "Mark");
  kombo_candidate_draft_set_text (draft, "email-address", "bench@example.com");
  kombo_candidate_draft_set_text (draft, "job-id", "job-bench");
  shortlist_candidate_page_attach_files (SHORTLIST_CANDIDATE_PAGE (page), &file, 1);
  while (g_list_model_get_n_items (G_LIST_MODEL (kombo_candidate_draft_get_attachments (draft))) == 0)
    g_main_context_iteration (NULL, TRUE);
  /* Time for the probe to connect, and for the page to settle */
  settle (1000);

  send_bar = GTK_WIDGET (gtk_widget_get_template_child (page, SHORTLIST_TYPE_CANDIDATE_PAGE, "send_bar"));
  bar = GTK_PROGRESS_BAR (gtk_widget_get_template_child (send_bar, SHORTLIST_TYPE_SEND_BAR, "progress_bar"));
  clicked = start = g_get_monotonic_time ();
  /* Three stretches: the click to the first byte, the body sent, and the last byte to the
   * result page shown, drawn, and the history kept, as the recruiter meets it */
  shortlist_debug_stalls_start ();
  gtk_widget_activate_action (page, "candidate.submit", NULL);
  while (gtk_progress_bar_get_fraction (bar) == 0)
    g_main_context_iteration (NULL, TRUE);
  before = shortlist_debug_stalls_stop (NULL);
  shortlist_debug_stalls_start ();
  while (gtk_progress_bar_get_fraction (bar) < 1.0 && !shows_result (page))
    g_main_context_iteration (NULL, TRUE);
  stalled = shortlist_debug_stalls_stop (NULL);
  sent_s = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  shortlist_debug_stalls_start ();
  while (!shows_result (page))
    g_main_context_iteration (NULL, TRUE);
  wait_for_paint (GTK_WIDGET (window));
  while (count_history (store) == 0)
    settle (5);
  after = shortlist_debug_stalls_stop (NULL);
  printf ("max_stall_ms=%.1f whole_stall_ms=%.1f send_s=%.2f click_us=%" G_GINT64_FORMAT " done_us=%" G_GINT64_FORMAT "\n", stalled,
          MAX (MAX (before, stalled), after), sent_s, clicked, g_get_monotonic_time ());
  gtk_window_destroy (GTK_WINDOW (window));
  shortlist_store_close (store);
  return 0;
}

static guint
count_listed (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

/* Whether @last, a list's last row, reaches down to the bottom of @view, laid out in the page
 * shown */
static gboolean
reaches_bottom (GtkWidget *last,
                GtkWidget *view)
{
  graphene_rect_t bounds;

  return last != NULL && gtk_widget_get_mapped (view) && gtk_widget_get_width (last) > 0 &&
         gtk_widget_compute_bounds (last, view, &bounds) && bounds.origin.y + bounds.size.height >= gtk_widget_get_height (view);
}

/* Whether the rows of @list fill @view down to its bottom, or all @n are there */
static gboolean
rows_fill (GtkWidget *list,
           GtkWidget *view,
           guint      n)
{
  return count_listed (list) >= n || reaches_bottom (gtk_widget_get_last_child (list), view);
}

/* Whether a label reading @text in @widget is in sight in @view */
static gboolean
label_shown (GtkWidget  *widget,
             const char *text,
             GtkWidget  *view)
{
  graphene_point_t point;

  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text))
    return gtk_widget_compute_point (widget, view, &GRAPHENE_POINT_INIT (0, 0), &point) && point.y >= 0 &&
           point.y < gtk_widget_get_height (view);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (label_shown (child, text, view))
      return TRUE;
  return FALSE;
}

/* The spreadsheet window, shown, and @csv written as candidates.csv into @folder for it */
static ShortlistSpreadsheetWindow *
sheet_window_new (ShortlistAccount *account,
                  const char       *folder,
                  const char       *csv,
                  GFile           **file)
{
  g_autofree char *path = g_build_filename (folder, "candidates.csv", NULL);
  g_autoptr (GError) error = NULL;
  ShortlistSpreadsheetWindow *window;

  if (!g_file_set_contents (path, csv, -1, &error))
    g_error ("%s", error->message);
  *file = g_file_new_for_path (path);
  window = shortlist_spreadsheet_window_new (NULL, account);
  gtk_window_set_default_size (GTK_WINDOW (window), 920, 900);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static int
sheet (const char *url,
       const char *folder,
       guint       n)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autoptr (ShortlistAccount) account = sink_account (settings, url);
  g_autoptr (ShortlistStore) store = account_store_new (account, folder);
  g_autoptr (GString) csv = g_string_new ("First name,Last name,Email,City,Country,Phone\n");
  g_autoptr (GFile) file = NULL;
  ShortlistSpreadsheetWindow *window;
  ShortlistSpreadsheet       *spreadsheet;
  GtkWidget                  *row_list;
  GtkWidget                  *scrolled;
  GtkAdjustment              *scroll;
  g_autofree char            *last = NULL;
  gint64                      start;
  double                      listed_ms, last_ms, checked_ms, stalled;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (csv, "Ada %u,Lovelace,ada%u@example.com,London,United Kingdom,+44 20 7946 %04u\n", i, i, i);
  window = sheet_window_new (account, folder, csv->str, &file);
  settle (500);
  row_list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), SHORTLIST_TYPE_SPREADSHEET_WINDOW, "row_list"));
  scrolled = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), SHORTLIST_TYPE_SPREADSHEET_WINDOW, "scrolled_window"));
  scroll = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  start = g_get_monotonic_time ();
  shortlist_debug_stalls_start ();
  shortlist_spreadsheet_window_open (window, file);
  /* Listed: the window is full of rows, as a frame laid them out and drew them */
  while (!rows_fill (row_list, scrolled, n))
    g_main_context_iteration (NULL, TRUE);
  listed_ms = (g_get_monotonic_time () - start) / 1000.0;
  /* And the last row, as a recruiter scrolling to the end sees it */
  last = g_strdup_printf ("Ada %u Lovelace", n - 1);
  while (!label_shown (row_list, last, scrolled))
    {
      gtk_adjustment_set_value (scroll, gtk_adjustment_get_upper (scroll));
      wait_for_paint (GTK_WIDGET (window));
    }
  last_ms = (g_get_monotonic_time () - start) / 1000.0;
  spreadsheet = shortlist_spreadsheet_window_get_spreadsheet (window);
  while (shortlist_spreadsheet_get_busy (spreadsheet))
    g_main_context_iteration (NULL, TRUE);
  checked_ms = (g_get_monotonic_time () - start) / 1000.0;
  stalled = shortlist_debug_stalls_stop (NULL);
  printf ("sheet_rows=%u sheet_listed_ms=%.0f sheet_last_row_ms=%.0f sheet_checked_ms=%.0f max_stall_ms=%.1f frame_ms=16.7\n", n,
          listed_ms, last_ms, checked_ms, stalled);
  gtk_window_destroy (GTK_WINDOW (window));
  shortlist_store_close (store);
  return 0;
}

/* The first widget of @type under @widget */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* How many rows of candidates @widget shows */
static guint
count_candidate_rows (GtkWidget *widget)
{
  guint n = SHORTLIST_IS_CANDIDATE_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_candidate_rows (child);
  return n;
}

/* Whether the rows of @chooser fill @view down to its bottom, or every one of @n is made */
static gboolean
sight_filled (GtkWidget *chooser,
              GtkWidget *view,
              guint      n)
{
  GtkWidget *last = NULL;

  if (count_candidate_rows (chooser) >= n)
    return TRUE;
  for (GtkWidget *row = find_descendant (chooser, SHORTLIST_TYPE_CANDIDATE_ROW); row; row = gtk_widget_get_next_sibling (row))
    if (SHORTLIST_IS_CANDIDATE_ROW (row))
      last = row;
  return reaches_bottom (last, view);
}

/* Waits until @chooser's page is ready for more work: the last of the run is written and the
 * list and the form are open again */
static gboolean
page_ready (ShortlistCandidateChooser *chooser)
{
  return gtk_widget_get_can_target (GTK_WIDGET (chooser)) &&
         gtk_widget_get_sensitive (shortlist_candidate_chooser_get_entry (chooser));
}

/* Pastes @n candidates into the page @name ("tags" or "links") and does its work for
 * them all, as a recruiter does: see the comment at the top */
static int
bulk (const char *name,
      guint       n,
      gboolean    emails)
{
  g_autoptr (LimitedKombo) kombo = limited_kombo_start_in_thread ();
  g_autofree char *url = limited_kombo_dup_url (kombo);
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autoptr (ShortlistAccount) account = sink_account (settings, url);
  g_autoptr (GString) pasted = g_string_new (NULL);
  gboolean                   links = g_str_equal (name, "links");
  ShortlistWindow           *window;
  GtkWidget                 *page;
  ShortlistCandidateChooser *chooser;
  GListModel                *chosen;
  gint64                     start;
  double                     list_ms, last_ms, list_stall, list_median, add_ms, add_stall, add_median;
  guint                      reads_before;
  GtkWidget                 *view;
  g_autofree char           *last = NULL;

  window = shortlist_window_new (NULL, settings);
  gtk_window_set_default_size (GTK_WINDOW (window), 920, 900);
  gtk_window_present (GTK_WINDOW (window));
  shortlist_window_set_account (window, account);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name);
  settle (800);
  page = shortlist_window_get_page (window, name);
  chooser = links ? shortlist_result_link_page_get_chooser (SHORTLIST_RESULT_LINK_PAGE (page))
                  : shortlist_tag_page_get_chooser (SHORTLIST_TAG_PAGE (page));
  chosen = shortlist_candidate_chooser_get_chosen (chooser);
  for (guint i = 1; i <= n; i++)
    if (emails)
      g_string_append_printf (pasted, "bench.candidate%04u@example.com\n", i);
    else
      g_string_append_printf (pasted, "cand-%04u\n", i);

  /* Pasted and Enter pressed: every candidate in the list and the window full of them, drawn */
  reads_before = limited_kombo_get_n_reads (kombo);
  start = g_get_monotonic_time ();
  shortlist_debug_stalls_start ();
  gtk_editable_set_text (GTK_EDITABLE (shortlist_candidate_chooser_get_entry (chooser)), pasted->str);
  g_signal_emit_by_name (shortlist_candidate_chooser_get_entry (chooser), "apply");
  view = gtk_widget_get_ancestor (GTK_WIDGET (chooser), GTK_TYPE_SCROLLED_WINDOW);
  /* Filled as a frame laid the rows out, which the same frame drew */
  while (g_list_model_get_n_items (chosen) < n || !sight_filled (GTK_WIDGET (chooser), view, n))
    g_main_context_iteration (NULL, TRUE);
  list_ms = (g_get_monotonic_time () - start) / 1000.0;
  /* And the last candidate, as a recruiter scrolling to the end sees them */
  {
    g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (chosen, n - 1);

    last = kombo_candidate_record_dup_display_name (candidate);
  }
  while (!label_shown (GTK_WIDGET (chooser), last, view))
    {
      GtkAdjustment *scroll = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (view));

      gtk_adjustment_set_value (scroll, gtk_adjustment_get_upper (scroll));
      wait_for_paint (GTK_WIDGET (window));
    }
  last_ms = (g_get_monotonic_time () - start) / 1000.0;
  list_stall = stalls_stop_after_frame (&list_median);

  /* Add Tag, or Add Result Link: every one written and the page ready again */
  settle (300);
  if (links)
    {
      gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (page, SHORTLIST_TYPE_RESULT_LINK_PAGE, "label_row")),
                             "Assessment");
      gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (page, SHORTLIST_TYPE_RESULT_LINK_PAGE, "url_row")),
                             "https://assessments.example.com/report/bench");
    }
  else
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (page, SHORTLIST_TYPE_TAG_PAGE, "tag_row")), "Bench");
  start = g_get_monotonic_time ();
  shortlist_debug_stalls_start ();
  gtk_widget_activate_action (page, links ? "link.add" : "tag.add", NULL);
  /* The run locks the page at once; it is ready once the last is written and it is open again */
  while (limited_kombo_get_n_done (kombo) < n || !page_ready (chooser))
    g_main_context_iteration (NULL, TRUE);
  wait_for_paint (GTK_WIDGET (window));
  add_ms = (g_get_monotonic_time () - start) / 1000.0;
  add_stall = stalls_stop_after_frame (&add_median);

  /* The ideal: the lookups side by side, IDs 250 to a request, addresses as many at once as
   * the client's connections (Kombo limits reads by the minute, not in flight); then n writes,
   * 8 at a time */
  printf ("bulk=%s_%s n=%u list_ms=%.0f list_last_ms=%.0f list_ideal_ms=%u list_requests=%u list_stall_ms=%.1f list_median_stall_ms=%.1f "
          "add_ms=%.0f add_ideal_ms=%u add_ratio=%.2f add_stall_ms=%.1f add_median_stall_ms=%.1f frame_ms=16.7\n",
          links ? "links" : "tags", emails ? "emails" : "ids", n, list_ms, last_ms,
          emails ? (n + KOMBO_CLIENT_CONNECTIONS - 1) / KOMBO_CLIENT_CONNECTIONS * 50 : (n + 249) / 250 * 50,
          limited_kombo_get_n_reads (kombo) - reads_before, list_stall, list_median, add_ms, (n + 7) / 8 * 50,
          add_ms / ((n + 7) / 8 * 50), add_stall, add_median);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}

/* A spreadsheet of @n candidates, each with a CV of 200 KB, opened in the spreadsheet window and
 * submitted to the job, as a recruiter does: see the comment at the top */
static int
sheet_submit (const char *folder,
              guint       n)
{
  g_autoptr (LimitedKombo) kombo = limited_kombo_start_in_thread ();
  g_autofree char *url = limited_kombo_dup_url (kombo);
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autoptr (ShortlistAccount) account = sink_account (settings, url);
  g_autoptr (ShortlistStore) store = account_store_new (account, folder);
  g_autoptr (GString) csv = g_string_new ("First name,Last name,Email,CV\n");
  g_autofree char *noise = g_malloc (200 * 1024);
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  ShortlistSpreadsheetWindow *window;
  ShortlistSpreadsheet       *spreadsheet;
  ShortlistJobButton         *job_button;
  gint64                      start;
  double                      check_ms, check_stall, check_median, submit_ms, submit_stall, submit_median;
  guint                       ideal_ms = (n + 7) / 8 * 50;

  for (gsize i = 0; i < 200 * 1024; i++)
    noise[i] = g_random_int ();
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("cv-%05u.pdf", i);
      g_autofree char *cv = g_build_filename (folder, name, NULL);

      if (!g_file_set_contents (cv, noise, 200 * 1024, &error))
        g_error ("%s", error->message);
      g_string_append_printf (csv, "Ada %u,Lovelace,ada%05u@new.example.com,%s\n", i, i, name);
    }
  window = sheet_window_new (account, folder, csv->str, &file);
  job_button = SHORTLIST_JOB_BUTTON (find_descendant (GTK_WIDGET (window), SHORTLIST_TYPE_JOB_BUTTON));
  /* The job, once the open jobs are in */
  while (!shortlist_job_button_choose (job_button, "job-bench"))
    settle (20);
  settle (300);

  /* Opened: every row listed and checked against the ATS */
  start = g_get_monotonic_time ();
  shortlist_debug_stalls_start ();
  shortlist_spreadsheet_window_open (window, file);
  while ((spreadsheet = shortlist_spreadsheet_window_get_spreadsheet (window)) == NULL || shortlist_spreadsheet_get_busy (spreadsheet) ||
         shortlist_spreadsheet_get_n_to_send (spreadsheet) < n)
    g_main_context_iteration (NULL, TRUE);
  wait_for_paint (GTK_WIDGET (window));
  check_ms = (g_get_monotonic_time () - start) / 1000.0;
  check_stall = stalls_stop_after_frame (&check_median);

  /* Submitted: every candidate written, and the window ready again */
  settle (300);
  start = g_get_monotonic_time ();
  shortlist_debug_stalls_start ();
  gtk_widget_activate_action (GTK_WIDGET (window), "sheet.submit", NULL);
  while (limited_kombo_get_n_done (kombo) < n || shortlist_spreadsheet_get_busy (spreadsheet) ||
         shortlist_spreadsheet_get_n_to_send (spreadsheet) > 0)
    g_main_context_iteration (NULL, TRUE);
  wait_for_paint (GTK_WIDGET (window));
  submit_ms = (g_get_monotonic_time () - start) / 1000.0;
  submit_stall = stalls_stop_after_frame (&submit_median);

  printf ("bulk=sheet_cvs n=%u check_ms=%.0f check_stall_ms=%.1f check_median_stall_ms=%.1f submit_ms=%.0f submit_ideal_ms=%u "
          "submit_ratio=%.2f submit_stall_ms=%.1f submit_median_stall_ms=%.1f frame_ms=16.7\n",
          n, check_ms, check_stall, check_median, submit_ms, ideal_ms, submit_ms / ideal_ms, submit_stall, submit_median);
  gtk_window_destroy (GTK_WINDOW (window));
  shortlist_store_close (store);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  if (argc == 4 && g_str_equal (argv[1], "stall"))
    {
      adw_init ();
      return stall (argv[2], argv[3]);
    }
  if (argc == 4 && g_str_equal (argv[1], "jobs-fill"))
    return jobs_fill (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));
  if (argc == 3 && g_str_equal (argv[1], "jobs-search"))
    {
      adw_init ();
      return jobs_search ((guint) g_ascii_strtoull (argv[2], NULL, 10));
    }
  if (argc == 5 && g_str_equal (argv[1], "sheet"))
    {
      adw_init ();
      return sheet (argv[2], argv[3], (guint) g_ascii_strtoull (argv[4], NULL, 10));
    }
  if (argc == 4 && (g_str_equal (argv[1], "tags") || g_str_equal (argv[1], "links")))
    {
      adw_init ();
      return bulk (argv[1], (guint) g_ascii_strtoull (argv[2], NULL, 10), g_str_equal (argv[3], "emails"));
    }
  if (argc == 4 && g_str_equal (argv[1], "sheet-submit"))
    {
      adw_init ();
      return sheet_submit (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));
    }
  g_printerr ("Usage: bench-ui stall URL FILE | jobs-fill FOLDER N | jobs-search N | sheet URL FOLDER N | tags|links N ids|emails | "
              "sheet-submit FOLDER N\n");
  return 2;
}
