/* test_import.c: one behaviour of the importer per test, on in-memory files. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "apbd/coa.h"
#include "apbd/import.h"
#include "apbd/report.h"
#include "apbd/status.h"

static struct apbd_coa coa;

struct run {
    struct apbd_table t;
    char *out;          /* everything reported, in English */
    size_t out_len;
    int status;
};

static void import_bytes(struct run *r, const char *name, const char *bytes, size_t len)
{
    FILE *in = fmemopen((void *)bytes, len, "rb");
    FILE *out = open_memstream(&r->out, &r->out_len);
    assert_non_null(in);
    assert_non_null(out);
    struct apbd_report rep;
    apbd_report_init(&rep, out, APBD_LANG_EN);
    apbd_table_init(&r->t);
    struct apbd_import_opts opts = { .coa = &coa };
    apbd_report_begin_file(&rep, name);
    r->status = apbd_import_stream(&r->t, in, name, &opts, &rep);
    apbd_report_end_file(&rep);
    fclose(in);
    fclose(out);
}

static void import_text(struct run *r, const char *text)
{
    import_bytes(r, "2024-03.csv", text, strlen(text));
}

static void done(struct run *r)
{
    apbd_table_release(&r->t);
    free(r->out);
}

static void has(const struct run *r, const char *needle)
{
    if (!strstr(r->out, needle))
        fail_msg("report lacks \"%s\"; it says:\n%s", needle, r->out);
}

static void lacks(const struct run *r, const char *needle)
{
    if (strstr(r->out, needle))
        fail_msg("report should not say \"%s\"; it says:\n%s", needle, r->out);
}

#define HEAD "kode_skpd,nama_skpd,kode_sub_kegiatan,nama_sub_kegiatan,kode_rekening,uraian,sumber_dana,anggaran,realisasi\n"
#define L1 "1.02.0.00.0.00.01.0000,Dinas Kesehatan,1.02.02.2.01.0001,Layanan,5.1.02.01.01.0024,ATK,DAU,1500000,750000.50\n"
#define L2 "1.02.0.00.0.00.01.0000,Dinas Kesehatan,1.02.02.2.01.0001,Layanan,5.1.02.01.01.0026,Kertas,DAU,200000,0\n"

static void test_import_canonical_columns(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, HEAD L1 L2);
    assert_int_equal(r.status, APBD_OK);
    assert_int_equal(r.t.count, 2);
    const struct apbd_line *l = &r.t.lines[0];
    assert_string_equal(l->kode_skpd, "1.02.0.00.0.00.01.0000");
    assert_string_equal(l->kode_rekening, "5.1.02.01.01.0024");
    assert_string_equal(l->uraian, "ATK");
    assert_int_equal(l->anggaran_sen, 150000000);
    assert_int_equal(l->anggaran_murni_sen, 150000000);
    assert_int_equal(l->realisasi_sen, 75000050);
    assert_int_equal(l->lineno, 2);
    assert_int_equal(r.t.delimiter, ',');
    assert_int_equal(r.t.header_line, 1);
    has(&r, "encoding UTF-8, delimiter ',', line ends LF, header on line 1");
    done(&r);
}

static void test_import_strings_are_pooled(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, HEAD L1 L2);
    assert_ptr_equal(r.t.lines[0].nama_skpd, r.t.lines[1].nama_skpd);
    assert_ptr_equal(r.t.lines[0].kode_sub_kegiatan, r.t.lines[1].kode_sub_kegiatan);
    done(&r);
}

static void test_import_semicolon_delimiter(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening;uraian;anggaran;realisasi\n5.1.02.01.01.0024;ATK, kertas;1000;10\n");
    assert_int_equal(r.status, APBD_OK);
    assert_int_equal(r.t.delimiter, ';');
    assert_string_equal(r.t.lines[0].uraian, "ATK, kertas");
    done(&r);
}

static void test_import_tab_delimiter(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening\turaian\tanggaran\trealisasi\n5.1.02.01.01.0024\tATK kantor\t1000\t10\n");
    assert_int_equal(r.status, APBD_OK);
    assert_int_equal(r.t.delimiter, '\t');
    assert_string_equal(r.t.lines[0].uraian, "ATK kantor");
    has(&r, "delimiter TAB");
    done(&r);
}

