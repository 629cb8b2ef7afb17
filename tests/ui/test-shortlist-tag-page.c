/* test-shortlist-tag-page.c: tagging one or many candidates, driven as a recruiter drives it */
#include "config.h"

#include "shortlist-candidate-chooser.h"
#include "shortlist-error-box.h"
#include "shortlist-field-error.h"
#include "shortlist-result-link-page.h"
#include "shortlist-tag-page.h"
#include "ui-test-util.h"

#define GRACE                                                                                                                \
  "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[{\"id\":\"cand-grace\",\"first_name\":\"Grace\","            \
  "\"last_name\":\"Hopper\",\"email_addresses\":[{\"email_address\":\"grace@example.com\",\"type\":null}],"                  \
  "\"applications\":[{\"id\":\"a1\",\"current_stage\":{\"id\":\"s\",\"name\":\"Interview\",\"remote_id\":null,\"index\":1}," \
  "\"job\":{\"id\":\"j1\",\"name\":\"Backend Engineer\",\"remote_id\":\"1\"}}],\"tags\":[]}]}}"
#define ALAN                                                                                                    \
  "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[{\"id\":\"cand-alan\",\"first_name\":\"Alan\"," \
  "\"last_name\":\"Turing\",\"email_addresses\":[],\"applications\":[],\"tags\":[]}]}}"

typedef struct
{
  FakeKombo        *fake;
  GSettings        *settings;
  ShortlistAccount *account;
  ShortlistWindow  *window;
  GtkWidget        *page;
  GtkWidget        *chooser;
} Fixture;

static gboolean
suggestions_shown (gpointer data)
{
  Fixture *f = data;

  return gtk_widget_get_visible (ui_test_child (f->page, SHORTLIST_TYPE_TAG_PAGE, "suggestions_box"));
}

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  f->fake = fake_kombo_new ();
  f->settings = account_test_settings_new ();
  f->account = account_test_account_new (f->fake, f->settings);
  fake_kombo_respond (f->fake, "GET", "/ats/tags", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":["
                      "{\"id\":\"t1\",\"name\":\"Excellent fit\"},{\"id\":\"t2\",\"name\":\"Silver medalist\"},"
                      "{\"id\":\"t3\",\"name\":\"Referral\"}]}}");

  f->window = shortlist_window_new (NULL, f->settings);
  gtk_window_present (GTK_WINDOW (f->window));
  shortlist_window_set_account (f->window, f->account);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "tags");
  f->page = shortlist_window_get_page (SHORTLIST_WINDOW (f->window), "tags");
  f->chooser = ui_test_child (f->page, SHORTLIST_TYPE_TAG_PAGE, "chooser");
  ui_test_wait_for (suggestions_shown, f, "the tag suggestions");
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  ui_test_destroy_window (GTK_WINDOW (f->window), f->page, f->chooser, NULL);
  g_clear_object (&f->account);
  g_clear_object (&f->settings);
  g_clear_object (&f->fake);
}

static gboolean
chosen_count_is (gpointer data)
{
  Fixture *f = ((Fixture **) data)[0];
  guint    n = GPOINTER_TO_UINT (((gpointer *) data)[1]);

  return g_list_model_get_n_items (shortlist_candidate_chooser_get_chosen (SHORTLIST_CANDIDATE_CHOOSER (f->chooser))) == n;
}

/* Types into the chooser's entry and presses Enter, as a recruiter finds a candidate */
static void
find (Fixture    *f,
      const char *text,
      guint       expect_chosen)
{
  GtkWidget *entry = shortlist_candidate_chooser_get_entry (SHORTLIST_CANDIDATE_CHOOSER (f->chooser));
  gpointer   data[] = { f, GUINT_TO_POINTER (expect_chosen) };

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "apply");
  ui_test_wait_for (chosen_count_is, data, "the candidate to be found");
}

static gboolean
lookup_over (gpointer entry)
{
  return *gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0';
}

static gboolean
not_busy (gpointer data)
{
  Fixture *f = data;

  return gtk_widget_is_sensitive (ui_test_child (f->page, SHORTLIST_TYPE_TAG_PAGE, "add_button"));
}

/* Add Tag for Grace, whom the ATS answers with @grace_answer, and Alan, whom it refuses, until
 * the run is over; returns how many requests there were before */
static guint
tag_grace_and_alan (Fixture    *f,
                    const char *grace_answer)
{
  guint n_before = fake_kombo_get_n_requests (f->fake);

  fake_kombo_respond (f->fake, "POST", "/ats/candidates/cand-grace/tags", 200, grace_answer);
  fake_kombo_respond (f->fake, "POST", "/ats/candidates/cand-alan/tags", 403,
                      "{\"status\":\"error\",\"error\":{\"code\":\"INTEGRATION.PERMISSION_MISSING\",\"title\":null,"
                      "\"message\":\"The API user may not edit this candidate.\",\"log_url\":null}}");
  gtk_widget_activate_action (f->page, "tag.add", NULL);
  ui_test_wait_for_requests (f->fake, n_before + 2);
  ui_test_wait_for (not_busy, f, "the tags to be added");
  return n_before;
}

static void
read_text_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;

  g_autoptr (GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  g_assert_no_error (error);
}

