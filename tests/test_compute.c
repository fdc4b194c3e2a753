/* test_compute.c: the LRA, changes, indicators, within-month realization,
 * and the CSV writer's exact bytes. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "apbd/coa.h"
#include "apbd/compute.h"
#include "apbd/escape.h"
#include "apbd/import.h"
#include "apbd/model.h"
#include "apbd/render.h"
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

#define H "kode_skpd,nama_skpd,kode_sub_kegiatan,kode_rekening,uraian,sumber_dana,anggaran,realisasi\n"
#define DK "1.02.0.00.0.00.01.0000,Dinkes,1.02.02.2.01.0001,"
#define BK "5.02.0.00.0.00.01.0000,BPKAD,,"

static const char *const sample =
    H BK "4.1.01.06.01.0001,Pajak Hotel,PAD,1000.00,600.50\n"
      BK "4.2.01.01.02.0001,DAU,DAU,5000,2500\n"
      DK "5.1.01.01.01.0001,Gaji,DAU,3000,1500\n"
      DK "5.2.02.05.01.0001,Komputer,DAK,2500,100\n"
      BK "6.1.01.05.01.0001,SiLPA,,700,0\n"
      BK "6.2.02.02.01.0001,Penyertaan modal,,200,200\n";

static void test_compute_lra_identities(void **state)
{
    (void)state;
    struct apbd_table t;
    struct apbd_month m;
    struct apbd_lra lra;
    load(&t, "2024-06.csv", sample);
    assert_int_equal(apbd_model_build(&m, &t, NULL, NULL), 0);
    assert_int_equal(apbd_compute_lra(&m, &lra), 0);
    assert_int_equal(lra.pendapatan.anggaran, 600000);
    assert_int_equal(lra.pendapatan.realisasi, 310050);
    assert_int_equal(lra.belanja.anggaran, 550000);
    assert_int_equal(lra.surplus_defisit.anggaran, 50000);
    assert_int_equal(lra.surplus_defisit.realisasi, 310050 - 160000);
    assert_int_equal(lra.pembiayaan_netto.anggaran, 50000);
    assert_int_equal(lra.silpa.anggaran, 100000);
    assert_int_equal(lra.silpa.realisasi, 310050 - 160000 - 20000);
    apbd_model_release(&m);
    apbd_table_release(&t);
}

static void test_model_trees_keep_classes_apart(void **state)
{
    (void)state;
    struct apbd_table t;
    struct apbd_month m;
    load(&t, "2024-06.csv", sample);
    assert_int_equal(apbd_model_build(&m, &t, NULL, NULL), 0);
    const struct apbd_node *bpkad = apbd_model_find(&m, APBD_TREE_ORG, "5.02.0.00.0.00.01.0000");
    assert_non_null(bpkad);
    assert_int_equal(bpkad->s[APBD_PENDAPATAN].anggaran, 600000);
    assert_int_equal(bpkad->s[APBD_BELANJA].anggaran, 0);
    const struct apbd_node *prog = apbd_model_find(&m, APBD_TREE_ORG, "1.02.0.00.0.00.01.0000/1.02.02");
    assert_non_null(prog);
    assert_string_equal(prog->kode, "1.02.02");
    assert_int_equal(prog->level, 2);
    assert_int_equal(prog->s[APBD_BELANJA].realisasi, 160000);
    const struct apbd_node *jenis = apbd_model_find(&m, APBD_TREE_AKUN, "5.2.02");
    assert_int_equal(jenis->s[APBD_BELANJA].anggaran, 250000);
    assert_non_null(apbd_model_find(&m, APBD_TREE_SKPD_JENIS, "1.02.0.00.0.00.01.0000/5.1.01"));
    assert_non_null(apbd_model_find(&m, APBD_TREE_URUSAN, "1.02"));
    apbd_model_release(&m);
    apbd_table_release(&t);
}

static void test_compute_realisasi_within_month(void **state)
{
    (void)state;
    struct apbd_table may, jun;
    struct apbd_month mm, mj;
    load(&may, "2024-05.csv", H DK "5.1.01.01.01.0001,Gaji,DAU,3000,1000\n");
    load(&jun, "2024-06.csv", H DK "5.1.01.01.01.0001,Gaji,DAU,3000,1500\n"
                                 DK "5.1.02.01.01.0001,ATK,DAU,100,40\n");
    apbd_model_build(&mm, &may, NULL, NULL);
    apbd_model_build(&mj, &jun, NULL, NULL);
    int64_t within;
    const struct apbd_node *gaji = apbd_model_find(&mj, APBD_TREE_AKUN, "5.1.01.01.01.0001");
    assert_int_equal(apbd_realisasi_bulan(&mj, &gaji->s[APBD_BELANJA], gaji->had_prev, &within), -1);
    apbd_model_link_previous(&mj, &mm);
    assert_int_equal(apbd_realisasi_bulan(&mj, &gaji->s[APBD_BELANJA], gaji->had_prev, &within), 0);
    assert_int_equal(within, 50000);
    const struct apbd_node *atk = apbd_model_find(&mj, APBD_TREE_AKUN, "5.1.02.01.01.0001");
    assert_false(atk->had_prev);
    apbd_realisasi_bulan(&mj, &atk->s[APBD_BELANJA], atk->had_prev, &within);
    assert_int_equal(within, 4000);
    apbd_model_release(&mm);
    apbd_model_release(&mj);
    apbd_table_release(&may);
    apbd_table_release(&jun);
}

static void test_compute_changes(void **state)
{
    (void)state;
    struct apbd_table may, jun;
    load(&may, "2024-05.csv", H DK "5.1.01.01.01.0001,Gaji,DAU,3000,1000\n"
                                 DK "5.1.02.01.01.0001,ATK,DAU,100,40\n"
                                 DK "5.1.02.01.01.0002,Map,DAU,100,0\n");
    load(&jun, "2024-06.csv", H DK "5.1.01.01.01.0001,Gaji,DAU,3500,900\n"
                                 DK "5.1.02.01.01.0001,ATK,DAU,100,50\n"
                                 DK "5.1.02.01.01.0003,Kertas,DAU,10,0\n");
    struct apbd_changes c;
    apbd_compute_changes(&jun, &may, &c);
    assert_int_equal(c.count, 4);
    assert_int_equal(c.items[0].kind, APBD_CHANGE_REVISION);
    assert_int_equal(c.items[0].anggaran_before, 300000);
    assert_int_equal(c.items[0].anggaran_after, 350000);
    assert_int_equal(c.items[1].kind, APBD_CHANGE_CORRECTION);
    assert_int_equal(c.items[2].kind, APBD_CHANGE_REMOVED);
    assert_string_equal(c.items[2].line->kode_rekening, "5.1.02.01.01.0002");
    assert_int_equal(c.items[3].kind, APBD_CHANGE_NEW);
    apbd_changes_release(&c);
    apbd_table_release(&may);
    apbd_table_release(&jun);
}

/* Against an earlier publication of the same month, a realisasi that went up
 * is a correction too; against the previous month it is not. */
