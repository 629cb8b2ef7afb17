/* kombo-candidate-draft-json.c: a draft as JSON, to keep it and to bring it back
 *
 * The form is Shortlist's own and versioned ("version": 1); only what was typed or chosen is
 * written. Files are kept by URI with their name, kind and size, so a draft comes back without
 * reading them; answers keep their GVariant type in GVariant's text form.
 */
#define G_LOG_DOMAIN "kombo-candidate-draft-json"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kombo-candidate-draft-private.h"
#include "kombo-enums.h"
#include "kombo-json.h"

#define DRAFT_VERSION 1

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  return found ? found->value_nick : NULL;
}

static int
enum_value (GType       type,
            const char *nick,
            int         fallback)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = nick ? g_enum_get_value_by_nick (klass, nick) : NULL;

  return found ? found->value : fallback;
}

static void
add_date (JsonBuilder *builder,
          const char  *member,
          GDateTime   *date)
{
  g_autofree char *text = NULL;

  if (date == NULL)
    return;
  text = g_date_time_format_iso8601 (date);
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, text);
}

static GDateTime *
get_date (JsonObject *object,
          const char *member)
{
  const char *text = kombo_json_get_string (object, member);

  return text ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
}

static void
add_contacts (JsonBuilder *builder,
              const char  *member,
              GListModel  *contacts)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr (KomboContact) contact = g_list_model_get_item (contacts, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, enum_nick (KOMBO_TYPE_CONTACT_TYPE, kombo_contact_get_kind (contact)));
      json_builder_set_member_name (builder, "value");
      json_builder_add_string_value (builder, kombo_contact_get_value (contact));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_file (JsonBuilder     *builder,
          KomboAttachment *file)
{
  g_autofree char *uri = g_file_get_uri (kombo_attachment_get_file (file));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "uri");
  json_builder_add_string_value (builder, uri);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, kombo_attachment_get_name (file));
  json_builder_set_member_name (builder, "content-type");
  json_builder_add_string_value (builder, kombo_attachment_get_content_type (file));
  json_builder_set_member_name (builder, "size");
  json_builder_add_int_value (builder, kombo_attachment_get_size (file));
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, enum_nick (KOMBO_TYPE_ATTACHMENT_TYPE, kombo_attachment_get_attachment_type (file)));
  json_builder_end_object (builder);
}

static KomboAttachment *
get_file (JsonNode *node)
{
  JsonObject *object = node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *uri = object ? kombo_json_get_string (object, "uri") : NULL;
  g_autoptr (GFile) file = NULL;

  if (uri == NULL)
    return NULL;
  file = g_file_new_for_uri (uri);
  return kombo_attachment_new (file, kombo_json_get_string (object, "name"),
                               kombo_json_get_string (object, "content-type"),
                               kombo_json_get_int (object, "size", 0),
                               enum_value (KOMBO_TYPE_ATTACHMENT_TYPE, kombo_json_get_string (object, "kind"),
                                           KOMBO_ATTACHMENT_OTHER));
}

/**
 * kombo_candidate_draft_serialize:
 *
 * Returns: (transfer full): everything typed and chosen in @self, for
 *   kombo_candidate_draft_deserialize()
 */
JsonNode *
kombo_candidate_draft_serialize (KomboCandidateDraft *self)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  GHashTableIter iter;
  gpointer       key, value;

  g_return_val_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, DRAFT_VERSION);

  json_builder_set_member_name (builder, "texts");
  json_builder_begin_object (builder);
  for (guint i = 0; i < KOMBO_CANDIDATE_DRAFT_N_TEXTS; i++)
    if (*self->texts[i] != '\0')
      {
        json_builder_set_member_name (builder, kombo_candidate_draft_text_names[i]);
        json_builder_add_string_value (builder, self->texts[i]);
      }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "gender");
  json_builder_add_string_value (builder, enum_nick (KOMBO_TYPE_GENDER, self->gender));
  json_builder_set_member_name (builder, "salary-period");
  json_builder_add_string_value (builder, enum_nick (KOMBO_TYPE_SALARY_PERIOD, self->salary_period));
  add_date (builder, "availability-date", self->availability_date);
  json_builder_set_member_name (builder, "consent");
  json_builder_add_boolean_value (builder, self->consent);
  add_date (builder, "consent-expires", self->consent_expires);

  add_contacts (builder, "emails", G_LIST_MODEL (self->emails));
  add_contacts (builder, "phones", G_LIST_MODEL (self->phones));
  add_contacts (builder, "links", G_LIST_MODEL (self->links));

  json_builder_set_member_name (builder, "attachments");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->attachments)); i++)
    {
      g_autoptr (KomboAttachment) attachment = g_list_model_get_item (G_LIST_MODEL (self->attachments), i);

      add_file (builder, attachment);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "answers");
  json_builder_begin_object (builder);
  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *text = g_variant_print (value, TRUE);

      json_builder_set_member_name (builder, key);
      json_builder_add_string_value (builder, text);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "files");
  json_builder_begin_object (builder);
  g_hash_table_iter_init (&iter, self->files);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      json_builder_set_member_name (builder, key);
      add_file (builder, value);
    }
  json_builder_end_object (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static void
get_contacts (JsonObject *object,
              const char *member,
              GListStore *contacts)
{
  JsonArray *array = kombo_json_get_array (object, member);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode   *node = json_array_get_element (array, i);
      JsonObject *item = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      g_autoptr (KomboContact) contact = NULL;

      if (item == NULL)
        continue;
      contact = kombo_contact_new (enum_value (KOMBO_TYPE_CONTACT_TYPE, kombo_json_get_string (item, "kind"),
                                               KOMBO_CONTACT_PERSONAL),
                                   kombo_json_get_string (item, "value"));
      g_list_store_append (contacts, contact);
    }
}

