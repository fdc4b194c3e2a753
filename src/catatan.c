/*
 * catatan.c: the finance office's explanations, Markdown per SKPD and sub
 * kegiatan, split into sections at their headings and rendered by cmark.
 *
 * Sections are found on the source lines, outside fenced code blocks, so
 * each keeps its Markdown exactly as written (the JSON and XLSX publish
 * that source); each is then parsed and rendered on its own.
 */
#include <cmark.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "apbd/arena.h"
#include "apbd/catatan.h"
#include "apbd/import.h"
#include "apbd/report.h"
#include "apbd/status.h"

/* A month's notes are prose; more than this is not a notes file. */
#define CATATAN_MAX_BYTES (4u << 20)

/* ------------------------------------------------------------- rendering */

static int allowed_url(const char *url)
{
    return url && (strncasecmp(url, "http://", 7) == 0 || strncasecmp(url, "https://", 8) == 0
                   || strncasecmp(url, "mailto:", 7) == 0);
}

/* Put node's children in its place, and free it. */
static void unwrap(cmark_node *node)
{
    cmark_node *child;
    while ((child = cmark_node_first_child(node)) != NULL)
        cmark_node_insert_before(node, child);
    cmark_node_free(node);
}

/*
 * Links only to http, https and mailto; no images (the site loads nothing
 * from another host), their description kept as text; headings from
 * level 4 down.
 */
static void make_safe(cmark_node *doc)
{
    int changed = 1;
    while (changed) {
        changed = 0;
        cmark_iter *it = cmark_iter_new(doc);
        cmark_event_type ev;
        while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
            cmark_node *n = cmark_iter_get_node(it);
            if (ev != CMARK_EVENT_ENTER)
                continue;
            cmark_node_type type = cmark_node_get_type(n);
            if (type == CMARK_NODE_HEADING && cmark_node_get_heading_level(n) < 4)
                cmark_node_set_heading_level(n, 4 + cmark_node_get_heading_level(n) / 3);
            if ((type == CMARK_NODE_LINK && !allowed_url(cmark_node_get_url(n)))
                || type == CMARK_NODE_IMAGE) {
                /* Changing the tree ends this walk; start another. */
                unwrap(n);
                changed = 1;
                break;
            }
        }
        cmark_iter_free(it);
    }
}

char *apbd_catatan_html(const char *markdown, size_t len)
{
    /* CMARK_OPT_DEFAULT is safe: raw HTML is omitted, not passed. */
    cmark_node *doc = cmark_parse_document(markdown, len, CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8);
    if (!doc)
        apbd_die_nomem();
    make_safe(doc);
    char *html = cmark_render_html(doc, CMARK_OPT_DEFAULT);
    cmark_node_free(doc);
    if (!html)
        apbd_die_nomem();
    return html;
}

/* --------------------------------------------------------------- parsing */

struct heading {
    int level;              /* 2 or 3; 0 when the line is not a section heading */
    const char *code;       /* in the line */
    size_t code_len;
    unsigned col;           /* of the code */
};

/* "## 1.02.0.00.0.00.01.0000 Dinas Kesehatan": an ATX heading of level 2
 * or 3 (up to three spaces before it), its first word the code. */
static struct heading heading_of(const char *s, size_t len)
{
    struct heading h = { 0 };
    size_t i = 0;
    while (i < len && i < 3 && s[i] == ' ')
        i++;
    size_t hashes = 0;
    while (i + hashes < len && s[i + hashes] == '#')
        hashes++;
    if (hashes < 2 || hashes > 3 || (i + hashes < len && s[i + hashes] != ' ' && s[i + hashes] != '\t'))
        return h;
    h.level = (int)hashes;
    i += hashes;
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    h.code = s + i;
    h.col = (unsigned)i + 1;
    while (i < len && s[i] != ' ' && s[i] != '\t' && s[i] != '#')
        i++;
    h.code_len = (size_t)(s + i - h.code);
    return h;
}

/* A fence of three or more backticks or tildes opens or closes a code block. */
static int fence_of(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && i < 3 && s[i] == ' ')
        i++;
    if (i + 3 <= len && (memcmp(s + i, "```", 3) == 0 || memcmp(s + i, "~~~", 3) == 0))
        return s[i];
    return 0;
}

