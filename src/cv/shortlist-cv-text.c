/* shortlist-cv-text.c: the text of a CV, from PDF, DOCX, ODT, RTF or plain text
 *
 * Runs off the main loop. The kind of file is told by its first bytes, not its name. Every
 * reader is bounded: a PDF's first pages and its last, at most MAX_TEXT of text from any
 * file, and a deadline checked between pages and members, so a 200-page PDF or a zip bomb
 * costs no more than a CV. XML is read with GMarkup, which expands no entities of its own
 * making, so an entity bomb is only a parse error.
 */
#define G_LOG_DOMAIN "shortlist-cv"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <poppler.h>

#include "kombo.h"
#include "shortlist-cv.h"
#include "shortlist-zip.h"

#define MAX_TEXT (4 * 1024 * 1024) /* far more than any CV's words */
#define MAX_XML (32 * 1024 * 1024) /* one member of a DOCX or ODT, unpacked */
#define PDF_HEAD 4                 /* pages read from the start of a PDF, and the last */

static gboolean
past (gint64   deadline,
      GError **error)
{
  if (deadline <= 0 || g_get_monotonic_time () < deadline)
    return FALSE;
  g_set_error_literal (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_TOO_LARGE, _ ("The CV took too long to read"));
  return TRUE;
}

/* PDF */

static char *
pdf_text (GBytes  *bytes,
          gint64   deadline,
          char   **author,
          GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GObject) document = G_OBJECT (poppler_document_new_from_bytes (bytes, NULL, &local_error));
  g_autoptr (GString) text = g_string_new (NULL);
  int n_pages;

  if (document == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error_literal (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_LOCKED, _ ("The CV is locked with a password"));
      else
        g_set_error_literal (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_DAMAGED, _ ("The CV is damaged"));
      return NULL;
    }

  *author = poppler_document_get_author (POPPLER_DOCUMENT (document));
  n_pages = poppler_document_get_n_pages (POPPLER_DOCUMENT (document));
  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr (GObject) page = NULL;
      g_autofree char *page_text = NULL;

      /* What a CV says of its candidate is on its first pages, or in a line at its end */
      if (i == PDF_HEAD && n_pages > PDF_HEAD + 1)
        i = n_pages - 1;
      if (past (deadline, error))
        return NULL;
      page = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (document), i));
      page_text = page ? poppler_page_get_text (POPPLER_PAGE (page)) : NULL;
      if (page_text != NULL)
        {
          g_string_append (text, page_text);
          g_string_append_c (text, '\n');
        }
      if (text->len > MAX_TEXT)
        break;
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* DOCX and ODT */

typedef struct
{
  GString *out;
  gboolean word;       /* DOCX: only w:t holds text; else ODT: text:p and text:h do */
  gboolean everywhere; /* ODT styles.xml: only page headers and footers hold the CV's text */
  int      in_text;
  int      in_region;
} XmlText;

static gboolean
is_region (const char *element)
{
  return g_str_has_prefix (element, "style:header") || g_str_has_prefix (element, "style:footer");
}

static void
xml_start (GMarkupParseContext *context,
           const char          *element,
           const char         **names,
           const char         **values,
           gpointer             user_data,
           GError             **error)
{
  XmlText *x = user_data;

  if (x->word)
    {
      if (g_str_equal (element, "w:t"))
        x->in_text++;
      else if (g_str_equal (element, "w:tab"))
        g_string_append_c (x->out, '\t');
      else if (g_str_equal (element, "w:br") || g_str_equal (element, "w:cr"))
        g_string_append_c (x->out, '\n');
      return;
    }
  if (is_region (element))
    x->in_region++;
  if (g_str_equal (element, "text:p") || g_str_equal (element, "text:h"))
    x->in_text++;
  else if (x->in_text > 0 && g_str_equal (element, "text:tab"))
    g_string_append_c (x->out, '\t');
  else if (x->in_text > 0 && g_str_equal (element, "text:line-break"))
    g_string_append_c (x->out, '\n');
  else if (x->in_text > 0 && g_str_equal (element, "text:s"))
    g_string_append_c (x->out, ' ');
}

static void
xml_end (GMarkupParseContext *context,
         const char          *element,
         gpointer             user_data,
         GError             **error)
{
  XmlText *x = user_data;

  if (x->word)
    {
      if (g_str_equal (element, "w:t"))
        x->in_text--;
      else if (g_str_equal (element, "w:p"))
        g_string_append_c (x->out, '\n');
      return;
    }
  if (g_str_equal (element, "text:p") || g_str_equal (element, "text:h"))
    {
      x->in_text--;
      if (x->everywhere || x->in_region > 0)
        g_string_append_c (x->out, '\n');
    }
  if (is_region (element))
    x->in_region--;
}

