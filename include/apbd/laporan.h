#ifndef APBD_LAPORAN_H
#define APBD_LAPORAN_H

/*
 * Report-shaped exports: the printed report of a finance system saved as
 * CSV, one file per SKPD. A block of labelled lines comes first
 *
 *   Judul,Realisasi Anggaran Pendapatan Belanja Daerah
 *   Daerah,Kabupaten Gunungkidul
 *   Tahun,2014
 *   Kode Organisasi,"1.01.01. - Dinas Pendidikan, Pemuda dan Olahraga"
 *
 * then a header (No. Rekening, Uraian, Jumlah | Sebelum, Sesudah, ... |
 * KODE REKENING; URAIAN; ANGGARAN; PENJELASAN) and a tree in which the
 * SKPD, program, kegiatan and every account level are rows, each with a
 * code joining urusan.bidang of the program, the organisation, program,
 * kegiatan and account (Permendagri 13/2006):
 *
 *   1.01 . 1.01.01 . 01 . 02 . 5.2.2      urusan . organisasi . program . kegiatan . akun
 *
 * This module reads such a file into its rows, splits every code, and
 * checks the tree: each inner row against the rows under it, to the sen,
 * and the file's own total rows against the lines that are kept.
 */

#include <stddef.h>
#include <stdint.h>

#include "apbd/arena.h"
#include "apbd/codes.h"
#include "apbd/import.h"

struct apbd_charts;
struct apbd_report;

enum apbd_doc_type {
    APBD_DOC_UNKNOWN = 0,
    APBD_DOC_PENJABARAN,            /* the approved budget */
    APBD_DOC_PENJABARAN_PERUBAHAN,  /* the budget before and after revision */
    APBD_DOC_REALISASI,             /* budget and realization */
    APBD_DOC_APBDES                 /* a village's budget: not the pemda's */
};

/*
 * A joined code, split. Parts the code stops before are "". Printouts of
 * the SIPD era (Permendagri 90/2019) join an SKPD code of eight parts, the
 * sub kegiatan's urusan.bidang.program.kegiatan.sub and the account:
 *
 *   1.02.0.00.0.00.01.0000 . 1.02 . 02 . 2.01 . 0001 . 5.1.02.01.01.0024
 *
 * and rows outside the programs the SKPD and the account alone.
 */
struct apbd_joined {
    char urusan[16];                /* urusan.bidang of the program: "1.18" */
    char org[32];                   /* the organisation: "1.01.01" */
    char program[8], kegiatan[16];  /* "00" for rows outside any program;
                                     * a 90/2019 kegiatan is "2.01" */
    char sub[8];                    /* 90/2019 sub kegiatan: "0001"; else "" */
    char akun[APBD_CODE_MAX];       /* "5.2.2" */
    int empty_parts;                /* ".." was read as "." (a typing slip) */
    int sipd;                       /* a 90/2019 code */
    int undotted;                   /* printed without dots: "115  11501  0101  5220104" */
};

/*
 * Split s[0..len) written dotted with or without a trailing dot, or with
 * spaces around the dots: "1.01.1.01.01.01.01.5.2.2.",
 * "1.15 . 1.15.01 . 00 . 00 . 5 . 1 . 1 . 01", "1.02.01". An empty part
 * ("5.2..3") is skipped and counted in empty_parts. Returns 0, or -1 with
 * *bad_col (1-based, in s) where it stops being a code.
 */
int apbd_joined_split(const char *s, size_t len, struct apbd_joined *out, unsigned *bad_col);

enum apbd_row_kind { APBD_ROW_ORG, APBD_ROW_SECTION, APBD_ROW_PROGRAM, APBD_ROW_KEGIATAN,
                     APBD_ROW_SUB, APBD_ROW_AKUN, APBD_ROW_TOTAL };

struct apbd_laporan_row {
    enum apbd_row_kind kind;
    struct apbd_joined code;
    const char *uraian;
    int64_t a, b;                   /* first and second amount (see apbd_laporan) */
    unsigned line, col_a, col_b;
    int leaf;                       /* kept as a budget line */
    int dropped;                    /* a repeat, or a total filed under a wrong code */
    int top;                        /* one of the file's own totals (the legal figures) */
    unsigned blank;                 /* bit 0, 1: the first, second amount's cell is empty */
    int64_t sum_a, sum_b;           /* of the lines under it (not for leaves) */
};

