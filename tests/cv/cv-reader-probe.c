/* cv-reader-probe.c: stands in for shortlist-cv-reader in the tests, and answers, as the
 * reader's error message, what it was started with: the names in its environment and the
 * descriptors it has open. Not installed. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

int
main (void)
{
  DIR           *fds = opendir ("/proc/self/fd");
  struct dirent *entry;

  printf ("{\"error\":{\"code\":2,\"message\":\"env=");
  for (char **e = environ; *e != NULL; e++)
    printf ("%.*s,", (int) strcspn (*e, "=\"\\"), *e);
  printf (" fds=");
  while (fds != NULL && (entry = readdir (fds)) != NULL)
    /* Not the one it reads the list through */
    if (entry->d_name[0] != '.' && atoi (entry->d_name) != dirfd (fds))
      printf ("%s,", entry->d_name);
  printf ("\"}}");
  if (fds != NULL)
    closedir (fds);
  return 0;
}
