/*
 * render_xlsx.c: the month as a workbook journalists can open in Excel or
 * LibreOffice: numbers stored as numbers, live percent formulas that also
 * carry their value, frozen headers and filters. libxlsxwriter writes the
 * file in constant_memory mode, so a big Detail sheet streams to disk.
 */
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "apbd/catatan.h"
#include "apbd/i18n.h"
#include "apbd/progress.h"
#include "apbd/render.h"
#include "apbd/version.h"

#define MAX_CELL_TEXT 32767     /* Excel's limit for one cell */

struct book {
    lxw_workbook *wb;
    lxw_format *head, *money, *pct, *title, *bold, *wrap;
    lxw_error err;
    struct apbd_arena scratch;  /* cut texts */
};

/* libxlsxwriter keeps the first error; the rest is skipped quietly. */
static void check(struct book *b, lxw_error e)
{
    if (e != LXW_NO_ERROR && b->err == LXW_NO_ERROR)
        b->err = e;
}

/*
 * XML 1.0 has no place for most control characters, and a cell holds at
 * most 32,767 characters: such text is cleaned and cut, never passed on.
 */
static const char *cell_text(struct book *b, const char *s)
{
    size_t n = strlen(s);
    int clean = n <= MAX_CELL_TEXT;
    for (size_t i = 0; clean && i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        clean = c >= 0x20 || c == '\t' || c == '\n';
    }
    if (clean)
        return s;
    if (n > MAX_CELL_TEXT) {
        n = MAX_CELL_TEXT;
        while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    char *d = apbd_arena_strndup(&b->scratch, s, n);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)d[i] < 0x20 && d[i] != '\t' && d[i] != '\n')
            d[i] = ' ';
    return d;
}

static void str(struct book *b, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s,
                lxw_format *f)
{
    check(b, worksheet_write_string(ws, r, c, cell_text(b, s ? s : ""), f));
}

static void num(struct book *b, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, int64_t sen)
{
    /* An XLSX number is a double: the nearest one to the exact amount. */
    check(b, worksheet_write_number(ws, r, c, (double)sen / 100.0, b->money));
}

/* The percent cell: a formula over the anggaran and realisasi cells of the
 * same row, with its value for readers that do not calculate. */
static void pct(struct book *b, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, lxw_col_t col_a,
                lxw_col_t col_r, int64_t anggaran, int64_t realisasi)
{
    char formula[96], a[16], rr[16];
    lxw_rowcol_to_cell(a, r, col_a);
    lxw_rowcol_to_cell(rr, r, col_r);
    snprintf(formula, sizeof(formula), "=IF(%s=0,\"\",%s/%s)", a, rr, a);
    if (anggaran == 0)
        check(b, worksheet_write_formula_str(ws, r, c, formula, b->pct, ""));
    else
        check(b, worksheet_write_formula_num(ws, r, c, formula, b->pct,
                                             (double)realisasi / (double)anggaran));
}

static void header(struct book *b, lxw_worksheet *ws, lxw_row_t r, const char *const *names,
                   size_t n)
{
    for (size_t i = 0; i < n; i++)
        str(b, ws, r, (lxw_col_t)i, names[i], b->head);
    worksheet_freeze_panes(ws, r + 1, 0);
}

/* Anggaran, realisasi, sisa and a live percent from column c on. */
static void figures(struct book *b, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
                    int64_t anggaran, int64_t realisasi)
{
    num(b, ws, r, c, anggaran);
    num(b, ws, r, c + 1, realisasi);
    int64_t sisa = anggaran;
    if (apbd_money_sub(&sisa, realisasi) == 0)
        num(b, ws, r, c + 2, sisa);
    pct(b, ws, r, c + 3, c, c + 1, anggaran, realisasi);
}

static const char *const lra_names[APBD_LRA_ROWS] = {
    "Pendapatan daerah", "Belanja daerah", "Surplus / (defisit)", "Penerimaan pembiayaan",
    "Pengeluaran pembiayaan", "Pembiayaan netto", "Sisa lebih pembiayaan anggaran (SiLPA)",
};

