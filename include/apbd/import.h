#ifndef APBD_IMPORT_H
#define APBD_IMPORT_H

/*
 * Reading one monthly export into budget lines.
 *
 * An export is streamed: the file is read once to decide its encoding, then
 * once more line by line, and only the decoded lines are kept (strings that
 * repeat, such as SKPD and account names, once). What the importer decides
 * (encoding, delimiter, header, number style, columns, normalised codes,
 * subtotals) is reported as notes; every problem as an error or warning
 * with FILE:LINE:COL and a hint.
 *
 * Subtotal rows (a row whose account code is extended by other rows of the
 * same SKPD and sub kegiatan, or a row labelled Jumlah/Total) are checked
 * against the sum of their lines to the sen and dropped: the table holds
 * detail lines only, in file order.
 *
 * The table owns its lines and strings; apbd_table_release() frees them.
 */

#include <stdint.h>
#include <stdio.h>

#include "apbd/arena.h"
#include "apbd/codes.h"
#include "apbd/decode.h"
#include "apbd/money.h"

struct apbd_coa;
struct apbd_report;

struct apbd_line {
    const char *kode_skpd, *nama_skpd;
    const char *nama_program, *nama_kegiatan;
    const char *kode_sub_kegiatan, *nama_sub_kegiatan;  /* "" for pendapatan/pembiayaan */
    const char *kode_rekening, *uraian, *sumber_dana;
    const char *kode_sub_unit, *nama_sub_unit;  /* "" where the export has none, or the
                                                 * unit is the SKPD itself */
    int64_t anggaran_sen;
    int64_t anggaran_murni_sen;     /* = anggaran_sen unless the export has both */
    int64_t realisasi_sen;          /* cumulative to the end of the month */
    uint32_t lineno;                /* where it starts in the file */
    uint16_t col_anggaran, col_realisasi;   /* for messages; 0 unknown */
    int16_t fisik;                  /* physical progress of its sub kegiatan, in
                                     * hundredths of a percent; -1 not given */
    uint16_t col_fisik;
    uint16_t file;                  /* of a period's files (apbd_line_file) */
};

/* A difference between an export's own total and its lines that the
 * finance office accepted (selisih.h), shown beside the figures. */
struct apbd_accepted {
    const char *file;               /* the export's name */
    unsigned line;                  /* of its total row */
    const char *kode, *uraian;      /* the total row's */
    const char *kolom;              /* which amount: anggaran, realisasi, anggaran murni */
    int64_t tertulis_sen, jumlah_sen;
    const char *alasan;
};

struct apbd_table {
    const char *path;               /* as given; not owned */
    const char **files;             /* a period of several files: each one's path
                                     * (owned), lines' file indexes into it */
    size_t nfiles;
    unsigned reports;               /* of them report-shaped (a year's document,
                                     * not a month of the finance system) */
    char period[8];                 /* "2024-07" from the file name; "" if none */
    struct apbd_line *lines;
    size_t count, cap;
    int has_murni;                  /* the export had an original-budget column */
    int has_program_names;
    int has_fisik;                  /* a realisasi_fisik column (or file) gave progress */
    int has_sub_unit;               /* a KODE SUB UNIT column named units under an SKPD */
    enum apbd_chart chart;          /* the chart its codes follow; with 13/2006,
                                     * kode_sub_kegiatan holds the kegiatan */
    /* what the importer decided */
    enum apbd_encoding encoding;
    char delimiter;
    int crlf;
    unsigned header_line;
    enum apbd_numstyle numstyle;
    size_t subtotals;               /* subtotal rows checked and dropped */
    struct apbd_accepted *accepted; /* in file order; strings in pool */
    size_t naccepted;
    struct apbd_arena arena;
    struct apbd_strpool pool;
};

struct apbd_import_opts {
    const struct apbd_coa *coa;     /* chart to check akun/kelompok/jenis; may be NULL */
    enum apbd_chart chart;          /* the shapes of its codes */
};

void apbd_table_init(struct apbd_table *t);

/* Append l, its strings interned into t (they may be another table's). */
void apbd_table_add(struct apbd_table *t, const struct apbd_line *l);

/* Append a, its strings interned into t. */
void apbd_table_add_accepted(struct apbd_table *t, const struct apbd_accepted *a);

/* Record path as one of t's files (copied); its index. */
uint16_t apbd_table_add_file(struct apbd_table *t, const char *path);

/*
 * A line's key, in order: SKPD, sub kegiatan, account, sumber dana. Lines
 * compared by the first `depth` parts of it (APBD_KEY_*).
 */
enum { APBD_KEY_SKPD = 1, APBD_KEY_SUB, APBD_KEY_REKENING, APBD_KEY_FULL };
int apbd_line_key_cmp(const struct apbd_line *a, const struct apbd_line *b, int depth);

/* The indexes of t's lines ordered by the first depth parts of their key,
 * lines of one key in table order. The caller frees it. */
size_t *apbd_table_order(const struct apbd_table *t, int depth);

/* The file line l was read from, for messages. */
const char *apbd_line_file(const struct apbd_table *t, const struct apbd_line *l);
void apbd_table_release(struct apbd_table *t);

/*
 * Import path into t (initialised). Returns APBD_OK (warnings possibly
 * reported), APBD_EDATA when an error was reported (t then holds the lines
 * that were read), or APBD_EIO when the file cannot be read.
 */
int apbd_import_file(struct apbd_table *t, const char *path,
                     const struct apbd_import_opts *o, struct apbd_report *rep);

/* The same from an open, seekable stream; name is used in messages. */
int apbd_import_stream(struct apbd_table *t, FILE *f, const char *name,
                       const struct apbd_import_opts *o, struct apbd_report *rep);

/* "YYYY-MM" from a name like ".../2024-07.csv" (or a folder "2024-07")
 * into out; "YYYY-00" from "2024-apbd", the approved budget before any
 * realization. 0, or -1 if none. */
int apbd_period_from_name(const char *path, char out[8]);

/* "YYYY-MM" named in text such as "Posisi s.d. 31 Juli 2024"; 0 or -1.
 * *col is the 1-based character column of the month name. */
int apbd_period_in_text(const char *text, size_t len, char out[8], unsigned *col);

#endif
