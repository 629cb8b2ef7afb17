/* account-test-util.h: the connection to the fake Kombo as a person makes it, without a display */
#pragma once

#include "shortlist-account.h"
#include "test-util.h"

G_BEGIN_DECLS

void              account_test_init (int    *argc,
                                     char ***argv);
GSettings        *account_test_settings_new (void);
ShortlistAccount *account_test_account_new (FakeKombo *fake,
                                            GSettings *settings);

G_END_DECLS
