/* render_csv.c: the month's lines as UTF-8 RFC 4180 CSV. */
#include <csv.h>
#include <string.h>

#include "apbd/escape.h"
#include "apbd/fisik.h"
#include "apbd/render.h"

const char apbd_csv_header[] =
    "kode_skpd,nama_skpd,kode_sub_kegiatan,nama_sub_kegiatan,kode_rekening,uraian,"
    "sumber_dana,anggaran,realisasi,sisa,persen,anggaran_murni,nama_program,nama_kegiatan,"
    "anggaran_kas,realisasi_fisik,kode_sub_unit,nama_sub_unit";

/* Line i: kas is the line's planned cumulative amount, if any. */
static void row(const struct apbd_render_ctx *c, size_t i, FILE *out)
{
    const struct apbd_line *l = &c->month->table->lines[i];
    const char *text[] = {
        l->kode_skpd, l->nama_skpd, l->kode_sub_kegiatan, l->nama_sub_kegiatan,
        l->kode_rekening, l->uraian, l->sumber_dana,
    };
    for (size_t i = 0; i < sizeof(text) / sizeof(text[0]); i++) {
        apbd_escape_csv(out, text[i]);
        fputc(',', out);
    }
    char a[APBD_MONEY_BUF], r[APBD_MONEY_BUF], s[APBD_MONEY_BUF], p[APBD_MONEY_BUF],
        m[APBD_MONEY_BUF];
    int64_t sisa = l->anggaran_sen;
    const char *sisa_text = apbd_money_sub(&sisa, l->realisasi_sen) == 0
                                ? apbd_money_format_plain(s, sisa) : "";
    apbd_percent_format(p, l->realisasi_sen, l->anggaran_sen, APBD_NUM_EN);
    fprintf(out, "%s,%s,%s,%s,%s,", apbd_money_format_plain(a, l->anggaran_sen),
            apbd_money_format_plain(r, l->realisasi_sen), sisa_text, p,
            apbd_money_format_plain(m, l->anggaran_murni_sen));
    apbd_escape_csv(out, l->nama_program);
    fputc(',', out);
    apbd_escape_csv(out, l->nama_kegiatan);
    fputc(',', out);
    if (c->line_kas && c->line_kas[i] != INT64_MIN)
        fputs(apbd_money_format_plain(a, c->line_kas[i]), out);
    fputc(',', out);
    if (l->fisik >= 0)
        fputs(apbd_fisik_format(p, l->fisik), out);
    fputc(',', out);
    apbd_escape_csv(out, l->kode_sub_unit);
    fputc(',', out);
    apbd_escape_csv(out, l->nama_sub_unit);
    fputc('\n', out);
}

int apbd_render_csv(const struct apbd_render_ctx *c, FILE *out)
{
    const struct apbd_table *t = c->month->table;
    fputs(apbd_csv_header, out);
    fputc('\n', out);
    for (size_t i = 0; i < t->count; i++)
        row(c, i, out);
    return ferror(out) ? -1 : 0;
}

int apbd_render_csv_long_header(FILE *out)
{
    fprintf(out, "periode,%s\n", apbd_csv_header);
    return ferror(out) ? -1 : 0;
}

int apbd_render_csv_long_rows(const struct apbd_render_ctx *c, FILE *out)
{
    const struct apbd_table *t = c->month->table;
    for (size_t i = 0; i < t->count; i++) {
        fprintf(out, "%s,", c->month->period);
        row(c, i, out);
    }
    return ferror(out) ? -1 : 0;
}

/* A field of the canonical input, quoted only where it must be. */
static void put_raw(FILE *out, const char *s)
{
    if (strpbrk(s, ",\"\r\n"))
        csv_fwrite(out, s, strlen(s));
    else
        fputs(s, out);
}

/* Canonical input: the lines as `apbd lines` prints them, which import back
 * to exactly the same lines (text is written as it is: this is an input,
 * not a download). */
int apbd_render_lines_csv(const struct apbd_table *t, FILE *out)
{
    fputs("kode_skpd,nama_skpd,nama_program,nama_kegiatan,kode_sub_kegiatan,"
          "nama_sub_kegiatan,kode_rekening,uraian,sumber_dana,anggaran_murni,"
          "anggaran,realisasi", out);
    fputs(t->has_fisik ? ",realisasi_fisik" : "", out);
    fputs(t->has_sub_unit ? ",kode_sub_unit,nama_sub_unit\n" : "\n", out);
    for (size_t i = 0; i < t->count; i++) {
        const struct apbd_line *l = &t->lines[i];
        const char *text[] = {
            l->kode_skpd, l->nama_skpd, l->nama_program, l->nama_kegiatan,
            l->kode_sub_kegiatan, l->nama_sub_kegiatan, l->kode_rekening, l->uraian,
            l->sumber_dana,
        };
        for (size_t k = 0; k < sizeof(text) / sizeof(text[0]); k++) {
            put_raw(out, text[k]);
            fputc(',', out);
        }
        char a[APBD_MONEY_BUF], m[APBD_MONEY_BUF], r[APBD_MONEY_BUF];
        fprintf(out, "%s,%s,%s", apbd_money_format_plain(m, l->anggaran_murni_sen),
                apbd_money_format_plain(a, l->anggaran_sen),
                apbd_money_format_plain(r, l->realisasi_sen));
        if (t->has_fisik && l->fisik >= 0)
            fprintf(out, ",%s", apbd_fisik_format(a, l->fisik));
        else if (t->has_fisik)
            fputc(',', out);
        /* only where the export had units: an archive keeps its shape */
        if (t->has_sub_unit) {
            fputc(',', out);
            put_raw(out, l->kode_sub_unit);
            fputc(',', out);
            put_raw(out, l->nama_sub_unit);
        }
        fputc('\n', out);
    }
    return ferror(out) ? -1 : 0;
}
