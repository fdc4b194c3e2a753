/*
 * import.c: one export file to budget lines.
 *
 * Pass 1 (decode.c) decides the encoding. Pass 2 reads UTF-8 lines: the
 * lines above the header are searched for the header (and a period in the
 * title), then every later line goes through libcsv, and each record
 * becomes a line of the table or a message. Subtotals are resolved at the
 * end (subtotal.c), when all rows of a group are known.
 */
#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "apbd/coa.h"
#include "apbd/codes.h"
#include "apbd/fisik.h"
#include "apbd/header.h"
#include "apbd/import.h"
#include "apbd/report.h"
#include "apbd/status.h"
#include "apbd/subtotal.h"
#include "apbd/xlsx.h"

#define HEADER_SEARCH_LINES 50

struct field {
    const char *s;
    size_t len;
};

struct importer {
    struct apbd_table *t;
    const struct apbd_import_opts *o;
    struct apbd_report *rep;
    const char *name;
    struct apbd_decoder dec;
    struct csv_parser csv;

    int col[APBD_COL_COUNT];        /* field index of each column, -1 if absent */
    int murni_col;                  /* the original budget, -1 if absent */
    int anggaran_col;               /* the budget lines are published with */
    size_t header_fields;

    /* the record being parsed */
    char *fbuf;
    size_t fbuf_len, fbuf_cap;
    size_t *foff, *flen;
    size_t nfields, fcap;
    char *rec;                      /* its text, all its physical lines */
    size_t rec_len, rec_cap;
    unsigned rec_line;
    int in_record;
    int rec_dropped;                /* too long: its remaining lines are skipped */

    enum apbd_numstyle style;
    unsigned style_line;
    char style_example[48];

    /* rows that may be subtotals, for subtotal.c */
    const char **texts;
    size_t texts_cap;
    struct apbd_label_row *labels;
    size_t nlabels, labels_cap;

    unsigned ignored_rows, first_ignored;
    int failed;
    int budget_only;                /* a "-apbd" period: no realisasi column needed */
    unsigned paket_lines;           /* lines named by their paket/kelompok */
    unsigned standar_harga_lines;   /* and by their standar harga */

    /* a workbook (xlsx): the record's cells and where they are */
    struct apbd_xlsx *xlsx;
    const char *sheet;
    unsigned char *fnum;            /* per field: a number cell, read exactly */
    size_t fnum_cap;
    char cellref[300];
};

/* ---------------------------------------------------------------- helpers */

static void fmt_u(char buf[24], unsigned long long v)
{
    snprintf(buf, 24, "%llu", v);
}

static void trim(const char **s, size_t *len)
{
    while (*len && ((*s)[0] == ' ' || (*s)[0] == '\t' || (*s)[0] == '\r' || (*s)[0] == '\n'))
        (*s)++, (*len)--;
    while (*len && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t'
                    || (*s)[*len - 1] == '\r' || (*s)[*len - 1] == '\n'))
        (*len)--;
}

