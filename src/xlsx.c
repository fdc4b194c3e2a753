/*
 * xlsx.c: an XLSX workbook, sheet by sheet and row by row.
 *
 * libzip gives each part as a stream, which goes in 64 KiB pieces straight
 * into expat's own buffer (XML_GetBuffer), so nothing holds a whole part.
 * One loop, parse_part(), does that for every part and owns the limits
 * and the error's place; each part has its handlers and a small state of
 * element depths (which element we are in is known by the depth it
 * opened at, so nesting needs no stack). Expat runs in namespace mode
 * and names are compared on their local part.
 */
#include <expat.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "apbd/arena.h"
#include "apbd/xlsx.h"

#define CHUNK (64 * 1024)
#define MAX_SHEET_BYTES ((uint64_t)1 << 30)
#define MAX_SST_BYTES ((uint64_t)256 << 20)
#define MAX_META_BYTES ((uint64_t)16 << 20)
/* One tag or comment expat must buffer whole before it can report it:
 * far above anything a spreadsheet writer produces (text between tags is
 * reported as it comes). Small, too, because expat 2.5 scans such a token
 * again from its start with each chunk: the cost is its size squared. */
#define MAX_TOKEN_BYTES ((uint64_t)1 << 20)
/* Text as written, before _xHHHH_ escapes shrink it (7 bytes to 1). */
#define MAX_RAW_TEXT (7 * (size_t)APBD_XLSX_MAX_TEXT + 7)
#define MAX_ROW_BYTES ((size_t)64 << 20)
#define MAX_SHEETS 4096
#define SST_HINT_MAX (1u << 20)
#define NS_SEP '\x01'           /* not an XML character, so never in a URI */

struct sheet {
    char *name;
    char *rid;
    char *part;                 /* NULL until its relationship is found */
};

struct apbd_xlsx {
    zip_t *zip;
    struct sheet *sheets;
    size_t nsheets, sheets_cap;
    int has_sst;
    char *sst;                  /* every shared string, each NUL-terminated */
    size_t sst_len, sst_cap;
    uint32_t *sst_off;          /* string k is sst + sst_off[k]; sst_count + 1 entries */
    size_t sst_count, sst_off_cap;
};

/* The state every part's parse shares: where, and how it ended. */
struct xml {
    XML_Parser p;
    const char *part;
    char *err;
    size_t errlen;
    int failed;                 /* err holds our own message */
    int done;                   /* stopped on purpose: not an error */
    unsigned depth;
};

__attribute__((format(printf, 3, 4)))
static void seterr(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || !errlen)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

/* Fail the parse with a message placed at the current event. */
__attribute__((format(printf, 2, 3)))
static void xml_fail(struct xml *xp, const char *fmt, ...)
{
    if (xp->failed)
        return;
    xp->failed = 1;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    seterr(xp->err, xp->errlen, "%s:%lu:%lu: %s", xp->part,
           (unsigned long)XML_GetCurrentLineNumber(xp->p),
           (unsigned long)XML_GetCurrentColumnNumber(xp->p) + 1, msg);
    XML_StopParser(xp->p, XML_FALSE);
}

static void xml_stop(struct xml *xp)
{
    xp->done = 1;
    XML_StopParser(xp->p, XML_FALSE);
}

static const char *local_name(const char *name)
{
    const char *s = strrchr(name, NS_SEP);
    return s ? s + 1 : name;
}

static int is(const char *name, const char *local)
{
    return strcmp(local_name(name), local) == 0;
}

/* The attribute named local, with a namespace (r:id) or without (Id). */
static const char *attr(const char **atts, const char *local, int with_ns)
{
    for (size_t i = 0; atts[i]; i += 2) {
        int has_ns = strchr(atts[i], NS_SEP) != NULL;
        if (has_ns == with_ns && strcmp(local_name(atts[i]), local) == 0)
            return atts[i + 1];
    }
    return NULL;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(apbd_xmalloc(n), s, n);
}

static void grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return;
    size_t c = *cap ? *cap : 16;
    while (c < need)
        c *= 2;
    *p = apbd_xrealloc(*p, c * size);
    *cap = c;
}

static void on_doctype(void *ud, const XML_Char *name, const XML_Char *sysid,
                       const XML_Char *pubid, int has_internal_subset)
{
    (void)name;
    (void)sysid;
    (void)pubid;
    (void)has_internal_subset;
    xml_fail(ud, "a DOCTYPE is not allowed in a workbook part");
}

static zip_int64_t locate(zip_t *zip, const char *part)
{
    zip_int64_t i = zip_name_locate(zip, part, 0);
    return i >= 0 ? i : zip_name_locate(zip, part, ZIP_FL_NOCASE);    /* OPC names ignore case */
}

/*
 * Parse part through the handlers, ud's first member being its struct
 * xml. 0 when read to the end or stopped on purpose, -1 with err.
 */
