/* shortlist-job-button.c: picks a job from a searchable list of the integration's open jobs
 *
 * Nothing is chosen until the recruiter chooses: a first job picked for them would send
 * candidates to the wrong place. The list shows each job's department and location, since
 * ATSs are full of jobs with the same name in different offices.
 */
#define G_LOG_DOMAIN "shortlist-job-button"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-debug.h"
#include "shortlist-job-button.h"
#include "shortlist-widget.h"

struct _ShortlistJobButton
{
  GtkWidget parent_instance;

  GtkWidget  *menu_button;
  GtkWidget  *popover; /* built when first opened, as are the three below */
  GtkWidget  *search_entry;
  GtkWidget  *list_view;
  GtkWidget  *empty_label;
  GListStore *filtered; /* the jobs the search matches */
  char       *search;   /* folded, as typed */
  GStrv       words;    /* of the search: a job matches when it has them all */
  KomboJob   *job;
  GListModel *jobs;
  gboolean    searching; /* the list is what the server found for the search */
};

G_DEFINE_FINAL_TYPE (ShortlistJobButton, shortlist_job_button, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_JOB,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SEARCH_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_label (ShortlistJobButton *self)
{
  const char *name = self->job ? kombo_job_get_name (self->job) : NULL;

  if (self->job != NULL && name == NULL)
    name = kombo_job_get_id (self->job);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->menu_button), name ? name : _ ("Choose a Job"));
  {
    /* TRANSLATORS: what a screen reader says for the job chooser; %s is the job chosen */
    g_autofree char *said = name ? g_strdup_printf (_ ("Job: %s"), name) : g_strdup (_ ("Choose a Job"));

    shortlist_name_button (self->menu_button, said);
  }
}

/* A job matches when its name, department or location hold every word typed, in any order:
 * "engineer berlin" finds "Senior Backend Engineer" in Berlin */
