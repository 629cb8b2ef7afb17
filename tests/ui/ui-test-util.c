/* ui-test-util.c: driving Shortlist's real widgets against the fake Kombo server */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "shortlist-field-error.h"
#include "shortlist-demo-resources.h"
#include "ui-test-util.h"

/* libadwaita 1.2's view switcher bar, as it slides in when a window turns narrow, has its
 * action bar give its content a height of -1 for a frame ("attempt to allocate GtkBox box
 * 0x… with width 0 and height -1", the same for its AdwViewSwitcher). Only those, inside the
 * switcher bar, are let pass. */
static gboolean
is_switcher_bar_allocation (const char *message)
{
  const char *start = strstr (message, "attempt to allocate ");
  const char *address = start ? strstr (start, " 0x") : NULL;
  GtkWidget  *widget;

  if (address == NULL || !g_str_has_suffix (message, "and height -1"))
    return FALSE;
  widget = GSIZE_TO_POINTER (g_ascii_strtoull (address + 1, NULL, 16));
  return gtk_widget_get_ancestor (widget, ADW_TYPE_VIEW_SWITCHER_BAR) != NULL;
}

/* What the toolkit says about the display rather than about Shortlist. Without a window manager
 * (Xvfb) the window never has the focus, and GtkText of GTK 4.8 warns when a field that was
 * focused goes away. GTK 4.24's X11 backend reports a popover's frame as submitted twice (its
 * surface and its display both call gdk_frame_clock_submitted()) when a popover opens again
 * without a compositor, and its seat warns of an "unpaired ungrab" when a popover closes whose
 * pointer grab the X server refused (a window not viewable yet, on a loaded machine). Every
 * other warning still fails the test. */
static gboolean
is_display_glitch (const char *message)
{
  return strstr (message, "did not receive a focus-out event") != NULL ||
         g_str_equal (message, "gdk_frame_timings_submitted() called on submitted frame.") ||
         g_str_equal (message, "Unpaired ungrab call") ||
         is_switcher_bar_allocation (message);
}

static GLogWriterOutput
log_writer_cb (GLogLevelFlags   level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0 && is_display_glitch (fields[i].value))
      return G_LOG_WRITER_HANDLED;

  return g_log_writer_default (level, fields, n_fields, user_data);
}

void
ui_test_init (int    *argc,
              char ***argv)
{
  /* The built schema, an in-memory store, and no keyring: tests leave nothing behind */
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  /* Drawn with cairo, so GL is not even set up: Mesa is no part of what the tests check */
#if GTK_CHECK_VERSION(4, 16, 0)
  g_setenv ("GDK_DISABLE", "gl", FALSE);
#else
  g_setenv ("GDK_DEBUG", "gl-disable", FALSE);
#endif
  g_setenv ("GDK_BACKEND", "x11", FALSE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_log_set_writer_func (log_writer_cb, NULL, NULL);
  account_test_init (argc, argv);

  gtk_disable_setlocale ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

/* The jobs of the demo data: every screening question type, preconditions included */
char *
ui_test_dup_jobs_answer (void)
{
  g_autoptr (GBytes) bytes = g_resource_lookup_data (shortlist_demo_get_resource (), "/io/github/shortlist/Shortlist/demo/shortlist-demo-data.json",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  JsonArray *jobs;
  JsonArray *open = json_array_new ();

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
  jobs = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "jobs");
  for (guint i = 0; i < json_array_get_length (jobs); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (jobs, i), "status"), "OPEN") == 0)
      json_array_add_element (open, json_node_copy (json_array_get_element (jobs, i)));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, "success");
  json_builder_set_member_name (builder, "data");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "next");
  json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "results");
  {
    JsonNode *node = json_node_new (JSON_NODE_ARRAY);
    json_node_take_array (node, open);
    json_builder_add_value (builder, node);
  }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

typedef struct
{
  gboolean (*done) (gpointer data);
  gpointer data;
} Waiting;

