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
#include "apbd/selisih.h"
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

/*
 * SIMDA printouts without dots: "115  11501  0101  5220104" is urusan 1.15,
 * organisation 1.15.01, program 01 kegiatan 01, account 5.2.2.01.04 (the
 * digits of 13/2006: one each for akun, kelompok and jenis, two each
 * after). Written dotted into out; 0, or -1 when s is not of that shape.
 */
static int undotted(const char *s, size_t len, char *out, size_t size)
{
    char g[4][16];
    int n = 0;
    size_t i = 0;
    while (i < len && n < 5) {
        while (i < len && (s[i] == ' ' || s[i] == '\t'))
            i++;
        if (i == len)
            break;
        if (n == 4)
            return -1;
        size_t k = 0;
        while (i < len && s[i] >= '0' && s[i] <= '9' && k + 1 < sizeof(g[0]))
            g[n][k++] = s[i++];
        if (!k || (i < len && s[i] != ' ' && s[i] != '\t'))
            return -1;
        g[n++][k] = '\0';
    }
    if (n < 3 || strlen(g[0]) != 3 || strlen(g[1]) != 5 || strlen(g[2]) < 2 || strlen(g[2]) > 5)
        return -1;
    int o = snprintf(out, size, "%c.%s . %c.%.2s.%s . %.2s", g[0][0], g[0] + 1, g[1][0], g[1] + 1,
                     g[1] + 3, g[2]);
    if (strlen(g[2]) > 2)
        o += snprintf(out + o, size - (size_t)o, " . %s", g[2] + 2);
    if (n == 4) {
        const char *a = g[3];
        size_t al = strlen(a);
        if (al > 3 && (al - 3) % 2)
            return -1;
        o += snprintf(out + o, size - (size_t)o, " . ");
        for (size_t k = 0; k < al; k++) {
            if (k && (k < 3 || (k - 3) % 2 == 0))
                out[o++] = '.';
            out[o++] = a[k];
        }
        out[o] = '\0';
    }
    return o < (int)size ? 0 : -1;
}

int apbd_joined_split(const char *s, size_t len, struct apbd_joined *out, unsigned *bad_col)
{
    if (len < 64 && !memchr(s, '.', len)) {
        char dotted[96];
        if (undotted(s, len, dotted, sizeof(dotted)) == 0) {
            int r = apbd_joined_split(dotted, strlen(dotted), out, bad_col);
            out->undotted = 1;
            out->empty_parts = 0;
            return r;
        }
    }
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
    /* organisation alone: urusan.bidang.unit ("1.06.1" is 1.06.01) */
    if (n == 3) {
        snprintf(out->org, sizeof(out->org), "%s.%s%s.%s%s", seg[0], strlen(seg[1]) == 1 ? "0" : "",
                 seg[1], strlen(seg[2]) == 1 ? "0" : "", seg[2]);
        return 0;
    }
    if (n < 6) {
        *bad_col = (unsigned)end;
        return -1;
    }
    snprintf(out->urusan, sizeof(out->urusan), "%s.%s", seg[0], seg[1]);
    snprintf(out->org, sizeof(out->org), "%s.%s.%s", seg[2], seg[3], seg[4]);
    /* "000" is no program or kegiatan, as "00" is */
    snprintf(out->program, sizeof(out->program), "%s", seg[5][strspn(seg[5], "0")] ? seg[5] : "00");
    /* a kegiatan has two digits or more: one digit of 4 to 9 there is the
     * akun of a row with no kegiatan ("2.06.2.06.02.00.5.2.") */
    int akun_at = 7;
    if (n > 6 && strlen(seg[6]) == 1 && seg[6][0] >= '4')
        akun_at = 6;
    if (n > 6)
        snprintf(out->kegiatan, sizeof(out->kegiatan), "%s",
                 akun_at == 6 || !seg[6][strspn(seg[6], "0")] ? "00" : seg[6]);
    if (join(out->akun, sizeof(out->akun), seg, akun_at, n) != 0) {
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
    char key[96], value[96];
    apbd_header_key(sh->f[0].s, sh->f[0].len, key, sizeof(key));
    apbd_header_key(sh->f[1].s, sh->f[1].len, value, sizeof(value));
    if (!strcmp(key, "judul") && !strcmp(value, "uraian"))
        return 0;               /* the header, its first cell mislabelled */
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
        if (apbd_joined_split(v, strlen(v), &j, &bad) == 0 && !j.program[0]) {
            snprintf(l->kode_organisasi, sizeof(l->kode_organisasi), "%s", j.org);
            l->kode_organisasi_line = sh->f[1].line;
        }
    } else if (!strcmp(key, "nama_organisasi"))
        copy_field(l->nama_organisasi, sizeof(l->nama_organisasi), &sh->f[1]);
    else if (!strcmp(key, "kolom"))
        l->kolom = atoi(value);
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
            || !strcmp(key, "kode") || !strcmp(key, "nomer_rekening") || !strcmp(key, "nomor_rekening")
            || !strcmp(key, "norekening") || !strcmp(key, "kode_rek")
            || (k == 0 && !strcmp(key, "judul") && sh->nf > 1))  /* a header cell mislabelled */
            rd->c_kode = rd->c_kode < 0 ? k : rd->c_kode;
        else if (!strcmp(key, "uraian"))
            rd->c_uraian = rd->c_uraian < 0 ? k : rd->c_uraian;
        else if (!strcmp(key, "jumlah") || !strcmp(key, "anggaran") || !strcmp(key, "jumah")
                 || !strcmp(key, "jumlah_rp") || !strcmp(key, "jumlah_anggaran"))
            c_jumlah = c_jumlah < 0 ? k : c_jumlah;
        else if (!strcmp(key, "sebelum") || !strcmp(key, "sebelum_perubahan"))
            c_sebelum = k;
        else if (!strcmp(key, "sesudah") || !strcmp(key, "sesudah_perubahan")
                 || !strcmp(key, "setelah_perubahan"))
            rd->c_b = k;
        else if (!strcmp(key, "angka") || !strcmp(key, "selisih") || !strcmp(key, "bertambah_berkurang"))
            rd->c_selisih = k;
    }
    rd->c_a = c_sebelum >= 0 && rd->c_b >= 0 ? c_sebelum : c_jumlah;
    if (rd->c_a != c_sebelum)
        rd->c_b = -1;
    struct apbd_joined j;
    unsigned bad;
    if (rd->c_kode < 0 && rd->c_uraian < 0 && rd->c_a < 0 && (rd->l->kolom == 4 || rd->l->kolom == 7)
        && sh->nf >= 3 && sh->f[0].len && apbd_joined_split(sh->f[0].s, sh->f[0].len, &j, &bad) == 0) {
        /* No header, rows straight after the heading block: its Kolom says
         * the printout's shape (4: kode, uraian, jumlah, keterangan; 7:
         * kode, uraian, sebelum, sesudah, selisih, persen, keterangan). */
        rd->c_kode = 0;
        rd->c_uraian = 1;
        rd->c_a = 2;
        if (rd->l->kolom == 7) {
            rd->c_b = 3;
            rd->c_selisih = 4;
        }
        rd->l->header_from_kolom = 1;
        sh->header_is_record = 1;
    }
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
    if (c->kegiatan[0] && !c->kegiatan[strspn(c->kegiatan, "0")]) {
        /* no kegiatan part ("...05.02.5.2.1"): the account is as read */
        snprintf(r.akun, sizeof(r.akun), "%s", c->akun);
    } else if (c->kegiatan[0] && strlen(c->kegiatan) + 1 + strlen(c->akun) < sizeof(r.akun)) {
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

static int has_digit(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return 1;
    return 0;
}

/* A word of two letters or more: text, where a code is only digits and
 * dots ("5.1.x" is a mistyped code; "1 ls x 45000000" a description). */
static int has_word(const char *s, size_t len)
{
    int run = 0;
    for (size_t i = 0; i < len; i++) {
        int letter = (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z');
        run = letter ? run + 1 : 0;
        if (run >= 2)
            return 1;
    }
    return 0;
}

static int has_letter(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))
            return 1;
    return 0;
}

