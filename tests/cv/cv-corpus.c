/* cv-corpus.c: CVs the tests write themselves, in several layouts and formats, with what they say
 *
 * Each person is written in one layout (a header block, two columns, contact details at the
 * bottom, German labels, a German header, a references section, a name in capitals, labelled
 * plain text) and one format (PDF through cairo, DOCX and ODT as zips of XML, RTF, text).
 * Every CV also says things that are not the candidate's: employers' websites, dates, other
 * people in its references. What a careful reader takes from each is its expectation.
 */
#include "config.h"

#include <string.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "cv-corpus.h"

typedef enum
{
  HEADER_EN,
  TWO_COLUMNS,
  BOTTOM_LINE,
  LABELS_DE,
  HEADER_DE,
  REFERENCES,
  CAPITALS,
  PLAIN_LABELS,
  PIPE_HEADLINE, /* "Title | Company", which the rules read only when the company says its legal form */
} Layout;

typedef enum
{
  PDF,
  DOCX,
  ODT,
  RTF,
  TXT,
  RTF_1250, /* Central European, as a Polish Word writes it: \ansicpg1250, fonts of charset 238 */
  RTF_1251, /* Cyrillic from a Western Windows: \ansicpg1252, the font of charset 204 */
} Format;

typedef struct
{
  const char *first, *last, *email, *phone, *company, *title, *street, *zip, *city, *country, *country_name, *link;
  Layout      layout;
  Format      format;
} Person;

