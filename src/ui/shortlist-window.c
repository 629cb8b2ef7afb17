/* shortlist-window.c: the main window: connect, then submit candidates, tag them, add links
 *
 * The header bar always says which applicant tracking system work goes to, and the demo bar
 * cannot be missed when nothing reaches Kombo.
 */
#define G_LOG_DOMAIN "shortlist-window"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-candidate-page.h"
#include "shortlist-history-page.h"
#include "shortlist-compat.h"
#include "shortlist-connect-page.h"
#include "shortlist-result-link-page.h"
#include "shortlist-tag-page.h"
#include "shortlist-spreadsheet-window.h"
#include "shortlist-widget.h"
#include "shortlist-window.h"

struct _ShortlistWindow
{
  AdwApplicationWindow parent_instance;

  AdwToastOverlay        *toast_overlay;
  GtkMenuButton          *menu_button;
  GMenuModel             *primary_menu;
  GtkMenuButton          *integration_button;
  GtkImage               *integration_narrow_icon;
  GtkPopover             *integration_popover;
  GtkListBox             *integration_list;
  GtkLabel               *integration_label;
  GtkWidget              *integration_warning_icon;
  GtkWidget              *title_widget; /* the page switcher where it fits, else the title */
  GtkWidget              *switcher_bar;
  GtkWidget              *demo_bar;
  GtkStack               *main_stack;
  GtkWidget              *loading_spinner;
  AdwBin                 *connect_bin;
  ShortlistConnectPage   *connect_page; /* built when first shown */
  AdwViewStack           *view_stack;
  ShortlistCandidatePage *candidate_page;
  AdwBin                 *tag_bin;
  AdwBin                 *link_bin;
  AdwBin                 *history_bin;
  /* Built when first shown or needed: a window starts with the candidate's page only */
  ShortlistTagPage        *tag_page;
  ShortlistResultLinkPage *result_link_page;
  ShortlistHistoryPage    *history_page;
  ShortlistFollower       *follower;

  GSettings        *settings;
  ShortlistAccount *account;
};

G_DEFINE_FINAL_TYPE (ShortlistWindow, shortlist_window, ADW_TYPE_APPLICATION_WINDOW)

static void
integration_chosen_cb (GtkListBox      *list,
                       GtkListBoxRow   *row,
                       ShortlistWindow *self)
{
  /* The rows are the integrations, in their order */
  g_autoptr (KomboIntegration) integration =
      g_list_model_get_item (shortlist_account_get_integrations (self->account), gtk_list_box_row_get_index (row));

  if (integration != NULL)
    shortlist_account_set_active_integration (self->account, kombo_integration_get_id (integration));
  gtk_popover_popdown (self->integration_popover);
}

static void
update_integrations (ShortlistWindow *self)
{
  GListModel       *integrations = shortlist_account_get_integrations (self->account);
  KomboIntegration *active = shortlist_account_get_active_integration (self->account);
  g_autofree char  *warning = active ? shortlist_integration_dup_warning (active) : NULL;
  g_autofree char  *description = NULL;
  GtkWidget        *child;

  if (active != NULL)
    {
      const char      *organization = kombo_integration_get_organization_name (active);
      g_autofree char *label = organization
                                   /* TRANSLATORS: the applicant tracking system, then whose it is: "Greenhouse · Acme" */
                                   ? g_strdup_printf (_ ("%s · %s"), kombo_integration_get_tool_label (active), organization)
                                   : g_strdup (kombo_integration_get_tool_label (active));
      description = g_strdup_printf (_ ("Candidates go to %s"), label);
      gtk_label_set_text (self->integration_label, label);
      shortlist_name_button (GTK_WIDGET (self->integration_button), description);
    }
  /* Where the button shows only an icon, the tooltip names the system. Set while the button is
   * still hidden, on the first call, it costs no round trip to the display server */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->integration_button),
                               warning ? warning : description ? description
                                                               : _ ("Choose the Applicant Tracking System"));
  gtk_widget_set_visible (GTK_WIDGET (self->integration_button), active != NULL);
  gtk_widget_set_visible (self->integration_warning_icon, warning != NULL);
  /* Narrow, the warning takes the place of the icon */
  gtk_image_set_from_icon_name (self->integration_narrow_icon, warning ? "dialog-warning-symbolic" : "network-server-symbolic");
  if (warning != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->integration_narrow_icon), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->integration_narrow_icon), "warning");

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->integration_list))) != NULL)
    gtk_list_box_remove (self->integration_list, child);

  for (guint i = 0; i < g_list_model_get_n_items (integrations); i++)
    {
      g_autoptr (KomboIntegration) integration = g_list_model_get_item (integrations, i);
      GtkWidget  *row = adw_action_row_new ();
      GtkWidget  *check = gtk_image_new_from_icon_name ("object-select-symbolic");
      const char *organization = kombo_integration_get_organization_name (integration);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kombo_integration_get_tool_label (integration));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), organization ? organization : kombo_integration_get_id (integration));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_opacity (check, active && g_strcmp0 (kombo_integration_get_id (active), kombo_integration_get_id (integration)) == 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (self->integration_list, row);
    }
}

