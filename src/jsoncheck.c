/*
 * jsoncheck.c: a staged JSON file parsed back in pieces.
 *
 * json-c builds a tree of the whole document, and a province's month is
 * hundreds of megabytes of JSON. So the outer objects and arrays are
 * walked here, and json-c parses each value below them on its own, fed
 * from a fixed buffer; every byte is still parsed by json-c's tokener,
 * and nothing bigger than one line object is held at once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apbd/jsoncheck.h"

/* Containers down to this depth are walked; deeper values are parsed whole. */
#define WALK_DEPTH 3

struct reader {
    FILE *f;
    json_tokener *tok;
    const char *keep;
    json_object *kept;
    size_t pos, len;
    int eof;
    char buf[1 << 16];
};

static int fill(struct reader *r)
{
    if (r->pos < r->len)
        return 1;
    if (r->eof)
        return 0;
    r->len = fread(r->buf, 1, sizeof(r->buf), r->f);
    r->pos = 0;
    if (r->len == 0)
        r->eof = 1;
    return r->len > 0;
}

/* The next byte that is not JSON whitespace, left unread; -1 at the end. */
static int peek(struct reader *r)
{
    while (fill(r)) {
        char c = r->buf[r->pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return (unsigned char)c;
        r->pos++;
    }
    return -1;
}

static int expect(struct reader *r, char c)
{
    if (peek(r) != (unsigned char)c)
        return -1;
    r->pos++;
    return 0;
}

/* One whole value, parsed by json-c from where the reader stands. */
static json_object *value(struct reader *r)
{
    json_tokener_reset(r->tok);
    if (peek(r) < 0)
        return NULL;
    for (;;) {
        size_t n = r->len - r->pos;
        json_object *o = json_tokener_parse_ex(r->tok, r->buf + r->pos, (int)n);
        enum json_tokener_error e = json_tokener_get_error(r->tok);
        if (o || e == json_tokener_success) {
            r->pos += json_tokener_get_parse_end(r->tok);
            return o;
        }
        if (e != json_tokener_continue)
            return NULL;
        r->pos = r->len;
        if (!fill(r)) {
            /* A number ends at the end of the input. */
            o = json_tokener_parse_ex(r->tok, "", 1);
            return o;
        }
    }
}

static int walk(struct reader *r, int depth, const char *key);

/* The name of an object member, parsed by json-c, into name. */
static int member_name(struct reader *r, char *name, size_t size)
{
    if (peek(r) != '"')
        return -1;
    json_object *k = value(r);
    int ok = k && json_object_is_type(k, json_type_string);
    if (ok)
        snprintf(name, size, "%s", json_object_get_string(k));
    json_object_put(k);
    return ok && expect(r, ':') == 0 ? 0 : -1;
}

/* An object ('}' closes it: named members) or an array (']'), its
 * opening bracket under the reader; each value walked on its own. */
static int container(struct reader *r, int depth, char close)
{
    r->pos++;
    if (peek(r) == (unsigned char)close) {
        r->pos++;
        return 0;
    }
    for (;;) {
        char name[64];
        if (close == '}' && member_name(r, name, sizeof(name)) != 0)
            return -1;
        if (walk(r, depth + 1, close == '}' ? name : NULL) != 0)
            return -1;
        int c = peek(r);
        if (c < 0)
            return -1;
        r->pos++;
        if (c == close)
            return 0;
        if (c != ',')
            return -1;
    }
}

static int walk(struct reader *r, int depth, const char *key)
{
    int c = peek(r);
    int kept = depth == 1 && key && r->keep && strcmp(key, r->keep) == 0;
    if ((c == '{' || c == '[') && depth < WALK_DEPTH && !kept)
        return container(r, depth, c == '{' ? '}' : ']');
    if (depth == 0)
        return -1;          /* the document is an object */
    json_object *o = value(r);
    if (!o && json_tokener_get_error(r->tok) != json_tokener_success)
        return -1;
    if (kept && !r->kept && json_object_is_type(o, json_type_object))
        r->kept = o;
    else
        json_object_put(o);
    return 0;
}

int apbd_json_check_file(const char *path, const char *keep, json_object **kept)
{
    *kept = NULL;
    struct reader *r = calloc(1, sizeof(*r));
    if (!r)
        return -1;
    r->f = fopen(path, "rb");
    if (!r->f) {
        free(r);
        return -1;
    }
    r->tok = json_tokener_new();
    r->keep = keep;
    int bad = !r->tok || peek(r) != '{' || walk(r, 0, NULL) != 0 || peek(r) != -1
              || ferror(r->f);
    if (r->tok)
        json_tokener_free(r->tok);
    fclose(r->f);
    if (bad)
        json_object_put(r->kept);
    else
        *kept = r->kept;
    free(r);
    return bad ? -1 : 0;
}
