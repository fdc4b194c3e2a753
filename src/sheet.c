/*
 * sheet.c: a side input (anggaran kas, realisasi fisik) record by record.
 *
 * The same steps as the export importer, for files a hundredth its size:
 * decode.c decides the encoding, the header is the first of the first
 * lines that names the caller's columns with one of the delimiters, and
 * libcsv parses the rest. Each record's text is kept while it is handed
 * over, so every field can be placed at its line and column.
 */
#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "apbd/arena.h"
#include "apbd/codes.h"
#include "apbd/sheet.h"
#include "apbd/status.h"
#include "apbd/xlsx.h"

#define HEADER_SEARCH_LINES 50

struct reader {
    struct apbd_sheet *sh;
    const struct apbd_sheet_reader *r;
    struct apbd_decoder dec;
    struct csv_parser csv;
    char *fbuf;                 /* the fields' bytes, one after another */
    size_t fbuf_len, fbuf_cap;
    size_t *foff, *flen, nf, foff_cap, flen_cap;
    char *rec;                  /* the record's text, every physical line */
    size_t rec_len, rec_cap;
    unsigned rec_line;
    int in_record;
};

static void grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return;
    *cap = need * 2;
    *p = apbd_xrealloc(*p, *cap * size);
}

static void on_field(void *s, size_t len, void *data)
{
    struct reader *rd = data;
    grow((void **)&rd->fbuf, &rd->fbuf_cap, rd->fbuf_len + len + 1, 1);
    grow((void **)&rd->foff, &rd->foff_cap, rd->nf + 1, sizeof(size_t));
    grow((void **)&rd->flen, &rd->flen_cap, rd->nf + 1, sizeof(size_t));
    memcpy(rd->fbuf + rd->fbuf_len, s, len);
    rd->foff[rd->nf] = rd->fbuf_len;
    rd->flen[rd->nf++] = len;
    rd->fbuf_len += len;
}

static unsigned chars(const char *s, size_t len)
{
    unsigned n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* Line and column of every field: libcsv does not say, so walk the text
 * counting delimiters outside quotes. */
static void place_fields(struct reader *rd)
{
    struct apbd_sheet *sh = rd->sh;
    sh->f = apbd_xrealloc(sh->f, (rd->nf ? rd->nf : 1) * sizeof(*sh->f));
    sh->nf = rd->nf;
    unsigned line = rd->rec_line;
    size_t line_start = 0, k = 0;
    int quoted = 0;
    for (size_t i = 0; i <= rd->rec_len && k < rd->nf; i++) {
        if (i == 0 || (i > 0 && rd->rec[i - 1] == sh->delimiter && !quoted)) {
            sh->f[k].line = line;
            sh->f[k].col = chars(rd->rec + line_start, i - line_start) + 1;
            k++;
        }
        if (i == rd->rec_len)
            break;
        char c = rd->rec[i];
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n') {
            line++;
            line_start = i + 1;
        }
    }
    for (; k < rd->nf; k++) {
        sh->f[k].line = line;
        sh->f[k].col = 1;
    }
    for (size_t j = 0; j < rd->nf; j++) {
        const char *s = rd->fbuf + rd->foff[j];
        size_t len = rd->flen[j];
        while (len && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')) {
            s++;
            len--;
        }
        while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'
                       || s[len - 1] == '\n'))
            len--;
        sh->f[j].s = s;
        sh->f[j].len = len;
        sh->f[j].number = 0;
    }
    sh->text = rd->rec;
    sh->text_len = strcspn(rd->rec, "\r\n");
    sh->line = rd->rec_line;
}

static void set_record(struct reader *rd, const char *s, size_t len, unsigned line);

/*
 * A whole row quoted as one cell ("1.20 . 1.20.03 . 4 ,Retribusi ,1166") is
 * how some printouts were saved: its one field is split again, as the row
 * it holds. Only when the other fields are empty and the field holds the
 * delimiter, so an ordinary text cell is never split.
 */