/* Copy Results as CSV clicked, as a person does, and what it put on the clipboard */
static char *
copy_results (Fixture *f)
{
  GtkWidget    *button = ui_test_find_button (f->chooser, "_Copy Results as CSV");
  GdkClipboard *clipboard = gtk_widget_get_clipboard (f->chooser);
  char         *text = NULL;

  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (ui_test_is_shown (button));
  g_signal_emit_by_name (button, "clicked");
  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  return text;
}

static void
test_tag_many (Fixture      *f,
               gconstpointer data)
{
  GtkWidget *tag_row = ui_test_child (f->page, SHORTLIST_TYPE_TAG_PAGE, "tag_row");
  GtkWidget *suggestions = ui_test_child (f->page, SHORTLIST_TYPE_TAG_PAGE, "suggestions_box");
  GtkWidget *grace_row;
  GtkWidget *alan_row;
  g_autoptr (JsonObject) body = NULL;
  guint        n_before;
  FakeRequest *request;

  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, GRACE);
  find (f, "Grace@Example.com", 1);
  g_assert_cmpstr (g_hash_table_lookup (fake_kombo_get_request (f->fake, fake_kombo_get_n_requests (f->fake) - 1)->params, "email"),
                   ==, "Grace@Example.com");
  grace_row = ui_test_find_row (f->chooser, "Grace Hopper");
  /* The recruiter sees who it is before anything changes */
  g_assert_nonnull (ui_test_find_label (grace_row, "grace@example.com\nApplied to Backend Engineer (Interview)"));

  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, ALAN);
  find (f, "cand-alan", 2);
  g_assert_cmpstr (g_hash_table_lookup (fake_kombo_get_request (f->fake, fake_kombo_get_n_requests (f->fake) - 1)->params, "ids"),
                   ==, "cand-alan");
  alan_row = ui_test_find_row (f->chooser, "Alan Turing");

  /* Suggestions narrow as the name is typed, and a click fills it in */
  gtk_editable_set_text (GTK_EDITABLE (tag_row), "fit");
  g_assert_nonnull (ui_test_find_label (suggestions, "Excellent fit"));
  g_assert_null (ui_test_find_label (suggestions, "Referral"));
  g_signal_emit_by_name (ui_test_find_label (suggestions, "Excellent fit"), "clicked");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tag_row)), ==, "Excellent fit");

  /* Greenhouse records who made the change */
  g_assert_true (gtk_widget_get_visible (ui_test_child (f->page, SHORTLIST_TYPE_TAG_PAGE, "behalf_group")));
  gtk_editable_set_text (GTK_EDITABLE (ui_test_child (f->page, SHORTLIST_TYPE_TAG_PAGE, "behalf_user_row")), "4080");

  n_before = tag_grace_and_alan (f, "{\"status\":\"success\",\"data\":{},\"warnings\":[{\"message\":\"The tag was created.\"}]}");
  /* Progress was counted for the whole, and goes once it is over */
  g_assert_nonnull (ui_test_find_label (f->chooser, "2 of 2"));
  g_assert_false (ui_test_is_shown (ui_test_find_label (f->chooser, "2 of 2")));
  /* Two writes and nothing else: the tags are not fetched again */
  g_assert_cmpuint (fake_kombo_get_n_requests (f->fake), ==, n_before + 2);

  /* Side by side, so in either order */
  request = fake_kombo_get_request (f->fake, n_before);
  if (g_strcmp0 (request->path, "/ats/candidates/cand-grace/tags") != 0)
    request = fake_kombo_get_request (f->fake, n_before + 1);
  g_assert_cmpstr (request->path, ==, "/ats/candidates/cand-grace/tags");
  body = fake_request_get_json (request);
  test_assert_json_equal (body, "{\"tag\":{\"name\":\"Excellent fit\"},"
                                "\"remote_fields\":{\"greenhouse\":{\"post_headers\":{\"On-Behalf-Of\":\"4080\"}}}}");
  test_assert_schema_valid ("candidate-tags.request.schema.json", request->body);
  g_assert_true (g_strcmp0 (fake_kombo_get_request (f->fake, n_before)->path, "/ats/candidates/cand-alan/tags") == 0 ||
                 g_strcmp0 (fake_kombo_get_request (f->fake, n_before + 1)->path, "/ats/candidates/cand-alan/tags") == 0);

  /* Each outcome next to its candidate */
  g_assert_nonnull (ui_test_find_label (grace_row, "grace@example.com\nApplied to Backend Engineer (Interview)\nThe tag was created."));
  g_assert_null (shortlist_field_get_error (grace_row));
  g_assert_cmpstr (ui_test_row_error (alan_row), ==,
                   "A permission is missing in the applicant tracking system: The API user may not edit this candidate.");
  g_assert_cmpstr (shortlist_error_box_get_title (SHORTLIST_ERROR_BOX (ui_test_child (f->page, SHORTLIST_TYPE_TAG_PAGE, "error_box"))),
                   ==, "A permission is missing in the applicant tracking system");
  /* What was typed stays, to try again */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tag_row)), ==, "Excellent fit");

  /* The outcomes go to a spreadsheet as CSV */
  {
    g_autofree char *csv = copy_results (f);

    g_assert_cmpstr (csv, ==,
                     "Kombo ID,Name,Email address,Outcome,Message\r\n"
                     "cand-grace,Grace Hopper,grace@example.com,Done,\r\n"
                     "cand-alan,Alan Turing,,Failed,A permission is missing in the applicant tracking system: The API user may not edit this candidate.\r\n");
  }
  g_assert_true (ui_test_is_shown (ui_test_find_label (f->chooser, "_Copy Results as CSV")));

  /* Retry Failed sends again for Alan only */
  n_before = fake_kombo_get_n_requests (f->fake);
  fake_kombo_respond (f->fake, "POST", "/ats/candidates/cand-alan/tags", 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  g_assert_true (ui_test_is_shown (ui_test_find_label (f->chooser, "_Retry Failed")));
  g_signal_emit_by_name (ui_test_find_label (f->chooser, "_Retry Failed"), "clicked");
  ui_test_wait_for_requests (f->fake, n_before + 1);
  ui_test_wait_for (not_busy, f, "the retry");
  g_assert_cmpuint (fake_kombo_get_n_requests (f->fake), ==, n_before + 1);
  g_assert_cmpstr (fake_kombo_get_request (f->fake, n_before)->path, ==, "/ats/candidates/cand-alan/tags");
  g_assert_null (shortlist_field_get_error (alan_row));
  g_assert_false (ui_test_is_shown (ui_test_find_label (f->chooser, "_Retry Failed")));
  /* Grace's outcome stays as it was */
  g_assert_nonnull (ui_test_find_label (grace_row, "grace@example.com\nApplied to Backend Engineer (Interview)\nThe tag was created."));
}

