/* kombo-candidate-finder.h: the candidates an ATS already has with some email addresses */
#pragma once

#include <gio/gio.h>

#include "kombo-client.h"

G_BEGIN_DECLS

#define KOMBO_TYPE_CANDIDATE_FINDER (kombo_candidate_finder_get_type ())

G_DECLARE_FINAL_TYPE (KomboCandidateFinder, kombo_candidate_finder, KOMBO, CANDIDATE_FINDER, GObject)

KomboCandidateFinder *kombo_candidate_finder_new         (KomboClient          *client);
void                  kombo_candidate_finder_find_async  (KomboCandidateFinder *self,
                                                          const char * const   *emails,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
GListModel           *kombo_candidate_finder_find_finish (KomboCandidateFinder *self,
                                                          GAsyncResult         *result,
                                                          GError              **error);
void                  kombo_candidate_finder_find_by_name_async (KomboCandidateFinder *self,
                                                                 const char           *first_name,
                                                                 const char           *last_name,
                                                                 GCancellable         *cancellable,
                                                                 GAsyncReadyCallback   callback,
                                                                 gpointer              user_data);
void                  kombo_candidate_finder_forget      (KomboCandidateFinder *self);
void                  kombo_candidate_finder_find_arrival_async  (KomboCandidateFinder *self,
                                                                  const char * const   *emails,
                                                                  const char           *job_id,
                                                                  GCancellable         *cancellable,
                                                                  GAsyncReadyCallback   callback,
                                                                  gpointer              user_data);
KomboCandidateRecord *kombo_candidate_finder_find_arrival_finish (KomboCandidateFinder *self,
                                                                  GAsyncResult         *result,
                                                                  GError              **error);

G_END_DECLS
