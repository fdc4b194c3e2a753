#ifndef APBD_COMPUTE_H
#define APBD_COMPUTE_H

/*
 * Numbers only: the LRA identities, changes against the previous month,
 * the indicators a watchdog checks, and the realization pace. Everything
 * here is integer sen with checked arithmetic; ratios are left as a
 * numerator and a denominator for the renderers to round once, half away
 * from zero, when they format them. Nothing here formats.
 */

#include <stdint.h>

#include "apbd/import.h"
#include "apbd/model.h"

struct apbd_report;

struct apbd_pair {
    int64_t anggaran, realisasi;
};

/* Laporan Realisasi Anggaran. SiLPA = surplus/defisit + pembiayaan netto. */
struct apbd_lra {
    struct apbd_pair pendapatan, belanja, surplus_defisit;
    struct apbd_pair penerimaan_pembiayaan, pengeluaran_pembiayaan, pembiayaan_netto, silpa;
};

/* The LRA of m; 0, or -1 when a difference overflows. */
int apbd_compute_lra(const struct apbd_month *m, struct apbd_lra *lra);

/* The LRA rows in order, for renderers: id ("pendapatan") and value. */
#define APBD_LRA_ROWS 7
const char *apbd_lra_row_id(int i);
const struct apbd_pair *apbd_lra_row(const struct apbd_lra *lra, int i);

/* Realization within the month: this month's cumulative less last month's.
 * 0 and -1 when it cannot be known (no previous month in a month > 1). */
int apbd_realisasi_bulan(const struct apbd_month *m, const struct apbd_sums *s,
                         int had_prev, int64_t *out);

/* ------------------------------------------------------------- changes */

enum apbd_change_kind {
    APBD_CHANGE_REVISION,       /* anggaran changed (APBD-Perubahan, pergeseran) */
    APBD_CHANGE_CORRECTION,     /* cumulative realisasi went down */
    APBD_CHANGE_NEW,            /* a line that was not there last month */
    APBD_CHANGE_REMOVED         /* a line that is gone */
};

/* Lines are matched by SKPD, sub kegiatan, account and sumber dana; lines of
 * one key are summed. `line` is the first line of the key in this month
 * (the previous month's for a removed one). */
struct apbd_change {
    enum apbd_change_kind kind;
    const struct apbd_line *line;
    int64_t anggaran_before, anggaran_after, realisasi_before, realisasi_after;
};

struct apbd_changes {
    struct apbd_change *items;      /* in key order */
    size_t count, cap;
};

void apbd_compute_changes(const struct apbd_table *cur, const struct apbd_table *prev,
                          struct apbd_changes *out);

/* The same against an earlier publication of the same month: every
 * difference counts, so a realisasi that changed either way is an
 * APBD_CHANGE_CORRECTION. */
void apbd_compute_corrections(const struct apbd_table *cur, const struct apbd_table *earlier,
                              struct apbd_changes *out);
void apbd_changes_release(struct apbd_changes *c);

/* ----------------------------------------------------------- indicators */

enum apbd_direction { APBD_AT_MOST, APBD_AT_LEAST, APBD_BENCHMARK };

/* One indicator from data/indikator.csv: numerator and denominator are sums
 * of terms "akun:PREFIX" (lines of that account) and "urusan:PREFIX"
 * (belanja lines of that urusan), each optionally subtracted with "-". */
struct apbd_indicator {
    const char *id, *nama, *name, *dasar_hukum, *catatan, *note;
    enum apbd_direction arah;
    int batas_persen;
    int estimasi;                   /* the mapping from codes is approximate */
    struct apbd_pair pembilang, penyebut;
};

struct apbd_indicators {
    struct apbd_indicator *items;
    size_t count;
    void *data;                     /* the loaded data file */
};

int apbd_compute_indicators(const struct apbd_table *t, struct apbd_indicators *out,
                            struct apbd_report *rep);
void apbd_indicators_release(struct apbd_indicators *ind);

/* Is the indicator's realized (or budgeted) share on the right side of its
 * threshold? From integers: num * 100 against batas * den. */
int apbd_indicator_met(const struct apbd_indicator *ind, int use_realisasi);

/* Expected cumulative belanja realization at the end of month (1..12),
 * percent, from data/laju.csv; -1 when unknown. */
int apbd_expected_pace(int month, struct apbd_report *rep);

#endif
