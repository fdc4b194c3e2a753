/* test_codes.c: canonical spelling of codes. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "apbd/codes.h"

static void norm(const char *in, const struct apbd_code_shape *shape,
                 enum apbd_code_result want, const char *out)
{
    char buf[APBD_CODE_MAX];
    assert_int_equal(apbd_code_normalise(in, strlen(in), shape, buf), want);
    if (want != APBD_CODE_BAD)
        assert_string_equal(buf, out);
}

static void test_codes_canonical_is_same(void **state)
{
    (void)state;
    norm("5.1.02.01.01.0024", &apbd_shape_account_90, APBD_CODE_SAME, "5.1.02.01.01.0024");
    norm("4", &apbd_shape_account_90, APBD_CODE_SAME, "4");
    norm("", &apbd_shape_account_90, APBD_CODE_SAME, "");
}

static void test_codes_spaces_apostrophe_trailing_dot(void **state)
{
    (void)state;
    const struct apbd_code_shape *a = &apbd_shape_account_90;
    norm(" 5.1.02.01.01.0024 ", a, APBD_CODE_CHANGED, "5.1.02.01.01.0024");
    norm("'5.1.02.01.01.0024", a, APBD_CODE_CHANGED, "5.1.02.01.01.0024");
    norm("5. 1. 02 .01", a, APBD_CODE_CHANGED, "5.1.02.01");
    norm("5.1.02.", a, APBD_CODE_CHANGED, "5.1.02");
    norm("=\"5.1.02\"", a, APBD_CODE_CHANGED, "5.1.02");
    norm("5.1.02\xC2\xA0", a, APBD_CODE_CHANGED, "5.1.02");
}

static void test_codes_one_digit_segments_padded(void **state)
{
    (void)state;
    norm("4.1.4.15", &apbd_shape_account_90, APBD_CODE_CHANGED, "4.1.04.15");
    norm("4.1.1.6.1.1", &apbd_shape_account_90, APBD_CODE_CHANGED, "4.1.01.06.01.0001");
    norm("1.2.2.2.1.1", &apbd_shape_sub_kegiatan_90, APBD_CODE_CHANGED, "1.02.02.2.01.0001");
}

static void test_codes_malformed(void **state)
{
    (void)state;
    const struct apbd_code_shape *a = &apbd_shape_account_90;
    norm("5.1.X2", a, APBD_CODE_BAD, NULL);
    norm("5.1.002", a, APBD_CODE_BAD, NULL);           /* wider than the segment */
    norm("5.1.02.01.01.0024.7", a, APBD_CODE_BAD, NULL);
    norm("5..1", a, APBD_CODE_BAD, NULL);
    norm("1.02.02.2.01", &apbd_shape_sub_kegiatan_90, APBD_CODE_BAD, NULL);
    norm("1.02.0.00.0.00.01.0000", NULL, APBD_CODE_SAME, "1.02.0.00.0.00.01.0000");
    norm("1.02.0.00.X", NULL, APBD_CODE_BAD, NULL);
    /* SIPD's supporting programs, for every urusan: X.XX */
    norm("X.XX.01.2.06.0004", &apbd_shape_sub_kegiatan_90, APBD_CODE_SAME, "X.XX.01.2.06.0004");
    norm("x.xx.01.2.06.0004", &apbd_shape_sub_kegiatan_90, APBD_CODE_CHANGED, "X.XX.01.2.06.0004");
    norm("X.X1.01.2.06.0004", &apbd_shape_sub_kegiatan_90, APBD_CODE_BAD, NULL);
    norm("5.X.01", a, APBD_CODE_BAD, NULL);
    /* 13/2006 as SIMDA numbered it in some years: a zero more */
    norm("5.1.1.01.001", &apbd_shape_account_13, APBD_CODE_CHANGED, "5.1.1.01.01");
    /* past the 99th rincian the three digits are the number */
    norm("5.1.6.03.100.", &apbd_shape_account_13, APBD_CODE_CHANGED, "5.1.6.03.100");
    norm("5.1.1.01.101", &apbd_shape_account_13, APBD_CODE_SAME, "5.1.1.01.101");
    norm("5.1.1.101.01", &apbd_shape_account_13, APBD_CODE_BAD, NULL);
    norm("5.1.1.01.1001", &apbd_shape_account_13, APBD_CODE_BAD, NULL);
}

static void test_codes_segments_and_prefix(void **state)
{
    (void)state;
    assert_int_equal(apbd_code_segments("5.1.02.01.01.0024"), 6);
    assert_int_equal(apbd_code_segments(""), 0);
    assert_int_equal(apbd_code_prefix_len("5.1.02.01.01.0024", 3), 6);
    assert_int_equal(apbd_code_prefix_len("5.1.02", 5), 6);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_codes_canonical_is_same),
        cmocka_unit_test(test_codes_spaces_apostrophe_trailing_dot),
        cmocka_unit_test(test_codes_one_digit_segments_padded),
        cmocka_unit_test(test_codes_malformed),
        cmocka_unit_test(test_codes_segments_and_prefix),
    };
    return cmocka_run_group_tests_name("codes", tests, NULL, NULL);
}
