/*
 * build.c: the pipeline for one output directory. Every month goes
 * through import, the privacy rules, the model and compute, and is
 * rendered; the inputs are archived in sumber/. Months are processed in
 * order with only the month before kept, so memory does not grow with the
 * number of months.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "apbd/budgets.h"
#include "apbd/build.h"
#include "apbd/catatan.h"
#include "apbd/coa.h"
#include "apbd/compute.h"
#include "apbd/config.h"
#include "apbd/fsutil.h"
#include "apbd/fisik.h"
#include "apbd/import.h"
#include "apbd/kas.h"
#include "apbd/meta.h"
#include "apbd/model.h"
#include "apbd/period.h"
#include "apbd/privacy.h"
#include "apbd/pubdate.h"
#include "apbd/render.h"
#include "apbd/report.h"
#include "apbd/selisih.h"
#include "apbd/sha256.h"
#include "apbd/sheet.h"
#include "apbd/site.h"
#include "apbd/status.h"
#include "apbd/timing.h"
#include "apbd/version.h"

struct month_date {
    char period[8];
    char date[11];
    char sha256[65];
};

struct build {
    const struct apbd_build_opts *o;
    const char *budgets;
    char staging[PATH_MAX - 256];      /* room for the paths below it */
    struct apbd_report *rep;
    struct apbd_build_result *res;
    struct apbd_pemda pemda;
    struct apbd_charts charts;  /* each year's chart of accounts, loaded as needed */
    int chart_year;             /* the year whose chart was last reported */
    struct apbd_pubdate date;
    /* the year's long CSV, open while its months are rendered */
    FILE *year_csv;
    int year;
    struct apbd_meta_file *meta;
    size_t nmeta, meta_cap;
    char latest[8];
    struct apbd_site site;
    int have_site;
    char sitegen[PATH_MAX / 2];
    /* per month: the date it was published, read and written */
    struct month_date *known, *dates;
    size_t nknown, ndates;
    /* the year's anggaran kas, read when its first month comes */
    struct apbd_kas kas;
    int kas_year;
    char kas_sha256[65];        /* "" when the year has none */
};

/* "2024-07 2024-08-05 <sha256>" lines; anything else is skipped. */
static void parse_dates(struct build *b, const char *text)
{
    for (const char *p = text; p && *p;) {
        struct month_date d;
        char line[160];
        size_t n = strcspn(p, "\n");
        snprintf(line, sizeof(line), "%.*s", (int)(n < sizeof(line) - 1 ? n : sizeof(line) - 1), p);
        if (sscanf(line, "%7s %10s %64s", d.period, d.date, d.sha256) == 3) {
            b->known = apbd_xrealloc(b->known, (b->nknown + 1) * sizeof(*b->known));
            b->known[b->nknown++] = d;
        }
        p += n;
        if (*p)
            p++;
    }
}

static char *read_whole(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    char *text = NULL;
    size_t cap = 0, len = 0, n;
    char buf[4096];
    while ((n = fread(buf, 1, sizeof(buf), f)) > 0) {
        if (len + n + 1 > cap) {
            cap = (len + n + 1) * 2;
            text = apbd_xrealloc(text, cap);
        }
        memcpy(text + len, buf, n);
        len += n;
    }
    fclose(f);
    if (text)
        text[len] = '\0';
    return text;
}

/* The date a month is published with: its recorded one while its archived
 * source is unchanged, else this run's. */
static struct apbd_pubdate month_date(struct build *b, const char *period, const char *sha256)
{
    struct apbd_pubdate d = b->date;
    for (size_t i = 0; i < b->nknown; i++) {
        const struct month_date *k = &b->known[i];
        if (strcmp(k->period, period) == 0 && strcmp(k->sha256, sha256) == 0
            && apbd_pubdate_pick(&d, k->date, b->pemda.utc_offset_minutes) != 0)
            d = b->date;
    }
    b->dates = apbd_xrealloc(b->dates, (b->ndates + 1) * sizeof(*b->dates));
    struct month_date *out = &b->dates[b->ndates++];
    snprintf(out->period, sizeof(out->period), "%s", period);
    snprintf(out->date, sizeof(out->date), "%s", d.text);
    snprintf(out->sha256, sizeof(out->sha256), "%s", sha256);
    return d;
}

