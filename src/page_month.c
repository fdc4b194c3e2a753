/*
 * page_month.c: a month's full report (the LRA, per urusan, per SKPD, per
 * jenis belanja, per sumber dana, downloads) and its changes page (against
 * the previous month: revisions, new and removed lines, corrections, the
 * largest movements). Both depend only on that month and the one before.
 */
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "apbd/site.h"
#include "apbd/status.h"

static const char *const lra_keys[APBD_LRA_ROWS] = {
    "lra.pendapatan", "lra.belanja", "lra.surplus_defisit", "lra.penerimaan_pembiayaan",
    "lra.pengeluaran_pembiayaan", "lra.pembiayaan_netto", "lra.silpa",
};

static const char *const lra_terms[APBD_LRA_ROWS] = {
    "pendapatan-daerah", "belanja-daerah", "surplus-defisit", "penerimaan-pembiayaan",
    "pengeluaran-pembiayaan", "pembiayaan-netto", "silpa",
};

static void table_open(struct apbd_page *p, const char *id, const char *caption_key,
                       const char *first_col_key)
{
    apbd_html_rawf(p, "<input type=\"search\" class=\"filter\" data-table=\"%s\" hidden aria-label=\"", id);
    apbd_html_t(p, "table.filter");
    apbd_html_rawf(p, "\">\n<section class=\"table-wrap\" tabindex=\"0\" aria-labelledby=\"%s-c\">"
                      "<table class=\"data\" id=\"%s\"><caption id=\"%s-c\">", id, id, id);
    apbd_html_t(p, caption_key);
    apbd_html_raw(p, "</caption><thead><tr><th scope=\"col\" data-sort=\"text\">");
    apbd_html_t(p, first_col_key);
    apbd_html_raw(p, "</th>");
    apbd_page_figure_head(p, 1);
    apbd_html_raw(p, "</tr></thead><tbody>\n");
}

static void table_close(struct apbd_page *p)
{
    apbd_html_raw(p, "</tbody></table></section>\n");
}

/* "Data: CSV · JSON · XLSX" for the month, from any depth. */
void apbd_page_downloads(struct apbd_page *p, const char *period)
{
    char pp[8];
    apbd_period_path(period, pp);
    apbd_html_raw(p, "<p class=\"downloads\">");
    apbd_html_t(p, "downloads.label");
    static const char *const ext[] = { "csv", "json", "xlsx" };
    for (size_t i = 0; i < 3; i++)
        apbd_html_rawf(p, " <a href=\"%s/%s/apbd-%s.%s\" download>%s</a>", p->root, pp, period,
                       ext[i], i == 0 ? "CSV" : i == 1 ? "JSON" : "XLSX");
    apbd_html_raw(p, "</p>\n");
}

