/* kombo-candidate-finder.c: the candidates an ATS already has with some email addresses
 *
 * One GET /ats/candidates?email= for each address (Kombo compares them without case), and
 * never twice for the same address: answers are kept until kombo_candidate_finder_forget(),
 * as after a candidate was created. A candidate found under two addresses is listed once.
 */
#define G_LOG_DOMAIN "kombo-candidate-finder"

#include "config.h"

#include "kombo-candidate-finder.h"
#include "kombo-util.h"

struct _KomboCandidateFinder
{
  GObject parent_instance;

  KomboClient *client;
  GHashTable  *found; /* folded address → GListModel of KomboCandidateRecord */
};

G_DEFINE_FINAL_TYPE (KomboCandidateFinder, kombo_candidate_finder, G_TYPE_OBJECT)

typedef struct
{
  GPtrArray *emails; /* folded, each once */
  guint      next;
} Search;

static void
search_free (Search *search)
{
  g_ptr_array_unref (search->emails);
  g_free (search);
}

static void
kombo_candidate_finder_dispose (GObject *object)
{
  KomboCandidateFinder *self = (KomboCandidateFinder *) object;

  g_clear_object (&self->client);
  g_clear_pointer (&self->found, g_hash_table_unref);

  G_OBJECT_CLASS (kombo_candidate_finder_parent_class)->dispose (object);
}

static void
kombo_candidate_finder_class_init (KomboCandidateFinderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kombo_candidate_finder_dispose;
}

static void
kombo_candidate_finder_init (KomboCandidateFinder *self)
{
  self->found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

KomboCandidateFinder *
kombo_candidate_finder_new (KomboClient *client)
{
  KomboCandidateFinder *self;

  g_return_val_if_fail (KOMBO_IS_CLIENT (client), NULL);

  self = g_object_new (KOMBO_TYPE_CANDIDATE_FINDER, NULL);
  self->client = g_object_ref (client);
  return self;
}

static gboolean
listed (GListStore           *records,
        KomboCandidateRecord *record)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (records)); i++)
    {
      g_autoptr (KomboCandidateRecord) other = g_list_model_get_item (G_LIST_MODEL (records), i);

      if (g_strcmp0 (kombo_candidate_record_get_id (other), kombo_candidate_record_get_id (record)) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
return_found (GTask *task)
{
  KomboCandidateFinder *self = g_task_get_source_object (task);
  Search               *search = g_task_get_task_data (task);
  g_autoptr (GListStore) records = g_list_store_new (KOMBO_TYPE_CANDIDATE_RECORD);

  for (guint i = 0; i < search->emails->len; i++)
    {
      GListModel *found = g_hash_table_lookup (self->found, search->emails->pdata[i]);

      for (guint j = 0; found != NULL && j < g_list_model_get_n_items (found); j++)
        {
          g_autoptr (KomboCandidateRecord) record = g_list_model_get_item (found, j);

          if (!listed (records, record))
            g_list_store_append (records, record);
        }
    }
  g_task_return_pointer (task, g_steal_pointer (&records), g_object_unref);
}

static void find_next (GTask *task);

static void
found_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GTask                *task = user_data;
  KomboCandidateFinder *self = g_task_get_source_object (task);
  Search               *search = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  GListModel *found = kombo_client_get_candidates_finish (KOMBO_CLIENT (object), result, &error);

  if (found == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }
  g_hash_table_replace (self->found, g_strdup (search->emails->pdata[search->next]), found);
  search->next++;
  find_next (task);
}

static void
find_next (GTask *task)
{
  KomboCandidateFinder *self = g_task_get_source_object (task);
  Search               *search = g_task_get_task_data (task);

  /* Addresses asked about before are answered from what was found then */
  while (search->next < search->emails->len && g_hash_table_contains (self->found, search->emails->pdata[search->next]))
    search->next++;

  if (search->next >= search->emails->len)
    {
      return_found (task);
      g_object_unref (task);
      return;
    }
  kombo_client_get_candidates_by_email_async (self->client, search->emails->pdata[search->next],
                                              g_task_get_cancellable (task), found_cb, task);
}

/* Returns: (nullable): @email as the answers are kept by: stripped and folded; %NULL when it
 * is no address at all */
static char *
dup_folded (const char *email)
{
  g_autofree char *stripped = kombo_strdup_stripped (email);

  return stripped != NULL && kombo_is_plausible_email (stripped) ? g_utf8_casefold (stripped, -1) : NULL;
}

/**
 * kombo_candidate_finder_find_async:
 * @emails: the addresses, as typed; blank and implausible ones are passed over
 *
 * Finds the candidates of the ATS with any of @emails.
 */
void
kombo_candidate_finder_find_async (KomboCandidateFinder *self,
                                   const char *const    *emails,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data)
{
  GTask  *task = g_task_new (self, cancellable, callback, user_data);
  Search *search = g_new0 (Search, 1);

  g_return_if_fail (KOMBO_IS_CANDIDATE_FINDER (self));

  search->emails = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; emails != NULL && emails[i] != NULL; i++)
    {
      g_autofree char *folded = dup_folded (emails[i]);

      if (folded != NULL && !g_ptr_array_find_with_equal_func (search->emails, folded, g_str_equal, NULL))
        g_ptr_array_add (search->emails, g_steal_pointer (&folded));
    }
  g_task_set_source_tag (task, kombo_candidate_finder_find_async);
  g_task_set_task_data (task, search, (GDestroyNotify) search_free);
  find_next (task);
}

