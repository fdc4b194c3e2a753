/* test_plan.c: anggaran kas (both shapes, reconciliation, APBD-P, ranking)
 * and realisasi fisik (values, agreement, decreases, its own file). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "apbd/catatan.h"
#include "apbd/fisik.h"
#include "apbd/import.h"
#include "apbd/kas.h"
#include "apbd/model.h"
#include "apbd/progress.h"
#include "apbd/report.h"
#include "apbd/status.h"

#define H "kode_skpd,nama_skpd,kode_sub_kegiatan,kode_rekening,uraian,sumber_dana,anggaran,realisasi\n"
#define DK "1.02.0.00.0.00.01.0000,Dinkes,"
#define PU "1.03.0.00.0.00.01.0000,Dinas PU,"
#define BK "8.01.0.00.0.00.01.0000,Kesbangpol,"

/* Dinkes: two sub kegiatan (1200 + 600), PU: one (2400), Kesbangpol: one (1200). */
static const char export_jul[] =
    H DK "1.02.02.2.01.0001,5.1.02.01.01.0001,ATK,DAU,1000,600\n"
      DK "1.02.02.2.01.0001,5.1.02.01.01.0002,Kertas,DAU,200,100\n"
      DK "1.02.02.2.02.0003,5.1.02.01.01.0001,ATK,PAD,600,300\n"
      PU "1.03.10.2.01.0004,5.3.02.01.01.0001,Jalan,DAU,2400,200\n"
      BK "8.01.04.2.02.0001,5.4.01.05.05.0001,Hibah,PAD,1200,240\n";

static char dir[] = "/tmp/apbd-test-plan-XXXXXX";

static int setup(void **state)
{
    (void)state;
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
    return system(cmd);
}

static const char *put(const char *name, const char *text)
{
    static char path[256];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return path;
}

struct fixture {
    struct apbd_table t;
    struct apbd_month m;
    struct apbd_kas kas;
    int64_t *line_kas;
    char *messages;
    int status;
};

static void import(struct apbd_table *t, const char *name, const char *text)
{
    struct apbd_report quiet;
    apbd_report_init(&quiet, NULL, APBD_LANG_EN);
    apbd_table_init(t);
    char *path = strdup(put(name, text));
    assert_int_equal(apbd_import_file(t, path, NULL, &quiet), APBD_OK);
    t->path = name;             /* the table keeps the pointer: a literal */
    free(path);
}

/* Import export, read plan (as anggaran-kas.csv) and lay it on the month;
 * messages in English into fx->messages. */
static void plan(struct fixture *fx, const char *export, const char *plan_text)
{
    import(&fx->t, "2024-07.csv", export);
    struct apbd_report quiet;
    apbd_report_init(&quiet, NULL, APBD_LANG_EN);
    assert_int_equal(apbd_model_build(&fx->m, &fx->t, NULL, &quiet), APBD_OK);
    size_t len;
    FILE *out = open_memstream(&fx->messages, &len);
    struct apbd_report rep;
    apbd_report_init(&rep, out, APBD_LANG_EN);
    fx->status = apbd_kas_load(&fx->kas, put("anggaran-kas.csv", plan_text), &rep);
    if (fx->status == APBD_OK)
        fx->status = apbd_kas_apply(&fx->kas, &fx->m, &fx->line_kas, &rep);
    fclose(out);
}

static void release(struct fixture *fx)
{
    free(fx->line_kas);
    free(fx->messages);
    apbd_kas_release(&fx->kas);
    apbd_model_release(&fx->m);
    apbd_table_release(&fx->t);
}

static int64_t planned(const struct apbd_month *m, const char *key, int month)
{
    const struct apbd_node *n = apbd_model_find(m, APBD_TREE_ORG, key);
    assert_non_null(n);
    assert_non_null(n->kas);
    return apbd_kas_to(n->kas, month);
}

#define MONTHS "Januari,Februari,Maret,April,Mei,Juni,Juli,Agustus,September,Oktober,November,Desember"

