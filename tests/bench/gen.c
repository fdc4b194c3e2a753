/*
 * gen.c: deterministic synthetic APBD realisation exports for the benchmark.
 *
 *   gen OUTDIR --lines N [--months 12] [--year 2024]
 *
 * writes OUTDIR/pemda.ini and OUTDIR/<year>/<year>-MM.csv for MM = 01..months:
 * the same N lines in the same order every month, only the cumulative
 * realisasi growing. One splitmix64 stream with a fixed seed drives it all,
 * so the output depends on N alone and is byte-identical on every run.
 * Money is int64 rupiah or sen; nothing here uses floating point.
 */
#define _POSIX_C_SOURCE 200809L /* mkdir */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define OUTBUF (8u << 20)

static const char PEMDA_INI[] =
    "[pemda]\n"
    "nama = Pemerintah Provinsi Tolok Ukur\n"
    "nama_singkat = Prov. Tolok Ukur\n"
    "kode = 99\n"
    "zona_waktu = WIB\n"
    "penduduk = 5000000\n"
    "url = https://data.tolokukur.go.id/apbd/\n"
    "lisensi = CC-BY-4.0\n"
    "kontak = bpkad@tolokukur.go.id\n"
    "\n"
    "[publikasi]\n"
    "branch = gh-pages\n"
    "penulis = BPKAD Tolok Ukur <bpkad@tolokukur.go.id>\n";

static const char HEADER[] = "kode_skpd,nama_skpd,kode_sub_kegiatan,nama_sub_kegiatan,"
                             "kode_rekening,uraian,sumber_dana,anggaran,realisasi\n";

static _Noreturn void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("gen: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

/* ------------------------------------------------------------------ PRNG */

static uint64_t rng_state = 0x41504244; /* fixed seed */

static uint64_t mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static uint64_t next64(void) { return mix64(rng_state += 0x9e3779b97f4a7c15ULL); }
static uint32_t rnd(uint32_t n) { return (uint32_t)(next64() % n); }
static int chance(uint32_t per_mille) { return rnd(1000) < per_mille; }

/* Stateless, so a name is a function of its code: equal codes, equal names. */
static uint64_t hkey(uint64_t a, uint64_t b) { return mix64(a * 0x9e3779b97f4a7c15ULL + b + 1); }

/* --------------------------------------------------------------- strings */

struct str {
    const char *p;
    uint32_t n;
};

/* RFC 4180: quote only a field with a comma, quote or newline; double quotes. */
static size_t csv_quote(char *dst, const char *s)
{
    size_t n = 0;
    if (!strpbrk(s, ",\"\n")) {
        memcpy(dst, s, n = strlen(s));
        return n;
    }
    dst[n++] = '"';
    for (; *s; s++) {
        if (*s == '"')
            dst[n++] = '"';
        dst[n++] = *s;
    }
    dst[n++] = '"';
    return n;
}

static struct str quoted(const char *s)
{
    char *d = xmalloc(2 * strlen(s) + 3);
    return (struct str){ d, (uint32_t)csv_quote(d, s) };
}

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xc0) != 0x80;
    return n;
}

/* ------------------------------------------------------- chart of accounts */

enum { CAT_PEND, CAT_BEL, CAT_PEMB };
#define NJENIS 16
#define NRIN 6

/* Ascending by code, so emitting jenis in table order keeps lines sorted.
 * Each entry is "rincian objek|sub rincian|..."; an uraian is "rincian-sub". */
