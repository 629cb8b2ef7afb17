/* shortlist-duplicate-box.c: the candidates the ATS already has with this candidate's email addresses, or name
 *
 * Recruiters are judged on not sending a candidate twice. While the addresses are typed, and
 * again before anything is sent, the ATS is asked for candidates with any of them (once per
 * address); those found are shown above Submit, each with a way to send the form as their
 * application to the job, or to tag them, instead; and "Submit Anyway". When no address
 * matches, Submit asks for the same first and last name: those found are shown apart, as a
 * *possible* match, with their phone numbers compared with the form's where both have one.
 * The box says what the check can see: by default Kombo keeps in sync only the candidates
 * created through Kombo. A lookup that fails is said as a warning, and does not stop the
 * recruiter. After a failure that may have reached the ATS, the same lookup says whether the
 * candidate arrived.
 */
#define G_LOG_DOMAIN "shortlist-duplicate-box"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "shortlist-candidate-row.h"
#include "shortlist-compat.h"
#include "shortlist-duplicate-box.h"

#define PRECHECK_DELAY_MS 800

struct _ShortlistDuplicateBox
{
  GtkWidget parent_instance;

  AdwPreferencesGroup *group;
  GtkWidget           *anyway_button;
  GtkLabel            *warning_label;
  GPtrArray           *rows;

  ShortlistAccount     *account;
  KomboCandidateDraft  *draft;
  KomboCandidateFinder *finder;
  GCancellable         *cancellable; /* the lookup while typing */
  guint                 precheck_source;
  char                 *accepted; /* the addresses and name "Submit Anyway" was pressed for */
};

G_DEFINE_FINAL_TYPE (ShortlistDuplicateBox, shortlist_duplicate_box, GTK_TYPE_WIDGET)

