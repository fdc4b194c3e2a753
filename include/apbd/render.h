#ifndef APBD_RENDER_H
#define APBD_RENDER_H

/*
 * The downloads of one month, from what compute made. Renderers format and
 * escape; they never compute anything but a ratio's rounding and a
 * difference of two amounts (sisa) they are given.
 *
 *   render_csv.c   apbd-<year>-<month>.csv and the year's long CSV
 *   render_json.c  apbd-<year>-<month>.json (streamed: memory does not grow
 *                  with the lines)
 *   render_xlsx.c  apbd-<year>-<month>.xlsx (libxlsxwriter)
 *   render_meta.c  data/datapackage.json and data/schema/
 */

#include <stdio.h>
#include <time.h>

#include "apbd/compute.h"
#include "apbd/config.h"
#include "apbd/model.h"

struct apbd_source {
    const char *name;           /* as archived, e.g. "2024/2024-07.csv" */
    char sha256[65];
};

struct apbd_render_ctx {
    const struct apbd_pemda *pemda;
    const struct apbd_month *month;
    const struct apbd_lra *lra;
    const struct apbd_changes *changes;     /* NULL: no previous month to compare */
    const struct apbd_changes *corrected;   /* against this month's earlier publication; or NULL */
    const struct apbd_catatan *catatan;     /* the finance office's notes; NULL or empty: none */
    const int64_t *line_kas;                /* per line: planned to the month (anggaran
                                             * kas per account line), INT64_MIN none; or NULL */
    const struct apbd_indicators *indicators;
    int expected_pace;                      /* percent of belanja by now; -1 unknown */
    const char *pubdate;                    /* "YYYY-MM-DD", the pemda's date */
    time_t pubtime;                         /* that date, 00:00 in the pemda's zone */
    const struct apbd_source *sources;
    size_t nsources;
};

/* The CSV's columns, fixed: later columns are only ever appended. */
extern const char apbd_csv_header[];

int apbd_render_csv(const struct apbd_render_ctx *c, FILE *out);
/* The month's rows with its period first, for data/apbd-<year>.csv. */
int apbd_render_csv_long_header(FILE *out);
int apbd_render_csv_long_rows(const struct apbd_render_ctx *c, FILE *out);

/* The lines as canonical input CSV (what `apbd lines` prints and sumber/
 * archives): it imports back to exactly the same lines. */
int apbd_render_lines_csv(const struct apbd_table *t, FILE *out);

int apbd_render_json(const struct apbd_render_ctx *c, FILE *out);

/* Returns 0, or -1 with a message in err. */
int apbd_render_xlsx(const struct apbd_render_ctx *c, const char *path, char *err, size_t errsize);

/* Schema version of the JSON; bump on any change to its shape. */
#define APBD_JSON_SCHEMA_VERSION "1.4"

#endif