static const Person people[] = {
  { "Jane", "Doe", "jane.doe@example.com", "+49 170 1234567", "Acme Analytics GmbH", "Data Engineer", "Invalidenstraße 12", "10115", "Berlin", "DE", "Germany", "https://www.linkedin.com/in/janedoe", HEADER_EN, PDF },
  { "Max", "Mustermann", "max.mustermann@example.de", "089 1234567", "Beispiel AG", "Projektleiter", "Hauptstraße 5", "80331", "München", "DE", "Deutschland", "https://www.xing.com/profile/Max_Mustermann", LABELS_DE, PDF },
  { "Jörg", "Müller", "j.mueller@example.org", "+41 44 668 18 00", "Helvetia Systems AG", "Software Architect", "Bahnhofstrasse 1", "8001", "Zürich", "CH", "Switzerland", "https://github.com/jmueller", TWO_COLUMNS, PDF },
  { "Aisha", "Khan", "aisha.khan@example.co.uk", "+44 20 7946 0958", "Northwind Retail Ltd", "Product Manager", "221B Baker Street", NULL, "London", "GB", "United Kingdom", "https://www.linkedin.com/in/aisha-khan", BOTTOM_LINE, PDF },
  { "Lena", "Schmidt", "lena.schmidt@example.net", "+49 151 23456789", "Muster Logistik GmbH", "Softwareentwicklerin", "Königsallee 20", "40212", "Düsseldorf", "DE", "Deutschland", "https://github.com/lenaschmidt", HEADER_DE, PDF },
  { "Tom", "Becker", "tom.becker@example.com", "+49 30 12345678", "Contoso Europe GmbH", "Sales Manager", "Friedrichstraße 100", "10117", "Berlin", "DE", "Germany", "https://www.linkedin.com/in/tombecker", REFERENCES, PDF },
  { "María", "García López", "maria.garcia@example.es", "+34 912 345 678", "Iberia Data SL", "Data Scientist", "Calle Mayor 1", "28013", "Madrid", "ES", "Spain", "https://github.com/mgarcialopez", CAPITALS, PDF },
  { "Pieter", "van den Berg", "pieter.vandenberg@example.nl", "+31 20 123 4567", "Polder Tech BV", "DevOps Engineer", "Damrak 1", "1012", "Amsterdam", "NL", "Netherlands", "https://www.linkedin.com/in/pietervandenberg", HEADER_EN, PDF },
  { "Sophie", "Martin", "sophie.martin@example.fr", "+33 1 23 45 67 89", "Lumière Media SA", "UX Designer", "Rue de Rivoli 10", "75001", "Paris", "FR", "France", "https://dribbble.com/sophiemartin", TWO_COLUMNS, PDF },
  { "Katharina", "Weber", "k.weber@example.at", "+43 1 5123456", "Donau Software GmbH", "Teamleiterin Entwicklung", "Kärntner Straße 1", "1010", "Wien", "AT", "Österreich", "https://www.xing.com/profile/Katharina_Weber", LABELS_DE, PDF },
  { "Liam", "O'Brien", "liam.obrien@example.ie", "+353 1 234 5678", "Shamrock Cloud Ltd", "Site Reliability Engineer", "Grafton Street 5", NULL, "Dublin", "IE", "Ireland", "https://github.com/liamobrien", BOTTOM_LINE, PDF },
  { "Felix", "Wagner", "felix.wagner@example.de", "0221 9876543", "Rheinland Consulting GmbH", "Berater", "Hohe Straße 8", "50667", "Köln", "DE", "Deutschland", "https://www.linkedin.com/in/felixwagner", HEADER_DE, PDF },
  { "Emma", "Johansson", "emma.johansson@example.se", "+46 8 123 456 78", "Nordic Health AB", "Clinical Data Analyst", "Drottninggatan 1", "11151", "Stockholm", "SE", "Sweden", "https://www.linkedin.com/in/emmajohansson", REFERENCES, PDF },
  { "Noah", "Fischer", "noah.fischer@example.com", "+49 160 9988776", "Elbe Robotics GmbH", "Embedded Engineer", "Jungfernstieg 7", "20354", "Hamburg", "DE", "Germany", "https://github.com/noahfischer", CAPITALS, PDF },
  { "Clara", "Hoffmann", "clara.hoffmann@example.de", "+49 711 2345678", "Neckar Automotive AG", "Qualitätsmanagerin", "Königstraße 1", "70173", "Stuttgart", "DE", "Deutschland", "https://www.xing.com/profile/Clara_Hoffmann", LABELS_DE, DOCX },
  { "Oliver", "Smith", "oliver.smith@example.com", "+44 161 496 0000", "Pennine Energy plc", "Electrical Engineer", "Deansgate 1", NULL, "Manchester", "GB", "United Kingdom", "https://www.linkedin.com/in/oliversmith", HEADER_EN, DOCX },
  { "Mia", "Schneider", "mia.schneider@example.de", "+49 341 1234567", "Sachsen Media GmbH", "Redakteurin", "Augustusplatz 9", "04109", "Leipzig", "DE", "Deutschland", "https://www.linkedin.com/in/miaschneider", HEADER_DE, DOCX },
  { "Lukas", "Meyer", "lukas.meyer@example.ch", "+41 31 123 45 67", "Berner Finanz AG", "Controller", "Bundesplatz 3", "3011", "Bern", "CH", "Schweiz", "https://www.linkedin.com/in/lukasmeyer", LABELS_DE, ODT },
  { "Hannah", "Brown", "hannah.brown@example.com", "+44 131 496 0123", "Caledonia Games Ltd", "Game Designer", "Princes Street 2", NULL, "Edinburgh", "GB", "United Kingdom", "https://github.com/hannahbrown", HEADER_EN, ODT },
  { "Paul", "Richter", "paul.richter@example.de", "0351 4567890", "Elbflorenz IT GmbH", "Systemadministrator", "Prager Straße 4", "01069", "Dresden", "DE", "Deutschland", "https://www.xing.com/profile/Paul_Richter", PLAIN_LABELS, RTF },
  { "Sarah", "Koch", "sarah.koch@example.de", "+49 69 12345678", "Main Capital GmbH", "Risk Analyst", "Zeil 10", "60313", "Frankfurt am Main", "DE", "Germany", "https://www.linkedin.com/in/sarahkoch", PLAIN_LABELS, TXT },
  { "John Q.", "Public", "jqp1985@example.com", "+1 512 555 0100", "Lone Star Bank", "Compliance Officer", "Congress Avenue 100", "78701", "Austin", "US", "USA", "https://www.linkedin.com/in/jqpublic", PIPE_HEADLINE, PDF },
  { "Ingrid", "Larsen", "ingrid@larsen-design.example", "+47 22 12 34 56", "Fjord Studio AS", "Art Director", "Karl Johans gate 1", "0154", "Oslo", "NO", "Norway", "https://www.behance.net/ingridlarsen", PIPE_HEADLINE, DOCX },
  { "Ahmed", "Hassan", "a.hassan@example.de", "+49 (0)40 1234567", "Hanse Shipping GmbH", "Logistics Planner", "Am Sandtorkai 1", "20457", "Hamburg", "DE", "Germany", "https://www.xing.com/profile/Ahmed_Hassan", PIPE_HEADLINE, ODT },
  { "David", "Novak", "david.novak@example.cz", "+420 221 234 567", "Vltava Software s.r.o.", "Backend Developer", "Národní 1", "11000", "Praha", "CZ", "Czechia", "https://gitlab.com/dnovak", TWO_COLUMNS, PDF },
  { "Łukasz", "Wiśniewski", "lukasz.wisniewski@example.pl", "+48 22 123 45 67", "Wisła Systems Ltd", "Software Engineer", "ul. Marszałkowska 1", "00-624", "Łódź", "PL", "Poland", "https://github.com/lwisniewski", HEADER_EN, RTF_1250 },
  { "Zofia", "Kowalczyk", "zofia.kowalczyk@example.pl", "+48 12 345 67 89", "Kraków Analytics GmbH", "Data Analyst", "ul. Floriańska 3", "31-019", "Kraków", "PL", "Poland", "https://www.linkedin.com/in/zofiakowalczyk", PLAIN_LABELS, RTF_1250 },
  { "Иван", "Петров", "ivan.petrov@example.bg", "+359 2 123 4567", "Balkan Cloud Ltd", "Backend Developer", "ul. Vitosha 1", "1000", "София", "BG", "Bulgaria", "https://github.com/ipetrov", HEADER_EN, RTF_1251 },
};

