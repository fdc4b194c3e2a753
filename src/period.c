/* period.c: one period's exports, flat or report-shaped, one file or a folder, into one table. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "apbd/coa.h"
#include "apbd/config.h"
#include "apbd/laporan.h"
#include "apbd/period.h"
#include "apbd/report.h"
#include "apbd/selisih.h"
#include "apbd/status.h"

/* Where an SKPD was first seen in the period. */
struct seen {
    const char *kode;           /* the merged table's */
    uint16_t file;
    uint32_t line;
};

struct loading {
    struct apbd_table *t;
    const struct apbd_period_opts *o;
    struct apbd_report *rep;
    int year;
    enum apbd_chart chart;      /* the year's */
    int chart_set;              /* by pemda.ini */
    int chart_known;            /* t->chart decided by a file already */
    struct seen *seen;
    size_t nseen;
    struct apbd_selisih *accept;    /* the year's accepted differences */
};

static const char *chart_short(enum apbd_chart c)
{
    return apbd_chart_name(c) + strlen("Permendagri ");
}

/* Every file of one period follows one chart. */
static int agree_chart(struct loading *ld, const char *path, unsigned line, enum apbd_chart c)
{
    if (ld->chart_known ? c == ld->t->chart : !ld->chart_set || c == ld->chart) {
        ld->t->chart = c;
        ld->chart_known = 1;
        return APBD_OK;
    }
    char year[16];
    snprintf(year, sizeof(year), "%d", ld->year);
    struct apbd_loc loc = { path, line, line ? 1 : 0, NULL, 0, NULL };
    static const char *const why[][2] = {
        { "pemda.ini [bagan_akun]", "pemda.ini [bagan_akun]" },
        { "berkas lain periode ini", "the period's other files" },
    };
    apbd_report(ld->rep, APBD_ERROR, APBD_MSG_LAPORAN_CHART_MISMATCH, &loc, chart_short(c),
                chart_short(ld->chart_known ? ld->t->chart : ld->chart), year,
                why[ld->chart_known][ld->rep->lang], NULL);
    return APBD_EDATA;
}

/* A report-shaped file's lines, appended. */
static int load_report(struct loading *ld, const char *path, uint16_t file)
{
    struct apbd_laporan l;
    int r = apbd_laporan_read(&l, path, ld->o->charts, ld->accept, ld->rep);
    ld->t->reports++;
    if (r == APBD_EIO) {
        apbd_laporan_release(&l);
        return r;
    }
    if (l.tahun && ld->year && l.tahun != ld->year) {
        char tahun[16];
        snprintf(tahun, sizeof(tahun), "%d", l.tahun);
        struct apbd_loc loc = { path, l.tahun_line, 1, NULL, 0, NULL };
        apbd_report(ld->rep, APBD_ERROR, APBD_MSG_LAPORAN_YEAR_MISMATCH, &loc, tahun,
                    ld->t->period, NULL);
        r = APBD_EDATA;
    }
    /* A budget document has no realization to publish as a month's, and a
     * realization report is not the approved budget. */
    int budget_period = strcmp(ld->t->period + 4, "-00") == 0;
    if (l.type == APBD_DOC_UNKNOWN && l.two_amounts && l.count && ld->t->period[0]) {
        /* Sebelum and Sesudah, and a Judul that names neither: a budget
         * period's revision, a realization period's realization */
        static const char *const why[][2] = {
            { " (dua kolom angka, di periode realisasi)", " (two amount columns, in a realization period)" },
            { " (dua kolom angka, di periode anggaran)", " (two amount columns, in a budget period)" },
        };
        l.type = budget_period ? APBD_DOC_PENJABARAN_PERUBAHAN : APBD_DOC_REALISASI;
        l.type_from_columns = 1;
        struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
        apbd_report(ld->rep, APBD_NOTE, APBD_MSG_LAPORAN_TYPE_FROM_COLUMNS, &loc, l.judul,
                    apbd_doc_type_name(l.type, ld->rep->lang), why[budget_period][ld->rep->lang], NULL);
        if (l.type == APBD_DOC_PENJABARAN_PERUBAHAN)
            ld->t->has_murni = 1;
    }
    int budget_doc = l.type == APBD_DOC_PENJABARAN || l.type == APBD_DOC_PENJABARAN_PERUBAHAN;
    if (ld->t->period[0] && l.count && (l.type == APBD_DOC_UNKNOWN || budget_doc != budget_period)) {
        char year[8];
        snprintf(year, sizeof(year), "%.4s", ld->t->period);
        struct apbd_loc loc = { path, 1, 1, NULL, 0, NULL };
        apbd_report(ld->rep, APBD_ERROR,
                    l.type == APBD_DOC_UNKNOWN ? APBD_MSG_LAPORAN_UNKNOWN_DOC
                    : budget_doc ? APBD_MSG_LAPORAN_BUDGET_IN_MONTH : APBD_MSG_LAPORAN_REALISASI_AS_BUDGET,
                    &loc, l.judul, ld->t->period, year, NULL);
        r = APBD_EDATA;
    }
    if (l.count && agree_chart(ld, path, 0, l.chart) != APBD_OK)
        r = APBD_EDATA;
    if (apbd_laporan_lines(&l, ld->t, file, ld->rep) != APBD_OK)
        r = APBD_EDATA;
    apbd_laporan_release(&l);
    return r;
}

