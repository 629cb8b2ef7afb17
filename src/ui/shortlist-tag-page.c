/* shortlist-tag-page.c: adds a tag to one or many candidates, and takes one back
 *
 * The tags the ATS already has are offered as the name is typed, so that "Excellent fit" does
 * not become "excellent-fit" on half the candidates. A tag put on the wrong people is taken
 * back: by Undo on the toast, from those it was just added to; by Remove Tag, from everyone in
 * the list, as a run with each row's outcome; or from one candidate, by the button on the tag
 * their row shows. Taking back a tag a candidate does not have is no error.
 */
#define G_LOG_DOMAIN "shortlist-tag-page"

#include "config.h"

#include <glib/gi18n.h>

#include "shortlist-candidate-chooser.h"
#include "shortlist-compat.h"
#include "shortlist-error-box.h"
#include "shortlist-field-error.h"
#include "shortlist-tag-page.h"
#include "shortlist-widget.h"

#define MAX_SUGGESTIONS 12

struct _ShortlistTagPage
{
  GtkWidget parent_instance;

  ShortlistErrorBox         *error_box;
  ShortlistCandidateChooser *chooser;
  AdwEntryRow               *tag_row;
  GtkFlowBox                *suggestions_box;
  AdwPreferencesGroup       *behalf_group;
  AdwEntryRow               *behalf_user_row;
  GtkWidget                 *add_button;
  GtkWidget                 *remove_button;
  GtkWidget                 *spinner;

  ShortlistAccount *account;
  GListModel       *tags;
  GCancellable     *cancellable;
  GCancellable     *tags_cancellable;
  char             *new_tag_confirmed; /* a tag not in the ATS yet, which the person said to create */
  GHashTable       *had_tag;           /* the candidates the tag was on before the run under way */
  KomboTag         *tag;               /* the tag of the last run */
  gboolean          removing;          /* the last run took the tag back: Retry Failed does so again */
};

G_DEFINE_FINAL_TYPE (ShortlistTagPage, shortlist_tag_page, GTK_TYPE_WIDGET)

static void
suggestion_cb (GtkButton        *button,
               ShortlistTagPage *self)
{
  /* Typing rebuilds the suggestions, this button with them */
  g_autofree char *name = g_strdup (gtk_button_get_label (button));

  gtk_editable_set_text (GTK_EDITABLE (self->tag_row), name);
  gtk_editable_set_position (GTK_EDITABLE (self->tag_row), -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->tag_row));
}

/* Returns: (nullable) (transfer full): the ATS's name of the tag called @name, whatever its case */
static char *
find_tag (ShortlistTagPage *self,
          const char       *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (guint i = 0; self->tags != NULL && i < g_list_model_get_n_items (self->tags); i++)
    {
      g_autoptr (KomboTag) tag = g_list_model_get_item (self->tags, i);
      g_autofree char *known = kombo_tag_get_name (tag) ? g_utf8_casefold (kombo_tag_get_name (tag), -1) : NULL;

      if (g_strcmp0 (known, folded) == 0)
        return g_strdup (kombo_tag_get_name (tag));
    }
  return NULL;
}

static void
update_suggestions (ShortlistTagPage *self)
{
  g_autofree char *typed = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->tag_row)), -1);
  GtkWidget       *child;
  guint            shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->suggestions_box))) != NULL)
    gtk_flow_box_remove (self->suggestions_box, child);

  for (guint i = 0; self->tags != NULL && i < g_list_model_get_n_items (self->tags) && shown < MAX_SUGGESTIONS; i++)
    {
      g_autoptr (KomboTag) tag = g_list_model_get_item (self->tags, i);
      const char      *name = kombo_tag_get_name (tag);
      g_autofree char *folded = name ? g_utf8_casefold (name, -1) : NULL;
      GtkWidget       *button;

      if (folded == NULL || (*typed != '\0' && strstr (folded, typed) == NULL) || g_strcmp0 (folded, typed) == 0)
        continue;

      button = gtk_button_new_with_label (name);
      gtk_widget_add_css_class (button, "tag-suggestion");
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (button, _ ("Use This Tag"));
      g_signal_connect (button, "clicked", G_CALLBACK (suggestion_cb), self);
      gtk_flow_box_append (self->suggestions_box, button);
      /* The button takes the focus, not the cell around it: one Tab stop per tag */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      shown++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->suggestions_box), shown > 0);
}

