/* shortlist-note-group.h: a note for the client's team: plain text, and who may see it where the ATS says */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SHORTLIST_TYPE_NOTE_GROUP (shortlist_note_group_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistNoteGroup, shortlist_note_group, SHORTLIST, NOTE_GROUP, AdwPreferencesGroup)

GtkWidget   *shortlist_note_group_new (void);
const char  *shortlist_note_group_get_text (ShortlistNoteGroup *self);
void         shortlist_note_group_set_text (ShortlistNoteGroup *self,
                                            const char         *text);
const char  *shortlist_note_group_get_visibility (ShortlistNoteGroup *self);
void         shortlist_note_group_set_visibility (ShortlistNoteGroup *self,
                                                  const char         *visibility);
void         shortlist_note_group_set_visibility_offered (ShortlistNoteGroup *self,
                                                          gboolean            offered);
GtkTextView *shortlist_note_group_get_view (ShortlistNoteGroup *self);

G_END_DECLS
