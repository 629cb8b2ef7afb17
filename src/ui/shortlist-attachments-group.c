/* shortlist-attachments-group.c: the candidate's files, checked against what the ATS accepts
 *
 * Files come from the "+" button, from a drop on the window or from "Open With"; each is read
 * (name, size, kind) off the main loop and added to the draft. What the integration's ATS
 * will refuse is shown on the file's row at once, rather than after the upload.
 */
#define G_LOG_DOMAIN "shortlist-attachments-group"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "shortlist-attachment-row.h"
#include "shortlist-attachments-group.h"
#include "shortlist-compat.h"
#include "shortlist-field-error.h"
#include "shortlist-widget.h"

struct _ShortlistAttachmentsGroup
{
  AdwPreferencesGroup parent_instance;

  KomboCandidateDraft         *draft;
  KomboAttachmentRestrictions *restrictions;
  GPtrArray                   *rows; /* ShortlistAttachmentRow, in the order of the draft's attachments */
  GCancellable                *cancellable;
};

G_DEFINE_FINAL_TYPE (ShortlistAttachmentsGroup, shortlist_attachments_group, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  SIGNAL_ATTACHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GListModel *
attachments (ShortlistAttachmentsGroup *self)
{
  return self->draft ? G_LIST_MODEL (kombo_candidate_draft_get_attachments (self->draft)) : NULL;
}

/* Shows at once what the ATS will refuse */
static void
check (ShortlistAttachmentsGroup *self)
{
  g_autoptr (GPtrArray) violations = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    shortlist_field_clear_error (self->rows->pdata[i]);
  shortlist_field_clear_error (GTK_WIDGET (self));

  if (self->restrictions == NULL || self->draft == NULL)
    return;

  violations = kombo_attachment_restrictions_check (self->restrictions, attachments (self));
  for (guint i = 0; i < violations->len; i++)
    {
      KomboViolation  *violation = violations->pdata[i];
      GtkWidget       *field = shortlist_attachments_group_get_field (self, violation->path);
      const char      *previous = shortlist_field_get_error (field);
      g_autofree char *both = previous ? g_strdup_printf ("%s %s", previous, violation->message) : NULL;

      shortlist_field_set_error (field, both ? both : violation->message);
    }
}

static GtkWidget *
new_row (KomboAttachment           *attachment,
         ShortlistAttachmentsGroup *self)
{
  GtkWidget *row = shortlist_attachment_row_new (attachment, kombo_candidate_draft_get_attachments (self->draft));

  g_signal_connect_object (attachment, "notify::attachment-type", G_CALLBACK (check), self, G_CONNECT_SWAPPED);
  return row;
}

static void
attachments_changed_cb (ShortlistAttachmentsGroup *self,
                        guint                      position,
                        guint                      removed,
                        guint                      added)
{
  shortlist_group_sync_rows (ADW_PREFERENCES_GROUP (self), self->rows, attachments (self), position, removed, added,
                             (GtkWidget * (*) (gpointer, gpointer)) new_row, self);
  check (self);
}

static void
attachment_loaded_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  ShortlistAttachmentsGroup *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboAttachment) attachment = kombo_attachment_new_for_file_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (attachment == NULL)
    {
      /* TRANSLATORS: why a file could not be attached, from the file system */
      g_autofree char *message = g_strdup_printf (_ ("A file could not be attached: %s"), error->message);

      shortlist_field_set_error (GTK_WIDGET (self), message);
      return;
    }
  if (self->draft == NULL)
    return;
  kombo_candidate_draft_add_attachment (self->draft, attachment);
  g_signal_emit (self, signals[SIGNAL_ATTACHED], 0, attachment);
}

/**
 * shortlist_attachments_group_add_files:
 *
 * Reads and attaches @files. The first becomes the CV when there is none yet; its kind can be
 * changed on its row.
 */
