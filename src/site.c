/*
 * site.c: the frame every page shares, the orchestration of the site, and
 * its static pages (glossary, search, 404). Pages are written in both
 * languages over one set of downloads: Indonesian at the root, English
 * under en/.
 */
#include <errno.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apbd/escape.h"
#include "apbd/fsutil.h"
#include "apbd/site.h"
#include "apbd/status.h"
#include "apbd/tanya.h"

static char *xstrdup(const char *s)
{
    char *d = strdup(s ? s : "");
    if (!d)
        apbd_die_nomem();
    return d;
}

static int write_error(struct apbd_site *s, const char *path)
{
    struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
    apbd_report(s->rep, APBD_ERROR, APBD_MSG_CANNOT_WRITE, &loc, strerror(errno), NULL);
    return APBD_EIO;
}

void apbd_period_path(const char *period, char out[8])
{
    snprintf(out, 8, "%.4s/%.2s", period, period + 5);
}

/* A colour from pemda.ini goes into CSS: only #rgb or #rrggbb passes. */
static const char *colour(const char *c, const char *fallback)
{
    if (!c || c[0] != '#')
        return fallback;
    size_t n = strlen(c);
    if ((n != 4 && n != 7) || strspn(c + 1, "0123456789abcdefABCDEF") != n - 1)
        return fallback;
    return c;
}

/* "../.." for a path two directories down ("2024/07/index.html"). */
static void root_of(const char *path, int lang_en, char *out, size_t size)
{
    int depth = lang_en;
    for (const char *c = path; *c; c++)
        depth += *c == '/';
    out[0] = '\0';
    if (!depth) {
        snprintf(out, size, ".");
        return;
    }
    for (int i = 0; i < depth; i++)
        strncat(out, i ? "/.." : "..", size - strlen(out) - 1);
}