static void split_one_cell(struct reader *rd)
{
    struct apbd_sheet *sh = rd->sh;
    if (!rd->nf || !rd->rec_len || rd->rec[strspn(rd->rec, " \t")] != '"')
        return;
    for (size_t i = 1; i < rd->nf; i++)
        if (rd->flen[i])
            return;
    /* the row inside may be written with another delimiter than the file's */
    char delim = 0;
    const char *cands = ",;\t|";
    if (memchr(rd->fbuf + rd->foff[0], sh->delimiter, rd->flen[0]))
        delim = sh->delimiter;
    for (const char *c = cands; !delim && *c; c++)
        if (memchr(rd->fbuf + rd->foff[0], *c, rd->flen[0]))
            delim = *c;
    if (!delim)
        return;
    size_t len = rd->flen[0];
    char *inner = apbd_xmalloc(len + 1);
    memcpy(inner, rd->fbuf + rd->foff[0], len);
    inner[len] = '\0';
    struct csv_parser p;        /* rd->csv is the one calling us */
    csv_init(&p, 0);
    csv_set_delim(&p, (unsigned char)delim);
    rd->nf = 0;
    rd->fbuf_len = 0;
    set_record(rd, inner, len, rd->rec_line);
    csv_parse(&p, inner, len, on_field, NULL, rd);
    csv_fini(&p, on_field, NULL, rd);
    csv_free(&p);
    free(inner);
}

static void on_record(int c, void *data)
{
    (void)c;
    struct reader *rd = data;
    split_one_cell(rd);
    place_fields(rd);
    int any = 0;
    for (size_t i = 0; i < rd->sh->nf && !any; i++)
        any = rd->sh->f[i].len != 0;
    if (any)
        rd->r->record(rd->sh, rd->r->ctx);
    rd->nf = 0;
    rd->fbuf_len = 0;
    rd->in_record = 0;
}

static void set_record(struct reader *rd, const char *s, size_t len, unsigned line)
{
    grow((void **)&rd->rec, &rd->rec_cap, len + 1, 1);
    memcpy(rd->rec, s, len);
    rd->rec[len] = '\0';
    rd->rec_len = len;
    rd->rec_line = line;
}

static void parser_init(struct reader *rd, char delim)
{
    csv_init(&rd->csv, 0);
    csv_set_delim(&rd->csv, (unsigned char)delim);
    rd->nf = 0;
    rd->fbuf_len = 0;
}

/* Split one line by delim into the record being handed over. */
static void split(struct reader *rd, const char *line, size_t len, char delim)
{
    parser_init(rd, delim);
    rd->sh->delimiter = delim;
    set_record(rd, line, len, rd->dec.lineno);
    csv_parse(&rd->csv, line, len, on_field, NULL, rd);
    csv_fini(&rd->csv, on_field, NULL, rd);
    csv_free(&rd->csv);
    split_one_cell(rd);
    place_fields(rd);
}

static int find_header(struct reader *rd)
{
    static const char delimiters[] = { ',', ';', '\t', '|' };
    int r;
    while ((r = apbd_decoder_next(&rd->dec)) == 1 && rd->dec.lineno <= HEADER_SEARCH_LINES) {
        int best = 0;
        char best_delim = 0;
        for (size_t i = 0; i < sizeof(delimiters); i++) {
            split(rd, rd->dec.line, rd->dec.line_len, delimiters[i]);
            int score = rd->r->header(rd->sh, rd->r->ctx);
            if (score > best) {
                best = score;
                best_delim = delimiters[i];
            }
        }
        if (best >= rd->r->need) {
            split(rd, rd->dec.line, rd->dec.line_len, best_delim);
            rd->sh->header_is_record = 0;
            rd->r->header(rd->sh, rd->r->ctx);     /* keep this delimiter's positions */
            rd->sh->header_line = rd->dec.lineno;
            if (rd->sh->header_is_record)
                rd->r->record(rd->sh, rd->r->ctx);
            return 0;
        }
    }
    return r < 0 ? -1 : 1;
}

/*
 * Text after a closing quote ("...Nomor 8""";;;;) is part of the field for
 * a spreadsheet, but libcsv reads it as the field going on, quoted, into
 * the lines after it. Such a line is mended in place by moving the closing
 * quote past that text, when its quotes pair up within the line.
 */
