/*
 * laporan.c: a report-shaped export (one SKPD's printed report saved as
 * CSV) read into its rows, every joined code split, and the tree checked.
 *
 * Which rows are lines: a row is under another when its code falls in the
 * other's scope (the organisation; a section of the rows outside any
 * program; a program; a kegiatan; an account code extended, in the same
 * kegiatan, or in any when the account row stands outside the programs).
 * A row with nothing under it is a line. Every other row must equal the sum
 * of the lines under it, to the sen.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apbd/coa.h"
#include "apbd/header.h"
#include "apbd/i18n.h"
#include "apbd/import.h"
#include "apbd/laporan.h"
#include "apbd/report.h"
#include "apbd/sheet.h"
#include "apbd/status.h"

/* The tree is checked pair by pair (rows x rows): a bound keeps a hostile
 * file from taking hours. One SKPD's printed report has a few thousand. */
#define MAX_ROWS 20000

/* ------------------------------------------------------------ codes */

/* seg[from..to) joined with dots into dst; -1 when it does not fit. */
static int join(char *dst, size_t size, char (*seg)[8], int from, int to)
{
    size_t o = 0;
    dst[0] = '\0';
    for (int k = from; k < to; k++) {
        size_t n = strlen(seg[k]);
        if (o + (k > from) + n >= size)
            return -1;
        if (k > from)
            dst[o++] = '.';
        memcpy(dst + o, seg[k], n + 1);
        o += n;
    }
    return 0;
}

