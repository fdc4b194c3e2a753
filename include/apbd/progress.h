#ifndef APBD_PROGRESS_H
#define APBD_PROGRESS_H

/*
 * Plan and progress: realisasi against the anggaran kas to the month, and
 * financial against physical progress. Numbers only, from the model that
 * kas.c and the importer filled; renderers format.
 */

#include <stddef.h>
#include <stdint.h>

#include "apbd/model.h"

/* A node against its plan to the month. */
struct apbd_plan_row {
    const struct apbd_node *node;
    int64_t rencana;            /* anggaran kas, cumulative to the month */
    int64_t realisasi;          /* belanja, cumulative */
    int64_t selisih;            /* realisasi - rencana: below 0 is behind */
};

/* The plan of n to month (0 when n has none); 1 when n has one. */
int apbd_plan_of(const struct apbd_node *n, int month, struct apbd_plan_row *out);

/* Nodes at level (1: SKPD, 4: sub kegiatan) under m's organisation root
 * that have a plan, furthest behind it first: lowest realisasi as a share
 * of the plan, then the largest shortfall, then code. *out is malloc'd. */
size_t apbd_plan_ranking(const struct apbd_month *m, int level, struct apbd_plan_row **out);

/* A sub kegiatan's money against its work, both in hundredths of a percent. */
struct apbd_fisik_row {
    const struct apbd_node *node;
    int keuangan;               /* realisasi / anggaran of its belanja */
    int fisik;
    int selisih;                /* keuangan - fisik: above 0, paid ahead of the work */
};

/* Sub kegiatan with physical progress under root (an SKPD node, or m's
 * organisation root), the widest gap either way first. */
size_t apbd_fisik_gaps(const struct apbd_node *root, struct apbd_fisik_row **out);

/* realisasi / anggaran in hundredths of a percent, rounded half up; -1 when
 * there is no anggaran. */
int apbd_hundredths(int64_t num, int64_t den);

#endif
