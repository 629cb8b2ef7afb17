/* shortlist-history-page.c: every candidate sent, what became of them, and what to do next
 *
 * The submissions are listed the last first and found by name, email or job. One opens to
 * what is known of it: the outcome (with Kombo's error and log when it failed), the job, the
 * ATS's ids and remarks, and what was added since; from there a tag or a result link is one
 * click on. A submission whose answer was lost is looked up by email, never sent again.
 */
#define G_LOG_DOMAIN "shortlist-history-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "shortlist-compat.h"
#include "shortlist-follower.h"
#include "shortlist-history-page.h"
#include "shortlist-note-group.h"
#include "shortlist-widget.h"

struct _ShortlistHistoryPage
{
  GtkWidget parent_instance;

  GtkFlowBox          *actions_box;
  GtkStack            *stack;
  GtkStack            *list_stack;
  GtkSearchEntry      *search_entry;
  GtkListBox          *list;
  AdwPreferencesGroup *entry_group;
  GtkWidget           *arrival_button;
  GtkWidget           *tag_button;
  GtkWidget           *link_button;
  GtkWidget           *file_button;
  GtkLabel            *file_status_label;
  ShortlistNoteGroup  *note_group;
  GtkWidget           *note_button;
  GtkLabel            *note_status_label;
  GtkToggleButton     *moved_button;
  AdwStatusPage       *empty_status;
  GtkLabel            *checked_label;

  ShortlistAccount      *account;
  ShortlistFollower     *follower;
  gint64                 seen;    /* when the history was last looked at, before this look */
  gint64                 opening; /* the submission to open once listed */
  ShortlistStore        *store;
  ShortlistHistoryEntry *entry; /* the one open */
  GPtrArray             *entry_rows;
  GCancellable          *cancellable;
  GCancellable          *lookup;  /* whether the open one arrived */
  GCancellable          *sending; /* a note or a file for the open one */
};

G_DEFINE_FINAL_TYPE (ShortlistHistoryPage, shortlist_history_page, GTK_TYPE_WIDGET)

static void refresh (ShortlistHistoryPage *self);
static void update_empty (ShortlistHistoryPage *self);

static const char *
outcome_icon (ShortlistSentOutcome outcome)
{
  switch (outcome)
    {
    case SHORTLIST_SENT_CREATED:
      return "emblem-ok-symbolic";
    case SHORTLIST_SENT_UNKNOWN:
      return "dialog-question-symbolic";
    case SHORTLIST_SENT_FAILED:
    case SHORTLIST_SENT_NOT_CREATED:
    default:
      return "dialog-error-symbolic";
    }
}

static char *
dup_outcome (ShortlistHistoryEntry *entry)
{
  switch (entry->outcome)
    {
    case SHORTLIST_SENT_CREATED:
      return g_strdup (_ ("Created in the applicant tracking system"));
    case SHORTLIST_SENT_UNKNOWN:
      return g_strdup (_ ("Unknown: the answer was lost. Check whether the candidate arrived before you send them again."));
    case SHORTLIST_SENT_NOT_CREATED:
      return g_strdup (_ ("Not created: looked up afterwards, the candidate was not there"));
    case SHORTLIST_SENT_FAILED:
    default:
      {
        g_autoptr (GError) error = kombo_error_new_api (0, entry->error_code, entry->error_title, entry->error_message, NULL);
        g_autofree char *sentence = kombo_error_dup_sentence (error);

        /* TRANSLATORS: %s is why: the error's title and message */
        return g_strdup_printf (_ ("Not sent. %s"), sentence);
      }
    }
}

static char *
dup_when (gint64 sent)
{
  g_autoptr (GDateTime) when = g_date_time_new_from_unix_local (sent / G_USEC_PER_SEC);

  /* TRANSLATORS: when a candidate was sent, a date and time as g_date_time_format() writes them */
  return g_date_time_format (when, _ ("%x, %H:%M"));
}

