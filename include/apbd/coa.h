#ifndef APBD_COA_H
#define APBD_COA_H

/*
 * The chart of accounts (bagan akun standar): names of the upper levels of
 * account codes (akun, kelompok, jenis, and objek where known), shipped as
 * data in data/coa/ and loaded at run time. Deeper levels that the chart
 * does not list are accepted with the export's own uraian.
 *
 * The loaded chart owns its strings; release it with apbd_coa_release().
 */

#include <stddef.h>

#include "apbd/arena.h"
#include "apbd/codes.h"
#include "apbd/status.h"

struct apbd_report;

struct apbd_coa_entry {
    const char *kode;       /* canonical, e.g. "5.1.02" */
    const char *nama;
    int level;              /* 1 akun, 2 kelompok, 3 jenis, 4 objek, ... */
};

struct apbd_coa {
    const char *name;       /* "Permendagri 90/2019" */
    struct apbd_coa_entry *entries;     /* sorted by kode */
    size_t count;
    struct apbd_arena arena;
};

/* Load data/coa/<file> (found through apbd_data_path()). Problems in the
 * data file are reported like any input's. */
int apbd_coa_load(struct apbd_coa *coa, const char *file, const char *name,
                  struct apbd_report *rep);
void apbd_coa_release(struct apbd_coa *coa);

const struct apbd_coa_entry *apbd_coa_find(const struct apbd_coa *coa,
                                           const char *kode, size_t len);

/* The known code of the same level nearest to kode[0..len): a sibling under
 * the same parent with the closest number, else the nearest at that level. */
const struct apbd_coa_entry *apbd_coa_nearest(const struct apbd_coa *coa,
                                              const char *kode, size_t len);

/* ------------------------------------------------ the chart of a year */

/* "Permendagri 13/2006" */
const char *apbd_chart_name(enum apbd_chart c);

/* The chart a year follows unless pemda.ini says otherwise: 13/2006 up
 * to the 2020 budget, 90/2019 from 2021, the year it took effect. */
enum apbd_chart apbd_chart_of_year(int year);

/* "13/2006", "90/2019" (with or without "Permendagri "); 0, or -1. */
int apbd_chart_parse(const char *s, enum apbd_chart *out);

/* Both charts, each loaded the first time a year asks for it. */
struct apbd_charts {
    struct apbd_coa coa[APBD_CHART_COUNT];
    int tried[APBD_CHART_COUNT];
};

/* The chart c, or NULL when its data file could not be loaded (reported). */
const struct apbd_coa *apbd_charts_get(struct apbd_charts *ch, enum apbd_chart c,
                                       struct apbd_report *rep);
void apbd_charts_release(struct apbd_charts *ch);

/* Name of a level in Indonesian ("akun", "kelompok", "jenis", ...). */
const char *apbd_coa_level_name(int level);

/*
 * Path of a data file: $APBD_DATA/rel, else next to the binary (an
 * uninstalled build: <bindir>/data/rel), else the install prefix
 * (<bindir>/../share/apbd/rel). Returns 0 and fills buf, or -1.
 */
int apbd_data_path(char *buf, size_t size, const char *rel);

#endif
