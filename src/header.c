/* header.c: header names and their synonyms in real exports. */
#include <string.h>

#include "apbd/header.h"

struct synonym {
    const char *key;
    enum apbd_col col;
};

/* Folded keys (see apbd_header_key). Seen in SIPD, SIMDA, SIPKD and
 * spreadsheets kept by hand. */
static const struct synonym synonyms[] = {
    { "kode_skpd", APBD_COL_KODE_SKPD }, { "kd_skpd", APBD_COL_KODE_SKPD },
    { "kode_opd", APBD_COL_KODE_SKPD }, { "kd_opd", APBD_COL_KODE_SKPD },
    { "kode_unit", APBD_COL_KODE_SKPD }, { "kode_organisasi", APBD_COL_KODE_SKPD },
    { "kode_unit_skpd", APBD_COL_KODE_SKPD }, { "kode_perangkat_daerah", APBD_COL_KODE_SKPD },
    { "nama_skpd", APBD_COL_NAMA_SKPD }, { "nm_skpd", APBD_COL_NAMA_SKPD },
    { "skpd", APBD_COL_NAMA_SKPD }, { "nama_opd", APBD_COL_NAMA_SKPD },
    { "opd", APBD_COL_NAMA_SKPD }, { "nama_unit", APBD_COL_NAMA_SKPD },
    { "nama_organisasi", APBD_COL_NAMA_SKPD }, { "perangkat_daerah", APBD_COL_NAMA_SKPD },
    { "nama_perangkat_daerah", APBD_COL_NAMA_SKPD },
    { "kode_program", APBD_COL_KODE_PROGRAM }, { "kd_program", APBD_COL_KODE_PROGRAM },
    { "kd_prog", APBD_COL_KODE_PROGRAM },
    { "nama_program", APBD_COL_NAMA_PROGRAM }, { "nm_program", APBD_COL_NAMA_PROGRAM },
    { "program", APBD_COL_NAMA_PROGRAM },
    { "kode_kegiatan", APBD_COL_KODE_KEGIATAN }, { "kd_kegiatan", APBD_COL_KODE_KEGIATAN },
    { "kd_keg", APBD_COL_KODE_KEGIATAN },
    { "nama_kegiatan", APBD_COL_NAMA_KEGIATAN }, { "nm_kegiatan", APBD_COL_NAMA_KEGIATAN },
    { "kegiatan", APBD_COL_NAMA_KEGIATAN },
    { "kode_sub_kegiatan", APBD_COL_KODE_SUB_KEGIATAN },
    { "kd_sub_kegiatan", APBD_COL_KODE_SUB_KEGIATAN },
    { "kode_subkegiatan", APBD_COL_KODE_SUB_KEGIATAN },
    { "kd_subkegiatan", APBD_COL_KODE_SUB_KEGIATAN },
    { "kode_sub_keg", APBD_COL_KODE_SUB_KEGIATAN }, { "kd_sub_keg", APBD_COL_KODE_SUB_KEGIATAN },
    { "kd_subkeg", APBD_COL_KODE_SUB_KEGIATAN },
    { "nama_sub_kegiatan", APBD_COL_NAMA_SUB_KEGIATAN },
    { "nm_sub_kegiatan", APBD_COL_NAMA_SUB_KEGIATAN },
    { "nama_subkegiatan", APBD_COL_NAMA_SUB_KEGIATAN },
    { "sub_kegiatan", APBD_COL_NAMA_SUB_KEGIATAN }, { "subkegiatan", APBD_COL_NAMA_SUB_KEGIATAN },
    { "nm_subkeg", APBD_COL_NAMA_SUB_KEGIATAN },
    { "kode_rekening", APBD_COL_KODE_REKENING }, { "kd_rek", APBD_COL_KODE_REKENING },
    { "kode_rek", APBD_COL_KODE_REKENING }, { "kd_rekening", APBD_COL_KODE_REKENING },
    { "no_rekening", APBD_COL_KODE_REKENING }, { "nomor_rekening", APBD_COL_KODE_REKENING },
    { "rekening", APBD_COL_KODE_REKENING }, { "kode_akun", APBD_COL_KODE_REKENING },
    { "kd_akun", APBD_COL_KODE_REKENING }, { "kode_rekening_belanja", APBD_COL_KODE_REKENING },
    { "uraian", APBD_COL_URAIAN }, { "nama_rekening", APBD_COL_URAIAN },
    { "nm_rek", APBD_COL_URAIAN }, { "nm_rekening", APBD_COL_URAIAN },
    { "uraian_rekening", APBD_COL_URAIAN }, { "nama_akun", APBD_COL_URAIAN },
    { "nama_rek", APBD_COL_URAIAN }, { "keterangan_rekening", APBD_COL_URAIAN },
    { "sumber_dana", APBD_COL_SUMBER_DANA }, { "sumberdana", APBD_COL_SUMBER_DANA },
    { "sumber_pendanaan", APBD_COL_SUMBER_DANA }, { "nama_sumber_dana", APBD_COL_SUMBER_DANA },
    { "dana", APBD_COL_SUMBER_DANA },
    { "anggaran", APBD_COL_ANGGARAN }, { "pagu", APBD_COL_ANGGARAN },
    { "pagu_anggaran", APBD_COL_ANGGARAN }, { "nilai_anggaran", APBD_COL_ANGGARAN },
    { "jumlah_anggaran", APBD_COL_ANGGARAN }, { "anggaran_rp", APBD_COL_ANGGARAN },
    { "total_anggaran", APBD_COL_ANGGARAN },
    { "anggaran_murni", APBD_COL_ANGGARAN_MURNI },
    { "anggaran_sebelum_perubahan", APBD_COL_ANGGARAN_MURNI },
    { "pagu_murni", APBD_COL_ANGGARAN_MURNI }, { "anggaran_induk", APBD_COL_ANGGARAN_MURNI },
    { "apbd_murni", APBD_COL_ANGGARAN_MURNI }, { "sebelum_perubahan", APBD_COL_ANGGARAN_MURNI },
    { "anggaran_setelah_perubahan", APBD_COL_ANGGARAN_PERUBAHAN },
    { "anggaran_sesudah_perubahan", APBD_COL_ANGGARAN_PERUBAHAN },
    { "anggaran_perubahan", APBD_COL_ANGGARAN_PERUBAHAN },
    { "pagu_perubahan", APBD_COL_ANGGARAN_PERUBAHAN },
    { "pagu_setelah_perubahan", APBD_COL_ANGGARAN_PERUBAHAN },
    { "apbd_perubahan", APBD_COL_ANGGARAN_PERUBAHAN },
    { "setelah_perubahan", APBD_COL_ANGGARAN_PERUBAHAN },
    { "realisasi", APBD_COL_REALISASI }, { "realisasi_s_d_bulan_ini", APBD_COL_REALISASI },
    { "realisasi_sd_bulan_ini", APBD_COL_REALISASI },
    { "realisasi_s_d_bln_ini", APBD_COL_REALISASI },
    { "realisasi_kumulatif", APBD_COL_REALISASI }, { "realisasi_rp", APBD_COL_REALISASI },
    { "jumlah_realisasi", APBD_COL_REALISASI }, { "total_realisasi", APBD_COL_REALISASI },
    { "nilai_realisasi", APBD_COL_REALISASI }, { "s_d_bulan_ini", APBD_COL_REALISASI },
    { "realisasi_s_d_saat_ini", APBD_COL_REALISASI },
    { "realisasi_s_d_bulan_lalu", APBD_COL_REALISASI_LALU },
    { "realisasi_sd_bulan_lalu", APBD_COL_REALISASI_LALU },
    { "realisasi_s_d_bln_lalu", APBD_COL_REALISASI_LALU },
    { "realisasi_bulan_lalu", APBD_COL_REALISASI_LALU },
    { "s_d_bulan_lalu", APBD_COL_REALISASI_LALU },
    { "realisasi_bulan_ini", APBD_COL_REALISASI_BULAN },
    { "realisasi_bln_ini", APBD_COL_REALISASI_BULAN }, { "bulan_ini", APBD_COL_REALISASI_BULAN },
    { "sisa", APBD_COL_SISA }, { "sisa_anggaran", APBD_COL_SISA },
    { "sisa_pagu", APBD_COL_SISA }, { "lebih_kurang", APBD_COL_SISA },
    { "persen", APBD_COL_PERSEN }, { "persentase", APBD_COL_PERSEN },
    { "prosentase", APBD_COL_PERSEN }, { "pct", APBD_COL_PERSEN },
    { "capaian", APBD_COL_PERSEN }, { "realisasi_persen", APBD_COL_PERSEN },
    { "persen_realisasi", APBD_COL_PERSEN },
    { "periode", APBD_COL_PERIODE }, { "bulan", APBD_COL_PERIODE },
    { "realisasi_fisik", APBD_COL_REALISASI_FISIK }, { "fisik", APBD_COL_REALISASI_FISIK },
    { "progres_fisik", APBD_COL_REALISASI_FISIK }, { "capaian_fisik", APBD_COL_REALISASI_FISIK },
    { "persen_fisik", APBD_COL_REALISASI_FISIK }, { "realisasi_fisik_persen", APBD_COL_REALISASI_FISIK },
    { "fisik_persen", APBD_COL_REALISASI_FISIK }, { "kemajuan_fisik", APBD_COL_REALISASI_FISIK },
    { "nama_paket_kelompok", APBD_COL_PAKET }, { "nama_paket", APBD_COL_PAKET },
    { "paket", APBD_COL_PAKET }, { "nama_kelompok", APBD_COL_PAKET },
    { "kode_sub_unit", APBD_COL_KODE_SUB_UNIT }, { "kd_sub_unit", APBD_COL_KODE_SUB_UNIT },
    { "kode_subunit", APBD_COL_KODE_SUB_UNIT }, { "kode_unit", APBD_COL_KODE_SUB_UNIT },
    { "nama_sub_unit", APBD_COL_NAMA_SUB_UNIT }, { "nm_sub_unit", APBD_COL_NAMA_SUB_UNIT },
    { "nama_subunit", APBD_COL_NAMA_SUB_UNIT }, { "nama_unit", APBD_COL_NAMA_SUB_UNIT },
    { "sub_unit", APBD_COL_NAMA_SUB_UNIT },
    { "nama_standar_harga", APBD_COL_STANDAR_HARGA }, { "standar_harga", APBD_COL_STANDAR_HARGA },
    { "uraian_standar_harga", APBD_COL_STANDAR_HARGA },
    { "nama_komponen", APBD_COL_STANDAR_HARGA }, { "komponen", APBD_COL_STANDAR_HARGA },
};

