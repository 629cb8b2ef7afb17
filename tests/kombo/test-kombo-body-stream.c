/* test-kombo-body-stream.c: attachments streamed as base64, intact and with an exact length */
#include "config.h"

#include <glib/gstdio.h>

#include "kombo-body-stream.h"
#include "test-util.h"

#define CREATED                                                                                       \
  "{\"status\":\"success\",\"data\":{\"id\":\"c-big\",\"first_name\":\"Big\",\"last_name\":\"File\"," \
  "\"remote_url\":null,\"applications\":[],\"tags\":[]},\"warnings\":[]}"

/* Writes @size bytes of reproducible noise and returns its SHA-256 */
static char *
write_noise (const char *path,
             gsize       size)
{
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr (GRand) rand = g_rand_new_with_seed (2026);
  g_autofree guint32 *block = g_new (guint32, 16384);
  FILE               *out = g_fopen (path, "wb");
  gsize               written = 0;

  g_assert_nonnull (out);
  while (written < size)
    {
      gsize n = MIN (size - written, 16384 * sizeof (guint32));

      for (guint i = 0; i < 16384; i++)
        block[i] = g_rand_int (rand);
      g_assert_cmpuint (fwrite (block, 1, n, out), ==, n);
      g_checksum_update (checksum, (const guchar *) block, n);
      written += n;
    }
  fclose (out);

  return g_strdup (g_checksum_get_string (checksum));
}

typedef struct
{
  goffset last_sent;
  goffset total;
  guint   calls;
} Progress;

static void
progress_cb (goffset  sent,
             goffset  total,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpint (sent, >=, progress->last_sent);
  g_assert_cmpint (sent, <=, total);
  progress->last_sent = sent;
  progress->total = total;
  progress->calls++;
}

static KomboCandidate *
candidate_with (KomboAttachment *attachment)
{
  KomboCandidate *candidate = kombo_candidate_new ();

  g_object_set (candidate,
                "first-name", "Big", "last-name", "File", "email-address", "big.file@example.com",
                "job-id", "job-1", NULL);
  kombo_candidate_add_attachment (candidate, attachment);
  return candidate;
}

static KomboAttachment *
load_attachment (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  KomboAttachment *attachment;

  kombo_attachment_new_for_file_async (file, KOMBO_ATTACHMENT_CV, NULL, test_store_result, &result);
  attachment = kombo_attachment_new_for_file_finish (test_wait (&result), &error);
  g_assert_no_error (error);
  return attachment;
}

static void
test_25_mb_arrives_intact (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autofree char *path = g_build_filename (test_get_tmp_dir (), "Big CV.pdf", NULL);
  g_autofree char *expected_sum = write_noise (path, 25 * 1000 * 1000 + 1);
  g_autoptr (KomboAttachment) attachment = load_attachment (path);
  g_autoptr (KomboCandidate) candidate = candidate_with (attachment);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (KomboWriteResult) written = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonObject) body = NULL;
  g_autofree guchar *decoded = NULL;
  g_autofree char   *sum = NULL;
  Progress           progress = {
              0,
  };
  FakeRequest *request;
  JsonObject  *sent;
  gsize        decoded_len;
  gint64       started, elapsed_ms;

  /* The name says PDF, the content is noise: the client sends the type it was given */
  kombo_attachment_set_content_type (attachment, "application/pdf");

  fake_kombo_respond (fake, "POST", "/ats/candidates", 200, CREATED);
  started = g_get_monotonic_time ();
  kombo_client_create_candidate_async (client, candidate, progress_cb, &progress, NULL, NULL,
                                       test_store_result, &result);
  written = kombo_client_create_candidate_finish (client, test_wait (&result), &error);
  elapsed_ms = (g_get_monotonic_time () - started) / 1000;
  g_assert_no_error (error);
  g_assert_cmpstr (kombo_candidate_record_get_id (kombo_write_result_get_candidate (written)), ==, "c-big");

  request = fake_kombo_get_request (fake, 0);
  g_assert_cmpint (soup_message_headers_get_content_length (request->headers), ==, g_bytes_get_size (request->body));

  body = fake_request_get_json (request);
  sent = json_array_get_object_element (json_object_get_array_member (body, "attachments"), 0);
  g_assert_cmpstr (json_object_get_string_member (sent, "name"), ==, "Big CV.pdf");
  g_assert_cmpstr (json_object_get_string_member (sent, "type"), ==, "CV");
  g_assert_cmpstr (json_object_get_string_member (sent, "content_type"), ==, "application/pdf");

  decoded = g_base64_decode (json_object_get_string_member (sent, "data"), &decoded_len);
  g_assert_cmpuint (decoded_len, ==, 25 * 1000 * 1000 + 1);
  sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, decoded, decoded_len);
  g_assert_cmpstr (sum, ==, expected_sum);

  /* Progress ran to the end of the body, said at most every 33 ms (not once per chunk of a few
   * kilobytes, thousands of times), and at the end */
  g_assert_cmpuint (progress.calls, >=, 1);
  g_assert_cmpuint (progress.calls, <=, elapsed_ms / 33 + 2);
  g_assert_cmpint (progress.total, ==, g_bytes_get_size (request->body));
  g_assert_cmpint (progress.last_sent, ==, progress.total);

  g_unlink (path);
}

