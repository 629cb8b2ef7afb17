/* test-shortlist-result-link-page.c: adding a result link, driven as a recruiter drives it */
#include "config.h"

#include "shortlist-candidate-chooser.h"
#include "shortlist-result-link-page.h"
#include "ui-test-util.h"

typedef struct
{
  FakeKombo        *fake;
  GSettings        *settings;
  ShortlistAccount *account;
  ShortlistWindow  *window;
  GtkWidget        *page;
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  f->fake = fake_kombo_new ();
  f->settings = account_test_settings_new ();
  f->account = account_test_account_new (f->fake, f->settings);
  f->window = shortlist_window_new (NULL, f->settings);
  gtk_window_present (GTK_WINDOW (f->window));
  shortlist_window_set_account (f->window, f->account);
  f->page = shortlist_window_get_page (SHORTLIST_WINDOW (f->window), "links");
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  ui_test_destroy_window (GTK_WINDOW (f->window), f->page, NULL);
  g_clear_object (&f->account);
  g_clear_object (&f->settings);
  g_clear_object (&f->fake);
}

static GtkWidget *
child (Fixture    *f,
       const char *name)
{
  return ui_test_child (f->page, SHORTLIST_TYPE_RESULT_LINK_PAGE, name);
}

static gboolean
found (gpointer data)
{
  Fixture *f = data;

  return g_list_model_get_n_items (shortlist_candidate_chooser_get_chosen (SHORTLIST_CANDIDATE_CHOOSER (child (f, "chooser")))) == 1;
}

static gboolean
not_busy (gpointer data)
{
  return gtk_widget_is_sensitive (data);
}

static void
add_detail (Fixture    *f,
            const char *key,
            const char *value)
{
  GtkWidget *group = child (f, "details_group");
  GtkWidget *button = NULL;
  GtkWidget *focus;

  g_object_get (group, "header-suffix", &button, NULL);
  g_signal_emit_by_name (button, "clicked");
  g_object_unref (button);

  /* The new row's name field has the focus */
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  while (focus != NULL && !GTK_IS_ENTRY (focus))
    focus = gtk_widget_get_parent (focus);
  g_assert_nonnull (focus);
  gtk_editable_set_text (GTK_EDITABLE (focus), key);
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_next_sibling (focus)), value);
}

