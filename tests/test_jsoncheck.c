/* test_jsoncheck.c: big JSON read back in pieces, and every fault found. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "apbd/jsoncheck.h"

static char path[] = "/tmp/apbd-test-jsoncheck-XXXXXX";

static int check_text(const char *text, json_object **kept)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return apbd_json_check_file(path, "ringkasan", kept);
}

static void test_jsoncheck_valid_and_kept(void **state)
{
    (void)state;
    json_object *k = NULL;
    assert_int_equal(check_text("{\"a\":1,\"ringkasan\":{\"x\":{\"y\":[1,2]}},\"b\":[{\"c\":[[]]},"
                                "null,true,-1.5e3,\"s\\\"}\"],\"e\":{},\"f\":[]}\n", &k), 0);
    assert_non_null(k);
    json_object *x = NULL;
    assert_true(json_object_object_get_ex(k, "x", &x));
    json_object_put(k);
    assert_int_equal(check_text("{}", &k), 0);
    assert_null(k);
}

static void test_jsoncheck_faults(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "", "[1,2]", "{\"a\":1", "{\"a\":1,}", "{\"a\":[1,2}", "{\"a\":[1 2]}",
        "{\"a\":1} x", "{\"a\":{\"b\":tru}}", "{a:1}", "{\"a\":[{\"b\":1,\"c\"}]}",
        "{\"a\":\"unterminated}",
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        json_object *k = NULL;
        if (check_text(bad[i], &k) != -1)
            fail_msg("accepted: %s", bad[i]);
        assert_null(k);
    }
    json_object *k = NULL;
    assert_int_equal(apbd_json_check_file("/nonexistent/x.json", "ringkasan", &k), -1);
}

/* Values cut by the reader's buffer are still parsed whole. */
static void test_jsoncheck_across_buffers(void **state)
{
    (void)state;
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs("{\"baris\":[", f);
    for (int i = 0; i < 20000; i++)
        fprintf(f, "%s{\"kode\":\"5.1.01.%06d\",\"uraian\":\"Belanja \\u00e9 %d\",\"n\":%d.%02d}",
                i ? "," : "", i, i, i * 7, i % 100);
    fputs("],\"ringkasan\":{\"belanja\":{\"anggaran\":123456789012.34}}}", f);
    fclose(f);
    json_object *k = NULL;
    assert_int_equal(apbd_json_check_file(path, "ringkasan", &k), 0);
    assert_non_null(k);
    json_object_put(k);
    /* one byte changed deep inside fails it: a ':' after a key, past the
     * first few buffers, becomes ';' */
    f = fopen(path, "r+b");
    fseek(f, 400000, SEEK_SET);
    char window[4096];
    size_t n = fread(window, 1, sizeof(window) - 1, f);
    window[n] = '\0';
    char *colon = strstr(window, "\"n\":");
    assert_non_null(colon);
    fseek(f, 400000 + (colon - window) + 3, SEEK_SET);
    fputc(';', f);
    fclose(f);
    assert_int_equal(apbd_json_check_file(path, "ringkasan", &k), -1);
}

static int make_path(void **state)
{
    (void)state;
    int fd = mkstemp(path);
    if (fd < 0)
        return -1;
    close(fd);
    return 0;
}

static int remove_path(void **state)
{
    (void)state;
    unlink(path);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsoncheck_valid_and_kept),
        cmocka_unit_test(test_jsoncheck_faults),
        cmocka_unit_test(test_jsoncheck_across_buffers),
    };
    return cmocka_run_group_tests(tests, make_path, remove_path);
}
