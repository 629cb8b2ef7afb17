/* kombo-body-stream.c: a request body of JSON text with files spliced in as base64 while it is read
 *
 * A candidate with a 25 MB CV makes a body of about 34 MB. Building it in memory would cost
 * that much twice over (the base64 text and the JSON around it) and block the main loop while
 * encoding. Instead the body is described as segments, literal JSON text and files, and a
 * thread of the stream's own reads and encodes them ahead of the reader, a few blocks at most
 * (so memory stays flat, whatever the file's size). The stream is pollable: libsoup takes what
 * is ready without waiting and without a thread hop for each of its 8 KiB reads (which cost
 * more than the encoding), and is woken when the next block is ready.
 */
#define G_LOG_DOMAIN "kombo-body-stream"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kombo-attachment.h"
#include "kombo-body-stream.h"
#include "kombo-error.h"

/* A multiple of 3, so that each chunk encodes to whole base64 quads */
#define RAW_CHUNK (48 * 1024)

typedef struct
{
  GBytes          *literal; /* JSON text, or NULL for a file */
  KomboAttachment *file;
} Segment;

struct _KomboBody
{
  gatomicrefcount ref_count;
  GPtrArray      *segments;
  goffset         length;
};

static void
segment_free (Segment *segment)
{
  g_clear_pointer (&segment->literal, g_bytes_unref);
  g_clear_object (&segment->file);
  g_free (segment);
}

G_DEFINE_BOXED_TYPE (KomboBody, kombo_body, kombo_body_ref, kombo_body_unref)

static void
add_literal (KomboBody  *self,
             const char *text,
             gsize       length)
{
  Segment *segment = g_new0 (Segment, 1);

  segment->literal = g_bytes_new (text, length);
  self->length += length;
  g_ptr_array_add (self->segments, segment);
}

/**
 * kombo_body_new:
 * @json: the body, where file n stands as the JSON string "<marker>-<n>"
 * @files: (element-type KomboAttachment): the files, in the order of their markers
 *
 * Returns: the body, or %NULL if a marker is missing
 */
KomboBody *
kombo_body_new (const char *json,
                const char *marker,
                GPtrArray  *files,
                GError    **error)
{
  KomboBody  *self = g_new0 (KomboBody, 1);
  const char *rest = json;

  g_atomic_ref_count_init (&self->ref_count);
  self->segments = g_ptr_array_new_with_free_func ((GDestroyNotify) segment_free);

  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *quoted = g_strdup_printf ("\"%s-%u\"", marker, i);
      const char      *found = strstr (rest, quoted);
      KomboAttachment *file = g_ptr_array_index (files, i);
      Segment         *segment;

      if (found == NULL)
        {
          g_set_error_literal (error, KOMBO_ERROR, KOMBO_ERROR_FILE,
                               _ ("An attachment could not be placed in the request."));
          kombo_body_unref (self);
          return NULL;
        }

      /* Keep the opening quote with the text before and the closing one with the text after */
      add_literal (self, rest, found - rest + 1);

      segment = g_new0 (Segment, 1);
      segment->file = g_object_ref (file);
      self->length += kombo_attachment_get_encoded_size (file);
      g_ptr_array_add (self->segments, segment);

      rest = found + strlen (quoted) - 1;
    }

  add_literal (self, rest, strlen (rest));
  return self;
}

KomboBody *
kombo_body_ref (KomboBody *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
kombo_body_unref (KomboBody *self)
{
  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_ptr_array_unref (self->segments);
      g_free (self);
    }
}

/* Returns: the exact number of bytes the body streams, for Content-Length */
goffset
kombo_body_get_length (KomboBody *self)
{
  return self->length;
}

/* What the encoding thread keeps ready ahead of the reader */
#define MAX_READY (1024 * 1024)

struct _KomboBodyStream
{
  GInputStream parent_instance;

  KomboBody *body;
  /* The encoding thread's own */
  guint         segment; /* index of the segment being read */
  gsize         literal_offset;
  GInputStream *file_in;
  goffset       file_remaining; /* raw bytes of the file still to read */
  int           b64_state;
  int           b64_save;
  guint8       *raw;
  char         *encoded; /* base64 waiting to be handed out */
  gsize         encoded_len;
  gsize         encoded_offset;
  GCancellable *cancellable; /* stops the thread */

