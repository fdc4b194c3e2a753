/* test_laporan.c: report-shaped exports: joined codes in their three
 * notations, the header variants and document types, the tree checked. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "apbd/coa.h"
#include "apbd/config.h"
#include "apbd/import.h"
#include "apbd/laporan.h"
#include "apbd/report.h"
#include "apbd/status.h"

static char path[] = "/tmp/apbd-test-laporan-XXXXXX";

static int setup(void **state)
{
    (void)state;
    int fd = mkstemp(path);
    if (fd < 0)
        return -1;
    close(fd);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    return unlink(path);
}

static void split_ok(const char *code, const char *urusan, const char *org, const char *program,
                     const char *kegiatan, const char *akun, int empty)
{
    struct apbd_joined j;
    unsigned bad;
    assert_int_equal(apbd_joined_split(code, strlen(code), &j, &bad), 0);
    assert_string_equal(j.urusan, urusan);
    assert_string_equal(j.org, org);
    assert_string_equal(j.program, program);
    assert_string_equal(j.kegiatan, kegiatan);
    assert_string_equal(j.akun, akun);
    assert_int_equal(j.empty_parts, empty);
}

static void test_joined_codes_three_notations(void **state)
{
    (void)state;
    /* dotted with a trailing dot */
    split_ok("1.01.1.01.01.01.01.5.2.2.", "1.01", "1.01.01", "01", "01", "5.2.2", 0);
    /* spaced */
    split_ok("1.15 . 1.15.01 . 00 . 00 . 5 . 1 . 1 . 01", "1.15", "1.15.01", "00", "00", "5.1.1.01", 0);
    /* plain dotted, three-digit program */
    split_ok("1.02.1.02.01.024.02.5.2.2.11.01", "1.02", "1.02.01", "024", "02", "5.2.2.11.01", 0);
    /* the organisation alone; a program; trailing spaces */
    split_ok("1.02.01 ", "", "1.02.01", "", "", "", 0);
    split_ok("1.01.1.01.01.06.", "1.01", "1.01.01", "06", "", "", 0);
    /* slips: an empty part, a space for a dot */
    split_ok("1.01.1.01.01.02.10.5.2..3.", "1.01", "1.01.01", "02", "10", "5.2.3", 1);
    split_ok("1.02.1.02 01.031.02.5.2.1", "1.02", "1.02.01", "031", "02", "5.2.1", 1);
    /* an organisation's own rows, no kegiatan part: one digit is the akun */
    split_ok("2.06.2.06.02.00.5.2.", "2.06", "2.06.02", "00", "00", "5.2", 0);
    split_ok("2.06.2.06.02.00.5.1.1.", "2.06", "2.06.02", "00", "00", "5.1.1", 0);
    split_ok("2.06.2.06.02.00.4.", "2.06", "2.06.02", "00", "00", "4", 0);

    struct apbd_joined j;
    unsigned bad;
    assert_int_equal(apbd_joined_split("1.01.1.0x.01", 12, &j, &bad), -1);
    assert_int_equal(bad, 9);
    assert_int_equal(apbd_joined_split("1.01", 4, &j, &bad), -1);
    assert_int_equal(apbd_joined_split("", 0, &j, &bad), -1);
}

/* Read text as a report; messages in English into *messages. */
static int read_report(const char *text, struct apbd_laporan *l, char **messages)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    size_t len;
    FILE *out = open_memstream(messages, &len);
    struct apbd_report rep;
    apbd_report_init(&rep, out, APBD_LANG_EN);
    int r = apbd_laporan_read(l, path, NULL, NULL, &rep);
    fclose(out);
    return r;
}

static const struct apbd_laporan_row *row_at(const struct apbd_laporan *l, unsigned line)
{
    for (size_t i = 0; i < l->count; i++)
        if (l->rows[i].line == line)
            return &l->rows[i];
    fail_msg("no row at line %u", line);
    return NULL;
}

/* Realisasi: Sebelum/Sesudah/Angka/Prosentase/Keterangan, numbers with
 * trailing spaces and parentheses, a multi-line quoted Keterangan, trailing
 * empty columns, a BELANJA LANGSUNG total under 5.1.2, a slip in a code. */
static const char realisasi[] =
    "Judul,Realisasi Anggaran Pendapatan Belanja Daerah,,,,,,\n"
    "Daerah,Kabupaten Contoh,,,,,,\n"
    "Tahun,2014,,,,,,\n"
    "Kode Organisasi,\"1.01.01. - Dinas Pendidikan, Pemuda dan Olahraga\",,,,,,\n"
    "Kolom,7,,,,,,\n"
    ",,,,,,,\n"
    "No. Rekening,Uraian,Sebelum,Sesudah,Angka,Prosentase,Keterangan,\n"
    "1.01.1.01.01.00.00.5.,BELANJA DAERAH,\"1,300.00 \",\"1,000.00\",\"(300.00)\",(23.08),,\n"
    "1.01.1.01.01.00.00.5.1.,BELANJA TIDAK LANGSUNG,\"1,000.00 \",\"800.00\",\"(200.00)\",(20.00),,\n"
    "1.01.1.01.01.00.00.5.1.1.,BELANJA PEGAWAI,\"1,000.00 \",\"800.00\",\"(200.00)\",(20.00),,\n"
    "1.01.1.01.01.00.00.5.1.2.,BELANJA LANGSUNG,\"300.00 \",\"200.00\",\"(100.00)\",(33.33),,\n"
    "1.01.1.01.01.01.,PROGRAM PELAYANAN,\"300.00 \",\"200.00\",\"(100.00)\",(33.33),,\n"
    "1.01.1.01.01.01.01.,PENYEDIAAN JASA,\"300.00 \",\"200.00\",\"(100.00)\",(33.33),,\n"
    "1.01.1.01.01.01.01.5.2.2.,BELANJA BARANG DAN JASA,\"250.00 \",\"150.00\",\"(100.00)\",(40.00),\"tender\n"
    "diulang\",\n"
    "1.01.1.01.01.01.01.5.2..3.,BELANJA MODAL,\"50.00 \",\"50.00\",0.00 ,0.00 ,,\n"
    ",,,,,,,\n"
    ",JUMLAH BELANJA,\"1,300.00\",\"1,000.00\",\"(300.00)\",(23.08),,\n";