static const struct jenis {
    const char *code;
    int cat;
    const char *names[NRIN];
} JENIS[NJENIS] = {
    { "4.1.01", CAT_PEND, { "Pajak Kendaraan Bermotor (PKB)|PKB Mobil Penumpang–Sedan|PKB Sepeda Motor|PKB Truk",
                            "Bea Balik Nama Kendaraan Bermotor (BBNKB)|BBNKB Mobil Penumpang|BBNKB Sepeda Motor",
                            "Pajak Bahan Bakar Kendaraan Bermotor (PBBKB)|PBBKB Bensin|PBBKB Solar",
                            "Pajak Air Permukaan|Pajak Air Permukaan Sungai|Pajak Air Permukaan Danau" } },
    { "4.1.02", CAT_PEND, { "Retribusi Jasa Umum|Retribusi Pelayanan Kesehatan di Puskesmas|Retribusi Pelayanan Persampahan/Kebersihan",
                            "Retribusi Jasa Usaha|Retribusi Pemakaian Kekayaan Daerah, Penyewaan Tanah dan Bangunan|Retribusi Terminal|Retribusi Tempat Rekreasi dan Olahraga",
                            "Retribusi Perizinan Tertentu|Retribusi Persetujuan Bangunan Gedung|Retribusi Izin Trayek" } },
    { "4.1.04", CAT_PEND, { "Hasil Penjualan BMD yang Tidak Dipisahkan|Penjualan Kendaraan Bermotor|Penjualan Peralatan dan Mesin",
                            "Penerimaan Jasa Giro|Jasa Giro Kas Daerah|Jasa Giro Dana BLUD",
                            "Pendapatan BLUD|Pendapatan dari Jasa Layanan Rumah Sakit|Pendapatan dari Hasil Kerja Sama BLUD",
                            "Pendapatan Denda Pajak Daerah|Denda Pajak Kendaraan Bermotor|Denda Bea Balik Nama Kendaraan Bermotor" } },
    { "4.2.01", CAT_PEND, { "Dana Bagi Hasil|DBH Pajak Penghasilan Pasal 21|DBH Pajak Bumi dan Bangunan|DBH Sumber Daya Alam Minyak Bumi",
                            "Dana Alokasi Umum|DAU yang Tidak Ditentukan Penggunaannya|DAU yang Ditentukan Penggunaannya",
                            "Dana Alokasi Khusus Fisik|DAK Fisik Reguler–Bidang Pendidikan|DAK Fisik Penugasan–Bidang Jalan",
                            "Dana Alokasi Khusus Non Fisik|Dana BOS|Tunjangan Profesi Guru ASND|Bantuan Operasional Kesehatan" } },
    { "4.3.03", CAT_PEND, { "Pendapatan Lainnya sesuai Ketentuan|Pengembalian Kelebihan Pembayaran|Pengembalian Kerugian Daerah" } },
    { "5.1.01", CAT_BEL, { "Belanja Gaji dan Tunjangan ASN|Belanja Gaji Pokok ASN|Belanja Tunjangan Keluarga ASN|Belanja Tunjangan Jabatan ASN|Belanja Tunjangan Beras ASN|Belanja Iuran Jaminan Kesehatan ASN",
                           "Belanja Tambahan Penghasilan ASN|Tambahan Penghasilan berdasarkan Beban Kerja ASN|Tambahan Penghasilan berdasarkan Prestasi Kerja ASN",
                           "Belanja Honorarium|Honorarium Penanggungjawab Pengelola Keuangan|Honorarium Pengadaan Barang/Jasa|Honorarium Narasumber, Moderator dan Panitia" } },
    { "5.1.02", CAT_BEL, { "Belanja Alat/Bahan untuk Kegiatan Kantor|Alat Tulis Kantor|Kertas dan Cover|Bahan Cetak|Benda Pos|Bahan Komputer",
                           "Belanja Bahan|Bahan Bakar dan Pelumas|Bahan Kimia|Bahan Makanan Pokok|Obat-obatan|Bahan Makanan Pokok — Beras Cadangan Pangan",
                           "Belanja Jasa Kantor|Tagihan Telepon|Tagihan Air|Tagihan Listrik|Jasa Tenaga Kebersihan|Jasa Tenaga Keamanan",
                           "Belanja Jasa Tenaga Kebersihan",
                           "Belanja Perjalanan Dinas|Belanja Perjalanan Dinas Biasa|Belanja Perjalanan Dinas Dalam Kota|Belanja Perjalanan Dinas Paket Meeting Dalam Kota|Paket Meeting Luar Kota “Full Board”",
                           "Belanja Jasa Iklan/Reklame, Film, dan Pemotretan|Publikasi \"Tolok Ukur Membangun\"|Jasa Iklan Media Daring" } },
    { "5.1.05", CAT_BEL, { "Belanja Hibah Uang|Hibah Uang kepada Badan dan Lembaga Nirlaba, Sukarela dan Sosial|Hibah Uang kepada Masyarakat",
                           "Belanja Hibah Barang|Hibah Barang kepada Pemerintah Pusat|Hibah Barang kepada Masyarakat" } },
    { "5.1.06", CAT_BEL, { "Belanja Bantuan Sosial Uang|Bantuan Sosial Uang kepada Individu|Bantuan Sosial Uang kepada Keluarga",
                           "Belanja Bantuan Sosial Barang|Bantuan Sosial Barang kepada Individu|Bantuan Sosial Barang kepada Kelompok Masyarakat" } },
    { "5.2.02", CAT_BEL, { "Belanja Modal Alat Angkutan|Belanja Modal Kendaraan Dinas Bermotor Perorangan|Belanja Modal Kendaraan Bermotor Beroda Dua",
                           "Belanja Modal Alat Kantor dan Rumah Tangga|Belanja Modal Mebel|Belanja Modal Alat Pendingin",
                           "Belanja Modal Komputer|Belanja Modal Komputer Unit|Belanja Modal Peralatan Komputer|Belanja Modal Personal Komputer — Laptop",
                           "Belanja Modal Alat Kedokteran dan Kesehatan|Alat Kedokteran Umum|Alat Kesehatan Umum Lainnya" } },
    { "5.2.03", CAT_BEL, { "Belanja Modal Bangunan Gedung|Belanja Modal Bangunan Gedung Kantor|Belanja Modal Bangunan Gedung Pendidikan",
                           "Belanja Modal Tugu Titik Kontrol/Pasti|Belanja Modal Tugu/Tanda Batas" } },
    { "5.2.04", CAT_BEL, { "Belanja Modal Jalan dan Jembatan|Belanja Modal Jalan Provinsi|Belanja Modal Jembatan pada Jalan Provinsi",
                           "Belanja Modal Bangunan Air|Bangunan Air Irigasi|Bangunan Pengaman Sungai/Pantai, Penanggulangan Bencana Alam",
                           "Belanja Modal Jaringan|Belanja Modal Jaringan Listrik|Belanja Modal Jaringan Telepon" } },
    { "5.3.01", CAT_BEL, { "Belanja Tidak Terduga|Belanja Tidak Terduga Penanganan Bencana Alam|Pengembalian atas Kelebihan Pembayaran" } },
    { "5.4.02", CAT_BEL, { "Belanja Bantuan Keuangan kepada Kabupaten/Kota|Bantuan Keuangan Umum kepada Kabupaten|Bantuan Keuangan Khusus kepada Kota",
                           "Belanja Bantuan Keuangan kepada Desa|Bantuan Keuangan Umum kepada Pemerintah Desa|Bantuan Keuangan Khusus kepada Pemerintah Desa" } },
    { "6.1.01", CAT_PEMB, { "Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya|SiLPA Kas di Kas Daerah|SiLPA Dana BLUD|SiLPA Dana BOS" } },
    { "6.2.02", CAT_PEMB, { "Penyertaan Modal Daerah|Penyertaan Modal kepada BUMD “Bank Tolok Ukur”|Penyertaan Modal kepada Perusahaan Air Minum" } },
};