static gboolean
matches (ShortlistJobButton *self,
         KomboJob           *job)
{
  const char *key = kombo_job_get_search_key (job);

  for (guint i = 0; self->words != NULL && self->words[i] != NULL; i++)
    if (strstr (key, self->words[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* Lists the jobs the search matches, in one change: looking through thousands of jobs takes a
 * millisecond or two, and the list view takes one change at once far faster than many small
 * ones (as a filter model narrowing in place would make) */
static void
refilter (ShortlistJobButton *self)
{
  g_autoptr (GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; self->jobs != NULL && i < g_list_model_get_n_items (self->jobs); i++)
    {
      KomboJob *job = g_list_model_get_item (self->jobs, i);

      if (matches (self, job))
        g_ptr_array_add (found, job);
      else
        g_object_unref (job);
    }
  g_list_store_splice (self->filtered, 0, g_list_model_get_n_items (G_LIST_MODEL (self->filtered)), found->pdata, found->len);
}

/* Filters at once, as each key is typed */
static void
search_text_changed_cb (ShortlistJobButton *self)
{
  g_autofree char *folded = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  g_autofree char *search = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);

  if (g_strcmp0 (search, self->search) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&search);
  g_strfreev (self->words);
  self->words = g_str_tokenize_and_fold (self->search, NULL, NULL);
  refilter (self);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (details), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (details, "caption");
  gtk_widget_add_css_class (details, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), details);
  gtk_list_item_set_child (item, box);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  KomboJob        *job = gtk_list_item_get_item (item);
  GtkWidget       *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget       *details = gtk_widget_get_next_sibling (name);
  const char      *department = kombo_job_get_department (job);
  const char      *location = kombo_job_get_location (job);
  g_autofree char *text = NULL;

  gtk_label_set_text (GTK_LABEL (name), kombo_job_get_name (job) ? kombo_job_get_name (job) : kombo_job_get_id (job));
  if (department != NULL && location != NULL)
    /* TRANSLATORS: a job's department, then its location */
    text = g_strdup_printf (_ ("%s · %s"), department, location);
  else
    text = g_strdup (department ? department : location);
  gtk_label_set_text (GTK_LABEL (details), text ? text : "");
  gtk_widget_set_visible (details, text != NULL);
}

static void
activate_cb (GtkListView        *view,
             guint               position,
             ShortlistJobButton *self)
{
  g_autoptr (KomboJob) job = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  shortlist_job_button_set_job (self, job);
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
search_activate_cb (ShortlistJobButton *self)
{
  /* Enter takes the first match, as in any search list */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    activate_cb (GTK_LIST_VIEW (self->list_view), 0, self);
}

static void
filtered_changed_cb (ShortlistJobButton *self)
{
  const char *search;

  if (self->popover == NULL)
    return;
  search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gtk_label_set_text (GTK_LABEL (self->empty_label),
                      self->searching && *search == '\0' ? _ ("Type part of a job’s name") : _ ("No open job matches"));
  gtk_widget_set_visible (self->empty_label, g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0);
}

/* The button can be opened when there are jobs to choose from, or a search to make */
static void
update_sensitive (ShortlistJobButton *self)
{
  if (self->jobs != NULL && g_list_model_get_n_items (self->jobs) > 0)
    shortlist_debug_mark ("jobs-listed");
  gtk_widget_set_sensitive (self->menu_button,
                            self->jobs != NULL && (self->searching || g_list_model_get_n_items (self->jobs) > 0));
}

static void
search_changed_cb (ShortlistJobButton *self)
{
  g_signal_emit (self, signals[SEARCH_CHANGED], 0, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  filtered_changed_cb (self);
}

static void
popover_shown_cb (ShortlistJobButton *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (self->search_entry);
}

static void
shortlist_job_button_dispose (GObject *object)
{
  ShortlistJobButton *self = (ShortlistJobButton *) object;

  g_clear_pointer (&self->menu_button, gtk_widget_unparent);
  g_clear_object (&self->job);
  g_clear_object (&self->filtered);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->words, g_strfreev);
  if (self->jobs != NULL)
    g_signal_handlers_disconnect_by_data (self->jobs, self);
  g_clear_object (&self->jobs);

  G_OBJECT_CLASS (shortlist_job_button_parent_class)->dispose (object);
}

static void
shortlist_job_button_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_JOB:
      shortlist_job_button_set_job (SHORTLIST_JOB_BUTTON (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
shortlist_job_button_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ShortlistJobButton *self = SHORTLIST_JOB_BUTTON (object);

  switch (prop_id)
    {
    case PROP_JOB:
      g_value_set_object (value, self->job);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
shortlist_job_button_class_init (ShortlistJobButtonClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_job_button_dispose;
  object_class->get_property = shortlist_job_button_get_property;
  object_class->set_property = shortlist_job_button_set_property;

  properties[PROP_JOB] =
      g_param_spec_object ("job", NULL, NULL, KOMBO_TYPE_JOB,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ShortlistJobButton::search-changed:
   * @text: what is typed in the search
   */
  signals[SEARCH_CHANGED] = g_signal_new ("search-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* The list to choose from is built when the button is first opened: most windows never
 * need it before their first frame */
static void
create_popover_cb (GtkMenuButton *menu_button,
                   gpointer       user_data)
{
  ShortlistJobButton *self = user_data;
  GtkWidget          *box, *scrolled;
  GtkListItemFactory *factory;

  /* GtkMenuButton asks each time it opens */
  if (self->popover != NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  scrolled = gtk_scrolled_window_new ();
  factory = gtk_signal_list_item_factory_new ();
  self->search_entry = gtk_search_entry_new ();
  g_object_set (self->search_entry, "placeholder-text", _ ("Search jobs"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Search jobs"), -1);
  g_signal_connect_swapped (self->search_entry, "changed", G_CALLBACK (search_text_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  gtk_box_append (GTK_BOX (box), self->search_entry);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  self->list_view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)))), factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (self->list_view), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Open jobs"), -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activate_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list_view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_set_size_request (scrolled, 320, -1);
  gtk_box_append (GTK_BOX (box), scrolled);

  self->empty_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_box_append (GTK_BOX (box), self->empty_label);

  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), box);
  g_signal_connect_swapped (self->popover, "show", G_CALLBACK (popover_shown_cb), self);
  gtk_menu_button_set_popover (menu_button, self->popover);
  filtered_changed_cb (self);
}

static void
shortlist_job_button_init (ShortlistJobButton *self)
{
  self->filtered = g_list_store_new (KOMBO_TYPE_JOB);
  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (filtered_changed_cb), self);

  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->menu_button), create_popover_cb, self, NULL);
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (self->menu_button), TRUE);
  gtk_widget_set_valign (self->menu_button, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->menu_button, GTK_WIDGET (self));
  update_label (self);
}

static void
jobs_changed_cb (ShortlistJobButton *self)
{
  refilter (self);
  update_sensitive (self);
}

/* @jobs: (nullable): KomboJob items, or %NULL while they load */
void
shortlist_job_button_set_jobs (ShortlistJobButton *self,
                               GListModel         *jobs)
{
  g_return_if_fail (SHORTLIST_IS_JOB_BUTTON (self));

  if (self->jobs != NULL)
    g_signal_handlers_disconnect_by_data (self->jobs, self);
  g_set_object (&self->jobs, jobs);
  /* A list that fills up in place, as kept jobs are brought up to date */
  if (jobs != NULL)
    g_signal_connect_swapped (jobs, "items-changed", G_CALLBACK (jobs_changed_cb), self);
  refilter (self);
  update_sensitive (self);
  filtered_changed_cb (self);
}

/**
 * shortlist_job_button_set_searching:
 * @searching: whether the list is what the server found for the search typed, rather than
 *   every open job: the button opens with an empty list, to type a search into
 */
void
shortlist_job_button_set_searching (ShortlistJobButton *self,
                                    gboolean            searching)
{
  g_return_if_fail (SHORTLIST_IS_JOB_BUTTON (self));

  self->searching = searching;
  update_sensitive (self);
  filtered_changed_cb (self);
}

KomboJob *
shortlist_job_button_get_job (ShortlistJobButton *self)
{
  g_return_val_if_fail (SHORTLIST_IS_JOB_BUTTON (self), NULL);
  return self->job;
}

void
shortlist_job_button_set_job (ShortlistJobButton *self,
                              KomboJob           *job)
{
  g_return_if_fail (SHORTLIST_IS_JOB_BUTTON (self));

  if (!g_set_object (&self->job, job))
    return;
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB]);
}

/* Chooses the listed job with @job_id; returns %FALSE, choosing none, if it is not listed */
gboolean
shortlist_job_button_choose (ShortlistJobButton *self,
                             const char         *job_id)
{
  GListModel *jobs = self->jobs;

  for (guint i = 0; jobs != NULL && i < g_list_model_get_n_items (jobs); i++)
    {
      g_autoptr (KomboJob) job = g_list_model_get_item (jobs, i);

      if (g_strcmp0 (kombo_job_get_id (job), job_id) == 0)
        {
          shortlist_job_button_set_job (self, job);
          return TRUE;
        }
    }
  shortlist_job_button_set_job (self, NULL);
  return FALSE;
}
