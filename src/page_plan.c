/*
 * page_plan.c: the plan and the work on the pages: belanja against the
 * anggaran kas (a curve and tables of the gap), and financial against
 * physical progress per sub kegiatan. Only drawn where the pemda gave a
 * plan or physical progress; progress.c does the numbers.
 */
#include <stdlib.h>
#include <string.h>

#include "apbd/catatan.h"
#include "apbd/kas.h"
#include "apbd/progress.h"
#include "apbd/site.h"

/* The plan of n to each month, in tenths of a percent of anggaran. */
static void plan_by_month(const struct apbd_node *n, int64_t anggaran, int *out)
{
    for (int m = 1; m <= 12; m++)
        out[m - 1] = n->kas ? apbd_tenths(apbd_kas_to(n->kas, m), anggaran) : -1;
}

/* The belanja anggaran of the offices that have a plan. */
static int64_t planned_anggaran(const struct apbd_month *m)
{
    int64_t sum = 0;
    for (const struct apbd_node *n = m->root[APBD_TREE_ORG].child; n; n = n->next)
        if (n->kas)
            sum += n->s[APBD_BELANJA].anggaran;
    return sum;
}

static void pct_cell(struct apbd_page *p, int64_t num, int64_t den)
{
    char a[APBD_FMT_BUF], v[APBD_MONEY_BUF];
    if (!apbd_percent_format(v, num, den, APBD_NUM_EN)) {
        apbd_html_raw(p, "<td class=\"num\" data-value=\"-1\">–</td>");
        return;
    }
    apbd_html_rawf(p, "<td class=\"num\" data-value=\"%s\">", v);
    apbd_html_text(p, apbd_fmt_pct(a, num, den, p->lang));
    apbd_html_raw(p, "</td>");
}

static void money_cell(struct apbd_page *p, int64_t sen)
{
    char a[APBD_FMT_BUF], v[APBD_MONEY_BUF];
    apbd_html_rawf(p, "<td class=\"num\" data-value=\"%s\">", apbd_money_format_plain(v, sen));
    apbd_html_text(p, apbd_fmt_rupiah_short(a, sen, p->lang));
    apbd_html_raw(p, "</td>");
}

/* A gap: "Rp1,2 M di belakang" or "... di depan". */
static void gap_cell(struct apbd_page *p, int64_t selisih)
{
    char a[APBD_FMT_BUF], v[APBD_MONEY_BUF];
    apbd_html_rawf(p, "<td class=\"num%s\" data-value=\"%s\">", selisih < 0 ? " behind" : "",
                   apbd_money_format_plain(v, selisih));
    apbd_html_text(p, apbd_fmt_rupiah_short(a, selisih < 0 ? -selisih : selisih, p->lang));
    apbd_html_raw(p, " ");
    apbd_html_t(p, selisih < 0 ? "plan.behind_by" : "plan.ahead_by");
    apbd_html_raw(p, "</td>");
}

/* Hundredths as a percent ("45,50%") or, for a gap between two
 * percents, as percentage points ("−4,17"). */
static void hundredths_cell(struct apbd_page *p, int h, int points)
{
    apbd_html_rawf(p, "<td class=\"num\" data-value=\"%d\">", h);
    int a = abs(h);
    apbd_html_rawf(p, "%s%d%c%02d%s", h < 0 ? "−" : "", a / 100, p->lang == APBD_LANG_EN ? '.' : ',',
                   a % 100, points ? "" : "%");
    apbd_html_raw(p, "</td>");
}

