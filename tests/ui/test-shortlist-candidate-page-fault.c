/* test-shortlist-candidate-page-fault.c: each fault a server can make, and the form kept whole through it */
#include "config.h"

#include "candidate-page-test.h"

/* The fault matrix: what the server (or the way to it) does to a filled form's submission */
typedef enum
{
  REACH_FAKE,    /* the usual server */
  REACH_REFUSED, /* a port nobody listens on */
  REACH_BAD_TLS, /* https with a certificate no authority signed */
} Reach;

typedef struct
{
  const char *name;
  Reach       reach;
  guint       status; /* 0 with raw: the connection is written to as it is, then closed */
  const char *content_type;
  const char *body;
  const char *raw;
  guint       delay_ms; /* beyond the 1 s the test gives writes: a hang */
  const char *retry_after;
  const char *title; /* what the error says, or NULL when the candidate arrives after all */
  const char *code;  /* Kombo's code, shown beside it */
  const char *message;
  gboolean    unknown; /* the candidate may have arrived: looked up, never sent again */
} Fault;

static const Fault faults[] = {
  { "401", REACH_FAKE, 401, "application/json",
    "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.AUTHENTICATION_INVALID\",\"title\":\"Invalid API key\","
    "\"message\":\"The API key is not valid.\",\"log_url\":\"https://app.kombo.dev/logs/401\"}}",
    NULL, 0, NULL, "Invalid API key", "PLATFORM.AUTHENTICATION_INVALID", "The API key is not valid.", FALSE },
  { "400-violations", REACH_FAKE, 400, "application/json",
    "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.INPUT_INVALID\",\"title\":\"Invalid input\","
    "\"message\":\"body.candidate.email_address: Invalid email\",\"log_url\":null}}",
    NULL, 0, NULL, "Invalid input", "PLATFORM.INPUT_INVALID", "body.candidate.email_address: Invalid email", FALSE },
  { "429-retry-after", REACH_FAKE, 429, "application/json",
    "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.RATE_LIMIT_EXCEEDED\",\"title\":\"Rate limit exceeded\","
    "\"message\":\"Slow down.\",\"log_url\":null}}",
    NULL, 0, "1", NULL, NULL, NULL, FALSE },
  { "500", REACH_FAKE, 500, "application/json",
    "{\"status\":\"error\",\"error\":{\"code\":\"PLATFORM.UNKNOWN_ERROR\",\"title\":\"Unknown error\","
    "\"message\":\"Something went wrong on Kombo's side.\",\"log_url\":null}}",
    NULL, 0, NULL, "Unknown error", "PLATFORM.UNKNOWN_ERROR", "Something went wrong on Kombo's side.", TRUE },
  { "502-html", REACH_FAKE, 502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>",
    NULL, 0, NULL, "The server answered with an error", NULL,
    "The server answered HTTP 502 Bad Gateway instead of a Kombo answer. Kombo or the network in between may be having trouble; try again in a moment.",
    TRUE },
  { "200-not-json", REACH_FAKE, 200, "text/plain", "OK",
    NULL, 0, NULL, "Unexpected answer from the server", NULL, NULL, TRUE },
  { "truncated", REACH_FAKE, 0, NULL, NULL,
    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"status\":\"success\",\"data\":{\"id\":\"cand-",
    0, NULL, "The connection to the server broke", NULL, NULL, TRUE },
  { "dropped", REACH_FAKE, 0, NULL, NULL, "", 0, NULL, "The connection to the server broke", NULL, NULL, TRUE },
  { "hang", REACH_FAKE, 200, "application/json", CREATED, NULL, 3000, NULL, "No answer in time", NULL,
    "The server did not answer within 1 second. The change may still reach the applicant tracking system: check before you try again.",
    TRUE },
  { "refused", REACH_REFUSED, 0, NULL, NULL, NULL, 0, NULL, "Cannot reach the server", NULL,
    "The server refused the connection. It may be down; try again in a moment.", FALSE },
  { "bad-tls", REACH_BAD_TLS, 0, NULL, NULL, NULL, 0, NULL, "The secure connection failed", NULL, NULL, FALSE },
  /* A server's words are shown as written, never taken as markup */
  { "hostile-text", REACH_FAKE, 400, "application/json",
    "{\"status\":\"error\",\"error\":{\"code\":\"ATS.INPUT_INVALID\",\"title\":\"R&D <b>down</b> <a href=\\\"file:///etc/passwd\\\">x</a>\","
    "\"message\":\"R&D <b>down</b> <a href=\\\"file:///etc/passwd\\\">x</a>\",\"log_url\":null}}",
    NULL, 0, NULL, UI_TEST_HOSTILE_TEXT, "ATS.INPUT_INVALID", UI_TEST_HOSTILE_TEXT, FALSE },
};