/* Every uraian, quoted once; per jenis and rincian objek, its variants. */
static struct str uraian_pool[512];
static uint16_t n_uraian, rin_first[NJENIS][NRIN], rin_count[NJENIS][NRIN];
static int n_rin[NJENIS];

static void add_uraian(int j, int r, const char *text)
{
    size_t len = utf8_chars(text);
    if (len < 25 || len > 100) /* uraian stay 25..100 characters */
        return;
    if (n_uraian == COUNT(uraian_pool))
        die("uraian pool full");
    uraian_pool[n_uraian++] = quoted(text);
    rin_count[j][r]++;
}

static void build_chart(void)
{
    char buf[256];
    for (int j = 0; j < NJENIS; j++) {
        for (int r = 0; r < NRIN && JENIS[j].names[r]; r++, n_rin[j]++) {
            const char *s = JENIS[j].names[r], *sub = s + strcspn(s, "|");
            int head = (int)(sub - s);
            rin_first[j][r] = n_uraian;
            snprintf(buf, sizeof buf, "%.*s", head, s); /* the rincian alone */
            add_uraian(j, r, buf);
            while (*sub++ == '|') { /* then rincian-sub for each sub rincian */
                int n = (int)strcspn(sub, "|");
                snprintf(buf, sizeof buf, "%.*s-%.*s", head, s, n, sub);
                add_uraian(j, r, buf);
                sub += n;
            }
            if (!rin_count[j][r])
                die("no uraian of 25..100 characters in \"%s\"", s);
        }
    }
}

/* ------------------------------------------------------------------ SKPD */

enum { F_FIN = 1, F_RETRIB = 2, F_BLUD = 4, RB = F_RETRIB | F_BLUD };

struct skpd {
    char code[32], name[96];
    int weight; /* relative share of belanja lines */
    int flags;
};

static struct skpd catalog[256];
static int n_catalog;

static void add_skpd(const char *ub, int ss, int unit, int weight, int flags, const char *name)
{
    struct skpd *s = &catalog[n_catalog++];
    snprintf(s->code, sizeof s->code, "%.4s.0.00.0.00.%02d.%04d", ub, ss % 100, unit % 10000);
    snprintf(s->name, sizeof s->name, "%s", name);
    s->weight = weight;
    s->flags = flags;
}

