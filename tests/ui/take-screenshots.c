/* take-screenshots.c: drives Shortlist's demo into each page and saves a picture of the window
 *
 * Run by build-aux/screenshots.sh under Xvfb; the pictures go to data/screenshots/ and into
 * the README and the metainfo.
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "cv-corpus.h"
#include "shortlist-account.h"
#include "shortlist-candidate-chooser.h"
#include "shortlist-candidate-form.h"
#include "shortlist-candidate-page.h"
#include "shortlist-candidate-result.h"
#include "shortlist-compat.h"
#include "shortlist-job-button.h"
#include "shortlist-job-group.h"
#include "shortlist-note-group.h"
#include "shortlist-connect-page.h"
#include "shortlist-date-button.h"
#include "shortlist-history-page.h"
#include "shortlist-preferences-dialog.h"
#include "shortlist-questions-group.h"
#include "shortlist-store.h"
#include "shortlist-result-link-page.h"
#include "shortlist-spreadsheet-window.h"
#include "shortlist-tag-page.h"
#include "shortlist-user-chooser.h"
#include "shortlist-window.h"

static const char *out_dir;
static const char *suffix = "";

static void
settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10 * 1000);
    }
}

static void
wait_until (gboolean (*done) (gpointer data),
            gpointer data)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        g_error ("Timed out");
      g_main_context_iteration (NULL, TRUE);
    }
  settle (300);
}

/* Around the window in a picture: room for its shadow */
#define MARGIN 32
#define RADIUS 12

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* Writes @window as Flathub likes pictures: rounded corners and a soft shadow on transparency */
static void
save (GtkWidget  *window,
      const char *name)
{
  int width, height;
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *file = g_strdup_printf ("%s%s.png", name, suffix);
  g_autofree char *path = g_build_filename (out_dir, file, NULL);
  cairo_surface_t *shot, *canvas;
  cairo_t         *cr;

  /* Read the size only once the window has settled */
  settle (400);
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  /* Flathub shows pictures of at most 1000×700, shadow included */
  if (width + 2 * MARGIN > 1000 || height + 2 * MARGIN > 700)
    g_error ("%s would be %d×%d, more than 1000×700", name, width + 2 * MARGIN, height + 2 * MARGIN);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  shot = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_surface_flush (shot);
  gdk_texture_download (texture, cairo_image_surface_get_data (shot), cairo_image_surface_get_stride (shot));
  cairo_surface_mark_dirty (shot);

  canvas = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width + 2 * MARGIN, height + 2 * MARGIN);
  cr = cairo_create (canvas);
  /* A shadow that fades out: rounded rectangles, each a little larger and fainter */
  for (int spread = MARGIN - 4; spread > 0; spread -= 2)
    {
      cairo_set_source_rgba (cr, 0, 0, 0, 0.012);
      rounded_rectangle (cr, MARGIN - spread, MARGIN - spread + 4, width + 2 * spread, height + 2 * spread, RADIUS + spread);
      cairo_fill (cr);
    }
  rounded_rectangle (cr, MARGIN, MARGIN, width, height, RADIUS);
  cairo_clip (cr);
  cairo_set_source_surface (cr, shot, MARGIN, MARGIN);
  cairo_paint (cr);
  cairo_destroy (cr);
  if (cairo_surface_write_to_png (canvas, path) != CAIRO_STATUS_SUCCESS)
    g_error ("Cannot write %s", path);
  cairo_surface_destroy (canvas);
  cairo_surface_destroy (shot);
  g_print ("%s\n", path);
}

static GtkWidget *
child (GtkWidget  *widget,
       GType       type,
       const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (widget, type, name));
}

static GtkWidget *
find (GtkWidget *root,
      GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find (c, type);
      if (found)
        return found;
    }
  if (GTK_IS_MENU_BUTTON (root) && gtk_menu_button_get_popover (GTK_MENU_BUTTON (root)))
    return find (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (root))), type);
  return NULL;
}