static void sheet_summary(struct book *b, const struct apbd_render_ctx *c)
{
    lxw_worksheet *ws = workbook_add_worksheet(b->wb, "Ringkasan");
    char title[256];
    snprintf(title, sizeof(title), "Laporan Realisasi Anggaran %s", c->month->period);
    str(b, ws, 0, 0, c->pemda->nama, b->title);
    str(b, ws, 1, 0, title, b->bold);
    str(b, ws, 2, 0, "Tanggal terbit", NULL);
    str(b, ws, 2, 1, c->pubdate, NULL);
    static const char *const cols[] = { "Uraian", "Anggaran", "Realisasi", "Sisa", "Persen" };
    for (size_t i = 0; i < 5; i++)
        str(b, ws, 4, (lxw_col_t)i, cols[i], b->head);
    lxw_row_t r = 5;
    for (int i = 0; i < APBD_LRA_ROWS; i++, r++) {
        const struct apbd_pair *p = apbd_lra_row(c->lra, i);
        str(b, ws, r, 0, lra_names[i], NULL);
        figures(b, ws, r, 1, p->anggaran, p->realisasi);
    }
    r++;
    static const char *const icols[] = {
        "Indikator", "Dasar hukum", "Batas (%)", "Arah", "Pembilang (anggaran)",
        "Penyebut (anggaran)", "Persen (anggaran)", "Pembilang (realisasi)",
        "Penyebut (realisasi)", "Persen (realisasi)", "Perkiraan", "Catatan",
    };
    static const char *const arah[] = { "paling tinggi", "paling rendah", "pembanding" };
    for (size_t i = 0; i < sizeof(icols) / sizeof(icols[0]); i++)
        str(b, ws, r, (lxw_col_t)i, icols[i], b->head);
    r++;
    for (size_t i = 0; c->indicators && i < c->indicators->count; i++, r++) {
        const struct apbd_indicator *x = &c->indicators->items[i];
        str(b, ws, r, 0, x->nama, NULL);
        str(b, ws, r, 1, x->dasar_hukum, NULL);
        check(b, worksheet_write_number(ws, r, 2, x->batas_persen, NULL));
        str(b, ws, r, 3, arah[x->arah], NULL);
        num(b, ws, r, 4, x->pembilang.anggaran);
        num(b, ws, r, 5, x->penyebut.anggaran);
        pct(b, ws, r, 6, 5, 4, x->penyebut.anggaran, x->pembilang.anggaran);
        num(b, ws, r, 7, x->pembilang.realisasi);
        num(b, ws, r, 8, x->penyebut.realisasi);
        pct(b, ws, r, 9, 8, 7, x->penyebut.realisasi, x->pembilang.realisasi);
        str(b, ws, r, 10, x->estimasi ? "ya" : "tidak", NULL);
        str(b, ws, r, 11, x->catatan, NULL);
    }
    check(b, worksheet_set_column(ws, 0, 0, 42, NULL));
    check(b, worksheet_set_column(ws, 1, 9, 20, NULL));
    check(b, worksheet_set_column(ws, 11, 11, 60, NULL));
}

static void sheet_offices(struct book *b, const struct apbd_render_ctx *c)
{
    lxw_worksheet *ws = workbook_add_worksheet(b->wb, "Per SKPD");
    static const char *const cols[] = {
        "Kode SKPD", "Nama SKPD", "Anggaran belanja", "Realisasi belanja", "Sisa belanja",
        "Persen belanja", "Anggaran pendapatan", "Realisasi pendapatan", "Sisa pendapatan",
        "Persen pendapatan",
    };
    header(b, ws, 0, cols, 10);
    lxw_row_t r = 1;
    for (const struct apbd_node *n = c->month->root[APBD_TREE_ORG].child; n; n = n->next, r++) {
        str(b, ws, r, 0, n->kode, NULL);
        str(b, ws, r, 1, n->nama, NULL);
        figures(b, ws, r, 2, n->s[APBD_BELANJA].anggaran, n->s[APBD_BELANJA].realisasi);
        figures(b, ws, r, 6, n->s[APBD_PENDAPATAN].anggaran, n->s[APBD_PENDAPATAN].realisasi);
    }
    check(b, worksheet_autofilter(ws, 0, 0, r > 1 ? r - 1 : 1, 9));
    check(b, worksheet_set_column(ws, 0, 0, 24, NULL));
    check(b, worksheet_set_column(ws, 1, 1, 48, NULL));
    check(b, worksheet_set_column(ws, 2, 9, 20, NULL));
}

