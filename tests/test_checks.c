/* test_checks.c: warnings within a month and between months; the chart;
 * finding exports in a budgets directory. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "apbd/budgets.h"
#include "apbd/checks.h"
#include "apbd/coa.h"
#include "apbd/import.h"
#include "apbd/report.h"

static void load(struct apbd_table *t, const char *name, const char *text)
{
    FILE *f = fmemopen((void *)text, strlen(text), "rb");
    struct apbd_report quiet;
    apbd_report_init(&quiet, NULL, APBD_LANG_EN);
    apbd_table_init(t);
    assert_int_equal(apbd_import_stream(t, f, name, NULL, &quiet), 0);
    fclose(f);
}

static char *run(void (*fn)(const struct apbd_table *, const struct apbd_table *,
                            struct apbd_report *),
                 const struct apbd_table *a, const struct apbd_table *b, unsigned *warnings)
{
    char *buf = NULL;
    size_t len;
    FILE *out = open_memstream(&buf, &len);
    struct apbd_report rep;
    apbd_report_init(&rep, out, APBD_LANG_EN);
    fn(a, b, &rep);
    fclose(out);
    *warnings = rep.warnings;
    return buf;
}

static void lines_only(const struct apbd_table *a, const struct apbd_table *b,
                       struct apbd_report *rep)
{
    (void)b;
    apbd_check_lines(a, rep);
}

#define H "kode_skpd,kode_sub_kegiatan,kode_rekening,uraian,sumber_dana,anggaran,realisasi\n"
#define K "1.02.0.00.0.00.01.0000,1.02.02.2.01.0001,"

static void test_checks_repeated_and_same_key(void **state)
{
    (void)state;
    struct apbd_table t;
    load(&t, "2024-03.csv", H K "5.1.02.01.01.0024,ATK,DAU,100,10\n"
                              K "5.1.02.01.01.0024,ATK,DAU,100,10\n"
                              K "5.1.02.01.01.0024,ATK lain,DAU,50,0\n"
                              K "5.1.02.01.01.0024,ATK,PAD,100,10\n");
    unsigned w;
    char *out = run(lines_only, &t, NULL, &w);
    /* an exact repeat is a warning; lines per paket or komponen are normal,
     * said once with their count */
    assert_int_equal(w, 1);
    assert_non_null(strstr(out, "2024-03.csv:3: warning: this line repeats line 2 exactly"));
    assert_non_null(strstr(out, "2024-03.csv:4: note: 1 lines share their SKPD, sub kegiatan, account "
                                "and sumber dana with another line"));
    free(out);
    apbd_table_release(&t);
}

static void test_checks_over_budget_only_for_spending(void **state)
{
    (void)state;
    struct apbd_table t;
    load(&t, "2024-03.csv", H K "5.1.02.01.01.0024,ATK,DAU,100,150\n"
                              ",,4.1.01.06.01.0001,Pajak Hotel,PAD,100,150\n"
                              ",,6.2.02.01.01.0001,Penyertaan Modal,PAD,100,101\n");
    unsigned w;
    char *out = run(lines_only, &t, NULL, &w);
    assert_int_equal(w, 2);
    assert_non_null(strstr(out, "realisasi 150 exceeds anggaran 100 (150.00%)"));
    assert_null(strstr(out, ":3:"));
    free(out);
    apbd_table_release(&t);
}

static void test_checks_correction_and_revision(void **state)
{
    (void)state;
    struct apbd_table may, jun;
    load(&may, "2024-05.csv", H K "5.1.02.01.01.0024,ATK,DAU,100,50\n"
                                K "5.1.02.01.01.0026,Kertas,DAU,100,50\n"
                                K "5.1.02.01.01.0027,Map,DAU,100,50\n");
    load(&jun, "2024-06.csv", H K "5.1.02.01.01.0024,ATK,DAU,100,40\n"
                                K "5.1.02.01.01.0026,Kertas,DAU,120,60\n"
                                K "5.1.02.01.01.0028,Baru,DAU,100,0\n");
    unsigned w;
    char *out = run(apbd_check_continuity, &jun, &may, &w);
    assert_int_equal(w, 2);
    assert_non_null(strstr(out, "2024-06.csv:2:"));
    assert_non_null(strstr(out, "cumulative realisasi went down from 50 (in 2024-05) to 40"));
    assert_non_null(strstr(out, "anggaran changed from 100 (in 2024-05) to 120"));
    free(out);
    apbd_table_release(&may);
    apbd_table_release(&jun);
}

