/* kombo-stage.h: a stage of a job's hiring process */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KOMBO_TYPE_STAGE (kombo_stage_get_type ())

G_DECLARE_FINAL_TYPE (KomboStage, kombo_stage, KOMBO, STAGE, GObject)

const char *kombo_stage_get_id    (KomboStage *self);
const char *kombo_stage_get_name  (KomboStage *self);
gint64      kombo_stage_get_index (KomboStage *self);

G_END_DECLS
