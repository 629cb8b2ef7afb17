/* fuzz-cv.c: a file attached as a CV, read as the form reads it, from any bytes
 *
 * Its kind is told by its first bytes, so one target reaches every reader: the zip reader and
 * the XML of DOCX and ODT, RTF, text in any encoding, PDF through poppler, and the rules that
 * find the candidate's details. What is filled into an empty draft, Undo takes back whole.
 */
#include "config.h"

#include "shortlist-cv.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr (GError) error = NULL;
  g_autofree char *author = NULL;
  g_autofree char *text = shortlist_cv_extract_text (bytes, g_get_monotonic_time () + G_USEC_PER_SEC, &author, &error);
  g_autoptr (ShortlistCvFacts) facts = NULL;
  g_autoptr (KomboCandidateDraft) draft = NULL;
  g_autoptr (ShortlistCvFill) fill = NULL;

  if (text == NULL)
    {
      g_assert (error != NULL && error->domain == SHORTLIST_CV_ERROR);
      return 0;
    }
  g_assert (g_utf8_validate (text, -1, NULL));
  g_assert (author == NULL || g_utf8_validate (author, -1, NULL));

  facts = shortlist_cv_facts_from_text (text, author);
  draft = kombo_candidate_draft_new ();
  fill = shortlist_cv_fill (facts, draft);
  shortlist_cv_fill_undo (fill, draft);
  g_assert (kombo_candidate_draft_is_empty (draft));
  return 0;
}
