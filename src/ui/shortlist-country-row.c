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
#include "shortlist-widget.h"

struct _ShortlistCountryRow
{
  AdwActionRow parent_instance;

  GtkDropDown *dropdown;
  GPtrArray   *codes;   /* in the order of the list; [0] is "not given" */
  char        *unknown; /* a code no country has, kept until another is chosen */
  gboolean     filling; /* the list is being replaced: the country does not change */
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

/* Every country, named in the reader's language and sorted as it sorts: made once, off the
 * main loop (reading iso-codes' table and translations, and sorting, takes tens of
 * milliseconds), and shared by every row */
typedef struct
{
  guint        n;
  const char **codes; /* [0] is "" for "not given" */
  char       **names;
} CountryNames;

static CountryNames *country_names;
static GSList       *waiting; /* GWeakRef of rows made before the names were */
static gboolean      naming;

static void
name_countries_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  guint                   n = 0;
  const KomboCountry     *countries = kombo_countries_get_all (&n);
  g_autofree CountryName *sorted = g_new0 (CountryName, n);
  CountryNames           *names = g_new0 (CountryNames, 1);

  for (guint i = 0; i < n; i++)
    {
      sorted[i].code = countries[i].alpha_2;
      sorted[i].name = g_strdup (g_dgettext ("iso_3166-1", countries[i].name));
      sorted[i].key = g_utf8_collate_key (sorted[i].name, -1);
    }
  qsort (sorted, n, sizeof (CountryName), compare_country_names);

  names->n = n + 1;
  names->codes = g_new0 (const char *, n + 1);
  names->names = g_new0 (char *, n + 2);
  names->codes[0] = "";
  names->names[0] = g_strdup (_ ("Not given"));
  for (guint i = 0; i < n; i++)
    {
      names->codes[i + 1] = sorted[i].code;
      names->names[i + 1] = sorted[i].name;
      g_free (sorted[i].key);
    }
  g_task_return_pointer (task, names, NULL);
}

static void fill (ShortlistCountryRow *self);

static void
countries_named_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  country_names = g_task_propagate_pointer (G_TASK (result), NULL);
  while (waiting != NULL)
    {
      GWeakRef *ref = waiting->data;
      g_autoptr (ShortlistCountryRow) row = g_weak_ref_get (ref);

      if (row != NULL)
        fill (row);
      g_weak_ref_clear (ref);
      g_free (ref);
      waiting = g_slist_delete_link (waiting, waiting);
    }
}

/* Fills @self's list once the names are there, at once if they are */
static void
when_named (ShortlistCountryRow *self)
{
  GWeakRef *ref;

  if (country_names != NULL)
    {
      fill (self);
      return;
    }
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);
  waiting = g_slist_prepend (waiting, ref);
  if (!naming)
    {
      g_autoptr (GTask) task = g_task_new (NULL, NULL, countries_named_cb, NULL);

      naming = TRUE;
      g_task_run_in_thread (task, name_countries_thread);
    }
}

/* Shows @codes, naming each, and chooses @country among them */
static void
show_list (ShortlistCountryRow *self,
           const char *const   *codes,
           const char *const   *names,
           guint                n,
           const char          *country)
{
  g_autoptr (GtkStringList) list = gtk_string_list_new ((const char *const *) names);

  self->filling = TRUE;
  g_ptr_array_set_size (self->codes, 0);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->codes, (gpointer) codes[i]);
  gtk_drop_down_set_model (self->dropdown, G_LIST_MODEL (list));
  self->filling = FALSE;
  /* Said for the button that takes the focus, not only for the drop-down around it */
  shortlist_name_button (GTK_WIDGET (self->dropdown), _ ("Country"));
  shortlist_country_row_set_country (self, country);
}

/* The whole list, sorted, once it is there */
static void
fill (ShortlistCountryRow *self)
{
  g_autofree char *country = g_strdup (shortlist_country_row_get_country (self));

  show_list (self, country_names->codes, (const char *const *) country_names->names, country_names->n, country);
}

static void
selected_cb (ShortlistCountryRow *self)
{
  if (self->filling)
    return;
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
  GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  const char    *none[] = { "" };
  const char    *none_name[] = { _ ("Not given"), NULL };

  self->codes = g_ptr_array_new ();
  self->dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, expression));
  gtk_drop_down_set_enable_search (self->dropdown, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->dropdown), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Country"), -1);
  g_signal_connect_swapped (self->dropdown, "notify::selected", G_CALLBACK (selected_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->dropdown));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _ ("Country"));
  /* The focus goes to the drop-down, not to the row first */
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  /* "Not given" until every country is named; a country set meanwhile is kept */
  show_list (self, none, none_name, 1, "");
  when_named (self);
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
  g_autofree char    *upper = country ? g_ascii_strup (country, -1) : NULL;
  const KomboCountry *known;
  guint               selected = 0;

  g_return_if_fail (SHORTLIST_IS_COUNTRY_ROW (self));

  /* Before every country is named, a known one is shown alone */
  known = country != NULL && country_names == NULL && !self->filling ? kombo_country_lookup (upper) : NULL;
  if (known != NULL && g_strcmp0 (upper, self->codes->len > 1 ? self->codes->pdata[1] : "") != 0)
    {
      const char *codes[] = { "", known->alpha_2 };
      const char *names[] = { _ ("Not given"), g_dgettext ("iso_3166-1", known->name), NULL };

      show_list (self, codes, names, 2, country);
      return;
    }
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