static void test_import_utf8_bom(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "\xEF\xBB\xBFKode Rekening,Uraian,Anggaran,Realisasi\n5.1.02.01.01.0024,Caf\xC3\xA9,1000,10\n");
    assert_int_equal(r.status, APBD_OK);
    assert_int_equal(r.t.encoding, APBD_ENC_UTF8_BOM);
    assert_string_equal(r.t.lines[0].uraian, "Caf\xC3\xA9");
    done(&r);
}

static void test_import_windows_1252(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening;uraian;anggaran;realisasi\r\n"
                    "5.1.02.01.01.0024;Caf\xE9 \x97 \x93Kota\x94;1000;10\r\n");
    assert_int_equal(r.status, APBD_OK);
    assert_int_equal(r.t.encoding, APBD_ENC_CP1252);
    assert_int_equal(r.t.crlf, 1);
    assert_string_equal(r.t.lines[0].uraian,
                        "Caf\xC3\xA9 \xE2\x80\x94 \xE2\x80\x9CKota\xE2\x80\x9D");
    has(&r, "encoding Windows-1252, delimiter ';', line ends CRLF");
    done(&r);
}

static void test_import_quoted_fields(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening,uraian,anggaran,realisasi\n"
                    "5.1.02.01.01.0024,\"Belanja \"\"ATK\"\", kertas\nkantor\",1000,10\n"
                    "5.1.02.01.01.0026,Kertas,2000,20\n");
    assert_int_equal(r.status, APBD_OK);
    assert_int_equal(r.t.count, 2);
    assert_string_equal(r.t.lines[0].uraian, "Belanja \"ATK\", kertas\nkantor");
    assert_int_equal(r.t.lines[1].lineno, 4);
    done(&r);
}

static void test_import_title_rows_above_header(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "PEMERINTAH KOTA CONTOH\nLAPORAN REALISASI\nPosisi s.d. 31 Maret 2024\n\n"
                    "kode_rekening,uraian,anggaran,realisasi\n5.1.02.01.01.0024,ATK,1000,10\n");
    assert_int_equal(r.status, APBD_OK);
    assert_int_equal(r.t.header_line, 5);
    has(&r, "the title names the period 2024-03");
    done(&r);
}

static void test_import_period_in_title_differs(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "Posisi s.d. 31 Juli 2024\nkode_rekening,uraian,anggaran,realisasi\n"
                    "5.1.02.01.01.0024,ATK,1000,10\n");
    assert_int_equal(r.status, APBD_EDATA);
    has(&r, "2024-03.csv:1:16: error: the period in the file (2024-07) differs from the file's name (2024-03)");
    done(&r);
}

static void test_import_header_synonyms(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "KD_SKPD,Nama OPD,Kode Sub Kegiatan,Kode Rekening,Nama Rekening,Sumber Dana,"
                    "Pagu,Realisasi s.d. Bulan Ini\n"
                    "1.02.0.00.0.00.01.0000,Dinkes,1.02.02.2.01.0001,5.1.02.01.01.0024,ATK,DAU,1000,10\n");
    assert_int_equal(r.status, APBD_OK);
    assert_string_equal(r.t.lines[0].nama_skpd, "Dinkes");
    assert_string_equal(r.t.lines[0].uraian, "ATK");
    assert_int_equal(r.t.lines[0].realisasi_sen, 1000);
    has(&r, "column 'Realisasi s.d. Bulan Ini' read as realisasi");
    has(&r, "column 'Pagu' read as anggaran");
    done(&r);
}

static void test_import_revised_budget_and_murni(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening,uraian,Anggaran,Anggaran Setelah Perubahan,realisasi\n"
                    "5.1.02.01.01.0024,ATK,1000,1200,10\n");
    assert_int_equal(r.status, APBD_OK);
    assert_int_equal(r.t.lines[0].anggaran_sen, 120000);
    assert_int_equal(r.t.lines[0].anggaran_murni_sen, 100000);
    assert_true(r.t.has_murni);
    has(&r, "column 'Anggaran' read as anggaran_murni");
    has(&r, "column 'Anggaran Setelah Perubahan' read as anggaran");
    done(&r);
}

static void test_import_realisasi_three_columns_cross_checked(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening,uraian,anggaran,Realisasi s.d. Bulan Lalu,Realisasi Bulan Ini,"
                    "Realisasi s.d. Bulan Ini\n"
                    "5.1.02.01.01.0024,ATK,1000,100,50,150\n"
                    "5.1.02.01.01.0026,Kertas,1000,100,50,160\n");
    assert_int_equal(r.status, APBD_EDATA);
    assert_int_equal(r.t.count, 1);
    assert_int_equal(r.t.lines[0].realisasi_sen, 15000);
    has(&r, "realisasi to date checked against to last month + this month on every line");
    has(&r, "2024-03.csv:3:38: error: realisasi to date 160 is not realisasi to last month 100 + this month 50 = 150");
    done(&r);
}