/* A loopback address where nothing listens: a port that was just free */
static char *
dup_refusing_url (void)
{
  g_autoptr (GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr (GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr (GSocketAddress) bound = NULL;

  g_assert_true (g_socket_bind (socket, address, FALSE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  g_socket_close (socket, NULL);
  return g_strdup_printf ("http://127.0.0.1:%u/v1", g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
}

static gboolean
settled (gpointer data)
{
  Fixture *f = data;

  return error_shown (ui_test_find_descendant (f->page, SHORTLIST_TYPE_ERROR_BOX, 0)) ||
         g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (ui_test_find_descendant (f->page, GTK_TYPE_STACK, 0))), "result") == 0;
}

/* Whatever goes wrong, the recruiter reads what, next to the form, and keeps every field; a
 * candidate who may have arrived is looked up, never sent twice */
static void
test_fault (Fixture      *f,
            gconstpointer data)
{
  const Fault       *fault = data;
  KomboClient       *client = shortlist_account_get_client (f->account);
  ShortlistErrorBox *error_box = SHORTLIST_ERROR_BOX (ui_test_find_descendant (f->page, SHORTLIST_TYPE_ERROR_BOX, 0));
  GtkWidget         *country = control (f, "Country", GTK_TYPE_DROP_DOWN);
  GtkWidget         *check = ui_test_find_label (f->page, "_Check Whether the Candidate Arrived");
  g_autofree char *template = g_build_filename (test_get_tmp_dir (), "faults-XXXXXX", NULL);
  g_autoptr (ShortlistStore) store = shortlist_store_new (g_mkdtemp (template));
  g_autoptr (FakeKombo) elsewhere = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autofree char *url = NULL;
  GAsyncResult    *result = NULL;
  guint            n_before;

  shortlist_store_open_async (store, NULL, test_store_result, &result);
  g_assert_true (shortlist_store_open_finish (store, test_wait (&result), NULL, NULL));
  g_clear_object (&result);
  use_store (f, store);

  fill_minimal (f);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (country), string_position (gtk_drop_down_get_model (GTK_DROP_DOWN (country)), "Portugal"));
  kombo_client_set_timeouts (client, 1, 1);

  switch (fault->reach)
    {
    case REACH_FAKE:
      answer_no_one (f, 1);
      if (fault->raw != NULL)
        fake_kombo_respond_raw (f->fake, "POST", "/ats/candidates", fault->raw);
      else
        fake_kombo_respond_full (f->fake, "POST", "/ats/candidates", fault->status, fault->content_type, fault->body,
                                 fault->delay_ms, fault->retry_after ? "Retry-After" : NULL, fault->retry_after, NULL);
      if (fault->title == NULL)
        fake_kombo_respond (f->fake, "POST", "/ats/candidates", 200, CREATED);
      break;
    case REACH_REFUSED:
      url = dup_refusing_url ();
      break;
    case REACH_BAD_TLS:
      elsewhere = fake_kombo_new_self_signed ();
      url = fake_kombo_dup_url (elsewhere);
      break;
    }
  if (url != NULL)
    g_assert_true (kombo_client_set_base_url (client, url, NULL));

  gtk_widget_activate_action (f->page, "candidate.submit", NULL);
  ui_test_wait_for (settled, f, "the submission to end");

  /* A write Kombo refused before any work is sent again, after the wait it asked for */
  if (fault->title == NULL)
    {
      wait_for_page (f, "result");
      g_assert_cmpuint (n_sent (f), ==, 2);
      wait_for_history (store, SHORTLIST_SENT_CREATED);
      return;
    }

  g_assert_cmpstr (shortlist_error_box_get_title (error_box), ==, fault->title);
  /* As the person reads it */
  g_assert_nonnull (ui_test_find_text (GTK_WIDGET (error_box), fault->title));
  if (fault->message != NULL)
    g_assert_cmpstr (shortlist_error_box_get_message (error_box), ==, fault->message);
  if (fault->message != NULL)
    g_assert_nonnull (ui_test_find_text (GTK_WIDGET (error_box), fault->message));
  else
    g_assert_cmpstr (shortlist_error_box_get_message (error_box), !=, "");
  if (fault->code != NULL)
    g_assert_nonnull (ui_test_find_label (GTK_WIDGET (error_box), fault->code));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "First name"))), ==, "Ada");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "Last name"))), ==, "Lovelace");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "Email address"))), ==, " ada.lovelace@example.org ");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "City"))), ==, "Lisbon");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (country)), ==,
                    string_position (gtk_drop_down_get_model (GTK_DROP_DOWN (country)), "Portugal"));
  g_assert_true (can_reach (field (f, "First name")));
  g_assert_true (gtk_widget_get_visible (check) == fault->unknown);
  wait_for_history (store, fault->unknown ? SHORTLIST_SENT_UNKNOWN : SHORTLIST_SENT_FAILED);
  if (elsewhere != NULL)
    g_assert_cmpuint (fake_kombo_get_n_requests (elsewhere), ==, 0);
  if (!fault->unknown)
    return;

  /* The candidate may be there: Check asks the ATS by address, and sends nothing */
  g_assert_cmpuint (n_sent (f), ==, 1);
  n_before = fake_kombo_get_n_requests (f->fake);
  fake_kombo_respond (f->fake, "GET", "/ats/candidates", 200,
                      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":[{\"id\":\"cand-ada\",\"first_name\":\"Ada\","
                      "\"last_name\":\"Lovelace\",\"remote_url\":null,\"applications\":[{\"id\":\"app\",\"job\":{\"id\":\"" DESIGNER_JOB "\","
                      "\"name\":\"Product Designer\",\"remote_id\":\"1044\"},\"current_stage\":null}],\"tags\":[]}]}}");
  g_signal_emit_by_name (check, "clicked");
  wait_for_page (f, "result");
  g_assert_cmpuint (fake_kombo_get_n_requests (f->fake), ==, n_before + 1);
  g_assert_cmpstr (fake_kombo_get_request (f->fake, n_before)->method, ==, "GET");
  g_assert_cmpuint (n_sent (f), ==, 1);
  wait_for_history (store, SHORTLIST_SENT_CREATED);
  entries = read_history (store);
  g_assert_cmpstr (((ShortlistHistoryEntry *) entries->pdata[0])->candidate_id, ==, "cand-ada");
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autofree char *path = g_strdup_printf ("/shortlist/candidate-page/fault/%s", faults[i].name);

      g_test_add (path, Fixture, &faults[i], fixture_set_up, test_fault, fixture_tear_down);
    }

  return g_test_run ();
}