static int io_error(struct build *b, const char *path)
{
    struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
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

/* The below-budgets name of an export: "2024/2024-07.csv". */
static const char *input_name(const struct build *b, const char *path)
{
    size_t n = strlen(b->budgets);
    if (strncmp(path, b->budgets, n) == 0 && path[n] == '/')
        return path + n + 1;
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static void add_input(struct build *b, const char *name, const char *path)
{
    struct apbd_build_result *res = b->res;
    res->inputs = apbd_xrealloc(res->inputs, (res->ninputs + 1) * sizeof(*res->inputs));
    struct apbd_build_input *in = &res->inputs[res->ninputs];
    snprintf(in->name, sizeof(in->name), "%s", name);
    if (apbd_sha256_file(path, in->sha256, NULL) != 0)
        in->sha256[0] = '\0';
    res->ninputs++;
}

/* A side input (notes, the cash plan) copied as it is into the archive at
 * name, and listed among the inputs; its digest, hashed once, in sha256. */
static int archive_copy(struct build *b, const char *name, const char *path, char sha256[65])
{
    char to[PATH_MAX];
    snprintf(to, sizeof(to), "%s/" APBD_ARCHIVE_DIR "/%s", b->staging, name);
    if (apbd_mkdirs_for(to) != 0 || apbd_copy_file(path, to) != 0
        || apbd_sha256_file(path, sha256, NULL) != 0)
        return io_error(b, to);
    struct apbd_build_result *res = b->res;
    res->inputs = apbd_xrealloc(res->inputs, (res->ninputs + 1) * sizeof(*res->inputs));
    struct apbd_build_input *in = &res->inputs[res->ninputs++];
    snprintf(in->name, sizeof(in->name), "%s", name);
    memcpy(in->sha256, sha256, 65);
    return APBD_OK;
}

/*
 * Archive an export as the lines it decoded to, after the privacy rules:
 * canonical CSV that imports back to exactly these lines, so the archive
 * alone rebuilds the publication, and no name hidden by [privasi] is
 * published there either.
 */
static int archive_source(struct build *b, const struct apbd_table *t, const char *name,
                          char *path, size_t size)
{
    snprintf(path, size, "%s/" APBD_ARCHIVE_DIR "/%s", b->staging, name);
    if (apbd_mkdirs_for(path) != 0)
        return io_error(b, path);
    FILE *f = fopen(path, "w");
    if (!f)
        return io_error(b, path);
    int r = apbd_render_lines_csv(t, f);
    if (fclose(f) != 0 || r != 0)
        return io_error(b, path);
    return APBD_OK;
}

/*
 * The differences the finance office accepted in this month, as applied,
 * archived beside its lines (selisih.h) and folded into the archive's
 * digest, so that a rebuild shows them again and a changed acceptance is a
 * changed month.
 */
static int archive_accepted(struct build *b, const struct apbd_table *t, const char *archived,
                            char sha256[65])
{
    if (!t->naccepted)
        return APBD_OK;
    char path[PATH_MAX], own[65], both[200];
    apbd_selisih_applied_path(archived, path, sizeof(path));
    FILE *f = fopen(path, "w");
    if (!f)
        return io_error(b, path);
    int r = apbd_selisih_write_applied(t, f);
    if (fclose(f) != 0 || r != APBD_OK || apbd_sha256_file(path, own, NULL) != 0)
        return io_error(b, path);
    snprintf(both, sizeof(both), "%s\nselisih %s\n", sha256, own);
    apbd_sha256_text(both, strlen(both), sha256);
    return APBD_OK;
}

/*
 * The earlier publication of a month, when this one corrects it: from the
 * archive being rebuilt (its terbitan-sebelumnya/), else from the archive
 * of the publication this one follows, either the record it carried (the
 * month unchanged since) or the month's own earlier export (changed now).
 * Imported into t and archived again; 0 when found, -1 when there is none.
 */
static int earlier_version(struct build *b, const char *name, const char *sha256,
                           const char *period, struct apbd_table *t)
{
    char path[PATH_MAX], known[65] = "";
    for (size_t i = 0; i < b->nknown; i++)
        if (strcmp(b->known[i].period, period) == 0)
            snprintf(known, sizeof(known), "%s", b->known[i].sha256);
    snprintf(path, sizeof(path), "%s/" APBD_ARCHIVE_PREVIOUS "/%s", b->budgets, name);
    FILE *f = fopen(path, "r");
    if (!f && b->o->previous && known[0]) {
        if (strcmp(known, sha256) == 0)
            snprintf(path, sizeof(path), "%s/" APBD_ARCHIVE_PREVIOUS "/%s", b->o->previous, name);
        else
            snprintf(path, sizeof(path), "%s/%s", b->o->previous, name);
        f = fopen(path, "r");
    }
    if (!f)
        return -1;
    fclose(f);
    struct apbd_report quiet;
    apbd_report_init(&quiet, NULL, APBD_LANG_EN);
    apbd_table_init(t);
    int year = atoi(period);
    enum apbd_chart chart = apbd_pemda_chart(&b->pemda, year, NULL);
    struct apbd_import_opts opts = { .coa = apbd_charts_get(&b->charts, chart, &quiet), .chart = chart };
    /* the archive is named after the period, so the import checks it */
    if (apbd_import_file(t, path, &opts, &quiet) != APBD_OK) {
        apbd_table_release(t);
        return -1;
    }
    char to[PATH_MAX];
    snprintf(to, sizeof(to), "%s/" APBD_ARCHIVE_DIR "/" APBD_ARCHIVE_PREVIOUS "/%s", b->staging, name);
    if (apbd_mkdirs_for(to) != 0 || apbd_copy_file(path, to) != 0) {
        apbd_table_release(t);
        return -1;
    }
    return 0;
}

/*
 * The finance office's notes on the month, archived beside its export.
 * They are part of what the month publishes, so the month's digest (which
 * dates and tags a publication) covers them too: digest is the export's
 * archive digest, or, with notes, the digest of both digests.
 */
static int month_notes(struct build *b, const struct apbd_month *m, const struct apbd_source *src,
                       struct apbd_catatan *notes, char digest[65])
{
    char name[64], path[PATH_MAX];
    memcpy(digest, src->sha256, 65);
    if (b->kas_sha256[0]) {
        /* The year's plan is part of every month it is laid on. */
        char both[200];
        snprintf(both, sizeof(both), "%s\nanggaran-kas %s\n", src->sha256, b->kas_sha256);
        apbd_sha256_text(both, strlen(both), digest);
    }
    snprintf(name, sizeof(name), "%04d/catatan/%s.md", m->year % 10000, m->period);
    snprintf(path, sizeof(path), "%s/%s", b->budgets, name);
    apbd_report_begin_file(b->rep, path);
    int r = apbd_catatan_load(notes, path, m->table, b->rep);
    apbd_report_end_file(b->rep);
    if (r != APBD_OK || !notes->count)
        return r;
    char own[65], both[160];
    if ((r = archive_copy(b, name, path, own)) != APBD_OK) {
        apbd_catatan_release(notes);
        return r;
    }
    snprintf(both, sizeof(both), "%s\n%s\n", digest, own);
    apbd_sha256_text(both, strlen(both), digest);
    return APBD_OK;
}

/*
 * The workbook takes as long as the rest of a month together and needs
 * nothing the rest writes, so a child process writes it on the other core
 * while this one goes on. The child gets a copy-on-write view of the month
 * and reports a failure through a pipe. Without fork, or with APBD_JOBS=1,
 * it is written here; the bytes are the same either way.
 */
struct xlsx_job {
    pid_t pid;      /* 0: written already, in this process */
    int fd;
    int status;
    char err[PATH_MAX + 64];
};

static void xlsx_start(struct xlsx_job *j, const struct apbd_render_ctx *c, const char *path)
{
    int p[2];
    j->pid = 0;
    j->err[0] = '\0';
    const char *jobs = getenv("APBD_JOBS");
    fflush(NULL);               /* nothing buffered is written twice */
    if (!(jobs && strcmp(jobs, "1") == 0) && pipe(p) == 0) {
        j->pid = fork();
        if (j->pid == 0) {
            close(p[0]);
            char err[sizeof(j->err)];
            int r = apbd_render_xlsx(c, path, err, sizeof(err));
            if (r != 0 && write(p[1], err, strlen(err)) < 0)
                r = 1;
            _exit(r != 0);
        }
        close(p[1]);
        if (j->pid > 0) {
            j->fd = p[0];
            return;
        }
        close(p[0]);
        j->pid = 0;
    }
    j->status = apbd_render_xlsx(c, path, j->err, sizeof(j->err));
}

static int xlsx_finish(struct xlsx_job *j)
{
    if (j->pid == 0)
        return j->status;
    size_t n = 0;
    ssize_t got;
    while (n < sizeof(j->err) - 1 && (got = read(j->fd, j->err + n, sizeof(j->err) - 1 - n)) > 0)
        n += (size_t)got;
    j->err[n] = '\0';
    close(j->fd);
    int ws;
    while (waitpid(j->pid, &ws, 0) < 0 && errno == EINTR)
        ;
    if (WIFEXITED(ws) && WEXITSTATUS(ws) == 0)
        return 0;
    if (!j->err[0])
        snprintf(j->err, sizeof(j->err), "the workbook writer stopped (%s %d)",
                 WIFSIGNALED(ws) ? "signal" : "status",
                 WIFSIGNALED(ws) ? WTERMSIG(ws) : WEXITSTATUS(ws));
    return -1;
}

static int render_month(struct build *b, struct apbd_month *m, const struct apbd_changes *changes,
                        const struct apbd_table *prev_table, const int64_t *line_kas,
                        const char *source_path)
{
    struct apbd_lra lra;
    struct apbd_indicators ind;
    /* A folder of per-SKPD files is archived as one file of its lines. */
    const struct apbd_table *t = m->table;
    char name_buf[300];
    struct stat st;
    int folder = stat(source_path, &st) == 0 && S_ISDIR(st.st_mode);
    /* ... and a workbook as the CSV of its lines, under its own name. */
    const char *in = input_name(b, source_path);
    size_t in_len = strlen(in);
    int workbook = in_len > 5 && !strcasecmp(in + in_len - 5, ".xlsx");
    snprintf(name_buf, sizeof(name_buf), "%.*s%s", (int)(workbook ? in_len - 5 : in_len), in,
             folder || workbook ? ".csv" : "");
    struct apbd_source src = { .name = name_buf };
    char archived[PATH_MAX];
    int r;
    if (apbd_compute_lra(m, &lra) != 0) {
        struct apbd_loc loc = { source_path, 0, 0, NULL, 0, NULL };
        apbd_report(b->rep, APBD_ERROR, APBD_MSG_SUM_OVERFLOW, &loc, "LRA", NULL);
        return APBD_EDATA;
    }
    if ((r = apbd_compute_indicators(m->table, &ind, b->rep)) != APBD_OK) {
        apbd_indicators_release(&ind);
        return r;
    }
    if (folder)
        for (size_t i = 0; i < t->nfiles; i++)
            add_input(b, input_name(b, t->files[i]), t->files[i]);
    else
        add_input(b, src.name, source_path);
    if ((r = archive_source(b, m->table, src.name, archived, sizeof(archived))) != APBD_OK) {
        apbd_indicators_release(&ind);
        return r;
    }
    /* The digest of the archive, which a rebuild from it reproduces. */
    if (apbd_sha256_file(archived, src.sha256, NULL) != 0) {
        apbd_indicators_release(&ind);
        return io_error(b, archived);
    }
    if ((r = archive_accepted(b, t, archived, src.sha256)) != APBD_OK) {
        apbd_indicators_release(&ind);
        return r;
    }

    struct apbd_catatan notes;
    char month_digest[65];
    if ((r = month_notes(b, m, &src, &notes, month_digest)) != APBD_OK) {
        apbd_indicators_release(&ind);
        return r;
    }
    /* Physical progress that went down needs the month's notes to say why. */
    apbd_report_begin_file(b->rep, source_path);
    r = apbd_fisik_check(m->table, prev_table, &notes, b->rep);
    apbd_report_end_file(b->rep);
    if (r != APBD_OK) {
        apbd_indicators_release(&ind);
        apbd_catatan_release(&notes);
        return r;
    }

    /* A corrected export: what changed since the month was published. */
    struct apbd_table earlier;
    struct apbd_changes corrected = { 0 };
    int have_earlier = earlier_version(b, src.name, month_digest, m->period, &earlier) == 0;
    if (have_earlier)
        apbd_compute_corrections(m->table, &earlier, &corrected);
    struct apbd_pubdate date = month_date(b, m->period, month_digest);
    struct apbd_render_ctx c = {
        .pemda = &b->pemda, .month = m, .lra = &lra, .changes = changes, .indicators = &ind,
        .expected_pace = apbd_expected_pace(m->month, b->rep), .pubdate = date.text,
        .pubtime = date.midnight, .sources = &src, .nsources = 1,
        .corrected = have_earlier ? &corrected : NULL,
        .catatan = &notes,
        .line_kas = line_kas,
    };
    char dir[PATH_MAX - 128], name[64];
    snprintf(dir, sizeof(dir), "%s/%04d/%02d", b->staging, m->year % 10000, m->month % 100);
    if (apbd_mkdirs(dir) != 0) {
        apbd_indicators_release(&ind);
        apbd_catatan_release(&notes);
        apbd_changes_release(&corrected);
        if (have_earlier)
            apbd_table_release(&earlier);
        return io_error(b, dir);
    }
    snprintf(name, sizeof(name), "apbd-%s.csv", m->period);
    apbd_timing("archive");
    struct xlsx_job xlsx;
    char xlsx_path[PATH_MAX];
    snprintf(xlsx_path, sizeof(xlsx_path), "%s/apbd-%s.xlsx", dir, m->period);
    xlsx_start(&xlsx, &c, xlsx_path);
    apbd_timing("xlsx");
    r = write_file(b, dir, name, apbd_render_csv, &c);
    apbd_timing("csv");
    snprintf(name, sizeof(name), "apbd-%s.json", m->period);
    if (r == APBD_OK)
        r = write_file(b, dir, name, apbd_render_json, &c);
    apbd_timing("json");
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
    apbd_timing("csv");
    if (r == APBD_OK)
        r = apbd_site_month(&b->site, &c);
    apbd_timing("site");
    if (xlsx_finish(&xlsx) != 0 && r == APBD_OK) {
        struct apbd_loc loc = { xlsx_path, 0, 0, NULL, 0, NULL };
        apbd_report(b->rep, APBD_ERROR, APBD_MSG_CANNOT_WRITE, &loc, xlsx.err, NULL);
        r = APBD_EIO;
    }
    apbd_timing("xlsx (waiting)");
    snprintf(b->latest, sizeof(b->latest), "%s", m->period);
    if (!b->res->first[0])
        snprintf(b->res->first, sizeof(b->res->first), "%s", m->period);
    snprintf(b->res->latest, sizeof(b->res->latest), "%s", m->period);
    b->res->latest_lra = lra;
    b->res->months++;
    apbd_indicators_release(&ind);
    apbd_catatan_release(&notes);
    apbd_changes_release(&corrected);
    if (have_earlier)
        apbd_table_release(&earlier);
    return r;
}

/*
 * The anggaran kas of year, read when its first month comes and archived
 * beside its exports (sumber/<year>/anggaran-kas.csv, or .xlsx as it
 * came), so the archive alone rebuilds the plan lines too.
 */
static int year_plan(struct build *b, int year)
{
    if (b->kas_year == year)
        return APBD_OK;
    apbd_kas_release(&b->kas);
    b->kas_year = year;
    b->kas_sha256[0] = '\0';
    char name[64], stem[PATH_MAX], path[PATH_MAX];
    snprintf(stem, sizeof(stem), "%s/%04d/anggaran-kas", b->budgets, year % 10000);
    apbd_sheet_path(stem, path, sizeof(path));
    snprintf(name, sizeof(name), "%04d/%s", year % 10000, strrchr(path, '/') + 1);
    apbd_report_begin_file(b->rep, path);
    int r = apbd_kas_load(&b->kas, path, b->rep);
    apbd_report_end_file(b->rep);
    if (r != APBD_OK || !b->kas.count)
        return r;
    return archive_copy(b, name, path, b->kas_sha256);
}

/*
 * A budget-only publication (YEAR-00, the approved APBD) stands for its
 * year until the first realization comes: with any month of the year in
 * the build, it is left out, and the build says so.
 */
static int replaced(struct build *b, const struct apbd_export_list *list, size_t i)
{
    long k = apbd_budget_replaced_by(list, i, b->o->until);
    if (k < 0)
        return 0;
    struct apbd_loc loc = { list->items[i].path, 0, 0, NULL, 0, NULL };
    char year[8];
    snprintf(year, sizeof(year), "%.4s", list->items[i].period);
    apbd_report(b->rep, APBD_NOTE, APBD_MSG_NOTE_BUDGET_REPLACED, &loc, year,
                list->items[k].period, NULL);
    return 1;
}

/* The chart of t's year, said once per year: which, and why. NULL when
 * its data file is missing (reported). */
static const struct apbd_coa *year_chart(struct build *b, const struct apbd_table *t)
{
    int year = atoi(t->period);
    if (b->chart_year != year) {
        apbd_period_note_chart(t, &b->pemda, b->rep);
        b->chart_year = year;
    }
    return apbd_charts_get(&b->charts, t->chart, b->rep);
}

/* Import, privacy, model and render every month, in order. */
static int build_months(struct build *b, const struct apbd_export_list *list)
{
    struct apbd_table tables[2], *t = &tables[0], *last = &tables[1];
    struct apbd_month months[2], *m = &months[0], *prev = &months[1];
    struct apbd_period_opts opts = { &b->pemda, &b->charts };
    int have_prev = 0, status = APBD_OK;
    apbd_table_init(last);

    for (size_t i = 0; i < list->count && status == APBD_OK; i++) {
        const char *path = list->items[i].path;
        if (b->o->until && strcmp(list->items[i].period, b->o->until) > 0)
            break;
        if (i && strcmp(list->items[i].period, list->items[i - 1].period) == 0) {
            struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
            apbd_report(b->rep, APBD_ERROR, APBD_MSG_DUPLICATE_PERIOD, &loc,
                        list->items[i].period, list->items[i - 1].path, NULL);
            status = APBD_EDATA;
            break;
        }
        if (replaced(b, list, i))
            continue;
        apbd_table_init(t);
        apbd_report_begin_file(b->rep, path);
        status = apbd_period_load(t, path, &opts, b->rep);
        apbd_report_end_file(b->rep);
        if (status == APBD_OK && t->period[0] && !t->nfiles) {
            char fisik[PATH_MAX];
            apbd_fisik_path(path, t->period, fisik, sizeof(fisik));
            apbd_report_begin_file(b->rep, fisik);
            status = apbd_fisik_load(t, fisik, b->rep);
            apbd_report_end_file(b->rep);
        }
        apbd_timing("import");
        if (status == APBD_OK && !t->period[0]) {
            struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
            apbd_report(b->rep, APBD_ERROR, APBD_MSG_NO_PERIOD_IN_NAME, &loc, NULL);
            status = APBD_EDATA;
        }
        const struct apbd_coa *coa = NULL;
        if (status == APBD_OK) {
            coa = year_chart(b, t);
            status = coa ? APBD_OK : APBD_EIO;
        }
        if (status == APBD_OK) {
            apbd_privacy_apply(t, &b->pemda, coa);
            status = apbd_model_build(m, t, coa, b->rep);
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
            int64_t *line_kas = NULL;
            if (status == APBD_OK)
                status = year_plan(b, m->year);
            if (status == APBD_OK && b->kas.count) {
                apbd_report_begin_file(b->rep, b->kas.path);
                status = apbd_kas_apply(&b->kas, m, &line_kas, b->rep);
                apbd_report_end_file(b->rep);
            }
            apbd_timing("model");
            if (status == APBD_OK)
                status = render_month(b, m, linked ? &changes : NULL, linked ? last : NULL,
                                      line_kas, path);
            free(line_kas);
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
        if (apbd_link_or_copy(from, to) != 0)
            return io_error(b, to);
    }
    /* The rest of what the build read: pemda.ini, the date, the version. */
    char src[PATH_MAX];
    snprintf(from, sizeof(from), "%s/pemda.ini", b->budgets);
    snprintf(to, sizeof(to), "%s/" APBD_ARCHIVE_DIR "/pemda.ini", b->staging);
    if (apbd_copy_file(from, to) != 0)
        return io_error(b, to);
    add_input(b, "pemda.ini", from);
    snprintf(to, sizeof(to), "%s/%s", b->staging, APBD_ARCHIVE_VERSION);
    FILE *vf = fopen(to, "w");
    if (!vf || fprintf(vf, "apbd %s\n", APBD_VERSION) < 0 || fclose(vf) != 0)
        return io_error(b, to);
    snprintf(to, sizeof(to), "%s/%s", b->staging, APBD_ARCHIVE_DATE);
    FILE *df = fopen(to, "w");
    if (!df)
        return io_error(b, to);
    for (size_t i = 0; i < b->ndates; i++)
        fprintf(df, "%s %s %s\n", b->dates[i].period, b->dates[i].date, b->dates[i].sha256);
    if (ferror(df) | (fclose(df) != 0))
        return io_error(b, to);
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


/* Every file below dir (relative paths, sorted), for SHA256SUMS. */
static void collect_files(const char *root, const char *rel, char ***out, size_t *n, size_t *cap)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof(dir), "%s%s%s", root, *rel ? "/" : "", rel);
    DIR *d = opendir(dir);
    if (!d)
        return;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char path[PATH_MAX / 2];
        snprintf(path, sizeof(path), "%s%s%s", rel, *rel ? "/" : "", e->d_name);
        char full[PATH_MAX];
        struct stat st;
        snprintf(full, sizeof(full), "%s/%s", root, path);
        if (lstat(full, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            collect_files(root, path, out, n, cap);
        } else {
            if (*n == *cap) {
                *cap = *cap ? *cap * 2 : 128;
                *out = apbd_xrealloc(*out, *cap * sizeof(**out));
            }
            (*out)[(*n)++] = strdup(path);
        }
    }
    closedir(d);
}

/* The site-gen/ the pages were made with, into sumber/site-gen, so that a
 * rebuild from the archive makes the same pages. */
static int archive_sitegen(struct build *b)
{
    char **files = NULL;
    size_t n = 0, cap = 0;
    int status = APBD_OK;
    collect_files(b->sitegen, "", &files, &n, &cap);
    for (size_t i = 0; i < n; i++) {
        char from[PATH_MAX], to[PATH_MAX];
        snprintf(from, sizeof(from), "%s/%s", b->sitegen, files[i]);
        snprintf(to, sizeof(to), "%s/" APBD_ARCHIVE_DIR "/site-gen/%s", b->staging, files[i]);
        if (status == APBD_OK && (apbd_mkdirs_for(to) != 0 || apbd_copy_file(from, to) != 0))
            status = io_error(b, to);
        free(files[i]);
    }
    free(files);
    return status;
}

static int by_path(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* SHA256SUMS: every published file but itself, in `sha256sum -c` form. */
static int write_sums(struct build *b)
{
    char **files = NULL;
    size_t n = 0, cap = 0;
    collect_files(b->staging, "", &files, &n, &cap);
    qsort(files, n, sizeof(*files), by_path);
    char path[PATH_MAX];
    snprintf(path, sizeof(path), "%s/SHA256SUMS", b->staging);
    FILE *f = fopen(path, "w");
    int status = f ? APBD_OK : io_error(b, path);
    /* terbaru/ holds links to the latest month's files: hashed once. */
    struct linked { dev_t dev; ino_t ino; char hex[65]; } seen[8];
    size_t nseen = 0;
    for (size_t i = 0; i < n; i++) {
        char full[PATH_MAX], hex[65] = "";
        uint64_t size = 0;
        snprintf(full, sizeof(full), "%s/%s", b->staging, files[i]);
        struct stat st;
        int linked = stat(full, &st) == 0 && st.st_nlink > 1;
        for (size_t k = 0; linked && k < nseen && !hex[0]; k++)
            if (seen[k].dev == st.st_dev && seen[k].ino == st.st_ino) {
                memcpy(hex, seen[k].hex, sizeof(hex));
                size = (uint64_t)st.st_size;
            }
        if (status == APBD_OK && !hex[0] && apbd_sha256_file(full, hex, &size) != 0)
            status = io_error(b, full);
        if (status == APBD_OK && linked && nseen < sizeof(seen) / sizeof(seen[0])) {
            seen[nseen].dev = st.st_dev;
            seen[nseen].ino = st.st_ino;
            memcpy(seen[nseen++].hex, hex, sizeof(hex));
        }
        b->res->bytes += size;
        if (strcmp(files[i], "index.html") == 0 || strcmp(files[i], "assets/apbd.css") == 0
            || strcmp(files[i], "assets/apbd.js") == 0)
            b->res->home_bytes += size;
        if (status == APBD_OK)
            fprintf(f, "%s  %s\n", hex, files[i]);
        free(files[i]);
    }
    free(files);
    if (f && (ferror(f) | (fclose(f) != 0)) && status == APBD_OK)
        status = io_error(b, path);
    return status;
}

int apbd_build_tree(const struct apbd_build_opts *o, const char *dir,
                    struct apbd_build_result *res, struct apbd_report *rep)
{
    struct build b = { .o = o, .budgets = o->budgets, .rep = rep, .res = res };
    memset(res, 0, sizeof(*res));
    if ((size_t)snprintf(b.staging, sizeof(b.staging), "%s", dir) >= sizeof(b.staging)) {
        errno = ENAMETOOLONG;
        return io_error(&b, dir);
    }
    char ini[PATH_MAX];
    snprintf(ini, sizeof(ini), "%s/pemda.ini", o->budgets);
    int status = apbd_pemda_load(&b.pemda, ini, rep);
    if (status == APBD_OK
        && apbd_pubdate_pick(&b.date, o->date, b.pemda.utc_offset_minutes) != 0) {
        struct apbd_loc loc = { "--date", 0, 0, NULL, 0, NULL };
        apbd_report(rep, APBD_ERROR, APBD_MSG_CONFIG_VALUE, &loc, "--date", o->date, "2025-04-10",
                    NULL);
        status = APBD_EUSAGE;
    }
    res->date = b.date;
    if (o->dates) {
        parse_dates(&b, o->dates);
    } else {
        char path[PATH_MAX];
        snprintf(path, sizeof(path), "%s/tanggal-terbit.txt", o->budgets);
        char *text = read_whole(path);
        parse_dates(&b, text);
        free(text);
    }
    struct apbd_export_list list = { 0 };
    const char *bad = NULL;
    const char *paths[] = { o->budgets };
    if (status == APBD_OK && apbd_budgets_find(paths, 1, &list, &bad) != 0) {
        struct apbd_loc loc = { bad, 0, 0, NULL, 0, NULL };
        apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(errno), NULL);
        status = APBD_EIO;
    }
    int found = !o->until;
    for (size_t i = 0; i < list.count && !found; i++)
        found = strcmp(list.items[i].period, o->until) == 0;
    if (status == APBD_OK && (list.count == 0 || !found)) {
        struct apbd_loc loc = { o->budgets, 0, 0, NULL, 0, NULL };
        apbd_report(rep, APBD_ERROR, found ? APBD_MSG_NO_EXPORTS : APBD_MSG_UNTIL_MISSING, &loc,
                    o->until ? o->until : "", NULL);
        status = APBD_EDATA;
    }
    /* The look: the budgets' own site-gen/ (a region's theme, or the one
     * archived with a publication), else the installed one. */
    if (status == APBD_OK && apbd_sitegen_dir(o->budgets, b.sitegen, sizeof(b.sitegen)) != 0) {
        struct apbd_loc loc = { "site-gen", 0, 0, NULL, 0, NULL };
        apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc,
                    "site-gen/ not found; set APBD_SITE_GEN to it", NULL);
        status = APBD_EIO;
    }
    if (status == APBD_OK) {
        status = apbd_site_init(&b.site, b.staging, b.sitegen, &b.pemda, rep);
        b.have_site = 1;
    }
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
    apbd_timing("latest copies");
    if (status == APBD_OK)
        status = apbd_site_finish(&b.site);
    if (status == APBD_OK)
        status = archive_sitegen(&b);
    apbd_timing("site");
    if (status == APBD_OK)
        status = write_sums(&b);
    apbd_timing("SHA256SUMS");
    if (b.have_site) {
        res->pages = b.site.pages;
        apbd_site_release(&b.site);
    }
    if (b.year_csv)
        fclose(b.year_csv);
    free(b.meta);
    free(b.known);
    free(b.dates);
    apbd_export_list_release(&list);
    apbd_charts_release(&b.charts);
    apbd_kas_release(&b.kas);
    res->pemda = b.pemda;
    return status;
}

void apbd_build_result_release(struct apbd_build_result *res)
{
    apbd_pemda_release(&res->pemda);
    free(res->inputs);
    memset(res, 0, sizeof(*res));
}