static int parse_part(struct apbd_xlsx *x, const char *part, uint64_t cap, struct xml *xp,
                      XML_StartElementHandler start, XML_EndElementHandler end,
                      XML_CharacterDataHandler text, void *ud)
{
    int rc = -1;
    zip_file_t *zf = NULL;
    XML_Parser p = NULL;
    zip_int64_t idx = locate(x->zip, part);
    if (idx < 0) {
        seterr(xp->err, xp->errlen, "%s: the workbook has no such part", part);
        goto out;
    }
    zf = zip_fopen_index(x->zip, (zip_uint64_t)idx, 0);
    if (!zf) {
        seterr(xp->err, xp->errlen, "%s: cannot read this part of the zip: %s", part,
               zip_strerror(x->zip));
        goto out;
    }
    p = XML_ParserCreateNS(NULL, NS_SEP);
    if (!p)
        apbd_die_nomem();
    xp->p = p;
    xp->part = part;
    XML_SetUserData(p, ud);
    XML_SetElementHandler(p, start, end);
    XML_SetCharacterDataHandler(p, text);
    XML_SetStartDoctypeDeclHandler(p, on_doctype);
    uint64_t total = 0;
    for (;;) {
        void *buf = XML_GetBuffer(p, CHUNK);
        if (!buf) {
            seterr(xp->err, xp->errlen, "%s: out of memory parsing it", part);
            goto out;
        }
        zip_int64_t n = zip_fread(zf, buf, CHUNK);
        if (n < 0) {
            seterr(xp->err, xp->errlen, "%s: the zip is damaged: %s", part,
                   zip_error_strerror(zip_file_get_error(zf)));
            goto out;
        }
        total += (uint64_t)n;
        if (total > cap) {
            seterr(xp->err, xp->errlen, "%s: larger than the %llu MiB a part may be uncompressed",
                   part, (unsigned long long)(cap >> 20));
            goto out;
        }
        if (XML_ParseBuffer(p, (int)n, n == 0) != XML_STATUS_OK) {
            if (xp->failed)
                goto out;
            if (xp->done)
                break;
            seterr(xp->err, xp->errlen, "%s:%lu:%lu: not well-formed XML: %s", part,
                   (unsigned long)XML_GetCurrentLineNumber(p),
                   (unsigned long)XML_GetCurrentColumnNumber(p) + 1,
                   XML_ErrorString(XML_GetErrorCode(p)));
            goto out;
        }
        if (xp->done)
            break;
        /* What expat holds unreported: a token still open at the end of
         * what it was given. Bounded, or one endless tag eats the memory. */
        XML_Index at = XML_GetCurrentByteIndex(p);
        uint64_t pending = total - (at > 0 ? (uint64_t)at : 0);
        if (pending > MAX_TOKEN_BYTES) {
            seterr(xp->err, xp->errlen, "%s:%lu:%lu: an XML tag or comment is longer than %llu MiB",
                   part, (unsigned long)XML_GetCurrentLineNumber(p),
                   (unsigned long)XML_GetCurrentColumnNumber(p) + 1,
                   (unsigned long long)(MAX_TOKEN_BYTES >> 20));
            goto out;
        }
        if (n == 0)
            break;
    }
    rc = 0;
out:
    if (p)
        XML_ParserFree(p);
    xp->p = NULL;
    if (zf)
        zip_fclose(zf);
    return rc;
}

/* ---- part names ---- */

/* dir + target (or target alone when it starts with '/'), with %XX
 * decoded and "." and ".." resolved, as a zip entry name. */
static char *resolve(const char *dir, const char *target)
{
    int abs = target[0] == '/' || target[0] == '\\';
    size_t dl = abs ? 0 : strlen(dir);
    size_t tl = strlen(target);
    char *s = apbd_xmalloc(dl + tl + 1);
    memcpy(s, dir, dl);
    size_t n = dl;
    for (size_t i = 0; i < tl; i++) {
        char c = target[i];
        static const char hex[] = "0123456789abcdef0123456789ABCDEF";
        const char *h1, *h2;
        if (c == '%' && i + 2 < tl && (h1 = strchr(hex, target[i + 1]))
            && (h2 = strchr(hex, target[i + 2]))) {
            int v = (int)((h1 - hex) % 16 * 16 + (h2 - hex) % 16);
            if (v) {
                s[n++] = (char)v;
                i += 2;
                continue;
            }
        }
        s[n++] = c == '\\' ? '/' : c;
    }
    s[n] = '\0';
    /* segments, in place: out never passes in */
    size_t out = 0, in = 0;
    while (in <= n) {
        size_t e = in;
        while (e < n && s[e] != '/')
            e++;
        size_t len = e - in;
        if (len == 0 || (len == 1 && s[in] == '.')) {
            /* nothing */
        } else if (len == 2 && s[in] == '.' && s[in + 1] == '.') {
            while (out > 0 && s[out - 1] != '/')
                out--;
            if (out > 0)
                out--;
        } else {
            if (out > 0)
                s[out++] = '/';
            memmove(s + out, s + in, len);
            out += len;
        }
        in = e + 1;
    }
    s[out] = '\0';
    return s;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* ---- relationships ---- */

struct rel {
    char *id;
    char *type;
    char *target;               /* resolved */
};

struct rels_ctx {
    struct xml xml;
    const char *dir;
    struct rel *r;
    size_t n, cap;
};

static void rels_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    struct rels_ctx *c = ud;
    c->xml.depth++;
    if (c->xml.depth != 2 || !is(name, "Relationship"))
        return;
    const char *id = attr(atts, "Id", 0), *type = attr(atts, "Type", 0);
    const char *target = attr(atts, "Target", 0), *mode = attr(atts, "TargetMode", 0);
    if (!id || !type || !target || (mode && strcmp(mode, "Internal") != 0))
        return;
    grow((void **)&c->r, &c->cap, c->n + 1, sizeof(*c->r));
    c->r[c->n].id = xstrdup(id);
    c->r[c->n].type = xstrdup(type);
    c->r[c->n].target = resolve(c->dir, target);
    c->n++;
}

