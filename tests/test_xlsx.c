/* test_xlsx.c: the streaming XLSX reader: workbooks written by
 * libxlsxwriter for the ordinary shapes, parts written by hand (through
 * libzip) for the ones it never writes, hostile parts, and the real SIPD
 * exports when they are here. Each sheet is read back as text, one line a
 * row: "3: A3=s:Gaji B3=n:1500" (s string, n number, b bool, e error). */
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
#include <xlsxwriter.h>
#include <zip.h>

#include "apbd/xlsx.h"

static char dir[] = "/tmp/apbd-test-xlsx-XXXXXX";
static char path[64];

static int setup(void **state)
{
    (void)state;
    if (!mkdtemp(dir))
        return -1;
    snprintf(path, sizeof(path), "%s/book.xlsx", dir);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    unlink(path);
    return rmdir(dir);
}

/* ---- writing workbooks ---- */

struct part {
    const char *name;
    const char *text;
};

/* A zip of the parts; text NULL ends the list. */
static void write_zip(const struct part *parts)
{
    int code;
    unlink(path);
    zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code);
    assert_non_null(z);
    for (const struct part *p = parts; p->name; p++) {
        zip_source_t *s = zip_source_buffer(z, p->text, strlen(p->text), 0);
        assert_non_null(s);
        assert_true(zip_file_add(z, p->name, s, ZIP_FL_OVERWRITE) >= 0);
    }
    assert_int_equal(zip_close(z), 0);
}

#define NS "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " \
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define RELS_NS "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\""
#define REL_TYPE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

static const char root_rels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships " RELS_NS ">"
    "<Relationship Id=\"rId1\" Type=\"" REL_TYPE "officeDocument\" Target=\"xl/workbook.xml\"/>"
    "</Relationships>";