/* The @nth page of a preferences window */
static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_row (c, title);
      if (found)
        return found;
    }
  return NULL;
}

/* A required question's title, as Shortlist shows it; the question itself is the ATS's text */
static GtkWidget *
find_required (GtkWidget  *root,
               const char *question)
{
  g_autofree char *title = g_strdup_printf (_ ("%s (required)"), question);

  return find_row (root, title);
}

static gboolean
loaded (gpointer data)
{
  return *(gboolean *) data;
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  shortlist_account_load_finish (SHORTLIST_ACCOUNT (object), result, NULL);
  *(gboolean *) user_data = TRUE;
}

static ShortlistWindow *
new_window (GSettings      *settings,
            gboolean        demo,
            ShortlistStore *store)
{
  g_autoptr (ShortlistAccount) account = shortlist_account_new (settings, demo, demo ? NULL : "https://api.kombo.dev/v1");
  ShortlistWindow *window = shortlist_window_new (NULL, settings);
  gboolean         done = FALSE;

  shortlist_account_load_async (account, NULL, loaded_cb, &done);
  wait_until (loaded, &done);
  /* The application's actions, so that the buttons using them look as they do in Shortlist */
  {
    static const GActionEntry app_actions[] = {
      { "about" },
      { "preferences" },
      { "quit" },
      { "demo" },
      { "leave-demo" },
    };
    g_autoptr (GSimpleActionGroup) group = g_simple_action_group_new ();

    g_action_map_add_action_entries (G_ACTION_MAP (group), app_actions, G_N_ELEMENTS (app_actions), NULL);
    gtk_widget_insert_action_group (GTK_WIDGET (window), "app", G_ACTION_GROUP (group));
  }
  /* Shortlist's default width; with the shadow, within what Flathub wants of pictures (1000×700) */
  gtk_window_set_default_size (GTK_WINDOW (window), 860, 700 - 2 * MARGIN);
  gtk_window_present (GTK_WINDOW (window));
  shortlist_window_set_account (window, account);
  if (store != NULL)
    shortlist_account_set_store (account, store);
  /* Where the candidates stand, as Shortlist follows them */
  {
    g_autoptr (ShortlistFollower) follower = shortlist_follower_new (account);

    shortlist_window_set_follower (window, follower);
    g_object_set_data_full (G_OBJECT (window), "follower", g_object_ref (follower), g_object_unref);
  }
  return window;
}

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  if (!shortlist_store_open_finish (SHORTLIST_STORE (object), result, NULL, &error))
    g_error ("Could not open the store: %s", error->message);
  *(gboolean *) user_data = TRUE;
}

/* An empty store in a scratch folder, so that the submissions below fill the history */
static ShortlistStore *
new_store (void)
{
  g_autofree char *directory = g_dir_make_tmp ("shortlist-screenshots-XXXXXX", NULL);
  ShortlistStore  *store = shortlist_store_new (directory);
  gboolean         done = FALSE;

  shortlist_store_open_async (store, NULL, opened_cb, &done);
  wait_until (loaded, &done);
  return store;
}

/* The history lists a submission, with where its candidate stands */
static gboolean
history_listed (gpointer page)
{
  GtkWidget *row = gtk_widget_get_first_child (child (page, SHORTLIST_TYPE_HISTORY_PAGE, "list"));

  return row != NULL && strchr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), '\n') != NULL;
}

static gboolean
jobs_listed (gpointer page)
{
  return gtk_widget_get_sensitive (find (child (page, SHORTLIST_TYPE_CANDIDATE_PAGE, "form"), GTK_TYPE_MENU_BUTTON));
}

/* The form's sections below its first screen come in the two frames after the first */
static gboolean
form_complete (gpointer page)
{
  return find_row (page, _ ("Country")) != NULL && find_row (page, _ ("Sourced by (the recruiter’s user ID in the ATS)")) != NULL;
}

