/* candidate-page-test.c: the window each candidate page test drives, and what they share to drive it */
#include "config.h"

#include "candidate-page-test.h"

gboolean
jobs_listed (gpointer data)
{
  Fixture   *f = data;
  GtkWidget *row = ui_test_find_row (f->page, "Open job");

  return g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Choose from 4 open jobs, or type a job ID below") == 0;
}

/* What a new window asks for: the open jobs, the attachment restrictions and the tags */
void
answer_new_window (FakeKombo *fake)
{
  g_autofree char *jobs = ui_test_dup_jobs_answer ();

  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, jobs);
  fake_kombo_respond (fake, "GET", "/ats/actions/ats_create_candidate", 200,
                      "{\"status\":\"success\",\"data\":{\"attachment_restrictions\":{\"total_size_bytes\":20000000,"
                      "\"types\":{\"CV\":{\"is_supported\":true,\"min_amount\":null,\"max_amount\":1,\"max_file_size_bytes\":10000000,"
                      "\"accepted_mime_types\":[\"application/pdf\"]},\"COVER_LETTER\":{\"is_supported\":false},"
                      "\"OTHER\":{\"is_supported\":true,\"min_amount\":null,\"max_amount\":null,\"max_file_size_bytes\":null,"
                      "\"accepted_mime_types\":null}}}}}");
  fake_kombo_respond (fake, "GET", "/ats/tags", 200, "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[]}}");
}

void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  f->fake = fake_kombo_new ();
  f->settings = account_test_settings_new ();
  f->account = account_test_account_new (f->fake, f->settings);
  answer_new_window (f->fake);

  f->window = shortlist_window_new (NULL, f->settings);
  gtk_window_present (GTK_WINDOW (f->window));
  shortlist_window_set_account (f->window, f->account);
  f->page = ui_test_child (GTK_WIDGET (f->window), SHORTLIST_TYPE_WINDOW, "candidate_page");
  ui_test_wait_for (jobs_listed, f, "the open jobs");
  ui_test_wait_for_form (f->page);
}

/* The store opened after the window, as when the disk is slow: the account holds it, and the
 * open jobs are read again to be kept in it */
void
use_store (Fixture        *f,
           ShortlistStore *store)
{
  g_autofree char *jobs = ui_test_dup_jobs_answer ();

  fake_kombo_respond (f->fake, "GET", "/ats/jobs", 200, jobs);
  shortlist_account_set_store (f->account, store);
  ui_test_wait_for (jobs_listed, f, "the open jobs, kept");
}

void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  /* The page and the candidate it held go with the window: nothing keeps them */
  if (f->window != NULL)
    ui_test_destroy_window (GTK_WINDOW (f->window), f->page, shortlist_candidate_page_get_draft (SHORTLIST_CANDIDATE_PAGE (f->page)), NULL);
  g_clear_object (&f->account);
  g_clear_object (&f->settings);
  g_clear_object (&f->fake);
}

/* The row a recruiter reads as @title */
GtkWidget *
field (Fixture    *f,
       const char *title)
{
  return ui_test_find_row (f->page, title);
}

GtkWidget *
group (Fixture    *f,
       const char *title)
{
  return ui_test_find_group (f->page, title);
}

/* The control of type @type in the row titled @title, such as its switch */
GtkWidget *
control (Fixture    *f,
         const char *title,
         GType       type)
{
  return ui_test_find_descendant (field (f, title), type, 0);
}

void
type_into (Fixture    *f,
           const char *title,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field (f, title)), text);
}

gboolean
in_view (gpointer data)
{
  GtkWidget      *widget = data;
  GtkWidget      *window = GTK_WIDGET (gtk_widget_get_root (widget));
  graphene_rect_t bounds;

  return gtk_widget_compute_bounds (widget, window, &bounds) && bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (window);
}

/* The ATS has no one with the candidate's @n addresses: Shortlist asks about each before sending */
void
answer_no_one (Fixture *f,
               guint    n)
{
  /* Each by address, and (at Submit) by name, when no address matched */
  for (guint i = 0; i < n; i++)
    {
      fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200, NO_ONE);
      fake_kombo_respond (f->fake, "GET", "/ats/candidates?last_name", 200, NO_ONE);
    }
}

/* How many candidates were sent: the lookups before them are not counted */
guint
n_sent (Fixture *f)
{
  guint n = 0;

  for (guint i = 0; i < fake_kombo_get_n_requests (f->fake); i++)
    n += g_str_equal (fake_kombo_get_request (f->fake, i)->method, "POST");
  return n;
}

/* The @nth candidate the server received, counting from 0 */
FakeRequest *
sent (Fixture *f,
      guint    nth)
{
  for (guint i = 0; i < fake_kombo_get_n_requests (f->fake); i++)
    {
      FakeRequest *request = fake_kombo_get_request (f->fake, i);

      if (g_str_equal (request->method, "POST") && nth-- == 0)
        return request;
    }
  g_error ("No candidate number %u was sent", nth);
}

