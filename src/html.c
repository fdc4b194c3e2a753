/* html.c: the HTML writer; escaping is escape.c's. */
#include <stdarg.h>
#include <string.h>

#include "apbd/escape.h"
#include "apbd/html.h"

void apbd_html_raw(struct apbd_page *p, const char *markup)
{
    fputs(markup, p->out);
}

void apbd_html_rawf(struct apbd_page *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(p->out, fmt, ap);
    va_end(ap);
}

void apbd_html_text(struct apbd_page *p, const char *s)
{
    apbd_escape_html(p->out, s ? s : "");
}

void apbd_html_attr(struct apbd_page *p, const char *s)
{
    apbd_escape_attr(p->out, s ? s : "");
}

void apbd_html_url(struct apbd_page *p, const char *s)
{
    apbd_escape_url(p->out, s ? s : "");
}

void apbd_html_t(struct apbd_page *p, const char *key)
{
    apbd_escape_html(p->out, apbd_t(p->t, key));
}

void apbd_html_link(struct apbd_page *p, const char *path, const char *text)
{
    fprintf(p->out, "<a href=\"%s/", p->root);
    apbd_escape_attr(p->out, path);
    fputs("\">", p->out);
    apbd_escape_html(p->out, text);
    fputs("</a>", p->out);
}

void apbd_html_term(struct apbd_page *p, const char *id, const char *text)
{
    for (size_t i = 0; i < p->nterms; i++)
        if (strcmp(p->terms_used[i], id) == 0) {
            apbd_escape_html(p->out, text);
            return;
        }
    if (p->nterms < APBD_PAGE_TERMS)
        p->terms_used[p->nterms++] = id;
    fprintf(p->out, "<a class=\"istilah\" href=\"%s/istilah.html#", p->root);
    apbd_escape_attr(p->out, id);
    fputs("\">", p->out);
    apbd_escape_html(p->out, text);
    fputs("</a>", p->out);
}
