/*
 * cmd_build.c: apbd build [--budgets DIR] [--out DIR] [--date YYYY-MM-DD]
 *
 * Every month of budgets/ goes through import, the privacy rules, the
 * model and compute, and is rendered into a staging directory beside
 * --out; only when all of it succeeded is the staging directory swapped
 * into place (renameat2 RENAME_EXCHANGE), so --out is either the old
 * build or the new one, never half of each.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "apbd/budgets.h"
#include "apbd/cmd.h"
#include "apbd/coa.h"
#include "apbd/compute.h"
#include "apbd/config.h"
#include "apbd/fsutil.h"
#include "apbd/import.h"
#include "apbd/meta.h"
#include "apbd/model.h"
#include "apbd/privacy.h"
#include "apbd/pubdate.h"
#include "apbd/render.h"
#include "apbd/report.h"
#include "apbd/sha256.h"
#include "apbd/status.h"

static const char usage[] =
    "usage: apbd build [--budgets DIR] [--out DIR] [--date YYYY-MM-DD] [--lang id|en] [--quiet]\n"
    "\n"
    "Render the downloads (CSV, JSON, XLSX, Data Package) of every month in\n"
    "DIR (default budgets/) into --out (default _site/), atomically.\n"
    "  --date D   publication date (default: SOURCE_DATE_EPOCH, else today in\n"
    "             the pemda's time zone)\n";

struct build {
    const char *budgets, *out;
    char staging[PATH_MAX - 256];      /* room for the paths below it */
    struct apbd_report *rep;
    struct apbd_pemda pemda;
    struct apbd_coa coa;
    struct apbd_pubdate date;
    /* the year's long CSV, open while its months are rendered */
    FILE *year_csv;
    int year;
    struct apbd_meta_file *meta;
    size_t nmeta, meta_cap;
    char latest[8];
};

static int io_error(struct build *b, const char *path)
{
    struct apbd_loc loc = { path, 0, 0, NULL, 0 };
    apbd_report(b->rep, APBD_ERROR, APBD_MSG_CANNOT_WRITE, &loc, strerror(errno), NULL);
    return APBD_EIO;
}

static struct apbd_meta_file *meta_add(struct build *b)
{
    if (b->nmeta == b->meta_cap) {
        b->meta_cap = b->meta_cap ? b->meta_cap * 2 : 16;
        b->meta = apbd_xrealloc(b->meta, b->meta_cap * sizeof(*b->meta));
    }
    struct apbd_meta_file *m = &b->meta[b->nmeta++];
    memset(m, 0, sizeof(*m));
    return m;
}

static int close_year(struct build *b)
{
    if (!b->year_csv)
        return APBD_OK;
    char rel[64], path[PATH_MAX];
    snprintf(rel, sizeof(rel), "data/apbd-%04d.csv", b->year % 10000);
    snprintf(path, sizeof(path), "%s/%s", b->staging, rel);
    int failed = ferror(b->year_csv) | (fclose(b->year_csv) != 0);
    b->year_csv = NULL;
    if (failed)
        return io_error(b, path);
    struct apbd_meta_file *m = meta_add(b);
    snprintf(m->name, sizeof(m->name), "apbd-%04d", b->year % 10000);
    snprintf(m->path, sizeof(m->path), "apbd-%04d.csv", b->year % 10000);
    m->with_periode = 1;
    if (apbd_sha256_file(path, m->sha256, &m->bytes) != 0)
        return io_error(b, path);
    return APBD_OK;
}

static int open_year(struct build *b, int year)
{
    if (b->year_csv && b->year == year)
        return APBD_OK;
    int r = close_year(b);
    if (r != APBD_OK)
        return r;
    char path[PATH_MAX];
    snprintf(path, sizeof(path), "%s/data/apbd-%04d.csv", b->staging, year % 10000);
    b->year = year;
    b->year_csv = fopen(path, "w");
    if (!b->year_csv)
        return io_error(b, path);
    apbd_render_csv_long_header(b->year_csv);
    return APBD_OK;
}