int apbd_joined_split(const char *s, size_t len, struct apbd_joined *out, unsigned *bad_col)
{
    char seg[APBD_CODE_MAX_SEGMENTS + 8][8];
    int n = 0;
    size_t seglen = 0;
    int pending = 0;            /* a dot seen since the last digit */
    memset(out, 0, sizeof(*out));
    *bad_col = 0;
    size_t end = len;
    while (end && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '.'))
        end--;
    size_t i = 0;
    while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\''))
        i++;
    if (i == end) {
        *bad_col = 1;
        return -1;
    }
    for (; i < end; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            if (pending || !n) {
                if (n == (int)(sizeof(seg) / sizeof(seg[0]))) {
                    *bad_col = (unsigned)i + 1;
                    return -1;
                }
                n++;
                seglen = 0;
                pending = 0;
            }
            if (seglen + 1 >= sizeof(seg[0])) {
                *bad_col = (unsigned)i + 1;
                return -1;
            }
            seg[n - 1][seglen++] = c;
            seg[n - 1][seglen] = '\0';
        } else if (c == '.') {
            if (pending)        /* ".." */
                out->empty_parts++;
            pending = 1;
        } else if (c == ' ' || c == '\t') {
            /* "1.02 01": a space where a dot belongs, read as one */
            size_t j = i;
            while (j < end && (s[j] == ' ' || s[j] == '\t'))
                j++;
            if (n && !pending && j < end && s[j] >= '0' && s[j] <= '9') {
                out->empty_parts++;
                pending = 1;
            }
        } else {
            *bad_col = (unsigned)i + 1;
            return -1;
        }
    }
    /* 90/2019: an SKPD code of eight parts, the fourth of them "00" */
    if (n >= 8 && strlen(seg[7]) == 4 && strlen(seg[3]) == 2) {
        out->sipd = 1;
        if (join(out->org, sizeof(out->org), seg, 0, 8) != 0) {
            *bad_col = (unsigned)end;
            return -1;
        }
        if (n == 8)
            return 0;
        int k = 8;
        if (n >= 11 && strlen(seg[9]) == 2) {
            /* urusan.bidang.program[.kegiatan (two parts)[.sub]] */
            snprintf(out->urusan, sizeof(out->urusan), "%s.%s", seg[8], seg[9]);
            snprintf(out->program, sizeof(out->program), "%s", seg[10]);
            k = 11;
            if (n >= 13) {
                snprintf(out->kegiatan, sizeof(out->kegiatan), "%s.%s", seg[11], seg[12]);
                k = 13;
            }
            if (n >= 14) {
                snprintf(out->sub, sizeof(out->sub), "%s", seg[13]);
                k = 14;
            }
            if (n == 12) {
                *bad_col = (unsigned)end;
                return -1;
            }
        } else {
            snprintf(out->program, sizeof(out->program), "00");
            snprintf(out->kegiatan, sizeof(out->kegiatan), "00");
        }
        if (join(out->akun, sizeof(out->akun), seg, k, n) != 0) {
            *bad_col = (unsigned)end;
            return -1;
        }
        return 0;
    }
    /* organisation alone: urusan.bidang.unit */
    if (n == 3) {
        snprintf(out->org, sizeof(out->org), "%s.%s.%s", seg[0], seg[1], seg[2]);
        return 0;
    }
    if (n < 6) {
        *bad_col = (unsigned)end;
        return -1;
    }
    snprintf(out->urusan, sizeof(out->urusan), "%s.%s", seg[0], seg[1]);
    snprintf(out->org, sizeof(out->org), "%s.%s.%s", seg[2], seg[3], seg[4]);
    snprintf(out->program, sizeof(out->program), "%s", seg[5]);
    if (n > 6)
        snprintf(out->kegiatan, sizeof(out->kegiatan), "%s", seg[6]);
    if (join(out->akun, sizeof(out->akun), seg, 7, n) != 0) {
        *bad_col = (unsigned)end;
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------ reading */

struct reading {
    struct apbd_laporan *l;
    int c_kode, c_uraian, c_a, c_b, c_selisih;
};

static void copy_field(char *dst, size_t size, const struct apbd_sheet_field *f)
{
    size_t n = f->len < size - 1 ? f->len : size - 1;
    memcpy(dst, f->s, n);
    dst[n] = '\0';
}

/* The labelled lines above the header: kept, and not the header. */
static int metadata(struct apbd_sheet *sh, struct apbd_laporan *l)
{
    if (sh->nf < 2 || !sh->f[1].len)
        return 0;
    char key[96];
    apbd_header_key(sh->f[0].s, sh->f[0].len, key, sizeof(key));
    if (!strcmp(key, "judul"))
        copy_field(l->judul, sizeof(l->judul), &sh->f[1]);
    else if (!strcmp(key, "daerah"))
        copy_field(l->daerah, sizeof(l->daerah), &sh->f[1]);
    else if (!strcmp(key, "tahun")) {
        char y[16];
        copy_field(y, sizeof(y), &sh->f[1]);
        l->tahun = atoi(y);
        l->tahun_line = sh->f[1].line;
    } else if (!strcmp(key, "kode_organisasi")) {
        /* "1.01.01. - Dinas Pendidikan, Pemuda dan Olahraga" */
        char v[200], *dash;
        copy_field(v, sizeof(v), &sh->f[1]);
        if ((dash = strstr(v, " - ")) != NULL) {
            snprintf(l->nama_organisasi, sizeof(l->nama_organisasi), "%s", dash + 3);
            *dash = '\0';
        }
        struct apbd_joined j;
        unsigned bad;
        if (apbd_joined_split(v, strlen(v), &j, &bad) == 0 && !j.program[0])
            snprintf(l->kode_organisasi, sizeof(l->kode_organisasi), "%s", j.org);
    } else if (!strcmp(key, "nama_organisasi"))
        copy_field(l->nama_organisasi, sizeof(l->nama_organisasi), &sh->f[1]);
    else
        return 0;
    return 1;
}

static int header(struct apbd_sheet *sh, void *ctx)
{
    struct reading *rd = ctx;
    if (metadata(sh, rd->l))
        return 0;
    rd->c_kode = rd->c_uraian = rd->c_a = rd->c_b = rd->c_selisih = -1;
    int c_jumlah = -1, c_sebelum = -1;
    for (size_t i = 0; i < sh->nf; i++) {
        char key[96];
        apbd_header_key(sh->f[i].s, sh->f[i].len, key, sizeof(key));
        int k = (int)i;
        if (!strcmp(key, "no_rekening") || !strcmp(key, "kode_rekening") || !strcmp(key, "no_rek")
            || !strcmp(key, "kode"))
            rd->c_kode = rd->c_kode < 0 ? k : rd->c_kode;
        else if (!strcmp(key, "uraian"))
            rd->c_uraian = rd->c_uraian < 0 ? k : rd->c_uraian;
        else if (!strcmp(key, "jumlah") || !strcmp(key, "anggaran"))
            c_jumlah = c_jumlah < 0 ? k : c_jumlah;
        else if (!strcmp(key, "sebelum"))
            c_sebelum = k;
        else if (!strcmp(key, "sesudah"))
            rd->c_b = k;
        else if (!strcmp(key, "angka") || !strcmp(key, "selisih") || !strcmp(key, "bertambah_berkurang"))
            rd->c_selisih = k;
    }
    rd->c_a = c_sebelum >= 0 && rd->c_b >= 0 ? c_sebelum : c_jumlah;
    if (rd->c_a != c_sebelum)
        rd->c_b = -1;
    return (rd->c_kode >= 0) + (rd->c_uraian >= 0) + (rd->c_a >= 0);
}

static struct apbd_laporan_row *push(struct apbd_laporan *l)
{
    if (l->count == MAX_ROWS)
        return NULL;
    if (l->count == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 256;
        l->rows = apbd_xrealloc(l->rows, l->cap * sizeof(*l->rows));
    }
    struct apbd_laporan_row *r = &l->rows[l->count++];
    memset(r, 0, sizeof(*r));
    return r;
}

static int is_total_label(const char *key)
{
    return !strncmp(key, "jumlah", 6) || !strncmp(key, "total", 5) || !strncmp(key, "surplus", 7)
        || !strncmp(key, "defisit", 7);
}

static void code_text(const struct apbd_laporan_row *r, char *buf, size_t size);

/*
 * "1.01.1.01.05.02.5.2.1" in the report of 1.01.01, under its program 05:
 * the organisation's unit was left out of the code. Read it with the unit
 * put back (program 05, kegiatan 02, akun 5.2.1) when that program is in
 * the report already; 1 when so.
 */
static int unit_left_out(struct apbd_laporan *l, struct apbd_joined *c)
{
    const char *org = l->kode_organisasi, *unit = strrchr(org, '.');
    size_t head = unit ? (size_t)(unit - org) : 0;
    if (!unit || c->sipd || !c->program[0] || strncmp(c->org, org, head) != 0 || c->org[head] != '.')
        return 0;
    const char *moved = c->org + head + 1;     /* the program, read as the unit */
    int known = 0;
    for (size_t i = 0; i < l->count && !known; i++)
        known = l->rows[i].kind == APBD_ROW_PROGRAM && !strcmp(l->rows[i].code.urusan, c->urusan)
             && !strcmp(l->rows[i].code.program, moved);
    if (!known)
        return 0;
    struct apbd_joined r = *c;
    snprintf(r.org, sizeof(r.org), "%s", org);
    snprintf(r.program, sizeof(r.program), "%s", moved);
    snprintf(r.kegiatan, sizeof(r.kegiatan), "%s", c->program);
    r.akun[0] = '\0';
    if (c->kegiatan[0] && strlen(c->kegiatan) + 1 + strlen(c->akun) < sizeof(r.akun)) {
        strcpy(r.akun, c->kegiatan);
        if (c->akun[0]) {
            strcat(r.akun, ".");
            strcat(r.akun, c->akun);
        }
    }
    *c = r;
    return 1;
}

/* The last kegiatan row read, if the rows since are its accounts. */
static const struct apbd_laporan_row *last_kegiatan(const struct apbd_laporan *l)
{
    for (size_t i = l->count; i-- > 0;) {
        const struct apbd_laporan_row *r = &l->rows[i];
        if (r->kind == APBD_ROW_KEGIATAN)
            return r;
        if (r->kind != APBD_ROW_AKUN)
            return NULL;
    }
    return NULL;
}

static void record(struct apbd_sheet *sh, void *ctx)
{
    struct reading *rd = ctx;
    struct apbd_laporan *l = rd->l;
    struct apbd_sheet_field kode = apbd_sheet_get(sh, rd->c_kode);
    struct apbd_sheet_field ur = apbd_sheet_get(sh, rd->c_uraian);
    char key[96];
    apbd_header_key(ur.s, ur.len, key, sizeof(key));
    int64_t a = 0, b = 0, selisih = 0;
    if (!kode.len && !is_total_label(key))
        return;                 /* blank, or a signature under the table */
    if (apbd_sheet_amount(sh, rd->c_a, "anggaran", &a) != 0
        || (rd->c_b >= 0 && apbd_sheet_amount(sh, rd->c_b, "sesudah", &b) != 0)
        || (rd->c_selisih >= 0 && apbd_sheet_amount(sh, rd->c_selisih, "selisih", &selisih) != 0))
        return;
    struct apbd_laporan_row r = { .a = a, .b = b, .line = sh->line,
                                  .col_a = apbd_sheet_get(sh, rd->c_a).col };
    r.uraian = apbd_arena_strndup(&l->arena, ur.s, ur.len);
    if (!kode.len) {
        r.kind = APBD_ROW_TOTAL;
    } else {
        unsigned bad;
        if (apbd_joined_split(kode.s, kode.len, &r.code, &bad) != 0) {
            char text[80];
            snprintf(text, sizeof(text), "%.*s", (int)(kode.len < 70 ? kode.len : 70), kode.s);
            /* pointed at the character where it stops being a code */
            apbd_sheet_report_at(sh, APBD_ERROR, APBD_MSG_LAPORAN_BAD_CODE, rd->c_kode, bad - 1, text,
                                 NULL, NULL);
            return;
        }
        int repaired = 0;
        if (l->kode_organisasi[0] && strcmp(r.code.org, l->kode_organisasi) != 0) {
            if (!unit_left_out(l, &r.code)) {
                apbd_sheet_report(sh, APBD_ERROR, APBD_MSG_LAPORAN_OTHER_ORG, rd->c_kode, r.code.org,
                                  l->kode_organisasi, NULL);
                return;
            }
            repaired = 1;
        }
        /* Kegiatan 00 is the program itself; program 00, what is outside
         * every program (pendapatan, belanja tidak langsung). */
        if (!r.code.akun[0] && !strcmp(r.code.kegiatan, "00"))
            r.code.kegiatan[0] = '\0';
        r.kind = !r.code.program[0] ? APBD_ROW_ORG
               : r.code.akun[0] ? APBD_ROW_AKUN
               : r.code.sub[0] ? APBD_ROW_SUB
               : r.code.kegiatan[0] ? APBD_ROW_KEGIATAN
               : strcmp(r.code.program, "00") == 0 ? APBD_ROW_SECTION : APBD_ROW_PROGRAM;
        /* The printout lists a kegiatan's accounts right under it: an
         * account row coded to another kegiatan of the same program is a
         * slip in its code (its amounts add up where it is printed). */
        const struct apbd_laporan_row *above = last_kegiatan(l);
        if (r.kind == APBD_ROW_AKUN && above && r.code.kegiatan[0] && strcmp(r.code.program, "00") != 0
            && !strcmp(above->code.urusan, r.code.urusan) && !strcmp(above->code.program, r.code.program)
            && strcmp(above->code.kegiatan, r.code.kegiatan) != 0) {
            char text[80], as[200];
            snprintf(text, sizeof(text), "%.*s", (int)(kode.len < 70 ? kode.len : 70), kode.s);
            /* "09.5.2.1" under kegiatan 09.01: the kegiatan was left out
             * and its place holds the account's akun (4, 5 or 6). */
            if (strlen(r.code.kegiatan) == 1 && strchr("456", r.code.kegiatan[0])
                && strlen(r.code.akun) + 2 < sizeof(r.code.akun)) {
                memmove(r.code.akun + 2, r.code.akun, strlen(r.code.akun) + 1);
                r.code.akun[0] = r.code.kegiatan[0];
                r.code.akun[1] = '.';
            }
            snprintf(r.code.kegiatan, sizeof(r.code.kegiatan), "%s", above->code.kegiatan);
            code_text(&r, as, sizeof(as));
            char at[16];
            snprintf(at, sizeof(at), "%u", above->line);
            apbd_sheet_report(sh, APBD_WARNING, APBD_MSG_LAPORAN_REFILED, rd->c_kode, text, at, as);
        } else if (repaired || r.code.empty_parts) {
            char text[80], as[200];
            snprintf(text, sizeof(text), "%.*s", (int)(kode.len < 70 ? kode.len : 70), kode.s);
            code_text(&r, as, sizeof(as));
            apbd_sheet_report(sh, APBD_WARNING, APBD_MSG_LAPORAN_CODE_READ_AS, rd->c_kode, text, as, NULL);
        }
    }
    if (rd->c_selisih >= 0 && rd->c_b >= 0 && selisih != b - a) {
        char x[APBD_MONEY_BUF], y[APBD_MONEY_BUF];
        apbd_money_format_grouped(x, selisih, APBD_NUM_EN);
        apbd_money_format_grouped(y, b - a, APBD_NUM_EN);
        apbd_sheet_report(sh, APBD_WARNING, APBD_MSG_LAPORAN_SELISIH, rd->c_selisih, x, y, NULL);
    }
    struct apbd_laporan_row *slot = push(l);
    if (!slot) {
        if (!l->too_many++) {
            char n[16];
            snprintf(n, sizeof(n), "%d", MAX_ROWS);
            apbd_sheet_report(sh, APBD_ERROR, APBD_MSG_LAPORAN_TOO_MANY, -1, n, NULL, NULL);
        }
        return;
    }
    *slot = r;
}

/* ------------------------------------------------------------ the tree */

/* Is code `under` the account code `top` extended ("5.2.2.01" under "5.2")? */
static int extends(const char *top, const char *under)
{
    size_t n = strlen(top);
    return n && strncmp(top, under, n) == 0 && under[n] == '.';
}

/* The account prefix a section row stands for, from its words. */
static const char *section_prefix(const char *uraian)
{
    char key[96];
    apbd_header_key(uraian, strlen(uraian), key, sizeof(key));
    if (strstr(key, "pendapatan"))
        return "4";
    if (strstr(key, "tidak_langsung"))
        return "5.1";
    if (strstr(key, "belanja_langsung") || !strcmp(key, "langsung"))
        return "5.2";
    if (strstr(key, "pembiayaan"))
        return "6";
    return "";
}

static int starts(const char *code, const char *prefix)
{
    size_t n = strlen(prefix);
    return !n || !strcmp(code, prefix) || (strncmp(code, prefix, n) == 0 && code[n] == '.');
}

static int same_kegiatan(const struct apbd_joined *x, const struct apbd_joined *y)
{
    return !strcmp(x->urusan, y->urusan) && !strcmp(x->program, y->program)
        && !strcmp(x->kegiatan, y->kegiatan);
}

static int same_unit(const struct apbd_joined *x, const struct apbd_joined *y)
{
    return same_kegiatan(x, y) && !strcmp(x->sub, y->sub);
}

static int covers(const struct apbd_laporan_row *r, const struct apbd_laporan_row *x)
{
    if (x == r || x->dropped || x->kind == APBD_ROW_TOTAL)
        return 0;
    const struct apbd_joined *c = &r->code, *d = &x->code;
    switch (r->kind) {
    case APBD_ROW_ORG:
        return x->kind != APBD_ROW_ORG;
    case APBD_ROW_SECTION:
        return x->kind == APBD_ROW_AKUN && starts(d->akun, section_prefix(r->uraian));
    case APBD_ROW_PROGRAM:
        return (x->kind == APBD_ROW_KEGIATAN || x->kind == APBD_ROW_SUB || x->kind == APBD_ROW_AKUN)
            && !strcmp(c->urusan, d->urusan) && !strcmp(c->program, d->program);
    case APBD_ROW_KEGIATAN:
        return (x->kind == APBD_ROW_SUB || x->kind == APBD_ROW_AKUN) && same_kegiatan(c, d);
    case APBD_ROW_SUB:
        return x->kind == APBD_ROW_AKUN && same_unit(c, d);
    case APBD_ROW_AKUN:
        /* An account row outside the programs totals that account in all. */
        return x->kind == APBD_ROW_AKUN && extends(c->akun, d->akun)
            && (same_unit(c, d) || (!strcmp(c->program, "00") && !strcmp(c->kegiatan, "00")));
    case APBD_ROW_TOTAL:
        return 0;
    }
    return 0;
}

/*
 * The rows r may cover: for an account row only account rows whose code
 * extends its own, which sort together after "<akun>." in the account
 * index; for the few others, every row. Sets [*from, *to) of the index, or
 * of the rows when *index is 0.
 */
struct candidates {
    const struct apbd_laporan_row **by_akun;   /* account rows, by code */
    size_t n;
};

static int akun_cmp(const void *a, const void *b)
{
    const struct apbd_laporan_row *x = *(const struct apbd_laporan_row *const *)a;
    const struct apbd_laporan_row *y = *(const struct apbd_laporan_row *const *)b;
    return strcmp(x->code.akun, y->code.akun);
}

static void index_accounts(const struct apbd_laporan *l, struct candidates *c)
{
    c->by_akun = apbd_xmalloc((l->count ? l->count : 1) * sizeof(*c->by_akun));
    c->n = 0;
    for (size_t i = 0; i < l->count; i++)
        if (l->rows[i].kind == APBD_ROW_AKUN && !l->rows[i].dropped)
            c->by_akun[c->n++] = &l->rows[i];
    if (c->n)
        qsort(c->by_akun, c->n, sizeof(*c->by_akun), akun_cmp);
}

/* Calls fn(x, arg) for every row that r covers. */
static void each_covered(const struct apbd_laporan *l, const struct candidates *c,
                         const struct apbd_laporan_row *r,
                         int (*fn)(const struct apbd_laporan_row *x, void *arg), void *arg)
{
    if (r->kind != APBD_ROW_AKUN) {
        for (size_t j = 0; j < l->count; j++)
            if (covers(r, &l->rows[j]) && fn(&l->rows[j], arg))
                return;
        return;
    }
    char prefix[APBD_CODE_MAX + 2];
    size_t n = (size_t)snprintf(prefix, sizeof(prefix), "%s.", r->code.akun);
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(c->by_akun[mid]->code.akun, prefix) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < c->n && strncmp(c->by_akun[lo]->code.akun, prefix, n) == 0; lo++)
        if (covers(r, c->by_akun[lo]) && fn(c->by_akun[lo], arg))
            return;
}