static void
tags_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ShortlistTagPage *self = user_data;
  g_autoptr (GError) error = NULL;
  GListModel *tags = kombo_client_get_tags_finish (KOMBO_CLIENT (object), result, &error);

  if (tags == NULL)
    {
      /* Suggestions are a help, not a need: typing a tag still works */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No tag suggestions: %s", error->message);
      return;
    }
  g_clear_object (&self->tags);
  self->tags = tags;
  update_suggestions (self);
}

static void
integration_changed_cb (ShortlistTagPage *self)
{
  KomboIntegration *integration = shortlist_account_get_active_integration (self->account);
  const char       *tool = integration ? kombo_integration_get_tool_id (integration) : NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->behalf_group), g_strcmp0 (tool, "greenhouse") == 0 || g_strcmp0 (tool, "workable") == 0);

  g_cancellable_cancel (self->tags_cancellable);
  g_clear_object (&self->tags_cancellable);
  g_clear_object (&self->tags);
  update_suggestions (self);
  if (!shortlist_account_get_ready (self->account))
    return;
  self->tags_cancellable = g_cancellable_new ();
  kombo_client_get_tags_async (shortlist_account_get_client (self->account), self->tags_cancellable, tags_loaded_cb, self);
}

static void
add_tag_work (KomboClient        *client,
              const char         *candidate_id,
              gpointer            work_data,
              GCancellable       *cancellable,
              GAsyncReadyCallback callback,
              gpointer            user_data)
{
  kombo_client_add_tag_async (client, candidate_id, work_data, cancellable, callback, user_data);
}