/* A flat file of a folder: imported on its own, then its lines appended. */
static int load_flat(struct loading *ld, const char *path, uint16_t file)
{
    struct apbd_import_opts io = {
        .coa = apbd_charts_get(ld->o->charts, ld->chart, ld->rep), .chart = ld->chart,
    };
    struct apbd_table one;
    apbd_table_init(&one);
    int r = apbd_import_file(&one, path, &io, ld->rep);
    for (size_t i = 0; i < one.count; i++) {
        struct apbd_line l = one.lines[i];
        l.file = file;
        apbd_table_add(ld->t, &l);
    }
    ld->t->has_murni |= one.has_murni;
    ld->t->has_program_names |= one.has_program_names;
    ld->t->has_fisik |= one.has_fisik;
    ld->t->has_sub_unit |= one.has_sub_unit;
    ld->t->subtotals += one.subtotals;
    apbd_table_release(&one);
    if (r == APBD_OK)
        r = agree_chart(ld, path, 0, ld->chart);
    return r;
}

/* The SKPD of lines [from, t->count) against those of the files before. */
static int check_twice(struct loading *ld, size_t from, uint16_t file)
{
    struct apbd_table *t = ld->t;
    size_t first_new = ld->nseen;
    const char *last = NULL;
    int status = APBD_OK;
    for (size_t i = from; i < t->count; i++) {
        const struct apbd_line *l = &t->lines[i];
        if (l->kode_skpd == last)       /* interned: one pointer per code */
            continue;
        last = l->kode_skpd;
        size_t k = 0;
        while (k < ld->nseen && ld->seen[k].kode != l->kode_skpd)
            k++;
        if (k < first_new) {
            char where[4200];
            snprintf(where, sizeof(where), "%s:%u", t->files[ld->seen[k].file], ld->seen[k].line);
            struct apbd_loc loc = { t->files[file], l->lineno, 0, NULL, 0, NULL };
            apbd_report(ld->rep, APBD_ERROR, APBD_MSG_PERIOD_SKPD_TWICE, &loc, l->kode_skpd, where,
                        NULL);
            status = APBD_EDATA;
            ld->seen[k].file = file;    /* said once per pair */
            ld->seen[k].line = l->lineno;
            continue;
        }
        if (k < ld->nseen)
            continue;
        ld->seen = apbd_xrealloc(ld->seen, (ld->nseen + 1) * sizeof(*ld->seen));
        ld->seen[ld->nseen++] = (struct seen){ l->kode_skpd, file, l->lineno };
    }
    return status;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int load_folder(struct loading *ld, const char *path)
{
    DIR *d = opendir(path);
    if (!d) {
        struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
        apbd_report(ld->rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(errno), NULL);
        return APBD_EIO;
    }
    char **names = NULL;
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 5
            || (strcasecmp(e->d_name + len - 4, ".csv") != 0
                && (len < 6 || strcasecmp(e->d_name + len - 5, ".xlsx") != 0)))
            continue;
        names = apbd_xrealloc(names, (n + 1) * sizeof(*names));
        names[n] = strdup(e->d_name);
        if (!names[n++])
            apbd_die_nomem();
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof(*names), by_name);
    int status = APBD_OK;
    if (!n) {
        struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
        apbd_report(ld->rep, APBD_ERROR, APBD_MSG_PERIOD_EMPTY_DIR, &loc, ld->t->period, NULL);
        status = APBD_EDATA;
    }
    for (size_t i = 0; i < n; i++) {
        char file[4096];
        snprintf(file, sizeof(file), "%s/%s", path, names[i]);
        free(names[i]);
        if (status == APBD_EIO || ld->t->nfiles == UINT16_MAX)
            continue;
        uint16_t k = apbd_table_add_file(ld->t, file);
        size_t from = ld->t->count;
        apbd_report_begin_file(ld->rep, file);
        int r = apbd_laporan_sniff(file) ? load_report(ld, file, k) : load_flat(ld, file, k);
        if (r != APBD_EIO && check_twice(ld, from, k) != APBD_OK && r == APBD_OK)
            r = APBD_EDATA;
        apbd_report_end_file(ld->rep);
        if (r != APBD_OK && status != APBD_EIO)
            status = r;
    }
    free(names);
    apbd_report_begin_file(ld->rep, path);     /* what follows is the period's own */
    return status;
}

