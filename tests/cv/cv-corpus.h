/* cv-corpus.h: CVs the tests write themselves, in several layouts and formats, with what they say */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  const char *file_name;
  const char *format; /* "PDF", "RTF cp1250", …: how it was written */
  /* What a careful reader takes from the CV; NULL where the CV does not say */
  const char *first_name;
  const char *last_name;
  const char *email;
  const char *phone;
  const char *company;
  const char *title;
  const char *city;
  const char *zip_code;
  const char *country;
  const char *links[3];
} CvExpected;

/* Writes every CV of the corpus into @dir; returns their expectations, in order */
const CvExpected *cv_corpus_write        (const char *dir,
                                          guint      *n_cvs);

/* A PDF of @n_pages pages: the header block of the first CV, then pages of experience */
void              cv_corpus_write_long_pdf (const char *path,
                                            guint       n_pages);

/* Files written the way CVs should not be, to read within bounds */
void              cv_corpus_write_zip      (const char  *path,
                                            const char **names,
                                            GBytes     **contents,
                                            gboolean     deflate);
void              cv_corpus_write_scan_pdf (const char *path);
/* An Excel workbook of two candidates and a sheet of notes, as Excel writes one */
void              cv_corpus_write_xlsx     (const char *path);

G_END_DECLS