static void test_import_realisasi_summed_from_parts(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening,uraian,anggaran,Realisasi s.d. Bulan Lalu,Realisasi Bulan Ini\n"
                    "5.1.02.01.01.0024,ATK,1000,100,50\n");
    assert_int_equal(r.status, APBD_OK);
    assert_int_equal(r.t.lines[0].realisasi_sen, 15000);
    has(&r, "no cumulative realisasi column");
    done(&r);
}

static void test_import_indonesian_numbers_reported(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening;uraian;anggaran;realisasi\n"
                    "5.1.02.01.01.0024;ATK;1500;-\n"
                    "5.1.02.01.01.0026;Kertas;Rp 1.234.567,89;(1.000)\n");
    assert_int_equal(r.status, APBD_OK);
    assert_int_equal(r.t.numstyle, APBD_NUM_ID);
    assert_int_equal(r.t.lines[0].realisasi_sen, 0);
    assert_int_equal(r.t.lines[1].anggaran_sen, 123456789);
    assert_int_equal(r.t.lines[1].realisasi_sen, -100000);
    has(&r, "number style Indonesian (1.234.567,89), decided from line 3: 'Rp 1.234.567,89'");
    done(&r);
}

static void test_import_number_style_is_per_file(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening;uraian;anggaran;realisasi\n"
                    "5.1.02.01.01.0024;ATK;1.500,00;10\n"
                    "5.1.02.01.01.0026;Kertas;1,500.00;10\n");
    assert_int_equal(r.status, APBD_EDATA);
    has(&r, "2024-03.csv:3:26: error: anggaran is written in English (1,234,567.89) style ('1,500.00'), "
            "but this file uses Indonesian (1.234.567,89) style (since line 2)");
    done(&r);
}

static void test_import_codes_normalised_and_reported(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening,uraian,anggaran,realisasi\n"
                    "'5.1.02.01.01.0024,ATK,1000,10\n"
                    " 5.1.02.01.01.0026 ,Kertas,1000,10\n"
                    "4.1.1.6.1.1,Pajak Hotel,1000,10\n");
    assert_int_equal(r.status, APBD_OK);
    assert_string_equal(r.t.lines[0].kode_rekening, "5.1.02.01.01.0024");
    assert_string_equal(r.t.lines[1].kode_rekening, "5.1.02.01.01.0026");
    assert_string_equal(r.t.lines[2].kode_rekening, "4.1.01.06.01.0001");
    has(&r, "kode_rekening ''5.1.02.01.01.0024' normalised to '5.1.02.01.01.0024'");
    has(&r, "kode_rekening '4.1.1.6.1.1' normalised to '4.1.01.06.01.0001'");
    done(&r);
}

static void test_import_code_subtotals_checked_and_dropped(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening,uraian,anggaran,realisasi\n"
                    "5.1,BELANJA OPERASI,3000,30\n"
                    "5.1.02,Belanja Barang dan Jasa,3000,30\n"
                    "5.1.02.01.01.0024,ATK,1000,10\n"
                    "5.1.02.01.01.0026,Kertas,2000,20\n");
    assert_int_equal(r.status, APBD_OK);
    assert_int_equal(r.t.count, 2);
    assert_int_equal(r.t.subtotals, 2);
    has(&r, "subtotal rows that match their lines and are not counted twice: 2");
    done(&r);
}

static void test_import_subtotal_mismatch_reported(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening,uraian,anggaran,realisasi\n"
                    "5.1.02,Belanja Barang dan Jasa,3000,31\n"
                    "5.1.02.01.01.0024,ATK,1000,10\n"
                    "5.1.02.01.01.0026,Kertas,2000,20\n");
    assert_int_equal(r.status, APBD_EDATA);
    has(&r, "2024-03.csv:2:37: error: subtotal row 5.1.02 does not match its lines: realisasi says 31, "
            "its lines add up to 30 (difference 1)");
    has(&r, "(lines 3 to 4)");
    done(&r);
}