static int starts_with_word(const char *s, size_t len, const char *word)
{
    size_t n = strlen(word);
    if (len < n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != word[i])
            return 0;
    }
    return len == n || !((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z'));
}

static int is_total_label(const char *s, size_t len)
{
    trim(&s, &len);
    return starts_with_word(s, len, "jumlah") || starts_with_word(s, len, "total")
           || starts_with_word(s, len, "sub total") || starts_with_word(s, len, "subtotal")
           || starts_with_word(s, len, "grand total");
}

static const char *style_name(enum apbd_numstyle s, enum apbd_lang lang)
{
    switch (s) {
    case APBD_NUM_ID:
        return lang == APBD_LANG_EN ? "Indonesian (1.234.567,89)" : "Indonesia (1.234.567,89)";
    case APBD_NUM_EN:
        return lang == APBD_LANG_EN ? "English (1,234,567.89)" : "Inggris (1,234,567.89)";
    default:
        return lang == APBD_LANG_EN ? "whole numbers (1234567)" : "bilangan bulat (1234567)";
    }
}

/* Amounts in messages: as the file writes them, else as the reader reads. */
static enum apbd_numstyle shown_style(const struct importer *im)
{
    if (im->style != APBD_NUM_NEUTRAL)
        return im->style;
    return im->rep->lang == APBD_LANG_EN ? APBD_NUM_EN : APBD_NUM_ID;
}

static const char *style_example(enum apbd_numstyle s)
{
    return s == APBD_NUM_ID ? "1.234.567,89" : s == APBD_NUM_EN ? "1,234,567.89" : "1234567";
}

/* ------------------------------------------------------------- locations */

/* Character length of s[0..len). */
static unsigned chars(const char *s, size_t len)
{
    unsigned n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/*
 * Where field k starts in text (one record, from line `line` on): the
 * physical line and the character column. libcsv does not report
 * positions; this walk only counts delimiters outside quotes.
 */
static void locate_in(const char *r, size_t n, unsigned line, char delim, size_t k,
                      struct apbd_loc *loc)
{
    size_t line_start = 0, i = 0, field = 0;
    int quoted = 0;
    /* A field past the last is shown at the end of the line, not after
     * its line break. */
    while (n && (r[n - 1] == '\n' || r[n - 1] == '\r'))
        n--;
    while (i < n && field < k) {
        char c = r[i];
        if (c == '"')
            quoted = !quoted;
        else if (c == delim && !quoted)
            field++;
        else if (c == '\n') {
            line++;
            line_start = i + 1;
        }
        i++;
    }
    size_t line_end = line_start;
    while (line_end < n && r[line_end] != '\n')
        line_end++;
    loc->line = line;
    loc->col = chars(r + line_start, i - line_start) + 1;
    loc->text = r + line_start;
    loc->text_len = line_end - line_start;
}

static struct field get(const struct importer *im, int k);

static void locate_field(struct importer *im, size_t k, struct apbd_loc *loc)
{
    loc->file = im->name;
    if (im->xlsx) {
        /* 'Sheet 1'!W523, with the cell's value for the excerpt */
        char ref[16];
        apbd_xlsx_cell_ref((unsigned)k + 1, im->rec_line, ref);
        snprintf(im->cellref, sizeof(im->cellref), "'%s'!%s", im->sheet, ref);
        struct field f = get(im, (int)k);
        loc->line = im->rec_line;
        loc->col = 0;
        loc->text = f.s;
        loc->text_len = f.len;
        loc->cell = im->cellref;
        return;
    }
    locate_in(im->rec, im->rec_len, im->rec_line, im->t->delimiter, k, loc);
}

static void report_field(struct importer *im, enum apbd_severity sev, enum apbd_msg msg,
                         size_t k, const char *a1, const char *a2, const char *a3,
                         const char *a4, const char *a5, const char *a6)
{
    struct apbd_loc loc = { 0 };
    locate_field(im, k, &loc);
    apbd_report(im->rep, sev, msg, &loc, a1 ? a1 : "", a2 ? a2 : "", a3 ? a3 : "",
                a4 ? a4 : "", a5 ? a5 : "", a6 ? a6 : "", NULL);
    if (sev == APBD_ERROR)
        im->failed = 1;
}

static void report_line(struct importer *im, enum apbd_severity sev, enum apbd_msg msg,
                        unsigned line, unsigned col, const char *text, size_t text_len,
                        const char *a1, const char *a2)
{
    struct apbd_loc loc = { im->name, line, col, text, text_len, NULL };
    apbd_report(im->rep, sev, msg, &loc, a1 ? a1 : "", a2 ? a2 : "", NULL);
    if (sev == APBD_ERROR)
        im->failed = 1;
}

/* ---------------------------------------------------------------- fields */

static struct field get(const struct importer *im, int k)
{
    struct field f = { "", 0 };
    if (k >= 0 && (size_t)k < im->nfields) {
        f.s = im->fbuf + im->foff[k];
        f.len = im->flen[k];
    }
    return f;
}

static struct field get_trimmed(const struct importer *im, int k)
{
    struct field f = get(im, k);
    trim(&f.s, &f.len);
    return f;
}

static const char *intern(struct importer *im, struct field f)
{
    trim(&f.s, &f.len);
    return apbd_strpool_intern(&im->t->pool, f.s, f.len);
}

static int field_is_blank(struct field f)
{
    trim(&f.s, &f.len);
    return f.len == 0;
}

static void on_field(void *s, size_t len, void *data)
{
    struct importer *im = data;
    if (im->nfields == im->fcap) {
        im->fcap = im->fcap ? im->fcap * 2 : 32;
        im->foff = apbd_xrealloc(im->foff, im->fcap * sizeof(*im->foff));
        im->flen = apbd_xrealloc(im->flen, im->fcap * sizeof(*im->flen));
    }
    if (im->fbuf_len + len + 1 > im->fbuf_cap) {
        im->fbuf_cap = (im->fbuf_len + len + 1) * 2;
        im->fbuf = apbd_xrealloc(im->fbuf, im->fbuf_cap);
    }
    if (len)
        memcpy(im->fbuf + im->fbuf_len, s, len);
    im->foff[im->nfields] = im->fbuf_len;
    im->flen[im->nfields] = len;
    im->fbuf_len += len;
    im->fbuf[im->fbuf_len++] = '\0';
    im->nfields++;
}

/* libcsv's default trims spaces silently; we trim ourselves, so that a code
 * with stray spaces is normalised and reported. */
static int no_space(unsigned char c)
{
    (void)c;
    return 0;
}

/* ---------------------------------------------------------------- amounts */

/* Parse money column k into *sen. Returns 0, or -1 after reporting. */
static int amount(struct importer *im, int k, const char *colname, int64_t *sen)
{
    struct field f = get(im, k);
    *sen = 0;
    if (k < 0)
        return 0;
    if (im->xlsx && (size_t)k < im->nfields && im->fnum[k]) {
        /* a number cell, already in sen as "123.45" */
        return apbd_number_parse(f.s, f.len, APBD_NUM_EN, 2, sen) == APBD_NUM_OK ? 0 : -1;
    }
    enum apbd_numstyle ev = apbd_number_evidence(f.s, f.len);
    if (ev != APBD_NUM_NEUTRAL) {
        if (im->style == APBD_NUM_NEUTRAL) {
            struct field t = f;
            trim(&t.s, &t.len);
            im->style = ev;
            im->style_line = im->rec_line;
            size_t n = t.len < sizeof(im->style_example) - 1 ? t.len : sizeof(im->style_example) - 1;
            memcpy(im->style_example, t.s, n);
            im->style_example[n] = '\0';
        } else if (ev != im->style) {
            char line[24];
            struct field t = f;
            trim(&t.s, &t.len);
            char *text = apbd_arena_strndup(&im->t->arena, t.s, t.len);
            fmt_u(line, im->style_line);
            report_field(im, APBD_ERROR, APBD_MSG_MIXED_NUMBER_STYLE, (size_t)k, colname,
                         style_name(ev, im->rep->lang), text,
                         style_name(im->style, im->rep->lang), line, style_example(im->style));
            return -1;
        }
    }
    enum apbd_numparse r = apbd_number_parse(f.s, f.len, im->style, 2, sen);
    if (r == APBD_NUM_OK || r == APBD_NUM_EMPTY)
        return 0;
    struct field t = f;
    trim(&t.s, &t.len);
    char *text = apbd_arena_strndup(&im->t->arena, t.s, t.len);
    enum apbd_msg msg = r == APBD_NUM_OVERFLOW ? APBD_MSG_OVERFLOW
                      : r == APBD_NUM_PRECISION ? APBD_MSG_TOO_MANY_DECIMALS
                      : im->style == APBD_NUM_NEUTRAL ? APBD_MSG_NOT_A_NUMBER_ANY_STYLE
                      : APBD_MSG_NOT_A_NUMBER;
    report_field(im, APBD_ERROR, msg, (size_t)k, colname, text, style_example(im->style),
                 NULL, NULL, NULL);
    return -1;
}

/* The percent column against realisasi / anggaran, one unit of the
 * column's last digit allowed (some systems truncate, some round). */
static void check_persen(struct importer *im, int64_t anggaran, int64_t realisasi)
{
    int k = im->col[APBD_COL_PERSEN];
    struct field f = get_trimmed(im, k);
    if (k < 0 || anggaran == 0 || f.len == 0)
        return;
    int64_t given;      /* percent x 10^6 */
    if (apbd_number_parse(f.s, f.len, im->style, 6, &given) != APBD_NUM_OK)
        return;
    const char *sep = NULL;
    for (size_t i = 0; i < f.len; i++)
        if (f.s[i] == '.' || f.s[i] == ',')
            sep = f.s + i;
    int decimals = 0;
    if (sep && (im->style == APBD_NUM_NEUTRAL
                || *sep == (im->style == APBD_NUM_ID ? ',' : '.')))
        for (const char *p = sep + 1; p < f.s + f.len && *p >= '0' && *p <= '9'; p++)
            decimals++;
    __int128 unit = 1000000;
    for (int i = 0; i < decimals && unit > 1; i++)
        unit /= 10;
    __int128 lhs = (__int128)given * anggaran;
    __int128 rhs = (__int128)realisasi * 100 * 1000000;
    __int128 diff = lhs > rhs ? lhs - rhs : rhs - lhs;
    __int128 a = anggaran < 0 ? -(__int128)anggaran : anggaran;
    if (diff <= unit * a)
        return;
    /* realisasi / anggaran x 100 to two decimals, rounded half away from zero */
    __int128 q = (__int128)realisasi * 10000 * 2 / anggaran;
    q = q >= 0 ? (q + 1) / 2 : (q - 1) / 2;
    char expect[48], given_text[64];
    long long ql = (long long)q;
    snprintf(expect, sizeof(expect), "%s%lld%c%02lld", ql < 0 ? "-" : "",
             (ql < 0 ? -ql : ql) / 100, im->style == APBD_NUM_ID ? ',' : '.',
             (ql < 0 ? -ql : ql) % 100);
    snprintf(given_text, sizeof(given_text), "%.*s", (int)(f.len < 60 ? f.len : 60), f.s);
    report_field(im, APBD_ERROR, APBD_MSG_PERSEN_MISMATCH, (size_t)k, given_text, expect,
                 NULL, NULL, NULL, NULL);
}

/* ------------------------------------------------------------------ codes */

static int code(struct importer *im, int k, const struct apbd_code_shape *shape,
                enum apbd_msg bad_msg, const char *what, char out[APBD_CODE_MAX])
{
    struct field f = get(im, k);
    out[0] = '\0';
    if (k < 0)
        return 0;
    enum apbd_code_result r = apbd_code_normalise(f.s, f.len, shape, out);
    if (r == APBD_CODE_SAME)
        return 0;
    struct field t = f;
    trim(&t.s, &t.len);
    char *text = apbd_arena_strndup(&im->t->arena, f.s, f.len);
    if (r == APBD_CODE_BAD) {
        report_field(im, APBD_ERROR, bad_msg, (size_t)k, text, NULL, NULL, NULL, NULL, NULL);
        return -1;
    }
    report_field(im, APBD_NOTE, APBD_MSG_NOTE_CODE_NORMALISED, (size_t)k, what, text, out,
                 NULL, NULL, NULL);
    return 0;
}

/* akun, kelompok and jenis must be in the chart; deeper levels may not be. */
static int check_chart(struct importer *im, const char *kode)
{
    const struct apbd_coa *coa = im->o ? im->o->coa : NULL;
    if (!coa)
        return 0;
    int segs = apbd_code_segments(kode);
    for (int level = 1; level <= 3 && level <= segs; level++) {
        size_t len = apbd_code_prefix_len(kode, level);
        if (apbd_coa_find(coa, kode, len))
            continue;
        char *prefix = apbd_arena_strndup(&im->t->arena, kode, len);
        const struct apbd_coa_entry *near = apbd_coa_nearest(coa, kode, len);
        report_field(im, APBD_ERROR, APBD_MSG_UNKNOWN_ACCOUNT,
                     (size_t)im->col[APBD_COL_KODE_REKENING], kode,
                     apbd_coa_level_name(level), prefix, coa->name,
                     near ? near->kode : "-", near ? near->nama : "-");
        return -1;
    }
    return 0;
}

/* ---------------------------------------------------------------- records */

/* The character column of field k, kept on each line for later messages.
 * Most records have no quote, and then a field starts right after the
 * lengths of the ones before it; only quoted records need the walk. */
static uint16_t col_of(const struct importer *im, int k)
{
    if (k < 0)
        return 0;
    if (im->xlsx)
        return (uint16_t)(k + 1 > 65535 ? 65535 : k + 1);      /* the cell's column */
    if (memchr(im->rec, '"', im->rec_len) || memchr(im->rec, '\n', im->rec_len ? im->rec_len - 1 : 0)) {
        struct apbd_loc loc = { 0 };
        locate_in(im->rec, im->rec_len, im->rec_line, im->t->delimiter, (size_t)k, &loc);
        return loc.col > 65535 ? 65535 : (uint16_t)loc.col;
    }
    size_t off = 0;
    for (int i = 0; i < k && (size_t)i < im->nfields; i++)
        off += im->flen[i] + 1;
    if (off > im->rec_len)
        off = im->rec_len;
    unsigned col = chars(im->rec, off) + 1;
    return col > 65535 ? 65535 : (uint16_t)col;
}

static uint16_t clamp16(unsigned v)
{
    return v > 65535 ? 65535 : (uint16_t)v;
}

/* The columns of fields ka and kr (the amounts) in one walk over the
 * record, as locate_in counts them; a field not found is left to col_of. */
static void cols_of(const struct importer *im, int ka, int kr, uint16_t *ca, uint16_t *cr)
{
    const char *r = im->rec;
    size_t n = im->rec_len, field = 0;
    unsigned col = 1;
    int quoted = 0;
    *ca = ka == 0 ? 1 : 0;
    *cr = kr == 0 ? 1 : 0;
    for (size_t i = 0; i < n && ((ka > 0 && !*ca) || (kr > 0 && !*cr)); i++) {
        char c = r[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (c == '\n') {
            col = 0;
        } else if (c == im->t->delimiter && !quoted) {
            field++;
            if ((int)field == ka)
                *ca = clamp16(col + 1);
            if ((int)field == kr)
                *cr = clamp16(col + 1);
        }
        col += ((unsigned char)c & 0xC0) != 0x80;
    }
    if (ka > 0 && !*ca)
        *ca = col_of(im, ka);
    if (kr > 0 && !*cr)
        *cr = col_of(im, kr);
}

static void push_line(struct importer *im, const struct apbd_line *l, const char *text)
{
    struct apbd_table *t = im->t;
    if (t->count == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 1024;
        t->lines = apbd_xrealloc(t->lines, t->cap * sizeof(*t->lines));
        im->texts = apbd_xrealloc(im->texts, t->cap * sizeof(*im->texts));
    }
    im->texts[t->count] = text;
    t->lines[t->count++] = *l;
}

static void push_label(struct importer *im, const struct apbd_label_row *row)
{
    if (im->nlabels == im->labels_cap) {
        im->labels_cap = im->labels_cap ? im->labels_cap * 2 : 64;
        im->labels = apbd_xrealloc(im->labels, im->labels_cap * sizeof(*im->labels));
    }
    im->labels[im->nlabels++] = *row;
}

/* Realisasi from its columns: cumulative, or last month + this month. */
static int realisasi(struct importer *im, int64_t *out)
{
    int64_t cum = 0, lalu = 0, bulan = 0;
    int k_cum = im->col[APBD_COL_REALISASI];
    int k_lalu = im->col[APBD_COL_REALISASI_LALU];
    int k_bulan = im->col[APBD_COL_REALISASI_BULAN];
    int bad = 0;
    bad |= amount(im, k_cum, "realisasi", &cum);
    bad |= amount(im, k_lalu, "realisasi s.d. bulan lalu", &lalu);
    bad |= amount(im, k_bulan, "realisasi bulan ini", &bulan);
    if (bad)
        return -1;
    if (k_lalu < 0 || k_bulan < 0) {
        *out = cum;
        return 0;
    }
    int64_t sum = lalu;
    if (apbd_money_add(&sum, bulan) != 0) {
        report_field(im, APBD_ERROR, APBD_MSG_SUM_OVERFLOW, (size_t)k_bulan, "realisasi",
                     NULL, NULL, NULL, NULL, NULL);
        return -1;
    }
    if (k_cum < 0) {
        *out = sum;
        return 0;
    }
    if (sum != cum) {
        char a[APBD_MONEY_BUF], b[APBD_MONEY_BUF], c[APBD_MONEY_BUF], d[APBD_MONEY_BUF];
        apbd_money_format_grouped(a, cum, shown_style(im));
        apbd_money_format_grouped(b, lalu, shown_style(im));
        apbd_money_format_grouped(c, bulan, shown_style(im));
        apbd_money_format_grouped(d, sum, shown_style(im));
        report_field(im, APBD_ERROR, APBD_MSG_REALISASI_SPLIT, (size_t)k_cum, a, b, c, d,
                     NULL, NULL);
        return -1;
    }
    *out = cum;
    return 0;
}

static void check_sisa(struct importer *im, int64_t anggaran, int64_t real)
{
    int k = im->col[APBD_COL_SISA];
    if (k < 0 || field_is_blank(get(im, k)))
        return;
    int64_t sisa, expect = anggaran;
    if (amount(im, k, "sisa", &sisa) != 0 || apbd_money_sub(&expect, real) != 0)
        return;
    /* Some systems write it as realisasi - anggaran (lebih/kurang). */
    if (sisa == expect || sisa == -expect)
        return;
    char a[APBD_MONEY_BUF], b[APBD_MONEY_BUF];
    apbd_money_format_grouped(a, sisa, shown_style(im));
    apbd_money_format_grouped(b, expect, shown_style(im));
    report_field(im, APBD_ERROR, APBD_MSG_SISA_MISMATCH, (size_t)k, a, b, NULL, NULL, NULL, NULL);
}

/* The physical progress of the line's sub kegiatan: -1 when not given. */
static int fisik(struct importer *im, int16_t *out)
{
    int k = im->col[APBD_COL_REALISASI_FISIK];
    *out = -1;
    if (k < 0)
        return 0;
    struct field f = get_trimmed(im, k);
    if (apbd_fisik_parse(f.s, f.len, im->style, out) == 0)
        return 0;
    char *text = apbd_arena_strndup(&im->t->arena, f.s, f.len);
    report_field(im, APBD_ERROR, APBD_MSG_FISIK_RANGE, (size_t)k, text, NULL, NULL, NULL, NULL,
                 NULL);
    return -1;
}

static void check_periode(struct importer *im)
{
    int k = im->col[APBD_COL_PERIODE];
    struct field f = get_trimmed(im, k);
    if (k < 0 || !f.len || !im->t->period[0])
        return;
    char p[8];
    unsigned col;
    int found = apbd_period_in_text(f.s, f.len, p, &col) == 0;
    if (!found && f.len == 7 && f.s[4] == '-') {
        memcpy(p, f.s, 7);
        p[7] = '\0';
        found = 1;
    }
    if (found && strcmp(p, im->t->period) != 0)
        report_field(im, APBD_ERROR, APBD_MSG_PERIOD_MISMATCH, (size_t)k, p, im->t->period,
                     NULL, NULL, NULL, NULL);
}

/*
 * The line's uraian: the account's name, and when SIPD names the paket or
 * kelompok ("Ruang Guru SDN 9 Waeapo"), that first: it is what a citizen
 * looks for, and what tells apart the lines of one account.
 */
/*
 * Lines of one account that differ only by what they buy: SIPD's NAMA
 * PAKET/KELOMPOK ("Ruang Guru SDN 9 Waeapo") and NAMA STANDAR HARGA ("Kertas
 * HVS A4 70 gr") go before the account's uraian, what a citizen looks for.
 */
static const char *paket_uraian(struct importer *im, struct field ur)
{
    struct field part[3] = { get_trimmed(im, im->col[APBD_COL_PAKET]),
                             get_trimmed(im, im->col[APBD_COL_STANDAR_HARGA]), ur };
    trim(&part[2].s, &part[2].len);
    if (!part[0].len && !part[1].len)
        return intern(im, ur);
    im->paket_lines += part[0].len > 0;
    im->standar_harga_lines += part[1].len > 0;
    char *joined = apbd_arena_alloc(&im->t->arena, part[0].len + part[1].len + part[2].len + 16);
    size_t w = 0;
    for (size_t i = 0; i < 3; i++) {
        if (!part[i].len)
            continue;
        if (w) {
            memcpy(joined + w, " — ", strlen(" — "));
            w += strlen(" — ");
        }
        memcpy(joined + w, part[i].s, part[i].len);
        w += part[i].len;
    }
    return apbd_strpool_intern(&im->t->pool, joined, w);
}

static void process_record(struct importer *im)
{
    /* Fields past the header's are a value with an unquoted delimiter,
     * unless they are empty (trailing delimiters are common). */
    size_t filled = im->nfields;
    while (filled > im->header_fields && field_is_blank(get(im, (int)filled - 1)))
        filled--;
    int any = 0;
    for (size_t i = 0; i < im->nfields && !any; i++)
        any = !field_is_blank(get(im, (int)i));
    if (!any)
        return;
    if (filled > im->header_fields && !im->xlsx) {
        char a[24], b[24], d[2] = { im->t->delimiter, '\0' };
        fmt_u(a, filled);
        fmt_u(b, im->header_fields);
        report_field(im, APBD_ERROR, APBD_MSG_FIELD_COUNT, im->header_fields, a, b,
                     d[0] == '\t' ? "TAB" : d, NULL, NULL, NULL);
        return;
    }

    /* Fewer fields than the header is fine only when none we read is gone:
     * otherwise every value after the gap has shifted. */
    if (im->nfields < im->header_fields) {
        for (int c = 0; c < APBD_COL_COUNT; c++) {
            if (im->col[c] < 0 || (size_t)im->col[c] < im->nfields)
                continue;
            char a[24], b[24];
            fmt_u(a, im->nfields);
            fmt_u(b, im->header_fields);
            report_field(im, APBD_ERROR, APBD_MSG_FIELDS_MISSING, im->nfields, a, b,
                         apbd_col_name((enum apbd_col)c), NULL, NULL, NULL);
            return;
        }
    }

    int k_rek = im->col[APBD_COL_KODE_REKENING];
    struct field rek = get_trimmed(im, k_rek);
    struct field ur = get_trimmed(im, im->col[APBD_COL_URAIAN]);
    struct field first = get_trimmed(im, 0);
    int label = rek.len ? is_total_label(rek.s, rek.len)
                        : (is_total_label(ur.s, ur.len) || is_total_label(first.s, first.len)
                           || is_total_label(get_trimmed(im, im->col[APBD_COL_NAMA_SKPD]).s,
                                             get_trimmed(im, im->col[APBD_COL_NAMA_SKPD]).len));

    char kode_skpd[APBD_CODE_MAX], kode_sub[APBD_CODE_MAX], kode_rek[APBD_CODE_MAX];
    int bad = 0;
    bad |= code(im, im->col[APBD_COL_KODE_SKPD], NULL, APBD_MSG_BAD_SKPD_CODE,
                "kode_skpd", kode_skpd);
    enum apbd_chart chart = im->o ? im->o->chart : APBD_CHART_90_2019;
    bad |= code(im, im->col[APBD_COL_KODE_SUB_KEGIATAN], apbd_chart_kegiatan_shape(chart),
                APBD_MSG_BAD_SUB_KEGIATAN_CODE, "kode_sub_kegiatan", kode_sub);
    if (!label)
        bad |= code(im, k_rek, apbd_chart_account_shape(chart), APBD_MSG_BAD_ACCOUNT_CODE,
                    "kode_rekening", kode_rek);

    int64_t anggaran = 0, murni = 0, real = 0;
    bad |= amount(im, im->anggaran_col, "anggaran", &anggaran);
    bad |= amount(im, im->murni_col, "anggaran murni", &murni);
    bad |= realisasi(im, &real);
    int16_t progress;
    bad |= fisik(im, &progress);
    if (bad)
        return;
    if (im->murni_col < 0)
        murni = anggaran;

    if (label) {
        const char *text = apbd_arena_strndup(&im->t->arena, im->rec, im->rec_len);
        struct field lf = rek.len ? rek : ur.len ? ur : first;
        struct apbd_label_row row = {
            .kode_skpd = apbd_strpool_intern(&im->t->pool, kode_skpd, strlen(kode_skpd)),
            .kode_sub_kegiatan = apbd_strpool_intern(&im->t->pool, kode_sub, strlen(kode_sub)),
            .label = intern(im, lf),
            .anggaran_sen = anggaran, .realisasi_sen = real, .lineno = im->rec_line,
            .col_anggaran = col_of(im, im->anggaran_col),
            .col_realisasi = col_of(im, im->col[APBD_COL_REALISASI]),
            .text = text,
        };
        push_label(im, &row);
        return;
    }
    if (!kode_rek[0]) {
        if (anggaran == 0 && real == 0) {
            /* Title, signature or empty rows between or below the lines. */
            if (!im->ignored_rows++)
                im->first_ignored = im->rec_line;
            return;
        }
        report_field(im, APBD_ERROR, APBD_MSG_EMPTY_CODE, (size_t)k_rek, NULL, NULL, NULL,
                     NULL, NULL, NULL);
        return;
    }
    if (check_chart(im, kode_rek) != 0)
        return;
    if (anggaran < 0) {
        char a[APBD_MONEY_BUF];
        apbd_money_format_grouped(a, anggaran, shown_style(im));
        report_field(im, APBD_ERROR, APBD_MSG_NEGATIVE_ANGGARAN, (size_t)im->anggaran_col, a,
                     NULL, NULL, NULL, NULL, NULL);
        return;
    }
    check_sisa(im, anggaran, real);
    check_persen(im, anggaran, real);
    check_periode(im);

    /* the SKPD's own unit is no sub unit: only the units under it are named */
    struct field unit = get_trimmed(im, im->col[APBD_COL_KODE_SUB_UNIT]);
    int own_unit = unit.len == strlen(kode_skpd) && !memcmp(unit.s, kode_skpd, unit.len);
    struct apbd_line l = {
        .kode_skpd = apbd_strpool_intern(&im->t->pool, kode_skpd, strlen(kode_skpd)),
        .kode_sub_unit = own_unit ? "" : intern(im, unit),
        .nama_sub_unit = own_unit ? "" : intern(im, get(im, im->col[APBD_COL_NAMA_SUB_UNIT])),
        .nama_skpd = intern(im, get(im, im->col[APBD_COL_NAMA_SKPD])),
        .nama_program = intern(im, get(im, im->col[APBD_COL_NAMA_PROGRAM])),
        .nama_kegiatan = intern(im, get(im, im->col[APBD_COL_NAMA_KEGIATAN])),
        .kode_sub_kegiatan = apbd_strpool_intern(&im->t->pool, kode_sub, strlen(kode_sub)),
        .nama_sub_kegiatan = intern(im, get(im, im->col[APBD_COL_NAMA_SUB_KEGIATAN])),
        .kode_rekening = apbd_strpool_intern(&im->t->pool, kode_rek, strlen(kode_rek)),
        .uraian = paket_uraian(im, ur),
        .sumber_dana = intern(im, get(im, im->col[APBD_COL_SUMBER_DANA])),
        .anggaran_sen = anggaran,
        .anggaran_murni_sen = murni,
        .realisasi_sen = real,
        .lineno = im->rec_line,
        .fisik = progress,
        .col_fisik = col_of(im, im->col[APBD_COL_REALISASI_FISIK]),
    };
    cols_of(im, im->anggaran_col, im->col[APBD_COL_REALISASI] >= 0
                                      ? im->col[APBD_COL_REALISASI]
                                      : im->col[APBD_COL_REALISASI_BULAN],
            &l.col_anggaran, &l.col_realisasi);
    /* Only a row with a short account code can be a subtotal; keep its
     * text for the message should it not add up. */
    const char *text = NULL;
    if (apbd_code_segments(kode_rek) < apbd_shape_account_90.max_segments)
        text = apbd_arena_strndup(&im->t->arena, im->rec, im->rec_len);
    push_line(im, &l, text);
}

static void on_record(int c, void *data)
{
    (void)c;
    struct importer *im = data;
    if (!im->rec_dropped)
        process_record(im);
    im->nfields = 0;
    im->fbuf_len = 0;
    im->in_record = 0;
}

/* ----------------------------------------------------------------- header */

struct header_try {
    size_t nfields;
    int col[APBD_COL_COUNT];
    int recognised;
};

static void header_field(void *s, size_t len, void *data)
{
    struct importer *im = data;
    on_field(s, len, im);
}

static void header_record(int c, void *data)
{
    (void)c;
    (void)data;
}

/* Split one line with delimiter d into im's field buffer. */
static void split_line(struct importer *im, const char *line, size_t len, char d)
{
    struct csv_parser p;
    im->nfields = 0;
    im->fbuf_len = 0;
    csv_init(&p, 0);
    csv_set_delim(&p, (unsigned char)d);
    csv_set_space_func(&p, no_space);
    csv_parse(&p, line, len, header_field, header_record, im);
    csv_fini(&p, header_field, header_record, im);
    csv_free(&p);
}

static void try_header(struct importer *im, struct header_try *h)
{
    h->nfields = im->nfields;
    h->recognised = 0;
    for (int c = 0; c < APBD_COL_COUNT; c++)
        h->col[c] = -1;
    for (size_t i = 0; i < im->nfields; i++) {
        struct field f = get(im, (int)i);
        enum apbd_col c = apbd_header_match(f.s, f.len);
        if (c == APBD_COL_NONE || h->col[c] >= 0)
            continue;
        h->col[c] = (int)i;
        h->recognised++;
    }
}

/* The required columns: the realisasi only in a realization month. */
static int header_complete(const struct importer *im, const struct header_try *h)
{
    return h->col[APBD_COL_KODE_REKENING] >= 0
           && (h->col[APBD_COL_ANGGARAN] >= 0 || h->col[APBD_COL_ANGGARAN_PERUBAHAN] >= 0
               || h->col[APBD_COL_ANGGARAN_MURNI] >= 0)
           && (im->budget_only || h->col[APBD_COL_REALISASI] >= 0
               || (h->col[APBD_COL_REALISASI_LALU] >= 0 && h->col[APBD_COL_REALISASI_BULAN] >= 0));
}

static void note_column(struct importer *im, unsigned line, int k, const char *as)
{
    struct field f = get_trimmed(im, k);
    char key[96];
    apbd_header_key(f.s, f.len, key, sizeof(key));
    if (strcmp(key, as) == 0)
        return;
    char *text = apbd_arena_strndup(&im->t->arena, f.s, f.len);
    report_line(im, APBD_NOTE, APBD_MSG_NOTE_COLUMN, line, 0, NULL, 0, text, as);
}

/* Decide which column is which, report the choices, and check the
 * required ones. Fields of the header line are in im's buffer. */
static int adopt_header(struct importer *im, const struct header_try *h, unsigned line,
                        const char *text, size_t text_len)
{
    memcpy(im->col, h->col, sizeof(im->col));
    im->header_fields = h->nfields;
    char unused[1024] = "";

    /* Two cells naming the same column: the second is ambiguous. */
    for (size_t i = 0; i < im->nfields; i++) {
        struct field f = get(im, (int)i);
        enum apbd_col c = apbd_header_match(f.s, f.len);
        if (c != APBD_COL_NONE && im->col[c] != (int)i) {
            char a[24], b[24];
            fmt_u(a, (unsigned)im->col[c] + 1);
            fmt_u(b, i + 1);
            struct field g = get_trimmed(im, im->col[c]);
            struct apbd_loc loc = { .file = im->name };
            locate_in(text, text_len, line, im->t->delimiter, i, &loc);
            apbd_report(im->rep, APBD_ERROR, APBD_MSG_DUPLICATE_COLUMN, &loc,
                        apbd_col_name(c), apbd_arena_strndup(&im->t->arena, g.s, g.len), a,
                        apbd_arena_strndup(&im->t->arena, f.s, f.len), b, NULL);
            im->failed = 1;
        } else if (c == APBD_COL_NONE && !field_is_blank(f)) {
            /* said once, all of them: a SIPD workbook has a dozen */
            struct field t = f;
            trim(&t.s, &t.len);
            size_t o = strlen(unused);
            if (o + t.len + 8 < sizeof(unused))
                snprintf(unused + o, sizeof(unused) - o, "%s'%.*s'", o ? ", " : "", (int)t.len, t.s);
        }
    }
    if (unused[0])
        report_line(im, APBD_NOTE, APBD_MSG_NOTE_COLUMN_IGNORED, line, 0, NULL, 0,
                    apbd_arena_strndup(&im->t->arena, unused, strlen(unused)), NULL);

    /* The budget lines are published with the revised budget when the
     * export has one; the original is kept as anggaran_murni. */
    int k_ang = im->col[APBD_COL_ANGGARAN], k_per = im->col[APBD_COL_ANGGARAN_PERUBAHAN];
    int k_mur = im->col[APBD_COL_ANGGARAN_MURNI];
    im->anggaran_col = k_per >= 0 ? k_per : k_ang >= 0 ? k_ang : k_mur;
    im->murni_col = k_mur >= 0 && k_mur != im->anggaran_col ? k_mur
                  : (k_per >= 0 && k_ang >= 0) ? k_ang : -1;
    im->t->has_murni = im->murni_col >= 0;
    im->t->has_program_names = im->col[APBD_COL_NAMA_PROGRAM] >= 0;
    im->t->has_fisik = im->col[APBD_COL_REALISASI_FISIK] >= 0;
    im->t->has_sub_unit |= im->col[APBD_COL_KODE_SUB_UNIT] >= 0;

    for (int c = 0; c < APBD_COL_COUNT; c++) {
        int k = im->col[c];
        if (k < 0)
            continue;
        const char *as = k == im->anggaran_col ? "anggaran"
                       : k == im->murni_col ? "anggaran_murni"
                       : (c == APBD_COL_ANGGARAN || c == APBD_COL_ANGGARAN_MURNI
                          || c == APBD_COL_ANGGARAN_PERUBAHAN) ? NULL
                       : apbd_col_name((enum apbd_col)c);
        if (!as) {
            report_line(im, APBD_NOTE, APBD_MSG_NOTE_COLUMN_IGNORED, line, 0, NULL, 0,
                        apbd_arena_strndup(&im->t->arena, get_trimmed(im, k).s,
                                           get_trimmed(im, k).len), NULL);
            continue;
        }
        note_column(im, line, k, as);
    }
    if (im->col[APBD_COL_REALISASI_LALU] >= 0 && im->col[APBD_COL_REALISASI_BULAN] >= 0)
        report_line(im, APBD_NOTE, im->col[APBD_COL_REALISASI] >= 0
                                       ? APBD_MSG_NOTE_REALISASI_CHECKED
                                       : APBD_MSG_NOTE_REALISASI_SUMMED,
                    line, 0, NULL, 0, NULL, NULL);
    return 0;
}

static void report_missing_columns(struct importer *im, const struct header_try *h,
                                   unsigned line, const char *text, size_t len)
{
    static const enum apbd_col required[] = {
        APBD_COL_KODE_REKENING, APBD_COL_ANGGARAN, APBD_COL_REALISASI,
    };
    int have[] = {
        h->col[APBD_COL_KODE_REKENING] >= 0,
        h->col[APBD_COL_ANGGARAN] >= 0 || h->col[APBD_COL_ANGGARAN_PERUBAHAN] >= 0
            || h->col[APBD_COL_ANGGARAN_MURNI] >= 0,
        im->budget_only || h->col[APBD_COL_REALISASI] >= 0
            || (h->col[APBD_COL_REALISASI_LALU] >= 0 && h->col[APBD_COL_REALISASI_BULAN] >= 0),
    };
    for (size_t i = 0; i < sizeof(required) / sizeof(required[0]); i++) {
        if (have[i])
            continue;
        struct apbd_loc loc = { im->name, line, 1, text, len, NULL };
        apbd_report(im->rep, APBD_ERROR, APBD_MSG_MISSING_COLUMN, &loc,
                    apbd_col_name(required[i]), apbd_col_synonyms(required[i]), NULL);
    }
    im->failed = 1;
}

static void check_title_period(struct importer *im, const char *line, size_t len)
{
    char p[8];
    unsigned col;
    if (apbd_period_in_text(line, len, p, &col) != 0)
        return;
    if (im->t->period[0] && strcmp(p, im->t->period) != 0)
        report_line(im, APBD_ERROR, APBD_MSG_PERIOD_MISMATCH, im->dec.lineno, col, line, len,
                    p, im->t->period);
    else
        report_line(im, APBD_NOTE, APBD_MSG_NOTE_TITLE_PERIOD, im->dec.lineno, 0, NULL, 0,
                    p, NULL);
}

static void report_format(struct importer *im)
{
    struct apbd_table *t = im->t;
    char line[24], delim[16];
    const char *name = t->delimiter == ',' ? "','" : t->delimiter == ';' ? "';'"
                     : t->delimiter == '\t' ? "TAB" : "'|'";
    snprintf(delim, sizeof(delim), "%s", name);
    fmt_u(line, t->header_line);
    struct apbd_loc loc = { im->name, 0, 0, NULL, 0, NULL };
    apbd_report(im->rep, APBD_NOTE, APBD_MSG_NOTE_FORMAT, &loc, apbd_encoding_name(t->encoding),
                delim, t->crlf ? "CRLF" : "LF", line, NULL);
}

/*
 * Read lines until the header: the first line that, split by one of the
 * delimiters, names the required columns. Returns 0 when found.
 */
static int find_header(struct importer *im)
{
    static const char delimiters[] = { ',', ';', '\t', '|' };
    struct header_try best = { .recognised = 0 };
    unsigned best_line = 0;
    char *best_text = NULL;
    size_t best_len = 0;
    int r;

    while ((r = apbd_decoder_next(&im->dec)) == 1 && im->dec.lineno <= HEADER_SEARCH_LINES) {
        const char *line = im->dec.line;
        size_t len = im->dec.line_len;
        struct field t = { line, len };
        trim(&t.s, &t.len);
        if (!t.len)
            continue;
        struct header_try h, top;
        char top_delim = 0;
        for (size_t i = 0; i < sizeof(delimiters); i++) {
            split_line(im, line, len, delimiters[i]);
            try_header(im, &h);
            if (!top_delim || (header_complete(im, &h) && !header_complete(im, &top))
                || (header_complete(im, &h) == header_complete(im, &top) && h.recognised > top.recognised)) {
                top = h;
                top_delim = delimiters[i];
            }
        }
        if (header_complete(im, &top)) {
            im->t->delimiter = top_delim;
            im->t->header_line = im->dec.lineno;
            report_format(im);
            split_line(im, line, len, top_delim);
            adopt_header(im, &top, im->dec.lineno, line, len);
            free(best_text);
            return 0;
        }
        if (top.recognised >= 2 && top.recognised > best.recognised) {
            best = top;
            best_line = im->dec.lineno;
            free(best_text);
            best_text = apbd_xmalloc(len + 1);
            memcpy(best_text, line, len);
            best_len = len;
        }
        check_title_period(im, line, len);
    }
    if (r < 0) {
        free(best_text);
        return -1;
    }
    if (best_line) {
        report_missing_columns(im, &best, best_line, best_text, best_len);
    } else {
        char n[24];
        fmt_u(n, HEADER_SEARCH_LINES);
        report_line(im, APBD_ERROR, APBD_MSG_NO_HEADER, 1, 1, NULL, 0, n, NULL);
    }
    free(best_text);
    return 1;
}

/* ----------------------------------------------------------------- driver */

static int is_blank_line(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
            return 0;
    return 1;
}

static size_t count_quotes(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += s[i] == '"';
    return n;
}

static void rec_append(struct importer *im, const char *s, size_t len)
{
    if (im->rec_len + len + 1 > im->rec_cap) {
        im->rec_cap = (im->rec_len + len + 1) * 2;
        im->rec = apbd_xrealloc(im->rec, im->rec_cap);
    }
    memcpy(im->rec + im->rec_len, s, len);
    im->rec_len += len;
    im->rec[im->rec_len] = '\0';
}

static void reset_parser(struct importer *im)
{
    csv_free(&im->csv);
    csv_init(&im->csv, 0);
    csv_set_delim(&im->csv, (unsigned char)im->t->delimiter);
    csv_set_space_func(&im->csv, no_space);
    im->nfields = 0;
    im->fbuf_len = 0;
    im->in_record = 0;
    im->rec_dropped = 0;
}

static int read_body(struct importer *im)
{
    int r;
    csv_init(&im->csv, 0);
    reset_parser(im);
    while ((r = apbd_decoder_next(&im->dec)) == 1) {
        const char *line = im->dec.line;
        size_t len = im->dec.line_len;
        if (im->dec.too_long) {
            report_line(im, APBD_ERROR, APBD_MSG_LINE_TOO_LONG, im->dec.lineno, 1, NULL, 0,
                        NULL, NULL);
            reset_parser(im);
            continue;
        }
        if (im->dec.bad_col)
            report_line(im, APBD_ERROR, APBD_MSG_UNDECODABLE, im->dec.lineno, im->dec.bad_col,
                        line, len, apbd_encoding_name(im->t->encoding), im->dec.bad_bytes);
        if (!im->in_record) {
            if (is_blank_line(line, len))
                continue;
            im->in_record = 1;
            im->rec_line = im->dec.lineno;
            im->rec_len = 0;
        }
        if (im->rec_len + len > APBD_LINE_MAX) {
            /* A quote left open swallows the lines after it. */
            report_line(im, APBD_ERROR, APBD_MSG_UNCLOSED_QUOTE, im->rec_line, 1,
                        im->rec, strcspn(im->rec, "\n"), NULL, NULL);
            reset_parser(im);
            continue;
        }
        rec_append(im, line, len);
        if (csv_parse(&im->csv, line, len, on_field, on_record, im) != len) {
            apbd_die_nomem();
        }
    }
    if (im->in_record && count_quotes(im->rec, im->rec_len) % 2) {
        report_line(im, APBD_ERROR, APBD_MSG_UNCLOSED_QUOTE, im->rec_line, 1, im->rec,
                    strcspn(im->rec, "\n"), NULL, NULL);
        im->rec_dropped = 1;
    }
    csv_fini(&im->csv, on_field, on_record, im);
    csv_free(&im->csv);
    return r < 0 ? -1 : 0;
}

static void report_summary(struct importer *im)
{
    struct apbd_table *t = im->t;
    char a[24], b[24];
    if (im->ignored_rows) {
        fmt_u(a, im->ignored_rows);
        fmt_u(b, im->first_ignored);
        report_line(im, APBD_NOTE, APBD_MSG_NOTE_ROWS_IGNORED, 0, 0, NULL, 0, a, b);
    }
    if (im->paket_lines) {
        fmt_u(a, im->paket_lines);
        report_line(im, APBD_NOTE, APBD_MSG_NOTE_PAKET, 0, 0, NULL, 0, a, NULL);
    }
    if (im->standar_harga_lines) {
        fmt_u(a, im->standar_harga_lines);
        report_line(im, APBD_NOTE, APBD_MSG_NOTE_STANDAR_HARGA, 0, 0, NULL, 0, a, NULL);
    }
    if (t->subtotals) {
        fmt_u(a, t->subtotals);
        report_line(im, APBD_NOTE, APBD_MSG_NOTE_SUBTOTALS, 0, 0, NULL, 0, a, NULL);
    }
    if (im->style != APBD_NUM_NEUTRAL) {
        fmt_u(a, im->style_line);
        struct apbd_loc loc = { im->name, 0, 0, NULL, 0, NULL };
        apbd_report(im->rep, APBD_NOTE, APBD_MSG_NOTE_NUMBER_STYLE, &loc,
                    style_name(im->style, im->rep->lang), a, im->style_example, NULL);
    } else if (t->count) {
        report_line(im, APBD_NOTE, APBD_MSG_NOTE_NUMBER_STYLE_NONE, 0, 0, NULL, 0, NULL, NULL);
    }
}

void apbd_table_add(struct apbd_table *t, const struct apbd_line *l)
{
    if (t->count == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 1024;
        t->lines = apbd_xrealloc(t->lines, t->cap * sizeof(*t->lines));
    }
    struct apbd_line *d = &t->lines[t->count++];
    *d = *l;
    if (!d->kode_sub_unit || !d->nama_sub_unit)
        d->kode_sub_unit = d->nama_sub_unit = "";   /* a report names no sub unit */
    const char **text[] = { &d->kode_skpd, &d->nama_skpd, &d->nama_program, &d->nama_kegiatan,
                            &d->kode_sub_kegiatan, &d->nama_sub_kegiatan, &d->kode_rekening,
                            &d->uraian, &d->sumber_dana, &d->kode_sub_unit, &d->nama_sub_unit };
    for (size_t i = 0; i < sizeof(text) / sizeof(text[0]); i++)
        *text[i] = apbd_strpool_intern(&t->pool, *text[i], strlen(*text[i]));
}

void apbd_table_add_accepted(struct apbd_table *t, const struct apbd_accepted *a)
{
    t->accepted = apbd_xrealloc(t->accepted, (t->naccepted + 1) * sizeof(*t->accepted));
    struct apbd_accepted *x = &t->accepted[t->naccepted++];
    *x = *a;
    x->file = apbd_strpool_intern(&t->pool, a->file, strlen(a->file));
    x->kode = apbd_strpool_intern(&t->pool, a->kode, strlen(a->kode));
    x->uraian = apbd_strpool_intern(&t->pool, a->uraian, strlen(a->uraian));
    x->kolom = apbd_strpool_intern(&t->pool, a->kolom, strlen(a->kolom));
    x->alasan = apbd_strpool_intern(&t->pool, a->alasan, strlen(a->alasan));
}

uint16_t apbd_table_add_file(struct apbd_table *t, const char *path)
{
    t->files = apbd_xrealloc(t->files, (t->nfiles + 1) * sizeof(*t->files));
    t->files[t->nfiles] = apbd_arena_strndup(&t->arena, path, strlen(path));
    return (uint16_t)t->nfiles++;
}

int apbd_line_key_cmp(const struct apbd_line *a, const struct apbd_line *b, int depth)
{
    const char *x[] = { a->kode_skpd, a->kode_sub_kegiatan, a->kode_rekening, a->sumber_dana };
    const char *y[] = { b->kode_skpd, b->kode_sub_kegiatan, b->kode_rekening, b->sumber_dana };
    int c = 0;
    for (int i = 0; i < depth && i < 4 && !c; i++)
        c = strcmp(x[i], y[i]);
    return c;
}

struct order_ctx {
    const struct apbd_line *lines;
    int depth;
};

static int by_key_then_index(const void *a, const void *b, void *arg)
{
    const struct order_ctx *o = arg;
    size_t i = *(const size_t *)a, j = *(const size_t *)b;
    int c = apbd_line_key_cmp(&o->lines[i], &o->lines[j], o->depth);
    return c ? c : (i > j) - (i < j);
}

size_t *apbd_table_order(const struct apbd_table *t, int depth)
{
    size_t *order = apbd_xmalloc((t->count ? t->count : 1) * sizeof(*order));
    for (size_t i = 0; i < t->count; i++)
        order[i] = i;
    struct order_ctx o = { t->lines, depth };
    qsort_r(order, t->count, sizeof(*order), by_key_then_index, &o);
    return order;
}

const char *apbd_line_file(const struct apbd_table *t, const struct apbd_line *l)
{
    return l->file < t->nfiles ? t->files[l->file] : t->path;
}

void apbd_table_init(struct apbd_table *t)
{
    memset(t, 0, sizeof(*t));
    apbd_arena_init(&t->arena);
    apbd_strpool_init(&t->pool, &t->arena);
}

void apbd_table_release(struct apbd_table *t)
{
    free(t->lines);
    free(t->accepted);
    free(t->files);
    apbd_strpool_release(&t->pool);
    apbd_arena_release(&t->arena);
    memset(t, 0, sizeof(*t));
}

/* Subtotals resolved, what was decided said, and an empty export refused. */
static void finish_body(struct importer *im)
{
    struct apbd_table *t = im->t;
    t->numstyle = im->style;
    size_t before = t->count;
    size_t bad = apbd_subtotals_resolve(t, im->texts, im->labels, im->nlabels, im->rep);
    if (bad)
        im->failed = 1;
    t->subtotals = before - t->count + im->nlabels - bad;
    report_summary(im);
    if (t->count == 0 && !im->failed) {
        struct apbd_loc l = { im->name, t->header_line, 1, NULL, 0, NULL };
        apbd_report(im->rep, APBD_ERROR, APBD_MSG_NO_LINES, &l, NULL);
        im->failed = 1;
    }
}

static void importer_release(struct importer *im)
{
    free(im->fbuf);
    free(im->foff);
    free(im->flen);
    free(im->rec);
    free(im->texts);
    free(im->labels);
    free(im->fnum);
}

/* ---------------------------------------------------------------- workbooks */

static void add_cell(struct importer *im, const char *text, size_t len, int number)
{
    if (im->nfields + 1 > im->fnum_cap) {
        im->fnum_cap = (im->nfields + 1) * 2;
        im->fnum = apbd_xrealloc(im->fnum, im->fnum_cap);
    }
    im->fnum[im->nfields] = (unsigned char)number;
    on_field((void *)text, len, im);
    rec_append(im, text, len);
    rec_append(im, "\t", 1);
}

/* The record's fields from a row's cells, gaps as empty fields; number
 * cells in sen ("123.45"), said when they had to be rounded. */
static void fill_cells(struct importer *im, unsigned row, const struct apbd_xlsx_cell *cells,
                       size_t n)
{
    im->nfields = 0;
    im->fbuf_len = 0;
    im->rec_len = 0;
    im->rec_line = row;
    unsigned col = 1;
    for (size_t i = 0; i < n; i++, col++) {
        for (; col < cells[i].col; col++)
            add_cell(im, "", 0, 0);
        int64_t v;
        int extra;
        if (cells[i].type != APBD_XLSX_NUMBER || apbd_xlsx_sen(cells[i].s, &v, &extra) != 0) {
            add_cell(im, cells[i].s, cells[i].len, 0);
            continue;
        }
        char m[APBD_MONEY_BUF];
        apbd_money_format_plain(m, v);
        if (extra) {
            char ref[16], cell[300];
            apbd_xlsx_cell_ref(col, row, ref);
            snprintf(cell, sizeof(cell), "'%s'!%s", im->sheet, ref);
            struct apbd_loc loc = { im->name, row, 0, cells[i].s, cells[i].len, cell };
            apbd_report(im->rep, APBD_WARNING, APBD_MSG_XLSX_ROUNDED, &loc, cells[i].s, m, NULL);
        }
        add_cell(im, m, strlen(m), 1);
    }
}

struct xlsx_search {
    struct importer *im;
    unsigned header_row;
    size_t columns;                 /* the header's */
    struct header_try best;
    unsigned best_row;
};

static int search_header(unsigned row, const struct apbd_xlsx_cell *cells, size_t n, void *ctx)
{
    struct xlsx_search *xs = ctx;
    struct header_try h;
    fill_cells(xs->im, row, cells, n);
    try_header(xs->im, &h);
    if (header_complete(xs->im, &h)) {
        xs->header_row = row;
        return 1;
    }
    if (h.recognised >= 2 && h.recognised > xs->best.recognised) {
        xs->best = h;
        xs->best_row = row;
    }
    return 0;
}

static int body_row(unsigned row, const struct apbd_xlsx_cell *cells, size_t n, void *ctx)
{
    struct xlsx_search *xs = ctx;
    struct importer *im = xs->im;
    if (row < xs->header_row)
        return 0;
    fill_cells(im, row, cells, n);
    if (row == xs->header_row) {
        struct header_try h;
        try_header(im, &h);
        im->t->header_line = row;
        adopt_header(im, &h, row, im->rec, im->rec_len);
        xs->columns = im->nfields;
        return 0;
    }
    /* a spreadsheet leaves a row's empty cells at its end out */
    while (im->nfields < xs->columns)
        add_cell(im, "", 0, 0);
    im->header_fields = im->nfields;    /* cells past the header are other columns */
    process_record(im);
    return 0;
}

/*
 * A workbook: the one sheet whose first rows hold a header is read, row by
 * row, as the CSV's records are. Messages name the cell as a spreadsheet
 * user sees it: 2025-apbd.xlsx:'Sheet 1'!W523.
 */
static int import_xlsx(struct importer *im)
{
    struct apbd_loc loc = { im->name, 0, 0, NULL, 0, NULL };
    char err[512];
    if (apbd_xlsx_open(&im->xlsx, im->name, err, sizeof(err)) != 0) {
        apbd_report(im->rep, APBD_ERROR, APBD_MSG_XLSX_UNREADABLE, &loc, err, NULL);
        return APBD_EDATA;
    }
    size_t chosen = (size_t)-1, found = 0;
    char names[600] = "";
    unsigned header_row = 0;
    struct xlsx_search best = { .im = im };
    for (size_t i = 0; i < apbd_xlsx_sheet_count(im->xlsx); i++) {
        struct xlsx_search xs = { .im = im };
        im->sheet = apbd_xlsx_sheet_name(im->xlsx, i);
        if (apbd_xlsx_rows(im->xlsx, i, HEADER_SEARCH_LINES, search_header, &xs, err, sizeof(err)) != 0)
            continue;           /* reported if it is the one read */
        if (xs.header_row) {
            if (!found++) {
                chosen = i;
                header_row = xs.header_row;
            }
            size_t o = strlen(names);
            snprintf(names + o, sizeof(names) - o, "%s'%s'", o ? ", " : "", im->sheet);
        } else if (xs.best.recognised > best.best.recognised) {
            best = xs;
        }
    }
    if (found != 1) {
        if (found > 1) {
            apbd_report(im->rep, APBD_ERROR, APBD_MSG_XLSX_SHEETS, &loc, names, NULL);
        } else {
            char n[24];
            fmt_u(n, HEADER_SEARCH_LINES);
            apbd_report(im->rep, APBD_ERROR, APBD_MSG_NO_HEADER, &loc, n, NULL);
        }
        return APBD_EDATA;
    }
    im->sheet = apbd_xlsx_sheet_name(im->xlsx, chosen);
    im->t->encoding = APBD_ENC_UTF8;
    im->t->delimiter = '\t';
    char row[24];
    fmt_u(row, header_row);
    apbd_report(im->rep, APBD_NOTE, APBD_MSG_NOTE_XLSX, &loc, im->sheet, row, NULL);
    struct xlsx_search xs = { .im = im, .header_row = header_row };
    if (apbd_xlsx_rows(im->xlsx, chosen, 0, body_row, &xs, err, sizeof(err)) != 0) {
        apbd_report(im->rep, APBD_ERROR, APBD_MSG_XLSX_UNREADABLE, &loc, err, NULL);
        im->failed = 1;
    }
    finish_body(im);
    return im->failed ? APBD_EDATA : APBD_OK;
}

/* An importer for the file name, of a CSV or a workbook alike. */
static void importer_start(struct importer *im, struct apbd_table *t, const char *name,
                           const struct apbd_import_opts *o, struct apbd_report *rep)
{
    *im = (struct importer){ .t = t, .o = o, .rep = rep, .name = name };
    for (int c = 0; c < APBD_COL_COUNT; c++)
        im->col[c] = -1;
    im->murni_col = im->anggaran_col = -1;
    t->path = name;
    t->chart = o ? o->chart : APBD_CHART_90_2019;
    if (apbd_period_from_name(name, t->period) != 0)
        t->period[0] = '\0';
    /* a file of no period (apbd lines or check of a loose file) may be a
     * budget: its realisasi column is asked for where a month needs it */
    im->budget_only = !t->period[0] || !strcmp(t->period + 4, "-00");
}

int apbd_import_stream(struct apbd_table *t, FILE *f, const char *name,
                       const struct apbd_import_opts *o, struct apbd_report *rep)
{
    struct importer im;
    struct apbd_sniff sniff;
    struct apbd_loc loc = { name, 0, 0, NULL, 0, NULL };
    int status = APBD_OK;

    importer_start(&im, t, name, o, rep);

    if (apbd_decode_sniff(f, &sniff) != 0) {
        apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(errno), NULL);
        return APBD_EIO;
    }
    if (sniff.size == 0) {
        loc.line = loc.col = 1;
        apbd_report(rep, APBD_ERROR, APBD_MSG_EMPTY_FILE, &loc, NULL);
        return APBD_EDATA;
    }
    if (sniff.utf16 || sniff.nul_line) {
        loc.line = sniff.utf16 ? 1 : sniff.nul_line;
        loc.col = sniff.utf16 ? 1 : sniff.nul_col;
        apbd_report(rep, APBD_ERROR, sniff.utf16 ? APBD_MSG_UTF16 : APBD_MSG_NUL_BYTE, &loc, NULL);
        return APBD_EDATA;
    }
    t->encoding = sniff.encoding;
    t->crlf = sniff.crlf;
    if (apbd_decoder_open(&im.dec, f, sniff.encoding) != 0) {
        apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(errno), NULL);
        return APBD_EIO;
    }

    int h = find_header(&im);
    if (h < 0) {
        status = APBD_EIO;
        apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(errno), NULL);
    } else if (h > 0) {
        status = APBD_EDATA;
    } else {
        if (read_body(&im) != 0) {
            status = APBD_EIO;
            apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(errno), NULL);
        } else {
            finish_body(&im);
        }
    }
    if (status == APBD_OK && im.failed)
        status = APBD_EDATA;

    apbd_decoder_close(&im.dec);
    importer_release(&im);
    return status;
}