/* Codes "U.BB.SS.UUUU": urusan.bidang, SKPD number, unit. */
static const struct skpd_def {
    const char *code;
    int weight, flags; /* for SERIES: flags is how many, units counted from UUUU */
    const char *name;
} SKPD_DEFS[] = {
    { "1.01.01.0000", 30, 0, "Dinas Pendidikan" }, { "1.02.01.0000", 25, F_RETRIB, "Dinas Kesehatan Provinsi" },
    { "1.02.01.0001", 8, RB, "Rumah Sakit Jiwa Daerah “Bina Atma”" },
    { "1.02.01.0002", 4, 0, "UPTD Laboratorium Kesehatan Daerah" },
    { "1.02.01.0003", 3, 0, "UPTD Pelatihan Kesehatan" },
    { "1.02.02.0000", 12, RB, "Rumah Sakit Umum Daerah dr. H. Soemarno, Kota Lama" },
    { "1.02.03.0000", 8, RB, "Rumah Sakit Umum Daerah Bukit Élan" },
    { "1.03.01.0000", 25, F_RETRIB, "Dinas Pekerjaan Umum dan Penataan Ruang" },
    { "1.03.01.0001", 3, 0, "UPTD Pengujian Bahan Konstruksi" },
    { "1.04.01.0000", 10, 0, "Dinas Perumahan Rakyat dan Kawasan Permukiman" },
    { "1.05.01.0000", 6, 0, "Satuan Polisi Pamong Praja" },
    { "1.05.02.0000", 6, 0, "Badan Penanggulangan Bencana Daerah" },
    { "1.06.01.0000", 10, 0, "Dinas Sosial dan Rehabilitasi Sosial" },
    { "1.06.01.0001", 2, 0, "UPTD Panti Sosial Tresna Werdha “Budi Mulia”" },
    { "1.06.01.0002", 2, 0, "UPTD Panti Sosial Bina Remaja" },
    { "2.07.01.0000", 6, F_RETRIB, "Dinas Tenaga Kerja dan Transmigrasi" },
    { "2.08.01.0000", 5, 0, "Dinas Pemberdayaan Perempuan dan Perlindungan Anak" },
    { "2.09.01.0000", 5, 0, "Dinas Ketahanan Pangan" }, { "2.10.01.0000", 3, 0, "Dinas Pertanahan Daerah" },
    { "2.11.01.0000", 7, F_RETRIB, "Dinas Lingkungan Hidup" },
    { "2.12.01.0000", 4, 0, "Dinas Kependudukan dan Pencatatan Sipil" },
    { "2.13.01.0000", 5, 0, "Dinas Pemberdayaan Masyarakat dan Desa" },
    { "2.14.01.0000", 4, 0, "Dinas Pengendalian Penduduk dan Keluarga Berencana" },
    { "2.15.01.0000", 10, F_RETRIB, "Dinas Perhubungan Darat dan Laut" },
    { "2.15.01.0001", 3, F_RETRIB, "UPTD Terminal Tipe A “Bukit Élan”" },
    { "2.15.01.0002", 3, F_RETRIB, "UPTD Pengujian Kendaraan Bermotor" },
    { "2.15.01.0003", 3, F_RETRIB, "UPTD Pelabuhan Penyeberangan Teluk Raya" },
    { "2.16.01.0000", 6, 0, "Dinas Komunikasi, Informatika dan Persandian" },
    { "2.17.01.0000", 5, 0, "Dinas Koperasi, Usaha Kecil dan Menengah" },
    { "2.18.01.0000", 5, F_RETRIB, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu" },
    { "2.19.01.0000", 6, F_RETRIB, "Dinas Kepemudaan dan Olahraga" },
    { "2.20.01.0000", 2, 0, "Badan Pusat Data dan Statistik Daerah" },
    { "2.21.01.0000", 2, 0, "Dinas Persandian dan Keamanan Informasi" },
    { "2.22.01.0000", 5, F_RETRIB, "Dinas Kebudayaan — \"Kota Lama\"" },
    { "2.22.01.0001", 2, 0, "UPTD Taman Budaya “Sriwijaya”" },
    { "2.22.01.0002", 2, F_RETRIB, "UPTD Museum Negeri Tolok Ukur" },
    { "2.23.01.0000", 3, 0, "Dinas Perpustakaan Daerah" }, { "2.24.01.0000", 3, 0, "Dinas Kearsipan Daerah" },
    { "3.25.01.0000", 7, F_RETRIB, "Dinas Kelautan dan Perikanan" },
    { "3.26.01.0000", 6, F_RETRIB, "Dinas Pariwisata dan Ekonomi Kreatif" },
    { "3.27.01.0000", 9, F_RETRIB, "Dinas Tanaman Pangan, Hortikultura dan Perkebunan" },
    { "3.27.01.0001", 2, 0, "UPTD Balai Benih Induk Padi dan Palawija" },
    { "3.27.01.0002", 2, 0, "UPTD Balai Proteksi Tanaman Pangan, Hortikultura" },
    { "3.28.01.0000", 6, 0, "Dinas Kehutanan dan Konservasi Alam" },
    { "3.29.01.0000", 5, F_RETRIB, "Dinas Energi dan Sumber Daya Mineral" },
    { "3.30.01.0000", 6, F_RETRIB, "Dinas Perindustrian dan Perdagangan" },
    { "3.31.01.0000", 3, 0, "Badan Pengembangan Industri Daerah" },
    { "4.01.01.0000", 15, 0, "Sekretariat Daerah Provinsi" },
    { "4.02.01.0000", 12, 0, "Sekretariat Dewan Perwakilan Rakyat Daerah" },
    { "5.01.01.0000", 6, 0, "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah" },
    { "5.02.01.0000", 15, F_FIN, "Badan Pengelolaan Keuangan dan Aset Daerah" },
    { "5.02.02.0000", 8, 0, "Badan Pendapatan Daerah" }, { "5.03.01.0000", 5, 0, "Badan Kepegawaian Daerah" },
    { "5.04.01.0000", 4, 0, "Badan Pengembangan Sumber Daya Manusia" },
    { "5.05.01.0000", 3, 0, "Badan Penelitian dan Pengembangan Daerah" },
    { "6.01.01.0000", 4, 0, "Inspektorat Daerah Provinsi" },
}, SERIES[] = {
    { "1.01.01.0001", 4, 12, "Cabang Dinas Pendidikan" },
    { "1.03.01.0002", 3, 4, "UPTD Pengelolaan Jalan dan Jembatan" },
    { "1.03.01.0006", 3, 6, "UPTD Pengelolaan Sumber Daya Air" },
    { "2.07.01.0001", 2, 4, "UPTD Balai Latihan Kerja" }, { "3.25.01.0001", 2, 3, "UPTD Pelabuhan Perikanan" },
    { "3.28.01.0001", 2, 8, "UPTD Kesatuan Pengelolaan Hutan" },
    { "5.02.02.0001", 2, 10, "UPTD Pengelolaan Pendapatan Daerah" },
};

static int cmp_skpd(const void *a, const void *b)
{
    return strcmp(((const struct skpd *)a)->code, ((const struct skpd *)b)->code);
}

/* 200 SKPD, sorted by code: the agencies, their regional branches, kecamatan. */
static void build_catalog(void)
{
    static const char *const roman[] = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };
    static const char *const pre[] = { "Bukit", "Sungai", "Tanjung", "Pulau", "Muara", "Kuala", "Batang", "Padang",
                                       "Lubuk", "Teluk" };
    static const char *const suf[] = { "Élan", "Jaya", "Baru", "Makmur", "Indah", "Raya", "Seberang", "Timur",
                                       "Barat", "Utara", "Selatan", "Lama", "Permai", "Sari" };
    char name[96];
    for (size_t i = 0; i < COUNT(SKPD_DEFS); i++) {
        const struct skpd_def *d = &SKPD_DEFS[i];
        add_skpd(d->code, atoi(d->code + 5), atoi(d->code + 8), d->weight, d->flags, d->name);
    }
    for (size_t i = 0; i < COUNT(SERIES); i++)
        for (int k = 0; k < SERIES[i].flags; k++) {
            snprintf(name, sizeof name, "%s Wilayah %s", SERIES[i].name, roman[k]);
            add_skpd(SERIES[i].code, atoi(SERIES[i].code + 5), atoi(SERIES[i].code + 8) + k, SERIES[i].weight,
                     0, name);
        }
    /* (i % 10, (7i + i/10) % 14) stays distinct for i < 140; names 20+ characters. */
    for (int i = 0; n_catalog < 200; i++) {
        snprintf(name, sizeof name, "Kecamatan %s %s", pre[i % 10], suf[(i * 7 + i / 10) % 14]);
        add_skpd("7.01", i + 1, 0, 2, 0, name);
    }
    qsort(catalog, (size_t)n_catalog, sizeof *catalog, cmp_skpd);
}

