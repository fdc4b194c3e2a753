/*
 * kas.c: the anggaran kas (cash plan) of a year, read and laid onto a
 * month's organisation tree.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "apbd/codes.h"
#include "apbd/header.h"
#include "apbd/i18n.h"
#include "apbd/kas.h"
#include "apbd/model.h"
#include "apbd/report.h"
#include "apbd/sheet.h"
#include "apbd/status.h"

#define COMPLETE 1000   /* the header score of a usable header */

/* ------------------------------------------------------------ reading */

struct reading {
    struct apbd_kas *k;
    int c_skpd, c_sub, c_rek, c_tahap, c_bulan, c_jumlah;
    int c_month[12];
    size_t cap;
};

/* 1..12 for a month named by a folded key ("januari", "jan", "bulan_1",
 * "07", "rencana_juli"); 0 when none. */
static int month_of_key(const char *key)
{
    static const char *const names[12][4] = {
        { "januari", "jan", "january", NULL }, { "februari", "feb", "pebruari", "february" },
        { "maret", "mar", "march", NULL }, { "april", "apr", NULL, NULL },
        { "mei", "may", NULL, NULL }, { "juni", "jun", "june", NULL },
        { "juli", "jul", "july", NULL }, { "agustus", "agu", "agt", "august" },
        { "september", "sep", "sept", NULL }, { "oktober", "okt", "oct", "october" },
        { "november", "nov", "nop", "nopember" }, { "desember", "des", "dec", "december" },
    };
    static const char *const prefixes[] = { "anggaran_kas_", "rencana_", "bulan_", "bln_", "kas_" };
    for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
        if (strncmp(key, prefixes[i], strlen(prefixes[i])) == 0) {
            key += strlen(prefixes[i]);
            break;
        }
    if (key[0] >= '0' && key[0] <= '9') {
        char *end;
        long v = strtol(key, &end, 10);
        return !*end && v >= 1 && v <= 12 && end - key <= 2 ? (int)v : 0;
    }
    for (int m = 0; m < 12; m++)
        for (int j = 0; j < 4 && names[m][j]; j++)
            if (strcmp(key, names[m][j]) == 0)
                return m + 1;
    return 0;
}

static int header(struct apbd_sheet *sh, void *ctx)
{
    struct reading *rd = ctx;
    rd->c_skpd = rd->c_sub = rd->c_rek = rd->c_tahap = rd->c_bulan = rd->c_jumlah = -1;
    int months = 0, known = 0;
    for (int m = 0; m < 12; m++)
        rd->c_month[m] = -1;
    for (size_t i = 0; i < sh->nf; i++) {
        char key[96];
        apbd_header_key(sh->f[i].s, sh->f[i].len, key, sizeof(key));
        enum apbd_col c = apbd_header_match(sh->f[i].s, sh->f[i].len);
        int *slot = NULL;
        int m;
        if (c == APBD_COL_KODE_SKPD)
            slot = &rd->c_skpd;
        else if (c == APBD_COL_KODE_SUB_KEGIATAN)
            slot = &rd->c_sub;
        else if (c == APBD_COL_KODE_REKENING)
            slot = &rd->c_rek;
        else if (!strcmp(key, "tahap") || !strcmp(key, "versi") || !strcmp(key, "jenis_anggaran")
                 || !strcmp(key, "tahapan"))
            slot = &rd->c_tahap;
        else if (!strcmp(key, "bulan") || !strcmp(key, "periode") || !strcmp(key, "bln"))
            slot = &rd->c_bulan;
        else if (!strcmp(key, "anggaran_kas") || !strcmp(key, "rencana") || !strcmp(key, "jumlah")
                 || !strcmp(key, "nilai") || !strcmp(key, "rencana_kas")
                 || !strcmp(key, "rencana_penarikan") || !strcmp(key, "rencana_penarikan_dana"))
            slot = &rd->c_jumlah;
        else if ((m = month_of_key(key)) != 0 && rd->c_month[m - 1] < 0) {
            rd->c_month[m - 1] = (int)i;
            months++;
            continue;
        }
        if (slot && *slot < 0) {
            *slot = (int)i;
            known++;
        }
    }
    int wide = months == 12, lng = rd->c_bulan >= 0 && rd->c_jumlah >= 0;
    if (rd->c_skpd >= 0 && (wide || lng)) {
        rd->k->wide = wide;
        return COMPLETE;
    }
    return known + months;
}

