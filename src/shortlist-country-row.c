/* shortlist-country-row.c: a country, chosen by its name in the reader's language
 *
 * Names come from iso-codes' own translations and are sorted as the reader's language sorts;
 * the drop-down can be searched. The "country" property is the ISO 3166 alpha-2 code, empty
 * when none is given. A code that is no country's, as from a spreadsheet, is kept (and the
 * form says it is wrong) rather than lost.
 */
#define G_LOG_DOMAIN "shortlist-country-row"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kombo.h"
#include "shortlist-country-row.h"

struct _ShortlistCountryRow
{
  AdwActionRow parent_instance;

  GtkDropDown *dropdown;
  GPtrArray   *codes;   /* in the order of the list; [0] is "not given" */
  char        *unknown; /* a code no country has, kept until another is chosen */
};

G_DEFINE_FINAL_TYPE (ShortlistCountryRow, shortlist_country_row, ADW_TYPE_ACTION_ROW)

enum
{
  PROP_0,
  PROP_COUNTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *code;
  char       *name;
  char       *key;
} CountryName;

static int
compare_country_names (gconstpointer a,
                       gconstpointer b)
{
  return strcmp (((const CountryName *) a)->key, ((const CountryName *) b)->key);
}

static GListModel *
new_country_list (GPtrArray *codes)
{
  guint                   n = 0;
  const KomboCountry     *countries = kombo_countries_get_all (&n);
  g_autofree CountryName *names = g_new0 (CountryName, n);
  GtkStringList          *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      names[i].code = countries[i].alpha_2;
      names[i].name = g_strdup (g_dgettext ("iso_3166-1", countries[i].name));
      names[i].key = g_utf8_collate_key (names[i].name, -1);
    }
  qsort (names, n, sizeof (CountryName), compare_country_names);

  g_ptr_array_add (codes, (gpointer) "");
  gtk_string_list_append (list, _ ("Not given"));
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (codes, (gpointer) names[i].code);
      gtk_string_list_append (list, names[i].name);
      g_free (names[i].name);
      g_free (names[i].key);
    }
  return G_LIST_MODEL (list);
}

static void
selected_cb (ShortlistCountryRow *self)
{
  if (gtk_drop_down_get_selected (self->dropdown) != 0)
    g_clear_pointer (&self->unknown, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
}

static void
shortlist_country_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ShortlistCountryRow *self = SHORTLIST_COUNTRY_ROW (object);

  switch (prop_id)
    {
    case PROP_COUNTRY:
      g_value_set_string (value, shortlist_country_row_get_country (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
shortlist_country_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  ShortlistCountryRow *self = SHORTLIST_COUNTRY_ROW (object);

  switch (prop_id)
    {
    case PROP_COUNTRY:
      shortlist_country_row_set_country (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
shortlist_country_row_dispose (GObject *object)
{
  ShortlistCountryRow *self = (ShortlistCountryRow *) object;

  g_clear_pointer (&self->codes, g_ptr_array_unref);
  g_clear_pointer (&self->unknown, g_free);

  G_OBJECT_CLASS (shortlist_country_row_parent_class)->dispose (object);
}

static void
shortlist_country_row_class_init (ShortlistCountryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = shortlist_country_row_dispose;
  object_class->get_property = shortlist_country_row_get_property;
  object_class->set_property = shortlist_country_row_set_property;

  properties[PROP_COUNTRY] = g_param_spec_string ("country", NULL, NULL, "",
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
shortlist_country_row_init (ShortlistCountryRow *self)
{
  g_autoptr (GListModel) names = NULL;
  GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  self->codes = g_ptr_array_new ();
  names = new_country_list (self->codes);
  self->dropdown = GTK_DROP_DOWN (gtk_drop_down_new (g_object_ref (names), expression));
  gtk_drop_down_set_enable_search (self->dropdown, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->dropdown), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Country"), -1);
  g_signal_connect_swapped (self->dropdown, "notify::selected", G_CALLBACK (selected_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->dropdown));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _ ("Country"));
}

/* Returns: the ISO 3166 alpha-2 code of the country chosen, or "" */
const char *
shortlist_country_row_get_country (ShortlistCountryRow *self)
{
  guint selected;

  g_return_val_if_fail (SHORTLIST_IS_COUNTRY_ROW (self), "");

  selected = gtk_drop_down_get_selected (self->dropdown);
  if (selected == 0 && self->unknown != NULL)
    return self->unknown;
  return selected < self->codes->len ? self->codes->pdata[selected] : "";
}

void
shortlist_country_row_set_country (ShortlistCountryRow *self,
                                   const char          *country)
{
  guint selected = 0;

  g_return_if_fail (SHORTLIST_IS_COUNTRY_ROW (self));

  for (guint i = 1; country != NULL && i < self->codes->len; i++)
    if (g_ascii_strcasecmp (self->codes->pdata[i], country) == 0)
      selected = i;
  g_free (self->unknown);
  self->unknown = selected == 0 && country != NULL && *country != '\0' ? g_strdup (country) : NULL;
  if (gtk_drop_down_get_selected (self->dropdown) == selected)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
  else
    gtk_drop_down_set_selected (self->dropdown, selected);
}