static void mend_text_after_quote(char *line, size_t len, char delim)
{
    size_t quotes = 0;
    for (size_t i = 0; i < len; i++)
        quotes += line[i] == '"';
    if (!quotes || quotes % 2)
        return;
    int quoted = 0;
    for (size_t i = 0; i < len; i++) {
        if (line[i] != '"')
            continue;
        if (!quoted) {
            quoted = 1;
        } else if (i + 1 < len && line[i + 1] == '"') {
            i++;                                /* an escaped quote */
        } else {
            quoted = 0;
            size_t j = i + 1;
            while (j < len && line[j] != delim && line[j] != '\r' && line[j] != '\n' && line[j] != '"')
                j++;
            if (j > i + 1 && (j == len || line[j] != '"')) {
                memmove(line + i, line + i + 1, j - i - 1);
                line[j - 1] = '"';
                i = j - 1;
            }
        }
    }
}

/* Does line open with a code ("1.21 . 1.21.01 . 25"), then the delimiter? */
static int code_first(const char *line, size_t len, char delim)
{
    size_t i = 0, dots = 0;
    if (!len || line[0] < '0' || line[0] > '9')
        return 0;
    for (; i < len && line[i] != delim; i++) {
        if (line[i] == '.')
            dots++;
        else if (!(line[i] >= '0' && line[i] <= '9') && line[i] != ' ')
            return 0;
    }
    return i < len && dots >= 2;
}

/*
 * Does line start a row of its own (a code, then the delimiter, its quotes
 * paired)? Then a record still open before it is a quote left unclosed at
 * the end of its last cell, not a cell running on over lines.
 */
static int starts_row(const char *line, size_t len, char delim)
{
    size_t quotes = 0;
    for (size_t k = 0; k < len; k++)
        quotes += line[k] == '"';
    return !(quotes % 2) && code_first(line, len, delim);
}

/*
 * ',"Belanja makanan dan minuman pelatihan,5000000,,': a quote that opens a
 * cell and never closes on its one line held the rest of the row. The row
 * is read again without that quote, so that its amounts are cells again;
 * 1 when so (the record is handed over).
 */
static int reparse_without_quote(struct reader *rd)
{
    size_t nl = strcspn(rd->rec, "\n");
    if (nl + 1 < rd->rec_len)
        return 0;               /* more than one line: closed where it ends */
    size_t q = rd->rec_len;
    for (size_t i = 0; i < rd->rec_len; i++)
        if (rd->rec[i] == '"' && (!i || rd->rec[i - 1] == rd->sh->delimiter || rd->rec[i - 1] == ' '))
            q = i;
    /* a row of its own, its code first: not a cell's text run on */
    if (q == rd->rec_len || !q || !code_first(rd->rec, rd->rec_len, rd->sh->delimiter))
        return 0;
    char *line = apbd_xmalloc(rd->rec_len + 2);
    memcpy(line, rd->rec, q);
    memcpy(line + q, rd->rec + q + 1, rd->rec_len - q - 1);
    size_t len = rd->rec_len - 1;
    if (!len || line[len - 1] != '\n')
        line[len++] = '\n';
    line[len] = '\0';
    unsigned at = rd->rec_line;
    csv_free(&rd->csv);
    parser_init(rd, rd->sh->delimiter);
    set_record(rd, line, len, at);
    /* its other quotes, if any, are the cells' own */
    size_t done = csv_parse(&rd->csv, line, len, on_field, on_record, rd);
    free(line);
    if (done != len)
        apbd_die_nomem();
    if (rd->in_record) {        /* still open: close it as before */
        if (csv_parse(&rd->csv, "\"\n", 2, on_field, on_record, rd) != 2)
            apbd_die_nomem();
    }
    return 1;
}