static void
test_add_link (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (JsonObject) body = NULL;
  FakeRequest *request;
  guint        n_before;

  /* As after submitting: the candidate comes from the result page */
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[{\"id\":\"cand-ada\",\"first_name\":\"Ada\","
                      "\"last_name\":\"Lovelace\",\"applications\":[],\"tags\":[]}]}}");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.link-candidate", "s", "cand-ada");
  ui_test_wait_for (found, f, "the candidate");
  ui_test_find_row (child (f, "chooser"), "Ada Lovelace");

  /* Broken rules are shown next to their fields, and nothing is sent */
  n_before = fake_kombo_get_n_requests (f->fake);
  gtk_editable_set_text (GTK_EDITABLE (child (f, "url_row")), "assess.example.com/r/77");
  add_detail (f, "Score", "87/100");
  gtk_widget_activate_action (f->page, "link.add", NULL);
  g_assert_cmpstr (ui_test_row_error (child (f, "label_row")), ==, "Enter a label, such as “Assessment report”.");
  g_assert_cmpstr (ui_test_row_error (child (f, "url_row")), ==,
                   "“assess.example.com/r/77” is not a web address. Enter a full link starting with https://.");
  g_assert_cmpstr (ui_test_row_error (child (f, "prefix_row")), ==, "Enter the name the details start with, such as Assessment.");
  g_assert_cmpuint (fake_kombo_get_n_requests (f->fake), ==, n_before);

  gtk_editable_set_text (GTK_EDITABLE (child (f, "label_row")), "Coding assessment");
  gtk_editable_set_text (GTK_EDITABLE (child (f, "url_row")), "https://assess.example.com/r/77");
  gtk_editable_set_text (GTK_EDITABLE (child (f, "prefix_row")), "Assessment");
  add_detail (f, "Passed", "yes");

  fake_kombo_respond (f->fake, "POST", "/ats/candidates/cand-ada/result-links", 200,
                      "{\"status\":\"success\",\"data\":{},\"warnings\":[{\"message\":\"Details were saved as a note.\"}]}");
  gtk_widget_activate_action (f->page, "link.add", NULL);
  ui_test_wait_for_requests (f->fake, n_before + 1);
  ui_test_wait_for (not_busy, ui_test_find_button (f->page, "_Add Result Link"), "the link to be added");

  request = fake_kombo_get_request (f->fake, n_before);
  g_assert_cmpstr (request->method, ==, "POST");
  body = fake_request_get_json (request);
  test_assert_json_equal (body, "{\"label\":\"Coding assessment\",\"url\":\"https://assess.example.com/r/77\","
                                "\"details\":{\"custom_field_name_prefix\":\"Assessment\",\"attributes\":["
                                "{\"key\":\"Score\",\"value\":\"87/100\"},{\"key\":\"Passed\",\"value\":\"yes\"}]}}");
  test_assert_schema_valid ("result-links.request.schema.json", request->body);
  g_assert_nonnull (ui_test_find_text (ui_test_find_row (child (f, "chooser"), "Ada Lovelace"), "\nDetails were saved as a note."));
}

/* A candidate with an application to a job: the link goes on the application, as Kombo
 * recommends; the recruiter can put it on the candidate instead */
static void
test_link_to_application (Fixture      *f,
                          gconstpointer data)
{
  GtkWidget   *target = child (f, "target_row");
  FakeRequest *request;
  guint        n_before;

  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[{\"id\":\"cand-ada\",\"first_name\":\"Ada\","
                      "\"last_name\":\"Lovelace\",\"applications\":[{\"id\":\"app-ada\",\"job\":{\"id\":\"job-design\","
                      "\"name\":\"Product Designer\",\"remote_id\":\"1044\"},\"current_stage\":null}],\"tags\":[]}]}}");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.link-candidate", "s", "cand-ada");
  ui_test_wait_for (found, f, "the candidate");
  /* Her one application is where the link goes, unless said otherwise */
  g_assert_true (ui_test_is_shown (target));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (target)), ==, 1);
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (target))), ==,
                   "Their application to Product Designer");

  gtk_editable_set_text (GTK_EDITABLE (child (f, "label_row")), "Video interview");
  gtk_editable_set_text (GTK_EDITABLE (child (f, "url_row")), "https://video.example.com/i/12");
  n_before = fake_kombo_get_n_requests (f->fake);
  fake_kombo_respond (f->fake, "POST", "/ats/applications/app-ada/result-links", 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  gtk_widget_activate_action (f->page, "link.add", NULL);
  ui_test_wait_for_requests (f->fake, n_before + 1);
  ui_test_wait_for (not_busy, ui_test_find_button (f->page, "_Add Result Link"), "the link to be added");
  request = fake_kombo_get_request (f->fake, n_before);
  g_assert_cmpstr (request->path, ==, "/ats/applications/app-ada/result-links");
  test_assert_schema_valid ("application-result-links.request.schema.json", request->body);

  /* On the candidate, when the recruiter says so */
  adw_combo_row_set_selected (ADW_COMBO_ROW (target), 0);
  gtk_editable_set_text (GTK_EDITABLE (child (f, "label_row")), "Second interview");
  n_before = fake_kombo_get_n_requests (f->fake);
  fake_kombo_respond (f->fake, "POST", "/ats/candidates/cand-ada/result-links", 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  gtk_widget_activate_action (f->page, "link.add", NULL);
  ui_test_wait_for_requests (f->fake, n_before + 1);
  ui_test_wait_for (not_busy, ui_test_find_button (f->page, "_Add Result Link"), "the link to be added");
  g_assert_cmpstr (fake_kombo_get_request (f->fake, n_before)->path, ==, "/ats/candidates/cand-ada/result-links");
  test_assert_schema_valid ("result-links.request.schema.json", fake_kombo_get_request (f->fake, n_before)->body);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/shortlist/result-link-page/add-link", Fixture, NULL, fixture_set_up, test_add_link, fixture_tear_down);
  g_test_add ("/shortlist/result-link-page/link-to-application", Fixture, NULL, fixture_set_up, test_link_to_application,
              fixture_tear_down);

  return g_test_run ();
}
