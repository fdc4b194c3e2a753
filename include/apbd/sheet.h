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
 */

#include <stddef.h>
#include <stdint.h>

#include "apbd/decode.h"
#include "apbd/money.h"
#include "apbd/report.h"

struct apbd_sheet_field {
    const char *s;              /* trimmed; not NUL-terminated */
    size_t len;
    unsigned line, col;         /* where it starts, 1-based */
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