void apbd_period_note_chart(const struct apbd_table *t, const struct apbd_pemda *pemda,
                            struct apbd_report *rep)
{
    int year = atoi(t->period), set;
    enum apbd_chart want = apbd_pemda_chart(pemda, year, &set);
    static const char *const why[][2][2] = {
        { { "menurut tahunnya", "by its year" }, { "dari pemda.ini", "from pemda.ini" } },
        { { "dari kode laporannya", "from its reports' codes" },
          { "dari kode laporannya", "from its reports' codes" } },
    };
    char y[16];
    snprintf(y, sizeof(y), "%d", year);
    struct apbd_loc loc = { t->path, 0, 0, NULL, 0, NULL };
    apbd_report(rep, APBD_NOTE, APBD_MSG_NOTE_CHART, &loc, y, apbd_chart_name(t->chart),
                why[t->chart != want][set][rep->lang], NULL);
}

int apbd_period_load(struct apbd_table *t, const char *path, const struct apbd_period_opts *o,
                     struct apbd_report *rep)
{
    struct loading ld = { .t = t, .o = o, .rep = rep };
    struct apbd_selisih accept;
    apbd_selisih_init(&accept);
    ld.accept = &accept;
    t->path = path;
    if (apbd_period_from_name(path, t->period) != 0)
        t->period[0] = '\0';
    ld.year = t->period[0] ? atoi(t->period) : 0;
    ld.chart = apbd_pemda_chart(o->pemda, ld.year, &ld.chart_set);
    t->chart = ld.chart;
    struct stat st;
    int status = APBD_OK;
    /* the year folder's accepted differences */
    char dir[4096];
    snprintf(dir, sizeof(dir), "%s", path);
    size_t n = strlen(dir);
    while (n > 1 && dir[n - 1] == '/')
        dir[--n] = '\0';
    char *slash = strrchr(dir, '/');
    char period[8];
    if (slash) {
        *slash = '\0';
        /* a per-SKPD file named alone: its year is the folder above its period's */
        char *up = strrchr(dir, '/');
        if (up && apbd_period_from_name(dir, period) == 0)
            *up = '\0';
        if (apbd_selisih_load(&accept, slash == dir ? "/" : dir, rep) != APBD_OK)
            status = APBD_EDATA;
        apbd_report_begin_file(rep, path);
    }
    if (status != APBD_OK) {
        /* reported; the period is not read on doubtful acceptances */
    } else if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        status = load_folder(&ld, path);
    } else if (apbd_laporan_sniff(path)) {
        uint16_t k = apbd_table_add_file(t, path);
        status = load_report(&ld, path, k);
    } else {
        /* One flat export: read straight into t, the common case. */
        struct apbd_import_opts io = {
            .coa = apbd_charts_get(o->charts, ld.chart, rep), .chart = ld.chart,
        };
        status = apbd_import_file(t, path, &io, rep);
        /* an archived month carries the differences accepted when it was
         * published */
        if (status == APBD_OK)
            status = apbd_selisih_load_applied(t, path, rep);
    }
    free(ld.seen);
    apbd_selisih_release(&accept);
    return status;
}
