/* candidate-page-test.h: the candidate page's tests share a window against the fake Kombo, and helpers to drive it */
#pragma once

#include "cv-corpus.h"
#include "shortlist-candidate-page.h"
#include "shortlist-compat.h"
#include "shortlist-date-button.h"
#include "shortlist-error-box.h"
#include "shortlist-job-button.h"
#include "shortlist-note-group.h"
#include "shortlist-user-chooser.h"
#include "shortlist-store.h"
#include "ui-test-util.h"

#define BACKEND_JOB "7KmQpz3RtVwXy2AbCdEfGh4J"
#define DESIGNER_JOB "3QrStUvWxYzAbCdEfGhIjKmN"
#define JOB_ID "Job ID, as the ATS or Kombo shows it"
#define NO_ONE "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[]}}"

#define CREATED                                                                                              \
  "{\"status\":\"success\",\"data\":{\"id\":\"cand-ada\",\"remote_id\":\"77\",\"first_name\":\"Ada\","       \
  "\"last_name\":\"Lovelace\",\"remote_url\":\"https://ats.example.com/candidates/77\",\"applications\":[]," \
  "\"tags\":[]},\"warnings\":[{\"message\":\"The salary was stored as a note.\"},"                           \
  "{\"message\":\"Only one social link is shown.\"}]}"

typedef struct
{
  FakeKombo        *fake;
  GSettings        *settings;
  ShortlistAccount *account;
  ShortlistWindow  *window;
  GtkWidget        *page;
} Fixture;

gboolean     jobs_listed (gpointer data);
void         answer_new_window (FakeKombo *fake);
void         fixture_set_up (Fixture      *f,
                             gconstpointer data);
void         use_store (Fixture        *f,
                        ShortlistStore *store);
void         fixture_tear_down (Fixture      *f,
                                gconstpointer data);
GtkWidget   *field (Fixture    *f,
                    const char *title);
GtkWidget   *group (Fixture    *f,
                    const char *title);
GtkWidget   *control (Fixture    *f,
                      const char *title,
                      GType       type);
void         type_into (Fixture    *f,
                        const char *title,
                        const char *text);
gboolean     in_view (gpointer data);
void         answer_no_one (Fixture *f,
                            guint    n);
guint        n_sent (Fixture *f);
FakeRequest *sent (Fixture *f,
                   guint    nth);
gboolean     has_sent (gpointer data);
void         wait_for_sent (Fixture *f,
                            guint    n);
void         choose_job (Fixture    *f,
                         const char *search);
void         click_header_button (GtkWidget *group);
GtkWidget   *question_row (Fixture    *f,
                           const char *title);
guint        string_position (GListModel *model,
                              const char *text);
gboolean     page_shows (gpointer data);
void         wait_for_page (Fixture    *f,
                            const char *name);
gboolean     group_has_row (gpointer data);
void         wait_for_row (GtkWidget  *group,
                           const char *title);
gboolean     has_focus (Fixture   *f,
                        GtkWidget *row);
gboolean     can_reach (GtkWidget *field);
void         fill_person (Fixture *f);
void         fill_minimal (Fixture *f);
gboolean     error_shown (gpointer data);
GPtrArray   *read_history (ShortlistStore *store);
gboolean     history_says (gpointer data);
void         wait_for_history (ShortlistStore      *store,
                               ShortlistSentOutcome outcome);