/* The blocks of a CV, in reading order */
typedef enum
{
  BODY,
  NAME, /* large */
  SIDEBAR,
  HEADER, /* the page header of a document */
  FOOTER, /* the last line of the last page */
} Place;

typedef struct
{
  Place place;
  char *text;
} Block;

static void
add (GArray     *blocks,
     Place       place,
     const char *format,
     ...)
{
  va_list args;
  Block   block = { place, NULL };

  va_start (args, format);
  block.text = g_strdup_vprintf (format, args);
  va_end (args);
  g_array_append_val (blocks, block);
}

static void
block_clear (Block *block)
{
  g_free (block->text);
}

static void
experience_en (GArray       *blocks,
               const Person *p)
{
  add (blocks, BODY, "Profile");
  add (blocks, BODY, "Experienced %s who turns messy processes into reliable systems. Worked with teams of 5 to 40 people across Europe.", p->title);
  add (blocks, BODY, "Experience");
  add (blocks, BODY, "2021 – present    %s, %s", p->title, p->company);
  add (blocks, BODY, "Led the migration of 120 services; cut costs by 30 %%.");
  add (blocks, BODY, "2017 – 2021    Analyst, Fabrikam Industries, Rotterdam");
  add (blocks, BODY, "Built reporting for www.fabrikam-industries.example and its 14 sites.");
  add (blocks, BODY, "Education");
  add (blocks, BODY, "2013 – 2017    B.Sc. Computer Science, Technical University of Example");
  add (blocks, BODY, "Languages: English (C2), German (B2), Spanish (A2)");
}

static void
experience_de (GArray       *blocks,
               const Person *p)
{
  add (blocks, BODY, "Berufserfahrung");
  add (blocks, BODY, "03/2019 – heute    %s, %s, %s", p->title, p->company, p->city);
  add (blocks, BODY, "Verantwortung für 12 Projekte mit einem Budget von 2,5 Mio. €.");
  add (blocks, BODY, "10/2015 – 02/2019    Werkstudent, Muster KG, Köln");
  add (blocks, BODY, "Ausbildung");
  add (blocks, BODY, "2011 – 2015    Bachelor of Science, Hochschule Beispielstadt");
  add (blocks, BODY, "Sprachen: Deutsch (Muttersprache), Englisch (C1)");
}

static const char *
short_link (const char *link)
{
  return g_str_has_prefix (link, "https://www.") ? link + 12 : g_str_has_prefix (link, "https://") ? link + 8
                                                                                                   : link;
}

