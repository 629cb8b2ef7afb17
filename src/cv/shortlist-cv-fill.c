/* shortlist-cv-fill.c: a draft filled from what a CV says, and the filling undone */
#define G_LOG_DOMAIN "shortlist-cv"

#include "config.h"

#include "shortlist-cv.h"

/* Filling a draft */

struct _ShortlistCvFill
{
  GPtrArray *properties; /* the draft's text properties set, and the values set (char *, pairs) */
  GPtrArray *contacts;   /* KomboContact, added to the draft's lists */
  GPtrArray *fields;     /* what was filled, in the form's order: property names, "emails", … */
};

static void
fill_text (ShortlistCvFill     *fill,
           KomboCandidateDraft *draft,
           const char          *property,
           const char          *value)
{
  if (value == NULL || *kombo_candidate_draft_get_text (draft, property) != '\0')
    return;
  kombo_candidate_draft_set_text (draft, property, value);
  g_ptr_array_add (fill->properties, g_strdup (property));
  g_ptr_array_add (fill->properties, g_strdup (value));
  g_ptr_array_add (fill->fields, g_strdup (property));
}

static gboolean
draft_has (KomboCandidateDraft *draft,
           const char          *property,
           GListStore          *store,
           const char          *value)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  if (property != NULL && g_ascii_strcasecmp (kombo_candidate_draft_get_text (draft, property), value) == 0)
    return TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KomboContact) contact = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (g_ascii_strcasecmp (kombo_contact_get_value (contact), value) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
fill_list (ShortlistCvFill     *fill,
           KomboCandidateDraft *draft,
           const char          *property,
           GListStore          *store,
           GPtrArray           *values,
           const char          *field)
{
  guint added = 0;

  for (guint i = 0; i < values->len; i++)
    {
      g_autoptr (KomboContact) contact = NULL;

      if (draft_has (draft, property, store, values->pdata[i]))
        continue;
      contact = kombo_contact_new (KOMBO_CONTACT_PERSONAL, values->pdata[i]);
      g_object_set_data_full (G_OBJECT (contact), "shortlist-cv-value", g_strdup (values->pdata[i]), g_free);
      g_list_store_append (store, contact);
      g_ptr_array_add (fill->contacts, g_object_ref (contact));
      added++;
    }
  if (added > 0)
    g_ptr_array_add (fill->fields, g_strdup (field));
}

/**
 * shortlist_cv_fill:
 *
 * Fills what @draft does not have yet from @facts; nothing already there is changed.
 *
 * Returns: (transfer full): what was filled, for shortlist_cv_fill_undo()
 */
ShortlistCvFill *
shortlist_cv_fill (ShortlistCvFacts    *facts,
                   KomboCandidateDraft *draft)
{
  ShortlistCvFill *fill = g_new0 (ShortlistCvFill, 1);
  g_autoptr (GPtrArray) emails = g_ptr_array_new ();
  g_autoptr (GPtrArray) phones = g_ptr_array_new ();

  fill->properties = g_ptr_array_new_with_free_func (g_free);
  fill->contacts = g_ptr_array_new_with_free_func (g_object_unref);
  fill->fields = g_ptr_array_new_with_free_func (g_free);

  fill_text (fill, draft, "first-name", facts->first_name);
  fill_text (fill, draft, "last-name", facts->last_name);
  if (facts->email != NULL && !draft_has (draft, NULL, kombo_candidate_draft_get_emails (draft), facts->email))
    fill_text (fill, draft, "email-address", facts->email);
  if (facts->phone != NULL && !draft_has (draft, NULL, kombo_candidate_draft_get_phones (draft), facts->phone))
    fill_text (fill, draft, "phone-number", facts->phone);
  fill_text (fill, draft, "company", facts->company);
  fill_text (fill, draft, "title", facts->title);

  /* The CV's other addresses and numbers, and its first ones when the recruiter typed others */
  if (facts->email != NULL)
    g_ptr_array_add (emails, facts->email);
  g_ptr_array_extend (emails, facts->more_emails, NULL, NULL);
  if (facts->phone != NULL)
    g_ptr_array_add (phones, facts->phone);
  g_ptr_array_extend (phones, facts->more_phones, NULL, NULL);
  fill_list (fill, draft, "email-address", kombo_candidate_draft_get_emails (draft), emails, "emails");
  fill_list (fill, draft, "phone-number", kombo_candidate_draft_get_phones (draft), phones, "phones");

  /* A place is one thing: filled whole, or not at all, so a city never meets another's country */
  if (*kombo_candidate_draft_get_text (draft, "city") == '\0' && *kombo_candidate_draft_get_text (draft, "country") == '\0' &&
      *kombo_candidate_draft_get_text (draft, "zip-code") == '\0')
    {
      fill_text (fill, draft, "city", facts->city);
      fill_text (fill, draft, "zip-code", facts->zip_code);
      fill_text (fill, draft, "country", facts->country);
    }
  fill_list (fill, draft, NULL, kombo_candidate_draft_get_links (draft), facts->links, "links");
  return fill;
}

/* Returns: (transfer full): what was filled: the draft's property names, and "emails",
 * "phones" and "links" for the lists, in the form's order */
GStrv
shortlist_cv_fill_get_fields (ShortlistCvFill *fill)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv         fields;

  for (guint i = 0; i < fill->fields->len; i++)
    g_strv_builder_add (builder, fill->fields->pdata[i]);
  fields = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return fields;
}

static gboolean
remove_contact (GListStore   *store,
                KomboContact *contact,
                const char   *value)
{
  guint position;

  if (!g_list_store_find (store, contact, &position) || g_strcmp0 (kombo_contact_get_value (contact), value) != 0)
    return FALSE;
  g_list_store_remove (store, position);
  return TRUE;
}

/**
 * shortlist_cv_fill_undo:
 *
 * Takes back what @fill set, except what was changed since: a field typed over stays.
 *
 * Returns: how many values were taken back
 */
guint
shortlist_cv_fill_undo (ShortlistCvFill     *fill,
                        KomboCandidateDraft *draft)
{
  guint undone = 0;

  for (guint i = 0; i + 1 < fill->properties->len; i += 2)
    if (g_strcmp0 (kombo_candidate_draft_get_text (draft, fill->properties->pdata[i]), fill->properties->pdata[i + 1]) == 0)
      {
        kombo_candidate_draft_set_text (draft, fill->properties->pdata[i], "");
        undone++;
      }
  for (guint i = 0; i < fill->contacts->len; i++)
    {
      KomboContact *contact = fill->contacts->pdata[i];
      const char   *value = g_object_get_data (G_OBJECT (contact), "shortlist-cv-value");

      if (remove_contact (kombo_candidate_draft_get_emails (draft), contact, value) ||
          remove_contact (kombo_candidate_draft_get_phones (draft), contact, value) ||
          remove_contact (kombo_candidate_draft_get_links (draft), contact, value))
        undone++;
    }
  g_ptr_array_set_size (fill->properties, 0);
  g_ptr_array_set_size (fill->contacts, 0);
  return undone;
}

void
shortlist_cv_fill_free (ShortlistCvFill *fill)
{
  if (fill == NULL)
    return;
  g_ptr_array_unref (fill->properties);
  g_ptr_array_unref (fill->contacts);
  g_ptr_array_unref (fill->fields);
  g_free (fill);
}
