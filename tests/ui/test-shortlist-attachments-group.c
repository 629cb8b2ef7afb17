/* test-shortlist-attachments-group.c: the candidate's files, checked against what the ATS accepts */
#include "config.h"

#include <string.h>

#include "shortlist-attachments-group.h"
#include "shortlist-field-error.h"
#include "ui-test-util.h"

#define RESTRICTIONS                                                                                                \
  "{\"status\":\"success\",\"data\":{\"attachment_restrictions\":{\"total_size_bytes\":20000000,"                   \
  "\"types\":{\"CV\":{\"is_supported\":true,\"min_amount\":null,\"max_amount\":1,\"max_file_size_bytes\":10000000," \
  "\"accepted_mime_types\":[\"application/pdf\"]},\"COVER_LETTER\":{\"is_supported\":false},"                       \
  "\"OTHER\":{\"is_supported\":true,\"min_amount\":null,\"max_amount\":null,\"max_file_size_bytes\":null,"          \
  "\"accepted_mime_types\":null}}}}}"

static gboolean
has_n_files (gpointer data)
{
  KomboCandidateDraft *draft = ((gpointer *) data)[0];

  return g_list_model_get_n_items (G_LIST_MODEL (kombo_candidate_draft_get_attachments (draft))) ==
         GPOINTER_TO_UINT (((gpointer *) data)[1]);
}

static void
wait_for_files (KomboCandidateDraft *draft,
                guint                n)
{
  gpointer data[] = { draft, GUINT_TO_POINTER (n) };

  ui_test_wait_for (has_n_files, data, "the files to be read");
}

static gboolean
shows_message (gpointer data)
{
  const char *message = shortlist_field_get_error (data);

  return message != NULL && g_str_has_prefix (message, "A file could not be attached: ") && strstr (message, "cv.pdf") != NULL;
}

/* Files are read off the main loop, the first is the CV, and what the ATS refuses is said on its row */
static void
test_files (void)
{
  g_autoptr (FakeKombo) fake = fake_kombo_new ();
  g_autoptr (KomboClient) client = test_client_new (fake);
  g_autoptr (KomboCandidateDraft) draft = kombo_candidate_draft_new ();
  g_autoptr (KomboAttachmentRestrictions) restrictions = NULL;
  g_autofree char *pdf_path = test_write_file ("portfolio.pdf", "%PDF-1.4 portfolio", -1);
  g_autofree char *txt_path = test_write_file ("letter.txt", "Dear team", -1);
  GFile           *files[] = { g_file_new_for_path (txt_path), g_file_new_for_path (pdf_path), g_file_new_for_path ("/nonexistent/cv.pdf") };
  GtkWidget       *group = g_object_new (SHORTLIST_TYPE_ATTACHMENTS_GROUP, NULL);
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWindow       *window;
  GtkWidget       *letter;
  GAsyncResult    *result = NULL;
  g_autoptr (KomboAttachment) first = NULL;

  fake_kombo_respond (fake, "GET", "/ats/actions/ats_create_candidate", 200, RESTRICTIONS);
  kombo_client_get_attachment_restrictions_async (client, NULL, test_store_result, &result);
  restrictions = kombo_client_get_attachment_restrictions_finish (client, test_wait (&result), NULL);
  g_object_unref (result);

  gtk_box_append (GTK_BOX (box), group);
  window = ui_test_window_new (box);
  shortlist_attachments_group_set_draft (SHORTLIST_ATTACHMENTS_GROUP (group), draft);
  shortlist_attachments_group_set_restrictions (SHORTLIST_ATTACHMENTS_GROUP (group), restrictions);

  shortlist_attachments_group_add_files (SHORTLIST_ATTACHMENTS_GROUP (group), files, 1);
  wait_for_files (draft, 1);
  shortlist_attachments_group_add_files (SHORTLIST_ATTACHMENTS_GROUP (group), files + 1, 1);
  wait_for_files (draft, 2);

  /* The first file is taken as the CV, the next as another document */
  letter = ui_test_find_row (group, "letter.txt");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (ui_test_find_descendant (letter, GTK_TYPE_DROP_DOWN, 0))), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (ui_test_find_descendant (ui_test_find_row (group, "portfolio.pdf"), GTK_TYPE_DROP_DOWN, 0))), ==, 2);
  g_assert_cmpstr (ui_test_row_error (letter), ==, "“letter.txt” is not of a type this applicant tracking system accepts (application/pdf).");

  /* Another kind, chosen on the row, is the attachment's, and the problem goes */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (ui_test_find_descendant (letter, GTK_TYPE_DROP_DOWN, 0)), 2);
  first = g_list_model_get_item (G_LIST_MODEL (kombo_candidate_draft_get_attachments (draft)), 0);
  g_assert_cmpint (kombo_attachment_get_attachment_type (first), ==, KOMBO_ATTACHMENT_OTHER);
  g_assert_null (ui_test_row_error (letter));

  /* A file that cannot be read is said below the group; the others stay */
  shortlist_attachments_group_add_files (SHORTLIST_ATTACHMENTS_GROUP (group), files + 2, 1);
  ui_test_wait_for (shows_message, group, "the message about the missing file");
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_next_sibling (group), "field-error"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kombo_candidate_draft_get_attachments (draft))), ==, 2);

  /* The trash button takes the file out of the draft */
  g_signal_emit_by_name (ui_test_find_descendant (letter, GTK_TYPE_BUTTON, 1), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kombo_candidate_draft_get_attachments (draft))), ==, 1);

  ui_test_destroy_window (window, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/shortlist/attachments-group/files", test_files);

  return g_test_run ();
}