/* Two candidates with one address: the recruiter chooses which is meant */
static void
test_pick_one (Fixture      *f,
               gconstpointer data)
{
  GtkWidget *entry = shortlist_candidate_chooser_get_entry (SHORTLIST_CANDIDATE_CHOOSER (f->chooser));
  GtkWidget *choice;
  guint      n_before = fake_kombo_get_n_requests (f->fake);

  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":["
                      "{\"id\":\"cand-grace\",\"first_name\":\"Grace\",\"last_name\":\"Hopper\",\"applications\":[],\"tags\":[]},"
                      "{\"id\":\"cand-grace-2\",\"first_name\":\"Grace\",\"last_name\":\"Brewster Hopper\",\"applications\":[],\"tags\":[]}]}}");
  gtk_editable_set_text (GTK_EDITABLE (entry), "grace@example.com");
  g_signal_emit_by_name (entry, "apply");
  ui_test_wait_for_requests (f->fake, n_before + 1);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  /* Nobody is chosen behind the recruiter's back */
  g_assert_cmpuint (g_list_model_get_n_items (shortlist_candidate_chooser_get_chosen (SHORTLIST_CANDIDATE_CHOOSER (f->chooser))), ==, 0);
  choice = ui_test_find_row (f->chooser, "2 candidates have grace@example.com");
  g_signal_emit_by_name (ui_test_find_label (ui_test_find_row (choice, "Grace Brewster Hopper"), "Choose"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (shortlist_candidate_chooser_get_chosen (SHORTLIST_CANDIDATE_CHOOSER (f->chooser))), ==, 1);
  g_assert_null (ui_test_find_label (f->chooser, "2 candidates have grace@example.com"));
  ui_test_find_row (f->chooser, "Grace Brewster Hopper");
}

/* A lost answer is settled by reading the candidates again, never by sending again */
static void
test_lost_answer (Fixture      *f,
                  gconstpointer data)
{
  GtkWidget       *tag_row = ui_test_child (f->page, SHORTLIST_TYPE_TAG_PAGE, "tag_row");
  guint            n_before;
  g_autofree char *csv = NULL;

  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, GRACE);
  find (f, "grace@example.com", 1);
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, ALAN);
  find (f, "cand-alan", 2);

  n_before = fake_kombo_get_n_requests (f->fake);
  fake_kombo_respond_full (f->fake, "POST", "/ats/candidates/cand-grace/tags", 502, "text/html",
                           "<html><body><h1>502 Bad Gateway</h1></body></html>", 0, NULL);
  fake_kombo_respond_full (f->fake, "POST", "/ats/candidates/cand-alan/tags", 502, "text/html",
                           "<html><body><h1>502 Bad Gateway</h1></body></html>", 0, NULL);
  /* Read again: Grace has the tag, Alan has not */
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":["
                      "{\"id\":\"cand-grace\",\"first_name\":\"Grace\",\"last_name\":\"Hopper\",\"applications\":[],"
                      "\"tags\":[{\"id\":\"t2\",\"name\":\"Silver medalist\",\"remote_id\":null}]},"
                      "{\"id\":\"cand-alan\",\"first_name\":\"Alan\",\"last_name\":\"Turing\",\"applications\":[],\"tags\":[]}]}}");
  gtk_editable_set_text (GTK_EDITABLE (tag_row), "Silver medalist");
  gtk_widget_activate_action (f->page, "tag.add", NULL);
  ui_test_wait_for_requests (f->fake, n_before + 3);
  ui_test_wait_for (not_busy, f, "the check");

  /* Two writes, each once, and one read of both */
  g_assert_cmpuint (fake_kombo_get_n_requests (f->fake), ==, n_before + 3);
  g_assert_cmpstr (fake_kombo_get_request (f->fake, n_before + 2)->method, ==, "GET");
  csv = copy_results (f);
  g_assert_cmpstr (csv, ==,
                   "Kombo ID,Name,Email address,Outcome,Message\r\n"
                   "cand-grace,Grace Hopper,grace@example.com,Done,\r\n"
                   "cand-alan,Alan Turing,,Failed,\"Not done: the answer was lost, and the candidate does not have it. Retry Failed tries again.\"\r\n");
  g_assert_null (shortlist_field_get_error (ui_test_find_row (f->chooser, "Grace Hopper")));
  g_assert_true (ui_test_is_shown (ui_test_find_label (f->chooser, "_Retry Failed")));
}