void apbd_page_plan_curve(struct apbd_page *p, const struct apbd_site *s, const struct apbd_month *m,
                          const struct apbd_node *n)
{
    int is_root = n == &m->root[APBD_TREE_ORG];
    if (!n->kas)
        return;
    int real[12], plan[12];
    apbd_site_realized_by_month(s, m->year, is_root ? NULL : n->kode, real);
    plan_by_month(n, is_root ? planned_anggaran(m) : n->s[APBD_BELANJA].anggaran, plan);
    char title[200];
    snprintf(title, sizeof(title), "%s %d", apbd_t(p->t, "plan.curve_title"), m->year);
    apbd_html_raw(p, "<section aria-labelledby=\"rencana-h\"><h2 id=\"rencana-h\">");
    apbd_html_term(p, "anggaran-kas", title);
    apbd_html_raw(p, "</h2>\n<figure class=\"chart\">");
    apbd_svg_year_curve(p, "rencana", real, NULL, plan, m->month, title,
                        apbd_t(p->t, "plan.curve_desc"));
    apbd_html_raw(p, "<figcaption><span class=\"key key-realisasi\"></span> ");
    apbd_html_t(p, "plan.realized");
    apbd_html_raw(p, " · <span class=\"key key-rencana\"></span> ");
    apbd_html_t(p, "plan.planned");
    apbd_html_raw(p, "</figcaption></figure>\n");
    apbd_html_raw(p, "<section class=\"table-wrap\" tabindex=\"0\" aria-labelledby=\"rencana-c\">"
                     "<table class=\"data\"><caption id=\"rencana-c\">");
    apbd_html_t(p, "plan.curve_table");
    apbd_html_raw(p, "</caption><thead><tr><th scope=\"col\">");
    apbd_html_t(p, "col.bulan");
    apbd_html_raw(p, "</th><th scope=\"col\" class=\"num\">");
    apbd_html_t(p, "plan.realized");
    apbd_html_raw(p, "</th><th scope=\"col\" class=\"num\">");
    apbd_html_t(p, "plan.planned");
    apbd_html_raw(p, "</th></tr></thead><tbody>\n");
    for (int i = 1; i <= 12; i++) {
        apbd_html_raw(p, "<tr><th scope=\"row\">");
        apbd_html_text(p, apbd_month_name(i, p->lang));
        apbd_html_raw(p, "</th>");
        apbd_page_tenths_cell(p, i <= m->month ? real[i - 1] : -1);
        apbd_page_tenths_cell(p, plan[i - 1]);
        apbd_html_raw(p, "</tr>\n");
    }
    apbd_html_raw(p, "</tbody></table></section>\n</section>\n");
}

/* The finance office's note on an office: its own, else its first sub
 * kegiatan's. NULL when it has none. */
static const struct apbd_catatan_section *office_note(const struct apbd_catatan *cat,
                                                      const char *kode)
{
    const struct apbd_catatan_section *own = apbd_catatan_find(cat, kode, NULL);
    if (own && *own->markdown)
        return own;
    for (size_t i = 0; cat && i < cat->count; i++)
        if (strcmp(cat->items[i].kode_skpd, kode) == 0 && cat->items[i].kode_sub_kegiatan)
            return &cat->items[i];
    return NULL;
}

/* The home page's few: a card each (name, how far behind, the note),
 * readable on a phone where a wide table would not be. */
static void behind_cards(struct apbd_page *p, const struct apbd_render_ctx *c,
                         const struct apbd_plan_row *rows, size_t n, const char *pp)
{
    const char *in_id = p->lang == APBD_LANG_ID ? "" : " lang=\"id\"";
    char a[APBD_FMT_BUF], b[APBD_FMT_BUF], pc[APBD_FMT_BUF];
    apbd_html_raw(p, "<ol class=\"behind\">\n");
    for (size_t i = 0; i < n; i++) {
        const struct apbd_plan_row *r = &rows[i];
        char sp[160];
        snprintf(sp, sizeof(sp), "%s/skpd/%s/index.html", pp, r->node->kode);
        apbd_html_raw(p, "<li><h3>");
        apbd_html_link(p, sp, *r->node->nama ? r->node->nama : r->node->kode);
        apbd_html_raw(p, "</h3><p>");
        if (apbd_fmt_pct(pc, r->realisasi, r->rencana, p->lang)) {
            apbd_html_raw(p, "<strong>");
            apbd_html_text(p, pc);
            apbd_html_raw(p, "</strong> ");
            apbd_html_t(p, "plan.of_plan");
            apbd_html_raw(p, ": ");
        }
        apbd_html_text(p, apbd_fmt_rupiah_short(a, r->realisasi, p->lang));
        apbd_html_raw(p, " ");
        apbd_html_t(p, "plan.spent_of");
        apbd_html_raw(p, " ");
        apbd_html_text(p, apbd_fmt_rupiah_short(b, r->rencana, p->lang));
        apbd_html_raw(p, " ");
        apbd_html_t(p, "plan.planned_to_date");
        apbd_html_raw(p, "; <span class=\"gap\">");
        apbd_html_text(p, apbd_fmt_rupiah_short(a, r->selisih < 0 ? -r->selisih : r->selisih, p->lang));
        apbd_html_raw(p, " ");
        apbd_html_t(p, r->selisih < 0 ? "plan.behind_by" : "plan.ahead_by");
        apbd_html_raw(p, "</span>.</p>");
        const struct apbd_catatan_section *note = office_note(c->catatan, r->node->kode);
        if (note)
            apbd_html_rawf(p, "<div class=\"md catatan\"%s>%s</div>", in_id, note->html);
        apbd_html_raw(p, "</li>\n");
    }
    apbd_html_raw(p, "</ol>\n");
}

