/* ui-test-util.h: driving Shortlist's real widgets against the fake Kombo server */
#pragma once

#include <adwaita.h>

#include "shortlist-account.h"
#include "shortlist-window.h"
#include "account-test-util.h"
#include "test-util.h"

G_BEGIN_DECLS

void        ui_test_init (int    *argc,
                          char ***argv);
char       *ui_test_dup_jobs_answer (void);
void        ui_test_wait_for (gboolean (*done) (gpointer data),
                              gpointer    data,
                              const char *what);
void        ui_test_wait_for_requests (FakeKombo *fake,
                                       guint      n);
void        ui_test_wait_frames (GtkWidget *window,
                                 guint      n);
void        ui_test_destroy_window (GtkWindow *window,
                                    ...) G_GNUC_NULL_TERMINATED;
GtkWidget  *ui_test_find_row (GtkWidget  *root,
                              const char *title);
GtkWidget  *ui_test_find_group (GtkWidget  *root,
                                const char *title);
GtkWidget  *ui_test_find_descendant (GtkWidget *root,
                                     GType      type,
                                     guint      nth);
GtkWidget  *ui_test_find_label (GtkWidget  *root,
                                const char *text);
void        ui_test_wait_for_form (GtkWidget *root);
void        ui_test_wait_for_label (GtkWidget  *root,
                                    const char *text);
GtkWidget  *ui_test_find_shown_label (GtkWidget  *root,
                                      const char *text);
GtkWidget  *ui_test_child (GtkWidget  *widget,
                           GType       type,
                           const char *name);
const char *ui_test_row_error (GtkWidget *row);
gboolean    ui_test_is_shown (GtkWidget *widget);
GtkWidget  *ui_test_find_dialog (void);
GtkWidget  *ui_test_find_text (GtkWidget  *root,
                               const char *text);
GtkWidget  *ui_test_find_button (GtkWidget  *root,
                                 const char *label);

/* Text from a server or a file that would be live markup if it were taken as such */
#define UI_TEST_HOSTILE_TEXT "R&D <b>down</b> <a href=\"file:///etc/passwd\">x</a>"
GtkWidget *ui_test_find_tooltip (GtkWidget  *root,
                                 const char *tooltip);

GtkWindow  *ui_test_window_new (GtkWidget *content);
GListModel *ui_test_load_jobs (FakeKombo   *fake,
                               KomboClient *client);
KomboJob   *ui_test_find_job (GListModel *jobs,
                              const char *name);

G_END_DECLS
