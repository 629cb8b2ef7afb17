/* fuzz-error.c: Kombo's error envelope and the errors made of other bodies, from any bytes */
#include "config.h"

#include "kombo.h"
#include "kombo-client-private.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (GError) envelope = kombo_http_error_from_envelope (500, bytes);
  g_autoptr (GError) plain = kombo_error_new_http (502, "Bad Gateway", "text/plain", bytes);
  g_autoptr (GError) html = kombo_error_new_http (503, NULL, "text/html", bytes);

  /* What the window would show of them */
  if (envelope != NULL)
    {
      g_autofree char *title = kombo_error_dup_display_title (envelope);
      g_autofree char *sentence = kombo_error_dup_sentence (envelope);

      g_assert (g_utf8_validate (title, -1, NULL));
      g_assert (g_utf8_validate (sentence, -1, NULL));
    }
  g_assert (g_utf8_validate (plain->message, -1, NULL));
  g_assert (g_utf8_validate (html->message, -1, NULL));
  return 0;
}