int apbd_page_open(struct apbd_site *s, struct apbd_page *p, enum apbd_lang lang,
                   const char *path, const char *title, const struct apbd_crumb *crumbs,
                   size_t ncrumbs, const char *jsonld)
{
    char full[PATH_MAX], dir[PATH_MAX];
    snprintf(full, sizeof(full), "%s/%s%s", s->dir, lang == APBD_LANG_EN ? "en/" : "", path);
    memset(p, 0, sizeof(*p));
    /* Most pages' directories exist already: make them only when needed. */
    p->out = fopen(full, "w");
    if (!p->out && errno == ENOENT) {
        snprintf(dir, sizeof(dir), "%s", full);
        *strrchr(dir, '/') = '\0';
        if (apbd_mkdirs(dir) != 0)
            return write_error(s, dir);
        p->out = fopen(full, "w");
    }
    if (!p->out)
        return write_error(s, full);
    setvbuf(p->out, NULL, _IOFBF, 1 << 16);
    p->t = &s->t[lang];
    p->lang = lang;
    root_of(path, lang == APBD_LANG_EN, p->rootbuf, sizeof(p->rootbuf));
    p->root = p->rootbuf;
    s->pages++;

    const struct apbd_pemda *pd = s->pemda;
    const char *lr = lang == APBD_LANG_EN ? "/en" : "";   /* the language's root */
    apbd_html_rawf(p, "<!DOCTYPE html>\n<html lang=\"%s\" data-root=\"%s%s\">\n<head>\n"
                      "<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
                   lang == APBD_LANG_EN ? "en" : "id", p->root, "");
    apbd_html_text(p, title);
    apbd_html_raw(p, " · ");
    apbd_html_text(p, pd->nama);
    apbd_html_raw(p, "</title>\n<meta name=\"description\" content=\"");
    apbd_html_t(p, "site.description");
    apbd_html_raw(p, " ");
    apbd_html_attr(p, pd->nama);
    apbd_html_rawf(p, "\">\n<link rel=\"stylesheet\" href=\"%s/assets/apbd.css\">\n", p->root);
    apbd_html_rawf(p, "<style>:root{--warna-utama:%s;--warna-aksen:%s}</style>\n",
                   colour(pd->warna_utama, "#0b5394"), colour(pd->warna_aksen, "#b45309"));
    apbd_html_rawf(p, "<link rel=\"alternate\" hreflang=\"%s\" href=\"%s%s/%s\">\n",
                   lang == APBD_LANG_EN ? "id" : "en", p->root, lang == APBD_LANG_EN ? "" : "/en", path);
    apbd_html_rawf(p, "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"%s/feed.xml\" title=\"APBD\">\n",
                   p->root);
    apbd_html_rawf(p, "<script src=\"%s/assets/apbd.js\" defer></script>\n", p->root);
    if (jsonld) {
        apbd_html_raw(p, "<script type=\"application/ld+json\">");
        apbd_escape_json_script(p->out, jsonld);
        apbd_html_raw(p, "</script>\n");
    }
    apbd_html_raw(p, "</head>\n<body>\n<a class=\"skip\" href=\"#isi\">");
    apbd_html_t(p, "nav.skip");
    apbd_html_rawf(p, "</a>\n<header class=\"site\">\n<a class=\"brand\" href=\"%s%s/index.html\">"
                      "<img src=\"%s/assets/logo.svg\" alt=\"\" width=\"40\" height=\"40\"> <span>",
                   p->root, lr, p->root);
    apbd_html_text(p, pd->nama);
    apbd_html_raw(p, "</span></a>\n<nav class=\"menu\" aria-label=\"");
    apbd_html_t(p, "nav.menu");
    apbd_html_rawf(p, "\"><ul><li><a href=\"%s%s/index.html\">", p->root, lr);
    apbd_html_t(p, "nav.home");
    apbd_html_rawf(p, "</a></li><li><a href=\"%s%s/istilah.html\">", p->root, lr);
    apbd_html_t(p, "nav.glossary");
    apbd_html_rawf(p, "</a></li><li><a href=\"%s%s/cari.html\">", p->root, lr);
    apbd_html_t(p, "nav.search");
    apbd_html_rawf(p, "</a></li></ul></nav>\n<a class=\"lang\" hreflang=\"%s\" lang=\"%s\" href=\"%s%s/%s\">%s</a>\n",
                   lang == APBD_LANG_EN ? "id" : "en", lang == APBD_LANG_EN ? "id" : "en", p->root,
                   lang == APBD_LANG_EN ? "" : "/en", path,
                   lang == APBD_LANG_EN ? "Bahasa Indonesia" : "English");
    apbd_html_rawf(p, "<form class=\"search\" role=\"search\" action=\"%s%s/cari.html\"><label for=\"q\">",
                   p->root, lr);
    apbd_html_t(p, "search.label");
    apbd_html_raw(p, "</label> <input id=\"q\" name=\"q\" type=\"search\"> <button type=\"submit\">");
    apbd_html_t(p, "search.button");
    apbd_html_raw(p, "</button></form>\n</header>\n");

    if (ncrumbs) {
        apbd_html_raw(p, "<nav class=\"crumbs\" aria-label=\"");
        apbd_html_t(p, "nav.crumbs");
        apbd_html_raw(p, "\"><ol>");
        for (size_t i = 0; i < ncrumbs; i++) {
            if (i + 1 == ncrumbs) {
                apbd_html_raw(p, "<li aria-current=\"page\">");
                apbd_html_text(p, crumbs[i].label);
            } else {
                apbd_html_rawf(p, "<li><a href=\"%s%s/", p->root, lr);
                apbd_html_attr(p, crumbs[i].path);
                apbd_html_raw(p, "\">");
                apbd_html_text(p, crumbs[i].label);
                apbd_html_raw(p, "</a>");
            }
            apbd_html_raw(p, "</li>");
        }
        apbd_html_raw(p, "</ol></nav>\n");
    }
    apbd_html_raw(p, "<main id=\"isi\">\n<h1>");
    apbd_html_text(p, title);
    apbd_html_raw(p, "</h1>\n");
    return APBD_OK;
}

void apbd_page_budget_only(struct apbd_page *p, const struct apbd_month *m)
{
    if (m->month != 0)
        return;
    apbd_html_raw(p, "<p class=\"notice\" role=\"note\">");
    apbd_html_t(p, "budget.only");
    apbd_html_raw(p, "</p>\n");
}

