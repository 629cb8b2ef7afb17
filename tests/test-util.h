/* test-util.h: what every Kombo test needs: waiting for async results, a client, schema checks */
#pragma once

#include "kombo.h"
#include "fake-kombo.h"

G_BEGIN_DECLS

#define TEST_API_KEY "test-key-0123456789abcdefghij"
#define TEST_INTEGRATION_ID "greenhouse:8d1hpPsbjxUkoCoa1veLZGe5"

void              test_init (int    *argc,
                             char ***argv);
const char       *test_get_tmp_dir (void);
void              test_store_result (GObject      *object,
                                     GAsyncResult *result,
                                     gpointer      user_data);
GAsyncResult     *test_wait (GAsyncResult **slot);
void              test_wait_for (gboolean (*done) (gpointer data),
                                 gpointer    data,
                                 const char *what);
gboolean          test_result_arrived (gpointer data);
KomboClient      *test_client_new (FakeKombo *fake);
KomboClient      *test_client_new_for_url (const char *url);
void              test_assert_schema_valid (const char *schema_name,
                                            GBytes     *body);
void              test_assert_json_equal (JsonObject *actual,
                                          const char *expected_json);
char             *test_write_file (const char *name,
                                   const char *contents,
                                   gssize      length);
void              test_sleep_ms (guint ms);
GListModel       *test_get_jobs (KomboClient *client,
                                 const char  *name_contains,
                                 GError     **error);
KomboWriteResult *test_add_tag (KomboClient  *client,
                                const char   *candidate_id,
                                KomboTag     *tag,
                                GCancellable *cancellable,
                                GError      **error);

char *test_candidates_answer (const char *const *candidates,
                              gboolean           as_schema);

G_END_DECLS
