#ifndef APBD_XLSX_H
#define APBD_XLSX_H

/*
 * A streaming reader for XLSX workbooks, for exports that arrive as a
 * spreadsheet rather than a CSV. libzip opens the package and inflates
 * each part; expat parses it in 64 KiB chunks, so a sheet is never wholly
 * in memory: only the row being handed over is kept. The shared strings
 * are the exception (cells address them by index) and live in one buffer
 * for as long as the workbook is open.
 *
 * What it reads: the sheets listed in the workbook part (found through
 * _rels/.rels, else xl/workbook.xml) and its relationships, in workbook
 * order; the shared-strings part named there (else sharedStrings.xml next
 * to the workbook). Elements are matched on their local name, so a
 * namespace prefix (x:sheetData) changes nothing. Cell values come out as
 * text: numbers exactly as written in the XML ("12.300000000000001",
 * "1.5E-3"), never through a double, so the caller rounds from the
 * decimal text; shared, inline (rich text runs joined, phonetic runs left
 * out) and formula-result strings with their _xHHHH_ escapes decoded;
 * booleans as "0"/"1"; errors as "#DIV/0!" and the like. A formula cell
 * gives its cached value.
 *
 * Guarantees on hostile input: no crash, hang or unbounded memory. Each
 * part's uncompressed size is capped (1 GiB a sheet, 256 MiB the shared
 * strings, 16 MiB the workbook and relationships), as are a cell's text
 * (32767 bytes, Excel's own limit), a row's text (64 MiB), columns
 * (16384), rows (1048576), sheets (4096) and any one XML tag or comment
 * expat must hold whole (1 MiB). A part read to its end has its CRC
 * checked, so a damaged zip is an error, not wrong numbers. A DOCTYPE is
 * refused, so no entity is ever declared, let alone resolved. Passing a
 * limit, malformed zip or XML, and a shared string that is not there are
 * all errors: -1 with a message, in plain English, saying where (the part
 * and, for XML, its line and column), e.g.
 *
 *   xl/worksheets/sheet1.xml:2:48: cell B2 uses shared string '7', but the
 *   workbook has only 3
 *
 * Every function taking err writes a NUL-terminated message there on
 * failure (truncated to errlen; err may be NULL when errlen is 0).
 * Allocation failure aborts, as everywhere in apbd (arena.h). There is no
 * global state: two workbooks may be read at once, from two threads.
 */

#include <stddef.h>
#include <stdint.h>

enum apbd_xlsx_type { APBD_XLSX_STRING, APBD_XLSX_NUMBER, APBD_XLSX_BOOL, APBD_XLSX_ERROR };

struct apbd_xlsx_cell {
    unsigned col;               /* 1-based: A = 1 */
    enum apbd_xlsx_type type;
    const char *s;              /* NUL-terminated UTF-8, never empty; valid in the callback only */
    size_t len;                 /* strlen(s), at most APBD_XLSX_MAX_TEXT */
};

#define APBD_XLSX_MAX_TEXT 32767u
#define APBD_XLSX_MAX_COLS 16384u
#define APBD_XLSX_MAX_ROWS 1048576u

struct apbd_xlsx;               /* opaque; apbd_xlsx_close() frees it */

/*
 * Open a workbook: read its workbook part, relationships and shared
 * strings. 0 and *x set, or -1 with the reason in err and *x NULL. The
 * _buffer variant reads data in place, without a copy: data must stay
 * valid and unchanged until apbd_xlsx_close().
 */
int apbd_xlsx_open(struct apbd_xlsx **x, const char *path, char *err, size_t errlen);
int apbd_xlsx_open_buffer(struct apbd_xlsx **x, const void *data, size_t size, char *err,
                          size_t errlen);

size_t apbd_xlsx_sheet_count(const struct apbd_xlsx *x);
/* Sheet i's name, in workbook order; NULL past the end. Owned by x. */
const char *apbd_xlsx_sheet_name(const struct apbd_xlsx *x, size_t i);

/*
 * Stream the rows of sheet i in order: cb(row, cells, n, ctx) once for
 * each row with at least one non-empty cell (a cell with no value, or an
 * empty string, is left out). row is 1-based, from the row's r attribute
 * or counted on from the previous row when absent, and strictly
 * increasing (a row going back is an error). cells are sorted by column,
 * no two with the same one (a cell given twice is an error); a cell's
 * column is from its r attribute, or the one after the previous cell's.
 *
 * cb returns nonzero to stop early; max_row > 0 stops after that row.
 * Either way the result is 0. -1 with err on malformed zip or XML, a
 * limit passed, or a shared string missing. Rows handed over before an
 * error stand: the caller decides whether a partial sheet is of use.
 */
int apbd_xlsx_rows(struct apbd_xlsx *x, size_t i, unsigned max_row,
                   int (*cb)(unsigned row, const struct apbd_xlsx_cell *cells, size_t n, void *ctx),
                   void *ctx, char *err, size_t errlen);

void apbd_xlsx_close(struct apbd_xlsx *x);   /* NULL does nothing */

/* "W523": column letters, then the row number (none for row 0). */
void apbd_xlsx_cell_ref(unsigned col, unsigned row, char out[16]);

/* 1 when the file starts like a zip ("PK\3\4"), as an .xlsx does; 0 when
 * not, or when it cannot be read. For telling a workbook from a CSV. */
int apbd_xlsx_sniff(const char *path);

/*
 * A number cell's decimal text ("11847012.01", "1.5E-3",
 * "12.300000000000001") in sen, rounded once, half away from zero.
 * *extra: it had more than two decimals beyond a double's noise (fewer
 * than 15 significant digits). 0, or -1 when it is no number or out of
 * range.
 */
int apbd_xlsx_sen(const char *s, int64_t *sen, int *extra);

#endif
