#ifndef APBD_META_H
#define APBD_META_H

/* data/datapackage.json: the Data Package describing the CSV downloads. */

#include <stdint.h>
#include <stdio.h>

struct apbd_pemda;

struct apbd_meta_file {
    char name[64];              /* resource name, "apbd-2024" */
    char path[512];             /* relative to data/, or an absolute URL */
    char sha256[65];            /* "" for a remote one */
    uint64_t bytes;
    int with_periode;           /* the long yearly table */
};

int apbd_render_datapackage(const struct apbd_pemda *p, const struct apbd_meta_file *files,
                            size_t nfiles, FILE *out);

#endif