/* The ATS's own ids, written as in a job ID, are looked up together */
static void
test_remote_ids (Fixture      *f,
                 gconstpointer data)
{
  GtkWidget   *entry = shortlist_candidate_chooser_get_entry (SHORTLIST_CANDIDATE_CHOOSER (f->chooser));
  guint        n_before = fake_kombo_get_n_requests (f->fake);
  FakeRequest *request;

  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[{\"id\":\"cand-grace\",\"remote_id\":\"88\","
                      "\"first_name\":\"Grace\",\"last_name\":\"Hopper\",\"applications\":[],\"tags\":[]}]}}");
  gtk_editable_set_text (GTK_EDITABLE (entry), "remote:88, remote:89");
  g_signal_emit_by_name (entry, "apply");
  ui_test_wait_for_requests (f->fake, n_before + 1);
  ui_test_wait_for (lookup_over, entry, "the lookup");
  request = fake_kombo_get_request (f->fake, n_before);
  g_assert_cmpstr (g_hash_table_lookup (request->params, "remote_ids"), ==, "88,89");
  g_assert_null (g_hash_table_lookup (request->params, "ids"));
  ui_test_find_row (f->chooser, "Grace Hopper");
  /* The one not found stays, as written */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "remote:89");
}

/* Tags and Result Links share one list: found on one, there on the other, each with its own outcomes */
static void
test_shared_list (Fixture      *f,
                  gconstpointer data)
{
  GtkWidget *link_page = shortlist_window_get_page (SHORTLIST_WINDOW (f->window), "links");
  GtkWidget *link_chooser = ui_test_child (link_page, SHORTLIST_TYPE_RESULT_LINK_PAGE, "chooser");

  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, GRACE);
  find (f, "grace@example.com", 1);
  ui_test_find_row (link_chooser, "Grace Hopper");

  /* Removed there, gone here */
  g_signal_emit_by_name (ui_test_find_tooltip (ui_test_find_row (link_chooser, "Grace Hopper"), "Remove Grace Hopper From the List"),
                         "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (shortlist_candidate_chooser_get_chosen (SHORTLIST_CANDIDATE_CHOOSER (f->chooser))), ==, 0);
  g_assert_null (ui_test_find_label (f->chooser, "Grace Hopper"));
}

static void
test_rules (Fixture      *f,
            gconstpointer data)
{
  GtkWidget *entry = shortlist_candidate_chooser_get_entry (SHORTLIST_CANDIDATE_CHOOSER (f->chooser));
  GtkWidget *tag_row = ui_test_child (f->page, SHORTLIST_TYPE_TAG_PAGE, "tag_row");
  guint      n_before = fake_kombo_get_n_requests (f->fake);

  gtk_widget_activate_action (f->page, "tag.add", NULL);
  g_assert_cmpstr (ui_test_row_error (entry), ==, "Find at least one candidate first: press Enter after their Kombo ID or email address.");
  g_assert_cmpstr (ui_test_row_error (tag_row), ==, "Enter the tag’s name.");
  g_assert_cmpuint (fake_kombo_get_n_requests (f->fake), ==, n_before);

  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[]}}");
  gtk_editable_set_text (GTK_EDITABLE (entry), "nobody@example.com");
  g_signal_emit_by_name (entry, "apply");
  ui_test_wait_for_requests (f->fake, n_before + 1);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpstr (ui_test_row_error (entry), ==, "No candidate with this Kombo ID or email address is in Greenhouse.");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "nobody@example.com");
}

static gboolean
request_made (gpointer data)
{
  Fixture *f = ((gpointer *) data)[0];

  return fake_kombo_get_n_requests (f->fake) >= GPOINTER_TO_UINT (((gpointer *) data)[1]);
}

