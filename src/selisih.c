/* selisih.c: the differences between an export's own totals and its lines that the finance office accepts. */
#include <csv.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "apbd/header.h"
#include "apbd/i18n.h"
#include "apbd/import.h"
#include "apbd/report.h"
#include "apbd/selisih.h"
#include "apbd/sheet.h"
#include "apbd/status.h"

enum { C_BERKAS, C_BARIS, C_TERTULIS, C_JUMLAH, C_ALASAN, C_COUNT };

static const char *const names[C_COUNT][2] = {
    { "berkas", "file" }, { "baris", "line" }, { "tertulis", "written" },
    { "jumlah_baris", "summed" }, { "alasan", "reason" },
};

struct reading {
    struct apbd_selisih *s;
    int col[C_COUNT];
    size_t cap;
};

void apbd_selisih_init(struct apbd_selisih *s)
{
    memset(s, 0, sizeof(*s));
    apbd_arena_init(&s->arena);
}

static int header(struct apbd_sheet *sh, void *ctx)
{
    struct reading *rd = ctx;
    int known = 0;
    for (int c = 0; c < C_COUNT; c++)
        rd->col[c] = -1;
    for (size_t i = 0; i < sh->nf; i++) {
        char key[64];
        apbd_header_key(sh->f[i].s, sh->f[i].len, key, sizeof(key));
        for (int c = 0; c < C_COUNT; c++)
            if (rd->col[c] < 0 && (!strcmp(key, names[c][0]) || !strcmp(key, names[c][1]))) {
                rd->col[c] = (int)i;
                known++;
            }
    }
    return known;
}

static const char *text(struct apbd_selisih *s, struct apbd_sheet_field f)
{
    return apbd_arena_strndup(&s->arena, f.s, f.len);
}

static void record(struct apbd_sheet *sh, void *ctx)
{
    struct reading *rd = ctx;
    struct apbd_selisih *s = rd->s;
    struct apbd_selisih_entry e = { .line = sh->line };
    struct apbd_sheet_field berkas = apbd_sheet_get(sh, rd->col[C_BERKAS]);
    struct apbd_sheet_field baris = apbd_sheet_get(sh, rd->col[C_BARIS]);
    struct apbd_sheet_field alasan = apbd_sheet_get(sh, rd->col[C_ALASAN]);
    char n[16];
    snprintf(n, sizeof(n), "%.*s", (int)(baris.len < 15 ? baris.len : 15), baris.s);
    char *end;
    long line = strtol(n, &end, 10);
    if (!berkas.len || !baris.len || *end || line < 1 || line > 100000000) {
        apbd_sheet_report(sh, APBD_ERROR, APBD_MSG_SELISIH_BAD_ROW, !berkas.len ? rd->col[C_BERKAS]
                          : rd->col[C_BARIS], n, NULL, NULL);
        return;
    }
    if (!alasan.len) {
        /* an acceptance says why: it is published beside the figures */
        apbd_sheet_report(sh, APBD_ERROR, APBD_MSG_SELISIH_NO_REASON, rd->col[C_ALASAN], NULL, NULL,
                          NULL);
        return;
    }
    if (apbd_sheet_amount(sh, rd->col[C_TERTULIS], "tertulis", &e.tertulis_sen) != 0
        || apbd_sheet_amount(sh, rd->col[C_JUMLAH], "jumlah_baris", &e.jumlah_sen) != 0)
        return;
    e.berkas = text(s, berkas);
    e.baris = (unsigned)line;
    e.alasan = text(s, alasan);
    if (s->count == rd->cap) {
        rd->cap = rd->cap ? rd->cap * 2 : 8;
        s->items = apbd_xrealloc(s->items, rd->cap * sizeof(*s->items));
    }
    s->items[s->count++] = e;
}

int apbd_selisih_load(struct apbd_selisih *s, const char *dir, struct apbd_report *rep)
{
    snprintf(s->path, sizeof(s->path), "%s/" APBD_SELISIH_FILE, dir);
    if (access(s->path, F_OK) != 0) {
        s->path[0] = '\0';
        return APBD_OK;
    }
    struct reading rd = { .s = s };
    struct apbd_sheet_reader r = { header, record, 4, &rd, APBD_MSG_SELISIH_NO_HEADER };
    apbd_report_begin_file(rep, s->path);
    int status = apbd_sheet_read(s->path, &r, rep);
    apbd_report_end_file(rep);
    return status;
}

const char *apbd_selisih_base(const char *file)
{
    const char *slash = strrchr(file, '/');
    return slash ? slash + 1 : file;
}

struct apbd_selisih_entry *apbd_selisih_accepts(struct apbd_selisih *s, const char *file,
                                                unsigned line, int64_t written, int64_t summed)
{
    const char *base = apbd_selisih_base(file);
    for (size_t i = 0; s && i < s->count; i++) {
        struct apbd_selisih_entry *e = &s->items[i];
        if (e->baris == line && e->tertulis_sen == written && e->jumlah_sen == summed
            && !strcmp(apbd_selisih_base(e->berkas), base)) {
            e->used = 1;
            return e;
        }
    }
    return NULL;
}