/* Where the candidate stands in the ATS, as last asked; NULL when it was never said */
static char *
dup_standing (ShortlistHistoryEntry *entry)
{
  if (g_strcmp0 (entry->standing, "HIRED") == 0)
    return g_strdup (_ ("Hired"));
  if (g_strcmp0 (entry->standing, "DECLINED") == 0)
    /* TRANSLATORS: a candidate declined, and the reason the applicant tracking system gives */
    return entry->rejection ? g_strdup_printf (_ ("Declined: %s"), entry->rejection) : g_strdup (_ ("Declined"));
  /* An outcome Kombo does not list is said as the ATS said it */
  if (entry->standing != NULL && g_strcmp0 (entry->standing, "PENDING") != 0)
    /* TRANSLATORS: the stage an application is in, then its outcome as the applicant tracking system said it */
    return entry->stage ? g_strdup_printf (_ ("%s · %s"), entry->stage, entry->standing) : g_strdup (entry->standing);
  return g_strdup (entry->stage);
}

/**
 * shortlist_history_entry_dup_move:
 *
 * Returns: what became of the candidate of @entry, as a notification says it: "Ada Lovelace
 *   moved to Interview for Product Designer"
 */
char *
shortlist_history_entry_dup_move (const ShortlistHistoryEntry *entry)
{
  const char *name = entry->name ? entry->name : entry->email ? entry->email
                                                              : entry->candidate_id;
  const char *job = entry->job_name ? entry->job_name : entry->job_id;

  if (g_strcmp0 (entry->standing, "HIRED") == 0)
    /* TRANSLATORS: a candidate, then a job */
    return g_strdup_printf (_ ("%s was hired for %s"), name, job);
  if (g_strcmp0 (entry->standing, "DECLINED") == 0)
    /* TRANSLATORS: a candidate, then a job */
    return g_strdup_printf (_ ("%s was declined for %s"), name, job);
  if (entry->stage != NULL)
    /* TRANSLATORS: a candidate, a stage such as Interview, then a job */
    return g_strdup_printf (_ ("%s moved to %s for %s"), name, entry->stage, job);
  /* TRANSLATORS: a candidate, an outcome as the applicant tracking system says it, then a job */
  return g_strdup_printf (_ ("%s is now %s for %s"), name, entry->standing ? entry->standing : "?", job);
}

/* Whether the candidate's stage or outcome changed since the history was last looked at */
static gboolean
moved_since_seen (ShortlistHistoryPage  *self,
                  ShortlistHistoryEntry *entry)
{
  return entry->moved > 0 && entry->moved > self->seen;
}

static GtkWidget *
add_row (ShortlistHistoryPage *self,
         const char           *title,
         const char           *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_preferences_group_add (self->entry_group, row);
  g_ptr_array_add (self->entry_rows, row);
  return row;
}

/* Only web links open from here: the address came from a server */
static void
open_link_cb (AdwActionRow *row,
              const char   *uri)
{
  shortlist_show_uri (GTK_WIDGET (row), uri);
}

static void
add_link_row (ShortlistHistoryPage *self,
              const char           *title,
              const char           *uri)
{
  GtkWidget *row = add_row (self, title, NULL);
  GtkWidget *icon = gtk_image_new_from_icon_name ("adw-external-link-symbolic");

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Opens in the browser"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* The open entry holds the address for as long as its rows are there */
  g_signal_connect (row, "activated", G_CALLBACK (open_link_cb), (gpointer) uri);
}

/* Says what became of a note or a file, next to it; %NULL hides it */
static void
set_status (GtkLabel   *label,
            const char *text,
            gboolean    problem)
{
  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
  if (problem)
    gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
}

/* A note typed for the open submission and not sent is kept with it when it is left, as a
 * refused one is: what a recruiter typed is never lost. Returns: whether one was */
