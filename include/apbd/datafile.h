#ifndef APBD_DATAFILE_H
#define APBD_DATAFILE_H

/*
 * Small CSV data files shipped in data/ (indicator mappings, pace bands):
 * read whole with libcsv into rows of strings, the header row first. The
 * table owns its strings; apbd_datafile_release() frees them.
 */

#include <stddef.h>

#include "apbd/arena.h"

struct apbd_report;

struct apbd_datafile {
    char path[512];
    const char ***rows;         /* rows[r][c]; missing cells are "" */
    size_t nrows, ncols;        /* ncols: the header's */
    struct apbd_arena arena;
};

/* Load data/<rel>. APBD_OK, or APBD_EIO after reporting. */
int apbd_datafile_load(struct apbd_datafile *d, const char *rel, struct apbd_report *rep);
/* The same from a path of its own (site-gen/ files). */
int apbd_datafile_load_path(struct apbd_datafile *d, const char *path, struct apbd_report *rep);
void apbd_datafile_release(struct apbd_datafile *d);

/* Column index of a header name, or -1. */
int apbd_datafile_col(const struct apbd_datafile *d, const char *name);

#endif