static void sheet_programs(struct book *b, const struct apbd_render_ctx *c)
{
    lxw_worksheet *ws = workbook_add_worksheet(b->wb, "Per Program");
    static const char *const cols[] = {
        "Kode SKPD", "Nama SKPD", "Kode program", "Nama program", "Anggaran", "Realisasi",
        "Sisa", "Persen",
    };
    header(b, ws, 0, cols, 8);
    lxw_row_t r = 1;
    for (const struct apbd_node *s = c->month->root[APBD_TREE_ORG].child; s; s = s->next)
        for (const struct apbd_node *p = s->child; p; p = p->next, r++) {
            str(b, ws, r, 0, s->kode, NULL);
            str(b, ws, r, 1, s->nama, NULL);
            str(b, ws, r, 2, p->kode, NULL);
            str(b, ws, r, 3, p->nama, NULL);
            figures(b, ws, r, 4, p->s[APBD_BELANJA].anggaran, p->s[APBD_BELANJA].realisasi);
        }
    check(b, worksheet_autofilter(ws, 0, 0, r > 1 ? r - 1 : 1, 7));
    check(b, worksheet_set_column(ws, 0, 0, 24, NULL));
    check(b, worksheet_set_column(ws, 1, 1, 40, NULL));
    check(b, worksheet_set_column(ws, 2, 2, 12, NULL));
    check(b, worksheet_set_column(ws, 3, 3, 48, NULL));
    check(b, worksheet_set_column(ws, 4, 7, 20, NULL));
}

static void sheet_accounts(struct book *b, const struct apbd_render_ctx *c)
{
    lxw_worksheet *ws = workbook_add_worksheet(b->wb, "Per Rekening");
    static const char *const cols[] = {
        "Kode rekening", "Uraian", "Tingkat", "Anggaran", "Realisasi", "Sisa", "Persen",
    };
    header(b, ws, 0, cols, 7);
    lxw_row_t r = 1;
    const struct apbd_node *root = &c->month->root[APBD_TREE_AKUN];
    for (const struct apbd_node *n = root->child; n; n = apbd_node_next_preorder(n, root), r++) {
        int cls = apbd_class_of(n->kode);
        int64_t a, re;
        if (cls >= 0) {
            a = n->s[cls].anggaran;
            re = n->s[cls].realisasi;
        } else {    /* akun 6: pembiayaan netto */
            a = n->s[APBD_PEMBIAYAAN_MASUK].anggaran - n->s[APBD_PEMBIAYAAN_KELUAR].anggaran;
            re = n->s[APBD_PEMBIAYAAN_MASUK].realisasi - n->s[APBD_PEMBIAYAAN_KELUAR].realisasi;
        }
        str(b, ws, r, 0, n->kode, NULL);
        str(b, ws, r, 1, n->nama, NULL);
        check(b, worksheet_write_number(ws, r, 2, n->level, NULL));
        figures(b, ws, r, 3, a, re);
    }
    check(b, worksheet_autofilter(ws, 0, 0, r > 1 ? r - 1 : 1, 6));
    check(b, worksheet_set_column(ws, 0, 0, 20, NULL));
    check(b, worksheet_set_column(ws, 1, 1, 56, NULL));
    check(b, worksheet_set_column(ws, 3, 6, 20, NULL));
}

