/* compute.c: LRA, changes, indicators, pace. Numbers only. */
#include <stdlib.h>
#include <string.h>

#include "apbd/compute.h"
#include "apbd/datafile.h"
#include "apbd/report.h"
#include "apbd/status.h"

static int sub(struct apbd_pair *out, const struct apbd_pair *a, const struct apbd_pair *b)
{
    *out = *a;
    return apbd_money_sub(&out->anggaran, b->anggaran) | apbd_money_sub(&out->realisasi, b->realisasi);
}

static int add(struct apbd_pair *out, const struct apbd_pair *a, const struct apbd_pair *b)
{
    *out = *a;
    return apbd_money_add(&out->anggaran, b->anggaran) | apbd_money_add(&out->realisasi, b->realisasi);
}

static struct apbd_pair class_total(const struct apbd_month *m, enum apbd_class c)
{
    struct apbd_pair p = { 0, 0 };
    /* The account tree's top nodes (akun 4, 5, 6) hold each class once. */
    for (const struct apbd_node *n = m->root[APBD_TREE_AKUN].child; n; n = n->next) {
        p.anggaran += n->s[c].anggaran;
        p.realisasi += n->s[c].realisasi;
    }
    return p;
}

int apbd_compute_lra(const struct apbd_month *m, struct apbd_lra *l)
{
    memset(l, 0, sizeof(*l));
    l->pendapatan = class_total(m, APBD_PENDAPATAN);
    l->belanja = class_total(m, APBD_BELANJA);
    l->penerimaan_pembiayaan = class_total(m, APBD_PEMBIAYAAN_MASUK);
    l->pengeluaran_pembiayaan = class_total(m, APBD_PEMBIAYAAN_KELUAR);
    int bad = 0;
    bad |= sub(&l->surplus_defisit, &l->pendapatan, &l->belanja);
    bad |= sub(&l->pembiayaan_netto, &l->penerimaan_pembiayaan, &l->pengeluaran_pembiayaan);
    bad |= add(&l->silpa, &l->surplus_defisit, &l->pembiayaan_netto);
    return bad ? -1 : 0;
}

static const char *const lra_ids[APBD_LRA_ROWS] = {
    "pendapatan", "belanja", "surplus_defisit", "penerimaan_pembiayaan",
    "pengeluaran_pembiayaan", "pembiayaan_netto", "silpa",
};

const char *apbd_lra_row_id(int i)
{
    return lra_ids[i];
}

const struct apbd_pair *apbd_lra_row(const struct apbd_lra *l, int i)
{
    const struct apbd_pair *rows[APBD_LRA_ROWS] = {
        &l->pendapatan, &l->belanja, &l->surplus_defisit, &l->penerimaan_pembiayaan,
        &l->pengeluaran_pembiayaan, &l->pembiayaan_netto, &l->silpa,
    };
    return rows[i];
}

int apbd_realisasi_bulan(const struct apbd_month *m, const struct apbd_sums *s,
                         int had_prev, int64_t *out)
{
    *out = s->realisasi;
    if (m->month == 1)
        return 0;               /* the year starts: all of it is this month's */
    if (!m->has_prev)
        return -1;
    if (!had_prev)
        return 0;               /* new this month */
    return apbd_money_sub(out, s->realisasi_prev);
}

/* ------------------------------------------------------------- changes */

static int key_cmp(const struct apbd_line *a, const struct apbd_line *b)
{
    return apbd_line_key_cmp(a, b, APBD_KEY_FULL);
}

/* Sum the lines of the key starting at order[p]; returns the next p. */
static size_t group(const struct apbd_table *t, const size_t *order, size_t p,
                    struct apbd_pair *sum)
{
    const struct apbd_line *first = &t->lines[order[p]];
    sum->anggaran = sum->realisasi = 0;
    for (; p < t->count && key_cmp(first, &t->lines[order[p]]) == 0; p++) {
        apbd_money_add(&sum->anggaran, t->lines[order[p]].anggaran_sen);
        apbd_money_add(&sum->realisasi, t->lines[order[p]].realisasi_sen);
    }
    return p;
}