static void test_compute_corrections_count_every_change(void **state)
{
    (void)state;
    struct apbd_table first, fixed;
    load(&first, "2024-05.csv", H DK "5.1.01.01.01.0001,Gaji,DAU,3000,1000\n"
                                   DK "5.1.02.01.01.0001,ATK,DAU,100,40\n");
    load(&fixed, "2024-05.csv", H DK "5.1.01.01.01.0001,Gaji,DAU,3000,1200\n"
                                   DK "5.1.02.01.01.0001,ATK,DAU,100,40\n");
    struct apbd_changes c;
    apbd_compute_changes(&fixed, &first, &c);
    assert_int_equal(c.count, 0);
    apbd_changes_release(&c);
    apbd_compute_corrections(&fixed, &first, &c);
    assert_int_equal(c.count, 1);
    assert_int_equal(c.items[0].kind, APBD_CHANGE_CORRECTION);
    assert_string_equal(c.items[0].line->kode_rekening, "5.1.01.01.01.0001");
    assert_int_equal(c.items[0].realisasi_before, 100000);
    assert_int_equal(c.items[0].realisasi_after, 120000);
    apbd_changes_release(&c);
    apbd_table_release(&first);
    apbd_table_release(&fixed);
}

static void test_compute_indicators_from_data_file(void **state)
{
    (void)state;
    struct apbd_table t;
    struct apbd_indicators ind;
    struct apbd_report rep;
    apbd_report_init(&rep, stderr, APBD_LANG_EN);
    load(&t, "2024-06.csv", sample);
    assert_int_equal(apbd_compute_indicators(&t, &ind, &rep), 0);
    assert_true(ind.count >= 4);
    const struct apbd_indicator *pegawai = &ind.items[0];
    assert_string_equal(pegawai->id, "belanja_pegawai");
    assert_int_equal(pegawai->pembilang.anggaran, 300000);
    assert_int_equal(pegawai->penyebut.anggaran, 550000);
    assert_int_equal(pegawai->arah, APBD_AT_MOST);
    assert_int_equal(apbd_indicator_met(pegawai, 0), 0);    /* 54.5% > 30% */
    const struct apbd_indicator *infra = &ind.items[1];
    assert_int_equal(infra->pembilang.anggaran, 250000);
    assert_int_equal(apbd_indicator_met(infra, 0), 1);      /* 45.5% >= 40% */
    assert_true(infra->estimasi);
    assert_non_null(strstr(infra->dasar_hukum, "Pasal 147"));
    apbd_indicators_release(&ind);
    apbd_table_release(&t);
}

static void test_escape_csv_formulas_and_quotes(void **state)
{
    (void)state;
    char *buf = NULL;
    size_t len;
    FILE *f = open_memstream(&buf, &len);
    const char *in[] = { "Belanja ATK", "- Belanja ATK", "=HYPERLINK(\"x\")", "@SUM(A1)",
                         "+1", "a, b", "say \"hi\"", "-1,5" };
    for (size_t i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
        apbd_escape_csv(f, in[i]);
        fputc('|', f);
    }
    fclose(f);
    assert_string_equal(buf, "Belanja ATK|'- Belanja ATK|\"'=HYPERLINK(\"\"x\"\")\"|'@SUM(A1)|'+1|"
                             "\"a, b\"|\"say \"\"hi\"\"\"|\"'-1,5\"|");
    free(buf);
}