/* schema.org Dataset for a page that offers the month's downloads. */
char *apbd_page_dataset_jsonld(const struct apbd_pemda *pd, const char *period, const char *pubdate,
                               const char *name)
{
    json_object *o = json_object_new_object();
    json_object_object_add(o, "@context", json_object_new_string("https://schema.org"));
    json_object_object_add(o, "@type", json_object_new_string("Dataset"));
    json_object_object_add(o, "name", json_object_new_string(name));
    json_object_object_add(o, "datePublished", json_object_new_string(pubdate));
    json_object_object_add(o, "temporalCoverage", json_object_new_string(period));
    json_object_object_add(o, "license", json_object_new_string(pd->lisensi ? pd->lisensi : ""));
    json_object *c = json_object_new_object();
    json_object_object_add(c, "@type", json_object_new_string("GovernmentOrganization"));
    json_object_object_add(c, "name", json_object_new_string(pd->nama));
    json_object_object_add(o, "creator", c);
    json_object *dist = json_object_new_array();
    static const char *const ext[][2] = { { "csv", "text/csv" }, { "json", "application/json" },
                                          { "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } };
    /* Only a web address from pemda.ini becomes a link. */
    const char *base = pd->url && (strncmp(pd->url, "https://", 8) == 0
                                   || strncmp(pd->url, "http://", 7) == 0) ? pd->url : "";
    for (size_t i = 0; i < 3; i++) {
        json_object *d = json_object_new_object();
        char url[512];
        snprintf(url, sizeof(url), "%s%s%.4s/%.2s/apbd-%s.%s", base,
                 *base && base[strlen(base) - 1] != '/' ? "/" : "", period,
                 period + 5, period, ext[i][0]);
        json_object_object_add(d, "@type", json_object_new_string("DataDownload"));
        json_object_object_add(d, "encodingFormat", json_object_new_string(ext[i][1]));
        json_object_object_add(d, "contentUrl", json_object_new_string(url));
        json_object_array_add(dist, d);
    }
    json_object_object_add(o, "distribution", dist);
    char *s = strdup(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN));
    json_object_put(o);
    return s;
}

static const char *urusan_name(struct apbd_site *s, const char *kode, enum apbd_lang lang)
{
    for (size_t i = 1; i < s->urusan.nrows; i++)
        if (strcmp(s->urusan.rows[i][0], kode) == 0)
            return lang == APBD_LANG_EN && *s->urusan.rows[i][2] ? s->urusan.rows[i][2]
                                                                 : s->urusan.rows[i][1];
    return kode;
}

/* Rows of a tree's nodes down to max_level, belanja figures. */
static void node_rows(struct apbd_site *s, struct apbd_page *p, const struct apbd_node *root,
                      int max_level, int cls, int urusan, const char *link_fmt, const char *period)
{
    char pp[8];
    apbd_period_path(period, pp);
    for (const struct apbd_node *n = root->child; n; n = apbd_node_next_preorder(n, root)) {
        if (n->level > max_level)
            continue;
        const struct apbd_sums *sum = &n->s[cls];
        if (sum->anggaran == 0 && sum->realisasi == 0)
            continue;
        apbd_html_rawf(p, "<tr class=\"lvl%d\"><th scope=\"row\">", n->level);
        const char *name = urusan ? urusan_name(s, n->kode, p->lang) : n->nama;
        if (link_fmt) {
            char path[256];
            snprintf(path, sizeof(path), link_fmt, pp, n->kode);
            apbd_html_link(p, path, *name ? name : n->kode);
        } else {
            apbd_html_text(p, *name ? name : n->kode);
        }
        apbd_html_raw(p, " <small class=\"code\">");
        apbd_html_text(p, n->kode);
        apbd_html_raw(p, "</small></th>");
        apbd_page_figure_cells(p, sum->anggaran, sum->realisasi);
        apbd_html_raw(p, "</tr>\n");
    }
}

int apbd_page_month(struct apbd_site *s, const struct apbd_render_ctx *c, enum apbd_lang lang)
{
    const struct apbd_month *m = c->month;
    const struct apbd_i18n *t = &s->t[lang];
    char pp[8], path[64], title[160], when[APBD_FMT_BUF];
    apbd_period_path(m->period, pp);
    snprintf(path, sizeof(path), "%s/index.html", pp);
    apbd_fmt_date(when, m->period, lang);
    snprintf(title, sizeof(title), "%s %s", apbd_t(t, "month.title"), when);
    char year[8];
    snprintf(year, sizeof(year), "%.4s", m->period);
    char yearpath[32];
    snprintf(yearpath, sizeof(yearpath), "%.4s/index.html", m->period);
    struct apbd_crumb crumbs[] = { { apbd_t(t, "nav.home"), "index.html" }, { year, yearpath },
                                   { when, "" } };
    char *jsonld = apbd_page_dataset_jsonld(s->pemda, m->period, c->pubdate, title);
    struct apbd_page p;
    int r = apbd_page_open(s, &p, lang, path, title, crumbs, 3, jsonld);
    free(jsonld);
    if (r != APBD_OK)
        return r;
    const struct apbd_site_month *sm = &s->months[s->nmonths - 1];
    apbd_page_timeliness(&p, sm->cutoff, c->pubdate);
    apbd_page_budget_only(&p, m);
    apbd_page_downloads(&p, m->period);

    /* The LRA. */
    apbd_html_raw(&p, "<section aria-labelledby=\"lra-h\"><h2 id=\"lra-h\">");
    apbd_html_term(&p, "lra", apbd_t(t, "month.lra"));
    apbd_html_raw(&p, "</h2>\n");
    table_open(&p, "t-lra", "month.lra_caption", "col.uraian");
    for (int i = 0; i < APBD_LRA_ROWS; i++) {
        const struct apbd_pair *row = apbd_lra_row(c->lra, i);
        apbd_html_raw(&p, "<tr><th scope=\"row\">");
        apbd_html_term(&p, lra_terms[i], apbd_t(t, lra_keys[i]));
        apbd_html_raw(&p, "</th>");
        apbd_page_figure_cells(&p, row->anggaran, row->realisasi);
        apbd_html_raw(&p, "</tr>\n");
    }
    table_close(&p);
    apbd_html_raw(&p, "</section>\n");
    apbd_page_accepted(&p, m->table);

    /* Per urusan, per SKPD, per jenis belanja, per sumber dana. */
    apbd_html_raw(&p, "<section aria-labelledby=\"urusan-h\"><h2 id=\"urusan-h\">");
    apbd_html_term(&p, "urusan", apbd_t(t, "month.by_urusan"));
    apbd_html_raw(&p, "</h2>\n");
    table_open(&p, "t-urusan", "month.by_urusan_caption", "col.urusan");
    node_rows(s, &p, &m->root[APBD_TREE_URUSAN], 2, APBD_BELANJA, 1, NULL, m->period);
    table_close(&p);
    apbd_html_raw(&p, "</section>\n<section aria-labelledby=\"skpd-h\"><h2 id=\"skpd-h\">");
    apbd_html_term(&p, "skpd", apbd_t(t, "month.by_skpd"));
    apbd_html_raw(&p, "</h2>\n");
    table_open(&p, "t-skpd", "month.by_skpd_caption", "col.skpd");
    node_rows(s, &p, &m->root[APBD_TREE_ORG], 1, APBD_BELANJA, 0, "%s/skpd/%s/index.html", m->period);
    table_close(&p);
    apbd_html_raw(&p, "</section>\n");
    apbd_page_plan_curve(&p, s, m, &m->root[APBD_TREE_ORG]);
    apbd_page_plan_offices(&p, s, c, (size_t)-1, 0);
    apbd_page_fisik_gaps(&p, c, 10);
    apbd_html_raw(&p, "<section aria-labelledby=\"jenis-h\"><h2 id=\"jenis-h\">");
    apbd_html_t(&p, "month.by_jenis");
    apbd_html_raw(&p, "</h2>\n");
    table_open(&p, "t-jenis", "month.by_jenis_caption", "col.rekening");
    const struct apbd_node *belanja = apbd_model_find(m, APBD_TREE_AKUN, "5");
    if (belanja) {
        for (const struct apbd_node *k = belanja->child; k; k = k->next)
            for (const struct apbd_node *j = k->child; j; j = j->next) {
                char jp[64];
                snprintf(jp, sizeof(jp), "%s/rekening/%s/index.html", pp, j->kode);
                apbd_html_raw(&p, "<tr><th scope=\"row\">");
                apbd_html_link(&p, jp, j->nama);
                apbd_html_raw(&p, " <small class=\"code\">");
                apbd_html_text(&p, j->kode);
                apbd_html_raw(&p, "</small></th>");
                apbd_page_figure_cells(&p, j->s[APBD_BELANJA].anggaran, j->s[APBD_BELANJA].realisasi);
                apbd_html_raw(&p, "</tr>\n");
            }
    }
    table_close(&p);
    apbd_html_raw(&p, "</section>\n<section aria-labelledby=\"dana-h\"><h2 id=\"dana-h\">");
    apbd_html_term(&p, "sumber-dana", apbd_t(t, "month.by_dana"));
    apbd_html_raw(&p, "</h2>\n");
    table_open(&p, "t-dana", "month.by_dana_caption", "col.sumber_dana");
    node_rows(s, &p, &m->root[APBD_TREE_DANA], 1, APBD_BELANJA, 0, NULL, m->period);
    table_close(&p);
    apbd_html_raw(&p, "</section>\n<p>");
    char cp[32];
    snprintf(cp, sizeof(cp), "perubahan/%s.html", m->period);
    apbd_html_link(&p, cp, apbd_t(t, "month.changes_link"));
    apbd_html_raw(&p, " · ");
    char rp[48];
    snprintf(rp, sizeof(rp), "%s/rekening/5/index.html", pp);
    apbd_html_link(&p, rp, apbd_t(t, "month.accounts_link"));
    apbd_html_raw(&p, "</p>\n");
    return apbd_page_close(s, &p, sm->cutoff, c->pubdate);
}

static int by_movement(const void *a, const void *b)
{
    const struct apbd_change *x = a, *y = b;
    int64_t dx = x->anggaran_after - x->anggaran_before, dy = y->anggaran_after - y->anggaran_before;
    dx = dx < 0 ? -dx : dx;
    dy = dy < 0 ? -dy : dy;
    if (dx != dy)
        return dx < dy ? 1 : -1;
    return strcmp(x->line->kode_rekening, y->line->kode_rekening);
}

static size_t count_kind(const struct apbd_changes *ch, enum apbd_change_kind kind)
{
    size_t n = 0;
    for (size_t i = 0; ch && i < ch->count; i++)
        n += ch->items[i].kind == kind;
    return n;
}

static void change_table(struct apbd_page *p, const struct apbd_changes *ch, enum apbd_change_kind kind,
                         const char *id, const char *caption_key, size_t limit)
{
    size_t n = count_kind(ch, kind);
    apbd_html_rawf(p, "<h2 id=\"%s-h\">", id);
    apbd_html_t(p, caption_key);
    apbd_html_rawf(p, " (%zu)</h2>\n", n);
    if (!n) {
        apbd_html_raw(p, "<p>");
        apbd_html_t(p, "changes.none");
        apbd_html_raw(p, "</p>\n");
        return;
    }
    struct apbd_change *items = apbd_xmalloc(n * sizeof(*items));
    size_t k = 0;
    for (size_t i = 0; i < ch->count; i++)
        if (ch->items[i].kind == kind)
            items[k++] = ch->items[i];
    qsort(items, n, sizeof(*items), by_movement);
    apbd_html_rawf(p, "<section class=\"table-wrap\" tabindex=\"0\" aria-labelledby=\"%s-h\">"
                      "<table class=\"data\" id=\"%s\"><thead><tr><th scope=\"col\" data-sort=\"text\">", id, id);
    apbd_html_t(p, "col.baris");
    static const char *const cols[] = { "col.anggaran_sebelum", "col.anggaran", "col.realisasi_sebelum",
                                        "col.realisasi" };
    for (size_t i = 0; i < 4; i++) {
        apbd_html_raw(p, "</th><th scope=\"col\" data-sort=\"num\" class=\"num\">");
        apbd_html_t(p, cols[i]);
    }
    apbd_html_raw(p, "</th></tr></thead><tbody>\n");
    for (size_t i = 0; i < n && i < limit; i++) {
        const struct apbd_change *c = &items[i];
        char a[APBD_FMT_BUF];
        apbd_html_raw(p, "<tr><th scope=\"row\">");
        apbd_html_text(p, c->line->uraian);
        apbd_html_raw(p, " <small class=\"code\">");
        apbd_html_text(p, c->line->kode_skpd);
        apbd_html_raw(p, " ");
        apbd_html_text(p, c->line->kode_sub_kegiatan);
        apbd_html_raw(p, " ");
        apbd_html_text(p, c->line->kode_rekening);
        apbd_html_raw(p, "</small></th>");
        int64_t v[4] = { c->anggaran_before, c->anggaran_after, c->realisasi_before, c->realisasi_after };
        int show[4] = { kind != APBD_CHANGE_NEW, kind != APBD_CHANGE_REMOVED, kind != APBD_CHANGE_NEW,
                        kind != APBD_CHANGE_REMOVED };
        for (size_t j = 0; j < 4; j++) {
            char d[APBD_MONEY_BUF];
            apbd_html_rawf(p, "<td class=\"num\" data-value=\"%s\">", apbd_money_format_plain(d, v[j]));
            apbd_html_text(p, show[j] ? apbd_fmt_rupiah(a, v[j], p->lang) : "–");
            apbd_html_raw(p, "</td>");
        }
        apbd_html_raw(p, "</tr>\n");
    }
    apbd_html_raw(p, "</tbody></table></section>\n");
    if (n > limit) {
        apbd_html_raw(p, "<p>");
        apbd_html_t(p, "changes.more");
        apbd_html_rawf(p, " %zu.</p>\n", n - limit);
    }
    free(items);
}

int apbd_page_changes(struct apbd_site *s, const struct apbd_render_ctx *c, enum apbd_lang lang)
{
    const struct apbd_month *m = c->month;
    const struct apbd_i18n *t = &s->t[lang];
    char path[64], title[160], when[APBD_FMT_BUF], pp[8], monthpath[32];
    apbd_period_path(m->period, pp);
    snprintf(path, sizeof(path), "perubahan/%s.html", m->period);
    snprintf(monthpath, sizeof(monthpath), "%s/index.html", pp);
    apbd_fmt_date(when, m->period, lang);
    snprintf(title, sizeof(title), "%s %s", apbd_t(t, "changes.title"), when);
    struct apbd_crumb crumbs[] = { { apbd_t(t, "nav.home"), "index.html" }, { when, monthpath },
                                   { apbd_t(t, "changes.crumb"), "" } };
    struct apbd_page p;
    int r = apbd_page_open(s, &p, lang, path, title, crumbs, 3, NULL);
    if (r != APBD_OK)
        return r;
    const struct apbd_site_month *sm = &s->months[s->nmonths - 1];
    if (c->corrected && c->corrected->count) {
        /* This publication corrects the month's export. */
        apbd_html_raw(&p, "<section class=\"notice\" aria-labelledby=\"koreksi-terbitan-h\"><h2 id=\"koreksi-terbitan-h\">");
        apbd_html_t(&p, "changes.corrected_title");
        apbd_html_raw(&p, "</h2>\n<p>");
        apbd_html_t(&p, "changes.corrected_intro");
        apbd_html_raw(&p, "</p>\n");
        for (int k = APBD_CHANGE_REVISION; k <= APBD_CHANGE_REMOVED; k++) {
            static const char *const ids[] = { "t-kt-revisi", "t-kt-koreksi", "t-kt-baru", "t-kt-dihapus" };
            static const char *const keys[] = { "changes.corrected_budget", "changes.corrected_down",
                                                 "changes.new", "changes.removed" };
            if (count_kind(c->corrected, (enum apbd_change_kind)k))
                change_table(&p, c->corrected, (enum apbd_change_kind)k, ids[k], keys[k], 200);
        }
        apbd_html_raw(&p, "</section>\n");
    }
    if (!c->changes) {
        apbd_html_raw(&p, "<p class=\"notice\">");
        apbd_html_t(&p, m->month == 1 ? "changes.first_month" : "changes.no_previous");
        apbd_html_raw(&p, "</p>\n");
        return apbd_page_close(s, &p, sm->cutoff, c->pubdate);
    }
    apbd_html_raw(&p, "<p>");
    apbd_html_t(&p, "changes.intro");
    apbd_html_raw(&p, "</p>\n");
    apbd_page_downloads(&p, m->period);

    /* The largest movements: offices by their realization within the month. */
    apbd_html_raw(&p, "<h2 id=\"gerak-h\">");
    apbd_html_term(&p, "realisasi-bulan-ini", apbd_t(t, "changes.movements"));
    apbd_html_raw(&p, "</h2>\n<section class=\"table-wrap\" tabindex=\"0\" aria-labelledby=\"gerak-h\">"
                      "<table class=\"data\" id=\"t-gerak\"><thead><tr><th scope=\"col\" data-sort=\"text\">");
    apbd_html_t(&p, "col.skpd");
    apbd_html_raw(&p, "</th><th scope=\"col\" data-sort=\"num\" class=\"num\">");
    apbd_html_t(&p, "col.realisasi_bulan_ini");
    apbd_html_raw(&p, "</th></tr></thead><tbody>\n");
    for (const struct apbd_node *n = m->root[APBD_TREE_ORG].child; n; n = n->next) {
        int64_t within;
        if (apbd_realisasi_bulan(m, &n->s[APBD_BELANJA], n->had_prev, &within) != 0 || within == 0)
            continue;
        char a[APBD_FMT_BUF], v[APBD_MONEY_BUF], sp[80];
        snprintf(sp, sizeof(sp), "%s/skpd/%s/index.html", pp, n->kode);
        apbd_html_raw(&p, "<tr><th scope=\"row\">");
        apbd_html_link(&p, sp, n->nama);
        apbd_html_rawf(&p, "</th><td class=\"num\" data-value=\"%s\">", apbd_money_format_plain(v, within));
        apbd_html_text(&p, apbd_fmt_rupiah_short(a, within, lang));
        apbd_html_raw(&p, "</td></tr>\n");
    }
    apbd_html_raw(&p, "</tbody></table></section>\n");
    change_table(&p, c->changes, APBD_CHANGE_REVISION, "t-revisi", "changes.revisions", 200);
    change_table(&p, c->changes, APBD_CHANGE_CORRECTION, "t-koreksi", "changes.corrections", 200);
    change_table(&p, c->changes, APBD_CHANGE_NEW, "t-baru", "changes.new", 200);
    change_table(&p, c->changes, APBD_CHANGE_REMOVED, "t-dihapus", "changes.removed", 200);
    return apbd_page_close(s, &p, sm->cutoff, c->pubdate);
}
