/* money.c: exact amounts in sen: parse, add, format. */
#include <stdio.h>
#include <string.h>

#include "apbd/money.h"

static int is_space_at(const char *s, size_t len, size_t i, size_t *width)
{
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') {
        *width = 1;
        return 1;
    }
    /* U+00A0 no-break space, which spreadsheets put in formatted numbers. */
    if ((unsigned char)s[i] == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) {
        *width = 2;
        return 1;
    }
    return 0;
}

static void trim(const char **s, size_t *len)
{
    size_t w;
    while (*len && is_space_at(*s, *len, 0, &w)) {
        *s += w;
        *len -= w;
    }
    while (*len) {
        if ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t'
            || (*s)[*len - 1] == '\r' || (*s)[*len - 1] == '\n')
            (*len)--;
        else if (*len >= 2 && (unsigned char)(*s)[*len - 2] == 0xC2
                 && (unsigned char)(*s)[*len - 1] == 0xA0)
            *len -= 2;
        else
            break;
    }
}

static int lower_eq(const char *s, size_t len, const char *word)
{
    size_t n = strlen(word);
    if (len < n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        if (c != word[i])
            return 0;
    }
    return 1;
}

/* Strip currency, sign, parentheses and percent, in whatever order the
 * export wrote them ("Rp (1.234)", "(Rp 1.234)", "-Rp 1.234"); leave
 * digits and separators. */
static void strip_decoration(const char **s, size_t *len, int *negative)
{
    *negative = 0;
    for (int changed = 1; changed;) {
        changed = 0;
        trim(s, len);
        if (*len >= 2 && (*s)[0] == '(' && (*s)[*len - 1] == ')') {
            *negative = !*negative;
            (*s)++;
            *len -= 2;
            changed = 1;
        } else if (*len && (*s)[0] == '-') {
            *negative = !*negative;
            (*s)++;
            (*len)--;
            changed = 1;
        } else if (*len >= 3 && memcmp(*s, "\xE2\x88\x92", 3) == 0) {   /* U+2212 minus */
            *negative = !*negative;
            *s += 3;
            *len -= 3;
            changed = 1;
        } else if (lower_eq(*s, *len, "idr")) {
            *s += 3;
            *len -= 3;
            changed = 1;
        } else if (lower_eq(*s, *len, "rp")) {
            *s += 2;
            *len -= 2;
            if (*len && (*s)[0] == '.') {
                (*s)++;
                (*len)--;
            }
            changed = 1;
        } else if (*len && (*s)[*len - 1] == '%') {
            (*len)--;
            changed = 1;
        }
    }
}

enum apbd_numstyle apbd_number_evidence(const char *s, size_t len)
{
    int neg;
    strip_decoration(&s, &len, &neg);
    size_t dots = 0, commas = 0, last_dot = 0, last_comma = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '.') {
            dots++;
            last_dot = i;
        } else if (s[i] == ',') {
            commas++;
            last_comma = i;
        } else if (s[i] < '0' || s[i] > '9') {
            return APBD_NUM_NEUTRAL;        /* not a number at all */
        }
    }
    if (dots && commas)
        return last_comma > last_dot ? APBD_NUM_ID : APBD_NUM_EN;
    /* One separator followed by three digits is a thousands separator only
     * when at most three digits stand before it ("1.500", not "1000.505"). */
    if (dots) {
        if (dots > 1)
            return APBD_NUM_ID;
        size_t after = len - last_dot - 1;
        if (after == 3)
            return last_dot <= 3 ? APBD_NUM_ID : APBD_NUM_EN;
        return after == 1 || after == 2 ? APBD_NUM_EN : APBD_NUM_NEUTRAL;
    }
    if (commas) {
        if (commas > 1)
            return APBD_NUM_EN;
        size_t after = len - last_comma - 1;
        if (after == 3)
            return last_comma <= 3 ? APBD_NUM_EN : APBD_NUM_ID;
        return after == 1 || after == 2 ? APBD_NUM_ID : APBD_NUM_NEUTRAL;
    }
    return APBD_NUM_NEUTRAL;
}

/* Digits with optional thousands groups of three: "1.234.567" or "1234567". */
static int read_integer_part(const char *s, size_t len, char thousands,
                             uint64_t *value, int *overflow)
{
    size_t group = 0, groups = 0;
    int seen_sep = 0;
    *value = 0;
    if (len == 0)
        return 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            if (*value > (UINT64_MAX - 9) / 10)
                *overflow = 1;
            else
                *value = *value * 10 + (uint64_t)(c - '0');
            group++;
        } else if (thousands && c == thousands) {
            if (group == 0 || (seen_sep && group != 3) || (!seen_sep && group > 3))
                return 0;
            seen_sep = 1;
            groups++;
            group = 0;
        } else {
            return 0;
        }
    }
    if (seen_sep && group != 3)
        return 0;
    return group > 0 || groups > 0;
}