static const char workbook[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<workbook " NS "><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

static const char workbook_rels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships " RELS_NS ">"
    "<Relationship Id=\"rId1\" Type=\"" REL_TYPE "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"" REL_TYPE "sharedStrings\" Target=\"sharedStrings.xml\"/>"
    "</Relationships>";

/* One sheet (its sheetData inside a worksheet) and, unless NULL, shared
 * strings (the si elements inside an sst). */
static void write_sheet(const char *sheet_data, const char *sst_items)
{
    char *sheet = NULL, *sst = NULL;
    assert_true(asprintf(&sheet, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<worksheet " NS "><sheetData>%s</sheetData></worksheet>", sheet_data) > 0);
    if (sst_items)
        assert_true(asprintf(&sst, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<sst " NS ">%s</sst>", sst_items) > 0);
    struct part parts[] = {
        { "_rels/.rels", root_rels },
        { "xl/workbook.xml", workbook },
        { "xl/_rels/workbook.xml.rels", workbook_rels },
        { "xl/worksheets/sheet1.xml", sheet },
        { sst ? "xl/sharedStrings.xml" : NULL, sst },
        { NULL, NULL },
    };
    write_zip(parts);
    free(sheet);
    free(sst);
}

/* ---- reading them back ---- */

struct text {
    char *s;
    size_t len;
    unsigned stop_after;        /* rows handed over before cb asks to stop; 0 never */
    unsigned rows;
};

static void add(struct text *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *piece;
    assert_true(vasprintf(&piece, fmt, ap) >= 0);
    va_end(ap);
    size_t n = strlen(piece);
    t->s = realloc(t->s, t->len + n + 1);
    memcpy(t->s + t->len, piece, n + 1);
    t->len += n;
    free(piece);
}

static int on_row(unsigned row, const struct apbd_xlsx_cell *cells, size_t n, void *ctx)
{
    struct text *t = ctx;
    static const char types[] = "snbe";
    add(t, "%u:", row);
    for (size_t i = 0; i < n; i++) {
        char ref[16];
        apbd_xlsx_cell_ref(cells[i].col, row, ref);
        assert_int_equal(strlen(cells[i].s), cells[i].len);
        assert_true(i == 0 || cells[i - 1].col < cells[i].col);
        add(t, " %s=%c:%s", ref, types[cells[i].type], cells[i].s);
    }
    add(t, "\n");
    return t->stop_after && ++t->rows == t->stop_after;
}

/* Sheet k of the workbook at path as text (NULL on error, err filled). */
static char *read_sheet(size_t k, unsigned max_row, unsigned stop_after, char *err)
{
    struct apbd_xlsx *x;
    err[0] = '\0';
    if (apbd_xlsx_open(&x, path, err, 256) < 0)
        return NULL;
    struct text t = { .s = strdup(""), .stop_after = stop_after };
    int rc = apbd_xlsx_rows(x, k, max_row, on_row, &t, err, 256);
    apbd_xlsx_close(x);
    if (rc < 0) {
        free(t.s);
        return NULL;
    }
    return t.s;
}

static void sheet_is(const char *want)
{
    char err[256];
    char *got = read_sheet(0, 0, 0, err);
    if (!got)
        fail_msg("%s", err);
    assert_string_equal(got, want);
    free(got);
}

/* The reading fails, with a message holding each of the wants. */
static void sheet_fails(const char *want1, const char *want2)
{
    char err[256];
    char *got = read_sheet(0, 0, 0, err);
    if (got)
        fail_msg("read, but should not: %s", got);
    if (!strstr(err, want1) || (want2 && !strstr(err, want2)))
        fail_msg("message '%s' lacks '%s' / '%s'", err, want1, want2 ? want2 : "");
}

/* ---- libxlsxwriter's workbooks ---- */

static void test_xlsx_shared_strings(void **state)
{
    (void)state;
    lxw_workbook *wb = workbook_new(path);
    lxw_worksheet *ws = workbook_add_worksheet(wb, NULL);
    worksheet_write_string(ws, 0, 0, "kode_rekening", NULL);
    worksheet_write_string(ws, 0, 1, "PAGU", NULL);
    worksheet_write_string(ws, 1, 0, "5.1.01.01.01.0001", NULL);
    worksheet_write_string(ws, 1, 1, "Belanja Gaji – Pokok PNS", NULL);
    worksheet_write_string(ws, 2, 1, "PAGU", NULL);    /* the same shared string again */
    assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
    sheet_is("1: A1=s:kode_rekening B1=s:PAGU\n"
             "2: A2=s:5.1.01.01.01.0001 B2=s:Belanja Gaji – Pokok PNS\n"
             "3: B3=s:PAGU\n");
}

static void test_xlsx_numbers_as_written(void **state)
{
    (void)state;
    lxw_workbook *wb = workbook_new(path);
    lxw_worksheet *ws = workbook_add_worksheet(wb, NULL);
    worksheet_write_number(ws, 0, 0, 866035384427.0, NULL);
    worksheet_write_number(ws, 0, 1, 0.0015, NULL);
    worksheet_write_number(ws, 0, 2, -1500.25, NULL);
    worksheet_write_number(ws, 0, 3, 0, NULL);
    worksheet_write_boolean(ws, 0, 4, 1, NULL);
    assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
    sheet_is("1: A1=n:866035384427 B1=n:0.0015 C1=n:-1500.25 D1=n:0 E1=b:1\n");

    /* what other writers put in <v>, passed on untouched */
    write_sheet("<row r=\"1\"><c r=\"A1\"><v>1.5E-3</v></c><c r=\"B1\" t=\"n\"><v>12.300000000000001</v></c>"
                "<c r=\"C1\"><v> 7 </v></c></row>", NULL);
    sheet_is("1: A1=n:1.5E-3 B1=n:12.300000000000001 C1=n:7\n");
}

static void test_xlsx_sheet_names_in_order(void **state)
{
    (void)state;
    lxw_workbook *wb = workbook_new(path);
    static const char *names[] = { "Pendapatan", "Belanja", "Realisasi – Mei" };
    for (int i = 0; i < 3; i++) {
        lxw_worksheet *ws = workbook_add_worksheet(wb, names[i]);
        worksheet_write_string(ws, 0, 0, names[i], NULL);
        worksheet_write_number(ws, 1, 0, i, NULL);
    }
    assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
    char err[256];
    struct apbd_xlsx *x;
    assert_int_equal(apbd_xlsx_open(&x, path, err, sizeof(err)), 0);
    assert_int_equal(apbd_xlsx_sheet_count(x), 3);
    for (size_t i = 0; i < 3; i++)
        assert_string_equal(apbd_xlsx_sheet_name(x, i), names[i]);
    assert_null(apbd_xlsx_sheet_name(x, 3));
    struct text t = { .s = strdup("") };
    assert_int_equal(apbd_xlsx_rows(x, 2, 0, on_row, &t, err, sizeof(err)), 0);
    assert_string_equal(t.s, "1: A1=s:Realisasi – Mei\n2: A2=n:2\n");
    free(t.s);
    assert_int_equal(apbd_xlsx_rows(x, 3, 0, on_row, &t, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "no sheet 4"));
    apbd_xlsx_close(x);
}

static void test_xlsx_empty_cells_skipped(void **state)
{
    (void)state;
    lxw_workbook *wb = workbook_new(path);
    lxw_worksheet *ws = workbook_add_worksheet(wb, NULL);
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    worksheet_write_string(ws, 0, 0, "a", NULL);
    worksheet_write_blank(ws, 0, 1, bold);             /* <c r="B1" s="1"/> */
    worksheet_write_number(ws, 0, 2, 3, NULL);
    worksheet_write_blank(ws, 1, 0, bold);             /* a row of blanks only */
    worksheet_write_blank(ws, 1, 3, bold);
    worksheet_write_string(ws, 3, 3, "d", bold);
    assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
    sheet_is("1: A1=s:a C1=n:3\n4: D4=s:d\n");

    /* empty values written out: an empty <v/>, an empty inline string */
    write_sheet("<row r=\"1\"><c r=\"A1\"><v></v></c><c r=\"B1\" t=\"inlineStr\"><is><t/></is></c>"
                "<c r=\"C1\" t=\"str\"><f>\"\"</f><v></v></c><c r=\"D1\" t=\"s\"><v>0</v></c></row>"
                "<row r=\"2\"><c r=\"B2\"><v>1</v></c></row>",
                "<si><t></t></si>");
    sheet_is("2: B2=n:1\n");
}

static void test_xlsx_big_row_numbers(void **state)
{
    (void)state;
    lxw_workbook *wb = workbook_new(path);
    lxw_worksheet *ws = workbook_add_worksheet(wb, NULL);
    worksheet_write_string(ws, 0, 0, "first", NULL);
    worksheet_write_number(ws, 70000, 26, 1, NULL);
    worksheet_write_string(ws, 1048575, 16383, "last", NULL);
    assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
    sheet_is("1: A1=s:first\n70001: AA70001=n:1\n1048576: XFD1048576=s:last\n");
}

/* ---- hand-written parts ---- */

static void test_xlsx_inline_strings(void **state)
{
    (void)state;
    write_sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Dinas Pendidikan</t></is></c>"
                "<c r=\"B1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> spasi </t></is></c>"
                "<c r=\"C1\" t=\"inlineStr\"><is><t>a &amp; b &lt;c&gt;</t></is></c></row>", NULL);
    sheet_is("1: A1=s:Dinas Pendidikan B1=s: spasi  C1=s:a & b <c>\n");
}

static void test_xlsx_rich_text_runs(void **state)
{
    (void)state;
    write_sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                "<c r=\"C1\" t=\"inlineStr\"><is><r><t>in</t></r><r><rPr><b/></rPr><t>line</t></r></is></c>"
                "</row>",
                "<si><r><t>Belanja </t></r><r><rPr><b/><sz val=\"11\"/></rPr><t>Modal</t></r></si>"
                "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh><phoneticPr fontId=\"1\"/></si>");
    sheet_is("1: A1=s:Belanja Modal B1=s:漢字 C1=s:inline\n");
}

static void test_xlsx_namespace_prefixed_elements(void **state)
{
    (void)state;
    static const char xns[] = "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    static const char pns[] = "xmlns:p=\"http://schemas.openxmlformats.org/package/2006/relationships\"";
    char wb[512], rels[1024], sheet[512], sst[256];
    snprintf(wb, sizeof(wb), "<x:workbook %s xmlns:rel=\"http://schemas.openxmlformats.org/"
             "officeDocument/2006/relationships\"><x:sheets><x:sheet name=\"Prefixed\" sheetId=\"1\" "
             "rel:id=\"s1\"/></x:sheets></x:workbook>", xns);
    snprintf(rels, sizeof(rels), "<p:Relationships %s>"
             "<p:Relationship Id=\"s1\" Type=\"" REL_TYPE "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
             "<p:Relationship Id=\"s2\" Type=\"" REL_TYPE "sharedStrings\" Target=\"strings.xml\"/>"
             "</p:Relationships>", pns);
    snprintf(sheet, sizeof(sheet), "<x:worksheet %s><x:sheetData><x:row r=\"2\">"
             "<x:c r=\"B2\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"C2\"><x:v>42</x:v></x:c>"
             "</x:row></x:sheetData></x:worksheet>", xns);
    snprintf(sst, sizeof(sst), "<x:sst %s><x:si><x:t>awalan</x:t></x:si></x:sst>", xns);
    struct part parts[] = {
        { "xl/workbook.xml", wb },                      /* no _rels/.rels: the usual place */
        { "xl/_rels/workbook.xml.rels", rels },
        { "xl/worksheets/sheet1.xml", sheet },
        { "xl/strings.xml", sst },
        { NULL, NULL },
    };
    write_zip(parts);
    sheet_is("2: B2=s:awalan C2=n:42\n");
}

static void test_xlsx_absolute_and_relative_targets(void **state)
{
    (void)state;
    static const char wb[] =
        "<workbook " NS "><sheets><sheet name=\"One\" r:id=\"a\"/><sheet name=\"Two\" r:id=\"b\"/>"
        "</sheets></workbook>";
    static const char rels[] =
        "<Relationships " RELS_NS ">"
        "<Relationship Id=\"a\" Type=\"" REL_TYPE "worksheet\" Target=\"/xl/worksheets/one.xml\"/>"
        "<Relationship Id=\"b\" Type=\"" REL_TYPE "worksheet\" Target=\"./sheets/../worksheets/two%20b.xml\"/>"
        "<Relationship Id=\"c\" Type=\"" REL_TYPE "sharedStrings\" Target=\"/xl/sst.xml\"/>"
        "</Relationships>";
    static const char rootrels[] =
        "<Relationships " RELS_NS ">"
        "<Relationship Id=\"r\" Type=\"" REL_TYPE "officeDocument\" Target=\"/xl/book.xml\"/>"
        "</Relationships>";
    struct part parts[] = {
        { "_rels/.rels", rootrels },
        { "xl/book.xml", wb },
        { "xl/_rels/book.xml.rels", rels },
        { "xl/worksheets/one.xml", "<worksheet " NS "><sheetData><row><c t=\"s\"><v>0</v></c></row>"
          "</sheetData></worksheet>" },
        { "xl/worksheets/two b.xml", "<worksheet " NS "><sheetData><row><c><v>2</v></c></row>"
          "</sheetData></worksheet>" },
        { "xl/sst.xml", "<sst " NS "><si><t>mutlak</t></si></sst>" },
        { NULL, NULL },
    };
    write_zip(parts);
    sheet_is("1: A1=s:mutlak\n");
    char err[256];
    char *got = read_sheet(1, 0, 0, err);
    assert_non_null(got);
    assert_string_equal(got, "1: A1=n:2\n");
    free(got);
}

static void test_xlsx_rows_and_cells_without_r(void **state)
{
    (void)state;
    write_sheet("<row><c><v>1</v></c><c><v>2</v></c></row>"
                "<row/>"
                "<row><c r=\"C3\"><v>3</v></c><c><v>4</v></c><c/><c><v>6</v></c></row>"
                "<row r=\"7\"><c><v>7</v></c></row>"
                "<row><c r=\"Z8\"><v>8</v></c></row>", NULL);
    sheet_is("1: A1=n:1 B1=n:2\n3: C3=n:3 D3=n:4 F3=n:6\n7: A7=n:7\n8: Z8=n:8\n");
}

static void test_xlsx_escapes_decoded(void **state)
{
    (void)state;
    write_sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                "<c r=\"B1\" t=\"inlineStr\"><is><t>tab_x0009_here</t></is></c>"
                "<c r=\"C1\" t=\"str\"><v>_x005F_x000D_ stays</v></c>"
                "<c r=\"D1\" t=\"s\"><v>1</v></c></row>",
                "<si><t>baris_x000D__x000A_dua</t></si>"
                "<si><t>_xD83D__xDE00_ _x20AC_ _x0000_ _xZZZZ_ _x41_</t></si>");
    sheet_is("1: A1=s:baris\r\ndua B1=s:tab\there C1=s:_x000D_ stays "
             "D1=s:\xF0\x9F\x98\x80 € _x0000_ _xZZZZ_ _x41_\n");
}

static void test_xlsx_formula_cached_value(void **state)
{
    (void)state;
    write_sheet("<row r=\"1\"><c r=\"A1\"><f>SUM(B1:C1)</f><v>300</v></c>"
                "<c r=\"B1\" t=\"str\"><f>\"Rp\"&amp;A1</f><v>Rp300</v></c>"
                "<c r=\"C1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                "<c r=\"D1\" t=\"b\"><f>TRUE()</f><v>1</v></c>"
                "<c r=\"E1\"><f>A1*2</f></c></row>", NULL);
    sheet_is("1: A1=n:300 B1=s:Rp300 C1=e:#DIV/0! D1=b:1\n");
}

static void test_xlsx_cells_sorted_by_column(void **state)
{
    (void)state;
    write_sheet("<row r=\"1\"><c r=\"C1\"><v>3</v></c><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row>",
                NULL);
    sheet_is("1: A1=n:1 B1=n:2 C1=n:3\n");
}

static void test_xlsx_max_row_and_early_stop(void **state)
{
    (void)state;
    write_sheet("<row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></c></row>"
                "<row r=\"5\"><c><v>5</v></c></row><row r=\"6\"><c><v>6</v></c></row>"
                "<row r=\"6\"><c><v>bad, never reached</v></c></row>", NULL);
    char err[256];
    char *got = read_sheet(0, 2, 0, err);
    assert_string_equal(got, "1: A1=n:1\n2: A2=n:2\n");
    free(got);
    got = read_sheet(0, 4, 0, err);     /* the next row is past it */
    assert_string_equal(got, "1: A1=n:1\n2: A2=n:2\n");
    free(got);
    got = read_sheet(0, 0, 3, err);
    assert_string_equal(got, "1: A1=n:1\n2: A2=n:2\n5: A5=n:5\n");
    free(got);
}

static void test_xlsx_open_buffer(void **state)
{
    (void)state;
    write_sheet("<row r=\"3\"><c r=\"B3\" t=\"s\"><v>0</v></c></row>", "<si><t>memori</t></si>");
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    static char data[8192];
    size_t n = fread(data, 1, sizeof(data), f);
    fclose(f);
    char err[256];
    struct apbd_xlsx *x;
    assert_int_equal(apbd_xlsx_open_buffer(&x, data, n, err, sizeof(err)), 0);
    assert_string_equal(apbd_xlsx_sheet_name(x, 0), "Data");
    struct text t = { .s = strdup("") };
    assert_int_equal(apbd_xlsx_rows(x, 0, 0, on_row, &t, err, sizeof(err)), 0);
    assert_string_equal(t.s, "3: B3=s:memori\n");
    free(t.s);
    apbd_xlsx_close(x);
    assert_int_equal(apbd_xlsx_open_buffer(&x, data, 100, err, sizeof(err)), -1);
    assert_null(x);
    assert_non_null(strstr(err, "zip"));
    assert_int_equal(apbd_xlsx_open_buffer(&x, NULL, 0, err, sizeof(err)), -1);
    apbd_xlsx_close(NULL);
}

/* ---- what is refused ---- */

static void test_xlsx_malformed_xml_is_error(void **state)
{
    (void)state;
    write_sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>\n<row r=\"2\"><c r=\"A2\"><v>2</c></row>",
                NULL);
    sheet_fails("xl/worksheets/sheet1.xml:3:", "not well-formed XML: mismatched tag");

    /* in the workbook part: open fails */
    struct part parts[] = {
        { "xl/workbook.xml", "<workbook " NS "><sheets><sheet name=\"a\" r:id=\"x\"></sheets>" },
        { "xl/_rels/workbook.xml.rels", workbook_rels },
        { NULL, NULL },
    };
    write_zip(parts);
    char err[256];
    struct apbd_xlsx *x;
    assert_int_equal(apbd_xlsx_open(&x, path, err, sizeof(err)), -1);
    assert_null(x);
    assert_non_null(strstr(err, "xl/workbook.xml:1:"));
}

static void test_xlsx_missing_shared_strings_is_error(void **state)
{
    (void)state;
    write_sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c></row>",
                NULL);
    sheet_fails("xl/worksheets/sheet1.xml:", "cell B2 uses a shared string, but the workbook has no shared strings part");
}