static void
update_page (ShortlistWindow *self)
{
  gboolean loading = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "loading") == 0;
  /* Out of the wait at start the page comes at once: fading from the spinner would draw both
   * pages for a fifth of a second, and the window's first frame would be mostly spinner */
  GtkStackTransitionType transition = loading ? GTK_STACK_TRANSITION_TYPE_NONE : GTK_STACK_TRANSITION_TYPE_CROSSFADE;

  /* Lose the work page only when there is nothing to work with */
  if (!shortlist_account_get_ready (self->account))
    gtk_stack_set_visible_child_full (self->main_stack, "connect", transition);
  else if (loading)
    gtk_stack_set_visible_child_full (self->main_stack, "work", transition);
}

static ShortlistConnectPage *ensure_connect_page (ShortlistWindow *self);

/* The pages to switch between exist only once Shortlist is connected */
static void
main_page_changed_cb (ShortlistWindow *self)
{
  gboolean working = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "work") == 0;
  gboolean narrow = shortlist_window_title_get_narrow (self->title_widget);

  /* The page to enter a key is built when it is first shown */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "connect") == 0)
    ensure_connect_page (self);
  shortlist_window_title_set_switcher (self->title_widget, working);
  /* On a narrow window the switcher moves to the bottom; its buttons are built the first time */
  if (working && narrow && adw_view_switcher_bar_get_stack (ADW_VIEW_SWITCHER_BAR (self->switcher_bar)) == NULL)
    adw_view_switcher_bar_set_stack (ADW_VIEW_SWITCHER_BAR (self->switcher_bar), self->view_stack);
  adw_view_switcher_bar_set_reveal (ADW_VIEW_SWITCHER_BAR (self->switcher_bar), working && narrow);
}

static void
show_work_cb (GtkWidget  *widget,
              const char *action,
              GVariant   *param)
{
  ShortlistWindow *self = SHORTLIST_WINDOW (widget);

  if (shortlist_account_get_ready (self->account))
    gtk_stack_set_visible_child_name (self->main_stack, "work");
}

static void
show_connect_cb (GtkWidget  *widget,
                 const char *action,
                 GVariant   *param)
{
  ShortlistWindow *self = SHORTLIST_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->main_stack, "connect");
}

static void
new_candidate_cb (GtkWidget  *widget,
                  const char *action,
                  GVariant   *param)
{
  ShortlistWindow *self = SHORTLIST_WINDOW (widget);

  if (!shortlist_account_get_ready (self->account))
    return;
  gtk_stack_set_visible_child_name (self->main_stack, "work");
  adw_view_stack_set_visible_child_name (self->view_stack, "candidate");
  shortlist_candidate_page_ask_new_candidate (self->candidate_page);
}

