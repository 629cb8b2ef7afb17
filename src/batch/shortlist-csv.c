/* shortlist-csv.c: candidates from a spreadsheet saved as CSV, row by row, as drafts
 *
 * The file is read as RFC 4180 says, and as spreadsheets write it: UTF-8 with a byte order mark
 * or none, UTF-16 with one (Excel's "Unicode Text"), else Windows' Western code page (Excel's
 * "CSV (Comma delimited)" on Windows); ",", ";" or a tab between fields (whichever the header
 * line has most of), fields in quotes with quotes doubled inside and line ends kept, CRLF or LF. Each column is matched to a field of
 * the candidate by its header, in English or German; the recruiter can change the match. A row
 * becomes a KomboCandidateDraft, so that it is checked by the one validation the form uses;
 * a CV is a path relative to the spreadsheet's folder, and one that leaves it or is missing is
 * refused with the row's number.
 */
#define G_LOG_DOMAIN "shortlist-csv"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kombo.h"
#include "shortlist-csv.h"

/* Returns: the delimiter of the header line: the one of ",", ";" and a tab it has most of
 * outside quotes */
static char
guess_delimiter (const char *text,
                 const char *end)
{
  guint    commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  /* The text is as long as it says, not to a NUL */
  for (const char *p = text; p < end && (quoted || (*p != '\n' && *p != '\r')); p++)
    if (*p == '"')
      quoted = !quoted;
    else if (!quoted && *p == ',')
      commas++;
    else if (!quoted && *p == ';')
      semicolons++;
    else if (!quoted && *p == '\t')
      tabs++;
  if (tabs > commas && tabs > semicolons)
    return '\t';
  return semicolons > commas ? ';' : ',';
}

/**
 * shortlist_csv_decode:
 * @encoding: (out) (optional): what the text was in: "UTF-8", "UTF-16" or "Windows-1252"
 *
 * Returns: (transfer full): @length bytes of a spreadsheet saved as text, as UTF-8 without a
 *   byte order mark: UTF-8, UTF-16 with a mark, else Windows' Western code page; %NULL with
 *   @error when UTF-16 is broken
 */
char *
shortlist_csv_decode (const char  *bytes,
                      gsize        length,
                      gsize       *text_length,
                      const char **encoding,
                      GError     **error)
{
  const char *from = NULL;
  char       *text;
  gsize       written = 0;

  if (length >= 2 && (guint8) bytes[0] == 0xff && (guint8) bytes[1] == 0xfe)
    from = "UTF-16LE";
  else if (length >= 2 && (guint8) bytes[0] == 0xfe && (guint8) bytes[1] == 0xff)
    from = "UTF-16BE";
  if (from != NULL)
    {
      text = g_convert (bytes + 2, length - 2, "UTF-8", from, NULL, &written, NULL);
      if (text == NULL || !g_utf8_validate_len (text, written, NULL) || memchr (text, '\0', written) != NULL)
        {
          g_free (text);
          g_set_error_literal (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE,
                               _ ("The file says it is Unicode text, but it is damaged. Save the spreadsheet again."));
          return NULL;
        }
      if (encoding != NULL)
        *encoding = "UTF-16";
      *text_length = written;
      return text;
    }
  if (length >= 3 && memcmp (bytes, "\xEF\xBB\xBF", 3) == 0)
    bytes += 3, length -= 3;
  /* Control characters other than tabs and line ends are no text's: a picture, a workbook */
  for (gsize i = 0; i < length; i++)
    if ((guint8) bytes[i] < 0x20 && bytes[i] != '\t' && bytes[i] != '\n' && bytes[i] != '\r')
      {
        g_set_error_literal (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE,
                             _ ("The file is not text. Save the spreadsheet as CSV or as Unicode text."));
        return NULL;
      }
  if (g_utf8_validate_len (bytes, length, NULL))
    {
      if (encoding != NULL)
        *encoding = "UTF-8";
      *text_length = length;
      return g_strndup (bytes, length);
    }
  /* Not UTF-8: Excel on Windows saves CSV in the system's code page, Western in most offices */
  text = kombo_codepage_to_utf8 (1252, bytes, length);
  if (encoding != NULL)
    *encoding = "Windows-1252";
  *text_length = strlen (text);
  return text;
}

