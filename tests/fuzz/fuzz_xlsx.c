/*
 * fuzz_xlsx.c: libFuzzer entry point for the XLSX reader (xlsx.c). Bytes
 * starting like a zip are opened as a workbook; any other bytes become one
 * part of a small workbook (the first byte says which: a sheet, the shared
 * strings, the workbook, its relationships or the package's), zipped in
 * memory uncompressed, so the XML handlers see the mutations undamaged.
 * Every sheet is read three ways (whole, to row 3, stopping after two
 * rows) and must read or fail without a crash, a hang or a sanitizer
 * report; every row handed over keeps the header's promises.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "apbd/xlsx.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

#define NS "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " \
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define RELS "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
#define TYPE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

static const char *const names[] = {
    "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels", "_rels/.rels",
};

static const char *const parts[] = {
    "<worksheet " NS "><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>1.5</v></c>"
    "</row><row><c t=\"inlineStr\"><is><t>x_x000D_</t></is></c></row></sheetData></worksheet>",
    "<sst " NS " uniqueCount=\"2\"><si><t>PAGU</t></si><si><r><t>a</t></r><r><t>b</t></r></si></sst>",
    "<workbook " NS "><sheets><sheet name=\"S1\" sheetId=\"1\" r:id=\"rId1\"/>"
    "<sheet name=\"S2\" sheetId=\"2\" r:id=\"rId1\"/></sheets></workbook>",
    RELS "<Relationship Id=\"rId1\" Type=\"" TYPE "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"" TYPE "sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>"
    "</Relationships>",
    RELS "<Relationship Id=\"rId1\" Type=\"" TYPE "officeDocument\" Target=\"xl/workbook.xml\"/>"
    "</Relationships>",
};

/* The workbook with part k's text replaced by text, as zip bytes (malloc'd). */
static unsigned char *zip_with(size_t k, const unsigned char *text, size_t len, size_t *out_len)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
    if (!src)
        abort();
    zip_source_keep(src);
    zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
    if (!z)
        abort();
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        const void *p = i == k ? (const void *)text : parts[i];
        size_t n = i == k ? len : strlen(parts[i]);
        zip_source_t *s = zip_source_buffer(z, n ? p : NULL, n, 0);
        zip_int64_t idx = s ? zip_file_add(z, names[i], s, 0) : -1;
        if (idx < 0)
            abort();
        zip_set_file_compression(z, (zip_uint64_t)idx, ZIP_CM_STORE, 0);
    }
    if (zip_close(z) < 0)
        abort();
    unsigned char *buf = NULL;
    zip_stat_t st;
    if (zip_source_stat(src, &st) < 0 || zip_source_open(src) < 0)
        abort();
    buf = malloc(st.size ? st.size : 1);
    zip_int64_t got = zip_source_read(src, buf, st.size);
    if (got < 0 || (zip_uint64_t)got != st.size)
        abort();
    zip_source_close(src);
    zip_source_free(src);
    zip_error_fini(&ze);
    *out_len = st.size;
    return buf;
}

struct seen {
    unsigned last_row;
    unsigned rows;
    unsigned stop_after;
};

static int on_row(unsigned row, const struct apbd_xlsx_cell *cells, size_t n, void *ctx)
{
    struct seen *s = ctx;
    if (row == 0 || row > APBD_XLSX_MAX_ROWS || row <= s->last_row || n == 0
        || n > APBD_XLSX_MAX_COLS)
        abort();
    s->last_row = row;
    for (size_t i = 0; i < n; i++) {
        const struct apbd_xlsx_cell *c = &cells[i];
        if (c->col == 0 || c->col > APBD_XLSX_MAX_COLS || (i && cells[i - 1].col >= c->col))
            abort();
        if (c->len == 0 || c->len > APBD_XLSX_MAX_TEXT || strlen(c->s) != c->len)
            abort();
        if (c->type > APBD_XLSX_ERROR)
            abort();
        char ref[16];
        apbd_xlsx_cell_ref(c->col, row, ref);
        if (!ref[0])
            abort();
    }
    return s->stop_after && ++s->rows >= s->stop_after;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    unsigned char *zipped = NULL;
    const void *book = data;
    size_t book_len = size;
    if (size < 4 || memcmp(data, "PK\3\4", 4) != 0) {
        size_t k = size ? data[0] % (sizeof(names) / sizeof(names[0])) : 0;
        zipped = zip_with(k, data + !!size, size - !!size, &book_len);
        book = zipped;
    }
    char err[256] = "";
    struct apbd_xlsx *x;
    if (apbd_xlsx_open_buffer(&x, book, book_len, err, sizeof(err)) == 0) {
        size_t n = apbd_xlsx_sheet_count(x);
        for (size_t i = 0; i < n && i < 8; i++) {
            if (!apbd_xlsx_sheet_name(x, i))
                abort();
            struct seen whole = { 0 }, head = { 0 }, two = { .stop_after = 2 };
            apbd_xlsx_rows(x, i, 0, on_row, &whole, err, sizeof(err));
            apbd_xlsx_rows(x, i, 3, on_row, &head, err, sizeof(err));
            if (head.last_row > 3)
                abort();
            apbd_xlsx_rows(x, i, 0, on_row, &two, err, sizeof(err));
            if (two.rows > 2)
                abort();
        }
        if (apbd_xlsx_sheet_name(x, n))
            abort();
        apbd_xlsx_close(x);
    } else if (!err[0] || x) {
        abort();                        /* a failure always says why */
    }
    free(zipped);
    return 0;
}