static gboolean
keep_typed_note (ShortlistHistoryPage *self)
{
  g_autofree char *typed = NULL;

  if (self->entry == NULL || self->entry->application_id == NULL || self->store == NULL || self->note_group == NULL)
    return FALSE;
  typed = kombo_strdup_stripped (shortlist_note_group_get_text (self->note_group));
  if (typed == NULL || g_strcmp0 (typed, self->entry->note) == 0)
    return FALSE;
  shortlist_store_set_note_async (self->store, self->entry->application_id, typed, _ ("Not sent yet: kept as it was written."),
                                  NULL, NULL, NULL);
  return TRUE;
}

static void
show_entry (ShortlistHistoryPage  *self,
            ShortlistHistoryEntry *entry)
{
  g_autofree char *outcome = NULL;
  g_autofree char *when = NULL;

  for (guint i = 0; i < self->entry_rows->len; i++)
    adw_preferences_group_remove (self->entry_group, self->entry_rows->pdata[i]);
  g_ptr_array_set_size (self->entry_rows, 0);
  /* The list read again (a candidate moved, the page shown again) leaves the note being typed as it is */
  if (self->entry == NULL || self->entry->id != entry->id)
    {
      /* The list is read again, so that the submission shows its note when it is opened again */
      if (keep_typed_note (self))
        refresh (self);
      /* A lookup in flight was for the one open before */
      g_cancellable_cancel (self->lookup);
      g_clear_object (&self->lookup);
      /* A note or a file on its way to the one open before goes on; the store keeps what becomes of it */
      shortlist_note_group_set_text (self->note_group, entry->note);
      set_status (self->note_status_label, entry->note_problem, TRUE);
      set_status (self->file_status_label, NULL, FALSE);
      gtk_widget_set_sensitive (self->arrival_button, TRUE);
    }
  if (self->entry != entry)
    {
      g_clear_pointer (&self->entry, shortlist_history_entry_free);
      self->entry = entry;
    }

  outcome = dup_outcome (entry);
  when = dup_when (entry->sent);
  adw_preferences_group_set_title (self->entry_group, entry->name ? entry->name : entry->email);
  add_row (self, _ ("Outcome"), outcome);
  if (entry->outcome == SHORTLIST_SENT_CREATED)
    {
      g_autofree char *standing = dup_standing (entry);
      g_autofree char *checked = entry->checked > 0 ? dup_when (entry->checked) : NULL;

      add_row (self, _ ("In the Applicant Tracking System Now"),
               standing ? standing : entry->checked > 0 ? _ ("No application to this job")
                                                        : _ ("Not asked yet"));
      if (checked != NULL)
        add_row (self, _ ("Last Checked"), checked);
    }
  add_row (self, _ ("Job"), entry->job_name);
  add_row (self, _ ("Sent"), when);
  if (entry->email != NULL)
    add_row (self, _ ("Email address"), entry->email);
  if (entry->candidate_id != NULL)
    add_row (self, _ ("Kombo ID"), entry->candidate_id);
  if (entry->remote_url != NULL)
    add_link_row (self, _ ("Open in the Applicant Tracking System"), entry->remote_url);
  if (entry->error_code != NULL)
    add_row (self, _ ("Error code"), entry->error_code);
  if (entry->log_url != NULL)
    add_link_row (self, _ ("Open Kombo’s Log of the Call"), entry->log_url);
  for (guint i = 0; entry->warnings != NULL && entry->warnings[i] != NULL; i++)
    add_row (self, _ ("Remark of the applicant tracking system"), entry->warnings[i]);
  for (guint i = 0; entry->followups != NULL && entry->followups[i] != NULL; i++)
    add_row (self, _ ("Since then"), entry->followups[i]);

  gtk_widget_set_visible (self->arrival_button, entry->outcome == SHORTLIST_SENT_UNKNOWN && entry->email != NULL);
  gtk_widget_set_visible (self->tag_button, entry->candidate_id != NULL);
  gtk_widget_set_visible (self->link_button, entry->candidate_id != NULL);
  /* A note and a file go to the application, once it is known */
  gtk_widget_set_visible (GTK_WIDGET (self->note_group), entry->application_id != NULL || entry->note != NULL);
  gtk_widget_set_sensitive (self->note_button, entry->application_id != NULL && self->sending == NULL);
  shortlist_note_group_set_visibility_offered (self->note_group,
                                               shortlist_integration_has_note_visibility (self->account ? shortlist_account_get_active_integration (self->account) : NULL));
  gtk_widget_set_visible (self->file_button, entry->application_id != NULL);
  gtk_widget_set_sensitive (self->file_button, self->sending == NULL);
  gtk_stack_set_visible_child_name (self->stack, "entry");
}