/* Enter takes the suggestion showing; a tag the ATS does not have is made only when confirmed by name */
static void
test_new_tag_asks (Fixture      *f,
                   gconstpointer data)
{
  GtkWidget   *tag_row = ui_test_child (f->page, SHORTLIST_TYPE_TAG_PAGE, "tag_row");
  guint        n_before;
  GtkWidget   *dialog;
  FakeRequest *request;
  g_autoptr (JsonObject) body = NULL;

  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, GRACE);
  find (f, "grace@example.com", 1);

  /* "Silv" and Ctrl+Enter: the suggestion is taken, nothing is sent */
  n_before = fake_kombo_get_n_requests (f->fake);
  gtk_editable_set_text (GTK_EDITABLE (tag_row), "Silv");
  gtk_widget_activate_action (f->page, "tag.complete", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tag_row)), ==, "Silver medalist");
  g_assert_cmpuint (fake_kombo_get_n_requests (f->fake), ==, n_before);

  /* A new tag: asked first, by name; Cancel sends nothing */
  gtk_editable_set_text (GTK_EDITABLE (tag_row), "Night owl");
  gtk_widget_activate_action (f->page, "tag.complete", NULL);
  dialog = ui_test_find_dialog ();
  g_assert_nonnull (ui_test_find_label (dialog, "Create the Tag “Night owl”?"));
  g_assert_nonnull (ui_test_find_label (dialog, "Greenhouse has no tag “Night owl” yet. Adding it creates it there, for everyone who uses Greenhouse."));
  g_signal_emit_by_name (ui_test_find_label (dialog, "_Cancel"), "clicked");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (fake_kombo_get_n_requests (f->fake), ==, n_before);

  /* Confirmed, it is sent once */
  fake_kombo_respond (f->fake, "POST", "/ats/candidates/cand-grace/tags", 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  gtk_widget_activate_action (f->page, "tag.add", NULL);
  g_signal_emit_by_name (ui_test_find_label (ui_test_find_dialog (), "_Create Tag"), "clicked");
  {
    gpointer wait[] = { f, GUINT_TO_POINTER (n_before + 1) };

    ui_test_wait_for (request_made, wait, "the tag to be sent");
  }
  ui_test_wait_for (not_busy, f, "the tag to be added");
  g_assert_cmpuint (fake_kombo_get_n_requests (f->fake), ==, n_before + 1);
  request = fake_kombo_get_request (f->fake, n_before);
  body = fake_request_get_json (request);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (body, "tag"), "name"), ==, "Night owl");

  /* A known tag typed in another case is added as the ATS spells it, without asking */
  fake_kombo_respond (f->fake, "POST", "/ats/candidates/cand-grace/tags", 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  gtk_editable_set_text (GTK_EDITABLE (tag_row), "referral");
  gtk_widget_activate_action (f->page, "tag.add", NULL);
  {
    gpointer wait[] = { f, GUINT_TO_POINTER (n_before + 2) };

    ui_test_wait_for (request_made, wait, "the known tag to be sent");
  }
  ui_test_wait_for (not_busy, f, "the known tag to be added");
  g_clear_pointer (&body, json_object_unref);
  body = fake_request_get_json (fake_kombo_get_request (f->fake, n_before + 1));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (body, "tag"), "name"), ==, "Referral");
}

/* Many Kombo IDs go 250 to a call, as Kombo takes them. The first ten candidates get their
 * rows at once, the others a part of each frame (bench.sh window times them all). */
static void
test_ids_in_calls (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr (GString) pasted = g_string_new (NULL);
  g_autoptr (GString) first = g_string_new ("{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[");
  g_autoptr (GString) second = g_string_new ("{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[");
  guint n_before = fake_kombo_get_n_requests (f->fake);

  for (guint i = 1; i <= 260; i++)
    {
      GString *answer = i <= 250 ? first : second;

      g_string_append_printf (pasted, "cand-%03u ", i);
      g_string_append_printf (answer, "%s{\"id\":\"cand-%03u\",\"first_name\":\"Ada\",\"last_name\":\"Number %u\","
                                      "\"applications\":[],\"tags\":[]}",
                              i == 1 || i == 251 ? "" : ",", i, i);
    }
  g_string_append (first, "]}}");
  g_string_append (second, "]}}");
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, first->str);
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, second->str);
  {
    GtkWidget *entry = shortlist_candidate_chooser_get_entry (SHORTLIST_CANDIDATE_CHOOSER (f->chooser));
    gpointer   found[] = { f, GUINT_TO_POINTER (260) };

    gtk_editable_set_text (GTK_EDITABLE (entry), pasted->str);
    g_signal_emit_by_name (entry, "apply");
    /* Not waiting for the rest of the rows to be made, a part of each frame */
    test_wait_for (chosen_count_is, found, "every candidate to be found");
  }

  g_assert_cmpuint (fake_kombo_get_n_requests (f->fake), ==, n_before + 2);
  for (guint i = n_before; i < n_before + 2; i++)
    {
      g_auto (GStrv) ids = g_strsplit (g_hash_table_lookup (fake_kombo_get_request (f->fake, i)->params, "ids"), ",", -1);

      g_assert_cmpuint (g_strv_length (ids), ==, g_str_equal (ids[0], "cand-001") ? 250 : 10);
    }
  /* The first rows are there at once, whichever answer came first */
  g_assert_nonnull (ui_test_find_text (f->chooser, "Ada Number"));
  /* Another integration chosen: the list and the rows being made go */
  shortlist_candidate_chooser_clear (SHORTLIST_CANDIDATE_CHOOSER (f->chooser));
  g_assert_null (ui_test_find_text (f->chooser, "Ada Number"));
}

/* How many candidates have a row made for them in @widget */
static guint
count_rows (GtkWidget *widget)
{
  guint n = SHORTLIST_IS_CANDIDATE_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_rows (child);
  return n;
}

/* Whether the row reading @data[1] is made, or more rows than @data[3] since: scrolled to the
 * end meanwhile, as a recruiter drags the scroll bar down */
static gboolean
row_made_or_more (gpointer data)
{
  Fixture       *f = ((gpointer *) data)[0];
  GtkAdjustment *scroll = ((gpointer *) data)[2];

  gtk_adjustment_set_value (scroll, gtk_adjustment_get_upper (scroll));
  return ui_test_find_text (f->chooser, ((gpointer *) data)[1]) != NULL ||
         count_rows (f->chooser) > GPOINTER_TO_UINT (((gpointer *) data)[3]);
}

/* A long list makes the rows in sight, and more as it scrolls; a row made after the work shows
 * how it went for its candidate, with the tag it was given */