static void test_realisasi_report(void **state)
{
    (void)state;
    struct apbd_laporan l;
    char *m;
    assert_int_equal(read_report(realisasi, &l, &m), APBD_OK);
    assert_int_equal(l.type, APBD_DOC_REALISASI);
    assert_true(l.two_amounts);
    assert_int_equal(l.tahun, 2014);
    assert_string_equal(l.daerah, "Kabupaten Contoh");
    assert_string_equal(l.kode_organisasi, "1.01.01");
    assert_string_equal(l.nama_organisasi, "Dinas Pendidikan, Pemuda dan Olahraga");
    /* lines: pegawai (BTL), barang dan jasa, modal; BELANJA LANGSUNG under
     * 5.1.2 is the programs' total, not a line */
    assert_int_equal(l.leaves, 3);
    assert_true(row_at(&l, 10)->leaf);
    assert_false(row_at(&l, 11)->leaf);
    assert_true(row_at(&l, 11)->dropped);
    assert_true(row_at(&l, 14)->leaf);
    assert_int_equal(row_at(&l, 14)->b, 15000);
    assert_string_equal(row_at(&l, 16)->code.akun, "5.2.3");
    assert_int_equal(l.total_a, 130000);
    assert_int_equal(l.total_b, 100000);
    assert_non_null(strstr(m, ":11:44: warning: row 1.01 . 1.01.01 . 00 . 00 . 5.1.2 'BELANJA LANGSUNG' "
                              "repeats the total of the 1 programs (Rp300) under a wrong account code"));
    assert_non_null(strstr(m, ":16:1: warning: the code '1.01.1.01.01.01.01.5.2..3.' is mistyped; "
                              "read as 1.01 . 1.01.01 . 01 . 01 . 5.2.3"));
    /* everything else reconciles: no other warning */
    assert_null(strstr(m, "add up to"));
    free(m);
    apbd_laporan_release(&l);
}

static void test_inner_row_mismatch_reported(void **state)
{
    (void)state;
    static const char text[] =
        "Judul;Penjabaran Anggaran Pendapatan dan Belanja Daerah;;\n"
        "Daerah;Kota Contoh;;\n"
        "Tahun;2014;;\n"
        "Kode Organisasi;1.02.01;;\n"
        "Nama Organisasi;Dinas Kesehatan ;;\n"
        "Kolom;4;;\n"
        "KODE REKENING ;URAIAN ;ANGGARAN ;PENJELASAN\n"
        "1.02.01 ;Dinas Kesehatan ;1500;\n"
        "1.02.1.02.01.00 ;PENDAPATAN DAERAH ;700;\n"
        "1.02.1.02.01.00.00.4.1.2 ;HASIL RETRIBUSI DAERAH ;700;\n"
        "1.02.1.02.01.00.00.4.1.2.01 ;Retribusi Jasa Umum ;700;Retribusi 700\n"
        "1.02.1.02.01.00.00.4.1.2.01 ;Retribusi Jasa Umum ;700;Retribusi 700 (rincian)\n"
        "1.02.1.02.01.00 ;BELANJA TIDAK LANGSUNG ;1000;\n"
        "1.02.1.02.01.00.00.5.1.1 ;BELANJA PEGAWAI ;1000;\n"
        "1.02.1.02.01.00.00 ;BELANJA LANGSUNG ;500;\n"
        "1.02.1.02.01.01.00 ;Program Pelayanan ;500;\n"
        "1.02.1.02.01.01.01 ;Penyediaan jasa ;500;\n"
        "1.02.1.02.01.01.01.5.2.2 ;BELANJA BARANG DAN JASA ;450;\n"
        ";JUMLAH BELANJA ;1500;\n";
    struct apbd_laporan l;
    char *m;
    /* the file's own totals (the organisation's row, JUMLAH BELANJA) do
     * not add up: refused, naming where the figures part */
    assert_int_equal(read_report(text, &l, &m), APBD_EDATA);
    assert_int_equal(l.top_mismatches, 2);
    assert_int_equal(l.type, APBD_DOC_PENJABARAN);
    assert_false(l.two_amounts);
    assert_string_equal(l.nama_organisasi, "Dinas Kesehatan");
    /* the repeated detail line counts once */
    assert_true(row_at(&l, 12)->dropped);
    assert_int_equal(l.leaves, 3);
    assert_int_equal(l.total_a, 145000);
    assert_non_null(strstr(m, ":17:38: warning: the anggaran of row 1.02 . 1.02.01 . 01 . 01 "
                              "'Penyediaan jasa' is Rp500, but the rows under it add up to Rp450"));
    assert_non_null(strstr(m, "'Program Pelayanan' is Rp500, but the rows under it add up to Rp450"));
    assert_non_null(strstr(m, "'BELANJA LANGSUNG' is Rp500"));
    assert_non_null(strstr(m, ":8:27: error: the report's own total, row 1.02.01 'Dinas Kesehatan', "
                              "has anggaran Rp1,500, but its lines add up to Rp1,450 (difference Rp50); "
                              "nothing is published"));
    assert_non_null(strstr(m, ":17:38: warning: this is where the report parts from its own total "
                              "(line 8): the anggaran of row 1.02 . 1.02.01 . 01 . 01 'Penyediaan jasa' "
                              "is Rp500, but the rows under it add up to Rp450"));
    assert_non_null(strstr(m, ":19:18: error: the report's own total, row - 'JUMLAH BELANJA', has "
                              "anggaran Rp1,500, but its lines add up to Rp1,450"));
    assert_null(strstr(m, "'BELANJA TIDAK LANGSUNG' is"));
    assert_null(strstr(m, "'PENDAPATAN DAERAH' is"));
    free(m);
    apbd_laporan_release(&l);
}