int apbd_import_file(struct apbd_table *t, const char *path,
                     const struct apbd_import_opts *o, struct apbd_report *rep)
{
    if (apbd_xlsx_sniff(path)) {
        struct importer im;
        importer_start(&im, t, path, o, rep);
        int r = import_xlsx(&im);
        apbd_xlsx_close(im.xlsx);
        importer_release(&im);
        return r;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
        apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(errno), NULL);
        return APBD_EIO;
    }
    int r = apbd_import_stream(t, f, path, o, rep);
    fclose(f);
    return r;
}

/* ---------------------------------------------------------------- periods */

int apbd_period_from_name(const char *path, char out[8])
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    if (n >= 4 && strcasecmp(base + n - 4, ".csv") == 0)
        n -= 4;
    else if (n >= 5 && strcasecmp(base + n - 5, ".xlsx") == 0)
        n -= 5;
    if (n == 9 && strncasecmp(base + 4, "-apbd", 5) == 0) {
        /* the approved budget, before any realization: month 00 */
        for (int i = 0; i < 4; i++)
            if (base[i] < '0' || base[i] > '9')
                return -1;
        snprintf(out, 8, "%.4s-00", base);
        return 0;
    }
    if (n != 7 || base[4] != '-')
        return -1;
    for (int i = 0; i < 7; i++)
        if (i != 4 && (base[i] < '0' || base[i] > '9'))
            return -1;
    int month = (base[5] - '0') * 10 + (base[6] - '0');
    if (month < 1 || month > 12)
        return -1;
    memcpy(out, base, 7);
    out[7] = '\0';
    return 0;
}

