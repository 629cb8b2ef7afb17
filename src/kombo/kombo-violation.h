/* kombo-violation.h: one broken rule of a request, with the field it concerns */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KOMBO_TYPE_VIOLATION (kombo_violation_get_type ())

/**
 * KomboViolation:
 * @path: the JSON path of the field, e.g. `candidate.location.country` or `attachments[1].content_type`
 * @message: a translated sentence a person can act on
 */
typedef struct
{
  char *path;
  char *message;
} KomboViolation;

GType           kombo_violation_get_type (void) G_GNUC_CONST;
KomboViolation *kombo_violation_new      (const char           *path,
                                          const char           *message);
KomboViolation *kombo_violation_copy     (const KomboViolation *self);
void            kombo_violation_free     (KomboViolation       *self);

void            kombo_violations_add     (GPtrArray            *violations,
                                          const char           *path,
                                          const char           *format,
                                          ...) G_GNUC_PRINTF (3, 4);
const char     *kombo_violations_lookup  (GPtrArray            *violations,
                                          const char           *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KomboViolation, kombo_violation_free)

G_END_DECLS
