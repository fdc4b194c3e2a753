/*
 * render_json.c: the month as one JSON object. json-c writes every value
 * (and escapes every string); amounts are JSON numbers made from their
 * exact decimal text. The lines are written one small object at a time,
 * so memory does not grow with them.
 */
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "apbd/coa.h"
#include "apbd/budgets.h"
#include "apbd/catatan.h"
#include "apbd/fisik.h"
#include "apbd/kas.h"
#include "apbd/progress.h"
#include "apbd/render.h"

#define JSON_FLAGS (JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)

static json_object *money(int64_t sen)
{
    char buf[APBD_MONEY_BUF];
    /* The double is never used: json-c writes the text as given. */
    return json_object_new_double_s(0.0, apbd_money_format_plain(buf, sen));
}

static json_object *percent(int64_t num, int64_t den)
{
    char buf[APBD_MONEY_BUF];
    if (!apbd_percent_format(buf, num, den, APBD_NUM_EN))
        return NULL;
    return json_object_new_double_s(0.0, buf);
}

static json_object *text(const char *s)
{
    return json_object_new_string(s ? s : "");
}

static void add(json_object *o, const char *key, json_object *v)
{
    json_object_object_add(o, key, v);
}

/* {"anggaran", "realisasi", "sisa", "persen"} */
static json_object *figures(int64_t anggaran, int64_t realisasi)
{
    json_object *o = json_object_new_object();
    int64_t sisa = anggaran;
    add(o, "anggaran", money(anggaran));
    add(o, "realisasi", money(realisasi));
    add(o, "sisa", apbd_money_sub(&sisa, realisasi) == 0 ? money(sisa) : NULL);
    add(o, "persen", percent(realisasi, anggaran));
    return o;
}

/* A node's figures in the class its code belongs to; akun 6 shows
 * pembiayaan netto (6.1 less 6.2). */
static struct apbd_pair node_pair(const struct apbd_node *n)
{
    int cls = apbd_class_of(n->kode);
    struct apbd_pair p;
    if (cls >= 0) {
        p.anggaran = n->s[cls].anggaran;
        p.realisasi = n->s[cls].realisasi;
    } else {
        p.anggaran = n->s[APBD_PEMBIAYAAN_MASUK].anggaran - n->s[APBD_PEMBIAYAAN_KELUAR].anggaran;
        p.realisasi = n->s[APBD_PEMBIAYAAN_MASUK].realisasi
                      - n->s[APBD_PEMBIAYAAN_KELUAR].realisasi;
    }
    return p;
}

static json_object *account_node(const struct apbd_node *n)
{
    struct apbd_pair p = node_pair(n);
    json_object *o = figures(p.anggaran, p.realisasi);
    json_object *node = json_object_new_object();
    add(node, "kode", text(n->kode));
    add(node, "nama", text(n->nama));
    json_object_object_foreach(o, k, v) {
        add(node, k, json_object_get(v));
    }
    json_object_put(o);
    if (n->child) {
        json_object *kids = json_object_new_array();
        for (const struct apbd_node *c = n->child; c; c = c->next)
            json_object_array_add(kids, account_node(c));
        add(node, "anak", kids);
    }
    return node;
}

static json_object *pemda(const struct apbd_pemda *p)
{
    json_object *o = json_object_new_object();
    add(o, "nama", text(p->nama));
    add(o, "kode", text(p->kode));
    add(o, "provinsi", text(p->provinsi));
    add(o, "zona_waktu", text(p->zona_waktu));
    add(o, "penduduk", p->penduduk ? json_object_new_int64(p->penduduk) : NULL);
    add(o, "url", text(p->url));
    add(o, "lisensi", text(p->lisensi));
    add(o, "kontak", text(p->kontak));
    return o;
}

static json_object *summary(const struct apbd_lra *lra)
{
    json_object *o = json_object_new_object();
    for (int i = 0; i < APBD_LRA_ROWS; i++) {
        const struct apbd_pair *p = apbd_lra_row(lra, i);
        add(o, apbd_lra_row_id(i), figures(p->anggaran, p->realisasi));
    }
    return o;
}

