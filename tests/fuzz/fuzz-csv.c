/* fuzz-csv.c: a spreadsheet saved as CSV, read as the spreadsheet window reads it, from any bytes */
#include "config.h"

#include "shortlist-csv.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = shortlist_csv_parse ((const char *) data, size, &error);
  g_autoptr (GFile) folder = g_file_new_for_path ("/nonexistent-shortlist-fuzz");
  ShortlistCsvField *fields;
  guint              n_fields;

  if (rows == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }
  if (rows->len == 0)
    return 0;
  n_fields = g_strv_length (rows->pdata[0]);
  fields = g_new0 (ShortlistCsvField, n_fields);
  for (guint i = 0; i < n_fields; i++)
    fields[i] = shortlist_csv_guess_field (((char **) rows->pdata[0])[i]);
  for (guint i = 1; i < rows->len; i++)
    {
      g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
      g_autoptr (KomboCandidateDraft) draft = shortlist_csv_row_to_draft (rows->pdata[i], fields, n_fields, folder, problems);
      g_autoptr (GPtrArray) violations = kombo_candidate_draft_validate (draft, NULL);

      g_assert (violations != NULL);
    }
  g_free (fields);
  return 0;
}
