/*
 * cmd_lines.c: apbd lines FILE
 *
 * Prints the lines an export decodes to, as canonical CSV (UTF-8, comma,
 * LF, amounts in plain rupiah): what every later stage will see. Useful to
 * see what apbd made of a messy export, and to compare two exports.
 */
#include <csv.h>
#include <stdio.h>
#include <string.h>

#include "apbd/cmd.h"
#include "apbd/coa.h"
#include "apbd/import.h"
#include "apbd/report.h"
#include "apbd/status.h"

static void put_text(FILE *out, const char *s)
{
    if (strpbrk(s, ",\"\r\n"))
        csv_fwrite(out, s, strlen(s));
    else
        fputs(s, out);
}

int apbd_cmd_lines(int argc, char **argv)
{
    if (argc != 2 || argv[1][0] == '-') {
        fputs("usage: apbd lines FILE\n", argc == 2 && strcmp(argv[1], "--help") == 0
                                              ? stdout : stderr);
        return argc == 2 && strcmp(argv[1], "--help") == 0 ? APBD_OK : APBD_EUSAGE;
    }
    enum apbd_lang lang;
    apbd_lang_pick(NULL, &lang);
    struct apbd_report rep;
    apbd_report_init(&rep, stderr, lang);
    rep.min_shown = APBD_WARNING;

    struct apbd_coa coa;
    int status = apbd_coa_load(&coa, "permendagri-90-2019.csv", "Permendagri 90/2019", &rep);
    struct apbd_table t;
    apbd_table_init(&t);
    if (status == APBD_OK) {
        struct apbd_import_opts opts = { .coa = &coa };
        apbd_report_begin_file(&rep, argv[1]);
        status = apbd_import_file(&t, argv[1], &opts, &rep);
        apbd_report_end_file(&rep);
    }
    if (status == APBD_OK) {
        fputs("kode_skpd,nama_skpd,nama_program,nama_kegiatan,kode_sub_kegiatan,"
              "nama_sub_kegiatan,kode_rekening,uraian,sumber_dana,anggaran_murni,"
              "anggaran,realisasi\n", stdout);
        for (size_t i = 0; i < t.count; i++) {
            const struct apbd_line *l = &t.lines[i];
            const char *text[] = {
                l->kode_skpd, l->nama_skpd, l->nama_program, l->nama_kegiatan,
                l->kode_sub_kegiatan, l->nama_sub_kegiatan, l->kode_rekening, l->uraian,
                l->sumber_dana,
            };
            for (size_t k = 0; k < sizeof(text) / sizeof(text[0]); k++) {
                put_text(stdout, text[k]);
                fputc(',', stdout);
            }
            char a[APBD_MONEY_BUF], m[APBD_MONEY_BUF], r[APBD_MONEY_BUF];
            printf("%s,%s,%s\n", apbd_money_format_plain(m, l->anggaran_murni_sen),
                   apbd_money_format_plain(a, l->anggaran_sen),
                   apbd_money_format_plain(r, l->realisasi_sen));
        }
    }
    apbd_table_release(&t);
    apbd_coa_release(&coa);
    return status;
}
