/* test-kombo-client-errors.c: how KomboClient reads errors, when it retries, and cancelling */
#include "config.h"

#include <unistd.h>

#include "test-util.h"

#define JOBS_PAGE_2                                                                                     \
  "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":["                                       \
  "{\"id\":\"job-2\",\"remote_id\":\"2\",\"name\":\"Recruiter\",\"department\":null,\"location\":null," \
  "\"status\":\"SOMETHING_NEW\",\"stages\":null,\"screening_questions\":null}]}}"
#define EMPTY_LIST "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[]}}"
#define WRITE_OK "{\"status\":\"success\",\"data\":{},\"warnings\":[]}"

static void
test_error_full (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) copy = NULL;
  g_autofree char *title = NULL;

  fake_kombo_respond (fake, "POST", "/ats/candidates/c1/tags", 409,
                      "{\"status\":\"error\",\"error\":{\"code\":\"INTEGRATION.SETUP_INCOMPLETE\","
                      "\"title\":\"Setup not finished\",\"message\":\"Finish the setup in the Kombo dashboard.\","
                      "\"log_url\":\"https://app.kombo.dev/logs/abc\"}}");
  result = test_add_tag (client, "c1", tag, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_API);
  g_assert_cmpstr (error->message, ==, "Finish the setup in the Kombo dashboard.");
  g_assert_cmpstr (kombo_error_get_code (error), ==, "INTEGRATION.SETUP_INCOMPLETE");
  g_assert_cmpstr (kombo_error_get_title (error), ==, "Setup not finished");
  g_assert_cmpstr (kombo_error_get_log_url (error), ==, "https://app.kombo.dev/logs/abc");
  g_assert_cmpuint (kombo_error_get_http_status (error), ==, 409);
  title = kombo_error_dup_display_title (error);
  g_assert_cmpstr (title, ==, "Setup not finished");

  /* The details survive copying, as when the error is handed on */
  copy = g_error_copy (error);
  g_assert_cmpstr (kombo_error_get_log_url (copy), ==, "https://app.kombo.dev/logs/abc");
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
}

static void
test_error_minimal (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;

  fake_kombo_respond (fake, "POST", "/ats/candidates/c1/tags", 400,
                      "{\"status\":\"error\",\"error\":{\"code\":null,\"title\":null,\"message\":\"\",\"log_url\":null}}");
  result = test_add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_API);
  g_assert_cmpstr (error->message, ==, "Kombo reported an error without details (HTTP 400).");
  g_assert_null (kombo_error_get_code (error));
  g_assert_null (kombo_error_get_log_url (error));
  title = kombo_error_dup_display_title (error);
  g_assert_cmpstr (title, ==, "Kombo reported an error");
}

static void
test_error_unknown_code (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;

  fake_kombo_respond (fake, "POST", "/ats/candidates/c1/tags", 422,
                      "{\"status\":\"error\",\"error\":{\"code\":\"ATS.CANDIDATE_ANONYMISED\",\"title\":null,"
                      "\"message\":\"This candidate was anonymised.\",\"log_url\":null}}");
  result = test_add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_API);
  g_assert_cmpstr (kombo_error_get_code (error), ==, "ATS.CANDIDATE_ANONYMISED");
  g_assert_cmpstr (error->message, ==, "This candidate was anonymised.");
  title = kombo_error_dup_display_title (error);
  g_assert_cmpstr (title, ==, "Kombo reported an error (ATS.CANDIDATE_ANONYMISED)");
}

static void
test_error_known_code_without_title (void)
{
  g_autoptr (GError) error = kombo_error_new_api (409, "ATS.APPLICATION_ALREADY_EXISTS", NULL, "Duplicate.", NULL);
  g_autofree char *title = kombo_error_dup_display_title (error);

  g_assert_cmpstr (title, ==, "The candidate has already applied to this job");
}