static void depth_end(void *ud, const XML_Char *name)
{
    (void)name;
    ((struct xml *)ud)->depth--;
}

static void no_text(void *ud, const XML_Char *s, int len)
{
    (void)ud;
    (void)s;
    (void)len;
}

static void rels_release(struct rels_ctx *c)
{
    for (size_t i = 0; i < c->n; i++) {
        free(c->r[i].id);
        free(c->r[i].type);
        free(c->r[i].target);
    }
    free(c->r);
}

/* Read the relationships part; missing is not an error when optional. */
static int read_rels(struct apbd_xlsx *x, const char *part, const char *dir, int optional,
                     struct rels_ctx *c, char *err, size_t errlen)
{
    memset(c, 0, sizeof(*c));
    c->dir = dir;
    c->xml.err = err;
    c->xml.errlen = errlen;
    if (optional && locate(x->zip, part) < 0)
        return 0;
    return parse_part(x, part, MAX_META_BYTES, &c->xml, rels_start, depth_end, no_text, c);
}

/* ---- workbook ---- */

struct wb_ctx {
    struct xml xml;
    struct apbd_xlsx *x;
    unsigned sheets_depth;
};

static void wb_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    struct wb_ctx *c = ud;
    unsigned d = ++c->xml.depth;
    if (!c->sheets_depth) {
        if (d == 2 && is(name, "sheets"))
            c->sheets_depth = d;
        return;
    }
    if (d != c->sheets_depth + 1 || !is(name, "sheet"))
        return;
    const char *sname = attr(atts, "name", 0), *rid = attr(atts, "id", 1);
    if (!sname || !rid) {
        xml_fail(&c->xml, "a sheet without %s", sname ? "its r:id" : "a name");
        return;
    }
    struct apbd_xlsx *x = c->x;
    if (x->nsheets == MAX_SHEETS) {
        xml_fail(&c->xml, "more than %d sheets", MAX_SHEETS);
        return;
    }
    grow((void **)&x->sheets, &x->sheets_cap, x->nsheets + 1, sizeof(*x->sheets));
    struct sheet *s = &x->sheets[x->nsheets++];
    s->name = xstrdup(sname);
    s->rid = xstrdup(rid);
    s->part = NULL;
}

static void wb_end(void *ud, const XML_Char *name)
{
    (void)name;
    struct wb_ctx *c = ud;
    if (c->xml.depth == c->sheets_depth)
        c->sheets_depth = 0;
    c->xml.depth--;
}

/* ---- shared strings ---- */

/*
 * Decode _xHHHH_ escapes in s[0..len) in place (each shrinks what it
 * replaces); the new length. _x005F_ is an underscore, so "_x005F_x000D_"
 * stays the text "_x000D_". Escapes that would give NUL or half a
 * surrogate pair are left as written.
 */
static int hex4(const char *s, unsigned *v)
{
    *v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        unsigned d;
        if (c >= '0' && c <= '9')
            d = (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            d = (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            d = (unsigned)(c - 'A' + 10);
        else
            return -1;
        *v = *v * 16 + d;
    }
    return 0;
}

static int escape_at(const char *s, size_t left, unsigned *v)
{
    return left >= 7 && s[0] == '_' && s[1] == 'x' && s[6] == '_' && hex4(s + 2, v) == 0;
}

static size_t decode_escapes(char *s, size_t len)
{
    if (!memchr(s, '_', len))
        return len;
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        unsigned v, lo;
        if (!escape_at(s + i, len - i, &v) || v == 0 || (v >= 0xDC00 && v <= 0xDFFF)) {
            s[o++] = s[i++];
            continue;
        }
        size_t used = 7;
        if (v >= 0xD800 && v <= 0xDBFF) {
            if (!escape_at(s + i + 7, len - i - 7, &lo) || lo < 0xDC00 || lo > 0xDFFF) {
                s[o++] = s[i++];
                continue;
            }
            v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
            used = 14;
        }
        if (v < 0x80) {
            s[o++] = (char)v;
        } else if (v < 0x800) {
            s[o++] = (char)(0xC0 | v >> 6);
            s[o++] = (char)(0x80 | (v & 0x3F));
        } else if (v < 0x10000) {
            s[o++] = (char)(0xE0 | v >> 12);
            s[o++] = (char)(0x80 | (v >> 6 & 0x3F));
            s[o++] = (char)(0x80 | (v & 0x3F));
        } else {
            s[o++] = (char)(0xF0 | v >> 18);
            s[o++] = (char)(0x80 | (v >> 12 & 0x3F));
            s[o++] = (char)(0x80 | (v >> 6 & 0x3F));
            s[o++] = (char)(0x80 | (v & 0x3F));
        }
        i += used;
    }
    return o;
}