enum
{
  SUBMIT_ANYWAY,
  APPLY_EXISTING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The candidate's addresses: the main one and the others */
static GStrv
dup_emails (ShortlistDuplicateBox *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *more = G_LIST_MODEL (kombo_candidate_draft_get_emails (self->draft));

  g_strv_builder_add (builder, kombo_candidate_draft_get_text (self->draft, "email-address"));
  for (guint i = 0; i < g_list_model_get_n_items (more); i++)
    {
      g_autoptr (KomboContact) contact = g_list_model_get_item (more, i);

      g_strv_builder_add (builder, kombo_contact_get_value (contact));
    }
  return g_strv_builder_end (builder);
}

static char *
dup_key (ShortlistDuplicateBox *self)
{
  g_auto (GStrv) emails = dup_emails (self);
  g_autofree char *joined = g_strjoinv ("\n", emails);
  g_autofree char *key = g_strconcat (joined, "\n\n", kombo_candidate_draft_get_text (self->draft, "first-name"), "\n",
                                      kombo_candidate_draft_get_text (self->draft, "last-name"), NULL);

  return g_utf8_casefold (key, -1);
}

/* Returns: (nullable): how @record's phone numbers compare with the form's, where both have one */
static char *
dup_phone_remark (ShortlistDuplicateBox *self,
                  KomboCandidateRecord  *record)
{
  const char *const *theirs = kombo_candidate_record_get_phone_numbers (record);
  g_autoptr (GPtrArray) ours = g_ptr_array_new ();
  GListModel *more = G_LIST_MODEL (kombo_candidate_draft_get_phones (self->draft));

  if (*kombo_candidate_draft_get_text (self->draft, "phone-number") != '\0')
    g_ptr_array_add (ours, (gpointer) kombo_candidate_draft_get_text (self->draft, "phone-number"));
  for (guint i = 0; i < g_list_model_get_n_items (more); i++)
    {
      g_autoptr (KomboContact) contact = g_list_model_get_item (more, i);

      g_ptr_array_add (ours, (gpointer) kombo_contact_get_value (contact));
    }
  if (ours->len == 0 || theirs == NULL || theirs[0] == NULL)
    return NULL;
  for (guint i = 0; i < ours->len; i++)
    for (guint j = 0; theirs[j] != NULL; j++)
      if (kombo_phone_numbers_match (ours->pdata[i], theirs[j]))
        /* TRANSLATORS: %s is a phone number */
        return g_strdup_printf (_ ("Same phone number: %s"), theirs[j]);
  /* TRANSLATORS: %s is the phone number the applicant tracking system has */
  return g_strdup_printf (_ ("Another phone number: %s"), theirs[0]);
}

static void
tag_cb (GtkButton            *button,
        KomboCandidateRecord *record)
{
  gtk_widget_activate_action (GTK_WIDGET (button), "win.tag-candidate", "s", kombo_candidate_record_get_id (record));
}

static void
open_cb (GtkButton            *button,
         KomboCandidateRecord *record)
{
  shortlist_show_uri (GTK_WIDGET (button), kombo_candidate_record_get_remote_url (record));
}

static void
clear (ShortlistDuplicateBox *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->warning_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/* The candidate the ATS has is the one: the form goes to them as an application to the job */
static void
apply_cb (GtkButton             *button,
          ShortlistDuplicateBox *self)
{
  g_free (self->accepted);
  self->accepted = dup_key (self);
  clear (self);
  g_signal_emit (self, signals[APPLY_EXISTING], 0);
}

/* What the check can see, said wherever its answer is shown */
#define SYNC_SCOPE N_ ("Only candidates who reached the applicant tracking system through Kombo can be seen here.")

/* @possible: found by name, not by address */
static void
show (ShortlistDuplicateBox *self,
      GListModel            *found,
      gboolean               possible)
{
  g_autofree char *key = dup_key (self);
  g_autofree char *description = NULL;

  clear (self);
  if (found == NULL || g_list_model_get_n_items (found) == 0 || g_strcmp0 (key, self->accepted) == 0)
    return;

  adw_preferences_group_set_title (self->group, possible ? _ ("Possibly in the Applicant Tracking System")
                                                         : _ ("Already in the Applicant Tracking System"));
  description = g_strdup_printf ("%s %s",
                                 possible ? _ ("A candidate with the same name, and another email address, exists. If it is the same person, add this application to them, or tag them, instead; or submit a new candidate anyway.")
                                          : _ ("A candidate with this email address exists. Add this application to them, or tag them, instead; or submit a new candidate anyway."),
                                 _ (SYNC_SCOPE));
  adw_preferences_group_set_description (self->group, description);

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr (KomboCandidateRecord) record = g_list_model_get_item (found, i);
      GtkWidget       *row = shortlist_candidate_row_new (record, NULL);
      GtkWidget       *apply = gtk_button_new_with_mnemonic (_ ("Add _Application"));
      GtkWidget       *tag = gtk_button_new_with_mnemonic (_ ("_Tag Existing Candidate"));
      g_autofree char *phones = possible ? dup_phone_remark (self, record) : NULL;

      if (phones != NULL)
        shortlist_candidate_row_add_remark (SHORTLIST_CANDIDATE_ROW (row), phones);
      gtk_widget_set_valign (apply, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (apply, "suggested-action");
      gtk_widget_set_tooltip_text (apply, _ ("Send the job, the answers and the files of the form as an application of this candidate, instead of a new candidate"));
      g_signal_connect (apply, "clicked", G_CALLBACK (apply_cb), self);
      shortlist_candidate_row_add_suffix (SHORTLIST_CANDIDATE_ROW (row), apply);

      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      /* The row holds the record for as long as its buttons are there */
      g_signal_connect (tag, "clicked", G_CALLBACK (tag_cb), record);
      shortlist_candidate_row_add_suffix (SHORTLIST_CANDIDATE_ROW (row), tag);
      if (kombo_is_safe_link (kombo_candidate_record_get_remote_url (record)))
        {
          GtkWidget *open = gtk_button_new_from_icon_name ("adw-external-link-symbolic");

          gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (open, "flat");
          gtk_widget_set_tooltip_text (open, _ ("Open in the Applicant Tracking System"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _ ("Open in the Applicant Tracking System"), -1);
          g_signal_connect (open, "clicked", G_CALLBACK (open_cb), record);
          shortlist_candidate_row_add_suffix (SHORTLIST_CANDIDATE_ROW (row), open);
        }
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->group), TRUE);
  gtk_widget_set_visible (self->anyway_button, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

static void
prechecked_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  ShortlistDuplicateBox *self = user_data;
  g_autoptr (GListModel) found = kombo_candidate_finder_find_finish (KOMBO_CANDIDATE_FINDER (object), result, NULL);

  /* A failure while typing is said at Submit, where it matters */
  if (found != NULL)
    show (self, found, FALSE);
}

static gboolean
precheck_cb (gpointer user_data)
{
  ShortlistDuplicateBox *self = user_data;
  g_auto (GStrv) emails = dup_emails (self);

  self->precheck_source = 0;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  kombo_candidate_finder_find_async (self->finder, (const char *const *) emails, self->cancellable, prechecked_cb, self);
  return G_SOURCE_REMOVE;
}

/* The addresses changed: what was shown for the old ones goes, and the new ones are looked up */
static void
emails_changed_cb (ShortlistDuplicateBox *self)
{
  clear (self);
  g_clear_handle_id (&self->precheck_source, g_source_remove);
  if (self->finder != NULL)
    self->precheck_source = g_timeout_add (PRECHECK_DELAY_MS, precheck_cb, self);
}

static void
anyway_cb (ShortlistDuplicateBox *self)
{
  g_free (self->accepted);
  self->accepted = dup_key (self);
  clear (self);
  g_signal_emit (self, signals[SUBMIT_ANYWAY], 0);
}

static void
shortlist_duplicate_box_dispose (GObject *object)
{
  ShortlistDuplicateBox *self = (ShortlistDuplicateBox *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->precheck_source, g_source_remove);
  if (self->draft != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->draft, self);
      g_signal_handlers_disconnect_by_data (kombo_candidate_draft_get_emails (self->draft), self);
    }
  if (self->account != NULL)
    g_signal_handlers_disconnect_by_data (self->account, self);
  g_clear_object (&self->draft);
  g_clear_object (&self->account);
  g_clear_object (&self->finder);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->accepted, g_free);
  while (gtk_widget_get_first_child (GTK_WIDGET (self)) != NULL)
    gtk_widget_unparent (gtk_widget_get_first_child (GTK_WIDGET (self)));

  G_OBJECT_CLASS (shortlist_duplicate_box_parent_class)->dispose (object);
}

static void
shortlist_duplicate_box_class_init (ShortlistDuplicateBoxClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_duplicate_box_dispose;

  /**
   * ShortlistDuplicateBox::submit-anyway:
   *
   * The recruiter wants a new candidate although one with the same address exists.
   */
  signals[SUBMIT_ANYWAY] = g_signal_new ("submit-anyway", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                         NULL, G_TYPE_NONE, 0);

  /**
   * ShortlistDuplicateBox::apply-existing:
   *
   * The recruiter wants the candidate the ATS has to apply to the job, with what the form
   * holds, rather than a new candidate.
   */
  signals[APPLY_EXISTING] = g_signal_new ("apply-existing", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                          NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
shortlist_duplicate_box_init (ShortlistDuplicateBox *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkWidget        *group = adw_preferences_group_new ();
  GtkWidget        *label = gtk_label_new (NULL);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 12);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  self->rows = g_ptr_array_new ();

  self->group = ADW_PREFERENCES_GROUP (group);
  adw_preferences_group_set_title (self->group, _ ("Already in the Applicant Tracking System"));
  self->anyway_button = gtk_button_new_with_mnemonic (_ ("Submit _Anyway"));
  gtk_widget_set_valign (self->anyway_button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->anyway_button, "clicked", G_CALLBACK (anyway_cb), self);
  adw_preferences_group_set_header_suffix (self->group, self->anyway_button);
  gtk_widget_set_parent (group, GTK_WIDGET (self));

  self->warning_label = GTK_LABEL (label);
  gtk_label_set_wrap (self->warning_label, TRUE);
  gtk_label_set_xalign (self->warning_label, 0);
  gtk_widget_add_css_class (label, "warning");
  gtk_widget_set_parent (label, GTK_WIDGET (self));
}

void
shortlist_duplicate_box_set_account (ShortlistDuplicateBox *self,
                                     ShortlistAccount      *account)
{
  g_return_if_fail (SHORTLIST_IS_DUPLICATE_BOX (self));
  g_return_if_fail (self->account == NULL);

  self->account = g_object_ref (account);
  self->finder = kombo_candidate_finder_new (shortlist_account_get_client (account));
  /* Another ATS has other candidates */
  g_signal_connect_swapped (account, "notify::active-integration", G_CALLBACK (shortlist_duplicate_box_forget), self);
}

void
shortlist_duplicate_box_set_draft (ShortlistDuplicateBox *self,
                                   KomboCandidateDraft   *draft)
{
  g_return_if_fail (SHORTLIST_IS_DUPLICATE_BOX (self));
  g_return_if_fail (self->draft == NULL);

  self->draft = g_object_ref (draft);
  g_signal_connect_swapped (draft, "notify::email-address", G_CALLBACK (emails_changed_cb), self);
  g_signal_connect_swapped (kombo_candidate_draft_get_emails (draft), "items-changed", G_CALLBACK (emails_changed_cb), self);
}

static void
checked_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  ShortlistDuplicateBox *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) found = kombo_candidate_finder_find_finish (KOMBO_CANDIDATE_FINDER (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_boolean (task, FALSE);
      return;
    }
  /* No address matched: the same name may be the same person */
  if (error == NULL && g_list_model_get_n_items (found) == 0 && !g_task_get_task_data (task))
    {
      GCancellable *cancellable = g_task_get_cancellable (task);

      g_task_set_task_data (task, GINT_TO_POINTER (TRUE), NULL);
      kombo_candidate_finder_find_by_name_async (self->finder, kombo_candidate_draft_get_text (self->draft, "first-name"),
                                                 kombo_candidate_draft_get_text (self->draft, "last-name"),
                                                 cancellable, checked_cb, g_steal_pointer (&task));
      return;
    }
  show (self, found, g_task_get_task_data (task) != NULL);
  if (error != NULL)
    {
      g_autofree char *sentence = kombo_error_dup_sentence (error);
      /* TRANSLATORS: %s says why the lookup failed; the candidate is sent all the same */
      g_autofree char *text = g_strdup_printf (_ ("Shortlist could not check whether this candidate is already in the applicant tracking system. %s"), sentence);

      gtk_label_set_text (self->warning_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->warning_label), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
    }
  g_task_return_boolean (task, self->rows->len == 0);
}

/**
 * shortlist_duplicate_box_check_async:
 *
 * Looks up the candidate's addresses in the ATS, unless that was done already, and shows the
 * candidates found.
 */
void
shortlist_duplicate_box_check_async (ShortlistDuplicateBox *self,
                                     GCancellable          *cancellable,
                                     GAsyncReadyCallback    callback,
                                     gpointer               user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  g_auto (GStrv) emails = NULL;

  g_return_if_fail (SHORTLIST_IS_DUPLICATE_BOX (self));

  g_clear_handle_id (&self->precheck_source, g_source_remove);
  if (self->finder == NULL || self->draft == NULL)
    {
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }
  emails = dup_emails (self);
  kombo_candidate_finder_find_async (self->finder, (const char *const *) emails, cancellable, checked_cb, task);
}

/* Returns: whether the candidate can be sent: no one has their addresses, the recruiter chose
 *   "Submit Anyway", or the lookup failed (which the box then says) */
gboolean
shortlist_duplicate_box_check_finish (ShortlistDuplicateBox *self,
                                      GAsyncResult          *result)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), NULL);
}

