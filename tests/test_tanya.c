/* test_tanya.c: question links, with every value encoded. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "apbd/tanya.h"

static const struct apbd_tanya hostile = {
    .kode = "5.1.02.01.01.0024",
    .nama = "ATK & \"kertas\" <script>#x?y=1 é",
    .periode = "2024-07",
    .halaman = "https://data.example.go.id/apbd/2024/07/skpd/1.02/index.html#s-1",
    .anggaran = 123456789,
    .realisasi = -5,
};

static void test_tanya_template_encodes_every_value(void **state)
{
    (void)state;
    char *u = apbd_tanya_url("https://lapor.example.go.id/t?k={kode}&n={nama}&p={periode}"
                             "&a={anggaran}&r={realisasi}&h={halaman}&x={unknown}",
                             &hostile);
    assert_non_null(u);
    assert_string_equal(u, "https://lapor.example.go.id/t?k=5.1.02.01.01.0024"
                           "&n=ATK%20%26%20%22kertas%22%20%3Cscript%3E%23x%3Fy%3D1%20%C3%A9"
                           "&p=2024-07&a=1.234.567%2C89&r=-0%2C05"
                           "&h=https%3A%2F%2Fdata.example.go.id%2Fapbd%2F2024%2F07%2Fskpd%2F1.02%2Findex.html%23s-1"
                           "&x={unknown}");
    free(u);
}

static void test_tanya_mailto(void **state)
{
    (void)state;
    char *u = apbd_tanya_url("ppid@kotacontoh.go.id", &hostile);
    assert_non_null(u);
    assert_memory_equal(u, "mailto:ppid@kotacontoh.go.id?subject=Pertanyaan%20APBD%202024-07%3A%205.1.02",
                        strlen("mailto:ppid@kotacontoh.go.id?subject=Pertanyaan%20APBD%202024-07%3A%205.1.02"));
    assert_non_null(strstr(u, "&body=Kode%3A%205.1.02.01.01.0024%0ANama%3A%20ATK%20%26%20"));
    assert_null(strchr(strstr(u, "&body=") + 1, '&'));     /* no parameter smuggled in */
    assert_null(strchr(u, ' '));
    free(u);
}

static void test_tanya_unusable_channels(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "", "javascript:alert(1)", "ftp://example.go.id/", "ppid@example.go.id?cc=x@evil",
        "a@b@c", "@example.go.id", "data:text/html,x", "//example.go.id/t",
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        assert_false(apbd_tanya_usable(bad[i]));
        assert_null(apbd_tanya_url(bad[i], &hostile));
    }
    assert_false(apbd_tanya_usable(NULL));
    assert_true(apbd_tanya_usable("HTTPS://lapor.go.id/"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tanya_template_encodes_every_value),
        cmocka_unit_test(test_tanya_mailto),
        cmocka_unit_test(test_tanya_unusable_channels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