/* Runs the main loop until @done says so (test_wait_for()), then lets the widgets settle */
void
ui_test_wait_for (gboolean (*done) (gpointer data),
                  gpointer    data,
                  const char *what)
{
  test_wait_for (done, data, what);

  /* Let the widgets settle after the last answer */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

typedef struct
{
  GPtrArray *objects; /* weak pointers, each cleared when its object is finalized */
} Survivors;

static gboolean
all_finalized (gpointer data)
{
  Survivors *survivors = data;

  for (guint i = 0; i < survivors->objects->len; i++)
    if (survivors->objects->pdata[i] != NULL)
      return FALSE;
  return TRUE;
}

/**
 * ui_test_destroy_window:
 * @window: a window the test made
 * @...: what the window held and must not outlive it (pages, candidates, models), then %NULL
 *
 * Destroys @window and waits until it and each of the objects is finalized: no signal
 * handler, cycle or forgotten callback keeps any of them. A survivor fails the test, named.
 */
/* Shortlist's one rule for text: no row takes its title or subtitle as markup, so that no text
 * from a server or a file can become live markup on one. Every window a UI test made is held
 * to it as it is closed. */
static void
assert_rows_plain (GtkWidget *widget)
{
  if (ADW_IS_PREFERENCES_ROW (widget) && adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (widget)))
    g_error ("The row “%s” (%s) takes its text as markup", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
             G_OBJECT_TYPE_NAME (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    assert_rows_plain (child);
}

void
ui_test_destroy_window (GtkWindow *window,
                        ...)
{
  Survivors survivors = { g_ptr_array_new () };
  g_autoptr (GString) what = g_string_new (NULL);
  gpointer object = window;
  va_list  args;

  va_start (args, window);
  for (; object != NULL; object = va_arg (args, gpointer))
    {
      g_ptr_array_add (survivors.objects, object);
      g_string_append_printf (what, "%s%s", what->len > 0 ? ", " : "", G_OBJECT_TYPE_NAME (object));
    }
  va_end (args);
  /* Pointers into the array stay put: it is not grown after this */
  for (guint i = 0; i < survivors.objects->len; i++)
    g_object_add_weak_pointer (survivors.objects->pdata[i], &survivors.objects->pdata[i]);

  g_string_append (what, " to be finalized");
  /* What the window queued runs while it is still there: GTK 4.8 asks where the pointer is
   * over a tooltip's surface from an idle, and warns if the window is gone by then */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  assert_rows_plain (GTK_WIDGET (window));
  gtk_window_destroy (window);
  ui_test_wait_for (all_finalized, &survivors, what->str);
  g_ptr_array_unref (survivors.objects);
}

typedef struct
{
  FakeKombo *fake;
  guint      n;
} RequestCount;

static gboolean
has_requests (gpointer data)
{
  RequestCount *count = data;

  return fake_kombo_get_n_requests (count->fake) >= count->n;
}

void
ui_test_wait_for_requests (FakeKombo *fake,
                           guint      n)
{
  RequestCount count = { fake, n };

  ui_test_wait_for (has_requests, &count, "the fake server's requests");
}

static GtkWidget *
find_first (GtkWidget *root,
            gboolean (*match) (GtkWidget *widget, gconstpointer data),
            gconstpointer data,
            guint        *skip)
{
  if (match (root, data))
    {
      if (*skip == 0)
        return root;
      (*skip)--;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_first (child, match, data, skip);

      if (found != NULL)
        return found;
    }

  /* Popovers hang off their buttons, outside the child list */
  if (GTK_IS_MENU_BUTTON (root) && gtk_menu_button_get_popover (GTK_MENU_BUTTON (root)) != NULL)
    return find_first (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (root))), match, data, skip);

  return NULL;
}

static gboolean
row_titled (GtkWidget    *widget,
            gconstpointer title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The row a person reads as @title */
GtkWidget *
ui_test_find_row (GtkWidget  *root,
                  const char *title)
{
  guint      skip = 0;
  GtkWidget *row = find_first (root, row_titled, title, &skip);

  if (row == NULL)
    g_error ("No row titled “%s”", title);
  return row;
}

static gboolean
group_titled (GtkWidget    *widget,
              gconstpointer title)
{
  return ADW_IS_PREFERENCES_GROUP (widget) &&
         g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0;
}

/* The group of rows headed @title */
GtkWidget *
ui_test_find_group (GtkWidget  *root,
                    const char *title)
{
  guint      skip = 0;
  GtkWidget *group = find_first (root, group_titled, title, &skip);

  if (group == NULL)
    g_error ("No group titled “%s”", title);
  return group;
}

static gboolean
of_type (GtkWidget    *widget,
         gconstpointer type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

GtkWidget *
ui_test_find_descendant (GtkWidget *root,
                         GType      type,
                         guint      nth)
{
  guint      skip = nth;
  GtkWidget *found = find_first (root, of_type, GSIZE_TO_POINTER (type), &skip);

  if (found == NULL)
    g_error ("No %s number %u", g_type_name (type), nth);
  return found;
}

static gboolean
label_with (GtkWidget    *widget,
            gconstpointer text)
{
  return (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0) ||
         (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0);
}

/* A label, or a button, showing @text: NULL when there is none */
GtkWidget *
ui_test_find_label (GtkWidget  *root,
                    const char *text)
{
  guint skip = 0;

  return find_first (root, label_with, text, &skip);
}

static gboolean
label_containing (GtkWidget    *widget,
                  gconstpointer text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* A label whose text, as shown, has @text in it: NULL when there is none. Text taken as
 * markup is not shown as it was written, so this finds only text said as it is. */
GtkWidget *
ui_test_find_text (GtkWidget  *root,
                   const char *text)
{
  guint skip = 0;

  return find_first (root, label_containing, text, &skip);
}

static gboolean
shown_label_with (GtkWidget    *widget,
                  gconstpointer text)
{
  return label_with (widget, text) && ui_test_is_shown (widget);
}

static gboolean
form_complete (gpointer root)
{
  guint      skip = 0;
  GtkWidget *last;

  /* The first of them (Location), and the last (the recruiter who found the candidate): they
   * come in two frames. The last laid out too, when the form is in a window: focus moves only
   * to what a frame has laid out */
  if (find_first (root, row_titled, "Country", &skip) == NULL)
    return FALSE;
  skip = 0;
  last = find_first (root, row_titled, "Sourced by (the recruiter’s user ID in the ATS)", &skip);
  return last != NULL && (!gtk_widget_get_mapped (last) || gtk_widget_get_width (last) > 0);
}

/* Waits until the candidate form in @root has its sections below the first screen, which it
 * builds in the frames just after the window's first, laid out */
void
ui_test_wait_for_form (GtkWidget *root)
{
  ui_test_wait_for (form_complete, root, "the form's lower sections");
}

/* The label or button showing @text that a person sees, where hidden ones say the same */
GtkWidget *
ui_test_find_shown_label (GtkWidget  *root,
                          const char *text)
{
  guint skip = 0;

  return find_first (root, shown_label_with, text, &skip);
}

GtkWidget *
ui_test_child (GtkWidget  *widget,
               GType       type,
               const char *name)
{
  GObject *child = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

/* The message shown next to @row, as the person sees it: the title of the row below it */
const char *
ui_test_row_error (GtkWidget *row)
{
  GtkWidget  *next = gtk_widget_get_next_sibling (row);
  const char *message = shortlist_field_get_error (row);

  if (message == NULL)
    return NULL;
  /* The message must really be on screen, right below the field */
  if (ADW_IS_PREFERENCES_ROW (next))
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (next)), ==, message);
  else
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (next)), ==, message);
  g_assert_true (gtk_widget_has_css_class (next, "field-error"));
  return message;
}