gboolean
has_sent (gpointer data)
{
  return n_sent (((gpointer *) data)[0]) >= GPOINTER_TO_UINT (((gpointer *) data)[1]);
}

void
wait_for_sent (Fixture *f,
               guint    n)
{
  gpointer data[] = { f, GUINT_TO_POINTER (n) };

  ui_test_wait_for (has_sent, data, "the candidate to be sent");
}

/* Opens the job list, searches, and clicks the first match */
void
choose_job (Fixture    *f,
            const char *search)
{
  GtkWidget *button = ui_test_find_descendant (f->page, SHORTLIST_TYPE_JOB_BUTTON, 0);
  GtkWidget *menu_button = ui_test_find_descendant (button, GTK_TYPE_MENU_BUTTON, 0);

  /* A person goes to the button first; a popover off screen has no monitor under X11. The focus
   * goes there too, so that no scroll to an earlier focus (a field with a problem) comes after */
  gtk_widget_grab_focus (menu_button);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (ui_test_find_descendant (f->page, GTK_TYPE_SCROLLED_WINDOW, 0))), 0);
  ui_test_wait_for (in_view, menu_button, "the job button to scroll into view");
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  /* The list is built as the button first opens */
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_descendant (button, GTK_TYPE_SEARCH_ENTRY, 0)), search);
  gtk_widget_activate_action (ui_test_find_descendant (button, GTK_TYPE_LIST_VIEW, 0), "list.activate-item", "u", 0);
}

void
click_header_button (GtkWidget *group)
{
  GtkWidget *button = NULL;

  g_object_get (group, "header-suffix", &button, NULL);
  g_signal_emit_by_name (button, "clicked");
  g_object_unref (button);
}

GtkWidget *
question_row (Fixture    *f,
              const char *title)
{
  return ui_test_find_row (group (f, "Screening Questions"), title);
}

guint
string_position (GListModel *model,
                 const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text) == 0)
      return i;
  g_error ("“%s” is not offered", text);
}

gboolean
page_shows (gpointer data)
{
  GtkWidget  *stack = ((GtkWidget **) data)[0];
  const char *name = ((const char **) data)[1];

  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (stack)), name) == 0;
}

void
wait_for_page (Fixture    *f,
               const char *name)
{
  gpointer data[] = { ui_test_find_descendant (f->page, GTK_TYPE_STACK, 0), (gpointer) name };

  ui_test_wait_for (page_shows, data, name);
}

gboolean
group_has_row (gpointer data)
{
  GtkWidget  *group = ((GtkWidget **) data)[0];
  const char *title = ((const char **) data)[1];
  GtkWidget  *list = ui_test_find_descendant (group, GTK_TYPE_LIST_BOX, 0);

  /* Looked for quietly: ui_test_find_row() fails the test when the row is missing */
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return TRUE;
  return FALSE;
}

void
wait_for_row (GtkWidget  *group,
              const char *title)
{
  gpointer data[] = { group, (gpointer) title };

  ui_test_wait_for (group_has_row, data, title);
}

/* Whether the keyboard focus is in @row, as in the entry of an entry row */
gboolean
has_focus (Fixture   *f,
           GtkWidget *row)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row));
}

/* Whether a person can reach @field, with the pointer or the keyboard: it takes input, and
 * nothing around it keeps either from it */
gboolean
can_reach (GtkWidget *field)
{
  if (!gtk_widget_is_sensitive (field))
    return FALSE;
  for (GtkWidget *widget = field; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_can_target (widget) || !gtk_widget_get_can_focus (widget))
      return FALSE;
  return TRUE;
}

void
fill_person (Fixture *f)
{
  type_into (f, "First name", "Ada");
  type_into (f, "Last name", "Lovelace");
  type_into (f, "Email address", " ada.lovelace@example.org ");
}

void
fill_minimal (Fixture *f)
{
  choose_job (f, "designer");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, JOB_ID))), ==, DESIGNER_JOB);
  fill_person (f);
  type_into (f, "City", "Lisbon");
}

gboolean
error_shown (gpointer data)
{
  return *shortlist_error_box_get_title (SHORTLIST_ERROR_BOX (data)) != '\0';
}

GPtrArray *
read_history (ShortlistStore *store)
{
  GAsyncResult *result = NULL;
  GPtrArray    *entries;

  shortlist_store_list_history_async (store, NULL, NULL, test_store_result, &result);
  entries = shortlist_store_list_history_finish (store, test_wait (&result), NULL);
  g_object_unref (result);
  return entries;
}

gboolean
history_says (gpointer data)
{
  ShortlistStore      *store = ((gpointer *) data)[0];
  ShortlistSentOutcome outcome = GPOINTER_TO_INT (((gpointer *) data)[1]);
  g_autoptr (GPtrArray) entries = read_history (store);

  return entries->len == 1 && ((ShortlistHistoryEntry *) entries->pdata[0])->outcome == outcome;
}

void
wait_for_history (ShortlistStore      *store,
                  ShortlistSentOutcome outcome)
{
  gpointer data[] = { store, GINT_TO_POINTER (outcome) };

  ui_test_wait_for (history_says, data, "the history");
}