struct sst_ctx {
    struct xml xml;
    struct apbd_xlsx *x;
    unsigned si_depth, t_depth, rph_depth;
    size_t start;               /* where the string being read began in x->sst */
};

static void sst_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    struct sst_ctx *c = ud;
    struct apbd_xlsx *x = c->x;
    unsigned d = ++c->xml.depth;
    if (!c->si_depth) {
        if (d == 1 && is(name, "sst")) {
            /* a hint only: the strings counted are what cells may use */
            const char *u = attr(atts, "uniqueCount", 0);
            unsigned long hint = u ? strtoul(u, NULL, 10) : 0;
            if (hint > SST_HINT_MAX)
                hint = SST_HINT_MAX;
            grow((void **)&x->sst_off, &x->sst_off_cap, hint + 1, sizeof(*x->sst_off));
        } else if (d == 2 && is(name, "si")) {
            c->si_depth = d;
            c->start = x->sst_len;
        }
    } else if (!c->rph_depth && is(name, "rPh")) {
        c->rph_depth = d;
    } else if (!c->rph_depth && !c->t_depth && is(name, "t")) {
        c->t_depth = d;
    }
}

static void sst_end(void *ud, const XML_Char *name)
{
    (void)name;
    struct sst_ctx *c = ud;
    struct apbd_xlsx *x = c->x;
    unsigned d = c->xml.depth--;
    if (d == c->t_depth)
        c->t_depth = 0;
    else if (d == c->rph_depth)
        c->rph_depth = 0;
    else if (d == c->si_depth) {
        c->si_depth = 0;
        size_t len = decode_escapes(x->sst + c->start, x->sst_len - c->start);
        if (len > APBD_XLSX_MAX_TEXT) {
            xml_fail(&c->xml, "shared string %zu is longer than %u bytes", x->sst_count,
                     APBD_XLSX_MAX_TEXT);
            return;
        }
        x->sst_len = c->start + len;
        grow((void **)&x->sst, &x->sst_cap, x->sst_len + 1, 1);
        x->sst[x->sst_len++] = '\0';
        grow((void **)&x->sst_off, &x->sst_off_cap, x->sst_count + 2, sizeof(*x->sst_off));
        x->sst_off[x->sst_count++] = (uint32_t)c->start;
        x->sst_off[x->sst_count] = (uint32_t)x->sst_len;
    }
}

static void sst_text(void *ud, const XML_Char *s, int len)
{
    struct sst_ctx *c = ud;
    struct apbd_xlsx *x = c->x;
    if (!c->t_depth || c->xml.depth != c->t_depth || c->xml.failed)
        return;
    if (x->sst_len - c->start + (size_t)len > MAX_RAW_TEXT) {
        xml_fail(&c->xml, "shared string %zu is longer than %u bytes", x->sst_count,
                 APBD_XLSX_MAX_TEXT);
        return;
    }
    grow((void **)&x->sst, &x->sst_cap, x->sst_len + (size_t)len + 1, 1);
    memcpy(x->sst + x->sst_len, s, (size_t)len);
    x->sst_len += (size_t)len;
}

/* ---- opening ---- */

static void split_dir(const char *part, char *dir, size_t dirlen, const char **base)
{
    const char *slash = strrchr(part, '/');
    size_t n = slash ? (size_t)(slash - part) + 1 : 0;
    if (n >= dirlen)
        n = 0;
    memcpy(dir, part, n);
    dir[n] = '\0';
    *base = part + n;
}

