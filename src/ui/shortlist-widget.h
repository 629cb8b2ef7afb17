/* shortlist-widget.h: what Shortlist's widgets share: template disposal, removable rows, choices, rows synced to a list, paced a frame at a time, as they come near */
#pragma once

#include <adwaita.h>

#include "shortlist-accessible.h"

G_BEGIN_DECLS

void       shortlist_widget_dispose_template (GtkWidget *widget,
                                              GType      type);
void       shortlist_widget_set_tooltip_quietly (GtkWidget  *widget,
                                                 const char *text);
GtkWidget *shortlist_remove_button_new (GListStore *list,
                                        gpointer    item,
                                        const char *label);
GtkWidget *shortlist_row_label_new (const char *style);
void       shortlist_group_sync_rows (AdwPreferencesGroup *group,
                                      GPtrArray           *rows,
                                      GListModel          *model,
                                      guint                position,
                                      guint                removed,
                                      guint                added,
                                      GtkWidget *(*create) (gpointer item, gpointer user_data),
                                      gpointer user_data);
gboolean   shortlist_group_sync_rows_until (AdwPreferencesGroup *group,
                                            GPtrArray           *rows,
                                            GListModel          *model,
                                            guint                position,
                                            guint                removed,
                                            guint                added,
                                            GtkWidget *(*create) (gpointer item, gpointer user_data),
                                            gpointer user_data,
                                            gint64   deadline,
                                            guint    at_least);

/* How long a frame can spend making rows: shortlist_pace_begin() */
typedef struct
{
  GdkFrameClock *clock;
  gulong         paint_id;
  gint64         started;   /* when this frame's rows began */
  gint64         made_at;   /* when they were made */
  gint64         making_us; /* how long a frame can spend making them */
} ShortlistPace;

int      shortlist_widget_natural_width (GtkWidget *widget);
int      shortlist_widget_height_for_width (GtkWidget *widget,
                                            int        width);
gboolean shortlist_scrolled_bounds (GtkWidget       *widget,
                                    graphene_rect_t *bounds,
                                    double          *top,
                                    double          *page);

gint64 shortlist_pace_begin (ShortlistPace *pace,
                             GdkFrameClock *clock);
void   shortlist_pace_end (ShortlistPace *pace);
void   shortlist_pace_clear (ShortlistPace *pace);

GtkWidget *shortlist_choice_new (const char        *context,
                                 const char *const *choices,
                                 const char        *label,
                                 gpointer           model,
                                 const char        *property);
GBinding  *shortlist_bind_selected (gpointer    model,
                                    const char *property,
                                    gpointer    widget);

/* The buttons, lists and choices a screen reader names: shortlist-accessible.h */

G_END_DECLS
