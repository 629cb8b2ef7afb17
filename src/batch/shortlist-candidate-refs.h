/* shortlist-candidate-refs.h: the email addresses and Kombo IDs in files of candidates */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* At most this many candidates come from files at once, so that a wrong file does not flood Kombo */
#define SHORTLIST_CANDIDATE_REFS_MAX 500

GStrv shortlist_candidate_refs_split (const char *text,
                                      gboolean    refs_only,
                                      guint       max);
void  shortlist_candidate_refs_read_async (GFile             **files,
                                           guint               n_files,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data);
GStrv shortlist_candidate_refs_read_finish (GAsyncResult *result,
                                            char        **problem,
                                            GError      **error);

G_END_DECLS