static GArray *
layout (const Person *p,
        CvExpected   *e)
{
  GArray          *blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  g_autofree char *name = g_strdup_printf ("%s %s", p->first, p->last);

  g_array_set_clear_func (blocks, (GDestroyNotify) block_clear);
  *e = (CvExpected){ NULL, NULL, p->first, p->last, p->email, p->phone, NULL, NULL, p->city, NULL, p->country, { p->link } };

  switch (p->layout)
    {
    case HEADER_EN:
    case REFERENCES:
      add (blocks, p->format == PDF ? NAME : HEADER, "%s", name);
      add (blocks, p->format == PDF ? BODY : HEADER, "%s at %s", p->title, p->company);
      add (blocks, p->format == PDF ? BODY : HEADER, "%s | %s | %s, %s", p->email, p->phone, p->city, p->country_name);
      add (blocks, p->format == PDF ? BODY : HEADER, "%s", short_link (p->link));
      e->title = p->title, e->company = p->company;
      experience_en (blocks, p);
      if (p->layout == REFERENCES)
        {
          add (blocks, BODY, "References");
          add (blocks, BODY, "Dr. Alan Smith, Head of Data, Contoso");
          add (blocks, BODY, "alan.smith@contoso.example    +44 20 7946 0000");
          add (blocks, BODY, "https://www.linkedin.com/in/alansmith");
        }
      break;

    case TWO_COLUMNS:
      add (blocks, NAME, "%s", name);
      add (blocks, BODY, "Current position: %s", p->title);
      add (blocks, BODY, "Company: %s", p->company);
      experience_en (blocks, p);
      add (blocks, SIDEBAR, "Contact");
      add (blocks, SIDEBAR, "Phone: %s", p->phone);
      add (blocks, SIDEBAR, "Email:");
      add (blocks, SIDEBAR, "%s", p->email);
      add (blocks, SIDEBAR, "Address:");
      add (blocks, SIDEBAR, "%s", p->street);
      add (blocks, SIDEBAR, "%s %s", p->zip, p->city);
      add (blocks, SIDEBAR, "%s", short_link (p->link));
      add (blocks, SIDEBAR, "Skills");
      add (blocks, SIDEBAR, "SQL, Python, Go");
      add (blocks, SIDEBAR, "Kubernetes");
      e->title = p->title, e->company = p->company, e->zip_code = p->zip;
      break;

    case BOTTOM_LINE:
      add (blocks, NAME, "%s", name);
      add (blocks, BODY, "%s", p->title);
      experience_en (blocks, p);
      add (blocks, FOOTER, "%s · %s · %s", p->email, p->phone, short_link (p->link));
      e->city = NULL, e->country = NULL;
      break;

    case LABELS_DE:
      add (blocks, NAME, "Lebenslauf");
      add (blocks, BODY, "Persönliche Daten");
      add (blocks, BODY, "Name: %s", name);
      add (blocks, BODY, "Anschrift: %s, %s %s", p->street, p->zip, p->city);
      add (blocks, BODY, "Telefon: %s", p->phone);
      add (blocks, BODY, "E-Mail: %s", p->email);
      add (blocks, BODY, "Aktuelle Position: %s", p->title);
      add (blocks, BODY, "Arbeitgeber: %s", p->company);
      add (blocks, BODY, "XING: %s", short_link (p->link));
      experience_de (blocks, p);
      e->title = p->title, e->company = p->company, e->zip_code = p->zip;
      /* No country is written: only an international number tells it */
      if (p->phone[0] != '+')
        e->country = NULL;
      break;

    case HEADER_DE:
      add (blocks, p->format == PDF ? NAME : HEADER, "%s", name);
      add (blocks, p->format == PDF ? BODY : HEADER, "%s bei %s", p->title, p->company);
      add (blocks, p->format == PDF ? BODY : HEADER, "Mobil: %s • %s • %s %s", p->phone, p->email, p->zip, p->city);
      add (blocks, p->format == PDF ? BODY : HEADER, "%s", p->link);
      experience_de (blocks, p);
      e->title = p->title, e->company = p->company, e->zip_code = p->zip;
      if (p->phone[0] != '+')
        e->country = NULL;
      break;

    case CAPITALS:
      {
        g_autofree char *upper = g_utf8_strup (name, -1);

        add (blocks, NAME, "DR. %s, PHD", upper);
        add (blocks, BODY, "%s at %s", p->title, p->company);
        add (blocks, BODY, "Email: %s", p->email);
        add (blocks, BODY, "Tel.: %s", p->phone);
        add (blocks, BODY, "Location: %s, %s", p->city, p->country_name);
        add (blocks, BODY, "GitHub: %s", short_link (p->link));
        experience_en (blocks, p);
        e->title = p->title, e->company = p->company;
      }
      break;

    case PIPE_HEADLINE:
      add (blocks, p->format == PDF ? NAME : HEADER, "%s %s", p->first, p->last);
      add (blocks, p->format == PDF ? BODY : HEADER, "%s | %s", p->title, p->company);
      if (g_str_equal (p->country, "US"))
        add (blocks, p->format == PDF ? BODY : HEADER, "%s, TX %s, %s", p->city, p->zip, p->country_name);
      else
        add (blocks, p->format == PDF ? BODY : HEADER, "%s %s, %s", p->zip, p->city, p->country_name);
      add (blocks, p->format == PDF ? BODY : HEADER, "%s  ·  %s  ·  %s", p->phone, p->email, p->link);
      experience_en (blocks, p);
      e->title = p->title, e->company = p->company, e->zip_code = p->zip;
      break;

    case PLAIN_LABELS:
      add (blocks, BODY, "CURRICULUM VITAE");
      add (blocks, BODY, "Name: %s", name);
      add (blocks, BODY, "Address: %s, %s %s, %s", p->street, p->zip, p->city, p->country_name);
      add (blocks, BODY, "Phone: %s", p->phone);
      add (blocks, BODY, "Email: %s", p->email);
      add (blocks, BODY, "Website: %s", short_link (p->link));
      add (blocks, BODY, "Current position: %s", p->title);
      experience_en (blocks, p);
      e->title = p->title, e->zip_code = p->zip;
      break;
    }
  return blocks;
}

/* PDF: A4, through Pango, in one column or two, the footer at the bottom of the last page */

#define PAGE_WIDTH 595.0
#define PAGE_HEIGHT 842.0

typedef struct
{
  cairo_t *cr;
  double   y[2];
} Pdf;

