/* shortlist-drafts-button.c: the candidates in progress, to go on with one or discard it
 *
 * The list is read from the store each time it is opened, the last changed first, with the
 * candidate's name, the job and when it changed. Choosing one keeps the draft being typed and
 * brings the chosen one into the form; discarding one says so in a toast that can undo it.
 */
#define G_LOG_DOMAIN "shortlist-drafts-button"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "shortlist-compat.h"
#include "shortlist-drafts-button.h"
#include "shortlist-widget.h"

struct _ShortlistDraftsButton
{
  GtkWidget parent_instance;

  GtkMenuButton *menu_button;
  GtkPopover    *popover;
  GtkListBox    *list;
  GtkWidget     *empty_label;

  ShortlistStore      *store;
  ShortlistDraftSaver *saver;
  GCancellable        *cancellable;
};

G_DEFINE_FINAL_TYPE (ShortlistDraftsButton, shortlist_drafts_button, GTK_TYPE_WIDGET)

/* What a row or a toast needs of a draft, kept for as long as they are */
typedef struct
{
  ShortlistDraftsButton *self;
  ShortlistStore        *store;
  ShortlistDraftInfo    *info;
} Entry;

static Entry *
entry_new (ShortlistDraftsButton *self,
           ShortlistDraftInfo    *info)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->self = self;
  entry->store = g_object_ref (self->store);
  entry->info = shortlist_draft_info_copy (info);
  return entry;
}

static void
entry_free (gpointer  data,
            GClosure *closure)
{
  Entry *entry = data;

  g_object_unref (entry->store);
  shortlist_draft_info_free (entry->info);
  g_free (entry);
}

static void refresh (ShortlistDraftsButton *self);

static char *
describe (ShortlistDraftInfo *info)
{
  g_autoptr (GDateTime) updated = g_date_time_new_from_unix_local (info->updated / G_USEC_PER_SEC);
  /* TRANSLATORS: when a draft last changed, a date and time as g_date_time_format() writes them */
  g_autofree char *when = g_date_time_format (updated, _ ("%x, %H:%M"));

  if (info->job == NULL || *info->job == '\0')
    return g_steal_pointer (&when);
  /* TRANSLATORS: a draft's job, then when it last changed */
  return g_strdup_printf (_ ("%s · %s"), info->job, when);
}

static void
undo_cb (AdwToast *toast,
         Entry    *entry)
{
  ShortlistDraftInfo *info = entry->info;

  shortlist_store_save_draft_async (entry->store, info->id, info->integration_id, info->name, info->job, info->draft,
                                    NULL, NULL, NULL);
}

static void
discarded_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (ShortlistDraftsButton) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!shortlist_store_delete_draft_finish (SHORTLIST_STORE (object), result, &error))
    g_warning ("The draft could not be discarded: %s", error->message);
  else if (self->store != NULL)
    refresh (self);
}

static void
discard_cb (GtkButton *button,
            Entry     *entry)
{
  ShortlistDraftsButton *self = entry->self;
  GtkWidget             *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char       *title = NULL;
  AdwToast              *toast;

  /* TRANSLATORS: %s is the candidate's name */
  title = entry->info->name ? g_strdup_printf (_ ("Draft of %s discarded"), entry->info->name) : g_strdup (_ ("Draft discarded"));
  toast = shortlist_toast_new (title);
  adw_toast_set_button_label (toast, _ ("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_cb), entry_new (self, entry->info), entry_free, 0);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));

  shortlist_store_delete_draft_async (self->store, entry->info->id, self->cancellable, discarded_cb, g_object_ref (self));
}

static void
open_cb (AdwActionRow *row,
         Entry        *entry)
{
  ShortlistDraftsButton *self = entry->self;
  g_autoptr (GError) error = NULL;

  gtk_popover_popdown (self->popover);
  if (!shortlist_draft_saver_open (self->saver, entry->info, &error))
    g_warning ("The draft could not be opened: %s", error->message);
}

static GtkWidget *
new_row (ShortlistDraftsButton *self,
         ShortlistDraftInfo    *info)
{
  GtkWidget       *row = adw_action_row_new ();
  g_autofree char *subtitle = describe (info);
  gboolean         current = g_strcmp0 (info->id, shortlist_draft_saver_get_id (self->saver)) == 0;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), info->name ? info->name : _ ("Unnamed candidate"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* The one being typed is ticked; the others can be opened or discarded */
  if (current)
    {
      GtkWidget *tick = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (tick), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Being typed"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tick);
    }
  else
    {
      /* The tooltip is given while the button is hidden: on a shown one GTK asks, from an
       * idle, where the pointer is over the popover's surface, which a list just refreshed
       * may have closed by then (GTK 4.8 warns of a surface that is gone) */
      GtkWidget *discard = g_object_new (GTK_TYPE_BUTTON, "icon-name", "user-trash-symbolic", "visible", FALSE, NULL);

      gtk_widget_set_valign (discard, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (discard, "flat");
      gtk_widget_set_tooltip_text (discard, _ ("Discard This Draft"));
      gtk_widget_set_visible (discard, TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (discard), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Discard This Draft"), -1);
      g_signal_connect_data (discard, "clicked", G_CALLBACK (discard_cb), entry_new (self, info), entry_free, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), discard);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect_data (row, "activated", G_CALLBACK (open_cb), entry_new (self, info), entry_free, 0);
    }
  return row;
}

static void
listed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  ShortlistDraftsButton *self = user_data;
  g_autoptr (GPtrArray) drafts = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *child;

  drafts = shortlist_store_list_drafts_finish (SHORTLIST_STORE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; drafts != NULL && i < drafts->len; i++)
    gtk_list_box_append (self->list, new_row (self, drafts->pdata[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->list), drafts != NULL && drafts->len > 0);
  gtk_widget_set_visible (self->empty_label, drafts == NULL || drafts->len == 0);
}

static void
refresh (ShortlistDraftsButton *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  /* What was typed a moment ago is in the list too */
  shortlist_draft_saver_flush (self->saver);
  shortlist_store_list_drafts_async (self->store, self->cancellable, listed_cb, self);
}

static void
shortlist_drafts_button_dispose (GObject *object)
{
  ShortlistDraftsButton *self = (ShortlistDraftsButton *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  shortlist_widget_dispose_template (GTK_WIDGET (self), SHORTLIST_TYPE_DRAFTS_BUTTON);
  g_clear_object (&self->store);
  g_clear_object (&self->saver);

  G_OBJECT_CLASS (shortlist_drafts_button_parent_class)->dispose (object);
}

static void
shortlist_drafts_button_class_init (ShortlistDraftsButtonClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_drafts_button_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/shortlist-drafts-button.ui");
  gtk_widget_class_bind_template_child (widget_class, ShortlistDraftsButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, ShortlistDraftsButton, popover);
  gtk_widget_class_bind_template_child (widget_class, ShortlistDraftsButton, list);
  gtk_widget_class_bind_template_child (widget_class, ShortlistDraftsButton, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, refresh);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
shortlist_drafts_button_init (ShortlistDraftsButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Lists the drafts of @store; @saver keeps the one being typed */
void
shortlist_drafts_button_set_saver (ShortlistDraftsButton *self,
                                   ShortlistStore        *store,
                                   ShortlistDraftSaver   *saver)
{
  g_return_if_fail (SHORTLIST_IS_DRAFTS_BUTTON (self));

  g_set_object (&self->store, store);
  g_set_object (&self->saver, saver);
  gtk_widget_set_visible (GTK_WIDGET (self), store != NULL);
}