static void
test_long_list (Fixture      *f,
                gconstpointer data)
{
  g_autoptr (GString) pasted = g_string_new (NULL);
  g_autoptr (GString) answer = g_string_new ("{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[");
  GtkWidget     *view = gtk_widget_get_ancestor (f->chooser, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *scroll = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (view));
  gpointer       found[] = { f, GUINT_TO_POINTER (240) };
  GtkWidget     *last_row;
  guint          n_made, n_before;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 700);
  for (guint i = 1; i <= 240; i++)
    {
      g_string_append_printf (pasted, "cand-%03u\n", i);
      g_string_append_printf (answer, "%s{\"id\":\"cand-%03u\",\"first_name\":\"Ada\",\"last_name\":\"Number %u\","
                                      "\"applications\":[],\"tags\":[]}",
                              i == 1 ? "" : ",", i, i);
    }
  g_string_append (answer, "]}}");
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, answer->str);
  gtk_editable_set_text (GTK_EDITABLE (shortlist_candidate_chooser_get_entry (SHORTLIST_CANDIDATE_CHOOSER (f->chooser))), pasted->str);
  g_signal_emit_by_name (shortlist_candidate_chooser_get_entry (SHORTLIST_CANDIDATE_CHOOSER (f->chooser)), "apply");
  test_wait_for (chosen_count_is, found, "every candidate to be found");

  /* The rows in sight and a screen more are made, not the rest; the list says how many it holds,
   * and the page scrolls as far as all of them would reach */
  ui_test_wait_frames (GTK_WIDGET (f->window), 30);
  n_made = count_rows (f->chooser);
  g_assert_cmpuint (n_made, >=, 10);
  g_assert_cmpuint (n_made, <, 120);
  ui_test_wait_frames (GTK_WIDGET (f->window), 10);
  g_assert_cmpuint (count_rows (f->chooser), ==, n_made);
  g_assert_true (ui_test_is_shown (ui_test_find_label (f->chooser, "240 candidates")));
  g_assert_cmpfloat (gtk_adjustment_get_upper (scroll), >, 240 * 30);
  g_assert_null (ui_test_find_text (f->chooser, "Ada Number 240"));
  /* A taller window shows more, and they are made */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 1000);
  ui_test_wait_frames (GTK_WIDGET (f->window), 30);
  g_assert_cmpuint (count_rows (f->chooser), >, n_made);
  g_assert_null (ui_test_find_text (f->chooser, "Ada Number 240"));

  /* The tag goes to every one of them, made or not */
  gtk_editable_set_text (GTK_EDITABLE (ui_test_child (f->page, SHORTLIST_TYPE_TAG_PAGE, "tag_row")), "Excellent fit");
  n_before = fake_kombo_get_n_requests (f->fake);
  for (guint i = 1; i <= 240; i++)
    {
      g_autofree char *path = g_strdup_printf ("/ats/candidates/cand-%03u/tags", i);

      fake_kombo_respond (f->fake, "POST", path, 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
    }
  gtk_widget_activate_action (f->page, "tag.add", NULL);
  ui_test_wait_for_requests (f->fake, n_before + 240);
  ui_test_wait_for (not_busy, f, "the tags to be added");
  /* A row made as it went shows its tag */
  g_assert_nonnull (ui_test_find_label (ui_test_find_row (f->chooser, "Ada Number 1"), "Excellent fit"));

  /* Scrolled to the end, the last candidate's row is made, with their outcome and their tag;
   * rows keep coming on the way there, however slow the machine (the sanitizers) */
  while (ui_test_find_text (f->chooser, "Ada Number 240") == NULL)
    {
      gpointer wanted[] = { f, (gpointer) "Ada Number 240", scroll, GUINT_TO_POINTER (count_rows (f->chooser)) };

      ui_test_wait_for (row_made_or_more, wanted, "more rows on the way to the last");
    }
  last_row = ui_test_find_row (f->chooser, "Ada Number 240");
  g_assert_nonnull (ui_test_find_label (last_row, "Excellent fit"));
  g_assert_nonnull (ui_test_find_tooltip (last_row, "Take Back “Excellent fit”"));
  {
    GtkWidget *status = ui_test_find_descendant (last_row, GTK_TYPE_IMAGE, 1);

    g_assert_true (gtk_widget_get_visible (status));
    g_assert_true (gtk_widget_has_css_class (status, "success"));
  }
}

/* Whether @widget lies within @window's width */
static gboolean
within_window (GtkWidget *widget,
               GtkWidget *window)
{
  graphene_rect_t bounds;

  return gtk_widget_compute_bounds (widget, window, &bounds) && bounds.origin.x >= 0 &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (window);
}

/* The buttons a run's end brings (Retry Failed, Copy Results as CSV) never change how wide the
 * page is: where there is room the rows keep their width (a wider page lays hundreds of rows
 * out again), and in the narrowest window the buttons take lines of their own rather than
 * push the page past its edge */
static void
test_width_kept (Fixture      *f,
                 gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  GtkWidget *grace_row;
  int        width;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 700);
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, GRACE);
  find (f, "cand-grace", 1);
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, ALAN);
  find (f, "cand-alan", 2);
  ui_test_wait_frames (window, 5);
  grace_row = ui_test_find_row (f->chooser, "Grace Hopper");
  width = gtk_widget_get_width (grace_row);
  g_assert_cmpint (width, >, 0);

  gtk_editable_set_text (GTK_EDITABLE (ui_test_child (f->page, SHORTLIST_TYPE_TAG_PAGE, "tag_row")), "Referral");
  tag_grace_and_alan (f, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  ui_test_wait_frames (window, 5);
  g_assert_true (ui_test_is_shown (ui_test_find_label (f->chooser, "_Retry Failed")));
  g_assert_true (ui_test_is_shown (ui_test_find_label (f->chooser, "_Copy Results as CSV")));
  g_assert_cmpint (gtk_widget_get_width (grace_row), ==, width);

  /* The narrowest the window goes */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 700);
  ui_test_wait_frames (window, 10);
  g_assert_cmpint (gtk_widget_get_width (window), <=, 360);
  g_assert_true (within_window (ui_test_find_button (f->chooser, "_Retry Failed"), window));
  g_assert_true (within_window (ui_test_find_button (f->chooser, "_Copy Results as CSV"), window));
  g_assert_true (within_window (grace_row, window));
}

