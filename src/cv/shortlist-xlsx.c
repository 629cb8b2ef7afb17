/* shortlist-xlsx.c: the rows of an Excel workbook's sheet, as Excel shows its cells
 *
 * An .xlsx is a zip of XML (Office Open XML, SpreadsheetML). The workbook names its sheets in
 * order (xl/workbook.xml) and where each is (xl/_rels/workbook.xml.rels); a sheet's cells are
 * numbers, shared strings (xl/sharedStrings.xml), inline strings, booleans or errors, each
 * shown through its style's number format (xl/styles.xml): dates as dates, percentages,
 * decimals and thousands as the format says. Only the values are read: formulas' cached
 * results, never the formulas.
 *
 * A workbook is whatever a recruiter was sent, so this runs in shortlist-cv-reader, behind its
 * limits, and is bounded itself: each member through the zip reader's cap, a deadline between
 * members, at most MAX_ROWS rows of MAX_COLUMNS cells and MAX_TEXT of text in all.
 */
#define G_LOG_DOMAIN "shortlist-xlsx"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "shortlist-xlsx.h"
#include "shortlist-zip.h"

#define MAX_XML (64 * 1024 * 1024)  /* one member, unpacked */
#define MAX_TEXT (16 * 1024 * 1024) /* every cell's text: as much as a CSV file may have */
#define MAX_ROWS 100000
#define MAX_COLUMNS 1000
#define MAX_SHARED 1000000

static gboolean
past (gint64   deadline,
      GError **error)
{
  if (deadline <= 0 || g_get_monotonic_time () < deadline)
    return FALSE;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT, _ ("The workbook took too long to read"));
  return TRUE;
}

/* "x:row" is a "row": some writers prefix SpreadsheetML's names */
static const char *
local_name (const char *element)
{
  const char *colon = strrchr (element, ':');

  return colon ? colon + 1 : element;
}

static const char *
attribute (const char **names,
           const char **values,
           const char  *wanted)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (local_name (names[i]), wanted))
      return values[i];
  return NULL;
}

static gboolean
parse_member (GBytes              *zip,
              const char          *name,
              const GMarkupParser *parser,
              gpointer             data,
              gboolean             required,
              gint64               deadline,
              GError             **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GBytes) xml = NULL;
  g_autoptr (GMarkupParseContext) context = NULL;
  gsize       size;
  const char *text;

  if (past (deadline, error))
    return FALSE;
  xml = shortlist_zip_read_member (zip, name, MAX_XML, &local_error);
  if (xml == NULL && !required && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return TRUE;
  if (xml == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _ ("The workbook is damaged"));
      return FALSE;
    }
  text = g_bytes_get_data (xml, &size);
  context = g_markup_parse_context_new (parser, G_MARKUP_PREFIX_ERROR_POSITION, data, NULL);
  if (!g_markup_parse_context_parse (context, text ? text : "", size, &local_error) ||
      !g_markup_parse_context_end_parse (context, &local_error))
    {
      /* Too much text, too long: said as such */
      if (local_error->domain == G_IO_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _ ("The workbook is damaged"));
      return FALSE;
    }
  return TRUE;
}

/* The workbook: its sheets in order, where each is, and whether dates count from 1904 */

typedef struct
{
  GPtrArray  *names;   /* the sheets' names, in order */
  GPtrArray  *ids;     /* their relationships' ids */
  GHashTable *targets; /* relationship id → member */
  gboolean    date1904;
} Workbook;

static void
workbook_start (GMarkupParseContext *context,
                const char          *element,
                const char         **names,
                const char         **values,
                gpointer             user_data,
                GError             **error)
{
  Workbook   *book = user_data;
  const char *local = local_name (element);

  if (g_str_equal (local, "sheet") && attribute (names, values, "name") != NULL && attribute (names, values, "id") != NULL)
    {
      g_ptr_array_add (book->names, g_strdup (attribute (names, values, "name")));
      g_ptr_array_add (book->ids, g_strdup (attribute (names, values, "id")));
    }
  else if (g_str_equal (local, "workbookPr"))
    {
      const char *date1904 = attribute (names, values, "date1904");

      book->date1904 = date1904 != NULL && (g_str_equal (date1904, "1") || g_str_equal (date1904, "true"));
    }
  else if (g_str_equal (local, "Relationship") && attribute (names, values, "Id") != NULL && attribute (names, values, "Target") != NULL)
    {
      const char *target = attribute (names, values, "Target");

      /* Relative to xl/, or absolute from the zip's root */
      g_hash_table_insert (book->targets, g_strdup (attribute (names, values, "Id")),
                           target[0] == '/' ? g_strdup (target + 1) : g_strconcat ("xl/", target, NULL));
    }
}

