/* shortlist-cv.h: what a CV says about its candidate, read on this computer, as suggestions */
#pragma once

#include "kombo.h"

G_BEGIN_DECLS

#define SHORTLIST_CV_ERROR (shortlist_cv_error_quark ())

typedef enum
{
  SHORTLIST_CV_ERROR_NO_TEXT,     /* a scan, or a document with no words */
  SHORTLIST_CV_ERROR_LOCKED,      /* a password is needed to read it */
  SHORTLIST_CV_ERROR_DAMAGED,
  SHORTLIST_CV_ERROR_UNSUPPORTED, /* not a PDF, DOCX, ODT, RTF or text file */
  SHORTLIST_CV_ERROR_TOO_LARGE,   /* more to read than a CV has, or it took too long */
  SHORTLIST_CV_ERROR_OLD_WORD,    /* Word 97–2003's .doc, which Shortlist attaches but does not read */
} ShortlistCvError;

GQuark shortlist_cv_error_quark (void);

/* The text of a CV, one line per line of the document, and its author as the file names one
 * (shortlist-cv-text.c, which needs poppler) */
char *shortlist_cv_extract_text (GBytes  *bytes,
                                 gint64   deadline,
                                 char   **author,
                                 GError **error);

/* What the rules found: each string NULL when not found; country is an ISO 3166 alpha-2 code */
typedef struct
{
  char      *first_name;
  char      *last_name;
  char      *email;
  char      *phone;
  char      *company;
  char      *title;
  char      *city;
  char      *zip_code;
  char      *country;
  GPtrArray *more_emails;
  GPtrArray *more_phones;
  GPtrArray *links;
} ShortlistCvFacts;

ShortlistCvFacts *shortlist_cv_facts_from_text (const char        *text,
                                                const char        *author);
void              shortlist_cv_facts_free      (ShortlistCvFacts  *facts);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ShortlistCvFacts, shortlist_cv_facts_free)

JsonNode         *shortlist_cv_facts_to_json   (ShortlistCvFacts  *facts);
ShortlistCvFacts *shortlist_cv_facts_from_json (JsonNode          *node);

/* In this process (shortlist-cv-text.c, which needs poppler), or in shortlist-cv-reader */
void              shortlist_cv_prepare         (void);
ShortlistCvFacts *shortlist_cv_read_bytes      (GBytes            *bytes,
                                                GError           **error);
ShortlistCvFacts *shortlist_cv_read            (GFile             *file,
                                                GCancellable      *cancellable,
                                                GError           **error);
void              shortlist_cv_read_async      (GFile             *file,
                                                GCancellable      *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer           user_data);
ShortlistCvFacts *shortlist_cv_read_finish     (GAsyncResult      *result,
                                                GError           **error);

/* What filling a draft from a CV changed, to undo it */
typedef struct _ShortlistCvFill ShortlistCvFill;

ShortlistCvFill  *shortlist_cv_fill            (ShortlistCvFacts    *facts,
                                                KomboCandidateDraft *draft);
GStrv             shortlist_cv_fill_get_fields (ShortlistCvFill     *fill);
guint             shortlist_cv_fill_undo       (ShortlistCvFill     *fill,
                                                KomboCandidateDraft *draft);
void              shortlist_cv_fill_free       (ShortlistCvFill     *fill);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ShortlistCvFill, shortlist_cv_fill_free)

/* An Excel workbook's sheets, and the rows of the one read, each a GStrv of its cells */
typedef struct
{
  GStrv      sheets;
  GPtrArray *rows;
} ShortlistWorkbook;

void               shortlist_workbook_free (ShortlistWorkbook *workbook);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ShortlistWorkbook, shortlist_workbook_free)
void               shortlist_cv_read_sheet_async  (GFile              *file,
                                                   const char         *sheet,
                                                   GCancellable       *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer            user_data);
ShortlistWorkbook *shortlist_cv_read_sheet_finish (GAsyncResult       *result,
                                                   GError            **error);

G_END_DECLS