static int load(struct apbd_xlsx *x, char *err, size_t errlen)
{
    int rc = -1;
    char *wb_part = NULL, *wb_rels = NULL, *sst_part = NULL;
    struct rels_ctx root, rels;
    memset(&rels, 0, sizeof(rels));

    /* The workbook: where the package's root relationships say. */
    if (read_rels(x, "_rels/.rels", "", 1, &root, err, errlen) < 0) {
        rels_release(&root);
        goto out;
    }
    for (size_t i = 0; i < root.n && !wb_part; i++)
        if (ends_with(root.r[i].type, "/officeDocument") && locate(x->zip, root.r[i].target) >= 0)
            wb_part = xstrdup(root.r[i].target);
    rels_release(&root);
    if (!wb_part)
        wb_part = xstrdup("xl/workbook.xml");
    if (locate(x->zip, wb_part) < 0) {
        seterr(err, errlen, "not an XLSX workbook: the zip has no %s", wb_part);
        goto out;
    }

    char dir[1024];
    const char *base;
    split_dir(wb_part, dir, sizeof(dir), &base);
    size_t n = strlen(dir) + strlen(base) + sizeof("_rels/.rels");
    wb_rels = apbd_xmalloc(n);
    snprintf(wb_rels, n, "%s_rels/%s.rels", dir, base);
    if (read_rels(x, wb_rels, dir, 0, &rels, err, errlen) < 0)
        goto out;

    struct wb_ctx wb = { .x = x };
    wb.xml.err = err;
    wb.xml.errlen = errlen;
    if (parse_part(x, wb_part, MAX_META_BYTES, &wb.xml, wb_start, wb_end, no_text, &wb) < 0)
        goto out;
    for (size_t i = 0; i < x->nsheets; i++) {
        struct sheet *s = &x->sheets[i];
        for (size_t k = 0; k < rels.n && !s->part; k++)
            if (strcmp(rels.r[k].id, s->rid) == 0)
                s->part = xstrdup(rels.r[k].target);
        if (!s->part) {
            seterr(err, errlen, "%s: sheet '%s' names relationship '%s', which %s does not have",
                   wb_part, s->name, s->rid, wb_rels);
            goto out;
        }
    }

    /* The shared strings, when there are any. */
    for (size_t k = 0; k < rels.n && !sst_part; k++)
        if (ends_with(rels.r[k].type, "/sharedStrings"))
            sst_part = xstrdup(rels.r[k].target);
    if (!sst_part || locate(x->zip, sst_part) < 0) {
        free(sst_part);
        sst_part = resolve(dir, "sharedStrings.xml");
    }
    if (locate(x->zip, sst_part) >= 0) {
        struct sst_ctx sc = { .x = x };
        sc.xml.err = err;
        sc.xml.errlen = errlen;
        grow((void **)&x->sst_off, &x->sst_off_cap, 1, sizeof(*x->sst_off));
        grow((void **)&x->sst, &x->sst_cap, 4096, 1);
        x->sst_off[0] = 0;
        if (parse_part(x, sst_part, MAX_SST_BYTES, &sc.xml, sst_start, sst_end, sst_text, &sc) < 0)
            goto out;
        x->has_sst = 1;
    }
    rc = 0;
out:
    rels_release(&rels);
    free(sst_part);
    free(wb_rels);
    free(wb_part);
    return rc;
}

static int open_zip(struct apbd_xlsx **xp, zip_t *zip, char *err, size_t errlen)
{
    struct apbd_xlsx *x = apbd_xmalloc(sizeof(*x));
    memset(x, 0, sizeof(*x));
    x->zip = zip;
    if (load(x, err, errlen) < 0) {
        apbd_xlsx_close(x);
        *xp = NULL;
        return -1;
    }
    *xp = x;
    return 0;
}

int apbd_xlsx_open(struct apbd_xlsx **x, const char *path, char *err, size_t errlen)
{
    int code = 0;
    *x = NULL;
    zip_t *zip = zip_open(path, ZIP_RDONLY, &code);
    if (!zip) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, code);
        seterr(err, errlen, "%s: cannot be read as a zip archive (which an .xlsx is): %s", path,
               zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return -1;
    }
    return open_zip(x, zip, err, errlen);
}

int apbd_xlsx_open_buffer(struct apbd_xlsx **x, const void *data, size_t size, char *err,
                          size_t errlen)
{
    zip_error_t ze;
    zip_error_init(&ze);
    *x = NULL;
    zip_source_t *src = zip_source_buffer_create(size ? data : NULL, size, 0, &ze);
    zip_t *zip = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
    if (!zip) {
        seterr(err, errlen, "cannot be read as a zip archive (which an .xlsx is): %s",
               zip_error_strerror(&ze));
        zip_source_free(src);           /* the archive owns it only once open */
        zip_error_fini(&ze);
        return -1;
    }
    zip_error_fini(&ze);
    return open_zip(x, zip, err, errlen);
}

size_t apbd_xlsx_sheet_count(const struct apbd_xlsx *x)
{
    return x->nsheets;
}

const char *apbd_xlsx_sheet_name(const struct apbd_xlsx *x, size_t i)
{
    return i < x->nsheets ? x->sheets[i].name : NULL;
}

void apbd_xlsx_close(struct apbd_xlsx *x)
{
    if (!x)
        return;
    for (size_t i = 0; i < x->nsheets; i++) {
        free(x->sheets[i].name);
        free(x->sheets[i].rid);
        free(x->sheets[i].part);
    }
    free(x->sheets);
    free(x->sst);
    free(x->sst_off);
    if (x->zip)
        zip_discard(x->zip);
    free(x);
}

/* ---- sheets ---- */

enum ctype { T_NUMBER, T_SHARED, T_INLINE, T_STR, T_BOOL, T_ERROR };

struct cell {
    unsigned col;
    enum apbd_xlsx_type type;
    const char *ext;            /* a shared string, or NULL: text at off in the row buffer */
    size_t off, len;
};