/*
 * An amount as printouts write it, in buf: the run of the figure only (a
 * stray ",31200000.00", "1750000;;;;", "62975000 Sumber Dana : ..."), with
 * '^' read as the separator it stands for and "7.381.011.000.00" as
 * 7.381.011.000,00. Sets *trailing when words after the figure were cut.
 */
static size_t clean_amount(const char *s, size_t len, char *buf, size_t size, int *trailing)
{
    *trailing = 0;
    while (len && (*s == ',' || *s == ';' || *s == ' '))
        s++, len--;
    size_t n = 0;
    for (size_t i = 0; i < len && n + 1 < size; i++) {
        char c = s[i];
        if ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-' || c == '(' || c == ')'
            || c == '^' || c == ' ' || c == 'E' || c == 'e' || c == '+' || (c == 'R' && !n)
            || (c == 'p' && n == 1))
            buf[n++] = c == '^' ? '.' : c;
        else {
            *trailing = has_letter(s + i, len - i);
            break;
        }
    }
    while (n && (buf[n - 1] == ' ' || buf[n - 1] == ',' || buf[n - 1] == ';'))
        n--;
    buf[n] = '\0';
    /* one separator for thousands and decimals alike: the last one,
     * followed by two digits, is the decimal point */
    size_t end = n && buf[n - 1] == ')' ? n - 1 : n;
    size_t dots = 0, last = 0;
    for (size_t i = 0; i < end; i++)
        if (buf[i] == '.') {
            dots++;
            last = i;
        }
    if (dots > 1 && last + 3 == end && !memchr(buf, ',', n))
        buf[last] = ',';
    /* "297849100 00": a space for the decimal point */
    if (end >= 4 && buf[end - 3] == ' ' && !memchr(buf, '.', n) && !memchr(buf, ',', n)
        && memchr(buf, ' ', end - 3) == NULL)
        buf[end - 3] = '.';
    return n;
}

/*
 * An amount of a report row. Each is read on its own: a printout mixes
 * styles (its PENJELASAN in Indonesian, its columns in English), so a figure
 * that can be read only one way is read that way. An amount in E-notation
 * has lost its digits and is an error saying so. 0, or -1 after reporting.
 */
static int report_amount(struct apbd_sheet *sh, int k, const char *colname, int64_t *sen,
                         struct apbd_laporan *l)
{
    struct apbd_sheet_field f = apbd_sheet_get(sh, k);
    char buf[80], text[80];
    int trailing;
    *sen = 0;
    if (!f.len)
        return 0;
    size_t n = clean_amount(f.s, f.len, buf, sizeof(buf), &trailing);
    snprintf(text, sizeof(text), "%.*s", (int)(f.len < 70 ? f.len : 70), f.s);
    if (memchr(buf, 'E', n) || memchr(buf, 'e', n)) {
        apbd_sheet_report(sh, APBD_ERROR, APBD_MSG_LAPORAN_E_NOTATION, k, colname, text, NULL);
        return -1;
    }
    enum apbd_numstyle ev = apbd_number_evidence(buf, n);
    enum apbd_numparse r = apbd_number_parse(buf, n, ev != APBD_NUM_NEUTRAL ? ev : sh->style, 2, sen);
    if (r != APBD_NUM_OK && r != APBD_NUM_EMPTY)
        return apbd_sheet_amount(sh, k, colname, sen);      /* reports what is wrong */
    if (ev != APBD_NUM_NEUTRAL && sh->style == APBD_NUM_NEUTRAL)
        sh->style = ev;
    if (trailing || n != f.len)
        l->amounts_mended++;
    if (trailing && !l->amount_text_line)
        l->amount_text_line = f.line;
    return 0;
}

/*
 * "Belanja perangko, meterai, dan benda pos ,1992000": the uraian holds the
 * delimiter unquoted, so its pieces push the amounts to the right. When the
 * anggaran column holds words and a figure stands further on, the pieces
 * are the uraian's and the amounts are read from where they stand.
 */
static const char *unsplit_uraian(struct apbd_sheet *sh, struct reading *rd, struct apbd_laporan *l)
{
    struct apbd_sheet_field fa = apbd_sheet_get(sh, rd->c_a);
    if (rd->c_uraian < 0 || rd->c_a != rd->c_uraian + 1)
        return NULL;
    if (!fa.len && rd->c_b < 0) {
        /* "Belanja ... penyuluhan ",,1875000: an empty cell pushed the
         * figure one column on, where nothing else stands */
        struct apbd_sheet_field g = apbd_sheet_get(sh, rd->c_a + 1);
        char buf[80];
        int trailing;
        int64_t v;
        size_t n = g.len ? clean_amount(g.s, g.len, buf, sizeof(buf), &trailing) : 0;
        if (!n || has_letter(g.s, g.len) || n != g.len
            || apbd_number_parse(buf, n, apbd_number_evidence(buf, n) != APBD_NUM_NEUTRAL
                                     ? apbd_number_evidence(buf, n) : sh->style, 2, &v) != APBD_NUM_OK)
            return NULL;
        rd->c_a++;
        rd->c_b += rd->c_b >= 0;
        rd->c_selisih += rd->c_selisih >= 0;
        l->uraian_unsplit++;
        if (!l->uraian_unsplit_line)
            l->uraian_unsplit_line = sh->line;
        return NULL;
    }
    if (!fa.len || !has_letter(fa.s, fa.len))
        return NULL;
    for (int shift = 1; shift <= 3; shift++) {
        struct apbd_sheet_field g = apbd_sheet_get(sh, rd->c_a + shift);
        char buf[80];
        int trailing;
        int64_t v;
        if (!g.len || has_letter(g.s, g.len))
            continue;
        size_t n = clean_amount(g.s, g.len, buf, sizeof(buf), &trailing);
        if (apbd_number_parse(buf, n, apbd_number_evidence(buf, n) != APBD_NUM_NEUTRAL
                                  ? apbd_number_evidence(buf, n) : sh->style, 2, &v) != APBD_NUM_OK)
            return NULL;
        /* the uraian is its own cell and the pieces after it, rejoined */
        size_t total = 0;
        for (int k = rd->c_uraian; k < rd->c_a + shift; k++)
            total += apbd_sheet_get(sh, k).len + 2;
        char *joined = apbd_arena_alloc(&l->arena, total + 1), *o = joined;
        for (int k = rd->c_uraian; k < rd->c_a + shift; k++) {
            struct apbd_sheet_field p = apbd_sheet_get(sh, k);
            if (o > joined) {
                *o++ = sh->delimiter;
                *o++ = ' ';
            }
            memcpy(o, p.s, p.len);
            o += p.len;
        }
        *o = '\0';
        rd->c_a += shift;
        rd->c_b += rd->c_b >= 0 ? shift : 0;
        rd->c_selisih += rd->c_selisih >= 0 ? shift : 0;
        l->uraian_unsplit++;
        if (!l->uraian_unsplit_line)
            l->uraian_unsplit_line = sh->line;
        return joined;
    }
    return NULL;
}

