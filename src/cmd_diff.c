/*
 * cmd_diff.c: apbd diff [--repo PATH | --out DIR] A B
 *
 * What changed between two publications, from their published JSON: the
 * LRA totals, the offices whose figures moved, and the lines whose budget
 * was revised. A and B are periods (YYYY-MM) or, with --repo, git
 * revisions (a tag such as 2024-07-r2, a commit, gh-pages~1): a revision
 * is read at the period its name starts with, else at the other side's
 * period, else at its latest month.
 */
#include <getopt.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apbd/arena.h"
#include "apbd/cmd.h"
#include "apbd/gitread.h"
#include "apbd/money.h"
#include "apbd/report.h"
#include "apbd/status.h"

static const char usage[] =
    "usage: apbd diff [--repo PATH | --out DIR] [--lang id|en] A B\n"
    "\n"
    "What changed between two publications: totals, offices, revised lines.\n"
    "A and B are periods (YYYY-MM), or with --repo git revisions (2024-07-r2,\n"
    "a commit, gh-pages~1).\n";

struct side {
    const char *arg;
    char period[8];
    const char *rev;            /* NULL: a period read from --out or the tip */
    json_object *doc;
};

static int is_period(const char *s)
{
    return strlen(s) >= 7 && strspn(s, "0123456789") == 4 && s[4] == '-'
           && strspn(s + 5, "0123456789") >= 2 && (s[7] == '\0' || s[7] == '-');
}

/* Exact sen from a JSON number (json-c keeps the text it parsed). */
static int64_t sen(json_object *o)
{
    int64_t v = 0;
    if (!o)
        return 0;
    const char *t = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN);
    apbd_number_parse(t, strlen(t), APBD_NUM_EN, 2, &v);
    return v;
}

static json_object *get(json_object *o, const char *k)
{
    json_object *v = NULL;
    return o && json_object_object_get_ex(o, k, &v) ? v : NULL;
}

static char *load_text(const char *repo, const char *out, struct side *s)
{
    char path[64];
    snprintf(path, sizeof(path), "%.4s/%.2s/apbd-%.7s.json", s->period, s->period + 5, s->period);
    if (repo)
        return apbd_git_read(repo, s->rev ? s->rev : "HEAD", s->period[0] ? path
                             : "terbaru/apbd-terbaru.json", NULL);
    char full[PATH_MAX];
    snprintf(full, sizeof(full), "%s/%s", out, path);
    FILE *f = fopen(full, "r");
    if (!f)
        return NULL;
    char *text = NULL;
    size_t len = 0, cap = 0, n;
    char buf[65536];
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

static void amount(char *buf, int64_t v, enum apbd_numstyle style)
{
    char m[APBD_MONEY_BUF];
    snprintf(buf, APBD_MONEY_BUF + 2, "%s%s", v > 0 ? "+" : "", apbd_money_format_grouped(m, v, style));
}

struct words {
    const char *summary, *offices, *lines, *none, *anggaran, *realisasi;
};

static const struct words words[2] = {
    { "Ringkasan (rupiah)", "SKPD yang angkanya berubah", "Baris yang anggarannya berubah",
      "tidak ada", "anggaran", "realisasi" },
    { "Summary (rupiah)", "Offices whose figures changed", "Lines whose budget changed",
      "none", "anggaran", "realisasi" },
};

static void print_summary(const struct side *a, const struct side *b, enum apbd_lang lang)
{
    static const char *const rows[] = {
        "pendapatan", "belanja", "surplus_defisit", "penerimaan_pembiayaan",
        "pengeluaran_pembiayaan", "pembiayaan_netto", "silpa",
    };
    enum apbd_numstyle st = lang == APBD_LANG_EN ? APBD_NUM_EN : APBD_NUM_ID;
    printf("%s\n", words[lang].summary);
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        json_object *ra = get(get(a->doc, "ringkasan"), rows[i]);
        json_object *rb = get(get(b->doc, "ringkasan"), rows[i]);
        char x[APBD_MONEY_BUF], y[APBD_MONEY_BUF], d[APBD_MONEY_BUF + 2];
        printf("  %-24s", rows[i]);
        static const char *const keys[] = { "anggaran", "realisasi" };
        for (int k = 0; k < 2; k++) {
            int64_t va = sen(get(ra, keys[k])), vb = sen(get(rb, keys[k]));
            amount(d, vb - va, st);
            printf("  %s %s -> %s (%s)", keys[k], apbd_money_format_grouped(x, va, st),
                   apbd_money_format_grouped(y, vb, st), d);
        }
        printf("\n");
    }
}

