/*
 * cmd_check.c: apbd check [--lang id|en] [--quiet] [--verbose] [PATH...]
 *
 * Imports every export it is given (files, or budgets directories searched
 * for YEAR-MONTH.csv), reports what it decided and every problem, and
 * compares each month with the previous month of the same fiscal year.
 */
#include <errno.h>
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "apbd/budgets.h"
#include "apbd/catatan.h"
#include "apbd/checks.h"
#include "apbd/coa.h"
#include "apbd/cmd.h"
#include "apbd/config.h"
#include "apbd/fisik.h"
#include "apbd/import.h"
#include "apbd/kas.h"
#include "apbd/laporan.h"
#include "apbd/model.h"
#include "apbd/period.h"
#include "apbd/report.h"
#include "apbd/sheet.h"
#include "apbd/status.h"

static const char usage[] =
    "usage: apbd check [--lang id|en] [--quiet] [--verbose] [PATH...]\n"
    "\n"
    "Validate exports: files, or budgets directories (default: budgets/).\n"
    "  --lang id|en   language of the messages (default: Indonesian, or English\n"
    "                 when LANG starts with \"en\")\n"
    "  --quiet        errors and warnings only, no notes\n"
    "  --verbose      every message; by default the first 10 of each kind in a\n"
    "                 file, then how many more there are\n";

static const char *const summary[2] = {
    "berkas diperiksa: {1}; galat: {2}; peringatan: {3}\n",
    "files checked: {1}; errors: {2}; warnings: {3}\n",
};

static void print_summary(const struct apbd_report *r, size_t files)
{
    char a[24], b[24], c[24];
    snprintf(a, sizeof(a), "%zu", files);
    snprintf(b, sizeof(b), "%u", r->errors);
    snprintf(c, sizeof(c), "%u", r->warnings);
    const char *args[] = { a, b, c };
    for (const char *p = summary[r->lang]; *p; p++) {
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '3' && p[2] == '}') {
            fputs(args[p[1] - '1'], r->out);
            p += 2;
        } else {
            fputc(*p, r->out);
        }
    }
}

static void note_totals(struct apbd_report *rep, const struct apbd_table *t)
{
    int64_t a = 0, r = 0;
    int overflow = 0;
    for (size_t i = 0; i < t->count; i++) {
        overflow |= apbd_money_add(&a, t->lines[i].anggaran_sen);
        overflow |= apbd_money_add(&r, t->lines[i].realisasi_sen);
    }
    char n[24], as[APBD_MONEY_BUF + 4] = "Rp", rs[APBD_MONEY_BUF + 4] = "Rp";
    enum apbd_numstyle style = rep->lang == APBD_LANG_EN ? APBD_NUM_EN : APBD_NUM_ID;
    snprintf(n, sizeof(n), "%zu", t->count);
    if (overflow) {
        strcpy(as, "-");
        strcpy(rs, "-");
    } else {
        apbd_money_format_grouped(as + 2, a, style);
        apbd_money_format_grouped(rs + 2, r, style);
    }
    struct apbd_loc loc = { t->path, 0, 0, NULL, 0, NULL };
    apbd_report(rep, APBD_NOTE, APBD_MSG_NOTE_LINES, &loc, n, as, rs, NULL);
}

/*
 * The table of the month before t's, in the same folder (a file, or a
 * folder of per-SKPD files): the one checked just before when it is that
 * month, else read quietly from disk into *owned (which the caller
 * releases). NULL when there is none.
 */
static const struct apbd_table *previous_month(const struct apbd_table *t,
                                               const struct apbd_table *last,
                                               struct apbd_table *owned,
                                               const struct apbd_period_opts *o,
                                               struct apbd_report *rep)
{
    char want[8], dir[4096], path[4096 + 16], name[16];
    apbd_period_previous(t->period, want);
    snprintf(name, sizeof(name), "%s.csv", want);
    char *dir_copy = strdup(t->path);
    if (!dir_copy)
        apbd_die_nomem();
    snprintf(dir, sizeof(dir), "%s", dirname(dir_copy));
    free(dir_copy);
    for (int folder = 0; folder < 2; folder++) {
        snprintf(path, sizeof(path), "%s/%s", dir, folder ? want : name);
        if (last && last->count && strcmp(last->period, want) == 0 && strcmp(last->path, path) == 0)
            return last;
        if (access(path, R_OK) != 0)
            continue;
        struct apbd_report quiet;
        char fisik[PATH_MAX];
        apbd_report_init(&quiet, NULL, rep->lang);
        apbd_fisik_path(path, want, fisik, sizeof(fisik));
        if (apbd_period_load(owned, path, o, &quiet) == APBD_OK
            && (folder || apbd_fisik_load(owned, fisik, &quiet) == APBD_OK))
            return owned;
    }
    struct apbd_loc loc = { t->path, 0, 0, NULL, 0, NULL };
    apbd_report(rep, APBD_WARNING, APBD_MSG_NO_PREVIOUS_MONTH, &loc, want, name, NULL);
    return NULL;
}