static void test_checks_lines_of_one_key_are_summed_across_months(void **state)
{
    (void)state;
    struct apbd_table may, jun;
    load(&may, "2024-05.csv", H K "5.1.02.01.01.0024,ATK,DAU,100,50\n");
    load(&jun, "2024-06.csv", H K "5.1.02.01.01.0024,ATK 1,DAU,60,30\n"
                                K "5.1.02.01.01.0024,ATK 2,DAU,40,30\n");
    unsigned w;
    char *out = run(apbd_check_continuity, &jun, &may, &w);
    assert_int_equal(w, 0);
    free(out);
    apbd_table_release(&may);
    apbd_table_release(&jun);
}

static void test_coa_find_and_nearest(void **state)
{
    (void)state;
    struct apbd_coa coa;
    struct apbd_report rep;
    apbd_report_init(&rep, stderr, APBD_LANG_EN);
    assert_int_equal(apbd_coa_load(&coa, "permendagri-90-2019.csv", "Permendagri 90/2019", &rep), 0);
    const struct apbd_coa_entry *e = apbd_coa_find(&coa, "5.1.02", 6);
    assert_non_null(e);
    assert_string_equal(e->nama, "Belanja Barang dan Jasa");
    assert_int_equal(e->level, 3);
    assert_null(apbd_coa_find(&coa, "5.1.0", 5));
    assert_non_null(apbd_coa_find(&coa, "5.1.02.99", 6));      /* a prefix: len counts */
    e = apbd_coa_nearest(&coa, "4.1.07", 6);
    assert_string_equal(e->kode, "4.1.04");
    apbd_coa_release(&coa);
}

static void test_budgets_found_in_period_order(void **state)
{
    (void)state;
    char dir[] = "/tmp/apbd-budgets-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    const char *files[] = { "2025/2025-01.csv", "2024/2024-12.csv", "2024/2024-02.csv",
                            "2024/anggaran-kas.csv", "2024/2024-13.csv" };
    snprintf(path, sizeof(path), "%s/2024", dir);
    mkdir(path, 0700);
    snprintf(path, sizeof(path), "%s/2025", dir);
    mkdir(path, 0700);
    for (size_t i = 0; i < 5; i++) {
        snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
        fclose(fopen(path, "w"));
    }
    struct apbd_export_list list;
    const char *bad;
    const char *paths[] = { dir };
    assert_int_equal(apbd_budgets_find(paths, 1, &list, &bad), 0);
    assert_int_equal(list.count, 3);
    assert_string_equal(list.items[0].period, "2024-02");
    assert_string_equal(list.items[1].period, "2024-12");
    assert_string_equal(list.items[2].period, "2025-01");
    apbd_export_list_release(&list);
    char prev[8];
    apbd_period_previous("2025-01", prev);
    assert_string_equal(prev, "2024-12");
    apbd_period_previous("2024-10", prev);
    assert_string_equal(prev, "2024-09");
    char cmd[300];
    snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_checks_repeated_and_same_key),
        cmocka_unit_test(test_checks_over_budget_only_for_spending),
        cmocka_unit_test(test_checks_correction_and_revision),
        cmocka_unit_test(test_checks_lines_of_one_key_are_summed_across_months),
        cmocka_unit_test(test_coa_find_and_nearest),
        cmocka_unit_test(test_budgets_found_in_period_order),
    };
    return cmocka_run_group_tests_name("checks", tests, NULL, NULL);
}
