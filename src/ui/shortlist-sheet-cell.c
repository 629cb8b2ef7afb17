/* shortlist-sheet-cell.c: one row of a spreadsheet as its list shows it
 *
 * A cell shows its row's candidate, what is wrong with it or what became of it, and whether
 * it is sent, and follows the row for as long as it shows it. A spreadsheet has up to 500
 * rows, so a cell is made of plain labels: only a row with something to say wraps its text.
 * Text from the spreadsheet is shown as it is, never as markup.
 */
#define G_LOG_DOMAIN "shortlist-sheet-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-sheet-cell.h"
#include "shortlist-widget.h"

struct _ShortlistSheetCell
{
  GtkWidget parent_instance;

  GtkWidget *check;
  GtkWidget *title;
  GtkWidget *subtitle;
  GtkWidget *status;

  ShortlistSheetRow *row;
  GBinding          *include;
  gulong             notify_id;
};

G_DEFINE_FINAL_TYPE (ShortlistSheetCell, shortlist_sheet_cell, GTK_TYPE_WIDGET)

static const char *
describe_state (ShortlistRowState state,
                const char      **style)
{
  *style = NULL;
  switch (state)
    {
    case SHORTLIST_ROW_CHECKING:
      *style = "dim-label";
      return _ ("Checking…");
    case SHORTLIST_ROW_READY:
      return _ ("Ready");
    case SHORTLIST_ROW_INVALID:
      *style = "error";
      return _ ("Needs a change");
    case SHORTLIST_ROW_IN_ATS:
      *style = "warning";
      return _ ("Already there");
    case SHORTLIST_ROW_SENDING:
      *style = "dim-label";
      return _ ("Sending…");
    case SHORTLIST_ROW_SENT:
      *style = "success";
      return _ ("Submitted");
    case SHORTLIST_ROW_FAILED:
      *style = "error";
      return _ ("Not sent");
    case SHORTLIST_ROW_UNKNOWN:
    default:
      *style = "warning";
      return _ ("Unknown");
    }
}

/* Shows the row's candidate, what is wrong with it or what became of it, and whether it goes */
static void
update (ShortlistSheetCell *self)
{
  ShortlistSheetRow *row = self->row;
  g_autofree char   *name = shortlist_sheet_row_dup_name (row);
  g_autofree char   *where = NULL;
  g_autofree char   *subtitle = NULL;
  const char        *email = shortlist_sheet_row_get_email (row);
  const char        *details = shortlist_sheet_row_get_details (row);
  const char        *style;
  const char        *said = describe_state (shortlist_sheet_row_get_state (row), &style);

  /* A CV's row is known by its file, a spreadsheet's by its number */
  if (shortlist_sheet_row_get_source (row) != NULL)
    /* TRANSLATORS: a CV's file name, and the candidate's email address */
    where = email && *email ? g_strdup_printf (_ ("%s · %s"), shortlist_sheet_row_get_source (row), email)
                            : g_strdup (shortlist_sheet_row_get_source (row));
  else
    /* TRANSLATORS: a row of the spreadsheet, and the candidate's email address */
    where = email && *email ? g_strdup_printf (_ ("Row %u · %s"), shortlist_sheet_row_get_number (row), email)
                            : g_strdup_printf (_ ("Row %u"), shortlist_sheet_row_get_number (row));
  subtitle = details ? g_strconcat (where, "\n", details, NULL) : g_strdup (where);
  /* A CV the list cannot send as it is says how to finish it */
  if (shortlist_sheet_row_get_source (row) != NULL && shortlist_sheet_row_get_state (row) == SHORTLIST_ROW_INVALID &&
      !shortlist_sheet_row_get_kept (row))
    {
      char *hint = g_strconcat (subtitle, "\n", _ ("Click to keep it as a draft and finish it in the form."), NULL);

      g_free (subtitle);
      subtitle = hint;
    }
  gtk_label_set_text (GTK_LABEL (self->title), name);
  gtk_label_set_text (GTK_LABEL (self->subtitle), subtitle);
  /* What is wrong is read in full; a wrapped label costs a list of hundreds dearly, so only
   * the rows that say more than their number wrap */
  gtk_label_set_wrap (GTK_LABEL (self->subtitle), details != NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->subtitle), details != NULL ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);

  gtk_label_set_text (GTK_LABEL (self->status), said);
  for (const char *const *c = (const char *const[]){ "dim-label", "error", "warning", "success", NULL }; *c; c++)
    gtk_widget_remove_css_class (self->status, *c);
  if (style != NULL)
    gtk_widget_add_css_class (self->status, style);
  gtk_widget_set_sensitive (self->check, shortlist_sheet_row_can_include (row));
}

/**
 * shortlist_sheet_cell_set_row:
 * @row: (nullable): the row to show from now on, or %NULL to let go of it
 */
void
shortlist_sheet_cell_set_row (ShortlistSheetCell *self,
                              ShortlistSheetRow  *row)
{
  g_return_if_fail (SHORTLIST_IS_SHEET_CELL (self));

  if (self->row == row)
    return;
  if (self->row != NULL)
    {
      g_clear_signal_handler (&self->notify_id, self->row);
      g_clear_pointer (&self->include, g_binding_unbind);
    }
  g_set_object (&self->row, row);
  if (row == NULL)
    return;
  self->include = g_object_bind_property (row, "include", self->check, "active", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  self->notify_id = g_signal_connect_swapped (row, "notify", G_CALLBACK (update), self);
  update (self);
}

ShortlistSheetRow *
shortlist_sheet_cell_get_row (ShortlistSheetCell *self)
{
  g_return_val_if_fail (SHORTLIST_IS_SHEET_CELL (self), NULL);
  return self->row;
}

static void
shortlist_sheet_cell_dispose (GObject *object)
{
  ShortlistSheetCell *self = SHORTLIST_SHEET_CELL (object);
  GtkWidget          *child;

  shortlist_sheet_cell_set_row (self, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (shortlist_sheet_cell_parent_class)->dispose (object);
}

static void
shortlist_sheet_cell_class_init (ShortlistSheetCellClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = shortlist_sheet_cell_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "sheet-cell");
}

static void
shortlist_sheet_cell_init (ShortlistSheetCell *self)
{
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 12);
  self->check = gtk_check_button_new ();
  self->title = shortlist_row_label_new ("title");
  self->subtitle = shortlist_row_label_new ("subtitle");
  self->status = gtk_label_new (NULL);

  gtk_widget_set_valign (self->check, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (titles, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (titles, TRUE);
  gtk_box_append (GTK_BOX (titles), self->title);
  gtk_box_append (GTK_BOX (titles), self->subtitle);
  gtk_label_set_xalign (GTK_LABEL (self->status), 1);
  gtk_widget_set_valign (self->status, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->check, GTK_WIDGET (self));
  gtk_widget_set_parent (titles, GTK_WIDGET (self));
  gtk_widget_set_parent (self->status, GTK_WIDGET (self));

  /* A screen reader says the candidate's name with the check, and then the rest */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->check), GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->subtitle, self->status, NULL, -1);
}

GtkWidget *
shortlist_sheet_cell_new (void)
{
  return g_object_new (SHORTLIST_TYPE_SHEET_CELL, NULL);
}