/* The month's notes beside its export (<dir>/catatan/<period>.md), when
 * there are any: every section's code must be in the export. */
static void check_notes(const char *export_path, const struct apbd_table *t,
                        struct apbd_catatan *notes, struct apbd_report *rep)
{
    char path[PATH_MAX];
    const char *slash = strrchr(export_path, '/');
    int dir = slash ? (int)(slash - export_path) : 1;
    snprintf(path, sizeof(path), "%.*s/catatan/%s.md", dir, slash ? export_path : ".", t->period);
    apbd_report_begin_file(rep, path);
    if (apbd_catatan_load(notes, path, t, rep) != APBD_OK)
        memset(notes, 0, sizeof(*notes));
    apbd_report_end_file(rep);
}

/* The year's anggaran kas beside the export (<dir>/anggaran-kas.csv or .xlsx),
 * read once per folder and laid on each month to check it reconciles. */
static void check_plan(const char *export_path, const struct apbd_table *t, struct apbd_kas *kas,
                       const struct apbd_coa *coa, struct apbd_report *rep)
{
    char stem[PATH_MAX], path[PATH_MAX];
    const char *slash = strrchr(export_path, '/');
    int dir = slash ? (int)(slash - export_path) : 1;
    snprintf(stem, sizeof(stem), "%.*s/anggaran-kas", dir, slash ? export_path : ".");
    apbd_sheet_path(stem, path, sizeof(path));
    if (strcmp(kas->path, path) != 0) {
        apbd_kas_release(kas);
        apbd_report_begin_file(rep, path);
        apbd_kas_load(kas, path, rep);
        apbd_report_end_file(rep);
    }
    if (!kas->count)
        return;
    struct apbd_month m;
    struct apbd_report quiet;
    apbd_report_init(&quiet, NULL, rep->lang);
    if (apbd_model_build(&m, t, coa, &quiet) == APBD_OK) {
        int64_t *line_kas;
        apbd_report_begin_file(rep, path);
        apbd_kas_apply(kas, &m, &line_kas, rep);
        apbd_report_end_file(rep);
        free(line_kas);
    }
    apbd_model_release(&m);
}