enum apbd_numparse apbd_number_parse(const char *s, size_t len,
                                     enum apbd_numstyle style, int scale,
                                     int64_t *out)
{
    int negative;
    *out = 0;
    strip_decoration(&s, &len, &negative);
    if (len == 0)
        return APBD_NUM_EMPTY;

    char thousands = 0, decimal = 0;
    if (style == APBD_NUM_ID) {
        thousands = '.';
        decimal = ',';
    } else if (style == APBD_NUM_EN) {
        thousands = ',';
        decimal = '.';
    } else {
        /* Neutral: whole numbers; a lone separator is a decimal point only
         * when it cannot be a thousands separator ("12.5", "12,50"). */
        const char *sep = NULL;
        for (size_t i = 0; i < len; i++)
            if (s[i] == '.' || s[i] == ',') {
                if (sep)
                    return APBD_NUM_BAD;
                sep = s + i;
            }
        if (sep) {
            size_t after = len - (size_t)(sep - s) - 1;
            if (after == 3)
                return APBD_NUM_BAD;
            decimal = *sep;
        }
    }

    size_t int_len = len;
    const char *frac = NULL;
    size_t frac_len = 0;
    if (decimal) {
        const char *d = memchr(s, decimal, len);
        if (d) {
            int_len = (size_t)(d - s);
            frac = d + 1;
            frac_len = len - int_len - 1;
            if (frac_len == 0 || memchr(frac, decimal, frac_len))
                return APBD_NUM_BAD;
        }
    }

    uint64_t whole;
    int overflow = 0;
    if (int_len == 0 && frac)
        whole = 0;      /* ",5" */
    else if (!read_integer_part(s, int_len, thousands, &whole, &overflow))
        return APBD_NUM_BAD;

    uint64_t fraction = 0;
    for (size_t i = 0; i < frac_len; i++) {
        if (frac[i] < '0' || frac[i] > '9')
            return APBD_NUM_BAD;
    }
    /* Extra decimals are allowed only when they are zeros ("12,500"). */
    size_t keep = frac_len;
    while (keep > (size_t)scale && frac[keep - 1] == '0')
        keep--;
    if (keep > (size_t)scale)
        return APBD_NUM_PRECISION;
    for (int i = 0; i < scale; i++)
        fraction = fraction * 10 + ((size_t)i < keep ? (uint64_t)(frac[i] - '0') : 0);

    uint64_t factor = 1;
    for (int i = 0; i < scale; i++)
        factor *= 10;
    if (overflow || whole > ((uint64_t)INT64_MAX - fraction) / factor)
        return APBD_NUM_OVERFLOW;
    int64_t v = (int64_t)(whole * factor + fraction);
    *out = negative ? -v : v;
    return APBD_NUM_OK;
}

int apbd_money_add(int64_t *acc, int64_t v)
{
    int64_t r;
    if (__builtin_add_overflow(*acc, v, &r))
        return -1;
    *acc = r;
    return 0;
}

int apbd_money_sub(int64_t *acc, int64_t v)
{
    int64_t r;
    if (__builtin_sub_overflow(*acc, v, &r))
        return -1;
    *acc = r;
    return 0;
}

/* Digits of |sen| / 100 into buf, grouped with sep when sep is not 0. */
static char *format_amount(char buf[APBD_MONEY_BUF], int64_t sen, char sep, char decimal)
{
    uint64_t mag = sen < 0 ? (uint64_t)0 - (uint64_t)sen : (uint64_t)sen;
    uint64_t whole = mag / 100;
    unsigned cents = (unsigned)(mag % 100);
    char tmp[APBD_MONEY_BUF];
    size_t n = 0;
    char *p = buf;

    if (cents) {
        tmp[n++] = (char)('0' + cents % 10);
        tmp[n++] = (char)('0' + cents / 10);
        tmp[n++] = decimal;
    }
    int digits = 0;
    do {
        if (sep && digits && digits % 3 == 0)
            tmp[n++] = sep;
        tmp[n++] = (char)('0' + whole % 10);
        whole /= 10;
        digits++;
    } while (whole);
    if (sen < 0)
        *p++ = '-';
    while (n)
        *p++ = tmp[--n];
    *p = '\0';
    return buf;
}

char *apbd_money_format_plain(char buf[APBD_MONEY_BUF], int64_t sen)
{
    return format_amount(buf, sen, 0, '.');
}

char *apbd_money_format_grouped(char buf[APBD_MONEY_BUF], int64_t sen,
                                enum apbd_numstyle style)
{
    if (style == APBD_NUM_EN)
        return format_amount(buf, sen, ',', '.');
    return format_amount(buf, sen, '.', ',');
}

char *apbd_percent_format_dp(char buf[APBD_MONEY_BUF], int64_t num, int64_t den,
                             enum apbd_numstyle style, int decimals)
{
    buf[0] = '\0';
    if (den == 0)
        return NULL;
    /* percent x 10^decimals, doubled, so that one integer division and a
     * half-unit step round half away from zero */
    __int128 scale = 100;
    for (int i = 0; i < decimals; i++)
        scale *= 10;
    __int128 q2 = (__int128)num * scale * 2 / den;
    __int128 q = q2 >= 0 ? (q2 + 1) / 2 : (q2 - 1) / 2;
    int neg = q < 0;
    unsigned __int128 m = neg ? (unsigned __int128)(-q) : (unsigned __int128)q;
    unsigned __int128 unit = (unsigned __int128)(scale / 100);
    unsigned long long whole = (unsigned long long)(m / unit);
    unsigned long long frac = (unsigned long long)(m % unit);
    if (decimals == 0)
        snprintf(buf, APBD_MONEY_BUF, "%s%llu", neg ? "-" : "", whole);
    else
        snprintf(buf, APBD_MONEY_BUF, "%s%llu%c%0*llu", neg ? "-" : "", whole,
                 style == APBD_NUM_ID ? ',' : '.', decimals, frac);
    return buf;
}

char *apbd_percent_format(char buf[APBD_MONEY_BUF], int64_t num, int64_t den,
                          enum apbd_numstyle style)
{
    return apbd_percent_format_dp(buf, num, den, style, 2);
}