static json_object *offices(const struct apbd_month *m)
{
    json_object *a = json_object_new_array();
    for (const struct apbd_node *n = m->root[APBD_TREE_ORG].child; n; n = n->next) {
        json_object *o = json_object_new_object();
        add(o, "kode", text(n->kode));
        add(o, "nama", text(n->nama));
        add(o, "pendapatan", figures(n->s[APBD_PENDAPATAN].anggaran, n->s[APBD_PENDAPATAN].realisasi));
        add(o, "belanja", figures(n->s[APBD_BELANJA].anggaran, n->s[APBD_BELANJA].realisasi));
        int64_t within;
        add(o, "realisasi_belanja_bulan_ini",
            apbd_realisasi_bulan(m, &n->s[APBD_BELANJA], n->had_prev, &within) == 0
                ? money(within) : NULL);
        add(o, "anggaran_kas", n->kas ? money(apbd_kas_to(n->kas, m->month)) : NULL);
        json_object_array_add(a, o);
    }
    return a;
}

/* Physical progress as a number ("45.5"), or null. */
static json_object *fisik(int16_t h)
{
    char buf[16];
    return h >= 0 ? json_object_new_double_s(0.0, apbd_fisik_format(buf, h)) : NULL;
}

/* Percentage points from hundredths: "-4.17". */
static json_object *points(int h)
{
    char buf[24];
    int a = h < 0 ? -h : h;
    snprintf(buf, sizeof(buf), "%s%d.%02d", h < 0 ? "-" : "", a / 100, a % 100);
    return json_object_new_double_s(0.0, buf);
}

/* A node against its plan: anggaran kas to the month, the gap, the share. */
static void add_plan(json_object *o, const struct apbd_plan_row *r)
{
    add(o, "anggaran_kas", money(r->rencana));
    add(o, "selisih_anggaran_kas", money(r->selisih));
    add(o, "persen_anggaran_kas", percent(r->realisasi, r->rencana));
}

/* Every office and sub kegiatan with a plan or physical progress: offices
 * furthest behind their plan first, then sub kegiatan the same way, then
 * those with physical progress only, in code order. */
static json_object *rencana(const struct apbd_month *m)
{
    json_object *o = json_object_new_object();
    const struct apbd_node *root = &m->root[APBD_TREE_ORG];
    struct apbd_plan_row total;
    if (apbd_plan_of(root, m->month, &total)) {
        int64_t scope = 0;          /* the anggaran of the offices with a plan */
        for (const struct apbd_node *n = root->child; n; n = n->next)
            if (n->kas)
                scope += n->s[APBD_BELANJA].anggaran;
        add(o, "anggaran", money(scope));
        int64_t real = 0;
        for (const struct apbd_node *n = root->child; n; n = n->next)
            if (n->kas)
                real += n->s[APBD_BELANJA].realisasi;
        total.realisasi = real;
        total.selisih = real - total.rencana;
        add(o, "realisasi", money(real));
        add_plan(o, &total);
        add(o, "persen_rencana_terhadap_anggaran", percent(total.rencana, scope));
    }
    struct apbd_plan_row *rows;
    json_object *a = json_object_new_array();
    size_t n = apbd_plan_ranking(m, 1, &rows);
    for (size_t i = 0; i < n; i++) {
        json_object *e = json_object_new_object();
        add(e, "kode", text(rows[i].node->kode));
        add(e, "nama", text(rows[i].node->nama));
        add(e, "anggaran", money(rows[i].node->s[APBD_BELANJA].anggaran));
        add(e, "realisasi", money(rows[i].realisasi));
        add_plan(e, &rows[i]);
        json_object_array_add(a, e);
    }
    free(rows);
    add(o, "skpd", a);
    a = json_object_new_array();
    for (const struct apbd_node *x = root->child; x; x = apbd_node_next_preorder(x, root)) {
        if (!apbd_org_is_unit(x) || (!x->kas && x->fisik < 0))
            continue;
        const struct apbd_node *skpd = apbd_org_skpd(x);
        json_object *e = json_object_new_object();
        add(e, "kode_skpd", text(skpd->kode));
        add(e, "kode", text(x->kode));
        add(e, "nama", text(x->nama));
        add(e, "anggaran", money(x->s[APBD_BELANJA].anggaran));
        add(e, "realisasi", money(x->s[APBD_BELANJA].realisasi));
        struct apbd_plan_row r;
        if (apbd_plan_of(x, m->month, &r)) {
            add_plan(e, &r);
        } else {
            add(e, "anggaran_kas", NULL);
            add(e, "selisih_anggaran_kas", NULL);
            add(e, "persen_anggaran_kas", NULL);
        }
        add(e, "persen_keuangan", percent(x->s[APBD_BELANJA].realisasi, x->s[APBD_BELANJA].anggaran));
        add(e, "realisasi_fisik", fisik(x->fisik));
        int k = apbd_hundredths(x->s[APBD_BELANJA].realisasi, x->s[APBD_BELANJA].anggaran);
        add(e, "selisih_keuangan_fisik", x->fisik >= 0 && k >= 0 ? points(k - x->fisik) : NULL);
        json_object_array_add(a, e);
    }
    add(o, "sub_kegiatan", a);
    return o;
}