int apbd_cmd_check(int argc, char **argv)
{
    static const struct option options[] = {
        { "lang", required_argument, NULL, 'l' },
        { "quiet", no_argument, NULL, 'q' },
        { "verbose", no_argument, NULL, 'v' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    const char *lang_opt = NULL;
    int quiet = 0, verbose = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "l:qvh", options, NULL)) != -1) {
        switch (c) {
        case 'l':
            lang_opt = optarg;
            break;
        case 'q':
            quiet = 1;
            break;
        case 'v':
            verbose = 1;
            break;
        case 'h':
            fputs(usage, stdout);
            return APBD_OK;
        default:
            fputs(usage, stderr);
            return APBD_EUSAGE;
        }
    }
    enum apbd_lang lang;
    if (apbd_lang_pick(lang_opt, &lang) != 0) {
        fprintf(stderr, "apbd check: unknown language '%s' (use id or en)\n", lang_opt);
        return APBD_EUSAGE;
    }
    struct apbd_report rep;
    apbd_report_init(&rep, stdout, lang);
    if (quiet)
        rep.min_shown = APBD_WARNING;
    rep.every = verbose;

    static const char *const default_path[] = { "budgets" };
    const char *const *paths = optind < argc ? (const char *const *)argv + optind : default_path;
    size_t npaths = optind < argc ? (size_t)(argc - optind) : 1;
    struct apbd_export_list list;
    const char *bad = NULL;
    if (apbd_budgets_find(paths, npaths, &list, &bad) != 0) {
        struct apbd_loc loc = { bad, 0, 0, NULL, 0, NULL };
        apbd_report(&rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(errno), NULL);
        apbd_export_list_release(&list);
        return APBD_EIO;
    }

    /* A budgets folder's pemda.ini says which chart a year follows. */
    struct apbd_charts charts = { 0 };
    struct apbd_pemda pemda;
    int have_pemda = 0;
    struct stat st;
    char ini[PATH_MAX];
    snprintf(ini, sizeof(ini), "%s/pemda.ini", paths[0]);
    if (npaths == 1 && stat(paths[0], &st) == 0 && S_ISDIR(st.st_mode) && access(ini, R_OK) == 0) {
        struct apbd_report quiet_rep;
        apbd_report_init(&quiet_rep, NULL, lang);
        apbd_pemda_load(&pemda, ini, &quiet_rep);
        have_pemda = 1;
    }
    struct apbd_period_opts po = { have_pemda ? &pemda : NULL, &charts };
    /* This month's table and the last one's, swapped as we go. */
    struct apbd_table tables[2], *t = &tables[0], *last = &tables[1];
    apbd_table_init(last);
    struct apbd_kas kas = { .path = "" };
    int io_failed = 0, chart_year = -1;

    for (size_t i = 0; i < list.count; i++) {
        const char *path = list.items[i].path;
        apbd_table_init(t);
        apbd_report_begin_file(&rep, path);
        long by = apbd_budget_replaced_by(&list, i, NULL);
        if (by >= 0) {
            /* still checked: it is what the year published until then */
            struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
            char year[8];
            snprintf(year, sizeof(year), "%.4s", list.items[i].period);
            apbd_report(&rep, APBD_NOTE, APBD_MSG_NOTE_BUDGET_REPLACED, &loc, year,
                        list.items[by].period, NULL);
        }
        int r = apbd_period_load(t, path, &po, &rep);
        if (r == APBD_EIO)
            io_failed = 1;
        const struct apbd_table *prev = NULL;
        struct apbd_table owned;
        apbd_table_init(&owned);
        if (r != APBD_EIO && t->count && t->period[0] && !t->nfiles) {
            char fisik[PATH_MAX];
            apbd_fisik_path(path, t->period, fisik, sizeof(fisik));
            apbd_report_end_file(&rep);
            apbd_report_begin_file(&rep, fisik);
            apbd_fisik_load(t, fisik, &rep);
            apbd_report_end_file(&rep);
            apbd_report_begin_file(&rep, path);
        }
        if (r != APBD_EIO && t->count) {
            struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
            if (t->period[0] && atoi(t->period) != chart_year) {
                apbd_period_note_chart(t, po.pemda, &rep);
                chart_year = atoi(t->period);
                if (t->chart == APBD_CHART_13_2006 && po.pemda && po.pemda->privasi_13_default)
                    apbd_report(&rep, APBD_NOTE, APBD_MSG_NOTE_PRIVACY_13, &loc, NULL);
            }
            apbd_check_lines(t, &rep);
            if (!t->period[0]) {
                apbd_report(&rep, APBD_NOTE, APBD_MSG_NO_PERIOD_IN_NAME, &loc, NULL);
            } else if (t->reports || strcmp(t->period + 5, "00") == 0) {
                /* a year's document: no month before it to continue */
            } else if (strcmp(t->period + 5, "01") == 0) {
                apbd_report(&rep, APBD_NOTE, APBD_MSG_NOTE_FIRST_MONTH, &loc, NULL);
            } else {
                prev = previous_month(t, last, &owned, &po, &rep);
                if (prev)
                    apbd_check_continuity(t, prev, &rep);
            }
            note_totals(&rep, t);
        }
        apbd_report_end_file(&rep);
        if (r != APBD_EIO && t->count && t->period[0]) {
            struct apbd_catatan notes;
            check_notes(path, t, &notes, &rep);
            apbd_report_begin_file(&rep, path);
            apbd_fisik_check(t, prev, &notes, &rep);
            apbd_report_end_file(&rep);
            apbd_catatan_release(&notes);
            check_plan(path, t, &kas, apbd_charts_get(&charts, t->chart, &rep), &rep);
        }
        apbd_table_release(&owned);
        apbd_table_release(last);
        struct apbd_table *swap = last;
        last = t;
        t = swap;
    }
    apbd_table_release(last);
    apbd_kas_release(&kas);
    print_summary(&rep, list.count);
    apbd_charts_release(&charts);
    if (have_pemda)
        apbd_pemda_release(&pemda);
    apbd_export_list_release(&list);
    if (io_failed)
        return APBD_EIO;
    return rep.errors ? APBD_EDATA : APBD_OK;
}