/* The month's CSV download, as text (the caller frees it). */
static char *render_csv_text(struct apbd_month *m)
{
    struct apbd_render_ctx c = { .month = m };
    char *buf = NULL;
    size_t len;
    FILE *f = open_memstream(&buf, &len);
    assert_int_equal(apbd_render_csv(&c, f), 0);
    fclose(f);
    return buf;
}

/* SIPD's KODE/NAMA SUB UNIT: the SKPD's own unit is none; a unit under it
 * is kept on its line, in the download and in the lines' archive. */
static void test_sub_unit(void **state)
{
    (void)state;
    struct apbd_table t;
    struct apbd_month m;
    load(&t, "2024-06.csv",
         "kode_skpd,nama_skpd,kode_sub_unit,nama_sub_unit,kode_sub_kegiatan,kode_rekening,uraian,"
         "anggaran,realisasi\n"
         "1.02.0.00.0.00.01.0000,Dinkes,1.02.0.00.0.00.01.0000,Dinkes,1.02.02.2.01.0001,"
         "5.1.02.01.01.0001,ATK,100,50\n"
         "1.02.0.00.0.00.01.0000,Dinkes,1.02.0.00.0.00.01.0001,\"Puskesmas Waeapo, Buru\","
         "1.02.02.2.01.0001,5.1.02.01.01.0001,ATK,200,0\n");
    assert_int_equal(t.count, 2);
    assert_true(t.has_sub_unit);
    assert_string_equal(t.lines[0].kode_sub_unit, "");
    assert_string_equal(t.lines[1].kode_sub_unit, "1.02.0.00.0.00.01.0001");
    assert_string_equal(t.lines[1].nama_sub_unit, "Puskesmas Waeapo, Buru");
    apbd_model_build(&m, &t, NULL, NULL);
    char *buf = render_csv_text(&m);
    assert_non_null(strstr(buf, ",ATK,,100,50,50,50.00,100,,,,,,\n"));
    assert_non_null(strstr(buf, ",,,,,1.02.0.00.0.00.01.0001,\"Puskesmas Waeapo, Buru\"\n"));
    free(buf);
    buf = NULL;
    size_t len;
    FILE *f = open_memstream(&buf, &len);
    assert_int_equal(apbd_render_lines_csv(&t, f), 0);
    fclose(f);
    assert_non_null(strstr(buf, ",realisasi,kode_sub_unit,nama_sub_unit\n"));
    assert_non_null(strstr(buf, ",200,0,1.02.0.00.0.00.01.0001,\"Puskesmas Waeapo, Buru\"\n"));
    free(buf);
    apbd_model_release(&m);
    apbd_table_release(&t);
}

static void test_render_csv_bytes(void **state)
{
    (void)state;
    struct apbd_table t;
    struct apbd_month m;
    load(&t, "2024-06.csv", H DK "5.1.02.01.01.0001,\"- ATK, kertas\",DAU,1000.50,500.25\n"
                               DK "5.1.02.01.01.0002,Map,DAU,0,0\n");
    apbd_model_build(&m, &t, NULL, NULL);
    char *buf = render_csv_text(&m);
    assert_string_equal(buf,
        "kode_skpd,nama_skpd,kode_sub_kegiatan,nama_sub_kegiatan,kode_rekening,uraian,sumber_dana,"
        "anggaran,realisasi,sisa,persen,anggaran_murni,nama_program,nama_kegiatan,anggaran_kas,"
        "realisasi_fisik,kode_sub_unit,nama_sub_unit\n"
        "1.02.0.00.0.00.01.0000,Dinkes,1.02.02.2.01.0001,,5.1.02.01.01.0001,\"'- ATK, kertas\",DAU,"
        "1000.50,500.25,500.25,50.00,1000.50,,,,,,\n"
        "1.02.0.00.0.00.01.0000,Dinkes,1.02.02.2.01.0001,,5.1.02.01.01.0002,Map,DAU,0,0,0,,0,,,,,,\n");
    free(buf);
    apbd_model_release(&m);
    apbd_table_release(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_compute_lra_identities),
        cmocka_unit_test(test_model_trees_keep_classes_apart),
        cmocka_unit_test(test_compute_realisasi_within_month),
        cmocka_unit_test(test_compute_changes),
        cmocka_unit_test(test_compute_corrections_count_every_change),
        cmocka_unit_test(test_compute_indicators_from_data_file),
        cmocka_unit_test(test_escape_csv_formulas_and_quotes),
        cmocka_unit_test(test_render_csv_bytes),
        cmocka_unit_test(test_sub_unit),
    };
    return cmocka_run_group_tests_name("compute", tests, NULL, NULL);
}