struct sheet_ctx {
    struct xml xml;
    struct apbd_xlsx *x;
    unsigned max_row;
    int (*cb)(unsigned row, const struct apbd_xlsx_cell *cells, size_t n, void *ctx);
    void *cb_ctx;
    unsigned sd_depth, row_depth, c_depth, v_depth, is_depth, t_depth, rph_depth;
    int sd_done;                /* the (one) sheetData has been read */
    unsigned row, last_row;     /* the row being read; the one before it (0: none) */
    unsigned col, last_col;
    enum ctype type;
    int has_v, has_is;
    size_t start;               /* where the cell's text began in buf */
    char *buf;                  /* the row's texts, each NUL-terminated */
    size_t len, cap;
    struct cell *cells;
    size_t n, cells_cap;
    struct apbd_xlsx_cell *out;
    size_t out_cap;
};

/* "AB12" (or "AB"): the column, 0 when it is not letters then digits. */
static unsigned parse_ref_col(const char *r)
{
    unsigned col = 0;
    const char *s = r;
    for (; (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z'); s++) {
        col = col * 26 + (unsigned)((*s | 0x20) - 'a' + 1);
        if (col > APBD_XLSX_MAX_COLS)
            return APBD_XLSX_MAX_COLS + 1;
    }
    if (s == r)
        return 0;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return 0;
    return col;
}

/* Digits only, 1..max; 0 when not. */
static unsigned parse_index(const char *s, size_t len, unsigned long max)
{
    unsigned long v = 0;
    if (!len)
        return 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (unsigned long)(s[i] - '0');
        if (v > max)
            return 0;
    }
    return (unsigned)v;
}

static int cmp_cell(const void *a, const void *b)
{
    const struct cell *x = a, *y = b;
    return (x->col > y->col) - (x->col < y->col);
}

static void row_start(struct sheet_ctx *c, const char **atts)
{
    const char *r = attr(atts, "r", 0);
    unsigned row;
    if (r) {
        row = parse_index(r, strlen(r), APBD_XLSX_MAX_ROWS);
        if (!row) {
            xml_fail(&c->xml, "row number '%s' is not one of 1 to %u", r, APBD_XLSX_MAX_ROWS);
            return;
        }
        if (row <= c->last_row) {
            xml_fail(&c->xml, "row %u comes after row %u: rows must be in order", row, c->last_row);
            return;
        }
    } else {
        if (c->last_row >= APBD_XLSX_MAX_ROWS) {
            xml_fail(&c->xml, "more than %u rows", APBD_XLSX_MAX_ROWS);
            return;
        }
        row = c->last_row + 1;
    }
    if (c->max_row && row > c->max_row) {
        xml_stop(&c->xml);
        return;
    }
    c->row = row;
    c->row_depth = c->xml.depth;
    c->n = 0;
    c->len = 0;
    c->last_col = 0;
}

static void row_end(struct sheet_ctx *c)
{
    c->row_depth = 0;
    c->last_row = c->row;
    if (c->n) {
        size_t k = 1;
        while (k < c->n && c->cells[k - 1].col < c->cells[k].col)
            k++;
        if (k < c->n)                   /* written out of order: rare */
            qsort(c->cells, c->n, sizeof(*c->cells), cmp_cell);
        grow((void **)&c->out, &c->out_cap, c->n, sizeof(*c->out));
        for (size_t i = 0; i < c->n; i++) {
            const struct cell *e = &c->cells[i];
            if (i && e->col == c->cells[i - 1].col) {
                char ref[16];
                apbd_xlsx_cell_ref(e->col, c->row, ref);
                xml_fail(&c->xml, "cell %s is given twice", ref);
                return;
            }
            c->out[i].col = e->col;
            c->out[i].type = e->type;
            c->out[i].s = e->ext ? e->ext : c->buf + e->off;
            c->out[i].len = e->len;
        }
        if (c->cb(c->row, c->out, c->n, c->cb_ctx)) {
            xml_stop(&c->xml);
            return;
        }
    }
    if (c->max_row && c->row >= c->max_row)
        xml_stop(&c->xml);
}

static void cell_start(struct sheet_ctx *c, const char **atts)
{
    const char *r = attr(atts, "r", 0), *t = attr(atts, "t", 0);
    unsigned col;
    if (r) {
        col = parse_ref_col(r);
        if (!col) {
            xml_fail(&c->xml, "cell reference '%s' is not a column and a row", r);
            return;
        }
    } else {
        col = c->last_col + 1;
    }
    if (col > APBD_XLSX_MAX_COLS) {
        if (r)
            xml_fail(&c->xml, "cell '%s' is past column XFD, the last there is", r);
        else
            xml_fail(&c->xml, "row %u has a cell past column XFD, the last there is", c->row);
        return;
    }
    if (c->n >= APBD_XLSX_MAX_COLS) {
        xml_fail(&c->xml, "row %u has more than %u cells", c->row, APBD_XLSX_MAX_COLS);
        return;
    }
    if (!t || strcmp(t, "n") == 0)
        c->type = T_NUMBER;
    else if (strcmp(t, "s") == 0)
        c->type = T_SHARED;
    else if (strcmp(t, "inlineStr") == 0)
        c->type = T_INLINE;
    else if (strcmp(t, "str") == 0 || strcmp(t, "d") == 0)   /* d: an ISO 8601 date, as text */
        c->type = T_STR;
    else if (strcmp(t, "b") == 0)
        c->type = T_BOOL;
    else if (strcmp(t, "e") == 0)
        c->type = T_ERROR;
    else {
        char ref[16];
        apbd_xlsx_cell_ref(col, c->row, ref);
        xml_fail(&c->xml, "cell %s has type '%s', which is not one of n, s, str, inlineStr, b, e",
                 ref, t);
        return;
    }
    c->col = col;
    c->last_col = col;
    c->c_depth = c->xml.depth;
    c->has_v = c->has_is = 0;
    c->start = c->len;
}