static int read_body(struct reader *rd)
{
    int r;
    parser_init(rd, rd->sh->delimiter);
    while ((r = apbd_decoder_next(&rd->dec)) == 1) {
        const char *line = rd->dec.line;
        size_t len = rd->dec.line_len;
        if (rd->dec.too_long) {
            struct apbd_loc loc = { rd->sh->name, rd->dec.lineno, 1, NULL, 0, NULL };
            apbd_report(rd->sh->rep, APBD_ERROR, APBD_MSG_LINE_TOO_LONG, &loc, NULL);
            rd->sh->failed = 1;
            continue;
        }
        if (rd->dec.bad_col) {
            struct apbd_loc loc = { rd->sh->name, rd->dec.lineno, rd->dec.bad_col, line, len, NULL };
            apbd_report(rd->sh->rep, APBD_ERROR, APBD_MSG_UNDECODABLE, &loc,
                        apbd_encoding_name(rd->sh->encoding), rd->dec.bad_bytes, NULL);
            rd->sh->failed = 1;
        }
        if (rd->in_record && starts_row(line, len, rd->sh->delimiter)) {
            /* still in a record after its line's end: a quoted cell is
             * open, even when the line's quotes pair up (a quote inside an
             * unquoted cell is text to libcsv, so parity cannot tell) */
            struct apbd_loc loc = { rd->sh->name, rd->rec_line, 1, rd->rec,
                                    strcspn(rd->rec, "\n"), NULL };
            char at[16];
            snprintf(at, sizeof(at), "%u", rd->dec.lineno);
            apbd_report(rd->sh->rep, APBD_WARNING, APBD_MSG_QUOTE_CLOSED, &loc, at, NULL);
            if (!reparse_without_quote(rd)
                && csv_parse(&rd->csv, "\"\n", 2, on_field, on_record, rd) != 2)
                apbd_die_nomem();
        }
        if (!rd->in_record) {
            size_t i = 0;
            while (i < len && strchr(" \t\r\n", line[i]))
                i++;
            if (i == len)
                continue;
            mend_text_after_quote(rd->dec.line, len, rd->sh->delimiter);
            rd->in_record = 1;
            rd->rec_len = 0;
            rd->rec_line = rd->dec.lineno;
        }
        if (rd->rec_len + len > APBD_LINE_MAX) {
            struct apbd_loc loc = { rd->sh->name, rd->rec_line, 1, NULL, 0, NULL };
            apbd_report(rd->sh->rep, APBD_ERROR, APBD_MSG_UNCLOSED_QUOTE, &loc, NULL);
            rd->sh->failed = 1;
            csv_free(&rd->csv);
            parser_init(rd, rd->sh->delimiter);
            rd->in_record = 0;
            continue;
        }
        grow((void **)&rd->rec, &rd->rec_cap, rd->rec_len + len + 1, 1);
        memcpy(rd->rec + rd->rec_len, line, len);
        rd->rec_len += len;
        rd->rec[rd->rec_len] = '\0';
        if (csv_parse(&rd->csv, line, len, on_field, on_record, rd) != len)
            apbd_die_nomem();
    }
    if (rd->in_record) {
        size_t quotes = 0;
        for (size_t i = 0; i < rd->rec_len; i++)
            quotes += rd->rec[i] == '"';
        if (quotes % 2) {
            struct apbd_loc loc = { rd->sh->name, rd->rec_line, 1, rd->rec,
                                    strcspn(rd->rec, "\n"), NULL };
            apbd_report(rd->sh->rep, APBD_ERROR, APBD_MSG_UNCLOSED_QUOTE, &loc, NULL);
            rd->sh->failed = 1;
            rd->in_record = 0;
            csv_free(&rd->csv);
            return r < 0 ? -1 : 0;
        }
    }
    csv_fini(&rd->csv, on_field, on_record, rd);
    csv_free(&rd->csv);
    return r < 0 ? -1 : 0;
}

/* ----------------------------------------------------------- workbooks */

struct book {
    struct apbd_sheet *sh;
    const struct apbd_sheet_reader *r;
    char *buf;                  /* the row's cell texts, one after another */
    size_t buf_len, buf_cap;
    size_t *off, off_cap, f_cap;
    unsigned header_row;
};

static void book_cell(struct book *bk, size_t k, unsigned row, unsigned col, const char *s,
                      size_t len, int number)
{
    struct apbd_sheet *sh = bk->sh;
    while (len && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')) {
        s++;
        len--;
    }
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'
                   || s[len - 1] == '\n'))
        len--;
    grow((void **)&bk->buf, &bk->buf_cap, bk->buf_len + len + 1, 1);
    grow((void **)&bk->off, &bk->off_cap, k + 1, sizeof(size_t));
    grow((void **)&sh->f, &bk->f_cap, k + 1, sizeof(*sh->f));
    memcpy(bk->buf + bk->buf_len, s, len);
    bk->off[k] = bk->buf_len;
    bk->buf_len += len;
    sh->f[k] = (struct apbd_sheet_field){ NULL, len, row, col, number };
}

/* The record from a row's cells, gaps as empty fields; a number cell in
 * sen, said when it had to be rounded. */