/* Write one download with fn into <dir>/<name>. */
static int write_file(struct build *b, const char *dir, const char *name,
                      int (*fn)(const struct apbd_render_ctx *, FILE *),
                      const struct apbd_render_ctx *c)
{
    char path[PATH_MAX];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f)
        return io_error(b, path);
    int r = fn(c, f);
    if (fclose(f) != 0 || r != 0)
        return io_error(b, path);
    return APBD_OK;
}

static int render_month(struct build *b, struct apbd_month *m, const struct apbd_changes *changes,
                        const char *source_path)
{
    struct apbd_lra lra;
    struct apbd_indicators ind;
    struct apbd_source src = { .name = source_path };
    int r;
    if (apbd_compute_lra(m, &lra) != 0) {
        struct apbd_loc loc = { source_path, 0, 0, NULL, 0 };
        apbd_report(b->rep, APBD_ERROR, APBD_MSG_SUM_OVERFLOW, &loc, "LRA", NULL);
        return APBD_EDATA;
    }
    if ((r = apbd_compute_indicators(m->table, &ind, b->rep)) != APBD_OK) {
        apbd_indicators_release(&ind);
        return r;
    }
    if (apbd_sha256_file(source_path, src.sha256, NULL) != 0) {
        apbd_indicators_release(&ind);
        return io_error(b, source_path);
    }
    /* The archived name: the path below the budgets directory. */
    size_t n = strlen(b->budgets);
    if (strncmp(source_path, b->budgets, n) == 0 && source_path[n] == '/')
        src.name = source_path + n + 1;

    struct apbd_render_ctx c = {
        .pemda = &b->pemda, .month = m, .lra = &lra, .changes = changes, .indicators = &ind,
        .expected_pace = apbd_expected_pace(m->month, b->rep), .pubdate = b->date.text,
        .pubtime = b->date.midnight, .sources = &src, .nsources = 1,
    };
    char dir[PATH_MAX - 128], name[64], path[PATH_MAX], err[PATH_MAX + 64];
    snprintf(dir, sizeof(dir), "%s/%04d/%02d", b->staging, m->year % 10000, m->month % 100);
    if (apbd_mkdirs(dir) != 0) {
        apbd_indicators_release(&ind);
        return io_error(b, dir);
    }
    snprintf(name, sizeof(name), "apbd-%s.csv", m->period);
    r = write_file(b, dir, name, apbd_render_csv, &c);
    snprintf(name, sizeof(name), "apbd-%s.json", m->period);
    if (r == APBD_OK)
        r = write_file(b, dir, name, apbd_render_json, &c);
    snprintf(name, sizeof(name), "apbd-%s.xlsx", m->period);
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    if (r == APBD_OK && apbd_render_xlsx(&c, path, err, sizeof(err)) != 0) {
        struct apbd_loc loc = { path, 0, 0, NULL, 0 };
        apbd_report(b->rep, APBD_ERROR, APBD_MSG_CANNOT_WRITE, &loc, err, NULL);
        r = APBD_EIO;
    }
    if (r == APBD_OK)
        r = open_year(b, m->year);
    if (r == APBD_OK)
        apbd_render_csv_long_rows(&c, b->year_csv);
    if (r == APBD_OK && b->pemda.url && *b->pemda.url) {
        /* Monthly files are described by their published address: a Data
         * Package path may not climb out of data/. */
        struct apbd_meta_file *mf = meta_add(b);
        snprintf(mf->name, sizeof(mf->name), "apbd-%s", m->period);
        snprintf(mf->path, sizeof(mf->path), "%s%s%04d/%02d/apbd-%s.csv", b->pemda.url,
                 b->pemda.url[strlen(b->pemda.url) - 1] == '/' ? "" : "/",
                 m->year % 10000, m->month % 100, m->period);
    }
    snprintf(b->latest, sizeof(b->latest), "%s", m->period);
    apbd_indicators_release(&ind);
    return r;
}