/* Whether @widget and everything around it is shown */
gboolean
ui_test_is_shown (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_visible (w))
      return FALSE;
  return gtk_widget_get_mapped (widget);
}

/* A window showing @content alone, as a section test needs it */
GtkWindow *
ui_test_window_new (GtkWidget *content)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 720, 900);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), content);
  adw_window_set_content (ADW_WINDOW (window), scrolled);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

/* The open jobs of the demo data, read by @client from @fake as Shortlist reads them */
GListModel *
ui_test_load_jobs (FakeKombo   *fake,
                   KomboClient *client)
{
  g_autofree char *answer = ui_test_dup_jobs_answer ();
  GAsyncResult    *result = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *jobs;

  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, answer);
  kombo_client_get_jobs_async (client, NULL, NULL, NULL, test_store_result, &result);
  jobs = kombo_client_get_jobs_finish (client, test_wait (&result), &error);
  g_assert_no_error (error);
  g_object_unref (result);
  return jobs;
}

/* The listed job called @name */
KomboJob *
ui_test_find_job (GListModel *jobs,
                  const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (jobs); i++)
    {
      g_autoptr (KomboJob) job = g_list_model_get_item (jobs, i);

      if (g_strcmp0 (kombo_job_get_name (job), name) == 0)
        return job; /* the list keeps its own reference */
    }
  g_error ("No job called “%s”", name);
}

/* The question shown, such as one asking to confirm: an AdwAlertDialog inside its window from
 * libadwaita 1.5, an AdwMessageDialog window before */
GtkWidget *
ui_test_find_dialog (void)
{
  GList     *toplevels = gtk_window_list_toplevels ();
  GtkWidget *dialog = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
#if ADW_CHECK_VERSION(1, 5, 0)
      guint      skip = 0;
      GtkWidget *found = find_first (l->data, of_type, GSIZE_TO_POINTER (ADW_TYPE_ALERT_DIALOG), &skip);

      if (found != NULL && gtk_widget_get_mapped (found))
        dialog = found;
#else
      if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
        dialog = l->data;
#endif
    }
  g_list_free (toplevels);
  g_assert_nonnull (dialog);
  return dialog;
}

/* A widget under @root, @root included, whose tooltip is @tooltip: NULL when there is none */
GtkWidget *
ui_test_find_tooltip (GtkWidget  *root,
                      const char *tooltip)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (root), tooltip) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = ui_test_find_tooltip (c, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The button a person reads as @label (its mnemonic written with "_"): NULL when there is none */
GtkWidget *
ui_test_find_button (GtkWidget  *root,
                     const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_test_find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
label_there (gpointer data)
{
  gpointer *args = data;

  return ui_test_find_text (args[0], args[1]) != NULL;
}

/* Waits until a label under @root has @text in it, as it shows it */
void
ui_test_wait_for_label (GtkWidget  *root,
                        const char *text)
{
  gpointer args[] = { root, (gpointer) text };

  ui_test_wait_for (label_there, args, text);
}

/* Waits for @n frames of @window */
void
ui_test_wait_frames (GtkWidget *window,
                     guint      n)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gint64         first = gdk_frame_clock_get_frame_counter (clock);

  while (gdk_frame_clock_get_frame_counter (clock) < first + n)
    {
      gtk_widget_queue_draw (window);
      g_main_context_iteration (NULL, TRUE);
    }
}