/* --------------------------------------------------------- sub kegiatan */

static const char *const SUB_ADMIN[] = {
    "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Penyediaan Gaji dan Tunjangan ASN",
    "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
    "Penyediaan Administrasi Pelaksanaan Tugas ASN", "Penyediaan Peralatan dan Perlengkapan Kantor",
    "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", "Penyediaan Barang Cetakan dan Penggandaan",
    "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Penyediaan Jasa Pelayanan Umum Kantor",
    "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
    "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Dinas",
    "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
};

static const char *const SUB_TECH[] = {
    "Rehabilitasi Jalan dan Jembatan Provinsi", "Pembangunan Sarana dan Prasarana Sekolah Menengah Atas",
    "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Provinsi",
    "Operasional Pelayanan Rumah Sakit", "Fasilitasi Kegiatan Festival Budaya \"Kota Lama\"",
    "Sosialisasi Gerakan “Bangga Buatan Indonesia” bagi Pelaku Usaha",
    "Pengembangan Kapasitas Pelaku Ekonomi Kreatif, Desain, dan Kuliner",
    "Penanganan Bencana Banjir di Kecamatan Bukit Élan",
    "Pengawasan Penerapan Standar Pelayanan Minimal Bidang Lingkungan Hidup",
    "Pembinaan dan Pengawasan Koperasi, Usaha Kecil dan Menengah", "Peningkatan Kapasitas Aparatur Pemerintah Desa",
    "Pengendalian Lalu Lintas dan Angkutan Jalan Provinsi",
    "Penyelenggaraan Statistik Sektoral di Lingkup Daerah Provinsi", "Pengelolaan Arsip Dinamis Perangkat Daerah",
    "Pembudayaan Gemar Membaca dan Pengembangan Perpustakaan",
    "Penyediaan Benih/Bibit Tanaman Pangan dan Hortikultura",
    "Rehabilitasi Hutan dan Lahan dalam Kawasan Hutan Produksi",
    "Pengelolaan Penangkapan Ikan di Wilayah Laut sampai dengan 12 Mil",
    "Pelaksanaan Pemeriksaan dan Pengawasan Internal", "Penyelenggaraan Pemberdayaan Masyarakat di Tingkat Kecamatan",
};

static const char *const QUALIFIER[] = { "", "", "", " Tahap II", " (Lanjutan)", " Wilayah Utara", " Wilayah Selatan" };

/* U.BB.PP.K.KK.SSSS, strictly increasing within one SKPD. */
struct subcode {
    int pp, k, kk, ss;
};

static void next_sub(struct subcode *c)
{
    if (c->ss == 0 || (c->ss < 9999 && !chance(200))) {
        c->ss++;
        return;
    }
    if (c->pp < 99 && chance(300))
        c->pp++, c->k = 1 + (int)rnd(2), c->kk = 1;
    else if (c->kk < 99)
        c->kk++;
    else if (c->k < 9)
        c->k++, c->kk = 1;
    else
        die("sub kegiatan codes exhausted");
    c->ss = 1;
}

/* Program 01 is the support program; only technical names get a qualifier. */
static void sub_name(char *out, size_t size, uint64_t key, int admin)
{
    uint64_t h = hkey(key, 7);
    const char *base = admin ? SUB_ADMIN[h % COUNT(SUB_ADMIN)] : SUB_TECH[h % COUNT(SUB_TECH)];
    const char *q = admin ? "" : QUALIFIER[(h >> 20) % COUNT(QUALIFIER)];
    snprintf(out, size, "%s%s", base, utf8_chars(base) + strlen(q) > 90 ? "" : q);
}

/* ----------------------------------------------------------------- lines */

#define LIT(s) { s, sizeof(s) - 1 }
static const struct str SUMBER[] = { LIT("PAD"), LIT("DAU"), LIT("DAK Fisik"), LIT("DAK Non Fisik"), LIT("DBH"),
                                     LIT("BLUD"), LIT("Bantuan Keuangan Provinsi") }; /* none needs quoting */
enum { S_PAD, S_DAU, S_DAKF, S_DAKNF, S_DBH, S_BLUD, S_BANKEU, NSUMBER };

struct line {
    int64_t anggaran; /* rupiah */
    int64_t target;   /* realisasi at month 12: sen if has_sen, else rupiah */
    uint32_t prefix;  /* index of "kode_skpd,nama_skpd,kode_sub,nama_sub," */
    uint16_t uraian;
    uint8_t sumber, has_sen;
    uint8_t w[12];    /* monthly weights of the cumulative curve */
    char rek[18];     /* kode_rekening, 17 characters, no NUL */
};

