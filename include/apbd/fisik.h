#ifndef APBD_FISIK_H
#define APBD_FISIK_H

/*
 * Realisasi fisik: how far the work of a sub kegiatan has come, in percent,
 * cumulative, as the pemda's physical-progress report gives it. It comes
 * either as a realisasi_fisik column of the monthly export (on every line
 * of the sub kegiatan) or in budgets/<year>/<year>-<month>-fisik.csv (or
 * .xlsx, a workbook with the same columns):
 *
 *   kode_skpd,kode_sub_kegiatan,realisasi_fisik
 *
 * Values are kept in hundredths of a percent (45,5% is 4550).
 */

#include <stddef.h>
#include <stdint.h>

#include "apbd/money.h"

struct apbd_catatan;
struct apbd_report;
struct apbd_table;

/* "45", "45,5", "45.50 %" in the file's number style into *out; an empty
 * cell gives -1. 0, or -1 when it is not a percent from 0 to 100. */
int apbd_fisik_parse(const char *s, size_t len, enum apbd_numstyle style, int16_t *out);

/* "45.5": plain, for CSV and JSON (buf of 16). */
char *apbd_fisik_format(char buf[16], int16_t hundredths);

/* The progress file of the export at export_path ("<dir>/<period>-fisik.csv",
 * or .xlsx when only that is there). */
void apbd_fisik_path(const char *export_path, const char *period, char *out, size_t size);

/* Read path (missing: nothing to do) onto the lines of t, every line of
 * each sub kegiatan it names. An enum apbd_status. */
int apbd_fisik_load(struct apbd_table *t, const char *path, struct apbd_report *rep);

/*
 * Lines of one sub kegiatan that give different values are an error;
 * progress below the previous month's (prev may be NULL) with no note
 * for the sub kegiatan or its SKPD in notes (may be NULL) is a warning.
 * Returns an enum apbd_status.
 */
int apbd_fisik_check(const struct apbd_table *t, const struct apbd_table *prev,
                     const struct apbd_catatan *notes, struct apbd_report *rep);

#endif
