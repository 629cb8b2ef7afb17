/* shortlist-sandbox.h: shuts a process off from everything but what it was handed */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean shortlist_sandbox_contain (GError **error);

G_END_DECLS
