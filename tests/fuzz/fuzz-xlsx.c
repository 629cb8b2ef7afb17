/* fuzz-xlsx.c: an Excel workbook, read as shortlist-cv-reader reads one, from any bytes */
#include "config.h"

#include "shortlist-xlsx.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) sheets = NULL;
  g_autoptr (GPtrArray) rows = shortlist_xlsx_read (bytes, NULL, &sheets, g_get_monotonic_time () + 2 * G_USEC_PER_SEC, &error);

  if (rows == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }
  g_assert (sheets != NULL && sheets[0] != NULL);
  for (guint i = 0; i < rows->len; i++)
    for (char **cell = rows->pdata[i]; *cell != NULL; cell++)
      g_assert (g_utf8_validate (*cell, -1, NULL));
  /* Every sheet the workbook names can be asked for */
  for (guint i = 0; sheets[i] != NULL && i < 4; i++)
    {
      g_autoptr (GError) sheet_error = NULL;
      g_autoptr (GPtrArray) sheet_rows = shortlist_xlsx_read (bytes, sheets[i], NULL, 0, &sheet_error);

      g_assert (sheet_rows != NULL || sheet_error != NULL);
    }
  return 0;
}