static int found(const struct apbd_laporan_row *x, void *arg)
{
    (void)x;
    *(int *)arg = 1;
    return 1;                   /* one is enough */
}

static void mark_leaves(struct apbd_laporan *l)
{
    struct candidates c;
    index_accounts(l, &c);
    for (size_t i = 0; i < l->count; i++) {
        struct apbd_laporan_row *r = &l->rows[i];
        int any = 0;
        r->leaf = !r->dropped && r->kind != APBD_ROW_TOTAL;
        if (r->leaf)
            each_covered(l, &c, r, found, &any);
        r->leaf = r->leaf && !any;
    }
    free(c.by_akun);
}

static void code_text(const struct apbd_laporan_row *r, char *buf, size_t size)
{
    const struct apbd_joined *c = &r->code;
    if (r->kind == APBD_ROW_TOTAL)
        snprintf(buf, size, "-");
    else if (r->kind == APBD_ROW_ORG)
        snprintf(buf, size, "%s", c->org);
    else
        snprintf(buf, size, "%s . %s . %s%s%s%s%s%s%s", c->sipd ? c->org : c->urusan,
                 c->sipd ? c->urusan : c->org, c->program, c->kegiatan[0] ? " . " : "", c->kegiatan,
                 c->sub[0] ? " . " : "", c->sub, c->akun[0] ? " . " : "", c->akun);
}