void apbd_page_accepted(struct apbd_page *p, const struct apbd_table *t)
{
    if (!t->naccepted)
        return;
    apbd_html_raw(p, "<section class=\"notice\" role=\"note\" aria-labelledby=\"selisih-h\">"
                     "<h2 id=\"selisih-h\">");
    apbd_html_t(p, "selisih.title");
    apbd_html_raw(p, "</h2>\n<p>");
    apbd_html_t(p, "selisih.intro");
    apbd_html_raw(p, "</p>\n<ul>\n");
    for (size_t i = 0; i < t->naccepted; i++) {
        const struct apbd_accepted *a = &t->accepted[i];
        char x[APBD_FMT_BUF], y[APBD_FMT_BUF], n[16];
        snprintf(n, sizeof(n), "%u", a->line);
        apbd_html_raw(p, "<li><strong>");
        apbd_html_text(p, a->kode);
        apbd_html_raw(p, " ");
        apbd_html_text(p, a->uraian);
        apbd_html_raw(p, "</strong> (");
        apbd_html_text(p, a->kolom);
        apbd_html_raw(p, "; ");
        apbd_html_text(p, a->file);
        apbd_html_raw(p, ", ");
        apbd_html_t(p, "selisih.line");
        apbd_html_raw(p, " ");
        apbd_html_text(p, n);
        apbd_html_raw(p, "): ");
        apbd_html_t(p, "selisih.written");
        apbd_html_raw(p, " <span class=\"num\">");
        apbd_html_text(p, apbd_fmt_rupiah(x, a->tertulis_sen, p->lang));
        apbd_html_raw(p, "</span>; ");
        apbd_html_t(p, "selisih.summed");
        apbd_html_raw(p, " <span class=\"num\">");
        apbd_html_text(p, apbd_fmt_rupiah(y, a->jumlah_sen, p->lang));
        apbd_html_raw(p, "</span>. ");
        apbd_html_t(p, "selisih.reason");
        apbd_html_raw(p, ": ");
        apbd_html_text(p, a->alasan);
        apbd_html_raw(p, "</li>\n");
    }
    apbd_html_raw(p, "</ul>\n</section>\n");
}

void apbd_page_timeliness(struct apbd_page *p, const char *cutoff, const char *pubdate)
{
    char a[APBD_FMT_BUF], b[APBD_FMT_BUF];
    apbd_html_raw(p, "<p class=\"timeliness\">");
    apbd_html_term(p, "posisi-data", apbd_t(p->t, "time.cutoff"));
    apbd_html_raw(p, " ");
    apbd_html_rawf(p, "<time datetime=\"%s\">", cutoff);
    apbd_html_text(p, apbd_fmt_date(a, cutoff, p->lang));
    apbd_html_raw(p, "</time> · ");
    apbd_html_term(p, "tanggal-terbit", apbd_t(p->t, "time.published"));
    apbd_html_rawf(p, " <time datetime=\"%s\">", pubdate);
    apbd_html_text(p, apbd_fmt_date(b, pubdate, p->lang));
    apbd_html_rawf(p, "</time> (%ld ", apbd_days_between(cutoff, pubdate));
    apbd_html_t(p, "time.days_after");
    apbd_html_raw(p, ")</p>\n");
}

int apbd_page_close(struct apbd_site *s, struct apbd_page *p, const char *cutoff,
                    const char *pubdate)
{
    apbd_html_raw(p, "</main>\n<footer class=\"site\">\n");
    if (cutoff)
        apbd_page_timeliness(p, cutoff, pubdate);
    apbd_html_raw(p, "<p>");
    apbd_html_t(p, "footer.source");
    apbd_html_raw(p, " ");
    apbd_html_text(p, s->pemda->nama);
    apbd_html_raw(p, ". ");
    apbd_html_t(p, "footer.licence");
    apbd_html_raw(p, " ");
    apbd_html_text(p, s->pemda->lisensi);
    apbd_html_raw(p, ". ");
    if (s->pemda->kontak && *s->pemda->kontak) {
        apbd_html_t(p, "footer.contact");
        apbd_html_raw(p, " ");
        apbd_html_text(p, s->pemda->kontak);
        apbd_html_raw(p, ". ");
    }
    apbd_html_rawf(p, "<a href=\"%s/feed.xml\">Atom</a> · <a href=\"%s/data/datapackage.json\">Data Package</a>"
                      " · <a href=\"%s/SHA256SUMS\">SHA256SUMS</a></p>\n</footer>\n</body>\n</html>\n",
                   p->root, p->root, p->root);
    int bad = ferror(p->out);
    bad |= fclose(p->out) != 0;
    p->out = NULL;
    return bad ? write_error(s, "page") : APBD_OK;
}