static void
open_entry_cb (AdwActionRow          *row,
               ShortlistHistoryEntry *entry)
{
  GtkWidget *self = gtk_widget_get_ancestor (GTK_WIDGET (row), SHORTLIST_TYPE_HISTORY_PAGE);

  show_entry (SHORTLIST_HISTORY_PAGE (self), shortlist_history_entry_copy (entry));
}

static void
free_entry (gpointer  entry,
            GClosure *closure)
{
  shortlist_history_entry_free (entry);
}

static GtkWidget *
new_row (ShortlistHistoryPage  *self,
         ShortlistHistoryEntry *entry)
{
  GtkWidget       *row = adw_action_row_new ();
  GtkWidget       *icon = gtk_image_new_from_icon_name (outcome_icon (entry->outcome));
  g_autofree char *when = dup_when (entry->sent);
  g_autofree char *outcome = dup_outcome (entry);
  g_autofree char *standing = dup_standing (entry);
  /* TRANSLATORS: a submission: the job, then when it was sent */
  g_autofree char *sent = g_strdup_printf (_ ("%s · %s"), entry->job_name ? entry->job_name : "", when);
  g_autofree char *subtitle = standing ? g_strconcat (sent, "\n", standing, NULL) : g_strdup (sent);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->name ? entry->name : entry->email);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, outcome, -1);
  shortlist_widget_set_tooltip_quietly (icon, outcome);
  if (entry->outcome == SHORTLIST_SENT_CREATED)
    gtk_widget_add_css_class (icon, "success");
  else if (entry->outcome != SHORTLIST_SENT_UNKNOWN)
    gtk_widget_add_css_class (icon, "error");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  if (moved_since_seen (self, entry))
    {
      GtkWidget *moved = gtk_label_new (_ ("Moved"));

      gtk_widget_set_valign (moved, GTK_ALIGN_CENTER);
      shortlist_widget_set_tooltip_quietly (moved, _ ("The stage or outcome changed since you last looked"));
      gtk_widget_add_css_class (moved, "moved-badge");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), moved);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect_data (row, "activated", G_CALLBACK (open_entry_cb), shortlist_history_entry_copy (entry), free_entry, 0);
  return row;
}

static void
listed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  ShortlistHistoryPage *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) entries = shortlist_store_list_history_finish (SHORTLIST_STORE (object), result, &error);
  GtkWidget *child;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      ShortlistHistoryEntry *entry = entries->pdata[i];

      if (!gtk_toggle_button_get_active (self->moved_button) || moved_since_seen (self, entry))
        gtk_list_box_append (self->list, new_row (self, entry));
      else
        continue;
      /* The one open shows what was added since, such as a tag */
      if (self->entry != NULL && self->entry->id == entry->id &&
          g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "entry") == 0)
        show_entry (self, shortlist_history_entry_copy (entry));
    }
  update_empty (self);
  gtk_stack_set_visible_child_name (self->list_stack, gtk_widget_get_first_child (GTK_WIDGET (self->list)) != NULL ? "entries" : "empty");
}

