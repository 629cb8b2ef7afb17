/* kombo-attachment-restrictions.c: what an integration's ATS accepts as attachments */
#define G_LOG_DOMAIN "kombo-attachment-restrictions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kombo-attachment-restrictions.h"
#include "kombo-json.h"
#include "kombo-attachment-restrictions-private.h"
#include "kombo-violation.h"

#define N_TYPES 3

typedef struct
{
  gboolean supported;
  gint64   max_file_size;  /* -1: no limit */
  gint64   max_amount;     /* -1: no limit */
  char   **accepted_types; /* NULL: any */
} TypeRule;

struct _KomboAttachmentRestrictions
{
  GObject parent_instance;

  gint64   total_size;
  TypeRule rules[N_TYPES];
};

G_DEFINE_FINAL_TYPE (KomboAttachmentRestrictions, kombo_attachment_restrictions, G_TYPE_OBJECT)

static void
kombo_attachment_restrictions_finalize (GObject *object)
{
  KomboAttachmentRestrictions *self = (KomboAttachmentRestrictions *) object;

  for (guint i = 0; i < N_TYPES; i++)
    g_strfreev (self->rules[i].accepted_types);

  G_OBJECT_CLASS (kombo_attachment_restrictions_parent_class)->finalize (object);
}

static void
kombo_attachment_restrictions_class_init (KomboAttachmentRestrictionsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kombo_attachment_restrictions_finalize;
}

static void
kombo_attachment_restrictions_init (KomboAttachmentRestrictions *self)
{
  self->total_size = -1;
  for (guint i = 0; i < N_TYPES; i++)
    {
      self->rules[i].supported = TRUE;
      self->rules[i].max_file_size = -1;
      self->rules[i].max_amount = -1;
    }
}

/* An answer of null restrictions means the ATS states none: everything is allowed */
KomboAttachmentRestrictions *
kombo_attachment_restrictions_new_from_json (JsonObject *data)
{
  static const char           *names[N_TYPES] = { "CV", "COVER_LETTER", "OTHER" };
  KomboAttachmentRestrictions *self = g_object_new (KOMBO_TYPE_ATTACHMENT_RESTRICTIONS, NULL);
  JsonObject                  *restrictions = kombo_json_get_object (data, "attachment_restrictions");
  JsonObject                  *types = kombo_json_get_object (restrictions, "types");

  if (restrictions == NULL)
    return self;

  self->total_size = kombo_json_get_int (restrictions, "total_size_bytes", -1);

  for (guint i = 0; i < N_TYPES; i++)
    {
      JsonObject *rule = kombo_json_get_object (types, names[i]);

      if (rule == NULL)
        continue;
      self->rules[i].supported = kombo_json_get_boolean (rule, "is_supported", TRUE);
      self->rules[i].max_file_size = kombo_json_get_int (rule, "max_file_size_bytes", -1);
      self->rules[i].max_amount = kombo_json_get_int (rule, "max_amount", -1);
      self->rules[i].accepted_types = kombo_json_dup_strv (rule, "accepted_mime_types");
      if (self->rules[i].accepted_types != NULL && self->rules[i].accepted_types[0] == NULL)
        g_clear_pointer (&self->rules[i].accepted_types, g_strfreev);
    }

  return self;
}

/* Returns: the most all attachments together may weigh, in bytes, or -1 */
gint64
kombo_attachment_restrictions_get_total_size (KomboAttachmentRestrictions *self)
{
  g_return_val_if_fail (KOMBO_IS_ATTACHMENT_RESTRICTIONS (self), -1);
  return self->total_size;
}

gboolean
kombo_attachment_restrictions_is_supported (KomboAttachmentRestrictions *self,
                                            KomboAttachmentType          type)
{
  g_return_val_if_fail (KOMBO_IS_ATTACHMENT_RESTRICTIONS (self), FALSE);
  g_return_val_if_fail (type < N_TYPES, FALSE);
  return self->rules[type].supported;
}

gint64
kombo_attachment_restrictions_get_max_file_size (KomboAttachmentRestrictions *self,
                                                 KomboAttachmentType          type)
{
  g_return_val_if_fail (KOMBO_IS_ATTACHMENT_RESTRICTIONS (self), -1);
  g_return_val_if_fail (type < N_TYPES, -1);
  return self->rules[type].max_file_size;
}