static int is_space(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n';
}

static void cell_end(struct sheet_ctx *c)
{
    c->c_depth = 0;
    struct cell e = { .col = c->col, .off = c->start };
    char *s = c->buf + c->start;
    size_t len = c->len - c->start;
    c->len = c->start;                  /* kept again below if the cell stays */
    if (c->type == T_INLINE ? !c->has_is : !c->has_v)
        return;
    char ref[16];
    apbd_xlsx_cell_ref(c->col, c->row, ref);
    if (c->type == T_INLINE || c->type == T_STR) {
        e.type = APBD_XLSX_STRING;
        len = decode_escapes(s, len);
    } else {
        while (len && is_space(s[len - 1]))
            len--;
        size_t lead = 0;
        while (lead < len && is_space(s[lead]))
            lead++;
        e.off += lead;
        len -= lead;
        e.type = c->type == T_BOOL ? APBD_XLSX_BOOL : c->type == T_ERROR ? APBD_XLSX_ERROR
                                                                          : APBD_XLSX_NUMBER;
    }
    if (c->type == T_SHARED) {
        struct apbd_xlsx *x = c->x;
        e.type = APBD_XLSX_STRING;
        if (!x->has_sst) {
            xml_fail(&c->xml, "cell %s uses a shared string, but the workbook has no "
                     "shared strings part", ref);
            return;
        }
        unsigned long k = 0;
        const char *v = c->buf + e.off;
        size_t i = 0;
        for (; i < len && v[i] >= '0' && v[i] <= '9' && k <= x->sst_count; i++)
            k = k * 10 + (unsigned long)(v[i] - '0');
        if (!len || i < len || k >= x->sst_count) {
            char shown[24];
            snprintf(shown, sizeof(shown), "%.*s", (int)(len < 20 ? len : 20), v);
            xml_fail(&c->xml, "cell %s uses shared string '%s', but the workbook has only %zu",
                     ref, shown, x->sst_count);
            return;
        }
        e.ext = x->sst + x->sst_off[k];
        len = x->sst_off[k + 1] - x->sst_off[k] - 1;
    }
    if (!len)
        return;
    if (len > APBD_XLSX_MAX_TEXT) {
        xml_fail(&c->xml, "cell %s holds more than %u bytes of text", ref, APBD_XLSX_MAX_TEXT);
        return;
    }
    e.len = len;
    if (!e.ext) {
        c->buf[e.off + len] = '\0';
        c->len = e.off + len + 1;
    }
    grow((void **)&c->cells, &c->cells_cap, c->n + 1, sizeof(*c->cells));
    c->cells[c->n++] = e;
}

static void sheet_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    struct sheet_ctx *c = ud;
    unsigned d = ++c->xml.depth;
    if (c->xml.failed || c->xml.done)
        return;
    if (!c->sd_depth) {
        if (d == 2 && !c->sd_done && is(name, "sheetData"))
            c->sd_depth = d;
    } else if (!c->row_depth) {
        if (d == c->sd_depth + 1 && is(name, "row"))
            row_start(c, atts);
    } else if (!c->c_depth) {
        if (d == c->row_depth + 1 && is(name, "c"))
            cell_start(c, atts);
    } else if (d == c->c_depth + 1) {
        if (is(name, "v") && c->type != T_INLINE) {
            c->v_depth = d;
            c->has_v = 1;
        } else if (is(name, "is") && c->type == T_INLINE) {
            c->is_depth = d;
            c->has_is = 1;
        }
    } else if (c->is_depth) {
        if (!c->rph_depth && is(name, "rPh"))
            c->rph_depth = d;
        else if (!c->rph_depth && !c->t_depth && is(name, "t"))
            c->t_depth = d;
    }
}

static void sheet_end(void *ud, const XML_Char *name)
{
    (void)name;
    struct sheet_ctx *c = ud;
    unsigned d = c->xml.depth--;
    if (c->xml.failed || c->xml.done)
        return;
    if (d == c->t_depth)
        c->t_depth = 0;
    else if (d == c->rph_depth)
        c->rph_depth = 0;
    else if (d == c->is_depth)
        c->is_depth = 0;
    else if (d == c->v_depth)
        c->v_depth = 0;
    else if (d == c->c_depth)
        cell_end(c);
    else if (d == c->row_depth)
        row_end(c);
    else if (d == c->sd_depth) {
        /* The rest is of no use, but read on to the end, where libzip
         * checks the part's CRC: a damaged sheet is not read as whole. */
        c->sd_depth = 0;
        c->sd_done = 1;
    }
}

