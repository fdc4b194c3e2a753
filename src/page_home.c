/*
 * page_home.c: the home page (the latest month at a glance) and the year
 * pages (month by month, per office).
 */
#include <stdlib.h>
#include <string.h>

#include "apbd/coa.h"
#include "apbd/site.h"
#include "apbd/status.h"

/* A headline figure: realized of budget, with a bar; for a budget-only
 * publication (pace_tenths < -1) the budget alone. */
static void headline(struct apbd_page *p, const char *term, const char *label_key, int64_t realisasi,
                     int64_t anggaran, int pace_tenths)
{
    char a[APBD_FMT_BUF], b[APBD_FMT_BUF], pc[APBD_FMT_BUF], w[APBD_MONEY_BUF];
    apbd_html_raw(p, "<div class=\"figure\"><h2 class=\"label\">");
    apbd_html_term(p, term, apbd_t(p->t, label_key));
    apbd_html_raw(p, "</h2><p class=\"value\">");
    if (pace_tenths < -1) {
        apbd_html_text(p, apbd_fmt_rupiah_short(a, anggaran, p->lang));
        apbd_html_raw(p, "</p><p class=\"sub\">");
        apbd_html_t(p, "figure.budget_only");
        apbd_html_raw(p, "</p></div>\n");
        return;
    }
    apbd_html_text(p, apbd_fmt_rupiah_short(a, realisasi, p->lang));
    apbd_html_raw(p, "</p><p class=\"sub\">");
    apbd_html_t(p, "figure.of");
    apbd_html_raw(p, " ");
    apbd_html_text(p, apbd_fmt_rupiah_short(b, anggaran, p->lang));
    apbd_html_raw(p, " ");
    apbd_html_t(p, "figure.budget");
    if (apbd_fmt_pct(pc, realisasi, anggaran, p->lang)) {
        apbd_html_raw(p, ": ");
        apbd_html_text(p, pc);
    }
    apbd_html_raw(p, "</p>");
    if (apbd_percent_format_dp(w, realisasi, anggaran, APBD_NUM_EN, 1)) {
        double width = atof(w);     /* display only */
        apbd_html_raw(p, "<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"");
        apbd_html_text(p, pc);
        if (pace_tenths >= 0) {
            apbd_html_raw(p, "; ");
            apbd_html_t(p, "figure.pace");
            apbd_html_rawf(p, " %d%%", pace_tenths / 10);
        }
        apbd_html_rawf(p, "\"><rect class=\"track\" width=\"100\" height=\"10\"/>"
                          "<rect class=\"fill\" width=\"%.1f\" height=\"10\"/>",
                       width < 0 ? 0 : width > 100 ? 100 : width);
        if (pace_tenths >= 0)
            apbd_html_rawf(p, "<rect class=\"pace\" x=\"%.1f\" width=\"1\" height=\"10\"/>",
                           pace_tenths / 10.0 > 99 ? 99 : pace_tenths / 10.0);
        apbd_html_raw(p, "</svg>");
    }
    apbd_html_raw(p, "</div>\n");
}

static int by_anggaran_desc(const void *a, const void *b)
{
    const struct apbd_node *x = *(const struct apbd_node *const *)a;
    const struct apbd_node *y = *(const struct apbd_node *const *)b;
    int64_t ax = x->s[APBD_BELANJA].anggaran, ay = y->s[APBD_BELANJA].anggaran;
    if (ax != ay)
        return ax < ay ? 1 : -1;
    return strcmp(x->kode, y->kode);
}

/* The largest nodes under root at level, by belanja anggaran. */
static size_t largest(const struct apbd_node *root, int level, const struct apbd_node **out, size_t max)
{
    size_t n = 0, cap = 64;
    const struct apbd_node **all = apbd_xmalloc(cap * sizeof(*all));
    for (const struct apbd_node *x = root->child; x; x = apbd_node_next_preorder(x, root)) {
        if (x->level != level)
            continue;
        if (n == cap) {
            cap *= 2;
            all = apbd_xrealloc(all, cap * sizeof(*all));
        }
        all[n++] = x;
    }
    qsort(all, n, sizeof(*all), by_anggaran_desc);
    size_t k = n < max ? n : max;
    memcpy(out, all, k * sizeof(*out));
    free(all);
    return k;
}

static const char *urusan_name(const struct apbd_site *s, const char *kode, enum apbd_lang lang)
{
    for (size_t i = 1; i < s->urusan.nrows; i++)
        if (strcmp(s->urusan.rows[i][0], kode) == 0)
            return lang == APBD_LANG_EN && *s->urusan.rows[i][2] ? s->urusan.rows[i][2]
                                                                 : s->urusan.rows[i][1];
    return kode;
}

static void curve_section(struct apbd_site *s, struct apbd_page *p, int year, int upto_month)
{
    int this_year[12], last_year[12], plan[12];
    apbd_site_realized_by_month(s, year, NULL, this_year);
    apbd_site_realized_by_month(s, year - 1, NULL, last_year);
    for (int m = 1; m <= 12; m++) {
        int e = apbd_expected_pace(m, s->rep);
        plan[m - 1] = e < 0 ? -1 : e * 10;
    }
    int have_last = 0;
    for (int m = 0; m < 12; m++)
        have_last |= last_year[m] >= 0;
    char title[200], y[16];
    snprintf(y, sizeof(y), "%d", year);
    snprintf(title, sizeof(title), "%s %s", apbd_t(p->t, "home.curve_title"), y);
    apbd_html_raw(p, "<section aria-labelledby=\"kurva-h\"><h2 id=\"kurva-h\">");
    apbd_html_text(p, title);
    apbd_html_raw(p, "</h2>\n<figure class=\"chart\">");
    apbd_svg_year_curve(p, "kurva", this_year, have_last ? last_year : NULL, plan, upto_month, title,
                        apbd_t(p->t, "home.curve_desc"));
    apbd_html_raw(p, "<figcaption><span class=\"key key-realisasi\"></span> ");
    apbd_html_text(p, y);
    if (have_last) {
        apbd_html_rawf(p, " · <span class=\"key key-lalu\"></span> %d", year - 1);
    }
    apbd_html_raw(p, " · <span class=\"key key-rencana\"></span> ");
    apbd_html_t(p, "home.curve_plan");
    apbd_html_rawf(p, " · <a href=\"%s/data/apbd-%d.csv\">", p->root, year);
    apbd_html_t(p, "chart.data");
    apbd_html_raw(p, "</a></figcaption></figure>\n");
    /* The same numbers as a table: the chart's text equivalent. */
    apbd_html_raw(p, "<section class=\"table-wrap\" tabindex=\"0\" aria-labelledby=\"kurva-c\">"
                     "<table class=\"data\"><caption id=\"kurva-c\">");
    apbd_html_t(p, "home.curve_table");
    apbd_html_raw(p, "</caption><thead><tr><th scope=\"col\">");
    apbd_html_t(p, "col.bulan");
    apbd_html_rawf(p, "</th><th scope=\"col\" class=\"num\">%d</th>", year);
    if (have_last)
        apbd_html_rawf(p, "<th scope=\"col\" class=\"num\">%d</th>", year - 1);
    apbd_html_raw(p, "<th scope=\"col\" class=\"num\">");
    apbd_html_t(p, "home.curve_plan");
    apbd_html_raw(p, "</th></tr></thead><tbody>\n");
    for (int m = 1; m <= 12; m++) {
        apbd_html_raw(p, "<tr><th scope=\"row\">");
        apbd_html_text(p, apbd_month_name(m, p->lang));
        apbd_html_raw(p, "</th>");
        apbd_page_tenths_cell(p, this_year[m - 1]);
        if (have_last)
            apbd_page_tenths_cell(p, last_year[m - 1]);
        apbd_page_tenths_cell(p, plan[m - 1]);
        apbd_html_raw(p, "</tr>\n");
    }
    apbd_html_raw(p, "</tbody></table></section>\n</section>\n");
}

int apbd_page_home(struct apbd_site *s, const struct apbd_render_ctx *c, enum apbd_lang lang)
{
    const struct apbd_month *m = c->month;
    const struct apbd_i18n *t = &s->t[lang];
    const struct apbd_site_month *sm = &s->months[s->nmonths - 1];
    const struct apbd_lra *lra = c->lra;
    char when[APBD_FMT_BUF], title[200], pp[8];
    apbd_fmt_date(when, m->period, lang);
    apbd_period_path(m->period, pp);
    snprintf(title, sizeof(title), "%s %s", apbd_t(t, "home.title"), when);
    char *jsonld = apbd_page_dataset_jsonld(s->pemda, m->period, c->pubdate, title);
    struct apbd_page p;
    int r = apbd_page_open(s, &p, lang, "index.html", title, NULL, 0, jsonld);
    free(jsonld);
    if (r != APBD_OK)
        return r;
    apbd_page_timeliness(&p, sm->cutoff, c->pubdate);
    apbd_page_budget_only(&p, m);
    apbd_html_raw(&p, "<p>");
    apbd_html_t(&p, "home.intro");
    apbd_html_raw(&p, " ");
    apbd_html_term(&p, "apbd", "APBD");
    apbd_html_raw(&p, ".</p>\n<section class=\"headline\" aria-label=\"");
    apbd_html_t(&p, "home.headline");
    apbd_html_raw(&p, "\">\n");
    int budget_only = m->month == 0;
    int pace = budget_only ? -2 : c->expected_pace >= 0 ? c->expected_pace * 10 : m->month * 1000 / 12;
    headline(&p, "pendapatan-daerah", "lra.pendapatan", lra->pendapatan.realisasi,
             lra->pendapatan.anggaran, budget_only ? -2 : m->month * 1000 / 12);
    headline(&p, "belanja-daerah", "lra.belanja", lra->belanja.realisasi, lra->belanja.anggaran, pace);
    char a[APBD_FMT_BUF], b[APBD_FMT_BUF];
    apbd_html_raw(&p, "<div class=\"figure\"><h2 class=\"label\">");
    apbd_html_term(&p, "surplus-defisit", apbd_t(t, "lra.surplus_defisit"));
    apbd_html_raw(&p, "</h2><p class=\"value\">");
    if (budget_only) {
        apbd_html_text(&p, apbd_fmt_rupiah_short(a, lra->surplus_defisit.anggaran, lang));
        apbd_html_raw(&p, "</p><p class=\"sub\">");
        apbd_html_t(&p, "figure.budget_only");
    } else {
        apbd_html_text(&p, apbd_fmt_rupiah_short(a, lra->surplus_defisit.realisasi, lang));
        apbd_html_raw(&p, "</p><p class=\"sub\">");
        apbd_html_t(&p, "figure.budgeted");
        apbd_html_raw(&p, " ");
        apbd_html_text(&p, apbd_fmt_rupiah_short(b, lra->surplus_defisit.anggaran, lang));
    }
    apbd_html_raw(&p, "</p></div>\n");
    if (s->pemda->penduduk > 0) {
        apbd_html_raw(&p, "<div class=\"figure\"><h2 class=\"label\">");
        apbd_html_t(&p, "home.per_resident");
        apbd_html_raw(&p, "</h2><p class=\"value\">");
        /* whole rupiah per resident, rounded half up */
        int64_t per = (budget_only ? lra->belanja.anggaran : lra->belanja.realisasi)
                      / s->pemda->penduduk;
        per = (per + 50) / 100 * 100;
        apbd_html_text(&p, apbd_fmt_rupiah(a, per, lang));
        apbd_html_raw(&p, "</p><p class=\"sub\">");
        apbd_html_t(&p, "home.per_resident_sub");
        apbd_html_raw(&p, " ");
        apbd_html_text(&p, apbd_fmt_int(b, s->pemda->penduduk, lang));
        apbd_html_raw(&p, "</p></div>\n");
    }
    apbd_html_raw(&p, "</section>\n<p>");
    apbd_html_t(&p, "home.pace_note");
    apbd_html_raw(&p, " ");
    apbd_html_term(&p, "laju-realisasi", apbd_t(t, "home.pace_term"));
    apbd_html_raw(&p, "</p>\n");
    curve_section(s, &p, m->year, m->month);
    apbd_page_plan_curve(&p, s, m, &m->root[APBD_TREE_ORG]);
    apbd_page_plan_offices(&p, s, c, 5, 1);

    /* By sector, in plain words. */
    const struct apbd_node *top[10];
    size_t n = largest(&m->root[APBD_TREE_URUSAN], 2, top, 8);
    apbd_html_raw(&p, "<section aria-labelledby=\"sektor-h\"><h2 id=\"sektor-h\">");
    apbd_html_term(&p, "urusan", apbd_t(t, "home.sectors"));
    apbd_html_raw(&p, "</h2>\n<section class=\"table-wrap\" tabindex=\"0\" aria-labelledby=\"sektor-c\">"
                      "<table class=\"data\" id=\"t-sektor\"><caption id=\"sektor-c\">");
    apbd_html_t(&p, "home.sectors_caption");
    apbd_html_raw(&p, "</caption><thead><tr><th scope=\"col\" data-sort=\"text\">");
    apbd_html_t(&p, "col.urusan");
    apbd_html_raw(&p, "</th>");
    apbd_page_figure_head(&p, 1);
    apbd_html_raw(&p, "</tr></thead><tbody>\n");
    for (size_t i = 0; i < n; i++) {
        apbd_html_raw(&p, "<tr><th scope=\"row\">");
        apbd_html_text(&p, urusan_name(s, top[i]->kode, lang));
        apbd_html_raw(&p, "</th>");
        apbd_page_figure_cells(&p, top[i]->s[APBD_BELANJA].anggaran, top[i]->s[APBD_BELANJA].realisasi);
        apbd_html_raw(&p, "</tr>\n");
    }
    apbd_html_raw(&p, "</tbody></table></section>\n</section>\n");

    /* The offices with the largest budgets. */
    n = largest(&m->root[APBD_TREE_ORG], 1, top, 10);
    apbd_html_raw(&p, "<section aria-labelledby=\"opd-h\"><h2 id=\"opd-h\">");
    apbd_html_term(&p, "skpd", apbd_t(t, "home.top_skpd"));
    apbd_html_raw(&p, "</h2>\n<section class=\"table-wrap\" tabindex=\"0\" aria-labelledby=\"opd-c\">"
                      "<table class=\"data\" id=\"t-opd\"><caption id=\"opd-c\">");
    apbd_html_t(&p, "home.top_skpd_caption");
    apbd_html_raw(&p, "</caption><thead><tr><th scope=\"col\" data-sort=\"text\">");
    apbd_html_t(&p, "col.skpd");
    apbd_html_raw(&p, "</th>");
    apbd_page_figure_head(&p, 1);
    apbd_html_raw(&p, "</tr></thead><tbody>\n");
    for (size_t i = 0; i < n; i++) {
        char sp[160];
        snprintf(sp, sizeof(sp), "%s/skpd/%s/index.html", pp, top[i]->kode);
        apbd_html_raw(&p, "<tr><th scope=\"row\">");
        apbd_html_link(&p, sp, *top[i]->nama ? top[i]->nama : top[i]->kode);
        apbd_html_raw(&p, "</th>");
        apbd_page_figure_cells(&p, top[i]->s[APBD_BELANJA].anggaran, top[i]->s[APBD_BELANJA].realisasi);
        apbd_html_raw(&p, "</tr>\n");
    }
    char mp[32];
    snprintf(mp, sizeof(mp), "%s/index.html", pp);
    apbd_html_raw(&p, "</tbody></table></section>\n<p>");
    apbd_html_link(&p, mp, apbd_t(t, "home.all_skpd"));
    apbd_html_raw(&p, "</p>\n</section>\n");

    /* The indicators against their legal thresholds. */
    apbd_html_raw(&p, "<section aria-labelledby=\"ind-h\"><h2 id=\"ind-h\">");
    apbd_html_t(&p, "home.indicators");
    apbd_html_raw(&p, "</h2>\n<section class=\"table-wrap\" tabindex=\"0\" aria-labelledby=\"ind-c\">"
                      "<table class=\"data\" id=\"t-ind\"><caption id=\"ind-c\">");
    apbd_html_t(&p, "home.indicators_caption");
    apbd_html_raw(&p, "</caption><thead><tr><th scope=\"col\">");
    apbd_html_t(&p, "col.indikator");
    static const char *const icols[] = { "col.batas", "col.persen_anggaran", "col.persen_realisasi" };
    for (size_t i = 0; i < 3; i++) {
        apbd_html_raw(&p, "</th><th scope=\"col\" class=\"num\">");
        apbd_html_t(&p, icols[i]);
    }
    apbd_html_raw(&p, "</th></tr></thead><tbody>\n");
    for (size_t i = 0; c->indicators && i < c->indicators->count; i++) {
        const struct apbd_indicator *x = &c->indicators->items[i];
        apbd_html_raw(&p, "<tr><th scope=\"row\">");
        apbd_html_text(&p, lang == APBD_LANG_EN && *x->name ? x->name : x->nama);
        apbd_html_raw(&p, "<br><small>");
        apbd_html_text(&p, x->dasar_hukum);
        if (x->estimasi) {
            apbd_html_raw(&p, " · ");
            apbd_html_t(&p, "indicator.estimate");
        }
        apbd_html_raw(&p, "</small></th><td class=\"num\">");
        apbd_html_t(&p, x->arah == APBD_AT_MOST ? "indicator.at_most"
                        : x->arah == APBD_AT_LEAST ? "indicator.at_least" : "indicator.benchmark");
        apbd_html_rawf(&p, " %d%%</td>", x->batas_persen);
        for (int side = 0; side < 2; side++) {
            int64_t num = side ? x->pembilang.realisasi : x->pembilang.anggaran;
            int64_t den = side ? x->penyebut.realisasi : x->penyebut.anggaran;
            int met = apbd_indicator_met(x, side);
            apbd_html_raw(&p, "<td class=\"num\">");
            if (!apbd_fmt_pct(a, num, den, lang)) {
                apbd_html_raw(&p, "–");
            } else {
                apbd_html_text(&p, a);
                if (x->arah != APBD_BENCHMARK && met >= 0) {
                    apbd_html_rawf(&p, " <span class=\"%s\">", met ? "up" : "down");
                    apbd_html_t(&p, met ? "indicator.met" : "indicator.not_met");
                    apbd_html_raw(&p, "</span>");
                }
            }
            apbd_html_raw(&p, "</td>");
        }
        apbd_html_raw(&p, "</tr>\n");
    }
    apbd_html_raw(&p, "</tbody></table></section>\n</section>\n");

    /* What changed since last month. */
    apbd_html_raw(&p, "<section aria-labelledby=\"ubah-h\"><h2 id=\"ubah-h\">");
    apbd_html_t(&p, "home.changes");
    apbd_html_raw(&p, "</h2>\n<p>");
    if (sm->has_changes) {
        apbd_html_term(&p, "revisi-anggaran", apbd_t(t, "changes.revisions"));
        apbd_html_rawf(&p, ": %zu · ", sm->nrevisi);
        apbd_html_t(&p, "changes.new");
        apbd_html_rawf(&p, ": %zu · ", sm->nbaru);
        apbd_html_t(&p, "changes.removed");
        apbd_html_rawf(&p, ": %zu · ", sm->ndihapus);
        apbd_html_term(&p, "koreksi", apbd_t(t, "changes.corrections"));
        apbd_html_rawf(&p, ": %zu. ", sm->nkoreksi);
    } else {
        apbd_html_t(&p, m->month == 1 ? "changes.first_month" : "changes.no_previous");
        apbd_html_raw(&p, " ");
    }
    char cp[32];
    snprintf(cp, sizeof(cp), "perubahan/%s.html", m->period);
    apbd_html_link(&p, cp, apbd_t(t, "month.changes_link"));
    apbd_html_raw(&p, "</p>\n</section>\n");

    /* Downloads. */
    apbd_html_raw(&p, "<section aria-labelledby=\"unduh-h\"><h2 id=\"unduh-h\">");
    apbd_html_t(&p, "home.downloads");
    apbd_html_raw(&p, "</h2>\n");
    apbd_page_downloads(&p, m->period);
    apbd_html_raw(&p, "<ul>");
    static const char *const ext[] = { "csv", "json", "xlsx" };
    for (size_t i = 0; i < 3; i++) {
        apbd_html_rawf(&p, "<li><a href=\"%s/terbaru/apbd-terbaru.%s\">", p.root, ext[i]);
        apbd_html_t(&p, "home.latest_file");
        apbd_html_rawf(&p, " (%s)</a></li>", ext[i]);
    }
    apbd_html_rawf(&p, "<li><a href=\"%s/data/apbd-%d.csv\">", p.root, m->year);
    apbd_html_t(&p, "home.year_file");
    apbd_html_rawf(&p, " %d</a></li><li><a href=\"%s/data/datapackage.json\">Data Package</a></li>"
                       "<li><a href=\"%s/data/schema/apbd-bulan.schema.json\">JSON Schema</a></li></ul>\n",
                   m->year, p.root, p.root);
    char yp[32];
    snprintf(yp, sizeof(yp), "%d/index.html", m->year);
    apbd_html_raw(&p, "<p>");
    apbd_html_link(&p, yp, apbd_t(t, "home.year_link"));
    apbd_html_raw(&p, "</p>\n</section>\n");
    return apbd_page_close(s, &p, sm->cutoff, c->pubdate);
}

/* The chart of accounts the year's codes follow. */
static void year_chart(struct apbd_page *p, enum apbd_chart chart)
{
    apbd_html_raw(p, "<p class=\"bagan\">");
    apbd_html_t(p, "year.chart");
    apbd_html_raw(p, " ");
    apbd_html_term(p, "bagan-akun", apbd_chart_name(chart));
    apbd_html_raw(p, ".");
    if (chart == APBD_CHART_13_2006) {
        apbd_html_raw(p, " ");
        apbd_html_t(p, "year.chart_13");
    }
    apbd_html_raw(p, "</p>\n");
}

/* A year with its approved budget only: a link to it, and no curve. */
static int year_budget_only(struct apbd_site *s, struct apbd_page *p,
                            const struct apbd_site_month *budget, int year)
{
    char mp[32];
    snprintf(mp, sizeof(mp), "%d/00/index.html", year);
    apbd_html_raw(p, "<p class=\"notice\" role=\"note\">");
    apbd_html_t(p, "budget.only");
    apbd_html_raw(p, "</p>\n");
    apbd_html_raw(p, "<ul class=\"months\"><li>");
    apbd_html_link(p, mp, apbd_month_name(0, p->lang));
    apbd_html_raw(p, "</li></ul>\n");
    year_chart(p, budget->chart);
    apbd_html_raw(p, "<p class=\"downloads\">");
    apbd_html_t(p, "downloads.label");
    apbd_html_rawf(p, " <a href=\"%s/data/apbd-%d.csv\">CSV</a></p>\n", p->root, year);
    return apbd_page_close(s, p, NULL, NULL);
}

int apbd_page_year(struct apbd_site *s, int year, enum apbd_lang lang)
{
    const struct apbd_i18n *t = &s->t[lang];
    char path[32], title[120], y[8];
    snprintf(path, sizeof(path), "%d/index.html", year);
    snprintf(y, sizeof(y), "%d", year);
    snprintf(title, sizeof(title), "%s %d", apbd_t(t, "year.title"), year);
    struct apbd_crumb crumbs[] = { { apbd_t(t, "nav.home"), "index.html" }, { y, "" } };
    struct apbd_page p;
    int r = apbd_page_open(s, &p, lang, path, title, crumbs, 2, NULL);
    if (r != APBD_OK)
        return r;
    /* The months of this year. */
    /* The months of this year; a budget-only year has its month 0 alone. */
    const struct apbd_site_month *ms[12] = { NULL }, *budget = NULL;
    int last = 0;
    for (size_t i = 0; i < s->nmonths; i++)
        if (atoi(s->months[i].period) == year) {
            int m = atoi(s->months[i].period + 5);
            if (m == 0) {
                budget = &s->months[i];
                continue;
            }
            ms[m - 1] = &s->months[i];
            last = m > last ? m : last;
        }
    if (!last && budget)
        return year_budget_only(s, &p, budget, year);
    apbd_html_raw(&p, "<ul class=\"months\">");
    for (int m = 1; m <= 12; m++) {
        if (!ms[m - 1])
            continue;
        char mp[32];
        snprintf(mp, sizeof(mp), "%d/%02d/index.html", year, m);
        apbd_html_raw(&p, "<li>");
        apbd_html_link(&p, mp, apbd_month_name(m, lang));
        apbd_html_raw(&p, "</li>");
    }
    apbd_html_raw(&p, "</ul>\n");
    year_chart(&p, ms[last - 1]->chart);
    apbd_html_raw(&p, "<p class=\"downloads\">");
    apbd_html_t(&p, "downloads.label");
    apbd_html_rawf(&p, " <a href=\"%s/data/apbd-%d.csv\">CSV</a></p>\n", p.root, year);
    curve_section(s, &p, year, last);

    /* Per office, month by month. */
    const struct apbd_site_month *latest = ms[last - 1];
    apbd_html_raw(&p, "<section aria-labelledby=\"opd-h\"><h2 id=\"opd-h\">");
    apbd_html_term(&p, "skpd", apbd_t(t, "year.by_skpd"));
    apbd_html_raw(&p, "</h2>\n<input type=\"search\" class=\"filter\" data-table=\"t-tahun\" hidden aria-label=\"");
    apbd_html_t(&p, "table.filter");
    apbd_html_raw(&p, "\">\n<section class=\"table-wrap\" tabindex=\"0\" aria-labelledby=\"tahun-c\">"
                      "<table class=\"data\" id=\"t-tahun\"><caption id=\"tahun-c\">");
    apbd_html_t(&p, "year.by_skpd_caption");
    apbd_html_raw(&p, "</caption><thead><tr><th scope=\"col\" data-sort=\"text\">");
    apbd_html_t(&p, "col.skpd");
    apbd_html_raw(&p, "</th>");
    for (int m = 1; m <= last; m++) {
        apbd_html_raw(&p, "<th scope=\"col\" data-sort=\"num\" class=\"num\">");
        apbd_html_text(&p, apbd_month_name(m, lang));
        apbd_html_raw(&p, "</th>");
    }
    apbd_html_raw(&p, "<th scope=\"col\">");
    apbd_html_t(&p, "col.tren");
    apbd_html_raw(&p, "</th></tr></thead><tbody>\n");
    for (size_t o = 0; latest && o < latest->noffices; o++) {
        const struct apbd_site_office *off = &latest->offices[o];
        int pct[12];
        char sp[160];
        snprintf(sp, sizeof(sp), "%d/%02d/skpd/%s/index.html", year, last, off->kode);
        apbd_html_raw(&p, "<tr><th scope=\"row\">");
        apbd_html_link(&p, sp, *off->nama ? off->nama : off->kode);
        apbd_html_raw(&p, "</th>");
        for (int m = 1; m <= last; m++) {
            pct[m - 1] = -1;
            const struct apbd_site_office *f = NULL;
            for (size_t k = 0; ms[m - 1] && k < ms[m - 1]->noffices && !f; k++)
                if (strcmp(ms[m - 1]->offices[k].kode, off->kode) == 0)
                    f = &ms[m - 1]->offices[k];
            char a[APBD_FMT_BUF], v[APBD_MONEY_BUF];
            if (!f || !apbd_percent_format_dp(v, f->realisasi, f->anggaran, APBD_NUM_EN, 1)) {
                apbd_html_raw(&p, "<td class=\"num\" data-value=\"-1\">–</td>");
                continue;
            }
            pct[m - 1] = apbd_tenths(f->realisasi, f->anggaran);
            apbd_html_rawf(&p, "<td class=\"num\" data-value=\"%s\">", v);
            apbd_html_text(&p, apbd_fmt_pct(a, f->realisasi, f->anggaran, lang));
            apbd_html_raw(&p, "</td>");
        }
        apbd_html_raw(&p, "<td>");
        apbd_svg_sparkline(&p, pct, last, off->nama);
        apbd_html_raw(&p, "</td></tr>\n");
    }
    apbd_html_raw(&p, "</tbody></table></section>\n</section>\n");
    return apbd_page_close(s, &p, latest ? latest->cutoff : NULL, latest ? latest->pubdate : NULL);
}