static void report_row(struct apbd_laporan *l, struct apbd_report *rep, enum apbd_severity sev,
                       enum apbd_msg msg, const struct apbd_laporan_row *r, const char *a1,
                       const char *a2, const char *a3, const char *a4)
{
    struct apbd_loc loc = { l->path, r->line, r->col_a ? r->col_a : 1, NULL, 0 };
    char code[160];
    code_text(r, code, sizeof(code));
    apbd_report(rep, sev, msg, &loc, code, r->uraian, a1 ? a1 : "", a2 ? a2 : "", a3 ? a3 : "",
                a4 ? a4 : "", NULL);
}

/* A repeat of the row before it (the printout's detail line under its
 * heading, with the same code and amount) is one line, not two. */
static void drop_repeats(struct apbd_laporan *l)
{
    for (size_t i = 1; i < l->count; i++) {
        struct apbd_laporan_row *r = &l->rows[i], *p = &l->rows[i - 1];
        if (r->kind != APBD_ROW_TOTAL && r->kind == p->kind && same_unit(&r->code, &p->code)
            && !strcmp(r->code.org, p->code.org) && !strcmp(r->code.akun, p->code.akun)
            && r->a == p->a && r->b == p->b)
            r->dropped = 1;
    }
}

/*
 * A row outside the programs with nothing under it whose amount is that of
 * all the programs together is their total filed under an account code
 * (BELANJA LANGSUNG under 5.1.2, a belanja tidak langsung code): counting
 * it would count the programs twice.
 */