gint64
kombo_attachment_restrictions_get_max_amount (KomboAttachmentRestrictions *self,
                                              KomboAttachmentType          type)
{
  g_return_val_if_fail (KOMBO_IS_ATTACHMENT_RESTRICTIONS (self), -1);
  g_return_val_if_fail (type < N_TYPES, -1);
  return self->rules[type].max_amount;
}

const char *const *
kombo_attachment_restrictions_get_accepted_types (KomboAttachmentRestrictions *self,
                                                  KomboAttachmentType          type)
{
  g_return_val_if_fail (KOMBO_IS_ATTACHMENT_RESTRICTIONS (self), NULL);
  g_return_val_if_fail (type < N_TYPES, NULL);
  return (const char *const *) self->rules[type].accepted_types;
}

/**
 * kombo_attachment_restrictions_check:
 * @attachments: (element-type KomboAttachment): the attachments about to be sent
 *
 * Returns: (transfer full) (element-type KomboViolation): every restriction @attachments
 *   break, at the paths kombo_candidate_validate() uses
 */
GPtrArray *
kombo_attachment_restrictions_check (KomboAttachmentRestrictions *self,
                                     GListModel                  *attachments)
{
  GPtrArray *violations = g_ptr_array_new_with_free_func ((GDestroyNotify) kombo_violation_free);
  guint      counts[N_TYPES] = {
         0,
  };
  gint64 total = 0;
  guint  n = g_list_model_get_n_items (attachments);

  g_return_val_if_fail (KOMBO_IS_ATTACHMENT_RESTRICTIONS (self), violations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KomboAttachment) attachment = g_list_model_get_item (attachments, i);
      KomboAttachmentType type = kombo_attachment_get_attachment_type (attachment);
      const TypeRule     *rule = &self->rules[type];
      const char         *name = kombo_attachment_get_name (attachment);
      goffset             size = kombo_attachment_get_size (attachment);
      g_autofree char    *path = g_strdup_printf ("attachments[%u]", i);

      counts[type]++;
      total += size;

      if (!rule->supported)
        {
          kombo_violations_add (violations, path,
                                /* TRANSLATORS: %s is a file name */
                                _ ("This applicant tracking system does not accept “%s” as this kind of document. Choose another kind."),
                                name);
          continue;
        }

      if (rule->max_file_size >= 0 && size > rule->max_file_size)
        {
          g_autofree char *size_text = g_format_size (size);
          g_autofree char *limit_text = g_format_size (rule->max_file_size);

          kombo_violations_add (violations, path,
                                /* TRANSLATORS: a file name, its size and the largest size allowed */
                                _ ("“%s” is %s; this applicant tracking system accepts at most %s."),
                                name, size_text, limit_text);
        }

      if (rule->accepted_types != NULL &&
          !g_strv_contains ((const char *const *) rule->accepted_types,
                            kombo_attachment_get_content_type (attachment)))
        {
          g_autofree char *accepted = g_strjoinv (", ", rule->accepted_types);

          kombo_violations_add (violations, path,
                                /* TRANSLATORS: a file name, then a list of content types */
                                _ ("“%s” is not of a type this applicant tracking system accepts (%s)."),
                                name, accepted);
        }

      if (rule->max_amount >= 0 && counts[type] > rule->max_amount)
        kombo_violations_add (violations, path,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "This applicant tracking system accepts only %u document of this kind.",
                                           "This applicant tracking system accepts only %u documents of this kind.",
                                           (gulong) rule->max_amount),
                              (guint) rule->max_amount);
    }

  if (self->total_size >= 0 && total > self->total_size)
    {
      g_autofree char *size_text = g_format_size (total);
      g_autofree char *limit_text = g_format_size (self->total_size);

      kombo_violations_add (violations, "attachments",
                            /* TRANSLATORS: the total size of the files, and the largest total allowed */
                            _ ("The attachments add up to %s; this applicant tracking system accepts at most %s in all."),
                            size_text, limit_text);
    }

  return violations;
}