/* Whether the candidate, read again, has the tag */
static gboolean
has_tag (KomboCandidateRecord *record,
         GObject              *work_data)
{
  const char *const *tags = kombo_candidate_record_get_tags (record);
  const char        *name = kombo_tag_get_name (KOMBO_TAG (work_data));
  g_autofree char   *wanted = name ? g_utf8_casefold (name, -1) : NULL;

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *folded = g_utf8_casefold (tags[i], -1);

      if (g_strcmp0 (folded, wanted) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
remember_tag (ShortlistTagPage *self,
              const char       *name)
{
  g_autoptr (KomboTag) tag = kombo_tag_new (name);

  if (self->tags == NULL || !G_IS_LIST_STORE (self->tags) || kombo_tag_get_name (tag) == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (self->tags); i++)
    {
      g_autoptr (KomboTag) known = g_list_model_get_item (self->tags, i);

      if (g_strcmp0 (kombo_tag_get_name (known), kombo_tag_get_name (tag)) == 0)
        return;
    }
  g_list_store_append (G_LIST_STORE (self->tags), tag);
  update_suggestions (self);
}

typedef struct
{
  ShortlistTagPage *self;
  KomboTag         *tag;
  GStrv             candidate_ids;
} Undo;

static void
undo_free (gpointer  data,
           GClosure *closure)
{
  Undo *undo = data;

  g_object_unref (undo->self);
  g_object_unref (undo->tag);
  g_strfreev (undo->candidate_ids);
  g_free (undo);
}

static void
remove_tag_work (KomboClient        *client,
                 const char         *candidate_id,
                 gpointer            work_data,
                 GCancellable       *cancellable,
                 GAsyncReadyCallback callback,
                 gpointer            user_data)
{
  kombo_client_remove_tag_async (client, candidate_id, work_data, cancellable, callback, user_data);
}

/* Each candidate the tag was taken back from: said in their history */
static void
removed_one_cb (KomboBatch       *batch,
                guint             index,
                const char       *candidate_id,
                KomboWriteResult *result,
                const GError     *error,
                ShortlistTagPage *self)
{
  ShortlistStore *store = self->account ? shortlist_account_get_store (self->account) : NULL;

  if (error == NULL && self->tag != NULL)
    shortlist_candidate_chooser_set_tag (self->chooser, (const char *const[]){ candidate_id, NULL }, kombo_tag_get_name (self->tag), FALSE);
  if (error == NULL && store != NULL && self->tag != NULL)
    {
      /* TRANSLATORS: kept in the history of each candidate it was done for */
      g_autofree char *followup = g_strdup_printf (_ ("Tag “%s” taken back"), kombo_tag_get_name (self->tag));

      shortlist_store_add_followup_async (store, candidate_id, followup, NULL, NULL, NULL);
    }
}

/* How many the tag was taken back from, when any */
static void
say_taken_back (ShortlistTagPage *self,
                guint             n_done)
{
  g_autofree char *text = NULL;

  if (n_done == 0)
    return;
  text = g_strdup_printf (ngettext ("Tag taken back from %u candidate", "Tag taken back from %u candidates", n_done), n_done);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", text);
}

/* Whether the list has candidates; if not, says so at its entry, which takes the focus */
static gboolean
check_chosen (ShortlistTagPage *self)
{
  GtkWidget *entry = shortlist_candidate_chooser_get_entry (self->chooser);

  if (g_list_model_get_n_items (shortlist_candidate_chooser_get_chosen (self->chooser)) > 0)
    return TRUE;
  shortlist_field_set_error (entry, _ ("Find at least one candidate first: press Enter after their Kombo ID or email address."));
  gtk_widget_grab_focus (entry);
  return FALSE;
}

static void
removed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr (ShortlistTagPage) self = user_data;
  g_autoptr (GError) error = NULL;
  guint n_done = 0;

  kombo_batch_run_finish (KOMBO_BATCH (object), result, &n_done, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    shortlist_error_box_show_error (self->error_box, error);
  say_taken_back (self, n_done);
}

/* Undo: the tag goes from every candidate it was just added to, side by side as it came */
static void
undo_cb (AdwToast *toast,
         Undo     *undo)
{
  ShortlistTagPage *self = undo->self;
  g_autoptr (KomboBatch) batch = NULL;

  if (self->account == NULL)
    return;
  shortlist_error_box_clear (self->error_box);
  batch = kombo_batch_new (shortlist_account_get_client (self->account), remove_tag_work,
                           (KomboBatchFinish) kombo_client_add_tag_finish, G_OBJECT (undo->tag));
  g_signal_connect_object (batch, "item-done", G_CALLBACK (removed_one_cb), self, 0);
  kombo_batch_run_async (batch, (const char *const *) undo->candidate_ids, self->cancellable, removed_cb, g_object_ref (self));
}

/* Says how many got the tag, with Undo, which takes it back from those it was added to now */
static void
offer_undo (ShortlistTagPage *self,
            guint             n_done)
{
  GtkWidget  *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  GListModel *chosen = shortlist_candidate_chooser_get_chosen (self->chooser);
  g_autoptr (GStrvBuilder) added = g_strv_builder_new ();
  g_autofree char *text = g_strdup_printf (ngettext ("Tag added to %u candidate", "Tag added to %u candidates", n_done), n_done);
  AdwToast        *toast;
  Undo            *undo;

  for (guint i = 0; i < g_list_model_get_n_items (chosen); i++)
    {
      g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (chosen, i);
      const char *id = kombo_candidate_record_get_id (candidate);

      if (!g_hash_table_contains (self->had_tag, id) &&
          shortlist_candidate_chooser_get_outcome (self->chooser, id) == SHORTLIST_OUTCOME_DONE)
        g_strv_builder_add (added, id);
    }
  toast = shortlist_toast_new (text);
  if (self->tag != NULL && kombo_tag_get_name (self->tag) != NULL)
    {
      undo = g_new0 (Undo, 1);
      undo->self = g_object_ref (self);
      undo->tag = g_object_ref (self->tag);
      undo->candidate_ids = g_strv_builder_end (added);
      adw_toast_set_button_label (toast, _ ("_Undo"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_cb), undo, undo_free, 0);
    }
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* Keeps who has the tag already, the candidates in the list the last run was done for, so
 * that Undo takes it back only from those it is added to now */
static void
remember_had_tag (ShortlistTagPage *self)
{
  GListModel *chosen = shortlist_candidate_chooser_get_chosen (self->chooser);

  g_hash_table_remove_all (self->had_tag);
  for (guint i = 0; i < g_list_model_get_n_items (chosen); i++)
    {
      g_autoptr (KomboCandidateRecord) candidate = g_list_model_get_item (chosen, i);
      const char *id = kombo_candidate_record_get_id (candidate);

      if (shortlist_candidate_chooser_get_outcome (self->chooser, id) == SHORTLIST_OUTCOME_DONE)
        g_hash_table_add (self->had_tag, g_strdup (id));
    }
}

static void
set_running (ShortlistTagPage *self,
             gboolean          running)
{
  shortlist_candidate_chooser_set_locked (self->chooser, running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tag.add", !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tag.remove", !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tag.take-back", !running);
  gtk_widget_set_visible (self->spinner, running);
}

/* A run of Add Tag or Remove Tag is over: the page is open again and says the run's failure.
 * (Each row took the tag, or lost it, as its outcome came: shortlist_candidate_chooser_set_done_tag().)
 * Returns: %FALSE when the run was cancelled, and the page may be gone */
static gboolean
run_ended (ShortlistTagPage *self,
           GObject          *chooser,
           GAsyncResult     *result,
           guint            *n_done)
{
  g_autoptr (GError) error = NULL;

  shortlist_candidate_chooser_run_finish (SHORTLIST_CANDIDATE_CHOOSER (chooser), result, n_done, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;
  set_running (self, FALSE);
  if (error != NULL)
    shortlist_error_box_show_error (self->error_box, error);
  return TRUE;
}

static void
removed_all_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ShortlistTagPage *self = user_data;
  guint             n_done = 0;

  if (run_ended (self, object, result, &n_done))
    say_taken_back (self, n_done);
}

/* Whether a candidate, as read again, is without the tag: what taking it back does */
static gboolean
lacks_tag (KomboCandidateRecord *record,
           GObject              *work_data)
{
  return !has_tag (record, work_data);
}

/* Remove Tag: the tag typed goes from every candidate in the list, as a run with each outcome */
static void
remove_cb (GtkWidget  *widget,
           const char *action,
           GVariant   *param)
{
  ShortlistTagPage *self = SHORTLIST_TAG_PAGE (widget);
  g_autoptr (KomboTag) tag = kombo_tag_new (gtk_editable_get_text (GTK_EDITABLE (self->tag_row)));
  g_autofree char *known = NULL;
  g_autofree char *followup = NULL;

  if (self->account == NULL)
    return;
  shortlist_error_box_clear (self->error_box);
  shortlist_field_clear_error (GTK_WIDGET (self->tag_row));
  shortlist_field_clear_error (shortlist_candidate_chooser_get_entry (self->chooser));
  if (!check_chosen (self))
    return;
  if (kombo_tag_get_name (tag) == NULL)
    {
      shortlist_field_set_error (GTK_WIDGET (self->tag_row), _ ("Name the tag to take back."));
      gtk_widget_grab_focus (GTK_WIDGET (self->tag_row));
      return;
    }
  /* Taken back as the ATS spells it */
  known = find_tag (self, kombo_tag_get_name (tag));
  if (known != NULL)
    kombo_tag_set_name (tag, known);
  g_set_object (&self->tag, tag);
  self->removing = TRUE;
  set_running (self, TRUE);
  /* TRANSLATORS: kept in the history of each candidate it was done for */
  followup = g_strdup_printf (_ ("Tag “%s” taken back"), kombo_tag_get_name (tag));
  shortlist_candidate_chooser_set_done_tag (self->chooser, kombo_tag_get_name (tag), FALSE);
  shortlist_candidate_chooser_run_async (self->chooser, remove_tag_work, kombo_client_add_tag_finish, G_OBJECT (tag), followup,
                                         g_str_equal (action, "tag.retry"), lacks_tag, self->cancellable, removed_all_cb, self);
}

typedef struct
{
  ShortlistTagPage *self;
  char             *candidate_id;
  char             *tag;
} TakeBack;

static void
taken_back_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  TakeBack         *take_back = user_data;
  ShortlistTagPage *self = take_back->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboWriteResult) written = kombo_client_add_tag_finish (KOMBO_CLIENT (object), result, &error);

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      set_running (self, FALSE);
      if (written == NULL)
        shortlist_error_box_show_error (self->error_box, error);
      else
        {
          ShortlistStore *store = shortlist_account_get_store (self->account);
          /* TRANSLATORS: kept in the history of the candidate it was done for */
          g_autofree char *followup = g_strdup_printf (_ ("Tag “%s” taken back"), take_back->tag);
          /* TRANSLATORS: %s is a tag's name */
          g_autofree char *text = g_strdup_printf (_ ("Tag “%s” taken back"), take_back->tag);

          shortlist_candidate_chooser_set_tag (self->chooser, (const char *const[]){ take_back->candidate_id, NULL }, take_back->tag, FALSE);
          if (store != NULL)
            shortlist_store_add_followup_async (store, take_back->candidate_id, followup, NULL, NULL, NULL);
          gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", text);
        }
    }
  g_object_unref (take_back->self);
  g_free (take_back->candidate_id);
  g_free (take_back->tag);
  g_free (take_back);
}

/* The button on a tag a row shows: that tag goes from that candidate */
static void
take_back_cb (GtkWidget  *widget,
              const char *action,
              GVariant   *param)
{
  ShortlistTagPage *self = SHORTLIST_TAG_PAGE (widget);
  const char       *candidate_id, *name;
  g_autoptr (KomboTag) tag = NULL;
  TakeBack *take_back;

  if (self->account == NULL)
    return;
  g_variant_get (param, "(&s&s)", &candidate_id, &name);
  tag = kombo_tag_new (name);
  shortlist_error_box_clear (self->error_box);
  set_running (self, TRUE);
  take_back = g_new0 (TakeBack, 1);
  take_back->self = g_object_ref (self);
  take_back->candidate_id = g_strdup (candidate_id);
  take_back->tag = g_strdup (name);
  kombo_client_remove_tag_async (shortlist_account_get_client (self->account), candidate_id, tag, self->cancellable,
                                 taken_back_cb, take_back);
}

static void
added_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  ShortlistTagPage *self = user_data;
  guint             n_done = 0;

  if (!run_ended (self, object, result, &n_done) || n_done == 0)
    return;
  offer_undo (self, n_done);
  /* A new tag becomes a suggestion without asking the ATS for every tag again */
  remember_tag (self, gtk_editable_get_text (GTK_EDITABLE (self->tag_row)));
}