void apbd_page_figure_head(struct apbd_page *p, int sortable)
{
    static const char *const keys[] = { "col.anggaran", "col.realisasi", "col.sisa", "col.persen" };
    for (size_t i = 0; i < 4; i++) {
        apbd_html_raw(p, sortable ? "<th scope=\"col\" data-sort=\"num\" class=\"num\">"
                                  : "<th scope=\"col\" class=\"num\">");
        apbd_html_t(p, keys[i]);
        apbd_html_raw(p, "</th>");
    }
}

void apbd_page_figure_cells(struct apbd_page *p, int64_t anggaran, int64_t realisasi)
{
    char a[APBD_FMT_BUF], v[APBD_MONEY_BUF];
    int64_t sisa = anggaran - realisasi;
    apbd_html_rawf(p, "<td class=\"num\" data-value=\"%s\">", apbd_money_format_plain(v, anggaran));
    apbd_html_text(p, apbd_fmt_rupiah_short(a, anggaran, p->lang));
    apbd_html_rawf(p, "</td><td class=\"num\" data-value=\"%s\">", apbd_money_format_plain(v, realisasi));
    if (realisasi == 0 && anggaran != 0) {
        apbd_html_raw(p, "<span class=\"none\">");
        apbd_html_t(p, "state.none");
        apbd_html_raw(p, "</span>");
    } else {
        apbd_html_text(p, apbd_fmt_rupiah_short(a, realisasi, p->lang));
    }
    apbd_html_rawf(p, "</td><td class=\"num\" data-value=\"%s\">", apbd_money_format_plain(v, sisa));
    apbd_html_text(p, apbd_fmt_rupiah_short(a, sisa, p->lang));
    char pc[APBD_MONEY_BUF];
    if (!apbd_percent_format_dp(pc, realisasi, anggaran, APBD_NUM_EN, 1)) {
        apbd_html_raw(p, "</td><td class=\"pct num\" data-value=\"-1\">–</td>");
        return;
    }
    double w = atof(pc);        /* a bar's width, display only */
    apbd_html_rawf(p, "</td><td class=\"pct num\" data-value=\"%s\"><svg class=\"minibar\" viewBox=\"0 0 100 8\" "
                      "aria-hidden=\"true\"><rect class=\"track\" width=\"100\" height=\"8\"/><rect class=\"fill\" "
                      "width=\"%.1f\" height=\"8\"/></svg> ", pc, w < 0 ? 0 : w > 100 ? 100 : w);
    apbd_html_text(p, apbd_fmt_pct(a, realisasi, anggaran, p->lang));
    apbd_html_raw(p, "</td>");
}

struct apbd_pair apbd_node_figures(const struct apbd_node *n)
{
    int cls = apbd_class_of(n->kode);
    struct apbd_pair r;
    if (cls >= 0) {
        r.anggaran = n->s[cls].anggaran;
        r.realisasi = n->s[cls].realisasi;
    } else {
        r.anggaran = n->s[APBD_PEMBIAYAAN_MASUK].anggaran - n->s[APBD_PEMBIAYAAN_KELUAR].anggaran;
        r.realisasi = n->s[APBD_PEMBIAYAAN_MASUK].realisasi - n->s[APBD_PEMBIAYAAN_KELUAR].realisasi;
    }
    return r;
}

