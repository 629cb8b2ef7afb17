/* shortlist-widget.h: what Shortlist's widgets share: template disposal, removable rows, bindings */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       shortlist_widget_dispose_template (GtkWidget *widget,
                                              GType      type);
GtkWidget *shortlist_remove_button_new (GListStore *list,
                                        gpointer    item,
                                        const char *label);
void       shortlist_group_sync_rows (AdwPreferencesGroup *group,
                                      GPtrArray           *rows,
                                      GListModel          *model,
                                      guint                position,
                                      guint                removed,
                                      guint                added,
                                      GtkWidget *(*create) (gpointer item, gpointer user_data),
                                      gpointer user_data);
GtkWidget *shortlist_choice_new (const char        *context,
                                 const char *const *choices,
                                 const char        *label,
                                 gpointer           model,
                                 const char        *property);
GBinding  *shortlist_bind_selected (gpointer    model,
                                    const char *property,
                                    gpointer    widget);

void shortlist_flow_buttons (GtkFlowBox *box);
void shortlist_name_lists (GtkWidget  *root,
                           const char *name);
void shortlist_name_button (GtkWidget  *widget,
                            const char *label);

G_END_DECLS
