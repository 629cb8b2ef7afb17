/* test-kombo-job.c: jobs, stages and screening questions read leniently from GET /ats/jobs */
#include "config.h"

#include <math.h>

#include "test-util.h"

static const char *jobs_answer =
    "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[{"
    "\"id\":\"job-1\",\"remote_id\":\"101\",\"name\":\"Site Reliability Engineer\",\"job_code\":null,"
    "\"department\":\"Platform\",\"location\":{\"city\":null,\"country\":null,\"raw\":\"Remote, Europe\"},"
    "\"status\":\"OPEN\",\"employment_type\":\"SOMETHING_ELSE\",\"remote_url\":\"https://ats.example.com/jobs/101\","
    "\"stages\":["
    "  {\"id\":\"st-3\",\"remote_id\":null,\"name\":\"Offer\",\"remote_data\":null,\"index\":2},"
    "  {\"id\":\"st-1\",\"remote_id\":null,\"name\":\"Applied\",\"remote_data\":null,\"index\":0},"
    "  {\"id\":\"st-x\",\"remote_id\":null,\"name\":null,\"remote_data\":null},"
    "  {\"id\":\"st-2\",\"remote_id\":null,\"name\":\"Interview\",\"remote_data\":null,\"index\":1},"
    "  {\"remote_id\":\"no id: skipped\"}"
    "],"
    "\"screening_questions\":["
    "  {\"id\":\"q-text\",\"remote_id\":null,\"title\":\"Why us?\",\"description\":\"In a few lines\",\"category\":null,"
    "   \"required\":true,\"format\":{\"type\":\"TEXT\",\"display_type\":\"MULTI_LINE\",\"max_length\":500}},"
    "  {\"id\":\"q-number\",\"title\":\"Years of experience\",\"description\":null,\"category\":null,\"required\":null,"
    "   \"format\":{\"type\":\"NUMBER\",\"display_type\":null,\"min\":0,\"max\":50.5}},"
    "  {\"id\":\"q-bool\",\"title\":\"Do you need a visa?\",\"description\":null,\"category\":\"EEO\",\"required\":true,"
    "   \"format\":{\"type\":\"BOOLEAN\"}},"
    "  {\"id\":\"q-visa\",\"title\":\"Which visa?\",\"description\":null,\"category\":null,\"required\":false,"
    "   \"format\":{\"type\":\"TEXT\",\"display_type\":null,\"max_length\":null},"
    "   \"precondition_question_id\":\"q-bool\",\"precondition_options\":[true]},"
    "  {\"id\":\"q-date\",\"title\":\"Earliest start\",\"description\":null,\"category\":null,\"required\":false,"
    "   \"format\":{\"type\":\"DATE\"}},"
    "  {\"id\":\"q-single\",\"title\":\"Work model\",\"description\":null,\"category\":null,\"required\":true,"
    "   \"format\":{\"type\":\"SINGLE_SELECT\",\"display_type\":\"RADIO\",\"options\":["
    "     {\"id\":\"o-remote\",\"remote_id\":null,\"name\":\"Remote\"},{\"id\":\"o-office\",\"name\":\"Office\"},{\"name\":\"no id\"}]}},"
    "  {\"id\":\"q-office\",\"title\":\"Which office?\",\"description\":null,\"category\":null,\"required\":true,"
    "   \"format\":{\"type\":\"MULTI_SELECT\",\"options\":[{\"id\":\"o-ber\",\"name\":\"Berlin\"},{\"id\":\"o-lis\",\"name\":\"Lisbon\"}]},"
    "   \"precondition_question_id\":\"q-single\",\"precondition_options\":[\"o-office\"]},"
    "  {\"id\":\"q-file\",\"title\":\"Portfolio\",\"description\":null,\"category\":null,\"required\":false,"
    "   \"format\":{\"type\":\"FILE\",\"accepted_mime_types\":[\"application/pdf\"],\"max_file_size_bytes\":5000000}},"
    "  {\"id\":\"q-info\",\"title\":\"We process your data under GDPR.\",\"description\":null,\"category\":null,"
    "   \"required\":null,\"format\":{\"type\":\"INFORMATION\"}},"
    "  {\"id\":\"q-unknown\",\"title\":\"Signature\",\"description\":null,\"category\":null,\"required\":true,"
    "   \"format\":{\"type\":\"UNKNOWN\",\"raw_question\":{\"kind\":\"signature\"}}},"
    "  {\"id\":\"q-new\",\"title\":\"Video answer\",\"description\":null,\"category\":\"SOMETHING\",\"required\":true,"
    "   \"format\":{\"type\":\"VIDEO\"}},"
    "  {\"id\":\"q-null\",\"title\":null,\"description\":null,\"category\":null,\"required\":null,\"format\":null},"
    "  {\"id\":\"q-empty-choice\",\"title\":\"Pick\",\"required\":false,\"format\":{\"type\":\"SINGLE_SELECT\",\"options\":[]}},"
    "  \"not an object\""
    "]}]}}";

static KomboScreeningQuestion *
question (GListModel *questions,
          guint       index)
{
  KomboScreeningQuestion *q = g_list_model_get_item (questions, index);

  /* The list keeps its own reference */
  g_object_unref (q);
  return q;
}

