/* kombo-violation.c: one broken rule of a request, with the field it concerns */
#define G_LOG_DOMAIN "kombo-violation"

#include "config.h"

#include "kombo-violation.h"

G_DEFINE_BOXED_TYPE (KomboViolation, kombo_violation, kombo_violation_copy, kombo_violation_free)

KomboViolation *
kombo_violation_new (const char *path,
                     const char *message)
{
  KomboViolation *self = g_new0 (KomboViolation, 1);

  self->path = g_strdup (path);
  self->message = g_strdup (message);
  return self;
}

KomboViolation *
kombo_violation_copy (const KomboViolation *self)
{
  return kombo_violation_new (self->path, self->message);
}

void
kombo_violation_free (KomboViolation *self)
{
  if (self == NULL)
    return;
  g_free (self->path);
  g_free (self->message);
  g_free (self);
}

/* @format is already translated by the caller */
void
kombo_violations_add (GPtrArray  *violations,
                      const char *path,
                      const char *format,
                      ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (violations, kombo_violation_new (path, message));
}

/* Returns the message of the first violation at @path, or %NULL */
const char *
kombo_violations_lookup (GPtrArray  *violations,
                         const char *path)
{
  if (violations == NULL)
    return NULL;

  for (guint i = 0; i < violations->len; i++)
    {
      const KomboViolation *v = g_ptr_array_index (violations, i);

      if (g_strcmp0 (v->path, path) == 0)
        return v->message;
    }

  return NULL;
}