/* Returns: (transfer none): a new window for many candidates from a spreadsheet, shown */
static ShortlistSpreadsheetWindow *
show_spreadsheet_window (ShortlistWindow *self)
{
  ShortlistSpreadsheetWindow *window = shortlist_spreadsheet_window_new (GTK_WINDOW (self), self->account);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
submit_spreadsheet_cb (GtkWidget  *widget,
                       const char *action,
                       GVariant   *param)
{
  ShortlistWindow *self = SHORTLIST_WINDOW (widget);

  if (!shortlist_account_get_ready (self->account))
    return;
  show_spreadsheet_window (self);
}

/* A folder of CVs for one job: chosen, then listed side by side as a spreadsheet's rows */
static void
submit_cvs_cb (GtkWidget  *widget,
               const char *action,
               GVariant   *param)
{
  ShortlistWindow *self = SHORTLIST_WINDOW (widget);

  if (!shortlist_account_get_ready (self->account))
    return;
  shortlist_spreadsheet_window_choose_cvs (show_spreadsheet_window (self));
}

/* The page to enter a key: most starts never show it */
static ShortlistConnectPage *
ensure_connect_page (ShortlistWindow *self)
{
  if (self->connect_page == NULL)
    {
      self->connect_page = g_object_new (SHORTLIST_TYPE_CONNECT_PAGE, NULL);
      adw_bin_set_child (self->connect_bin, GTK_WIDGET (self->connect_page));
      if (self->account != NULL)
        shortlist_connect_page_set_account (self->connect_page, self->account);
    }
  return self->connect_page;
}

/* The Tags and Result Links pages, built together: they share one list of candidates */
static void
ensure_chooser_pages (ShortlistWindow *self)
{
  if (self->tag_page != NULL)
    return;
  self->tag_page = g_object_new (SHORTLIST_TYPE_TAG_PAGE, NULL);
  self->result_link_page = g_object_new (SHORTLIST_TYPE_RESULT_LINK_PAGE, NULL);
  adw_bin_set_child (self->tag_bin, GTK_WIDGET (self->tag_page));
  adw_bin_set_child (self->link_bin, GTK_WIDGET (self->result_link_page));
  /* One list of candidates for tags and result links: found once, worked on twice */
  shortlist_candidate_chooser_share_list (shortlist_tag_page_get_chooser (self->tag_page),
                                          shortlist_result_link_page_get_chooser (self->result_link_page));
  if (self->account != NULL)
    {
      shortlist_tag_page_set_account (self->tag_page, self->account);
      shortlist_result_link_page_set_account (self->result_link_page, self->account);
    }
}

static void
ensure_history_page (ShortlistWindow *self)
{
  if (self->history_page != NULL)
    return;
  self->history_page = g_object_new (SHORTLIST_TYPE_HISTORY_PAGE, NULL);
  adw_bin_set_child (self->history_bin, GTK_WIDGET (self->history_page));
  if (self->account != NULL)
    shortlist_history_page_set_account (self->history_page, self->account);
  if (self->follower != NULL)
    shortlist_history_page_set_follower (self->history_page, self->follower);
}

/* A page is built when it is first shown */
static void
work_page_changed_cb (ShortlistWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (name, "tags") == 0 || g_strcmp0 (name, "links") == 0)
    ensure_chooser_pages (self);
  else if (g_strcmp0 (name, "history") == 0)
    ensure_history_page (self);
}

/**
 * shortlist_window_get_page:
 * @name: "candidate", "tags", "links", "history" or "connect"
 *
 * Returns: (transfer none): the page, built now if it was not yet
 */
GtkWidget *
shortlist_window_get_page (ShortlistWindow *self,
                           const char      *name)
{
  g_return_val_if_fail (SHORTLIST_IS_WINDOW (self), NULL);

  if (g_strcmp0 (name, "tags") == 0 || g_strcmp0 (name, "links") == 0)
    ensure_chooser_pages (self);
  else if (g_strcmp0 (name, "history") == 0)
    ensure_history_page (self);
  if (g_strcmp0 (name, "tags") == 0)
    return GTK_WIDGET (self->tag_page);
  if (g_strcmp0 (name, "links") == 0)
    return GTK_WIDGET (self->result_link_page);
  if (g_strcmp0 (name, "history") == 0)
    return GTK_WIDGET (self->history_page);
  if (g_strcmp0 (name, "connect") == 0)
    return GTK_WIDGET (ensure_connect_page (self));
  return GTK_WIDGET (self->candidate_page);
}

