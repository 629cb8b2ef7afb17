/* shortlist-cv-reader.c: reads one CV, given on standard input, in a process of its own
 *
 * The window runs this for every CV attached (shortlist_cv_read_async()) and reads one JSON
 * object from its standard output: {"facts": {...}} or {"error": {"code": N, "message": "..."}}
 * with a ShortlistCvError code. Whatever the document does to the readers below, it does here:
 * this process limits its own memory and CPU time before it reads a byte, and the window kills
 * it after two seconds.
 */
#define G_LOG_DOMAIN "shortlist-cv-reader"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "shortlist-cv.h"

#define MAX_FILE (64 * 1024 * 1024) /* no CV is larger */

#if defined(__SANITIZE_ADDRESS__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANITIZED 1
#endif
#endif

static void
limit (int    resource,
       rlim_t value)
{
  struct rlimit limits = { value, value };

  if (setrlimit (resource, &limits) != 0)
    g_warning ("Cannot limit resource %d: %s", resource, g_strerror (errno));
}

static GBytes *
read_input (GError **error)
{
  g_autoptr (GByteArray) data = g_byte_array_new ();
  guint8  buffer[65536];
  ssize_t n;

  while ((n = read (STDIN_FILENO, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
          return NULL;
        }
      if (data->len + n > MAX_FILE)
        {
          g_set_error_literal (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_TOO_LARGE, _ ("The CV is too large to read"));
          return NULL;
        }
      g_byte_array_append (data, buffer, n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (ShortlistCvFacts) facts = NULL;
  g_autofree char *text = NULL;
  g_autofree char *author = NULL;
  g_autofree char *json = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SHORTLIST_LOCALEDIR") ? g_getenv ("SHORTLIST_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* CPU time beyond the window's patience, or more than 100 MiB of heap, end it. Memory is
   * left alone under AddressSanitizer, whose shadow memory counts as both. */
  limit (RLIMIT_CPU, 4);
#ifndef SANITIZED
  limit (RLIMIT_DATA, (rlim_t) 100 * 1024 * 1024);
  limit (RLIMIT_AS, (rlim_t) 1024 * 1024 * 1024);
#endif
  limit (RLIMIT_CORE, 0);

  bytes = read_input (&error);
  if (bytes != NULL)
    text = shortlist_cv_extract_text (bytes, g_get_monotonic_time () + 2 * G_USEC_PER_SEC, &author, &error);
  if (text != NULL)
    facts = shortlist_cv_facts_from_text (text, author);

  json_builder_begin_object (builder);
  if (facts != NULL)
    {
      json_builder_set_member_name (builder, "facts");
      json_builder_add_value (builder, shortlist_cv_facts_to_json (facts));
    }
  else
    {
      json_builder_set_member_name (builder, "error");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "code");
      json_builder_add_int_value (builder, error->domain == SHORTLIST_CV_ERROR ? error->code : SHORTLIST_CV_ERROR_DAMAGED);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, error->message);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  fputs (json, stdout);
  return fflush (stdout) == 0 ? 0 : 1;
}
