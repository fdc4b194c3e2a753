#ifndef APBD_SHEET_H
#define APBD_SHEET_H

/*
 * The small side inputs of a year (anggaran kas, realisasi fisik) read as
 * tolerantly as the exports: encoding sniffed (UTF-8 with or without BOM,
 * Windows-1252), the header found among the first lines with whichever
 * delimiter (, ; TAB |) makes it name the columns the caller wants, then
 * each record parsed by libcsv and handed over with every field's line and
 * column for messages. Numbers follow the file's one style, decided by the
 * first amount that can only be read one way.
 *
 * A workbook (.xlsx, told by its content) is read the same way through
 * xlsx.c: the one sheet whose first 50 rows hold the header, number cells
 * in sen, and messages naming the cell ('Sheet 1'!C7) with its value.
 */

#include <stddef.h>
#include <stdint.h>

#include "apbd/decode.h"
#include "apbd/money.h"
#include "apbd/report.h"

struct apbd_sheet_field {
    const char *s;              /* trimmed; not NUL-terminated */
    size_t len;
    unsigned line, col;         /* where it starts, 1-based (a workbook: row, column) */
    int number;                 /* a workbook's number cell, as sen text "123.45" */
};

struct apbd_sheet {
    const char *name;           /* for messages */
    struct apbd_report *rep;
    char delimiter;
    enum apbd_encoding encoding;
    unsigned header_line;
    /* the record being handed over */
    struct apbd_sheet_field *f;
    size_t nf;
    const char *text;           /* its first physical line, for excerpts */
    size_t text_len;
    unsigned line;
    /* numbers */
    enum apbd_numstyle style;
    unsigned style_line;
    int failed;                 /* an error was reported */
    int header_is_record;       /* set by header(): the line it took is a record too */
    const char *sheet;          /* a workbook's sheet read; NULL in a text file */
    char cell[300];             /* "'Sheet 1'!C7" for the message being made */
    void *impl;
};

/*
 * header(): how many of the caller's columns the record names (it may keep
 * their positions); the first line scoring `need` or more is the header.
 * record(): each later non-blank record. Both get ctx.
 */
struct apbd_sheet_reader {
    int (*header)(struct apbd_sheet *sh, void *ctx);
    void (*record)(struct apbd_sheet *sh, void *ctx);
    int need;
    void *ctx;
    enum apbd_msg no_header;    /* reported when no line scores `need` */
};

/* Read path. APBD_OK, APBD_EDATA when an error was reported (records are
 * still handed over), APBD_EIO when it cannot be read. */
int apbd_sheet_read(const char *path, const struct apbd_sheet_reader *r, struct apbd_report *rep);

/* Where the side input stem ("budgets/2025/anggaran-kas") is: stem.xlsx
 * when only that is there, else stem.csv (which may be missing). Reading
 * a .csv that has a .xlsx beside it is an error: one of the two is stale. */
void apbd_sheet_path(const char *stem, char *out, size_t size);

/* Field k of the record (empty when the record is shorter). */
struct apbd_sheet_field apbd_sheet_get(const struct apbd_sheet *sh, int k);

/* Report msg at field k of the record (k < 0: the record's line). */
void apbd_sheet_report(struct apbd_sheet *sh, enum apbd_severity sev, enum apbd_msg msg, int k,
                       const char *a1, const char *a2, const char *a3);
/* The same at offset characters into field k (where a value goes wrong). */
void apbd_sheet_report_at(struct apbd_sheet *sh, enum apbd_severity sev, enum apbd_msg msg, int k,
                          unsigned offset, const char *a1, const char *a2, const char *a3);

/* Amount in field k into *sen (0 when empty), in the file's style;
 * 0, or -1 after reporting what is wrong with it (colname names it). */
int apbd_sheet_amount(struct apbd_sheet *sh, int k, const char *colname, int64_t *sen);

/* A code in field k, normalised (shape NULL: SKPD codes); 0, or -1 after
 * reporting msg. */
struct apbd_code_shape;
int apbd_sheet_code(struct apbd_sheet *sh, int k, const struct apbd_code_shape *shape,
                    enum apbd_msg msg, char out[64]);

#endif