/* 1..12 from a bulan cell: "7", "07", "Juli", "2024-07", "Juli 2024". */
static int month_of_cell(const struct apbd_sheet_field *f)
{
    char key[96], *p;
    apbd_header_key(f->s, f->len, key, sizeof(key));
    if (strlen(key) == 7 && key[4] == '_')     /* 2024_07 */
        return month_of_key(key + 5);
    if ((p = strchr(key, '_')) != NULL)         /* juli_2024 */
        *p = '\0';
    return month_of_key(key);
}

static int tahap_of(struct apbd_sheet *sh, int k)
{
    struct apbd_sheet_field f = apbd_sheet_get(sh, k);
    char key[96];
    apbd_header_key(f.s, f.len, key, sizeof(key));
    if (!key[0] || !strcmp(key, "murni") || !strcmp(key, "induk") || !strcmp(key, "apbd")
        || !strcmp(key, "penetapan") || !strcmp(key, "awal"))
        return 0;
    if (!strcmp(key, "perubahan") || !strcmp(key, "p") || !strcmp(key, "apbd_p")
        || !strcmp(key, "apbd_perubahan") || !strcmp(key, "pergeseran"))
        return 1;
    char text[80];
    snprintf(text, sizeof(text), "%.*s", (int)(f.len < 70 ? f.len : 70), f.s);
    apbd_sheet_report(sh, APBD_ERROR, APBD_MSG_KAS_BAD_TAHAP, k, text, NULL, NULL);
    return -1;
}

/* Does a cell of the record say it is a total ("Jumlah", "Total")? */
static int is_total_row(const struct apbd_sheet *sh)
{
    for (size_t i = 0; i < sh->nf; i++) {
        char key[96];
        apbd_header_key(sh->f[i].s, sh->f[i].len, key, sizeof(key));
        if (!strncmp(key, "jumlah", 6) || !strncmp(key, "total", 5))
            return 1;
    }
    return 0;
}

static struct apbd_kas_target *push(struct reading *rd)
{
    struct apbd_kas *k = rd->k;
    if (k->count == rd->cap) {
        rd->cap = rd->cap ? rd->cap * 2 : 256;
        k->items = apbd_xrealloc(k->items, rd->cap * sizeof(*k->items));
    }
    struct apbd_kas_target *t = &k->items[k->count++];
    memset(t, 0, sizeof(*t));
    return t;
}

static void record(struct apbd_sheet *sh, void *ctx)
{
    struct reading *rd = ctx;
    struct apbd_kas *k = rd->k;
    char skpd[APBD_CODE_MAX], sub[APBD_CODE_MAX], rek[APBD_CODE_MAX];
    int bad = 0;
    bad |= apbd_sheet_code(sh, rd->c_skpd, NULL, APBD_MSG_BAD_SKPD_CODE, skpd);
    bad |= apbd_sheet_code(sh, rd->c_sub, &apbd_shape_sub_kegiatan_90,
                           APBD_MSG_BAD_SUB_KEGIATAN_CODE, sub);
    bad |= apbd_sheet_code(sh, rd->c_rek, &apbd_shape_account_90, APBD_MSG_BAD_ACCOUNT_CODE, rek);
    if (!bad && !skpd[0] && is_total_row(sh))
        return;                 /* "Jumlah": the file's own total, no plan */
    int tahap = rd->c_tahap >= 0 ? tahap_of(sh, rd->c_tahap) : 0;
    int64_t bulan[12] = { 0 };
    if (k->wide) {
        for (int m = 0; m < 12; m++)
            bad |= apbd_sheet_amount(sh, rd->c_month[m], "anggaran_kas", &bulan[m]);
    } else {
        struct apbd_sheet_field f = apbd_sheet_get(sh, rd->c_bulan);
        int m = month_of_cell(&f);
        if (!m) {
            char text[80];
            snprintf(text, sizeof(text), "%.*s", (int)(f.len < 70 ? f.len : 70), f.s);
            apbd_sheet_report(sh, APBD_ERROR, APBD_MSG_KAS_BAD_MONTH, rd->c_bulan, text, NULL, NULL);
            bad = 1;
        } else {
            bad |= apbd_sheet_amount(sh, rd->c_jumlah, "anggaran_kas", &bulan[m - 1]);
        }
    }
    if (bad || tahap < 0)
        return;
    if (!skpd[0]) {
        /* A title under the table is no plan; amounts that belong to no
         * office are a mistake. */
        int any = 0;
        for (int m = 0; m < 12; m++)
            any |= bulan[m] != 0;
        if (any)
            apbd_sheet_report(sh, APBD_ERROR, APBD_MSG_KAS_NO_SKPD, rd->c_skpd, NULL, NULL, NULL);
        return;
    }
    for (int m = 0; m < 12; m++)
        if (bulan[m] < 0) {
            apbd_sheet_report(sh, APBD_ERROR, APBD_MSG_KAS_NEGATIVE,
                              k->wide ? rd->c_month[m] : rd->c_jumlah, NULL, NULL, NULL);
            return;
        }
    if (rek[0] && apbd_class_of(rek) != APBD_BELANJA) {
        apbd_sheet_report(sh, APBD_WARNING, APBD_MSG_KAS_NOT_BELANJA, rd->c_rek, rek, NULL, NULL);
        return;
    }
    struct apbd_kas_target *t = push(rd);
    t->kode_skpd = apbd_arena_strndup(&k->arena, skpd, strlen(skpd));
    t->kode_sub_kegiatan = apbd_arena_strndup(&k->arena, sub, strlen(sub));
    t->kode_rekening = apbd_arena_strndup(&k->arena, rek, strlen(rek));
    t->level = rek[0] ? APBD_KAS_REKENING : sub[0] ? APBD_KAS_SUB : APBD_KAS_SKPD;
    t->perubahan = tahap;
    memcpy(t->bulan, bulan, sizeof(bulan));
    t->line = sh->line;
}