static void test_perubahan_jumlah_and_errors(void **state)
{
    (void)state;
    static const char text[] =
        "Judul,Penjabaran Perubahan Anggaran Pendapatan dan Belanja Daerah\n"
        "Daerah,Kabupaten Contoh\n"
        "Tahun,2016\n"
        "Kode Organisasi,1.15.01. - Dinas Pendapatan\n"
        "No. Rekening,Uraian,Sebelum,Sesudah,Selisih,Prosentase,Keterangan\n"
        "1.15 . 1.15.01 . 00 . 00 . 5 . 1 . 1 . 01,Gaji,100,120,20,20.00,\n"
        "1.15 . 1.15.02 . 00 . 00 . 5 . 1 . 1 . 02,Tunjangan,10,10,0,0,\n"
        "1.15 . 1.15.01 . 00 . 00 . 5 . 1 . x,Lain,10,10,0,0,\n"
        "1.15 . 1.15.01 . 00 . 00 . 5 . 1 . 1 . 03,Lembur,10,15,4,0,\n";
    struct apbd_laporan l;
    char *m;
    assert_int_equal(read_report(text, &l, &m), APBD_EDATA);
    assert_int_equal(l.type, APBD_DOC_PENJABARAN_PERUBAHAN);
    assert_int_equal(l.tahun, 2016);
    assert_int_equal(row_at(&l, 6)->a, 10000);      /* sebelum: anggaran murni */
    assert_int_equal(row_at(&l, 6)->b, 12000);      /* sesudah: anggaran */
    assert_non_null(strstr(m, ":7:1: error: this row belongs to organisation 1.15.02, but the report "
                              "is for 1.15.01 (Kode Organisasi)"));
    assert_non_null(strstr(m, ":8:36: error: the joined account code cannot be split"));
    assert_non_null(strstr(m, ":9:"));
    assert_non_null(strstr(m, "warning: the difference says 4, but sesudah less sebelum is 5"));
    free(m);
    apbd_laporan_release(&l);

    /* the other header variant: No. Rekening, Uraian, Jumlah, Keterangan */
    static const char jumlah[] =
        "Judul,Penjabaran Anggaran Pendapatan dan Belanja Daerah\n"
        "Daerah,Kabupaten Contoh\n"
        "Kode Organisasi,1.15.01\n"
        "No. Rekening,Uraian,Jumlah,Keterangan\n"
        "1.15.1.15.01.00.00.5.1.1.01,Gaji,100,\n";
    assert_int_equal(read_report(jumlah, &l, &m), APBD_EDATA);
    assert_non_null(strstr(m, ":1:1: error: the report does not give its Tahun"));
    free(m);
    apbd_laporan_release(&l);
}

/* SIPD-era (90/2019) codes: an SKPD of eight parts, then the sub
 * kegiatan's urusan.bidang.program.kegiatan.sub, then the account. */
static void test_joined_codes_sipd(void **state)
{
    (void)state;
    struct apbd_joined j;
    unsigned bad;
    const char *full = "1.02.0.00.0.00.01.0000.1.02.02.2.01.0001.5.1.02.01.01.0024";
    assert_int_equal(apbd_joined_split(full, strlen(full), &j, &bad), 0);
    assert_true(j.sipd);
    assert_string_equal(j.org, "1.02.0.00.0.00.01.0000");
    assert_string_equal(j.urusan, "1.02");
    assert_string_equal(j.program, "02");
    assert_string_equal(j.kegiatan, "2.01");
    assert_string_equal(j.sub, "0001");
    assert_string_equal(j.akun, "5.1.02.01.01.0024");
    const char *pend = "1.02.0.00.0.00.01.0000.4.1.02.01.01.0001";
    assert_int_equal(apbd_joined_split(pend, strlen(pend), &j, &bad), 0);
    assert_string_equal(j.program, "00");
    assert_string_equal(j.akun, "4.1.02.01.01.0001");
    const char *prog = "1.02.0.00.0.00.01.0000.1.02.02";
    assert_int_equal(apbd_joined_split(prog, strlen(prog), &j, &bad), 0);
    assert_string_equal(j.program, "02");
    assert_string_equal(j.kegiatan, "");
    const char *half = "1.02.0.00.0.00.01.0000.1.02.02.2";
    assert_int_equal(apbd_joined_split(half, strlen(half), &j, &bad), -1);
    /* parts too long for the code they make: an error, not an overflow */
    const char *wide = "1234567.1234567.1.12.1234567.1234567.1234567.1234.1.02.02";
    assert_int_equal(apbd_joined_split(wide, strlen(wide), &j, &bad), -1);
    const char *deep = "1.01.1.01.01.01.01.1234567.1234567.1234567.1234567.1234567.1234567."
                       "1234567.1234567.1234567.1234567.1234567.1234567";
    assert_int_equal(apbd_joined_split(deep, strlen(deep), &j, &bad), -1);
    assert_int_equal(bad, strlen(deep));
    /* a 13/2006 code is not read as one */
    const char *old = "1.01.1.01.01.01.01.5.2.2.";
    assert_int_equal(apbd_joined_split(old, strlen(old), &j, &bad), 0);
    assert_false(j.sipd);
}

