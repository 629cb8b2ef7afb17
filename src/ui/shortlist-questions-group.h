/* shortlist-questions-group.h: the chosen job's screening questions, each asked when its condition holds */
#pragma once

#include <adwaita.h>

#include "kombo.h"

G_BEGIN_DECLS

#define SHORTLIST_TYPE_QUESTIONS_GROUP (shortlist_questions_group_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistQuestionsGroup, shortlist_questions_group, SHORTLIST, QUESTIONS_GROUP, AdwPreferencesGroup)

void       shortlist_questions_group_set_draft (ShortlistQuestionsGroup *self,
                                                KomboCandidateDraft     *draft);
GtkWidget *shortlist_questions_group_get_field (ShortlistQuestionsGroup *self,
                                                const char              *path);

G_END_DECLS