static struct line *lines;
static size_t n_lines, cap_lines;
static struct str *prefixes;
static uint32_t n_prefix, cap_prefix;

static uint32_t add_prefix(const char *s, size_t n)
{
    if (n_prefix == cap_prefix) {
        cap_prefix = cap_prefix * 2 + 1024;
        if (!(prefixes = realloc(prefixes, cap_prefix * sizeof *prefixes)))
            die("out of memory");
    }
    char *p = xmalloc(n);
    memcpy(p, s, n);
    prefixes[n_prefix] = (struct str){ p, (uint32_t)n };
    return n_prefix++;
}

/* Skewed to small amounts: tiers, and the lower of two draws within one. */
static int64_t draw_anggaran(void)
{
    static const int64_t lo[] = { 1000000, 20000000, 100000000, 500000000, 2000000000 };
    static const int64_t hi[] = { 20000000, 100000000, 500000000, 2000000000, 5000000000 };
    uint32_t u = rnd(1000), q = rnd(100);
    int t = u < 450 ? 0 : u < 750 ? 1 : u < 920 ? 2 : u < 980 ? 3 : 4;
    uint64_t span = (uint64_t)(hi[t] - lo[t]), a = next64() % span, b = next64() % span;
    int64_t v = lo[t] + (int64_t)(a < b ? a : b);
    v -= v % (q < 90 ? 1000 : q < 97 ? 100 : 1);
    return v < 1000000 ? 1000000 : v;
}

/* Final realisasi: 2% stay 0, most reach 90..100%, 0.2% of belanja overspend. */
static void draw_target(struct line *l, int cat)
{
    uint32_t u = rnd(10000);
    int64_t bp; /* basis points of anggaran */
    l->has_sen = 0;
    l->target = 0;
    if (u < 200)
        return;
    if (cat == CAT_PEMB)
        bp = 10000;
    else if (cat == CAT_PEND)
        bp = 8000 + rnd(3500); /* revenue may beat its target */
    else if (u < 220)
        bp = 10001 + rnd(500);
    else if (u < 8200)
        bp = chance(300) ? 10000 : 9000 + rnd(1000);
    else
        bp = 3000 + rnd(6000);
    if (chance(250)) {
        l->has_sen = 1;
        l->target = l->anggaran * bp / 100 + rnd(100);
        if (bp <= 10000 && l->target > l->anggaran * 100)
            l->target = l->anggaran * 100;
    } else {
        l->target = l->anggaran * bp / 10000;
    }
}

/* Spending is back-loaded (December peak) and lumpy; revenue flatter. */
static void draw_weights(struct line *l, int cat)
{
    static const uint8_t base[12] = { 3, 5, 6, 7, 7, 8, 8, 8, 9, 10, 12, 30 };
    unsigned sum = 0;
    for (int m = 0; m < 12; m++) {
        uint32_t b = cat == CAT_BEL ? base[m] : 8;
        sum += l->w[m] = chance(150) ? 0 : (uint8_t)(b + rnd(b + 1));
    }
    if (sum == 0)
        l->w[11] = 1;
}

static int sumber_for(int j, int dflt, int flags)
{
    const char *c = JENIS[j].code;
    if (JENIS[j].cat == CAT_BEL) {
        if (c[2] == '2' && chance(300))
            return S_DAKF; /* belanja modal is often DAK Fisik */
        return chance(850) ? dflt : (int)rnd(NSUMBER);
    }
    if (!strcmp(c, "4.2.01"))
        return (int[]){ S_DAU, S_DBH, S_DAKF, S_DAKNF }[rnd(4)];
    return (flags & F_BLUD) && !strcmp(c, "4.1.04") ? S_BLUD : S_PAD;
}

static struct line *new_line(uint32_t prefix, int j, int sumber)
{
    if (n_lines == cap_lines)
        die("internal error: too many lines");
    struct line *l = &lines[n_lines++];
    l->prefix = prefix;
    l->sumber = (uint8_t)sumber;
    l->anggaran = draw_anggaran();
    draw_target(l, JENIS[j].cat);
    draw_weights(l, JENIS[j].cat);
    return l;
}

/* count lines of jenis j, codes ascending and unique within the block;
 * a few repeat the previous code with another sumber dana. */
static void emit_jenis(uint32_t prefix, int j, size_t count, int dflt, int flags)
{
    int o = 1 + (int)rnd(3), r = 1 + (int)rnd(3), s = 1 + (int)rnd(40);
    /* Odds (per million) of a new objek / rincian shrink for big blocks:
     * at most about 60 objek of 60 rincian each, so codes never run out. */
    uint64_t p_obj = 60000000 / count, p_rin = 3600000000u / count;
    p_obj = p_obj < 100000 ? p_obj : 100000;
    p_rin = p_rin < 200000 ? p_rin : 200000;
    for (size_t i = 0; i < count; i++) {
        struct line *l = new_line(prefix, j, sumber_for(j, dflt, flags));
        uint64_t code = (uint64_t)j << 32 | (uint64_t)o << 24 | (uint64_t)r << 16 | (uint64_t)s;
        int ri = (int)(hkey((uint64_t)j, (uint64_t)(o << 8 | r)) % (uint64_t)n_rin[j]);
        char rek[24];
        snprintf(rek, sizeof rek, "%s.%02d.%02d.%04d", JENIS[j].code, o % 100, r % 100, s % 10000);
        memcpy(l->rek, rek, sizeof l->rek);
        l->uraian = (uint16_t)(rin_first[j][ri] + hkey(code, 3) % rin_count[j][ri]);
        if (i + 1 < count && chance(30)) {
            struct line *t = new_line(prefix, j, (l->sumber + 1 + (int)rnd(NSUMBER - 1)) % NSUMBER);
            memcpy(t->rek, l->rek, sizeof t->rek);
            t->uraian = l->uraian;
            i++;
        }
        if (o < 99 && rnd(1000000) < p_obj)
            o++, r = 1, s = 1 + (int)rnd(10);
        else if (r < 99 && (rnd(1000000) < p_rin || s > 9000))
            r++, s = 1 + (int)rnd(10);
        else if (s > 9000)
            die("account codes exhausted");
        else
            s += 1 + (int)rnd(4);
    }
}

