/* test-shortlist-job-group.c: the job and stage, from the integration's open jobs */
#include "config.h"

#include "shortlist-job-button.h"
#include "shortlist-job-group.h"
#include "ui-test-util.h"

#define BACKEND_JOB "7KmQpz3RtVwXy2AbCdEfGh4J"
#define JOB_ID "Job ID, as the ATS or Kombo shows it"

typedef struct
{
  FakeKombo           *fake;
  GSettings           *settings;
  ShortlistAccount    *account;
  KomboCandidateDraft *draft;
  GtkWidget           *group;
  GtkWindow           *window;
} Fixture;

static gboolean
jobs_listed (gpointer data)
{
  const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (ui_test_find_row (data, "Open job")));

  return !g_str_equal (subtitle, "Loading the open jobs…");
}

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  f->fake = fake_kombo_new ();
  f->settings = account_test_settings_new ();
  f->account = account_test_account_new (f->fake, f->settings);
  f->draft = kombo_candidate_draft_new ();
  f->group = g_object_new (SHORTLIST_TYPE_JOB_GROUP, NULL);
  f->window = ui_test_window_new (f->group);
  shortlist_job_group_set_draft (SHORTLIST_JOB_GROUP (f->group), f->draft);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  ui_test_destroy_window (f->window, NULL);
  g_clear_object (&f->draft);
  g_clear_object (&f->account);
  g_clear_object (&f->settings);
  g_clear_object (&f->fake);
}

static void
load (Fixture *f)
{
  g_autofree char *jobs = ui_test_dup_jobs_answer ();

  fake_kombo_respond (f->fake, "GET", "/ats/jobs", 200, jobs);
  fake_kombo_respond (f->fake, "GET", "/ats/actions/ats_create_candidate", 200,
                      "{\"status\":\"success\",\"data\":{\"attachment_restrictions\":{\"total_size_bytes\":20000000,\"types\":{}}}}");
  shortlist_job_group_set_account (SHORTLIST_JOB_GROUP (f->group), f->account);
  ui_test_wait_for (jobs_listed, f->group, "the open jobs");
}

static gboolean
has_restrictions (gpointer data)
{
  return shortlist_job_group_get_restrictions (data) != NULL;
}

/* A job chosen from the list is the draft's, with its stages; a typed ID is another job */
static void
test_choose (Fixture      *f,
             gconstpointer data)
{
  GtkWidget *button = ui_test_find_descendant (f->group, SHORTLIST_TYPE_JOB_BUTTON, 0);
  GtkWidget *stage = ui_test_find_row (f->group, "Stage");

  /* A job typed before the list came is taken from it */
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_row (f->group, JOB_ID)), BACKEND_JOB);
  load (f);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (ui_test_find_row (f->group, "Open job"))), ==,
                   "Choose from 4 open jobs, or type a job ID below");
  g_assert_cmpstr (kombo_job_get_name (kombo_candidate_draft_get_job (f->draft)), ==, "Senior Backend Engineer (Go)");
  ui_test_wait_for (has_restrictions, f->group, "the attachment restrictions");

  /* The stage list is the job's; the chosen stage is the draft's */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (stage))), ==, 5);
  adw_combo_row_set_selected (ADW_COMBO_ROW (stage), 2);
  g_assert_cmpstr (kombo_candidate_draft_get_text (f->draft, "stage-id"), ==, "4iPqRsTuVwXyZ2bCdEfGhJ3K");

  /* Choosing another job from the list */
  shortlist_job_button_choose (SHORTLIST_JOB_BUTTON (button), "2PqRsTuVwXyZaBcDeFgHiJkL");
  g_assert_cmpstr (kombo_candidate_draft_get_text (f->draft, "job-id"), ==, "2PqRsTuVwXyZaBcDeFgHiJkL");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_row (f->group, JOB_ID))), ==, "2PqRsTuVwXyZaBcDeFgHiJkL");
  g_assert_cmpstr (kombo_candidate_draft_get_text (f->draft, "stage-id"), ==, "");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (stage)), ==, 0);

  /* An ID that is not listed is a job Shortlist knows nothing of */
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_row (f->group, JOB_ID)), "remote:9999");
  g_assert_null (kombo_candidate_draft_get_job (f->draft));
  g_assert_null (shortlist_job_button_get_job (SHORTLIST_JOB_BUTTON (button)));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (stage))), ==, 1);
}