/* After which failures a write may have reached the ATS, and must be looked up rather than sent again */
static void
test_error_outcome_unknown (void)
{
  g_autoptr (GError) timeout = g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_TIMEOUT, "No answer");
  g_autoptr (GError) dropped = g_error_new_literal (KOMBO_ERROR, KOMBO_ERROR_NETWORK, "Connection reset");
  g_autoptr (GError) gateway = kombo_error_new_api (502, "REMOTE.SERVICE_UNAVAILABLE", NULL, "Down", NULL);
  g_autoptr (GError) closed = kombo_error_new_api (409, "ATS.JOB_CLOSED", NULL, "Closed", NULL);
  g_autoptr (GError) limit = kombo_error_new_api (429, "PLATFORM.RATE_LIMIT_EXCEEDED", NULL, "Slow down", NULL);
  g_autoptr (GError) cancelled = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");

  g_assert_true (kombo_error_outcome_unknown (timeout));
  g_assert_true (kombo_error_outcome_unknown (dropped));
  g_assert_true (kombo_error_outcome_unknown (gateway));
  g_assert_false (kombo_error_outcome_unknown (closed));
  g_assert_false (kombo_error_outcome_unknown (limit));
  g_assert_false (kombo_error_outcome_unknown (cancelled));
}

/* Title and message as one line: no full stop or colon doubled, nothing said twice */
static void
test_error_sentence (void)
{
  struct
  {
    const char *code;
    const char *title;
    const char *message;
    const char *expected;
  } cases[] = {
    { "PLATFORM.INTEGRATION_NOT_FOUND", "Integration not found.", "There is no integration with this ID.",
      "Integration not found. There is no integration with this ID." },
    { "ATS.JOB_CLOSED", "Job closed", "The job stopped accepting applications.",
      "Job closed: The job stopped accepting applications." },
    { "PLATFORM.INPUT_INVALID", "Input invalid:", "first_name is required.", "Input invalid: first_name is required." },
    { "ATS.CANDIDATE_ANONYMISED", NULL, "This candidate was anonymised.",
      "Kombo reported an error (ATS.CANDIDATE_ANONYMISED): This candidate was anonymised." },
    { "REMOTE.SERVICE_UNAVAILABLE", "Try again later", "Try again later", "Try again later" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = kombo_error_new_api (400, cases[i].code, cases[i].title, cases[i].message, NULL);
      g_autofree char *sentence = kombo_error_dup_sentence (error);

      g_assert_cmpstr (sentence, ==, cases[i].expected);
    }
}

static void
test_error_html_502 (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;

  fake_kombo_respond_full (fake, "POST", "/ats/candidates/c1/tags", 502, "text/html",
                           "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
                           0, NULL);
  result = test_add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_HTTP);
  g_assert_cmpstr (error->message, ==, "The server answered HTTP 502 Bad Gateway instead of a Kombo answer. Kombo or the network in between may be having trouble; try again in a moment.");
  g_assert_cmpuint (kombo_error_get_http_status (error), ==, 502);
  g_assert_null (kombo_error_get_code (error));
  title = kombo_error_dup_display_title (error);
  g_assert_cmpstr (title, ==, "The server answered with an error");
  /* A write is never repeated after a failure that may have reached the ATS */
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
}

static void
test_error_plain_text (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;

  fake_kombo_respond_full (fake, "POST", "/ats/candidates/c1/tags", 502, "text/plain",
                           "upstream connect error or disconnect/reset before headers\nmore", 0, NULL);
  result = test_add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_HTTP);
  g_assert_cmpstr (error->message, ==, "The server answered HTTP 502 Bad Gateway: “upstream connect error or disconnect/reset before headers”");
}

static void
test_error_empty_503 (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;

  fake_kombo_respond_full (fake, "POST", "/ats/candidates/c1/tags", 503, NULL, NULL, 0, NULL);
  result = test_add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_HTTP);
  g_assert_cmpstr (error->message, ==, "The server answered HTTP 503 Service Unavailable with an empty body. Kombo or the network in between may be having trouble; try again in a moment.");
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
}

static void
test_error_truncated_json (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;

  fake_kombo_respond (fake, "POST", "/ats/candidates/c1/tags", 500, "{\"status\":\"error\",\"error\":{\"code\":\"PLATFO");
  result = test_add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_HTTP);
  g_assert_cmpstr (error->message, ==, "The server answered HTTP 500 Internal Server Error instead of a Kombo answer. Kombo or the network in between may be having trouble; try again in a moment.");
  g_clear_error (&error);

  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, "{\"status\":\"success\",\"data\":{\"next\":null,\"resu");
  jobs = test_get_jobs (client, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_INVALID_RESPONSE);
  g_assert_cmpstr (error->message, ==, "The server answered HTTP 200, but not with data Shortlist can read. Is the server address right?");
}