static void
xml_text (GMarkupParseContext *context,
          const char          *text,
          gsize                length,
          gpointer             user_data,
          GError             **error)
{
  XmlText *x = user_data;

  if (x->in_text <= 0 || (!x->everywhere && x->in_region <= 0))
    return;
  g_string_append_len (x->out, text, length);
  if (x->out->len > MAX_TEXT)
    g_set_error_literal (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_TOO_LARGE, _ ("The CV has too much text"));
}

static const GMarkupParser xml_parser = { xml_start, xml_end, xml_text, NULL, NULL };

/* Appends the text of the zip's member @name; a member the file lacks is no error */
static gboolean
append_member (GBytes     *zip,
               const char *name,
               gboolean    word,
               gboolean    everywhere,
               GString    *out,
               gint64      deadline,
               GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GBytes) xml = NULL;
  g_autoptr (GMarkupParseContext) context = NULL;
  XmlText     x = { out, word, everywhere, 0, 0 };
  gsize       size;
  const char *data;

  if (past (deadline, error))
    return FALSE;
  xml = shortlist_zip_read_member (zip, name, MAX_XML, &local_error);
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return TRUE;
  if (xml == NULL)
    {
      int code = g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE) ? SHORTLIST_CV_ERROR_TOO_LARGE : SHORTLIST_CV_ERROR_DAMAGED;

      g_set_error_literal (error, SHORTLIST_CV_ERROR, code, local_error->message);
      return FALSE;
    }

  data = g_bytes_get_data (xml, &size);
  context = g_markup_parse_context_new (&xml_parser, 0, &x, NULL);
  if (!g_markup_parse_context_parse (context, data ? data : "", size, &local_error) ||
      !g_markup_parse_context_end_parse (context, &local_error))
    {
      if (g_error_matches (local_error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_TOO_LARGE))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_DAMAGED, _ ("The CV is damaged"));
      return FALSE;
    }
  g_string_append_c (out, '\n');
  return TRUE;
}

/* The author the document's properties name, from the XML element @element of @name */
static char *
zip_author (GBytes     *zip,
            const char *name,
            const char *element)
{
  g_autoptr (GBytes) xml = shortlist_zip_read_member (zip, name, 1024 * 1024, NULL);
  g_autofree char *open = g_strdup_printf ("<%s>", element);
  g_autofree char *text = NULL;
  const char      *start, *end;

  if (xml == NULL)
    return NULL;
  text = g_strndup (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml));
  start = strstr (text, open);
  end = start ? strchr (start + strlen (open), '<') : NULL;
  if (end == NULL)
    return NULL;
  start += strlen (open);
  return g_strndup (start, end - start);
}