void apbd_page_plan_offices(struct apbd_page *p, const struct apbd_site *s __attribute__((unused)),
                            const struct apbd_render_ctx *c, size_t max, int cards)
{
    const struct apbd_month *m = c->month;
    struct apbd_plan_row *rows;
    size_t n = apbd_plan_ranking(m, 1, &rows);
    if (!n) {
        free(rows);
        return;
    }
    char pp[8];
    apbd_period_path(m->period, pp);
    size_t shown = n < max ? n : max;
    apbd_html_raw(p, "<section aria-labelledby=\"tertinggal-h\"><h2 id=\"tertinggal-h\">");
    apbd_html_t(p, shown < n ? "plan.behind" : "plan.all");
    apbd_html_raw(p, "</h2>\n");
    if (cards) {
        apbd_html_raw(p, "<p>");
        apbd_html_t(p, "plan.behind_caption");
        apbd_html_raw(p, "</p>\n");
        behind_cards(p, c, rows, shown, pp);
    } else {
        apbd_html_raw(p, "<section class=\"table-wrap\" tabindex=\"0\" aria-labelledby=\"tertinggal-c\">"
                         "<table class=\"data\" id=\"t-rencana\"><caption id=\"tertinggal-c\">");
        apbd_html_t(p, "plan.behind_caption");
        apbd_html_raw(p, "</caption><thead><tr><th scope=\"col\" data-sort=\"text\">");
        apbd_html_t(p, "col.skpd");
        static const char *const cols[] = { "col.anggaran_kas", "col.realisasi", "col.persen_rencana",
                                            "col.selisih_rencana" };
        for (size_t i = 0; i < 4; i++) {
            apbd_html_raw(p, "</th><th scope=\"col\" class=\"num\" data-sort=\"num\">");
            apbd_html_t(p, cols[i]);
        }
        apbd_html_raw(p, "</th></tr></thead><tbody>\n");
        for (size_t i = 0; i < shown; i++) {
            const struct apbd_plan_row *r = &rows[i];
            char sp[160];
            snprintf(sp, sizeof(sp), "%s/skpd/%s/index.html", pp, r->node->kode);
            apbd_html_raw(p, "<tr><th scope=\"row\">");
            apbd_html_link(p, sp, *r->node->nama ? r->node->nama : r->node->kode);
            apbd_html_raw(p, "</th>");
            money_cell(p, r->rencana);
            money_cell(p, r->realisasi);
            pct_cell(p, r->realisasi, r->rencana);
            gap_cell(p, r->selisih);
            apbd_html_raw(p, "</tr>\n");
        }
        apbd_html_raw(p, "</tbody></table></section>\n");
    }
    if (shown < n) {
        char mp[40];
        snprintf(mp, sizeof(mp), "%s/index.html#tertinggal-h", pp);
        apbd_html_raw(p, "<p>");
        apbd_html_link(p, mp, apbd_t(p->t, "plan.all"));
        apbd_html_raw(p, "</p>\n");
    }
    apbd_html_raw(p, "</section>\n");
    free(rows);
}

