/* test-kombo-application-calls.c: what follows a submission on the wire: a note for the client's
 * team, a file added later, the ATS's users for "Sourced by", and candidates found by name */
#include "config.h"

#include "test-util.h"

#define NOTES_PATH "/ats/applications/app-1/notes"

static KomboWriteResult *
add_note (KomboClient *client,
          const char  *application_id,
          const char  *content,
          const char  *visibility,
          GError     **error)
{
  g_autoptr (GAsyncResult) result = NULL;

  kombo_client_add_note_async (client, application_id, content, visibility, NULL, test_store_result, &result);
  return kombo_client_add_note_finish (client, test_wait (&result), error);
}

static void
test_note (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboWriteResult) written = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonObject) body = NULL;
  FakeRequest *request;

  fake_kombo_respond (fake, "POST", NOTES_PATH, 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  written = add_note (client, "app-1", "  Strong on Rust; can start in March.\nPrefers remote.  ", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (written);

  request = fake_kombo_get_request (fake, 0);
  g_assert_cmpstr (request->method, ==, "POST");
  body = fake_request_get_json (request);
  test_assert_json_equal (body, "{\"content\":\"Strong on Rust; can start in March.\\nPrefers remote.\",\"content_type\":\"PLAIN_TEXT\"}");
  test_assert_schema_valid ("application-notes.request.schema.json", request->body);
}

static void
test_note_visibility (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboWriteResult) written = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonObject) body = NULL;

  fake_kombo_respond (fake, "POST", NOTES_PATH, 200, "{\"status\":\"success\",\"data\":{},\"warnings\":[]}");
  written = add_note (client, "app-1", "For the hiring manager only", "private", &error);
  g_assert_no_error (error);
  body = fake_request_get_json (fake_kombo_get_request (fake, 0));
  test_assert_json_equal (body, "{\"content\":\"For the hiring manager only\",\"content_type\":\"PLAIN_TEXT\","
                                "\"remote_fields\":{\"greenhouse\":{\"visibility\":\"private\"}}}");
  test_assert_schema_valid ("application-notes.request.schema.json", fake_kombo_get_request (fake, 0)->body);
}

/* Kombo's answer where the ATS takes no notes: an error with its code, nothing lost */
static void
test_note_refused (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboWriteResult) written = NULL;
  g_autoptr (GError) error = NULL;

  fake_kombo_respond (fake, "POST", NOTES_PATH, 400,
                      "{\"status\":\"error\",\"error\":{\"code\":\"INTEGRATION.ACTION_NOT_AVAILABLE\","
                      "\"title\":\"Action not available\",\"message\":\"This ATS does not support notes.\",\"log_url\":null}}");
  written = add_note (client, "app-1", "Why this candidate", NULL, &error);
  g_assert_null (written);
  g_assert_cmpstr (kombo_error_get_code (error), ==, "INTEGRATION.ACTION_NOT_AVAILABLE");
  g_assert_cmpstr (error->message, ==, "This ATS does not support notes.");
}

/* An empty note, or no application, is refused before anything is sent */
static void
test_note_rules (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) error2 = NULL;
  g_autoptr (KomboWriteResult) written = add_note (client, "app-1", " \n ", NULL, &error);
  g_autoptr (KomboWriteResult) written2 = add_note (client, "  ", "A note", NULL, &error2);
  GPtrArray *violations;

  g_assert_null (written);
  g_assert_null (written2);
  violations = kombo_error_get_violations (error);
  g_assert_cmpuint (violations->len, ==, 1);
  g_assert_cmpstr (((KomboViolation *) violations->pdata[0])->path, ==, "content");
  g_assert_cmpstr (((KomboViolation *) violations->pdata[0])->message, ==, "Write the note first.");
  g_assert_true (g_error_matches (error2, KOMBO_ERROR, KOMBO_ERROR_INVALID_INPUT));
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 0);
}

/* A file added later arrives whole, streamed as the first submission's files are */
static void
test_attachment (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (KomboWriteResult) written = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonObject) body = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (KomboAttachment) attachment = NULL;
  g_autofree char   *path = NULL;
  g_autofree guchar *decoded = NULL;
  g_autoptr (GByteArray) contents = g_byte_array_new ();
  JsonObject *member;
  gsize       length;

  /* 300 KB of every byte value: base64 in pieces must join up exactly */
  for (guint i = 0; i < 300 * 1024; i++)
    {
      guint8 byte = (guint8) (i * 7 + i / 251);

      g_byte_array_append (contents, &byte, 1);
    }
  path = test_write_file ("updated-cv.pdf", (const char *) contents->data, contents->len);
  file = g_file_new_for_path (path);
  attachment = kombo_attachment_new (file, "Updated CV.pdf", "application/pdf", contents->len, KOMBO_ATTACHMENT_CV);

  fake_kombo_respond (fake, "POST", "/ats/applications/app-9/attachments", 200,
                      "{\"status\":\"success\",\"data\":{},\"warnings\":[{\"message\":\"Stored on the candidate\"}]}");
  kombo_client_add_application_attachment_async (client, "app-9", attachment, NULL, NULL, NULL, NULL, test_store_result, &result);
  written = kombo_client_add_application_attachment_finish (client, test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kombo_write_result_get_warnings (written)[0], ==, "Stored on the candidate");

  test_assert_schema_valid ("application-attachments.request.schema.json", fake_kombo_get_request (fake, 0)->body);
  body = fake_request_get_json (fake_kombo_get_request (fake, 0));
  member = json_object_get_object_member (body, "attachment");
  g_assert_cmpstr (json_object_get_string_member (member, "name"), ==, "Updated CV.pdf");
  g_assert_cmpstr (json_object_get_string_member (member, "type"), ==, "CV");
  g_assert_cmpstr (json_object_get_string_member (member, "content_type"), ==, "application/pdf");
  decoded = g_base64_decode (json_object_get_string_member (member, "data"), &length);
  g_assert_cmpmem (decoded, length, contents->data, contents->len);
}