static void push(struct apbd_changes *c, enum apbd_change_kind kind, const struct apbd_line *l,
                 const struct apbd_pair *before, const struct apbd_pair *after)
{
    if (c->count == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 64;
        c->items = apbd_xrealloc(c->items, c->cap * sizeof(*c->items));
    }
    c->items[c->count++] = (struct apbd_change){
        .kind = kind, .line = l,
        .anggaran_before = before ? before->anggaran : 0,
        .realisasi_before = before ? before->realisasi : 0,
        .anggaran_after = after ? after->anggaran : 0,
        .realisasi_after = after ? after->realisasi : 0,
    };
}

static void changes(const struct apbd_table *cur, const struct apbd_table *prev,
                    struct apbd_changes *out, int any_realisasi);

void apbd_compute_changes(const struct apbd_table *cur, const struct apbd_table *prev,
                          struct apbd_changes *out)
{
    changes(cur, prev, out, 0);
}

void apbd_compute_corrections(const struct apbd_table *cur, const struct apbd_table *earlier,
                              struct apbd_changes *out)
{
    changes(cur, earlier, out, 1);
}

static void changes(const struct apbd_table *cur, const struct apbd_table *prev,
                    struct apbd_changes *out, int any_realisasi)
{
    memset(out, 0, sizeof(*out));
    size_t *oc = apbd_table_order(cur, APBD_KEY_FULL), *op = apbd_table_order(prev, APBD_KEY_FULL);
    size_t i = 0, j = 0;
    while (i < cur->count || j < prev->count) {
        struct apbd_pair a, b;
        const struct apbd_line *lc = i < cur->count ? &cur->lines[oc[i]] : NULL;
        const struct apbd_line *lp = j < prev->count ? &prev->lines[op[j]] : NULL;
        int cmp = !lc ? 1 : !lp ? -1 : key_cmp(lc, lp);
        if (cmp < 0) {
            i = group(cur, oc, i, &a);
            push(out, APBD_CHANGE_NEW, lc, NULL, &a);
        } else if (cmp > 0) {
            j = group(prev, op, j, &b);
            push(out, APBD_CHANGE_REMOVED, lp, &b, NULL);
        } else {
            i = group(cur, oc, i, &a);
            j = group(prev, op, j, &b);
            if (a.anggaran != b.anggaran)
                push(out, APBD_CHANGE_REVISION, lc, &b, &a);
            if (any_realisasi ? a.realisasi != b.realisasi : a.realisasi < b.realisasi)
                push(out, APBD_CHANGE_CORRECTION, lc, &b, &a);
        }
    }
    free(oc);
    free(op);
}

void apbd_changes_release(struct apbd_changes *c)
{
    free(c->items);
    memset(c, 0, sizeof(*c));
}

/* ----------------------------------------------------------- indicators */

/* Does line l count in term "akun:5.1.01" or "urusan:1.01"? */
static int term_matches(const struct apbd_line *l, const char *term, size_t len)
{
    const char *code;
    size_t prefix;
    if (len > 5 && strncmp(term, "akun:", 5) == 0) {
        code = l->kode_rekening;
        prefix = 5;
    } else if (len > 7 && strncmp(term, "urusan:", 7) == 0) {
        if (apbd_class_of(l->kode_rekening) != APBD_BELANJA)
            return 0;
        code = l->kode_sub_kegiatan;
        prefix = 7;
    } else {
        return 0;
    }
    size_t n = len - prefix;
    return strncmp(code, term + prefix, n) == 0 && (code[n] == '\0' || code[n] == '.');
}

/* Sum of the lines an expression ("akun:5 -akun:5.4") selects. */
static int sum_expr(const struct apbd_table *t, const char *expr, struct apbd_pair *out)
{
    int bad = 0;
    out->anggaran = out->realisasi = 0;
    for (const char *p = expr; *p;) {
        while (*p == ' ')
            p++;
        int minus = *p == '-';
        p += minus;
        size_t len = strcspn(p, " ");
        if (!len)
            break;
        for (size_t i = 0; i < t->count; i++) {
            const struct apbd_line *l = &t->lines[i];
            if (!term_matches(l, p, len))
                continue;
            if (minus) {
                bad |= apbd_money_sub(&out->anggaran, l->anggaran_sen);
                bad |= apbd_money_sub(&out->realisasi, l->realisasi_sen);
            } else {
                bad |= apbd_money_add(&out->anggaran, l->anggaran_sen);
                bad |= apbd_money_add(&out->realisasi, l->realisasi_sen);
            }
        }
        p += len;
    }
    return bad;
}