static void
create_answered_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  ShortlistTagPage *self = SHORTLIST_TAG_PAGE (object);
  g_autofree char  *name = user_data;

  if (!shortlist_confirm_finish (result))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->tag_row));
      return;
    }
  g_free (self->new_tag_confirmed);
  self->new_tag_confirmed = g_steal_pointer (&name);
  gtk_widget_activate_action (GTK_WIDGET (self), "tag.add", NULL);
}

static void
add_cb (GtkWidget  *widget,
        const char *action,
        GVariant   *param)
{
  ShortlistTagPage *self = SHORTLIST_TAG_PAGE (widget);
  g_autoptr (KomboTag) tag = kombo_tag_new (gtk_editable_get_text (GTK_EDITABLE (self->tag_row)));
  g_autofree char *followup = NULL;
  g_autofree char *known = NULL;
  g_autoptr (GPtrArray) violations = kombo_tag_validate (tag);
  g_autofree char *user = shortlist_field_dup_text (GTK_WIDGET (self->behalf_user_row));
  gboolean         problem = FALSE;

  if (self->account == NULL)
    return;
  /* Retry Failed does again what the last run did */
  if (g_str_equal (action, "tag.retry") && self->removing)
    {
      if (self->tag != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->tag_row), kombo_tag_get_name (self->tag));
      remove_cb (widget, action, param);
      return;
    }
  self->removing = FALSE;

  /* A tag the ATS has is added as the ATS spells it */
  known = kombo_tag_get_name (tag) ? find_tag (self, kombo_tag_get_name (tag)) : NULL;
  if (known != NULL && g_strcmp0 (known, kombo_tag_get_name (tag)) != 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->tag_row), known);
      g_object_unref (tag);
      tag = kombo_tag_new (known);
    }

  shortlist_error_box_clear (self->error_box);
  shortlist_field_clear_error (GTK_WIDGET (self->tag_row));
  shortlist_field_clear_error (shortlist_candidate_chooser_get_entry (self->chooser));

  problem = !check_chosen (self);
  if (violations->len > 0)
    {
      shortlist_field_set_error (GTK_WIDGET (self->tag_row), ((KomboViolation *) violations->pdata[0])->message);
      if (!problem)
        gtk_widget_grab_focus (GTK_WIDGET (self->tag_row));
      problem = TRUE;
    }
  if (problem)
    return;

  /* A tag the ATS does not have yet is made only when the person says so, by its name */
  if (known == NULL && g_strcmp0 (self->new_tag_confirmed, kombo_tag_get_name (tag)) != 0)
    {
      KomboIntegration *integration = shortlist_account_get_active_integration (self->account);
      /* TRANSLATORS: %s is the tag's name */
      g_autofree char *heading = g_strdup_printf (_ ("Create the Tag “%s”?"), kombo_tag_get_name (tag));
      /* TRANSLATORS: the first %s is the tag's name, the second the applicant tracking system's */
      g_autofree char *body = g_strdup_printf (_ ("%2$s has no tag “%1$s” yet. Adding it creates it there, for everyone who uses %2$s."),
                                               kombo_tag_get_name (tag),
                                               integration ? kombo_integration_get_tool_label (integration) : _ ("the applicant tracking system"));

      shortlist_confirm_async (GTK_WIDGET (self), heading, body, _ ("_Cancel"), _ ("_Create Tag"), create_answered_cb,
                               g_strdup (kombo_tag_get_name (tag)));
      return;
    }
  g_clear_pointer (&self->new_tag_confirmed, g_free);

  if (user != NULL && gtk_widget_get_visible (GTK_WIDGET (self->behalf_group)))
    {
      KomboIntegration *integration = shortlist_account_get_active_integration (self->account);
      g_autoptr (JsonObject) remote = kombo_remote_fields_on_behalf_of (kombo_integration_get_tool_id (integration), user);
      kombo_tag_set_remote_fields (tag, remote);
    }

  remember_had_tag (self);
  g_set_object (&self->tag, tag);

  set_running (self, TRUE);
  /* TRANSLATORS: kept in the history of each candidate it was done for */
  followup = g_strdup_printf (_ ("Tag “%s” added"), kombo_tag_get_name (tag) != NULL ? kombo_tag_get_name (tag) : kombo_tag_get_id (tag));
  shortlist_candidate_chooser_set_done_tag (self->chooser, kombo_tag_get_name (tag), TRUE);
  shortlist_candidate_chooser_run_async (self->chooser, add_tag_work,
                                         kombo_client_add_tag_finish, G_OBJECT (tag),
                                         followup, g_str_equal (action, "tag.retry"), has_tag,
                                         self->cancellable, added_cb, self);
}

