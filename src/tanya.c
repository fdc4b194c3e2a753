/*
 * tanya.c: links that let a reader ask about a line, pre-filled with what
 * it is. Every value from the export is percent-encoded into the address,
 * so a name cannot add a parameter, end the URL or change its scheme.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "apbd/money.h"
#include "apbd/tanya.h"


static void encode(FILE *f, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')
            || *p == '-' || *p == '.' || *p == '_' || *p == '~')
            fputc(*p, f);
        else
            fprintf(f, "%%%02X", *p);
    }
}

static int is_http(const char *c)
{
    return strncasecmp(c, "http://", 7) == 0 || strncasecmp(c, "https://", 8) == 0;
}

/* A plain address: local@domain, nothing a mailto: URL would read as more. */
static int is_email(const char *c)
{
    const char *at = strchr(c, '@');
    if (!at || at == c || !at[1] || strchr(at + 1, '@'))
        return 0;
    for (const char *p = c; *p; p++)
        if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')
              || strchr("._%+-@", *p)))
            return 0;
    return 1;
}

int apbd_tanya_usable(const char *channel)
{
    return channel && (is_http(channel) || is_email(channel));
}

char *apbd_tanya_url(const char *channel, const struct apbd_tanya *q)
{
    if (!apbd_tanya_usable(channel))
        return NULL;
    char a[APBD_MONEY_BUF], r[APBD_MONEY_BUF];
    apbd_money_format_grouped(a, q->anggaran, APBD_NUM_ID);
    apbd_money_format_grouped(r, q->realisasi, APBD_NUM_ID);
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    if (!f)
        return NULL;
    if (is_email(channel)) {
        char *subject = NULL, *body = NULL;
        size_t sl, bl;
        FILE *s = open_memstream(&subject, &sl);
        fprintf(s, "Pertanyaan APBD %s: %s %s", q->periode, q->kode, q->nama);
        fclose(s);
        FILE *b = open_memstream(&body, &bl);
        fprintf(b, "Kode: %s\nNama: %s\nPeriode: %s\nAnggaran: Rp%s\nRealisasi: Rp%s\nHalaman: %s\n\n"
                   "Pertanyaan saya:\n",
                q->kode, q->nama, q->periode, a, r, q->halaman ? q->halaman : "");
        fclose(b);
        fprintf(f, "mailto:%s?subject=", channel);
        encode(f, subject);
        fputs("&body=", f);
        encode(f, body);
        free(subject);
        free(body);
    } else {
        static const char *const names[] = { "{kode}", "{nama}", "{periode}", "{anggaran}",
                                             "{realisasi}", "{halaman}" };
        const char *values[] = { q->kode, q->nama, q->periode, a, r, q->halaman };
        for (const char *p = channel; *p;) {
            size_t k = 0;
            while (k < 6 && strncmp(p, names[k], strlen(names[k])) != 0)
                k++;
            if (k < 6) {
                encode(f, values[k]);
                p += strlen(names[k]);
            } else {
                fputc(*p++, f);
            }
        }
    }
    fclose(f);
    return out;
}
