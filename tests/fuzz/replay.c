/* replay.c: runs every file of a fuzz target's corpus through it, for the normal test suite
 *
 * Usage: replay-<target> CORPUS_FOLDER
 *
 * The same entry point libFuzzer calls, with the seeds and every input that ever crashed a
 * target: a parser that breaks on one of them again fails the suite (and, in the sanitized
 * build, any undefined behaviour or memory error on them).
 */
#include "config.h"

#include <gio/gio.h>
#include <stdio.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GError) error = NULL;
  const char *name;
  guint       n = 0;

  if (argc != 2 || (dir = g_dir_open (argv[1], 0, &error)) == NULL)
    {
      g_printerr ("Usage: %s CORPUS_FOLDER%s%s\n", argv[0], error ? ": " : "", error ? error->message : "");
      return 2;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (argv[1], name, NULL);
      g_autofree char *contents = NULL;
      gsize            length = 0;

      g_autofree guint8 *exact = NULL;

      if (!g_file_get_contents (path, &contents, &length, &error))
        g_error ("%s", error->message);
      /* Exactly as long as the file, with no NUL after it, never NULL: as libFuzzer passes its inputs */
      exact = g_malloc (MAX (length, 1));
      memcpy (exact, contents, length);
      LLVMFuzzerTestOneInput (exact, length);
      n++;
    }
  if (n == 0)
    {
      g_printerr ("%s: the corpus is empty\n", argv[1]);
      return 1;
    }
  printf ("%u inputs replayed\n", n);
  return 0;
}
