/* test-shortlist-contact-list.c: removable rows of more emails, phones and links, bound to a list */
#include "config.h"

#include "shortlist-contact-list.h"
#include "shortlist-field-error.h"
#include "ui-test-util.h"

static GtkWidget *
new_list (GListStore *contacts)
{
  GtkWidget *list = g_object_new (SHORTLIST_TYPE_CONTACT_LIST, "title", "More Email Addresses", "row-title", "Email address",
                                  "add-label", "Add an Email Address", "remove-label", "Remove This Email Address",
                                  "with-kind", TRUE, NULL);

  shortlist_contact_list_set_model (SHORTLIST_CONTACT_LIST (list), contacts);
  return list;
}

static GtkWidget *
button_labelled (GtkWidget  *root,
                 const char *tooltip,
                 guint       nth)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *button = ui_test_find_descendant (root, GTK_TYPE_BUTTON, i);

      if (g_strcmp0 (gtk_widget_get_tooltip_text (button), tooltip) == 0 && nth-- == 0)
        return button;
    }
}

static guint
n_rows (GtkWidget *list)
{
  GtkWidget *box = ui_test_find_descendant (list, GTK_TYPE_LIST_BOX, 0);
  guint      n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (box); row != NULL; row = gtk_widget_get_next_sibling (row))
    n += ADW_IS_ENTRY_ROW (row);
  return n;
}

/* What is typed and chosen in a row is the item's; the + and trash buttons add and take away */
static void
test_edit (void)
{
  g_autoptr (GListStore) contacts = g_list_store_new (KOMBO_TYPE_CONTACT);
  GtkWidget *list = new_list (contacts);
  GtkWindow *window = ui_test_window_new (list);
  g_autoptr (KomboContact) first = NULL;
  GtkWidget *row;

  g_signal_emit_by_name (button_labelled (list, "Add an Email Address", 0), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (contacts)), ==, 1);
  row = ui_test_find_row (list, "Email address");
  gtk_editable_set_text (GTK_EDITABLE (row), "ada@engines.example");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (ui_test_find_descendant (row, GTK_TYPE_DROP_DOWN, 0)), 1);

  first = g_list_model_get_item (G_LIST_MODEL (contacts), 0);
  g_assert_cmpstr (kombo_contact_get_value (first), ==, "ada@engines.example");
  g_assert_cmpint (kombo_contact_get_kind (first), ==, KOMBO_CONTACT_WORK);

  /* Filled from elsewhere, as from a draft: the row shows it */
  {
    g_autoptr (KomboContact) second = kombo_contact_new (KOMBO_CONTACT_OTHER, "ada@home.example");

    g_list_store_append (contacts, second);
  }
  g_assert_cmpuint (n_rows (list), ==, 2);

  /* A problem shown on the first row stays when the second goes */
  shortlist_field_set_error (row, "Check this address.");
  g_signal_emit_by_name (button_labelled (list, "Remove This Email Address", 1), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (contacts)), ==, 1);
  g_assert_cmpuint (n_rows (list), ==, 1);
  g_assert_cmpstr (ui_test_row_error (row), ==, "Check this address.");

  /* Taking the first away takes its message with it */
  g_signal_emit_by_name (button_labelled (list, "Remove This Email Address", 0), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (contacts)), ==, 0);
  g_assert_null (ui_test_find_label (list, "Check this address."));

  ui_test_destroy_window (window, NULL);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/shortlist/contact-list/edit", test_edit);

  return g_test_run ();
}
