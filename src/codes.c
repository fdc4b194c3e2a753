/* codes.c: canonical spelling of account, SKPD and sub kegiatan codes. */
#include <string.h>

#include "apbd/codes.h"

const struct apbd_code_shape apbd_shape_account_90 = {
    .width = { 1, 1, 2, 2, 2, 4 }, .min_segments = 1, .max_segments = 6,
};

const struct apbd_code_shape apbd_shape_sub_kegiatan_90 = {
    .width = { 1, 2, 2, 1, 2, 4 }, .min_segments = 6, .max_segments = 6, .x_urusan = 1,
};

/* SIMDA numbers rincian objek with three digits in some years ("5.1.1.01.001"):
 * a zero more is dropped there, and only there (5.2.02 is no 13/2006 code). */
const struct apbd_code_shape apbd_shape_account_13 = {
    .width = { 1, 1, 1, 2, 2, 4 }, .min_segments = 1, .max_segments = 6, .extra_zeros = 1,
};

const struct apbd_code_shape apbd_shape_kegiatan_13 = {
    .width = { 1, 2, 3, 3 }, .min_segments = 4, .max_segments = 4, .keep_width = 1,
};

const struct apbd_code_shape *apbd_chart_account_shape(enum apbd_chart c)
{
    return c == APBD_CHART_13_2006 ? &apbd_shape_account_13 : &apbd_shape_account_90;
}

const struct apbd_code_shape *apbd_chart_kegiatan_shape(enum apbd_chart c)
{
    return c == APBD_CHART_13_2006 ? &apbd_shape_kegiatan_13 : &apbd_shape_sub_kegiatan_90;
}

static int is_blank(const char *s, size_t len, size_t i, size_t *w)
{
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') {
        *w = 1;
        return 1;
    }
    if ((unsigned char)s[i] == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) {
        *w = 2;
        return 1;
    }
    return 0;
}

/* Drop spaces anywhere, Excel's text marks, and a trailing dot. */
static size_t strip(const char *s, size_t len, char *buf, size_t cap, int *overlong)
{
    size_t n = 0, w;
    *overlong = 0;
    for (size_t i = 0; i < len;) {
        if (is_blank(s, len, i, &w)) {
            i += w;
            continue;
        }
        if (n == cap) {
            *overlong = 1;
            return n;
        }
        buf[n++] = s[i++];
    }
    size_t start = 0;
    if (n >= 1 && buf[0] == '\'')
        start = 1;
    else if (n >= 3 && buf[0] == '\xE2' && buf[1] == '\x80' && buf[2] == '\x99')
        start = 3;      /* U+2019, an apostrophe a word processor curled */
    else if (n >= 3 && buf[0] == '=' && buf[1] == '"' && buf[n - 1] == '"') {
        start = 2;
        n--;
    }
    memmove(buf, buf + start, n - start);
    n -= start;
    if (n && buf[n - 1] == '.')
        n--;
    return n;
}

enum apbd_code_result apbd_code_normalise(const char *s, size_t len,
                                          const struct apbd_code_shape *shape,
                                          char out[APBD_CODE_MAX])
{
    char buf[APBD_CODE_MAX];
    int overlong;
    size_t n = strip(s, len, buf, sizeof(buf) - 1, &overlong);
    out[0] = '\0';
    if (overlong)
        return APBD_CODE_BAD;
    if (n == 0) {
        /* Only spaces or marks: empty, and nothing worth reporting. */
        return APBD_CODE_SAME;
    }

    size_t o = 0;
    int seg = 0;
    for (size_t i = 0; i <= n;) {
        size_t j = i;
        while (j < n && buf[j] != '.')
            j++;
        size_t digits = j - i;
        if (digits == 0 || seg >= APBD_CODE_MAX_SEGMENTS)
            return APBD_CODE_BAD;
        int xs = 0;
        for (size_t k = i; k < j; k++)
            xs += buf[k] == 'X' || buf[k] == 'x';
        if (xs && (xs != (int)digits || !shape || !shape->x_urusan || seg > 1
                   || digits != shape->width[seg]))
            return APBD_CODE_BAD;
        for (size_t k = i; k < j; k++) {
            if (xs)
                buf[k] = 'X';
            else if (buf[k] < '0' || buf[k] > '9')
                return APBD_CODE_BAD;
        }
        size_t width = digits;
        /* "001" where the chart has two digits: SIMDA's numbering with a
         * zero more, the same rincian; leading zeros past the width go */
        while (shape && shape->extra_zeros && seg >= 4 && seg < shape->max_segments && digits > shape->width[seg]
               && buf[i] == '0') {
            i++;
            digits--;
        }
        /* "5.1.6.03.100", the 100th desa's bantuan: past 99 rincian, SIMDA's
         * three digits are the number itself */
        int past_99 = shape && shape->extra_zeros && seg == 4 && digits == shape->width[seg] + 1u
                      && buf[i] != '0';
        if (shape) {
            if (seg >= shape->max_segments || (digits > shape->width[seg] && !past_99))
                return APBD_CODE_BAD;
            if (!shape->keep_width)
                width = shape->width[seg];
        }
        if (width < digits)
            width = digits;
        if (o + width + 2 > APBD_CODE_MAX)
            return APBD_CODE_BAD;
        if (seg)
            out[o++] = '.';
        for (size_t pad = digits; pad < width; pad++)
            out[o++] = '0';
        memcpy(out + o, buf + i, digits);
        o += digits;
        seg++;
        i = j + 1;
    }
    out[o] = '\0';
    if (shape && seg < shape->min_segments)
        return APBD_CODE_BAD;
    return (o == len && memcmp(out, s, len) == 0) ? APBD_CODE_SAME : APBD_CODE_CHANGED;
}

int apbd_code_segments(const char *code)
{
    if (!*code)
        return 0;
    int n = 1;
    for (; *code; code++)
        n += *code == '.';
    return n;
}

size_t apbd_code_prefix_len(const char *code, int n)
{
    size_t i = 0;
    for (int seg = 0; code[i]; i++) {
        if (code[i] == '.' && ++seg == n)
            return i;
    }
    return i;
}