static const char wide[] =
    "kode_skpd,nama_skpd,kode_sub_kegiatan,tahap," MONTHS "\n"
    "1.02.0.00.0.00.01.0000,Dinkes,1.02.02.2.01.0001,murni,100,100,100,100,100,100,100,100,100,100,100,100\n"
    "1.02.0.00.0.00.01.0000,Dinkes,1.02.02.2.02.0003,murni,50,50,50,50,50,50,50,50,50,50,50,50\n"
    "1.03.0.00.0.00.01.0000,PU,1.03.10.2.01.0004,murni,0,0,400,400,400,400,400,400,0,0,0,0\n"
    "8.01.0.00.0.00.01.0000,Kesbangpol,8.01.04.2.02.0001,,0,0,0,0,0,0,1200,0,0,0,0,0\n";

static void test_kas_wide_shape(void **state)
{
    (void)state;
    struct fixture fx = { 0 };
    plan(&fx, export_jul, wide);
    assert_int_equal(fx.status, APBD_OK);
    assert_true(fx.kas.wide);
    assert_int_equal(fx.kas.count, 4);
    assert_string_equal(fx.messages, "");
    /* July: seven months of each plan, summed up the tree to the root. */
    assert_int_equal(planned(&fx.m, "1.02.0.00.0.00.01.0000/1.02.02.2.01.0001", 7), 70000);
    assert_int_equal(planned(&fx.m, "1.02.0.00.0.00.01.0000", 7), 105000);
    assert_int_equal(planned(&fx.m, "1.03.0.00.0.00.01.0000", 7), 200000);
    assert_int_equal(apbd_kas_to(fx.m.root[APBD_TREE_ORG].kas, 7), 105000 + 200000 + 120000);
    assert_null(fx.line_kas);       /* no plan per account line */
    release(&fx);
}

/* The same plan one row per month, with months as names, numbers and
 * year-month, in Indonesian number style with ';'. */
static void test_kas_long_shape_same_plan(void **state)
{
    (void)state;
    char text[8192] = "Kode SKPD;Kode Sub Kegiatan;Bulan;Anggaran Kas\n";
    static const char *const subs[][2] = {
        { "1.02.0.00.0.00.01.0000", "1.02.02.2.01.0001" },
        { "1.02.0.00.0.00.01.0000", "1.02.02.2.02.0003" },
        { "1.03.0.00.0.00.01.0000", "1.03.10.2.01.0004" },
        { "8.01.0.00.0.00.01.0000", "8.01.04.2.02.0001" },
    };
    static const char *const name[] = { "1", "Februari", "2024-03", "april", "05", "Juni 2024",
                                        "Jul", "Agustus", "9", "Okt", "November", "12" };
    for (int s = 0; s < 4; s++)
        for (int m = 0; m < 12; m++) {
            const char *amount = s == 0 ? "100,00" : s == 1 ? "50" : s == 2
                ? (m >= 2 && m <= 7 ? "400" : "0") : (m == 6 ? "1.200,00" : "0");
            char row[160];
            snprintf(row, sizeof(row), "%s;%s;%s;%s\n", subs[s][0], subs[s][1], name[m], amount);
            strcat(text, row);
        }
    struct fixture a = { 0 }, b = { 0 };
    plan(&a, export_jul, text);
    plan(&b, export_jul, wide);
    assert_int_equal(a.status, APBD_OK);
    assert_false(a.kas.wide);
    assert_string_equal(a.messages, "");
    assert_int_equal(a.kas.count, b.kas.count);
    for (size_t i = 0; i < a.kas.count; i++)
        assert_memory_equal(a.kas.items[i].bulan, b.kas.items[i].bulan, sizeof(a.kas.items[i].bulan));
    release(&a);
    release(&b);
}