/* Enter and Ctrl+Enter: a suggestion showing is taken first, then the tag is added */
static void
complete_cb (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  ShortlistTagPage *self = SHORTLIST_TAG_PAGE (widget);
  const char       *typed = gtk_editable_get_text (GTK_EDITABLE (self->tag_row));
  GtkFlowBoxChild  *first = gtk_flow_box_get_child_at_index (self->suggestions_box, 0);
  g_autofree char  *known = *typed != '\0' ? find_tag (self, typed) : NULL;

  if (*typed != '\0' && known == NULL && gtk_widget_get_visible (GTK_WIDGET (self->suggestions_box)) &&
      first != NULL)
    {
      suggestion_cb (GTK_BUTTON (gtk_flow_box_child_get_child (first)), self);
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "tag.add", NULL);
}

static void
activate_add_cb (ShortlistTagPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "tag.complete", NULL);
}

static void
shortlist_tag_page_dispose (GObject *object)
{
  ShortlistTagPage *self = (ShortlistTagPage *) object;

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->tags_cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->tags_cancellable);
  if (self->account != NULL)
    g_signal_handlers_disconnect_by_data (self->account, self);
  g_clear_object (&self->account);
  g_clear_object (&self->tags);
  g_clear_pointer (&self->new_tag_confirmed, g_free);
  g_clear_pointer (&self->had_tag, g_hash_table_unref);
  g_clear_object (&self->tag);
  shortlist_widget_dispose_template (GTK_WIDGET (self), SHORTLIST_TYPE_TAG_PAGE);

  G_OBJECT_CLASS (shortlist_tag_page_parent_class)->dispose (object);
}

