/* bench-upload.c: submits one candidate with one attachment through KomboClient, for bench.sh
 *
 * Usage: bench-upload BASE_URL FILE
 * The server is a local sink; the key is a placeholder that never leaves this computer.
 */
#include "config.h"

#include <locale.h>

#include "kombo.h"

typedef struct
{
  GMainLoop      *loop;
  KomboClient    *client;
  KomboCandidate *candidate;
  int             status;
} Bench;

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Bench *bench = user_data;
  g_autoptr (KomboWriteResult) written = NULL;
  g_autoptr (GError) error = NULL;

  written = kombo_client_create_candidate_finish (KOMBO_CLIENT (object), result, &error);
  if (written == NULL)
    {
      g_printerr ("bench-upload: %s\n", error->message);
      bench->status = 1;
    }
  g_main_loop_quit (bench->loop);
}

static void
attachment_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Bench *bench = user_data;
  g_autoptr (KomboAttachment) attachment = NULL;
  g_autoptr (GError) error = NULL;

  attachment = kombo_attachment_new_for_file_finish (result, &error);
  if (attachment == NULL)
    {
      g_printerr ("bench-upload: %s\n", error->message);
      bench->status = 1;
      g_main_loop_quit (bench->loop);
      return;
    }

  kombo_attachment_set_content_type (attachment, "application/pdf");
  kombo_candidate_add_attachment (bench->candidate, attachment);
  kombo_client_create_candidate_async (bench->client, bench->candidate, NULL, NULL, NULL, NULL,
                                       created_cb, bench);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = NULL;
  Bench bench = {
    0,
  };

  setlocale (LC_ALL, "");
  if (argc != 3)
    {
      g_printerr ("Usage: %s BASE_URL FILE\n", argv[0]);
      return 2;
    }

  bench.client = kombo_client_new_for_url (argv[1], &error);
  if (bench.client == NULL)
    {
      g_printerr ("bench-upload: %s\n", error->message);
      return 2;
    }
  kombo_client_set_api_key (bench.client, "bench-placeholder-key");
  kombo_client_set_integration_id (bench.client, "sandbox:bench");

  bench.candidate = kombo_candidate_new ();
  g_object_set (bench.candidate,
                "first-name", "Bench", "last-name", "Mark", "email-address", "bench@example.com",
                "job-id", "job-bench", NULL);

  bench.loop = g_main_loop_new (NULL, FALSE);
  file = g_file_new_for_commandline_arg (argv[2]);
  kombo_attachment_new_for_file_async (file, KOMBO_ATTACHMENT_CV, NULL, attachment_cb, &bench);
  g_main_loop_run (bench.loop);

  g_main_loop_unref (bench.loop);
  g_object_unref (bench.candidate);
  g_object_unref (bench.client);
  return bench.status;
}