/* Read a report and turn it into lines; the lines' messages into *m. */
static int report_lines(const char *text, struct apbd_table *t, char **messages)
{
    struct apbd_laporan l;
    char *m1;
    int r = read_report(text, &l, &m1);
    free(m1);
    size_t len;
    FILE *out = open_memstream(messages, &len);
    struct apbd_report rep;
    apbd_report_init(&rep, out, APBD_LANG_EN);
    apbd_table_init(t);
    uint16_t k = apbd_table_add_file(t, path);
    if (apbd_laporan_lines(&l, t, k, &rep) != APBD_OK)
        r = APBD_EDATA;
    t->chart = l.chart;
    fclose(out);
    apbd_laporan_release(&l);
    return r;
}

static void test_lines_of_a_report(void **state)
{
    (void)state;
    struct apbd_table t;
    char *m;
    assert_int_equal(report_lines(realisasi, &t, &m), APBD_OK);
    free(m);
    assert_int_equal(t.chart, APBD_CHART_13_2006);
    assert_int_equal(t.count, 3);
    /* outside the programs: no kegiatan */
    assert_string_equal(t.lines[0].kode_skpd, "1.01.01");
    assert_string_equal(t.lines[0].nama_skpd, "Dinas Pendidikan, Pemuda dan Olahraga");
    assert_string_equal(t.lines[0].kode_sub_kegiatan, "");
    assert_string_equal(t.lines[0].kode_rekening, "5.1.1");
    assert_int_equal(t.lines[0].anggaran_sen, 100000);
    assert_int_equal(t.lines[0].realisasi_sen, 80000);
    /* in a kegiatan: urusan.bidang.program.kegiatan stands for the sub kegiatan */
    assert_string_equal(t.lines[1].kode_sub_kegiatan, "1.01.01.01");
    assert_string_equal(t.lines[1].nama_program, "PROGRAM PELAYANAN");
    assert_string_equal(t.lines[1].nama_kegiatan, "PENYEDIAAN JASA");
    assert_string_equal(t.lines[1].nama_sub_kegiatan, "PENYEDIAAN JASA");
    assert_string_equal(t.lines[1].uraian, "BELANJA BARANG DAN JASA");
    assert_string_equal(t.lines[2].kode_rekening, "5.2.3");     /* read from 5.2..3 */
    assert_int_equal(t.lines[2].lineno, 16);     /* after the two-line Keterangan */
    assert_string_equal(apbd_line_file(&t, &t.lines[2]), path);
    apbd_table_release(&t);

    /* Penjabaran Perubahan: murni before, anggaran after, no realisasi */
    static const char perubahan[] =
        "Judul,Penjabaran Perubahan Anggaran Pendapatan dan Belanja Daerah\n"
        "Tahun,2016\n"
        "Kode Organisasi,1.15.01. - Dinas Pendapatan\n"
        "No. Rekening,Uraian,Sebelum,Sesudah,Selisih,Prosentase,Keterangan\n"
        "1.15 . 1.15.01 . 00 . 00 . 5 . 1 . 1,Belanja Pegawai,110,135,25,22.73,\n"
        "1.15 . 1.15.01 . 00 . 00 . 5 . 1 . 1 . 01,Gaji,100,120,20,20.00,\n"
        "1.15 . 1.15.01 . 00 . 00 . 5 . 1 . 1 . 3,Lembur,10,15,5,50.00,\n";
    assert_int_equal(report_lines(perubahan, &t, &m), APBD_OK);
    free(m);
    assert_true(t.has_murni);
    assert_int_equal(t.count, 2);
    assert_int_equal(t.lines[0].anggaran_murni_sen, 10000);
    assert_int_equal(t.lines[0].anggaran_sen, 12000);
    assert_int_equal(t.lines[0].realisasi_sen, 0);
    assert_string_equal(t.lines[1].kode_rekening, "5.1.1.03");  /* 13/2006 widths */
    apbd_table_release(&t);

    /* a SIPD printout: 90/2019 codes and the sub kegiatan's own name */
    static const char sipd[] =
        "Judul,Realisasi Anggaran Pendapatan dan Belanja Daerah\n"
        "Tahun,2023\n"
        "Kode Organisasi,1.02.0.00.0.00.01.0000 - Dinas Kesehatan\n"
        "No. Rekening,Uraian,Sebelum,Sesudah,Angka,Prosentase,Keterangan\n"
        "1.02.0.00.0.00.01.0000.4.1.02.01.01.0001,Retribusi Pelayanan Kesehatan,50,40,-10,-20.00,\n"
        "1.02.0.00.0.00.01.0000.1.02.02,Program Pemenuhan Upaya Kesehatan,30,20,-10,-33.33,\n"
        "1.02.0.00.0.00.01.0000.1.02.02.2.01,Penyediaan Fasilitas,30,20,-10,-33.33,\n"
        "1.02.0.00.0.00.01.0000.1.02.02.2.01.0001,Pembangunan Puskesmas,30,20,-10,-33.33,\n"
        "1.02.0.00.0.00.01.0000.1.02.02.2.01.0001.5.2.3.1.1.1,Belanja Bangunan,30,20,-10,-33.33,\n";
    assert_int_equal(report_lines(sipd, &t, &m), APBD_OK);
    free(m);
    assert_int_equal(t.chart, APBD_CHART_90_2019);
    assert_int_equal(t.count, 2);
    assert_string_equal(t.lines[0].kode_skpd, "1.02.0.00.0.00.01.0000");
    assert_string_equal(t.lines[0].kode_sub_kegiatan, "");
    assert_string_equal(t.lines[0].kode_rekening, "4.1.02.01.01.0001");
    assert_string_equal(t.lines[1].kode_sub_kegiatan, "1.02.02.2.01.0001");
    assert_string_equal(t.lines[1].nama_kegiatan, "Penyediaan Fasilitas");
    assert_string_equal(t.lines[1].nama_sub_kegiatan, "Pembangunan Puskesmas");
    assert_string_equal(t.lines[1].kode_rekening, "5.2.03.01.01.0001");     /* 90/2019 widths */
    assert_int_equal(t.lines[1].realisasi_sen, 2000);
    apbd_table_release(&t);

    /* a report printed down to kegiatan only: published at that depth,
     * under the belanja langsung it implies, and marked as such */
    static const char bare[] =
        "Judul,Penjabaran Anggaran Pendapatan dan Belanja Daerah\n"
        "Tahun,2014\n"
        "Kode Organisasi,1.01.01\n"
        "No. Rekening,Uraian,Jumlah,Keterangan\n"
        "1.01.1.01.01.01,PROGRAM A,100,\n"
        "1.01.1.01.01.01.01,KEGIATAN A,100,\n";
    assert_int_equal(report_lines(bare, &t, &m), APBD_OK);
    assert_non_null(strstr(m, "note: 1 programs/kegiatan are printed without their accounts: "
                              "published at that depth under account 5.2, marked "
                              "'tidak dirinci per rekening'"));
    free(m);
    assert_int_equal(t.count, 1);
    assert_string_equal(t.lines[0].kode_rekening, "5.2");
    assert_string_equal(t.lines[0].uraian, APBD_NOT_DETAILED);
    assert_string_equal(t.lines[0].kode_sub_kegiatan, "1.01.01.01");
    assert_string_equal(t.lines[0].nama_kegiatan, "KEGIATAN A");
    assert_int_equal(t.lines[0].anggaran_sen, 10000);
    apbd_table_release(&t);
}

