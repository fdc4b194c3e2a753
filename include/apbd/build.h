#ifndef APBD_BUILD_H
#define APBD_BUILD_H

/*
 * The whole pipeline for a directory: every month of a budgets directory
 * (up to `until`) imported, made private, modelled, computed and rendered
 * into dir, with every input archived in dir/sumber/ so that the build can
 * be repeated from the archive alone (`apbd verify`). dir must exist and
 * be empty; the caller makes it and swaps it into place or commits it.
 */

#include <stddef.h>

#include "apbd/compute.h"
#include "apbd/config.h"
#include "apbd/pubdate.h"

struct apbd_report;

struct apbd_build_opts {
    const char *budgets;        /* budgets directory */
    const char *until;          /* "YYYY-MM": the last month to build; NULL for all */
    const char *date;           /* --date, or NULL (SOURCE_DATE_EPOCH, today) */
    /*
     * When each month was first published: the text of a tanggal-terbit.txt,
     * lines "YYYY-MM YYYY-MM-DD SHA256", the digest being that of the
     * month's archived source. A month whose archive still has that digest
     * keeps its date, so publishing a new month leaves earlier months'
     * files as they were; a corrected month gets the new date. NULL: read
     * <budgets>/tanggal-terbit.txt when there is one (a rebuild from an
     * archive), else every month gets the new date.
     */
    const char *dates;
    /*
     * The archive (sumber/) of the publication this one follows, or NULL.
     * A month whose export changed since (a correction) is compared with
     * its earlier version there, and its changes page says what was
     * corrected; the earlier version is archived in
     * sumber/terbitan-sebelumnya/ so a rebuild, and later publications,
     * show the same.
     */
    const char *previous;
};

/* An input as the finance office gave it. */
struct apbd_build_input {
    char name[256];             /* below the budgets directory: "2024/2024-07.csv" */
    char sha256[65];
};

struct apbd_build_result {
    struct apbd_pemda pemda;            /* owned; apbd_build_result_release() */
    struct apbd_pubdate date;
    char first[8], latest[8];
    size_t months;
    struct apbd_lra latest_lra;         /* of the latest month */
    struct apbd_build_input *inputs;    /* every export, pemda.ini */
    size_t ninputs;
    size_t pages;                       /* HTML pages written */
    unsigned long long bytes;           /* every file written */
    unsigned long long home_bytes;      /* index.html, apbd.css and apbd.js */
};

/* APBD_OK, APBD_EDATA (bad input, reported), APBD_EIO, or APBD_EUSAGE for a
 * bad date. res is filled as far as the build went; release it always. */
int apbd_build_tree(const struct apbd_build_opts *o, const char *dir,
                    struct apbd_build_result *res, struct apbd_report *rep);
void apbd_build_result_release(struct apbd_build_result *res);

/* Where a build archives each month's publication date, and the generator
 * version. */
#define APBD_ARCHIVE_DIR "sumber"
#define APBD_ARCHIVE_DATE "sumber/tanggal-terbit.txt"
#define APBD_ARCHIVE_VERSION "sumber/versi-apbd.txt"
#define APBD_ARCHIVE_PREVIOUS "terbitan-sebelumnya"

#endif
