/*
 * cmd_build.c: apbd build [--budgets DIR] [--out DIR] [--date YYYY-MM-DD]
 *
 * Builds into a staging directory beside --out and swaps it into place
 * (renameat2 RENAME_EXCHANGE) only when everything succeeded, so --out is
 * either the old build or the new one, never half of each.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "apbd/build.h"
#include "apbd/cmd.h"
#include "apbd/fsutil.h"
#include "apbd/report.h"
#include "apbd/status.h"

static const char usage[] =
    "usage: apbd build [--budgets DIR] [--out DIR] [--until YYYY-MM] [--date YYYY-MM-DD]\n"
    "                  [--lang id|en] [--quiet]\n"
    "\n"
    "Render the downloads (CSV, JSON, XLSX, Data Package) of every month in\n"
    "DIR (default budgets/) into --out (default _site/), atomically.\n"
    "  --until M  build the months up to M only\n"
    "  --date D   publication date (default: SOURCE_DATE_EPOCH, else today in\n"
    "             the pemda's time zone)\n";

int apbd_cmd_build(int argc, char **argv)
{
    static const struct option options[] = {
        { "budgets", required_argument, NULL, 'b' }, { "out", required_argument, NULL, 'o' },
        { "date", required_argument, NULL, 'd' },    { "until", required_argument, NULL, 'u' },
        { "lang", required_argument, NULL, 'l' },    { "quiet", no_argument, NULL, 'q' },
        { "help", no_argument, NULL, 'h' },          { NULL, 0, NULL, 0 },
    };
    struct apbd_build_opts o = { .budgets = "budgets" };
    const char *out = "_site", *lang_opt = NULL;
    int quiet = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "b:o:d:u:l:qh", options, NULL)) != -1) {
        switch (c) {
        case 'b': o.budgets = optarg; break;
        case 'o': out = optarg; break;
        case 'd': o.date = optarg; break;
        case 'u': o.until = optarg; break;
        case 'l': lang_opt = optarg; break;
        case 'q': quiet = 1; break;
        case 'h': fputs(usage, stdout); return APBD_OK;
        default: fputs(usage, stderr); return APBD_EUSAGE;
        }
    }
    enum apbd_lang lang;
    if (optind != argc || apbd_lang_pick(lang_opt, &lang) != 0) {
        fputs(usage, stderr);
        return APBD_EUSAGE;
    }
    struct apbd_report rep;
    apbd_report_init(&rep, stderr, lang);
    rep.min_shown = APBD_ERROR;     /* `apbd check` is where warnings are read */

    char staging[PATH_MAX - 256];
    struct apbd_build_result res;
    if (apbd_staging_create(out, staging, sizeof(staging)) != 0) {
        struct apbd_loc loc = { out, 0, 0, NULL, 0, NULL };
        apbd_report(&rep, APBD_ERROR, APBD_MSG_CANNOT_WRITE, &loc, strerror(errno), NULL);
        return APBD_EIO;
    }
    int status = apbd_build_tree(&o, staging, &res, &rep);
    if (status == APBD_OK && apbd_staging_commit(staging, out) != 0) {
        struct apbd_loc loc = { out, 0, 0, NULL, 0, NULL };
        apbd_report(&rep, APBD_ERROR, APBD_MSG_CANNOT_WRITE, &loc, strerror(errno), NULL);
        status = APBD_EIO;
    }
    if (status != APBD_OK)
        apbd_remove_tree(staging);
    else if (!quiet)
        fprintf(stderr, "apbd build: %zu months, %s .. %s, into %s (publication date %s)\n"
                        "apbd build: %zu pages, %.1f MB in all; the home page with its CSS and JS"
                        " is %.1f KB\n",
                res.months, res.first, res.latest, out, res.date.text, res.pages,
                res.bytes / 1e6, res.home_bytes / 1e3);
    apbd_build_result_release(&res);
    return status;
}