static const char *const detail_cols[] = {
    "kode_skpd", "nama_skpd", "kode_sub_kegiatan", "nama_sub_kegiatan", "kode_rekening",
    "uraian", "sumber_dana", "anggaran", "realisasi", "sisa", "persen", "anggaran_murni",
    "nama_program", "nama_kegiatan", "anggaran_kas", "realisasi_fisik", "kode_sub_unit",
    "nama_sub_unit",
};
#define DETAIL_COLS (sizeof(detail_cols) / sizeof(detail_cols[0]))

static lxw_worksheet *detail_sheet(struct book *b, int part)
{
    char name[32];
    if (part == 1)
        snprintf(name, sizeof(name), "Detail");
    else
        snprintf(name, sizeof(name), "Detail %d", part);
    lxw_worksheet *ws = workbook_add_worksheet(b->wb, name);
    header(b, ws, 0, detail_cols, DETAIL_COLS);
    check(b, worksheet_set_column(ws, 0, 0, 24, NULL));
    check(b, worksheet_set_column(ws, 1, 1, 36, NULL));
    check(b, worksheet_set_column(ws, 2, 2, 18, NULL));
    check(b, worksheet_set_column(ws, 3, 3, 36, NULL));
    check(b, worksheet_set_column(ws, 4, 4, 18, NULL));
    check(b, worksheet_set_column(ws, 5, 5, 48, NULL));
    check(b, worksheet_set_column(ws, 6, 6, 16, NULL));
    check(b, worksheet_set_column(ws, 7, 11, 18, NULL));
    check(b, worksheet_set_column(ws, 12, 13, 36, NULL));
    check(b, worksheet_set_column(ws, 14, 15, 18, NULL));
    check(b, worksheet_set_column(ws, 16, 16, 24, NULL));
    check(b, worksheet_set_column(ws, 17, 17, 36, NULL));
    return ws;
}

static void sheets_detail(struct book *b, const struct apbd_render_ctx *c)
{
    const struct apbd_table *t = c->month->table;
    const size_t per_sheet = LXW_ROW_MAX - 1;
    int part = 1;
    lxw_worksheet *ws = detail_sheet(b, part);
    lxw_row_t r = 1;
    for (size_t i = 0; i < t->count; i++, r++) {
        if (r > per_sheet) {
            check(b, worksheet_autofilter(ws, 0, 0, r - 1, DETAIL_COLS - 1));
            ws = detail_sheet(b, ++part);
            r = 1;
        }
        const struct apbd_line *l = &t->lines[i];
        str(b, ws, r, 0, l->kode_skpd, NULL);
        str(b, ws, r, 1, l->nama_skpd, NULL);
        str(b, ws, r, 2, l->kode_sub_kegiatan, NULL);
        str(b, ws, r, 3, l->nama_sub_kegiatan, NULL);
        str(b, ws, r, 4, l->kode_rekening, NULL);
        str(b, ws, r, 5, l->uraian, NULL);
        str(b, ws, r, 6, l->sumber_dana, NULL);
        figures(b, ws, r, 7, l->anggaran_sen, l->realisasi_sen);
        num(b, ws, r, 11, l->anggaran_murni_sen);
        str(b, ws, r, 12, l->nama_program, NULL);
        str(b, ws, r, 13, l->nama_kegiatan, NULL);
        if (c->line_kas && c->line_kas[i] != INT64_MIN)
            num(b, ws, r, 14, c->line_kas[i]);
        if (l->fisik >= 0)
            check(b, worksheet_write_number(ws, r, 15, l->fisik / 100.0, NULL));
        if (*l->kode_sub_unit || *l->nama_sub_unit) {
            str(b, ws, r, 16, l->kode_sub_unit, NULL);
            str(b, ws, r, 17, l->nama_sub_unit, NULL);
        }
        if (i % 4096 == 0)
            apbd_arena_release(&b->scratch);
    }
    check(b, worksheet_autofilter(ws, 0, 0, r > 1 ? r - 1 : 1, DETAIL_COLS - 1));
}