static char *
zip_text (GBytes  *bytes,
          gint64   deadline,
          char   **author,
          GError **error)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GError) local_error = NULL;

  if (shortlist_zip_has_member (bytes, "word/document.xml", &local_error))
    {
      const char *parts[] = { "word/header1.xml", "word/header2.xml", "word/header3.xml", "word/document.xml",
                              "word/footer1.xml", "word/footer2.xml", "word/footer3.xml" };

      for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        if (!append_member (bytes, parts[i], TRUE, TRUE, text, deadline, error))
          return NULL;
      *author = zip_author (bytes, "docProps/core.xml", "dc:creator");
    }
  else if (local_error != NULL)
    {
      g_set_error_literal (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_DAMAGED, _ ("The CV is damaged"));
      return NULL;
    }
  else if (shortlist_zip_has_member (bytes, "content.xml", NULL))
    {
      if (!append_member (bytes, "styles.xml", FALSE, FALSE, text, deadline, error) ||
          !append_member (bytes, "content.xml", FALSE, TRUE, text, deadline, error))
        return NULL;
      *author = zip_author (bytes, "meta.xml", "meta:initial-creator");
    }
  else
    {
      g_set_error_literal (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_UNSUPPORTED, _ ("Shortlist reads PDF, Word (.docx), OpenDocument, RTF and text CVs"));
      return NULL;
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* RTF: the text of every group but those that hold no words (fonts, colours, pictures, …) */

static const char *const rtf_skipped[] = {
  "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "listtable", "listoverridetable",
  "rsidtbl", "generator", "themedata", "colorschememapping", "latentstyles", "datastore",
  "xmlnstbl", "fldinst", "filetbl", "revtbl", NULL
};

/* The code page of a font's \fcharsetN, as Windows maps it; 0 for the document's own */
static guint
charset_codepage (gint64 charset)
{
  switch (charset)
    {
    case 238:
      return 1250; /* Central European */
    case 204:
      return 1251; /* Cyrillic */
    case 161:
      return 1253; /* Greek */
    case 162:
      return 1254; /* Turkish */
    default:       /* 0, ANSI: the document's own */
      return 0;
    }
}

#define RTF_FONTS 256

typedef struct
{
  guint codepage;           /* \ansicpgN, else 1252 */
  guint font_codepage;      /* of the font in use, 0 for the document's */
  guint fonts[RTF_FONTS];   /* \fN's code page, from the font table's \fcharsetN */
  gint  defining_font;      /* the font the table is describing, or -1 */
  int   unicode_skip_count; /* \ucN: bytes that stand in for each \uN, 1 unless said */
  int   unicode_skip;       /* of those, still to skip */
} RtfState;

static void
rtf_append_byte (GString  *out,
                 RtfState *state,
                 guint8    byte)
{
  kombo_codepage_append (out, state->font_codepage ? state->font_codepage : state->codepage, byte);
}

/* RTF: the text of every group but those that hold no words (fonts, colours, pictures, …), in
 * the code page the document declares (\ansicpgN) or its font's (\fcharsetN), with the
 * Unicode characters it gives as \uN (and the stand-ins after each skipped, \ucN of them) */
static char *
rtf_text (const char *data,
          gsize       size)
{
  g_autoptr (GString) out = g_string_new (NULL);
  guint64   skip_mask = 0; /* bit N: the group at depth N is skipped */
  int       depth = 0;
  RtfState *state = g_new0 (RtfState, 1);

  state->codepage = 1252;
  state->defining_font = -1;
  state->unicode_skip_count = 1;
  for (gsize i = 0; i < size && out->len < MAX_TEXT; i++)
    {
      char     c = data[i];
      gboolean skipped = depth < 64 && (skip_mask & ((G_GUINT64_CONSTANT (2) << depth) - 1)) != 0;

      if (c == '{')
        {
          depth++;
          if (depth < 64)
            skip_mask &= ~(G_GUINT64_CONSTANT (1) << depth);
          continue;
        }
      if (c == '}')
        {
          if (depth > 0)
            depth--;
          continue;
        }
      if (c == '\r' || c == '\n')
        continue;
      if (c != '\\')
        {
          if (state->unicode_skip > 0)
            state->unicode_skip--;
          else if (!skipped)
            rtf_append_byte (out, state, (guint8) c);
          continue;
        }

      if (++i >= size)
        break;
      c = data[i];
      if (g_ascii_isalpha (c))
        {
          char     word[32];
          gsize    n = 0;
          gint64   param = 0;
          gboolean has_param = FALSE, negative = FALSE;

          while (i < size && g_ascii_isalpha (data[i]))
            {
              if (n < sizeof word - 1)
                word[n++] = data[i];
              i++;
            }
          word[n] = '\0';
          if (i < size && data[i] == '-')
            negative = TRUE, i++;
          while (i < size && g_ascii_isdigit (data[i]))
            {
              has_param = TRUE;
              param = MIN (param * 10 + (data[i] - '0'), 0x10ffff);
              i++;
            }
          if (i >= size || data[i] != ' ')
            i--; /* the delimiter belongs to what follows */

          /* The font table says each font's character set: its code page, for \fN below */
          if (g_str_equal (word, "f") && has_param && skipped)
            state->defining_font = param < RTF_FONTS ? (gint) param : -1;
          else if (g_str_equal (word, "fcharset") && has_param && state->defining_font >= 0)
            state->fonts[state->defining_font] = charset_codepage (param);
          else if (g_str_equal (word, "ansicpg") && has_param && kombo_codepage_known ((guint) param))
            state->codepage = (guint) param;
          else if (g_str_equal (word, "uc") && has_param)
            state->unicode_skip_count = (int) MIN (param, 4);

          if (g_strv_contains (rtf_skipped, word) && depth < 64)
            skip_mask |= G_GUINT64_CONSTANT (1) << depth;
          else if (skipped)
            continue;
          else if (g_str_equal (word, "f") && has_param)
            state->font_codepage = param < RTF_FONTS ? state->fonts[param] : 0;
          else if (g_str_equal (word, "par") || g_str_equal (word, "line") || g_str_equal (word, "row"))
            g_string_append_c (out, '\n');
          else if (g_str_equal (word, "tab") || g_str_equal (word, "cell"))
            g_string_append_c (out, '\t');
          else if (g_str_equal (word, "u") && has_param)
            {
              gunichar ch = (gunichar) (negative ? 65536 - param : param);

              if (g_unichar_validate (ch))
                g_string_append_unichar (out, ch);
              state->unicode_skip = state->unicode_skip_count;
            }
        }
      else if (c == '*' && depth < 64)
        skip_mask |= G_GUINT64_CONSTANT (1) << depth;
      else if (c == '\'' && i + 2 < size && g_ascii_isxdigit (data[i + 1]) && g_ascii_isxdigit (data[i + 2]))
        {
          guint8 byte = g_ascii_xdigit_value (data[i + 1]) << 4 | g_ascii_xdigit_value (data[i + 2]);

          i += 2;
          if (state->unicode_skip > 0)
            state->unicode_skip--;
          else if (!skipped)
            rtf_append_byte (out, state, byte);
        }
      else if (!skipped && (c == '\\' || c == '{' || c == '}'))
        g_string_append_c (out, c);
      else if (!skipped && c == '~')
        g_string_append_c (out, ' ');
    }
  g_free (state);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Plain text: UTF-8, UTF-16 with a byte order mark, else Windows' Western code page */
static char *
plain_text (const char *data,
            gsize       size)
{
  char *text;

  size = MIN (size, MAX_TEXT);
  if (size >= 2 && ((guint8) data[0] == 0xff && (guint8) data[1] == 0xfe))
    return g_convert (data + 2, size - 2, "UTF-8", "UTF-16LE", NULL, NULL, NULL);
  if (size >= 2 && ((guint8) data[0] == 0xfe && (guint8) data[1] == 0xff))
    return g_convert (data + 2, size - 2, "UTF-8", "UTF-16BE", NULL, NULL, NULL);
  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    data += 3, size -= 3;
  if (g_utf8_validate_len (data, size, NULL))
    return g_strndup (data, size);
  text = g_convert (data, size, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
  return text ? text : g_convert (data, size, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
}

static gboolean
looks_like_text (const char *data,
                 gsize       size)
{
  if (size >= 2 && (((guint8) data[0] == 0xff && (guint8) data[1] == 0xfe) || ((guint8) data[0] == 0xfe && (guint8) data[1] == 0xff)))
    return TRUE;
  return memchr (data, '\0', MIN (size, 4096)) == NULL;
}

/* Takes @text and gives it back as valid UTF-8, mending what is not */
static char *
valid_utf8 (char *text)
{
  char *valid;

  if (text == NULL || g_utf8_validate (text, -1, NULL))
    return text;
  valid = g_utf8_make_valid (text, -1);
  g_free (text);
  return valid;
}

/**
 * shortlist_cv_extract_text:
 * @deadline: the monotonic time to give up at, or 0
 * @author: (out) (nullable): the author the document's properties name
 *
 * Returns: (nullable): the CV's text as valid UTF-8, or %NULL with a #SHORTLIST_CV_ERROR
 */
char *
shortlist_cv_extract_text (GBytes  *bytes,
                           gint64   deadline,
                           char   **author,
                           GError **error)
{
  gsize            size;
  const char      *data = g_bytes_get_data (bytes, &size);
  g_autofree char *text = NULL;
  g_autofree char *found_author = NULL;

  if (data == NULL)
    data = "";
  if (size >= 5 && g_strstr_len (data, MIN (size, 1024), "%PDF-") != NULL)
    {
      /* Poppler sets up its global state on first use, unguarded: one PDF at a time */
      static GMutex poppler_lock;

      g_mutex_lock (&poppler_lock);
      text = pdf_text (bytes, deadline, &found_author, error);
      g_mutex_unlock (&poppler_lock);
    }
  else if (size >= 4 && memcmp (data, "PK\3\4", 4) == 0)
    text = zip_text (bytes, deadline, &found_author, error);
  else if (size >= 5 && memcmp (data, "{\\rtf", 5) == 0)
    text = rtf_text (data, size);
  /* An OLE compound file: Word 97–2003's .doc, which is attached as it is but not read (its
   * text is in pieces a reader of its own would have to find; the ATS takes the file) */
  else if (size >= 8 && memcmp (data, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0)
    g_set_error_literal (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_OLD_WORD,
                         _ ("Shortlist does not read old Word documents (.doc). Save the CV as .docx or PDF to fill in the form from it."));
  else if (looks_like_text (data, size))
    text = plain_text (data, size);
  else
    g_set_error_literal (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_UNSUPPORTED, _ ("Shortlist reads PDF, Word (.docx), OpenDocument, RTF and text CVs"));

  if (text == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_DAMAGED, _ ("The CV is damaged"));
      return NULL;
    }

  /* Whatever the file held, what leaves here is UTF-8 */
  text = valid_utf8 (g_steal_pointer (&text));
  found_author = valid_utf8 (g_steal_pointer (&found_author));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      {
        if (author != NULL)
          *author = g_steal_pointer (&found_author);
        return g_steal_pointer (&text);
      }

  g_set_error_literal (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_NO_TEXT, _ ("This CV has no text to read"));
  return NULL;
}

/* Reading a file, here */

#define MAX_FILE (64 * 1024 * 1024) /* no CV is larger; a larger file is not read */
#define TIME_LIMIT (2 * G_USEC_PER_SEC)

/**
 * shortlist_cv_read:
 *
 * Reads @file's text and what it says, giving up after two seconds, in this process. Blocks:
 * shortlist-cv-reader calls it, and the window uses shortlist_cv_read_async(), which runs that.
 */
ShortlistCvFacts *
shortlist_cv_read (GFile        *file,
                   GCancellable *cancellable,
                   GError      **error)
{
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_autofree char *author = NULL;
  gint64           deadline = g_get_monotonic_time () + TIME_LIMIT;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > MAX_FILE)
    {
      g_set_error_literal (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_TOO_LARGE, _ ("The CV is too large to read"));
      return NULL;
    }
  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;
  text = shortlist_cv_extract_text (bytes, deadline, &author, error);
  if (text == NULL)
    return NULL;
  return shortlist_cv_facts_from_text (text, author);
}

static PopplerDocument *kept_document;
static GIConv           kept_converters[4];

/**
 * shortlist_cv_prepare:
 *
 * Loads, once and for the life of the process, what the readers would otherwise load from disk
 * the first time they need it: the translations, the character sets of text CVs (converters
 * kept open, so that their modules stay), and poppler's global state, which lives as long as a
 * document does (a small one is kept). shortlist-cv-reader calls it before it shuts itself off
 * from every file.
 */
void
shortlist_cv_prepare (void)
{
  static const char *const charsets[] = { "WINDOWS-1252", "ISO-8859-1", "UTF-16LE", "UTF-16BE" };
  static const char        pdf[] = "%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                                   "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                                   "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                                   "trailer<</Root 1 0 R>>\n%%EOF\n";
  g_autoptr (GBytes) bytes = NULL;

  if (kept_document != NULL)
    return;
  (void) _ ("This CV has no text to read");
  for (guint i = 0; i < G_N_ELEMENTS (charsets) && i < G_N_ELEMENTS (kept_converters); i++)
    kept_converters[i] = g_iconv_open ("UTF-8", charsets[i]);
  bytes = g_bytes_new_static (pdf, sizeof pdf - 1);
  kept_document = poppler_document_new_from_bytes (bytes, NULL, NULL);
  if (kept_document != NULL)
    {
      g_autoptr (GObject) page = G_OBJECT (poppler_document_get_page (kept_document, 0));
      g_autofree char *text = page ? poppler_page_get_text (POPPLER_PAGE (page)) : NULL;
    }
}

/**
 * shortlist_cv_read_bytes:
 * @bytes: a whole CV, at most 64 MiB
 *
 * Reads the text of the CV in @bytes and what it says, giving up after two seconds. Touches
 * nothing but memory: shortlist-cv-reader calls it once it is shut off.
 */
ShortlistCvFacts *
shortlist_cv_read_bytes (GBytes  *bytes,
                         GError **error)
{
  g_autofree char *text = NULL;
  g_autofree char *author = NULL;

  if (g_bytes_get_size (bytes) > MAX_FILE)
    {
      g_set_error_literal (error, SHORTLIST_CV_ERROR, SHORTLIST_CV_ERROR_TOO_LARGE, _ ("The CV is too large to read"));
      return NULL;
    }
  text = shortlist_cv_extract_text (bytes, g_get_monotonic_time () + TIME_LIMIT, &author, error);
  if (text == NULL)
    return NULL;
  return shortlist_cv_facts_from_text (text, author);
}
