/* test-shortlist-questions-group.c: a job's screening questions, answered into the draft */
#include "config.h"

#include "shortlist-questions-group.h"
#include "ui-test-util.h"

#define PERMIT "BdEfGhIjKmNpQrStUvWxYz2a"
#define WORKING "EgHiJkMnPqRsTuVwXyZ5dCeF"
#define DAYS "JkNpQrStUvWxYz9hGiJkLm4n"
#define NOTICE "8aBcDeFgHiJkLmNoPqRsTuVw"

typedef struct
{
  FakeKombo           *fake;
  KomboClient         *client;
  GListModel          *jobs;
  KomboCandidateDraft *draft;
  GtkWidget           *group;
  GtkWindow           *window;
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  f->fake = fake_kombo_new ();
  f->client = test_client_new (f->fake);
  f->jobs = ui_test_load_jobs (f->fake, f->client);
  f->draft = kombo_candidate_draft_new ();
  f->group = g_object_new (SHORTLIST_TYPE_QUESTIONS_GROUP, NULL);
  f->window = ui_test_window_new (f->group);
  shortlist_questions_group_set_draft (SHORTLIST_QUESTIONS_GROUP (f->group), f->draft);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  ui_test_destroy_window (f->window, NULL);
  g_clear_object (&f->draft);
  g_clear_object (&f->jobs);
  g_clear_object (&f->client);
  g_clear_object (&f->fake);
}

/* Without a job, the group says where questions come from; with one, it asks them */
static void
test_job (Fixture      *f,
          gconstpointer data)
{
  GtkWidget *notice;

  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (f->group)), ==,
                   "Choose a job from the list to see its questions.");
  kombo_candidate_draft_set_job (f->draft, ui_test_find_job (f->jobs, "Product Designer"));
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (f->group)), ==,
                   "This job asks no screening questions.");
  g_object_set (f->draft, "job-id", "remote:1099", NULL);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (f->group)), ==,
                   "Questions are shown for jobs chosen from the list.");

  kombo_candidate_draft_set_job (f->draft, ui_test_find_job (f->jobs, "Senior Backend Engineer (Go)"));
  notice = ui_test_find_row (f->group, "What is your notice period? (required)");
  g_assert_true (shortlist_questions_group_get_field (SHORTLIST_QUESTIONS_GROUP (f->group),
                                                      "screening_question_answers." NOTICE) == notice);
  g_assert_null (shortlist_questions_group_get_field (SHORTLIST_QUESTIONS_GROUP (f->group), "candidate.first_name"));
}

/* Answers go into the draft as they are given, and the controls show what the draft holds */
static void
test_answers (Fixture      *f,
              gconstpointer data)
{
  const char *days[] = { "KmPqRsTuVwXyZaiHjKmNp5qR", "PrTuVwXyZenMpQrSt9uVwXyZ" };
  GtkWidget  *permit;
  GtkWidget  *working;
  GtkWidget  *office_days;
  GVariant   *answer;

  kombo_candidate_draft_set_job (f->draft, ui_test_find_job (f->jobs, "Senior Backend Engineer (Go)"));
  permit = ui_test_find_row (f->group, "Do you need a work permit for Germany? (required)");
  working = ui_test_find_row (f->group, "Preferred way of working (required)");
  office_days = ui_test_find_row (f->group, "Which days could you be in the office?");

  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_row (f->group, "What is your notice period? (required)")), "Three months");
  g_assert_cmpstr (g_variant_get_string (kombo_candidate_draft_get_answer (f->draft, NOTICE), NULL), ==, "Three months");
  g_signal_emit_by_name (ui_test_find_label (permit, "_No"), "clicked");
  g_assert_false (g_variant_get_boolean (kombo_candidate_draft_get_answer (f->draft, PERMIT)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (working), 3);
  g_assert_cmpstr (g_variant_get_string (kombo_candidate_draft_get_answer (f->draft, WORKING), NULL), ==, "HjMnPqRsTuVwXyZ8gFhIjK3k");
  g_assert_true (gtk_widget_get_visible (office_days));

  /* From the draft to the controls, as when a draft is restored */
  kombo_candidate_draft_set_answer (f->draft, PERMIT, g_variant_new_boolean (TRUE));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (ui_test_find_label (permit, "_Yes"))));
  g_assert_true (gtk_widget_get_visible (ui_test_find_row (f->group, "Which permit do you hold or need? (required)")));
  kombo_candidate_draft_set_answer (f->draft, DAYS, g_variant_new_strv (days, 2));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (ui_test_find_descendant (ui_test_find_row (office_days, "Friday"), GTK_TYPE_CHECK_BUTTON, 0))));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (ui_test_find_descendant (ui_test_find_row (office_days, "Tuesday"), GTK_TYPE_CHECK_BUTTON, 0))));

  /* A new candidate empties every control */
  kombo_candidate_draft_clear (f->draft);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (f->group, "What is your notice period? (required)"))), ==, "");
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (ui_test_find_label (permit, "_Yes"))));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (ui_test_find_label (permit, "_No"))));
  g_assert_false (gtk_widget_get_visible (office_days));
  answer = kombo_candidate_draft_get_answer (f->draft, WORKING);
  g_assert_null (answer);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/shortlist/questions-group/job", Fixture, NULL, fixture_set_up, test_job, fixture_tear_down);
  g_test_add ("/shortlist/questions-group/answers", Fixture, NULL, fixture_set_up, test_answers, fixture_tear_down);

  return g_test_run ();
}