static void
tag_candidate_cb (GtkWidget  *widget,
                  const char *action,
                  GVariant   *param)
{
  ShortlistWindow *self = SHORTLIST_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "tags");
  ensure_chooser_pages (self);
  shortlist_tag_page_add_candidate (self->tag_page, g_variant_get_string (param, NULL));
}

static void
link_candidate_cb (GtkWidget  *widget,
                   const char *action,
                   GVariant   *param)
{
  ShortlistWindow *self = SHORTLIST_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "links");
  ensure_chooser_pages (self);
  shortlist_result_link_page_add_candidate (self->result_link_page,
                                            g_variant_get_string (param, NULL));
}

static void
show_page_cb (GtkWidget  *widget,
              const char *action,
              GVariant   *param)
{
  ShortlistWindow *self = SHORTLIST_WINDOW (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->view_stack)) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "work") == 0)
    adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (param, NULL));
}

static void
toast_cb (GtkWidget  *widget,
          const char *action,
          GVariant   *param)
{
  shortlist_window_add_toast (SHORTLIST_WINDOW (widget), g_variant_get_string (param, NULL));
}

static gboolean
drop_cb (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         ShortlistWindow *self)
{
  GSList *files = g_value_get_boxed (value);
  g_autoptr (GPtrArray) array = g_ptr_array_new ();

  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (array, l->data);
  /* On Tags or Result Links, a file is a list of candidates; elsewhere, an attachment */
  if (g_strcmp0 (page, "tags") == 0 || g_strcmp0 (page, "links") == 0)
    ensure_chooser_pages (self);
  if (g_strcmp0 (page, "tags") == 0)
    shortlist_candidate_chooser_open_files (shortlist_tag_page_get_chooser (self->tag_page), (GFile **) array->pdata,
                                            array->len);
  else if (g_strcmp0 (page, "links") == 0)
    shortlist_candidate_chooser_open_files (shortlist_result_link_page_get_chooser (self->result_link_page),
                                            (GFile **) array->pdata, array->len);
  else
    shortlist_window_open_files (self, (GFile **) array->pdata, array->len);
  return TRUE;
}

static void
shortlist_window_dispose (GObject *object)
{
  ShortlistWindow *self = (ShortlistWindow *) object;

  if (self->account != NULL)
    g_signal_handlers_disconnect_by_data (self->account, self);
  if (self->account != NULL)
    g_signal_handlers_disconnect_by_data (shortlist_account_get_integrations (self->account), self);
  g_signal_handlers_disconnect_by_data (self, self);
  if (self->title_widget != NULL)
    g_signal_handlers_disconnect_by_data (self->title_widget, self);
  if (self->main_stack != NULL)
    g_signal_handlers_disconnect_by_data (self->main_stack, self);
  if (self->view_stack != NULL)
    g_signal_handlers_disconnect_by_data (self->view_stack, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SHORTLIST_TYPE_WINDOW);
  g_clear_object (&self->account);
  g_clear_object (&self->follower);

  G_OBJECT_CLASS (shortlist_window_parent_class)->dispose (object);
}

static void
shortlist_window_finalize (GObject *object)
{
  ShortlistWindow *self = (ShortlistWindow *) object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (shortlist_window_parent_class)->finalize (object);
}

static gboolean
shortlist_window_close_request (GtkWindow *window)
{
  ShortlistWindow *self = SHORTLIST_WINDOW (window);
  int              width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  /* Closing keeps what was typed, without asking */
  shortlist_candidate_page_save_draft (self->candidate_page);

  return GTK_WINDOW_CLASS (shortlist_window_parent_class)->close_request (window);
}

