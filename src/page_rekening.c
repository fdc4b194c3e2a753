/*
 * page_rekening.c: one account node (akun, kelompok, jenis or objek) in a
 * month, across offices: its figures, the accounts under it, and how much
 * each office budgeted and realized on it.
 */
#include <stdlib.h>
#include <string.h>

#include "apbd/site.h"
#include "apbd/status.h"

struct office_sum {
    const char *kode, *nama;
    int64_t anggaran, realisasi;
};

static int by_kode(const void *a, const void *b)
{
    return strcmp(((const struct office_sum *)a)->kode, ((const struct office_sum *)b)->kode);
}

static int extends_or_is(const char *code, const char *prefix, size_t n)
{
    return strncmp(code, prefix, n) == 0 && (code[n] == '\0' || code[n] == '.');
}

int apbd_page_rekening(struct apbd_site *s, const struct apbd_render_ctx *c,
                       const struct apbd_node *n, enum apbd_lang lang)
{
    const struct apbd_month *m = c->month;
    const struct apbd_table *t = m->table;
    const struct apbd_i18n *tr = &s->t[lang];
    char pp[8], path[160], when[APBD_FMT_BUF], monthpath[32], title[300];
    apbd_period_path(m->period, pp);
    snprintf(path, sizeof(path), "%s/rekening/%s/index.html", pp, n->kode);
    snprintf(monthpath, sizeof(monthpath), "%s/index.html", pp);
    apbd_fmt_date(when, m->period, lang);
    snprintf(title, sizeof(title), "%s", *n->nama ? n->nama : n->kode);
    /* Breadcrumbs: the month, then every account above this one. */
    struct apbd_crumb crumbs[10];
    char paths[8][160];
    size_t nc = 0;
    crumbs[nc++] = (struct apbd_crumb){ apbd_t(tr, "nav.home"), "index.html" };
    crumbs[nc++] = (struct apbd_crumb){ when, monthpath };
    const struct apbd_node *up[8];
    size_t nup = 0;
    for (const struct apbd_node *a = n->parent; a && a->level > 0 && nup < 8; a = a->parent)
        up[nup++] = a;
    while (nup) {
        const struct apbd_node *a = up[--nup];
        snprintf(paths[nup], sizeof(paths[nup]), "%s/rekening/%s/index.html", pp, a->kode);
        crumbs[nc++] = (struct apbd_crumb){ *a->nama ? a->nama : a->kode, paths[nup] };
    }
    crumbs[nc++] = (struct apbd_crumb){ title, "" };
    struct apbd_page p;
    int r = apbd_page_open(s, &p, lang, path, title, crumbs, nc, NULL);
    if (r != APBD_OK)
        return r;
    const struct apbd_site_month *sm = &s->months[s->nmonths - 1];
    struct apbd_pair f = apbd_node_figures(n);
    char a[APBD_FMT_BUF], b[APBD_FMT_BUF], pc[APBD_FMT_BUF];
    apbd_html_raw(&p, "<p class=\"code\">");
    apbd_html_term(&p, "kode-rekening", apbd_t(tr, "col.rekening"));
    apbd_html_raw(&p, " ");
    apbd_html_text(&p, n->kode);
    apbd_page_ask(&p, s, path, m->period, n->kode, n->nama, f.anggaran, f.realisasi);
    apbd_html_raw(&p, "</p>\n<dl class=\"meta\"><dt>");
    apbd_html_term(&p, "realisasi", apbd_t(tr, "col.realisasi"));
    apbd_html_raw(&p, "</dt><dd>");
    apbd_html_text(&p, apbd_fmt_rupiah_short(a, f.realisasi, lang));
    apbd_html_raw(&p, " ");
    apbd_html_t(&p, "figure.of");
    apbd_html_raw(&p, " ");
    apbd_html_text(&p, apbd_fmt_rupiah_short(b, f.anggaran, lang));
    if (apbd_fmt_pct(pc, f.realisasi, f.anggaran, lang)) {
        apbd_html_raw(&p, " (");
        apbd_html_text(&p, pc);
        apbd_html_raw(&p, ")");
    }
    apbd_html_raw(&p, "</dd></dl>\n");
    apbd_page_downloads(&p, m->period);

    if (n->child) {
        apbd_html_raw(&p, "<h2 id=\"anak-h\">");
        apbd_html_t(&p, "rekening.children");
        apbd_html_raw(&p, "</h2>\n<section class=\"table-wrap\" tabindex=\"0\" aria-labelledby=\"anak-h\">"
                          "<table class=\"data\" id=\"t-anak\"><thead><tr><th scope=\"col\" data-sort=\"text\">");
        apbd_html_t(&p, "col.rekening");
        apbd_html_raw(&p, "</th>");
        apbd_page_figure_head(&p, 1);
        apbd_html_raw(&p, "</tr></thead><tbody>\n");
        for (const struct apbd_node *k = n->child; k; k = k->next) {
            struct apbd_pair kf = apbd_node_figures(k);
            apbd_html_raw(&p, "<tr><th scope=\"row\">");
            if (k->level <= 4) {
                char kp[160];
                snprintf(kp, sizeof(kp), "%s/rekening/%s/index.html", pp, k->kode);
                apbd_html_link(&p, kp, *k->nama ? k->nama : k->kode);
            } else {
                apbd_html_text(&p, *k->nama ? k->nama : k->kode);
            }
            apbd_html_raw(&p, " <small class=\"code\">");
            apbd_html_text(&p, k->kode);
            apbd_html_raw(&p, "</small>");
            apbd_page_ask(&p, s, path, m->period, k->kode, k->nama, kf.anggaran, kf.realisasi);
            apbd_html_raw(&p, "</th>");
            apbd_page_figure_cells(&p, kf.anggaran, kf.realisasi);
            apbd_html_raw(&p, "</tr>\n");
        }
        apbd_html_raw(&p, "</tbody></table></section>\n");
    }

    /* Per office: the lines of this account, in account order, summed. */
    size_t len = strlen(n->kode), lo = 0, hi = t->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(t->lines[s->by_rek[mid]].kode_rekening, n->kode) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t cap = 0, count = 0;
    struct office_sum *sums = NULL;
    for (size_t i = lo; i < t->count && extends_or_is(t->lines[s->by_rek[i]].kode_rekening, n->kode, len); i++) {
        const struct apbd_line *l = &t->lines[s->by_rek[i]];
        if (count == cap) {
            cap = cap ? cap * 2 : 64;
            sums = apbd_xrealloc(sums, cap * sizeof(*sums));
        }
        sums[count++] = (struct office_sum){ l->kode_skpd, l->nama_skpd, l->anggaran_sen, l->realisasi_sen };
    }
    qsort(sums, count, sizeof(*sums), by_kode);
    apbd_html_raw(&p, "<h2 id=\"skpd-h\">");
    apbd_html_term(&p, "skpd", apbd_t(tr, "rekening.by_skpd"));
    apbd_html_raw(&p, "</h2>\n<input type=\"search\" class=\"filter\" data-table=\"t-skpd\" hidden aria-label=\"");
    apbd_html_t(&p, "table.filter");
    apbd_html_raw(&p, "\">\n<section class=\"table-wrap\" tabindex=\"0\" aria-labelledby=\"skpd-h\">"
                      "<table class=\"data\" id=\"t-skpd\"><thead><tr><th scope=\"col\" data-sort=\"text\">");
    apbd_html_t(&p, "col.skpd");
    apbd_html_raw(&p, "</th>");
    apbd_page_figure_head(&p, 1);
    apbd_html_raw(&p, "</tr></thead><tbody>\n");
    for (size_t i = 0; i < count;) {
        struct office_sum o = sums[i++];
        while (i < count && strcmp(sums[i].kode, o.kode) == 0) {
            o.anggaran += sums[i].anggaran;
            o.realisasi += sums[i].realisasi;
            i++;
        }
        char sp[160];
        snprintf(sp, sizeof(sp), "%s/skpd/%s/index.html", pp, o.kode);
        apbd_html_raw(&p, "<tr><th scope=\"row\">");
        apbd_html_link(&p, sp, *o.nama ? o.nama : o.kode);
        apbd_html_raw(&p, "</th>");
        apbd_page_figure_cells(&p, o.anggaran, o.realisasi);
        apbd_html_raw(&p, "</tr>\n");
    }
    apbd_html_raw(&p, "</tbody></table></section>\n");
    free(sums);
    return apbd_page_close(s, &p, sm->cutoff, c->pubdate);
}