static void
restore_answer (JsonObject *answers,
                const char *question_id,
                JsonNode   *node,
                gpointer    user_data)
{
  const char *text = kombo_json_get_string (answers, question_id);
  GVariant   *answer = text ? g_variant_parse (NULL, text, NULL, NULL, NULL) : NULL;

  if (answer != NULL)
    kombo_candidate_draft_set_answer (user_data, question_id, answer);
}

static void
restore_file (JsonObject *files,
              const char *question_id,
              JsonNode   *node,
              gpointer    user_data)
{
  g_autoptr (KomboAttachment) file = get_file (node);

  if (file != NULL)
    kombo_candidate_draft_set_file_answer (user_data, question_id, file);
}

/**
 * kombo_candidate_draft_deserialize:
 * @node: what kombo_candidate_draft_serialize() wrote
 *
 * Replaces everything in @self with what @node holds. The job is known by its ID only, until
 * it is set again from the integration's list of jobs; answers wait for it.
 *
 * Returns: %FALSE if @node is not a draft this version can read; @self is then unchanged
 */
gboolean
kombo_candidate_draft_deserialize (KomboCandidateDraft *self,
                                   JsonNode            *node,
                                   GError             **error)
{
  JsonObject *object = node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  JsonObject *texts;
  JsonObject *answers;
  JsonObject *files;
  JsonArray  *attachments;

  g_return_val_if_fail (KOMBO_IS_CANDIDATE_DRAFT (self), FALSE);

  if (object == NULL || kombo_json_get_int (object, "version", 0) != DRAFT_VERSION)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _ ("This draft was written by another version of Shortlist and cannot be read."));
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (self));
  kombo_candidate_draft_clear (self);
  kombo_candidate_draft_set_job (self, NULL);

  texts = kombo_json_get_object (object, "texts");
  for (guint i = 0; i < KOMBO_CANDIDATE_DRAFT_N_TEXTS; i++)
    kombo_candidate_draft_set_text (self, kombo_candidate_draft_text_names[i],
                                    texts ? kombo_json_get_string (texts, kombo_candidate_draft_text_names[i]) : NULL);

  {
    g_autoptr (GDateTime) availability = get_date (object, "availability-date");
    g_autoptr (GDateTime) expires = get_date (object, "consent-expires");

    g_object_set (self,
                  "gender", enum_value (KOMBO_TYPE_GENDER, kombo_json_get_string (object, "gender"), KOMBO_GENDER_UNSET),
                  "salary-period", enum_value (KOMBO_TYPE_SALARY_PERIOD, kombo_json_get_string (object, "salary-period"), KOMBO_SALARY_PERIOD_UNSET),
                  "availability-date", availability,
                  "consent", kombo_json_get_boolean (object, "consent", FALSE),
                  "consent-expires", expires,
                  NULL);
  }

  get_contacts (object, "emails", self->emails);
  get_contacts (object, "phones", self->phones);
  get_contacts (object, "links", self->links);

  attachments = kombo_json_get_array (object, "attachments");
  for (guint i = 0; attachments != NULL && i < json_array_get_length (attachments); i++)
    {
      g_autoptr (KomboAttachment) attachment = get_file (json_array_get_element (attachments, i));

      if (attachment != NULL)
        g_list_store_append (self->attachments, attachment);
    }

  answers = kombo_json_get_object (object, "answers");
  if (answers != NULL)
    json_object_foreach_member (answers, restore_answer, self);
  files = kombo_json_get_object (object, "files");
  if (files != NULL)
    json_object_foreach_member (files, restore_file, self);

  g_object_thaw_notify (G_OBJECT (self));
  return TRUE;
}