static void sheet_text(void *ud, const XML_Char *s, int len)
{
    struct sheet_ctx *c = ud;
    if (c->xml.failed || c->xml.done)
        return;
    if (!((c->v_depth && c->xml.depth == c->v_depth) || (c->t_depth && c->xml.depth == c->t_depth)))
        return;
    if (c->len - c->start + (size_t)len > MAX_RAW_TEXT) {
        char ref[16];
        apbd_xlsx_cell_ref(c->col, c->row, ref);
        xml_fail(&c->xml, "cell %s holds more than %u bytes of text", ref, APBD_XLSX_MAX_TEXT);
        return;
    }
    if (c->len + (size_t)len + 1 > MAX_ROW_BYTES) {
        xml_fail(&c->xml, "row %u holds more than %zu MiB of text", c->row, MAX_ROW_BYTES >> 20);
        return;
    }
    grow((void **)&c->buf, &c->cap, c->len + (size_t)len + 1, 1);
    memcpy(c->buf + c->len, s, (size_t)len);
    c->len += (size_t)len;
}

int apbd_xlsx_rows(struct apbd_xlsx *x, size_t i, unsigned max_row,
                   int (*cb)(unsigned row, const struct apbd_xlsx_cell *cells, size_t n, void *ctx),
                   void *ctx, char *err, size_t errlen)
{
    if (i >= x->nsheets) {
        seterr(err, errlen, "there is no sheet %zu: the workbook has %zu", i + 1, x->nsheets);
        return -1;
    }
    struct sheet_ctx c = { .x = x, .max_row = max_row, .cb = cb, .cb_ctx = ctx };
    c.xml.err = err;
    c.xml.errlen = errlen;
    grow((void **)&c.buf, &c.cap, 4096, 1);
    int rc = parse_part(x, x->sheets[i].part, MAX_SHEET_BYTES, &c.xml, sheet_start, sheet_end,
                        sheet_text, &c);
    free(c.buf);
    free(c.cells);
    free(c.out);
    return rc;
}

void apbd_xlsx_cell_ref(unsigned col, unsigned row, char out[16])
{
    char letters[8];
    size_t n = 0;
    for (; col && n < sizeof(letters); col = (col - 1) / 26)
        letters[n++] = (char)('A' + (col - 1) % 26);
    size_t o = 0;
    while (n && o < 15)
        out[o++] = letters[--n];
    out[o] = '\0';
    if (row)
        snprintf(out + o, 16 - o, "%u", row);
}

int apbd_xlsx_sniff(const char *path)
{
    unsigned char magic[4];
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    size_t n = fread(magic, 1, sizeof(magic), f);
    fclose(f);
    return n == 4 && memcmp(magic, "PK\3\4", 4) == 0;
}

/* ------------------------------------------------- numbers in sen */

/* The mantissa in 128 bits, so 30 significant digits round exactly. */
int apbd_xlsx_sen(const char *s, int64_t *sen, int *extra)
{
    int neg = 0, exp10 = 0, sig = 0, seen_point = 0, any = 0;
    __int128 mant = 0;
    *extra = 0;
    if (*s == '-' || *s == '+')
        neg = *s++ == '-';
    for (; *s && *s != 'e' && *s != 'E'; s++) {
        if (*s == '.') {
            if (seen_point++)
                return -1;
            continue;
        }
        if (*s < '0' || *s > '9')
            return -1;
        any = 1;
        if (sig || *s != '0')
            sig++;
        if (sig > 30)
            return -1;          /* beyond any amount */
        mant = mant * 10 + (*s - '0');
        if (seen_point)
            exp10--;
    }
    if (!any)
        return -1;
    if (*s) {
        char *end;
        long e = strtol(s + 1, &end, 10);
        if (*end || e < -400 || e > 400)
            return -1;
        exp10 += (int)e;
    }
    /* value = mant * 10^exp10; in sen: mant * 10^(exp10 + 2) */
    int shift = exp10 + 2;
    __int128 v = mant;
    if (shift >= 0) {
        for (int i = 0; i < shift; i++) {
            v *= 10;
            if (v > (__int128)INT64_MAX)
                return -1;
        }
    } else {
        __int128 div = 1, rest;
        for (int i = 0; i < -shift && div <= (__int128)INT64_MAX * 10; i++)
            div *= 10;
        rest = v % div;
        v = v / div;
        if (rest * 2 >= div)
            v++;                /* half away from zero: the sign comes after */
        *extra = rest != 0 && sig < 15;
    }
    if (v > (__int128)INT64_MAX)
        return -1;
    *sen = (int64_t)(neg ? -v : v);
    return 0;
}