static void
draw (Pdf        *pdf,
      int         column,
      double      x,
      double      width,
      const char *font,
      const char *text)
{
  PangoLayout          *layout = pango_cairo_create_layout (pdf->cr);
  PangoFontDescription *description = pango_font_description_from_string (font);
  int                   height;

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, NULL, &height);
  if (pdf->y[column] + height / PANGO_SCALE > PAGE_HEIGHT - 60)
    {
      cairo_show_page (pdf->cr);
      pdf->y[0] = pdf->y[1] = 50;
    }
  cairo_move_to (pdf->cr, x, pdf->y[column]);
  pango_cairo_show_layout (pdf->cr, layout);
  pdf->y[column] += height / PANGO_SCALE + 4;
  pango_font_description_free (description);
  g_object_unref (layout);
}

static void
write_pdf (const char *path,
           GArray     *blocks,
           const char *author,
           guint       extra_pages)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  Pdf              pdf = { cairo_create (surface), { 50, 50 } };
  gboolean         two_columns = FALSE;

  if (author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  for (guint i = 0; i < blocks->len; i++)
    two_columns |= g_array_index (blocks, Block, i).place == SIDEBAR;

  cairo_set_source_rgb (pdf.cr, 0, 0, 0);
  for (guint i = 0; i < blocks->len; i++)
    {
      Block *b = &g_array_index (blocks, Block, i);

      if (b->place == SIDEBAR)
        draw (&pdf, 0, 30, 170, "Sans 8", b->text);
      else if (b->place == NAME)
        draw (&pdf, 1, two_columns ? 220 : 50, two_columns ? 335 : 495, "Sans Bold 20", b->text);
      else if (b->place != FOOTER)
        draw (&pdf, 1, two_columns ? 220 : 50, two_columns ? 335 : 495, "Sans 10", b->text);
    }
  for (guint page = 0; page < extra_pages; page++)
    for (guint k = 0; k < 40; k++)
      {
        g_autofree char *line = g_strdup_printf ("%u – %u    Project %u.%u: delivered a system for 3 clients, "
                                                 "measured weekly and reviewed every quarter.",
                                                 1990 + k % 30, 1991 + k % 30, page, k);

        draw (&pdf, 1, 50, 495, "Sans 10", line);
      }
  for (guint i = 0; i < blocks->len; i++)
    {
      Block *b = &g_array_index (blocks, Block, i);

      if (b->place == FOOTER)
        {
          pdf.y[1] = PAGE_HEIGHT - 50;
          draw (&pdf, 1, 50, 495, "Sans 9", b->text);
        }
    }
  cairo_destroy (pdf.cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/* Zip: stored or deflated members, as DOCX and ODT are */

static guint32
crc32 (const guint8 *data,
       gsize         size)
{
  static guint32 table[256];
  guint32        crc = 0xffffffff;

  if (table[1] == 0)
    for (guint32 i = 0; i < 256; i++)
      {
        guint32 c = i;

        for (int k = 0; k < 8; k++)
          c = c & 1 ? 0xedb88320 ^ (c >> 1) : c >> 1;
        table[i] = c;
      }
  for (gsize i = 0; i < size; i++)
    crc = table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
  return crc ^ 0xffffffff;
}

static void
put16 (GByteArray *out,
       guint       value)
{
  guint8 b[2] = { value & 0xff, (value >> 8) & 0xff };

  g_byte_array_append (out, b, 2);
}

static void
put32 (GByteArray *out,
       guint32     value)
{
  guint8 b[4] = { value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, value >> 24 };

  g_byte_array_append (out, b, 4);
}

static GBytes *
deflate (GBytes *input)
{
  g_autoptr (GConverter) compressor = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW, 9));
  g_autoptr (GInputStream) source = g_memory_input_stream_new_from_bytes (input);
  g_autoptr (GInputStream) stream = g_converter_input_stream_new (source, compressor);
  g_autoptr (GOutputStream) sink = g_memory_output_stream_new_resizable ();

  g_assert_cmpint (g_output_stream_splice (sink, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, NULL), >=, 0);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (sink));
}

