/* shortlist-zip.c: one member of a zip file (a DOCX or ODT), read within bounds
 *
 * A DOCX or ODT is a zip of XML files, and a CV needs one or three of them, so this reads the
 * central directory, finds the member by name and inflates it with GLib's zlib converter. What
 * a member may grow to is capped, so a zip bomb stops at the cap instead of filling memory.
 * Zip64, encryption and methods other than stored and deflated are refused.
 */
#define G_LOG_DOMAIN "shortlist-zip"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "shortlist-zip.h"

#define EOCD_SIGNATURE 0x06054b50
#define CENTRAL_SIGNATURE 0x02014b50
#define LOCAL_SIGNATURE 0x04034b50
#define EOCD_SIZE 22
#define CENTRAL_SIZE 46
#define LOCAL_SIZE 30

static guint32
u32 (const guint8 *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

static guint16
u16 (const guint8 *p)
{
  return (guint16) (p[0] | p[1] << 8);
}

static gpointer
damaged (GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _ ("The file is damaged"));
  return NULL;
}

/* Finds the end of central directory record, which a comment of up to 64 KiB may follow */
static gboolean
find_directory (const guint8 *data,
                gsize         size,
                gsize        *offset,
                guint        *n_entries)
{
  gsize lowest = size > EOCD_SIZE + 0xffff ? size - EOCD_SIZE - 0xffff : 0;

  if (size < EOCD_SIZE)
    return FALSE;
  for (gsize at = size - EOCD_SIZE + 1; at-- > lowest;)
    if (u32 (data + at) == EOCD_SIGNATURE)
      {
        gsize dir_offset = u32 (data + at + 16);
        gsize dir_size = u32 (data + at + 12);

        if (dir_offset > at || dir_size > at - dir_offset)
          return FALSE;
        *offset = dir_offset;
        *n_entries = u16 (data + at + 10);
        return TRUE;
      }
  return FALSE;
}

static GBytes *
inflate (const guint8 *input,
         gsize         input_size,
         gsize         expected,
         gsize         max_size,
         GError      **error)
{
  g_autoptr (GConverter) converter = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW));
  g_autoptr (GByteArray) output = g_byte_array_sized_new (MIN (MIN (expected, max_size), 1 << 20));

  for (;;)
    {
      guint8           buffer[16384];
      gsize            read = 0, written = 0;
      GConverterResult result;

      result = g_converter_convert (converter, input, input_size, buffer, sizeof buffer,
                                    G_CONVERTER_INPUT_AT_END, &read, &written, error);
      if (result == G_CONVERTER_ERROR)
        return NULL;
      input += read;
      input_size -= read;
      if (output->len + written > max_size)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _ ("The file unpacks to too much text"));
          return NULL;
        }
      g_byte_array_append (output, buffer, written);
      if (result == G_CONVERTER_FINISHED)
        break;
      if (read == 0 && written == 0)
        {
          return damaged (error);
        }
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&output));
}

/* Where the central directory says a member is: the offset of its entry there */
static gboolean
find_entry (const guint8 *data,
            gsize         size,
            const char   *name,
            gsize        *entry,
            GError      **error)
{
  gsize at, name_length = strlen (name);
  guint n_entries;

  if (data == NULL || !find_directory (data, size, &at, &n_entries))
    goto damaged;
  for (guint i = 0; i < n_entries; i++)
    {
      gsize entry_name_length, entry_length;

      if (at > size || size - at < CENTRAL_SIZE || u32 (data + at) != CENTRAL_SIGNATURE)
        goto damaged;
      entry_name_length = u16 (data + at + 28);
      entry_length = CENTRAL_SIZE + entry_name_length + u16 (data + at + 30) + u16 (data + at + 32);
      if (size - at < entry_length)
        goto damaged;
      if (entry_name_length == name_length && memcmp (data + at + CENTRAL_SIZE, name, name_length) == 0)
        {
          *entry = at;
          return TRUE;
        }
      at += entry_length;
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No %s in the file", name);
  return FALSE;

damaged:
  damaged (error);
  return FALSE;
}

/* Whether the zip's directory names a member @name; FALSE with an error when it has no
 * directory to read, with none when it names no such member */
gboolean
shortlist_zip_has_member (GBytes     *zip,
                          const char *name,
                          GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  gsize         size, entry;
  const guint8 *data = g_bytes_get_data (zip, &size);

  if (find_entry (data, size, name, &entry, &local_error))
    return TRUE;
  if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * shortlist_zip_read_member:
 * @max_size: the most the member may unpack to
 *
 * Returns: (nullable): the member's contents, or %NULL with %G_IO_ERROR_NOT_FOUND when the
 *   zip has no such member, or another error when it is damaged or unpacks to too much
 */
GBytes *
shortlist_zip_read_member (GBytes     *zip,
                           const char *name,
                           gsize       max_size,
                           GError    **error)
{
  gsize         size, at, local, data_at, compressed;
  const guint8 *data = g_bytes_get_data (zip, &size);
  guint16       method;

  if (!find_entry (data, size, name, &at, error))
    return NULL;
  method = u16 (data + at + 10);
  compressed = u32 (data + at + 20);
  local = u32 (data + at + 42);
  if ((u16 (data + at + 8) & 1) != 0 || (method != 0 && method != 8))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _ ("The file is packed in a way Shortlist cannot read"));
      return NULL;
    }
  if (local > size || size - local < LOCAL_SIZE || u32 (data + local) != LOCAL_SIGNATURE)
    return damaged (error);
  data_at = local + LOCAL_SIZE + u16 (data + local + 26) + u16 (data + local + 28);
  if (data_at > size || compressed > size - data_at)
    return damaged (error);

  if (method == 0)
    {
      if (compressed > max_size)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _ ("The file unpacks to too much text"));
          return NULL;
        }
      return g_bytes_new_from_bytes (zip, data_at, compressed);
    }
  return inflate (data + data_at, compressed, u32 (data + at + 24), max_size, error);
}
