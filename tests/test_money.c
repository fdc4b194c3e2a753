/* test_money.c: parsing amounts in every style, checked sums, formatting. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "apbd/money.h"

static int64_t parse(const char *s, enum apbd_numstyle style, enum apbd_numparse want)
{
    int64_t v = -999;
    assert_int_equal(apbd_number_parse(s, strlen(s), style, 2, &v), want);
    return v;
}

static void test_money_indonesian(void **state)
{
    (void)state;
    assert_int_equal(parse("1.234.567,89", APBD_NUM_ID, APBD_NUM_OK), 123456789);
    assert_int_equal(parse("Rp 1.234.567", APBD_NUM_ID, APBD_NUM_OK), 123456700);
    assert_int_equal(parse("Rp. 1.500", APBD_NUM_ID, APBD_NUM_OK), 150000);
    assert_int_equal(parse("(1.234)", APBD_NUM_ID, APBD_NUM_OK), -123400);
    assert_int_equal(parse("Rp (1.234)", APBD_NUM_ID, APBD_NUM_OK), -123400);
    assert_int_equal(parse("(Rp 1.234)", APBD_NUM_ID, APBD_NUM_OK), -123400);
    assert_int_equal(parse("-Rp 1.234", APBD_NUM_ID, APBD_NUM_OK), -123400);
    assert_int_equal(parse("-1.234,5", APBD_NUM_ID, APBD_NUM_OK), -123450);
    assert_int_equal(parse("  12,50 ", APBD_NUM_ID, APBD_NUM_OK), 1250);
    parse("1.234,5x", APBD_NUM_ID, APBD_NUM_BAD);
    parse("1.23.456", APBD_NUM_ID, APBD_NUM_BAD);     /* groups of three */
}

static void test_money_english(void **state)
{
    (void)state;
    assert_int_equal(parse("1,234,567.89", APBD_NUM_EN, APBD_NUM_OK), 123456789);
    assert_int_equal(parse("759,243,300,538.61 ", APBD_NUM_EN, APBD_NUM_OK), 75924330053861);
    assert_int_equal(parse("(115,888,860,874.61)", APBD_NUM_EN, APBD_NUM_OK), -11588886087461);
    assert_int_equal(parse("1234567.89", APBD_NUM_EN, APBD_NUM_OK), 123456789);
    parse("1.234.567", APBD_NUM_EN, APBD_NUM_BAD);
}

static void test_money_zero_and_empty(void **state)
{
    (void)state;
    assert_int_equal(parse("-", APBD_NUM_ID, APBD_NUM_EMPTY), 0);
    assert_int_equal(parse("", APBD_NUM_EN, APBD_NUM_EMPTY), 0);
    assert_int_equal(parse("Rp -", APBD_NUM_ID, APBD_NUM_EMPTY), 0);
    assert_int_equal(parse("0", APBD_NUM_NEUTRAL, APBD_NUM_OK), 0);
}

static void test_money_neutral_reads_whole_numbers(void **state)
{
    (void)state;
    assert_int_equal(parse("1500000", APBD_NUM_NEUTRAL, APBD_NUM_OK), 150000000);
    assert_int_equal(parse("12.5", APBD_NUM_NEUTRAL, APBD_NUM_OK), 1250);
    parse("1.500", APBD_NUM_NEUTRAL, APBD_NUM_BAD);     /* thousands or decimals? */
}

static void test_money_precision_and_overflow(void **state)
{
    (void)state;
    parse("1,234", APBD_NUM_ID, APBD_NUM_PRECISION);
    assert_int_equal(parse("1,230", APBD_NUM_ID, APBD_NUM_OK), 123);     /* trailing zero */
    parse("99999999999999999999", APBD_NUM_EN, APBD_NUM_OVERFLOW);
    parse("92233720368547758.08", APBD_NUM_EN, APBD_NUM_OVERFLOW);
    assert_int_equal(parse("92233720368547758.07", APBD_NUM_EN, APBD_NUM_OK), INT64_MAX);
}