static void test_import_jumlah_row_checked(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, HEAD L1 L2
                "1.02.0.00.0.00.01.0000,Dinas Kesehatan,,,,Jumlah Dinas Kesehatan,,1700000,750000.50\n"
                ",,,,,TOTAL,,1700000,750000.49\n");
    assert_int_equal(r.status, APBD_EDATA);
    assert_int_equal(r.t.count, 2);
    has(&r, "subtotal row TOTAL does not match its lines: realisasi says 750,000.49, its lines add up to "
            "750,000.50 (difference -0.01)");
    lacks(&r, "Jumlah Dinas Kesehatan does not match");
    done(&r);
}

static void test_import_negative_anggaran(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening,uraian,anggaran,realisasi\n5.1.02.01.01.0024,ATK,-1000,10\n");
    assert_int_equal(r.status, APBD_EDATA);
    has(&r, "2024-03.csv:2:23: error: negative anggaran on a detail line: '-1,000'");
    done(&r);
}

static void test_import_unknown_jenis_names_nearest(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening,uraian,anggaran,realisasi\n5.1.09.01.01.0001,X,1000,10\n");
    assert_int_equal(r.status, APBD_EDATA);
    has(&r, "error: account '5.1.09.01.01.0001': jenis '5.1.09' is not in the Permendagri 90/2019 chart");
    has(&r, "the nearest known one is '5.1.06' (Belanja Bantuan Sosial)");
    done(&r);
}

static void test_import_malformed_code(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening,uraian,anggaran,realisasi\n5.1.0X.01,ATK,1000,10\n");
    assert_int_equal(r.status, APBD_EDATA);
    has(&r, "2024-03.csv:2:1: error: kode_rekening is not a valid account code: '5.1.0X.01'");
    done(&r);
}

static void test_import_not_a_number_quotes_text(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening;uraian;anggaran;realisasi\n5.1.02.01.01.0024;ATK;1.234,5x;0\n");
    assert_int_equal(r.status, APBD_EDATA);
    has(&r, "2024-03.csv:2:23: error: anggaran is not a number: '1.234,5x'");
    has(&r, "      |                       ^");
    has(&r, "hint: write the number like 1.234.567,89 or 1,234,567.89, in one style for the whole file");
    done(&r);
}

static void test_import_overflow(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening,uraian,anggaran,realisasi\n5.1.02.01.01.0024,ATK,99999999999999999999,0\n");
    assert_int_equal(r.status, APBD_EDATA);
    has(&r, "error: anggaran is too large: '99999999999999999999'");
    done(&r);
}

static void test_import_sisa_and_persen_cross_checked(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening,uraian,anggaran,realisasi,sisa,%\n"
                    "5.1.02.01.01.0024,ATK,3000,1000,2000,33.33\n"
                    "5.1.02.01.01.0026,Kertas,3000,1000,2001,33.33\n"
                    "5.1.02.01.01.0027,Map,3000,1000,2000,35.00\n");
    assert_int_equal(r.status, APBD_EDATA);
    has(&r, "2024-03.csv:3:36: error: sisa 2,001 is not anggaran − realisasi = 2,000");
    has(&r, "2024-03.csv:4:38: error: percent 35.00 is not realisasi / anggaran = 33.33");
    done(&r);
}

static void test_import_field_count(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening;uraian;anggaran;realisasi\n5.1.02.01.01.0024;ATK; kertas;1000;10\n"
                    "5.1.02.01.01.0026;Kertas;1000;10;;\n");
    assert_int_equal(r.status, APBD_EDATA);
    assert_int_equal(r.t.count, 1);
    has(&r, "2024-03.csv:2:36: error: this line has 5 filled fields but the header only 4");
    has(&r, "text that contains the delimiter ';' must be quoted");
    done(&r);
}

static void test_import_undecodable_utf8(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening,uraian,anggaran,realisasi\n5.1.02.01.01.0024,Caf\xC3\xA9,1000,10\n"
                    "5.1.02.01.01.0026,K\xFFrtas,1000,10\n");
    assert_int_equal(r.status, APBD_EDATA);
    has(&r, "2024-03.csv:3:20: error: bytes that are not valid UTF-8: \\xFF");
    done(&r);
}

static void test_import_undecodable_windows_1252(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening,uraian,anggaran,realisasi\n5.1.02.01.01.0024,Caf\xE9,1000,10\n"
                    "5.1.02.01.01.0026,K\x81rtas,1000,10\n");
    assert_int_equal(r.status, APBD_EDATA);
    has(&r, "2024-03.csv:3:20: error: bytes that are not valid Windows-1252: \\x81");
    done(&r);
}