static void
test_exact_length (void)
{
  const char *sizes[] = { "", "a", "ab", "abc", "abcd", NULL };

  for (guint i = 0; sizes[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("file-%u.txt", i);
      g_autofree char *path = test_write_file (name, sizes[i], -1);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (KomboAttachment) attachment = kombo_attachment_new (file, name, "text/plain", strlen (sizes[i]), KOMBO_ATTACHMENT_OTHER);
      g_autoptr (GPtrArray) files = g_ptr_array_new ();
      g_autoptr (KomboBody) body = NULL;
      g_autoptr (GInputStream) stream = NULL;
      g_autoptr (GError) error = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *encoded = g_base64_encode ((const guchar *) sizes[i], strlen (sizes[i]));
      char             buffer[256] = {
                    0,
      };
      gsize read = 0;

      g_ptr_array_add (files, attachment);
      body = kombo_body_new ("{\"a\":[{\"data\":\"m-0\"},{\"data\":\"m-1\"}],\"z\":\"m-10\"}", "m", files, &error);
      /* Marker 1 has no file, so it stays text, as does "m-10" */
      g_assert_no_error (error);
      stream = kombo_body_open (body);
      g_input_stream_read_all (stream, buffer, sizeof buffer - 1, &read, NULL, &error);
      g_assert_no_error (error);

      expected = g_strdup_printf ("{\"a\":[{\"data\":\"%s\"},{\"data\":\"m-1\"}],\"z\":\"m-10\"}", encoded);
      g_assert_cmpstr (buffer, ==, expected);
      g_assert_cmpint (kombo_body_get_length (body), ==, read);
    }
}

static void
test_file_changed_while_sending (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autofree char *path = test_write_file ("cv.txt", "A long enough CV", -1);
  g_autoptr (KomboAttachment) attachment = load_attachment (path);
  g_autoptr (KomboCandidate) candidate = candidate_with (attachment);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (KomboWriteResult) written = NULL;
  g_autoptr (GError) error = NULL;

  /* The person edits the file after attaching it */
  g_free (test_write_file ("cv.txt", "Short", -1));

  fake_kombo_respond (fake, "POST", "/ats/candidates", 200, CREATED);
  kombo_client_create_candidate_async (client, candidate, NULL, NULL, NULL, NULL, test_store_result, &result);
  written = kombo_client_create_candidate_finish (client, test_wait (&result), &error);
  g_assert_null (written);
  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_FILE);
  g_assert_cmpstr (error->message, ==, "“cv.txt” got shorter while it was being sent. Attach it again.");
}

static void
test_create_not_redirected (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autofree char *path = test_write_file ("redirected.pdf", "%PDF-1.4 sent once", -1);
  g_autoptr (KomboAttachment) attachment = load_attachment (path);
  g_autoptr (KomboCandidate) candidate = candidate_with (attachment);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (KomboWriteResult) written = NULL;
  g_autoptr (GError) error = NULL;

  /* A create is not repeated elsewhere behind the person's back: the redirect is the answer */
  fake_kombo_respond_full (fake, "POST", "/ats/candidates", 307, "text/plain", "Moved", 0,
                           "Location", "/v1/ats/candidates-moved", NULL);
  fake_kombo_respond (fake, "POST", "/ats/candidates-moved", 200, CREATED);
  kombo_client_create_candidate_async (client, candidate, NULL, NULL, NULL, NULL, test_store_result, &result);
  written = kombo_client_create_candidate_finish (client, test_wait (&result), &error);

  g_assert_error (error, KOMBO_ERROR, KOMBO_ERROR_HTTP);
  g_assert_cmpstr (error->message, ==,
                   "The server answered HTTP 307 and sent the call elsewhere (/v1/ats/candidates-moved). Shortlist does not "
                   "follow redirects; check the server address.");
  g_assert_cmpuint (fake_kombo_get_n_requests (fake), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add_func ("/kombo/body-stream/25-mb-arrives-intact", test_25_mb_arrives_intact);
  g_test_add_func ("/kombo/body-stream/exact-length", test_exact_length);
  g_test_add_func ("/kombo/body-stream/file-changed-while-sending", test_file_changed_while_sending);
  g_test_add_func ("/kombo/body-stream/create-not-redirected", test_create_not_redirected);

  return g_test_run ();
}