static void test_kas_reconciliation_warning(void **state)
{
    (void)state;
    struct fixture fx = { 0 };
    /* Dinkes's first sub kegiatan plans 1199.99 of its 1200. */
    plan(&fx, export_jul,
         "kode_skpd,kode_sub_kegiatan," MONTHS "\n"
         "1.02.0.00.0.00.01.0000,1.02.02.2.01.0001,100,100,100,100,100,100,100,100,100,100,100,99.99\n");
    assert_int_equal(fx.status, APBD_OK);
    assert_non_null(strstr(fx.messages, "anggaran-kas.csv:2:1: warning: the anggaran kas of "
                                        "1.02.0.00.0.00.01.0000 / 1.02.02.2.01.0001 sums to "
                                        "Rp1,199.99 for the year, but its anggaran in 2024-07 is "
                                        "Rp1,200 (off by -Rp0.01)"));
    release(&fx);
}

static const char export_revised[] =
    "kode_skpd,nama_skpd,kode_sub_kegiatan,kode_rekening,uraian,sumber_dana,anggaran_murni,"
    "anggaran_setelah_perubahan,realisasi\n"
    DK "1.02.02.2.01.0001,5.1.02.01.01.0001,ATK,DAU,1200,1500,900\n";

static void test_kas_apbd_p_without_revised_plan_flagged(void **state)
{
    (void)state;
    struct fixture fx = { 0 };
    plan(&fx, export_revised,
         "kode_skpd,kode_sub_kegiatan," MONTHS "\n"
         "1.02.0.00.0.00.01.0000,1.02.02.2.01.0001,100,100,100,100,100,100,100,100,100,100,100,100\n");
    assert_non_null(strstr(fx.messages, "warning: the anggaran of 1.02.0.00.0.00.01.0000 / "
                                        "1.02.02.2.01.0001 was revised by the APBD-Perubahan to "
                                        "Rp1,500 in 2024-07, but its anggaran kas still sums to Rp1,200"));
    assert_non_null(strstr(fx.messages, "tahap"));
    release(&fx);

    /* With the revised plan beside it: used, nothing to say. */
    struct fixture ok = { 0 };
    plan(&ok, export_revised,
         "kode_skpd,kode_sub_kegiatan,tahap," MONTHS "\n"
         "1.02.0.00.0.00.01.0000,1.02.02.2.01.0001,murni,100,100,100,100,100,100,100,100,100,100,100,100\n"
         "1.02.0.00.0.00.01.0000,1.02.02.2.01.0001,perubahan,100,100,100,100,100,100,100,100,400,100,100,100\n");
    assert_string_equal(ok.messages, "");
    assert_int_equal(planned(&ok.m, "1.02.0.00.0.00.01.0000/1.02.02.2.01.0001", 12), 150000);
    release(&ok);
}

static void test_kas_per_account_line(void **state)
{
    (void)state;
    struct fixture fx = { 0 };
    plan(&fx, export_jul,
         "kode_skpd,kode_sub_kegiatan,kode_rekening,bulan,jumlah\n"
         "1.02.0.00.0.00.01.0000,1.02.02.2.01.0001,5.1.02.01.01.0002,3,200\n");
    assert_string_equal(fx.messages, "");
    assert_non_null(fx.line_kas);
    assert_int_equal(fx.line_kas[1], 20000);            /* the Kertas line */
    assert_true(fx.line_kas[0] == INT64_MIN);
    assert_int_equal(planned(&fx.m, "1.02.0.00.0.00.01.0000/1.02.02.2.01.0001", 7), 20000);
    release(&fx);
}

