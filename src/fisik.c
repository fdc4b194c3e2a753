/* fisik.c: physical progress per sub kegiatan, read and checked. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "apbd/catatan.h"
#include "apbd/codes.h"
#include "apbd/fisik.h"
#include "apbd/header.h"
#include "apbd/import.h"
#include "apbd/report.h"
#include "apbd/sheet.h"
#include "apbd/status.h"

int apbd_fisik_parse(const char *s, size_t len, enum apbd_numstyle style, int16_t *out)
{
    int64_t v;
    *out = -1;
    enum apbd_numparse r = apbd_number_parse(s, len, style, 2, &v);
    if (r == APBD_NUM_EMPTY)
        return 0;               /* "" or "-": not reported */
    if (r != APBD_NUM_OK || v < 0 || v > 10000)
        return -1;
    *out = (int16_t)v;
    return 0;
}

char *apbd_fisik_format(char buf[16], int16_t h)
{
    if (h % 100 == 0)
        snprintf(buf, 16, "%d", h / 100);
    else if (h % 10 == 0)
        snprintf(buf, 16, "%d.%d", h / 100, h % 100 / 10);
    else
        snprintf(buf, 16, "%d.%02d", h / 100, h % 100);
    return buf;
}

void apbd_fisik_path(const char *export_path, const char *period, char *out, size_t size)
{
    char stem[4096];
    const char *slash = strrchr(export_path, '/');
    if (slash)
        snprintf(stem, sizeof(stem), "%.*s/%s-fisik", (int)(slash - export_path), export_path, period);
    else
        snprintf(stem, sizeof(stem), "%s-fisik", period);
    apbd_sheet_path(stem, out, size);
}

/* ------------------------------------------------- lines by sub kegiatan */


static int same_sub(const struct apbd_line *a, const char *skpd, const char *sub)
{
    return !strcmp(a->kode_skpd, skpd) && !strcmp(a->kode_sub_kegiatan, sub);
}

/* First position in order of (skpd, sub), or t->count. */
static size_t find_sub(const struct apbd_table *t, const size_t *order, const char *skpd,
                       const char *sub)
{
    size_t lo = 0, hi = t->count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const struct apbd_line *l = &t->lines[order[mid]];
        int c = strcmp(l->kode_skpd, skpd);
        if (!c)
            c = strcmp(l->kode_sub_kegiatan, sub);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < t->count && same_sub(&t->lines[order[lo]], skpd, sub) ? lo : t->count;
}

/* The value a sub kegiatan's lines give from order[p] on (-1 none), and
 * where its group ends. */
static int16_t group_value(const struct apbd_table *t, const size_t *order, size_t p, size_t *end,
                           const struct apbd_line **first)
{
    const struct apbd_line *l0 = &t->lines[order[p]];
    int16_t v = -1;
    *first = l0;
    for (*end = p; *end < t->count && same_sub(&t->lines[order[*end]], l0->kode_skpd,
                                               l0->kode_sub_kegiatan); (*end)++) {
        const struct apbd_line *l = &t->lines[order[*end]];
        if (v < 0 && l->fisik >= 0) {
            v = l->fisik;
            *first = l;
        }
    }
    return v;
}

/* ------------------------------------------------------------ the file */

struct reading {
    struct apbd_table *t;
    size_t *order;
    int c_skpd, c_sub, c_fisik;
    unsigned *seen;             /* per line: the file line that set it */
};

static int header(struct apbd_sheet *sh, void *ctx)
{
    struct reading *rd = ctx;
    rd->c_skpd = rd->c_sub = rd->c_fisik = -1;
    int known = 0;
    for (size_t i = 0; i < sh->nf; i++) {
        enum apbd_col c = apbd_header_match(sh->f[i].s, sh->f[i].len);
        int *slot = c == APBD_COL_KODE_SKPD ? &rd->c_skpd
                  : c == APBD_COL_KODE_SUB_KEGIATAN ? &rd->c_sub
                  : c == APBD_COL_REALISASI_FISIK ? &rd->c_fisik : NULL;
        if (slot && *slot < 0) {
            *slot = (int)i;
            known++;
        }
    }
    return known;
}

