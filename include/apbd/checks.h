#ifndef APBD_CHECKS_H
#define APBD_CHECKS_H

/*
 * Warnings about imported lines that are legal but worth a look: within one
 * month (a line repeated whole, two lines with the same key, realisasi over
 * anggaran), and between a month and the one before it in the same fiscal
 * year (a cumulative realisasi that went down: a correction; an anggaran
 * that changed: a revision). Lines are matched across months by SKPD, sub
 * kegiatan, account and sumber dana, with lines of one key summed.
 */

#include "apbd/import.h"

struct apbd_report;

void apbd_check_lines(const struct apbd_table *t, struct apbd_report *rep);

void apbd_check_continuity(const struct apbd_table *cur, const struct apbd_table *prev,
                           struct apbd_report *rep);

/* Does this account's realisasi count against a ceiling (belanja, and
 * pengeluaran pembiayaan), rather than a target (pendapatan)? */
int apbd_account_is_spending(const char *kode_rekening);

#endif
