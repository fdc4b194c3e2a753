#ifndef APBD_HEADER_H
#define APBD_HEADER_H

/*
 * Recognising an export's header row. Header names are compared after
 * folding case and turning every run of other characters into one '_'
 * ("Realisasi s.d. Bulan Ini" -> "realisasi_s_d_bulan_ini"), against the
 * canonical names and the synonyms real finance systems use.
 */

#include <stddef.h>

enum apbd_col {
    APBD_COL_NONE = -1,
    APBD_COL_KODE_SKPD = 0,
    APBD_COL_NAMA_SKPD,
    APBD_COL_KODE_PROGRAM,
    APBD_COL_NAMA_PROGRAM,
    APBD_COL_KODE_KEGIATAN,
    APBD_COL_NAMA_KEGIATAN,
    APBD_COL_KODE_SUB_KEGIATAN,
    APBD_COL_NAMA_SUB_KEGIATAN,
    APBD_COL_KODE_REKENING,
    APBD_COL_URAIAN,
    APBD_COL_SUMBER_DANA,
    APBD_COL_ANGGARAN,              /* "Anggaran": revised unless a revised column exists */
    APBD_COL_ANGGARAN_MURNI,        /* the original budget, before APBD-Perubahan */
    APBD_COL_ANGGARAN_PERUBAHAN,    /* "Anggaran Setelah Perubahan" */
    APBD_COL_REALISASI,             /* cumulative to the end of the month */
    APBD_COL_REALISASI_LALU,        /* cumulative to the end of last month */
    APBD_COL_REALISASI_BULAN,       /* within the month */
    APBD_COL_SISA,
    APBD_COL_PERSEN,
    APBD_COL_PERIODE,
    APBD_COL_REALISASI_FISIK,       /* physical progress, percent, per sub kegiatan */
    APBD_COL_PAKET,                 /* SIPD's NAMA PAKET/KELOMPOK: what a line buys */
    APBD_COL_KODE_SUB_UNIT,         /* SIPD's unit under the SKPD (a puskesmas, a school) */
    APBD_COL_NAMA_SUB_UNIT,
    APBD_COL_STANDAR_HARGA,         /* SIPD's NAMA STANDAR HARGA: the priced item */
    APBD_COL_COUNT
};

/* The canonical name of a column ("kode_rekening"). */
const char *apbd_col_name(enum apbd_col c);

/* Usual header texts for a column, for hints: "kode_rekening, Kode Rekening, ...". */
const char *apbd_col_synonyms(enum apbd_col c);

/* Fold a header cell into key (size >= 64); returns the key. */
char *apbd_header_key(const char *s, size_t len, char *key, size_t size);

/* The column a header cell names, or APBD_COL_NONE. */
enum apbd_col apbd_header_match(const char *s, size_t len);

#endif
