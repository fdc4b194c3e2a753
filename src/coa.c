/* coa.c: the chart of accounts, loaded from data/coa/. */
#include <csv.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "apbd/coa.h"
#include "apbd/codes.h"
#include "apbd/report.h"
#include "apbd/status.h"

int apbd_data_path(char *buf, size_t size, const char *rel)
{
    const char *env = getenv("APBD_DATA");
    if (env && *env) {
        if ((size_t)snprintf(buf, size, "%s/%s", env, rel) >= size)
            return -1;
        return access(buf, R_OK) == 0 ? 0 : -1;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    if (n <= 0)
        return -1;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return -1;
    *slash = '\0';
    static const char *const layouts[] = { "%s/data/%s", "%s/../share/apbd/%s" };
    for (size_t i = 0; i < sizeof(layouts) / sizeof(layouts[0]); i++) {
        if ((size_t)snprintf(buf, size, layouts[i], exe, rel) < size
            && access(buf, R_OK) == 0)
            return 0;
    }
    return -1;
}

const char *apbd_coa_level_name(int level)
{
    static const char *const names[] = {
        "?", "akun", "kelompok", "jenis", "objek", "rincian objek", "sub rincian objek",
    };
    return level >= 1 && level <= 6 ? names[level] : names[0];
}

struct loader {
    struct apbd_coa *coa;
    size_t cap;
    char *field[2];
    size_t nfields;
    unsigned line;
    int bad;
    const char *path;
    struct apbd_report *rep;
};

static void on_field(void *s, size_t len, void *data)
{
    struct loader *l = data;
    if (l->nfields < 2)
        l->field[l->nfields] = apbd_arena_strndup(&l->coa->arena, s, len);
    l->nfields++;
}

static void on_record(int c, void *data)
{
    (void)c;
    struct loader *l = data;
    l->line++;
    size_t nfields = l->nfields;
    l->nfields = 0;
    if (l->line == 1)
        return;         /* kode,nama */
    struct apbd_loc loc = { l->path, l->line, 1, NULL, 0, NULL };
    char canon[APBD_CODE_MAX];
    if (nfields != 2
        || apbd_code_normalise(l->field[0], strlen(l->field[0]), NULL, canon) != APBD_CODE_SAME
        || !canon[0]) {
        apbd_report(l->rep, APBD_ERROR, APBD_MSG_BAD_ACCOUNT_CODE, &loc,
                    nfields ? l->field[0] : "", NULL);
        l->bad = 1;
        return;
    }
    struct apbd_coa *coa = l->coa;
    if (coa->count == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 256;
        coa->entries = apbd_xrealloc(coa->entries, l->cap * sizeof(*coa->entries));
    }
    coa->entries[coa->count++] = (struct apbd_coa_entry){
        .kode = l->field[0], .nama = l->field[1], .level = apbd_code_segments(canon),
    };
}

static int by_kode(const void *a, const void *b)
{
    return strcmp(((const struct apbd_coa_entry *)a)->kode,
                  ((const struct apbd_coa_entry *)b)->kode);
}

int apbd_coa_load(struct apbd_coa *coa, const char *file, const char *name,
                  struct apbd_report *rep)
{
    char rel[256], path[PATH_MAX];
    memset(coa, 0, sizeof(*coa));
    apbd_arena_init(&coa->arena);
    coa->name = name;
    snprintf(rel, sizeof(rel), "coa/%s", file);
    struct apbd_loc loc = { rel, 0, 0, NULL, 0, NULL };
    if (apbd_data_path(path, sizeof(path), rel) != 0) {
        apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc,
                    "data file not found; set APBD_DATA to the data directory", NULL);
        return APBD_EIO;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        loc.file = path;
        apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(errno), NULL);
        return APBD_EIO;
    }
    struct csv_parser p;
    struct loader l = { .coa = coa, .path = path, .rep = rep };
    csv_init(&p, CSV_APPEND_NULL);
    char buf[16384];
    size_t n;
    while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
        csv_parse(&p, buf, n, on_field, on_record, &l);
    csv_fini(&p, on_field, on_record, &l);
    csv_free(&p);
    int read_error = ferror(f);
    fclose(f);
    if (read_error) {
        loc.file = path;
        apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(EIO), NULL);
        return APBD_EIO;
    }
    qsort(coa->entries, coa->count, sizeof(*coa->entries), by_kode);
    return l.bad ? APBD_EDATA : APBD_OK;
}