static void
test_every_question_type (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboJob) job = NULL;
  GListModel             *stages;
  GListModel             *questions;
  KomboScreeningQuestion *q;
  GPtrArray              *options;

  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, jobs_answer);
  kombo_client_get_jobs_async (client, NULL, NULL, NULL, test_store_result, &result);
  jobs = kombo_client_get_jobs_finish (client, test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);

  job = g_list_model_get_item (jobs, 0);
  g_assert_cmpstr (kombo_job_get_name (job), ==, "Site Reliability Engineer");
  g_assert_cmpstr (kombo_job_get_department (job), ==, "Platform");
  g_assert_cmpstr (kombo_job_get_location (job), ==, "Remote, Europe");
  g_assert_cmpstr (kombo_job_get_remote_url (job), ==, "https://ats.example.com/jobs/101");

  /* Stages in the order of the hiring process; unindexed ones after */
  stages = kombo_job_get_stages (job);
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, 4);
  {
    const char *expected[] = { "st-1", "st-2", "st-3", "st-x" };

    for (guint i = 0; i < 4; i++)
      {
        g_autoptr (KomboStage) stage = g_list_model_get_item (stages, i);
        g_assert_cmpstr (kombo_stage_get_id (stage), ==, expected[i]);
      }
  }

  questions = kombo_job_get_screening_questions (job);
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 13);

  q = question (questions, 0);
  g_assert_cmpint (kombo_screening_question_get_question_type (q), ==, KOMBO_QUESTION_TEXT);
  g_assert_cmpstr (kombo_screening_question_get_display_type (q), ==, "MULTI_LINE");
  g_assert_cmpint (kombo_screening_question_get_max_length (q), ==, 500);
  g_assert_true (kombo_screening_question_get_required (q));
  g_assert_cmpstr (kombo_screening_question_get_description (q), ==, "In a few lines");

  q = question (questions, 1);
  g_assert_cmpint (kombo_screening_question_get_question_type (q), ==, KOMBO_QUESTION_NUMBER);
  g_assert_cmpfloat (kombo_screening_question_get_min (q), ==, 0);
  g_assert_cmpfloat (kombo_screening_question_get_max (q), ==, 50.5);
  g_assert_false (kombo_screening_question_get_required (q));

  q = question (questions, 2);
  g_assert_cmpint (kombo_screening_question_get_question_type (q), ==, KOMBO_QUESTION_BOOLEAN);

  q = question (questions, 3);
  g_assert_cmpint (kombo_screening_question_get_question_type (q), ==, KOMBO_QUESTION_TEXT);
  g_assert_cmpint (kombo_screening_question_get_max_length (q), ==, -1);
  g_assert_cmpstr (kombo_screening_question_get_precondition_question_id (q), ==, "q-bool");
  g_assert_cmpstr (kombo_screening_question_get_precondition_options (q)[0], ==, "true");

  q = question (questions, 4);
  g_assert_cmpint (kombo_screening_question_get_question_type (q), ==, KOMBO_QUESTION_DATE);

  q = question (questions, 5);
  g_assert_cmpint (kombo_screening_question_get_question_type (q), ==, KOMBO_QUESTION_SINGLE_SELECT);
  options = kombo_screening_question_get_options (q);
  g_assert_cmpuint (options->len, ==, 2);
  g_assert_cmpstr (((KomboQuestionOption *) options->pdata[1])->name, ==, "Office");

  q = question (questions, 6);
  g_assert_cmpint (kombo_screening_question_get_question_type (q), ==, KOMBO_QUESTION_MULTI_SELECT);
  g_assert_cmpstr (kombo_screening_question_get_precondition_options (q)[0], ==, "o-office");
  g_assert_null (kombo_screening_question_get_precondition_options (q)[1]);

  q = question (questions, 7);
  g_assert_cmpint (kombo_screening_question_get_question_type (q), ==, KOMBO_QUESTION_FILE);
  g_assert_cmpstr (kombo_screening_question_get_accepted_mime_types (q)[0], ==, "application/pdf");
  g_assert_cmpint (kombo_screening_question_get_max_file_size (q), ==, 5000000);

  q = question (questions, 8);
  g_assert_cmpint (kombo_screening_question_get_question_type (q), ==, KOMBO_QUESTION_INFORMATION);
  g_assert_cmpstr (kombo_screening_question_get_title (q), ==, "We process your data under GDPR.");

  q = question (questions, 9);
  g_assert_cmpint (kombo_screening_question_get_question_type (q), ==, KOMBO_QUESTION_UNKNOWN);

  /* A format this version does not know is not answerable, not a crash */
  q = question (questions, 10);
  g_assert_cmpint (kombo_screening_question_get_question_type (q), ==, KOMBO_QUESTION_UNKNOWN);
  g_assert_cmpstr (kombo_screening_question_get_title (q), ==, "Video answer");

  q = question (questions, 11);
  g_assert_cmpint (kombo_screening_question_get_question_type (q), ==, KOMBO_QUESTION_NONE);
  g_assert_null (kombo_screening_question_get_title (q));
  g_assert_true (isnan (kombo_screening_question_get_min (q)));

  /* A choice without options cannot be answered */
  q = question (questions, 12);
  g_assert_cmpint (kombo_screening_question_get_question_type (q), ==, KOMBO_QUESTION_UNKNOWN);
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add_func ("/kombo/job/every-question-type", test_every_question_type);

  return g_test_run ();
}