/* Import, privacy, model and render every month, in order. */
static int build_months(struct build *b, const struct apbd_export_list *list)
{
    struct apbd_table tables[2], *t = &tables[0], *last = &tables[1];
    struct apbd_month months[2], *m = &months[0], *prev = &months[1];
    struct apbd_import_opts opts = { .coa = &b->coa };
    int have_prev = 0, status = APBD_OK;
    apbd_table_init(last);

    for (size_t i = 0; i < list->count && status == APBD_OK; i++) {
        const char *path = list->items[i].path;
        if (i && strcmp(list->items[i].period, list->items[i - 1].period) == 0) {
            struct apbd_loc loc = { path, 0, 0, NULL, 0 };
            apbd_report(b->rep, APBD_ERROR, APBD_MSG_DUPLICATE_PERIOD, &loc,
                        list->items[i].period, list->items[i - 1].path, NULL);
            status = APBD_EDATA;
            break;
        }
        apbd_table_init(t);
        apbd_report_begin_file(b->rep, path);
        status = apbd_import_file(t, path, &opts, b->rep);
        apbd_report_end_file(b->rep);
        if (status == APBD_OK && !t->period[0]) {
            struct apbd_loc loc = { path, 0, 0, NULL, 0 };
            apbd_report(b->rep, APBD_ERROR, APBD_MSG_NO_PERIOD_IN_NAME, &loc, NULL);
            status = APBD_EDATA;
        }
        if (status == APBD_OK) {
            apbd_privacy_apply(t, &b->pemda, &b->coa);
            status = apbd_model_build(m, t, &b->coa, b->rep);
            /* Within-month figures and changes need the month before, in
             * the same fiscal year. */
            char want[8];
            apbd_period_previous(t->period, want);
            int linked = have_prev && m->month > 1 && strcmp(prev->period, want) == 0;
            struct apbd_changes changes = { 0 };
            if (status == APBD_OK && linked) {
                apbd_model_link_previous(m, prev);
                apbd_compute_changes(t, last, &changes);
            }
            if (status == APBD_OK)
                status = render_month(b, m, linked ? &changes : NULL, path);
            apbd_changes_release(&changes);
            if (have_prev)
                apbd_model_release(prev);
            struct apbd_month *swap_m = prev;
            prev = m;
            m = swap_m;
            have_prev = 1;
        }
        apbd_table_release(last);
        struct apbd_table *swap = last;
        last = t;
        t = swap;
    }
    if (have_prev)
        apbd_model_release(prev);
    apbd_table_release(last);
    if (status == APBD_OK)
        status = close_year(b);
    return status;
}

static int finish_tree(struct build *b)
{
    char from[PATH_MAX], to[PATH_MAX], dir[PATH_MAX - 128];
    static const char *const ext[] = { "csv", "json", "xlsx" };
    snprintf(dir, sizeof(dir), "%s/terbaru", b->staging);
    if (apbd_mkdirs(dir) != 0)
        return io_error(b, dir);
    for (size_t i = 0; i < 3; i++) {
        snprintf(from, sizeof(from), "%s/%.4s/%.2s/apbd-%s.%s", b->staging, b->latest,
                 b->latest + 5, b->latest, ext[i]);
        snprintf(to, sizeof(to), "%s/apbd-terbaru.%s", dir, ext[i]);
        if (apbd_copy_file(from, to) != 0)
            return io_error(b, to);
    }
    char src[PATH_MAX];
    snprintf(dir, sizeof(dir), "%s/data/schema", b->staging);
    if (apbd_mkdirs(dir) != 0)
        return io_error(b, dir);
    if (apbd_data_path(src, sizeof(src), "schema/apbd-bulan.schema.json") != 0)
        return io_error(b, "schema/apbd-bulan.schema.json");
    snprintf(to, sizeof(to), "%s/apbd-bulan.schema.json", dir);
    if (apbd_copy_file(src, to) != 0)
        return io_error(b, to);
    snprintf(to, sizeof(to), "%s/data/datapackage.json", b->staging);
    FILE *f = fopen(to, "w");
    if (!f)
        return io_error(b, to);
    int r = apbd_render_datapackage(&b->pemda, b->meta, b->nmeta, f);
    if (fclose(f) != 0 || r != 0)
        return io_error(b, to);
    return APBD_OK;
}

