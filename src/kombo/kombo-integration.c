/* kombo-integration.c: one customer's ATS connected through Kombo */
#define G_LOG_DOMAIN "kombo-integration"

#include "config.h"

#include <string.h>

#include "kombo-integration.h"
#include "kombo-json.h"
#include "kombo-integration-private.h"

struct _KomboIntegration
{
  GObject parent_instance;

  char *id;
  char *tool_id;
  char *tool_label;
  char *icon_url;
  char *status;
  char *setup_status;
  char *organization_name;
};

G_DEFINE_FINAL_TYPE (KomboIntegration, kombo_integration, G_TYPE_OBJECT)

static void
kombo_integration_finalize (GObject *object)
{
  KomboIntegration *self = (KomboIntegration *) object;

  g_free (self->id);
  g_free (self->tool_id);
  g_free (self->tool_label);
  g_free (self->icon_url);
  g_free (self->status);
  g_free (self->setup_status);
  g_free (self->organization_name);

  G_OBJECT_CLASS (kombo_integration_parent_class)->finalize (object);
}

static void
kombo_integration_class_init (KomboIntegrationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kombo_integration_finalize;
}

static void
kombo_integration_init (KomboIntegration *self)
{
}

/**
 * kombo_integration_id_is_valid:
 *
 * Returns: whether @id has the form of an integration id, "tool:id", such as
 *   greenhouse:8d1hpPsbjxUkoCoa1veLZGe5
 */
gboolean
kombo_integration_id_is_valid (const char *id)
{
  const char *colon = id ? strchr (id, ':') : NULL;

  return colon != NULL && colon != id && colon[1] != '\0' && strpbrk (id, " \t\n/?#") == NULL;
}

/* The tool's part of "tool:id" says which ATS, when Kombo has not said it (yet) */
static void
fill_in_tool (KomboIntegration *self)
{
  if (self->tool_id == NULL && kombo_integration_id_is_valid (self->id))
    self->tool_id = g_strndup (self->id, strchr (self->id, ':') - self->id);
  if (self->tool_label == NULL)
    self->tool_label = g_strdup (self->tool_id);
}

KomboIntegration *
kombo_integration_new_from_json (JsonObject *object)
{
  KomboIntegration *self;
  const char       *id = kombo_json_get_string (object, "id");
  JsonObject       *tool = kombo_json_get_object (object, "tool");

  if (id == NULL)
    return NULL;

  self = g_object_new (KOMBO_TYPE_INTEGRATION, NULL);
  self->id = g_strdup (id);
  self->tool_id = kombo_json_dup_string (tool, "id");
  self->tool_label = kombo_json_dup_string (tool, "label");
  self->icon_url = kombo_json_dup_string (tool, "icon_url");
  self->status = kombo_json_dup_string (object, "status");
  self->setup_status = kombo_json_dup_string (object, "setup_status");
  self->organization_name = kombo_json_dup_string (kombo_json_get_object (object, "end_user"),
                                                   "organization_name");

  fill_in_tool (self);
  return self;
}

/**
 * kombo_integration_new:
 *
 * An integration known from an earlier check, before it is checked again: its status is
 * unknown.
 */
KomboIntegration *
kombo_integration_new (const char *id,
                       const char *tool_label,
                       const char *organization_name)
{
  KomboIntegration *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (KOMBO_TYPE_INTEGRATION, NULL);
  self->id = g_strdup (id);
  self->tool_label = g_strdup (tool_label && *tool_label ? tool_label : NULL);
  self->organization_name = g_strdup (organization_name && *organization_name ? organization_name : NULL);
  fill_in_tool (self);
  return self;
}

const char *
kombo_integration_get_id (KomboIntegration *self)
{
  g_return_val_if_fail (KOMBO_IS_INTEGRATION (self), NULL);
  return self->id;
}

const char *
kombo_integration_get_tool_id (KomboIntegration *self)
{
  g_return_val_if_fail (KOMBO_IS_INTEGRATION (self), NULL);
  return self->tool_id;
}

/* Returns: the ATS's name, e.g. "Greenhouse" */
const char *
kombo_integration_get_tool_label (KomboIntegration *self)
{
  g_return_val_if_fail (KOMBO_IS_INTEGRATION (self), NULL);
  return self->tool_label;
}

const char *
kombo_integration_get_icon_url (KomboIntegration *self)
{
  g_return_val_if_fail (KOMBO_IS_INTEGRATION (self), NULL);
  return self->icon_url;
}

/* Returns: ACTIVE, INVALID, INACTIVE or a status this version does not know */
const char *
kombo_integration_get_status (KomboIntegration *self)
{
  g_return_val_if_fail (KOMBO_IS_INTEGRATION (self), NULL);
  return self->status;
}

/* Returns: INCOMPLETE, FINAL_SYNC_PENDING, COMPLETED or a status this version does not know */
const char *
kombo_integration_get_setup_status (KomboIntegration *self)
{
  g_return_val_if_fail (KOMBO_IS_INTEGRATION (self), NULL);
  return self->setup_status;
}

const char *
kombo_integration_get_organization_name (KomboIntegration *self)
{
  g_return_val_if_fail (KOMBO_IS_INTEGRATION (self), NULL);
  return self->organization_name;
}

/* Whether work sent to this integration can reach the ATS now */
gboolean
kombo_integration_is_usable (KomboIntegration *self)
{
  g_return_val_if_fail (KOMBO_IS_INTEGRATION (self), FALSE);
  return g_strcmp0 (self->status, "ACTIVE") == 0 &&
         (self->setup_status == NULL || g_strcmp0 (self->setup_status, "COMPLETED") == 0);
}
