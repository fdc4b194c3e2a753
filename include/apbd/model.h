#ifndef APBD_MODEL_H
#define APBD_MODEL_H

/*
 * One month's lines rolled up into trees:
 *
 *   APBD_TREE_AKUN        akun > kelompok > jenis > objek > rincian > sub rincian
 *   APBD_TREE_ORG         SKPD > program > kegiatan > sub kegiatan (program and
 *                         kegiatan codes derive from the sub kegiatan code)
 *   APBD_TREE_DANA        sumber dana
 *   APBD_TREE_URUSAN      urusan > bidang urusan (from the sub kegiatan code)
 *   APBD_TREE_SKPD_JENIS  SKPD > akun > kelompok > jenis
 *
 * Every node keeps its sums per LRA class (pendapatan, belanja, penerimaan
 * and pengeluaran pembiayaan), so an office that both collects and spends
 * never mixes the two. Sums are checked; an overflow is reported by
 * apbd_model_build(). Children are sorted by code. The model formats
 * nothing and owns its nodes; the lines stay the table's.
 */

#include <stdint.h>

#include "apbd/arena.h"
#include "apbd/import.h"

struct apbd_coa;
struct apbd_report;

enum apbd_class {
    APBD_PENDAPATAN = 0,
    APBD_BELANJA,
    APBD_PEMBIAYAAN_MASUK,      /* penerimaan pembiayaan, 6.1 */
    APBD_PEMBIAYAAN_KELUAR,     /* pengeluaran pembiayaan, 6.2 */
    APBD_CLASS_COUNT
};

enum apbd_tree {
    APBD_TREE_AKUN = 0,
    APBD_TREE_ORG,
    APBD_TREE_DANA,
    APBD_TREE_URUSAN,
    APBD_TREE_SKPD_JENIS,
    APBD_TREE_COUNT
};

struct apbd_sums {
    int64_t anggaran, murni, realisasi;
    int64_t anggaran_prev, realisasi_prev;  /* last month's, when it had the node */
};

struct apbd_node {
    const char *key;            /* unique in its tree ("1.02.0.00.0.00.01.0000/1.02.02") */
    const char *kode;           /* as shown ("1.02.02") */
    const char *nama;
    int level;                  /* 1 at the top of its tree */
    int had_prev;               /* the previous month had this node */
    uint32_t nlines;
    struct apbd_sums s[APBD_CLASS_COUNT];
    int64_t *kas;               /* organisation tree: the belanja planned in each
                                 * month (anggaran kas), or NULL */
    int16_t fisik, fisik_prev;  /* sub kegiatan: physical progress in hundredths
                                 * of a percent, this and last month; -1 unknown */
    struct apbd_node *parent, *child, *next;
};

struct apbd_month {
    char period[8];
    int year, month;
    const struct apbd_table *table;
    int has_prev;                        /* compared with the previous month */
    struct apbd_node root[APBD_TREE_COUNT];     /* unnamed roots, level 0 */
    struct apbd_arena arena;
    struct apbd_strpool pool;
    /* key -> node, per tree (open addressing) */
    struct apbd_node **slots[APBD_TREE_COUNT];
    size_t nslots[APBD_TREE_COUNT], count[APBD_TREE_COUNT];
};

/* The class of an account code, or -1 when it is none (akun 6.3, ...). */
int apbd_class_of(const char *kode_rekening);

/*
 * Build m from t (period t->period). coa names the account levels it lists;
 * deeper levels take the name of a subtotal row or of their first line.
 * Returns APBD_OK, or APBD_EDATA after reporting an overflow.
 */
int apbd_model_build(struct apbd_month *m, const struct apbd_table *t,
                     const struct apbd_coa *coa, struct apbd_report *rep);

/* Fill every node's *_prev sums from prev, the month before in the same year. */
void apbd_model_link_previous(struct apbd_month *m, const struct apbd_month *prev);

void apbd_model_release(struct apbd_month *m);

struct apbd_node *apbd_model_find(const struct apbd_month *m, enum apbd_tree tree,
                                  const char *key);

/* In the organisation tree: is n where lines attach, a sub kegiatan (a
 * kegiatan in a 13/2006 year, which has no sub kegiatan)? */
int apbd_org_is_unit(const struct apbd_node *n);

/* The SKPD above n in the organisation tree (n itself at level 1). */
const struct apbd_node *apbd_org_skpd(const struct apbd_node *n);

/* Depth-first, parents before children, siblings in code order. */
struct apbd_node *apbd_node_next_preorder(const struct apbd_node *n, const struct apbd_node *root);

#endif