/* Weights over JENIS, in table order (4.1.01 .. 6.2.02). */
static const uint8_t W_PEND_FIN[NJENIS] = { 40, 5, 20, 30, 5 };
static const uint8_t W_PEND_RET[NJENIS] = { 0, 70, 30 };
static const uint8_t W_PEMB[NJENIS] = { [14] = 60, [15] = 40 };
static const uint8_t W_ADMIN[NJENIS] = { [5] = 25, 60, 0, 0, 12, 3 };
static const uint8_t W_TECH[NJENIS] = { [5] = 3, 70, 2, 2, 10, 7, 6 };
static const uint8_t W_FIN[NJENIS] = { [5] = 2, 40, 15, 12, 5, 2, 0, 6, 18 };

/* count lines over jenis drawn by weight, emitted in ascending jenis order. */
static void emit_block(uint32_t prefix, const uint8_t wt[NJENIS], size_t count, int dflt, int flags)
{
    size_t per[NJENIS] = { 0 };
    unsigned total = 0;
    for (int j = 0; j < NJENIS; j++)
        total += wt[j];
    for (size_t i = 0; i < count; i++) {
        uint32_t u = rnd(total);
        int j = 0;
        while (u >= wt[j])
            u -= wt[j++];
        per[j]++;
    }
    for (int j = 0; j < NJENIS; j++)
        if (per[j])
            emit_jenis(prefix, j, per[j], dflt, flags);
}

static int draw_default_sumber(int flags)
{
    static const int t[] = { S_PAD, S_PAD, S_PAD, S_PAD, S_DAU, S_DAU, S_DAU, S_DBH, S_DAKF, S_DAKNF };
    if ((flags & F_BLUD) && chance(600))
        return S_BLUD;
    return chance(30) ? S_BANKEU : t[rnd(COUNT(t))];
}

/* All lines of one SKPD: the empty sub kegiatan first, then ~20 per sub kegiatan. */
static void gen_skpd(const struct skpd *sk, size_t pend, size_t pemb, size_t bel)
{
    char head[256], buf[512], name[128], code[64];
    size_t hn = csv_quote(head, sk->code);
    head[hn++] = ',';
    hn += csv_quote(head + hn, sk->name);
    head[hn++] = ',';
    if (pend + pemb) {
        memcpy(buf, head, hn);
        memcpy(buf + hn, ",,", 2);
        uint32_t p = add_prefix(buf, hn + 2);
        emit_block(p, (sk->flags & F_FIN) ? W_PEND_FIN : W_PEND_RET, pend, S_PAD, sk->flags);
        emit_block(p, W_PEMB, pemb, S_PAD, sk->flags);
    }
    struct subcode c = { 1, 2, 1, 0 }; /* program 01's kegiatan are numbered 2.xx */
    uint64_t ub = (uint64_t)((sk->code[0] - '0') * 100 + atoi(sk->code + 2));
    while (bel) {
        size_t n = 5 + rnd(31), m = hn;
        n = n < bel ? n : bel;
        bel -= n;
        next_sub(&c);
        snprintf(code, sizeof code, "%.4s.%02d.%d.%02d.%04d", sk->code, c.pp, c.k, c.kk, c.ss);
        sub_name(name, sizeof name, hkey(hkey(ub, (uint64_t)c.pp), (uint64_t)(c.k * 1000000 + c.kk * 10000 + c.ss)),
                 c.pp == 1);
        memcpy(buf, head, hn);
        m += csv_quote(buf + m, code);
        buf[m++] = ',';
        m += csv_quote(buf + m, name);
        buf[m++] = ',';
        const uint8_t *w = c.pp == 1 ? W_ADMIN : (sk->flags & F_FIN) ? W_FIN : W_TECH;
        emit_block(add_prefix(buf, m), w, n, draw_default_sumber(sk->flags), sk->flags);
    }
}