/* One row of the Rencana sheet: a node against its plan and its work. */
static void plan_row(struct book *b, lxw_worksheet *ws, lxw_row_t r, const char *tingkat,
                     const char *kode_skpd, const struct apbd_node *n, int month)
{
    struct apbd_plan_row p;
    str(b, ws, r, 0, tingkat, NULL);
    str(b, ws, r, 1, kode_skpd, NULL);
    str(b, ws, r, 2, n->kode, NULL);
    str(b, ws, r, 3, n->nama, NULL);
    num(b, ws, r, 4, n->s[APBD_BELANJA].anggaran);
    num(b, ws, r, 5, n->s[APBD_BELANJA].realisasi);
    if (apbd_plan_of(n, month, &p)) {
        num(b, ws, r, 6, p.rencana);
        num(b, ws, r, 7, p.selisih);
        pct(b, ws, r, 8, 6, 5, p.rencana, p.realisasi);
    }
    pct(b, ws, r, 9, 4, 5, n->s[APBD_BELANJA].anggaran, n->s[APBD_BELANJA].realisasi);
    int k = apbd_hundredths(n->s[APBD_BELANJA].realisasi, n->s[APBD_BELANJA].anggaran);
    if (n->fisik >= 0) {
        check(b, worksheet_write_number(ws, r, 10, n->fisik / 10000.0, b->pct));
        if (k >= 0)
            check(b, worksheet_write_number(ws, r, 11, (k - n->fisik) / 100.0, NULL));
    }
}

/* Belanja against the anggaran kas, offices furthest behind first, then
 * every sub kegiatan with a plan or physical progress. */
static void sheet_plan(struct book *b, const struct apbd_render_ctx *c)
{
    const struct apbd_month *m = c->month;
    const struct apbd_node *root = &m->root[APBD_TREE_ORG];
    int any = root->kas != NULL;
    for (const struct apbd_node *x = root->child; x && !any; x = apbd_node_next_preorder(x, root))
        any = x->fisik >= 0;
    if (!any)
        return;
    static const char *const cols[] = {
        "Tingkat", "Kode SKPD", "Kode", "Nama", "Anggaran belanja", "Realisasi belanja",
        "Anggaran kas s.d. bulan ini", "Selisih (realisasi - anggaran kas)",
        "Realisasi / anggaran kas", "Kemajuan keuangan", "Realisasi fisik",
        "Keuangan - fisik (poin persen)",
    };
    lxw_worksheet *ws = workbook_add_worksheet(b->wb, "Rencana");
    header(b, ws, 0, cols, sizeof(cols) / sizeof(cols[0]));
    lxw_row_t r = 1;
    struct apbd_plan_row *rows;
    size_t n = apbd_plan_ranking(m, 1, &rows);
    for (size_t i = 0; i < n; i++, r++)
        plan_row(b, ws, r, "SKPD", rows[i].node->kode, rows[i].node, m->month);
    free(rows);
    for (const struct apbd_node *x = root->child; x; x = apbd_node_next_preorder(x, root))
        if (apbd_org_is_unit(x) && (x->kas || x->fisik >= 0))
            plan_row(b, ws, r++, x->level == 4 ? "Sub kegiatan" : "Kegiatan", apbd_org_skpd(x)->kode,
                     x, m->month);
    check(b, worksheet_autofilter(ws, 0, 0, r > 1 ? r - 1 : 1, 11));
    check(b, worksheet_set_column(ws, 0, 0, 14, NULL));
    check(b, worksheet_set_column(ws, 1, 2, 24, NULL));
    check(b, worksheet_set_column(ws, 3, 3, 48, NULL));
    check(b, worksheet_set_column(ws, 4, 11, 20, NULL));
}

