/*
 * fuzz_plan.c: libFuzzer entry point for the CSV readers built on sheet.c.
 * Any bytes, as an anggaran kas file (laid on a small month), as a
 * realisasi fisik file and as a report-shaped export (checked against its
 * chart, turned into lines and modelled), must read, check and apply
 * without a crash, a hang or a sanitizer report; every progress value kept
 * is 0..100%, and a report's lines sum to its kept leaves (accounts, and
 * programs or kegiatan printed without them).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "apbd/catatan.h"
#include "apbd/coa.h"
#include "apbd/fisik.h"
#include "apbd/import.h"
#include "apbd/kas.h"
#include "apbd/laporan.h"
#include "apbd/model.h"
#include "apbd/report.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static char path[64];

static void remove_input(void)
{
    unlink(path);
}

static void month(struct apbd_table *t)
{
    static const char csv[] =
        "kode_skpd,kode_sub_kegiatan,kode_rekening,uraian,anggaran_murni,anggaran,realisasi\n"
        "1.02.0.00.0.00.01.0000,1.02.02.2.01.0001,5.1.01.01.01.0001,Gaji,3000,3600,1500\n"
        "1.02.0.00.0.00.01.0000,1.02.02.2.01.0001,5.2.02.01.01.0001,Alat,900,900,100\n"
        "1.03.0.00.0.00.01.0000,1.03.10.2.01.0004,5.3.02.01.01.0001,Jalan,2400,2400,200\n";
    struct apbd_report quiet;
    apbd_report_init(&quiet, NULL, APBD_LANG_EN);
    apbd_table_init(t);
    FILE *f = fmemopen((void *)csv, sizeof(csv) - 1, "rb");
    apbd_import_stream(t, f, "2024-07.csv", NULL, &quiet);
    fclose(f);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static FILE *sink;
    static struct apbd_charts charts;
    if (!path[0]) {
        snprintf(path, sizeof(path), "/tmp/apbd-fuzz-plan-%ld.csv", (long)getpid());
        sink = fopen("/dev/null", "w");
        atexit(remove_input);
    }
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    struct apbd_report rep;
    apbd_report_init(&rep, sink, APBD_LANG_EN);

    struct apbd_table t;
    month(&t);
    struct apbd_kas kas;
    if (apbd_kas_load(&kas, path, &rep) == 0) {
        struct apbd_month m;
        if (apbd_model_build(&m, &t, NULL, &rep) == 0) {
            int64_t *line_kas;
            apbd_kas_apply(&kas, &m, &line_kas, &rep);
            free(line_kas);
        }
        apbd_model_release(&m);
    }
    apbd_kas_release(&kas);

    apbd_fisik_load(&t, path, &rep);
    for (size_t i = 0; i < t.count; i++)
        if (t.lines[i].fisik < -1 || t.lines[i].fisik > 10000)
            abort();
    struct apbd_table prev;
    month(&prev);
    apbd_fisik_check(&t, &prev, NULL, &rep);
    apbd_table_release(&prev);
    apbd_table_release(&t);

    struct apbd_laporan l;
    apbd_laporan_read(&l, path, &charts, NULL, &rep);
    struct apbd_table lt;
    apbd_table_init(&lt);
    lt.chart = l.chart;
    snprintf(lt.period, sizeof(lt.period), "2014-12");
    uint16_t k = apbd_table_add_file(&lt, path);
    if (apbd_laporan_lines(&l, &lt, k, &rep) == 0) {
        uint64_t a = 0, want = 0;       /* wrapping: hostile amounts may overflow */
        for (size_t i = 0; i < lt.count; i++)
            a += (uint64_t)lt.lines[i].anggaran_sen;
        for (size_t i = 0; i < l.count; i++)
            if (l.rows[i].leaf && (l.rows[i].kind == APBD_ROW_AKUN || l.rows[i].kind == APBD_ROW_PROGRAM
                                   || l.rows[i].kind == APBD_ROW_KEGIATAN || l.rows[i].kind == APBD_ROW_SUB))
                want += (uint64_t)(l.type == APBD_DOC_PENJABARAN_PERUBAHAN && l.two_amounts
                                   ? l.rows[i].b : l.rows[i].a);
        if (a != want)
            abort();
        struct apbd_month m;
        apbd_model_build(&m, &lt, apbd_charts_get(&charts, lt.chart, &rep), &rep);
        apbd_model_release(&m);
    }
    apbd_table_release(&lt);
    apbd_laporan_release(&l);
    return 0;
}
