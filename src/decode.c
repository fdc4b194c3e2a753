/* decode.c: encoding detection and UTF-8 lines from an export. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "apbd/arena.h"
#include "apbd/decode.h"

#define BLOCK (1u << 16)

const char *apbd_encoding_name(enum apbd_encoding e)
{
    switch (e) {
    case APBD_ENC_UTF8_BOM:
        return "UTF-8 (BOM)";
    case APBD_ENC_CP1252:
        return "Windows-1252";
    default:
        return "UTF-8";
    }
}

#define ONES UINT64_C(0x0101010101010101)
#define HIGH_BITS UINT64_C(0x8080808080808080)

/* Whether one of the eight bytes of w is zero. */
static int has_zero(uint64_t w)
{
    return ((w - ONES) & ~w & HIGH_BITS) != 0;
}

/* Length of a valid UTF-8 sequence at s (no overlongs, no surrogates), or 0. */
static size_t utf8_valid_seq(const unsigned char *s, size_t avail)
{
    unsigned char c = s[0];
    size_t n;
    uint32_t cp;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (avail < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
        || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return n;
}

int apbd_decode_sniff(FILE *f, struct apbd_sniff *s)
{
    unsigned char *buf = apbd_xmalloc(BLOCK + 4);
    size_t carry = 0, n;
    uint64_t valid_multi = 0, invalid = 0, crlf = 0, lf = 0;
    unsigned line = 1, col = 1;
    int first = 1, prev_cr = 0;

    memset(s, 0, sizeof(*s));
    while ((n = fread(buf + carry, 1, BLOCK, f)) > 0 || carry) {
        size_t len = carry + n;
        int at_end = n == 0;
        if (first && len >= 2 && ((buf[0] == 0xFF && buf[1] == 0xFE)
                                  || (buf[0] == 0xFE && buf[1] == 0xFF)))
            s->utf16 = 1;
        if (first && len >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF)
            s->encoding = APBD_ENC_UTF8_BOM;
        first = 0;
        size_t i = 0;
        while (i < len) {
            /* Eight plain ASCII bytes at once: no high bit, NUL, CR or LF. */
            if (i + 8 <= len) {
                uint64_t w;
                memcpy(&w, buf + i, 8);
                if (!(w & HIGH_BITS) && !has_zero(w) && !has_zero(w ^ (ONES * '\n'))
                    && !has_zero(w ^ (ONES * '\r'))) {
                    i += 8;
                    col += 8;
                    prev_cr = 0;
                    continue;
                }
            }
            unsigned char c = buf[i];
            if (c < 0x80) {
                if (c == 0 && !s->nul_line) {
                    s->nul_line = line;
                    s->nul_col = col;
                }
                if (c == '\n') {
                    if (prev_cr)
                        crlf++;
                    else
                        lf++;
                    line++;
                    col = 0;
                }
                prev_cr = c == '\r';
                i++;
                col++;
                continue;
            }
            prev_cr = 0;
            /* A sequence cut by the block end waits for the next block. */
            if (!at_end && len - i < 4 && c >= 0xC2 && c <= 0xF4)
                break;
            size_t k = utf8_valid_seq(buf + i, len - i);
            if (k) {
                valid_multi++;
                i += k;
            } else {
                invalid++;
                i++;
            }
            col++;
        }
        s->size += i;
        carry = len - i;
        memmove(buf, buf + i, carry);
        if (at_end)
            break;
    }
    free(buf);
    if (ferror(f))
        return -1;
    rewind(f);
    /* A UTF-8 file with a few broken bytes stays UTF-8 (and the bytes are
     * reported); a file whose non-ASCII bytes are mostly not UTF-8 is one
     * of the Windows code pages finance systems write. */
    if (invalid > valid_multi)
        s->encoding = APBD_ENC_CP1252;
    s->crlf = crlf > lf;
    if (s->nul_line && !s->utf16 && s->size >= 4) {
        /* ASCII text in UTF-16 without BOM: NUL every other byte. */
        s->utf16 = s->nul_line == 1 && s->nul_col <= 2;
    }
    return 0;
}

int apbd_decoder_open(struct apbd_decoder *d, FILE *f, enum apbd_encoding enc)
{
    memset(d, 0, sizeof(*d));
    d->f = f;
    d->encoding = enc;
    d->cd = (iconv_t)-1;
    if (enc == APBD_ENC_CP1252) {
        d->cd = iconv_open("UTF-8", "WINDOWS-1252");
        if (d->cd == (iconv_t)-1)
            return -1;
    }
    d->block = apbd_xmalloc(BLOCK);
    return 0;
}

void apbd_decoder_close(struct apbd_decoder *d)
{
    if (d->cd != (iconv_t)-1)
        iconv_close(d->cd);
    free(d->block);
    free(d->raw);
    free(d->line);
    memset(d, 0, sizeof(*d));
    d->cd = (iconv_t)-1;
}

static void raw_append(struct apbd_decoder *d, const char *p, size_t n)
{
    if (d->raw_len + n > APBD_LINE_MAX) {
        d->too_long = 1;
        n = APBD_LINE_MAX - d->raw_len;
    }
    if (d->raw_len + n > d->raw_cap) {
        d->raw_cap = (d->raw_len + n) * 2;
        if (d->raw_cap > APBD_LINE_MAX + 1)
            d->raw_cap = APBD_LINE_MAX + 1;
        d->raw = apbd_xrealloc(d->raw, d->raw_cap);
    }
    memcpy(d->raw + d->raw_len, p, n);
    d->raw_len += n;
}

static void line_reserve(struct apbd_decoder *d, size_t extra)
{
    if (d->line_len + extra > d->line_cap) {
        d->line_cap = (d->line_len + extra) * 2 + 64;
        d->line = apbd_xrealloc(d->line, d->line_cap);
    }
}

static void mark_bad(struct apbd_decoder *d, unsigned col, const unsigned char *bytes, size_t n)
{
    if (d->bad_col)
        return;
    d->bad_col = col;
    size_t o = 0;
    for (size_t i = 0; i < n && o + 5 <= sizeof(d->bad_bytes); i++)
        o += (size_t)snprintf(d->bad_bytes + o, sizeof(d->bad_bytes) - o, "\\x%02X", bytes[i]);
}

static const char replacement[] = "\xEF\xBF\xBD";      /* U+FFFD */

static void decode_utf8(struct apbd_decoder *d)
{
    const unsigned char *s = (const unsigned char *)d->raw;
    size_t n = d->raw_len;
    unsigned col = 1;
    line_reserve(d, n * 3 + 1);
    for (size_t i = 0; i < n; col++) {
        /* A run of ASCII is copied as it is. */
        size_t run = 0;
        while (i + run < n && s[i + run] < 0x80)
            run++;
        if (run) {
            memcpy(d->line + d->line_len, s + i, run);
            d->line_len += run;
            i += run;
            col += (unsigned)run - 1;
            continue;
        }
        size_t k = utf8_valid_seq(s + i, n - i);
        if (k) {
            memcpy(d->line + d->line_len, s + i, k);
            d->line_len += k;
            i += k;
        } else {
            mark_bad(d, col, s + i, 1);
            memcpy(d->line + d->line_len, replacement, 3);
            d->line_len += 3;
            i++;
        }
    }
}

static void decode_cp1252(struct apbd_decoder *d)
{
    char *in = d->raw;
    size_t inleft = d->raw_len;
    line_reserve(d, inleft * 3 + 1);
    while (inleft) {
        char *out = d->line + d->line_len;
        size_t outleft = d->line_cap - d->line_len;
        size_t r = iconv(d->cd, &in, &inleft, &out, &outleft);
        d->line_len = (size_t)(out - d->line);
        if (r != (size_t)-1)
            break;
        if (errno == E2BIG) {
            line_reserve(d, inleft * 3 + 16);
            continue;
        }
        /* A byte Windows-1252 leaves undefined (0x81, 0x8D, ...). */
        unsigned col = 1;
        for (const char *p = d->raw; p < in; p++)
            col++;
        mark_bad(d, col, (const unsigned char *)in, 1);
        line_reserve(d, 3 + inleft * 3);
        memcpy(d->line + d->line_len, replacement, 3);
        d->line_len += 3;
        in++;
        inleft--;
    }
}

int apbd_decoder_next(struct apbd_decoder *d)
{
    d->raw_len = 0;
    d->line_len = 0;
    d->too_long = 0;
    d->bad_col = 0;
    if (d->eof)
        return 0;
    for (;;) {
        if (d->block_pos == d->block_len) {
            d->block_len = fread(d->block, 1, BLOCK, d->f);
            d->block_pos = 0;
            if (d->block_len == 0) {
                if (ferror(d->f))
                    return -1;
                d->eof = 1;
                if (d->raw_len == 0 && !d->too_long)
                    return 0;
                break;
            }
        }
        const char *p = d->block + d->block_pos;
        size_t avail = d->block_len - d->block_pos;
        const char *nl = memchr(p, '\n', avail);
        size_t take = nl ? (size_t)(nl - p) + 1 : avail;
        raw_append(d, p, take);
        d->block_pos += take;
        if (nl)
            break;
    }
    d->lineno++;
    /* The BOM is not part of the first line's text. */
    size_t skip = 0;
    if (d->lineno == 1 && d->encoding == APBD_ENC_UTF8_BOM && d->raw_len >= 3
        && memcmp(d->raw, "\xEF\xBB\xBF", 3) == 0)
        skip = 3;
    if (skip) {
        memmove(d->raw, d->raw + skip, d->raw_len - skip);
        d->raw_len -= skip;
    }
    if (d->encoding == APBD_ENC_CP1252)
        decode_cp1252(d);
    else
        decode_utf8(d);
    line_reserve(d, 1);
    d->line[d->line_len] = '\0';
    return 1;
}