static const char *const canonical[APBD_COL_COUNT] = {
    "kode_skpd", "nama_skpd", "kode_program", "nama_program", "kode_kegiatan",
    "nama_kegiatan", "kode_sub_kegiatan", "nama_sub_kegiatan", "kode_rekening", "uraian",
    "sumber_dana", "anggaran", "anggaran_murni", "anggaran (setelah perubahan)",
    "realisasi", "realisasi s.d. bulan lalu", "realisasi bulan ini", "sisa", "persen",
    "periode", "realisasi_fisik", "paket", "kode_sub_unit", "nama_sub_unit",
    "standar_harga",
};

static const char *const hints[APBD_COL_COUNT] = {
    [APBD_COL_KODE_REKENING] = "kode_rekening, Kode Rekening, KODE_REKENING, kd_rek, No. Rekening",
    [APBD_COL_ANGGARAN] = "anggaran, Anggaran, Pagu, Anggaran Setelah Perubahan",
    [APBD_COL_REALISASI] = "realisasi, Realisasi, Realisasi s.d. Bulan Ini, Realisasi Kumulatif",
};

const char *apbd_col_name(enum apbd_col c)
{
    return c >= 0 && c < APBD_COL_COUNT ? canonical[c] : "?";
}

const char *apbd_col_synonyms(enum apbd_col c)
{
    return c >= 0 && c < APBD_COL_COUNT && hints[c] ? hints[c] : apbd_col_name(c);
}

char *apbd_header_key(const char *s, size_t len, char *key, size_t size)
{
    size_t o = 0;
    int pending_sep = 0;
    for (size_t i = 0; i < len && o + 2 < size; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (pending_sep && o)
                key[o++] = '_';
            pending_sep = 0;
            key[o++] = (char)c;
        } else if (c == '%' && o == 0) {
            key[o++] = '%';
        } else {
            pending_sep = 1;
        }
    }
    key[o] = '\0';
    return key;
}

enum apbd_col apbd_header_match(const char *s, size_t len)
{
    char key[96];
    apbd_header_key(s, len, key, sizeof(key));
    if (strcmp(key, "%") == 0)
        return APBD_COL_PERSEN;
    for (size_t i = 0; i < sizeof(synonyms) / sizeof(synonyms[0]); i++)
        if (strcmp(key, synonyms[i].key) == 0)
            return synonyms[i].col;
    return APBD_COL_NONE;
}