static int target_cmp(const struct apbd_kas_target *a, const struct apbd_kas_target *b)
{
    int c;
    if ((c = strcmp(a->kode_skpd, b->kode_skpd)) != 0
        || (c = strcmp(a->kode_sub_kegiatan, b->kode_sub_kegiatan)) != 0
        || (c = strcmp(a->kode_rekening, b->kode_rekening)) != 0)
        return c;
    return a->perubahan - b->perubahan;
}

static int by_target(const void *a, const void *b)
{
    const struct apbd_kas_target *x = a, *y = b;
    int c = target_cmp(x, y);
    return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* Rows of one target add up (one row per month, or one per sumber dana);
 * every SKPD plans at one level. */
static int merge(struct apbd_kas *k, struct apbd_report *rep)
{
    if (!k->count)
        return APBD_OK;
    qsort(k->items, k->count, sizeof(*k->items), by_target);
    size_t n = 0;
    int status = APBD_OK;
    for (size_t i = 0; i < k->count; i++) {
        struct apbd_kas_target *t = &k->items[i];
        if (n && target_cmp(&k->items[n - 1], t) == 0) {
            struct apbd_kas_target *into = &k->items[n - 1];
            for (int m = 0; m < 12; m++)
                if (apbd_money_add(&into->bulan[m], t->bulan[m]) != 0) {
                    struct apbd_loc loc = { k->path, t->line, 0, NULL, 0, NULL };
                    apbd_report(rep, APBD_ERROR, APBD_MSG_SUM_OVERFLOW, &loc, "anggaran_kas", NULL);
                    status = APBD_EDATA;
                }
            continue;
        }
        if (n && strcmp(k->items[n - 1].kode_skpd, t->kode_skpd) == 0
            && k->items[n - 1].level != t->level) {
            const struct apbd_kas_target *first = &k->items[n - 1];
            for (size_t j = n; j-- > 0 && !strcmp(k->items[j].kode_skpd, t->kode_skpd);)
                first = &k->items[j];
            /* Said at the later of the two rows, naming the earlier. */
            unsigned here = t->line > first->line ? t->line : first->line;
            char a[16];
            snprintf(a, sizeof(a), "%u", t->line > first->line ? first->line : t->line);
            struct apbd_loc loc = { k->path, here, 1, NULL, 0, NULL };
            apbd_report(rep, APBD_ERROR, APBD_MSG_KAS_MIXED_LEVELS, &loc, t->kode_skpd, a, NULL);
            status = APBD_EDATA;
            continue;
        }
        k->items[n++] = *t;
    }
    k->count = n;
    return status;
}

int apbd_kas_load(struct apbd_kas *k, const char *path, struct apbd_report *rep)
{
    memset(k, 0, sizeof(*k));
    apbd_arena_init(&k->arena);
    snprintf(k->path, sizeof(k->path), "%s", path);
    if (access(path, F_OK) != 0 && errno == ENOENT)
        return APBD_OK;
    struct reading rd = { .k = k };
    struct apbd_sheet_reader r = { header, record, COMPLETE, &rd, APBD_MSG_KAS_NO_HEADER };
    int status = apbd_sheet_read(path, &r, rep);
    if (status == APBD_EIO)
        return status;
    int merged = merge(k, rep);
    return status != APBD_OK ? status : merged;
}

void apbd_kas_release(struct apbd_kas *k)
{
    free(k->items);
    apbd_arena_release(&k->arena);
    memset(k, 0, sizeof(*k));
}

int64_t apbd_kas_to(const int64_t *bulan, int months)
{
    int64_t sum = 0;
    for (int m = 0; m < months && m < 12; m++)
        sum += bulan[m];        /* cannot overflow: checked when the plan was laid on */
    return sum;
}

/* ------------------------------------------------------------ applying */

static int64_t total(const int64_t *bulan)
{
    return apbd_kas_to(bulan, 12);
}


struct lookup {
    const struct apbd_table *t;
    size_t *order;
};

/* The lines of (skpd, sub, rek): [*first, *end) of the order. */
static void lines_of(const struct lookup *lk, const struct apbd_kas_target *x, size_t *first,
                     size_t *end)
{
    size_t lo = 0, hi = lk->t->count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const struct apbd_line *l = &lk->t->lines[lk->order[mid]];
        int c = strcmp(l->kode_skpd, x->kode_skpd);
        if (!c)
            c = strcmp(l->kode_sub_kegiatan, x->kode_sub_kegiatan);
        if (!c)
            c = strcmp(l->kode_rekening, x->kode_rekening);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *first = *end = lo;
    while (*end < lk->t->count) {
        const struct apbd_line *l = &lk->t->lines[lk->order[*end]];
        if (strcmp(l->kode_skpd, x->kode_skpd) || strcmp(l->kode_sub_kegiatan, x->kode_sub_kegiatan)
            || strcmp(l->kode_rekening, x->kode_rekening))
            break;
        (*end)++;
    }
}

static const char *target_name(const struct apbd_kas_target *x, char *buf, size_t size)
{
    snprintf(buf, size, "%s%s%s%s%s", x->kode_skpd, *x->kode_sub_kegiatan ? " / " : "",
             x->kode_sub_kegiatan, *x->kode_rekening ? " / " : "", x->kode_rekening);
    return buf;
}

/* Add plan to n and every organisation node above it, to the root; the
 * year's sum of each must stay exact too. */
static int add_up(struct apbd_month *m, struct apbd_node *n, const int64_t *bulan)
{
    int overflow = 0;
    for (; n; n = n->parent) {
        if (!n->kas) {
            n->kas = apbd_arena_alloc(&m->arena, 12 * sizeof(*n->kas));
            memset(n->kas, 0, 12 * sizeof(*n->kas));
        }
        int64_t sum = 0;
        for (int i = 0; i < 12; i++) {
            overflow |= apbd_money_add(&n->kas[i], bulan[i]);
            overflow |= apbd_money_add(&sum, n->kas[i]);
        }
    }
    return overflow;
}

int apbd_kas_apply(const struct apbd_kas *k, struct apbd_month *m, int64_t **line_kas,
                   struct apbd_report *rep)
{
    *line_kas = NULL;
    if (!k->count)
        return APBD_OK;
    const struct apbd_table *t = m->table;
    struct lookup lk = { t, NULL };
    int status = APBD_OK;
    /* Does this month's export carry an APBD-Perubahan? */
    int revised = 0;
    for (size_t j = 0; t->has_murni && j < t->count && !revised; j++)
        revised = t->lines[j].anggaran_sen != t->lines[j].anggaran_murni_sen;
    for (size_t i = 0; i < k->count; i++)
        if (k->items[i].level == APBD_KAS_REKENING && !lk.order) {
            lk.order = apbd_table_order(t, APBD_KEY_REKENING);
            *line_kas = apbd_xmalloc((t->count ? t->count : 1) * sizeof(**line_kas));
            for (size_t j = 0; j < t->count; j++)
                (*line_kas)[j] = INT64_MIN;
        }

    for (size_t i = 0; i < k->count; i++) {
        /* A target's murni and perubahan plans are neighbours: use the
         * one that matches this month's anggaran, else the latest. */
        const struct apbd_kas_target *murni = NULL, *rev = NULL, *x = &k->items[i];
        if (!x->perubahan) {
            murni = x;
            if (i + 1 < k->count && k->items[i + 1].perubahan
                && !strcmp(k->items[i + 1].kode_skpd, x->kode_skpd)
                && !strcmp(k->items[i + 1].kode_sub_kegiatan, x->kode_sub_kegiatan)
                && !strcmp(k->items[i + 1].kode_rekening, x->kode_rekening))
                rev = &k->items[++i];
        } else {
            rev = x;
        }

        /* What the plan is of, and its anggaran (original and current). */
        struct apbd_node *node = NULL;
        int64_t anggaran = 0, anggaran_murni = 0;
        size_t first = 0, end = 0;
        char key[3 * APBD_CODE_MAX], name[3 * APBD_CODE_MAX];
        if (x->level == APBD_KAS_SKPD) {
            node = apbd_model_find(m, APBD_TREE_ORG, x->kode_skpd);
        } else {
            snprintf(key, sizeof(key), "%s/%s", x->kode_skpd, x->kode_sub_kegiatan);
            node = apbd_model_find(m, APBD_TREE_ORG, key);
            if (!*x->kode_sub_kegiatan)
                node = apbd_model_find(m, APBD_TREE_ORG, x->kode_skpd);
        }
        if (node && x->level != APBD_KAS_REKENING) {
            anggaran = node->s[APBD_BELANJA].anggaran;
            anggaran_murni = node->s[APBD_BELANJA].murni;
        } else if (node) {
            lines_of(&lk, x, &first, &end);
            for (size_t j = first; j < end; j++) {
                anggaran += t->lines[lk.order[j]].anggaran_sen;
                anggaran_murni += t->lines[lk.order[j]].anggaran_murni_sen;
            }
            if (first == end)
                node = NULL;
        }
        target_name(x, name, sizeof(name));
        /* Not in the export: fine for a plan of nothing (a sub kegiatan
         * the APBD-P dropped) and for one the APBD-P adds, before it. */
        const struct apbd_kas_target *latest = rev ? rev : murni;
        if (!node && (total(latest->bulan) == 0 || (!murni && !revised)))
            continue;
        if (!node) {
            struct apbd_loc loc = { k->path, x->line, 1, NULL, 0, NULL };
            apbd_report(rep, APBD_WARNING, APBD_MSG_KAS_UNKNOWN, &loc, name, m->period, NULL);
            continue;
        }

        const struct apbd_kas_target *use;
        if (rev && total(rev->bulan) == anggaran)
            use = rev;
        else if (murni && total(murni->bulan) == anggaran)
            use = murni;
        else
            use = rev ? rev : murni;
        int64_t planned = total(use->bulan);
        if (planned != anggaran) {
            char a[APBD_FMT_BUF], b[APBD_FMT_BUF], d[APBD_FMT_BUF];
            struct apbd_loc loc = { k->path, use->line, 1, NULL, 0, NULL };
            int64_t diff = planned;
            apbd_money_sub(&diff, anggaran);
            apbd_fmt_rupiah(a, planned, rep->lang);
            apbd_fmt_rupiah(b, anggaran, rep->lang);
            apbd_fmt_rupiah(d, diff < 0 ? -diff : diff, rep->lang);
            if (!rev && anggaran != anggaran_murni && planned == anggaran_murni)
                apbd_report(rep, APBD_WARNING, APBD_MSG_KAS_NOT_REVISED, &loc, name, a, b,
                            m->period, NULL);
            else
                apbd_report(rep, APBD_WARNING, APBD_MSG_KAS_MISMATCH, &loc, name, a, b, d,
                            m->period, diff < 0 ? "-" : "+", NULL);
        }
        /* An account line's plan is shown on the first of its lines (one
         * line per sumber dana may share it) and counts in its sub kegiatan. */
        if (x->level == APBD_KAS_REKENING)
            (*line_kas)[lk.order[first]] = apbd_kas_to(use->bulan, m->month);
        if (add_up(m, node, use->bulan) != 0) {
            struct apbd_loc loc = { k->path, use->line, 0, NULL, 0, NULL };
            apbd_report(rep, APBD_ERROR, APBD_MSG_SUM_OVERFLOW, &loc, "anggaran_kas", NULL);
            status = APBD_EDATA;
        }
    }
    free(lk.order);
    return status;
}