void
cv_corpus_write_zip (const char  *path,
                     const char **names,
                     GBytes     **contents,
                     gboolean     deflated)
{
  g_autoptr (GByteArray) out = g_byte_array_new ();
  g_autoptr (GByteArray) directory = g_byte_array_new ();
  g_autoptr (GError) error = NULL;
  guint n = 0;

  for (; names[n] != NULL; n++)
    {
      gsize         size;
      const guint8 *data = g_bytes_get_data (contents[n], &size);
      g_autoptr (GBytes) packed = deflated ? deflate (contents[n]) : g_bytes_ref (contents[n]);
      guint32 crc = crc32 (data, size);
      guint32 offset = out->len;
      guint16 method = deflated ? 8 : 0;

      put32 (out, 0x04034b50), put16 (out, 20), put16 (out, 0), put16 (out, method), put16 (out, 0), put16 (out, 0x21);
      put32 (out, crc), put32 (out, g_bytes_get_size (packed)), put32 (out, size);
      put16 (out, strlen (names[n])), put16 (out, 0);
      g_byte_array_append (out, (guint8 *) names[n], strlen (names[n]));
      g_byte_array_append (out, g_bytes_get_data (packed, NULL), g_bytes_get_size (packed));

      put32 (directory, 0x02014b50), put16 (directory, 20), put16 (directory, 20), put16 (directory, 0);
      put16 (directory, method), put16 (directory, 0), put16 (directory, 0x21);
      put32 (directory, crc), put32 (directory, g_bytes_get_size (packed)), put32 (directory, size);
      put16 (directory, strlen (names[n])), put16 (directory, 0), put16 (directory, 0);
      put16 (directory, 0), put16 (directory, 0), put32 (directory, 0), put32 (directory, offset);
      g_byte_array_append (directory, (guint8 *) names[n], strlen (names[n]));
    }
  {
    guint32 directory_offset = out->len;

    g_byte_array_append (out, directory->data, directory->len);
    put32 (out, 0x06054b50), put16 (out, 0), put16 (out, 0), put16 (out, n), put16 (out, n);
    put32 (out, directory->len), put32 (out, directory_offset), put16 (out, 0);
  }
  g_file_set_contents (path, (char *) out->data, out->len, &error);
  g_assert_no_error (error);
}

/* A deflated zip of the XML texts @texts, named @names */
static void
write_zip_of_texts (const char  *path,
                    const char **names,
                    GString    **texts)
{
  g_autoptr (GPtrArray) contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);

  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (contents, g_bytes_new (texts[i]->str, texts[i]->len));
  cv_corpus_write_zip (path, names, (GBytes **) contents->pdata, TRUE);
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

static void
write_docx (const char *path,
            GArray     *blocks,
            const char *author)
{
  g_autoptr (GString) document = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                               "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                                               "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>");
  g_autoptr (GString) header = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                             "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
  g_autoptr (GString) core = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties "
                                           "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                                           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>");
  g_autoptr (GString) types = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                            "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
  const char *names[] = { "[Content_Types].xml", "docProps/core.xml", "word/header1.xml", "word/document.xml", NULL };

  for (guint i = 0; i < blocks->len; i++)
    {
      Block   *b = &g_array_index (blocks, Block, i);
      GString *part = b->place == HEADER ? header : document;
      g_auto (GStrv) runs = g_strsplit (b->text, "    ", -1);

      /* Wide gaps are tabs in Word; runs split a paragraph as Word does */
      g_string_append (part, "<w:p><w:pPr><w:spacing w:after=\"60\"/></w:pPr>");
      for (guint k = 0; runs[k] != NULL; k++)
        {
          if (k > 0)
            g_string_append (part, "<w:r><w:tab/></w:r>");
          g_string_append (part, "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">");
          append_escaped (part, runs[k]);
          g_string_append (part, "</w:t></w:r>");
        }
      g_string_append (part, "</w:p>\n");
    }
  g_string_append (document, "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\"/></w:sectPr></w:body></w:document>");
  g_string_append (header, "</w:hdr>");
  append_escaped (core, author ? author : "");
  g_string_append (core, "</dc:creator></cp:coreProperties>");

  write_zip_of_texts (path, names, (GString *[]){ types, core, header, document });
}