static json_object *funds(const struct apbd_month *m)
{
    json_object *a = json_object_new_array();
    for (const struct apbd_node *n = m->root[APBD_TREE_DANA].child; n; n = n->next) {
        json_object *o = json_object_new_object();
        add(o, "nama", text(n->nama));
        add(o, "pendapatan", figures(n->s[APBD_PENDAPATAN].anggaran, n->s[APBD_PENDAPATAN].realisasi));
        add(o, "belanja", figures(n->s[APBD_BELANJA].anggaran, n->s[APBD_BELANJA].realisasi));
        json_object_array_add(a, o);
    }
    return a;
}

static json_object *indicator_side(const struct apbd_indicator *ind, int realisasi)
{
    json_object *o = json_object_new_object();
    int64_t num = realisasi ? ind->pembilang.realisasi : ind->pembilang.anggaran;
    int64_t den = realisasi ? ind->penyebut.realisasi : ind->penyebut.anggaran;
    add(o, "pembilang", money(num));
    add(o, "penyebut", money(den));
    add(o, "persen", percent(num, den));
    int met = apbd_indicator_met(ind, realisasi);
    add(o, "memenuhi", ind->arah == APBD_BENCHMARK || met < 0 ? NULL
                                                              : json_object_new_boolean(met));
    return o;
}

static json_object *indicators(const struct apbd_indicators *ind)
{
    static const char *const arah[] = { "paling_tinggi", "paling_rendah", "pembanding" };
    json_object *a = json_object_new_array();
    for (size_t i = 0; ind && i < ind->count; i++) {
        const struct apbd_indicator *x = &ind->items[i];
        json_object *o = json_object_new_object();
        add(o, "id", text(x->id));
        add(o, "nama", text(x->nama));
        add(o, "dasar_hukum", text(x->dasar_hukum));
        add(o, "arah", text(arah[x->arah]));
        add(o, "batas_persen", json_object_new_int(x->batas_persen));
        add(o, "estimasi", json_object_new_boolean(x->estimasi));
        add(o, "catatan", text(x->catatan));
        add(o, "anggaran", indicator_side(x, 0));
        add(o, "realisasi", indicator_side(x, 1));
        json_object_array_add(a, o);
    }
    return a;
}

static json_object *change(const struct apbd_change *c)
{
    json_object *o = json_object_new_object();
    const struct apbd_line *l = c->line;
    add(o, "kode_skpd", text(l->kode_skpd));
    add(o, "kode_sub_kegiatan", text(l->kode_sub_kegiatan));
    add(o, "kode_rekening", text(l->kode_rekening));
    add(o, "sumber_dana", text(l->sumber_dana));
    add(o, "uraian", text(l->uraian));
    if (c->kind != APBD_CHANGE_NEW) {
        add(o, "anggaran_sebelum", money(c->anggaran_before));
        add(o, "realisasi_sebelum", money(c->realisasi_before));
    }
    if (c->kind != APBD_CHANGE_REMOVED) {
        add(o, "anggaran", money(c->anggaran_after));
        add(o, "realisasi", money(c->realisasi_after));
    }
    return o;
}

/* The finance office's notes, as Markdown: per SKPD its own ("catatan",
 * null when it has only sub kegiatan notes) and its sub kegiatan's. */
static json_object *notes(const struct apbd_catatan *cat)
{
    json_object *o = json_object_new_object();
    for (size_t i = 0; cat && i < cat->count; i++) {
        const struct apbd_catatan_section *x = &cat->items[i];
        json_object *office = NULL;
        if (!json_object_object_get_ex(o, x->kode_skpd, &office)) {
            office = json_object_new_object();
            const struct apbd_catatan_section *own = apbd_catatan_find(cat, x->kode_skpd, NULL);
            add(office, "catatan", own && *own->markdown ? text(own->markdown) : NULL);
            add(office, "sub_kegiatan", json_object_new_object());
            add(o, x->kode_skpd, office);
        }
        json_object *subs = NULL;
        json_object_object_get_ex(office, "sub_kegiatan", &subs);
        if (x->kode_sub_kegiatan)
            add(subs, x->kode_sub_kegiatan, text(x->markdown));
    }
    return o;
}

