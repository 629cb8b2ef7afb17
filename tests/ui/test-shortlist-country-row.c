/* test-shortlist-country-row.c: a country chosen by name, kept as its ISO 3166 code */
#include "config.h"

#include "shortlist-country-row.h"
#include "ui-test-util.h"

static const char *
shown (GtkWidget *row)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (ui_test_find_descendant (row, GTK_TYPE_DROP_DOWN, 0));

  return gtk_string_object_get_string (gtk_drop_down_get_selected_item (dropdown));
}

static gboolean
named (gpointer dropdown)
{
  return g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)) > 100;
}

static void
test_codes (void)
{
  GtkWidget   *row = g_object_new (SHORTLIST_TYPE_COUNTRY_ROW, NULL);
  GtkWidget   *group = adw_preferences_group_new ();
  GtkWindow   *window;
  GtkDropDown *dropdown;
  GListModel  *names;

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  window = ui_test_window_new (group);
  dropdown = GTK_DROP_DOWN (ui_test_find_descendant (row, GTK_TYPE_DROP_DOWN, 0));

  g_assert_cmpstr (shortlist_country_row_get_country (SHORTLIST_COUNTRY_ROW (row)), ==, "");
  g_assert_cmpstr (shown (row), ==, "Not given");

  /* A code, in either case, shows the country's name, before every country is named and after */
  shortlist_country_row_set_country (SHORTLIST_COUNTRY_ROW (row), "de");
  g_assert_cmpstr (shown (row), ==, "Germany");
  g_assert_cmpstr (shortlist_country_row_get_country (SHORTLIST_COUNTRY_ROW (row)), ==, "DE");
  ui_test_wait_for (named, dropdown, "every country to be named");
  names = gtk_drop_down_get_model (dropdown);
  g_assert_cmpstr (shown (row), ==, "Germany");
  g_assert_cmpstr (shortlist_country_row_get_country (SHORTLIST_COUNTRY_ROW (row)), ==, "DE");

  /* Choosing a name gives its code; names are in alphabetical order */
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Portugal"))
      gtk_drop_down_set_selected (dropdown, i);
  g_assert_cmpstr (shortlist_country_row_get_country (SHORTLIST_COUNTRY_ROW (row)), ==, "PT");
  g_assert_cmpint (g_utf8_collate (gtk_string_list_get_string (GTK_STRING_LIST (names), 1),
                                   gtk_string_list_get_string (GTK_STRING_LIST (names), 2)),
                   <, 0);

  /* A code no country has is kept, for the form to say it is wrong, until a country is chosen */
  shortlist_country_row_set_country (SHORTLIST_COUNTRY_ROW (row), "XX");
  g_assert_cmpstr (shown (row), ==, "Not given");
  g_assert_cmpstr (shortlist_country_row_get_country (SHORTLIST_COUNTRY_ROW (row)), ==, "XX");
  gtk_drop_down_set_selected (dropdown, 3);
  g_assert_cmpstr (shortlist_country_row_get_country (SHORTLIST_COUNTRY_ROW (row)), !=, "XX");
  gtk_drop_down_set_selected (dropdown, 0);
  g_assert_cmpstr (shortlist_country_row_get_country (SHORTLIST_COUNTRY_ROW (row)), ==, "");

  ui_test_destroy_window (window, NULL);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/shortlist/country-row/codes", test_codes);

  return g_test_run ();
}