static void test_kas_bad_input_named_by_line_and_column(void **state)
{
    (void)state;
    struct fixture fx = { 0 };
    plan(&fx, export_jul,
         "kode_skpd,kode_sub_kegiatan,tahap,bulan,anggaran_kas\n"
         "1.02.0.00.0.00.01.0000,1.02.02.2.01.0001,,Juni,100\n"
         "1.02.0.00.0.00.01.0000,1.02.02.2.01.0001,,Smarch,100\n"
         "1.02.0.00.0.00.01.0000,1.02.02.2.01.0001,later,Mei,100\n"
         "1.02.0.00.0.00.01.0000,1.02.02.2.01.0001,,Mei,-5\n"
         "1.02.0.00.0.00.01.0000,1.02.02.2.01.0001,,Mei,12abc\n"
         "1.02.0.00.0.00.01.0000,,,Mei,100\n"
         ",1.02.02.2.01.0001,,Mei,100\n"
         ",,Jumlah,Mei,400\n");
    assert_int_equal(fx.status, APBD_EDATA);
    assert_non_null(strstr(fx.messages, "anggaran-kas.csv:8:1: error: an anggaran kas row with amounts "
                                        "but no kode_skpd"));
    assert_null(strstr(fx.messages, "anggaran-kas.csv:9:"));     /* a total row: no plan, no error */
    assert_non_null(strstr(fx.messages, "anggaran-kas.csv:3:43: error: not a month: 'Smarch'"));
    assert_non_null(strstr(fx.messages, "anggaran-kas.csv:4:42: error: unknown anggaran kas stage: 'later'"));
    assert_non_null(strstr(fx.messages, "anggaran-kas.csv:5:47: error: a negative anggaran kas"));
    assert_non_null(strstr(fx.messages, "anggaran-kas.csv:6:47: error: anggaran_kas is not a number: '12abc'"));
    assert_non_null(strstr(fx.messages, "anggaran-kas.csv:7:1: error: the anggaran kas of SKPD "
                                        "1.02.0.00.0.00.01.0000 is given at two levels (line 2 at another)"));
    release(&fx);

    struct fixture nohead = { 0 };
    plan(&nohead, export_jul, "kode_skpd,januari,februari\n1.02.0.00.0.00.01.0000,1,2\n");
    assert_int_equal(nohead.status, APBD_EDATA);
    assert_non_null(strstr(nohead.messages, "anggaran-kas.csv:1:1: error: no anggaran kas header row"));
    release(&nohead);
}

static void test_kas_unknown_code_warned(void **state)
{
    (void)state;
    struct fixture fx = { 0 };
    plan(&fx, export_jul,
         "kode_skpd,kode_sub_kegiatan," MONTHS "\n"
         "1.02.0.00.0.00.01.0000,1.02.02.2.09.0009,1,1,1,1,1,1,1,1,1,1,1,1\n");
    assert_non_null(strstr(fx.messages, "anggaran-kas.csv:2:1: warning: anggaran kas for "
                                        "1.02.0.00.0.00.01.0000 / 1.02.02.2.09.0009, which is not in "
                                        "the export for 2024-07; this plan is not counted"));
    assert_null(fx.m.root[APBD_TREE_ORG].kas);
    release(&fx);
}

static void test_plan_ranking_furthest_behind_first(void **state)
{
    (void)state;
    struct fixture fx = { 0 };
    plan(&fx, export_jul, wide);
    struct apbd_plan_row *rows;
    size_t n = apbd_plan_ranking(&fx.m, 1, &rows);
    assert_int_equal(n, 3);
    /* Kesbangpol 240 of 1200 planned (20%), PU 200 of 2000 (10%),
     * Dinkes 1000 of 1050 (95%). */
    assert_string_equal(rows[0].node->kode, "1.03.0.00.0.00.01.0000");
    assert_int_equal(rows[0].selisih, 20000 - 200000);
    assert_string_equal(rows[1].node->kode, "8.01.0.00.0.00.01.0000");
    assert_string_equal(rows[2].node->kode, "1.02.0.00.0.00.01.0000");
    assert_int_equal(rows[2].rencana, 105000);
    assert_int_equal(rows[2].realisasi, 100000);
    free(rows);
    n = apbd_plan_ranking(&fx.m, 4, &rows);
    assert_int_equal(n, 4);
    assert_string_equal(rows[0].node->kode, "1.03.10.2.01.0004");
    free(rows);
    release(&fx);
}

/* ------------------------------------------------------------ fisik */