static void
end_row (GPtrArray    *rows,
         GStrvBuilder *row,
         guint        *n_fields)
{
  GStrv fields = g_strv_builder_end (row);

  /* A line with nothing in it is no candidate */
  if (*n_fields > 1 || (fields[0] != NULL && *fields[0] != '\0'))
    g_ptr_array_add (rows, fields);
  else
    g_strfreev (fields);
  *n_fields = 0;
}

/**
 * shortlist_csv_append_row:
 * @fields: (array length=n_fields): the row's fields; a %NULL one is empty
 *
 * Appends one row to @csv as RFC 4180 writes it (the reader below reads it back): a field
 * with a comma, a quote or a line end quoted, its quotes doubled; CRLF at the end.
 */
void
shortlist_csv_append_row (GString           *csv,
                          const char *const *fields,
                          guint              n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const char *field = fields[i];

      if (field != NULL && strpbrk (field, ",\"\r\n") != NULL)
        {
          g_autoptr (GString) quoted = g_string_new (field);

          g_string_replace (quoted, "\"", "\"\"", 0);
          g_string_append_printf (csv, "\"%s\"", quoted->str);
        }
      else if (field != NULL)
        g_string_append (csv, field);
      g_string_append (csv, i + 1 < n_fields ? "," : "\r\n");
    }
}

/**
 * shortlist_csv_parse:
 *
 * Reads @length bytes of a spreadsheet saved as text (see shortlist_csv_decode()).
 *
 * Returns: (transfer full): the rows, each a %NULL-terminated array of fields; %NULL with
 *   @error when the text is damaged or a quote is never closed
 */
GPtrArray *
shortlist_csv_parse (const char *bytes,
                     gsize       length,
                     GError    **error)
{
  g_autofree char *decoded = NULL;
  gsize            decoded_length = 0;
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr (GStrvBuilder) row = g_strv_builder_new ();
  g_autoptr (GString) field = g_string_new (NULL);
  const char *p;
  const char *end;
  char        delimiter;
  gboolean    quoted = FALSE;
  guint       n_fields = 0;
  guint       line = 1;
  guint       quote_line = 0;

  decoded = shortlist_csv_decode (bytes, length, &decoded_length, NULL, error);
  if (decoded == NULL)
    return NULL;
  /* A NUL in the text is no spreadsheet's: what follows it would be read as nothing */
  if (memchr (decoded, '\0', decoded_length) != NULL)
    {
      g_set_error_literal (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE,
                           _ ("The file is not a spreadsheet saved as text. Save it as CSV or as Unicode text."));
      return NULL;
    }
  p = decoded;
  end = decoded + decoded_length;
  delimiter = guess_delimiter (p, end);

  for (; p < end; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p + 1 < end && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (*p == '"')
            quoted = FALSE;
          else
            {
              line += *p == '\n';
              g_string_append_c (field, *p);
            }
          continue;
        }
      if (*p == '"' && field->len == 0)
        {
          quoted = TRUE;
          quote_line = line;
        }
      else if (*p == delimiter)
        {
          g_strv_builder_add (row, field->str);
          g_string_truncate (field, 0);
          n_fields++;
        }
      else if (*p == '\r' || *p == '\n')
        {
          if (*p == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          g_strv_builder_add (row, field->str);
          g_string_truncate (field, 0);
          n_fields++;
          end_row (rows, row, &n_fields);
          line++;
        }
      else
        g_string_append_c (field, *p);
    }

  if (quoted)
    {
      /* TRANSLATORS: %u is a line of the file */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _ ("The quote opened on line %u is never closed."), quote_line);
      return NULL;
    }
  if (field->len > 0 || n_fields > 0)
    {
      g_strv_builder_add (row, field->str);
      n_fields++;
      end_row (rows, row, &n_fields);
    }
  return g_steal_pointer (&rows);
}