/* A page of @n jobs, each with its stages, as long an answer as the ATS of a large firm gives */
static char *
jobs_page (guint n)
{
  GString *page = g_string_new ("{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[");

  for (guint i = 1; i <= n; i++)
    {
      g_string_append_printf (page,
                              "%s{\"id\":\"job-%u\",\"remote_id\":\"%u\",\"name\":\"Engineer %u\",\"department\":null,"
                              "\"location\":null,\"status\":\"OPEN\",\"screening_questions\":null,\"stages\":[",
                              i == 1 ? "" : ",", i, i, i);
      for (guint s = 0; s < 12; s++)
        g_string_append_printf (page, "%s{\"id\":\"stage-%u-%u\",\"name\":\"Interview round %u with the hiring team\",\"index\":%u}",
                                s == 0 ? "" : ",", i, s, s, s);
      g_string_append (page, "]}");
    }
  g_string_append (page, "]}}");
  return g_string_free (page, FALSE);
}

/* Long answers, read on a worker thread, come out as short ones do: what they hold, or why not */
static void
test_long_answer (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autofree char *page = jobs_page (250);
  g_autofree char *cut = g_strndup (page, strlen (page) - 40);
  g_autoptr (GString) said = g_string_new ("{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.UNKNOWN_ERROR\","
                                           "\"title\":\"Something went wrong\",\"message\":\"");
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (KomboJob) last = NULL;
  g_autoptr (GError) error = NULL;

  /* Longer than the client reads on the main loop */
  g_assert_cmpuint (strlen (page), >, 256 * 1024);
  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, page);
  jobs = test_get_jobs (client, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 250);
  last = g_list_model_get_item (jobs, 249);
  g_assert_cmpstr (kombo_job_get_name (last), ==, "Engineer 250");
  g_assert_cmpuint (g_list_model_get_n_items (kombo_job_get_stages (last)), ==, 12);
  g_clear_object (&jobs);

  /* Cut short on its way */
  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, cut);
  jobs = test_get_jobs (client, NULL, &error);
  g_assert_null (jobs);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_INVALID_RESPONSE);
  g_assert_cmpstr (error->message, ==, "The server answered HTTP 200, but not with data Shortlist can read. Is the server address right?");
  g_clear_error (&error);

  /* A long error, answered with success's status, is still the error */
  for (guint i = 0; i < 15000; i++)
    g_string_append (said, "The ATS said more. ");
  g_string_append (said, "\",\"log_url\":null}}");
  g_assert_cmpuint (said->len, >, 256 * 1024);
  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, said->str);
  jobs = test_get_jobs (client, NULL, &error);
  g_assert_null (jobs);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_API);
  g_assert_cmpstr (kombo_error_get_title (error), ==, "Something went wrong");
  g_assert_true (g_str_has_suffix (error->message, "The ATS said more."));
  g_assert_cmpuint (strlen (error->message), ==, 15000 * strlen ("The ATS said more. ") - 1);
}

static void
test_error_refused (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GSocket) socket = NULL;
  g_autoptr (GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr (GSocketAddress) bound = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) jobs = NULL;
  g_autofree char *url = NULL;

  /* A port that was just free: bind, note it, close */
  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  g_socket_bind (socket, address, FALSE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  url = g_strdup_printf ("http://127.0.0.1:%u/v1", g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_socket_close (socket, NULL);

  g_assert_true (kombo_client_set_base_url (client, url, NULL));
  jobs = test_get_jobs (client, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_UNREACHABLE);
  g_assert_cmpstr (error->message, ==, "The server refused the connection. It may be down; try again in a moment.");
  /* Nothing was sent: a write that failed so is known not to have happened */
  g_assert_false (kombo_error_outcome_unknown (error));
}

static void
test_error_tls (void)
{
  g_autoptr (FakeKombo) fake = NULL;
  g_autoptr (KomboClient) client = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) jobs = NULL;
  g_autofree char *title = NULL;

  /* Under LeakSanitizer, in a child that leaves without the exit-time leak check: the check's
   * tracer crashes on the threads GnuTLS leaves behind. AddressSanitizer still watches it all. */
  if (g_getenv ("SHORTLIST_TEST_LSAN") != NULL && !g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  fake = fake_kombo_new_self_signed ();
  client = test_client_new (fake);

  /* Certificates are always verified: a self-signed one is refused, nothing is sent */
  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, EMPTY_LIST);
  jobs = test_get_jobs (client, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_TLS);
  g_assert_true (g_str_has_prefix (error->message, "The secure connection to the server failed: "));
  title = kombo_error_dup_display_title (error);
  g_assert_cmpstr (title, ==, "The secure connection failed");
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 0);

  if (g_getenv ("SHORTLIST_TEST_LSAN") != NULL)
    _exit (0);
}