/* Period names, the 13/2006 code shapes and the chart a year follows. */
static void test_periods_and_charts(void **state)
{
    (void)state;
    char p[8];
    assert_int_equal(apbd_period_from_name("b/2016/2016-apbd.csv", p), 0);
    assert_string_equal(p, "2016-00");
    assert_int_equal(apbd_period_from_name("b/2015/2015-APBD", p), 0);
    assert_string_equal(p, "2015-00");
    assert_int_equal(apbd_period_from_name("b/2014/2014-12", p), 0);
    assert_string_equal(p, "2014-12");
    assert_int_equal(apbd_period_from_name("b/2014/20x4-apbd.csv", p), -1);

    char out[APBD_CODE_MAX];
    /* kegiatan codes keep their widths as written; accounts are padded */
    assert_int_equal(apbd_code_normalise("1.02.01.024", 11, &apbd_shape_kegiatan_13, out), APBD_CODE_SAME);
    assert_string_equal(out, "1.02.01.024");
    assert_int_equal(apbd_code_normalise("1.02.1.2", 8, &apbd_shape_kegiatan_13, out), APBD_CODE_SAME);
    assert_int_equal(apbd_code_normalise("1.02.01", 7, &apbd_shape_kegiatan_13, out), APBD_CODE_BAD);
    assert_int_equal(apbd_code_normalise("5.2.2.1.3", 9, &apbd_shape_account_13, out), APBD_CODE_CHANGED);
    assert_string_equal(out, "5.2.2.01.03");
    assert_int_equal(apbd_code_normalise("5.2.02", 6, &apbd_shape_account_13, out), APBD_CODE_BAD);

    enum apbd_chart c;
    assert_int_equal(apbd_chart_of_year(2020), APBD_CHART_13_2006);
    assert_int_equal(apbd_chart_of_year(2021), APBD_CHART_90_2019);
    assert_int_equal(apbd_chart_parse("13/2006", &c), 0);
    assert_int_equal(c, APBD_CHART_13_2006);
    assert_int_equal(apbd_chart_parse("Permendagri 90/2019", &c), 0);
    assert_int_equal(c, APBD_CHART_90_2019);
    assert_int_equal(apbd_chart_parse("59/2007", &c), -1);
    struct apbd_pemda pemda = { 0 };
    pemda.bagan[0].year = 2019;
    pemda.bagan[0].chart = APBD_CHART_90_2019;
    pemda.nbagan = 1;
    int set;
    assert_int_equal(apbd_pemda_chart(&pemda, 2019, &set), APBD_CHART_90_2019);
    assert_true(set);
    assert_int_equal(apbd_pemda_chart(&pemda, 2018, &set), APBD_CHART_13_2006);
    assert_false(set);
}

