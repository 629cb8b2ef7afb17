/* shortlist-error-box.c: a failure shown inline: Kombo's title, message and code, and its log
 *
 * Kombo support asks for the log of a failed call, so its link is one click away, and the code
 * is selectable for pasting into a ticket.
 */
#define G_LOG_DOMAIN "shortlist-error-box"

#include "config.h"

#include <glib/gi18n.h>

#include "kombo.h"
#include "shortlist-compat.h"
#include "shortlist-error-box.h"
#include "shortlist-widget.h"

struct _ShortlistErrorBox
{
  GtkWidget parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *title_label;
  GtkLabel    *message_label;
  GtkLabel    *code_label;
  GtkWidget   *log_button;
  char        *log_url;
};

G_DEFINE_FINAL_TYPE (ShortlistErrorBox, shortlist_error_box, GTK_TYPE_WIDGET)

static void
open_log_cb (ShortlistErrorBox *self)
{
  if (self->log_url != NULL)
    shortlist_show_uri (GTK_WIDGET (self), self->log_url);
}

static void
shortlist_error_box_dispose (GObject *object)
{
  ShortlistErrorBox *self = (ShortlistErrorBox *) object;

  shortlist_widget_dispose_template (GTK_WIDGET (self), SHORTLIST_TYPE_ERROR_BOX);
  g_clear_pointer (&self->log_url, g_free);

  G_OBJECT_CLASS (shortlist_error_box_parent_class)->dispose (object);
}

static void
shortlist_error_box_class_init (ShortlistErrorBoxClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_error_box_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/shortlist-error-box.ui");
  gtk_widget_class_bind_template_child (widget_class, ShortlistErrorBox, revealer);
  gtk_widget_class_bind_template_child (widget_class, ShortlistErrorBox, title_label);
  gtk_widget_class_bind_template_child (widget_class, ShortlistErrorBox, message_label);
  gtk_widget_class_bind_template_child (widget_class, ShortlistErrorBox, code_label);
  gtk_widget_class_bind_template_child (widget_class, ShortlistErrorBox, log_button);
  gtk_widget_class_bind_template_callback (widget_class, open_log_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ALERT);
}

static void
shortlist_error_box_init (ShortlistErrorBox *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
show (ShortlistErrorBox *self,
      const char        *title,
      const char        *message,
      const char        *code,
      const char        *log_url)
{
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->message_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL && *message != '\0');
  gtk_label_set_text (self->code_label, code ? code : "");
  gtk_widget_set_visible (GTK_WIDGET (self->code_label), code != NULL);
  g_free (self->log_url);
  self->log_url = g_strdup (log_url);
  /* A log that is no web link (file:, javascript:) is not offered */
  gtk_widget_set_visible (self->log_button, kombo_is_safe_link (log_url));
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message ? message : "",
                                  -1);
}

/**
 * shortlist_error_box_show_error:
 *
 * Shows Kombo's title (or a clear one built from the code or the kind of failure), the
 * message, the code and, when Kombo sent one, a button to its log of the call.
 */
void
shortlist_error_box_show_error (ShortlistErrorBox *self,
                                const GError      *error)
{
  g_autofree char *title = NULL;

  g_return_if_fail (SHORTLIST_IS_ERROR_BOX (self));
  g_return_if_fail (error != NULL);

  title = kombo_error_dup_display_title (error);
  show (self, title, error->message, kombo_error_get_code (error), kombo_error_get_log_url (error));
}

void
shortlist_error_box_show_text (ShortlistErrorBox *self,
                               const char        *title,
                               const char        *message)
{
  g_return_if_fail (SHORTLIST_IS_ERROR_BOX (self));
  show (self, title, message, NULL, NULL);
}

void
shortlist_error_box_clear (ShortlistErrorBox *self)
{
  g_return_if_fail (SHORTLIST_IS_ERROR_BOX (self));

  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  gtk_label_set_text (self->title_label, "");
  gtk_label_set_text (self->message_label, "");
  g_clear_pointer (&self->log_url, g_free);
}

/* Returns: the heading shown, empty when nothing is */
const char *
shortlist_error_box_get_title (ShortlistErrorBox *self)
{
  g_return_val_if_fail (SHORTLIST_IS_ERROR_BOX (self), NULL);
  return gtk_label_get_text (self->title_label);
}

const char *
shortlist_error_box_get_message (ShortlistErrorBox *self)
{
  g_return_val_if_fail (SHORTLIST_IS_ERROR_BOX (self), NULL);
  return gtk_label_get_text (self->message_label);
}