/* Choose the SKPD, then split N: 4% pendapatan, 0.1% pembiayaan, the rest belanja. */
static void generate(size_t n)
{
    static struct skpd sel[COUNT(catalog)];
    size_t want = n >= 100000 ? (size_t)n_catalog : n / 500, got = 0, ncol = 0, seen = 0;
    /* Few lines: the largest agencies (by weight, then code); finance always. */
    for (int i = 0; i < n_catalog; i++) {
        size_t rank = 0;
        for (int k = 0; k < n_catalog; k++)
            rank += catalog[k].weight > catalog[i].weight || (catalog[k].weight == catalog[i].weight && k < i);
        if (rank < want || (catalog[i].flags & F_FIN))
            sel[got++] = catalog[i];
    }
    size_t pemb = n / 1000, pend = n * 4 / 100, bel = n - pemb - pend, fin_pend = pend, col_pend = 0;
    unsigned wsum = 0, wcum = 0;
    for (size_t i = 0; i < got; i++) {
        ncol += (sel[i].flags & F_RETRIB) != 0;
        wsum += (unsigned)sel[i].weight;
    }
    if (ncol) /* half the revenue lines at the retribusi collectors */
        col_pend = pend - pend / 2, fin_pend = pend / 2;
    lines = xmalloc((cap_lines = n) * sizeof *lines);
    for (size_t i = 0; i < got; i++) {
        size_t pe = 0, pb = 0, b0 = bel * wcum / wsum;
        wcum += (unsigned)sel[i].weight;
        if (sel[i].flags & F_FIN)
            pe = fin_pend, pb = pemb;
        else if (sel[i].flags & F_RETRIB)
            pe = col_pend * (seen + 1) / ncol - col_pend * seen / ncol, seen++;
        gen_skpd(&sel[i], pe, pb, bel * wcum / wsum - b0);
    }
    if (n_lines != n)
        die("internal error: %zu lines for %zu", n_lines, n);
}

/* ---------------------------------------------------------------- output */

static char *put(char *p, struct str s)
{
    memcpy(p, s.p, s.n);
    return p + s.n;
}

static char *put_u64(char *p, uint64_t v)
{
    char tmp[24];
    int n = 0;
    do
        tmp[n++] = (char)('0' + v % 10);
    while (v /= 10);
    while (n)
        *p++ = tmp[--n];
    return p;
}

static char *put_fixed(char *p, unsigned v, int width)
{
    for (int i = width - 1; i >= 0; i--, v /= 10)
        p[i] = (char)('0' + v % 10);
    return p + width;
}

/* Realisasi after month: target x weights so far / all weights, so it only grows. */
static char *put_realisasi(char *p, const struct line *l, int month)
{
    unsigned so_far = 0, all = 0;
    for (int m = 0; m < 12; m++) {
        all += l->w[m];
        so_far += m < month ? l->w[m] : 0;
    }
    uint64_t cum = (uint64_t)l->target * so_far / all; /* < 2^50: no overflow */
    if (!l->has_sen)
        return put_u64(p, cum);
    p = put_u64(p, cum / 100);
    if (cum % 100) {
        *p++ = '.';
        p = put_fixed(p, (unsigned)(cum % 100), 2);
    }
    return p;
}

static void write_month(const char *path, int month, char *buf)
{
    FILE *f = fopen(path, "wb");
    char *p = buf + sprintf(buf, "%s", HEADER);
    if (!f)
        die("%s: %s", path, strerror(errno));
    for (size_t i = 0; i < n_lines; i++) {
        const struct line *l = &lines[i];
        if ((size_t)(p - buf) > OUTBUF - 4096) { /* a line is well under 1 KiB */
            fwrite(buf, 1, (size_t)(p - buf), f);
            p = buf;
        }
        p = put(p, prefixes[l->prefix]);
        memcpy(p, l->rek, 17);
        p[17] = ',';
        p = put(p + 18, uraian_pool[l->uraian]);
        *p++ = ',';
        p = put(p, SUMBER[l->sumber]);
        *p++ = ',';
        p = put_u64(p, (uint64_t)l->anggaran);
        *p++ = ',';
        p = put_realisasi(p, l, month);
        *p++ = '\n';
    }
    fwrite(buf, 1, (size_t)(p - buf), f);
    if (ferror(f) | fclose(f))
        die("%s: write failed", path);
}

static void make_dir(const char *path)
{
    if (mkdir(path, 0777) != 0 && errno != EEXIST)
        die("%s: %s", path, strerror(errno));
}

static long parse_num(const char *s, long lo, long hi, const char *what)
{
    char *end = NULL;
    long v = 0;
    errno = 0;
    if (s)
        v = strtol(s, &end, 10);
    if (!s || errno || end == s || *end || v < lo || v > hi) {
        fprintf(stderr, "gen: %s must be %ld..%ld\n", what, lo, hi);
        exit(2);
    }
    return v;
}

int main(int argc, char **argv)
{
    const char *out = NULL;
    long n = 0, months = 12, year = 2024;
    int bad = 0;
    for (int i = 1; i < argc; i++) {
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(argv[i], "--lines"))
            n = parse_num(val, 1, 50000000, "--lines"), i++;
        else if (!strcmp(argv[i], "--months"))
            months = parse_num(val, 1, 12, "--months"), i++;
        else if (!strcmp(argv[i], "--year"))
            year = parse_num(val, 1000, 9999, "--year"), i++;
        else if (!out && argv[i][0] != '-')
            out = argv[i];
        else
            bad = 1;
    }
    if (bad || !out || n < 1) {
        fputs("usage: gen OUTDIR --lines N [--months 12] [--year 2024]\n", stderr);
        return 2;
    }
    build_chart();
    build_catalog();
    generate((size_t)n);

    size_t len = strlen(out) + 32;
    char *path = xmalloc(len), *buf = xmalloc(OUTBUF);
    make_dir(out);
    snprintf(path, len, "%s/pemda.ini", out);
    FILE *f = fopen(path, "wb");
    if (!f || fputs(PEMDA_INI, f) == EOF || fclose(f) != 0)
        die("%s: %s", path, strerror(errno));
    snprintf(path, len, "%s/%ld", out, year);
    make_dir(path);
    for (int m = 1; m <= months; m++) {
        snprintf(path, len, "%s/%ld/%ld-%02d.csv", out, year, year, m);
        write_month(path, m, buf);
    }
    return 0;
}