static void
write_odt (const char *path,
           GArray     *blocks,
           const char *author)
{
  static const char ns[] = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                           "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                           "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                           "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.3\"";
  g_autoptr (GString) content = g_string_new (NULL);
  g_autoptr (GString) styles = g_string_new (NULL);
  g_autoptr (GString) meta = g_string_new (NULL);
  g_autoptr (GString) mimetype = g_string_new ("application/vnd.oasis.opendocument.text");
  const char *names[] = { "mimetype", "meta.xml", "styles.xml", "content.xml", NULL };

  g_string_printf (content, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content %s><office:body><office:text>\n", ns);
  g_string_printf (styles, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles %s><office:styles>"
                           "<style:style style:name=\"Standard\"><text:p>Not the CV's text</text:p></style:style></office:styles>"
                           "<office:master-styles><style:master-page style:name=\"Standard\"><style:header>",
                   ns);
  g_string_printf (meta, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta %s><office:meta><meta:initial-creator>", ns);

  for (guint i = 0; i < blocks->len; i++)
    {
      Block   *b = &g_array_index (blocks, Block, i);
      GString *part = b->place == HEADER ? styles : content;
      g_auto (GStrv) runs = g_strsplit (b->text, "    ", -1);

      g_string_append (part, b->place == NAME ? "<text:h text:outline-level=\"1\">" : "<text:p>");
      for (guint k = 0; runs[k] != NULL; k++)
        {
          if (k > 0)
            g_string_append (part, "<text:tab/>");
          append_escaped (part, runs[k]);
        }
      g_string_append (part, b->place == NAME ? "</text:h>\n" : "</text:p>\n");
    }
  g_string_append (content, "</office:text></office:body></office:document-content>");
  g_string_append (styles, "</style:header></style:master-page></office:master-styles></office:document-styles>");
  append_escaped (meta, author ? author : "");
  g_string_append (meta, "</meta:initial-creator></office:meta></office:document-meta>");

  write_zip_of_texts (path, names, (GString *[]){ mimetype, meta, styles, content });
}

/* RTF as Word writes it: characters of the code page as \'xx, the others as \uN with a stand-in */
static void
write_rtf (const char *path,
           GArray     *blocks,
           guint       codepage,
           guint       font_charset)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *iconv_name = g_strdup_printf ("CP%u", font_charset == 204 ? 1251 : codepage);

  g_string_append_printf (out,
                          "{\\rtf1\\ansi\\ansicpg%u\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\fswiss\\fcharset%u Arial;}}"
                          "{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator Shortlist tests;}\\uc1\\f1\\fs20\n",
                          codepage, font_charset);
  for (guint i = 0; i < blocks->len; i++)
    {
      const char *text = g_array_index (blocks, Block, i).text;

      for (const char *p = text; *p; p = g_utf8_next_char (p))
        {
          gunichar         c = g_utf8_get_char (p);
          g_autofree char *legacy = NULL;
          gsize            length = 0;

          if (c == '\\' || c == '{' || c == '}')
            g_string_append_printf (out, "\\%c", (char) c);
          else if (c < 0x80)
            g_string_append_c (out, (char) c);
          else if ((c == 0xfc || codepage != 1252 || font_charset != 0) &&
                   (legacy = g_convert (p, g_utf8_next_char (p) - p, iconv_name, "UTF-8", NULL, &length, NULL)) != NULL &&
                   length == 1)
            /* ü, and the code page's own letters, the way Word writes a code-page character */
            g_string_append_printf (out, "\\'%02x", (guint8) legacy[0]);
          else
            g_string_append_printf (out, "\\u%d?", c > 32767 ? (int) c - 65536 : (int) c);
        }
      g_string_append (out, "\\par\n");
    }
  g_string_append (out, "}");
  g_file_set_contents (path, out->str, out->len, &error);
  g_assert_no_error (error);
}

/* Plain text, as a Windows editor would save it: Windows-1252, CR LF */
static void
write_txt (const char *path,
           GArray     *blocks)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *legacy = NULL;
  gsize            length;

  for (guint i = 0; i < blocks->len; i++)
    g_string_append_printf (out, "%s\r\n", g_array_index (blocks, Block, i).text);
  legacy = g_convert_with_fallback (out->str, out->len, "WINDOWS-1252", "UTF-8", "?", NULL, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, legacy, length, &error);
  g_assert_no_error (error);
}

const CvExpected *
cv_corpus_write (const char *dir,
                 guint      *n_cvs)
{
  static CvExpected        expected[G_N_ELEMENTS (people)];
  static char             *file_names[G_N_ELEMENTS (people)];
  static const char *const extensions[] = { "pdf", "docx", "odt", "rtf", "txt", "rtf", "rtf" };
  static const char *const formats[] = { "PDF", "DOCX", "ODT", "RTF", "TXT", "RTF cp1250", "RTF cp1251" };

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      const Person *p = &people[i];
      g_autoptr (GArray) blocks = layout (p, &expected[i]);
      g_autofree char *base = g_strdup_printf ("%02u-%s.%s", i + 1, p->last, extensions[p->format]);
      g_autofree char *path = g_build_filename (dir, base, NULL);
      g_autofree char *author = g_strdup_printf ("%s %s", p->first, p->last);

      /* Some documents name their author, some a template's, some none */
      const char *meta = i % 3 == 0 ? author : i % 3 == 1 ? "HR Template"
                                                          : NULL;

      /* Kept for the caller until the corpus is written again */
      g_free (file_names[i]);
      file_names[i] = g_steal_pointer (&base);
      expected[i].file_name = file_names[i];
      expected[i].format = formats[p->format];
      switch (p->format)
        {
        case PDF:
          write_pdf (path, blocks, meta, 0);
          break;
        case DOCX:
          write_docx (path, blocks, meta);
          break;
        case ODT:
          write_odt (path, blocks, meta);
          break;
        case RTF:
          write_rtf (path, blocks, 1252, 0);
          break;
        case RTF_1250:
          write_rtf (path, blocks, 1250, 238);
          break;
        case RTF_1251:
          write_rtf (path, blocks, 1252, 204);
          break;
        case TXT:
          write_txt (path, blocks);
          break;
        }
    }
  *n_cvs = G_N_ELEMENTS (people);
  return expected;
}