static void print_offices(const struct side *a, const struct side *b, enum apbd_lang lang)
{
    enum apbd_numstyle st = lang == APBD_LANG_EN ? APBD_NUM_EN : APBD_NUM_ID;
    json_object *la = get(a->doc, "skpd"), *lb = get(b->doc, "skpd");
    printf("\n%s (belanja)\n", words[lang].offices);
    int any = 0;
    for (size_t i = 0; lb && i < json_object_array_length(lb); i++) {
        json_object *ob = json_object_array_get_idx(lb, i), *oa = NULL;
        const char *kode = json_object_get_string(get(ob, "kode"));
        for (size_t j = 0; la && j < json_object_array_length(la) && !oa; j++) {
            json_object *x = json_object_array_get_idx(la, j);
            if (strcmp(json_object_get_string(get(x, "kode")), kode) == 0)
                oa = x;
        }
        int64_t aa = sen(get(get(oa, "belanja"), "anggaran")), ab = sen(get(get(ob, "belanja"), "anggaran"));
        int64_t ra = sen(get(get(oa, "belanja"), "realisasi")), rb = sen(get(get(ob, "belanja"), "realisasi"));
        if (oa && aa == ab && ra == rb)
            continue;
        char d1[APBD_MONEY_BUF + 2], d2[APBD_MONEY_BUF + 2];
        amount(d1, ab - aa, st);
        amount(d2, rb - ra, st);
        printf("  %s %s: anggaran %s, realisasi %s\n", kode,
               json_object_get_string(get(ob, "nama")), d1, d2);
        any = 1;
    }
    if (!any)
        printf("  %s\n", words[lang].none);
}

/* Lines keyed by SKPD, sub kegiatan, account and sumber dana, summed. */
struct keyed {
    char *key;
    int64_t anggaran;
};

static int by_key(const void *x, const void *y)
{
    return strcmp(((const struct keyed *)x)->key, ((const struct keyed *)y)->key);
}

static struct keyed *keyed_lines(json_object *doc, size_t *n)
{
    json_object *rows = get(doc, "baris");
    size_t count = rows ? json_object_array_length(rows) : 0;
    struct keyed *k = apbd_xmalloc((count ? count : 1) * sizeof(*k));
    for (size_t i = 0; i < count; i++) {
        json_object *r = json_object_array_get_idx(rows, i);
        char buf[1024];
        snprintf(buf, sizeof(buf), "%s  %s  %s  %s", json_object_get_string(get(r, "kode_skpd")),
                 json_object_get_string(get(r, "kode_sub_kegiatan")),
                 json_object_get_string(get(r, "kode_rekening")),
                 json_object_get_string(get(r, "sumber_dana")));
        k[i].key = strdup(buf);
        k[i].anggaran = sen(get(r, "anggaran"));
    }
    qsort(k, count, sizeof(*k), by_key);
    size_t out = 0;
    for (size_t i = 0; i < count; i++) {
        if (out && strcmp(k[out - 1].key, k[i].key) == 0) {
            k[out - 1].anggaran += k[i].anggaran;
            free(k[i].key);
        } else {
            k[out++] = k[i];
        }
    }
    *n = out;
    return k;
}

static void print_lines(const struct side *a, const struct side *b, enum apbd_lang lang)
{
    enum apbd_numstyle st = lang == APBD_LANG_EN ? APBD_NUM_EN : APBD_NUM_ID;
    size_t na, nb, i = 0, j = 0, shown = 0, total = 0;
    struct keyed *ka = keyed_lines(a->doc, &na), *kb = keyed_lines(b->doc, &nb);
    printf("\n%s\n", words[lang].lines);
    while (i < na || j < nb) {
        int c = i == na ? 1 : j == nb ? -1 : strcmp(ka[i].key, kb[j].key);
        int64_t va = c <= 0 ? ka[i].anggaran : 0, vb = c >= 0 ? kb[j].anggaran : 0;
        const char *key = c <= 0 ? ka[i].key : kb[j].key;
        if (va != vb) {
            total++;
            if (shown++ < 50) {
                char x[APBD_MONEY_BUF], y[APBD_MONEY_BUF];
                printf("  %s: %s -> %s\n", key, c > 0 ? "-" : apbd_money_format_grouped(x, va, st),
                       c < 0 ? "-" : apbd_money_format_grouped(y, vb, st));
            }
        }
        if (c <= 0)
            i++;
        if (c >= 0)
            j++;
    }
    if (!total)
        printf("  %s\n", words[lang].none);
    else if (total > 50)
        printf("  … (%zu)\n", total);
    for (size_t x = 0; x < na; x++)
        free(ka[x].key);
    for (size_t x = 0; x < nb; x++)
        free(kb[x].key);
    free(ka);
    free(kb);
}