struct apbd_laporan {
    const char *path;
    /* the labelled block */
    char judul[256], daerah[128], kode_organisasi[32], nama_organisasi[160];
    unsigned kode_organisasi_line;
    int kolom;                      /* the heading's Kolom: how many columns it prints */
    int accounts_only;              /* a Ringkasan by account of the whole pemda */
    unsigned heading_akun, heading_akun_line;   /* program/kegiatan rows coded with 5.2 */
    int header_from_kolom;          /* no header row: the columns by Kolom */
    unsigned org_matched;           /* rows coded to kode_organisasi */
    char kode_organisasi_heading[32];   /* as the heading wrote it, when the rows say otherwise */
    int tahun;
    unsigned tahun_line;
    enum apbd_doc_type type;
    int type_from_columns;          /* the Judul named none; said in a note */
    enum apbd_chart chart;          /* the one its codes are written in */
    int two_amounts;                /* a, b = anggaran, realisasi (realisasi) or
                                     * murni, anggaran (perubahan); else a = anggaran */
    struct apbd_laporan_row *rows;  /* in file order */
    size_t count, cap;
    size_t leaves;
    unsigned too_many;              /* rows past the limit */
    unsigned bad_codes;             /* account codes not in the chart (errors) */
    int64_t total_a, total_b;       /* of the belanja leaves */
    unsigned amounts_mended;        /* figures read from around stray text */
    unsigned amount_text_line;      /* the first with words after it */
    unsigned accrual_rows;          /* rows of akun 7, 8, 9 (LO), left out */
    unsigned accrual_line;
    unsigned uraian_unsplit;        /* rows whose uraian held the delimiter */
    unsigned uraian_unsplit_line;
    unsigned top_mismatches;        /* top rows the lines do not add up to (errors) */
    unsigned sub_mismatches;        /* lower rows that disagree (warnings) */
    struct apbd_accepted *accepted;     /* differences accepted (selisih.h) */
    size_t naccepted;
    struct apbd_selisih *accept;
    struct apbd_laporan_row codeless;   /* the first row with an amount but no code */
    unsigned codeless_line;             /* its line; 0 when there is none */
    struct apbd_arena arena;
};

/* "Penjabaran APBD (anggaran)", in language lang (0 Indonesian, 1 English). */
const char *apbd_doc_type_name(enum apbd_doc_type t, int lang);

/* Does the file at path start like a report (a "Judul" line first)? */
int apbd_laporan_sniff(const char *path);

/* Read and check path. An enum apbd_status; what it found is reported as
 * notes, every problem with FILE:LINE:COL. The account codes are checked
 * against the chart they are written in (from charts; NULL: unchecked).
 * A top row the lines do not add up to is an error unless accept (may be
 * NULL) accepts that difference; accepted ones are kept in accepted[]. */
struct apbd_selisih;
int apbd_laporan_read(struct apbd_laporan *l, const char *path, struct apbd_charts *charts,
                      struct apbd_selisih *accept, struct apbd_report *rep);

struct apbd_table;

/* The SKPD of a Ringkasan by account of the whole pemda, which names none. */
#define APBD_ALL_SKPD "0.00.00"
#define APBD_ALL_SKPD_NAME "Seluruh SKPD"

/* The uraian of a line a report gives only at program or kegiatan level. */
#define APBD_NOT_DETAILED "tidak dirinci per rekening"

/*
 * The lines of l appended to t: one per leaf, in file order, its codes in
 * the canonical spelling of l's chart (13/2006: the kegiatan code
 * urusan.bidang.program.kegiatan in place of the sub kegiatan). The amounts
 * by document type: Realisasi anggaran and realisasi; Penjabaran anggaran;
 * Penjabaran Perubahan murni and anggaran. Every line's file is file_index
 * of t. APBD_OK, or APBD_EDATA after reporting a code that has no
 * canonical form.
 */
int apbd_laporan_lines(const struct apbd_laporan *l, struct apbd_table *t, uint16_t file_index,
                       struct apbd_report *rep);
void apbd_laporan_release(struct apbd_laporan *l);

#endif
