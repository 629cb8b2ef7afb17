/* shortlist-sandbox.c: shuts a process off from everything but what it was handed
 *
 * shortlist-cv-reader calls shortlist_sandbox_contain() once it holds the CV in memory and
 * before it parses a byte of it, as GNOME's image loaders (glycin) do theirs: from then on a
 * seccomp filter lets it compute, allocate memory, and read and write the descriptors it has
 * (the CV, its answer); any other system call kills it, so a document that takes over poppler
 * can open no file, make no socket, reach no bus and start no program. What the filter allows
 * can gain nothing new: no open, no socket, no exec, no ptrace, no mprotect that makes memory
 * executable.
 */
#define G_LOG_DOMAIN "shortlist-sandbox"

#include "config.h"

#include <errno.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <seccomp.h>
#include <glib/gi18n-lib.h>

#include "shortlist-sandbox.h"

/* Computing, memory, the descriptors already open, time, and leaving */
static const int allowed[] = {
  SCMP_SYS (read),
  SCMP_SYS (write),
  SCMP_SYS (readv),
  SCMP_SYS (writev),
  SCMP_SYS (pread64),
  SCMP_SYS (lseek),
  SCMP_SYS (close),
  SCMP_SYS (fstat),
  SCMP_SYS (newfstatat),
  SCMP_SYS (statx),
  SCMP_SYS (fcntl),
  SCMP_SYS (brk),
  SCMP_SYS (mmap),
  SCMP_SYS (munmap),
  SCMP_SYS (mremap),
  SCMP_SYS (madvise),
  SCMP_SYS (futex),
  SCMP_SYS (clock_gettime),
  SCMP_SYS (clock_nanosleep),
  SCMP_SYS (nanosleep),
  SCMP_SYS (gettimeofday),
  SCMP_SYS (getrandom),
  SCMP_SYS (getpid),
  SCMP_SYS (gettid),
  SCMP_SYS (sched_yield),
  SCMP_SYS (rt_sigreturn),
  SCMP_SYS (rt_sigprocmask),
  SCMP_SYS (sigaltstack),
  SCMP_SYS (getrlimit),
  SCMP_SYS (prlimit64),
  SCMP_SYS (sysinfo),
  SCMP_SYS (exit),
  SCMP_SYS (exit_group),
};

/**
 * shortlist_sandbox_contain:
 *
 * From now on, any system call but those that compute, allocate, use the descriptors already
 * open or end the process kills it (SIGSYS). Cannot be undone, and holds for the threads it
 * starts after.
 *
 * Returns: whether the filter is in place
 */
gboolean
shortlist_sandbox_contain (GError **error)
{
  scmp_filter_ctx filter = seccomp_init (SCMP_ACT_KILL_PROCESS);
  int             status = filter ? 0 : -ENOMEM;

  /* Privileges can never be gained again, which the kernel asks of an unprivileged filter */
  if (status == 0 && prctl (PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
    status = -errno;
  for (guint i = 0; status == 0 && i < G_N_ELEMENTS (allowed); i++)
    status = seccomp_rule_add (filter, SCMP_ACT_ALLOW, allowed[i], 0);
  /* Memory may change what it allows, but never to be run */
  if (status == 0)
    status = seccomp_rule_add (filter, SCMP_ACT_ALLOW, SCMP_SYS (mprotect), 1, SCMP_A2 (SCMP_CMP_MASKED_EQ, PROT_EXEC, 0));
  if (status == 0)
    status = seccomp_load (filter);
  seccomp_release (filter);

  if (status != 0)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (-status), _ ("The CV reader cannot be shut off: %s"),
                   g_strerror (-status));
      return FALSE;
    }
  return TRUE;
}