int apbd_compute_indicators(const struct apbd_table *t, struct apbd_indicators *out,
                            struct apbd_report *rep)
{
    memset(out, 0, sizeof(*out));
    struct apbd_datafile *d = apbd_xmalloc(sizeof(*d));
    /* Indicators are defined in a chart's codes: each chart has its own. */
    int r = apbd_datafile_load(d, t->chart == APBD_CHART_13_2006 ? "indikator-13-2006.csv"
                                                                 : "indikator.csv", rep);
    out->data = d;
    if (r != APBD_OK)
        return r;
    int c_id = apbd_datafile_col(d, "id"), c_nama = apbd_datafile_col(d, "nama"),
        c_name = apbd_datafile_col(d, "name"), c_dasar = apbd_datafile_col(d, "dasar_hukum"),
        c_arah = apbd_datafile_col(d, "arah"), c_batas = apbd_datafile_col(d, "batas_persen"),
        c_pem = apbd_datafile_col(d, "pembilang"), c_pen = apbd_datafile_col(d, "penyebut"),
        c_est = apbd_datafile_col(d, "estimasi"), c_cat = apbd_datafile_col(d, "catatan"),
        c_note = apbd_datafile_col(d, "note");
    if (c_id < 0 || c_nama < 0 || c_name < 0 || c_dasar < 0 || c_arah < 0 || c_batas < 0
        || c_pem < 0 || c_pen < 0 || c_est < 0 || c_cat < 0 || c_note < 0) {
        struct apbd_loc loc = { d->path, 1, 1, NULL, 0, NULL };
        apbd_report(rep, APBD_ERROR, APBD_MSG_MISSING_COLUMN, &loc, "id/nama/…",
                    "id,nama,name,dasar_hukum,arah,batas_persen,pembilang,penyebut,estimasi,catatan,note",
                    NULL);
        return APBD_EIO;
    }
    out->items = apbd_xmalloc((d->nrows ? d->nrows : 1) * sizeof(*out->items));
    int bad = 0;
    for (size_t i = 1; i < d->nrows; i++) {
        const char **row = d->rows[i];
        struct apbd_indicator *ind = &out->items[out->count++];
        ind->id = row[c_id];
        ind->nama = row[c_nama];
        ind->name = row[c_name];
        ind->dasar_hukum = row[c_dasar];
        ind->catatan = row[c_cat];
        ind->note = row[c_note];
        ind->arah = strcmp(row[c_arah], "paling_tinggi") == 0 ? APBD_AT_MOST
                  : strcmp(row[c_arah], "paling_rendah") == 0 ? APBD_AT_LEAST : APBD_BENCHMARK;
        ind->batas_persen = atoi(row[c_batas]);
        ind->estimasi = strcmp(row[c_est], "ya") == 0;
        bad |= sum_expr(t, row[c_pem], &ind->pembilang);
        bad |= sum_expr(t, row[c_pen], &ind->penyebut);
    }
    if (bad) {
        struct apbd_loc loc = { t->path, 0, 0, NULL, 0, NULL };
        apbd_report(rep, APBD_ERROR, APBD_MSG_SUM_OVERFLOW, &loc, "indikator", NULL);
        return APBD_EDATA;
    }
    return APBD_OK;
}

void apbd_indicators_release(struct apbd_indicators *ind)
{
    if (ind->data) {
        apbd_datafile_release(ind->data);
        free(ind->data);
    }
    free(ind->items);
    memset(ind, 0, sizeof(*ind));
}

int apbd_indicator_met(const struct apbd_indicator *ind, int use_realisasi)
{
    int64_t num = use_realisasi ? ind->pembilang.realisasi : ind->pembilang.anggaran;
    int64_t den = use_realisasi ? ind->penyebut.realisasi : ind->penyebut.anggaran;
    if (den <= 0)
        return -1;
    __int128 lhs = (__int128)num * 100, rhs = (__int128)ind->batas_persen * den;
    if (ind->arah == APBD_AT_MOST)
        return lhs <= rhs;
    return lhs >= rhs;
}

int apbd_expected_pace(int month, struct apbd_report *rep)
{
    struct apbd_datafile d;
    int pace = -1;
    if (apbd_datafile_load(&d, "laju.csv", rep) == APBD_OK) {
        for (size_t i = 1; i < d.nrows; i++)
            if (atoi(d.rows[i][0]) == month)
                pace = atoi(d.rows[i][1]);
    }
    apbd_datafile_release(&d);
    return pace;
}