void apbd_site_add_search(struct apbd_site *s, const char *k, const char *n, const char *t,
                          const char *u)
{
    if (s->nsearch == s->search_cap) {
        s->search_cap = s->search_cap ? s->search_cap * 2 : 256;
        s->search = apbd_xrealloc(s->search, s->search_cap * sizeof(*s->search));
    }
    struct apbd_site_search *e = &s->search[s->nsearch++];
    e->k = xstrdup(k);
    e->n = xstrdup(n);
    e->t = xstrdup(t);
    e->u = xstrdup(u);
}

static void clear_search(struct apbd_site *s)
{
    for (size_t i = 0; i < s->nsearch; i++) {
        free(s->search[i].k);
        free(s->search[i].n);
        free(s->search[i].t);
        free(s->search[i].u);
    }
    s->nsearch = 0;
}

int apbd_site_init(struct apbd_site *s, const char *dir, const char *sitegen,
                   const struct apbd_pemda *pemda, struct apbd_report *rep)
{
    memset(s, 0, sizeof(*s));
    s->dir = dir;
    s->pemda = pemda;
    s->rep = rep;
    s->t[APBD_LANG_ID].lang = APBD_LANG_ID;
    s->t[APBD_LANG_EN].lang = APBD_LANG_EN;
    int r = apbd_i18n_load(&s->t[APBD_LANG_ID], sitegen, rep);
    if (r == APBD_OK)
        r = apbd_i18n_load(&s->t[APBD_LANG_EN], sitegen, rep);
    char path[PATH_MAX];
    snprintf(path, sizeof(path), "%s/istilah.csv", sitegen);
    if (r == APBD_OK)
        r = apbd_datafile_load_path(&s->glossary, path, rep);
    if (r == APBD_OK)
        r = apbd_datafile_load(&s->urusan, "urusan.csv", rep);
    return r;
}

/* What the month leaves for the home and year pages. */
static void remember(struct apbd_site *s, const struct apbd_render_ctx *c, const char *cutoff)
{
    s->months = apbd_xrealloc(s->months, (s->nmonths + 1) * sizeof(*s->months));
    struct apbd_site_month *m = &s->months[s->nmonths++];
    memset(m, 0, sizeof(*m));
    snprintf(m->period, sizeof(m->period), "%s", c->month->period);
    snprintf(m->pubdate, sizeof(m->pubdate), "%s", c->pubdate);
    snprintf(m->cutoff, sizeof(m->cutoff), "%s", cutoff);
    m->lra = *c->lra;
    m->chart = c->month->table->chart;
    size_t n = 0;
    for (const struct apbd_node *o = c->month->root[APBD_TREE_ORG].child; o; o = o->next)
        n++;
    m->offices = apbd_xmalloc((n ? n : 1) * sizeof(*m->offices));
    for (const struct apbd_node *o = c->month->root[APBD_TREE_ORG].child; o; o = o->next) {
        struct apbd_site_office *f = &m->offices[m->noffices++];
        f->kode = xstrdup(o->kode);
        f->nama = xstrdup(o->nama);
        f->anggaran = o->s[APBD_BELANJA].anggaran;
        f->realisasi = o->s[APBD_BELANJA].realisasi;
    }
    if (c->changes) {
        m->has_changes = 1;
        for (size_t i = 0; i < c->changes->count; i++) {
            switch (c->changes->items[i].kind) {
            case APBD_CHANGE_REVISION: m->nrevisi++; break;
            case APBD_CHANGE_CORRECTION: m->nkoreksi++; break;
            case APBD_CHANGE_NEW: m->nbaru++; break;
            case APBD_CHANGE_REMOVED: m->ndihapus++; break;
            }
        }
    }
}

/* The latest month's searchable nodes: offices, programs, sub kegiatan,
 * account nodes with pages. */