int apbd_cmd_build(int argc, char **argv)
{
    static const struct option options[] = {
        { "budgets", required_argument, NULL, 'b' }, { "out", required_argument, NULL, 'o' },
        { "date", required_argument, NULL, 'd' },    { "lang", required_argument, NULL, 'l' },
        { "quiet", no_argument, NULL, 'q' },          { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    struct build b = { .budgets = "budgets", .out = "_site" };
    const char *date = NULL, *lang_opt = NULL;
    int quiet = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "b:o:d:l:qh", options, NULL)) != -1) {
        switch (c) {
        case 'b': b.budgets = optarg; break;
        case 'o': b.out = optarg; break;
        case 'd': date = optarg; break;
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
    b.rep = &rep;

    char ini[PATH_MAX];
    snprintf(ini, sizeof(ini), "%s/pemda.ini", b.budgets);
    int status = apbd_pemda_load(&b.pemda, ini, &rep);
    if (status == APBD_OK && apbd_pubdate_pick(&b.date, date, b.pemda.utc_offset_minutes) != 0) {
        fprintf(stderr, "apbd build: --date must be YYYY-MM-DD: '%s'\n", date ? date : "");
        apbd_pemda_release(&b.pemda);
        return APBD_EUSAGE;
    }
    if (status == APBD_OK)
        status = apbd_coa_load(&b.coa, "permendagri-90-2019.csv", "Permendagri 90/2019", &rep);
    struct apbd_export_list list = { 0 };
    const char *bad = NULL;
    const char *paths[] = { b.budgets };
    if (status == APBD_OK && apbd_budgets_find(paths, 1, &list, &bad) != 0) {
        struct apbd_loc loc = { bad, 0, 0, NULL, 0 };
        apbd_report(&rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(errno), NULL);
        status = APBD_EIO;
    }
    if (status == APBD_OK && list.count == 0) {
        struct apbd_loc loc = { b.budgets, 0, 0, NULL, 0 };
        apbd_report(&rep, APBD_ERROR, APBD_MSG_NO_EXPORTS, &loc, NULL);
        status = APBD_EDATA;
    }
    if (status == APBD_OK && apbd_staging_create(b.out, b.staging, sizeof(b.staging)) != 0)
        status = io_error(&b, b.out);
    if (status == APBD_OK) {
        char data[PATH_MAX];
        snprintf(data, sizeof(data), "%s/data", b.staging);
        if (apbd_mkdirs(data) != 0)
            status = io_error(&b, data);
    }
    if (status == APBD_OK)
        status = build_months(&b, &list);
    if (status == APBD_OK)
        status = finish_tree(&b);
    if (status == APBD_OK && apbd_staging_commit(b.staging, b.out) != 0)
        status = io_error(&b, b.out);
    if (status != APBD_OK && b.staging[0]) {
        if (b.year_csv)
            fclose(b.year_csv);
        apbd_remove_tree(b.staging);
    }
    if (status == APBD_OK && !quiet)
        fprintf(stderr, "apbd build: %zu months, %s .. %s, into %s (publication date %s)\n",
                list.count, list.items[0].period, list.items[list.count - 1].period, b.out,
                b.date.text);
    free(b.meta);
    apbd_export_list_release(&list);
    apbd_coa_release(&b.coa);
    apbd_pemda_release(&b.pemda);
    return status;
}