void apbd_page_plan_subs(struct apbd_page *p, const struct apbd_render_ctx *c,
                         const struct apbd_node *office)
{
    const struct apbd_month *m = c->month;
    int any = 0;
    for (const struct apbd_node *x = office->child; x && !any; x = apbd_node_next_preorder(x, office))
        any = apbd_org_is_unit(x) && (x->kas || x->fisik >= 0);
    if (!any)
        return;
    apbd_html_raw(p, "<section aria-labelledby=\"kemajuan-h\"><h2 id=\"kemajuan-h\">");
    apbd_html_term(p, "realisasi-fisik", apbd_t(p->t, "plan.subs"));
    apbd_html_raw(p, "</h2>\n<p>");
    apbd_html_t(p, "plan.subs_note");
    apbd_html_raw(p, "</p>\n<section class=\"table-wrap\" tabindex=\"0\" aria-labelledby=\"kemajuan-c\">"
                     "<table class=\"data\" id=\"t-kemajuan\"><caption id=\"kemajuan-c\">");
    apbd_html_t(p, "plan.subs_caption");
    apbd_html_raw(p, "</caption><thead><tr><th scope=\"col\" data-sort=\"text\">");
    /* No glossary links in sortable heads: their sort buttons wrap them. */
    apbd_html_t(p, "col.sub_kegiatan");
    static const char *const cols[] = { "col.anggaran_kas", "col.persen_rencana", "col.keuangan",
                                        "col.fisik", "col.selisih_fisik" };
    for (size_t i = 0; i < 5; i++) {
        apbd_html_raw(p, "</th><th scope=\"col\" class=\"num\" data-sort=\"num\">");
        apbd_html_t(p, cols[i]);
    }
    apbd_html_raw(p, "</th></tr></thead><tbody>\n");
    for (const struct apbd_node *x = office->child; x; x = apbd_node_next_preorder(x, office)) {
        if (!apbd_org_is_unit(x) || (!x->kas && x->fisik < 0))
            continue;
        struct apbd_plan_row r;
        apbd_html_raw(p, "<tr><th scope=\"row\">");
        apbd_html_text(p, *x->nama ? x->nama : x->kode);
        apbd_html_raw(p, " <small class=\"code\">");
        apbd_html_text(p, x->kode);
        apbd_html_raw(p, "</small></th>");
        if (apbd_plan_of(x, m->month, &r)) {
            money_cell(p, r.rencana);
            pct_cell(p, r.realisasi, r.rencana);
        } else {
            apbd_html_raw(p, "<td class=\"num\" data-value=\"-1\">–</td>"
                             "<td class=\"num\" data-value=\"-1\">–</td>");
        }
        int k = apbd_hundredths(x->s[APBD_BELANJA].realisasi, x->s[APBD_BELANJA].anggaran);
        if (k < 0)
            apbd_html_raw(p, "<td class=\"num\" data-value=\"-1\">–</td>");
        else
            hundredths_cell(p, k, 0);
        if (x->fisik < 0 || k < 0) {
            apbd_html_raw(p, "<td class=\"num\" data-value=\"-1\">–</td>"
                             "<td class=\"num\" data-value=\"-1\">–</td>");
        } else {
            hundredths_cell(p, x->fisik, 0);
            hundredths_cell(p, k - x->fisik, 1);
        }
        apbd_html_raw(p, "</tr>\n");
    }
    apbd_html_raw(p, "</tbody></table></section>\n</section>\n");
}

void apbd_page_fisik_gaps(struct apbd_page *p, const struct apbd_render_ctx *c, size_t max)
{
    const struct apbd_month *m = c->month;
    struct apbd_fisik_row *rows;
    size_t n = apbd_fisik_gaps(&m->root[APBD_TREE_ORG], &rows);
    if (!n) {
        free(rows);
        return;
    }
    char pp[8];
    apbd_period_path(m->period, pp);
    apbd_html_raw(p, "<section aria-labelledby=\"fisik-h\"><h2 id=\"fisik-h\">");
    apbd_html_term(p, "realisasi-fisik", apbd_t(p->t, "plan.gaps"));
    apbd_html_raw(p, "</h2>\n<p>");
    apbd_html_t(p, "plan.subs_note");
    apbd_html_raw(p, "</p>\n<section class=\"table-wrap\" tabindex=\"0\" aria-labelledby=\"fisik-c\">"
                     "<table class=\"data\" id=\"t-fisik\"><caption id=\"fisik-c\">");
    apbd_html_t(p, "plan.gaps_caption");
    apbd_html_raw(p, "</caption><thead><tr><th scope=\"col\" data-sort=\"text\">");
    apbd_html_t(p, "col.sub_kegiatan");
    apbd_html_raw(p, "</th><th scope=\"col\" data-sort=\"text\">");
    apbd_html_t(p, "col.skpd");
    static const char *const cols[] = { "col.keuangan", "col.fisik", "col.selisih_fisik" };
    for (size_t i = 0; i < 3; i++) {
        apbd_html_raw(p, "</th><th scope=\"col\" class=\"num\" data-sort=\"num\">");
        apbd_html_t(p, cols[i]);
    }
    apbd_html_raw(p, "</th></tr></thead><tbody>\n");
    for (size_t i = 0; i < n && i < max; i++) {
        const struct apbd_node *x = rows[i].node, *office = apbd_org_skpd(x);
        char sp[160];
        snprintf(sp, sizeof(sp), "%s/skpd/%s/index.html#kemajuan-h", pp, office->kode);
        apbd_html_raw(p, "<tr><th scope=\"row\">");
        apbd_html_text(p, *x->nama ? x->nama : x->kode);
        apbd_html_raw(p, " <small class=\"code\">");
        apbd_html_text(p, x->kode);
        apbd_html_raw(p, "</small></th><td>");
        apbd_html_link(p, sp, *office->nama ? office->nama : office->kode);
        apbd_html_raw(p, "</td>");
        hundredths_cell(p, rows[i].keuangan, 0);
        hundredths_cell(p, rows[i].fisik, 0);
        hundredths_cell(p, rows[i].selisih, 1);
        apbd_html_raw(p, "</tr>\n");
    }
    apbd_html_raw(p, "</tbody></table></section>\n</section>\n");
    free(rows);
}