static void index_month(struct apbd_site *s, const struct apbd_render_ctx *c)
{
    char pp[8], url[512];
    apbd_period_path(c->month->period, pp);
    clear_search(s);
    const struct apbd_node *root = &c->month->root[APBD_TREE_ORG];
    for (const struct apbd_node *n = root->child; n; n = apbd_node_next_preorder(n, root)) {
        const struct apbd_node *skpd = n;
        while (skpd->level > 1)
            skpd = skpd->parent;
        char anchor[96] = "";
        if (apbd_org_is_unit(n)) {
            /* the sub kegiatan's row: #s- and its code with dashes */
            snprintf(anchor, sizeof(anchor), "#s-%s", n->kode);
            for (char *c = anchor + 3; *c; c++)
                *c = *c == '.' ? '-' : *c;
        }
        snprintf(url, sizeof(url), "%s/skpd/%s/index.html%s", pp, skpd->kode, anchor);
        static const char *const types[] = { "", "skpd", "program", "kegiatan", "sub_kegiatan" };
        apbd_site_add_search(s, n->kode, n->nama, types[n->level <= 4 ? n->level : 4], url);
    }
    root = &c->month->root[APBD_TREE_AKUN];
    for (const struct apbd_node *n = root->child; n; n = apbd_node_next_preorder(n, root)) {
        if (n->level > 4)
            continue;
        snprintf(url, sizeof(url), "%s/rekening/%s/index.html", pp, n->kode);
        apbd_site_add_search(s, n->kode, n->nama, "rekening", url);
    }
}

static int by_rek(const void *a, const void *b, void *lines)
{
    const struct apbd_line *x = &((const struct apbd_line *)lines)[*(const size_t *)a];
    const struct apbd_line *y = &((const struct apbd_line *)lines)[*(const size_t *)b];
    int c = strcmp(x->kode_rekening, y->kode_rekening);
    return c ? c : strcmp(x->kode_skpd, y->kode_skpd);
}

int apbd_site_month(struct apbd_site *s, const struct apbd_render_ctx *c)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const struct apbd_month *m = c->month;
    int leap = (m->year % 4 == 0 && m->year % 100 != 0) || m->year % 400 == 0;
    char cutoff[11];
    if (m->month == 0)          /* the budget as approved, before the year began */
        snprintf(cutoff, sizeof(cutoff), "%04u-01-01", (unsigned)m->year % 10000u);
    else
        snprintf(cutoff, sizeof(cutoff), "%04u-%02u-%02u", (unsigned)m->year % 10000u,
                 (unsigned)m->month % 100u,
                 (unsigned)(days[(m->month + 11) % 12] + (m->month == 2 && leap)));
    remember(s, c, cutoff);
    index_month(s, c);
    const struct apbd_table *tb = m->table;
    free(s->by_org);
    s->by_org = apbd_table_order(tb, APBD_KEY_REKENING);
    free(s->by_rek);
    s->by_rek = apbd_xmalloc((tb->count ? tb->count : 1) * sizeof(*s->by_rek));
    for (size_t i = 0; i < tb->count; i++)
        s->by_rek[i] = i;
    qsort_r(s->by_rek, tb->count, sizeof(*s->by_rek), by_rek, (void *)tb->lines);
    int r = APBD_OK;
    for (int lang = 0; lang < 2 && r == APBD_OK; lang++) {
        r = apbd_page_month(s, c, (enum apbd_lang)lang);
        if (r == APBD_OK)
            r = apbd_page_changes(s, c, (enum apbd_lang)lang);
        for (const struct apbd_node *n = m->root[APBD_TREE_ORG].child; n && r == APBD_OK; n = n->next)
            r = apbd_page_skpd(s, c, n, (enum apbd_lang)lang);
        const struct apbd_node *root = &m->root[APBD_TREE_AKUN];
        for (const struct apbd_node *n = root->child; n && r == APBD_OK;
             n = apbd_node_next_preorder(n, root))
            if (n->level <= 4)
                r = apbd_page_rekening(s, c, n, (enum apbd_lang)lang);
        if (r == APBD_OK)
            r = apbd_page_home(s, c, (enum apbd_lang)lang);
    }
    return r;
}

/* Pages of no month carry the latest month's dates. */
static int close_with_latest(struct apbd_site *s, struct apbd_page *p)
{
    const struct apbd_site_month *m = s->nmonths ? &s->months[s->nmonths - 1] : NULL;
    return apbd_page_close(s, p, m ? m->cutoff : NULL, m ? m->pubdate : NULL);
}