static void test_fisik_values(void **state)
{
    (void)state;
    int16_t v;
    assert_int_equal(apbd_fisik_parse("45", 2, APBD_NUM_NEUTRAL, &v), 0);
    assert_int_equal(v, 4500);
    assert_int_equal(apbd_fisik_parse("45,5", 4, APBD_NUM_ID, &v), 0);
    assert_int_equal(v, 4550);
    assert_int_equal(apbd_fisik_parse("100 %", 5, APBD_NUM_NEUTRAL, &v), 0);
    assert_int_equal(v, 10000);
    assert_int_equal(apbd_fisik_parse("", 0, APBD_NUM_NEUTRAL, &v), 0);
    assert_int_equal(v, -1);
    assert_int_equal(apbd_fisik_parse("100.01", 6, APBD_NUM_EN, &v), -1);
    assert_int_equal(apbd_fisik_parse("-3", 2, APBD_NUM_NEUTRAL, &v), -1);
    assert_int_equal(apbd_fisik_parse("lima", 4, APBD_NUM_NEUTRAL, &v), -1);
    assert_int_equal(apbd_fisik_parse("99999999", 8, APBD_NUM_NEUTRAL, &v), -1);
    char buf[16];
    assert_string_equal(apbd_fisik_format(buf, 4550), "45.5");
    assert_string_equal(apbd_fisik_format(buf, 4505), "45.05");
    assert_string_equal(apbd_fisik_format(buf, 10000), "100");
}

#define HF "kode_skpd,nama_skpd,kode_sub_kegiatan,kode_rekening,uraian,sumber_dana,anggaran,realisasi,realisasi_fisik\n"

static char *check_fisik(const char *export, const char *prev_export, const char *notes_md,
                         int *status)
{
    struct apbd_table t, prev;
    import(&t, "2024-07.csv", export);
    if (prev_export)
        import(&prev, "2024-06.csv", prev_export);
    struct apbd_catatan notes = { 0 };
    struct apbd_report quiet;
    apbd_report_init(&quiet, NULL, APBD_LANG_EN);
    if (notes_md)
        assert_int_equal(apbd_catatan_load(&notes, put("2024-07.md", notes_md), &t, &quiet), APBD_OK);
    char *buf = NULL;
    size_t len;
    FILE *out = open_memstream(&buf, &len);
    struct apbd_report rep;
    apbd_report_init(&rep, out, APBD_LANG_EN);
    *status = apbd_fisik_check(&t, prev_export ? &prev : NULL, &notes, &rep);
    fclose(out);
    apbd_catatan_release(&notes);
    if (prev_export)
        apbd_table_release(&prev);
    apbd_table_release(&t);
    return buf;
}

static void test_fisik_column_out_of_range_is_an_error(void **state)
{
    (void)state;
    struct apbd_report rep;
    char *buf = NULL;
    size_t len;
    FILE *out = open_memstream(&buf, &len);
    apbd_report_init(&rep, out, APBD_LANG_EN);
    struct apbd_table t;
    apbd_table_init(&t);
    int r = apbd_import_file(&t, put("2024-07.csv", HF PU "1.03.10.2.01.0004,5.3.02.01.01.0001,Jalan,DAU,2400,200,120\n"),
                             NULL, &rep);
    fclose(out);
    assert_int_equal(r, APBD_EDATA);
    assert_non_null(strstr(buf, "2024-07.csv:2:88: error: realisasi fisik is not a percent from 0 to 100: '120'"));
    free(buf);
    apbd_table_release(&t);
}

static void test_fisik_disagreement_and_decrease(void **state)
{
    (void)state;
    int status;
    char *m = check_fisik(HF PU "1.03.10.2.01.0004,5.3.02.01.01.0001,Jalan,DAU,2400,200,40\n"
                             PU "1.03.10.2.01.0004,5.3.02.01.01.0002,Aspal,DAU,100,0,45\n",
                          NULL, NULL, &status);
    assert_int_equal(status, APBD_EDATA);
    assert_non_null(strstr(m, "2024-07.csv:3:85: error: lines of sub kegiatan 1.03.10.2.01.0004 "
                              "disagree on its realisasi fisik: 45% here, 40% at line 2"));
    free(m);

    static const char june[] = HF PU "1.03.10.2.01.0004,5.3.02.01.01.0001,Jalan,DAU,2400,100,50\n";
    static const char july[] = HF PU "1.03.10.2.01.0004,5.3.02.01.01.0001,Jalan,DAU,2400,200,30\n";
    m = check_fisik(july, june, NULL, &status);
    assert_int_equal(status, APBD_OK);
    assert_non_null(strstr(m, "2024-07.csv:2:88: warning: the realisasi fisik of sub kegiatan "
                              "1.03.10.2.01.0004 went down to 30% from 50% in 2024-06, with no note"));
    free(m);
    /* A note on the sub kegiatan explains it. */
    m = check_fisik(july, june, "## 1.03.0.00.0.00.01.0000\n### 1.03.10.2.01.0004\nDikoreksi: "
                                "pemeriksaan lapangan menemukan pekerjaan 30%.\n", &status);
    assert_string_equal(m, "");
    free(m);
}

