#ifndef APBD_SELISIH_H
#define APBD_SELISIH_H

/*
 * Differences the finance office has accepted. An export's own top rows
 * (akun 4, 5 and 6, the organisation's row, JUMLAH) are the legal figures;
 * when the lines under them add up to something else, nothing is published
 * unless the office has checked the export and accepts that difference in
 * writing, in budgets/<year>/selisih-diterima.csv:
 *
 *   berkas,baris,tertulis,jumlah_baris,alasan
 *   1.01.01.csv,8,759243300538.61,759218096038.61,"typo in kegiatan 18.12, confirmed ..."
 *
 * one row per file, row and amount, naming both the written and the summed
 * amount, so that a changed export is checked again: an entry for a file
 * that no longer has that difference is an error. What was accepted is
 * shown beside the figures it affects (site, JSON, XLSX).
 *
 * The list owns its strings; apbd_selisih_release() frees them.
 */

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "apbd/arena.h"

struct apbd_report;

struct apbd_selisih_entry {
    const char *berkas;             /* a file name, as in budgets/ */
    unsigned baris;                 /* the top row's line in that file */
    int64_t tertulis_sen, jumlah_sen;
    const char *alasan;
    unsigned line;                  /* in selisih-diterima.csv */
    int used;
};

struct apbd_selisih {
    char path[1024];                /* "" when there is no such file */
    struct apbd_selisih_entry *items;
    size_t count;
    struct apbd_arena arena;
};

#define APBD_SELISIH_FILE "selisih-diterima.csv"

void apbd_selisih_init(struct apbd_selisih *s);

/* Read the acceptances of the year folder dir (dir/selisih-diterima.csv).
 * APBD_OK when there is none; APBD_EDATA after reporting a bad entry. */
int apbd_selisih_load(struct apbd_selisih *s, const char *dir, struct apbd_report *rep);

/* The entry accepting, in file (its name, without folders), at line, the
 * written amount against the summed one; marked used. NULL when none. */
struct apbd_selisih_entry *apbd_selisih_accepts(struct apbd_selisih *s, const char *file,
                                                unsigned line, int64_t written, int64_t summed);

/* Report every entry for file that accepted nothing: the export changed,
 * and its difference must be checked again. APBD_OK or APBD_EDATA. */
int apbd_selisih_check_unused(const struct apbd_selisih *s, const char *file,
                              struct apbd_report *rep);

void apbd_selisih_release(struct apbd_selisih *s);

/*
 * The differences accepted in a month, as applied, archived beside the
 * month's lines (sumber/2014/2014-12.selisih.csv for 2014-12.csv), so that
 * a rebuild from the archive shows them again. write: APBD_OK or APBD_EIO;
 * load_applied: those of export_path's archive added to t, APBD_OK when it
 * has none.
 */
struct apbd_table;
int apbd_selisih_write_applied(const struct apbd_table *t, FILE *f);
void apbd_selisih_applied_path(const char *export_path, char *out, size_t size);
int apbd_selisih_load_applied(struct apbd_table *t, const char *export_path,
                              struct apbd_report *rep);

/* file's name without its folders. */
const char *apbd_selisih_base(const char *file);

#endif
