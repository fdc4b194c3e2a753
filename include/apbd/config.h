#ifndef APBD_CONFIG_H
#define APBD_CONFIG_H

/*
 * budgets/pemda.ini: who publishes, and how. Read with inih; problems are
 * reported like any input's, with FILE:LINE. Every string is owned by the
 * config and freed by apbd_pemda_release().
 *
 *   [pemda]      nama, nama_singkat, kode, jenis, provinsi, zona_waktu
 *                (WIB, WITA, WIT), penduduk, logo, warna_utama, warna_aksen,
 *                url, lisensi, kontak, kanal_pertanyaan
 *   [publikasi]  branch, penulis, format_angka
 *   [privasi]    sembunyikan_uraian: account-code prefixes whose uraian may
 *                name people; replaced by the account's own name everywhere;
 *                sembunyikan_uraian_13_2006: the same in 13/2006 codes, for
 *                the years that follow that chart
 *   [bagan_akun] YEAR = 13/2006 | 90/2019: the chart a year's codes follow,
 *                where it is not the one of its time (apbd_chart_of_year)
 */

#include <stddef.h>

#include "apbd/codes.h"

struct apbd_report;

#define APBD_PRIVACY_MAX 32
#define APBD_CHART_YEARS_MAX 64

struct apbd_pemda {
    char *nama, *nama_singkat, *kode, *jenis, *provinsi;
    char *zona_waktu;           /* "WIB" */
    int utc_offset_minutes;     /* 420 for WIB */
    long long penduduk;         /* 0 when not given */
    char *logo, *warna_utama, *warna_aksen, *url, *lisensi, *kontak, *kanal_pertanyaan;
    char *branch, *penulis, *format_angka;
    char *privasi[APBD_CHART_COUNT][APBD_PRIVACY_MAX];     /* per chart */
    size_t nprivasi[APBD_CHART_COUNT];
    int privasi_13_default;     /* 13/2006 rules not given: hibah and bansos hidden */
    struct { int year; enum apbd_chart chart; } bagan[APBD_CHART_YEARS_MAX];
    size_t nbagan;
};

/* Defaults for everything, then path's values. APBD_OK, APBD_EDATA after
 * reporting, APBD_EIO when it cannot be read. */
int apbd_pemda_load(struct apbd_pemda *p, const char *path, struct apbd_report *rep);
void apbd_pemda_release(struct apbd_pemda *p);

/* The chart year's codes follow; *set (may be NULL) says whether pemda.ini
 * chose it. */
enum apbd_chart apbd_pemda_chart(const struct apbd_pemda *p, int year, int *set);

/* Is this account's uraian, in a year of chart c, hidden by the privacy rules? */
int apbd_pemda_hides(const struct apbd_pemda *p, enum apbd_chart c, const char *kode_rekening);

#endif