  /* Shared, under the lock */
  GMutex        lock;
  GCond         changed;
  GThread      *thread;
  GQueue        ready; /* GBytes, in order */
  gsize         ready_bytes;
  gsize         head_offset; /* what the reader took of the first block already */
  gboolean      done;        /* the thread made its last block */
  GError       *error;       /* why it stopped, once the reader has what came before */
  GMainContext *context;     /* of the source waiting for a block, to wake */
};

static void kombo_body_stream_pollable_iface_init (GPollableInputStreamInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KomboBodyStream, kombo_body_stream, G_TYPE_INPUT_STREAM, G_IMPLEMENT_INTERFACE (G_TYPE_POLLABLE_INPUT_STREAM, kombo_body_stream_pollable_iface_init))

/* Returns: a new stream over the whole body; open one for each attempt at sending */
GInputStream *
kombo_body_open (KomboBody *self)
{
  KomboBodyStream *stream = g_object_new (KOMBO_TYPE_BODY_STREAM, NULL);

  stream->body = kombo_body_ref (self);
  return G_INPUT_STREAM (stream);
}

static gboolean
next_file_chunk (KomboBodyStream *self,
                 KomboAttachment *file,
                 GCancellable    *cancellable,
                 GError         **error)
{
  gsize want = MIN (RAW_CHUNK, self->file_remaining);
  gsize got = 0;
  g_autoptr (GError) local_error = NULL;

  if (self->file_in == NULL)
    {
      self->file_in = G_INPUT_STREAM (g_file_read (kombo_attachment_get_file (file), cancellable, &local_error));
      if (self->file_in == NULL)
        goto failed;
      self->file_remaining = kombo_attachment_get_size (file);
      self->b64_state = self->b64_save = 0;
      want = MIN (RAW_CHUNK, self->file_remaining);
    }

  if (want > 0 &&
      !g_input_stream_read_all (self->file_in, self->raw, want, &got, cancellable, &local_error))
    goto failed;

  if (got < want)
    {
      /* TRANSLATORS: %s is a file name */
      g_set_error (error, KOMBO_ERROR, KOMBO_ERROR_FILE,
                   _ ("“%s” got shorter while it was being sent. Attach it again."),
                   kombo_attachment_get_name (file));
      return FALSE;
    }

  self->file_remaining -= got;
  self->encoded_len = g_base64_encode_step (self->raw, got, FALSE, self->encoded,
                                            &self->b64_state, &self->b64_save);
  self->encoded_offset = 0;

  if (self->file_remaining == 0)
    {
      guint8 probe;
      gssize extra = g_input_stream_read (self->file_in, &probe, 1, cancellable, &local_error);

      if (extra < 0)
        goto failed;
      if (extra > 0)
        {
          g_set_error (error, KOMBO_ERROR, KOMBO_ERROR_FILE,
                       _ ("“%s” changed while it was being sent. Attach it again."),
                       kombo_attachment_get_name (file));
          return FALSE;
        }

      self->encoded_len += g_base64_encode_close (FALSE, self->encoded + self->encoded_len,
                                                  &self->b64_state, &self->b64_save);
      g_input_stream_close (self->file_in, NULL, NULL);
      g_clear_object (&self->file_in);
      self->segment++;
    }

  return TRUE;

failed:
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, KOMBO_ERROR, KOMBO_ERROR_FILE,
                 /* TRANSLATORS: the first %s is a file name, the second why it could not be read */
                 _ ("Cannot read “%s”: %s"), kombo_attachment_get_name (file), local_error->message);
  return FALSE;
}

/* The next bytes of the body, up to @count, on the encoding thread; 0 at its end */
static gssize
produce (KomboBodyStream *self,
         void            *buffer,
         gsize            count,
         GCancellable    *cancellable,
         GError         **error)
{
  while (TRUE)
    {
      Segment *segment;

      if (self->encoded_offset < self->encoded_len)
        {
          gsize n = MIN (count, self->encoded_len - self->encoded_offset);

          memcpy (buffer, self->encoded + self->encoded_offset, n);
          self->encoded_offset += n;
          return n;
        }

      if (self->segment >= self->body->segments->len)
        return 0;

      segment = g_ptr_array_index (self->body->segments, self->segment);

      if (segment->literal != NULL)
        {
          gsize       size;
          const char *data = g_bytes_get_data (segment->literal, &size);
          gsize       n = MIN (count, size - self->literal_offset);

          memcpy (buffer, data + self->literal_offset, n);
          self->literal_offset += n;
          if (self->literal_offset == size)
            {
              self->segment++;
              self->literal_offset = 0;
            }
          if (n > 0)
            return n;
          continue;
        }

      if (!next_file_chunk (self, segment->file, cancellable, error))
        return -1;
    }
}