/* pemda.ini: [bagan_akun] per year, privacy rules per chart. */
static void test_pemda_charts_and_privacy(void **state)
{
    (void)state;
    static const char ini[] =
        "[privasi]\n"
        "sembunyikan_uraian = 5.1.05, 5.1.06\n"
        "[bagan_akun]\n"
        "2020 = 90/2019\n"
        "2012 = Permendagri 13/2006\n";
    FILE *f = fopen(path, "wb");
    fputs(ini, f);
    fclose(f);
    struct apbd_report rep;
    apbd_report_init(&rep, NULL, APBD_LANG_EN);
    struct apbd_pemda p;
    assert_int_equal(apbd_pemda_load(&p, path, &rep), APBD_OK);
    int set;
    assert_int_equal(apbd_pemda_chart(&p, 2020, &set), APBD_CHART_90_2019);
    assert_true(set);
    assert_int_equal(apbd_pemda_chart(&p, 2019, &set), APBD_CHART_13_2006);
    assert_false(set);
    /* 90/2019 rules given, 13/2006 not: its hibah and bansos are hidden */
    assert_true(apbd_pemda_hides(&p, APBD_CHART_90_2019, "5.1.05.05.01.0001"));
    assert_false(apbd_pemda_hides(&p, APBD_CHART_90_2019, "5.1.4.01"));
    assert_true(apbd_pemda_hides(&p, APBD_CHART_13_2006, "5.1.4.01.01"));
    assert_true(apbd_pemda_hides(&p, APBD_CHART_13_2006, "5.1.5"));
    assert_false(apbd_pemda_hides(&p, APBD_CHART_13_2006, "5.1.05"));
    assert_true(p.privasi_13_default);
    apbd_pemda_release(&p);

    static const char own[] =
        "[privasi]\n"
        "sembunyikan_uraian = 5.1.05\n"
        "sembunyikan_uraian_13_2006 = 5.1.4\n"
        "[bagan_akun]\n"
        "20x0 = 90/2019\n"
        "2018 = 59/2007\n";
    f = fopen(path, "wb");
    fputs(own, f);
    fclose(f);
    char *m;
    size_t len;
    FILE *out = open_memstream(&m, &len);
    apbd_report_init(&rep, out, APBD_LANG_EN);
    assert_int_equal(apbd_pemda_load(&p, path, &rep), APBD_EDATA);
    fclose(out);
    assert_non_null(strstr(m, ":5: error"));
    assert_non_null(strstr(m, ":6: error"));
    assert_non_null(strstr(m, "13/2006, 90/2019"));
    free(m);
    assert_false(p.privasi_13_default);
    assert_false(apbd_pemda_hides(&p, APBD_CHART_13_2006, "5.1.5"));
    assert_true(apbd_pemda_hides(&p, APBD_CHART_13_2006, "5.1.4"));
    apbd_pemda_release(&p);
}

/* Kota Yogyakarta's shape: program "000" outside every program, and
 * program and kegiatan headings that carry account 5.2 in their code. */
static void test_headings_with_akun(void **state)
{
    (void)state;
    static const char text[] =
        "Judul,Penjabaran Anggaran Pendapatan dan Belanja Daerah,,\n"
        "Daerah,Kota Contoh,,\n"
        "Tahun,2015,,\n"
        "Kode Organisasi,1.03.01,,\n"
        "Kolom,4,,\n"
        "Kode Rekening,Uraian,Jumlah,Keterangan\n"
        "1.03.01 ,Dinas Permukiman ,1700,\n"
        "1.03.1.03.01.000.000.5.1 ,BELANJA TIDAK LANGSUNG ,1000,\n"
        "1.03.1.03.01.000.000.5.1.1.01.01 ,Gaji Pokok ,1000,\n"
        "1.03.1.03.01.000.000.5.2 ,BELANJA LANGSUNG ,700,\n"
        "1.03.1.03.01.001.000.5.2 ,Program Pelayanan Administrasi Perkantoran ,700,\n"
        "1.03.1.03.01.001.001.5.2 ,Penyediaan jasa surat menyurat ,300,\n"
        "1.03.1.03.01.001.001.5.2.2.01.04 ,Belanja Perangko ,300,\n"
        "1.03.1.03.01.001.002.5.2 ,Penyediaan jasa komunikasi ,400,\n"
        "1.03.1.03.01.001.002.5.2.2.03.01 ,Belanja Telepon ,400,\n"
        ",JUMLAH BELANJA ,1700,\n";
    struct apbd_laporan l;
    char *m;
    assert_int_equal(read_report(text, &l, &m), APBD_OK);
    assert_int_equal(l.top_mismatches, 0);
    assert_int_equal(l.leaves, 3);
    assert_int_equal(l.total_a, 170000);
    assert_int_equal(l.heading_akun, 3);
    assert_int_equal(row_at(&l, 11)->kind, APBD_ROW_PROGRAM);
    assert_int_equal(row_at(&l, 12)->kind, APBD_ROW_KEGIATAN);
    assert_string_equal(row_at(&l, 8)->code.program, "00");
    assert_int_equal(row_at(&l, 10)->kind, APBD_ROW_AKUN);
    assert_non_null(strstr(m, ":11:1: note: 3 program and kegiatan rows carry account 5.2"));
    free(m);
    apbd_laporan_release(&l);
}