static void test_import_empty_file(void **state)
{
    (void)state;
    struct run r;
    import_bytes(&r, "2024-03.csv", "", 0);
    assert_int_equal(r.status, APBD_EDATA);
    has(&r, "2024-03.csv:1:1: error: the file is empty");
    done(&r);
}

static void test_import_no_header(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "a,b,c\n1,2,3\n");
    assert_int_equal(r.status, APBD_EDATA);
    has(&r, "2024-03.csv:1:1: error: no recognised header row in the first 50 lines");
    done(&r);
}

static void test_import_missing_required_column(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening,uraian,anggaran\n5.1.02.01.01.0024,ATK,1000\n");
    assert_int_equal(r.status, APBD_EDATA);
    has(&r, "2024-03.csv:1:1: error: required column realisasi is missing from the header");
    done(&r);
}

static void test_import_line_over_1_mib(void **state)
{
    (void)state;
    size_t big = (1u << 20) + 100;
    const char *head = "kode_rekening,uraian,anggaran,realisasi\n";
    const char *tail = "\n5.1.02.01.01.0024,ATK,1000,10\n";
    char *buf = malloc(strlen(head) + big + strlen(tail) + 1);
    strcpy(buf, head);
    memset(buf + strlen(head), 'x', big);
    strcpy(buf + strlen(head) + big, tail);
    struct run r;
    import_text(&r, buf);
    assert_int_equal(r.status, APBD_EDATA);
    assert_int_equal(r.t.count, 1);
    has(&r, "2024-03.csv:2:1: error: line longer than 1 MiB");
    done(&r);
    free(buf);
}

static void test_import_unclosed_quote(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_rekening,uraian,anggaran,realisasi\n5.1.02.01.01.0024,\"ATK,1000,10\n"
                    "5.1.02.01.01.0026,Kertas,1000,10\n");
    assert_int_equal(r.status, APBD_EDATA);
    has(&r, "2024-03.csv:2:1: error: a quote (\") opened on this line is never closed");
    done(&r);
}

static void test_import_nul_bytes(void **state)
{
    (void)state;
    struct run r;
    import_bytes(&r, "2024-03.csv", "PK\x03\x04\0\0xlsx", 10);
    assert_int_equal(r.status, APBD_EDATA);
    has(&r, "it is not a CSV text file");
    done(&r);
}

static void test_import_period_from_name(void **state)
{
    (void)state;
    char p[8];
    assert_int_equal(apbd_period_from_name("budgets/2024/2024-07.csv", p), 0);
    assert_string_equal(p, "2024-07");
    assert_int_equal(apbd_period_from_name("2024-13.csv", p), -1);
    assert_int_equal(apbd_period_from_name("report.csv", p), -1);
    unsigned col;
    assert_int_equal(apbd_period_in_text("Posisi s.d. 31 Juli 2024", 24, p, &col), 0);
    assert_string_equal(p, "2024-07");
    assert_int_equal(col, 16);
    assert_int_equal(apbd_period_in_text("Bulan: MEI, 2025", 16, p, &col), 0);
    assert_string_equal(p, "2025-05");
    assert_int_equal(apbd_period_in_text("Kemeiaan 2024", 13, p, &col), -1);
}

static int setup(void **state)
{
    (void)state;
    struct apbd_report rep;
    apbd_report_init(&rep, stderr, APBD_LANG_EN);
    return apbd_coa_load(&coa, "permendagri-90-2019.csv", "Permendagri 90/2019", &rep);
}

static int teardown(void **state)
{
    (void)state;
    apbd_coa_release(&coa);
    return 0;
}

/* Lines ordered by a prefix of their key, ties in table order; and lines
 * appended from another table keep their strings and remember their file. */
