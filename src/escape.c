/* escape.c: escaping for each output context. */
#include <csv.h>
#include <string.h>

#include "apbd/escape.h"

void apbd_escape_csv(FILE *out, const char *s)
{
    int formula = s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t'
                  || s[0] == '\r';
    int quote = strpbrk(s, ",\"\r\n") != NULL;
    if (!formula && !quote) {
        fputs(s, out);
        return;
    }
    if (!quote) {
        fputc('\'', out);
        fputs(s, out);
        return;
    }
    /* csv_fwrite quotes and doubles quotes; the apostrophe goes inside. */
    fputc('"', out);
    if (formula)
        fputc('\'', out);
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            fputc('"', out);
        fputc(*p, out);
    }
    fputc('"', out);
}

static void entities(FILE *out, const char *s, int apos_numeric)
{
    /* Runs of plain characters go out whole; only the few that matter are
     * replaced. */
    const char *run = s;
    for (; *s; s++) {
        const char *rep = NULL;
        switch (*s) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = apos_numeric ? "&#39;" : "&apos;"; break;
        default:
            /* Control characters have no place in a page or a feed. */
            if ((unsigned char)*s < 0x20 && *s != '\n' && *s != '\t')
                rep = " ";
        }
        if (!rep)
            continue;
        fwrite(run, 1, (size_t)(s - run), out);
        fputs(rep, out);
        run = s + 1;
    }
    fwrite(run, 1, (size_t)(s - run), out);
}

void apbd_escape_html(FILE *out, const char *s)
{
    entities(out, s, 1);
}

void apbd_escape_attr(FILE *out, const char *s)
{
    entities(out, s, 1);
}

void apbd_escape_xml(FILE *out, const char *s)
{
    entities(out, s, 0);
}

void apbd_escape_url(FILE *out, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.' || c == '_' || c == '~')
            fputc(c, out);
        else
            fprintf(out, "%%%02X", c);
    }
}

void apbd_escape_json_script(FILE *out, const char *json)
{
    for (; *json; json++) {
        switch (*json) {
        case '<': fputs("\\u003c", out); break;
        case '>': fputs("\\u003e", out); break;
        case '&': fputs("\\u0026", out); break;
        default: fputc(*json, out);
        }
    }
}