/* A quote that opens the uraian and never closes on its line: the row's
 * amount is read from the cells the quote swallowed. */
static void test_unclosed_quote_in_a_row(void **state)
{
    (void)state;
    static const char text[] =
        "Judul,Penjabaran Anggaran Pendapatan dan Belanja Daerah,,\n"
        "Daerah,Kabupaten Contoh,,\n"
        "Tahun,2015,,\n"
        "Kode Organisasi,1.21.01,,\n"
        "Kolom,4,,\n"
        "No. Rekening,Uraian,Jumlah,Keterangan\n"
        "1.21 . 1.21.01 . 00 . 00 . 5 ,BELANJA ,5002000,,\n"
        "1.21 . 1.21.01 . 25 . 12 ,Penyuluhan ,5002000,,\n"
        "1.21 . 1.21.01 . 25 . 12 . 5 . 2 . 2 . 11 ,Belanja Makanan dan Minuman ,5000000,,\n"
        "1.21 . 1.21.01 . 25 . 12 . 5 . 2 . 2 . 11 . 04 ,\"Belanja makanan pelatihan,5000000,,\n"
        "1.21 . 1.21.01 . 25 . 12 . 5 . 2 . 2 . 15 . 01 ,Perjalanan Dinas ,2000,,\n";
    struct apbd_laporan l;
    char *m;
    assert_int_equal(read_report(text, &l, &m), APBD_OK);
    assert_int_equal(l.top_mismatches, 0);
    assert_int_equal(row_at(&l, 10)->a, 500000000);
    assert_string_equal(row_at(&l, 10)->uraian, "Belanja makanan pelatihan");
    assert_int_equal(l.total_a, 500200000);
    assert_non_null(strstr(m, ":10:1: warning: a quote opened on this line is not closed before the "
                              "next row (line 11)"));
    free(m);
    apbd_laporan_release(&l);
}

/* Kulon Progo's printout: a keterangan with quotes inside its text (which
 * pair up on the line, but are text to libcsv), then a quote that opens
 * the last cell and never closes. The rows after it are rows, not that
 * cell's text. */
static void test_quote_opened_at_row_end(void **state)
{
    (void)state;
    static const char text[] =
        "Judul,Penjabaran Anggaran Pendapatan dan Belanja Daerah,,\n"
        "Daerah,Kabupaten Contoh,,\n"
        "Tahun,2015,,\n"
        "Kode Organisasi,1.08.01,,\n"
        "Kolom,4,,\n"
        "No. Rekening,Uraian,Jumlah,Keterangan\n"
        "1.08 . 1.08.01 . 00 . 00 . 5 ,BELANJA ,3000,,\n"
        "1.08 . 1.08.01 . 16 . 24 ,Pengelolaan Sampah ,3000,,\n"
        "1.08 . 1.08.01 . 16 . 24 . 5 . 2 . 2 . 23 . 01 ,Belanja Barang ,1000,"
        "Bak sampah (DAK Rp.98;\" DAU Rp.9)\"\"1 unit x 54.191\"\",\"\n"
        "1.08 . 1.08.01 . 16 . 24 . 5 . 2 . 2 . 27 . 01 ,Jasa Narasumber ,2000,,\n";
    struct apbd_laporan l;
    char *m;
    assert_int_equal(read_report(text, &l, &m), APBD_OK);
    assert_int_equal(l.top_mismatches, 0);
    assert_int_equal(l.leaves, 2);
    assert_int_equal(row_at(&l, 10)->a, 200000);
    assert_int_equal(l.total_a, 300000);
    assert_non_null(strstr(m, ":9:1: warning: a quote opened on this line is not closed before the "
                              "next row (line 10)"));
    free(m);
    apbd_laporan_release(&l);
}

/* Codes that lost a digit ("1.0 ." for 1.01, ". 5.57" for 15.57) between
 * rows of one kegiatan: read as that kegiatan's, not as kegiatan of their
 * own whose amounts would count twice. */
