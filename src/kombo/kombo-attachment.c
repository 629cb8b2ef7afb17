/* kombo-attachment.c: a file to send with a candidate, as a CV, cover letter or other document */
#define G_LOG_DOMAIN "kombo-attachment"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kombo-attachment.h"
#include "kombo-enums.h"
#include "kombo-error.h"
#include "kombo-util.h"

struct _KomboAttachment
{
  GObject parent_instance;

  GFile              *file;
  char               *name;
  char               *content_type;
  goffset             size;
  KomboAttachmentType type;
};

G_DEFINE_FINAL_TYPE (KomboAttachment, kombo_attachment, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_FILE,
  PROP_NAME,
  PROP_CONTENT_TYPE,
  PROP_SIZE,
  PROP_ATTACHMENT_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kombo_attachment_finalize (GObject *object)
{
  KomboAttachment *self = (KomboAttachment *) object;

  g_clear_object (&self->file);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->content_type, g_free);

  G_OBJECT_CLASS (kombo_attachment_parent_class)->finalize (object);
}

static void
kombo_attachment_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KomboAttachment *self = KOMBO_ATTACHMENT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_CONTENT_TYPE:
      g_value_set_string (value, self->content_type);
      break;
    case PROP_SIZE:
      g_value_set_int64 (value, self->size);
      break;
    case PROP_ATTACHMENT_TYPE:
      g_value_set_enum (value, self->type);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kombo_attachment_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KomboAttachment *self = KOMBO_ATTACHMENT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_CONTENT_TYPE:
      kombo_attachment_set_content_type (self, g_value_get_string (value));
      break;
    case PROP_SIZE:
      self->size = g_value_get_int64 (value);
      break;
    case PROP_ATTACHMENT_TYPE:
      kombo_attachment_set_attachment_type (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kombo_attachment_class_init (KomboAttachmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kombo_attachment_finalize;
  object_class->get_property = kombo_attachment_get_property;
  object_class->set_property = kombo_attachment_set_property;

  properties[PROP_FILE] =
      g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
      g_param_spec_string ("name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTENT_TYPE] =
      g_param_spec_string ("content-type", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIZE] =
      g_param_spec_int64 ("size", NULL, NULL, 0, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ATTACHMENT_TYPE] =
      g_param_spec_enum ("attachment-type", NULL, NULL,
                         KOMBO_TYPE_ATTACHMENT_TYPE, KOMBO_ATTACHMENT_CV,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kombo_attachment_init (KomboAttachment *self)
{
}

KomboAttachment *
kombo_attachment_new (GFile              *file,
                      const char         *name,
                      const char         *content_type,
                      goffset             size,
                      KomboAttachmentType type)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (KOMBO_TYPE_ATTACHMENT,
                       "file", file,
                       "name", name,
                       "content-type", content_type,
                       "size", (gint64) size,
                       "attachment-type", type,
                       NULL);
}

static void
query_info_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GFile *file = G_FILE (object);
  g_autoptr (GTask) task = user_data;
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *mime_type = NULL;
  const char      *content_type;

  info = g_file_query_info_finish (file, result, &error);
  if (info == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        {
          g_autofree char *name = g_file_get_parse_name (file);

          /* TRANSLATORS: the first %s is a file name, the second why it could not be read */
          g_task_return_new_error (task, KOMBO_ERROR, KOMBO_ERROR_FILE,
                                   _ ("Cannot read “%s”: %s"), name, error->message);
        }
      return;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_task_return_new_error (task, KOMBO_ERROR, KOMBO_ERROR_FILE,
                               _ ("“%s” is not a file that can be attached."),
                               g_file_info_get_display_name (info));
      return;
    }

  content_type = g_file_info_get_content_type (info);
  if (content_type != NULL)
    mime_type = g_content_type_get_mime_type (content_type);

  g_task_return_pointer (task,
                         kombo_attachment_new (file,
                                               g_file_info_get_display_name (info),
                                               mime_type,
                                               g_file_info_get_size (info),
                                               GPOINTER_TO_INT (g_task_get_task_data (task))),
                         g_object_unref);
}

/**
 * kombo_attachment_new_for_file_async:
 *
 * Reads the name, size and content type of @file; the content type is guessed by GIO from
 * the name and the first bytes, as a file manager would.
 */
void
kombo_attachment_new_for_file_async (GFile              *file,
                                     KomboAttachmentType type,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, kombo_attachment_new_for_file_async);
  g_task_set_task_data (task, GINT_TO_POINTER (type), NULL);

  g_file_query_info_async (file,
                           G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME "," G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT, cancellable,
                           query_info_cb, g_steal_pointer (&task));
}

KomboAttachment *
kombo_attachment_new_for_file_finish (GAsyncResult *result,
                                      GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GFile *
kombo_attachment_get_file (KomboAttachment *self)
{
  g_return_val_if_fail (KOMBO_IS_ATTACHMENT (self), NULL);
  return self->file;
}

const char *
kombo_attachment_get_name (KomboAttachment *self)
{
  g_return_val_if_fail (KOMBO_IS_ATTACHMENT (self), NULL);
  return self->name;
}

const char *
kombo_attachment_get_content_type (KomboAttachment *self)
{
  g_return_val_if_fail (KOMBO_IS_ATTACHMENT (self), NULL);
  return self->content_type;
}

void
kombo_attachment_set_content_type (KomboAttachment *self,
                                   const char      *content_type)
{
  g_return_if_fail (KOMBO_IS_ATTACHMENT (self));

  if (kombo_set_str (&self->content_type, content_type))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT_TYPE]);
}

goffset
kombo_attachment_get_size (KomboAttachment *self)
{
  g_return_val_if_fail (KOMBO_IS_ATTACHMENT (self), 0);
  return self->size;
}

KomboAttachmentType
kombo_attachment_get_attachment_type (KomboAttachment *self)
{
  g_return_val_if_fail (KOMBO_IS_ATTACHMENT (self), KOMBO_ATTACHMENT_OTHER);
  return self->type;
}

void
kombo_attachment_set_attachment_type (KomboAttachment    *self,
                                      KomboAttachmentType type)
{
  g_return_if_fail (KOMBO_IS_ATTACHMENT (self));

  if (self->type != type)
    {
      self->type = type;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTACHMENT_TYPE]);
    }
}

/* The length of the base64 text of the file, which is what travels */
goffset
kombo_attachment_get_encoded_size (KomboAttachment *self)
{
  g_return_val_if_fail (KOMBO_IS_ATTACHMENT (self), 0);
  return (self->size + 2) / 3 * 4;
}

const char *
kombo_attachment_type_to_string (KomboAttachmentType type)
{
  switch (type)
    {
    case KOMBO_ATTACHMENT_CV:
      return "CV";
    case KOMBO_ATTACHMENT_COVER_LETTER:
      return "COVER_LETTER";
    case KOMBO_ATTACHMENT_OTHER:
    default:
      return "OTHER";
    }
}