void
cv_corpus_write_long_pdf (const char *path,
                          guint       n_pages)
{
  CvExpected expected;
  g_autoptr (GArray) blocks = layout (&people[0], &expected);

  write_pdf (path, blocks, NULL, n_pages > 0 ? n_pages - 1 : 0);
}

/* A scan: a page with a picture of text, and no text */
void
cv_corpus_write_scan_pdf (const char *path)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_t         *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  for (int line = 0; line < 40; line++)
    cairo_rectangle (cr, 50, 60 + line * 18, 300 + (line * 37) % 190, 9);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
}

/**
 * cv_corpus_write_xlsx:
 *
 * Writes an Excel workbook as Excel writes one: two sheets ("Candidates", then "Notes"), shared
 * and inline strings, a phone number kept as a number, a date in a format of the workbook's
 * own and one in a built-in one, a salary with thousands, a percentage, a boolean, a row left
 * empty, cells skipped. Each candidate's row reads, as Excel shows it:
 *
 *   First name | Last name | Email                 | Phone         | Available from | Salary | Score | Active | Born
 *   Ada        | Lovelace  | ada@example.com       | 4915112345678 | 01.03.2026     | 85,000 | 88%   | TRUE   | 1990-07-14
 *   Grace      | Hopper    | grace.hopper@example.com |            |                | 3.5    |       | FALSE  |
 */
void
cv_corpus_write_xlsx (const char *path)
{
  const char *names[] = { "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                          "xl/sharedStrings.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", NULL };
  const char *texts[] = {
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><workbookPr/>"
    "<sheets><sheet name=\"Candidates\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Notes\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId2\" Type=\"worksheet\" Target=\"worksheets/sheet2.xml\"/>"
    "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"/xl/worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"styles\" Target=\"styles.xml\"/></Relationships>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"12\" uniqueCount=\"12\">"
    "<si><t>First name</t></si><si><t>Last name</t></si><si><t>Email</t></si><si><t>Phone</t></si>"
    "<si><t>Available from</t></si><si><t>Salary</t></si><si><t>Score</t></si><si><t>Active</t></si>"
    "<si><t>Ada</t></si><si><t>ada@example.com</t></si>"
    "<si><r><rPr><b/></rPr><t>Gra</t></r><r><t xml:space=\"preserve\">ce</t></r><rPh sb=\"0\" eb=\"1\"><t>グ</t></rPh></si>"
    "<si><t>Born</t></si></sst>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd\\.mm\\.yyyy;@\"/></numFmts>"
    "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf numFmtId=\"3\"/>"
    "<xf numFmtId=\"9\"/><xf numFmtId=\"14\"/><xf numFmtId=\"49\"/></cellXfs></styleSheet>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
    "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c><c r=\"F1\" t=\"s\"><v>5</v></c>"
    "<c r=\"G1\" t=\"s\"><v>6</v></c><c r=\"H1\" t=\"s\"><v>7</v></c><c r=\"I1\" t=\"s\"><v>11</v></c></row>"
    "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>8</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>Lovelace</t></is></c>"
    "<c r=\"C2\" t=\"s\"><v>9</v></c><c r=\"D2\"><v>4915112345678</v></c><c r=\"E2\" s=\"1\"><v>46082</v></c>"
    "<c r=\"F2\" s=\"2\"><v>85000</v></c><c r=\"G2\" s=\"3\"><v>0.875</v></c><c r=\"H2\" t=\"b\"><v>1</v></c>"
    "<c r=\"I2\" s=\"4\"><v>33068</v></c></row>"
    "<row r=\"3\"><c r=\"A3\" s=\"5\"/></row>"
    "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>10</v></c><c r=\"B5\" t=\"str\"><f>UPPER(\"h\")&amp;\"opper\"</f><v>Hopper</v></c>"
    "<c r=\"C5\" t=\"inlineStr\"><is><t>grace.hopper@example.com</t></is></c>"
    "<c r=\"F5\"><v>3.5</v></c><c r=\"H5\" t=\"b\"><v>0</v></c></row>"
    "</sheetData></worksheet>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
    "<x:row><x:c t=\"inlineStr\"><x:is><x:t>Note</x:t></x:is></x:c></x:row>"
    "<x:row><x:c t=\"inlineStr\"><x:is><x:t>Call Ada back on Monday</x:t></x:is></x:c></x:row>"
    "</x:sheetData></x:worksheet>",
  };
  g_autoptr (GPtrArray) contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);

  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (contents, g_bytes_new (texts[i], strlen (texts[i])));
  cv_corpus_write_zip (path, names, (GBytes **) contents->pdata, TRUE);
}