/* What an empty list means: no submission yet, or none that moved */
static void
update_empty (ShortlistHistoryPage *self)
{
  gboolean moved = gtk_toggle_button_get_active (self->moved_button);

  adw_status_page_set_title (self->empty_status, moved ? _ ("No Candidate Moved") : _ ("No Submissions"));
  adw_status_page_set_description (self->empty_status,
                                   moved ? _ ("None of the candidates changed stage or outcome in the applicant tracking system since you last looked.")
                                         : _ ("Every candidate sent is listed here, with what the applicant tracking system made of it."));
}

/* When the candidates' standing was last asked, or why it could not be */
static void
update_checked (ShortlistHistoryPage *self)
{
  const GError    *problem = self->follower ? shortlist_follower_get_problem (self->follower) : NULL;
  g_autofree char *text = NULL;

  if (problem != NULL)
    {
      g_autofree char *sentence = kombo_error_dup_sentence (problem);

      /* TRANSLATORS: %s says why, such as a rate limit */
      text = g_strdup_printf (_ ("Not brought up to date: %s"), sentence);
    }
  gtk_label_set_text (self->checked_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->checked_label), text != NULL);
}

static void
refresh (ShortlistHistoryPage *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->store == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  shortlist_store_list_history_async (self->store, *search != '\0' ? search : NULL, self->cancellable, listed_cb, self);
}

static void
back_cb (ShortlistHistoryPage *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  refresh (self);
}

/* Submissions were deleted: the one open may be among them */
static void
forgotten_cb (ShortlistHistoryPage *self)
{
  back_cb (self);
}

static void
tag_cb (ShortlistHistoryPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.tag-candidate", "s", self->entry->candidate_id);
}

static void
link_cb (ShortlistHistoryPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.link-candidate", "s", self->entry->candidate_id);
}

static void
found_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  ShortlistHistoryPage *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboCandidateRecord) arrived = kombo_candidate_finder_find_arrival_finish (KOMBO_CANDIDATE_FINDER (object), result, &error);
  ShortlistHistoryEntry *entry;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (self->arrival_button, TRUE);
  entry = self->entry;
  if (error != NULL)
    {
      g_autofree char *sentence = kombo_error_dup_sentence (error);

      gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", sentence);
      return;
    }

  entry->outcome = arrived ? SHORTLIST_SENT_CREATED : SHORTLIST_SENT_NOT_CREATED;
  if (arrived != NULL)
    {
      g_free (entry->candidate_id);
      entry->candidate_id = g_strdup (kombo_candidate_record_get_id (arrived));
      g_free (entry->remote_url);
      entry->remote_url = g_strdup (kombo_candidate_record_get_remote_url (arrived));
    }
  shortlist_store_set_outcome_async (self->store, entry->id, entry->outcome, entry->candidate_id, entry->remote_url,
                                     NULL, NULL, NULL);
  show_entry (self, entry);
}

/* Settles a lost answer by looking the candidate up, never by sending again */
static void
arrival_cb (ShortlistHistoryPage *self)
{
  if (self->account == NULL || self->entry == NULL || self->entry->email == NULL)
    return;
  gtk_widget_set_sensitive (self->arrival_button, FALSE);
  g_clear_object (&self->lookup);
  self->lookup = g_cancellable_new ();
  {
    g_autoptr (KomboCandidateFinder) finder = kombo_candidate_finder_new (shortlist_account_get_client (self->account));
    const char *emails[] = { self->entry->email, NULL };

    kombo_candidate_finder_find_arrival_async (finder, emails, self->entry->job_id, self->lookup, found_cb, self);
  }
}

/* A note or a file goes to the open submission's application, one at a time */
static void
start_sending (ShortlistHistoryPage *self)
{
  self->sending = g_cancellable_new ();
  g_object_set_data_full (G_OBJECT (self->sending), "application-id", g_strdup (self->entry->application_id), g_free);
  g_object_set_data_full (G_OBJECT (self->sending), "candidate-id", g_strdup (self->entry->candidate_id), g_free);
  gtk_widget_set_sensitive (self->note_button, FALSE);
  gtk_widget_set_sensitive (self->file_button, FALSE);
}

