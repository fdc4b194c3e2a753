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
