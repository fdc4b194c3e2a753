/*
 * cmd_lines.c: apbd lines FILE|FOLDER
 *
 * Prints the lines an export decodes to, as canonical CSV (UTF-8, comma,
 * LF, amounts in plain rupiah): what every later stage will see. Useful to
 * see what apbd made of a messy export, and to compare two exports.
 */
#include <csv.h>
#include <stdio.h>
#include <string.h>

#include "apbd/cmd.h"
#include "apbd/coa.h"
#include "apbd/fisik.h"
#include "apbd/import.h"
#include "apbd/period.h"
#include "apbd/render.h"
#include "apbd/report.h"
#include "apbd/status.h"

int apbd_cmd_lines(int argc, char **argv)
{
    if (argc != 2 || argv[1][0] == '-') {
        fputs("usage: apbd lines FILE|FOLDER\n", argc == 2 && strcmp(argv[1], "--help") == 0
                                              ? stdout : stderr);
        return argc == 2 && strcmp(argv[1], "--help") == 0 ? APBD_OK : APBD_EUSAGE;
    }
    enum apbd_lang lang;
    apbd_lang_pick(NULL, &lang);
    struct apbd_report rep;
    apbd_report_init(&rep, stderr, lang);
    rep.min_shown = APBD_WARNING;

    struct apbd_charts charts = { 0 };
    struct apbd_period_opts po = { NULL, &charts };
    struct apbd_table t;
    apbd_table_init(&t);
    apbd_report_begin_file(&rep, argv[1]);
    int status = apbd_period_load(&t, argv[1], &po, &rep);
    apbd_report_end_file(&rep);
    if (status == APBD_OK && rep.errors)
        status = APBD_EDATA;        /* a chart that could not be loaded */
    if (status == APBD_OK && t.period[0] && !t.nfiles) {
        /* The month's physical progress, when it has a file of its own. */
        char fisik[4096];
        apbd_fisik_path(argv[1], t.period, fisik, sizeof(fisik));
        apbd_report_begin_file(&rep, fisik);
        status = apbd_fisik_load(&t, fisik, &rep);
        apbd_report_end_file(&rep);
    }
    if (status == APBD_OK && apbd_render_lines_csv(&t, stdout) != 0)
        status = APBD_EIO;
    apbd_table_release(&t);
    apbd_charts_release(&charts);
    return status;
}