/* Jobs that cannot be loaded are said at the job, and an ID can still be typed */
static void
test_load_failure (Fixture      *f,
                   gconstpointer data)
{
  fake_kombo_respond (f->fake, "GET", "/ats/jobs", 403,
                      "{\"status\":\"error\",\"error\":{\"code\":\"INTEGRATION.PERMISSION_MISSING\",\"title\":null,"
                      "\"message\":\"The API user may not read jobs.\",\"log_url\":null}}");
  shortlist_job_group_set_account (SHORTLIST_JOB_GROUP (f->group), f->account);
  ui_test_wait_for (jobs_listed, f->group, "the jobs to fail");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (ui_test_find_row (f->group, "Open job"))), ==,
                   "The open jobs could not be loaded; type a job ID below");
  g_assert_cmpstr (ui_test_row_error (ui_test_find_row (f->group, "Open job")), ==,
                   "A permission is missing in the applicant tracking system: The API user may not read jobs.");
  g_assert_true (gtk_widget_get_sensitive (ui_test_find_row (f->group, JOB_ID)));
}

static gboolean
button_lists (gpointer data)
{
  gpointer *args = data;

  return shortlist_job_button_choose (SHORTLIST_JOB_BUTTON (args[0]), args[1]);
}

/* While thousands of jobs load, a typed search asks the server; the whole list then takes over */
static void
test_search_while_loading (Fixture      *f,
                           gconstpointer data)
{
  GtkWidget       *button = ui_test_find_descendant (f->group, SHORTLIST_TYPE_JOB_BUTTON, 0);
  g_autofree char *jobs = ui_test_dup_jobs_answer ();
  gpointer         designer[] = { button, "3QrStUvWxYzAbCdEfGhIjKmN" };
  gpointer         backend[] = { button, BACKEND_JOB };
  FakeRequest     *search = NULL;

  fake_kombo_respond (f->fake, "GET", "/ats/jobs?name_contains=Design", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[{\"id\":\"3QrStUvWxYzAbCdEfGhIjKmN\","
                      "\"name\":\"Product Designer\",\"status\":\"OPEN\",\"stages\":[],\"screening_questions\":[]}]}}");
  fake_kombo_respond_full (f->fake, "GET", "/ats/jobs", 200, "application/json", jobs, 1500, NULL);
  fake_kombo_respond (f->fake, "GET", "/ats/actions/ats_create_candidate", 200,
                      "{\"status\":\"success\",\"data\":{\"attachment_restrictions\":{\"total_size_bytes\":20000000,\"types\":{}}}}");
  shortlist_job_group_set_account (SHORTLIST_JOB_GROUP (f->group), f->account);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (ui_test_find_row (f->group, "Open job"))), ==, "Loading the open jobs…");
  /* The button opens to a search, although no job is listed yet */
  g_assert_true (gtk_widget_is_sensitive (gtk_widget_get_first_child (button)));

  g_signal_emit_by_name (button, "search-changed", "Design");
  ui_test_wait_for (button_lists, designer, "the server's answer to the search");
  for (guint i = 0; i < fake_kombo_get_n_requests (f->fake); i++)
    if (g_hash_table_contains (fake_kombo_get_request (f->fake, i)->params, "name_contains"))
      search = fake_kombo_get_request (f->fake, i);
  g_assert_nonnull (search);
  g_assert_cmpstr (g_hash_table_lookup (search->params, "statuses"), ==, "OPEN");
  g_assert_cmpstr (kombo_job_get_name (kombo_candidate_draft_get_job (f->draft)), ==, "Product Designer");

  /* Every open job came: the list is theirs */
  ui_test_wait_for (button_lists, backend, "the whole list");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (ui_test_find_row (f->group, "Open job"))), ==,
                   "Choose from 4 open jobs, or type a job ID below");
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/shortlist/job-group/choose", Fixture, NULL, fixture_set_up, test_choose, fixture_tear_down);
  g_test_add ("/shortlist/job-group/load-failure", Fixture, NULL, fixture_set_up, test_load_failure, fixture_tear_down);
  g_test_add ("/shortlist/job-group/search-while-loading", Fixture, NULL, fixture_set_up, test_search_while_loading, fixture_tear_down);

  return g_test_run ();
}
