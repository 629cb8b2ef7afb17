/* shortlist-cv-reader.c: reads one CV, given on standard input, in a process of its own
 *
 * The window runs this for every CV attached (shortlist_cv_read_async()), with the file as
 * standard input, and reads one JSON object from its standard output: {"facts": {...}} or
 * {"error": {"code": N, "message": "..."}} with a ShortlistCvError code. Whatever the document does to the readers below, it does here:
 * this process limits its own memory and CPU time before it reads a byte, the window kills it
 * after two seconds, and it starts with only its standard streams and an environment that
 * names no bus, display or runtime folder. Once it holds the CV in memory it shuts itself
 * off (shortlist-sandbox.c): any system call that would open a file, make a socket or start
 * a program kills it.
 *
 * With --sheet [NAME], standard input is an Excel workbook instead, and the answer is the rows
 * of its sheet NAME, or of its first: {"sheets": [...], "rows": [[...], ...]} or the error, the
 * same way.
 *
 * Standard output carries the answer and nothing else: GLib's messages, whatever
 * G_MESSAGES_DEBUG asks for, and anything a library prints go to standard error.
 */
#define G_LOG_DOMAIN "shortlist-cv-reader"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "shortlist-cv.h"
#include "shortlist-sandbox.h"
#include "shortlist-xlsx.h"

#if defined(__SANITIZE_ADDRESS__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANITIZED 1
#endif
#endif

#ifdef SANITIZED
#include <sanitizer/lsan_interface.h>
#endif

#define MAX_CV (64 * 1024 * 1024)

/* The CV, from standard input: at most MAX_CV bytes and one more, so that a larger one is
 * known to be too large */
static GBytes *
read_input (GError **error)
{
  g_autoptr (GByteArray) data = g_byte_array_new ();
  guint8 block[65536];
  gssize n;

  while ((n = read (STDIN_FILENO, block, sizeof block)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s", g_strerror (saved));
          return NULL;
        }
      g_byte_array_append (data, block, (guint) n);
      if (data->len > MAX_CV)
        break;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* Writes the whole of @text to @fd: all the filter lets the reader do with its streams */
static gboolean
write_all (int         fd,
           const char *text)
{
  gsize left = strlen (text);

  while (left > 0)
    {
      gssize n = write (fd, text, left);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      text += n;
      left -= (gsize) n;
    }
  return TRUE;
}

/* Every message, whatever G_MESSAGES_DEBUG asks for, as one line on standard error: GLib's own
 * writer would look up the local time zone for its time stamp, which the filter forbids */
static GLogWriterOutput
write_message (GLogLevelFlags   level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  const char      *domain = NULL;
  const char      *message = NULL;
  g_autofree char *line = NULL;

  if (g_log_writer_default_would_drop (level, NULL))
    return G_LOG_WRITER_HANDLED;
  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE"))
        message = fields[i].value;
    }
  line = g_strdup_printf ("%s: %s\n", domain ? domain : "shortlist-cv-reader", message ? message : "");
  return write_all (STDERR_FILENO, line) ? G_LOG_WRITER_HANDLED : G_LOG_WRITER_UNHANDLED;
}

static void
limit (int    resource,
       rlim_t value)
{
  struct rlimit limits = { value, value };

  if (setrlimit (resource, &limits) != 0)
    g_warning ("Cannot limit resource %d: %s", resource, g_strerror (errno));
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
  g_autoptr (GPtrArray) rows = NULL;
  g_auto (GStrv) sheets = NULL;
  g_autofree char *json = NULL;
  gboolean         sheet_mode = argc > 1 && g_str_equal (argv[1], "--sheet");
  int              answer;

  /* The answer gets a descriptor of its own; standard output becomes standard error, for
   * whatever else would be printed there */
  g_log_set_writer_func (write_message, NULL, NULL);
  answer = dup (STDOUT_FILENO);
  if (answer < 0 || dup2 (STDERR_FILENO, STDOUT_FILENO) < 0)
    return 1;

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

  /* Standard input is the CV itself, opened by the window: read whole, then nothing but it */
  bytes = read_input (&error);
  if (bytes != NULL)
    {
      g_debug ("Read a CV of %" G_GSIZE_FORMAT " bytes", g_bytes_get_size (bytes));
      shortlist_cv_prepare ();
#ifdef SANITIZED
      /* LeakSanitizer's check at exit reads /proc, which the filter forbids: it checks now
       * (the parsers' leaks are found by the fuzz-replay tests, in process) */
      __lsan_do_leak_check ();
#endif
      if (shortlist_sandbox_contain (&error) && sheet_mode)
        rows = shortlist_xlsx_read (bytes, argc > 2 ? argv[2] : NULL, &sheets, g_get_monotonic_time () + 2 * G_USEC_PER_SEC, &error);
      else if (error == NULL)
        facts = shortlist_cv_read_bytes (bytes, &error);
    }

  json_builder_begin_object (builder);
  if (rows != NULL)
    {
      json_builder_set_member_name (builder, "sheets");
      json_builder_begin_array (builder);
      for (guint i = 0; sheets != NULL && sheets[i] != NULL; i++)
        json_builder_add_string_value (builder, sheets[i]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "rows");
      json_builder_begin_array (builder);
      for (guint i = 0; i < rows->len; i++)
        {
          char **cells = rows->pdata[i];

          json_builder_begin_array (builder);
          for (guint j = 0; cells[j] != NULL; j++)
            json_builder_add_string_value (builder, cells[j]);
          json_builder_end_array (builder);
        }
      json_builder_end_array (builder);
    }
  else if (facts != NULL)
    {
      json_builder_set_member_name (builder, "facts");
      json_builder_add_value (builder, shortlist_cv_facts_to_json (facts));
    }
  else
    {
      json_builder_set_member_name (builder, "error");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "code");
      json_builder_add_int_value (builder, error->domain == SHORTLIST_CV_ERROR                                           ? error->code
                                           : sheet_mode && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT)     ? SHORTLIST_CV_ERROR_TOO_LARGE
                                           : sheet_mode && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE)      ? SHORTLIST_CV_ERROR_TOO_LARGE
                                           : sheet_mode && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED) ? SHORTLIST_CV_ERROR_UNSUPPORTED
                                                                                                                         : SHORTLIST_CV_ERROR_DAMAGED);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, error->message);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  g_debug ("Answering with %s", rows != NULL ? "the rows" : facts != NULL ? "the facts"
                                                                          : "an error");
  return write_all (answer, json) ? 0 : 1;
}
