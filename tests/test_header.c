/* test_header.c: header names and synonyms. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "apbd/header.h"

static enum apbd_col match(const char *s)
{
    return apbd_header_match(s, strlen(s));
}

static void test_header_key_folds_case_and_punctuation(void **state)
{
    (void)state;
    char key[96];
    assert_string_equal(apbd_header_key("Realisasi s.d. Bulan Ini", 24, key, sizeof(key)),
                        "realisasi_s_d_bulan_ini");
    assert_string_equal(apbd_header_key("  KODE REKENING ", 16, key, sizeof(key)), "kode_rekening");
    assert_string_equal(apbd_header_key("Anggaran (Rp)", 13, key, sizeof(key)), "anggaran_rp");
}

static void test_header_synonyms(void **state)
{
    (void)state;
    assert_int_equal(match("Kode Rekening"), APBD_COL_KODE_REKENING);
    assert_int_equal(match("KODE_REKENING"), APBD_COL_KODE_REKENING);
    assert_int_equal(match("kd_rek"), APBD_COL_KODE_REKENING);
    assert_int_equal(match("No. Rekening"), APBD_COL_KODE_REKENING);
    assert_int_equal(match("Anggaran Setelah Perubahan"), APBD_COL_ANGGARAN_PERUBAHAN);
    assert_int_equal(match("Anggaran Murni"), APBD_COL_ANGGARAN_MURNI);
    assert_int_equal(match("Realisasi s.d. Bulan Ini"), APBD_COL_REALISASI);
    assert_int_equal(match("Realisasi s.d. Bulan Lalu"), APBD_COL_REALISASI_LALU);
    assert_int_equal(match("Realisasi Bulan Ini"), APBD_COL_REALISASI_BULAN);
    assert_int_equal(match("%"), APBD_COL_PERSEN);
    assert_int_equal(match("(%)"), APBD_COL_PERSEN);
    assert_int_equal(match("Nama Program"), APBD_COL_NAMA_PROGRAM);
    assert_int_equal(match("Keterangan"), APBD_COL_NONE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_header_key_folds_case_and_punctuation),
        cmocka_unit_test(test_header_synonyms),
    };
    return cmocka_run_group_tests_name("header", tests, NULL, NULL);
}