/* The encoding thread: makes blocks of the body ahead of the reader, until it is all made,
 * something fails, or the stream is closed */
static gpointer
encode_thread (gpointer user_data)
{
  KomboBodyStream *self = user_data;
  gboolean         more = TRUE;

  while (more)
    {
      g_autoptr (GError) error = NULL;
      gsize         size = RAW_CHUNK / 3 * 4 + 16;
      char         *block = g_malloc (size);
      gssize        n = produce (self, block, size, self->cancellable, &error);
      GMainContext *context;

      g_mutex_lock (&self->lock);
      if (n > 0)
        {
          g_queue_push_tail (&self->ready, g_bytes_new_take (g_realloc (block, n), n));
          self->ready_bytes += n;
        }
      else
        {
          g_free (block);
          self->done = TRUE;
          self->error = g_steal_pointer (&error);
          more = FALSE;
        }
      context = self->context ? g_main_context_ref (self->context) : NULL;
      g_cond_broadcast (&self->changed);
      /* Far enough ahead: wait for the reader */
      while (more && self->ready_bytes >= MAX_READY && !g_cancellable_is_cancelled (self->cancellable))
        g_cond_wait (&self->changed, &self->lock);
      more = more && !g_cancellable_is_cancelled (self->cancellable);
      g_mutex_unlock (&self->lock);
      if (context != NULL)
        {
          g_main_context_wakeup (context);
          g_main_context_unref (context);
        }
    }
  return NULL;
}

static void
start (KomboBodyStream *self)
{
  if (self->thread == NULL)
    self->thread = g_thread_new ("kombo-body", encode_thread, self);
}

/* Takes up to @count ready bytes; the lock is held */
static gssize
take (KomboBodyStream *self,
      void            *buffer,
      gsize            count,
      GError         **error)
{
  gsize taken = 0;

  while (taken < count && !g_queue_is_empty (&self->ready))
    {
      GBytes     *head = g_queue_peek_head (&self->ready);
      gsize       size;
      const char *data = g_bytes_get_data (head, &size);
      gsize       n = MIN (count - taken, size - self->head_offset);

      memcpy ((char *) buffer + taken, data + self->head_offset, n);
      taken += n;
      self->head_offset += n;
      self->ready_bytes -= n;
      if (self->head_offset == size)
        {
          g_bytes_unref (g_queue_pop_head (&self->ready));
          self->head_offset = 0;
        }
    }
  if (taken > 0)
    {
      g_cond_broadcast (&self->changed);
      return taken;
    }
  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return -1;
    }
  return 0;
}

static gssize
kombo_body_stream_read (GInputStream *stream,
                        void         *buffer,
                        gsize         count,
                        GCancellable *cancellable,
                        GError      **error)
{
  KomboBodyStream *self = KOMBO_BODY_STREAM (stream);
  gssize           n;

  start (self);
  g_mutex_lock (&self->lock);
  while (g_queue_is_empty (&self->ready) && !self->done && !g_cancellable_is_cancelled (cancellable))
    g_cond_wait (&self->changed, &self->lock);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    n = -1;
  else
    n = take (self, buffer, count, error);
  g_mutex_unlock (&self->lock);
  return n;
}

static gboolean
kombo_body_stream_is_readable (GPollableInputStream *stream)
{
  KomboBodyStream *self = KOMBO_BODY_STREAM (stream);
  gboolean         readable;

  start (self);
  g_mutex_lock (&self->lock);
  readable = !g_queue_is_empty (&self->ready) || self->done;
  g_mutex_unlock (&self->lock);
  return readable;
}

static gssize
kombo_body_stream_read_nonblocking (GPollableInputStream *stream,
                                    void                 *buffer,
                                    gsize                 count,
                                    GError              **error)
{
  KomboBodyStream *self = KOMBO_BODY_STREAM (stream);
  gssize           n;

  start (self);
  g_mutex_lock (&self->lock);
  if (g_queue_is_empty (&self->ready) && !self->done)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK, "The next block of the body is not ready");
      n = -1;
    }
  else
    n = take (self, buffer, count, error);
  g_mutex_unlock (&self->lock);
  return n;
}

/* A source that is ready when a block is, or the body's end */
typedef struct
{
  GSource          source;
  KomboBodyStream *stream;
} ReadySource;

