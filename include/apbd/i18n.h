#ifndef APBD_I18N_H
#define APBD_I18N_H

/*
 * UI strings and formats per language. Strings are data
 * (site-gen/strings.csv: key,id,en), so a region can reword the site
 * without touching C; numbers and dates follow each language's custom:
 * Indonesian "Rp1,23 T", "1.234.567", "45,6%", "31 Juli 2024"; English
 * "Rp1.23 tn", "1,234,567", "45.6%", "31 July 2024". Every ratio is
 * computed from integers and rounded once, half away from zero.
 */

#include <stdint.h>

#include "apbd/datafile.h"
#include "apbd/report.h"

struct apbd_i18n {
    enum apbd_lang lang;
    const char ***rows;         /* sorted by key: rows[i][0] key, [1] id, [2] en */
    size_t count;
    struct apbd_datafile file;
    char dir[512];              /* the site-gen directory in use */
};

/*
 * The site-gen directory: <budgets>/site-gen when the budgets have their
 * own (a region's theme, or an archived one), else $APBD_SITE_GEN, else
 * next to the binary, else PREFIX/share/apbd/site-gen.
 */
int apbd_sitegen_dir(const char *budgets, char *out, size_t size);

int apbd_i18n_load(struct apbd_i18n *t, const char *sitegen, struct apbd_report *rep);
void apbd_i18n_release(struct apbd_i18n *t);

/* The string for key in t->lang; the key itself when missing. */
const char *apbd_t(const struct apbd_i18n *t, const char *key);

#define APBD_FMT_BUF 64

char *apbd_fmt_rupiah(char buf[APBD_FMT_BUF], int64_t sen, enum apbd_lang lang);
char *apbd_fmt_rupiah_short(char buf[APBD_FMT_BUF], int64_t sen, enum apbd_lang lang);
char *apbd_fmt_int(char buf[APBD_FMT_BUF], long long n, enum apbd_lang lang);
/* "45,6%"; NULL (and "") when den is 0. */
char *apbd_fmt_pct(char buf[APBD_FMT_BUF], int64_t num, int64_t den, enum apbd_lang lang);
/* "31 Juli 2024" from "2024-07-31"; "Juli 2024" from "2024-07". */
char *apbd_fmt_date(char buf[APBD_FMT_BUF], const char *iso, enum apbd_lang lang);
const char *apbd_month_name(int month, enum apbd_lang lang);

/* Days from date a to date b ("YYYY-MM-DD"). */
long apbd_days_between(const char *a, const char *b);

#endif
