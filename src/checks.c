/* checks.c: warnings within a month and between consecutive months. */
#include <stdlib.h>
#include <string.h>

#include "apbd/checks.h"
#include "apbd/compute.h"
#include "apbd/report.h"

int apbd_account_is_spending(const char *k)
{
    return k[0] == '5' || (k[0] == '6' && k[1] == '.' && k[2] == '2');
}


/* Strings of one table are pooled, so equal text is the same pointer. */
static int same_whole(const struct apbd_line *a, const struct apbd_line *b)
{
    return a->nama_skpd == b->nama_skpd && a->nama_program == b->nama_program
           && a->nama_kegiatan == b->nama_kegiatan && a->nama_sub_kegiatan == b->nama_sub_kegiatan
           && a->uraian == b->uraian && a->anggaran_sen == b->anggaran_sen
           && a->anggaran_murni_sen == b->anggaran_murni_sen
           && a->realisasi_sen == b->realisasi_sen;
}

void apbd_check_lines(const struct apbd_table *t, struct apbd_report *rep)
{
    /* A line repeated exactly is a warning; lines that share a key but
     * differ (one per paket or komponen) are normal, and counted once. */
    size_t *order = apbd_table_order(t, APBD_KEY_FULL);
    unsigned shared = 0, first_shared = 0;
    for (size_t p = 0; p < t->count;) {
        const struct apbd_line *first = &t->lines[order[p]];
        size_t q = p + 1;
        for (; q < t->count && !apbd_line_key_cmp(first, &t->lines[order[q]], APBD_KEY_FULL); q++) {
            const struct apbd_line *l = &t->lines[order[q]];
            if (!same_whole(first, l)) {
                if (!shared++ || l->lineno < first_shared)
                    first_shared = l->lineno;
                continue;
            }
            char line[24];
            snprintf(line, sizeof(line), "%u", first->lineno);
            struct apbd_loc loc = { t->path, l->lineno, 0, NULL, 0, NULL };
            apbd_report(rep, APBD_WARNING, APBD_MSG_REPEATED_LINE, &loc, line, NULL);
        }
        p = q;
    }
    free(order);
    if (shared) {
        char n[24];
        snprintf(n, sizeof(n), "%u", shared);
        struct apbd_loc loc = { t->path, first_shared, 0, NULL, 0, NULL };
        apbd_report(rep, APBD_NOTE, APBD_MSG_SAME_KEY, &loc, n, NULL);
    }

    for (size_t i = 0; i < t->count; i++) {
        const struct apbd_line *l = &t->lines[i];
        if (l->realisasi_sen <= l->anggaran_sen || !apbd_account_is_spending(l->kode_rekening))
            continue;
        char r[APBD_MONEY_BUF], a[APBD_MONEY_BUF], pct[APBD_MONEY_BUF + 1];
        enum apbd_numstyle style = rep->lang == APBD_LANG_EN ? APBD_NUM_EN : APBD_NUM_ID;
        apbd_money_format_grouped(r, l->realisasi_sen, style);
        apbd_money_format_grouped(a, l->anggaran_sen, style);
        if (apbd_percent_format(pct, l->realisasi_sen, l->anggaran_sen, style))
            strcat(pct, "%");
        else
            strcpy(pct, "-");
        struct apbd_loc loc = { t->path, l->lineno, l->col_realisasi, NULL, 0, NULL };
        apbd_report(rep, APBD_WARNING, APBD_MSG_OVER_BUDGET, &loc, r, a, pct, NULL);
    }
}

void apbd_check_continuity(const struct apbd_table *cur, const struct apbd_table *prev,
                           struct apbd_report *rep)
{
    struct apbd_changes changes;
    enum apbd_numstyle style = rep->lang == APBD_LANG_EN ? APBD_NUM_EN : APBD_NUM_ID;
    apbd_compute_changes(cur, prev, &changes);
    for (size_t i = 0; i < changes.count; i++) {
        const struct apbd_change *c = &changes.items[i];
        char was[APBD_MONEY_BUF], now[APBD_MONEY_BUF];
        struct apbd_loc loc = { cur->path, c->line->lineno, 0, NULL, 0, NULL };
        if (c->kind == APBD_CHANGE_CORRECTION) {
            loc.col = c->line->col_realisasi;
            apbd_money_format_grouped(was, c->realisasi_before, style);
            apbd_money_format_grouped(now, c->realisasi_after, style);
            apbd_report(rep, APBD_WARNING, APBD_MSG_CORRECTION, &loc, was, prev->period, now, NULL);
        } else if (c->kind == APBD_CHANGE_REVISION) {
            loc.col = c->line->col_anggaran;
            apbd_money_format_grouped(was, c->anggaran_before, style);
            apbd_money_format_grouped(now, c->anggaran_after, style);
            apbd_report(rep, APBD_WARNING, APBD_MSG_REVISION, &loc, was, prev->period, now, NULL);
        }
    }
    apbd_changes_release(&changes);
}