static const struct
{
  ShortlistCsvField field;
  const char       *headers; /* as spreadsheets name the column, folded, "|" between */
} guesses[] = {
  { SHORTLIST_CSV_FIRST_NAME, "first name|firstname|first_name|given name|forename|vorname" },
  { SHORTLIST_CSV_LAST_NAME, "last name|lastname|last_name|surname|family name|nachname|familienname" },
  { SHORTLIST_CSV_EMAIL, "email|e-mail|email address|e-mail address|email_address|mail|e-mail-adresse" },
  { SHORTLIST_CSV_PHONE, "phone|phone number|telephone|mobile|phone_number|telefon|telefonnummer|handy|mobil" },
  { SHORTLIST_CSV_CITY, "city|location|town|ort|stadt|wohnort" },
  { SHORTLIST_CSV_COUNTRY, "country|country code|land|staat|ländercode" },
  { SHORTLIST_CSV_COMPANY, "company|current company|employer|firma|unternehmen|arbeitgeber" },
  { SHORTLIST_CSV_TITLE, "title|job title|current title|position|role|berufsbezeichnung|titel" },
  { SHORTLIST_CSV_LINKEDIN, "linkedin|linkedin url|linkedin profile|linkedin_url" },
  { SHORTLIST_CSV_CV, "cv|resume|résumé|cv file|cv path|resume file|lebenslauf" },
  { SHORTLIST_CSV_NOTE, "note|notes|note for the client|comment|comments|notiz|notizen|kommentar|anmerkung|anmerkungen" },
};

/* The field a column holds, from its header; SHORTLIST_CSV_IGNORE when it is none of them */
ShortlistCsvField
shortlist_csv_guess_field (const char *header)
{
  g_autofree char *stripped = g_strstrip (g_strdup (header ? header : ""));
  g_autofree char *folded = g_utf8_casefold (stripped, -1);

  for (guint i = 0; i < G_N_ELEMENTS (guesses); i++)
    {
      g_auto (GStrv) names = g_strsplit (guesses[i].headers, "|", -1);

      if (g_strv_contains ((const char *const *) names, folded))
        return guesses[i].field;
    }
  return SHORTLIST_CSV_IGNORE;
}

/* What the field is called, for the recruiter matching columns to fields */
const char *
shortlist_csv_field_label (ShortlistCsvField field)
{
  switch (field)
    {
    case SHORTLIST_CSV_FIRST_NAME:
      return _ ("First name");
    case SHORTLIST_CSV_LAST_NAME:
      return _ ("Last name");
    case SHORTLIST_CSV_EMAIL:
      return _ ("Email address");
    case SHORTLIST_CSV_PHONE:
      return _ ("Phone number");
    case SHORTLIST_CSV_CITY:
      return _ ("City");
    case SHORTLIST_CSV_COUNTRY:
      return _ ("Country");
    case SHORTLIST_CSV_COMPANY:
      return _ ("Current company");
    case SHORTLIST_CSV_TITLE:
      return _ ("Current job title");
    case SHORTLIST_CSV_LINKEDIN:
      return _ ("LinkedIn");
    case SHORTLIST_CSV_CV:
      return _ ("CV file");
    case SHORTLIST_CSV_NOTE:
      return _ ("Note for the client");
    case SHORTLIST_CSV_IGNORE:
    case SHORTLIST_CSV_N_FIELDS:
    default:
      return _ ("Not used");
    }
}

/* Returns: the ISO 3166 code of the country @text names, by its two- or three-letter code
 * or its name (kombo_country_for_name()); @text itself when it is none, for the validation to say so */
static char *
country_code (const char *text)
{
  g_autofree char    *upper = g_ascii_strup (text, -1);
  const KomboCountry *countries;
  guint               n_countries;

  if (strlen (text) == 2 && kombo_country_lookup (upper) != NULL)
    return g_steal_pointer (&upper);
  countries = kombo_countries_get_all (&n_countries);
  for (guint i = 0; i < n_countries; i++)
    if (g_strcmp0 (upper, countries[i].alpha_3) == 0)
      return g_strdup (countries[i].alpha_2);
  return g_strdup (kombo_country_for_name (text) ? kombo_country_for_name (text) : text);
}

