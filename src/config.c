/* config.c: budgets/pemda.ini. */
#include <errno.h>
#include <ini.h>
#include <stdlib.h>
#include <string.h>

#include "apbd/arena.h"
#include "apbd/coa.h"
#include "apbd/codes.h"
#include "apbd/config.h"
#include "apbd/messages.h"
#include "apbd/report.h"
#include "apbd/status.h"

struct loader {
    struct apbd_pemda *p;
    struct apbd_report *rep;
    const char *path;
    unsigned line;
    int bad;
};

static char *xstrdup(const char *s)
{
    char *d = strdup(s);
    if (!d)
        apbd_die_nomem();
    return d;
}

static void set(char **field, const char *value)
{
    free(*field);
    *field = xstrdup(value);
}

struct key {
    const char *section, *name;
    size_t offset;
};

#define K(sec, f) { sec, #f, offsetof(struct apbd_pemda, f) }
static const struct key keys[] = {
    K("pemda", nama), K("pemda", nama_singkat), K("pemda", kode), K("pemda", jenis),
    K("pemda", provinsi), K("pemda", zona_waktu), K("pemda", logo), K("pemda", warna_utama),
    K("pemda", warna_aksen), K("pemda", url), K("pemda", lisensi), K("pemda", kontak),
    K("pemda", kanal_pertanyaan), K("publikasi", branch), K("publikasi", penulis),
    K("publikasi", format_angka),
};

static void bad_value(struct loader *l, const char *name, const char *value, const char *expect)
{
    struct apbd_loc loc = { l->path, l->line, 0, NULL, 0, NULL };
    apbd_report(l->rep, APBD_ERROR, APBD_MSG_CONFIG_VALUE, &loc, name, value, expect, NULL);
    l->bad = 1;
}

static void add_privacy(struct loader *l, enum apbd_chart c, const char *key, const char *value)
{
    struct apbd_pemda *p = l->p;
    const char *s = value;
    while (*s) {
        size_t n = strcspn(s, ",");
        char code[APBD_CODE_MAX];
        if (apbd_code_normalise(s, n, apbd_chart_account_shape(c), code) == APBD_CODE_BAD || !code[0]) {
            char *text = strndup(s, n);
            bad_value(l, key, text ? text : "",
                      c == APBD_CHART_13_2006 ? "5.1.4, 5.1.5" : "5.1.05, 5.1.06");
            free(text);
        } else if (p->nprivasi[c] < APBD_PRIVACY_MAX) {
            p->privasi[c][p->nprivasi[c]++] = xstrdup(code);
        }
        s += n;
        if (*s == ',')
            s++;
    }
}

static int on_value(void *user, const char *section, const char *name, const char *value)
{
    struct loader *l = user;
    struct apbd_pemda *p = l->p;
    for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
        if (strcmp(section, keys[i].section) == 0 && strcmp(name, keys[i].name) == 0) {
            set((char **)((char *)p + keys[i].offset), value);
            return 1;
        }
    }
    if (strcmp(section, "pemda") == 0 && strcmp(name, "penduduk") == 0) {
        char *end;
        errno = 0;
        long long n = strtoll(value, &end, 10);
        if (errno || *end || n < 0)
            bad_value(l, name, value, "512345");
        else
            p->penduduk = n;
        return 1;
    }
    if (strcmp(section, "privasi") == 0 && strcmp(name, "sembunyikan_uraian") == 0) {
        add_privacy(l, APBD_CHART_90_2019, name, value);
        return 1;
    }
    if (strcmp(section, "privasi") == 0 && strcmp(name, "sembunyikan_uraian_13_2006") == 0) {
        add_privacy(l, APBD_CHART_13_2006, name, value);
        return 1;
    }
    if (strcmp(section, "bagan_akun") == 0) {
        char *end;
        long year = strtol(name, &end, 10);
        enum apbd_chart c;
        if (*end || year < 1990 || year > 2200)
            bad_value(l, name, value, "2016 = 13/2006");
        else if (apbd_chart_parse(value, &c) != 0)
            bad_value(l, name, value, "13/2006, 90/2019");
        else if (p->nbagan < APBD_CHART_YEARS_MAX) {
            p->bagan[p->nbagan].year = (int)year;
            p->bagan[p->nbagan++].chart = c;
        }
        return 1;
    }
    struct apbd_loc loc = { l->path, l->line, 0, NULL, 0, NULL };
    apbd_report(l->rep, APBD_WARNING, APBD_MSG_CONFIG_UNKNOWN, &loc, section, name, NULL);
    return 1;
}

