/*
 * subtotal.c: find subtotal rows, check them to the sen, and drop them.
 *
 * Rows are sorted by SKPD, sub kegiatan and account code, so the rows a
 * subtotal covers (codes that extend its own) follow it directly, and a
 * SKPD's or sub kegiatan's rows form one range for Jumlah/Total rows.
 */
#include <stdlib.h>
#include <string.h>

#include "apbd/money.h"
#include "apbd/report.h"
#include "apbd/subtotal.h"

static int by_group_code(const void *a, const void *b, void *lines)
{
    const struct apbd_line *x = &((const struct apbd_line *)lines)[*(const size_t *)a];
    const struct apbd_line *y = &((const struct apbd_line *)lines)[*(const size_t *)b];
    int c;
    if ((c = strcmp(x->kode_skpd, y->kode_skpd)) != 0)
        return c;
    if ((c = strcmp(x->kode_sub_kegiatan, y->kode_sub_kegiatan)) != 0)
        return c;
    if ((c = strcmp(x->kode_rekening, y->kode_rekening)) != 0)
        return c;
    return x->lineno < y->lineno ? -1 : x->lineno > y->lineno;
}

static int same_group(const struct apbd_line *a, const struct apbd_line *b)
{
    return a->kode_skpd == b->kode_skpd && a->kode_sub_kegiatan == b->kode_sub_kegiatan;
}

/* Does code extend prefix ("5.1.02.01" extends "5.1.02")? */
static int extends(const char *code, const char *prefix)
{
    size_t n = strlen(prefix);
    return strncmp(code, prefix, n) == 0 && code[n] == '.';
}

struct sums {
    int64_t anggaran, murni, realisasi;
    uint32_t first, last;
    int overflow;
};

static void add(struct sums *s, const struct apbd_line *l)
{
    s->overflow |= apbd_money_add(&s->anggaran, l->anggaran_sen) != 0;
    s->overflow |= apbd_money_add(&s->murni, l->anggaran_murni_sen) != 0;
    s->overflow |= apbd_money_add(&s->realisasi, l->realisasi_sen) != 0;
    if (!s->first || l->lineno < s->first)
        s->first = l->lineno;
    if (l->lineno > s->last)
        s->last = l->lineno;
}

static void mismatch(struct apbd_report *rep, const char *file, uint32_t line, uint16_t col,
                     const char *text, const char *what, const char *column,
                     int64_t says, int64_t sum, const struct sums *s, enum apbd_numstyle style)
{
    char a[APBD_MONEY_BUF], b[APBD_MONEY_BUF], d[APBD_MONEY_BUF], f[24], l[24];
    apbd_money_format_grouped(a, says, style);
    apbd_money_format_grouped(b, sum, style);
    apbd_money_format_grouped(d, says - sum, style);
    snprintf(f, sizeof(f), "%u", s->first);
    snprintf(l, sizeof(l), "%u", s->last);
    struct apbd_loc loc = { file, line, col, text, text ? strcspn(text, "\n") : 0, NULL };
    apbd_report(rep, APBD_ERROR, APBD_MSG_SUBTOTAL_MISMATCH, &loc, what, column, a, b, d, f, l,
                NULL);
}

/* Compare a subtotal's amounts with its lines'; 1 when they differ. */
static size_t compare(struct apbd_table *t, struct apbd_report *rep, const char *what,
                      uint32_t line, uint16_t col_a, uint16_t col_r, const char *text,
                      int64_t anggaran, int64_t realisasi, const struct sums *s)
{
    size_t bad = 0;
    if (s->overflow) {
        struct apbd_loc loc = { t->path, line, 0, NULL, 0, NULL };
        apbd_report(rep, APBD_ERROR, APBD_MSG_SUM_OVERFLOW, &loc, what, NULL);
        return 1;
    }
    if (anggaran != s->anggaran) {
        mismatch(rep, t->path, line, col_a, text, what, "anggaran", anggaran, s->anggaran, s,
                 t->numstyle);
        bad = 1;
    }
    if (realisasi != s->realisasi) {
        mismatch(rep, t->path, line, col_r, text, what, "realisasi", realisasi, s->realisasi, s,
                 t->numstyle);
        bad = 1;
    }
    return bad;
}

/* First position in the sorted order whose line is not before the key. */
static size_t lower_bound(const size_t *order, size_t n, const struct apbd_line *lines,
                          const char *skpd, const char *sub, int upper)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const struct apbd_line *l = &lines[order[mid]];
        int c = strcmp(l->kode_skpd, skpd);
        if (c == 0 && *sub)
            c = strcmp(l->kode_sub_kegiatan, sub);
        if (c < 0 || (upper && c == 0))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t apbd_subtotals_resolve(struct apbd_table *t, const char **texts,
                              const struct apbd_label_row *labels, size_t nlabels,
                              struct apbd_report *rep)
{
    size_t n = t->count, bad = 0;
    if (!n && !nlabels)
        return 0;
    size_t *order = apbd_xmalloc(n * sizeof(*order));
    unsigned char *is_sub = calloc(n ? n : 1, 1);
    if (!is_sub)
        apbd_die_nomem();
    for (size_t i = 0; i < n; i++)
        order[i] = i;
    qsort_r(order, n, sizeof(*order), by_group_code, t->lines);

    /* A row is a subtotal when the next row of its group extends its code. */
    for (size_t p = 0; p + 1 < n; p++) {
        const struct apbd_line *l = &t->lines[order[p]];
        const struct apbd_line *next = &t->lines[order[p + 1]];
        if (texts[order[p]] && same_group(l, next) && extends(next->kode_rekening, l->kode_rekening))
            is_sub[order[p]] = 1;
    }
    for (size_t p = 0; p < n; p++) {
        size_t i = order[p];
        if (!is_sub[i])
            continue;
        const struct apbd_line *l = &t->lines[i];
        struct sums s = { 0 };
        for (size_t q = p + 1; q < n; q++) {
            const struct apbd_line *c = &t->lines[order[q]];
            if (!same_group(l, c) || !extends(c->kode_rekening, l->kode_rekening))
                break;
            if (!is_sub[order[q]])
                add(&s, c);
        }
        bad += compare(t, rep, l->kode_rekening, l->lineno, l->col_anggaran, l->col_realisasi,
                       texts[i], l->anggaran_sen, l->realisasi_sen, &s);
    }

    /* Jumlah/Total rows cover their SKPD, their sub kegiatan, or the file. */
    for (size_t k = 0; k < nlabels; k++) {
        const struct apbd_label_row *row = &labels[k];
        size_t from = 0, to = n;
        if (*row->kode_skpd) {
            from = lower_bound(order, n, t->lines, row->kode_skpd, row->kode_sub_kegiatan, 0);
            to = lower_bound(order, n, t->lines, row->kode_skpd, row->kode_sub_kegiatan, 1);
        }
        struct sums s = { 0 };
        for (size_t q = from; q < to; q++)
            if (!is_sub[order[q]])
                add(&s, &t->lines[order[q]]);
        bad += compare(t, rep, row->label, row->lineno, row->col_anggaran, row->col_realisasi,
                       row->text, row->anggaran_sen, row->realisasi_sen, &s);
    }

    /* Keep the detail lines, in file order. */
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (!is_sub[i])
            t->lines[kept++] = t->lines[i];
    t->count = kept;
    free(order);
    free(is_sub);
    return bad;
}