static void drop_misfiled_totals(struct apbd_laporan *l, struct apbd_report *rep)
{
    int64_t programs_a = 0, programs_b = 0;
    size_t nprog = 0;
    for (size_t i = 0; i < l->count; i++)
        if (l->rows[i].kind == APBD_ROW_PROGRAM && !l->rows[i].dropped) {
            programs_a += l->rows[i].a;
            programs_b += l->rows[i].b;
            nprog++;
        }
    if (!nprog)
        return;
    for (size_t i = 0; i < l->count; i++) {
        struct apbd_laporan_row *r = &l->rows[i];
        if (!r->leaf || r->kind != APBD_ROW_AKUN || strcmp(r->code.program, "00") != 0
            || r->a != programs_a || r->b != programs_b)
            continue;
        char a[APBD_FMT_BUF], n[24];
        apbd_fmt_rupiah(a, programs_a, rep->lang);
        snprintf(n, sizeof(n), "%zu", nprog);
        report_row(l, rep, APBD_WARNING, APBD_MSG_LAPORAN_MISFILED_TOTAL, r, a, n, NULL, NULL);
        r->dropped = 1;
        r->leaf = 0;
    }
}

/* Sum of the lines under r (belanja only for the organisation's row,
 * which real reports total as belanja). */
struct sum {
    int belanja_only;
    int64_t a, b;
};

static int add_line(const struct apbd_laporan_row *x, void *arg)
{
    struct sum *s = arg;
    if (x->leaf && (!s->belanja_only || starts(x->code.akun, "5"))) {
        s->a += x->a;
        s->b += x->b;
    }
    return 0;
}