int apbd_selisih_check_unused(const struct apbd_selisih *s, const char *file,
                              struct apbd_report *rep)
{
    const char *base = apbd_selisih_base(file);
    int status = APBD_OK;
    for (size_t i = 0; s && i < s->count; i++) {
        const struct apbd_selisih_entry *e = &s->items[i];
        if (e->used || strcmp(apbd_selisih_base(e->berkas), base) != 0)
            continue;
        char line[16], x[APBD_FMT_BUF], y[APBD_FMT_BUF];
        snprintf(line, sizeof(line), "%u", e->baris);
        apbd_fmt_rupiah(x, e->tertulis_sen, rep->lang);
        apbd_fmt_rupiah(y, e->jumlah_sen, rep->lang);
        struct apbd_loc loc = { s->path, e->line, 1, NULL, 0, NULL };
        apbd_report(rep, APBD_ERROR, APBD_MSG_SELISIH_UNUSED, &loc, e->berkas, line, x, y, NULL);
        status = APBD_EDATA;
    }
    return status;
}

void apbd_selisih_release(struct apbd_selisih *s)
{
    free(s->items);
    apbd_arena_release(&s->arena);
    memset(s, 0, sizeof(*s));
}

/* ------------------------------------------------ as applied, archived */

static const char *const applied_cols[] = {
    "berkas", "baris", "kode", "uraian", "kolom", "tertulis", "jumlah_baris", "alasan",
};
#define APPLIED_COLS (sizeof(applied_cols) / sizeof(applied_cols[0]))

void apbd_selisih_applied_path(const char *export_path, char *out, size_t size)
{
    size_t n = strlen(export_path);
    if (n > 4 && !strcmp(export_path + n - 4, ".csv"))
        n -= 4;
    snprintf(out, size, "%.*s.selisih.csv", (int)n, export_path);
}

static void put_text(FILE *f, const char *s)
{
    if (strpbrk(s, ",\"\r\n"))
        csv_fwrite(f, s, strlen(s));
    else
        fputs(s, f);
}

int apbd_selisih_write_applied(const struct apbd_table *t, FILE *f)
{
    for (size_t k = 0; k < APPLIED_COLS; k++)
        fprintf(f, "%s%s", k ? "," : "", applied_cols[k]);
    fputc('\n', f);
    for (size_t i = 0; i < t->naccepted; i++) {
        const struct apbd_accepted *a = &t->accepted[i];
        char x[APBD_MONEY_BUF], y[APBD_MONEY_BUF];
        put_text(f, a->file);
        fprintf(f, ",%u,", a->line);
        put_text(f, a->kode);
        fputc(',', f);
        put_text(f, a->uraian);
        fputc(',', f);
        put_text(f, a->kolom);
        fprintf(f, ",%s,%s,", apbd_money_format_plain(x, a->tertulis_sen),
                apbd_money_format_plain(y, a->jumlah_sen));
        put_text(f, a->alasan);
        fputc('\n', f);
    }
    return ferror(f) ? APBD_EIO : APBD_OK;
}

struct applied {
    struct apbd_table *t;
    int col[APPLIED_COLS];
};

static int applied_header(struct apbd_sheet *sh, void *ctx)
{
    struct applied *ap = ctx;
    int known = 0;
    for (size_t k = 0; k < APPLIED_COLS; k++)
        ap->col[k] = -1;
    for (size_t i = 0; i < sh->nf; i++) {
        char key[64];
        apbd_header_key(sh->f[i].s, sh->f[i].len, key, sizeof(key));
        for (size_t k = 0; k < APPLIED_COLS; k++)
            if (ap->col[k] < 0 && !strcmp(key, applied_cols[k])) {
                ap->col[k] = (int)i;
                known++;
            }
    }
    return known;
}

static void applied_record(struct apbd_sheet *sh, void *ctx)
{
    struct applied *ap = ctx;
    char v[APPLIED_COLS][1024];
    for (size_t k = 0; k < APPLIED_COLS; k++) {
        struct apbd_sheet_field f = apbd_sheet_get(sh, ap->col[k]);
        snprintf(v[k], sizeof(v[k]), "%.*s", (int)(f.len < 1023 ? f.len : 1023), f.s);
    }
    struct apbd_accepted a = {
        .file = v[0], .line = (unsigned)strtoul(v[1], NULL, 10), .kode = v[2], .uraian = v[3],
        .kolom = v[4], .alasan = v[7],
    };
    if (apbd_sheet_amount(sh, ap->col[5], "tertulis", &a.tertulis_sen) != 0
        || apbd_sheet_amount(sh, ap->col[6], "jumlah_baris", &a.jumlah_sen) != 0)
        return;
    apbd_table_add_accepted(ap->t, &a);
}

int apbd_selisih_load_applied(struct apbd_table *t, const char *export_path,
                              struct apbd_report *rep)
{
    char path[4096];
    apbd_selisih_applied_path(export_path, path, sizeof(path));
    if (access(path, F_OK) != 0)
        return APBD_OK;
    struct applied ap = { .t = t };
    struct apbd_sheet_reader r = { applied_header, applied_record, (int)APPLIED_COLS, &ap,
                                   APBD_MSG_SELISIH_NO_HEADER };
    return apbd_sheet_read(path, &r, rep);
}