static gboolean
shows_result (gpointer page)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (child (page, SHORTLIST_TYPE_CANDIDATE_PAGE, "page_stack"))), "result") == 0;
}

static gboolean
shows_duplicate (gpointer box)
{
  return gtk_widget_get_visible (box);
}

static gboolean
one_chosen (gpointer chooser)
{
  return g_list_model_get_n_items (shortlist_candidate_chooser_get_chosen (chooser)) >= 1;
}

static gboolean
two_chosen (gpointer chooser)
{
  return g_list_model_get_n_items (shortlist_candidate_chooser_get_chosen (chooser)) >= 2;
}

static gboolean
users_listed (gpointer chooser)
{
  return gtk_list_box_get_row_at_index (shortlist_user_chooser_get_list (chooser), 0) != NULL;
}

static gboolean
entry_shown (gpointer page)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (child (page, SHORTLIST_TYPE_HISTORY_PAGE, "stack"))), "entry") == 0;
}

static void
type_into (GtkWidget  *page,
           GType       type,
           const char *name,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (page, type, name)), text);
}

static void
scroll_to (GtkWidget *page,
           GtkWidget *target)
{
  GtkWidget       *scrolled = child (page, SHORTLIST_TYPE_CANDIDATE_PAGE, "scrolled_window");
  GtkWidget       *box = child (page, SHORTLIST_TYPE_CANDIDATE_PAGE, "form_box");
  graphene_point_t point;

  if (gtk_widget_compute_point (target, box, &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), point.y - 12);
}

static gboolean
cv_filled (gpointer form)
{
  return gtk_widget_get_visible (child (form, SHORTLIST_TYPE_CANDIDATE_FORM, "cv_undo_button"));
}

/* A dropped CV, filling the form */
static void
save_cv (ShortlistWindow *window,
         GtkWidget       *page,
         GtkWidget       *form)
{
  g_autofree char *folder = g_build_filename (g_get_tmp_dir (), "cvs", NULL);
  g_autofree char *path = g_build_filename (folder, "01-Doe.pdf", NULL);
  g_autoptr (GFile) cv = g_file_new_for_path (path);
  guint n;

  g_mkdir_with_parents (folder, 0700);
  cv_corpus_write (folder, &n);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-candidate", NULL);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "view_stack")), "candidate");
  shortlist_candidate_page_attach_files (SHORTLIST_CANDIDATE_PAGE (page), &cv, 1);
  wait_until (cv_filled, form);
  settle (300);
  scroll_to (page, child (form, SHORTLIST_TYPE_CANDIDATE_FORM, "attachments_group"));
  save (GTK_WIDGET (window), "cv");
}

static gboolean
sheet_checked (gpointer window)
{
  ShortlistSpreadsheet *sheet = shortlist_spreadsheet_window_get_spreadsheet (window);
  g_autoptr (ShortlistSheetRow) first = NULL;

  if (sheet == NULL || shortlist_spreadsheet_get_busy (sheet))
    return FALSE;
  first = g_list_model_get_item (shortlist_spreadsheet_get_rows (sheet), 0);
  return kombo_candidate_draft_get_job (shortlist_sheet_row_get_draft (first)) != NULL;
}

