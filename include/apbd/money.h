#ifndef APBD_MONEY_H
#define APBD_MONEY_H

/*
 * Money is an exact count of sen (1/100 rupiah) in an int64_t: never a
 * float. This module reads amounts as real exports write them, adds them
 * with overflow checks, and formats them back.
 *
 * Number style is decided per file, never per cell: the importer asks
 * apbd_number_evidence() of each amount until one shows its style, and
 * then parses every amount of the file in that style. Whole numbers with
 * no separators read the same in every style, so they decide nothing.
 */

#include <stddef.h>
#include <stdint.h>

enum apbd_numstyle {
    APBD_NUM_NEUTRAL = 0,   /* no evidence: whole numbers, no separators */
    APBD_NUM_ID,            /* 1.234.567,89 */
    APBD_NUM_EN             /* 1,234,567.89 (or 1234567.89) */
};

enum apbd_numparse {
    APBD_NUM_OK = 0,
    APBD_NUM_EMPTY,         /* "", "-": zero, and the caller may care */
    APBD_NUM_BAD,           /* not a number in this style */
    APBD_NUM_OVERFLOW,      /* beyond int64_t at the requested scale */
    APBD_NUM_PRECISION      /* more decimals than the scale keeps */
};

/*
 * What the text says about the file's number style: APBD_NUM_ID or
 * APBD_NUM_EN when it can only be read one way (a money amount has at most
 * two decimals, so "1.500" is Indonesian and "1,500" English), else
 * APBD_NUM_NEUTRAL.
 */
enum apbd_numstyle apbd_number_evidence(const char *s, size_t len);

/*
 * Parse s[0..len) in the given style into an integer scaled by 10^scale
 * (scale 2 gives sen). Accepts surrounding spaces, "Rp"/"Rp."/"IDR", a
 * leading '-' or parentheses for negatives, a trailing '%', and "-" for
 * zero. With APBD_NUM_NEUTRAL a separator is read as a decimal point only
 * when nothing else is possible.
 */
enum apbd_numparse apbd_number_parse(const char *s, size_t len,
                                     enum apbd_numstyle style, int scale,
                                     int64_t *out);

/* *acc += v; returns 0, or -1 on overflow with *acc unchanged. */
int apbd_money_add(int64_t *acc, int64_t v);
int apbd_money_sub(int64_t *acc, int64_t v);

#define APBD_MONEY_BUF 40

/* "1500000", "1234567.89", "-0.50": rupiah, a dot, two decimals only when
 * there are sen. For CSV and JSON. Returns buf. */
char *apbd_money_format_plain(char buf[APBD_MONEY_BUF], int64_t sen);

/* "1.234.567,89" or "1,234,567.89", with sen only when there are any. */
char *apbd_money_format_grouped(char buf[APBD_MONEY_BUF], int64_t sen,
                                enum apbd_numstyle style);


/*
 * num / den x 100 with two decimals, rounded once, half away from zero:
 * "45.67" (APBD_NUM_EN or NEUTRAL) or "45,67" (APBD_NUM_ID). Returns NULL
 * and writes "" when den is 0: a ratio of nothing is not 0%.
 */
char *apbd_percent_format(char buf[APBD_MONEY_BUF], int64_t num, int64_t den,
                          enum apbd_numstyle style);
/* The same with `decimals` decimals (0 to 6). */
char *apbd_percent_format_dp(char buf[APBD_MONEY_BUF], int64_t num, int64_t den,
                             enum apbd_numstyle style, int decimals);

#endif