static int page_glossary(struct apbd_site *s, enum apbd_lang lang)
{
    struct apbd_page p;
    struct apbd_crumb crumbs[] = { { apbd_t(&s->t[lang], "nav.home"), "index.html" },
                                   { apbd_t(&s->t[lang], "nav.glossary"), "" } };
    int r = apbd_page_open(s, &p, lang, "istilah.html", apbd_t(&s->t[lang], "glossary.title"),
                           crumbs, 2, NULL);
    if (r != APBD_OK)
        return r;
    apbd_html_raw(&p, "<p>");
    apbd_html_t(&p, "glossary.intro");
    apbd_html_raw(&p, "</p>\n<dl class=\"istilah\">\n");
    for (size_t i = 1; i < s->glossary.nrows; i++) {
        const char **row = s->glossary.rows[i];
        apbd_html_raw(&p, "<dt id=\"");
        apbd_html_attr(&p, row[0]);
        apbd_html_raw(&p, "\">");
        apbd_html_text(&p, lang == APBD_LANG_EN && *row[2] ? row[2] : row[1]);
        apbd_html_raw(&p, "</dt><dd>");
        apbd_html_text(&p, lang == APBD_LANG_EN && *row[4] ? row[4] : row[3]);
        apbd_html_raw(&p, "</dd>\n");
    }
    apbd_html_raw(&p, "</dl>\n");
    return close_with_latest(s, &p);
}

static int page_search(struct apbd_site *s, enum apbd_lang lang)
{
    struct apbd_page p;
    struct apbd_crumb crumbs[] = { { apbd_t(&s->t[lang], "nav.home"), "index.html" },
                                   { apbd_t(&s->t[lang], "nav.search"), "" } };
    int r = apbd_page_open(s, &p, lang, "cari.html", apbd_t(&s->t[lang], "search.title"), crumbs,
                           2, NULL);
    if (r != APBD_OK)
        return r;
    apbd_html_raw(&p, "<ul id=\"search-results\"></ul>\n<noscript><p class=\"notice\">");
    apbd_html_t(&p, "search.noscript");
    apbd_html_raw(&p, "</p></noscript>\n");
    if (s->nmonths) {
        char pp[8];
        apbd_period_path(s->months[s->nmonths - 1].period, pp);
        char path[32];
        snprintf(path, sizeof(path), "%s/index.html", pp);
        apbd_html_raw(&p, "<p>");
        apbd_html_link(&p, path, apbd_t(&s->t[lang], "search.all_offices"));
        apbd_html_raw(&p, "</p>\n");
    }
    return close_with_latest(s, &p);
}

/* 404.html, which a static host serves for any missing address: its
 * links are relative to the root, where the host puts it. */
static int page_404(struct apbd_site *s, enum apbd_lang lang)
{
    struct apbd_page p;
    int r = apbd_page_open(s, &p, lang, "404.html", apbd_t(&s->t[lang], "404.title"), NULL, 0, NULL);
    if (r != APBD_OK)
        return r;
    apbd_html_raw(&p, "<p>");
    apbd_html_t(&p, "404.text");
    apbd_html_raw(&p, "</p>\n");
    return close_with_latest(s, &p);
}

static int copy_assets(struct apbd_site *s)
{
    char from[PATH_MAX], to[PATH_MAX];
    static const char *const files[] = { "apbd.css", "apbd.js", "logo.svg" };
    snprintf(to, sizeof(to), "%s/assets", s->dir);
    if (apbd_mkdirs(to) != 0)
        return write_error(s, to);
    for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
        snprintf(from, sizeof(from), "%s/assets/%s", s->t[0].dir, files[i]);
        snprintf(to, sizeof(to), "%s/assets/%s", s->dir, files[i]);
        if (apbd_copy_file(from, to) != 0)
            return write_error(s, from);
    }
    snprintf(to, sizeof(to), "%s/.nojekyll", s->dir);
    FILE *f = fopen(to, "w");
    if (!f || fclose(f) != 0)
        return write_error(s, to);
    return APBD_OK;
}