static void reconcile(struct apbd_laporan *l, struct apbd_report *rep)
{
    int64_t pend_a = 0, pend_b = 0, bel_a = 0, bel_b = 0;
    for (size_t i = 0; i < l->count; i++) {
        const struct apbd_laporan_row *x = &l->rows[i];
        if (!x->leaf)
            continue;
        l->leaves++;
        if (starts(x->code.akun, "4")) {
            pend_a += x->a;
            pend_b += x->b;
        } else if (starts(x->code.akun, "5")) {
            bel_a += x->a;
            bel_b += x->b;
        }
    }
    l->total_a = bel_a;
    l->total_b = bel_b;
    struct candidates c;
    index_accounts(l, &c);
    for (size_t i = 0; i < l->count; i++) {
        struct apbd_laporan_row *r = &l->rows[i];
        if (r->leaf || r->dropped)
            continue;
        int64_t a, b;
        char x[APBD_FMT_BUF], y[APBD_FMT_BUF];
        if (r->kind == APBD_ROW_TOTAL) {
            char key[96];
            apbd_header_key(r->uraian, strlen(r->uraian), key, sizeof(key));
            a = strstr(key, "pendapatan") ? pend_a : bel_a;
            b = strstr(key, "pendapatan") ? pend_b : bel_b;
            if (strstr(key, "surplus") || strstr(key, "defisit")) {
                a = pend_a - bel_a;
                b = pend_b - bel_b;
            }
        } else {
            struct sum sum = { r->kind == APBD_ROW_ORG, 0, 0 };
            each_covered(l, &c, r, add_line, &sum);
            a = sum.a;
            b = sum.b;
        }
        if (a == r->a && (!l->two_amounts || b == r->b))
            continue;
        int first = a != r->a;
        static const char *const what[][2] = {
            { "anggaran", "realisasi" }, { "anggaran murni", "anggaran" },
        };
        const char *col = what[l->type == APBD_DOC_PENJABARAN_PERUBAHAN][!first];
        apbd_fmt_rupiah(x, first ? r->a : r->b, rep->lang);
        apbd_fmt_rupiah(y, first ? a : b, rep->lang);
        report_row(l, rep, APBD_WARNING, APBD_MSG_LAPORAN_SUM_MISMATCH, r, col, x, y, NULL);
    }
    free(c.by_akun);
}

/* Letters and digits only, lower case: "BELANJA BARANG DAN  JASA". */
static size_t squash(const char *s, char *out, size_t size)
{
    size_t n = 0;
    for (; *s && n + 1 < size; s++) {
        char c = *s >= 'A' && *s <= 'Z' ? (char)(*s - 'A' + 'a') : *s;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out[n++] = c;
    }
    out[n] = '\0';
    return n;
}

/* Is the row's name the chart's, give or take a typing slip (an edit or
 * two: "BELANJA PEGWAI")? */
static int same_name(const char *chart, const char *row)
{
    char a[96], b[96];
    size_t n = squash(chart, a, sizeof(a)), m = squash(row, b, sizeof(b));
    if (strstr(b, a))
        return 1;
    unsigned d[96];             /* edit distance, one row at a time */
    for (size_t j = 0; j <= m; j++)
        d[j] = (unsigned)j;
    for (size_t i = 1; i <= n; i++) {
        unsigned diag = d[0];
        d[0] = (unsigned)i;
        for (size_t j = 1; j <= m; j++) {
            unsigned up = d[j];
            unsigned best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (d[j - 1] + 1 < best)
                best = d[j - 1] + 1;
            d[j] = best;
            diag = up;
        }
    }
    return d[m] <= 2;
}

/* The one code of the chart at a row's level whose name is the row's
 * ("BELANJA BARANG DAN JASA" coded 5.5.2: 5.2.2), or NULL. */
static const struct apbd_coa_entry *named(const struct apbd_coa *coa, int level, const char *uraian)
{
    const struct apbd_coa_entry *found = NULL;
    for (size_t k = 0; k < coa->count; k++) {
        const struct apbd_coa_entry *e = &coa->entries[k];
        if (e->level == level && same_name(e->nama, uraian)) {
            if (found)
                return NULL;
            found = e;
        }
    }
    return found;
}

/* Rows of r's kegiatan whose account is r's or under it get to's instead. */
static void recode(struct apbd_laporan *l, const struct apbd_laporan_row *r, const char *to)
{
    char from[APBD_CODE_MAX];
    snprintf(from, sizeof(from), "%s", r->code.akun);
    size_t n = strlen(from);
    for (size_t i = 0; i < l->count; i++) {
        struct apbd_laporan_row *x = &l->rows[i];
        if (x->kind != APBD_ROW_AKUN || !same_unit(&x->code, &r->code)
            || strncmp(x->code.akun, from, n) != 0 || (x->code.akun[n] && x->code.akun[n] != '.'))
            continue;
        char rest[APBD_CODE_MAX];
        snprintf(rest, sizeof(rest), "%s", x->code.akun + n);
        snprintf(x->code.akun, sizeof(x->code.akun), "%s%s", to, rest);
    }
}

/*
 * Each account row against the chart its codes follow: akun, kelompok and
 * jenis must be in it, and a row at one of those levels should carry its
 * name (a BELANJA LANGSUNG row coded 5.1.2, which the chart calls Belanja
 * Bunga, is a coding mistake: a warning, the row is kept where it is). A
 * code the chart does not have (5.5.2) is read as the one code its name
 * belongs to (5.2.2 Belanja Barang dan Jasa), with the rows under it, and
 * said; when its name does not tell, it is an error, as in a flat export.
 */