/* The spreadsheet window, opened over @window at the pictures' size */
static GtkWidget *
open_spreadsheet_window (ShortlistWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget  *sheet_window = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.submit-spreadsheet", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && sheet_window == NULL; i++)
    {
      g_autoptr (GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (SHORTLIST_IS_SPREADSHEET_WINDOW (toplevel))
        sheet_window = toplevel;
    }
  gtk_window_set_default_size (GTK_WINDOW (sheet_window), 720, 700 - 2 * MARGIN);
  return sheet_window;
}

/* The spreadsheet window over @window, with a shortlist of five, one of them in the demo ATS */
static void
save_spreadsheet (ShortlistWindow *window)
{
  g_autofree char *folder = g_build_filename (g_get_tmp_dir (), "spreadsheet", NULL);
  g_autofree char *csv = g_build_filename (folder, "shortlist.csv", NULL);
  g_autofree char *cv = g_build_filename (folder, "ada-lovelace.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (csv);
  GtkWidget       *sheet_window;
  GtkWidget       *scrolled;
  graphene_point_t point;

  g_mkdir_with_parents (folder, 0700);
  if (!g_file_set_contents (cv, "%PDF-1.4", -1, NULL) ||
      !g_file_set_contents (csv,
                            "First name,Last name,Email,Phone,City,Country,CV\n"
                            "Ada,Lovelace,ada@example.com,+44 20 7946 0000,London,United Kingdom,ada-lovelace.pdf\n"
                            "Grace,Hopper,grace.hopper@example.com,,Arlington,US,\n"
                            "Alan,Turing,alan@,,,,\n"
                            "Katherine,Johnson,katherine@example.com,+1 757 555 0100,Hampton,US,\n"
                            "Dorothy,Vaughan,dorothy@example.com,,,,\n",
                            -1, NULL))
    g_error ("Cannot write the spreadsheet");

  sheet_window = open_spreadsheet_window (window);
  shortlist_spreadsheet_window_open (SHORTLIST_SPREADSHEET_WINDOW (sheet_window), file);
  wait_until (sheet_checked, sheet_window);
  /* A job whose questions a spreadsheet cannot answer would hold every row back */
  shortlist_job_button_choose (SHORTLIST_JOB_BUTTON (find (child (sheet_window, SHORTLIST_TYPE_SPREADSHEET_WINDOW, "job_group"),
                                                           SHORTLIST_TYPE_JOB_BUTTON)),
                               "3QrStUvWxYzAbCdEfGhIjKmN");
  wait_until (sheet_checked, sheet_window);
  settle (300);
  scrolled = child (sheet_window, SHORTLIST_TYPE_SPREADSHEET_WINDOW, "scrolled_window");
  if (gtk_widget_compute_point (child (sheet_window, SHORTLIST_TYPE_SPREADSHEET_WINDOW, "columns_row"),
                                gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)), &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), point.y - 12);
  save (sheet_window, "spreadsheet");
  gtk_window_destroy (GTK_WINDOW (sheet_window));
}

static gboolean
cvs_checked (gpointer window)
{
  ShortlistSpreadsheet *sheet = shortlist_spreadsheet_window_get_spreadsheet (window);

  return sheet != NULL && !shortlist_spreadsheet_get_busy (sheet) &&
         g_list_model_get_n_items (shortlist_spreadsheet_get_rows (sheet)) >= 5 && sheet_checked (window);
}

