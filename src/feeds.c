/*
 * feeds.c: feed.xml (Atom, one entry per published month), sitemap.xml
 * (every page in both languages) and search.json (the latest month's
 * offices, programs, sub kegiatan and accounts, for the search box).
 */
#include <errno.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apbd/escape.h"
#include "apbd/site.h"
#include "apbd/status.h"

static FILE *open_out(struct apbd_site *s, const char *name)
{
    char path[PATH_MAX];
    snprintf(path, sizeof(path), "%s/%s", s->dir, name);
    FILE *f = fopen(path, "w");
    if (!f) {
        struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
        apbd_report(s->rep, APBD_ERROR, APBD_MSG_CANNOT_WRITE, &loc, strerror(errno), NULL);
    }
    return f;
}

static int close_out(struct apbd_site *s, FILE *f, const char *name)
{
    int bad = ferror(f) | (fclose(f) != 0);
    if (bad) {
        struct apbd_loc loc = { name, 0, 0, NULL, 0, NULL };
        apbd_report(s->rep, APBD_ERROR, APBD_MSG_CANNOT_WRITE, &loc, strerror(EIO), NULL);
        return APBD_EIO;
    }
    return APBD_OK;
}

/* The site's address with one trailing slash, or "" when pemda.ini has none. */
static void base_url(const struct apbd_site *s, char *out, size_t size)
{
    const char *u = s->pemda->url ? s->pemda->url : "";
    /* Only a web address becomes a link (no javascript:, data:, ...). */
    if (strncmp(u, "https://", 8) != 0 && strncmp(u, "http://", 7) != 0)
        u = "";
    snprintf(out, size, "%s%s", u, *u && u[strlen(u) - 1] != '/' ? "/" : "");
}

static int feed(struct apbd_site *s)
{
    FILE *f = open_out(s, "feed.xml");
    if (!f)
        return APBD_EIO;
    char base[512];
    base_url(s, base, sizeof(base));
    const char *updated = s->nmonths ? s->months[s->nmonths - 1].pubdate : "1970-01-01";
    for (size_t i = 0; i < s->nmonths; i++)
        if (strcmp(s->months[i].pubdate, updated) > 0)
            updated = s->months[i].pubdate;
    fputs("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"id\">\n<title>APBD ", f);
    apbd_escape_xml(f, s->pemda->nama);
    fputs("</title>\n<id>", f);
    apbd_escape_xml(f, *base ? base : "urn:apbd:");
    apbd_escape_xml(f, s->pemda->kode ? s->pemda->kode : "");
    fprintf(f, "</id>\n<updated>%sT00:00:00Z</updated>\n<author><name>", updated);
    apbd_escape_xml(f, s->pemda->nama);
    fputs("</name></author>\n<link rel=\"self\" href=\"", f);
    apbd_escape_xml(f, base);
    fputs("feed.xml\"/>\n", f);
    for (size_t i = s->nmonths; i-- > 0;) {
        const struct apbd_site_month *m = &s->months[i];
        char when[APBD_FMT_BUF], pct[APBD_FMT_BUF], pp[8];
        apbd_period_path(m->period, pp);
        apbd_fmt_date(when, m->period, APBD_LANG_ID);
        if (!apbd_fmt_pct(pct, m->lra.belanja.realisasi, m->lra.belanja.anggaran, APBD_LANG_ID))
            strcpy(pct, "–");
        fputs("<entry>\n<title>", f);
        apbd_escape_xml(f, "APBD ");
        apbd_escape_xml(f, when);
        apbd_escape_xml(f, ": belanja ");
        apbd_escape_xml(f, pct);
        apbd_escape_xml(f, " terealisasi");
        fputs("</title>\n<id>", f);
        apbd_escape_xml(f, *base ? base : "urn:apbd:");
        fprintf(f, "%s/</id>\n<updated>%sT00:00:00Z</updated>\n<link href=\"", pp, m->pubdate);
        apbd_escape_xml(f, base);
        fprintf(f, "%s/index.html\"/>\n<summary>", pp);
        apbd_escape_xml(f, "Laporan realisasi anggaran ");
        apbd_escape_xml(f, s->pemda->nama);
        apbd_escape_xml(f, ", posisi data s.d. ");
        apbd_escape_xml(f, m->cutoff);
        fputs("</summary>\n</entry>\n", f);
    }
    fputs("</feed>\n", f);
    return close_out(s, f, "feed.xml");
}

static void url(FILE *f, const char *base, const char *lang, const char *path, const char *date)
{
    fputs("<url><loc>", f);
    apbd_escape_xml(f, base);
    fputs(lang, f);
    apbd_escape_xml(f, path);
    fputs("</loc>", f);
    if (date)
        fprintf(f, "<lastmod>%s</lastmod>", date);
    fputs("</url>\n", f);
}

static int sitemap(struct apbd_site *s)
{
    FILE *f = open_out(s, "sitemap.xml");
    if (!f)
        return APBD_EIO;
    char base[512];
    base_url(s, base, sizeof(base));
    fputs("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n", f);
    static const char *const langs[] = { "", "en/" };
    for (int l = 0; l < 2; l++) {
        const char *latest = s->nmonths ? s->months[s->nmonths - 1].pubdate : NULL;
        url(f, base, langs[l], "index.html", latest);
        url(f, base, langs[l], "istilah.html", NULL);
        for (size_t i = 0; i < s->nmonths; i++) {
            const struct apbd_site_month *m = &s->months[i];
            char pp[8], path[320];
            apbd_period_path(m->period, pp);
            if (i == 0 || strncmp(m->period, s->months[i - 1].period, 4) != 0) {
                snprintf(path, sizeof(path), "%.4s/index.html", m->period);
                url(f, base, langs[l], path, NULL);
            }
            snprintf(path, sizeof(path), "%s/index.html", pp);
            url(f, base, langs[l], path, m->pubdate);
            snprintf(path, sizeof(path), "perubahan/%s.html", m->period);
            url(f, base, langs[l], path, m->pubdate);
            for (size_t o = 0; o < m->noffices; o++) {
                snprintf(path, sizeof(path), "%s/skpd/%s/index.html", pp, m->offices[o].kode);
                url(f, base, langs[l], path, m->pubdate);
            }
        }
    }
    fputs("</urlset>\n", f);
    return close_out(s, f, "sitemap.xml");
}

static int search_index(struct apbd_site *s)
{
    FILE *f = open_out(s, "search.json");
    if (!f)
        return APBD_EIO;
    /* One entry a line: json-c writes (and escapes) each. */
    fputs("[\n", f);
    for (size_t i = 0; i < s->nsearch; i++) {
        const struct apbd_site_search *e = &s->search[i];
        json_object *o = json_object_new_object();
        json_object_object_add(o, "k", json_object_new_string(e->k));
        json_object_object_add(o, "n", json_object_new_string(e->n));
        json_object_object_add(o, "t", json_object_new_string(e->t));
        json_object_object_add(o, "u", json_object_new_string(e->u));
        fputs(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE), f);
        fputs(i + 1 < s->nsearch ? ",\n" : "\n", f);
        json_object_put(o);
    }
    fputs("]\n", f);
    return close_out(s, f, "search.json");
}

int apbd_site_feeds(struct apbd_site *s)
{
    int r = feed(s);
    if (r == APBD_OK)
        r = sitemap(s);
    if (r == APBD_OK)
        r = search_index(s);
    return r;
}