/* The finance office's notes, one row per section, as Markdown. */
static void sheet_notes(struct book *b, const struct apbd_render_ctx *c)
{
    const struct apbd_catatan *cat = c->catatan;
    if (!cat || !cat->count)
        return;
    static const char *const cols[] = {
        "kode_skpd", "nama_skpd", "kode_sub_kegiatan", "nama_sub_kegiatan", "catatan",
    };
    lxw_worksheet *ws = workbook_add_worksheet(b->wb, "Catatan");
    header(b, ws, 0, cols, sizeof(cols) / sizeof(cols[0]));
    for (size_t i = 0; i < cat->count; i++) {
        const struct apbd_catatan_section *x = &cat->items[i];
        lxw_row_t r = (lxw_row_t)i + 1;
        str(b, ws, r, 0, x->kode_skpd, NULL);
        str(b, ws, r, 1, x->about->nama_skpd, NULL);
        str(b, ws, r, 2, x->kode_sub_kegiatan ? x->kode_sub_kegiatan : "", NULL);
        str(b, ws, r, 3, x->kode_sub_kegiatan ? x->about->nama_sub_kegiatan : "", NULL);
        str(b, ws, r, 4, x->markdown, b->wrap);
    }
    check(b, worksheet_set_column(ws, 0, 0, 24, NULL));
    check(b, worksheet_set_column(ws, 1, 1, 36, NULL));
    check(b, worksheet_set_column(ws, 2, 2, 18, NULL));
    check(b, worksheet_set_column(ws, 3, 3, 36, NULL));
    check(b, worksheet_set_column(ws, 4, 4, 80, NULL));
}

static void sheet_about(struct book *b, const struct apbd_render_ctx *c)
{
    lxw_worksheet *ws = workbook_add_worksheet(b->wb, "Tentang");
    lxw_row_t r = 0;
    const char *rows[][2] = {
        { "Pemerintah daerah", c->pemda->nama },
        { "Periode", c->month->period },
        { "Tanggal terbit", c->pubdate },
        { "Lisensi", c->pemda->lisensi },
        { "Kontak", c->pemda->kontak },
        { "Situs", c->pemda->url },
        { "Dibuat dengan", "apbd " APBD_VERSION },
        { "Bagan akun", c->month->table->chart == APBD_CHART_13_2006
                            ? "Permendagri 13/2006: tanpa sub kegiatan; kolom sub kegiatan berisi "
                              "kegiatan (urusan.bidang.program.kegiatan)"
                            : "Permendagri 90/2019" },
        { "Anggaran", "Pagu anggaran yang berlaku (setelah perubahan, bila ada), dalam rupiah" },
        { "Realisasi", "Realisasi kumulatif sampai dengan akhir bulan, dalam rupiah" },
        { "Sisa", "Anggaran dikurangi realisasi" },
        { "Persen", "Realisasi dibagi anggaran; kosong bila anggaran 0" },
        { "Anggaran murni", "Anggaran sebelum APBD-Perubahan (sama dengan anggaran bila tidak ada)" },
        { "Anggaran kas", "Rencana kas (anggaran kas) kumulatif sampai dengan akhir bulan, dalam rupiah" },
        { "Realisasi fisik", "Kemajuan fisik kumulatif sub kegiatan, dalam persen" },
    };
    str(b, ws, r++, 0, "Tentang berkas ini", b->title);
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++, r++) {
        str(b, ws, r, 0, rows[i][0], b->bold);
        str(b, ws, r, 1, rows[i][1], b->wrap);
    }
    r++;
    str(b, ws, r, 0, "Berkas sumber", b->head);
    str(b, ws, r++, 1, "SHA-256", b->head);
    for (size_t i = 0; i < c->nsources; i++, r++) {
        str(b, ws, r, 0, c->sources[i].name, NULL);
        str(b, ws, r, 1, c->sources[i].sha256, NULL);
    }
    /* The export's own totals where its lines add up to something else,
     * as the finance office accepted: both figures, beside each other. */
    const struct apbd_table *t = c->month->table;
    if (t->naccepted) {
        r++;
        str(b, ws, r, 0, "Selisih diterima", b->head);
        str(b, ws, r, 1, "Jumlah ekspor sendiri dan jumlah baris-barisnya", b->head);
        str(b, ws, r, 2, "Tertulis di ekspor", b->head);
        str(b, ws, r++, 3, "Jumlah baris (diterbitkan)", b->head);
        for (size_t i = 0; i < t->naccepted; i++, r++) {
            const struct apbd_accepted *a = &t->accepted[i];
            char where[300], what[1600], x[APBD_FMT_BUF], y[APBD_FMT_BUF];
            snprintf(where, sizeof(where), "%s baris %u", a->file, a->line);
            snprintf(what, sizeof(what),
                     "%s %s: %s ekspor sendiri %s; baris-barisnya berjumlah %s. Alasan: %s", a->kode,
                     a->uraian, a->kolom, apbd_fmt_rupiah(x, a->tertulis_sen, APBD_LANG_ID),
                     apbd_fmt_rupiah(y, a->jumlah_sen, APBD_LANG_ID), a->alasan);
            str(b, ws, r, 0, where, NULL);
            str(b, ws, r, 1, what, b->wrap);
            num(b, ws, r, 2, a->tertulis_sen);
            num(b, ws, r, 3, a->jumlah_sen);
        }
    }
    check(b, worksheet_set_column(ws, 0, 0, 28, NULL));
    check(b, worksheet_set_column(ws, 1, 1, 80, NULL));
    check(b, worksheet_set_column(ws, 2, 3, 20, NULL));
}