static void test_fisik_file_sets_its_sub_kegiatan(void **state)
{
    (void)state;
    struct apbd_table t;
    import(&t, "2024-07.csv", export_jul);
    char *buf = NULL;
    size_t len;
    FILE *out = open_memstream(&buf, &len);
    struct apbd_report rep;
    apbd_report_init(&rep, out, APBD_LANG_EN);
    int r = apbd_fisik_load(&t, put("2024-07-fisik.csv",
                                    "Kode SKPD;Kode Sub Kegiatan;Realisasi Fisik (%)\n"
                                    "1.02.0.00.0.00.01.0000;1.02.02.2.01.0001;62,5\n"
                                    "1.03.0.00.0.00.01.0000;1.03.10.2.99.0004;10\n"
                                    "1.02.0.00.0.00.01.0000;1.02.02.2.01.0001;62,5\n"
                                    "1.02.0.00.0.00.01.0000;1.02.02.2.02.0003;250\n"), &rep);
    fclose(out);
    assert_int_equal(r, APBD_EDATA);
    assert_true(t.has_fisik);
    assert_int_equal(t.lines[0].fisik, 6250);
    assert_int_equal(t.lines[1].fisik, 6250);
    assert_int_equal(t.lines[2].fisik, -1);
    assert_non_null(strstr(buf, "2024-07-fisik.csv:3:24: error: realisasi fisik for sub kegiatan "
                                "1.03.10.2.99.0004 of SKPD 1.03.0.00.0.00.01.0000, which is not in the "
                                "export for 2024-07"));
    assert_non_null(strstr(buf, "2024-07-fisik.csv:4:24: error: the realisasi fisik of sub kegiatan "
                                "1.02.02.2.01.0001 is written twice (first at line 2)"));
    assert_non_null(strstr(buf, "2024-07-fisik.csv:5:42: error: realisasi fisik is not a percent "
                                "from 0 to 100: '250'"));
    free(buf);

    /* Financial against physical: 700 of 1200 paid (58.33%), 62.5% done. */
    struct apbd_month m;
    apbd_report_init(&rep, NULL, APBD_LANG_EN);
    assert_int_equal(apbd_model_build(&m, &t, NULL, &rep), APBD_OK);
    struct apbd_fisik_row *rows;
    size_t n = apbd_fisik_gaps(&m.root[APBD_TREE_ORG], &rows);
    assert_int_equal(n, 1);
    assert_int_equal(rows[0].keuangan, 5833);
    assert_int_equal(rows[0].fisik, 6250);
    assert_int_equal(rows[0].selisih, -417);
    free(rows);
    apbd_model_release(&m);
    apbd_table_release(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kas_wide_shape),
        cmocka_unit_test(test_kas_long_shape_same_plan),
        cmocka_unit_test(test_kas_reconciliation_warning),
        cmocka_unit_test(test_kas_apbd_p_without_revised_plan_flagged),
        cmocka_unit_test(test_kas_per_account_line),
        cmocka_unit_test(test_kas_bad_input_named_by_line_and_column),
        cmocka_unit_test(test_kas_unknown_code_warned),
        cmocka_unit_test(test_plan_ranking_furthest_behind_first),
        cmocka_unit_test(test_fisik_values),
        cmocka_unit_test(test_fisik_column_out_of_range_is_an_error),
        cmocka_unit_test(test_fisik_disagreement_and_decrease),
        cmocka_unit_test(test_fisik_file_sets_its_sub_kegiatan),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
