/* kombo-integration.h: one customer's ATS connected through Kombo */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KOMBO_TYPE_INTEGRATION (kombo_integration_get_type ())

G_DECLARE_FINAL_TYPE (KomboIntegration, kombo_integration, KOMBO, INTEGRATION, GObject)

KomboIntegration *kombo_integration_new            (const char       *id,
                                                     const char       *tool_label,
                                                     const char       *organization_name);
const char *kombo_integration_get_id                (KomboIntegration *self);
const char *kombo_integration_get_tool_id           (KomboIntegration *self);
const char *kombo_integration_get_tool_label        (KomboIntegration *self);
const char *kombo_integration_get_icon_url          (KomboIntegration *self);
const char *kombo_integration_get_status            (KomboIntegration *self);
const char *kombo_integration_get_setup_status      (KomboIntegration *self);
const char *kombo_integration_get_organization_name (KomboIntegration *self);
gboolean    kombo_integration_is_usable             (KomboIntegration *self);
gboolean    kombo_integration_id_is_valid           (const char       *id);

G_END_DECLS
