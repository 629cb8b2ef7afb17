/* test-kombo-util.c: what the client makes of addresses and numbers a server hands it */
#include "config.h"

#include <math.h>

#include "kombo-client-private.h"
#include "kombo-json.h"
#include "kombo-attachment-restrictions-private.h"
#include "test-util.h"

/* Only web links are opened: https anywhere, plain http on this computer only */
static void
test_safe_links (void)
{
  g_assert_true (kombo_is_safe_link ("https://app.greenhouse.io/people/42"));
  g_assert_true (kombo_is_safe_link ("HTTPS://app.kombo.dev/logs/1"));
  g_assert_true (kombo_is_safe_link ("http://127.0.0.1:8080/demo-ats/candidates/1"));
  g_assert_true (kombo_is_safe_link ("http://[::1]/log"));
  g_assert_false (kombo_is_safe_link ("http://ats.example.com/candidates/1"));
  g_assert_false (kombo_is_safe_link ("file:///etc/passwd"));
  g_assert_false (kombo_is_safe_link ("javascript:alert(1)"));
  g_assert_false (kombo_is_safe_link ("smb://server/share"));
  g_assert_false (kombo_is_safe_link ("https://"));
  g_assert_false (kombo_is_safe_link (""));
  g_assert_false (kombo_is_safe_link (NULL));
}

/* Brackets of an IPv6 literal, or one bracket alone, are read without reading past the end */
static void
test_loopback_host (void)
{
  g_assert_true (kombo_is_loopback_host ("localhost"));
  g_assert_true (kombo_is_loopback_host ("127.0.0.2"));
  g_assert_true (kombo_is_loopback_host ("::1"));
  g_assert_true (kombo_is_loopback_host ("[::1]"));
  g_assert_false (kombo_is_loopback_host ("["));
  g_assert_false (kombo_is_loopback_host ("[]"));
  g_assert_false (kombo_is_loopback_host ("[::1"));
  g_assert_false (kombo_is_loopback_host ("example.com"));
  g_assert_false (kombo_is_loopback_host (NULL));
}

static JsonObject *
parse_object (const char *json)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* A number too large or too small for an integer field is clamped, never cast blindly */
static void
test_hostile_numbers (void)
{
  g_autoptr (JsonObject) object = parse_object ("{\"big\":1e300,\"small\":-1e300,\"huge\":1e400,\"tiny\":-1e400,"
                                                "\"fine\":42,\"half\":2.5,\"text\":\"12\",\"none\":null}");
  g_autoptr (JsonObject) limits = parse_object ("{\"attachment_restrictions\":{\"total_size_bytes\":1e300,\"types\":"
                                                "{\"CV\":{\"is_supported\":true,\"max_file_size_bytes\":-1e300,\"max_amount\":1e400,"
                                                "\"accepted_mime_types\":[]}}}}");
  g_autoptr (KomboAttachmentRestrictions) restrictions = NULL;
  g_autoptr (KomboJob) parsed = NULL;
  g_autoptr (KomboStage) stage = NULL;

  g_assert_cmpint (kombo_json_get_int (object, "big", -1), ==, G_MAXINT64);
  g_assert_cmpint (kombo_json_get_int (object, "small", -1), ==, G_MININT64);
  g_assert_cmpint (kombo_json_get_int (object, "huge", -1), ==, G_MAXINT64);
  g_assert_cmpint (kombo_json_get_int (object, "tiny", -1), ==, G_MININT64);
  g_assert_cmpint (kombo_json_get_int (object, "fine", -1), ==, 42);
  g_assert_cmpint (kombo_json_get_int (object, "half", -1), ==, 2);
  g_assert_cmpint (kombo_json_get_int (object, "text", -1), ==, -1);
  g_assert_cmpint (kombo_json_get_int (object, "none", -1), ==, -1);
  g_assert_cmpint (kombo_double_to_int64 (NAN, -7), ==, -7);

  restrictions = kombo_attachment_restrictions_new_from_json (limits);
  g_assert_cmpint (kombo_attachment_restrictions_get_total_size (restrictions), ==, G_MAXINT64);

  parsed = kombo_job_new_from_data ("{\"id\":\"j\",\"name\":\"J\",\"stages\":[{\"id\":\"s\",\"name\":\"S\",\"index\":1e300}],"
                                    "\"screening_questions\":[{\"id\":\"q\",\"title\":\"Q\",\"index\":-1e300,"
                                    "\"format\":{\"type\":\"TEXT\",\"max_length\":1e300}}]}",
                                    NULL);
  g_assert_nonnull (parsed);
  stage = g_list_model_get_item (kombo_job_get_stages (parsed), 0);
  g_assert_cmpint (kombo_stage_get_index (stage), ==, G_MAXINT64);
}