/* The CV at @path, relative to @folder; NULL with a problem when it leaves the folder or is missing */
static KomboAttachment *
attach_cv (GFile      *folder,
           const char *path,
           GPtrArray  *problems)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;

  file = g_file_resolve_relative_path (folder, path);
  /* Only files in the spreadsheet's folder or below: a row cannot send any file of the computer */
  if (g_path_is_absolute (path) || !g_file_has_prefix (file, folder))
    {
      /* TRANSLATORS: %s is a path written in the spreadsheet */
      g_ptr_array_add (problems, g_strdup_printf (_ ("The CV “%s” is not in the spreadsheet’s folder. Put it there and give its name."), path));
      return NULL;
    }
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_ptr_array_add (problems, g_strdup_printf (_ ("There is no file “%s” in the spreadsheet’s folder."), path));
      return NULL;
    }
  name = g_file_get_basename (file);
  return kombo_attachment_new (file, name, g_file_info_get_content_type (info), g_file_info_get_size (info), KOMBO_ATTACHMENT_CV);
}

/**
 * shortlist_csv_row_to_draft:
 * @fields: what each column holds, as many as the header has
 * @folder: the spreadsheet's folder, where CVs are looked for
 * @problems: where what cannot be used is said, as sentences
 *
 * Returns: (transfer full): the row's candidate, as a draft to check and send
 */
KomboCandidateDraft *
shortlist_csv_row_to_draft (const char *const       *row,
                            const ShortlistCsvField *fields,
                            guint                    n_fields,
                            GFile                   *folder,
                            GPtrArray               *problems)
{
  static const char *texts[SHORTLIST_CSV_N_FIELDS] = {
    [SHORTLIST_CSV_FIRST_NAME] = "first-name",
    [SHORTLIST_CSV_LAST_NAME] = "last-name",
    [SHORTLIST_CSV_EMAIL] = "email-address",
    [SHORTLIST_CSV_PHONE] = "phone-number",
    [SHORTLIST_CSV_CITY] = "city",
    [SHORTLIST_CSV_COMPANY] = "company",
    [SHORTLIST_CSV_TITLE] = "title",
    [SHORTLIST_CSV_NOTE] = "note",
  };
  KomboCandidateDraft *draft = kombo_candidate_draft_new ();

  for (guint i = 0; i < n_fields && row[i] != NULL; i++)
    {
      g_autofree char *value = g_strstrip (g_strdup (row[i]));

      if (*value == '\0' || fields[i] == SHORTLIST_CSV_IGNORE || fields[i] >= SHORTLIST_CSV_N_FIELDS)
        continue;
      if (texts[fields[i]] != NULL)
        kombo_candidate_draft_set_text (draft, texts[fields[i]], value);
      else if (fields[i] == SHORTLIST_CSV_COUNTRY)
        {
          g_autofree char *code = country_code (value);

          kombo_candidate_draft_set_text (draft, "country", code);
        }
      else if (fields[i] == SHORTLIST_CSV_LINKEDIN)
        {
          g_autoptr (KomboContact) link = kombo_contact_new (KOMBO_CONTACT_OTHER, value);

          g_list_store_append (kombo_candidate_draft_get_links (draft), link);
        }
      else if (fields[i] == SHORTLIST_CSV_CV)
        {
          g_autoptr (KomboAttachment) cv = attach_cv (folder, value, problems);

          if (cv != NULL)
            kombo_candidate_draft_add_attachment (draft, cv);
        }
    }
  return draft;
}

static gboolean
name_ends_with (GFile             *file,
                const char *const *suffixes)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folded = name ? g_utf8_casefold (name, -1) : NULL;

  for (guint i = 0; folded != NULL && suffixes[i] != NULL; i++)
    if (g_str_has_suffix (folded, suffixes[i]))
      return TRUE;
  return FALSE;
}

/* Whether @file is an Excel workbook, by its name: no disk access */
gboolean
shortlist_file_is_workbook (GFile *file)
{
  static const char *const suffixes[] = { ".xlsx", NULL };

  return name_ends_with (file, suffixes);
}

/* Whether @file is a list of candidates rather than a CV, by its name: a spreadsheet saved as
 * text (.csv, or .tsv as Excel names tab-separated text) or an Excel workbook (.xlsx) */
gboolean
shortlist_file_is_spreadsheet (GFile *file)
{
  static const char *const suffixes[] = { ".csv", ".tsv", ".xlsx", NULL };

  return name_ends_with (file, suffixes);
}