/* Returns: whether what was being sent was for the submission open now */
static gboolean
sending_done (ShortlistHistoryPage *self)
{
  gboolean same = self->entry != NULL &&
                  g_strcmp0 (g_object_get_data (G_OBJECT (self->sending), "application-id"), self->entry->application_id) == 0;

  g_clear_object (&self->sending);
  gtk_widget_set_sensitive (self->note_button, self->entry && self->entry->application_id != NULL);
  gtk_widget_set_sensitive (self->file_button, TRUE);
  return same;
}

static void
note_sent_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ShortlistHistoryPage *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboWriteResult) written = shortlist_note_send_finish (result, &error);
  g_autofree char *problem = NULL;

  /* Another submission was opened, or the page is gone: the store kept what became of it */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || !sending_done (self))
    return;
  if (written == NULL)
    {
      problem = shortlist_note_dup_problem (error);
      set_status (self->note_status_label, problem, TRUE);
      g_free (self->entry->note);
      self->entry->note = g_strdup (shortlist_note_group_get_text (self->note_group));
      g_free (self->entry->note_problem);
      self->entry->note_problem = g_strdup (problem);
      return;
    }
  g_clear_pointer (&self->entry->note, g_free);
  g_clear_pointer (&self->entry->note_problem, g_free);
  shortlist_note_group_set_text (self->note_group, NULL);
  set_status (self->note_status_label, _ ("The note was sent to the application."), FALSE);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", _ ("Note sent to the client’s team"));
}

/* Sends the note written here, or the one kept when it could not be sent */
static void
note_cb (ShortlistHistoryPage *self)
{
  g_autofree char *note = kombo_strdup_stripped (shortlist_note_group_get_text (self->note_group));
  const char      *visibility = shortlist_note_group_get_visibility (self->note_group);

  if (self->account == NULL || self->entry == NULL || self->entry->application_id == NULL || self->sending != NULL)
    return;
  if (note == NULL)
    {
      set_status (self->note_status_label, _ ("Write the note first."), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (shortlist_note_group_get_view (self->note_group)));
      return;
    }
  set_status (self->note_status_label, _ ("Sending…"), FALSE);
  start_sending (self);
  shortlist_note_send_async (shortlist_account_get_client (self->account), shortlist_account_get_store (self->account), self->entry->candidate_id, self->entry->application_id, note,
                             *visibility != '\0' ? visibility : NULL, self->sending, note_sent_cb, self);
}

static void
file_sent_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ShortlistHistoryPage *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboWriteResult) written = kombo_client_add_application_attachment_finish (KOMBO_CLIENT (object), result, &error);
  g_autoptr (KomboAttachment) attachment = NULL;
  g_autofree char *candidate_id = NULL;
  g_autofree char *followup = NULL;
  g_autofree char *sentence = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  attachment = g_object_ref (g_object_get_data (G_OBJECT (self->sending), "attachment"));
  candidate_id = g_strdup (g_object_get_data (G_OBJECT (self->sending), "candidate-id"));
  /* TRANSLATORS: %s is a file name */
  followup = g_strdup_printf (_ ("File “%s” added to the application"), kombo_attachment_get_name (attachment));
  if (written != NULL && candidate_id != NULL)
    shortlist_store_add_followup_async (self->store, candidate_id, followup, NULL, NULL, NULL);
  if (!sending_done (self))
    return;
  sentence = written ? NULL : kombo_error_dup_sentence (error);
  set_status (self->file_status_label, written ? followup : sentence, written == NULL);
}

