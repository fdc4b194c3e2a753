/*
 * page_skpd.c: one office in a month: its figures, then program >
 * kegiatan > sub kegiatan > account lines, each with anggaran, realisasi,
 * sisa and percent; its pendapatan lines apart.
 */
#include <stdlib.h>
#include <string.h>

#include "apbd/catatan.h"
#include "apbd/progress.h"
#include "apbd/site.h"
#include "apbd/status.h"

/* The office's lines in the month's by-office order: [*from, *to). */
static void office_range(const struct apbd_site *s, const struct apbd_table *t, const char *kode,
                         size_t *from, size_t *to)
{
    size_t lo = 0, hi = t->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(t->lines[s->by_org[mid]].kode_skpd, kode) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *from = lo;
    while (lo < t->count && strcmp(t->lines[s->by_org[lo]].kode_skpd, kode) == 0)
        lo++;
    *to = lo;
}

/* Where the rows of a page are, for the question links on them. */
struct asking {
    const struct apbd_site *s;
    const char *path, *period;
};

static void line_row(struct apbd_page *p, const struct apbd_line *l, int level,
                     const struct asking *ask)
{
    apbd_html_rawf(p, "<tr class=\"lvl%d\"><td>", level);
    apbd_html_text(p, l->uraian);
    apbd_html_raw(p, " <small class=\"code\">");
    apbd_html_text(p, l->kode_rekening);
    if (*l->sumber_dana) {
        apbd_html_raw(p, " · ");
        apbd_html_text(p, l->sumber_dana);
    }
    if (*l->kode_sub_unit) {
        /* the unit under the office the line is for: a puskesmas, a school */
        apbd_html_raw(p, " · <span class=\"unit\" title=\"");
        apbd_html_attr(p, l->kode_sub_unit);
        apbd_html_raw(p, "\">");
        apbd_html_t(p, "col.sub_unit");
        apbd_html_raw(p, ": ");
        apbd_html_text(p, *l->nama_sub_unit ? l->nama_sub_unit : l->kode_sub_unit);
        apbd_html_raw(p, "</span>");
    }
    apbd_html_raw(p, "</small>");
    apbd_page_ask(p, ask->s, ask->path, ask->period, l->kode_rekening, l->uraian, l->anggaran_sen,
                  l->realisasi_sen);
    apbd_html_raw(p, "</td>");
    apbd_page_figure_cells(p, l->anggaran_sen, l->realisasi_sen);
    apbd_html_raw(p, "</tr>\n");
}

/* A program, kegiatan or sub kegiatan row; sub kegiatan rows are anchors
 * (#s-<code>) that search results point at. */
static void node_row(struct apbd_page *p, const struct apbd_node *x, int level,
                     const struct asking *ask)
{
    int unit = apbd_org_is_unit(x);
    apbd_html_rawf(p, "<tr class=\"lvl%d\"", level);
    if (unit) {
        /* an id of letters, digits and dashes: the code's dots as dashes */
        apbd_html_raw(p, " id=\"s-");
        for (const char *c = x->kode; *c; c++)
            apbd_html_rawf(p, "%c", *c == '.' ? '-' : (*c >= '0' && *c <= '9') ? *c : '_');
        apbd_html_raw(p, "\"");
    }
    apbd_html_raw(p, "><th scope=\"row\">");
    apbd_html_text(p, *x->nama ? x->nama : x->kode);
    apbd_html_raw(p, " <small class=\"code\">");
    apbd_html_text(p, x->kode);
    apbd_html_raw(p, "</small>");
    if (unit)
        apbd_page_ask(p, ask->s, ask->path, ask->period, x->kode, x->nama,
                      x->s[APBD_BELANJA].anggaran, x->s[APBD_BELANJA].realisasi);
    apbd_html_raw(p, "</th>");
    apbd_page_figure_cells(p, x->s[APBD_BELANJA].anggaran, x->s[APBD_BELANJA].realisasi);
    apbd_html_raw(p, "</tr>\n");
}

/*
 * The rows of x and of everything under it: program > kegiatan > sub
 * kegiatan (program > kegiatan in a 13/2006 year), each unit followed by
 * its lines, which come in unit order from *at.
 */
static void subtree_rows(struct apbd_page *p, const struct apbd_site *s, const struct apbd_table *t,
                         const struct apbd_node *x, int level, size_t *at, size_t to,
                         const struct asking *ask)
{
    node_row(p, x, level, ask);
    for (const struct apbd_node *c = x->child; c; c = c->next)
        subtree_rows(p, s, t, c, level + 1, at, to, ask);
    if (!apbd_org_is_unit(x))
        return;
    while (*at < to && strcmp(t->lines[s->by_org[*at]].kode_sub_kegiatan, x->kode) < 0)
        (*at)++;
    for (; *at < to && strcmp(t->lines[s->by_org[*at]].kode_sub_kegiatan, x->kode) == 0; (*at)++)
        line_row(p, &t->lines[s->by_org[*at]], level + 1, ask);
}