/* CVs for one job, dropped at once: a row each */
static void
save_cvs (ShortlistWindow *window)
{
  g_autofree char  *folder = g_build_filename (g_get_tmp_dir (), "cvs-for-one-job", NULL);
  g_autofree char  *scan = g_build_filename (folder, "Scan 2026-12-01.pdf", NULL);
  GtkWidget        *sheet_window;
  GFile            *files[5];
  const CvExpected *expected;
  const guint       picked[] = { 0, 3, 8, 15 };
  guint             n;

  g_mkdir_with_parents (folder, 0700);
  expected = cv_corpus_write (folder, &n);
  cv_corpus_write_scan_pdf (scan);
  for (guint i = 0; i < G_N_ELEMENTS (picked); i++)
    files[i] = g_file_new_build_filename (folder, expected[picked[i]].file_name, NULL);
  files[4] = g_file_new_for_path (scan);

  sheet_window = open_spreadsheet_window (window);
  shortlist_spreadsheet_window_open_cvs (SHORTLIST_SPREADSHEET_WINDOW (sheet_window), files, G_N_ELEMENTS (files));
  wait_until (cvs_checked, sheet_window);
  shortlist_job_button_choose (SHORTLIST_JOB_BUTTON (find (child (sheet_window, SHORTLIST_TYPE_SPREADSHEET_WINDOW, "job_group"),
                                                           SHORTLIST_TYPE_JOB_BUTTON)),
                               "3QrStUvWxYzAbCdEfGhIjKmN");
  wait_until (cvs_checked, sheet_window);
  settle (300);
  {
    GtkWidget       *scrolled = child (sheet_window, SHORTLIST_TYPE_SPREADSHEET_WINDOW, "scrolled_window");
    graphene_point_t point;

    if (gtk_widget_compute_point (child (sheet_window, SHORTLIST_TYPE_SPREADSHEET_WINDOW, "rows_group"),
                                  gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)), &GRAPHENE_POINT_INIT (0, 0), &point))
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), point.y - 12);
  }
  save (sheet_window, "cvs");
  gtk_window_destroy (GTK_WINDOW (sheet_window));
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GSettings) settings = NULL;
  g_autoptr (ShortlistStore) store = NULL;
  ShortlistWindow *window;
  GtkWidget       *page, *tag_page, *link_page, *job_button, *chooser;
  GtkWidget       *form;
  GType            candidate = SHORTLIST_TYPE_CANDIDATE_PAGE;
  GType            form_type = SHORTLIST_TYPE_CANDIDATE_FORM;

  setlocale (LC_ALL, "");
  /* build-aux/screenshots.sh points at the catalogues of this build */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SHORTLIST_LOCALEDIR") ? g_getenv ("SHORTLIST_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  bindtextdomain ("iso_3166-1", ISO_CODES_LOCALEDIR);

  if (argc < 2)
    g_error ("Usage: take-screenshots FOLDER [SUFFIX]");
  out_dir = argv[1];
  if (argc > 2)
    suffix = argv[2];

  adw_init ();
  /* As GNOME shows windows: the close button only, and the interface font GNOME's settings
   * name by default, which a GNOME session hands to GTK (Cantarell in GNOME 43, Adwaita Sans
   * from 48 on) */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, "gtk-decoration-layout", ":close", NULL);
  {
    g_autoptr (GSettingsSchema) schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                                                          "org.gnome.desktop.interface", TRUE);

    if (schema != NULL)
      {
        g_autoptr (GSettings) desktop = g_settings_new_full (schema, NULL, NULL);
        g_autofree char *font = g_settings_get_string (desktop, "font-name");

        g_object_set (gtk_settings_get_default (), "gtk-font-name", font, NULL);
      }
  }

  /* What AdwApplication loads from the resource base path in Shortlist itself */
  {
    g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/shortlist/Shortlist/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                      "/io/github/shortlist/Shortlist/icons");
  }
  settings = g_settings_new (APP_ID);

  /* The first start, before a key is entered */
  window = new_window (settings, FALSE, NULL);
  save (GTK_WIDGET (window), "connect");
  gtk_window_destroy (GTK_WINDOW (window));

  store = new_store ();
  window = new_window (settings, TRUE, store);
  page = child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "candidate_page");
  wait_until (jobs_listed, page);
  wait_until (form_complete, page);
  form = child (page, candidate, "form");

  job_button = find (child (form, form_type, "job_group"), SHORTLIST_TYPE_JOB_BUTTON);
  gtk_menu_button_popup (GTK_MENU_BUTTON (find (job_button, GTK_TYPE_MENU_BUTTON)));
  gtk_editable_set_text (GTK_EDITABLE (find (job_button, GTK_TYPE_SEARCH_ENTRY)), "backend");
  gtk_widget_activate_action (find (job_button, GTK_TYPE_LIST_VIEW), "list.activate-item", "u", 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (child (form, form_type, "job_group"), SHORTLIST_TYPE_JOB_GROUP, "stage_row")), 2);
  type_into (form, form_type, "first_name_row", "Ada");
  type_into (form, form_type, "last_name_row", "Lovelace");
  type_into (form, form_type, "email_row", "ada.lovelace@example.org");
  type_into (form, form_type, "phone_row", "+49 30 1234567");
  type_into (form, form_type, "company_row", "Analytical Engines");
  type_into (form, form_type, "title_row", "Principal Engineer");
  save (GTK_WIDGET (window), "candidate");

  /* Screening questions of every kind */
  gtk_editable_set_text (GTK_EDITABLE (find_required (page, "What is your notice period?")), "Three months");
  gtk_editable_set_text (GTK_EDITABLE (find_required (page, "Years of professional experience with Go")), "7");
  g_signal_emit_by_name (find (find_required (page, "Do you need a work permit for Germany?"), GTK_TYPE_TOGGLE_BUTTON), "clicked");
  gtk_editable_set_text (GTK_EDITABLE (find_required (page, "Which permit do you hold or need?")), "EU Blue Card");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_required (page, "Preferred way of working")), 2);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find (find_row (page, "Tuesday"), GTK_TYPE_CHECK_BUTTON)), TRUE);
  scroll_to (page, find (page, SHORTLIST_TYPE_QUESTIONS_GROUP));
  save (GTK_WIDGET (window), "questions");

  /* A mistake, shown where it is */
  type_into (form, form_type, "email_row", "ada.lovelace@example");
  gtk_widget_activate_action (page, "candidate.submit", NULL);
  settle (300);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (child (page, candidate, "scrolled_window"))), 0);
  save (GTK_WIDGET (window), "validation");

  type_into (form, form_type, "email_row", "ada.lovelace@example.org");
  gtk_editable_set_text (GTK_EDITABLE (find_row (page, _ ("Amount"))), "85000");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (page, _ ("Per"))), 2);

  /* Who found her, chosen by name from the ATS's users, and a word for the client's team */
  {
    GtkWidget *user_chooser = find (form, SHORTLIST_TYPE_USER_CHOOSER);
    GtkWidget *note_group = find (form, SHORTLIST_TYPE_NOTE_GROUP);

    shortlist_user_chooser_search (SHORTLIST_USER_CHOOSER (user_chooser), "maren");
    wait_until (users_listed, user_chooser);
    g_signal_emit_by_name (shortlist_user_chooser_get_list (SHORTLIST_USER_CHOOSER (user_chooser)), "row-activated",
                           gtk_list_box_get_row_at_index (shortlist_user_chooser_get_list (SHORTLIST_USER_CHOOSER (user_chooser)), 0));
    shortlist_note_group_set_text (SHORTLIST_NOTE_GROUP (note_group),
                                   _ ("Strong Go and distributed systems background; led the payments rewrite at her last company.\nAvailable from March, prefers hybrid work in Berlin."));
    settle (300);
    scroll_to (page, gtk_widget_get_ancestor (user_chooser, ADW_TYPE_PREFERENCES_GROUP));
    save (GTK_WIDGET (window), "note");
  }
  gtk_widget_activate_action (page, "candidate.submit", NULL);
  wait_until (shows_result, page);
  save (GTK_WIDGET (window), "submitted");

  /* Tagging the same candidate, one click on */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.tag-candidate", "s",
                              adw_action_row_get_subtitle (ADW_ACTION_ROW (child (find (page, SHORTLIST_TYPE_CANDIDATE_RESULT), SHORTLIST_TYPE_CANDIDATE_RESULT, "result_id_row"))));
  tag_page = shortlist_window_get_page (window, "tags");
  chooser = child (tag_page, SHORTLIST_TYPE_TAG_PAGE, "chooser");
  wait_until (one_chosen, chooser);
  /* Grace has tags already: her row shows them, each to take back */
  shortlist_candidate_chooser_look_up (SHORTLIST_CANDIDATE_CHOOSER (chooser), "grace.hopper@example.com");
  wait_until (two_chosen, chooser);
  type_into (tag_page, SHORTLIST_TYPE_TAG_PAGE, "tag_row", "e");
  save (GTK_WIDGET (window), "tags");
  shortlist_candidate_chooser_clear (SHORTLIST_CANDIDATE_CHOOSER (chooser));

  /* Someone the ATS has already: shown before anything is sent */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-candidate", NULL);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (child (GTK_WIDGET (window), SHORTLIST_TYPE_WINDOW, "view_stack")), "candidate");
  type_into (form, form_type, "first_name_row", "Grace");
  type_into (form, form_type, "last_name_row", "Hopper");
  type_into (form, form_type, "email_row", "grace.hopper@example.com");
  gtk_widget_activate_action (page, "candidate.submit", NULL);
  wait_until (shows_duplicate, child (page, candidate, "duplicates"));
  save (GTK_WIDGET (window), "duplicate");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.link-candidate", "s",
                              adw_action_row_get_subtitle (ADW_ACTION_ROW (child (find (page, SHORTLIST_TYPE_CANDIDATE_RESULT), SHORTLIST_TYPE_CANDIDATE_RESULT, "result_id_row"))));
  link_page = shortlist_window_get_page (window, "links");
  wait_until (one_chosen, child (link_page, SHORTLIST_TYPE_RESULT_LINK_PAGE, "chooser"));
  type_into (link_page, SHORTLIST_TYPE_RESULT_LINK_PAGE, "label_row", "Coding assessment");
  type_into (link_page, SHORTLIST_TYPE_RESULT_LINK_PAGE, "url_row", "https://assess.example.com/reports/77");
  type_into (link_page, SHORTLIST_TYPE_RESULT_LINK_PAGE, "prefix_row", "Assessment");
  save (GTK_WIDGET (window), "result-links");

  /* What became of everyone sent, and where they stand now */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "history");
  shortlist_follower_refresh_now (g_object_get_data (G_OBJECT (window), "follower"));
  wait_until (history_listed, shortlist_window_get_page (window, "history"));
  save (GTK_WIDGET (window), "history");

  /* One submission: where it stands, what was added since, and a note or a file to add */
  {
    GtkWidget *history = shortlist_window_get_page (window, "history");

    g_signal_emit_by_name (gtk_widget_get_first_child (child (history, SHORTLIST_TYPE_HISTORY_PAGE, "list")), "activated");
    wait_until (entry_shown, history);
    settle (300);
    {
      GtkWidget       *note = child (history, SHORTLIST_TYPE_HISTORY_PAGE, "note_group");
      GtkWidget       *scrolled = gtk_widget_get_ancestor (note, GTK_TYPE_SCROLLED_WINDOW);
      graphene_point_t point;

      /* What was added since, then the note and the file to add */
      if (gtk_widget_compute_point (note, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)), &GRAPHENE_POINT_INIT (0, 0), &point))
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), point.y - 160);
    }
    save (GTK_WIDGET (window), "submission");
  }

  save_cv (window, page, form);

  /* Many candidates at once */
  save_spreadsheet (window);
  save_cvs (window);

  /* Preferences, over the demo */
  {
    g_autoptr (ShortlistAccount) account = NULL;
    GtkWidget *preferences;
    GtkWidget *shown;

    account = shortlist_account_new (settings, TRUE, NULL);
    {
      gboolean done = FALSE;

      shortlist_account_load_async (account, NULL, loaded_cb, &done);
      wait_until (loaded, &done);
    }
    shortlist_account_set_store (account, store);
    preferences = shortlist_preferences_dialog_new (account);
#if ADW_CHECK_VERSION(1, 5, 0)
    /* A dialog over the window, as it is shown */
    shown = GTK_WIDGET (window);
#else
    /* A window of its own */
    gtk_window_set_default_size (GTK_WINDOW (preferences), 640, 620);
    shown = preferences;
#endif
    shortlist_present_dialog (preferences, GTK_WIDGET (window));
    save (shown, "preferences");
    shortlist_preferences_show_page (preferences, "privacy");
    save (shown, "privacy");
    shortlist_close_dialog (preferences);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  shortlist_store_close (store);
  return 0;
}