static const GMarkupParser workbook_parser = { workbook_start, NULL, NULL, NULL, NULL };

/* The shared strings: each <si>'s text, its runs joined, without phonetic guides */

typedef struct
{
  GPtrArray *strings;
  GString   *current;
  gboolean   in_text;
  int        in_phonetic;
  gsize      total;
} Shared;

static void
shared_start (GMarkupParseContext *context,
              const char          *element,
              const char         **names,
              const char         **values,
              gpointer             user_data,
              GError             **error)
{
  Shared     *shared = user_data;
  const char *local = local_name (element);

  if (g_str_equal (local, "si"))
    g_string_truncate (shared->current, 0);
  else if (g_str_equal (local, "rPh"))
    shared->in_phonetic++;
  else if (g_str_equal (local, "t") && shared->in_phonetic == 0)
    shared->in_text = TRUE;
}

static void
shared_end (GMarkupParseContext *context,
            const char          *element,
            gpointer             user_data,
            GError             **error)
{
  Shared     *shared = user_data;
  const char *local = local_name (element);

  if (g_str_equal (local, "t"))
    shared->in_text = FALSE;
  else if (g_str_equal (local, "rPh"))
    shared->in_phonetic--;
  else if (g_str_equal (local, "si"))
    {
      if (shared->strings->len >= MAX_SHARED)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _ ("The workbook has more text than a list of candidates"));
      else
        g_ptr_array_add (shared->strings, g_strndup (shared->current->str, shared->current->len));
    }
}

static void
shared_text (GMarkupParseContext *context,
             const char          *text,
             gsize                length,
             gpointer             user_data,
             GError             **error)
{
  Shared *shared = user_data;

  if (!shared->in_text)
    return;
  shared->total += length;
  if (shared->total > MAX_TEXT)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _ ("The workbook has more text than a list of candidates"));
      return;
    }
  g_string_append_len (shared->current, text, length);
}

static const GMarkupParser shared_parser = { shared_start, shared_end, shared_text, NULL, NULL };

/* The styles: each cell style's number format */

typedef struct
{
  GHashTable *formats; /* custom format id → format code */
  GArray     *styles;  /* cell style index → format id */
  gboolean    in_cell_styles;
} Styles;

static void
styles_start (GMarkupParseContext *context,
              const char          *element,
              const char         **names,
              const char         **values,
              gpointer             user_data,
              GError             **error)
{
  Styles     *styles = user_data;
  const char *local = local_name (element);
  const char *id = attribute (names, values, "numFmtId");

  if (g_str_equal (local, "numFmt") && id != NULL && attribute (names, values, "formatCode") != NULL)
    g_hash_table_insert (styles->formats, GUINT_TO_POINTER ((guint) g_ascii_strtoull (id, NULL, 10)),
                         g_strdup (attribute (names, values, "formatCode")));
  else if (g_str_equal (local, "cellXfs"))
    styles->in_cell_styles = TRUE;
  else if (g_str_equal (local, "xf") && styles->in_cell_styles && styles->styles->len < 65536)
    {
      guint format = id ? (guint) g_ascii_strtoull (id, NULL, 10) : 0;

      g_array_append_val (styles->styles, format);
    }
}

static void
styles_end (GMarkupParseContext *context,
            const char          *element,
            gpointer             user_data,
            GError             **error)
{
  Styles *styles = user_data;

  if (g_str_equal (local_name (element), "cellXfs"))
    styles->in_cell_styles = FALSE;
}

static const GMarkupParser styles_parser = { styles_start, styles_end, NULL, NULL, NULL };

/* Number formats, as Excel shows a number through them */

/* The format code of Excel's built-in formats a list of candidates has: numbers, percentages,
 * dates and times (the dates in ISO's order, which reads the same in every language) */