static void
test_error_timeout (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;

  kombo_client_set_timeouts (client, 1, 1);
  fake_kombo_respond_full (fake, "POST", "/ats/candidates/c1/tags", 200, "application/json", WRITE_OK, 3000, NULL);
  result = test_add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_TIMEOUT);
  g_assert_cmpstr (error->message, ==, "The server did not answer within 1 second. The change may still reach the applicant tracking system: check before you try again.");
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
}

static void
test_retry_read_429 (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;

  fake_kombo_respond (fake, "GET", "/ats/jobs", 429,
                      "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.RATE_LIMIT_EXCEEDED\",\"title\":null,\"message\":\"Slow down\",\"log_url\":null}}");
  fake_kombo_respond_full (fake, "GET", "/ats/jobs", 503, "text/html", "<html>busy</html>", 0, NULL);
  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, JOBS_PAGE_2);
  jobs = test_get_jobs (client, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 3);
}

static void
test_retry_read_gives_up (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < 6; i++)
    fake_kombo_respond_full (fake, "GET", "/ats/jobs", 504, "text/plain", "Gateway Timeout", 0, NULL);
  jobs = test_get_jobs (client, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_HTTP);
  /* The first try and four retries */
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 5);
}

static void
test_retry_after_honoured (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  fake_kombo_respond_full (fake, "GET", "/ats/jobs", 429, "application/json",
                           "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.RATE_LIMIT_EXCEEDED\",\"title\":null,\"message\":\"Slow down\",\"log_url\":null}}",
                           0, "Retry-After", "1", "ratelimit-reset", "30", NULL);
  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, JOBS_PAGE_2);
  jobs = test_get_jobs (client, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 2);
  /* The base delay is 10 ms in tests: only Retry-After makes it wait a second, and
   * ratelimit-reset's 30 s must not win over it */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, G_USEC_PER_SEC);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
}

static void
test_ratelimit_reset_honoured (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  fake_kombo_respond_full (fake, "GET", "/ats/jobs", 429, "application/json",
                           "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.RATE_LIMIT_EXCEEDED\",\"title\":null,\"message\":\"Slow down\",\"log_url\":null}}",
                           0, "ratelimit-limit", "100", "ratelimit-remaining", "0", "ratelimit-reset", "1", NULL);
  fake_kombo_respond (fake, "GET", "/ats/jobs", 200, JOBS_PAGE_2);
  jobs = test_get_jobs (client, NULL, &error);
  g_assert_no_error (error);
  /* A second, read as seconds from now; not the limit's 100 nor a time stamp */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, G_USEC_PER_SEC);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
}

static void
test_retry_after_too_long (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;

  fake_kombo_respond_full (fake, "GET", "/ats/jobs", 429, "application/json",
                           "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.RATE_LIMIT_EXCEEDED\",\"title\":\"Rate limit exceeded\",\"message\":\"Try again in an hour\",\"log_url\":null}}",
                           0, "Retry-After", "3600", NULL);
  jobs = test_get_jobs (client, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_API);
  g_assert_cmpstr (kombo_error_get_code (error), ==, "PLATFORM.RATE_LIMIT_EXCEEDED");
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
}

static void
test_write_retried_after_concurrency_limit (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;

  fake_kombo_respond_full (fake, "POST", "/ats/candidates/c1/tags", 429, "application/json",
                           "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.CONCURRENCY_LIMIT_EXCEEDED\",\"title\":null,\"message\":\"Too many\",\"log_url\":null}}",
                           0, "Concurrency-Limit", "30", "Concurrency-Remaining", "0", NULL);
  fake_kombo_respond (fake, "POST", "/ats/candidates/c1/tags", 200, WRITE_OK);
  result = test_add_tag (client, "c1", tag, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 2);
  /* The same body both times */
  g_assert_true (g_bytes_equal (fake_kombo_get_request (fake, 0)->body, fake_kombo_get_request (fake, 1)->body));
}

