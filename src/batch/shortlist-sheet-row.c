/* shortlist-sheet-row.c: one row of a spreadsheet: its candidate as a draft, where it stands, whether it goes */
#define G_LOG_DOMAIN "shortlist-spreadsheet"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-spreadsheet-private.h"

G_DEFINE_FINAL_TYPE (ShortlistSheetRow, shortlist_sheet_row, G_TYPE_OBJECT)

enum
{
  ROW_PROP_0,
  ROW_PROP_STATE,
  ROW_PROP_DETAILS,
  ROW_PROP_INCLUDE,
  ROW_PROP_DRAFT,
  ROW_N_PROPS
};

static GParamSpec *row_properties[ROW_N_PROPS];

static void
shortlist_sheet_row_finalize (GObject *object)
{
  ShortlistSheetRow *self = (ShortlistSheetRow *) object;

  g_clear_object (&self->draft);
  g_free (self->email);
  g_free (self->source);
  g_free (self->unread);
  g_free (self->details);
  g_free (self->candidate_id);
  g_free (self->draft_id);
  g_clear_object (&self->submission);

  G_OBJECT_CLASS (shortlist_sheet_row_parent_class)->finalize (object);
}

static void
shortlist_sheet_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ShortlistSheetRow *self = SHORTLIST_SHEET_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case ROW_PROP_DETAILS:
      g_value_set_string (value, self->details);
      break;
    case ROW_PROP_INCLUDE:
      g_value_set_boolean (value, self->include);
      break;
    case ROW_PROP_DRAFT:
      g_value_set_object (value, self->draft);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
shortlist_sheet_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ShortlistSheetRow *self = SHORTLIST_SHEET_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_INCLUDE:
      shortlist_sheet_row_set_include (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
shortlist_sheet_row_class_init (ShortlistSheetRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = shortlist_sheet_row_finalize;
  object_class->get_property = shortlist_sheet_row_get_property;
  object_class->set_property = shortlist_sheet_row_set_property;

  row_properties[ROW_PROP_STATE] = g_param_spec_int ("state", NULL, NULL, SHORTLIST_ROW_CHECKING, SHORTLIST_ROW_UNKNOWN,
                                                     SHORTLIST_ROW_CHECKING, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  row_properties[ROW_PROP_DETAILS] = g_param_spec_string ("details", NULL, NULL, NULL,
                                                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  row_properties[ROW_PROP_INCLUDE] = g_param_spec_boolean ("include", NULL, NULL, FALSE,
                                                           G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  row_properties[ROW_PROP_DRAFT] = g_param_spec_object ("draft", NULL, NULL, KOMBO_TYPE_CANDIDATE_DRAFT,
                                                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, ROW_N_PROPS, row_properties);
}

static void
shortlist_sheet_row_init (ShortlistSheetRow *self)
{
}

/* Its row number, as the spreadsheet shows it: the header line is row 1 */
guint
shortlist_sheet_row_get_number (ShortlistSheetRow *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SHEET_ROW (self), 0);
  return self->number;
}

/* Returns: (transfer full): the candidate's name, or when the row has none its CV's file name,
 *   or "Row N" */
char *
shortlist_sheet_row_dup_name (ShortlistSheetRow *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (SHORTLIST_IS_SHEET_ROW (self), NULL);

  name = self->draft ? kombo_candidate_draft_dup_display_name (self->draft) : NULL;
  if (name != NULL && *name != '\0')
    return g_steal_pointer (&name);
  if (self->source != NULL)
    return g_strdup (self->source);
  /* TRANSLATORS: a row of a spreadsheet with no name in it */
  return g_strdup_printf (_ ("Row %u"), self->number);
}

/* Returns: (nullable): the address, as written */
const char *
shortlist_sheet_row_get_email (ShortlistSheetRow *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SHEET_ROW (self), NULL);
  return self->draft ? kombo_candidate_draft_get_text (self->draft, "email-address") : NULL;
}

ShortlistRowState
shortlist_sheet_row_get_state (ShortlistSheetRow *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SHEET_ROW (self), SHORTLIST_ROW_INVALID);
  return self->state;
}

/* Returns: (nullable): what is wrong with the row, or what became of it, as sentences */
const char *
shortlist_sheet_row_get_details (ShortlistSheetRow *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SHEET_ROW (self), NULL);
  return self->details;
}

gboolean
shortlist_sheet_row_get_include (ShortlistSheetRow *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SHEET_ROW (self), FALSE);
  return self->include;
}

/* Whether the recruiter may choose to send the row: it is valid and not sent */
gboolean
shortlist_sheet_row_can_include (ShortlistSheetRow *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SHEET_ROW (self), FALSE);
  return self->state == SHORTLIST_ROW_READY || self->state == SHORTLIST_ROW_IN_ATS || self->state == SHORTLIST_ROW_FAILED;
}

void
shortlist_sheet_row_set_include (ShortlistSheetRow *self,
                                 gboolean           include)
{
  g_return_if_fail (SHORTLIST_IS_SHEET_ROW (self));

  include = include && shortlist_sheet_row_can_include (self);
  if (self->include == include)
    return;
  self->include = include;
  g_object_notify_by_pspec (G_OBJECT (self), row_properties[ROW_PROP_INCLUDE]);
}

KomboCandidateDraft *
shortlist_sheet_row_get_draft (ShortlistSheetRow *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SHEET_ROW (self), NULL);
  return self->draft;
}

/* Returns: (nullable): the Kombo id of the candidate the row became */
const char *
shortlist_sheet_row_get_candidate_id (ShortlistSheetRow *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SHEET_ROW (self), NULL);
  return self->candidate_id;
}

void
_shortlist_sheet_row_set_state (ShortlistSheetRow *self,
                                ShortlistRowState  state,
                                const char        *details,
                                gboolean           include)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (self->state != state)
    {
      self->state = state;
      g_object_notify_by_pspec (G_OBJECT (self), row_properties[ROW_PROP_STATE]);
    }
  if (kombo_set_str (&self->details, details))
    g_object_notify_by_pspec (G_OBJECT (self), row_properties[ROW_PROP_DETAILS]);
  shortlist_sheet_row_set_include (self, include);
  g_object_thaw_notify (G_OBJECT (self));
}

/* The row's candidate, built again from its line */
void
_shortlist_sheet_row_set_draft (ShortlistSheetRow   *self,
                                KomboCandidateDraft *draft)
{
  if (g_set_object (&self->draft, draft))
    g_object_notify_by_pspec (G_OBJECT (self), row_properties[ROW_PROP_DRAFT]);
}

/* Returns: (nullable): the file name of the CV the row was read from; %NULL for a spreadsheet's row */
const char *
shortlist_sheet_row_get_source (ShortlistSheetRow *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SHEET_ROW (self), NULL);
  return self->source;
}

/* Returns: whether the row was kept as a draft, to finish in the form */
gboolean
shortlist_sheet_row_get_kept (ShortlistSheetRow *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SHEET_ROW (self), FALSE);
  return self->kept;
}