static gboolean
shows_text (gpointer data)
{
  Fixture *f = ((gpointer *) data)[0];

  return ui_test_find_shown_label (GTK_WIDGET (f->window), ((gpointer *) data)[1]) != NULL;
}

/* Undo after tagging takes the tag back from each candidate it was added to, one of whom
 * lacked it by then: that is no error */
static void
test_undo (Fixture      *f,
           gconstpointer data)
{
  const char *ids[] = { "cand-ada", "cand-bob", "cand-cy" };
  guint       n_before;
  gpointer    added[] = { f, (gpointer) "Tag added to 3 candidates" };
  gpointer    taken[] = { f, (gpointer) "Tag taken back from 3 candidates" };

  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":["
                      "{\"id\":\"cand-ada\",\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"email_addresses\":[],\"applications\":[],\"tags\":[]},"
                      "{\"id\":\"cand-bob\",\"first_name\":\"Bob\",\"last_name\":\"Kahn\",\"email_addresses\":[],\"applications\":[],\"tags\":[]},"
                      "{\"id\":\"cand-cy\",\"first_name\":\"Cy\",\"last_name\":\"Young\",\"email_addresses\":[],\"applications\":[],\"tags\":[]}]}}");
  find (f, "cand-ada cand-bob cand-cy", 3);
  gtk_editable_set_text (GTK_EDITABLE (ui_test_child (f->page, SHORTLIST_TYPE_TAG_PAGE, "tag_row")), "Excellent fit");
  n_before = fake_kombo_get_n_requests (f->fake);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ats/candidates/%s/tags", ids[i]);

      fake_kombo_respond (f->fake, "POST", path, 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
    }
  gtk_widget_activate_action (f->page, "tag.add", NULL);
  ui_test_wait_for_requests (f->fake, n_before + 3);
  ui_test_wait_for (not_busy, f, "the tags to be added");
  ui_test_wait_for (shows_text, added, "the toast");
  /* Each row shows the tag now */
  g_assert_nonnull (ui_test_find_tooltip (f->page, "Take Back “Excellent fit”"));

  n_before = fake_kombo_get_n_requests (f->fake);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ats/candidates/%s/tags", ids[i]);

      /* Bob lacked it by then: Kombo succeeds all the same */
      fake_kombo_respond (f->fake, "DELETE", path, 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
    }
  g_signal_emit_by_name (ui_test_find_shown_label (GTK_WIDGET (f->window), "_Undo"), "clicked");
  ui_test_wait_for_requests (f->fake, n_before + 3);
  ui_test_wait_for (shows_text, taken, "the tag to be taken back");
  for (guint i = 0; i < 3; i++)
    {
      FakeRequest *request = fake_kombo_get_request (f->fake, n_before + i);
      g_autoptr (JsonObject) body = fake_request_get_json (request);

      g_assert_cmpstr (request->method, ==, "DELETE");
      g_assert_true (g_str_has_prefix (request->path, "/ats/candidates/cand-") && g_str_has_suffix (request->path, "/tags"));
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (body, "tag"), "name"), ==, "Excellent fit");
      test_assert_schema_valid ("candidate-tags-delete.request.schema.json", request->body);
    }
  g_assert_cmpuint (fake_kombo_get_n_requests (f->fake), ==, n_before + 3);
  /* And no row shows it any more */
  g_assert_null (ui_test_find_tooltip (f->page, "Take Back “Excellent fit”"));
}

static gboolean
tooltip_gone (gpointer data)
{
  Fixture *f = ((gpointer *) data)[0];

  return ui_test_find_tooltip (f->page, ((gpointer *) data)[1]) == NULL;
}

static void
check_delete (FakeRequest *request,
              const char  *candidate_id,
              const char  *tag)
{
  g_autofree char *path = g_strdup_printf ("/ats/candidates/%s/tags", candidate_id);
  g_autoptr (JsonObject) body = fake_request_get_json (request);

  g_assert_cmpstr (request->method, ==, "DELETE");
  g_assert_cmpstr (request->path, ==, path);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (body, "tag"), "name"), ==, tag);
  test_assert_schema_valid ("candidate-tags-delete.request.schema.json", request->body);
}

/* Each row shows the candidate's tags: one is taken back by its button; Remove Tag takes one
 * back from everyone in the list as a run, and Retry Failed takes it back again, not adds it */