/* What reaches a debug log: neither the key nor candidates' addresses or ids */
static void
test_redacted_log (void)
{
  g_autofree char *key = kombo_redact_log_line ("Authorization: Bearer secret-key-123");
  g_autofree char *lookup = kombo_redact_log_line ("GET /v1/ats/candidates?email=ada%40example.com&page_size=50 HTTP/1.1");
  g_autofree char *ids = kombo_redact_log_line ("GET /v1/ats/candidates?remote_ids=1234,5678 HTTP/1.1");
  g_autofree char *plain = kombo_redact_log_line ("POST /v1/ats/candidates HTTP/1.1");
  g_autofree char *header = kombo_redact_log_line ("Content-Type: application/json");

  g_assert_cmpstr (key, ==, "Authorization: [redacted]");
  g_assert_cmpstr (lookup, ==, "GET /v1/ats/candidates?email=[redacted]&page_size=[redacted] HTTP/1.1");
  g_assert_cmpstr (ids, ==, "GET /v1/ats/candidates?remote_ids=[redacted] HTTP/1.1");
  g_assert_cmpstr (plain, ==, "POST /v1/ats/candidates HTTP/1.1");
  g_assert_cmpstr (header, ==, "Content-Type: application/json");
}

/* Server text GTK could not show is mended, or refused whole; a message of spaces says nothing
 * and is replaced */
static void
test_hostile_text (void)
{
  const char *hostile = "{\"id\":\"j\",\"name\":\"R&D \\ud800 <Senior>\"}";
  g_autoptr (GError) blank = kombo_error_new_api (500, "X.Y", "   ", "  \n ", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboJob) job = kombo_job_new_from_data (hostile, &error);

#if JSON_CHECK_VERSION(1, 10, 0)
  /* json-glib 1.10 refuses a lone surrogate: the answer is an error, never half-read text */
  g_assert_null (job);
  g_assert_nonnull (error);
#else
  /* Before, it is read as bytes that are not UTF-8, which Shortlist mends */
  g_autoptr (JsonObject) object = parse_object (hostile);
  const char *name = kombo_json_get_string (object, "name");

  g_assert_no_error (error);
  g_assert_nonnull (job);
  g_assert_true (g_utf8_validate (name, -1, NULL));
  g_assert_true (g_str_has_prefix (name, "R&D "));
  g_assert_true (g_str_has_suffix (name, "<Senior>"));
#endif
  g_assert_cmpstr (blank->message, ==, "Kombo reported an error without details (HTTP 500).");
  g_assert_null (kombo_error_get_title (blank));
}

/* A country by what people call it: ISO names, short forms and German names, in any case */
static void
test_country_names (void)
{
  g_assert_cmpstr (kombo_country_for_name ("Germany"), ==, "DE");
  g_assert_cmpstr (kombo_country_for_name ("deutschland"), ==, "DE");
  g_assert_cmpstr (kombo_country_for_name ("Österreich"), ==, "AT");
  g_assert_cmpstr (kombo_country_for_name ("USA"), ==, "US");
  g_assert_cmpstr (kombo_country_for_name ("United Kingdom"), ==, "GB");
  g_assert_null (kombo_country_for_name ("Atlantis"));
  g_assert_null (kombo_country_for_name ("DE"));
  /* iso-codes' common and official names, in English and German, whatever the reader's language */
  g_assert_cmpstr (kombo_country_for_name ("Taiwan"), ==, "TW");
  g_assert_cmpstr (kombo_country_for_name ("Iran"), ==, "IR");
  g_assert_cmpstr (kombo_country_for_name ("south korea"), ==, "KR");
  g_assert_cmpstr (kombo_country_for_name ("Südkorea"), ==, "KR");
  g_assert_cmpstr (kombo_country_for_name ("Bolivien"), ==, "BO");
  g_assert_cmpstr (kombo_country_for_name ("Federal Republic of Germany"), ==, "DE");
  g_assert_cmpstr (kombo_country_for_name ("Bundesrepublik Deutschland"), ==, "DE");
  g_assert_cmpstr (kombo_country_for_name ("Vereinigte Staaten von Amerika"), ==, "US");
  g_assert_cmpstr (kombo_country_for_name ("Japan"), ==, "JP");
  g_assert_cmpstr (kombo_country_for_name ("Neuseeland"), ==, "NZ");
}

/* Phone numbers as people write them are one number; a short code is no number at all */
static void
test_phone_numbers_match (void)
{
  g_assert_true (kombo_phone_numbers_match ("+49 30 1234567", "030 1234567"));
  g_assert_true (kombo_phone_numbers_match ("0049-30-1234567", "+49 (30) 123-4567"));
  g_assert_true (kombo_phone_numbers_match ("+1 415 555 0100", "(415) 555-0100"));
  g_assert_false (kombo_phone_numbers_match ("+49 30 1234567", "+49 30 1234568"));
  g_assert_false (kombo_phone_numbers_match ("+44 20 7946 0958", "+49 30 1234567"));
  g_assert_false (kombo_phone_numbers_match ("112", "112"));
  g_assert_false (kombo_phone_numbers_match (NULL, "+49 30 1234567"));
  g_assert_false (kombo_phone_numbers_match ("", ""));
}

int
main (int    argc,
      char **argv)
{
  test_init (&argc, &argv);

  g_test_add_func ("/kombo/util/safe-links", test_safe_links);
  g_test_add_func ("/kombo/util/loopback-host", test_loopback_host);
  g_test_add_func ("/kombo/util/hostile-numbers", test_hostile_numbers);
  g_test_add_func ("/kombo/util/redacted-log", test_redacted_log);
  g_test_add_func ("/kombo/util/hostile-text", test_hostile_text);
  g_test_add_func ("/kombo/util/country-names", test_country_names);
  g_test_add_func ("/kombo/util/phone-numbers-match", test_phone_numbers_match);

  return g_test_run ();
}