static gboolean
ready_prepare (GSource *source,
               int     *timeout)
{
  KomboBodyStream *self = ((ReadySource *) source)->stream;
  gboolean         readable;

  *timeout = -1;
  g_mutex_lock (&self->lock);
  readable = !g_queue_is_empty (&self->ready) || self->done;
  /* Set before the check is let go: a block made after it wakes this context */
  if (self->context != g_source_get_context (source))
    {
      g_clear_pointer (&self->context, g_main_context_unref);
      self->context = g_main_context_ref (g_source_get_context (source));
    }
  g_mutex_unlock (&self->lock);
  return readable;
}

static gboolean
ready_check (GSource *source)
{
  return kombo_body_stream_is_readable (G_POLLABLE_INPUT_STREAM (((ReadySource *) source)->stream));
}

static gboolean
ready_dispatch (GSource    *source,
                GSourceFunc callback,
                gpointer    user_data)
{
  return ((GPollableSourceFunc) (void (*) (void)) callback) (G_OBJECT (((ReadySource *) source)->stream), user_data);
}

static void
ready_finalize (GSource *source)
{
  g_object_unref (((ReadySource *) source)->stream);
}

static GSourceFuncs ready_funcs = {
  ready_prepare,
  ready_check,
  ready_dispatch,
  ready_finalize,
  NULL,
  NULL,
};

static GSource *
kombo_body_stream_create_source (GPollableInputStream *stream,
                                 GCancellable         *cancellable)
{
  GSource *source = g_source_new (&ready_funcs, sizeof (ReadySource));

  start (KOMBO_BODY_STREAM (stream));
  ((ReadySource *) source)->stream = g_object_ref (KOMBO_BODY_STREAM (stream));
  g_source_set_static_name (source, "KomboBodyStream");
  if (cancellable != NULL)
    {
      GSource *cancelled = g_cancellable_source_new (cancellable);

      g_source_set_dummy_callback (cancelled);
      g_source_add_child_source (source, cancelled);
      g_source_unref (cancelled);
    }
  return source;
}

static void
kombo_body_stream_pollable_iface_init (GPollableInputStreamInterface *iface)
{
  iface->is_readable = kombo_body_stream_is_readable;
  iface->create_source = kombo_body_stream_create_source;
  iface->read_nonblocking = kombo_body_stream_read_nonblocking;
}

/* Stops the encoding thread and waits for it: it reads the files and must be done with them */
static void
stop (KomboBodyStream *self)
{
  if (self->thread == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  g_mutex_lock (&self->lock);
  g_cond_broadcast (&self->changed);
  g_mutex_unlock (&self->lock);
  g_thread_join (g_steal_pointer (&self->thread));
}

static gboolean
kombo_body_stream_close (GInputStream *stream,
                         GCancellable *cancellable,
                         GError      **error)
{
  KomboBodyStream *self = KOMBO_BODY_STREAM (stream);

  stop (self);
  if (self->file_in != NULL)
    g_input_stream_close (self->file_in, cancellable, NULL);
  g_clear_object (&self->file_in);
  return TRUE;
}

static void
kombo_body_stream_finalize (GObject *object)
{
  KomboBodyStream *self = (KomboBodyStream *) object;

  stop (self);
  g_clear_object (&self->file_in);
  g_clear_pointer (&self->body, kombo_body_unref);
  g_free (self->raw);
  g_free (self->encoded);
  g_clear_object (&self->cancellable);
  g_queue_clear_full (&self->ready, (GDestroyNotify) g_bytes_unref);
  g_clear_error (&self->error);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->changed);

  G_OBJECT_CLASS (kombo_body_stream_parent_class)->finalize (object);
}

static void
kombo_body_stream_class_init (KomboBodyStreamClass *klass)
{
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GInputStreamClass *stream_class = G_INPUT_STREAM_CLASS (klass);

  object_class->finalize = kombo_body_stream_finalize;
  stream_class->read_fn = kombo_body_stream_read;
  stream_class->close_fn = kombo_body_stream_close;
}

static void
kombo_body_stream_init (KomboBodyStream *self)
{
  g_mutex_init (&self->lock);
  g_cond_init (&self->changed);
  g_queue_init (&self->ready);
  self->cancellable = g_cancellable_new ();
  self->raw = g_malloc (RAW_CHUNK);
  /* base64 of one chunk plus what encode_step may carry over and close may add */
  self->encoded = g_malloc (RAW_CHUNK / 3 * 4 + 16);
}