void
shortlist_attachments_group_add_files (ShortlistAttachmentsGroup *self,
                                       GFile                    **files,
                                       int                        n_files)
{
  g_return_if_fail (SHORTLIST_IS_ATTACHMENTS_GROUP (self));

  for (int i = 0; i < n_files; i++)
    kombo_attachment_new_for_file_async (files[i], KOMBO_ATTACHMENT_CV, self->cancellable, attachment_loaded_cb, self);
}

static void
files_chosen_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ShortlistAttachmentsGroup *self = user_data;
  g_autoptr (GPtrArray) files = shortlist_choose_files_finish (result);

  if (files != NULL)
    shortlist_attachments_group_add_files (self, (GFile **) files->pdata, files->len);
}

static void
add_cb (ShortlistAttachmentsGroup *self)
{
  shortlist_choose_files (GTK_WIDGET (self), _ ("Add Files"), _ ("_Add"), TRUE, TRUE, self->cancellable, files_chosen_cb, self);
}

static void
shortlist_attachments_group_dispose (GObject *object)
{
  ShortlistAttachmentsGroup *self = (ShortlistAttachmentsGroup *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  shortlist_attachments_group_set_draft (self, NULL);
  g_clear_object (&self->restrictions);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (shortlist_attachments_group_parent_class)->dispose (object);
}

static void
shortlist_attachments_group_class_init (ShortlistAttachmentsGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = shortlist_attachments_group_dispose;

  /**
   * ShortlistAttachmentsGroup::attached:
   * @attachment: the file, as added to the draft
   *
   * A file the recruiter added (not one a restored draft brought) is in the draft now.
   */
  signals[SIGNAL_ATTACHED] = g_signal_new ("attached", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, KOMBO_TYPE_ATTACHMENT);
}

static void
shortlist_attachments_group_init (ShortlistAttachmentsGroup *self)
{
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

  self->rows = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _ ("Attachments"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _ ("Add a CV, a cover letter or other files, or drop them on the window."));
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_tooltip_text (add, _ ("Add Files"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Add Files"), -1);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), add);
}

void
shortlist_attachments_group_set_draft (ShortlistAttachmentsGroup *self,
                                       KomboCandidateDraft       *draft)
{
  g_return_if_fail (SHORTLIST_IS_ATTACHMENTS_GROUP (self));

  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_data (kombo_candidate_draft_get_attachments (self->draft), self);
  g_set_object (&self->draft, draft);
  if (draft != NULL)
    g_signal_connect_object (kombo_candidate_draft_get_attachments (draft), "items-changed",
                             G_CALLBACK (attachments_changed_cb), self, G_CONNECT_SWAPPED);
  attachments_changed_cb (self, 0, self->rows->len, draft ? g_list_model_get_n_items (attachments (self)) : 0);
}

/* @restrictions: (nullable): what the integration's ATS accepts, when it can say */
void
shortlist_attachments_group_set_restrictions (ShortlistAttachmentsGroup   *self,
                                              KomboAttachmentRestrictions *restrictions)
{
  g_return_if_fail (SHORTLIST_IS_ATTACHMENTS_GROUP (self));

  g_set_object (&self->restrictions, restrictions);
  check (self);
}

/**
 * shortlist_attachments_group_get_field:
 *
 * Returns: (nullable): the row of `attachments[N]` (and anything below it, such as
 *   `attachments[1].content_type`), or the group for `attachments` itself
 */
GtkWidget *
shortlist_attachments_group_get_field (ShortlistAttachmentsGroup *self,
                                       const char                *path)
{
  guint index;

  g_return_val_if_fail (SHORTLIST_IS_ATTACHMENTS_GROUP (self), NULL);

  if (g_strcmp0 (path, "attachments") == 0)
    return GTK_WIDGET (self);
  if (path != NULL && sscanf (path, "attachments[%u]", &index) == 1)
    return index < self->rows->len ? self->rows->pdata[index] : GTK_WIDGET (self);
  return NULL;
}
