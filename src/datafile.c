/* datafile.c: small CSV data files from data/. */
#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "apbd/coa.h"
#include "apbd/datafile.h"
#include "apbd/report.h"
#include "apbd/status.h"

struct loader {
    struct apbd_datafile *d;
    const char **fields;
    size_t nfields, cap, rows_cap;
};

static void on_field(void *s, size_t len, void *data)
{
    struct loader *l = data;
    if (l->nfields == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->fields = apbd_xrealloc(l->fields, l->cap * sizeof(*l->fields));
    }
    l->fields[l->nfields++] = apbd_arena_strndup(&l->d->arena, s, len);
}

static void on_record(int c, void *data)
{
    (void)c;
    struct loader *l = data;
    struct apbd_datafile *d = l->d;
    if (d->nrows == 0)
        d->ncols = l->nfields;
    if (d->nrows == l->rows_cap) {
        l->rows_cap = l->rows_cap ? l->rows_cap * 2 : 64;
        d->rows = apbd_xrealloc(d->rows, l->rows_cap * sizeof(*d->rows));
    }
    const char **row = apbd_arena_alloc(&d->arena, (d->ncols ? d->ncols : 1) * sizeof(*row));
    for (size_t i = 0; i < d->ncols; i++)
        row[i] = i < l->nfields ? l->fields[i] : "";
    d->rows[d->nrows++] = row;
    l->nfields = 0;
}

int apbd_datafile_load(struct apbd_datafile *d, const char *rel, struct apbd_report *rep)
{
    char path[sizeof(d->path)];
    if (apbd_data_path(path, sizeof(path), rel) != 0) {
        memset(d, 0, sizeof(*d));
        apbd_arena_init(&d->arena);
        struct apbd_loc loc = { rel, 0, 0, NULL, 0, NULL };
        apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc,
                    "data file not found; set APBD_DATA to the data directory", NULL);
        return APBD_EIO;
    }
    return apbd_datafile_load_path(d, path, rep);
}

int apbd_datafile_load_path(struct apbd_datafile *d, const char *path, struct apbd_report *rep)
{
    memset(d, 0, sizeof(*d));
    apbd_arena_init(&d->arena);
    snprintf(d->path, sizeof(d->path), "%s", path);
    struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
    FILE *f = fopen(d->path, "rb");
    if (!f) {
        loc.file = d->path;
        apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(errno), NULL);
        return APBD_EIO;
    }
    struct csv_parser p;
    struct loader l = { .d = d };
    csv_init(&p, 0);
    char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
        csv_parse(&p, buf, n, on_field, on_record, &l);
    csv_fini(&p, on_field, on_record, &l);
    csv_free(&p);
    free(l.fields);
    fclose(f);
    return APBD_OK;
}

void apbd_datafile_release(struct apbd_datafile *d)
{
    free(d->rows);
    apbd_arena_release(&d->arena);
    memset(d, 0, sizeof(*d));
}

int apbd_datafile_col(const struct apbd_datafile *d, const char *name)
{
    for (size_t i = 0; d->nrows && i < d->ncols; i++)
        if (strcmp(d->rows[0][i], name) == 0)
            return (int)i;
    return -1;
}
