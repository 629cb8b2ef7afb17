/* shortlist-compat.h: calls whose GTK API changed after 4.8, in one place for both sides
 *
 * Shortlist is built for Debian 12 (GTK 4.8, libadwaita 1.2) and for the GNOME runtime (GTK
 * 4.24, libadwaita 1.10). What differs between the two is chosen here and in the .ui files
 * shortlist-compat.c names, so that no other file asks which toolkit it is built against.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The preferences are a dialog inside the window from libadwaita 1.5, a window before */
#if ADW_CHECK_VERSION(1, 5, 0)
#define SHORTLIST_TYPE_PREFERENCES_PARENT ADW_TYPE_PREFERENCES_DIALOG
typedef AdwPreferencesDialog      ShortlistPreferencesParent;
typedef AdwPreferencesDialogClass ShortlistPreferencesParentClass;
#else
#define SHORTLIST_TYPE_PREFERENCES_PARENT ADW_TYPE_PREFERENCES_WINDOW
typedef AdwPreferencesWindow      ShortlistPreferencesParent;
typedef AdwPreferencesWindowClass ShortlistPreferencesParentClass;
#endif
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ShortlistPreferencesParent, g_object_unref)

void        shortlist_preferences_add_page (GtkWidget          *preferences,
                                            AdwPreferencesPage *page);
void        shortlist_preferences_add_toast (GtkWidget *preferences,
                                             AdwToast  *toast);
void        shortlist_preferences_show_page (GtkWidget  *preferences,
                                             const char *name);
void        shortlist_present_dialog (GtkWidget *dialog,
                                      GtkWidget *parent);
void        shortlist_close_dialog (GtkWidget *dialog);
GtkWidget  *shortlist_about_new (const char *first_property_name,
                                 ...) G_GNUC_NULL_TERMINATED;
void        shortlist_show_shortcuts (GtkApplicationWindow *window);
void        shortlist_calendar_select (GtkCalendar *calendar,
                                       GDateTime   *date);
const char *shortlist_window_template (void);
gboolean    shortlist_window_title_get_narrow (GtkWidget *title);
void        shortlist_window_title_watch_narrow (GtkWidget *title,
                                                 GCallback  callback,
                                                 gpointer   user_data);
void        shortlist_window_title_set_switcher (GtkWidget *title,
                                                 gboolean   enabled);
void        shortlist_window_title_set_subtitle (GtkWidget  *title,
                                                 const char *subtitle);

#define SHORTLIST_TYPE_SPINNER (shortlist_spinner_get_type ())

G_DECLARE_FINAL_TYPE (ShortlistSpinner, shortlist_spinner, SHORTLIST, SPINNER, GtkWidget)

GtkWidget *shortlist_spinner_new (void);

void       shortlist_choose_files (GtkWidget          *parent,
                                   const char         *title,
                                   const char         *accept_label,
                                   gboolean            documents,
                                   gboolean            multiple,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data);
GPtrArray *shortlist_choose_files_finish (GAsyncResult *result);
void       shortlist_confirm_async (GtkWidget          *parent,
                                    const char         *heading,
                                    const char         *body,
                                    const char         *keep_label,
                                    const char         *confirm_label,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data);
gboolean   shortlist_confirm_finish (GAsyncResult *result);
void       shortlist_show_uri (GtkWidget  *parent,
                               const char *uri);

AdwToast  *shortlist_toast_new (const char *text);
void       shortlist_status_page_set_text (AdwStatusPage *page,
                                           const char    *text);
void       shortlist_banner_set_title (GtkWidget  *banner,
                                       const char *title);
GtkWidget *shortlist_banner_new (const char *title,
                                 const char *button_label,
                                 const char *action_name);

G_END_DECLS
