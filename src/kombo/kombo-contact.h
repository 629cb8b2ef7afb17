/* kombo-contact.h: one more email address, phone number or link of a candidate, as typed */
#pragma once

#include <glib-object.h>

#include "kombo-candidate.h"

G_BEGIN_DECLS

#define KOMBO_TYPE_CONTACT (kombo_contact_get_type ())

G_DECLARE_FINAL_TYPE (KomboContact, kombo_contact, KOMBO, CONTACT, GObject)

KomboContact     *kombo_contact_new        (KomboContactType  kind,
                                            const char       *value);
KomboContactType  kombo_contact_get_kind   (KomboContact     *self);
void              kombo_contact_set_kind   (KomboContact     *self,
                                            KomboContactType  kind);
const char       *kombo_contact_get_value  (KomboContact     *self);
void              kombo_contact_set_value  (KomboContact     *self,
                                            const char       *value);

G_END_DECLS