static void book_row(struct book *bk, unsigned row, const struct apbd_xlsx_cell *cells, size_t n)
{
    struct apbd_sheet *sh = bk->sh;
    size_t k = 0;
    bk->buf_len = 0;
    for (size_t i = 0; i < n; i++) {
        for (; k + 1 < cells[i].col; k++)
            book_cell(bk, k, row, (unsigned)k + 1, "", 0, 0);
        int64_t v;
        int extra;
        if (cells[i].type != APBD_XLSX_NUMBER || apbd_xlsx_sen(cells[i].s, &v, &extra) != 0) {
            book_cell(bk, k++, row, cells[i].col, cells[i].s, cells[i].len, 0);
            continue;
        }
        char m[APBD_MONEY_BUF], ref[16];
        apbd_money_format_plain(m, v);
        if (extra) {
            apbd_xlsx_cell_ref(cells[i].col, row, ref);
            snprintf(sh->cell, sizeof(sh->cell), "'%s'!%s", sh->sheet, ref);
            struct apbd_loc loc = { sh->name, row, 0, cells[i].s, cells[i].len, sh->cell };
            apbd_report(sh->rep, APBD_WARNING, APBD_MSG_XLSX_ROUNDED, &loc, cells[i].s, m, NULL);
        }
        book_cell(bk, k++, row, cells[i].col, m, strlen(m), 1);
    }
    sh->nf = k;
    for (size_t j = 0; j < k; j++)
        sh->f[j].s = bk->buf + bk->off[j];
    sh->text = k ? sh->f[0].s : "";
    sh->text_len = k ? sh->f[0].len : 0;
    sh->line = row;
}

static int book_search(unsigned row, const struct apbd_xlsx_cell *cells, size_t n, void *ctx)
{
    struct book *bk = ctx;
    book_row(bk, row, cells, n);
    if (bk->r->header(bk->sh, bk->r->ctx) < bk->r->need)
        return 0;
    bk->header_row = row;
    return 1;
}

static int book_body(unsigned row, const struct apbd_xlsx_cell *cells, size_t n, void *ctx)
{
    struct book *bk = ctx;
    if (row < bk->header_row)
        return 0;
    book_row(bk, row, cells, n);
    if (row > bk->header_row) {
        int any = 0;
        for (size_t i = 0; i < bk->sh->nf && !any; i++)
            any = bk->sh->f[i].len != 0;
        if (any)                /* a row of blanks is no record */
            bk->r->record(bk->sh, bk->r->ctx);
        return 0;
    }
    bk->sh->header_is_record = 0;
    bk->r->header(bk->sh, bk->r->ctx);         /* keep this sheet's positions */
    bk->sh->header_line = row;
    if (bk->sh->header_is_record)
        bk->r->record(bk->sh, bk->r->ctx);
    return 0;
}

/* The one sheet whose first rows hold the header, read row by row. */
static int read_book(struct apbd_sheet *sh, const struct apbd_sheet_reader *r)
{
    struct apbd_loc loc = { sh->name, 0, 0, NULL, 0, NULL };
    struct apbd_xlsx *x;
    struct book bk = { .sh = sh, .r = r };
    char err[512], names[600] = "";
    if (apbd_xlsx_open(&x, sh->name, err, sizeof(err)) != 0) {
        apbd_report(sh->rep, APBD_ERROR, APBD_MSG_XLSX_UNREADABLE, &loc, err, NULL);
        return APBD_EDATA;
    }
    size_t chosen = 0, found = 0;
    unsigned header_row = 0;
    for (size_t i = 0; i < apbd_xlsx_sheet_count(x); i++) {
        sh->sheet = apbd_xlsx_sheet_name(x, i);
        bk.header_row = 0;
        if (apbd_xlsx_rows(x, i, HEADER_SEARCH_LINES, book_search, &bk, err, sizeof(err)) != 0
            || !bk.header_row)
            continue;           /* a broken sheet is reported if it is the one read */
        if (!found++) {
            chosen = i;
            header_row = bk.header_row;
        }
        size_t o = strlen(names);
        snprintf(names + o, sizeof(names) - o, "%s'%s'", o ? ", " : "", sh->sheet);
    }
    int status = APBD_OK;
    if (found != 1) {
        char n[16];
        snprintf(n, sizeof(n), "%d", HEADER_SEARCH_LINES);
        if (found > 1)
            apbd_report(sh->rep, APBD_ERROR, APBD_MSG_XLSX_SHEETS, &loc, names, NULL);
        else
            apbd_report(sh->rep, APBD_ERROR, r->no_header, &loc, n, NULL);
        status = APBD_EDATA;
    } else {
        sh->sheet = apbd_xlsx_sheet_name(x, chosen);
        sh->delimiter = '\t';
        sh->encoding = APBD_ENC_UTF8;
        sh->style = APBD_NUM_NEUTRAL;
        bk.header_row = header_row;
        if (apbd_xlsx_rows(x, chosen, 0, book_body, &bk, err, sizeof(err)) != 0) {
            apbd_report(sh->rep, APBD_ERROR, APBD_MSG_XLSX_UNREADABLE, &loc, err, NULL);
            status = APBD_EDATA;
        } else if (sh->failed) {
            status = APBD_EDATA;
        }
    }
    apbd_xlsx_close(x);
    free(bk.buf);
    free(bk.off);
    free(sh->f);
    return status;
}

