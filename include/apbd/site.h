#ifndef APBD_SITE_H
#define APBD_SITE_H

/*
 * The static site: pages in Indonesian at the root and in English under
 * en/, over the same downloads. build.c calls apbd_site_month() for each
 * month as it is rendered (its pages depend only on that month and the
 * ones before it, so publishing a new month leaves them as they were) and
 * apbd_site_finish() at the end for the pages that show the latest month
 * or every month (home, years, feed, sitemap, search).
 *
 *   site.c           the frame of every page, orchestration, static pages
 *   page_month.c     <year>/<month>/index.html and perubahan/<year>-<month>.html
 *   page_skpd.c      <year>/<month>/skpd/<code>/index.html
 *   page_rekening.c  <year>/<month>/rekening/<code>/index.html
 *   page_home.c      index.html and <year>/index.html
 *   feeds.c          feed.xml, sitemap.xml, search.json
 *   svg.c            charts
 */

#include "apbd/html.h"
#include "apbd/i18n.h"
#include "apbd/render.h"

/* What the home and year pages need of a month once its model is gone. */
struct apbd_site_office {
    char *kode, *nama;
    int64_t anggaran, realisasi;        /* belanja */
};

struct apbd_site_month {
    char period[8], pubdate[11], cutoff[11];
    enum apbd_chart chart;              /* the one its codes follow */
    struct apbd_lra lra;
    struct apbd_site_office *offices;
    size_t noffices;
    size_t nrevisi, nbaru, ndihapus, nkoreksi;
    int has_changes;
};

struct apbd_site_search {
    char *k, *n, *t, *u;
};

struct apbd_site {
    const char *dir;                    /* the staging directory */
    const struct apbd_pemda *pemda;
    struct apbd_i18n t[2];              /* [APBD_LANG_ID], [APBD_LANG_EN] */
    struct apbd_datafile glossary;      /* site-gen/istilah.csv */
    struct apbd_datafile urusan;        /* data/urusan.csv: names of urusan and bidang */
    /* the month being rendered: its lines by SKPD, sub kegiatan, account */
    size_t *by_org;
    size_t *by_rek;                     /* ... and by account code */
    struct apbd_site_month *months;
    size_t nmonths;
    struct apbd_site_search *search;    /* the latest month's */
    size_t nsearch, search_cap;
    struct apbd_report *rep;
    size_t pages;
};

int apbd_site_init(struct apbd_site *s, const char *dir, const char *sitegen,
                   const struct apbd_pemda *pemda, struct apbd_report *rep);
int apbd_site_month(struct apbd_site *s, const struct apbd_render_ctx *c);
int apbd_site_finish(struct apbd_site *s);
void apbd_site_release(struct apbd_site *s);

/* ---- shared by the page modules ---- */

/* Open path (below the site's language root) and write the page's head,
 * header, breadcrumbs and opening <main>. crumbs: label/path pairs, path
 * relative to the root ("" for the page itself, last). */
struct apbd_crumb {
    const char *label, *path;
};

int apbd_page_open(struct apbd_site *s, struct apbd_page *p, enum apbd_lang lang,
                   const char *path, const char *title, const struct apbd_crumb *crumbs,
                   size_t ncrumbs, const char *jsonld);
int apbd_page_close(struct apbd_site *s, struct apbd_page *p, const char *cutoff,
                    const char *pubdate);

/* "posisi data s.d. 31 Juli 2024 · terbit 5 Agustus 2024 (5 hari kemudian)" */
/* "belum ada realisasi": the notice of a budget-only publication (month 0). */
void apbd_page_budget_only(struct apbd_page *p, const struct apbd_month *m);
/* The differences between the export's own totals and its lines that the
 * finance office accepted, both figures and the reason; nothing if none. */
void apbd_page_accepted(struct apbd_page *p, const struct apbd_table *t);
void apbd_page_timeliness(struct apbd_page *p, const char *cutoff, const char *pubdate);

/* Table cells for anggaran, realisasi, sisa and percent ("belum ada
 * realisasi" where nothing is realized yet, never a misleading 0%). */