static void
test_take_back (Fixture      *f,
                gconstpointer data)
{
  GtkWidget *take_back;
  guint      n_before;
  gpointer   silver_gone[] = { f, (gpointer) "Take Back “Silver medalist”" };
  gpointer   referral_gone[] = { f, (gpointer) "Take Back “Referral”" };
  gpointer   one_failed[] = { f, (gpointer) "Tag taken back from 2 candidates" };

  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":["
                      "{\"id\":\"cand-ada\",\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"email_addresses\":[],\"applications\":[],"
                      "\"tags\":[{\"id\":\"t1\",\"name\":\"Referral\"},{\"id\":\"t2\",\"name\":\"Silver medalist\"}]},"
                      "{\"id\":\"cand-bob\",\"first_name\":\"Bob\",\"last_name\":\"Kahn\",\"email_addresses\":[],\"applications\":[],"
                      "\"tags\":[{\"id\":\"t1\",\"name\":\"Referral\"}]},"
                      "{\"id\":\"cand-cy\",\"first_name\":\"Cy\",\"last_name\":\"Young\",\"email_addresses\":[],\"applications\":[],\"tags\":[]}]}}");
  find (f, "cand-ada cand-bob cand-cy", 3);
  g_assert_nonnull (ui_test_find_label (f->page, "Silver medalist"));

  /* One tag from one candidate, by the button on it */
  fake_kombo_respond (f->fake, "DELETE", "/ats/candidates/cand-ada/tags", 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  n_before = fake_kombo_get_n_requests (f->fake);
  take_back = ui_test_find_tooltip (f->page, "Take Back “Silver medalist”");
  g_signal_emit_by_name (take_back, "clicked");
  ui_test_wait_for (tooltip_gone, silver_gone, "the tag to leave the row");
  check_delete (fake_kombo_get_request (f->fake, n_before), "cand-ada", "Silver medalist");
  g_assert_nonnull (ui_test_find_tooltip (f->page, "Take Back “Referral”"));

  /* "Referral" from everyone in the list, Cy who lacks it included: Bob's fails */
  gtk_editable_set_text (GTK_EDITABLE (ui_test_child (f->page, SHORTLIST_TYPE_TAG_PAGE, "tag_row")), "Referral");
  fake_kombo_respond (f->fake, "DELETE", "/ats/candidates/cand-ada/tags", 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  fake_kombo_respond (f->fake, "DELETE", "/ats/candidates/cand-bob/tags", 403,
                      "{\"status\":\"error\",\"error\":{\"code\":\"INTEGRATION.PERMISSION_MISSING\",\"title\":\"Permission missing\","
                      "\"message\":\"The API user may not remove tags.\",\"log_url\":null}}");
  fake_kombo_respond (f->fake, "DELETE", "/ats/candidates/cand-cy/tags", 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  n_before = fake_kombo_get_n_requests (f->fake);
  gtk_widget_activate_action (f->page, "tag.remove", NULL);
  ui_test_wait_for_requests (f->fake, n_before + 3);
  ui_test_wait_for (not_busy, f, "the run to end");
  ui_test_wait_for (shows_text, one_failed, "the toast");
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (fake_kombo_get_request (f->fake, n_before + i)->method, ==, "DELETE");
  /* Bob's row says why, and still shows his tag */
  g_assert_nonnull (ui_test_find_text (f->page, "The API user may not remove tags."));
  g_assert_nonnull (ui_test_find_tooltip (f->page, "Take Back “Referral”"));

  /* Retry Failed takes it back from Bob alone */
  fake_kombo_respond (f->fake, "DELETE", "/ats/candidates/cand-bob/tags", 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  n_before = fake_kombo_get_n_requests (f->fake);
  gtk_widget_activate_action (f->page, "tag.retry", NULL);
  ui_test_wait_for (tooltip_gone, referral_gone, "Bob's tag to go");
  g_assert_cmpuint (fake_kombo_get_n_requests (f->fake), ==, n_before + 1);
  check_delete (fake_kombo_get_request (f->fake, n_before), "cand-bob", "Referral");
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/shortlist/tag-page/ids-in-calls", Fixture, NULL, fixture_set_up, test_ids_in_calls, fixture_tear_down);
  g_test_add ("/shortlist/tag-page/long-list", Fixture, NULL, fixture_set_up, test_long_list, fixture_tear_down);
  g_test_add ("/shortlist/tag-page/width-kept", Fixture, NULL, fixture_set_up, test_width_kept, fixture_tear_down);
  g_test_add ("/shortlist/tag-page/tag-many", Fixture, NULL, fixture_set_up, test_tag_many, fixture_tear_down);
  g_test_add ("/shortlist/tag-page/take-back", Fixture, NULL, fixture_set_up, test_take_back, fixture_tear_down);
  g_test_add ("/shortlist/tag-page/undo", Fixture, NULL, fixture_set_up, test_undo, fixture_tear_down);
  g_test_add ("/shortlist/tag-page/new-tag-asks", Fixture, NULL, fixture_set_up, test_new_tag_asks, fixture_tear_down);
  g_test_add ("/shortlist/tag-page/pick-one", Fixture, NULL, fixture_set_up, test_pick_one, fixture_tear_down);
  g_test_add ("/shortlist/tag-page/lost-answer", Fixture, NULL, fixture_set_up, test_lost_answer, fixture_tear_down);
  g_test_add ("/shortlist/tag-page/remote-ids", Fixture, NULL, fixture_set_up, test_remote_ids, fixture_tear_down);
  g_test_add ("/shortlist/tag-page/shared-list", Fixture, NULL, fixture_set_up, test_shared_list, fixture_tear_down);
  g_test_add ("/shortlist/tag-page/rules", Fixture, NULL, fixture_set_up, test_rules, fixture_tear_down);

  return g_test_run ();
}
