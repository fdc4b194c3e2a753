#ifndef APBD_KAS_H
#define APBD_KAS_H

/*
 * The anggaran kas: each SKPD's planned cash per month, from
 * budgets/<year>/anggaran-kas.csv. A plan is given per SKPD, per sub
 * kegiatan or per account line (one level per SKPD), in either of the two
 * shapes finance systems export, both detected from the header:
 *
 *   wide   kode_skpd[,kode_sub_kegiatan[,kode_rekening]][,tahap],januari,...,desember
 *   long   kode_skpd[,kode_sub_kegiatan[,kode_rekening]][,tahap],bulan,anggaran_kas
 *
 * Amounts are each month's own (not cumulative). tahap is "murni" (the
 * default) or "perubahan": the plan revised with the APBD-Perubahan. Rows
 * of one target (and month) add up. The plan covers belanja.
 */

#include <stddef.h>
#include <stdint.h>

#include "apbd/arena.h"

struct apbd_month;
struct apbd_report;

enum apbd_kas_level { APBD_KAS_SKPD = 1, APBD_KAS_SUB, APBD_KAS_REKENING };

struct apbd_kas_target {
    const char *kode_skpd, *kode_sub_kegiatan, *kode_rekening;  /* "" when not given */
    enum apbd_kas_level level;
    int perubahan;              /* 1: the revised plan */
    int64_t bulan[12];          /* sen planned in each month */
    unsigned line;              /* its first row */
};

struct apbd_kas {
    char path[512];
    int wide;                   /* the shape it came in */
    struct apbd_kas_target *items;  /* sorted by codes, murni before perubahan */
    size_t count;
    struct apbd_arena arena;
};

/* Read path (a missing file is an empty plan). An enum apbd_status; every
 * problem reported with file, line and column. */
int apbd_kas_load(struct apbd_kas *k, const char *path, struct apbd_report *rep);
void apbd_kas_release(struct apbd_kas *k);

/* The sum of a plan's first `months` months. */
int64_t apbd_kas_to(const int64_t *bulan, int months);

/*
 * Put the plan on month m's organisation nodes (node->kas: twelve monthly
 * amounts, summed up the tree to the root) and, for plans per account
 * line, on the first line of each planned key (line_kas[i], cumulative to
 * the month; INT64_MIN where none; NULL when there are no such plans;
 * malloc'd). Checks every target against the month's anggaran: a plan
 * that does not sum to it is a warning saying by how much, and a budget
 * revised by the APBD-Perubahan with no revised plan is flagged.
 */
int apbd_kas_apply(const struct apbd_kas *k, struct apbd_month *m, int64_t **line_kas,
                   struct apbd_report *rep);

#endif
