#ifndef APBD_REPORT_H
#define APBD_REPORT_H

/*
 * Diagnostics for people: every problem in an input is reported as
 *
 *   FILE:LINE:COL: error: MESSAGE
 *      14 | the line as it is in the file
 *         |         ^
 *     hint: how to fix it
 *
 * or, in a workbook, FILE:'SHEET'!CELL: with the cell's value for the line.
 *
 * in Indonesian or English. Messages live in one catalogue (messages.c),
 * each with its hint, so a call site names a message and gives its values.
 * Past the first ten of one kind in one file, further ones are counted and
 * summarised when the file ends, so a real file's output stays readable.
 *
 * The report owns no input memory: locations and texts are copied out as
 * they are printed.
 */

#include <stdio.h>

#include "apbd/messages.h"

enum apbd_lang { APBD_LANG_ID = 0, APBD_LANG_EN = 1 };

enum apbd_severity { APBD_NOTE, APBD_WARNING, APBD_ERROR };

struct apbd_loc {
    const char *file;
    unsigned line;          /* 1-based; 0 when the file as a whole */
    unsigned col;           /* 1-based, in characters; 0 when unknown */
    const char *text;       /* the source line (UTF-8), for the excerpt; may be NULL */
    size_t text_len;
    const char *cell;       /* a workbook's "'Sheet 1'!W523": shown for line and column,
                             * the excerpt then the cell's value; NULL in a text file */
};

#define APBD_REPORT_SHOWN_PER_KIND 10

struct apbd_report {
    FILE *out;              /* NULL: count only, print nothing */
    enum apbd_lang lang;
    enum apbd_severity min_shown;       /* APBD_WARNING hides notes (--quiet) */
    int every;                          /* show every message, not only the first
                                         * APBD_REPORT_SHOWN_PER_KIND of a kind (--verbose) */
    unsigned errors, warnings;          /* since init */
    unsigned file_errors, file_warnings;
    const char *file;                   /* the file being reported, if any */
    unsigned shown[APBD_MSG_COUNT];
    unsigned hidden[APBD_MSG_COUNT];
    unsigned char hidden_severity[APBD_MSG_COUNT];
};

void apbd_report_init(struct apbd_report *r, FILE *out, enum apbd_lang lang);

/* Start and end the diagnostics of one file; end prints the summaries. */
void apbd_report_begin_file(struct apbd_report *r, const char *file);
void apbd_report_end_file(struct apbd_report *r);

/*
 * Report message msg at loc. The arguments are strings, ended by NULL; the
 * catalogue's texts and hints place them as {1}, {2}, ... in any order, so
 * each language words them its own way.
 */
void apbd_report(struct apbd_report *r, enum apbd_severity sev, enum apbd_msg msg,
                 const struct apbd_loc *loc, ...) __attribute__((sentinel));

/* The catalogue text of msg in the report's language (for plain output). */
const char *apbd_report_text(const struct apbd_report *r, enum apbd_msg msg);

/* Pick the language: --lang wins, then LANG/LC_ALL/LC_MESSAGES starting
 * with "en", else Indonesian. Returns -1 for an unknown --lang value. */
int apbd_lang_pick(const char *option, enum apbd_lang *lang);

#endif