/* Returns: (transfer full): the candidates found, each once; empty if there are none */
GListModel *
kombo_candidate_finder_find_finish (KomboCandidateFinder *self,
                                    GAsyncResult         *result,
                                    GError              **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Forgets every answer, as after a candidate was created: the ATS has changed */
void
kombo_candidate_finder_forget (KomboCandidateFinder *self)
{
  g_return_if_fail (KOMBO_IS_CANDIDATE_FINDER (self));
  g_hash_table_remove_all (self->found);
}

static void
arrival_found_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  const char *job_id = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) found = kombo_candidate_finder_find_finish (KOMBO_CANDIDATE_FINDER (object), result, &error);

  if (found == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr (KomboCandidateRecord) record = g_list_model_get_item (found, i);

      if (kombo_candidate_record_applied_to (record, job_id))
        {
          g_task_return_pointer (task, g_steal_pointer (&record), g_object_unref);
          return;
        }
    }
  g_task_return_pointer (task, NULL, NULL);
}

/**
 * kombo_candidate_finder_find_arrival_async:
 * @emails: the candidate's addresses
 * @job_id: the job the candidate was sent to
 *
 * Did the candidate arrive? After a submission whose answer was lost, asks the ATS afresh
 * (nothing remembered counts) for a candidate with @emails who applied to @job_id. The form,
 * the spreadsheet and the history all ask it so, never by sending again.
 */
void
kombo_candidate_finder_find_arrival_async (KomboCandidateFinder *self,
                                           const char *const    *emails,
                                           const char           *job_id,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data)
{
  GTask *task;

  g_return_if_fail (KOMBO_IS_CANDIDATE_FINDER (self));
  g_return_if_fail (emails != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kombo_candidate_finder_find_arrival_async);
  g_task_set_task_data (task, g_strdup (job_id), g_free);
  /* What was heard of these addresses before the submission is stale; others' answers stay */
  for (guint i = 0; emails[i] != NULL; i++)
    {
      g_autofree char *folded = dup_folded (emails[i]);

      if (folded != NULL)
        g_hash_table_remove (self->found, folded);
    }
  kombo_candidate_finder_find_async (self, emails, cancellable, arrival_found_cb, task);
}

/* Returns: (transfer full) (nullable): the candidate who arrived, or %NULL when none did */
KomboCandidateRecord *
kombo_candidate_finder_find_arrival_finish (KomboCandidateFinder *self,
                                            GAsyncResult         *result,
                                            GError              **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
name_found_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  KomboCandidateFinder *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;
  GListModel *found = kombo_client_get_candidates_finish (KOMBO_CLIENT (object), result, &error);

  if (found == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_hash_table_replace (self->found, g_strdup (g_task_get_task_data (task)), g_object_ref (found));
  g_task_return_pointer (task, found, g_object_unref);
}

/**
 * kombo_candidate_finder_find_by_name_async:
 *
 * Finds the candidates of the ATS with this first and last name, which Kombo matches exactly
 * but for case: possibly the same person, under another address. Asked once per name until
 * kombo_candidate_finder_forget(); kombo_candidate_finder_find_finish() ends it, with none
 * when either name is blank.
 */
void
kombo_candidate_finder_find_by_name_async (KomboCandidateFinder *self,
                                           const char           *first_name,
                                           const char           *last_name,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data)
{
  GTask           *task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *first = kombo_strdup_stripped (first_name);
  g_autofree char *last = kombo_strdup_stripped (last_name);
  g_autofree char *joined = NULL;
  char            *key;
  GListModel      *found;

  g_return_if_fail (KOMBO_IS_CANDIDATE_FINDER (self));
  g_task_set_source_tag (task, kombo_candidate_finder_find_async);

  if (first == NULL || last == NULL)
    {
      g_task_return_pointer (task, g_list_store_new (KOMBO_TYPE_CANDIDATE_RECORD), g_object_unref);
      g_object_unref (task);
      return;
    }
  /* Kept apart from the addresses: no address has a line break */
  joined = g_strconcat (first, "\n", last, NULL);
  key = g_utf8_casefold (joined, -1);
  g_task_set_task_data (task, key, g_free);
  if ((found = g_hash_table_lookup (self->found, key)) != NULL)
    {
      g_task_return_pointer (task, g_object_ref (found), g_object_unref);
      g_object_unref (task);
      return;
    }
  kombo_client_get_candidates_by_name_async (self->client, first, last, cancellable, name_found_cb, task);
}