static void
file_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ShortlistHistoryPage *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KomboAttachment) attachment = kombo_attachment_new_for_file_finish (result, &error);
  g_autofree char *sending = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (attachment == NULL)
    {
      if (sending_done (self))
        set_status (self->file_status_label, error->message, TRUE);
      return;
    }
  /* TRANSLATORS: %s is a file name */
  sending = g_strdup_printf (_ ("Sending “%s”…"), kombo_attachment_get_name (attachment));
  if (self->entry != NULL && g_strcmp0 (self->entry->application_id, g_object_get_data (G_OBJECT (self->sending), "application-id")) == 0)
    set_status (self->file_status_label, sending, FALSE);
  g_object_set_data_full (G_OBJECT (self->sending), "attachment", g_object_ref (attachment), g_object_unref);
  kombo_client_add_application_attachment_async (shortlist_account_get_client (self->account),
                                                 g_object_get_data (G_OBJECT (self->sending), "application-id"), attachment,
                                                 NULL, NULL, NULL, self->sending, file_sent_cb, self);
}

/**
 * shortlist_history_page_add_file:
 *
 * Adds @file to the open submission's application, as a CV: an updated one, say.
 */
void
shortlist_history_page_add_file (ShortlistHistoryPage *self,
                                 GFile                *file)
{
  g_return_if_fail (SHORTLIST_IS_HISTORY_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->account == NULL || self->entry == NULL || self->entry->application_id == NULL || self->sending != NULL)
    return;
  start_sending (self);
  kombo_attachment_new_for_file_async (file, KOMBO_ATTACHMENT_CV, self->sending, file_loaded_cb, self);
}

static void
file_chosen_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ShortlistHistoryPage *self = user_data;
  g_autoptr (GPtrArray) files = shortlist_choose_files_finish (result);

  if (files != NULL && files->len > 0)
    shortlist_history_page_add_file (self, files->pdata[0]);
}

static void
file_cb (ShortlistHistoryPage *self)
{
  shortlist_choose_files (GTK_WIDGET (self), _ ("Add a File to the Application"), _ ("_Add"), TRUE, FALSE, self->cancellable,
                          file_chosen_cb, self);
}