static void
shortlist_window_class_init (ShortlistWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = shortlist_window_dispose;
  object_class->finalize = shortlist_window_finalize;
  window_class->close_request = shortlist_window_close_request;

  g_type_ensure (SHORTLIST_TYPE_SPINNER);
  g_type_ensure (SHORTLIST_TYPE_CONNECT_PAGE);
  g_type_ensure (SHORTLIST_TYPE_CANDIDATE_PAGE);
  g_type_ensure (SHORTLIST_TYPE_TAG_PAGE);
  g_type_ensure (SHORTLIST_TYPE_HISTORY_PAGE);
  g_type_ensure (SHORTLIST_TYPE_RESULT_LINK_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, shortlist_window_template ());
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, integration_button);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, integration_narrow_icon);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, integration_popover);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, integration_list);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, integration_label);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, integration_warning_icon);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, title_widget);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, demo_bar);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, connect_bin);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, candidate_page);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, tag_bin);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, link_bin);
  gtk_widget_class_bind_template_child (widget_class, ShortlistWindow, history_bin);

  gtk_widget_class_install_action (widget_class, "win.show-work", NULL, show_work_cb);
  gtk_widget_class_install_action (widget_class, "win.show-connect", NULL, show_connect_cb);
  gtk_widget_class_install_action (widget_class, "win.new-candidate", NULL, new_candidate_cb);
  gtk_widget_class_install_action (widget_class, "win.submit-spreadsheet", NULL, submit_spreadsheet_cb);
  gtk_widget_class_install_action (widget_class, "win.submit-cvs", NULL, submit_cvs_cb);
  gtk_widget_class_install_action (widget_class, "win.tag-candidate", "s", tag_candidate_cb);
  gtk_widget_class_install_action (widget_class, "win.link-candidate", "s", link_candidate_cb);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_cb);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-candidate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.submit-spreadsheet", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-page", "s", "candidate");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-page", "s", "tags");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-page", "s", "links");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-page", "s", "history");
}

/* The shortcuts, built on first use: GtkApplication would build its help overlay with every
 * window, before its first frame */
static void
show_help_overlay_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  shortlist_show_shortcuts (GTK_APPLICATION_WINDOW (user_data));
}

/* The main menu's popover is built when it is first opened */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  ShortlistWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
shortlist_window_init (ShortlistWindow *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);
  g_signal_connect_swapped (self->view_stack, "notify::visible-child-name", G_CALLBACK (work_page_changed_cb), self);

  g_signal_connect (self->integration_list, "row-activated", G_CALLBACK (integration_chosen_cb), self);
  g_signal_connect_swapped (self->main_stack, "notify::visible-child-name", G_CALLBACK (main_page_changed_cb), self);
  shortlist_window_title_watch_narrow (self->title_widget, G_CALLBACK (main_page_changed_cb), self);
  main_page_changed_cb (self);

  /* Files dropped anywhere on the window are attached to the candidate */
  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  {
    static const GActionEntry entries[] = { { "show-help-overlay", show_help_overlay_cb, NULL, NULL, NULL } };

    g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  }

  if (DEVELOPMENT)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

ShortlistWindow *
shortlist_window_new (AdwApplication *application,
                      GSettings      *settings)
{
  ShortlistWindow *self = g_object_new (SHORTLIST_TYPE_WINDOW, "application", application, NULL);

  self->settings = g_object_ref (settings);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  return self;
}

static gboolean
focus_first_cb (gpointer user_data)
{
  ShortlistWindow *self = user_data;

  if (self->candidate_page != NULL && gtk_root_get_focus (GTK_ROOT (self)) == NULL)
    gtk_widget_child_focus (GTK_WIDGET (self->candidate_page), GTK_DIR_TAB_FORWARD);
  return G_SOURCE_REMOVE;
}

/* Called once the account is loaded: the window shows the loading page until then */
/* Without a store there is no history to show */
static void
store_changed_cb (ShortlistWindow *self)
{
  adw_view_stack_page_set_visible (adw_view_stack_get_page (self->view_stack, GTK_WIDGET (self->history_bin)),
                                   shortlist_account_get_store (self->account) != NULL);
}

