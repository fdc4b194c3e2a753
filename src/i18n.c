/* i18n.c: UI strings from site-gen/strings.csv, numbers and dates. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "apbd/i18n.h"
#include "apbd/money.h"
#include "apbd/status.h"

int apbd_sitegen_dir(const char *budgets, char *out, size_t size)
{
    if (budgets) {
        snprintf(out, size, "%s/site-gen", budgets);
        if (access(out, R_OK) == 0)
            return 0;
    }
    const char *env = getenv("APBD_SITE_GEN");
    if (env && *env) {
        snprintf(out, size, "%s", env);
        return access(out, R_OK) == 0 ? 0 : -1;
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
    static const char *const layouts[] = { "%s/site-gen", "%s/../share/apbd/site-gen" };
    for (size_t i = 0; i < 2; i++) {
        if ((size_t)snprintf(out, size, layouts[i], exe) < size && access(out, R_OK) == 0)
            return 0;
    }
    return -1;
}

static int by_key(const void *a, const void *b)
{
    return strcmp((*(const char ***)a)[0], (*(const char ***)b)[0]);
}

int apbd_i18n_load(struct apbd_i18n *t, const char *sitegen, struct apbd_report *rep)
{
    enum apbd_lang lang = t->lang;
    memset(t, 0, sizeof(*t));
    t->lang = lang;
    snprintf(t->dir, sizeof(t->dir), "%s", sitegen);
    char path[600];
    snprintf(path, sizeof(path), "%s/strings.csv", sitegen);
    int r = apbd_datafile_load_path(&t->file, path, rep);
    if (r != APBD_OK)
        return r;
    if (t->file.nrows > 1) {
        t->rows = t->file.rows + 1;
        t->count = t->file.nrows - 1;
        qsort(t->rows, t->count, sizeof(*t->rows), by_key);
    }
    return APBD_OK;
}

void apbd_i18n_release(struct apbd_i18n *t)
{
    apbd_datafile_release(&t->file);
    t->rows = NULL;
    t->count = 0;
}

const char *apbd_t(const struct apbd_i18n *t, const char *key)
{
    size_t lo = 0, hi = t->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(t->rows[mid][0], key);
        if (c == 0) {
            const char *s = t->rows[mid][t->lang == APBD_LANG_EN ? 2 : 1];
            return *s ? s : t->rows[mid][1];
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return key;
}

static enum apbd_numstyle style(enum apbd_lang lang)
{
    return lang == APBD_LANG_EN ? APBD_NUM_EN : APBD_NUM_ID;
}

char *apbd_fmt_rupiah(char buf[APBD_FMT_BUF], int64_t sen, enum apbd_lang lang)
{
    char m[APBD_MONEY_BUF];
    apbd_money_format_grouped(m, sen < 0 ? -sen : sen, style(lang));
    snprintf(buf, APBD_FMT_BUF, "%sRp%s", sen < 0 ? "-" : "", m);
    return buf;
}

char *apbd_fmt_rupiah_short(char buf[APBD_FMT_BUF], int64_t sen, enum apbd_lang lang)
{
    static const struct {
        int64_t rupiah;
        const char *id, *en;
    } units[] = {
        { 1000000000000LL, "T", "tn" }, { 1000000000LL, "M", "bn" },
        { 1000000LL, "jt", "m" }, { 1000LL, "rb", "k" },
    };
    int64_t mag = sen < 0 ? -sen : sen;
    /* The value in units with two decimals, rounded once, half away from zero. */
    for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
        if (mag < units[i].rupiah * 100)
            continue;
        __int128 den = (__int128)units[i].rupiah;       /* sen per unit / 100 */
        __int128 q2 = (__int128)mag * 2 / den;          /* units x 100, doubled */
        long long q = (long long)((q2 + 1) / 2);
        char sep = lang == APBD_LANG_EN ? '.' : ',';
        snprintf(buf, APBD_FMT_BUF, "%sRp%lld%c%02lld %s", sen < 0 ? "-" : "", q / 100, sep,
                 q % 100, lang == APBD_LANG_EN ? units[i].en : units[i].id);
        return buf;
    }
    return apbd_fmt_rupiah(buf, sen, lang);
}

char *apbd_fmt_int(char buf[APBD_FMT_BUF], long long n, enum apbd_lang lang)
{
    char m[APBD_MONEY_BUF];
    apbd_money_format_grouped(m, (int64_t)n * 100, style(lang));
    snprintf(buf, APBD_FMT_BUF, "%s", m);
    return buf;
}

char *apbd_fmt_pct(char buf[APBD_FMT_BUF], int64_t num, int64_t den, enum apbd_lang lang)
{
    char p[APBD_MONEY_BUF];
    if (!apbd_percent_format_dp(p, num, den, style(lang), 1)) {
        buf[0] = '\0';
        return NULL;
    }
    snprintf(buf, APBD_FMT_BUF, "%s%%", p);
    return buf;
}

static const char *const months[2][12] = {
    { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
      "Oktober", "November", "Desember" },
    { "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December" },
};

const char *apbd_month_name(int month, enum apbd_lang lang)
{
    if (month == 0)             /* the approved budget, before any realization */
        return lang == APBD_LANG_EN ? "Budget" : "APBD";
    return month >= 1 && month <= 12 ? months[lang][month - 1] : "?";
}

char *apbd_fmt_date(char buf[APBD_FMT_BUF], const char *iso, enum apbd_lang lang)
{
    int y = atoi(iso), m = strlen(iso) >= 7 ? atoi(iso + 5) : 0;
    if (strlen(iso) >= 10)
        snprintf(buf, APBD_FMT_BUF, "%d %s %d", atoi(iso + 8), apbd_month_name(m, lang), y);
    else if (m == 0)
        snprintf(buf, APBD_FMT_BUF, "%d", y);       /* the year's approved budget */
    else
        snprintf(buf, APBD_FMT_BUF, "%s %d", apbd_month_name(m, lang), y);
    return buf;
}

static time_t day(const char *iso)
{
    struct tm tm = { .tm_year = atoi(iso) - 1900, .tm_mon = atoi(iso + 5) - 1,
                     .tm_mday = atoi(iso + 8) };
    return timegm(&tm);
}

long apbd_days_between(const char *a, const char *b)
{
    return (long)((day(b) - day(a)) / 86400);
}