int apbd_sheet_read(const char *path, const struct apbd_sheet_reader *r, struct apbd_report *rep)
{
    struct apbd_sheet sh = { .name = path, .rep = rep };
    struct reader rd = { .sh = &sh, .r = r };
    struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
    struct apbd_sniff sniff;
    int status = APBD_OK;
    size_t n = strlen(path);
    if (n > 4 && strcmp(path + n - 4, ".csv") == 0) {
        char twin[4096];
        snprintf(twin, sizeof(twin), "%.*s.xlsx", (int)(n - 4), path);
        if (access(path, F_OK) == 0 && access(twin, F_OK) == 0) {
            apbd_report(rep, APBD_ERROR, APBD_MSG_SIDE_INPUT_TWICE, &loc, twin, NULL);
            return APBD_EDATA;
        }
    }
    if (apbd_xlsx_sniff(path))
        return read_book(&sh, r);
    FILE *f = fopen(path, "rb");
    if (!f || apbd_decode_sniff(f, &sniff) != 0) {
        apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(errno), NULL);
        if (f)
            fclose(f);
        return APBD_EIO;
    }
    sh.impl = &rd;
    if (sniff.size == 0 || sniff.utf16 || sniff.nul_line) {
        loc.line = sniff.nul_line && !sniff.utf16 ? sniff.nul_line : 1;
        loc.col = sniff.nul_line && !sniff.utf16 ? sniff.nul_col : 1;
        apbd_report(rep, APBD_ERROR, sniff.size == 0 ? APBD_MSG_EMPTY_FILE
                                     : sniff.utf16 ? APBD_MSG_UTF16 : APBD_MSG_NUL_BYTE, &loc, NULL);
        fclose(f);
        return APBD_EDATA;
    }
    sh.encoding = sniff.encoding;
    if (apbd_decoder_open(&rd.dec, f, sniff.encoding) != 0) {
        apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(errno), NULL);
        fclose(f);
        return APBD_EIO;
    }
    int h = find_header(&rd);
    if (h == 0)
        h = read_body(&rd);
    else if (h > 0) {
        char n[16];
        snprintf(n, sizeof(n), "%d", HEADER_SEARCH_LINES);
        loc.line = loc.col = 1;
        apbd_report(rep, APBD_ERROR, r->no_header, &loc, n, NULL);
        sh.failed = 1;
    }
    if (h < 0) {
        apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(errno), NULL);
        status = APBD_EIO;
    } else if (sh.failed) {
        status = APBD_EDATA;
    }
    apbd_decoder_close(&rd.dec);
    fclose(f);
    free(rd.fbuf);
    free(rd.foff);
    free(rd.flen);
    free(rd.rec);
    free(sh.f);
    return status;
}

void apbd_sheet_path(const char *stem, char *out, size_t size)
{
    snprintf(out, size, "%s.csv", stem);
    if (access(out, F_OK) == 0)
        return;
    snprintf(out, size, "%s.xlsx", stem);
    if (access(out, F_OK) != 0)
        snprintf(out, size, "%s.csv", stem);
}

struct apbd_sheet_field apbd_sheet_get(const struct apbd_sheet *sh, int k)
{
    if (k >= 0 && (size_t)k < sh->nf)
        return sh->f[k];
    struct apbd_sheet_field none = { "", 0, sh->line, sh->sheet ? (unsigned)k + 1 : sh->text_len + 1, 0 };
    return none;
}