void
shortlist_window_set_account (ShortlistWindow  *self,
                              ShortlistAccount *account)
{
  g_return_if_fail (SHORTLIST_IS_WINDOW (self));
  g_return_if_fail (self->account == NULL);

  self->account = g_object_ref (account);
  if (self->connect_page != NULL)
    shortlist_connect_page_set_account (self->connect_page, account);
  shortlist_candidate_page_set_account (self->candidate_page, account);
  if (self->tag_page != NULL)
    {
      shortlist_tag_page_set_account (self->tag_page, account);
      shortlist_result_link_page_set_account (self->result_link_page, account);
    }
  if (self->history_page != NULL)
    shortlist_history_page_set_account (self->history_page, account);

  if (shortlist_account_get_demo (account))
    {
      /* Work in the demo reaches no real ATS: the banner must not be missed */
      adw_bin_set_child (ADW_BIN (self->demo_bar),
                         shortlist_banner_new (_ ("Demo: a made-up applicant tracking system on this computer. Nothing reaches Kombo."),
                                               _ ("_Connect Your Kombo Account"), "app.leave-demo"));
      gtk_widget_set_visible (self->demo_bar, TRUE);
      /* TRANSLATORS: the window title in demo mode */
      shortlist_window_title_set_subtitle (self->title_widget, _ ("Demo"));
      gtk_window_set_title (GTK_WINDOW (self), _ ("Shortlist (Demo)"));
    }

  g_signal_connect_swapped (shortlist_account_get_integrations (account), "items-changed",
                            G_CALLBACK (update_integrations), self);
  g_signal_connect_swapped (account, "notify::active-integration", G_CALLBACK (update_integrations), self);
  g_signal_connect_swapped (account, "notify::ready", G_CALLBACK (update_page), self);
  g_signal_connect_swapped (account, "notify::store", G_CALLBACK (store_changed_cb), self);
  store_changed_cb (self);
  /* Something useful has the focus from the start: the first control of the page, once shown */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, focus_first_cb, g_object_ref (self), g_object_unref);
  update_integrations (self);
  update_page (self);
}

void
shortlist_window_show_error (ShortlistWindow *self,
                             const GError    *error)
{
  g_return_if_fail (SHORTLIST_IS_WINDOW (self));

  shortlist_connect_page_show_error (ensure_connect_page (self), error);
  gtk_stack_set_visible_child_name (self->main_stack, "connect");
}

/**
 * shortlist_window_open_files:
 *
 * Attaches @files to the candidate being written, as from "Open With Shortlist" or a drop;
 * a single spreadsheet (.csv, .tsv, .xlsx) opens as many candidates instead.
 */
void
shortlist_window_open_files (ShortlistWindow *self,
                             GFile          **files,
                             int              n_files)
{
  g_return_if_fail (SHORTLIST_IS_WINDOW (self));

  /* A spreadsheet of candidates is many candidates, not an attachment */
  if (n_files == 1 && shortlist_account_get_ready (self->account) && shortlist_file_is_spreadsheet (files[0]))
    {
      shortlist_spreadsheet_window_open (show_spreadsheet_window (self), files[0]);
      return;
    }
  adw_view_stack_set_visible_child_name (self->view_stack, "candidate");
  shortlist_candidate_page_attach_files (self->candidate_page, files, n_files);
}

/* Says something the person should know until they dismiss it, such as drafts that could not be read */
void
shortlist_window_show_notice (ShortlistWindow *self,
                              const char      *text)
{
  AdwToast *toast;

  g_return_if_fail (SHORTLIST_IS_WINDOW (self));

  toast = shortlist_toast_new (text);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Says @title, as it is, for a few seconds: what pages say through "win.toast" */
void
shortlist_window_add_toast (ShortlistWindow *self,
                            const char      *title)
{
  g_return_if_fail (SHORTLIST_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, shortlist_toast_new (title));
}

/* Shows where each candidate stands as @follower brings it up to date, in the history */
void
shortlist_window_set_follower (ShortlistWindow   *self,
                               ShortlistFollower *follower)
{
  g_return_if_fail (SHORTLIST_IS_WINDOW (self));
  g_return_if_fail (self->follower == NULL);

  self->follower = g_object_ref (follower);
  if (self->history_page != NULL)
    shortlist_history_page_set_follower (self->history_page, follower);
}

/* Shows the submission @id in the history, as a notification of its candidate's move asks */
void
shortlist_window_show_submission (ShortlistWindow *self,
                                  gint64           id)
{
  g_return_if_fail (SHORTLIST_IS_WINDOW (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "history");
  ensure_history_page (self);
  shortlist_history_page_open_entry (self->history_page, id);
}