static const char *
builtin_format (guint id)
{
  switch (id)
    {
    case 1:
      return "0";
    case 2:
      return "0.00";
    case 3:
      return "#,##0";
    case 4:
      return "#,##0.00";
    case 9:
      return "0%";
    case 10:
      return "0.00%";
    case 14:
    case 15:
    case 16:
    case 17:
      return "yyyy-mm-dd";
    case 18:
    case 20:
      return "hh:mm";
    case 19:
    case 21:
      return "hh:mm:ss";
    case 22:
      return "yyyy-mm-dd hh:mm";
    case 45:
      return "mm:ss";
    case 46:
      return "[h]:mm:ss";
    case 47:
      return "mm:ss";
    default:
      return NULL; /* General, text, and whatever else */
    }
}

/* The first section of @code, without quoted text, escapes, colours and conditions */
static char *
plain_section (const char *code)
{
  GString *out = g_string_new (NULL);

  for (const char *p = code; *p != '\0' && *p != ';'; p++)
    {
      if (*p == '"')
        {
          for (p++; *p != '\0' && *p != '"'; p++)
            ;
          if (*p == '\0')
            break;
        }
      else if (*p == '[')
        {
          /* [h] is elapsed hours: a time; [Red] and [>100] say nothing of the value */
          if (g_ascii_strncasecmp (p, "[h]", 3) == 0)
            g_string_append_c (out, 'h');
          for (; *p != '\0' && *p != ']'; p++)
            ;
          if (*p == '\0')
            break;
        }
      else if (*p == '\\' || *p == '_' || *p == '*')
        {
          if (p[1] == '\0')
            break;
          /* An escaped character is shown as it is; "_x" and "*x" only make room */
          if (*p == '\\')
            g_string_append_c (out, p[1]);
          p++;
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_date_format (const char *section)
{
  for (const char *p = section; *p != '\0'; p++)
    if (strchr ("dmyhsDMYHS", *p) != NULL)
      return TRUE;
  return FALSE;
}

/* A serial day of the workbook as a date and time (Excel's 1900 system counts 29 Feb 1900) */
static GDateTime *
serial_to_date (double   serial,
                gboolean date1904)
{
  g_autoptr (GDateTime) base = NULL;
  double days = floor (serial);
  gint64 seconds = (gint64) llround ((serial - days) * 86400.0);

  if (!isfinite (serial) || serial < 0 || serial > 2958465) /* to 9999-12-31 */
    return NULL;
  if (date1904)
    base = g_date_time_new_utc (1904, 1, 1, 0, 0, 0);
  else if (days >= 61)
    base = g_date_time_new_utc (1899, 12, 30, 0, 0, 0);
  else
    base = g_date_time_new_utc (1899, 12, 31, 0, 0, 0);
  {
    g_autoptr (GDateTime) day = g_date_time_add_days (base, (gint) days);

    return g_date_time_add_seconds (day, (gdouble) seconds);
  }
}

static void
append_number (GString *out,
               gint64   value,
               guint    width)
{
  g_string_append_printf (out, "%0*" G_GINT64_FORMAT, (int) width, value);
}

static char *
format_date (const char *section,
             double      serial,
             gboolean    date1904)
{
  static const char *const months[] = { "January", "February", "March", "April", "May", "June", "July",
                                        "August", "September", "October", "November", "December" };
  g_autoptr (GDateTime) date = serial_to_date (serial, date1904);
  GString *out;
  gboolean after_hours = FALSE;

  if (date == NULL)
    return NULL;
  out = g_string_new (NULL);
  for (const char *p = section; *p != '\0';)
    {
      char  c = g_ascii_tolower (*p);
      guint n = 1;

      while (g_ascii_tolower (p[n]) == c && strchr ("dmyhs", c) != NULL)
        n++;
      if (c == 'y')
        append_number (out, n <= 2 ? g_date_time_get_year (date) % 100 : g_date_time_get_year (date), n <= 2 ? 2 : 4);
      else if (c == 'm' && n <= 2 && (after_hours || g_ascii_tolower (p[n]) == 's' || (p[n] == ':' && g_ascii_tolower (p[n + 1]) == 's')))
        append_number (out, g_date_time_get_minute (date), n);
      else if (c == 'm' && n >= 4)
        g_string_append (out, months[g_date_time_get_month (date) - 1]);
      else if (c == 'm' && n == 3)
        g_string_append_len (out, months[g_date_time_get_month (date) - 1], 3);
      else if (c == 'm')
        append_number (out, g_date_time_get_month (date), n);
      else if (c == 'd' && n >= 3)
        {
          g_autofree char *weekday = g_date_time_format (date, n == 3 ? "%a" : "%A");

          g_string_append (out, weekday);
        }
      else if (c == 'd')
        append_number (out, g_date_time_get_day_of_month (date), n);
      else if (c == 'h')
        append_number (out, g_date_time_get_hour (date), n);
      else if (c == 's')
        append_number (out, g_date_time_get_second (date), n);
      else
        g_string_append_len (out, p, 1);
      after_hours = c == 'h' || (after_hours && (c == ':' || c == 'm'));
      p += n;
    }
  return g_string_free (out, FALSE);
}

/* @digits with a comma between each three, from the right */
static void
append_grouped (GString    *out,
                const char *digits)
{
  gsize length = strlen (digits);

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
}

static char *
format_number (const char *section,
               double      value)
{
  const char      *dot = strchr (section, '.');
  gboolean         percent = strchr (section, '%') != NULL;
  gboolean         grouped = strchr (section, ',') != NULL && (dot == NULL || strchr (section, ',') < dot);
  guint            decimals = 0;
  GString         *out = g_string_new (NULL);
  g_autofree char *text = NULL;
  char            *point;

  for (const char *p = dot ? dot + 1 : ""; *p == '0' || *p == '#' || *p == '?'; p++)
    decimals++;
  if (percent)
    value *= 100;
  text = g_strdup_printf ("%.*f", (int) MIN (decimals, 15), fabs (value));
  point = strchr (text, '.');
  if (point != NULL)
    *point = '\0';
  if (value < 0 && strspn (text, "0") != strlen (text))
    g_string_append_c (out, '-');
  if (grouped)
    append_grouped (out, text);
  else
    g_string_append (out, text);
  if (point != NULL)
    {
      g_string_append_c (out, '.');
      g_string_append (out, point + 1);
    }
  if (percent)
    g_string_append_c (out, '%');
  return g_string_free (out, FALSE);
}

/* General: a whole number in all its digits (a phone number stored as a number stays one),
 * else the shortest that reads back as the same value */
static char *
format_general (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isfinite (value) && value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%.0f", value);
  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  return g_strdup (buffer);
}

/* A sheet's cells */

typedef struct
{
  GPtrArray *shared;
  Styles    *styles;
  gboolean   date1904;
  GPtrArray *rows;     /* GStrv each */
  GPtrArray *row;      /* the cells of the row being read, by column */
  GString   *value;    /* of the cell being read */
  char      *type;     /* its t */
  guint      style;    /* its s */
  gint       column;   /* its column, or the next */
  gboolean   in_value; /* in <v>, or in an inline string's <t> */
  int        in_inline;
  gsize      total;
  gint64     deadline;
} Sheet;

/* "BC12" → column 54 (0-based), from the letters of a cell reference */
static gint
column_of (const char *reference)
{
  gint  column = 0;
  guint letters = 0;

  for (const char *p = reference; g_ascii_isalpha (*p) && letters < 4; p++, letters++)
    column = column * 26 + (g_ascii_toupper (*p) - 'A' + 1);
  return letters > 0 ? column - 1 : -1;
}

static char *
cell_text (Sheet *sheet)
{
  const char *type = sheet->type ? sheet->type : "n";
  const char *code;
  char       *end = NULL;
  double      number;
  guint       format_id;

  if (g_str_equal (type, "s"))
    {
      guint64 index = g_ascii_strtoull (sheet->value->str, &end, 10);

      return end != sheet->value->str && index < sheet->shared->len ? g_strdup (sheet->shared->pdata[index]) : g_strdup ("");
    }
  if (g_str_equal (type, "inlineStr") || g_str_equal (type, "str") || g_str_equal (type, "e"))
    return g_strndup (sheet->value->str, sheet->value->len);
  if (g_str_equal (type, "b"))
    return g_strdup (g_str_equal (sheet->value->str, "1") ? "TRUE" : "FALSE");

  /* A number, or a date Excel keeps as its serial day */
  if (sheet->value->len == 0)
    return g_strdup ("");
  number = g_ascii_strtod (sheet->value->str, &end);
  if (end == sheet->value->str || !isfinite (number))
    return g_strndup (sheet->value->str, sheet->value->len);
  format_id = sheet->style < sheet->styles->styles->len ? g_array_index (sheet->styles->styles, guint, sheet->style) : 0;
  code = g_hash_table_lookup (sheet->styles->formats, GUINT_TO_POINTER (format_id));
  if (code == NULL)
    code = builtin_format (format_id);
  if (code != NULL)
    {
      g_autofree char *section = plain_section (code);
      char            *shown = NULL;

      if (g_ascii_strcasecmp (section, "General") != 0 && g_strcmp0 (section, "@") != 0)
        shown = is_date_format (section) ? format_date (section, number, sheet->date1904) : format_number (section, number);
      if (shown != NULL)
        return shown;
    }
  return format_general (number);
}

static void
sheet_start (GMarkupParseContext *context,
             const char          *element,
             const char         **names,
             const char         **values,
             gpointer             user_data,
             GError             **error)
{
  Sheet      *sheet = user_data;
  const char *local = local_name (element);

  if (g_str_equal (local, "row"))
    {
      if (past (sheet->deadline, error))
        return;
      g_ptr_array_set_size (sheet->row, 0);
      sheet->column = 0;
    }
  else if (g_str_equal (local, "c"))
    {
      const char *reference = attribute (names, values, "r");
      const char *style = attribute (names, values, "s");
      gint        column = reference ? column_of (reference) : -1;

      g_free (sheet->type);
      sheet->type = g_strdup (attribute (names, values, "t"));
      sheet->style = style ? (guint) MIN (g_ascii_strtoull (style, NULL, 10), G_MAXUINT) : 0;
      if (column >= 0)
        sheet->column = column;
      g_string_truncate (sheet->value, 0);
    }
  else if (g_str_equal (local, "is"))
    sheet->in_inline++;
  else if (g_str_equal (local, "rPh"))
    sheet->in_inline -= 100; /* a phonetic guide is no part of the text */
  else if (g_str_equal (local, "v") || (g_str_equal (local, "t") && sheet->in_inline > 0))
    sheet->in_value = TRUE;
}

static void
sheet_end (GMarkupParseContext *context,
           const char          *element,
           gpointer             user_data,
           GError             **error)
{
  Sheet      *sheet = user_data;
  const char *local = local_name (element);

  if (g_str_equal (local, "v") || g_str_equal (local, "t"))
    sheet->in_value = FALSE;
  else if (g_str_equal (local, "is"))
    sheet->in_inline--;
  else if (g_str_equal (local, "rPh"))
    sheet->in_inline += 100;
  else if (g_str_equal (local, "c"))
    {
      char *text = cell_text (sheet);

      if (sheet->column >= MAX_COLUMNS)
        {
          g_free (text);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _ ("The sheet has more than %u columns"), MAX_COLUMNS);
          return;
        }
      sheet->total += strlen (text);
      if ((guint) sheet->column >= sheet->row->len)
        g_ptr_array_set_size (sheet->row, sheet->column + 1);
      g_free (sheet->row->pdata[sheet->column]);
      sheet->row->pdata[sheet->column] = text;
      sheet->column++;
      if (sheet->total > MAX_TEXT)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _ ("The workbook has more text than a list of candidates"));
    }
  else if (g_str_equal (local, "row"))
    {
      g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
      gboolean empty = TRUE;

      for (guint i = 0; i < sheet->row->len; i++)
        {
          const char *cell = sheet->row->pdata[i];

          g_strv_builder_add (builder, cell ? cell : "");
          empty = empty && (cell == NULL || *cell == '\0');
        }
      g_ptr_array_set_size (sheet->row, 0);
      /* A row with nothing in it is no candidate, as a blank line of a CSV file */
      if (!empty)
        g_ptr_array_add (sheet->rows, g_strv_builder_end (builder));
      if (sheet->rows->len > MAX_ROWS)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _ ("The sheet has more than %u rows"), MAX_ROWS);
    }
}

