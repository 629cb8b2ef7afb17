/* shortlist-send-bar.c: the foot of the candidate form: drafts, Submit, and the upload's progress
 *
 * While a candidate is sent, Cancel and a progress bar take the place of nothing: the bar
 * says how much of the upload is done, then that the ATS is being waited for.
 */
#define G_LOG_DOMAIN "shortlist-send-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-send-bar.h"
#include "shortlist-widget.h"

struct _ShortlistSendBar
{
  GtkWidget parent_instance;

  ShortlistDraftsButton *drafts_button;
  GtkWidget             *cancel_button;
  GtkProgressBar        *progress_bar;
  gint64                 text_said; /* when the progress text last changed */
};

G_DEFINE_FINAL_TYPE (ShortlistSendBar, shortlist_send_bar, GTK_TYPE_WIDGET)

enum
{
  CANCEL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cancel_clicked_cb (ShortlistSendBar *self)
{
  g_signal_emit (self, signals[CANCEL], 0);
}

static void
shortlist_send_bar_dispose (GObject *object)
{
  shortlist_widget_dispose_template (GTK_WIDGET (object), SHORTLIST_TYPE_SEND_BAR);

  G_OBJECT_CLASS (shortlist_send_bar_parent_class)->dispose (object);
}

static void
shortlist_send_bar_class_init (ShortlistSendBarClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_send_bar_dispose;

  /**
   * ShortlistSendBar::cancel:
   *
   * The recruiter stops the sending.
   */
  signals[CANCEL] = g_signal_new ("cancel", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SHORTLIST_TYPE_DRAFTS_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/shortlist-send-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, ShortlistSendBar, drafts_button);
  gtk_widget_class_bind_template_child (widget_class, ShortlistSendBar, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, ShortlistSendBar, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
shortlist_send_bar_init (ShortlistSendBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Shows Cancel and the progress while a candidate is sent */
void
shortlist_send_bar_set_busy (ShortlistSendBar *self,
                             gboolean          busy)
{
  g_return_if_fail (SHORTLIST_IS_SEND_BAR (self));

  gtk_widget_set_visible (self->cancel_button, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), busy);
  if (busy)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_progress_bar_set_text (self->progress_bar, _ ("Sending…"));
      self->text_said = 0;
    }
}

#define TEXT_EVERY (250 * G_TIME_SPAN_MILLISECOND)

/**
 * shortlist_send_bar_progress:
 * @self: (type ShortlistSendBar): the bar, as a #KomboProgressFunc's data
 *
 * Shows how much of the upload is sent.
 */
void
shortlist_send_bar_progress (goffset  sent,
                             goffset  total,
                             gpointer self)
{
  ShortlistSendBar *bar = SHORTLIST_SEND_BAR (self);
  gint64            now = g_get_monotonic_time ();
  g_autofree char  *sent_text = NULL;
  g_autofree char  *total_text = NULL;
  g_autofree char  *text = NULL;

  /* The bar moves at once, costing a redraw; new text costs laying the window out again,
   * so it changes a few times a second only */
  gtk_progress_bar_set_fraction (bar->progress_bar, total > 0 ? (double) sent / total : 1.0);
  if (sent < total && now - bar->text_said < TEXT_EVERY)
    return;
  bar->text_said = now;
  sent_text = g_format_size (sent);
  total_text = g_format_size (total);
  if (sent < total)
    /* TRANSLATORS: upload progress, e.g. "12.3 MB of 34.1 MB sent" */
    text = g_strdup_printf (_ ("%s of %s sent"), sent_text, total_text);
  else
    text = g_strdup (_ ("Waiting for the applicant tracking system…"));
  gtk_progress_bar_set_text (bar->progress_bar, text);
}

ShortlistDraftsButton *
shortlist_send_bar_get_drafts_button (ShortlistSendBar *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SEND_BAR (self), NULL);
  return self->drafts_button;
}