static json_object *changes(const struct apbd_render_ctx *c)
{
    static const char *const keys[] = { "revisi", "koreksi", "baru", "dihapus" };
    json_object *o = json_object_new_object();
    json_object *lists[4];
    char prev[8] = "";
    if (c->changes)
        apbd_period_previous(c->month->period, prev);
    add(o, "dibandingkan_dengan", c->changes ? text(prev) : NULL);
    for (int k = 0; k < 4; k++)
        lists[k] = json_object_new_array();
    for (size_t i = 0; c->changes && i < c->changes->count; i++)
        json_object_array_add(lists[c->changes->items[i].kind], change(&c->changes->items[i]));
    for (int k = 0; k < 4; k++)
        add(o, keys[k], lists[k]);
    /* The same revisions rolled up per SKPD: offices whose budget moved. */
    json_object *offices = json_object_new_array();
    const struct apbd_node *root = &c->month->root[APBD_TREE_ORG];
    for (const struct apbd_node *n = root->child; c->changes && n; n = n->next) {
        for (int cls = 0; cls < APBD_CLASS_COUNT; cls++) {
            const struct apbd_sums *s = &n->s[cls];
            if (!n->had_prev || s->anggaran == s->anggaran_prev)
                continue;
            static const char *const names[] = {
                "pendapatan", "belanja", "penerimaan_pembiayaan", "pengeluaran_pembiayaan",
            };
            json_object *x = json_object_new_object();
            add(x, "kode_skpd", text(n->kode));
            add(x, "nama_skpd", text(n->nama));
            add(x, "kelompok", text(names[cls]));
            add(x, "anggaran_sebelum", money(s->anggaran_prev));
            add(x, "anggaran", money(s->anggaran));
            json_object_array_add(offices, x);
        }
    }
    add(o, "revisi_skpd", offices);
    /* A corrected export: every line that differs from the month's earlier
     * publication. */
    json_object *fixed = c->corrected ? json_object_new_array() : NULL;
    for (size_t i = 0; c->corrected && i < c->corrected->count; i++)
        json_object_array_add(fixed, change(&c->corrected->items[i]));
    add(o, "koreksi_terbitan", fixed);
    return o;
}

/* Belanja and pengeluaran lines realized above their anggaran. */
static json_object *over_budget(const struct apbd_table *t)
{
    json_object *a = json_object_new_array();
    for (size_t i = 0; i < t->count; i++) {
        const struct apbd_line *l = &t->lines[i];
        int cls = apbd_class_of(l->kode_rekening);
        if ((cls != APBD_BELANJA && cls != APBD_PEMBIAYAAN_KELUAR) || l->realisasi_sen <= l->anggaran_sen)
            continue;
        json_object *o = json_object_new_object();
        add(o, "kode_skpd", text(l->kode_skpd));
        add(o, "kode_sub_kegiatan", text(l->kode_sub_kegiatan));
        add(o, "kode_rekening", text(l->kode_rekening));
        add(o, "uraian", text(l->uraian));
        add(o, "anggaran", money(l->anggaran_sen));
        add(o, "realisasi", money(l->realisasi_sen));
        add(o, "persen", percent(l->realisasi_sen, l->anggaran_sen));
        json_object_array_add(a, o);
    }
    return a;
}

static json_object *pace(const struct apbd_render_ctx *c)
{
    json_object *o = json_object_new_object();
    add(o, "persen_waktu", percent(c->month->month, 12));
    add(o, "persen_belanja", percent(c->lra->belanja.realisasi, c->lra->belanja.anggaran));
    add(o, "persen_belanja_diharapkan",
        c->expected_pace >= 0 ? json_object_new_int(c->expected_pace) : NULL);
    return o;
}