static void check_chart(struct apbd_laporan *l, const struct apbd_coa *coa, struct apbd_report *rep)
{
    for (size_t i = 0; coa && i < l->count; i++) {
        const struct apbd_laporan_row *r = &l->rows[i];
        if (r->kind != APBD_ROW_AKUN)
            continue;
        const char *kode = r->code.akun;
        int segs = apbd_code_segments(kode);
        struct apbd_loc loc = { l->path, r->line, 1, NULL, 0 };
        for (int level = 1; level <= 3 && level <= segs; level++) {
            size_t len = apbd_code_prefix_len(kode, level);
            const struct apbd_coa_entry *e = apbd_coa_find(coa, kode, len);
            if (!e) {
                char prefix[APBD_CODE_MAX];
                snprintf(prefix, sizeof(prefix), "%.*s", (int)len, kode);
                const struct apbd_coa_entry *by_name = segs <= 3 ? named(coa, segs, r->uraian) : NULL;
                if (by_name) {
                    char was[APBD_CODE_MAX];
                    snprintf(was, sizeof(was), "%s", kode);
                    apbd_report(rep, APBD_WARNING, APBD_MSG_LAPORAN_ACCOUNT_BY_NAME, &loc, was,
                                apbd_coa_level_name(level), prefix, coa->name, by_name->kode,
                                by_name->nama, NULL);
                    recode(l, r, by_name->kode);
                    break;
                }
                const struct apbd_coa_entry *near = apbd_coa_nearest(coa, kode, len);
                apbd_report(rep, APBD_ERROR, APBD_MSG_UNKNOWN_ACCOUNT, &loc, kode,
                            apbd_coa_level_name(level), prefix, coa->name,
                            near ? near->kode : "-", near ? near->nama : "-", NULL);
                l->bad_codes++;
                break;
            }
            if (level == segs && !same_name(e->nama, r->uraian))
                apbd_report(rep, APBD_WARNING, APBD_MSG_LAPORAN_ACCOUNT_NAME, &loc, kode,
                            e->nama, coa->name, r->uraian, NULL);
        }
    }
}

/* ------------------------------------------------------------ driver */

int apbd_laporan_sniff(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    char buf[16] = "";
    size_t n = fread(buf, 1, sizeof(buf) - 1, f);
    fclose(f);
    buf[n] = '\0';
    const char *p = buf;
    if (!strncmp(p, "\xEF\xBB\xBF", 3))
        p += 3;
    if (*p == '"')
        p++;
    return strncasecmp(p, "judul", 5) == 0 && (p[5] == ',' || p[5] == ';' || p[5] == '\t'
                                                 || p[5] == '|' || p[5] == '"');
}

static enum apbd_doc_type doc_type(const char *judul)
{
    char key[300];
    apbd_header_key(judul, strlen(judul), key, sizeof(key));
    if (strstr(key, "realisasi"))
        return APBD_DOC_REALISASI;
    if (strstr(key, "perubahan"))
        return APBD_DOC_PENJABARAN_PERUBAHAN;
    if (strstr(key, "penjabaran") || strstr(key, "anggaran"))
        return APBD_DOC_PENJABARAN;
    return APBD_DOC_UNKNOWN;
}

int apbd_laporan_read(struct apbd_laporan *l, const char *path, struct apbd_charts *charts,
                      struct apbd_report *rep)
{
    memset(l, 0, sizeof(*l));
    apbd_arena_init(&l->arena);
    l->path = path;
    struct reading rd = { .l = l };
    struct apbd_sheet_reader r = { header, record, 3, &rd, APBD_MSG_LAPORAN_NO_HEADER };
    int status = apbd_sheet_read(path, &r, rep);
    if (status == APBD_EIO)
        return status;
    l->type = doc_type(l->judul);
    l->two_amounts = rd.c_b >= 0;
    struct apbd_loc loc = { path, 0, 0, NULL, 0 };
    static const char *const types[][2] = {
        { "tidak dikenal", "unknown" }, { "Penjabaran APBD (anggaran)", "Penjabaran APBD (budget)" },
        { "Penjabaran Perubahan APBD (anggaran sebelum dan sesudah perubahan)",
          "Penjabaran Perubahan APBD (budget before and after revision)" },
        { "Realisasi APBD (anggaran dan realisasi)", "Realisasi APBD (budget and realization)" },
    };
    char tahun[16];
    snprintf(tahun, sizeof(tahun), "%d", l->tahun);
    apbd_report(rep, APBD_NOTE, APBD_MSG_LAPORAN_NOTE_DOC, &loc, types[l->type][rep->lang],
                l->daerah[0] ? l->daerah : "?", l->tahun ? tahun : "?",
                l->kode_organisasi[0] ? l->kode_organisasi : "?", l->nama_organisasi, NULL);
    if (!l->tahun) {
        loc.line = loc.col = 1;
        apbd_report(rep, APBD_ERROR, APBD_MSG_LAPORAN_NO_YEAR, &loc, NULL);
        status = APBD_EDATA;
    }
    if (status == APBD_EDATA && !l->count)
        return status;
    /* The chart is the one its codes are written in. */
    l->chart = APBD_CHART_13_2006;
    for (size_t i = 0; i < l->count; i++)
        if (l->rows[i].code.sipd)
            l->chart = APBD_CHART_90_2019;
    drop_repeats(l);
    check_chart(l, charts ? apbd_charts_get(charts, l->chart, rep) : NULL, rep);
    if (l->bad_codes)
        status = APBD_EDATA;
    mark_leaves(l);
    drop_misfiled_totals(l, rep);
    reconcile(l, rep);
    char n[24], lv[24], a[APBD_FMT_BUF], b[APBD_FMT_BUF];
    snprintf(n, sizeof(n), "%zu", l->count);
    snprintf(lv, sizeof(lv), "%zu", l->leaves);
    apbd_fmt_rupiah(a, l->total_a, rep->lang);
    apbd_fmt_rupiah(b, l->total_b, rep->lang);
    loc.line = loc.col = 0;
    apbd_report(rep, APBD_NOTE, APBD_MSG_LAPORAN_NOTE_LINES, &loc, n, lv, a,
                l->two_amounts ? b : "-", NULL);
    return status;
}