static void
sheet_text (GMarkupParseContext *context,
            const char          *text,
            gsize                length,
            gpointer             user_data,
            GError             **error)
{
  Sheet *sheet = user_data;

  if (!sheet->in_value || sheet->in_inline < 0)
    return;
  if (sheet->value->len + length > MAX_TEXT)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _ ("The workbook has more text than a list of candidates"));
      return;
    }
  g_string_append_len (sheet->value, text, length);
}

static const GMarkupParser sheet_parser = { sheet_start, sheet_end, sheet_text, NULL, NULL };

/**
 * shortlist_xlsx_read:
 * @sheet: (nullable): the sheet to read, by its name; %NULL for the first
 * @sheets: (out) (optional) (transfer full): the workbook's sheets, by name, in order
 * @deadline: when to give up, in g_get_monotonic_time()'s microseconds; 0 never
 *
 * Returns: (transfer full) (element-type GStrv): the sheet's rows that have something in them,
 *   each its cells as Excel shows them, from the first column; %NULL with @error
 */
GPtrArray *
shortlist_xlsx_read (GBytes     *workbook,
                     const char *sheet_name,
                     GStrv      *sheets,
                     gint64      deadline,
                     GError    **error)
{
  Workbook    book = { 0 };
  Shared      shared = { 0 };
  Styles      styles = { 0 };
  Sheet       sheet = { 0 };
  GPtrArray  *rows = NULL;
  const char *member = NULL;
  gboolean    read = FALSE;

  g_return_val_if_fail (workbook != NULL, NULL);

  book.names = g_ptr_array_new_with_free_func (g_free);
  book.ids = g_ptr_array_new_with_free_func (g_free);
  book.targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  shared.strings = g_ptr_array_new_with_free_func (g_free);
  shared.current = g_string_new (NULL);
  styles.formats = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  styles.styles = g_array_new (FALSE, FALSE, sizeof (guint));

  if (!shortlist_zip_has_member (workbook, "xl/workbook.xml", NULL))
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _ ("The file is not an Excel workbook (.xlsx)"));
  else if (parse_member (workbook, "xl/workbook.xml", &workbook_parser, &book, TRUE, deadline, error) &&
           parse_member (workbook, "xl/_rels/workbook.xml.rels", &workbook_parser, &book, TRUE, deadline, error))
    {
      for (guint i = 0; i < book.names->len && member == NULL; i++)
        if (sheet_name == NULL || g_str_equal (sheet_name, book.names->pdata[i]))
          member = g_hash_table_lookup (book.targets, book.ids->pdata[i]);
      if (member == NULL && sheet_name != NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _ ("The workbook has no sheet “%s”"), sheet_name);
      else if (member == NULL)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _ ("The workbook has no sheets"));
      else if (parse_member (workbook, "xl/sharedStrings.xml", &shared_parser, &shared, FALSE, deadline, error) &&
               parse_member (workbook, "xl/styles.xml", &styles_parser, &styles, FALSE, deadline, error))
        {
          sheet.shared = shared.strings;
          sheet.styles = &styles;
          sheet.date1904 = book.date1904;
          sheet.rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
          sheet.row = g_ptr_array_new_with_free_func (g_free);
          sheet.value = g_string_new (NULL);
          sheet.deadline = deadline;
          read = parse_member (workbook, member, &sheet_parser, &sheet, TRUE, deadline, error);
          if (read)
            rows = g_steal_pointer (&sheet.rows);
        }
    }

  if (sheets != NULL && read)
    {
      g_ptr_array_add (book.names, NULL);
      *sheets = (GStrv) g_ptr_array_free (g_steal_pointer (&book.names), FALSE);
    }
  g_clear_pointer (&book.names, g_ptr_array_unref);
  g_ptr_array_unref (book.ids);
  g_hash_table_unref (book.targets);
  g_ptr_array_unref (shared.strings);
  g_string_free (shared.current, TRUE);
  g_hash_table_unref (styles.formats);
  g_array_unref (styles.styles);
  g_clear_pointer (&sheet.rows, g_ptr_array_unref);
  g_clear_pointer (&sheet.row, g_ptr_array_unref);
  if (sheet.value != NULL)
    g_string_free (sheet.value, TRUE);
  g_free (sheet.type);
  return rows;
}