/*
 * A Ringkasan of the whole pemda by account ("4 . 1 . 1 . 01", no
 * Kode Organisasi): every code is an account, of no one SKPD. Decided by
 * the first coded row; its lines go under one SKPD, APBD_ALL_SKPD. 1 when
 * the row's code was read so.
 */
static int accounts_only(struct apbd_laporan *l, struct apbd_sheet_field kode, struct apbd_joined *c)
{
    if (!l->accounts_only) {
        /* "Kode Organisasi 0": the pemda's own, no SKPD's */
        int no_org = !l->kode_organisasi[0] || !strcmp(l->kode_organisasi, "0");
        if (l->count || !no_org || kode.len > 40 || kode.s[0] < '4' || kode.s[0] > '6'
            || (kode.len > 1 && !strchr(" .,", kode.s[1])))
            return 0;
        l->accounts_only = 1;
    }
    memset(c, 0, sizeof(*c));
    size_t o = 0;
    int gap = 0;                /* "5,1,7,07 073": a space between digits parts them */
    for (size_t i = 0; i < kode.len && o + 2 < sizeof(c->akun); i++) {
        char ch = kode.s[i];
        if (ch >= '0' && ch <= '9' && gap && o && c->akun[o - 1] != '.')
            c->akun[o++] = '.';
        gap = ch == ' ';
        if (ch >= '0' && ch <= '9')
            c->akun[o++] = ch;
        else if ((ch == '.' || ch == ',') && o && c->akun[o - 1] != '.')   /* "4,1,1,01," */
            c->akun[o++] = '.';
        else if (ch != ' ' && ch != '.' && ch != ',')
            return 0;
    }
    while (o && c->akun[o - 1] == '.')
        o--;
    c->akun[o] = '\0';
    if (!o)
        return 0;
    snprintf(c->org, sizeof(c->org), "%s", APBD_ALL_SKPD);
    snprintf(c->program, sizeof(c->program), "00");
    snprintf(c->kegiatan, sizeof(c->kegiatan), "00");
    return 1;
}

/* Can the row's amounts be read (no E-notation, no stray words)? */
static int readable(struct apbd_sheet *sh, const struct reading *rd, struct apbd_sheet_field fa)
{
    int cols[] = { rd->c_a, rd->c_b };
    (void)fa;
    for (size_t i = 0; i < 2; i++) {
        struct apbd_sheet_field f = apbd_sheet_get(sh, cols[i]);
        char buf[80];
        int trailing;
        int64_t v;
        if (cols[i] < 0 || !f.len)
            continue;
        size_t n = clean_amount(f.s, f.len, buf, sizeof(buf), &trailing);
        enum apbd_numstyle ev = apbd_number_evidence(buf, n);
        if (memchr(buf, 'E', n) || memchr(buf, 'e', n)
            || apbd_number_parse(buf, n, ev != APBD_NUM_NEUTRAL ? ev : sh->style, 2, &v) != APBD_NUM_OK)
            return 0;
    }
    return 1;
}

/* A row with an amount but no code is in no total: the first one is kept,
 * to explain a total it is missing from. */
static void remember_codeless(struct apbd_laporan *l, struct apbd_sheet *sh, int c_a,
                              struct apbd_sheet_field text)
{
    struct apbd_sheet_field f = apbd_sheet_get(sh, c_a);
    int64_t a;
    if (l->codeless_line || !f.len || apbd_number_parse(f.s, f.len, sh->style, 2, &a) != APBD_NUM_OK
        || !a)
        return;
    l->codeless = (struct apbd_laporan_row){ .kind = APBD_ROW_TOTAL, .a = a, .line = sh->line };
    l->codeless.uraian = apbd_arena_strndup(&l->arena, text.s, text.len);
    l->codeless_line = sh->line;
}

/* The accrual accounts (Pendapatan-LO, Beban) mirror 4 and 5 in reports
 * since Permendagri 64/2013: not the budget's lines. Counted, for a note. */
static int is_accrual(const struct apbd_laporan_row *r, struct apbd_laporan *l, unsigned line)
{
    if (r->kind != APBD_ROW_AKUN || !r->code.akun[0] || !strchr("789", r->code.akun[0])
        || (r->code.akun[1] && r->code.akun[1] != '.'))
        return 0;
    if (!l->accrual_rows++)
        l->accrual_line = line;
    return 1;
}