static void
shortlist_history_page_dispose (GObject *object)
{
  ShortlistHistoryPage *self = (ShortlistHistoryPage *) object;

  /* Before the rows go: the note typed there is kept */
  keep_typed_note (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->lookup);
  g_clear_object (&self->lookup);
  /* A note or a file under way: its callbacks see it cancelled and leave the page alone */
  g_cancellable_cancel (self->sending);
  g_clear_object (&self->sending);
  shortlist_widget_dispose_template (GTK_WIDGET (self), SHORTLIST_TYPE_HISTORY_PAGE);
  g_clear_object (&self->account);
  g_clear_object (&self->follower);
  g_clear_object (&self->store);
  g_clear_pointer (&self->entry, shortlist_history_entry_free);
  g_clear_pointer (&self->entry_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (shortlist_history_page_parent_class)->dispose (object);
}

static void
shortlist_history_page_class_init (ShortlistHistoryPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = shortlist_history_page_dispose;

  g_type_ensure (SHORTLIST_TYPE_NOTE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/shortlist/Shortlist/shortlist-history-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ShortlistHistoryPage, actions_box);
  gtk_widget_class_bind_template_child (widget_class, ShortlistHistoryPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ShortlistHistoryPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ShortlistHistoryPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ShortlistHistoryPage, list);
  gtk_widget_class_bind_template_child (widget_class, ShortlistHistoryPage, entry_group);
  gtk_widget_class_bind_template_child (widget_class, ShortlistHistoryPage, arrival_button);
  gtk_widget_class_bind_template_child (widget_class, ShortlistHistoryPage, tag_button);
  gtk_widget_class_bind_template_child (widget_class, ShortlistHistoryPage, link_button);
  gtk_widget_class_bind_template_child (widget_class, ShortlistHistoryPage, file_button);
  gtk_widget_class_bind_template_child (widget_class, ShortlistHistoryPage, file_status_label);
  gtk_widget_class_bind_template_child (widget_class, ShortlistHistoryPage, note_group);
  gtk_widget_class_bind_template_child (widget_class, ShortlistHistoryPage, note_button);
  gtk_widget_class_bind_template_child (widget_class, ShortlistHistoryPage, note_status_label);
  gtk_widget_class_bind_template_child (widget_class, ShortlistHistoryPage, moved_button);
  gtk_widget_class_bind_template_child (widget_class, ShortlistHistoryPage, checked_label);
  gtk_widget_class_bind_template_child (widget_class, ShortlistHistoryPage, empty_status);
  gtk_widget_class_bind_template_callback (widget_class, refresh);
  gtk_widget_class_bind_template_callback (widget_class, back_cb);
  gtk_widget_class_bind_template_callback (widget_class, tag_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_cb);
  gtk_widget_class_bind_template_callback (widget_class, arrival_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_cb);
  gtk_widget_class_bind_template_callback (widget_class, file_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mapped_cb (ShortlistHistoryPage *self)
{
  if (self->account != NULL)
    self->seen = g_settings_get_int64 (shortlist_account_get_settings (self->account), "history-seen");
  refresh (self);
}

static void
unmapped_cb (ShortlistHistoryPage *self)
{
  if (self->account != NULL)
    g_settings_set_int64 (shortlist_account_get_settings (self->account), "history-seen", g_get_real_time ());
}

static void
shortlist_history_page_init (ShortlistHistoryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  shortlist_flow_buttons (self->actions_box);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->note_group),
                                         _ ("Why this candidate, in plain text, for the client’s team. It goes to the application."));
  self->entry_rows = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
  /* What was sent since it was last shown is there when it is shown again, and what moved
   * since it was last looked at is marked until it is left */
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
  g_signal_connect (self, "unmap", G_CALLBACK (unmapped_cb), NULL);
  /* Lists and scrolled areas say what they are to a screen reader */
  shortlist_name_lists (GTK_WIDGET (self), _ ("History"));
}

/* The store is open, or another one: its history is shown */
static void
store_changed_cb (ShortlistHistoryPage *self)
{
  ShortlistStore *store = shortlist_account_get_store (self->account);

  if (store == NULL || !g_set_object (&self->store, store))
    return;
  g_signal_connect_object (store, "forgotten", G_CALLBACK (forgotten_cb), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
listed_to_open_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr (ShortlistHistoryPage) self = user_data;
  g_autoptr (GPtrArray) entries = shortlist_store_list_history_finish (SHORTLIST_STORE (object), result, NULL);

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    if (((ShortlistHistoryEntry *) entries->pdata[i])->id == self->opening)
      show_entry (self, shortlist_history_entry_copy (entries->pdata[i]));
}

/* Opens the submission @id, as a notification of its candidate's move asks */
void
shortlist_history_page_open_entry (ShortlistHistoryPage *self,
                                   gint64                id)
{
  g_return_if_fail (SHORTLIST_IS_HISTORY_PAGE (self));

  if (self->store == NULL)
    return;
  self->opening = id;
  shortlist_store_list_history_async (self->store, NULL, self->cancellable, listed_to_open_cb, g_object_ref (self));
}

static void
followed_cb (ShortlistHistoryPage *self)
{
  update_checked (self);
  refresh (self);
}

/* Shows where the candidates stand as @follower brings it up to date */
void
shortlist_history_page_set_follower (ShortlistHistoryPage *self,
                                     ShortlistFollower    *follower)
{
  g_return_if_fail (SHORTLIST_IS_HISTORY_PAGE (self));
  g_return_if_fail (self->follower == NULL);

  self->follower = g_object_ref (follower);
  g_signal_connect_object (follower, "changed", G_CALLBACK (followed_cb), self, G_CONNECT_SWAPPED);
  update_checked (self);
}

/* Works with @account from now on, and shows the history its store keeps, once it is open */
void
shortlist_history_page_set_account (ShortlistHistoryPage *self,
                                    ShortlistAccount     *account)
{
  g_return_if_fail (SHORTLIST_IS_HISTORY_PAGE (self));
  g_return_if_fail (self->account == NULL);

  self->account = g_object_ref (account);
  g_signal_connect_object (account, "notify::store", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  store_changed_cb (self);
}
