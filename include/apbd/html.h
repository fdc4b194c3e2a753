#ifndef APBD_HTML_H
#define APBD_HTML_H

/*
 * The HTML writer. Every value goes through a call that names its context
 * (html_text, html_attr, html_url) and is escaped there (escape.c); our
 * own literal markup goes through html_raw/html_rawf, which take no text
 * from a spreadsheet or pemda.ini, so each call site can be checked by eye.
 * Links are relative to the page (p->root is the way up to the site's
 * root), so the site works from file://, a sub-path or any host.
 */

#include <stdio.h>

#include "apbd/i18n.h"

#define APBD_PAGE_TERMS 64

struct apbd_page {
    FILE *out;
    const char *root;               /* "." at the root, "../.." two levels down */
    char rootbuf[128];
    const struct apbd_i18n *t;
    enum apbd_lang lang;
    const char *terms_used[APBD_PAGE_TERMS];    /* glossary links made on this page */
    size_t nterms;
};

void apbd_html_raw(struct apbd_page *p, const char *markup);
void apbd_html_rawf(struct apbd_page *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void apbd_html_text(struct apbd_page *p, const char *s);
void apbd_html_attr(struct apbd_page *p, const char *s);
/* A path segment (a code in a URL). */
void apbd_html_url(struct apbd_page *p, const char *s);
/* The UI string for key, escaped. */
void apbd_html_t(struct apbd_page *p, const char *key);

/* <a href="ROOT/path">text</a>, with path our own (no spreadsheet text). */
void apbd_html_link(struct apbd_page *p, const char *path, const char *text);

/* A glossary term: a link to istilah.html#id the first time on the page,
 * plain text after that. */
void apbd_html_term(struct apbd_page *p, const char *id, const char *text);

#endif