static void record(struct apbd_sheet *sh, void *ctx)
{
    struct reading *rd = ctx;
    struct apbd_table *t = rd->t;
    char skpd[APBD_CODE_MAX], sub[APBD_CODE_MAX], text[80];
    if (apbd_sheet_code(sh, rd->c_skpd, NULL, APBD_MSG_BAD_SKPD_CODE, skpd) != 0
        || apbd_sheet_code(sh, rd->c_sub, &apbd_shape_sub_kegiatan_90,
                           APBD_MSG_BAD_SUB_KEGIATAN_CODE, sub) != 0)
        return;
    if (!skpd[0] && !sub[0])
        return;
    struct apbd_sheet_field f = apbd_sheet_get(sh, rd->c_fisik);
    int16_t v;
    if (apbd_fisik_parse(f.s, f.len, sh->style, &v) != 0) {
        snprintf(text, sizeof(text), "%.*s", (int)(f.len < 70 ? f.len : 70), f.s);
        apbd_sheet_report(sh, APBD_ERROR, APBD_MSG_FISIK_RANGE, rd->c_fisik, text, NULL, NULL);
        return;
    }
    if (v < 0)
        return;
    size_t p = find_sub(t, rd->order, skpd, sub);
    if (p == t->count) {
        apbd_sheet_report(sh, APBD_ERROR, APBD_MSG_FISIK_UNKNOWN, rd->c_sub, sub, skpd, t->period);
        return;
    }
    for (; p < t->count && same_sub(&t->lines[rd->order[p]], skpd, sub); p++) {
        size_t i = rd->order[p];
        struct apbd_line *l = &t->lines[i];
        char a[16], b[16], n[16];
        if (rd->seen[i]) {
            snprintf(n, sizeof(n), "%u", rd->seen[i]);
            apbd_sheet_report(sh, APBD_ERROR, APBD_MSG_FISIK_TWICE, rd->c_sub, sub, n, NULL);
            return;
        }
        if (l->fisik >= 0 && l->fisik != v) {
            snprintf(n, sizeof(n), "%u", l->lineno);
            apbd_sheet_report(sh, APBD_ERROR, APBD_MSG_FISIK_CONFLICT, rd->c_fisik, sub,
                              apbd_fisik_format(a, v), apbd_fisik_format(b, l->fisik));
            return;
        }
        l->fisik = v;
        rd->seen[i] = sh->line;
    }
}

int apbd_fisik_load(struct apbd_table *t, const char *path, struct apbd_report *rep)
{
    if (access(path, F_OK) != 0 && errno == ENOENT)
        return APBD_OK;
    struct reading rd = { .t = t, .order = apbd_table_order(t, APBD_KEY_SUB) };
    rd.seen = calloc(t->count ? t->count : 1, sizeof(*rd.seen));
    if (!rd.seen)
        apbd_die_nomem();
    struct apbd_sheet_reader r = { header, record, 3, &rd, APBD_MSG_FISIK_NO_HEADER };
    int status = apbd_sheet_read(path, &r, rep);
    t->has_fisik = 1;
    free(rd.order);
    free(rd.seen);
    return status;
}

/* ------------------------------------------------------------ checks */

static void report_at_line(struct apbd_report *rep, enum apbd_severity sev, enum apbd_msg msg,
                           const struct apbd_table *t, const struct apbd_line *l,
                           const char *a1, const char *a2, const char *a3, const char *a4)
{
    struct apbd_loc loc = { t->path, l->lineno, l->col_fisik, NULL, 0, NULL };
    apbd_report(rep, sev, msg, &loc, a1, a2, a3 ? a3 : "", a4 ? a4 : "", NULL);
}

int apbd_fisik_check(const struct apbd_table *t, const struct apbd_table *prev,
                     const struct apbd_catatan *notes, struct apbd_report *rep)
{
    if (!t->has_fisik)
        return APBD_OK;
    size_t *order = apbd_table_order(t, APBD_KEY_SUB);
    size_t *porder = prev && prev->has_fisik ? apbd_table_order(prev, APBD_KEY_SUB) : NULL;
    int status = APBD_OK;
    for (size_t p = 0, end; p < t->count; p = end) {
        const struct apbd_line *first;
        int16_t v = group_value(t, order, p, &end, &first);
        if (v < 0)
            continue;
        char a[16], b[16], n[16];
        for (size_t q = p; q < end; q++) {
            const struct apbd_line *l = &t->lines[order[q]];
            if (l->fisik >= 0 && l->fisik != v) {
                snprintf(n, sizeof(n), "%u", first->lineno);
                report_at_line(rep, APBD_ERROR, APBD_MSG_FISIK_DISAGREE, t, l,
                               l->kode_sub_kegiatan, apbd_fisik_format(a, l->fisik),
                               apbd_fisik_format(b, v), n);
                status = APBD_EDATA;
                break;
            }
        }
        if (!porder)
            continue;
        size_t pp = find_sub(prev, porder, first->kode_skpd, first->kode_sub_kegiatan), pend;
        const struct apbd_line *pfirst;
        if (pp == prev->count)
            continue;
        int16_t was = group_value(prev, porder, pp, &pend, &pfirst);
        if (was < 0 || v >= was)
            continue;
        if (notes && (apbd_catatan_find(notes, first->kode_skpd, first->kode_sub_kegiatan)
                      || apbd_catatan_find(notes, first->kode_skpd, NULL)))
            continue;
        report_at_line(rep, APBD_WARNING, APBD_MSG_FISIK_DECREASE, t, first,
                       first->kode_sub_kegiatan, apbd_fisik_format(a, v),
                       apbd_fisik_format(b, was), prev->period);
    }
    free(order);
    free(porder);
    return status;
}