static void test_xlsx_shared_string_index_out_of_range(void **state)
{
    (void)state;
    write_sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>2</v></c></row>",
                "<si><t>nol</t></si><si><t>satu</t></si>");
    sheet_fails("cell B1 uses shared string '2', but the workbook has only 2", NULL);
    write_sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>-1</v></c></row>", "<si><t>nol</t></si>");
    sheet_fails("cell A1 uses shared string '-1'", NULL);
    write_sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99999999999999999999999</v></c></row>",
                "<si><t>nol</t></si>");
    sheet_fails("cell A1 uses shared string '99999999999999999999'", NULL);
}

static void test_xlsx_cell_text_over_limit(void **state)
{
    (void)state;
    size_t n = APBD_XLSX_MAX_TEXT + 1;
    char *big = malloc(n + 1);
    memset(big, 'a', n);
    big[n] = '\0';
    char *row;
    assert_true(asprintf(&row, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>%s</t></is></c></row>", big) > 0);
    write_sheet(row, NULL);
    sheet_fails("cell A1 holds more than 32767 bytes of text", NULL);
    free(row);
    assert_true(asprintf(&row, "<si><t>%s</t></si>", big) > 0);
    write_sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", row);
    char err[256];
    struct apbd_xlsx *x;
    assert_int_equal(apbd_xlsx_open(&x, path, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "xl/sharedStrings.xml:"));
    assert_non_null(strstr(err, "shared string 0 is longer than 32767 bytes"));
    free(row);
    /* exactly at the limit is fine; so is a longer text that escapes shrink to it */
    big[n - 1] = '\0';
    assert_true(asprintf(&row, "<row r=\"1\"><c r=\"C1\" t=\"str\"><v>%s</v></c>"
                         "<c r=\"D1\" t=\"str\"><v>_x0041__x0042_</v></c></row>", big) > 0);
    write_sheet(row, NULL);
    char *got = read_sheet(0, 0, 0, err);
    assert_non_null(got);
    assert_int_equal(strlen(got), strlen("1: C1=s: D1=s:AB\n") + APBD_XLSX_MAX_TEXT);
    free(got);
    free(row);
    free(big);
}

static void test_xlsx_limits_on_rows_and_columns(void **state)
{
    (void)state;
    write_sheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>", NULL);
    sheet_fails("cell 'XFE1' is past column XFD", NULL);
    write_sheet("<row r=\"1048577\"><c><v>1</v></c></row>", NULL);
    sheet_fails("row number '1048577' is not one of 1 to 1048576", NULL);
    write_sheet("<row r=\"0\"><c><v>1</v></c></row>", NULL);
    sheet_fails("row number '0'", NULL);
    write_sheet("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>", NULL);
    sheet_fails("cell reference '1A' is not a column and a row", NULL);
    write_sheet("<row r=\"1048576\"><c><v>1</v></c></row><row><c><v>2</v></c></row>", NULL);
    sheet_fails("more than 1048576 rows", NULL);
    write_sheet("<row r=\"1\"><c r=\"A1\" t=\"date\"><v>1</v></c></row>", NULL);
    sheet_fails("cell A1 has type 'date'", NULL);
}

static void test_xlsx_rows_out_of_order_is_error(void **state)
{
    (void)state;
    write_sheet("<row r=\"4\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></c></row>", NULL);
    sheet_fails("row 2 comes after row 4", NULL);
    write_sheet("<row r=\"4\"><c><v>1</v></c></row><row r=\"4\"><c><v>2</v></c></row>", NULL);
    sheet_fails("row 4 comes after row 4", NULL);
}

static void test_xlsx_duplicate_cell_is_error(void **state)
{
    (void)state;
    write_sheet("<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"A1\"><v>2</v></c><c><v>3</v></c></row>", NULL);
    sheet_fails("cell B1 is given twice", NULL);
}

static void test_xlsx_doctype_refused(void **state)
{
    (void)state;
    static const char lol[] =
        "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>"
        "<worksheet " NS "><sheetData><row><c t=\"inlineStr\"><is><t>&c;&ext;</t></is></c></row>"
        "</sheetData></worksheet>";
    struct part parts[] = {
        { "xl/workbook.xml", workbook },
        { "xl/_rels/workbook.xml.rels", workbook_rels },
        { "xl/worksheets/sheet1.xml", lol },
        { NULL, NULL },
    };
    write_zip(parts);
    sheet_fails("xl/worksheets/sheet1.xml:1:", "a DOCTYPE is not allowed");
    /* and an entity never declared is malformed XML */
    write_sheet("<row><c t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row>", NULL);
    sheet_fails("undefined entity", NULL);
}

static void test_xlsx_huge_tag_is_error(void **state)
{
    (void)state;
    size_t n = (2u << 20);
    char *big = malloc(n + 64);
    memcpy(big, "<row r=\"1\" x=\"", 14);
    memset(big + 14, 'a', n);
    strcpy(big + 14 + n, "\"><c><v>1</v></c></row>");
    write_sheet(big, NULL);
    sheet_fails("an XML tag or comment is longer than 1 MiB", NULL);
    free(big);
}

static void test_xlsx_not_a_workbook_is_error(void **state)
{
    (void)state;
    char err[256];
    struct apbd_xlsx *x;
    FILE *f = fopen(path, "wb");
    fputs("kode_skpd,pagu\n1.01,100\n", f);
    fclose(f);
    assert_int_equal(apbd_xlsx_open(&x, path, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "cannot be read as a zip archive"));
    assert_int_equal(apbd_xlsx_open(&x, "/nonexistent/book.xlsx", err, sizeof(err)), -1);
    assert_non_null(strstr(err, "/nonexistent/book.xlsx"));

    struct part docx[] = { { "word/document.xml", "<document/>" }, { NULL, NULL } };
    write_zip(docx);
    assert_int_equal(apbd_xlsx_open(&x, path, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "not an XLSX workbook: the zip has no xl/workbook.xml"));

    struct part norel[] = {
        { "xl/workbook.xml", workbook },
        { "xl/_rels/workbook.xml.rels", "<Relationships " RELS_NS "/>" },
        { NULL, NULL },
    };
    write_zip(norel);
    assert_int_equal(apbd_xlsx_open(&x, path, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "sheet 'Data' names relationship 'rId1'"));

    struct part nosheet[] = {
        { "xl/workbook.xml", workbook },
        { "xl/_rels/workbook.xml.rels", workbook_rels },
        { NULL, NULL },
    };
    write_zip(nosheet);
    sheet_fails("xl/worksheets/sheet1.xml: the workbook has no such part", NULL);
}

static void test_xlsx_damaged_zip_is_error(void **state)
{
    (void)state;
    /* stored, so the sheet's bytes are in the file as they are */
    int code;
    unlink(path);
    zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code);
    static const char sheet[] = "<worksheet " NS "><sheetData><row><c><v>12345</v></c></row></sheetData></worksheet>";
    const struct part parts[] = {
        { "xl/workbook.xml", workbook },
        { "xl/_rels/workbook.xml.rels", workbook_rels },
        { "xl/worksheets/sheet1.xml", sheet },
    };
    for (size_t i = 0; i < 3; i++) {
        zip_int64_t k = zip_file_add(z, parts[i].name,
                                     zip_source_buffer(z, parts[i].text, strlen(parts[i].text), 0), 0);
        zip_set_file_compression(z, (zip_uint64_t)k, ZIP_CM_STORE, 0);
    }
    assert_int_equal(zip_close(z), 0);
    FILE *f = fopen(path, "r+b");
    static char data[8192];
    size_t n = fread(data, 1, sizeof(data), f);
    char *at = memmem(data, n, "12345", 5);
    assert_non_null(at);
    at[0] = '9';                        /* still XML, but not what the CRC says */
    fseek(f, 0, SEEK_SET);
    fwrite(data, 1, n, f);
    fclose(f);
    sheet_fails("xl/worksheets/sheet1.xml: the zip is damaged", "CRC");
}

/* ---- small helpers ---- */

static void test_xlsx_cell_ref(void **state)
{
    (void)state;
    char ref[16];
    apbd_xlsx_cell_ref(1, 1, ref);
    assert_string_equal(ref, "A1");
    apbd_xlsx_cell_ref(23, 523, ref);
    assert_string_equal(ref, "W523");
    apbd_xlsx_cell_ref(26, 2, ref);
    assert_string_equal(ref, "Z2");
    apbd_xlsx_cell_ref(27, 2, ref);
    assert_string_equal(ref, "AA2");
    apbd_xlsx_cell_ref(702, 9, ref);
    assert_string_equal(ref, "ZZ9");
    apbd_xlsx_cell_ref(703, 9, ref);
    assert_string_equal(ref, "AAA9");
    apbd_xlsx_cell_ref(16384, 1048576, ref);
    assert_string_equal(ref, "XFD1048576");
    apbd_xlsx_cell_ref(3, 0, ref);
    assert_string_equal(ref, "C");
    apbd_xlsx_cell_ref(4294967295u, 4294967295u, ref);  /* truncated, within out */
    assert_true(strlen(ref) <= 15);
}

static void test_xlsx_sniff(void **state)
{
    (void)state;
    write_sheet("<row><c><v>1</v></c></row>", NULL);
    assert_true(apbd_xlsx_sniff(path));
    FILE *f = fopen(path, "wb");
    fputs("PK", f);
    fclose(f);
    assert_false(apbd_xlsx_sniff(path));
    assert_false(apbd_xlsx_sniff("/nonexistent/book.xlsx"));
}

/* ---- the real exports ---- */

#define REAL_DIR "../shared/realdata/sipd-ri"

struct real {
    unsigned rows, last_row, header_cells, pagu_col, pagu_numbers, pagu_decimals;
    char header_pagu[16];
    int rows_ascending;
};

static int on_real_row(unsigned row, const struct apbd_xlsx_cell *cells, size_t n, void *ctx)
{
    struct real *r = ctx;
    if (row <= r->last_row)
        r->rows_ascending = 0;
    r->rows++;
    r->last_row = row;
    if (row == 1) {
        r->header_cells = (unsigned)n;
        for (size_t i = 0; i < n; i++)
            if (cells[i].type == APBD_XLSX_STRING && strcmp(cells[i].s, "PAGU") == 0) {
                r->pagu_col = cells[i].col;
                snprintf(r->header_pagu, sizeof(r->header_pagu), "%s", cells[i].s);
            }
        return 0;
    }
    for (size_t i = 0; i < n; i++)
        if (cells[i].col == r->pagu_col && cells[i].type == APBD_XLSX_NUMBER) {
            r->pagu_numbers++;
            r->pagu_decimals += strchr(cells[i].s, '.') != NULL;
        }
    return 0;
}

static void read_real(const char *file, unsigned rows, unsigned header_cells, unsigned pagu_col,
                      unsigned pagu_numbers, unsigned pagu_decimals)
{
    char p[256], err[256];
    snprintf(p, sizeof(p), "%s/%s", REAL_DIR, file);
    assert_true(apbd_xlsx_sniff(p));
    struct apbd_xlsx *x;
    if (apbd_xlsx_open(&x, p, err, sizeof(err)) < 0)
        fail_msg("%s", err);
    assert_int_equal(apbd_xlsx_sheet_count(x), 1);
    assert_string_equal(apbd_xlsx_sheet_name(x, 0), "Sheet 1");
    struct real r = { .rows_ascending = 1 };
    if (apbd_xlsx_rows(x, 0, 0, on_real_row, &r, err, sizeof(err)) < 0)
        fail_msg("%s", err);
    apbd_xlsx_close(x);
    assert_true(r.rows_ascending);
    assert_int_equal(r.rows, rows);
    assert_int_equal(r.last_row, rows);
    assert_int_equal(r.header_cells, header_cells);
    assert_string_equal(r.header_pagu, "PAGU");
    assert_int_equal(r.pagu_col, pagu_col);
    assert_int_equal(r.pagu_numbers, pagu_numbers);
    assert_int_equal(r.pagu_decimals, pagu_decimals);
}

static void test_xlsx_real_workbooks(void **state)
{
    (void)state;
    struct stat st;
    if (stat(REAL_DIR, &st) != 0)
        skip();
    /* NO, TAHUN, KODE/NAMA URUSAN .. REKENING (21 columns, PAGU in U) */
    read_real("buru-2024-rekap-apbd-murni.xlsx", 5474, 21, 21, 4589, 0);
    /* the same with PAKET/KELOMPOK and its name before PAGU, in W */
    read_real("buru-2025-rekap5-murni.xlsx", 7154, 23, 23, 6323, 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_xlsx_shared_strings),
        cmocka_unit_test(test_xlsx_numbers_as_written),
        cmocka_unit_test(test_xlsx_sheet_names_in_order),
        cmocka_unit_test(test_xlsx_empty_cells_skipped),
        cmocka_unit_test(test_xlsx_big_row_numbers),
        cmocka_unit_test(test_xlsx_inline_strings),
        cmocka_unit_test(test_xlsx_rich_text_runs),
        cmocka_unit_test(test_xlsx_namespace_prefixed_elements),
        cmocka_unit_test(test_xlsx_absolute_and_relative_targets),
        cmocka_unit_test(test_xlsx_rows_and_cells_without_r),
        cmocka_unit_test(test_xlsx_escapes_decoded),
        cmocka_unit_test(test_xlsx_formula_cached_value),
        cmocka_unit_test(test_xlsx_cells_sorted_by_column),
        cmocka_unit_test(test_xlsx_max_row_and_early_stop),
        cmocka_unit_test(test_xlsx_open_buffer),
        cmocka_unit_test(test_xlsx_malformed_xml_is_error),
        cmocka_unit_test(test_xlsx_missing_shared_strings_is_error),
        cmocka_unit_test(test_xlsx_shared_string_index_out_of_range),
        cmocka_unit_test(test_xlsx_cell_text_over_limit),
        cmocka_unit_test(test_xlsx_limits_on_rows_and_columns),
        cmocka_unit_test(test_xlsx_rows_out_of_order_is_error),
        cmocka_unit_test(test_xlsx_duplicate_cell_is_error),
        cmocka_unit_test(test_xlsx_doctype_refused),
        cmocka_unit_test(test_xlsx_huge_tag_is_error),
        cmocka_unit_test(test_xlsx_not_a_workbook_is_error),
        cmocka_unit_test(test_xlsx_damaged_zip_is_error),
        cmocka_unit_test(test_xlsx_cell_ref),
        cmocka_unit_test(test_xlsx_sniff),
        cmocka_unit_test(test_xlsx_real_workbooks),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