int apbd_cmd_diff(int argc, char **argv)
{
    static const struct option options[] = {
        { "repo", required_argument, NULL, 'r' }, { "out", required_argument, NULL, 'o' },
        { "lang", required_argument, NULL, 'l' }, { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    const char *repo = NULL, *out = NULL, *lang_opt = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "r:o:l:h", options, NULL)) != -1) {
        switch (c) {
        case 'r': repo = optarg; break;
        case 'o': out = optarg; break;
        case 'l': lang_opt = optarg; break;
        case 'h': fputs(usage, stdout); return APBD_OK;
        default: fputs(usage, stderr); return APBD_EUSAGE;
        }
    }
    enum apbd_lang lang;
    if (argc - optind != 2 || (repo && out) || apbd_lang_pick(lang_opt, &lang) != 0) {
        fputs(usage, stderr);
        return APBD_EUSAGE;
    }
    if (!repo && !out)
        out = "_site";
    struct side s[2] = { { .arg = argv[optind] }, { .arg = argv[optind + 1] } };
    struct apbd_report rep;
    apbd_report_init(&rep, stderr, lang);
    for (int i = 0; i < 2; i++) {
        if (repo && apbd_git_resolves(repo, s[i].arg))
            s[i].rev = s[i].arg;
        else if (!is_period(s[i].arg)) {
            fprintf(stderr, "apbd diff: '%s' is not a period (YYYY-MM)%s\n", s[i].arg,
                    repo ? " nor a revision of the repository" : "");
            return APBD_EUSAGE;
        }
        if (is_period(s[i].arg))
            snprintf(s[i].period, sizeof(s[i].period), "%.7s", s[i].arg);
    }
    for (int i = 0; i < 2; i++)
        if (!s[i].period[0] && s[1 - i].period[0])
            memcpy(s[i].period, s[1 - i].period, sizeof(s[i].period));
    int status = APBD_OK;
    for (int i = 0; i < 2 && status == APBD_OK; i++) {
        char *text = load_text(repo, out, &s[i]);
        s[i].doc = text ? json_tokener_parse(text) : NULL;
        free(text);
        if (!s[i].doc) {
            struct apbd_loc loc = { repo ? repo : out, 0, 0, NULL, 0, NULL };
            char what[128];
            snprintf(what, sizeof(what), "no published month %s at %s", s[i].period[0] ? s[i].period : "(latest)",
                     s[i].rev ? s[i].rev : repo ? "the tip" : out);
            apbd_report(&rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, what, NULL);
            status = APBD_EIO;
        }
    }
    if (status == APBD_OK) {
        printf("apbd diff %s (%s) -> %s (%s)\n\n", s[0].arg,
               json_object_get_string(get(s[0].doc, "periode")), s[1].arg,
               json_object_get_string(get(s[1].doc, "periode")));
        /* Codes of two charts name different things: 5.2 is belanja
         * langsung in 13/2006 and belanja modal in 90/2019. */
        const char *c0 = json_object_get_string(get(s[0].doc, "bagan_akun"));
        const char *c1 = json_object_get_string(get(s[1].doc, "bagan_akun"));
        if (c0 && c1 && strcmp(c0, c1) != 0)
            printf(lang == APBD_LANG_EN
                       ? "note: %s follows %s and %s follows %s: account codes name different "
                         "things in the two charts; compare totals, not codes\n\n"
                       : "catatan: %s mengikuti %s dan %s mengikuti %s: kode rekening kedua bagan "
                         "berarti lain; bandingkan jumlahnya, bukan kodenya\n\n",
                   s[0].arg, c0, s[1].arg, c1);
        print_summary(&s[0], &s[1], lang);
        print_offices(&s[0], &s[1], lang);
        print_lines(&s[0], &s[1], lang);
    }
    json_object_put(s[0].doc);
    json_object_put(s[1].doc);
    return status;
}