/* inih as packaged reports no line numbers to handlers; count them here. */
struct stream {
    FILE *f;
    struct loader *l;
};

static char *reader(char *buf, int size, void *user)
{
    struct stream *s = user;
    char *r = fgets(buf, size, s->f);
    if (r)
        s->l->line++;
    return r;
}

static const struct {
    const char *name;
    int minutes;
} zones[] = { { "WIB", 7 * 60 }, { "WITA", 8 * 60 }, { "WIT", 9 * 60 } };

int apbd_pemda_load(struct apbd_pemda *p, const char *path, struct apbd_report *rep)
{
    memset(p, 0, sizeof(*p));
    p->nama = xstrdup("Pemerintah Daerah");
    p->nama_singkat = xstrdup("Pemda");
    p->zona_waktu = xstrdup("WIB");
    p->lisensi = xstrdup("CC-BY-4.0");
    p->branch = xstrdup("gh-pages");
    p->penulis = xstrdup("apbd <apbd@localhost>");
    p->format_angka = xstrdup("id");

    FILE *f = fopen(path, "r");
    struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
    if (!f) {
        apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(errno), NULL);
        return APBD_EIO;
    }
    struct loader l = { .p = p, .rep = rep, .path = path };
    struct stream s = { f, &l };
    int r = ini_parse_stream(reader, &s, on_value, &l);
    fclose(f);
    if (r > 0) {
        loc.line = (unsigned)r;
        apbd_report(rep, APBD_ERROR, APBD_MSG_CONFIG_SYNTAX, &loc, NULL);
        return APBD_EDATA;
    }
    if (r < 0) {
        apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(ENOMEM), NULL);
        return APBD_EIO;
    }
    p->utc_offset_minutes = -1;
    for (size_t i = 0; i < sizeof(zones) / sizeof(zones[0]); i++)
        if (strcasecmp(p->zona_waktu, zones[i].name) == 0)
            p->utc_offset_minutes = zones[i].minutes;
    if (p->utc_offset_minutes < 0) {
        apbd_report(rep, APBD_ERROR, APBD_MSG_CONFIG_VALUE, &loc, "zona_waktu", p->zona_waktu,
                    "WIB, WITA, WIT", NULL);
        l.bad = 1;
    }
    /* Hiding names in 90/2019 years and not in 13/2006 ones would publish
     * the names of the older years: their hibah (5.1.4) and bantuan sosial
     * (5.1.5) are hidden unless sembunyikan_uraian_13_2006 says otherwise. */
    if (p->nprivasi[APBD_CHART_90_2019] && !p->nprivasi[APBD_CHART_13_2006]) {
        p->privasi[APBD_CHART_13_2006][0] = xstrdup("5.1.4");
        p->privasi[APBD_CHART_13_2006][1] = xstrdup("5.1.5");
        p->nprivasi[APBD_CHART_13_2006] = 2;
        p->privasi_13_default = 1;
    }
    return l.bad ? APBD_EDATA : APBD_OK;
}

void apbd_pemda_release(struct apbd_pemda *p)
{
    char **strings[] = {
        &p->nama, &p->nama_singkat, &p->kode, &p->jenis, &p->provinsi, &p->zona_waktu,
        &p->logo, &p->warna_utama, &p->warna_aksen, &p->url, &p->lisensi, &p->kontak,
        &p->kanal_pertanyaan, &p->branch, &p->penulis, &p->format_angka,
    };
    for (size_t i = 0; i < sizeof(strings) / sizeof(strings[0]); i++)
        free(*strings[i]);
    for (int c = 0; c < APBD_CHART_COUNT; c++)
        for (size_t i = 0; i < p->nprivasi[c]; i++)
            free(p->privasi[c][i]);
    memset(p, 0, sizeof(*p));
}

int apbd_pemda_hides(const struct apbd_pemda *p, enum apbd_chart c, const char *kode)
{
    for (size_t i = 0; i < p->nprivasi[c]; i++) {
        size_t n = strlen(p->privasi[c][i]);
        if (strncmp(kode, p->privasi[c][i], n) == 0 && (kode[n] == '\0' || kode[n] == '.'))
            return 1;
    }
    return 0;
}

enum apbd_chart apbd_pemda_chart(const struct apbd_pemda *p, int year, int *set)
{
    enum apbd_chart c = apbd_chart_of_year(year);
    int chosen = 0;
    for (size_t i = 0; p && i < p->nbagan; i++)
        if (p->bagan[i].year == year) {
            c = p->bagan[i].chart;
            chosen = 1;
        }
    if (set)
        *set = chosen;
    return c;
}
