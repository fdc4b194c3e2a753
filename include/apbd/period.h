#ifndef APBD_PERIOD_H
#define APBD_PERIOD_H

/*
 * Reading one period into a table, whatever shape the finance office has
 * it in: a flat export (import.c) or a report-shaped one (laporan.c), as
 * one file or as a folder of per-SKPD files that are merged. Each year's
 * codes follow a chart of accounts (pemda.ini's [bagan_akun], else the one
 * of its time); a report's own notation says which it is written in.
 */

#include "apbd/import.h"

struct apbd_charts;
struct apbd_pemda;
struct apbd_report;

struct apbd_period_opts {
    const struct apbd_pemda *pemda;     /* its [bagan_akun]; may be NULL */
    struct apbd_charts *charts;         /* loaded as years need them */
};

/*
 * Read the period at path (a file, or a folder whose .csv files are read in
 * name order and merged) into t, initialised. An SKPD found in two files
 * is an error naming both. Lines remember their file (apbd_line_file).
 * Returns like apbd_import_file().
 */
int apbd_period_load(struct apbd_table *t, const char *path, const struct apbd_period_opts *o,
                     struct apbd_report *rep);

/* Say which chart t's year follows and why (its year, pemda.ini, or its
 * reports' codes), as a note on t's path. */
void apbd_period_note_chart(const struct apbd_table *t, const struct apbd_pemda *pemda,
                            struct apbd_report *rep);

#endif