/**
 * shortlist_duplicate_box_find_arrival_async:
 *
 * After a failure that may have reached the ATS, asks it (afresh) for a candidate with these
 * addresses who applied to the job: kombo_candidate_finder_find_arrival_async(), finished
 * with kombo_candidate_finder_find_arrival_finish().
 */
void
shortlist_duplicate_box_find_arrival_async (ShortlistDuplicateBox *self,
                                            GCancellable          *cancellable,
                                            GAsyncReadyCallback    callback,
                                            gpointer               user_data)
{
  g_auto (GStrv) emails = NULL;

  g_return_if_fail (SHORTLIST_IS_DUPLICATE_BOX (self));
  g_return_if_fail (self->finder != NULL);

  emails = dup_emails (self);
  kombo_candidate_finder_find_arrival_async (self->finder, (const char *const *) emails,
                                             kombo_candidate_draft_get_text (self->draft, "job-id"), cancellable, callback, user_data);
}

/* The ATS changed, as after a candidate was created: what was found is asked again */
void
shortlist_duplicate_box_forget (ShortlistDuplicateBox *self)
{
  g_return_if_fail (SHORTLIST_IS_DUPLICATE_BOX (self));

  if (self->finder != NULL)
    kombo_candidate_finder_forget (self->finder);
  g_clear_pointer (&self->accepted, g_free);
  clear (self);
}