void apbd_sheet_report(struct apbd_sheet *sh, enum apbd_severity sev, enum apbd_msg msg, int k,
                       const char *a1, const char *a2, const char *a3)
{
    apbd_sheet_report_at(sh, sev, msg, k, 0, a1, a2, a3);
}

void apbd_sheet_report_at(struct apbd_sheet *sh, enum apbd_severity sev, enum apbd_msg msg, int k,
                          unsigned offset, const char *a1, const char *a2, const char *a3)
{
    struct apbd_sheet_field f = apbd_sheet_get(sh, k < 0 ? 0 : k);
    struct apbd_loc loc = { sh->name, k < 0 ? sh->line : f.line, k < 0 ? 1 : f.col + offset, NULL, 0, NULL };
    if (sh->sheet) {
        /* the cell ('Sheet 1'!C7) and its value; the row (7:7) for the record */
        char ref[16];
        if (k < 0)
            snprintf(ref, sizeof(ref), "%u:%u", sh->line, sh->line);
        else
            apbd_xlsx_cell_ref(f.col, f.line, ref);
        snprintf(sh->cell, sizeof(sh->cell), "'%s'!%s", sh->sheet, ref);
        loc.col = 0;
        loc.cell = sh->cell;
        loc.text = k < 0 ? NULL : f.s;
        loc.text_len = k < 0 ? 0 : f.len;
    } else if (loc.line == sh->line) {
        loc.text = sh->text;
        loc.text_len = sh->text_len;
    }
    apbd_report(sh->rep, sev, msg, &loc, a1 ? a1 : "", a2 ? a2 : "", a3 ? a3 : "", NULL);
    if (sev == APBD_ERROR)
        sh->failed = 1;
}

static char *field_text(const struct apbd_sheet_field *f, char *buf, size_t size)
{
    size_t n = f->len < size - 1 ? f->len : size - 1;
    memcpy(buf, f->s, n);
    buf[n] = '\0';
    return buf;
}

int apbd_sheet_amount(struct apbd_sheet *sh, int k, const char *colname, int64_t *sen)
{
    struct apbd_sheet_field f = apbd_sheet_get(sh, k);
    char text[80];
    *sen = 0;
    if (f.number)
        return apbd_number_parse(f.s, f.len, APBD_NUM_EN, 2, sen) == APBD_NUM_OK ? 0 : -1;
    enum apbd_numstyle ev = apbd_number_evidence(f.s, f.len);
    if (ev != APBD_NUM_NEUTRAL && sh->style == APBD_NUM_NEUTRAL) {
        sh->style = ev;
        sh->style_line = f.line;
    } else if (ev != APBD_NUM_NEUTRAL && ev != sh->style) {
        apbd_sheet_report(sh, APBD_ERROR, APBD_MSG_NOT_A_NUMBER_ANY_STYLE, k, colname,
                          field_text(&f, text, sizeof(text)), NULL);
        return -1;
    }
    enum apbd_numparse r = apbd_number_parse(f.s, f.len, sh->style, 2, sen);
    if (r == APBD_NUM_OK || r == APBD_NUM_EMPTY)
        return 0;
    enum apbd_msg msg = r == APBD_NUM_OVERFLOW ? APBD_MSG_OVERFLOW
                      : r == APBD_NUM_PRECISION ? APBD_MSG_TOO_MANY_DECIMALS
                      : APBD_MSG_NOT_A_NUMBER_ANY_STYLE;
    apbd_sheet_report(sh, APBD_ERROR, msg, k, colname, field_text(&f, text, sizeof(text)), NULL);
    return -1;
}

int apbd_sheet_code(struct apbd_sheet *sh, int k, const struct apbd_code_shape *shape,
                    enum apbd_msg msg, char out[APBD_CODE_MAX])
{
    struct apbd_sheet_field f = apbd_sheet_get(sh, k);
    char text[80];
    out[0] = '\0';
    if (k < 0)
        return 0;
    if (apbd_code_normalise(f.s, f.len, shape, out) != APBD_CODE_BAD)
        return 0;
    apbd_sheet_report(sh, APBD_ERROR, msg, k, field_text(&f, text, sizeof(text)), NULL, NULL);
    return -1;
}