static const char *const month_names[][2] = {
    { "januari", "january" }, { "februari", "february" }, { "maret", "march" },
    { "april", "april" }, { "mei", "may" }, { "juni", "june" }, { "juli", "july" },
    { "agustus", "august" }, { "september", "september" }, { "oktober", "october" },
    { "november", "november" }, { "desember", "december" },
};

int apbd_period_in_text(const char *text, size_t len, char out[8], unsigned *col)
{
    for (size_t i = 0; i < len; i++) {
        if (i && ((text[i - 1] >= 'a' && text[i - 1] <= 'z')
                  || (text[i - 1] >= 'A' && text[i - 1] <= 'Z')))
            continue;
        for (int m = 0; m < 12; m++) {
            for (int l = 0; l < 2; l++) {
                const char *name = month_names[m][l];
                size_t n = strlen(name);
                if (i + n > len || strncasecmp(text + i, name, n) != 0)
                    continue;
                size_t j = i + n;
                if (j < len && ((text[j] >= 'a' && text[j] <= 'z') || (text[j] >= 'A' && text[j] <= 'Z')))
                    continue;
                while (j < len && (text[j] == ' ' || text[j] == ','))
                    j++;
                if (j + 4 > len)
                    continue;
                int ok = 1;
                for (int d = 0; d < 4; d++)
                    ok &= text[j + d] >= '0' && text[j + d] <= '9';
                if (!ok || (j + 4 < len && text[j + 4] >= '0' && text[j + 4] <= '9'))
                    continue;
                snprintf(out, 8, "%.4s-%02u", text + j, (unsigned)(m + 1) % 100u);
                *col = chars(text, i) + 1;
                return 0;
            }
        }
    }
    return -1;
}