static void head(struct apbd_page *p, const char *id, const char *caption_key)
{
    apbd_html_rawf(p, "<input type=\"search\" class=\"filter\" data-table=\"%s\" hidden aria-label=\"", id);
    apbd_html_t(p, "table.filter");
    apbd_html_rawf(p, "\">\n<section class=\"table-wrap\" tabindex=\"0\" aria-labelledby=\"%s-c\">"
                      "<table class=\"data tree\" id=\"%s\"><caption id=\"%s-c\">", id, id, id);
    apbd_html_t(p, caption_key);
    apbd_html_raw(p, "</caption><thead><tr><th scope=\"col\">");
    apbd_html_t(p, "col.uraian");
    apbd_html_raw(p, "</th>");
    apbd_page_figure_head(p, 0);
    apbd_html_raw(p, "</tr></thead><tbody>\n");
}

/*
 * The finance office's explanations of this office's figures, beside
 * them. cmark's HTML has no raw HTML and only http, https and mailto
 * links (catatan.c); the notes are written in Indonesian, and say so.
 */
static void notes(struct apbd_page *p, const struct apbd_catatan *cat, const struct apbd_node *n,
                  enum apbd_lang lang)
{
    int any = 0;
    for (size_t i = 0; cat && i < cat->count; i++)
        any |= strcmp(cat->items[i].kode_skpd, n->kode) == 0;
    if (!any)
        return;
    const char *in_id = lang == APBD_LANG_ID ? "" : " lang=\"id\"";
    apbd_html_raw(p, "<section class=\"catatan\" aria-labelledby=\"catatan-h\"><h2 id=\"catatan-h\">");
    apbd_html_t(p, "skpd.catatan");
    apbd_html_raw(p, "</h2>\n");
    const struct apbd_catatan_section *own = apbd_catatan_find(cat, n->kode, NULL);
    if (own && *own->markdown)
        apbd_html_rawf(p, "<div class=\"md\"%s>%s</div>\n", in_id, own->html);
    for (size_t i = 0; i < cat->count; i++) {
        const struct apbd_catatan_section *x = &cat->items[i];
        if (!x->kode_sub_kegiatan || strcmp(x->kode_skpd, n->kode) != 0)
            continue;
        const char *nama = x->about->nama_sub_kegiatan;
        apbd_html_raw(p, "<h3>");
        apbd_html_text(p, *nama ? nama : x->kode_sub_kegiatan);
        apbd_html_raw(p, " <small class=\"code\">");
        apbd_html_text(p, x->kode_sub_kegiatan);
        apbd_html_rawf(p, "</small></h3>\n<div class=\"md\"%s>%s</div>\n", in_id, x->html);
    }
    apbd_html_raw(p, "</section>\n");
}

int apbd_page_skpd(struct apbd_site *s, const struct apbd_render_ctx *c, const struct apbd_node *n,
                   enum apbd_lang lang)
{
    const struct apbd_month *m = c->month;
    const struct apbd_table *t = m->table;
    const struct apbd_i18n *tr = &s->t[lang];
    char pp[8], path[160], when[APBD_FMT_BUF], monthpath[32];
    apbd_period_path(m->period, pp);
    snprintf(path, sizeof(path), "%s/skpd/%s/index.html", pp, n->kode);
    snprintf(monthpath, sizeof(monthpath), "%s/index.html", pp);
    apbd_fmt_date(when, m->period, lang);
    struct apbd_crumb crumbs[] = { { apbd_t(tr, "nav.home"), "index.html" }, { when, monthpath },
                                   { n->nama, "" } };
    struct apbd_page p;
    int r = apbd_page_open(s, &p, lang, path, *n->nama ? n->nama : n->kode, crumbs, 3, NULL);
    if (r != APBD_OK)
        return r;
    const struct apbd_site_month *sm = &s->months[s->nmonths - 1];
    apbd_html_raw(&p, "<p class=\"code\">");
    apbd_html_term(&p, "skpd", "SKPD");
    apbd_html_raw(&p, " ");
    apbd_html_text(&p, n->kode);
    apbd_page_ask(&p, s, path, m->period, n->kode, n->nama, n->s[APBD_BELANJA].anggaran,
                  n->s[APBD_BELANJA].realisasi);
    apbd_html_raw(&p, "</p>\n");
    const struct asking ask = { s, path, m->period };

