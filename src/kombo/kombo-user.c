/* kombo-user.c: one of the ATS's users, as GET /ats/users lists them (for "Sourced by")
 *
 * A user is kept as the JSON Kombo answered, so that the store can keep the list as it keeps
 * the open jobs. Only the id is needed: an ATS may give a user no name or no address, and the
 * user is then shown by what there is.
 */
#define G_LOG_DOMAIN "kombo-user"

#include "config.h"

#include "kombo-json.h"
#include "kombo-user.h"
#include "kombo-util.h"

struct _KomboUser
{
  GObject parent_instance;

  char *id;
  char *remote_id;
  char *first_name;
  char *last_name;
  char *email;
  char *status;
};

G_DEFINE_FINAL_TYPE (KomboUser, kombo_user, G_TYPE_OBJECT)

static void
kombo_user_finalize (GObject *object)
{
  KomboUser *self = KOMBO_USER (object);

  g_free (self->id);
  g_free (self->remote_id);
  g_free (self->first_name);
  g_free (self->last_name);
  g_free (self->email);
  g_free (self->status);
  G_OBJECT_CLASS (kombo_user_parent_class)->finalize (object);
}

static void
kombo_user_class_init (KomboUserClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kombo_user_finalize;
}

static void
kombo_user_init (KomboUser *self)
{
}

/**
 * kombo_user_new_from_json:
 *
 * Returns: (transfer full) (nullable): the user, or %NULL when @object has no id
 */
KomboUser *
kombo_user_new_from_json (JsonObject *object)
{
  KomboUser       *self;
  g_autofree char *id = kombo_strdup_stripped (kombo_json_get_string (object, "id"));

  if (id == NULL)
    return NULL;
  self = g_object_new (KOMBO_TYPE_USER, NULL);
  self->id = g_steal_pointer (&id);
  self->remote_id = kombo_strdup_stripped (kombo_json_get_string (object, "remote_id"));
  self->first_name = kombo_strdup_stripped (kombo_json_get_string (object, "first_name"));
  self->last_name = kombo_strdup_stripped (kombo_json_get_string (object, "last_name"));
  self->email = kombo_strdup_stripped (kombo_json_get_string (object, "email"));
  self->status = kombo_strdup_stripped (kombo_json_get_string (object, "status"));
  return self;
}

static void
set_member (JsonObject *object,
            const char *member,
            const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, member, value);
  else
    json_object_set_null_member (object, member);
}

/* Returns: (transfer full): the user as Kombo lists it, to keep */
JsonObject *
kombo_user_to_json (KomboUser *self)
{
  JsonObject *object = json_object_new ();

  g_return_val_if_fail (KOMBO_IS_USER (self), object);

  set_member (object, "id", self->id);
  set_member (object, "remote_id", self->remote_id);
  set_member (object, "first_name", self->first_name);
  set_member (object, "last_name", self->last_name);
  set_member (object, "email", self->email);
  set_member (object, "status", self->status);
  return object;
}

const char *
kombo_user_get_id (KomboUser *self)
{
  g_return_val_if_fail (KOMBO_IS_USER (self), NULL);
  return self->id;
}

const char *
kombo_user_get_first_name (KomboUser *self)
{
  g_return_val_if_fail (KOMBO_IS_USER (self), NULL);
  return self->first_name;
}

const char *
kombo_user_get_last_name (KomboUser *self)
{
  g_return_val_if_fail (KOMBO_IS_USER (self), NULL);
  return self->last_name;
}

const char *
kombo_user_get_email (KomboUser *self)
{
  g_return_val_if_fail (KOMBO_IS_USER (self), NULL);
  return self->email;
}

/* Returns: (nullable): ACTIVE, INACTIVE or what the ATS said */
const char *
kombo_user_get_status (KomboUser *self)
{
  g_return_val_if_fail (KOMBO_IS_USER (self), NULL);
  return self->status;
}

/* Returns: (transfer full): the user's name, else their address, else their id */
char *
kombo_user_dup_display_name (KomboUser *self)
{
  g_return_val_if_fail (KOMBO_IS_USER (self), NULL);

  if (self->first_name != NULL || self->last_name != NULL)
    return kombo_dup_person_name (self->first_name, self->last_name);
  return g_strdup (self->email ? self->email : self->id);
}

static gboolean
contains (const char *haystack,
          const char *folded_needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, folded_needle) != NULL;
}

/* Returns: whether the user's name, address or id holds @search, case aside */
gboolean
kombo_user_matches (KomboUser  *self,
                    const char *search)
{
  g_autofree char *needle = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (KOMBO_IS_USER (self), FALSE);

  if (search == NULL || *search == '\0')
    return TRUE;
  needle = g_utf8_casefold (search, -1);
  name = kombo_user_dup_display_name (self);
  return contains (name, needle) || contains (self->email, needle) || contains (self->id, needle) ||
         contains (self->remote_id, needle);
}
