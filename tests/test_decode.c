/* test_decode.c: encoding detection and line reading. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "apbd/decode.h"

static void sniff(const char *bytes, size_t len, struct apbd_sniff *s)
{
    FILE *f = fmemopen((void *)bytes, len, "rb");
    assert_int_equal(apbd_decode_sniff(f, s), 0);
    fclose(f);
}

static void test_decode_sniff_utf8_and_bom(void **state)
{
    (void)state;
    struct apbd_sniff s;
    sniff("a,b\nCaf\xC3\xA9\n", 10, &s);
    assert_int_equal(s.encoding, APBD_ENC_UTF8);
    sniff("\xEF\xBB\xBF" "a\n", 5, &s);
    assert_int_equal(s.encoding, APBD_ENC_UTF8_BOM);
}

static void test_decode_sniff_windows_1252(void **state)
{
    (void)state;
    struct apbd_sniff s;
    sniff("Caf\xE9 \x97 x\r\n", 11, &s);
    assert_int_equal(s.encoding, APBD_ENC_CP1252);
    assert_int_equal(s.crlf, 1);
}

static void test_decode_sniff_utf16_and_nul(void **state)
{
    (void)state;
    struct apbd_sniff s;
    sniff("\xFF\xFE" "a\0b\0", 6, &s);
    assert_true(s.utf16);
    sniff("ab\ncd\0e", 7, &s);
    assert_false(s.utf16);
    assert_int_equal(s.nul_line, 2);
    assert_int_equal(s.nul_col, 3);
}

static void test_decode_lines_converted_and_numbered(void **state)
{
    (void)state;
    const char bytes[] = "Caf\xE9\r\nx\x81y\nlast";
    FILE *f = fmemopen((void *)bytes, sizeof(bytes) - 1, "rb");
    struct apbd_decoder d;
    assert_int_equal(apbd_decoder_open(&d, f, APBD_ENC_CP1252), 0);
    assert_int_equal(apbd_decoder_next(&d), 1);
    assert_string_equal(d.line, "Caf\xC3\xA9\r\n");
    assert_int_equal(d.lineno, 1);
    assert_int_equal(apbd_decoder_next(&d), 1);
    assert_int_equal(d.bad_col, 2);
    assert_string_equal(d.bad_bytes, "\\x81");
    assert_string_equal(d.line, "x\xEF\xBF\xBDy\n");
    assert_int_equal(apbd_decoder_next(&d), 1);
    assert_string_equal(d.line, "last");
    assert_int_equal(d.lineno, 3);
    assert_int_equal(apbd_decoder_next(&d), 0);
    apbd_decoder_close(&d);
    fclose(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decode_sniff_utf8_and_bom),
        cmocka_unit_test(test_decode_sniff_windows_1252),
        cmocka_unit_test(test_decode_sniff_utf16_and_nul),
        cmocka_unit_test(test_decode_lines_converted_and_numbered),
    };
    return cmocka_run_group_tests_name("decode", tests, NULL, NULL);
}