static void test_stray_unit_codes(void **state)
{
    (void)state;
    static const char text[] =
        "Judul,Penjabaran Anggaran Pendapatan dan Belanja Daerah,,\n"
        "Daerah,Kabupaten Contoh,,\n"
        "Tahun,2014,,\n"
        "Kode Organisasi,1.01.01,,\n"
        "No. Rekening,Uraian,Jumlah,Keterangan\n"
        "1.01.1.01.01.00.00.5. ,BELANJA DAERAH ,1500,\n"
        "1.01.1.01.01.15. ,PROGRAM PAUD ,500,\n"
        "1.01.1.01.01.15.57. ,SOSIALISASI ,500,\n"
        "1.01.1.01.01.15.57.5.2.2.01.001. ,Belanja alat tulis kantor ,200,\n"
        "1.01.1.01.01. 5.57.5.2.2.02. ,Belanja Bahan/Material ,300,\n"
        "1.01.1.01.01.15.57.5.2.2.02.007. ,Belanja bahan sosialisasi ,300,\n"
        "1.01.1.01.01.17. ,PROGRAM PENDIDIKAN MENENGAH ,1000,\n"
        "1.01.1.01.01.17.63. ,PAKET C ,1000,\n"
        "1.01.1.01.01.17.63.5.2.2.02. ,Belanja Bahan/Material ,1000,\n"
        "1.0 .1.01.01.17.63.5.2.2.02.006. ,Belanja bahan praktek ,1000,\n"
        "1.01.1.01.01.17.63.5.2.2.03. ,Belanja Jasa Kantor ,0,\n";
    struct apbd_laporan l;
    char *m;
    assert_int_equal(read_report(text, &l, &m), APBD_OK);
    assert_int_equal(l.top_mismatches, 0);
    assert_int_equal(l.total_a, 150000);
    assert_int_equal(l.leaves, 4);
    assert_string_equal(row_at(&l, 10)->code.program, "15");
    assert_string_equal(row_at(&l, 15)->code.urusan, "1.01");
    assert_non_null(strstr(m, ":10:1: warning: the code '1.01 . 1.01.01 . 5 . 57 . 5.2.2.02' is "
                              "mistyped; read as 1.01 . 1.01.01 . 15 . 57 . 5.2.2.02"));
    assert_non_null(strstr(m, ":15:1: warning: the code '1.0 . 1.01.01 . 17 . 63 . 5.2.2.02.006'"));
    free(m);
    apbd_laporan_release(&l);
}

/* A Ringkasan of the whole pemda by account (Kode Organisasi 0): commas
 * and a stray space for dots, pembiayaan printed as its net and its akun
 * row blank, the accrual akun 9 mirrored, a JUMLAH that lost its point. */
static void test_accounts_only_summary(void **state)
{
    (void)state;
    static const char text[] =
        "Judul,Penjabaran Anggaran Pendapatan dan Belanja Daerah,,\n"
        "Daerah,Kabupaten Contoh,,\n"
        "Tahun,2016,,\n"
        "Kode Organisasi,0,,\n"
        "Kolom,3,,\n"
        "Kode Rekening,Uraian,jumlah,Keterangan\n"
        "4,PENDAPATAN ,1000,\n"
        "\"4,1, \",PENDAPATAN ASLI DAERAH ,1000,\n"
        "\"4,1,1,01, \",Pajak Hotel ,1000,\n"
        "5,BELANJA ,1100.5,\n"
        "\"5,1,7,07,001, \",Desa Satu ,600,\n"
        "\"5,1,7,07 002, \",Desa Dua ,500.5,\n"
        ",JUMLAH BELANJA ,11005,\n"
        "9,BEBAN ,1100.5,\n"
        "6,PEMBIAYAAN DAERAH ,,\n"
        "\"6,1, \",Penerimaan Pembiayaan Daerah ,300,\n"
        "\"6,1,1,01, \",Sisa Lebih ,300,\n"
        "\"6,2, \",Pengeluaran Pembiayaan Daerah ,199.5,\n"
        "\"6,2,2,02, \",Penyertaan Modal ,199.5,\n"
        ",JUMLAH PENERIMAAN PEMBIAYAAN ,300,\n"
        ",JUMLAH PENGELUARAN PEMBIAYAAN ,199.5,\n"
        ",PEMBIAYAAN NETTO ,100.5,\n";
    struct apbd_laporan l;
    char *m;
    assert_int_equal(read_report(text, &l, &m), APBD_OK);
    assert_int_equal(l.accounts_only, 1);
    assert_int_equal(l.top_mismatches, 0);
    assert_string_equal(l.kode_organisasi, APBD_ALL_SKPD);
    assert_string_equal(row_at(&l, 12)->code.akun, "5.1.7.07.002");
    assert_string_equal(row_at(&l, 12)->code.org, APBD_ALL_SKPD);
    assert_int_equal(l.total_a, 110050);
    assert_int_equal(l.leaves, 5);
    assert_int_equal(l.accrual_rows, 1);
    assert_non_null(strstr(m, ":13:18: warning: 'JUMLAH BELANJA' is written Rp11,005: its decimal "
                              "point is lost; read as Rp1,100.50"));
    assert_non_null(strstr(m, "note: a summary of the whole pemda by account, with no SKPD"));
    assert_null(strstr(m, "error"));
    free(m);
    apbd_laporan_release(&l);
}

static void test_sniff(void **state)
{
    (void)state;
    FILE *f = fopen(path, "wb");
    fputs("\xEF\xBB\xBFJudul;Penjabaran\n", f);
    fclose(f);
    assert_true(apbd_laporan_sniff(path));
    f = fopen(path, "wb");
    fputs("kode_skpd,nama_skpd\n", f);
    fclose(f);
    assert_false(apbd_laporan_sniff(path));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_joined_codes_three_notations),
        cmocka_unit_test(test_realisasi_report),
        cmocka_unit_test(test_inner_row_mismatch_reported),
        cmocka_unit_test(test_perubahan_jumlah_and_errors),
        cmocka_unit_test(test_joined_codes_sipd),
        cmocka_unit_test(test_lines_of_a_report),
        cmocka_unit_test(test_periods_and_charts),
        cmocka_unit_test(test_pemda_charts_and_privacy),
        cmocka_unit_test(test_headings_with_akun),
        cmocka_unit_test(test_unclosed_quote_in_a_row),
        cmocka_unit_test(test_quote_opened_at_row_end),
        cmocka_unit_test(test_stray_unit_codes),
        cmocka_unit_test(test_accounts_only_summary),
        cmocka_unit_test(test_sniff),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