void apbd_page_figure_cells(struct apbd_page *p, int64_t anggaran, int64_t realisasi);
/* The four figure column heads; sortable ones get data-sort (not in tree
 * tables, whose rows must keep their order). */
void apbd_page_figure_head(struct apbd_page *p, int sortable);

/* The figures of a node in the class its code belongs to (akun 6: netto). */
struct apbd_pair apbd_node_figures(const struct apbd_node *n);

/* num / den in tenths of a percent, rounded half up; -1 when den <= 0. */
int apbd_tenths(int64_t num, int64_t den);
/* A table cell for tenths of a percent ("45,5%"), "–" when negative. */
void apbd_page_tenths_cell(struct apbd_page *p, int tenths);
/* Belanja realized in each published month of year, in tenths of a
 * percent of its anggaran: of office kode, or of everything (NULL); -1
 * for a month not published. */
void apbd_site_realized_by_month(const struct apbd_site *s, int year, const char *kode, int *out);

/* Year-month of a period: "2024/07" for paths. */
void apbd_period_path(const char *period, char out[8]);

void apbd_site_add_search(struct apbd_site *s, const char *k, const char *n, const char *t,
                          const char *u);

/* A small "Tanyakan" link asking about one item (an SKPD, sub kegiatan
 * or account line) on the page at path (below the language root), when
 * pemda.ini names a question channel; nothing otherwise. */
void apbd_page_ask(struct apbd_page *p, const struct apbd_site *s, const char *path,
                   const char *period, const char *kode, const char *nama, int64_t anggaran,
                   int64_t realisasi);

/* "Data: CSV · JSON · XLSX" links for a month; a schema.org Dataset
 * (malloc'd JSON) for the pages that offer them. */
void apbd_page_downloads(struct apbd_page *p, const char *period);
char *apbd_page_dataset_jsonld(const struct apbd_pemda *pd, const char *period, const char *pubdate,
                               const char *name);

/* Charts (svg.c): the cumulative belanja realization by month, this year
 * against last year and the expected pace; a sparkline. */
void apbd_svg_year_curve(struct apbd_page *p, const char *id, const int *pct_this,
                         const int *pct_last, const int *pct_plan, int months, const char *title,
                         const char *desc);
void apbd_svg_sparkline(struct apbd_page *p, const int *pct, int n, const char *label);

/* Plan and progress (page_plan.c), drawn only where there is a plan or
 * physical progress: n's belanja against its anggaran kas by month (n an
 * SKPD node or the organisation root); the offices furthest behind their
 * plan (at most max; as cards with the finance office's note on each when
 * cards, else a sortable table); an office's sub kegiatan, plan and
 * physical progress. */
void apbd_page_plan_curve(struct apbd_page *p, const struct apbd_site *s, const struct apbd_month *m,
                          const struct apbd_node *n);
void apbd_page_plan_offices(struct apbd_page *p, const struct apbd_site *s,
                            const struct apbd_render_ctx *c, size_t max, int cards);
void apbd_page_plan_subs(struct apbd_page *p, const struct apbd_render_ctx *c,
                         const struct apbd_node *office);
/* The sub kegiatan whose money and work are furthest apart, either way. */
void apbd_page_fisik_gaps(struct apbd_page *p, const struct apbd_render_ctx *c, size_t max);

/* Page writers. */
int apbd_page_month(struct apbd_site *s, const struct apbd_render_ctx *c, enum apbd_lang lang);
int apbd_page_changes(struct apbd_site *s, const struct apbd_render_ctx *c, enum apbd_lang lang);
int apbd_page_skpd(struct apbd_site *s, const struct apbd_render_ctx *c, const struct apbd_node *n,
                   enum apbd_lang lang);
int apbd_page_rekening(struct apbd_site *s, const struct apbd_render_ctx *c,
                       const struct apbd_node *n, enum apbd_lang lang);
/* index.html as if this month were the latest: each month writes it, and
 * months come in order, so the latest stays. */
int apbd_page_home(struct apbd_site *s, const struct apbd_render_ctx *c, enum apbd_lang lang);
int apbd_page_year(struct apbd_site *s, int year, enum apbd_lang lang);
int apbd_site_feeds(struct apbd_site *s);

#endif