static void
test_write_not_retried (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;

  /* The ATS's own rate limit comes after Kombo started the work */
  fake_kombo_respond (fake, "POST", "/ats/candidates/c1/tags", 429,
                      "{\"status\":\"error\",\"error\":{\"code\":\"REMOTE.RATE_LIMIT_EXCEEDED\",\"title\":null,\"message\":\"ATS busy\",\"log_url\":null}}");
  result = test_add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_API);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
  g_clear_error (&error);

  fake_kombo_respond (fake, "POST", "/ats/candidates/c1/tags", 500,
                      "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.UNKNOWN_ERROR\",\"title\":null,\"message\":\"Oops\",\"log_url\":null}}");
  g_clear_object (&result);
  result = test_add_tag (client, "c1", tag, NULL, &error);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_API);
  g_assert_cmpuint (kombo_error_get_http_status (error), ==, 500);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 2);
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

static void
test_cancel_during_backoff (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GListModel) jobs = NULL;
  g_autoptr (GError) error = NULL;
  gint64 start;

  fake_kombo_respond_full (fake, "GET", "/ats/jobs", 503, "text/plain", "busy", 0, "Retry-After", "60", NULL);
  kombo_client_get_jobs_async (client, NULL, NULL, cancellable, test_store_result, &result);
  while (fake_kombo_get_n_requests (fake) == 0)
    g_main_context_iteration (NULL, TRUE);
  test_sleep_ms (200);

  start = g_get_monotonic_time ();
  g_idle_add (cancel_cb, cancellable);
  jobs = kombo_client_get_jobs_finish (client, test_wait (&result), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
}

static void
test_cancel_in_flight (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (KomboTag) tag = kombo_tag_new ("Fit");
  g_autoptr (KomboWriteResult) result = NULL;
  g_autoptr (GError) error = NULL;

  fake_kombo_respond_full (fake, "POST", "/ats/candidates/c1/tags", 200, "application/json", WRITE_OK, 5000, NULL);
  g_timeout_add (300, cancel_cb, cancellable);
  result = test_add_tag (client, "c1", tag, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add_func ("/kombo/client/error/full", test_error_full);
  g_test_add_func ("/kombo/client/error/minimal", test_error_minimal);
  g_test_add_func ("/kombo/client/error/unknown-code", test_error_unknown_code);
  g_test_add_func ("/kombo/client/error/known-code-without-title", test_error_known_code_without_title);
  g_test_add_func ("/kombo/client/error/sentence", test_error_sentence);
  g_test_add_func ("/kombo/client/error/outcome-unknown", test_error_outcome_unknown);
  g_test_add_func ("/kombo/client/error/html-502", test_error_html_502);
  g_test_add_func ("/kombo/client/error/plain-text", test_error_plain_text);
  g_test_add_func ("/kombo/client/error/empty-503", test_error_empty_503);
  g_test_add_func ("/kombo/client/error/truncated-json", test_error_truncated_json);
  g_test_add_func ("/kombo/client/error/refused", test_error_refused);
  g_test_add_func ("/kombo/client/long-answer", test_long_answer);
  g_test_add_func ("/kombo/client/error/tls", test_error_tls);
  g_test_add_func ("/kombo/client/error/timeout", test_error_timeout);
  g_test_add_func ("/kombo/client/retry/read-429-then-503-then-200", test_retry_read_429);
  g_test_add_func ("/kombo/client/retry/read-gives-up", test_retry_read_gives_up);
  g_test_add_func ("/kombo/client/retry/retry-after", test_retry_after_honoured);
  g_test_add_func ("/kombo/client/retry/ratelimit-reset", test_ratelimit_reset_honoured);
  g_test_add_func ("/kombo/client/retry/retry-after-too-long", test_retry_after_too_long);
  g_test_add_func ("/kombo/client/retry/write-after-concurrency-limit", test_write_retried_after_concurrency_limit);
  g_test_add_func ("/kombo/client/retry/write-not-retried", test_write_not_retried);
  g_test_add_func ("/kombo/client/cancel/during-backoff", test_cancel_during_backoff);
  g_test_add_func ("/kombo/client/cancel/in-flight", test_cancel_in_flight);

  return g_test_run ();
}
