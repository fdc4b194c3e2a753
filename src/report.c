/* report.c: FILE:LINE:COL diagnostics with an excerpt, a hint and summaries. */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apbd/report.h"

#define MAX_ARGS 9
#define ARG_SHOWN_BYTES 120     /* a quoted value longer than this is cut */
#define EXCERPT_CHARS 100

void apbd_report_init(struct apbd_report *r, FILE *out, enum apbd_lang lang)
{
    memset(r, 0, sizeof(*r));
    r->out = out;
    r->lang = lang;
}

const char *apbd_report_text(const struct apbd_report *r, enum apbd_msg msg)
{
    return apbd_messages[msg].text[r->lang];
}

int apbd_lang_pick(const char *option, enum apbd_lang *lang)
{
    if (option) {
        if (strcmp(option, "id") == 0)
            *lang = APBD_LANG_ID;
        else if (strcmp(option, "en") == 0)
            *lang = APBD_LANG_EN;
        else
            return -1;
        return 0;
    }
    static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
    *lang = APBD_LANG_ID;
    for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
        const char *v = getenv(vars[i]);
        if (v && *v) {
            if (strncmp(v, "en", 2) == 0)
                *lang = APBD_LANG_EN;
            break;
        }
    }
    return 0;
}

/* Length of the UTF-8 sequence starting at s, 1 for a stray byte. */
static size_t utf8_len(const unsigned char *s, size_t avail)
{
    size_t n = s[0] < 0x80 ? 1 : (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3
             : (s[0] & 0xF8) == 0xF0 ? 4 : 1;
    if (n > avail)
        return 1;
    for (size_t i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 1;
    return n;
}

/*
 * Write text for a terminal: control characters (which a hostile file could
 * use to move the cursor or colour the screen) become \xNN. Returns the
 * number of display columns written.
 */
static size_t put_safe(FILE *out, const char *s, size_t len)
{
    size_t cols = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7F) {
            if (c == '\t') {
                fputc(' ', out);
                cols++;
            } else {
                fprintf(out, "\\x%02X", c);
                cols += 4;
            }
            i++;
            continue;
        }
        size_t n = utf8_len((const unsigned char *)s + i, len - i);
        if (n == 1 && c >= 0x80) {
            fprintf(out, "\\x%02X", c);
            cols += 4;
        } else {
            fwrite(s + i, 1, n, out);
            cols++;
        }
        i += n;
    }
    return cols;
}

/* Byte offset of character index ch (0-based) in s. */
static size_t char_offset(const char *s, size_t len, size_t ch)
{
    size_t i = 0;
    while (i < len && ch > 0) {
        i += utf8_len((const unsigned char *)s + i, len - i);
        ch--;
    }
    return i;
}

/* Expand {1}..{9} in tmpl with args, cutting long arguments. */
static void put_template(FILE *out, const char *tmpl, const char *const *args, size_t nargs)
{
    for (const char *p = tmpl; *p; p++) {
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') {
            size_t k = (size_t)(p[1] - '1');
            const char *a = k < nargs && args[k] ? args[k] : "";
            size_t len = strlen(a);
            if (len > ARG_SHOWN_BYTES) {
                size_t cut = char_offset(a, len, ARG_SHOWN_BYTES - 10);
                put_safe(out, a, cut);
                fputs("…", out);
            } else {
                put_safe(out, a, len);
            }
            p += 2;
        } else {
            fputc(*p, out);
        }
    }
}

static void put_excerpt(FILE *out, const struct apbd_loc *loc)
{
    const char *t = loc->text;
    size_t len = loc->text_len;
    while (len && (t[len - 1] == '\n' || t[len - 1] == '\r'))
        len--;
    size_t col = loc->col ? loc->col - 1 : 0;
    size_t first = col > EXCERPT_CHARS / 2 ? col - EXCERPT_CHARS / 2 : 0;
    size_t start = char_offset(t, len, first);
    size_t end = start + char_offset(t + start, len - start, EXCERPT_CHARS);
    size_t caret_at = char_offset(t, len, col);

    fprintf(out, "%6u | ", loc->line);
    size_t caret_cols = 0;
    if (start > 0) {
        fputs("…", out);
        caret_cols++;
    }
    if (caret_at >= start && caret_at <= end)
        caret_cols += put_safe(out, t + start, caret_at - start)
                      - 0;
    else
        caret_at = end;
    if (caret_at >= start) {
        /* The part before the caret was written above; write the rest. */
        put_safe(out, t + caret_at, end - caret_at);
    }
    if (end < len)
        fputs("…", out);
    fputs("\n       | ", out);
    if (loc->col) {
        for (size_t i = 0; i < caret_cols; i++)
            fputc(' ', out);
        fputc('^', out);
    }
    fputc('\n', out);
}