static void
shortlist_tag_page_class_init (ShortlistTagPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_tag_page_dispose;

  g_type_ensure (SHORTLIST_TYPE_SPINNER);
  g_type_ensure (SHORTLIST_TYPE_ERROR_BOX);
  g_type_ensure (SHORTLIST_TYPE_CANDIDATE_CHOOSER);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/shortlist-tag-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ShortlistTagPage, error_box);
  gtk_widget_class_bind_template_child (widget_class, ShortlistTagPage, chooser);
  gtk_widget_class_bind_template_child (widget_class, ShortlistTagPage, tag_row);
  gtk_widget_class_bind_template_child (widget_class, ShortlistTagPage, suggestions_box);
  gtk_widget_class_bind_template_child (widget_class, ShortlistTagPage, behalf_group);
  gtk_widget_class_bind_template_child (widget_class, ShortlistTagPage, behalf_user_row);
  gtk_widget_class_bind_template_child (widget_class, ShortlistTagPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, ShortlistTagPage, remove_button);
  gtk_widget_class_bind_template_child (widget_class, ShortlistTagPage, spinner);
  gtk_widget_class_bind_template_callback (widget_class, update_suggestions);
  gtk_widget_class_bind_template_callback (widget_class, activate_add_cb);

  gtk_widget_class_install_action (widget_class, "tag.add", NULL, add_cb);
  gtk_widget_class_install_action (widget_class, "tag.retry", NULL, add_cb);
  gtk_widget_class_install_action (widget_class, "tag.remove", NULL, remove_cb);
  gtk_widget_class_install_action (widget_class, "tag.take-back", "(ss)", take_back_cb);
  gtk_widget_class_install_action (widget_class, "tag.complete", NULL, complete_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "tag.complete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "tag.complete", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
shortlist_tag_page_init (ShortlistTagPage *self)
{
  self->cancellable = g_cancellable_new ();
  self->had_tag = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self->suggestions_box), FALSE);
  shortlist_candidate_chooser_set_retry_action (self->chooser, "tag.retry");
  shortlist_candidate_chooser_set_show_tags (self->chooser, TRUE);
  /* Lists and scrolled areas say what they are to a screen reader */
  shortlist_name_lists (GTK_WIDGET (self), _ ("Tags"));
}

