#ifndef APBD_SUBTOTAL_H
#define APBD_SUBTOTAL_H

/*
 * Subtotal rows of an export. A row is a subtotal when its account code is
 * extended by other rows of the same SKPD and sub kegiatan (5.1.02 above
 * 5.1.02.01.01.0024), or when it is labelled Jumlah/Total. Each is checked
 * against the sum of the detail lines it covers, to the sen, and removed
 * from the table, so nothing is counted twice.
 */

#include <stddef.h>
#include <stdint.h>

#include "apbd/import.h"

/* A row labelled Jumlah/Total: its scope is given by the codes it has. */
struct apbd_label_row {
    const char *kode_skpd;          /* "" : the whole file */
    const char *kode_sub_kegiatan;  /* "" : the whole SKPD */
    const char *label;
    int64_t anggaran_sen, realisasi_sen;
    uint32_t lineno;
    uint16_t col_anggaran, col_realisasi;
    const char *text;               /* the row as in the file, for the excerpt */
};

/*
 * Find, check and drop subtotal rows in t. texts[i] is the source text of
 * t->lines[i] when that row may be a subtotal (a short account code), else
 * NULL. Returns the number of subtotal rows that did not match (each
 * reported as an error).
 */
size_t apbd_subtotals_resolve(struct apbd_table *t, const char **texts,
                              const struct apbd_label_row *labels, size_t nlabels,
                              struct apbd_report *rep);

#endif