static const char *const severity_word[] = { "note", "warning", "error" };

static void put_location(FILE *out, const struct apbd_loc *loc)
{
    if (!loc || !loc->file)
        return;
    put_safe(out, loc->file, strlen(loc->file));
    if (loc->cell) {
        fputc(':', out);
        put_safe(out, loc->cell, strlen(loc->cell));
    } else if (loc->line) {
        fprintf(out, ":%u", loc->line);
        if (loc->col)
            fprintf(out, ":%u", loc->col);
    }
    fputs(": ", out);
}

void apbd_report(struct apbd_report *r, enum apbd_severity sev, enum apbd_msg msg,
                 const struct apbd_loc *loc, ...)
{
    const char *args[MAX_ARGS];
    size_t nargs = 0;
    va_list ap;
    va_start(ap, loc);
    for (const char *a; nargs < MAX_ARGS && (a = va_arg(ap, const char *)) != NULL;)
        args[nargs++] = a;
    va_end(ap);

    if (sev == APBD_ERROR) {
        r->errors++;
        r->file_errors++;
    } else if (sev == APBD_WARNING) {
        r->warnings++;
        r->file_warnings++;
    }
    if (!r->out || sev < r->min_shown)
        return;
    if (r->shown[msg] >= APBD_REPORT_SHOWN_PER_KIND && !r->every) {
        r->hidden[msg]++;
        r->hidden_severity[msg] = sev;
        return;
    }
    if (r->shown[msg] < UINT_MAX)
        r->shown[msg]++;

    FILE *out = r->out;
    put_location(out, loc);
    fprintf(out, "%s: ", severity_word[sev]);
    put_template(out, apbd_messages[msg].text[r->lang], args, nargs);
    fputc('\n', out);
    if (loc && loc->text && loc->cell) {
        /* the cell's value as the spreadsheet shows it */
        const char *ref = strrchr(loc->cell, '!');
        fprintf(out, "%7s | ", ref ? ref + 1 : loc->cell);
        put_safe(out, loc->text, loc->text_len > EXCERPT_CHARS ? EXCERPT_CHARS : loc->text_len);
        fputc('\n', out);
    } else if (loc && loc->text && loc->line)
        put_excerpt(out, loc);
    if (apbd_messages[msg].hint[r->lang]) {
        fputs("  hint: ", out);
        put_template(out, apbd_messages[msg].hint[r->lang], args, nargs);
        fputc('\n', out);
    }
}

void apbd_report_begin_file(struct apbd_report *r, const char *file)
{
    r->file = file;
    r->file_errors = r->file_warnings = 0;
    memset(r->shown, 0, sizeof(r->shown));
    memset(r->hidden, 0, sizeof(r->hidden));
}

/* The message with its {n} left as "…", to name a kind of message. */
static void put_kind(FILE *out, const char *tmpl)
{
    for (const char *p = tmpl; *p; p++) {
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') {
            fputs("…", out);
            p += 2;
        } else {
            fputc(*p, out);
        }
    }
}

void apbd_report_end_file(struct apbd_report *r)
{
    if (!r->out)
        return;
    for (int m = 0; m < APBD_MSG_COUNT; m++) {
        if (!r->hidden[m])
            continue;
        char count[16];
        snprintf(count, sizeof(count), "%u", r->hidden[m]);
        if (r->file) {
            put_safe(r->out, r->file, strlen(r->file));
            fputs(": ", r->out);
        }
        fprintf(r->out, "%s: ", severity_word[r->hidden_severity[m]]);
        const char *more = apbd_msg_more[r->lang];
        const char *mark = strstr(more, "{2}");
        const char *args[] = { count };
        /* "{1} more like this not shown: {2}", {2} being the kind. */
        char head[128];
        size_t n = (size_t)(mark - more);
        memcpy(head, more, n);
        head[n] = '\0';
        put_template(r->out, head, args, 1);
        put_kind(r->out, apbd_messages[m].text[r->lang]);
        fputc('\n', r->out);
    }
    r->file = NULL;
}