void
shortlist_tag_page_set_account (ShortlistTagPage *self,
                                ShortlistAccount *account)
{
  g_return_if_fail (SHORTLIST_IS_TAG_PAGE (self));
  g_return_if_fail (self->account == NULL);

  self->account = g_object_ref (account);
  shortlist_candidate_chooser_set_account (self->chooser, account);
  g_signal_connect_swapped (account, "notify::active-integration", G_CALLBACK (integration_changed_cb), self);
  g_signal_connect_swapped (account, "notify::ready", G_CALLBACK (integration_changed_cb), self);
  integration_changed_cb (self);
}

/* Looks the candidate up and adds them to the list, as after submitting them */
void
shortlist_tag_page_add_candidate (ShortlistTagPage *self,
                                  const char       *candidate_id)
{
  g_return_if_fail (SHORTLIST_IS_TAG_PAGE (self));

  shortlist_candidate_chooser_look_up (self->chooser, candidate_id);
  gtk_widget_grab_focus (GTK_WIDGET (self->tag_row));
}

/* The chooser of candidates, to share its list with another page's */
ShortlistCandidateChooser *
shortlist_tag_page_get_chooser (ShortlistTagPage *self)
{
  g_return_val_if_fail (SHORTLIST_IS_TAG_PAGE (self), NULL);
  return self->chooser;
}