static void record(struct apbd_sheet *sh, void *ctx)
{
    struct reading cols = *(struct reading *)ctx, *rd = &cols;
    struct apbd_laporan *l = rd->l;
    struct apbd_sheet_field kode = apbd_sheet_get(sh, rd->c_kode);
    struct apbd_sheet_field ur = apbd_sheet_get(sh, rd->c_uraian);
    char key[96];
    if (kode.len && !(kode.s[0] >= '0' && kode.s[0] <= '9') && kode.s[0] != '\'') {
        /* Words where the code goes: a total whose label slipped into the
         * code column (with its amounts one column to the left when the
         * uraian holds a number), else a description or a signature. */
        apbd_header_key(kode.s, kode.len, key, sizeof(key));
        int64_t v;
        if (is_total_label(key) && ur.len && rd->c_a > 0
            && apbd_number_parse(ur.s, ur.len, sh->style, 2, &v) == APBD_NUM_OK) {
            rd->c_uraian = rd->c_kode;
            rd->c_a--;
            rd->c_b -= rd->c_b > 0;
            rd->c_selisih -= rd->c_selisih > 0;
        } else if (is_total_label(key) && !ur.len) {
            rd->c_uraian = rd->c_kode;
        } else {
            remember_codeless(l, sh, rd->c_a, kode);
            return;
        }
        rd->c_kode = -1;
        kode = apbd_sheet_get(sh, -1);
        ur = apbd_sheet_get(sh, rd->c_uraian);
    }
    apbd_header_key(ur.s, ur.len, key, sizeof(key));
    int64_t a = 0, b = 0, selisih = 0;
    if (!kode.len && !is_total_label(key)) {
        remember_codeless(l, sh, rd->c_a, ur);     /* blank, or a signature */
        return;
    }
    struct apbd_sheet_field fa = apbd_sheet_get(sh, rd->c_a);
    if (fa.len && !has_digit(fa.s, fa.len))
        return;                 /* "PENDAPATAN, JUMLAH PENDAPATAN": a label, no figure */
    if (!kode.len && (strstr(key, "surplus") || strstr(key, "defisit")) && !readable(sh, rd, fa))
        return;                 /* worked out from the totals, not one: nothing lost */
    const char *joined = unsplit_uraian(sh, rd, l);
    if (joined) {
        ur.s = joined;
        ur.len = strlen(joined);
    }
    if (report_amount(sh, rd->c_a, "anggaran", &a, l) != 0
        || (rd->c_b >= 0 && report_amount(sh, rd->c_b, "sesudah", &b, l) != 0)
        || (rd->c_selisih >= 0 && report_amount(sh, rd->c_selisih, "selisih", &selisih, l) != 0))
        return;
    struct apbd_laporan_row r = { .a = a, .b = b, .line = sh->line,
                                  .col_a = apbd_sheet_get(sh, rd->c_a).col,
                                  .col_b = rd->c_b >= 0 ? apbd_sheet_get(sh, rd->c_b).col : 0 };
    r.blank = (unsigned)(!fa.len) | (unsigned)(rd->c_b >= 0 && !apbd_sheet_get(sh, rd->c_b).len) << 1;
    r.uraian = apbd_arena_strndup(&l->arena, ur.s, ur.len);
    if (!kode.len) {
        r.kind = APBD_ROW_TOTAL;
    } else if (accounts_only(l, kode, &r.code)) {
        r.kind = APBD_ROW_AKUN;
        if (is_accrual(&r, l, sh->line))
            return;
    } else {
        unsigned bad;
        if (apbd_joined_split(kode.s, kode.len, &r.code, &bad) != 0 && has_word(kode.s, kode.len)) {
            /* "5 buku x 25.000 = 125.000": a description run into the code
             * column, not a code */
            remember_codeless(l, sh, rd->c_a, kode);
            return;
        }
        if (apbd_joined_split(kode.s, kode.len, &r.code, &bad) != 0) {
            char text[80];
            snprintf(text, sizeof(text), "%.*s", (int)(kode.len < 70 ? kode.len : 70), kode.s);
            /* pointed at the character where it stops being a code */
            apbd_sheet_report_at(sh, APBD_ERROR, APBD_MSG_LAPORAN_BAD_CODE, rd->c_kode, bad - 1, text,
                                 NULL, NULL);
            return;
        }
        int repaired = 0;
        if (l->kode_organisasi[0] && strcmp(r.code.org, l->kode_organisasi) != 0 && !l->org_matched
            && !l->kode_organisasi_heading[0] && !l->count) {
            /* The first row's organisation is not the heading's: the heading
             * was left from another report. The rows say whose report it
             * is; a later row of another organisation is still an error. */
            snprintf(l->kode_organisasi_heading, sizeof(l->kode_organisasi_heading), "%s",
                     l->kode_organisasi);
            snprintf(l->kode_organisasi, sizeof(l->kode_organisasi), "%s", r.code.org);
            struct apbd_loc loc = { l->path, l->kode_organisasi_line, 1, NULL, 0, NULL };
            apbd_report(sh->rep, APBD_WARNING, APBD_MSG_LAPORAN_ORG_HEADING, &loc,
                        l->kode_organisasi_heading, r.code.org, NULL);
        }
        if (l->kode_organisasi[0] && !strcmp(r.code.org, l->kode_organisasi))
            l->org_matched++;
        if (l->kode_organisasi[0] && strcmp(r.code.org, l->kode_organisasi) != 0) {
            if (!unit_left_out(l, &r.code)) {
                apbd_sheet_report(sh, APBD_ERROR, APBD_MSG_LAPORAN_OTHER_ORG, rd->c_kode, r.code.org,
                                  l->kode_organisasi, NULL);
                return;
            }
            repaired = 1;
        }
        /* "1.03.1.03.01.001.001.5.2 Penyediaan jasa surat menyurat": a
         * program or kegiatan heading that carries its belanja langsung
         * account; a name that is no belanja's says so */
        char name[96];
        apbd_header_key(ur.s, ur.len, name, sizeof(name));
        if (!strcmp(r.code.akun, "5.2") && strcmp(r.code.program, "00") != 0 && !strstr(name, "belanja")) {
            r.code.akun[0] = '\0';
            if (!l->heading_akun++)
                l->heading_akun_line = sh->line;
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
        if (is_accrual(&r, l, sh->line))
            return;
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

static int is_heading(const struct apbd_laporan_row *x)
{
    return x->kind == APBD_ROW_PROGRAM || x->kind == APBD_ROW_KEGIATAN || x->kind == APBD_ROW_SUB;
}

/* The account a row's amount belongs to: its own; for a program, kegiatan
 * or sub kegiatan, the belanja a report printed without accounts implies
 * (13/2006: 5.2 belanja langsung; 90/2019: 5, belanja). */
static const char *implied_akun(const struct apbd_laporan_row *x)
{
    if (x->kind == APBD_ROW_AKUN)
        return x->code.akun;
    return is_heading(x) ? (x->code.sipd ? "5" : "5.2") : "";
}

static int org_level(const struct apbd_joined *c)
{
    return !strcmp(c->program, "00") && !strcmp(c->kegiatan, "00");
}

static int covers(const struct apbd_laporan_row *r, const struct apbd_laporan_row *x)
{
    if (x == r || x->dropped || x->kind == APBD_ROW_TOTAL)
        return 0;
    const struct apbd_joined *c = &r->code, *d = &x->code;
    switch (r->kind) {
    case APBD_ROW_ORG:
        return x->kind != APBD_ROW_ORG;
    case APBD_ROW_SECTION: {
        /* "Non Kegiatan" and the like: the accounts outside the programs */
        const char *prefix = section_prefix(r->uraian);
        return (x->kind == APBD_ROW_AKUN || is_heading(x)) && starts(implied_akun(x), prefix)
            && (prefix[0] || !strcmp(d->program, "00"));
    }
    case APBD_ROW_PROGRAM:
        return (x->kind == APBD_ROW_KEGIATAN || x->kind == APBD_ROW_SUB || x->kind == APBD_ROW_AKUN)
            && !strcmp(c->urusan, d->urusan) && !strcmp(c->program, d->program);
    case APBD_ROW_KEGIATAN:
        return (x->kind == APBD_ROW_SUB || x->kind == APBD_ROW_AKUN) && same_kegiatan(c, d);
    case APBD_ROW_SUB:
        return x->kind == APBD_ROW_AKUN && same_unit(c, d);
    case APBD_ROW_AKUN:
        /* An account row outside the programs totals that account in all. */
        /* An account row outside the programs totals that account in all,
         * and 5 or 5.2 there heads the programs printed below it. */
        if (is_heading(x))
            return org_level(c) && starts(implied_akun(x), c->akun);
        return x->kind == APBD_ROW_AKUN && extends(c->akun, d->akun)
            && (same_unit(c, d) || org_level(c));
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
    if (org_level(&r->code) && apbd_code_segments(r->code.akun) <= 2)
        for (size_t j = 0; j < l->count; j++)
            if (is_heading(&l->rows[j]) && covers(r, &l->rows[j]) && fn(&l->rows[j], arg))
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
    struct apbd_loc loc = { l->path, r->line, r->col_a ? r->col_a : 1, NULL, 0, NULL };
    char code[160];
    code_text(r, code, sizeof(code));
    apbd_report(rep, sev, msg, &loc, code, r->uraian, a1 ? a1 : "", a2 ? a2 : "", a3 ? a3 : "",
                a4 ? a4 : "", NULL);
}

/* A repeat of the row before it (the printout's detail line under its
 * heading, with the same code and amount) is one line, not two. */
/* The coded row next to rows[i] in direction step (+1, -1), or NULL. */
static struct apbd_laporan_row *coded_near(struct apbd_laporan *l, size_t i, int step)
{
    for (size_t j = i + (size_t)step; j < l->count; j += (size_t)step) {
        struct apbd_laporan_row *x = &l->rows[j];
        if (!x->dropped && (x->kind == APBD_ROW_AKUN || x->kind == APBD_ROW_KEGIATAN
                            || x->kind == APBD_ROW_SUB))
            return x;
    }
    return NULL;
}

static int kegiatan_cmp(const struct apbd_joined *x, const struct apbd_joined *y)
{
    int c = strcmp(x->urusan, y->urusan);
    if (!c)
        c = strcmp(x->program, y->program);
    return c ? c : strcmp(x->kegiatan, y->kegiatan);
}

static int heading_cmp(const void *a, const void *b)
{
    const struct apbd_laporan_row *const *x = a, *const *y = b;
    return kegiatan_cmp(&(*x)->code, &(*y)->code);
}

/* Is there a kegiatan heading of c's kegiatan among the n sorted ones? */
static int has_kegiatan(const struct apbd_laporan_row **h, size_t n, const struct apbd_joined *c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int k = kegiatan_cmp(&h[mid]->code, c);
        if (!k)
            return 1;
        if (k < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/*
 * "1.0 .1.01.01.17.63.5.2.2.02.006" between two rows of kegiatan
 * 1.01 . 17 . 63: an account row whose program or kegiatan part lost a
 * digit, so it names a kegiatan the report does not have. When the rows
 * on both sides are of one kegiatan and the stray account continues
 * theirs (a child of the row before, or the parent of the row after), it
 * is read as that kegiatan's, and said; read as written, it would stand
 * alone under a kegiatan of its own and its amount would count twice.
 */
static void reread_stray_units(struct apbd_laporan *l, struct apbd_report *rep)
{
    /* the kegiatan headings, sorted, so each stray is one search */
    const struct apbd_laporan_row **h = apbd_xmalloc((l->count ? l->count : 1) * sizeof(*h));
    size_t nh = 0;
    for (size_t i = 0; i < l->count; i++)
        if (l->rows[i].kind == APBD_ROW_KEGIATAN || l->rows[i].kind == APBD_ROW_SUB)
            h[nh++] = &l->rows[i];
    qsort(h, nh, sizeof(*h), heading_cmp);
    for (size_t i = 1; i + 1 < l->count; i++) {
        struct apbd_laporan_row *r = &l->rows[i];
        if (r->dropped || r->kind != APBD_ROW_AKUN || org_level(&r->code))
            continue;
        const struct apbd_laporan_row *p = coded_near(l, i, -1), *q = coded_near(l, i, +1);
        if (!p || !q || same_unit(&r->code, &p->code) || !same_unit(&p->code, &q->code)
            || strcmp(p->code.org, q->code.org) || has_kegiatan(h, nh, &r->code)
            || !has_kegiatan(h, nh, &p->code))
            continue;
        if (!((p->kind == APBD_ROW_AKUN && extends(p->code.akun, r->code.akun))
              || (q->kind == APBD_ROW_AKUN && extends(r->code.akun, q->code.akun))))
            continue;
        char was[160], as[160];
        code_text(r, was, sizeof(was));
        struct apbd_joined c = p->code;
        snprintf(c.akun, sizeof(c.akun), "%s", r->code.akun);
        c.empty_parts = r->code.empty_parts;
        r->code = c;
        code_text(r, as, sizeof(as));
        struct apbd_loc loc = { l->path, r->line, 1, NULL, 0, NULL };
        apbd_report(rep, APBD_WARNING, APBD_MSG_LAPORAN_CODE_READ_AS, &loc, was, as, NULL);
    }
    free(h);
}

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
 * which real reports total as belanja), checked for overflow. */
struct sum {
    int belanja_only;
    int64_t a, b;
    int64_t netto_a, netto_b;   /* pembiayaan: penerimaan (6.1) less pengeluaran (6.2) */
    int overflow;
};

static int add_line(const struct apbd_laporan_row *x, void *arg)
{
    struct sum *s = arg;
    if (!x->leaf || (s->belanja_only && !starts(implied_akun(x), "5")))
        return 0;
    s->overflow |= apbd_money_add(&s->a, x->a) | apbd_money_add(&s->b, x->b);
    if (starts(implied_akun(x), "6.2"))
        s->overflow |= apbd_money_sub(&s->netto_a, x->a) | apbd_money_sub(&s->netto_b, x->b);
    else
        s->overflow |= apbd_money_add(&s->netto_a, x->a) | apbd_money_add(&s->netto_b, x->b);
    return 0;
}

/* "6 PEMBIAYAAN DAERAH" and "PEMBIAYAAN NETTO" are printed as the net of
 * the two sides, or as both together: whichever the row's figures are. */
static void pick_sum(struct apbd_laporan_row *r, const struct apbd_laporan *l, int pembiayaan,
                     int64_t a, int64_t b, int64_t netto_a, int64_t netto_b)
{
    int netto = pembiayaan && r->a == netto_a && (!l->two_amounts || r->b == netto_b);
    r->sum_a = netto ? netto_a : a;
    r->sum_b = netto ? netto_b : b;
}

/*
 * The file's own top rows: the organisation's row, the JUMLAH rows, and
 * the account rows outside the programs
 * at akun level (4, 5, 6), or at kelompok level (5.1, 5.2) where the file
 * has no row for their akun. They are the figures of the Perda or Perbup.
 */
static int is_top(const struct apbd_laporan *l, const struct apbd_laporan_row *r)
{
    if (r->kind == APBD_ROW_ORG)
        return 1;
    if (r->kind == APBD_ROW_TOTAL) {
        /* SURPLUS / (DEFISIT) is worked out from the totals, not one */
        char key[96];
        apbd_header_key(r->uraian, strlen(r->uraian), key, sizeof(key));
        return !strstr(key, "surplus") && !strstr(key, "defisit");
    }
    if (r->kind != APBD_ROW_AKUN || strcmp(r->code.program, "00") != 0)
        return 0;
    int segs = apbd_code_segments(r->code.akun);
    if (segs == 1)
        return 1;
    if (segs != 2)
        return 0;
    for (size_t i = 0; i < l->count; i++) {
        const struct apbd_laporan_row *x = &l->rows[i];
        if (x->kind == APBD_ROW_AKUN && !x->dropped && !strcmp(x->code.program, "00")
            && extends(x->code.akun, r->code.akun))
            return 0;
    }
    return 1;
}

/* The sums a total row stands for, from its words: sums[3] and sums[4]
 * are penerimaan (6.1) and pengeluaran (6.2) pembiayaan. */
static void total_sums(struct apbd_laporan_row *r, const struct apbd_laporan *l,
                       const int64_t sums[5][2], int *overflow)
{
    char key[96];
    apbd_header_key(r->uraian, strlen(r->uraian), key, sizeof(key));
    if (strstr(key, "surplus") || strstr(key, "defisit")) {
        r->sum_a = sums[0][0];
        r->sum_b = sums[0][1];
        *overflow |= apbd_money_sub(&r->sum_a, sums[1][0]) | apbd_money_sub(&r->sum_b, sums[1][1]);
        return;
    }
    int k = strstr(key, "pendapatan") ? 0 : strstr(key, "pembiayaan") ? 2 : 1;
    if (k == 2 && strstr(key, "penerimaan"))
        k = 3;
    else if (k == 2 && strstr(key, "pengeluaran"))
        k = 4;
    if (k != 2) {
        r->sum_a = sums[k][0];
        r->sum_b = sums[k][1];
        return;
    }
    int64_t na = sums[3][0], nb = sums[3][1];
    *overflow |= apbd_money_sub(&na, sums[4][0]) | apbd_money_sub(&nb, sums[4][1]);
    pick_sum(r, l, 1, sums[2][0], sums[2][1], na, nb);
}

/* Does r disagree with the lines under it, and in which amount (0: the
 * first, 1: the second)? */
static int disagrees(const struct apbd_laporan *l, const struct apbd_laporan_row *r, int *which)
{
    /* an empty cell ("6 PEMBIAYAAN DAERAH" over its two sides) states no
     * figure: nothing to agree with */
    int check_a = !(r->blank & 1), check_b = l->two_amounts && !(r->blank & 2);
    if (r->kind == APBD_ROW_TOTAL && !r->top) {
        /* a surplus is printed as it is, a deficit often without its sign */
        int64_t a = r->a < 0 ? -r->a : r->a, sa = r->sum_a < 0 ? -r->sum_a : r->sum_a;
        int64_t b = r->b < 0 ? -r->b : r->b, sb = r->sum_b < 0 ? -r->sum_b : r->sum_b;
        *which = check_a && a != sa ? 0 : 1;
        return (check_a && a != sa) || (check_b && b != sb);
    }
    if (check_a && r->a != r->sum_a) {
        *which = 0;
        return 1;
    }
    if (check_b && r->b != r->sum_b) {
        *which = 1;
        return 1;
    }
    return 0;
}

struct culprit_search {
    const struct apbd_laporan *l;
    const struct candidates *c;
    const struct apbd_laporan_row *found;
    size_t found_leaves;
    int which;                  /* in this amount */
};

static int count_leaf(const struct apbd_laporan_row *x, void *arg)
{
    *(size_t *)arg += x->leaf;
    return 0;
}

/* Of the rows under a top row that disagree with their own lines in the
 * amount in question, the one with the fewest lines under it, the lowest
 * printed of those: where the figures part. */
static int lowest_culprit(const struct apbd_laporan_row *x, void *arg)
{
    struct culprit_search *cs = arg;
    int64_t d = cs->which ? x->b : x->a;
    if (x->leaf || x->top || x->dropped || x->kind == APBD_ROW_TOTAL || x->blank & (1u << cs->which)
        || apbd_money_sub(&d, cs->which ? x->sum_b : x->sum_a) != 0 || !d)
        return 0;
    size_t n = 0;
    each_covered(cs->l, cs->c, x, count_leaf, &n);
    /* a row that holds the whole difference but has disagreeing rows under
     * it only adds theirs up: the fewest lines wins, not the exact amount */
    if (!cs->found || n < cs->found_leaves || (n == cs->found_leaves && x->line > cs->found->line)) {
        cs->found = x;
        cs->found_leaves = n;
    }
    return 0;
}

static const char *const amount_names[][2] = {
    { "anggaran", "realisasi" }, { "anggaran murni", "anggaran" },
};

static void report_top(struct apbd_laporan *l, struct apbd_report *rep,
                       const struct apbd_laporan_row *r, const struct candidates *c, int which)
{
    const char *const *names = amount_names[l->type == APBD_DOC_PENJABARAN_PERUBAHAN];
    int64_t written = which ? r->b : r->a, summed = which ? r->sum_b : r->sum_a;
    int64_t diff = written;
    char x[APBD_FMT_BUF], y[APBD_FMT_BUF], d[APBD_FMT_BUF], code[160], at[16];
    apbd_money_sub(&diff, summed);
    apbd_fmt_rupiah(x, written, rep->lang);
    apbd_fmt_rupiah(y, summed, rep->lang);
    apbd_fmt_rupiah(d, diff, rep->lang);
    code_text(r, code, sizeof(code));
    struct apbd_loc loc = { l->path, r->line, which && r->col_b ? r->col_b : r->col_a ? r->col_a : 1,
                            NULL, 0, NULL };
    apbd_report(rep, APBD_ERROR, APBD_MSG_LAPORAN_TOP_MISMATCH, &loc, code, r->uraian, names[which],
                x, y, d, NULL);
    /* Then where it comes from, so that the finance office finds the typo. */
    snprintf(at, sizeof(at), "%u", r->line);
    struct culprit_search cs = { l, c, NULL, 0, which };
    if (r->kind != APBD_ROW_TOTAL)
        each_covered(l, c, r, lowest_culprit, &cs);
    if (cs.found) {
        const struct apbd_laporan_row *f = cs.found;
        int w = which;
        apbd_fmt_rupiah(x, w ? f->b : f->a, rep->lang);
        apbd_fmt_rupiah(y, w ? f->sum_b : f->sum_a, rep->lang);
        code_text(f, code, sizeof(code));
        struct apbd_loc here = { l->path, f->line, w && f->col_b ? f->col_b : f->col_a ? f->col_a : 1,
                                 NULL, 0, NULL };
        apbd_report(rep, APBD_WARNING, APBD_MSG_LAPORAN_TOP_CULPRIT, &here, at, code, names[w],
                    f->uraian, x, y, NULL);
    } else if (l->codeless_line) {
        apbd_fmt_rupiah(x, l->codeless.a, rep->lang);
        struct apbd_loc here = { l->path, l->codeless_line, 1, NULL, 0, NULL };
        apbd_report(rep, APBD_WARNING, APBD_MSG_LAPORAN_TOP_CODELESS, &here, at, x, NULL);
    }
}

/*
 * "1.22 . 1.22.01 . 01.01 . 5.2 BELANJA LANGSUNG" printed above the first
 * program: the organisation's row of belanja langsung with the first
 * kegiatan's code in place of 00.00. When its amount is that of the
 * account's lines in all programs, not of its own kegiatan's, it is read as
 * the organisation's row, and said.
 */
static void reread_org_rows(struct apbd_laporan *l, struct apbd_report *rep)
{
    for (size_t i = 0; i < l->count; i++) {
        struct apbd_laporan_row *r = &l->rows[i];
        if (r->kind != APBD_ROW_AKUN || r->leaf || r->dropped || !strcmp(r->code.program, "00")
            || apbd_code_segments(r->code.akun) > 2)
            continue;
        int64_t own_a = 0, own_b = 0, all_a = 0, all_b = 0;
        int overflow = 0;
        for (size_t j = 0; j < l->count; j++) {
            const struct apbd_laporan_row *x = &l->rows[j];
            if (!x->leaf || x->kind != APBD_ROW_AKUN || !extends(r->code.akun, x->code.akun))
                continue;
            overflow |= apbd_money_add(&all_a, x->a) | apbd_money_add(&all_b, x->b);
            if (same_unit(&r->code, &x->code))
                overflow |= apbd_money_add(&own_a, x->a) | apbd_money_add(&own_b, x->b);
        }
        if (overflow || (own_a == r->a && own_b == r->b) || all_a != r->a
            || (l->two_amounts && all_b != r->b))
            continue;
        char was[160], as[160];
        code_text(r, was, sizeof(was));
        snprintf(r->code.program, sizeof(r->code.program), "00");
        snprintf(r->code.kegiatan, sizeof(r->code.kegiatan), "00");
        r->code.sub[0] = '\0';
        code_text(r, as, sizeof(as));
        struct apbd_loc loc = { l->path, r->line, 1, NULL, 0, NULL };
        apbd_report(rep, APBD_WARNING, APBD_MSG_LAPORAN_CODE_READ_AS, &loc, was, as, NULL);
    }
}

/*
 * "JUMLAH BELANJA 1170582414789" under lines of Rp11.705.824.147,89: a
 * JUMLAH row that lost its decimal point, while the report's akun row
 * agrees with the lines. Read as meant, and said; 1 when so.
 */
static int decimal_lost(struct apbd_laporan *l, struct apbd_report *rep,
                        const struct apbd_laporan_row *r, int which)
{
    int64_t written = which ? r->b : r->a, summed = which ? r->sum_b : r->sum_a, times10, times100;
    /* "17601846678.0" or "11705824147.89" printed without its point */
    int lost1 = !__builtin_mul_overflow(summed, (int64_t)10, &times10) && times10 == written;
    int lost2 = summed % 100 && !__builtin_mul_overflow(summed, (int64_t)100, &times100)
                && times100 == written;
    if (r->kind != APBD_ROW_TOTAL || !summed || !(lost1 || lost2))
        return 0;
    char code[160], x[APBD_FMT_BUF], y[APBD_FMT_BUF];
    code_text(r, code, sizeof(code));
    apbd_fmt_rupiah(x, written, rep->lang);
    apbd_fmt_rupiah(y, summed, rep->lang);
    struct apbd_loc loc = { l->path, r->line, which && r->col_b ? r->col_b : r->col_a ? r->col_a : 1,
                            NULL, 0, NULL };
    apbd_report(rep, APBD_WARNING, APBD_MSG_LAPORAN_DECIMAL_LOST, &loc, r->uraian, x, y, NULL);
    return 1;
}

/* Is the difference of r's amount `which` accepted? Then said, and kept. */
static int accepted_top(struct apbd_laporan *l, struct apbd_report *rep,
                        const struct apbd_laporan_row *r, int which)
{
    int64_t written = which ? r->b : r->a, summed = which ? r->sum_b : r->sum_a;
    const struct apbd_selisih_entry *e = apbd_selisih_accepts(l->accept, l->path, r->line, written,
                                                              summed);
    if (!e)
        return 0;
    const char *const *names = amount_names[l->type == APBD_DOC_PENJABARAN_PERUBAHAN];
    char code[160], x[APBD_FMT_BUF], y[APBD_FMT_BUF], where[1100];
    code_text(r, code, sizeof(code));
    apbd_fmt_rupiah(x, written, rep->lang);
    apbd_fmt_rupiah(y, summed, rep->lang);
    snprintf(where, sizeof(where), "%s:%u", apbd_selisih_base(l->accept->path), e->line);
    struct apbd_loc loc = { l->path, r->line, r->col_a ? r->col_a : 1, NULL, 0, NULL };
    apbd_report(rep, APBD_WARNING, APBD_MSG_LAPORAN_TOP_ACCEPTED, &loc, code, r->uraian,
                names[which], x, y, where, e->alasan, NULL);
    l->accepted = apbd_xrealloc(l->accepted, (l->naccepted + 1) * sizeof(*l->accepted));
    l->accepted[l->naccepted++] = (struct apbd_accepted){
        .file = apbd_selisih_base(l->path), .line = r->line,
        .kode = apbd_arena_strndup(&l->arena, code, strlen(code)), .uraian = r->uraian,
        .kolom = names[which], .tertulis_sen = written, .jumlah_sen = summed, .alasan = e->alasan,
    };
    return 1;
}

static void reconcile(struct apbd_laporan *l, struct apbd_report *rep)
{
    /* the leaves' sums: pendapatan, belanja, pembiayaan, its two sides */
    int64_t sums[5][2] = { { 0, 0 } };
    int overflow = 0;
    for (size_t i = 0; i < l->count; i++) {
        const struct apbd_laporan_row *x = &l->rows[i];
        if (!x->leaf)
            continue;
        l->leaves++;
        const char *akun = implied_akun(x);
        int k = starts(akun, "4") ? 0 : starts(akun, "5") ? 1 : starts(akun, "6") ? 2 : -1;
        if (k >= 0)
            overflow |= apbd_money_add(&sums[k][0], x->a) | apbd_money_add(&sums[k][1], x->b);
        int side = starts(akun, "6.1") ? 3 : starts(akun, "6.2") ? 4 : -1;
        if (side > 0)
            overflow |= apbd_money_add(&sums[side][0], x->a) | apbd_money_add(&sums[side][1], x->b);
    }
    l->total_a = sums[1][0];
    l->total_b = sums[1][1];
    struct candidates c;
    index_accounts(l, &c);
    for (size_t i = 0; i < l->count; i++) {
        struct apbd_laporan_row *r = &l->rows[i];
        if (r->leaf || r->dropped)
            continue;
        r->top = is_top(l, r);
        if (r->kind == APBD_ROW_TOTAL) {
            total_sums(r, l, (const int64_t(*)[2])sums, &overflow);
        } else {
            struct sum sum = { .belanja_only = r->kind == APBD_ROW_ORG };
            each_covered(l, &c, r, add_line, &sum);
            pick_sum(r, l, r->kind == APBD_ROW_AKUN && !strcmp(r->code.akun, "6"), sum.a, sum.b,
                     sum.netto_a, sum.netto_b);
            overflow |= sum.overflow;
        }
    }
    if (overflow) {
        struct apbd_loc loc = { l->path, 0, 0, NULL, 0, NULL };
        apbd_report(rep, APBD_ERROR, APBD_MSG_SUM_OVERFLOW, &loc, "laporan", NULL);
        l->top_mismatches++;
    }
    for (size_t i = 0; i < l->count; i++) {
        struct apbd_laporan_row *r = &l->rows[i];
        int which;
        if (r->leaf || r->dropped || !disagrees(l, r, &which))
            continue;
        if (r->top) {
            /* each amount that disagrees, unless the finance office accepted it */
            for (int w = which; w <= (l->two_amounts ? 1 : 0); w++) {
                int64_t written = w ? r->b : r->a, summed = w ? r->sum_b : r->sum_a;
                if (w > which && (written == summed || r->blank & 2))
                    continue;
                if (decimal_lost(l, rep, r, w))
                    continue;
                if (!accepted_top(l, rep, r, w)) {
                    report_top(l, rep, r, &c, w);
                    l->top_mismatches++;
                }
            }
            continue;
        }
        /* A lower subtotal that disagrees: the lines are what is published. */
        char x[APBD_FMT_BUF], y[APBD_FMT_BUF];
        apbd_fmt_rupiah(x, which ? r->b : r->a, rep->lang);
        apbd_fmt_rupiah(y, which ? r->sum_b : r->sum_a, rep->lang);
        report_row(l, rep, APBD_WARNING, APBD_MSG_LAPORAN_SUM_MISMATCH, r,
                   amount_names[l->type == APBD_DOC_PENJABARAN_PERUBAHAN][which], x, y, NULL);
        l->sub_mismatches++;
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
        struct apbd_loc loc = { l->path, r->line, 1, NULL, 0, NULL };
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

const char *apbd_doc_type_name(enum apbd_doc_type t, int lang)
{
    static const char *const types[][2] = {
        { "tidak dikenal", "unknown" }, { "Penjabaran APBD (anggaran)", "Penjabaran APBD (budget)" },
        { "Penjabaran Perubahan APBD (anggaran sebelum dan sesudah perubahan)",
          "Penjabaran Perubahan APBD (budget before and after revision)" },
        { "Realisasi APBD (anggaran dan realisasi)", "Realisasi APBD (budget and realization)" },
        { "APBDesa", "APBDesa" },
    };
    return types[t][lang != 0];
}

static enum apbd_doc_type doc_type(const char *judul)
{
    char key[300];
    apbd_header_key(judul, strlen(judul), key, sizeof(key));
    if (strstr(key, "apbdes") || strstr(key, "belanja_desa") || strstr(key, "perdes"))
        return APBD_DOC_APBDES;
    if (strstr(key, "realisasi"))
        return APBD_DOC_REALISASI;
    /* Rincian and Ringkasan APBD (the Perda's lampiran) are the budget too */
    int apbd = strstr(key, "penjabaran") || strstr(key, "anggaran") || strstr(key, "apbd")
            || strstr(key, "rincian") || strstr(key, "ringkasan");
    if (strstr(key, "perubahan") && apbd)
        return APBD_DOC_PENJABARAN_PERUBAHAN;
    if (apbd)
        return APBD_DOC_PENJABARAN;
    return APBD_DOC_UNKNOWN;
}

int apbd_laporan_read(struct apbd_laporan *l, const char *path, struct apbd_charts *charts,
                      struct apbd_selisih *accept, struct apbd_report *rep)
{
    memset(l, 0, sizeof(*l));
    apbd_arena_init(&l->arena);
    l->path = path;
    l->accept = accept;
    struct reading rd = { .l = l };
    struct apbd_sheet_reader r = { header, record, 3, &rd, APBD_MSG_LAPORAN_NO_HEADER };
    int status = apbd_sheet_read(path, &r, rep);
    if (status == APBD_EIO)
        return status;
    l->type = doc_type(l->judul);
    l->two_amounts = rd.c_b >= 0;
    if (l->amounts_mended) {
        char n[16];
        snprintf(n, sizeof(n), "%u", l->amounts_mended);
        struct apbd_loc at = { path, l->amount_text_line, l->amount_text_line ? 1 : 0, NULL, 0, NULL };
        apbd_report(rep, APBD_WARNING, APBD_MSG_LAPORAN_AMOUNTS_MENDED, &at, n, NULL);
    }
    if (l->accounts_only) {
        struct apbd_loc at = { path, 0, 0, NULL, 0, NULL };
        apbd_report(rep, APBD_NOTE, APBD_MSG_LAPORAN_ACCOUNTS_ONLY, &at, APBD_ALL_SKPD,
                    APBD_ALL_SKPD_NAME, NULL);
        if (!l->nama_organisasi[0])
            snprintf(l->nama_organisasi, sizeof(l->nama_organisasi), "%s", APBD_ALL_SKPD_NAME);
        if (!l->kode_organisasi[0] || !strcmp(l->kode_organisasi, "0"))
            snprintf(l->kode_organisasi, sizeof(l->kode_organisasi), "%s", APBD_ALL_SKPD);
    }
    if (l->header_from_kolom) {
        char k[16];
        snprintf(k, sizeof(k), "%d", l->kolom);
        struct apbd_loc at = { path, 0, 0, NULL, 0, NULL };
        apbd_report(rep, APBD_NOTE, APBD_MSG_LAPORAN_HEADER_FROM_KOLOM, &at, k, NULL);
    }
    if (l->heading_akun) {
        char n[16];
        snprintf(n, sizeof(n), "%u", l->heading_akun);
        struct apbd_loc at = { path, l->heading_akun_line, 1, NULL, 0, NULL };
        apbd_report(rep, APBD_NOTE, APBD_MSG_LAPORAN_HEADING_AKUN, &at, n, NULL);
    }
    if (l->accrual_rows) {
        char n[16];
        snprintf(n, sizeof(n), "%u", l->accrual_rows);
        struct apbd_loc at = { path, l->accrual_line, 1, NULL, 0, NULL };
        apbd_report(rep, APBD_NOTE, APBD_MSG_LAPORAN_ACCRUAL, &at, n, NULL);
    }
    if (l->uraian_unsplit) {
        char n[16];
        snprintf(n, sizeof(n), "%u", l->uraian_unsplit);
        struct apbd_loc at = { path, l->uraian_unsplit_line, 1, NULL, 0, NULL };
        apbd_report(rep, APBD_WARNING, APBD_MSG_LAPORAN_URAIAN_UNSPLIT, &at, n, NULL);
    }
    if (l->type == APBD_DOC_APBDES) {
        struct apbd_loc at = { path, 1, 1, NULL, 0, NULL };
        apbd_report(rep, APBD_ERROR, APBD_MSG_LAPORAN_APBDES, &at, l->judul, NULL);
        return APBD_EDATA;
    }
    if (l->type == APBD_DOC_PENJABARAN && l->two_amounts && l->count) {
        /* "Penjabaran APBD" over Sebelum, Sesudah and their difference:
         * the revision, whose budget is Sesudah */
        l->type = APBD_DOC_PENJABARAN_PERUBAHAN;
        struct apbd_loc at = { path, 1, 1, NULL, 0, NULL };
        apbd_report(rep, APBD_NOTE, APBD_MSG_LAPORAN_REVISION_FROM_COLUMNS, &at, l->judul,
                    apbd_doc_type_name(l->type, rep->lang), NULL);
    }
    if (l->type == APBD_DOC_UNKNOWN && !l->two_amounts && l->count) {
        /* One amount column: the budget, whatever the Judul says. */
        l->type = APBD_DOC_PENJABARAN;
        l->type_from_columns = 1;
    }
    struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
    char tahun[16];
    snprintf(tahun, sizeof(tahun), "%d", l->tahun);
    if (l->type_from_columns)
        apbd_report(rep, APBD_NOTE, APBD_MSG_LAPORAN_TYPE_FROM_COLUMNS, &loc, l->judul,
                    apbd_doc_type_name(l->type, rep->lang), "", NULL);
    apbd_report(rep, APBD_NOTE, APBD_MSG_LAPORAN_NOTE_DOC, &loc, apbd_doc_type_name(l->type, rep->lang),
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
    reread_stray_units(l, rep);
    drop_repeats(l);
    check_chart(l, charts ? apbd_charts_get(charts, l->chart, rep) : NULL, rep);
    if (l->bad_codes)
        status = APBD_EDATA;
    mark_leaves(l);
    drop_misfiled_totals(l, rep);
    reread_org_rows(l, rep);
    reconcile(l, rep);
    if (apbd_selisih_check_unused(l->accept, path, rep) != APBD_OK || l->top_mismatches)
        status = APBD_EDATA;
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
    free(l->accepted);
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
    unsigned undetailed_rows = 0;
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
        struct apbd_loc loc = { l->path, r->line, r->col_a ? r->col_a : 1, NULL, 0, NULL };
        int undetailed = is_heading(r);
        if (r->kind != APBD_ROW_AKUN && (!undetailed || (!r->a && !r->b))) {
            /* A heading with nothing under it: a line only if it has money. */
            if (r->a || r->b) {
                char code[160];
                code_text(r, code, sizeof(code));
                apbd_report(rep, APBD_ERROR, APBD_MSG_LAPORAN_NO_ACCOUNT, &loc, code, r->uraian, NULL);
                status = APBD_EDATA;
            }
            continue;
        }
        /* A program or kegiatan printed without its accounts is published at
         * the depth the report has, under the belanja it implies. */
        const char *akun = implied_akun(r);
        undetailed_rows += undetailed;
        const struct apbd_joined *c = &r->code;
        char rek[APBD_CODE_MAX], sub[APBD_CODE_MAX] = "", raw[96];
        if (apbd_code_normalise(akun, strlen(akun), apbd_chart_account_shape(l->chart), rek)
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
            .kode_rekening = rek, .uraian = undetailed ? APBD_NOT_DETAILED : r->uraian,
            .sumber_dana = "",
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
    for (size_t i = 0; i < l->naccepted; i++)
        apbd_table_add_accepted(t, &l->accepted[i]);
    if (undetailed_rows) {
        char n[16];
        snprintf(n, sizeof(n), "%u", undetailed_rows);
        struct apbd_loc loc = { l->path, 0, 0, NULL, 0, NULL };
        apbd_report(rep, APBD_NOTE, APBD_MSG_LAPORAN_NOT_DETAILED, &loc, n,
                    l->chart == APBD_CHART_90_2019 ? "5" : "5.2", APBD_NOT_DETAILED, NULL);
    }
    return status;
}