    /* The office's figures. */
    char a[APBD_FMT_BUF], b[APBD_FMT_BUF], pc[APBD_FMT_BUF];
    const struct apbd_sums *bel = &n->s[APBD_BELANJA];
    apbd_html_raw(&p, "<dl class=\"meta\"><dt>");
    apbd_html_term(&p, "belanja-daerah", apbd_t(tr, "lra.belanja"));
    apbd_html_raw(&p, "</dt><dd>");
    apbd_html_text(&p, apbd_fmt_rupiah_short(a, bel->realisasi, lang));
    apbd_html_raw(&p, " ");
    apbd_html_t(&p, "figure.of");
    apbd_html_raw(&p, " ");
    apbd_html_text(&p, apbd_fmt_rupiah_short(b, bel->anggaran, lang));
    if (apbd_fmt_pct(pc, bel->realisasi, bel->anggaran, lang)) {
        apbd_html_raw(&p, " (");
        apbd_html_text(&p, pc);
        apbd_html_raw(&p, ")");
    }
    apbd_html_raw(&p, "</dd>");
    int64_t within;
    if (apbd_realisasi_bulan(m, bel, n->had_prev, &within) == 0) {
        apbd_html_raw(&p, "<dt>");
        apbd_html_term(&p, "realisasi-bulan-ini", apbd_t(tr, "col.realisasi_bulan_ini"));
        apbd_html_raw(&p, "</dt><dd>");
        apbd_html_text(&p, apbd_fmt_rupiah_short(a, within, lang));
        apbd_html_raw(&p, "</dd>");
    }
    const struct apbd_sums *pend = &n->s[APBD_PENDAPATAN];
    if (pend->anggaran || pend->realisasi) {
        apbd_html_raw(&p, "<dt>");
        apbd_html_term(&p, "pendapatan-daerah", apbd_t(tr, "lra.pendapatan"));
        apbd_html_raw(&p, "</dt><dd>");
        apbd_html_text(&p, apbd_fmt_rupiah_short(a, pend->realisasi, lang));
        apbd_html_raw(&p, " ");
        apbd_html_t(&p, "figure.of");
        apbd_html_raw(&p, " ");
        apbd_html_text(&p, apbd_fmt_rupiah_short(b, pend->anggaran, lang));
        apbd_html_raw(&p, "</dd>");
    }
    struct apbd_plan_row plan;
    if (apbd_plan_of(n, m->month, &plan)) {
        apbd_html_raw(&p, "<dt>");
        apbd_html_term(&p, "anggaran-kas", apbd_t(tr, "col.anggaran_kas"));
        apbd_html_raw(&p, "</dt><dd>");
        apbd_html_text(&p, apbd_fmt_rupiah_short(a, plan.rencana, lang));
        if (apbd_fmt_pct(pc, plan.realisasi, plan.rencana, lang)) {
            apbd_html_raw(&p, "; ");
            apbd_html_t(&p, "plan.realized");
            apbd_html_raw(&p, " ");
            apbd_html_text(&p, pc);
            apbd_html_raw(&p, " ");
            apbd_html_t(&p, "plan.of_plan");
        }
        apbd_html_raw(&p, " (");
        apbd_html_text(&p, apbd_fmt_rupiah_short(b, plan.selisih < 0 ? -plan.selisih : plan.selisih, lang));
        apbd_html_raw(&p, " ");
        apbd_html_t(&p, plan.selisih < 0 ? "plan.behind_by" : "plan.ahead_by");
        apbd_html_raw(&p, ")</dd>");
    }
    apbd_html_raw(&p, "</dl>\n");
    apbd_page_downloads(&p, m->period);
    notes(&p, c->catatan, n, lang);
    apbd_page_plan_curve(&p, s, m, n);
    apbd_page_plan_subs(&p, c, n);

    size_t from, to;
    int old = t->chart == APBD_CHART_13_2006;      /* no sub kegiatan; belanja tidak langsung */
    office_range(s, t, n->kode, &from, &to);
    /* Program > kegiatan > sub kegiatan, each followed by its lines. */
    if (n->child) {
        apbd_html_raw(&p, "<h2>");
        apbd_html_term(&p, "program", apbd_t(tr, old ? "skpd.programs_13" : "skpd.programs"));
        apbd_html_raw(&p, "</h2>\n");
        head(&p, "t-program", "skpd.programs_caption");
        size_t at = from;
        for (const struct apbd_node *pr = n->child; pr; pr = pr->next)
            subtree_rows(&p, s, t, pr, 1, &at, to, &ask);
        apbd_html_raw(&p, "</tbody></table></section>\n");
    }
    /* Lines outside any sub kegiatan: pendapatan and pembiayaan. */
    if (from < to && !*t->lines[s->by_org[from]].kode_sub_kegiatan) {
        apbd_html_raw(&p, "<h2>");
        apbd_html_t(&p, old ? "skpd.other_lines_13" : "skpd.other_lines");
        apbd_html_raw(&p, "</h2>\n");
        head(&p, "t-lain", old ? "skpd.other_lines_caption_13" : "skpd.other_lines_caption");
        for (size_t i = from; i < to && !*t->lines[s->by_org[i]].kode_sub_kegiatan; i++)
            line_row(&p, &t->lines[s->by_org[i]], 1, &ask);
        apbd_html_raw(&p, "</tbody></table></section>\n");
    }
    return apbd_page_close(s, &p, sm->cutoff, c->pubdate);
}