static void
test_attachment_rules (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = test_write_file ("blob.bin", "x", 1);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (KomboAttachment) attachment = kombo_attachment_new (file, "blob.bin", "application/octet-stream", 1, KOMBO_ATTACHMENT_OTHER);
  g_autoptr (KomboWriteResult) written = NULL;
  GPtrArray *violations;

  kombo_client_add_application_attachment_async (client, "app-9", attachment, NULL, NULL, NULL, NULL, test_store_result, &result);
  written = kombo_client_add_application_attachment_finish (client, test_wait (&result), &error);
  g_assert_null (written);
  violations = kombo_error_get_violations (error);
  g_assert_cmpuint (violations->len, ==, 1);
  g_assert_cmpstr (((KomboViolation *) violations->pdata[0])->path, ==, "attachment.content_type");
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 0);
}

static void
test_users (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) users = NULL;
  g_autoptr (KomboUser) first = NULL;
  g_autoptr (KomboUser) nameless = NULL;
  g_autofree char *first_name = NULL;
  g_autofree char *nameless_name = NULL;
  const char      *answer =
      "{\"status\":\"success\",\"data\":{\"next\":null,\"results\":["
      "{\"id\":\"u-1\",\"remote_id\":\"41\",\"first_name\":\"Grace\",\"last_name\":\"Hopper\",\"email\":\"grace@agency.example\","
      "\"status\":\"ACTIVE\",\"changed_at\":\"2026-12-01T09:00:00.000Z\",\"remote_deleted_at\":null,\"remote_created_at\":null,\"remote_updated_at\":null,\"remote_data\":null},"
      "{\"id\":\"u-2\",\"remote_id\":null,\"first_name\":null,\"last_name\":null,\"email\":\"desk@agency.example\","
      "\"status\":null,\"changed_at\":\"2026-12-01T09:00:00.000Z\",\"remote_deleted_at\":null,\"remote_created_at\":null,\"remote_updated_at\":null,\"remote_data\":null},"
      "{\"id\":null,\"first_name\":\"No\",\"last_name\":\"Id\"}]}}";

  fake_kombo_respond (fake, "GET", "/ats/users", 200, answer);
  kombo_client_get_users_async (client, NULL, test_store_result, &result);
  users = kombo_client_get_users_finish (client, test_wait (&result), &error);
  g_assert_no_error (error);
  /* A user without an id cannot be credited: left out */
  g_assert_cmpuint (g_list_model_get_n_items (users), ==, 2);
  first = g_list_model_get_item (users, 0);
  nameless = g_list_model_get_item (users, 1);
  first_name = kombo_user_dup_display_name (first);
  nameless_name = kombo_user_dup_display_name (nameless);
  g_assert_cmpstr (first_name, ==, "Grace Hopper");
  g_assert_cmpstr (kombo_user_get_email (first), ==, "grace@agency.example");
  g_assert_cmpstr (nameless_name, ==, "desk@agency.example");
  g_assert_true (kombo_user_matches (first, "hopp"));
  g_assert_true (kombo_user_matches (first, "GRACE@"));
  g_assert_false (kombo_user_matches (nameless, "grace"));
}

static void
test_candidates_by_name (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) found = NULL;
  const char      *candidates[] = { "cand-3:job-1:Screen:PENDING", NULL };
  g_autofree char *answer = test_candidates_answer (candidates, TRUE);
  FakeRequest     *request;

  fake_kombo_respond (fake, "GET", "/ats/candidates?last_name", 200, answer);
  kombo_client_get_candidates_by_name_async (client, " Ada ", "Lovelace", NULL, test_store_result, &result);
  found = kombo_client_get_candidates_finish (client, test_wait (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  request = fake_kombo_get_request (fake, 0);
  g_assert_cmpstr (g_hash_table_lookup (request->params, "first_name"), ==, "Ada");
  g_assert_cmpstr (g_hash_table_lookup (request->params, "last_name"), ==, "Lovelace");
  g_assert_false (g_hash_table_contains (request->params, "email"));
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add_func ("/kombo/application-calls/note", test_note);
  g_test_add_func ("/kombo/application-calls/note-visibility", test_note_visibility);
  g_test_add_func ("/kombo/application-calls/note-refused", test_note_refused);
  g_test_add_func ("/kombo/application-calls/note-rules", test_note_rules);
  g_test_add_func ("/kombo/application-calls/attachment", test_attachment);
  g_test_add_func ("/kombo/application-calls/attachment-rules", test_attachment_rules);
  g_test_add_func ("/kombo/application-calls/users", test_users);
  g_test_add_func ("/kombo/application-calls/candidates-by-name", test_candidates_by_name);

  return g_test_run ();
}