static char *dup_n(const char *s, size_t n)
{
    char *d = apbd_xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

/* The first line of the SKPD (and sub kegiatan, unless NULL); NULL if none. */
static const struct apbd_line *line_of(const struct apbd_table *t, const char *skpd,
                                       const char *sub)
{
    for (size_t i = 0; i < t->count; i++)
        if (strcmp(t->lines[i].kode_skpd, skpd) == 0
            && (!sub || strcmp(t->lines[i].kode_sub_kegiatan, sub) == 0))
            return &t->lines[i];
    return NULL;
}

/* Ends the section being read at body_end, trimming blank lines. */
static void close_section(struct apbd_catatan_section *s, const char *body, const char *body_end)
{
    while (body < body_end && (*body == '\n' || *body == '\r'))
        body++;
    while (body_end > body && (body_end[-1] == '\n' || body_end[-1] == '\r' || body_end[-1] == ' '))
        body_end--;
    /* CRLF as LF: the same note reads the same from any editor. */
    char *md = apbd_xmalloc((size_t)(body_end - body) + 1), *o = md;
    for (const char *q = body; q < body_end; q++)
        if (!(*q == '\r' && q + 1 < body_end && q[1] == '\n'))
            *o++ = *q;
    *o = '\0';
    s->markdown = md;
    s->html = apbd_catatan_html(s->markdown, strlen(s->markdown));
}

static int read_file(const char *path, char **text, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    char *buf = apbd_xmalloc(CATATAN_MAX_BYTES + 1);
    size_t n = fread(buf, 1, CATATAN_MAX_BYTES + 1, f);
    int bad = ferror(f);
    fclose(f);
    if (bad || n > CATATAN_MAX_BYTES) {
        free(buf);
        errno = bad ? EIO : EFBIG;
        return -1;
    }
    buf[n] = '\0';
    *text = buf;
    *len = n;
    return 0;
}

static void report_at(struct apbd_report *rep, enum apbd_msg msg, const char *path, unsigned line,
                      unsigned col, const char *text, size_t text_len, const char *a1,
                      const char *a2, const char *a3)
{
    struct apbd_loc loc = { path, line, col, text, text_len, NULL };
    apbd_report(rep, APBD_ERROR, msg, &loc, a1 ? a1 : "", a2 ? a2 : "", a3 ? a3 : "", NULL);
}

int apbd_catatan_load(struct apbd_catatan *c, const char *path, const struct apbd_table *t,
                      struct apbd_report *rep)
{
    memset(c, 0, sizeof(*c));
    char *text;
    size_t len;
    if (read_file(path, &text, &len) != 0) {
        if (errno == ENOENT)
            return APBD_OK;
        struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
        apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc,
                    errno == EFBIG ? "more than 4 MB: not a notes file" : strerror(errno), NULL);
        return APBD_EIO;
    }
    const char *p = text, *end = text + len;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    int status = APBD_OK, fence = 0;
    size_t cap = 0;
    const char *body = NULL;        /* where the open section's text starts */
    const char *skpd = NULL;        /* the SKPD section we are under */
    int skipping = 0;               /* under an SKPD heading already reported */
    for (unsigned line = 1; p < end; line++) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        size_t n = (size_t)((eol ? eol : end) - p);
        if (n && p[n - 1] == '\r')
            n--;
        int f = fence_of(p, n);
        if (f && (!fence || f == fence)) {
            fence = fence ? 0 : f;
        }
        struct heading h = fence ? (struct heading){ 0 } : heading_of(p, n);
        if (h.level) {
            if (body)
                close_section(&c->items[c->count - 1], body, p);
            body = NULL;
            char *code = dup_n(h.code, h.code_len);
            const struct apbd_line *about = NULL;
            int ok = 1;
            if (h.level == 3 && skipping) {
                ok = 0;     /* its SKPD's error covers it */
            } else if (!h.code_len) {
                report_at(rep, APBD_MSG_CATATAN_NO_CODE, path, line, h.col, p, n, NULL, NULL, NULL);
                ok = 0;
            } else if (h.level == 2 && !(about = line_of(t, code, NULL))) {
                report_at(rep, APBD_MSG_CATATAN_UNKNOWN_SKPD, path, line, h.col, p, n, code,
                          t->period, NULL);
                ok = 0;
            } else if (h.level == 3 && !skpd) {
                report_at(rep, APBD_MSG_CATATAN_SUB_OUTSIDE, path, line, h.col, p, n, code,
                          NULL, NULL);
                ok = 0;
            } else if (h.level == 3 && !(about = line_of(t, skpd, code))) {
                report_at(rep, APBD_MSG_CATATAN_UNKNOWN_SUB, path, line, h.col, p, n, code,
                          skpd, t->period);
                ok = 0;
            }
            const struct apbd_catatan_section *dup =
                ok ? apbd_catatan_find(c, h.level == 2 ? code : skpd, h.level == 2 ? NULL : code)
                   : NULL;
            if (dup) {
                char first[24];
                snprintf(first, sizeof(first), "%u", dup->line);
                report_at(rep, APBD_MSG_CATATAN_DUPLICATE, path, line, h.col, p, n, code, first,
                          NULL);
                ok = 0;
            }
            if (!ok) {
                status = APBD_EDATA;
                if (h.level == 2) {
                    skpd = NULL;
                    skipping = 1;
                }
                free(code);
            } else {
                if (c->count == cap) {
                    cap = cap ? cap * 2 : 16;
                    c->items = apbd_xrealloc(c->items, cap * sizeof(*c->items));
                }
                struct apbd_catatan_section *s = &c->items[c->count++];
                memset(s, 0, sizeof(*s));
                s->line = line;
                s->about = about;
                if (h.level == 2) {
                    s->kode_skpd = code;
                    skpd = code;
                    skipping = 0;
                } else {
                    s->kode_skpd = dup_n(skpd, strlen(skpd));
                    s->kode_sub_kegiatan = code;
                }
                body = eol ? eol + 1 : end;
            }
        }
        p = eol ? eol + 1 : end;
    }
    if (body)
        close_section(&c->items[c->count - 1], body, end);
    free(text);
    if (status != APBD_OK)
        apbd_catatan_release(c);
    return status;
}

const struct apbd_catatan_section *apbd_catatan_find(const struct apbd_catatan *c,
                                                     const char *kode_skpd, const char *sub)
{
    for (size_t i = 0; c && i < c->count; i++) {
        const struct apbd_catatan_section *s = &c->items[i];
        if (strcmp(s->kode_skpd, kode_skpd) == 0
            && (sub ? s->kode_sub_kegiatan && strcmp(s->kode_sub_kegiatan, sub) == 0
                    : !s->kode_sub_kegiatan))
            return s;
    }
    return NULL;
}

void apbd_catatan_release(struct apbd_catatan *c)
{
    for (size_t i = 0; i < c->count; i++) {
        free(c->items[i].kode_skpd);
        free(c->items[i].kode_sub_kegiatan);
        free(c->items[i].markdown);
        free(c->items[i].html);
    }
    free(c->items);
    memset(c, 0, sizeof(*c));
}