int apbd_site_finish(struct apbd_site *s)
{
    int r = copy_assets(s);
    for (int lang = 0; lang < 2 && r == APBD_OK; lang++) {
        for (size_t i = 0; i < s->nmonths && r == APBD_OK; i++)
            if (i == 0 || strncmp(s->months[i].period, s->months[i - 1].period, 4) != 0)
                r = apbd_page_year(s, atoi(s->months[i].period), (enum apbd_lang)lang);
        if (r == APBD_OK)
            r = page_glossary(s, (enum apbd_lang)lang);
        if (r == APBD_OK)
            r = page_search(s, (enum apbd_lang)lang);
        if (r == APBD_OK)
            r = page_404(s, (enum apbd_lang)lang);
    }
    if (r == APBD_OK)
        r = apbd_site_feeds(s);
    return r;
}

void apbd_site_release(struct apbd_site *s)
{
    for (size_t i = 0; i < s->nmonths; i++) {
        for (size_t j = 0; j < s->months[i].noffices; j++) {
            free(s->months[i].offices[j].kode);
            free(s->months[i].offices[j].nama);
        }
        free(s->months[i].offices);
    }
    free(s->months);
    clear_search(s);
    free(s->search);
    apbd_i18n_release(&s->t[0]);
    apbd_i18n_release(&s->t[1]);
    apbd_datafile_release(&s->glossary);
    apbd_datafile_release(&s->urusan);
    free(s->by_org);
    free(s->by_rek);
    memset(s, 0, sizeof(*s));
}

void apbd_page_ask(struct apbd_page *p, const struct apbd_site *s, const char *path,
                   const char *period, const char *kode, const char *nama, int64_t anggaran,
                   int64_t realisasi)
{
    const char *channel = s->pemda->kanal_pertanyaan;
    if (!apbd_tanya_usable(channel))
        return;
    /* the page's own address, for the reader's question to point at */
    char *page = NULL;
    size_t len;
    FILE *f = open_memstream(&page, &len);
    const char *url = s->pemda->url ? s->pemda->url : "";
    fprintf(f, "%s%s%s%s", url, *url && url[strlen(url) - 1] != '/' ? "/" : "",
            p->lang == APBD_LANG_EN ? "en/" : "", path);
    fclose(f);
    struct apbd_tanya q = { .kode = kode, .nama = nama, .periode = period, .halaman = page,
                            .anggaran = anggaran, .realisasi = realisasi };
    char *href = apbd_tanya_url(channel, &q);
    free(page);
    if (!href)
        return;
    apbd_html_raw(p, " <a class=\"tanya\" rel=\"nofollow\" href=\"");
    apbd_html_attr(p, href);
    apbd_html_raw(p, "\">");
    apbd_html_t(p, "ask.link");
    apbd_html_raw(p, "<span class=\"sr-only\"> ");
    apbd_html_text(p, kode);
    apbd_html_raw(p, " ");
    apbd_html_text(p, nama);
    apbd_html_raw(p, "</span></a>");
    free(href);
}

int apbd_tenths(int64_t num, int64_t den)
{
    if (den <= 0)
        return -1;
    return (int)(((__int128)num * 2000 / den + 1) / 2);
}

void apbd_page_tenths_cell(struct apbd_page *p, int tenths)
{
    if (tenths < 0)
        apbd_html_raw(p, "<td class=\"num\">–</td>");
    else
        apbd_html_rawf(p, "<td class=\"num\">%d%c%d%%</td>", tenths / 10,
                       p->lang == APBD_LANG_EN ? '.' : ',', tenths % 10);
}

void apbd_site_realized_by_month(const struct apbd_site *s, int year, const char *kode, int *out)
{
    for (int m = 0; m < 12; m++)
        out[m] = -1;
    for (size_t i = 0; i < s->nmonths; i++) {
        const struct apbd_site_month *sm = &s->months[i];
        if (atoi(sm->period) != year)
            continue;
        int m = atoi(sm->period + 5);
        if (m < 1 || m > 12)
            continue;           /* a budget-only publication realizes nothing */
        if (!kode) {
            out[m - 1] = apbd_tenths(sm->lra.belanja.realisasi, sm->lra.belanja.anggaran);
            continue;
        }
        for (size_t k = 0; k < sm->noffices; k++)
            if (strcmp(sm->offices[k].kode, kode) == 0)
                out[m - 1] = apbd_tenths(sm->offices[k].realisasi, sm->offices[k].anggaran);
    }
}
