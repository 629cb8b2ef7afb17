/* shortlist-attachment-row.c: one attached file, its kind, and a button to take it away
 *
 * The row shows the file's name, size and kind of content, and edits whether it is the CV, a
 * cover letter or another document on the attachment itself.
 */
#define G_LOG_DOMAIN "shortlist-attachment-row"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-attachment-row.h"
#include "shortlist-widget.h"

struct _ShortlistAttachmentRow
{
  AdwActionRow parent_instance;

  KomboAttachment *attachment;
};

G_DEFINE_FINAL_TYPE (ShortlistAttachmentRow, shortlist_attachment_row, ADW_TYPE_ACTION_ROW)

static void
shortlist_attachment_row_dispose (GObject *object)
{
  ShortlistAttachmentRow *self = (ShortlistAttachmentRow *) object;

  g_clear_object (&self->attachment);

  G_OBJECT_CLASS (shortlist_attachment_row_parent_class)->dispose (object);
}

static void
shortlist_attachment_row_class_init (ShortlistAttachmentRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = shortlist_attachment_row_dispose;
}

static void
shortlist_attachment_row_init (ShortlistAttachmentRow *self)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
}

/**
 * shortlist_attachment_row_new:
 * @attachments: the list @attachment is in, which its trash button takes it out of
 */
GtkWidget *
shortlist_attachment_row_new (KomboAttachment *attachment,
                              GListStore      *attachments)
{
  ShortlistAttachmentRow *self = g_object_new (SHORTLIST_TYPE_ATTACHMENT_ROW, NULL);
  const char             *content_type = kombo_attachment_get_content_type (attachment);
  g_autofree char        *size = g_format_size (kombo_attachment_get_size (attachment));
  g_autofree char        *kind = content_type ? g_content_type_get_description (content_type) : g_strdup (_ ("Unknown kind of file"));
  /* TRANSLATORS: a file's size, then its kind, e.g. "1.2 MB · PDF document" */
  g_autofree char *subtitle = g_strdup_printf (_ ("%s · %s"), size, kind);
  g_autoptr (GIcon) icon = content_type ? g_content_type_get_symbolic_icon (content_type) : NULL;
  const char      *types[] = { NC_ ("document kind", "CV"), NC_ ("document kind", "Cover letter"), NC_ ("document kind", "Other"), NULL };
  g_autofree char *remove_label = g_strdup_printf (_ ("Remove %s"), kombo_attachment_get_name (attachment));

  self->attachment = g_object_ref (attachment);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), kombo_attachment_get_name (attachment));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  if (icon != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (self), gtk_image_new_from_gicon (icon));

  adw_action_row_add_suffix (ADW_ACTION_ROW (self),
                             shortlist_choice_new ("document kind", types, _ ("Kind of document"), attachment, "attachment-type"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), shortlist_remove_button_new (attachments, attachment, remove_label));
  return GTK_WIDGET (self);
}

KomboAttachment *
shortlist_attachment_row_get_attachment (ShortlistAttachmentRow *self)
{
  g_return_val_if_fail (SHORTLIST_IS_ATTACHMENT_ROW (self), NULL);
  return self->attachment;
}