static void test_table_order_and_merge(void **state)
{
    (void)state;
    struct run r;
    import_text(&r, "kode_skpd,kode_sub_kegiatan,kode_rekening,sumber_dana,anggaran,realisasi\n"
                    "2.00,1.02.02.2.01.0001,5.1.02.01.01.0024,DAU,1,0\n"
                    "1.00,1.02.02.2.01.0002,5.1.02.01.01.0026,PAD,2,0\n"
                    "1.00,1.02.02.2.01.0001,5.1.02.01.01.0026,DAU,3,0\n"
                    "1.00,1.02.02.2.01.0001,5.1.02.01.01.0024,PAD,4,0\n"
                    "1.00,1.02.02.2.01.0001,5.1.02.01.01.0024,DAU,5,0\n");
    assert_int_equal(r.status, APBD_OK);
    size_t *o = apbd_table_order(&r.t, APBD_KEY_SKPD);
    const size_t skpd[] = { 1, 2, 3, 4, 0 };
    assert_memory_equal(o, skpd, sizeof(skpd));
    free(o);
    o = apbd_table_order(&r.t, APBD_KEY_SUB);
    const size_t sub[] = { 2, 3, 4, 1, 0 };
    assert_memory_equal(o, sub, sizeof(sub));
    free(o);
    o = apbd_table_order(&r.t, APBD_KEY_FULL);
    const size_t full[] = { 4, 3, 2, 1, 0 };
    assert_memory_equal(o, full, sizeof(full));
    free(o);
    assert_int_equal(apbd_line_key_cmp(&r.t.lines[3], &r.t.lines[4], APBD_KEY_REKENING), 0);
    assert_true(apbd_line_key_cmp(&r.t.lines[3], &r.t.lines[4], APBD_KEY_FULL) > 0);

    struct apbd_table m;
    apbd_table_init(&m);
    uint16_t f = apbd_table_add_file(&m, "2024-03/01-dinkes.csv");
    for (size_t i = 0; i < r.t.count; i++) {
        struct apbd_line l = r.t.lines[i];
        l.file = f;
        apbd_table_add(&m, &l);
    }
    free(r.out);
    apbd_table_release(&r.t);       /* the merged table owns its own strings */
    assert_int_equal(m.count, 5);
    assert_string_equal(m.lines[4].kode_rekening, "5.1.02.01.01.0024");
    assert_string_equal(m.lines[4].sumber_dana, "DAU");
    assert_ptr_equal(m.lines[1].kode_skpd, m.lines[2].kode_skpd);     /* interned once */
    assert_string_equal(apbd_line_file(&m, &m.lines[0]), "2024-03/01-dinkes.csv");
    apbd_table_release(&m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_import_canonical_columns),
        cmocka_unit_test(test_import_strings_are_pooled),
        cmocka_unit_test(test_import_semicolon_delimiter),
        cmocka_unit_test(test_import_tab_delimiter),
        cmocka_unit_test(test_import_utf8_bom),
        cmocka_unit_test(test_import_windows_1252),
        cmocka_unit_test(test_import_quoted_fields),
        cmocka_unit_test(test_import_title_rows_above_header),
        cmocka_unit_test(test_import_period_in_title_differs),
        cmocka_unit_test(test_import_header_synonyms),
        cmocka_unit_test(test_import_revised_budget_and_murni),
        cmocka_unit_test(test_import_realisasi_three_columns_cross_checked),
        cmocka_unit_test(test_import_realisasi_summed_from_parts),
        cmocka_unit_test(test_import_indonesian_numbers_reported),
        cmocka_unit_test(test_import_number_style_is_per_file),
        cmocka_unit_test(test_import_codes_normalised_and_reported),
        cmocka_unit_test(test_import_code_subtotals_checked_and_dropped),
        cmocka_unit_test(test_import_subtotal_mismatch_reported),
        cmocka_unit_test(test_import_jumlah_row_checked),
        cmocka_unit_test(test_import_negative_anggaran),
        cmocka_unit_test(test_import_unknown_jenis_names_nearest),
        cmocka_unit_test(test_import_malformed_code),
        cmocka_unit_test(test_import_not_a_number_quotes_text),
        cmocka_unit_test(test_import_overflow),
        cmocka_unit_test(test_import_sisa_and_persen_cross_checked),
        cmocka_unit_test(test_import_field_count),
        cmocka_unit_test(test_import_undecodable_utf8),
        cmocka_unit_test(test_import_undecodable_windows_1252),
        cmocka_unit_test(test_import_empty_file),
        cmocka_unit_test(test_import_no_header),
        cmocka_unit_test(test_import_missing_required_column),
        cmocka_unit_test(test_import_line_over_1_mib),
        cmocka_unit_test(test_import_unclosed_quote),
        cmocka_unit_test(test_import_nul_bytes),
        cmocka_unit_test(test_import_period_from_name),
        cmocka_unit_test(test_table_order_and_merge),
    };
    return cmocka_run_group_tests_name("import", tests, setup, teardown);
}
