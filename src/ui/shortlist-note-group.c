/* shortlist-note-group.c: a note for the client's team: plain text, and who may see it where the ATS says
 *
 * The candidate form and a History entry both write a note this way. The text is plain: what is
 * typed is what the client's team reads. "Visible to" is offered only where Kombo passes it on
 * (Greenhouse); elsewhere the ATS decides. Its choice is kept as Greenhouse names it
 * ("public", "private", "admin_only"), "" for the ATS's default.
 */
#define G_LOG_DOMAIN "shortlist-note-group"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-note-group.h"

struct _ShortlistNoteGroup
{
  AdwPreferencesGroup parent_instance;

  GtkTextView *view;
  AdwComboRow *visibility_row;
  char        *text;
  char        *visibility;
};

G_DEFINE_FINAL_TYPE (ShortlistNoteGroup, shortlist_note_group, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  PROP_0,
  PROP_TEXT,
  PROP_VISIBILITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of the combo's items; the first is the ATS's own default */
static const char *visibilities[] = { "", "public", "private", "admin_only" };

static void
shortlist_note_group_finalize (GObject *object)
{
  ShortlistNoteGroup *self = SHORTLIST_NOTE_GROUP (object);

  g_free (self->text);
  g_free (self->visibility);
  G_OBJECT_CLASS (shortlist_note_group_parent_class)->finalize (object);
}

static void
shortlist_note_group_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ShortlistNoteGroup *self = SHORTLIST_NOTE_GROUP (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_VISIBILITY:
      g_value_set_string (value, self->visibility);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
shortlist_note_group_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ShortlistNoteGroup *self = SHORTLIST_NOTE_GROUP (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      shortlist_note_group_set_text (self, g_value_get_string (value));
      break;
    case PROP_VISIBILITY:
      shortlist_note_group_set_visibility (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
shortlist_note_group_class_init (ShortlistNoteGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = shortlist_note_group_finalize;
  object_class->get_property = shortlist_note_group_get_property;
  object_class->set_property = shortlist_note_group_set_property;

  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VISIBILITY] = g_param_spec_string ("visibility", NULL, NULL, "",
                                                     G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buffer_changed_cb (ShortlistNoteGroup *self,
                   GtkTextBuffer      *buffer)
{
  GtkTextIter      start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (text, self->text) == 0)
    return;
  g_free (self->text);
  self->text = g_steal_pointer (&text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

static void
visibility_chosen_cb (ShortlistNoteGroup *self)
{
  guint chosen = adw_combo_row_get_selected (self->visibility_row);

  shortlist_note_group_set_visibility (self, chosen < G_N_ELEMENTS (visibilities) ? visibilities[chosen] : "");
}

static void
shortlist_note_group_init (ShortlistNoteGroup *self)
{
  const char *names[] = { N_ ("As the ATS sets it"), N_ ("Everyone"), N_ ("Private"), N_ ("Admins only"), NULL };
  g_autoptr (GtkStringList) choices = gtk_string_list_new (NULL);
  GtkWidget *row = g_object_new (ADW_TYPE_PREFERENCES_ROW, "title", _ ("Note for the client’s team"), "use-markup", FALSE,
                                 "activatable", FALSE, "focusable", FALSE, NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->text = g_strdup ("");
  self->visibility = g_strdup ("");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _ ("Note for the Client"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _ ("Why this candidate, in plain text. It goes to the application once the applicant tracking system has it."));

  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (self->view, 6);
  gtk_text_view_set_bottom_margin (self->view, 6);
  gtk_text_view_set_left_margin (self->view, 6);
  gtk_text_view_set_right_margin (self->view, 6);
  gtk_text_view_set_accepts_tab (self->view, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Note for the client’s team"), -1);
  g_signal_connect_object (gtk_text_view_get_buffer (self->view), "changed", G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 96);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->view));
  gtk_widget_add_css_class (scrolled, "card");
  gtk_widget_set_margin_top (scrolled, 12);
  gtk_widget_set_margin_bottom (scrolled, 12);
  gtk_widget_set_margin_start (scrolled, 12);
  gtk_widget_set_margin_end (scrolled, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), scrolled);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);

  for (guint i = 0; names[i] != NULL; i++)
    gtk_string_list_append (choices, _ (names[i]));
  self->visibility_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->visibility_row), _ ("Visible to"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->visibility_row), FALSE);
  adw_combo_row_set_model (self->visibility_row, G_LIST_MODEL (choices));
  gtk_widget_set_visible (GTK_WIDGET (self->visibility_row), FALSE);
  g_signal_connect_object (self->visibility_row, "notify::selected", G_CALLBACK (visibility_chosen_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->visibility_row));
}

GtkWidget *
shortlist_note_group_new (void)
{
  return g_object_new (SHORTLIST_TYPE_NOTE_GROUP, NULL);
}

const char *
shortlist_note_group_get_text (ShortlistNoteGroup *self)
{
  g_return_val_if_fail (SHORTLIST_IS_NOTE_GROUP (self), NULL);
  return self->text;
}

void
shortlist_note_group_set_text (ShortlistNoteGroup *self,
                               const char         *text)
{
  g_return_if_fail (SHORTLIST_IS_NOTE_GROUP (self));

  if (g_strcmp0 (text ? text : "", self->text) == 0)
    return;
  /* The buffer's "changed" keeps self->text and says so */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->view), text ? text : "", -1);
}

/* Returns: "public", "private", "admin_only", or "" for the ATS's default */
const char *
shortlist_note_group_get_visibility (ShortlistNoteGroup *self)
{
  g_return_val_if_fail (SHORTLIST_IS_NOTE_GROUP (self), NULL);
  return self->visibility;
}

void
shortlist_note_group_set_visibility (ShortlistNoteGroup *self,
                                     const char         *visibility)
{
  g_return_if_fail (SHORTLIST_IS_NOTE_GROUP (self));

  if (visibility == NULL)
    visibility = "";
  for (guint i = 0; i < G_N_ELEMENTS (visibilities); i++)
    if (g_str_equal (visibilities[i], visibility))
      {
        if (adw_combo_row_get_selected (self->visibility_row) != i)
          adw_combo_row_set_selected (self->visibility_row, i);
        if (!g_str_equal (self->visibility, visibility))
          {
            g_free (self->visibility);
            self->visibility = g_strdup (visibility);
            g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBILITY]);
          }
        return;
      }
}

/* Offers "Visible to" where Kombo passes it on to the ATS (Greenhouse) */
void
shortlist_note_group_set_visibility_offered (ShortlistNoteGroup *self,
                                             gboolean            offered)
{
  g_return_if_fail (SHORTLIST_IS_NOTE_GROUP (self));
  gtk_widget_set_visible (GTK_WIDGET (self->visibility_row), offered);
}

GtkTextView *
shortlist_note_group_get_view (ShortlistNoteGroup *self)
{
  g_return_val_if_fail (SHORTLIST_IS_NOTE_GROUP (self), NULL);
  return self->view;
}