void apbd_coa_release(struct apbd_coa *coa)
{
    free(coa->entries);
    apbd_arena_release(&coa->arena);
    memset(coa, 0, sizeof(*coa));
}

const struct apbd_coa_entry *apbd_coa_find(const struct apbd_coa *coa,
                                           const char *kode, size_t len)
{
    size_t lo = 0, hi = coa->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *k = coa->entries[mid].kode;
        int c = strncmp(k, kode, len);
        if (c == 0 && k[len] != '\0')
            c = 1;
        if (c == 0)
            return &coa->entries[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static long last_segment_value(const char *kode, size_t len)
{
    size_t i = len;
    while (i > 0 && kode[i - 1] != '.')
        i--;
    return strtol(kode + i, NULL, 10);
}

const struct apbd_coa_entry *apbd_coa_nearest(const struct apbd_coa *coa,
                                              const char *kode, size_t len)
{
    char canon[APBD_CODE_MAX];
    if (len >= sizeof(canon))
        return NULL;
    memcpy(canon, kode, len);
    canon[len] = '\0';
    int level = apbd_code_segments(canon);
    size_t parent_len = level > 1 ? apbd_code_prefix_len(canon, level - 1) : 0;
    long want = last_segment_value(canon, len);
    const struct apbd_coa_entry *best = NULL, *any = NULL;
    long best_dist = 0;
    for (size_t i = 0; i < coa->count; i++) {
        const struct apbd_coa_entry *e = &coa->entries[i];
        if (e->level != level)
            continue;
        if (!any)
            any = e;
        if (parent_len && (strncmp(e->kode, canon, parent_len) != 0
                           || e->kode[parent_len] != '.'))
            continue;
        long d = labs(last_segment_value(e->kode, strlen(e->kode)) - want);
        if (!best || d < best_dist) {
            best = e;
            best_dist = d;
        }
    }
    return best ? best : any;
}

/* ------------------------------------------------ the chart of a year */

static const struct {
    const char *name, *file, *short_name;
} charts[APBD_CHART_COUNT] = {
    [APBD_CHART_90_2019] = { "Permendagri 90/2019", "permendagri-90-2019.csv", "90/2019" },
    [APBD_CHART_13_2006] = { "Permendagri 13/2006", "permendagri-13-2006.csv", "13/2006" },
};

const char *apbd_chart_name(enum apbd_chart c)
{
    return charts[c].name;
}

enum apbd_chart apbd_chart_of_year(int year)
{
    return year && year < 2021 ? APBD_CHART_13_2006 : APBD_CHART_90_2019;
}

int apbd_chart_parse(const char *s, enum apbd_chart *out)
{
    while (*s == ' ')
        s++;
    if (strncasecmp(s, "permendagri", 11) == 0)
        s += 11;
    while (*s == ' ')
        s++;
    for (int c = 0; c < APBD_CHART_COUNT; c++) {
        size_t n = strlen(charts[c].short_name);
        if (strncmp(s, charts[c].short_name, n) == 0 && (!s[n] || s[n] == ' ')) {
            *out = (enum apbd_chart)c;
            return 0;
        }
    }
    return -1;
}

const struct apbd_coa *apbd_charts_get(struct apbd_charts *ch, enum apbd_chart c,
                                       struct apbd_report *rep)
{
    if (!ch->tried[c]) {
        ch->tried[c] = 1;
        if (apbd_coa_load(&ch->coa[c], charts[c].file, charts[c].name, rep) != APBD_OK)
            apbd_coa_release(&ch->coa[c]);
    }
    return ch->coa[c].count ? &ch->coa[c] : NULL;
}

void apbd_charts_release(struct apbd_charts *ch)
{
    for (int c = 0; c < APBD_CHART_COUNT; c++)
        if (ch->tried[c])
            apbd_coa_release(&ch->coa[c]);
    memset(ch, 0, sizeof(*ch));
}