static json_object *line(const struct apbd_render_ctx *c, size_t i)
{
    const struct apbd_line *l = &c->month->table->lines[i];
    json_object *o = json_object_new_object();
    add(o, "kode_skpd", text(l->kode_skpd));
    add(o, "nama_skpd", text(l->nama_skpd));
    add(o, "kode_sub_kegiatan", text(l->kode_sub_kegiatan));
    add(o, "nama_sub_kegiatan", text(l->nama_sub_kegiatan));
    add(o, "kode_rekening", text(l->kode_rekening));
    add(o, "uraian", text(l->uraian));
    add(o, "sumber_dana", text(l->sumber_dana));
    json_object *f = figures(l->anggaran_sen, l->realisasi_sen);
    json_object_object_foreach(f, k, v) {
        add(o, k, json_object_get(v));
    }
    json_object_put(f);
    add(o, "anggaran_murni", money(l->anggaran_murni_sen));
    add(o, "nama_program", text(l->nama_program));
    add(o, "nama_kegiatan", text(l->nama_kegiatan));
    add(o, "anggaran_kas", c->line_kas && c->line_kas[i] != INT64_MIN ? money(c->line_kas[i]) : NULL);
    add(o, "realisasi_fisik", fisik(l->fisik));
    if (*l->kode_sub_unit) {
        add(o, "kode_sub_unit", text(l->kode_sub_unit));
        add(o, "nama_sub_unit", text(l->nama_sub_unit));
    }
    return o;
}

/* The differences between the export's own totals and its lines that the
 * finance office accepted: both figures, and why. */
static json_object *accepted(const struct apbd_table *t)
{
    json_object *list = json_object_new_array();
    for (size_t i = 0; i < t->naccepted; i++) {
        const struct apbd_accepted *a = &t->accepted[i];
        json_object *o = json_object_new_object();
        int64_t d = a->tertulis_sen;
        add(o, "berkas", text(a->file));
        add(o, "baris", json_object_new_int((int32_t)a->line));
        add(o, "kode", text(a->kode));
        add(o, "uraian", text(a->uraian));
        add(o, "kolom", text(a->kolom));
        add(o, "tertulis", money(a->tertulis_sen));
        add(o, "jumlah_baris", money(a->jumlah_sen));
        add(o, "selisih", apbd_money_sub(&d, a->jumlah_sen) == 0 ? money(d) : NULL);
        add(o, "alasan", text(a->alasan));
        json_object_array_add(list, o);
    }
    return list;
}

int apbd_render_json(const struct apbd_render_ctx *c, FILE *out)
{
    const struct apbd_month *m = c->month;
    json_object *head = json_object_new_object();
    char cutoff[16];
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int leap = (m->year % 4 == 0 && m->year % 100 != 0) || m->year % 400 == 0;
    int mi = m->month >= 1 && m->month <= 12 ? m->month : 1;
    snprintf(cutoff, sizeof(cutoff), "%04d-%02d-%02d", m->year % 10000, mi,
             m->month == 0 ? 1 : days[mi - 1] + (mi == 2 && leap));
    add(head, "versi_skema", text(APBD_JSON_SCHEMA_VERSION));
    add(head, "bagan_akun", text(apbd_chart_name(m->table->chart)));
    add(head, "periode", text(m->period));
    add(head, "posisi_data", text(cutoff));
    add(head, "tanggal_terbit", text(c->pubdate));
    add(head, "pemda", pemda(c->pemda));
    add(head, "ringkasan", summary(c->lra));
    add(head, "selisih_diterima", accepted(m->table));
    add(head, "laju", pace(c));
    add(head, "skpd", offices(m));
    json_object *akun = json_object_new_array();
    for (const struct apbd_node *n = m->root[APBD_TREE_AKUN].child; n; n = n->next)
        json_object_array_add(akun, account_node(n));
    add(head, "akun", akun);
    add(head, "sumber_dana", funds(m));
    add(head, "indikator", indicators(c->indicators));
    add(head, "perubahan", changes(c));
    add(head, "melebihi_anggaran", over_budget(m->table));
    add(head, "catatan", notes(c->catatan));
    add(head, "rencana", rencana(m));

    /* Everything but the lines, without its closing brace. */
    const char *s = json_object_to_json_string_ext(head, JSON_FLAGS);
    size_t n = strlen(s);
    fwrite(s, 1, n - 1, out);
    json_object_put(head);

    fputs(",\"baris\":[\n", out);
    const struct apbd_table *t = m->table;
    for (size_t i = 0; i < t->count; i++) {
        json_object *o = line(c, i);
        fputs(json_object_to_json_string_ext(o, JSON_FLAGS), out);
        fputs(i + 1 < t->count ? ",\n" : "\n", out);
        json_object_put(o);
    }
    fputs("]}\n", out);
    return ferror(out) ? -1 : 0;
}