void apbd_laporan_release(struct apbd_laporan *l)
{
    free(l->rows);
    apbd_arena_release(&l->arena);
    memset(l, 0, sizeof(*l));
}

/* ------------------------------------------------------------ lines */

/* The uraian of a heading row, without the printout's trailing spaces. */
static const char *heading_name(const struct apbd_laporan_row *r)
{
    return r ? r->uraian : "";
}

static void trim_end(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        s[--n] = '\0';
}

int apbd_laporan_lines(const struct apbd_laporan *l, struct apbd_table *t, uint16_t file_index,
                       struct apbd_report *rep)
{
    const struct apbd_laporan_row *program = NULL, *kegiatan = NULL, *unit = NULL, *org = NULL;
    int status = APBD_OK;
    char nama_skpd[sizeof(l->nama_organisasi)];
    snprintf(nama_skpd, sizeof(nama_skpd), "%s", l->nama_organisasi);
    trim_end(nama_skpd);
    if (l->type == APBD_DOC_PENJABARAN_PERUBAHAN && l->two_amounts)
        t->has_murni = 1;
    for (size_t i = 0; i < l->count; i++) {
        const struct apbd_laporan_row *r = &l->rows[i];
        if (r->kind == APBD_ROW_ORG && !org)
            org = r;
        else if (r->kind == APBD_ROW_PROGRAM)
            program = r;
        else if (r->kind == APBD_ROW_KEGIATAN)
            kegiatan = r;
        else if (r->kind == APBD_ROW_SUB)
            unit = r;
        if (!r->leaf)
            continue;
        struct apbd_loc loc = { l->path, r->line, r->col_a ? r->col_a : 1, NULL, 0 };
        if (r->kind != APBD_ROW_AKUN) {
            /* A heading with nothing under it: a line only if it has money. */
            if (r->a || r->b) {
                char code[160];
                code_text(r, code, sizeof(code));
                apbd_report(rep, APBD_ERROR, APBD_MSG_LAPORAN_NO_ACCOUNT, &loc, code, r->uraian, NULL);
                status = APBD_EDATA;
            }
            continue;
        }
        const struct apbd_joined *c = &r->code;
        char rek[APBD_CODE_MAX], sub[APBD_CODE_MAX] = "", raw[96];
        if (apbd_code_normalise(c->akun, strlen(c->akun), apbd_chart_account_shape(l->chart), rek)
            == APBD_CODE_BAD) {
            apbd_report(rep, APBD_ERROR, APBD_MSG_BAD_ACCOUNT_CODE, &loc, c->akun, NULL);
            status = APBD_EDATA;
            continue;
        }
        int in_program = strcmp(c->program, "00") != 0;
        if (in_program) {
            if (c->sipd)
                snprintf(raw, sizeof(raw), "%s.%s.%s.%s", c->urusan, c->program, c->kegiatan, c->sub);
            else
                snprintf(raw, sizeof(raw), "%s.%s.%s", c->urusan, c->program,
                         c->kegiatan[0] ? c->kegiatan : "00");
            if (apbd_code_normalise(raw, strlen(raw), apbd_chart_kegiatan_shape(l->chart), sub)
                == APBD_CODE_BAD) {
                apbd_report(rep, APBD_ERROR, APBD_MSG_BAD_SUB_KEGIATAN_CODE, &loc, raw, NULL);
                status = APBD_EDATA;
                continue;
            }
        }
        /* The headings it is printed under, when they are its own. */
        const struct apbd_laporan_row *pr = program, *kg = kegiatan, *sk = unit;
        if (!in_program || !pr || strcmp(pr->code.urusan, c->urusan) || strcmp(pr->code.program, c->program))
            pr = NULL;
        if (!pr || !kg || !same_kegiatan(&kg->code, c))
            kg = NULL;
        if (!kg || !sk || !same_unit(&sk->code, c))
            sk = NULL;
        const char *skpd_name = nama_skpd[0] ? nama_skpd : heading_name(org);
        struct apbd_line line = {
            .kode_skpd = c->org, .nama_skpd = skpd_name,
            .nama_program = heading_name(pr), .nama_kegiatan = heading_name(kg),
            .kode_sub_kegiatan = sub,
            .nama_sub_kegiatan = c->sipd ? heading_name(sk) : heading_name(kg),
            .kode_rekening = rek, .uraian = r->uraian, .sumber_dana = "",
            .lineno = r->line, .col_anggaran = (uint16_t)r->col_a, .fisik = -1,
            .file = file_index,
        };
        switch (l->type) {
        case APBD_DOC_REALISASI:
            line.anggaran_sen = line.anggaran_murni_sen = r->a;
            line.realisasi_sen = l->two_amounts ? r->b : 0;
            break;
        case APBD_DOC_PENJABARAN_PERUBAHAN:
            line.anggaran_murni_sen = r->a;
            line.anggaran_sen = l->two_amounts ? r->b : r->a;
            break;
        default:
            line.anggaran_sen = line.anggaran_murni_sen = r->a;
            break;
        }
        apbd_table_add(t, &line);
    }
    return status;
}