int apbd_render_xlsx(const struct apbd_render_ctx *c, const char *path, char *err, size_t errsize)
{
    lxw_workbook_options opt = { .constant_memory = LXW_TRUE, .use_zip64 = LXW_TRUE };
    struct book b = { .wb = workbook_new_opt(path, &opt) };
    if (!b.wb) {
        snprintf(err, errsize, "cannot create %s", path);
        return -1;
    }
    apbd_arena_init(&b.scratch);
    b.head = workbook_add_format(b.wb);
    format_set_bold(b.head);
    format_set_bg_color(b.head, 0xD9E2F3);
    format_set_text_wrap(b.head);
    b.money = workbook_add_format(b.wb);
    format_set_num_format(b.money, "\"Rp \"#,##0");
    b.pct = workbook_add_format(b.wb);
    format_set_num_format(b.pct, "0.00%");
    b.title = workbook_add_format(b.wb);
    format_set_bold(b.title);
    format_set_font_size(b.title, 14);
    b.bold = workbook_add_format(b.wb);
    format_set_bold(b.bold);
    b.wrap = workbook_add_format(b.wb);
    format_set_text_wrap(b.wrap);

    char title[256], subject[64];
    snprintf(title, sizeof(title), "APBD %s %s", c->pemda->nama, c->month->period);
    snprintf(subject, sizeof(subject), "Laporan Realisasi Anggaran %s", c->month->period);
    lxw_doc_properties props = {
        .title = title, .subject = subject, .author = c->pemda->nama,
        .company = c->pemda->nama, .keywords = "APBD, anggaran, realisasi",
        .comments = "apbd " APBD_VERSION, .created = c->pubtime,
    };
    check(&b, workbook_set_properties(b.wb, &props));

    sheet_summary(&b, c);
    sheet_offices(&b, c);
    sheet_programs(&b, c);
    sheet_accounts(&b, c);
    sheets_detail(&b, c);
    sheet_plan(&b, c);
    sheet_notes(&b, c);
    sheet_about(&b, c);

    lxw_error closed = workbook_close(b.wb);
    apbd_arena_release(&b.scratch);
    if (b.err == LXW_NO_ERROR)
        b.err = closed;
    if (b.err != LXW_NO_ERROR) {
        snprintf(err, errsize, "%s: %s", path, lxw_strerror(b.err));
        return -1;
    }
    return 0;
}