static void test_money_evidence(void **state)
{
    (void)state;
    assert_int_equal(apbd_number_evidence("1.234.567", 9), APBD_NUM_ID);
    assert_int_equal(apbd_number_evidence("1.500", 5), APBD_NUM_ID);
    assert_int_equal(apbd_number_evidence("12,50", 5), APBD_NUM_ID);
    assert_int_equal(apbd_number_evidence("1,500", 5), APBD_NUM_EN);
    assert_int_equal(apbd_number_evidence("12.50", 5), APBD_NUM_EN);
    assert_int_equal(apbd_number_evidence("1.234,5", 7), APBD_NUM_ID);
    assert_int_equal(apbd_number_evidence("1,234.5", 7), APBD_NUM_EN);
    assert_int_equal(apbd_number_evidence("1500", 4), APBD_NUM_NEUTRAL);
    assert_int_equal(apbd_number_evidence("1000.505", 8), APBD_NUM_EN);   /* not grouped */
    assert_int_equal(apbd_number_evidence("1000,505", 8), APBD_NUM_ID);
    assert_int_equal(apbd_number_evidence("abc", 3), APBD_NUM_NEUTRAL);
}

static void test_money_checked_add(void **state)
{
    (void)state;
    int64_t acc = INT64_MAX - 1;
    assert_int_equal(apbd_money_add(&acc, 1), 0);
    assert_int_equal(acc, INT64_MAX);
    assert_int_equal(apbd_money_add(&acc, 1), -1);
    assert_int_equal(acc, INT64_MAX);
    acc = INT64_MIN;
    assert_int_equal(apbd_money_sub(&acc, 1), -1);
}

static void test_money_format(void **state)
{
    (void)state;
    char b[APBD_MONEY_BUF];
    assert_string_equal(apbd_money_format_plain(b, 150000000), "1500000");
    assert_string_equal(apbd_money_format_plain(b, 123456789), "1234567.89");
    assert_string_equal(apbd_money_format_plain(b, -50), "-0.50");
    assert_string_equal(apbd_money_format_plain(b, 5), "0.05");
    assert_string_equal(apbd_money_format_plain(b, INT64_MIN), "-92233720368547758.08");
    assert_string_equal(apbd_money_format_grouped(b, 123456789, APBD_NUM_ID), "1.234.567,89");
    assert_string_equal(apbd_money_format_grouped(b, 100000000, APBD_NUM_EN), "1,000,000");
}

static void test_percent_rounds_half_away_from_zero(void **state)
{
    (void)state;
    char b[APBD_MONEY_BUF];
    assert_string_equal(apbd_percent_format(b, 1, 8, APBD_NUM_EN), "12.50");
    assert_string_equal(apbd_percent_format(b, 1, 3, APBD_NUM_ID), "33,33");
    assert_string_equal(apbd_percent_format(b, 2, 3, APBD_NUM_EN), "66.67");
    assert_string_equal(apbd_percent_format(b, 1, 80000, APBD_NUM_EN), "0.00");  /* 0.00125 */
    assert_string_equal(apbd_percent_format(b, 1, 20000, APBD_NUM_EN), "0.01");  /* 0.005: half, up */
    assert_string_equal(apbd_percent_format(b, -1, 20000, APBD_NUM_EN), "-0.01");
    assert_string_equal(apbd_percent_format(b, 1, 40000, APBD_NUM_EN), "0.00");  /* 0.0025 */
    assert_null(apbd_percent_format(b, 5, 0, APBD_NUM_EN));
    assert_string_equal(b, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_money_indonesian),
        cmocka_unit_test(test_money_english),
        cmocka_unit_test(test_money_zero_and_empty),
        cmocka_unit_test(test_money_neutral_reads_whole_numbers),
        cmocka_unit_test(test_money_precision_and_overflow),
        cmocka_unit_test(test_money_evidence),
        cmocka_unit_test(test_money_checked_add),
        cmocka_unit_test(test_money_format),
        cmocka_unit_test(test_percent_rounds_half_away_from_zero),
    };
    return cmocka_run_group_tests_name("money", tests, NULL, NULL);
}
