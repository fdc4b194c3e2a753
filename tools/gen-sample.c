/*
 * gen-sample.c: a deterministic generator of sample APBD monthly exports
 * for the fictional "Pemerintah Kota Contoh".
 *
 *   gen-sample OUTDIR [--clean-twin YYYY-MM FILE]
 *
 * writes OUTDIR/pemda.ini, OUTDIR/2024/2024-01.csv ... 2024-12.csv and
 * OUTDIR/2025/2025-01.csv ... 2025-03.csv. 2024-06 is a SIPD-style export,
 * 2024-07 a messy one (Windows-1252, semicolons, Indonesian numbers, title
 * rows, subtotals); --clean-twin also writes the clean form of one month.
 *
 * Everything comes from one fixed-seed PRNG, money is int64 sen and no
 * locale or clock is consulted, so the same binary always writes the same
 * bytes. Names and codes are fictional but shaped after Permendagri 90/2019.
 * Build: cc -std=c11 -Wall -Wextra -Werror -O2 -o gen-sample gen-sample.c
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define NELEM(a) ((int)(sizeof(a) / sizeof((a)[0])))

#define RIBU   (1000LL * 100)           /* Rp 1.000 in sen */
#define JUTA   (1000000LL * 100)
#define MILIAR (1000LL * JUTA)

#define NMONTH 15           /* 2024-01 .. 2024-12, 2025-01 .. 2025-03 */
#define M_PERUBAHAN 8       /* 2024-09: first month with the APBD-P budget */
#define M_SIPD 5            /* 2024-06 */
#define M_MESSY 6           /* 2024-07 */
#define M_KOREKSI 4         /* 2024-05 */

#define MAX_LINES 9000
#define MAX_SUBS 1500
#define MAX_SKPD 64

/* ---- PRNG: splitmix64 with a fixed seed ---------------------------- */

static uint64_t rng_state = 0x4B6F7461436F6E74ULL;     /* "KotaCont" */

static uint64_t next64(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static int64_t rnd(int64_t n)
{
    return n <= 0 ? 0 : (int64_t)(next64() % (uint64_t)n);
}

static int64_t between(int64_t lo, int64_t hi)
{
    return lo + rnd(hi - lo + 1);
}

static int chance(int pct)
{
    return rnd(100) < pct;
}

/* ---- chart of accounts used for belanja lines ---------------------- */

/* What a sub kegiatan spends on; an account may serve several kinds. */
enum {
    A_PEG, A_GURU, A_DPRD, A_ATK, A_CETAK, A_RAPAT, A_HONOR, A_PERJADIN, A_DIKLAT, A_EVENT,
    A_AHLI, A_PAKAIAN, A_PERABOT, A_BILL, A_TENAGA, A_POS, A_KEND, A_PALAT, A_PGED, A_ASETK,
    A_MEBEL, A_PCALAT, A_GED, A_JLN, A_MEDIS, A_LAB, A_TIK, A_RAMBU, A_KHUSUS, A_BUKU, A_SENI,
    A_KES, A_SOS, A_BOS, A_JKN, A_INFRA, A_BLUD, A_HIBAH, A_BANSOS, A_BTT, A_BANKEU
};
#define M(b) ((uint64_t)1 << (b))

/* Sub kegiatan kinds, as unions of the above. */
#define T_RENC  (M(A_ATK) | M(A_CETAK) | M(A_RAPAT) | M(A_HONOR) | M(A_PERJADIN))
#define T_KEG   (T_RENC | M(A_DIKLAT) | M(A_EVENT) | M(A_AHLI))
#define T_KANTOR (M(A_ATK) | M(A_CETAK) | M(A_PERABOT))
#define T_GED   (M(A_GED) | M(A_HONOR))
#define T_JLN   (M(A_JLN) | M(A_HONOR))
#define T_MEDIS (M(A_MEDIS) | M(A_LAB) | M(A_PCALAT))
#define T_TIK   (M(A_TIK) | M(A_PCALAT))
#define T_ALAT  (M(A_MEDIS) | M(A_LAB) | M(A_TIK) | M(A_RAMBU) | M(A_KHUSUS) | M(A_BUKU) | M(A_SENI))
#define T_KES   (M(A_KES) | M(A_RAPAT) | M(A_ATK))
#define T_SOS   (M(A_SOS) | M(A_RAPAT) | M(A_PERJADIN) | M(A_ATK))
#define T_INFRA (M(A_INFRA) | M(A_TENAGA))

typedef struct {
    const char *kode, *uraian;
    uint64_t mask;
    int w;              /* relative size of the line */
} Akun;

static const Akun akun[] = {
    {"5.1.01.01.01.0001", "Belanja Gaji Pokok PNS", M(A_PEG), 1000},
    {"5.1.01.01.01.0002", "Belanja Gaji Pokok PPPK", M(A_PEG), 220},
    {"5.1.01.01.02.0001", "Belanja Tunjangan Keluarga PNS", M(A_PEG), 90},
    {"5.1.01.01.02.0002", "Belanja Tunjangan Keluarga PPPK", M(A_PEG), 18},
    {"5.1.01.01.03.0001", "Belanja Tunjangan Jabatan PNS", M(A_PEG), 45},
    {"5.1.01.01.04.0001", "Belanja Tunjangan Fungsional PNS", M(A_PEG), 110},
    {"5.1.01.01.04.0002", "Belanja Tunjangan Fungsional PPPK", M(A_PEG), 25},
    {"5.1.01.01.05.0001", "Belanja Tunjangan Fungsional Umum PNS", M(A_PEG), 30},
    {"5.1.01.01.06.0001", "Belanja Tunjangan Beras PNS", M(A_PEG), 55},
    {"5.1.01.01.06.0002", "Belanja Tunjangan Beras PPPK", M(A_PEG), 14},
    {"5.1.01.01.07.0001", "Belanja Tunjangan PPh/Tunjangan Khusus PNS", M(A_PEG), 25},
    {"5.1.01.01.08.0001", "Belanja Pembulatan Gaji PNS", M(A_PEG), 1},
    {"5.1.01.01.09.0001", "Belanja Iuran Jaminan Kesehatan PNS", M(A_PEG), 50},
    {"5.1.01.01.10.0001", "Belanja Iuran Jaminan Kecelakaan Kerja PNS", M(A_PEG), 3},
    {"5.1.01.01.11.0001", "Belanja Iuran Jaminan Kematian PNS", M(A_PEG), 8},
    {"5.1.01.01.12.0001", "Belanja Tunjangan Profesi Guru (TPG) PNSD", M(A_GURU), 1100},
    {"5.1.01.01.13.0001", "Belanja Tambahan Penghasilan Guru (Tamsil) PNSD", M(A_GURU), 8},
    {"5.1.01.02.01.0001", "Tambahan Penghasilan berdasarkan Beban Kerja PNS", M(A_PEG), 300},
    {"5.1.01.02.02.0001", "Tambahan Penghasilan berdasarkan Tempat Bertugas PNS", M(A_PEG), 40},
    {"5.1.01.02.05.0001", "Tambahan Penghasilan berdasarkan Kelangkaan Profesi PNS", M(A_PEG), 30},
    {"5.1.01.02.06.0001", "Tambahan Penghasilan berdasarkan Prestasi Kerja PNS", M(A_PEG), 120},
    {"5.1.01.04.01.0001", "Belanja Uang Representasi DPRD", M(A_DPRD), 30},
    {"5.1.01.04.02.0001", "Belanja Tunjangan Keluarga DPRD", M(A_DPRD), 4},
    {"5.1.01.04.03.0001", "Belanja Tunjangan Beras DPRD", M(A_DPRD), 2},
    {"5.1.01.04.04.0001", "Belanja Uang Paket DPRD", M(A_DPRD), 3},
    {"5.1.01.04.05.0001", "Belanja Tunjangan Jabatan DPRD", M(A_DPRD), 40},
    {"5.1.01.04.07.0001", "Belanja Tunjangan Alat Kelengkapan DPRD", M(A_DPRD), 6},
    {"5.1.01.04.10.0001", "Belanja Tunjangan Komunikasi Intensif Pimpinan dan Anggota DPRD", M(A_DPRD), 120},
    {"5.1.01.04.11.0001", "Belanja Tunjangan Reses DPRD", M(A_DPRD), 20},
    {"5.1.01.04.13.0001", "Belanja Tunjangan Perumahan DPRD", M(A_DPRD), 180},
    {"5.1.01.04.14.0001", "Belanja Tunjangan Transportasi DPRD", M(A_DPRD), 140},
    {"5.1.02.01.01.0004", "Belanja Bahan-Bahan Bakar dan Pelumas", M(A_KEND) | M(A_INFRA), 25},
    {"5.1.02.01.01.0012", "Belanja Bahan-Bahan Lainnya", M(A_INFRA) | M(A_SOS) | M(A_EVENT), 30},
    {"5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", M(A_ATK) | M(A_BOS), 4},
    {"5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover", M(A_ATK), 3},
    {"5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", M(A_CETAK), 3},
    {"5.1.02.01.01.0027", "Belanja Alat/Bahan untuk Kegiatan Kantor-Benda Pos", M(A_POS), 1},
    {"5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer", M(A_ATK) | M(A_BOS), 3},
    {"5.1.02.01.01.0030", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor", M(A_PERABOT), 4},
    {"5.1.02.01.01.0031", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik", M(A_PERABOT), 3},
    {"5.1.02.01.01.0035", "Belanja Suvenir/Cendera Mata", M(A_EVENT), 2},
    {"5.1.02.01.01.0037", "Belanja Obat-Obatan-Obat", M(A_KES), 400},
    {"5.1.02.01.01.0038", "Belanja Obat-Obatan-Bahan Medis Habis Pakai", M(A_KES), 250},
    {"5.1.02.01.01.0039", "Belanja Obat-Obatan-Reagen dan Bahan Laboratorium", M(A_KES), 120},
    {"5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", M(A_RAPAT) | M(A_BOS), 5},
    {"5.1.02.01.01.0053", "Belanja Makanan dan Minuman Jamuan Tamu", M(A_RAPAT), 2},
    {"5.1.02.01.01.0055", "Belanja Makanan dan Minuman Aktivitas Lapangan", M(A_SOS) | M(A_INFRA) | M(A_EVENT), 4},
    {"5.1.02.01.01.0058", "Belanja Makanan dan Minuman Pasien", M(A_KES), 60},
    {"5.1.02.01.01.0064", "Belanja Pakaian Dinas Harian (PDH)", M(A_PAKAIAN), 8},
    {"5.1.02.01.01.0068", "Belanja Pakaian Khusus Hari-Hari Tertentu", M(A_PAKAIAN), 4},
    {"5.1.02.01.02.0001", "Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat", M(A_SOS), 60},
    {"5.1.02.01.02.0002", "Belanja Barang untuk Diserahkan kepada Pihak Ketiga/Pihak Lain", M(A_SOS), 30},
    {"5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", M(A_HONOR), 5},
    {"5.1.02.02.01.0004", "Honorarium Tim Pelaksana Kegiatan dan Sekretariat Tim Pelaksana Kegiatan", M(A_HONOR) | M(A_BOS), 7},
    {"5.1.02.02.01.0006", "Honorarium Pengelola Keuangan", M(A_HONOR), 4},
    {"5.1.02.02.01.0014", "Belanja Jasa Tenaga Kesehatan", M(A_KES), 150},
    {"5.1.02.02.01.0015", "Belanja Jasa Tenaga Keamanan", M(A_TENAGA), 120},
    {"5.1.02.02.01.0016", "Belanja Jasa Tenaga Kebersihan", M(A_TENAGA) | M(A_INFRA), 150},
    {"5.1.02.02.01.0020", "Belanja Jasa Tenaga Supir", M(A_TENAGA), 60},
    {"5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", M(A_TENAGA) | M(A_BOS), 200},
    {"5.1.02.02.01.0029", "Belanja Jasa Tenaga Ahli", M(A_AHLI), 60},
    {"5.1.02.02.01.0031", "Belanja Jasa Tenaga Pendidik", M(A_BOS), 150},
    {"5.1.02.02.01.0035", "Belanja Jasa Tenaga Teknis Lapangan", M(A_INFRA), 80},
    {"5.1.02.02.01.0059", "Belanja Tagihan Telepon", M(A_BILL), 3},
    {"5.1.02.02.01.0060", "Belanja Tagihan Air", M(A_BILL), 5},
    {"5.1.02.02.01.0061", "Belanja Tagihan Listrik", M(A_BILL), 50},
    {"5.1.02.02.01.0062", "Belanja Langganan Jurnal/Surat Kabar/Majalah", M(A_POS), 1},
    {"5.1.02.02.01.0063", "Belanja Kawat/Faksimili/Internet/TV Berlangganan", M(A_BILL) | M(A_BOS), 10},
    {"5.1.02.02.01.0064", "Belanja Paket/Pengiriman", M(A_POS), 1},
    {"5.1.02.02.01.0067", "Belanja Pembayaran Pajak, Bea, dan Perizinan", M(A_KEND), 4},
    {"5.1.02.02.01.0074", "Belanja Iuran Jaminan Kesehatan bagi Peserta PBPU dan BP Kelas III", M(A_JKN), 3000},
    {"5.1.02.02.01.0075", "Belanja Iuran Jaminan Kesehatan bagi Penerima Bantuan Iuran (PBI) Daerah", M(A_JKN), 1500},
    {"5.1.02.02.04.0036", "Belanja Sewa Kendaraan Bermotor Penumpang", M(A_EVENT), 8},
    {"5.1.02.02.04.0037", "Belanja Sewa Alat Berat", M(A_INFRA), 60},
    {"5.1.02.02.04.0101", "Belanja Sewa Tenda", M(A_EVENT), 4},
    {"5.1.02.02.06.0001", "Belanja Sewa Gedung Pertemuan", M(A_EVENT), 6},
    {"5.1.02.02.08.0004", "Belanja Jasa Konsultansi Perencanaan Arsitektur-Jasa Desain Arsitektural", M(A_GED), 60},
    {"5.1.02.02.08.0008", "Belanja Jasa Konsultansi Perencanaan Rekayasa-Jasa Desain Rekayasa untuk Pekerjaan Teknik Sipil Transportasi", M(A_JLN), 80},
    {"5.1.02.02.09.0007", "Belanja Jasa Konsultansi Pengawasan Rekayasa-Jasa Pengawas Pekerjaan Konstruksi Bangunan Gedung", M(A_GED), 50},
    {"5.1.02.02.09.0011", "Belanja Jasa Konsultansi Pengawasan Rekayasa-Jasa Pengawas Pekerjaan Konstruksi Teknik Sipil Transportasi", M(A_JLN), 70},
    {"5.1.02.02.10.0004", "Belanja Jasa Konsultansi Berorientasi Layanan-Jasa Studi Penelitian dan Bantuan Teknik", M(A_AHLI), 80},
    {"5.1.02.02.12.0001", "Belanja Kursus Singkat/Pelatihan", M(A_DIKLAT), 12},
    {"5.1.02.02.12.0003", "Belanja Bimbingan Teknis", M(A_DIKLAT), 10},
    {"5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Dinas Bermotor Perorangan", M(A_KEND), 25},
    {"5.1.02.03.02.0036", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Penumpang", M(A_KEND), 30},
    {"5.1.02.03.02.0040", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Beroda Dua", M(A_KEND), 10},
    {"5.1.02.03.02.0121", "Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Kantor-Alat Kantor Lainnya", M(A_PALAT), 10},
    {"5.1.02.03.02.0123", "Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Rumah Tangga-Alat Pendingin", M(A_PALAT), 12},
    {"5.1.02.03.02.0231", "Belanja Pemeliharaan Alat Kedokteran dan Kesehatan-Alat Kedokteran-Alat Kedokteran Umum", M(A_KES), 40},
    {"5.1.02.03.02.0405", "Belanja Pemeliharaan Komputer-Komputer Unit-Personal Computer", M(A_PALAT) | M(A_BOS), 10},
    {"5.1.02.03.03.0005", "Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Tempat Kerja-Bangunan Gedung Kantor", M(A_PGED), 60},
    {"5.1.02.03.03.0011", "Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Tempat Kerja-Bangunan Gedung Tempat Pendidikan", M(A_BOS), 120},
    {"5.1.02.03.04.0036", "Belanja Pemeliharaan Jalan dan Jembatan-Jalan-Jalan Kota", M(A_INFRA), 300},
    {"5.1.02.03.04.0060", "Belanja Pemeliharaan Jalan dan Jembatan-Jembatan-Jembatan pada Jalan Kota", M(A_INFRA), 80},
    {"5.1.02.03.04.0102", "Belanja Pemeliharaan Bangunan Air-Bangunan Pembuang-Saluran Drainase", M(A_INFRA), 150},
    {"5.1.02.03.05.0002", "Belanja Pemeliharaan Aset Tetap Lainnya-Tanaman-Tanaman Hias", M(A_INFRA), 30},
    {"5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", M(A_PERJADIN), 8},
    {"5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota", M(A_PERJADIN) | M(A_INFRA), 4},
    {"5.1.02.04.01.0004", "Belanja Perjalanan Dinas Paket Meeting Dalam Kota", M(A_PERJADIN), 6},
    {"5.1.02.04.01.0005", "Belanja Perjalanan Dinas Paket Meeting Luar Kota", M(A_PERJADIN), 8},
    {"5.1.02.05.01.0001", "Belanja Uang yang Diberikan kepada Pihak Ketiga/Pihak Lain/Masyarakat", M(A_SOS) | M(A_EVENT), 15},
    {"5.1.02.99.99.9999", "Belanja Barang dan Jasa BLUD", M(A_BLUD), 2000},
    {"5.2.01.01.12.0001", "Belanja Modal Tanah untuk Bangunan Gedung", M(A_GED), 800},
    {"5.2.01.01.12.0004", "Belanja Modal Tanah untuk Jalan", M(A_JLN), 600},
    {"5.2.02.02.01.0003", "Belanja Modal Kendaraan Dinas Bermotor Perorangan", M(A_ASETK), 60},
    {"5.2.02.02.01.0004", "Belanja Modal Kendaraan Bermotor Penumpang", M(A_ASETK), 50},
    {"5.2.02.02.01.0005", "Belanja Modal Kendaraan Bermotor Beroda Dua", M(A_ASETK), 15},
    {"5.2.02.02.01.0007", "Belanja Modal Kendaraan Bermotor Khusus", M(A_KHUSUS), 400},
    {"5.2.02.05.01.0005", "Belanja Modal Alat Kantor Lainnya", M(A_PCALAT), 20},
    {"5.2.02.05.02.0001", "Belanja Modal Mebel", M(A_MEBEL) | M(A_BOS), 30},
    {"5.2.02.05.02.0006", "Belanja Modal Alat Pendingin", M(A_PCALAT) | M(A_MEBEL), 15},
    {"5.2.02.06.02.0001", "Belanja Modal Peralatan Studio Visual", M(A_TIK), 80},
    {"5.2.02.07.01.0001", "Belanja Modal Alat Kedokteran Umum", M(A_MEDIS), 300},
    {"5.2.02.08.01.0001", "Belanja Modal Alat Laboratorium Kimia Air", M(A_LAB), 90},
    {"5.2.02.10.01.0002", "Belanja Modal Personal Computer", M(A_PCALAT) | M(A_BOS), 40},
    {"5.2.02.10.02.0003", "Belanja Modal Peralatan Jaringan", M(A_TIK), 120},
    {"5.2.02.18.01.0001", "Belanja Modal Rambu-Rambu Lalu Lintas Darat", M(A_RAMBU), 150},
    {"5.2.02.19.01.0001", "Belanja Modal Peralatan Olahraga", M(A_SENI), 60},
    {"5.2.03.01.01.0001", "Belanja Modal Bangunan Gedung Kantor", M(A_GED), 1500},
    {"5.2.03.01.01.0011", "Belanja Modal Bangunan Gedung Tempat Pendidikan", M(A_GED), 2000},
    {"5.2.03.01.01.0015", "Belanja Modal Bangunan Kesehatan", M(A_GED), 1800},
    {"5.2.03.01.01.0021", "Belanja Modal Bangunan Gedung Pasar", M(A_GED), 1500},
    {"5.2.04.01.01.0004", "Belanja Modal Jalan Kota", M(A_JLN), 5000},
    {"5.2.04.01.02.0004", "Belanja Modal Jembatan pada Jalan Kota", M(A_JLN), 2500},
    {"5.2.04.02.04.0006", "Belanja Modal Bangunan Pembawa Air Kotor-Saluran Drainase", M(A_JLN), 3000},
    {"5.2.04.03.01.0001", "Belanja Modal Instalasi Air Bersih/Air Baku", M(A_JLN), 900},
    {"5.2.04.04.01.0002", "Belanja Modal Jaringan Listrik-Penerangan Jalan Umum", M(A_JLN), 1200},
    {"5.2.05.01.01.0001", "Belanja Modal Bahan Perpustakaan Tercetak-Buku Umum", M(A_BUKU) | M(A_BOS), 60},
    {"5.2.05.02.01.0001", "Belanja Modal Barang Bercorak Kesenian", M(A_SENI), 40},
    {"5.3.01.01.01.0001", "Belanja Tidak Terduga", M(A_BTT), 1},
    {"5.4.02.05.01.0001", "Belanja Bantuan Keuangan kepada Partai Politik", M(A_BANKEU), 1},
    {"5.4.02.02.01.0001", "Belanja Bantuan Keuangan Khusus kepada Kabupaten Tetangga", M(A_BANKEU), 1},
};

/* Level-3 (jenis) names for the messy month's subtotal rows. */
static const char *const jenis[][2] = {
    {"4.1.01", "Pajak Daerah"}, {"4.1.02", "Retribusi Daerah"},
    {"4.1.03", "Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan"},
    {"4.1.04", "Lain-lain PAD yang Sah"},
    {"4.2.01", "Pendapatan Transfer Pemerintah Pusat"},
    {"4.2.02", "Pendapatan Transfer Antar Daerah"}, {"4.3.01", "Pendapatan Hibah"},
    {"4.3.03", "Lain-lain Pendapatan Sesuai dengan Ketentuan Peraturan Perundang-Undangan"},
    {"5.1.01", "Belanja Pegawai"}, {"5.1.02", "Belanja Barang dan Jasa"},
    {"5.1.05", "Belanja Hibah"}, {"5.1.06", "Belanja Bantuan Sosial"},
    {"5.2.01", "Belanja Modal Tanah"}, {"5.2.02", "Belanja Modal Peralatan dan Mesin"},
    {"5.2.03", "Belanja Modal Gedung dan Bangunan"},
    {"5.2.04", "Belanja Modal Jalan, Jaringan, dan Irigasi"},
    {"5.2.05", "Belanja Modal Aset Tetap Lainnya"}, {"5.3.01", "Belanja Tidak Terduga"},
    {"5.4.02", "Belanja Bantuan Keuangan"},
    {"6.1.01", "Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya"},
    {"6.2.02", "Penyertaan Modal Daerah"},
};

/* ---- SKPD and their programs --------------------------------------- */

typedef struct {
    char t;             /* D skpd, P program, K kegiatan, S sub kegiatan, N sub added by APBD-P */
    const char *kode, *nama;
    uint64_t mask;      /* S/N: accounts that may appear */
    const char *dana;   /* D: sumber dana the SKPD uses, comma separated */
    int w;              /* D: staff size; S: size percent (penunjang: chance to appear) */
} Row;

#define D(k, n, w, d) {'D', k, n, 0, d, w}
#define P(k, n) {'P', k, n, 0, NULL, 0}
#define K(k, n) {'K', k, n, 0, NULL, 0}
#define PK(p, pn, k, kn) P(p, pn), K(k, kn)
#define S(k, n, m) {'S', k, n, m, NULL, 0}
#define N(k, n, m) {'N', k, n, m, NULL, 0}
#define SW(k, n, m, w) {'S', k, n, m, NULL, w}

#define PROG_PENUNJANG "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"

/* Program 01, which every SKPD has; kegiatan and sub codes after "U.BB.01.". */
static const Row penunjang[] = {
    K("1.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"),
    SW("0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", T_RENC, 100),
    SW("0006", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", T_RENC, 55),
    SW("0007", "Evaluasi Kinerja Perangkat Daerah", T_RENC, 40),
    K("1.02", "Administrasi Keuangan Perangkat Daerah"),
    SW("0001", "Penyediaan Gaji dan Tunjangan ASN", M(A_PEG), 100),
    SW("0002", "Penyediaan Administrasi Pelaksanaan Tugas ASN", M(A_HONOR) | M(A_RAPAT), 35),
    SW("0003", "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", T_RENC, 70),
    SW("0007", "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD", T_RENC, 35),
    K("1.03", "Administrasi Barang Milik Daerah pada Perangkat Daerah"),
    SW("0006", "Penatausahaan Barang Milik Daerah pada SKPD", T_RENC, 30),
    K("1.05", "Administrasi Kepegawaian Perangkat Daerah"),
    SW("0002", "Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya", M(A_PAKAIAN), 30),
    SW("0009", "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", M(A_DIKLAT) | M(A_PERJADIN), 30),
    K("1.06", "Administrasi Umum Perangkat Daerah"),
    SW("0001", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", M(A_PERABOT), 30),
    SW("0002", "Penyediaan Peralatan dan Perlengkapan Kantor", T_KANTOR, 45),
    SW("0004", "Penyediaan Bahan Logistik Kantor", M(A_ATK), 60),
    SW("0005", "Penyediaan Barang Cetakan dan Penggandaan", M(A_CETAK) | M(A_ATK), 45),
    SW("0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", M(A_RAPAT) | M(A_PERJADIN), 100),
    K("1.07", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah"),
    SW("0002", "Pengadaan Kendaraan Dinas Operasional atau Lapangan", M(A_ASETK), 20),
    SW("0005", "Pengadaan Mebel", M(A_MEBEL), 25),
    SW("0006", "Pengadaan Peralatan dan Mesin Lainnya", M(A_PCALAT), 40),
    K("1.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah"),
    SW("0001", "Penyediaan Jasa Surat Menyurat", M(A_POS), 30),
    SW("0002", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", M(A_BILL), 100),
    SW("0004", "Penyediaan Jasa Pelayanan Umum Kantor", M(A_TENAGA), 80),
    K("1.09", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah"),
    SW("0002", "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan", M(A_KEND), 100),
    SW("0006", "Pemeliharaan Peralatan dan Mesin Lainnya", M(A_PALAT), 45),
    SW("0009", "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", M(A_PGED), 55),
};

/* Sector programs every kecamatan has (urusan 7.01). */
static const Row kecamatan[] = {
    PK("7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
       "2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan"),
    S("0001", "Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait", T_RENC),
    PK("7.01.03", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", "2.02", "Pemberdayaan Masyarakat Kelurahan"),
    SW("0001", "Pembangunan Sarana dan Prasarana Kelurahan", T_JLN | M(A_INFRA), 10),
    SW("0002", "Pemberdayaan Masyarakat di Kelurahan", T_SOS | M(A_HONOR), 30),
    PK("7.01.04", "PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM",
       "2.01", "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum"),
    S("0001", "Sinergi dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan", T_RENC),
};

static const Row rows[] = {
    D("1.01.0.00.0.00.01.0000", "Dinas Pendidikan", 100, "DAU,DAK Fisik,DAK Non Fisik,PAD"),
    PK("1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", "2.01", "Pengelolaan Pendidikan Sekolah Dasar"),
    S("0001", "Pembangunan Unit Sekolah Baru (USB)", T_GED),
    S("0002", "Penambahan Ruang Kelas Baru", T_GED),
    S("0015", "Pengadaan Mebel Sekolah", M(A_MEBEL) | M(A_PCALAT)),
    SW("0024", "Pengelolaan Dana BOS Sekolah Dasar", M(A_BOS), 250),
    K("2.02", "Pengelolaan Pendidikan Sekolah Menengah Pertama"),
    S("0009", "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah", T_GED),
    SW("0025", "Pengelolaan Dana BOS Sekolah Menengah Pertama", M(A_BOS), 200),
    K("2.03", "Pengelolaan Pendidikan Anak Usia Dini (PAUD)"),
    SW("0011", "Pengelolaan Dana BOP PAUD", M(A_BOS), 60),
    PK("1.01.03", "PROGRAM PENGEMBANGAN KURIKULUM", "2.02", "Penetapan Kurikulum Muatan Lokal Pendidikan Dasar"),
    S("0001", "Penyusunan dan Pengembangan Kurikulum Muatan Lokal Pendidikan Dasar", T_KEG),
    PK("1.01.04", "PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN", "2.01", "Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal/Kesetaraan"),
    S("0001", "Perhitungan dan Pemetaan Pendidik dan Tenaga Kependidikan", T_KEG),
    S("0002", "Pengembangan Karir Pendidik dan Tenaga Kependidikan", T_KEG),
    D("1.02.0.00.0.00.01.0000", "Dinas Kesehatan", 30, "DAU,DAK Fisik,DAK Non Fisik,DBH,PAD"),
    PK("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", "2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota"),
    S("0003", "Pembangunan Puskesmas", T_GED),
    S("0014", "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan", T_MEDIS),
    S("0018", "Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan", T_KES),
    K("2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota"),
    S("0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", T_KES | M(A_HONOR)),
    S("0015", "Pengelolaan Pelayanan Kesehatan Orang dengan Tuberkulosis", T_KES),
    S("0025", "Operasional Pelayanan Puskesmas", T_KES | M(A_BILL)),
    S("0027", "Pengelolaan Jaminan Kesehatan Masyarakat", M(A_JKN)),
    PK("1.02.05", "PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN", "2.01", "Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta Masyarakat dan Lintas Sektor Tingkat Daerah Kabupaten/Kota"),
    S("0001", "Peningkatan Upaya Advokasi Kesehatan, Pemberdayaan, Penggalangan Kemitraan, Peran Serta Masyarakat dan Lintas Sektor Tingkat Daerah Kabupaten/Kota", T_KEG),
    D("1.02.0.00.0.00.01.0001", "Rumah Sakit Umum Daerah Kota Contoh", 25, "BLUD,DAU,DAK Fisik"),
    PK("1.02.01", PROG_PENUNJANG,
       "1.10", "Peningkatan Pelayanan BLUD"),
    SW("0001", "Pelayanan dan Penunjang Pelayanan BLUD", M(A_BLUD) | M(A_KES), 120),
    PK("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", "2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota"),
    S("0014", "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan", T_MEDIS),
    S("0009", "Rehabilitasi dan Pemeliharaan Rumah Sakit", T_GED),
    D("1.03.0.00.0.00.01.0000", "Dinas Pekerjaan Umum dan Penataan Ruang", 12, "DAU,DAK Fisik,PAD,Bantuan Keuangan Provinsi"),
    PK("1.03.03", "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM DRAINASE", "2.01", "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kabupaten/Kota"),
    SW("0002", "Pembangunan Sistem Drainase Perkotaan", T_JLN, 250),
    SW("0006", "Operasi dan Pemeliharaan Sistem Drainase Perkotaan", T_INFRA, 200),
    PK("1.03.10", "PROGRAM PENYELENGGARAAN JALAN", "2.01", "Penyelenggaraan Jalan Kabupaten/Kota"),
    SW("0002", "Pembangunan Jalan", T_JLN, 300),
    SW("0004", "Rehabilitasi Jalan", T_JLN, 250),
    SW("0006", "Pemeliharaan Berkala Jalan", T_INFRA, 250),
    SW("0010", "Pembangunan Jembatan", T_JLN, 150),
    S("0015", "Pemeliharaan Rutin Jembatan", T_INFRA),
    PK("1.03.12", "PROGRAM PENYELENGGARAAN PENATAAN RUANG", "2.01", "Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencana Rinci Tata Ruang (RRTR) Kabupaten/Kota"),
    S("0002", "Penyusunan Rencana Detail Tata Ruang (RDTR) Kabupaten/Kota", T_KEG),
    D("1.04.0.00.0.00.01.0000", "Dinas Perumahan dan Kawasan Permukiman", 5, "DAU,PAD,DAK Fisik"),
    PK("1.04.04", "PROGRAM KAWASAN PERMUKIMAN", "2.03", "Penyelenggaraan Kawasan Permukiman Kumuh dengan Luas di Bawah 10 (sepuluh) Ha"),
    S("0002", "Perbaikan Rumah Tidak Layak Huni", T_SOS),
    S("0003", "Pembangunan dan Rehabilitasi Prasarana, Sarana, dan Utilitas Umum (PSU) Kawasan Permukiman", T_JLN),
    PK("1.04.07", "PROGRAM PENINGKATAN PRASARANA, SARANA DAN UTILITAS UMUM (PSU)", "2.01", "Urusan Penyelenggaraan PSU Perumahan"),
    SW("0001", "Penyediaan Penerangan Jalan Umum (PJU) dan Taman Kota", M(A_BILL) | T_INFRA, 250),
    S("0004", "Pengelolaan Taman Pemakaman Umum", T_INFRA),
    D("1.05.0.00.0.00.01.0000", "Satuan Polisi Pamong Praja", 8, "DAU,PAD"),
    PK("1.05.02", "PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM", "2.01", "Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota"),
    S("0001", "Deteksi Dini dan Pencegahan Gangguan Ketenteraman dan Ketertiban Umum", T_RENC),
    S("0003", "Patroli Ketenteraman dan Ketertiban Umum", T_RENC | M(A_KEND)),
    K("2.02", "Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota"),
    S("0001", "Penyidikan dan Penegakan Peraturan Daerah", T_KEG),
    D("1.05.0.00.0.00.02.0000", "Badan Penanggulangan Bencana Daerah", 3, "DAU,PAD"),
    PK("1.05.03", "PROGRAM PENANGGULANGAN BENCANA", "2.01", "Pelayanan Informasi Rawan Bencana Kabupaten/Kota"),
    S("0001", "Penyediaan Informasi Rawan Bencana Kabupaten/Kota", T_RENC),
    K("2.02", "Pelayanan Pencegahan dan Kesiapsiagaan Terhadap Bencana"),
    S("0003", "Pengadaan Peralatan Kesiapsiagaan Bencana", M(A_KHUSUS) | T_TIK),
    K("2.04", "Penanganan Pascabencana Kabupaten/Kota"),
    N("0001", "Pemulihan dan Peningkatan Sosial Ekonomi Masyarakat Terdampak Bencana", T_SOS),
    D("1.05.0.00.0.00.03.0000", "Dinas Pemadam Kebakaran dan Penyelamatan", 5, "DAU,PAD"),
    PK("1.05.04", "PROGRAM PENCEGAHAN, PENANGGULANGAN, PENYELAMATAN KEBAKARAN DAN PENYELAMATAN NON KEBAKARAN", "2.01", "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran dalam Daerah Kabupaten/Kota"),
    S("0001", "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran", T_RENC | M(A_KEND)),
    S("0002", "Pengadaan Sarana dan Prasarana Pemadam Kebakaran", M(A_KHUSUS) | M(A_PCALAT)),
    D("1.06.0.00.0.00.01.0000", "Dinas Sosial", 4, "DAU,PAD,DAK Non Fisik"),
    PK("1.06.04", "PROGRAM REHABILITASI SOSIAL", "2.01", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial"),
    S("0003", "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial", T_KEG),
    S("0006", "Pemberian Permakanan", T_SOS),
    PK("1.06.05", "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", "2.02", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota"),
    S("0001", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", T_RENC),
    K("2.03", "Pemberian Bantuan Sosial kepada Individu, Keluarga, dan Kelompok Masyarakat"),
    S("0001", "Penyaluran Bantuan Sosial kepada Keluarga Miskin dan Rentan", M(A_BANSOS)),
    PK("1.06.06", "PROGRAM PENANGANAN BENCANA", "2.01", "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota"),
    S("0001", "Penyediaan Makanan dan Kebutuhan Dasar Korban Bencana", T_SOS),
    D("2.07.0.00.0.00.01.0000", "Dinas Tenaga Kerja", 3, "DAU,PAD"),
    PK("2.07.03", "PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA", "2.01", "Pelaksanaan Pelatihan berdasarkan Unit Kompetensi"),
    S("0001", "Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja berdasarkan Klaster Kompetensi", T_KEG),
    PK("2.07.04", "PROGRAM PENEMPATAN TENAGA KERJA", "2.01", "Pelayanan Antarkerja di Daerah Kabupaten/Kota"),
    S("0002", "Penyelenggaraan Bursa Kerja", T_KEG),
    D("2.08.0.00.0.00.01.0000", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", 2, "DAU,DAK Non Fisik"),
    PK("2.08.02", "PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN", "2.01", "Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah Kewenangan Kabupaten/Kota"),
    S("0001", "Koordinasi dan Sinkronisasi Perumusan Kebijakan Pelaksanaan PUG", T_KEG),
    PK("2.08.03", "PROGRAM PERLINDUNGAN PEREMPUAN", "2.02", "Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan"),
    S("0001", "Penyediaan Layanan Pengaduan Masyarakat bagi Perempuan Korban Kekerasan", T_KEG),
    D("2.09.0.00.0.00.01.0000", "Dinas Ketahanan Pangan", 2, "DAU,PAD"),
    PK("2.09.03", "PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT", "2.01", "Pelaksanaan Pencapaian Target Konsumsi Pangan Perkapita/Tahun"),
    S("0002", "Pemberdayaan Masyarakat dalam Penganekaragaman Konsumsi Pangan", T_SOS | M(A_EVENT)),
    PK("2.09.05", "PROGRAM PENGAWASAN KEAMANAN PANGAN", "2.01", "Pelaksanaan Pengawasan Keamanan Pangan Segar Daerah Kabupaten/Kota"),
    S("0001", "Koordinasi Pelaksanaan Pengawasan Keamanan Pangan Segar", T_RENC),
    D("2.11.0.00.0.00.01.0000", "Dinas Lingkungan Hidup", 12, "DAU,PAD,DBH"),
    PK("2.11.03", "PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP", "2.01", "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup"),
    S("0001", "Pemantauan Kualitas Air, Udara, dan Tanah", T_KEG | M(A_LAB)),
    PK("2.11.11", "PROGRAM PENGELOLAAN PERSAMPAHAN", "2.01", "Pengelolaan Sampah"),
    SW("0001", "Penanganan Sampah dengan Melakukan Pemilahan, Pengumpulan, Pengangkutan, Pengolahan, dan Pemrosesan Akhir", T_INFRA | M(A_KEND), 250),
    S("0003", "Penyediaan Sarana dan Prasarana Pengelolaan Sampah", M(A_KHUSUS) | T_GED),
    D("2.12.0.00.0.00.01.0000", "Dinas Kependudukan dan Pencatatan Sipil", 4, "DAU,DAK Non Fisik"),
    PK("2.12.02", "PROGRAM PENDAFTARAN PENDUDUK", "2.01", "Pelayanan Pendaftaran Penduduk"),
    S("0001", "Pelayanan Pendaftaran Penduduk dan Pencetakan KTP-el", T_RENC | M(A_TENAGA)),
    PK("2.12.03", "PROGRAM PENCATATAN SIPIL", "2.01", "Pelayanan Pencatatan Sipil"),
    S("0001", "Pelayanan Pencatatan Kelahiran, Kematian, Perkawinan, dan Perceraian", T_RENC),
    PK("2.12.04", "PROGRAM PENGELOLAAN INFORMASI ADMINISTRASI KEPENDUDUKAN", "2.01", "Penyelenggaraan Pengelolaan Informasi Administrasi Kependudukan"),
    S("0001", "Pengelolaan Sistem Informasi Administrasi Kependudukan (SIAK)", T_TIK),
    D("2.14.0.00.0.00.01.0000", "Dinas Pengendalian Penduduk dan Keluarga Berencana", 4, "DAU,DAK Non Fisik"),
    PK("2.14.03", "PROGRAM PEMBINAAN KELUARGA BERENCANA (KB)", "2.02", "Pemberdayaan dan Peningkatan Peran serta Organisasi Kemasyarakatan dalam Pelaksanaan Pelayanan dan Pembinaan Kesertaan Ber-KB"),
    S("0001", "Penyediaan Sarana Penunjang Pelayanan KB", T_KES | M(A_HONOR)),
    PK("2.14.04", "PROGRAM PEMBERDAYAAN DAN PENINGKATAN KELUARGA SEJAHTERA (KS)", "2.01", "Pelaksanaan Pembangunan Keluarga melalui Pembinaan Ketahanan dan Kesejahteraan Keluarga"),
    S("0003", "Pelaksanaan Percepatan Penurunan Stunting", T_KEG | M(A_SOS)),
    D("2.15.0.00.0.00.01.0000", "Dinas Perhubungan", 7, "DAU,PAD"),
    PK("2.15.02", "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", "2.02", "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota"),
    S("0001", "Pengadaan Rambu, Marka, dan Alat Pemberi Isyarat Lalu Lintas", M(A_RAMBU) | M(A_HONOR)),
    K("2.04", "Pengelolaan Terminal Penumpang Tipe C"),
    S("0001", "Pengoperasian dan Pemeliharaan Terminal Penumpang Tipe C", T_INFRA | M(A_BILL)),
    K("2.05", "Pengujian Berkala Kendaraan Bermotor"),
    S("0001", "Pelaksanaan Pengujian Berkala Kendaraan Bermotor", T_RENC | M(A_TENAGA)),
    D("2.16.0.00.0.00.01.0000", "Dinas Komunikasi dan Informatika", 3, "DAU,PAD"),
    PK("2.16.02", "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", "2.01", "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota"),
    S("0003", "Pelayanan Informasi Publik", T_KEG),
    PK("2.16.03", "PROGRAM APLIKASI INFORMATIKA", "2.02", "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota"),
    S("0001", "Pengelolaan Pusat Data Pemerintahan Daerah", T_TIK | M(A_BILL)),
    S("0009", "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah", T_TIK),
    N("0012", "Penyelenggaraan Command Center Kota Contoh", T_TIK | M(A_TENAGA) | M(A_BILL)),
    D("2.17.0.00.0.00.01.0000", "Dinas Koperasi, Usaha Kecil, dan Menengah", 3, "DAU,PAD"),
    PK("2.17.07", "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)", "2.01", "Pemberdayaan Usaha Mikro yang Dilakukan melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan"),
    S("0001", "Fasilitasi Kemudahan Perizinan Usaha Mikro", T_KEG),
    S("0004", "Pemberdayaan dan Pengembangan Usaha Mikro melalui Pelatihan dan Pameran Produk", T_KEG | M(A_SOS)),
    D("2.18.0.00.0.00.01.0000", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", 3, "DAU,PAD"),
    PK("2.18.04", "PROGRAM PELAYANAN PENANAMAN MODAL", "2.01", "Pelayanan Perizinan dan Nonperizinan secara Terpadu Satu Pintu di Bidang Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota"),
    S("0001", "Penyediaan Pelayanan Perizinan Berusaha melalui Sistem Perizinan Berusaha Terintegrasi secara Elektronik", T_RENC | M(A_TENAGA)),
    PK("2.18.03", "PROGRAM PROMOSI PENANAMAN MODAL", "2.01", "Penyelenggaraan Promosi Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota"),
    S("0001", "Pelaksanaan Kegiatan Promosi Penanaman Modal Daerah", T_KEG),
    D("2.19.0.00.0.00.01.0000", "Dinas Pemuda dan Olahraga", 2, "DAU,PAD"),
    PK("2.19.02", "PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN", "2.01", "Penyadaran, Pemberdayaan, dan Pengembangan Pemuda dan Kepemudaan Kabupaten/Kota"),
    S("0001", "Peningkatan Kapasitas Organisasi Kepemudaan", T_KEG),
    PK("2.19.03", "PROGRAM PENGEMBANGAN DAYA SAING KEOLAHRAGAAN", "2.03", "Pembinaan dan Pengembangan Organisasi Olahraga"),
    S("0001", "Pembinaan dan Pengembangan Organisasi Olahraga Prestasi", M(A_HIBAH)),
    K("2.05", "Pengelolaan Prasarana dan Sarana Olahraga"),
    S("0001", "Pemeliharaan Sarana dan Prasarana Olahraga", T_INFRA | M(A_SENI)),
    D("2.22.0.00.0.00.01.0000", "Dinas Kebudayaan dan Pariwisata — “Kota Lama”", 3, "DAU,PAD"),
    PK("2.22.02", "PROGRAM PENGEMBANGAN KEBUDAYAAN", "2.02", "Pelestarian Kesenian Tradisional"),
    SW("0001", "Penyelenggaraan Festival Seni Budaya Kota Lama", T_KEG | M(A_SOS), 40),
    PK("2.22.05", "PROGRAM PELESTARIAN DAN PENGELOLAAN CAGAR BUDAYA", "2.03", "Pengelolaan Cagar Budaya Peringkat Kabupaten/Kota"),
    SW("0001", "Revitalisasi Kawasan Cagar Budaya Kota Lama", T_GED, 40),
    PK("3.26.03", "PROGRAM PEMASARAN PARIWISATA", "2.01", "Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Kabupaten/Kota"),
    S("0001", "Penyediaan Data dan Penyebarluasan Informasi Pariwisata Kabupaten/Kota", T_KEG),
    D("2.23.0.00.0.00.01.0000", "Dinas Perpustakaan dan Kearsipan", 2, "DAU,DAK Non Fisik"),
    PK("2.23.02", "PROGRAM PEMBINAAN PERPUSTAKAAN", "2.01", "Pengelolaan Perpustakaan Tingkat Daerah Kabupaten/Kota"),
    S("0001", "Pengembangan Koleksi Perpustakaan", M(A_BUKU) | M(A_PCALAT)),
    PK("2.24.02", "PROGRAM PENGELOLAAN ARSIP", "2.01", "Pengelolaan Arsip Dinamis Pemerintah Daerah Kabupaten/Kota"),
    S("0001", "Pengelolaan Arsip Dinamis", T_RENC),
    D("3.25.0.00.0.00.01.0000", "Dinas Perikanan", 2, "DAU,PAD"),
    PK("3.25.04", "PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA", "2.01", "Pemberdayaan Pembudi Daya Ikan Kecil"),
    S("0001", "Pemberian Bantuan Sarana dan Prasarana Budidaya Ikan", T_SOS),
    D("3.27.0.00.0.00.01.0000", "Dinas Pertanian", 4, "DAU,DAK Fisik,PAD"),
    PK("3.27.02", "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN", "2.01", "Pengawasan Penggunaan Sarana Pendukung Pertanian Sesuai dengan Komoditas, Teknologi dan Spesifik Lokasi"),
    S("0001", "Penyediaan Benih/Bibit Tanaman Pangan dan Hortikultura", T_SOS),
    PK("3.27.05", "PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER", "2.01", "Penjaminan Kesehatan Hewan, Penutupan dan Pembukaan Daerah Wabah Penyakit Hewan Menular dalam Daerah Kabupaten/Kota"),
    S("0002", "Vaksinasi Rabies dan Pengendalian Penyakit Hewan Menular", T_KES),
    D("3.30.0.00.0.00.01.0000", "Dinas Perdagangan", 3, "DAU,PAD,DAK Fisik"),
    PK("3.30.03", "PROGRAM PENINGKATAN SARANA DISTRIBUSI PERDAGANGAN", "2.01", "Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan"),
    S("0006", "Revitalisasi Pasar Rakyat", T_GED),
    PK("3.30.04", "PROGRAM STABILISASI HARGA BARANG KEBUTUHAN POKOK DAN BARANG PENTING", "2.01", "Menjamin Ketersediaan Barang Kebutuhan Pokok dan Barang Penting di Tingkat Daerah Kabupaten/Kota"),
    S("0003", "Pelaksanaan Operasi Pasar dan Pasar Murah", T_SOS),
    D("3.30.0.00.0.00.01.0001", "UPT Pengelolaan Pasar \"Pasar Besar\"", 2, "PAD"),
    PK("3.30.03", "PROGRAM PENINGKATAN SARANA DISTRIBUSI PERDAGANGAN", "2.01", "Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan"),
    S("0007", "Pengelolaan dan Pemeliharaan Pasar Rakyat", T_INFRA | M(A_BILL)),
    D("3.31.0.00.0.00.01.0000", "Dinas Perindustrian", 2, "DAU,DBH"),
    PK("3.31.02", "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI", "2.01", "Penyusunan, Penerapan, dan Evaluasi Rencana Pembangunan Industri Kabupaten/Kota"),
    S("0001", "Penyusunan Rencana Pembangunan Industri Kabupaten/Kota", T_KEG),
    PK("3.31.04", "PROGRAM PEMBINAAN INDUSTRI HASIL TEMBAKAU", "2.01", "Pembinaan Industri Hasil Tembakau dan Lingkungan Sosial"),
    S("0001", "Pelatihan Keterampilan Kerja bagi Buruh Pabrik Rokok", T_KEG),
    D("4.01.0.00.0.00.01.0000", "Sekretariat Daerah", 12, "DAU,PAD"),
    PK("4.01.02", "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT", "2.01", "Pelaksanaan Kebijakan Kesejahteraan Rakyat"),
    S("0001", "Fasilitasi Pengelolaan Bina Mental Spiritual", T_KEG),
    S("0004", "Fasilitasi Pemberian Hibah kepada Badan, Lembaga, dan Organisasi Kemasyarakatan", M(A_HIBAH)),
    PK("4.01.03", "PROGRAM PEREKONOMIAN DAN PEMBANGUNAN", "2.05", "Pelaksanaan Administrasi Pengadaan Barang dan Jasa"),
    S("0001", "Pengelolaan Pengadaan Barang dan Jasa", T_RENC | M(A_AHLI)),
    K("2.06", "Pelaksanaan Kebijakan Perekonomian"),
    S("0002", "Fasilitasi Pengendalian Inflasi Daerah", T_KEG),
    D("4.02.0.00.0.00.01.0000", "Sekretariat DPRD", 5, "DAU,PAD"),
    PK("4.02.01", PROG_PENUNJANG,
       "1.02", "Administrasi Keuangan Perangkat Daerah"),
    S("0004", "Penyediaan Gaji dan Tunjangan Pimpinan dan Anggota DPRD", M(A_DPRD)),
    PK("4.02.02", "PROGRAM DUKUNGAN PELAKSANAAN TUGAS DAN FUNGSI DPRD", "2.01", "Pembentukan Peraturan Daerah dan Peraturan DPRD"),
    S("0001", "Penyusunan dan Pembahasan Program Pembentukan Peraturan Daerah", T_KEG),
    K("2.02", "Pembahasan Kebijakan Anggaran"),
    S("0001", "Pembahasan KUA dan PPAS", T_RENC),
    K("2.05", "Penyerapan dan Penghimpunan Aspirasi Masyarakat"),
    S("0001", "Pelaksanaan Reses", T_RENC | M(A_EVENT)),
    D("5.01.0.00.0.00.01.0000", "Badan Perencanaan Pembangunan Daerah", 4, "DAU"),
    PK("5.01.02", "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH", "2.01", "Penyusunan Perencanaan dan Pendanaan"),
    S("0002", "Penyusunan Dokumen Perencanaan Pembangunan Daerah (RKPD)", T_KEG),
    S("0006", "Penyelenggaraan Musrenbang Kota", T_RENC | M(A_EVENT)),
    PK("5.01.03", "PROGRAM KOORDINASI DAN SINKRONISASI PERENCANAAN PEMBANGUNAN DAERAH", "2.02", "Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia"),
    S("0001", "Koordinasi Penyusunan Dokumen Perencanaan Bidang Pemerintahan dan Pembangunan Manusia", T_RENC),
    PK("5.05.02", "PROGRAM PENELITIAN DAN PENGEMBANGAN DAERAH", "2.01", "Penelitian dan Pengembangan Pemerintahan Daerah"),
    S("0001", "Kajian Inovasi Daerah", T_KEG),
    D("5.02.0.00.0.00.01.0000", "Badan Pengelolaan Keuangan dan Aset Daerah", 8, "DAU,PAD"),
    PK("5.02.02", "PROGRAM PENGELOLAAN KEUANGAN DAERAH", "2.01", "Koordinasi dan Penyusunan Rencana Anggaran Daerah"),
    S("0001", "Koordinasi, Fasilitasi, Asistensi, Sinkronisasi, Supervisi, Monitoring, dan Evaluasi Penyusunan Dokumen Anggaran", T_KEG),
    K("2.02", "Koordinasi dan Pengelolaan Perbendaharaan Daerah"),
    S("0002", "Koordinasi dan Pengelolaan Kas Daerah", T_RENC),
    K("2.03", "Koordinasi dan Pelaksanaan Akuntansi dan Pelaporan Keuangan Daerah"),
    S("0001", "Koordinasi dan Penyusunan Laporan Keuangan Pemerintah Daerah", T_KEG),
    K("2.06", "Pengelolaan Dana Darurat dan Mendesak"),
    S("0001", "Penyediaan Dana Darurat dan Mendesak", M(A_BTT)),
    K("2.07", "Penyediaan Dana Bantuan Keuangan"),
    S("0001", "Penyaluran Bantuan Keuangan kepada Partai Politik dan Pemerintah Daerah Lainnya", M(A_BANKEU)),
    PK("5.02.03", "PROGRAM PENGELOLAAN BARANG MILIK DAERAH", "2.01", "Pengelolaan Barang Milik Daerah"),
    S("0004", "Inventarisasi dan Penilaian Barang Milik Daerah", T_KEG),
    PK("5.02.04", "PROGRAM PENGELOLAAN PENDAPATAN DAERAH", "2.01", "Pengelolaan Pajak Daerah"),
    S("0001", "Pendataan dan Pendaftaran Objek Pajak Daerah", T_RENC | M(A_TENAGA)),
    S("0003", "Penagihan dan Penerimaan Pajak Daerah", T_KEG | M(A_POS)),
    D("5.03.0.00.0.00.01.0000", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", 3, "DAU"),
    PK("5.03.02", "PROGRAM KEPEGAWAIAN DAERAH", "2.01", "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN"),
    S("0001", "Pengadaan ASN dan Seleksi PPPK", T_KEG),
    K("2.05", "Pengembangan Sumber Daya Manusia"),
    S("0002", "Pengembangan Kompetensi Teknis dan Manajerial ASN", T_KEG),
    D("6.01.0.00.0.00.01.0000", "Inspektorat Daerah", 4, "DAU"),
    PK("6.01.02", "PROGRAM PENYELENGGARAAN PENGAWASAN", "2.01", "Penyelenggaraan Pengawasan Internal"),
    S("0001", "Pengawasan Kinerja Pemerintah Daerah", T_RENC),
    S("0002", "Pengawasan Keuangan Pemerintah Daerah", T_RENC),
    PK("6.01.03", "PROGRAM PERUMUSAN KEBIJAKAN, PENDAMPINGAN DAN ASISTENSI", "2.02", "Pendampingan dan Asistensi"),
    S("0001", "Pendampingan, Asistensi, dan Verifikasi Penyelenggaraan Pemerintahan Daerah", T_RENC),
    D("7.01.0.00.0.00.01.0001", "Kecamatan Contoh Utara", 3, "DAU"),
    D("7.01.0.00.0.00.01.0002", "Kecamatan Contoh Selatan", 3, "DAU"),
    D("7.01.0.00.0.00.01.0003", "Kecamatan Contoh Barat", 3, "DAU"),
    D("7.01.0.00.0.00.01.0004", "Kecamatan Contoh Timur", 3, "DAU"),
    D("7.01.0.00.0.00.01.0005", "Kecamatan Sukamaju", 3, "DAU"),
    D("7.01.0.00.0.00.01.0006", "Kecamatan Cibéber", 3, "DAU"),
    D("7.01.0.00.0.00.01.0007", "Kecamatan Pasirjaya", 3, "DAU"),
    D("8.01.0.00.0.00.01.0000", "Badan Kesatuan Bangsa dan Politik", 2, "DAU,PAD"),
    PK("8.01.02", "PROGRAM PENGUATAN IDEOLOGI PANCASILA DAN KARAKTER KEBANGSAAN", "2.01", "Perumusan Kebijakan Teknis dan Pelaksanaan Pemantapan Pembinaan Ideologi Pancasila, Bela Negara, Wawasan Kebangsaan"),
    S("0001", "Penguatan Ideologi Pancasila dan Karakter Kebangsaan", T_KEG),
    PK("8.01.04", "PROGRAM PEMBERDAYAAN DAN PENGAWASAN ORGANISASI KEMASYARAKATAN", "2.02", "Fasilitasi Penyelenggaraan Pemilihan Kepala Daerah"),
    S("0001", "Dukungan Pendanaan Pemilihan Wali Kota dan Wakil Wali Kota Tahun 2024", M(A_HIBAH)),
};

/* ---- pendapatan and pembiayaan -------------------------------------- */

enum {  /* realisation profiles */
    C_PEG, C_BRG, C_HIBAH, C_BANSOS, C_MODAL, C_BTT, C_BANKEU, C_SILPA, C_PENYERTAAN,
    C_PAJAK, C_PBB, C_DAU, C_TRIWULAN, C_DAKF, C_BOS, C_SEKALI
};

typedef struct {
    const char *kode, *uraian, *skpd;
    int64_t juta;       /* 2024 target, Rp juta */
    int cat;
} Pend;

#define BPKAD "5.02.0.00.0.00.01.0000"

static const Pend pend[] = {
    {"4.1.01.06.01.0001", "Pajak Hotel Bintang Lima", BPKAD, 9000, C_PAJAK},
    {"4.1.01.06.01.0002", "Pajak Hotel Bintang Empat", BPKAD, 12000, C_PAJAK},
    {"4.1.01.06.01.0003", "Pajak Hotel Bintang Tiga", BPKAD, 8500, C_PAJAK},
    {"4.1.01.06.01.0006", "Pajak Hotel Melati", BPKAD, 3000, C_PAJAK},
    {"4.1.01.06.01.0011", "Pajak Rumah Kos", BPKAD, 1200, C_PAJAK},
    {"4.1.01.07.01.0001", "Pajak Restoran", BPKAD, 38000, C_PAJAK},
    {"4.1.01.07.01.0002", "Pajak Rumah Makan", BPKAD, 9000, C_PAJAK},
    {"4.1.01.07.01.0006", "Pajak Katering/Jasa Boga", BPKAD, 4000, C_PAJAK},
    {"4.1.01.08.01.0001", "Pajak Tontonan Film/Bioskop", BPKAD, 3500, C_PAJAK},
    {"4.1.01.08.01.0006", "Pajak Karaoke", BPKAD, 2500, C_PAJAK},
    {"4.1.01.09.01.0001", "Pajak Reklame Papan/Billboard/Videotron/Megatron", BPKAD, 11000, C_PAJAK},
    {"4.1.01.09.01.0002", "Pajak Reklame Kain", BPKAD, 1500, C_PAJAK},
    {"4.1.01.10.01.0001", "Pajak Penerangan Jalan dari Sumber Lain", BPKAD, 60000, C_PAJAK},
    {"4.1.01.10.01.0002", "Pajak Penerangan Jalan Dihasilkan Sendiri", BPKAD, 2000, C_PAJAK},
    {"4.1.01.11.01.0001", "Pajak Parkir", BPKAD, 6500, C_PAJAK},
    {"4.1.01.12.01.0001", "Pajak Air Tanah", BPKAD, 3200, C_PAJAK},
    {"4.1.01.15.01.0001", "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)", BPKAD, 95000, C_PBB},
    {"4.1.01.16.01.0001", "BPHTB-Pemindahan Hak-Jual Beli", BPKAD, 110000, C_PAJAK},
    {"4.1.01.16.01.0003", "BPHTB-Pemindahan Hak-Hibah", BPKAD, 2500, C_PAJAK},
    {"4.1.01.16.01.0006", "BPHTB-Pemindahan Hak-Waris", BPKAD, 3000, C_PAJAK},
    {"4.1.02.01.01.0001", "Retribusi Pelayanan Kesehatan di Puskesmas", "1.02.0.00.0.00.01.0000", 6500, C_PAJAK},
    {"4.1.02.01.01.0002", "Retribusi Pelayanan Kesehatan di Rumah Sakit Umum Daerah", "1.02.0.00.0.00.01.0001", 35000, C_PAJAK},
    {"4.1.02.01.02.0001", "Retribusi Pelayanan Persampahan/Kebersihan", "2.11.0.00.0.00.01.0000", 9500, C_PAJAK},
    {"4.1.02.01.03.0001", "Retribusi Pelayanan Pemakaman dan Pengabuan Mayat", "1.04.0.00.0.00.01.0000", 650, C_PAJAK},
    {"4.1.02.01.05.0001", "Retribusi Pelayanan Pasar", "3.30.0.00.0.00.01.0001", 6500, C_PAJAK},
    {"4.1.02.01.06.0001", "Retribusi Pelayanan Parkir di Tepi Jalan Umum", "2.15.0.00.0.00.01.0000", 5800, C_PAJAK},
    {"4.1.02.01.09.0001", "Retribusi Pengujian Kendaraan Bermotor", "2.15.0.00.0.00.01.0000", 2100, C_PAJAK},
    {"4.1.02.02.01.0001", "Retribusi Pemakaian Kekayaan Daerah-Penyewaan Tanah dan Bangunan", BPKAD, 2300, C_PAJAK},
    {"4.1.02.02.02.0001", "Retribusi Pasar Grosir dan/atau Pertokoan", "3.30.0.00.0.00.01.0001", 1800, C_PAJAK},
    {"4.1.02.02.07.0001", "Retribusi Tempat Rekreasi dan Olahraga", "2.22.0.00.0.00.01.0000", 1200, C_PAJAK},
    {"4.1.02.03.01.0001", "Retribusi Persetujuan Bangunan Gedung", "2.18.0.00.0.00.01.0000", 7500, C_PAJAK},
    {"4.1.02.03.04.0001", "Retribusi Penggunaan Tenaga Kerja Asing", "2.07.0.00.0.00.01.0000", 450, C_PAJAK},
    {"4.1.03.02.01.0001", "Bagian Laba atas Penyertaan Modal pada PT Bank Pembangunan Daerah Provinsi Contoh", BPKAD, 14500, C_SEKALI},
    {"4.1.03.02.01.0002", "Bagian Laba atas Penyertaan Modal pada Perumda Air Minum Tirta Contoh", BPKAD, 3200, C_SEKALI},
    {"4.1.04.05.01.0001", "Jasa Giro Kas Daerah", BPKAD, 3500, C_PAJAK},
    {"4.1.04.07.01.0001", "Pendapatan Bunga Deposito", BPKAD, 9000, C_PAJAK},
    {"4.1.04.08.01.0001", "Penerimaan atas Tuntutan Ganti Kerugian Keuangan Daerah", BPKAD, 150, C_PAJAK},
    {"4.1.04.12.01.0001", "Pendapatan Denda Pajak Bumi dan Bangunan Perdesaan dan Perkotaan", BPKAD, 2800, C_PBB},
    {"4.1.04.15.01.0001", "Pendapatan dari Pengembalian Kelebihan Pembayaran", BPKAD, 500, C_PAJAK},
    {"4.2.01.01.01.0001", "DBH Pajak Bumi dan Bangunan", BPKAD, 3200, C_TRIWULAN},
    {"4.2.01.01.01.0002", "DBH Pajak Penghasilan Pasal 21", BPKAD, 42000, C_TRIWULAN},
    {"4.2.01.01.01.0003", "DBH PPh Pasal 25 dan Pasal 29 Wajib Pajak Orang Pribadi Dalam Negeri", BPKAD, 6500, C_TRIWULAN},
    {"4.2.01.01.01.0004", "DBH Cukai Hasil Tembakau", BPKAD, 18000, C_TRIWULAN},
    {"4.2.01.01.01.0011", "DBH Sumber Daya Alam Minyak Bumi", BPKAD, 4800, C_TRIWULAN},
    {"4.2.01.01.01.0012", "DBH Sumber Daya Alam Gas Bumi", BPKAD, 5600, C_TRIWULAN},
    {"4.2.01.01.01.0015", "DBH Sumber Daya Alam Pertambangan Mineral dan Batubara-Royalti", BPKAD, 7200, C_TRIWULAN},
    {"4.2.01.01.02.0001", "Dana Alokasi Umum yang Tidak Ditentukan Penggunaannya", BPKAD, 860000, C_DAU},
    {"4.2.01.01.02.0002", "DAU yang Ditentukan Penggunaannya Bidang Pendidikan", BPKAD, 38000, C_DAU},
    {"4.2.01.01.02.0003", "DAU yang Ditentukan Penggunaannya Bidang Kesehatan", BPKAD, 22000, C_DAU},
    {"4.2.01.01.02.0004", "DAU yang Ditentukan Penggunaannya Bidang Pekerjaan Umum", BPKAD, 31000, C_DAU},
    {"4.2.01.01.02.0005", "DAU yang Ditentukan Penggunaannya untuk Penggajian PPPK", BPKAD, 54000, C_DAU},
    {"4.2.01.01.02.0006", "DAU yang Ditentukan Penggunaannya untuk Pendanaan Kelurahan", BPKAD, 9000, C_DAU},
    {"4.2.01.01.03.0001", "DAK Fisik-Bidang Pendidikan-Reguler-SD", BPKAD, 8500, C_DAKF},
    {"4.2.01.01.03.0002", "DAK Fisik-Bidang Pendidikan-Reguler-SMP", BPKAD, 6200, C_DAKF},
    {"4.2.01.01.03.0010", "DAK Fisik-Bidang Kesehatan dan KB-Penguatan Sistem Kesehatan", BPKAD, 12000, C_DAKF},
    {"4.2.01.01.03.0020", "DAK Fisik-Bidang Jalan-Reguler", BPKAD, 15500, C_DAKF},
    {"4.2.01.01.03.0025", "DAK Fisik-Bidang Air Minum", BPKAD, 3200, C_DAKF},
    {"4.2.01.01.03.0026", "DAK Fisik-Bidang Sanitasi", BPKAD, 2800, C_DAKF},
    {"4.2.01.01.04.0001", "DAK Non Fisik-BOS Reguler", BPKAD, 98000, C_BOS},
    {"4.2.01.01.04.0003", "DAK Non Fisik-BOP PAUD", BPKAD, 6500, C_BOS},
    {"4.2.01.01.04.0004", "DAK Non Fisik-BOP Pendidikan Kesetaraan", BPKAD, 1200, C_BOS},
    {"4.2.01.01.04.0005", "DAK Non Fisik-Tunjangan Profesi Guru PNSD", BPKAD, 125000, C_TRIWULAN},
    {"4.2.01.01.04.0006", "DAK Non Fisik-Tambahan Penghasilan Guru PNSD", BPKAD, 900, C_TRIWULAN},
    {"4.2.01.01.04.0008", "DAK Non Fisik-Bantuan Operasional Kesehatan (BOK)", BPKAD, 14500, C_TRIWULAN},
    {"4.2.01.01.04.0012", "DAK Non Fisik-Dana Pelayanan Administrasi Kependudukan", BPKAD, 1800, C_TRIWULAN},
    {"4.2.01.02.01.0001", "Dana Insentif Fiskal", BPKAD, 9800, C_SEKALI},
    {"4.2.02.01.01.0001", "Pendapatan Bagi Hasil Pajak Kendaraan Bermotor", BPKAD, 72000, C_TRIWULAN},
    {"4.2.02.01.01.0002", "Pendapatan Bagi Hasil Bea Balik Nama Kendaraan Bermotor", BPKAD, 41000, C_TRIWULAN},
    {"4.2.02.01.01.0003", "Pendapatan Bagi Hasil Pajak Bahan Bakar Kendaraan Bermotor", BPKAD, 28000, C_TRIWULAN},
    {"4.2.02.01.01.0004", "Pendapatan Bagi Hasil Pajak Air Permukaan", BPKAD, 600, C_TRIWULAN},
    {"4.2.02.01.01.0005", "Pendapatan Bagi Hasil Pajak Rokok", BPKAD, 36000, C_TRIWULAN},
    {"4.2.02.02.01.0001", "Bantuan Keuangan Khusus dari Pemerintah Provinsi Contoh", BPKAD, 15000, C_SEKALI},
    {"4.3.01.01.01.0001", "Pendapatan Hibah dari Pemerintah Pusat", BPKAD, 4500, C_SEKALI},
    {"4.3.01.05.01.0001", "Sumbangan Pihak Ketiga", BPKAD, 1200, C_SEKALI},
    {"4.3.03.01.01.0001", "Pendapatan Dana Kapitasi JKN pada FKTP", BPKAD, 26000, C_TRIWULAN},
    {"6.1.01.05.01.0001", "Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya dari Penghematan Belanja", BPKAD, 0, C_SILPA},
    {"6.2.02.02.01.0001", "Penyertaan Modal Daerah pada PT Bank Pembangunan Daerah Provinsi Contoh", BPKAD, 12000, C_PENYERTAAN},
    {"6.2.02.02.01.0002", "Penyertaan Modal Daerah pada Perumda Air Minum Tirta Contoh", BPKAD, 8000, C_PENYERTAAN},
};

/* Recipients for hibah and bansos lines (all fictional). */
static const char *const hibah_org[] = {
    "Yayasan Pendidikan Nurul Huda", "Yayasan Pendidikan Islam Al-Ikhlas",
    "Yayasan Santa Thérèse Kota Contoh", "Pengurus Masjid Jami' Al-Falah Kel. Sukamaju",
    "Majelis Jemaat GPIB \"Immanuel\" Kota Contoh", "Lembaga Pengembangan Tilawatil Qur'an (LPTQ) Kota Contoh",
    "Palang Merah Indonesia Kota Contoh", "Kwartir Cabang Gerakan Pramuka Kota Contoh",
    "Majelis Ulama Indonesia Kota Contoh", "Forum Kerukunan Umat Beragama (FKUB) Kota Contoh",
    "Pondok Pesantren Darul Ulum", "Dewan Kesenian Kota Contoh", "Pengurus Vihara Dharma Bakti",
    "Kelompok Tani \"Sri Rejeki\" Kel. Mekarsari", "Yayasan Panti Asuhan Kasih Bunda",
    "Lembaga Adat Kota Lama", "Paguyuban Seni Reog Sekar Taji", "Yayasan Kanker Indonesia Cabang Kota Contoh",
};
static const char *const olahraga_org[] = {
    "Komite Olahraga Nasional Indonesia (KONI) Kota Contoh",
    "National Paralympic Committee (NPC) Kota Contoh",
    "Komite Olahraga Rekreasi Masyarakat Indonesia (KORMI) Kota Contoh",
};
static const char *const pilkada_org[] = {
    "Komisi Pemilihan Umum Kota Contoh untuk Pemilihan Wali Kota dan Wakil Wali Kota 2024",
    "Badan Pengawas Pemilihan Umum Kota Contoh untuk Pengawasan Pemilihan 2024",
    "Kepolisian Resor Kota Contoh untuk Pengamanan Pemilihan 2024",
    "Komando Distrik Militer 9999/Kota Contoh untuk Pengamanan Pemilihan 2024",
};
static const int64_t pilkada_juta[] = {32500, 9400, 2450, 1150};
static const char *const nama_pria[] = {
    "Budi", "Agus", "Slamet", "Joko", "Dedi", "Ahmad", "Rudi", "Hendra", "Asep", "Wahyu",
    "Yusuf", "Bambang", "Eko", "Iwan", "Dodi", "Ujang", "Teguh", "Suparman",
};
static const char *const nama_wanita[] = {
    "Siti", "Sri", "Dewi", "Nur", "Yuni", "Rina", "Euis", "Wati", "Ani", "Ratna", "Endang", "Sumiati",
};
static const char *const nama_keluarga[] = {
    "Santoso", "Hidayat", "Setiawan", "Saputra", "Kurniawan", "Simanjuntak", "Wijaya", "Permana",
    "Nugraha", "Siregar", "Lubis", "Pratama", "Gunawan", "Hermawan", "Nasution", "Maulana",
};
static const char *const kelurahan[] = {
    "Sukamaju", "Sukasari", "Margahayu", "Karanganyar", "Sidomulyo", "Tanjungsari", "Kebonjati",
    "Pasirjaya", "Mekarsari", "Cibéber", "Bojongsari", "Cempaka Putih", "Sindangrasa", "Kotabaru",
};

/* ---- the budget lines ------------------------------------------------- */

typedef struct {
    int skpd, scale;        /* scale: size in percent of an ordinary sub kegiatan */
    char kode[24];
    const char *prog, *keg, *nama, *dana;
    uint64_t mask;
    int added;              /* 1: appears only with the APBD-P */
} Sub;

enum {
    IN_MURNI = 1, IN_REV = 2, IN_2025 = 4,  /* budgets that hold the line */
    F_OVER = 8,         /* 2024 realisation ends above anggaran */
    F_FIXED = 16,       /* never revised, removed or picked for the correction */
    F_REMOVED = 32,     /* dropped at APBD-P, never realised */
    F_PILKADA = 64,     /* hibah for the 2024 election only */
    F_TWIN = 128        /* APBD-P komponen line sharing its key with twin_of */
};

typedef struct {
    int skpd, sub;          /* sub -1: pendapatan or pembiayaan */
    char kode[24], uraian[200];
    const char *dana;
    int cat, sen, twin_of;  /* sen: realisasi may carry sen */
    unsigned flags;
    int64_t raw;            /* relative size before scaling */
    int64_t ang[3];         /* sen: 2024 murni, 2024 perubahan, 2025 */
    int64_t real[NMONTH];   /* cumulative sen at each month end */
} Line;

static const Row *skpd[MAX_SKPD];    /* the D rows */
static Sub subs[MAX_SUBS];
static Line lines[MAX_LINES];
static int nskpd, nsub, nline, silpa_line, btt_line;

/* Scaled classes: target (Rp ribu) and sum of raw weights. */
enum { SC_PEG, SC_BRG, SC_MODAL, SC_NONE };
static int64_t sc_target[3], sc_raw[3];

static void die(const char *what)
{
    fprintf(stderr, "gen-sample: %s\n", what);
    exit(1);
}

static int starts(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

static int belanja_cat(const char *kode)
{
    static const char *const pfx[] = {"5.1.01", "5.1.02", "5.1.05", "5.1.06", "5.2", "5.3", "5.4", "6.1", "6.2"};
    static const int cat[] = {C_PEG, C_BRG, C_HIBAH, C_BANSOS, C_MODAL, C_BTT, C_BANKEU, C_SILPA, C_PENYERTAAN};
    for (int i = 0; i < NELEM(pfx); i++)
        if (starts(kode, pfx[i]))
            return cat[i];
    return -1;
}

static int scale_class(const Line *l)
{
    return l->cat == C_PEG ? SC_PEG : l->cat == C_BRG ? SC_BRG : l->cat == C_MODAL ? SC_MODAL : SC_NONE;
}

static int find_skpd(const char *kode)
{
    for (int i = 0; i < nskpd; i++)
        if (strcmp(skpd[i]->kode, kode) == 0)
            return i;
    die("unknown SKPD code in table");
    return -1;
}

static Line *add_line(int sk, int sb, const char *kode, const char *uraian, const char *dana, unsigned flags)
{
    if (nline == MAX_LINES)
        die("too many lines");
    Line *l = &lines[nline++];
    *l = (Line){.skpd = sk, .sub = sb, .dana = dana, .flags = flags, .twin_of = -1, .cat = belanja_cat(kode)};
    snprintf(l->kode, sizeof l->kode, "%s", kode);
    snprintf(l->uraian, sizeof l->uraian, "%s", uraian);
    return l;
}

/* Whole Rp ribu, or for one line in ten, whole rupiah. */
static int64_t round_amount(int64_t sen)
{
    if (chance(10))
        return sen / RIBU * RIBU + between(1, 999) * 100;
    return (sen + RIBU / 2) / RIBU * RIBU;
}

/* Anggaran of a scaled line from its raw weight (after budget_murni). */
static int64_t scaled(const Line *l)
{
    int c = scale_class(l);
    int64_t sen = l->raw * sc_target[c] / sc_raw[c] * RIBU;
    return round_amount(sen < 2 * JUTA ? between(15, 40) * 100 * RIBU : sen);
}

/* ---- SKPD, sub kegiatan and their lines ------------------------------- */

static const char *const dana_all[] = {
    "PAD", "DAU", "DAK Fisik", "DAK Non Fisik", "DBH", "BLUD", "Bantuan Keuangan Provinsi",
};

/* Does token t occur in a comma-separated list? */
static int in_list(const char *list, const char *t)
{
    size_t n = strlen(t);
    for (const char *p = list; (p = strstr(p, t)) != NULL; p += n)
        if ((p == list || p[-1] == ',') && (p[n] == ',' || p[n] == '\0'))
            return 1;
    return 0;
}

/* May a sub kegiatan of this kind be paid from fund d? */
static int dana_fits(const char *d, uint64_t mask)
{
    if (strcmp(d, "DAK Fisik") == 0 || strcmp(d, "Bantuan Keuangan Provinsi") == 0)
        return (mask & (M(A_GED) | M(A_JLN) | T_ALAT)) != 0;
    if (strcmp(d, "DAK Non Fisik") == 0)
        return (mask & (M(A_KES) | M(A_SOS) | M(A_DIKLAT) | T_ALAT)) != 0;
    return strcmp(d, "BLUD") != 0;
}

/* Sumber dana of a sub kegiatan (or, with not, a second fund other than not). */
static const char *pick_dana(int sk, uint64_t mask, const char *not)
{
    const char *list = skpd[sk]->dana, *ok[NELEM(dana_all)];
    int n = 0;
    if (!not) {
        if (mask & (M(A_PEG) | M(A_DPRD) | M(A_HIBAH) | M(A_BTT) | M(A_BANKEU)))
            return "DAU";
        if (mask & M(A_BOS))
            return "DAK Non Fisik";
        if (mask & M(A_JKN))
            return "DBH";       /* DBH Cukai Hasil Tembakau pays JKN premiums */
        if (in_list(list, "BLUD"))
            return "BLUD";
        if (starts(skpd[sk]->kode, "7.01"))
            return "DAU";       /* dana kelurahan */
    }
    for (int i = 0; i < NELEM(dana_all); i++)
        if (in_list(list, dana_all[i]) && dana_fits(dana_all[i], mask) && (!not || strcmp(not, dana_all[i])))
            ok[n++] = dana_all[i];
    if (n == 0)
        return not && strcmp(not, "PAD") ? "PAD" : "DAU";
    return !not && chance(55) ? ok[0] : ok[rnd(n)];    /* the first listed fund is the usual one */
}

static void add_sub(int sk, const char *prog, const char *pnama, const char *keg, const char *knama,
                    const Row *r, int scale)
{
    if (nsub == MAX_SUBS)
        die("too many sub kegiatan");
    Sub *s = &subs[nsub++];
    *s = (Sub){.skpd = sk, .scale = scale ? scale : 100, .prog = pnama, .keg = knama,
               .nama = r->nama, .mask = r->mask, .added = r->t == 'N'};
    snprintf(s->kode, sizeof s->kode, "%s.%s.%s", prog, keg, r->kode);
    if ((s->mask & M(A_PEG)) && starts(skpd[sk]->kode, "1.01."))
        s->mask |= M(A_GURU);   /* teachers' allowances sit with Dinas Pendidikan */
    s->dana = pick_dana(sk, s->mask, NULL);
}

/* Walk the P/K/S rows of one SKPD, up to the next D row. */
static void add_rows(int sk, const Row *r, int n)
{
    const char *prog = "", *pnama = "", *keg = "", *knama = "";
    for (int i = 0; i < n && r[i].t != 'D'; i++) {
        if (r[i].t == 'P') {
            prog = r[i].kode;
            pnama = r[i].nama;
        } else if (r[i].t == 'K') {
            keg = r[i].kode;
            knama = r[i].nama;
        } else {
            add_sub(sk, prog, pnama, keg, knama, &r[i], r[i].w);
        }
    }
}

static void build_subs(void)
{
    static char prog[MAX_SKPD][8];
    for (int i = 0; i < NELEM(rows); i++) {
        if (rows[i].t != 'D')
            continue;
        int sk = nskpd++;
        skpd[sk] = &rows[i];
        /* Program 01 under the SKPD's own urusan; small SKPD have fewer of its subs. */
        snprintf(prog[sk], sizeof prog[sk], "%.4s.01", rows[i].kode);
        const char *keg = "", *knama = "";
        for (int j = 0; j < NELEM(penunjang); j++) {
            const Row *r = &penunjang[j];
            if (r->t == 'K') {
                keg = r->kode;
                knama = r->nama;
            } else if (chance(r->w + 10 - (rows[i].w < 4 ? 15 : 0))) {
                add_sub(sk, prog[sk], PROG_PENUNJANG, keg, knama, r, 100);
            }
        }
        add_rows(sk, rows + i + 1, NELEM(rows) - i - 1);
        if (starts(rows[i].kode, "7.01"))
            add_rows(sk, kecamatan, NELEM(kecamatan));
    }
}

/* Raw size of an account line: salaries follow staff, goods less so, works not at all. */
static int64_t raw_weight(const Sub *s, const Akun *a)
{
    int64_t f = starts(a->kode, "5.1.01") ? skpd[s->skpd]->w : starts(a->kode, "5.2") ? 10 : 10 + skpd[s->skpd]->w / 4;
    return a->w * f * s->scale * between(60, 140) / 100;
}

static int has_kode(int sb, const char *kode)
{
    for (int i = 0; i < nline; i++)
        if (lines[i].sub == sb && strcmp(lines[i].kode, kode) == 0)
            return 1;
    return 0;
}

/* "<what> Sdr. Budi Santoso, RT 03/RW 05 Kel. Sukamaju" (one PRNG call per statement). */
static void uraian_orang(char *out, size_t n, const char *what)
{
    int pria = chance(55);
    const char *depan = pria ? nama_pria[rnd(NELEM(nama_pria))] : nama_wanita[rnd(NELEM(nama_wanita))];
    const char *belakang = nama_keluarga[rnd(NELEM(nama_keluarga))];
    int rt = (int)between(1, 12);
    int rw = (int)between(1, 9);
    const char *kel = kelurahan[rnd(NELEM(kelurahan))];
    snprintf(out, n, "%s Sdr%s. %s %s, RT %02d/RW %02d Kel. %s", what, pria ? "" : "i", depan, belakang, rt, rw, kel);
}

/* Hibah and bansos: one line (own sub rincian objek) per named recipient. */
static void gen_penerima(int sb, unsigned flags)
{
    char kode[40], ur[200];
    const Sub *s = &subs[sb];
    int pilkada = starts(s->kode, "8.01"), olahraga = starts(s->kode, "2.19");
    if (s->mask & M(A_BANSOS)) {
        for (int i = 0; i < 46; i++) {
            int barang = i >= 30;
            snprintf(kode, sizeof kode, "5.1.06.%s.01.%04d", barang ? "02" : "01", barang ? i - 29 : i + 1);
            uraian_orang(ur, sizeof ur, barang ? "Bantuan Sosial Paket Sembako kepada Keluarga"
                         : i % 3 ? "Bantuan Sosial kepada" : "Bantuan Sosial Biaya Pendidikan kepada");
            add_line(s->skpd, sb, kode, ur, s->dana, flags)->ang[0] = between(12, 60) * 100 * RIBU;
        }
        return;
    }
    int n = pilkada ? NELEM(pilkada_org) : olahraga ? NELEM(olahraga_org) : NELEM(hibah_org);
    for (int i = 0; i < n; i++) {
        snprintf(kode, sizeof kode, "5.1.05.%s.01.%04d", pilkada ? "01" : "05", i + 1);
        snprintf(ur, sizeof ur, "Hibah kepada %s", pilkada ? pilkada_org[i] : olahraga ? olahraga_org[i] : hibah_org[i]);
        Line *l = add_line(s->skpd, sb, kode, ur, s->dana, flags);
        if (pilkada)
            l->flags |= F_PILKADA | F_FIXED;
        l->ang[0] = pilkada ? pilkada_juta[i] * JUTA : olahraga ? (i ? between(4, 9) * 100 : 3500) * JUTA
                    : between(5, 150) * 5 * JUTA;
    }
}

static void add_akun_line(int sb, const Akun *a, const char *dana, unsigned flags)
{
    const Sub *s = &subs[sb];
    Line *l = add_line(s->skpd, sb, a->kode, a->uraian, a->mask == M(A_GURU) ? "DAK Non Fisik" : dana, flags);
    l->raw = raw_weight(s, a);
    l->sen = (a->mask & M(A_BILL)) != 0;
    if (a->mask & M(A_BTT)) {
        l->ang[0] = 12000 * JUTA;
        l->flags |= F_FIXED;
        btt_line = (int)(l - lines);
    } else if (a->mask & M(A_BANKEU)) {
        l->ang[0] = (starts(a->kode, "5.4.02.05") ? 1150 : 4000) * JUTA;
    }
}

/* Lines of one sub kegiatan: a random choice among the accounts it may use. */
static void fill_sub(int sb, unsigned flags)
{
    const Sub *s = &subs[sb];
    int cand[NELEM(akun)], nc = 0;
    if (s->mask & (M(A_HIBAH) | M(A_BANSOS))) {
        gen_penerima(sb, flags);
        return;
    }
    for (int i = 0; i < NELEM(akun); i++)
        if (akun[i].mask & s->mask)
            cand[nc++] = i;
    for (int i = 0; i < nc; i++) {     /* shuffle */
        int j = i + (int)rnd(nc - i), t = cand[i];
        cand[i] = cand[j];
        cand[j] = t;
    }
    /* Salaries: nearly every allowance; other subs: 3 to 11 accounts. */
    int peg = (s->mask & (M(A_PEG) | M(A_DPRD))) != 0;
    int n = peg ? nc - (int)rnd(3) : nc <= 3 ? nc : (int)between(3, nc > 11 ? 11 : nc);
    for (int i = 0; i < n; i++) {
        const Akun *a = &akun[cand[i]];
        add_akun_line(sb, a, s->dana, flags);
        /* Now and then the same account is co-financed from a second fund. */
        if (!peg && !(a->mask & (M(A_BTT) | M(A_BANKEU))) && chance(3))
            add_akun_line(sb, a, pick_dana(s->skpd, s->mask, s->dana), flags);
    }
    if ((s->mask & M(A_PEG)) && !has_kode(sb, akun[0].kode))
        add_akun_line(sb, &akun[0], s->dana, flags);    /* Gaji Pokok PNS is never missing */
}

static void gen_pendapatan(void)
{
    for (int i = 0; i < NELEM(pend); i++) {
        const Pend *p = &pend[i];
        Line *l = add_line(find_skpd(p->skpd), -1, p->kode, p->uraian, "", IN_MURNI | IN_REV | IN_2025);
        int64_t juta = p->juta * between(94, 106) / 100;
        l->cat = p->cat;
        l->sen = p->cat == C_PAJAK || p->cat == C_PBB;
        l->ang[0] = (juta > 100 ? juta : p->juta) * JUTA;
        if (p->cat == C_SILPA || p->cat == C_DAU)
            l->flags |= F_FIXED;
        if (p->cat == C_SILPA)
            silpa_line = (int)(l - lines);
    }
}

/* ---- budgets: murni, APBD-P and 2025 -------------------------------- */

static int64_t sum_ang(int b, unsigned in, const char *prefix)
{
    int64_t s = 0;
    for (int i = 0; i < nline; i++)
        if ((lines[i].flags & in) && starts(lines[i].kode, prefix))
            s += lines[i].ang[b];
    return s;
}

/* SiLPA closes budget b: pendapatan - belanja + SiLPA - penyertaan = 0.
 * If that puts SiLPA outside Rp 80-150 M, belanja tidak terduga moves instead. */
static void balance(int b, unsigned in)
{
    Line *s = &lines[silpa_line], *t = &lines[btt_line];
    for (int k = 0; k < 2; k++) {
        s->ang[b] = sum_ang(b, in, "5") - sum_ang(b, in, "4") + sum_ang(b, in, "6.2");
        int64_t want = between(1000, 1300) * MILIAR / 10 - s->ang[b];
        if (k || (s->ang[b] >= 80 * MILIAR && s->ang[b] <= 150 * MILIAR) || t->ang[b] + want < 5 * MILIAR)
            break;
        t->ang[b] += want / RIBU * RIBU;
    }
}

static void budget_murni(void)
{
    for (int i = 0; i < nsub; i++)
        if (!subs[i].added)
            fill_sub(i, IN_MURNI | IN_REV | IN_2025);
    gen_pendapatan();

    /* Belanja = pendapatan + SiLPA - penyertaan, with SiLPA about Rp 100-130 M. */
    int64_t belanja = (sum_ang(0, IN_MURNI, "4") - sum_ang(0, IN_MURNI, "6.2")) / RIBU
                      + between(100, 130) * (MILIAR / RIBU);
    int64_t fixed = 0;
    for (int i = 0; i < nline; i++) {
        if (lines[i].kode[0] != '5')
            continue;
        if (scale_class(&lines[i]) == SC_NONE)
            fixed += lines[i].ang[0] / RIBU;
        else
            sc_raw[scale_class(&lines[i])] += lines[i].raw;
    }
    sc_target[SC_PEG] = belanja * between(315, 335) / 1000;
    sc_target[SC_MODAL] = belanja * between(185, 215) / 1000;
    sc_target[SC_BRG] = belanja - fixed - sc_target[SC_PEG] - sc_target[SC_MODAL];
    for (int i = 0; i < nline; i++)
        if (lines[i].kode[0] == '5' && scale_class(&lines[i]) != SC_NONE)
            lines[i].ang[0] = scaled(&lines[i]);
    balance(0, IN_MURNI);
}

/* Predicates for picking lines. */
enum { P_OVER, P_REMOVE, P_HOME, P_KOREKSI };

static int ok(const Line *l, int what)
{
    if ((l->flags & F_FIXED) || !(l->flags & IN_MURNI))
        return 0;
    int brg = l->cat == C_BRG || l->cat == C_MODAL;
    switch (what) {
    case P_OVER: return l->cat == C_PEG || strstr(l->uraian, "Tagihan Listrik") != NULL;
    case P_REMOVE: return brg && !(subs[l->sub].mask & M(A_PEG));
    case P_HOME: return brg && !(subs[l->sub].mask & M(A_BOS));
    default: return l->cat == C_BRG && !l->sen && l->real[2] > 0 && l->real[3] - l->real[2] >= 5 * JUTA;
    }
}

static Line *pick_line(int what)
{
    for (int tries = 0; tries < 1000000; tries++) {
        Line *l = &lines[rnd(nline)];
        if (ok(l, what))
            return l;
    }
    die("no line to pick");
    return NULL;
}

/* A new account in an existing sub kegiatan, or NULL. */
static Line *new_account(unsigned flags)
{
    int sb = pick_line(P_HOME)->sub, start = (int)rnd(NELEM(akun));
    for (int k = 0; k < NELEM(akun); k++) {
        const Akun *a = &akun[(start + k) % NELEM(akun)];
        if ((a->mask & subs[sb].mask) && !(a->mask & (M(A_BTT) | M(A_BANKEU))) && !has_kode(sb, a->kode)) {
            add_akun_line(sb, a, subs[sb].dana, flags);
            return &lines[nline - 1];
        }
    }
    return NULL;
}

static void perubahan(void)
{
    for (int i = 0; i < nline; i++)
        lines[i].ang[1] = lines[i].ang[0];
    for (int k = 0; k < 8; k++)
        pick_line(P_OVER)->flags |= F_OVER | F_FIXED;   /* spent beyond the budget */
    /* About 5% of lines are revised; PAD targets mostly go up. */
    for (int i = 0; i < nline; i++) {
        Line *l = &lines[i];
        if ((l->flags & F_FIXED) || !chance(5))
            continue;
        int pct = l->kode[0] == '4' ? (int)between(95, 118) : (int)between(60, 145);
        l->ang[1] = round_amount(l->ang[0] * pct / 100);
    }
    for (int k = 0; k < 5; k++) {    /* dropped lines are never realised */
        Line *l = pick_line(P_REMOVE);
        l->flags = (l->flags & ~(unsigned)(IN_REV | IN_2025)) | F_REMOVED | F_FIXED;
        l->ang[1] = 0;
    }
    /* New sub kegiatan and accounts, about twenty lines. */
    int first = nline;
    for (int i = 0; i < nsub; i++)
        if (subs[i].added)
            fill_sub(i, IN_REV | IN_2025);
    while (nline - first < 19)
        new_account(IN_REV | IN_2025);
    /* One komponen-level line with the same key as an existing line. */
    Line *o = pick_line(P_HOME);
    Line *t = add_line(o->skpd, o->sub, o->kode, "", o->dana, IN_REV | F_TWIN | F_FIXED);
    snprintf(t->uraian, sizeof t->uraian, "%.120s - Tambahan Kebutuhan APBD Perubahan", o->uraian);
    t->twin_of = (int)(o - lines);
    for (int i = first; i < nline; i++) {
        Line *l = &lines[i];
        l->ang[1] = scale_class(l) == SC_NONE ? l->ang[0] : scaled(l);
        l->ang[0] = 0;
    }
    t->ang[1] = round_amount(o->ang[1] / 4);
    balance(1, IN_REV);
}

static void tahun_2025(void)
{
    for (int i = 0; i < nline; i++) {
        Line *l = &lines[i];
        if (l->flags & (F_PILKADA | F_TWIN))
            l->flags &= ~(unsigned)IN_2025;     /* the election is over; the komponen is merged */
        if (!(l->flags & IN_2025))
            continue;
        int pm = l->kode[0] == '4' ? (int)between(1020, 1100)
                 : chance(5) ? (int)between(700, 1400) : (int)between(1030, 1090);
        l->ang[2] = round_amount(l->ang[1] / 1000 * pm);
    }
    for (int i = 0; i < nline; i++)
        if (lines[i].flags & F_TWIN)
            lines[lines[i].twin_of].ang[2] += round_amount(lines[i].ang[1]);
    for (int k = 0; k < 12; k++) {
        Line *l = new_account(IN_2025);
        if (l) {
            l->ang[2] = scale_class(l) == SC_NONE ? l->ang[0] : round_amount(scaled(l) / 100 * 106);
            l->ang[0] = 0;
        }
    }
    balance(2, IN_2025);
}

/* ---- realisation ------------------------------------------------------ */

/* Monthly weights: THR in April and gaji ke-13 in June; goods; PBB due in August-September. */
static const int base_peg[12] = {1, 1, 1, 2, 1, 2, 1, 1, 1, 1, 1, 1};
static const int base_brg[12] = {3, 6, 8, 12, 14, 17, 7, 7, 7, 5, 5, 9};
static const int base_pbb[12] = {1, 1, 2, 3, 6, 12, 14, 16, 18, 8, 4, 3};

/* The year's realisation, permyriad of anggaran. */
static int final_pm(const Line *l, int y2025)
{
    if (!y2025 && (l->flags & F_REMOVED))
        return 0;
    if (!y2025 && (l->flags & F_OVER))
        return (int)between(10050, 10600);
    switch (l->cat) {
    case C_PEG: return (int)between(9500, 9950);
    case C_BRG: return chance(3) ? 0 : (int)between(9000, 9980);
    case C_MODAL: return chance(3) ? 0 : (int)between(9000, 9950);
    case C_HIBAH: return chance(4) ? 0 : 10000;
    case C_BANSOS: return chance(5) ? 0 : 10000;
    case C_BTT: return (int)between(1000, 5000);
    case C_PAJAK: case C_PBB: return chance(12) ? (int)between(9000, 9800) : (int)between(9800, 11000);
    case C_TRIWULAN: case C_SEKALI: return (int)between(9500, 10000);
    case C_DAKF: return (int)between(8500, 9700);
    default: return 10000;  /* DAU, BOS, SiLPA, penyertaan, bantuan keuangan */
    }
}

static int min11(int m)
{
    return m < 11 ? m : 11;
}

/* Relative payments per month of a line, none before month start. */
static void payments(const Line *l, int64_t ang, int start, int inc[12])
{
    int s = 0;
    memset(inc, 0, 12 * sizeof inc[0]);
    switch (l->cat) {
    case C_PEG: case C_DAU:
        for (int m = 0; m < 12; m++)
            inc[m] = l->cat == C_DAU ? 1 : base_peg[m] * (int)between(97, 103);
        break;
    case C_BRG: case C_PAJAK: case C_PBB:
        if (l->cat == C_BRG && chance(15))
            s = (int)between(1, 6);     /* nothing spent for the first months */
        for (int m = s; m < 12; m++)
            inc[m] = (l->cat == C_BRG ? base_brg[m] : l->cat == C_PBB ? base_pbb[m] : 10) * (int)between(50, 150);
        break;
    case C_MODAL:   /* small purchases paid at once; works by uang muka and termin */
        s = (int)between(start > 2 ? start : 2, ang < 300 * JUTA ? 10 : 7);
        inc[s] = ang < 300 * JUTA ? 1 : (int)between(20, 30);
        if (ang >= 300 * JUTA) {
            inc[min11(s + 2)] += 30;
            inc[min11(s + 4)] += 30;
            inc[min11(s + 6)] += 20;
        }
        break;
    case C_HIBAH:   /* large grants in two tranches */
        s = ang >= MILIAR ? (int)between(1, 3) : (int)between(2, 10);
        inc[s] = 40;
        if (ang >= MILIAR)
            inc[s + (int)between(2, 5)] = 60;
        break;
    case C_BTT:
        for (int k = 0; k < 3; k++) {
            int m = (int)between(0, 11);
            inc[m] += (int)between(1, 5);
        }
        break;
    case C_TRIWULAN:
        for (int q = 0; q < 4; q++)
            inc[q * 3 + 2 - (int)rnd(2)] = q == 0 || q == 3 ? 20 : 30;
        break;
    case C_DAKF:    /* DAK Fisik in three stages */
        inc[between(3, 5)] = 25;
        inc[between(6, 8)] = 45;
        inc[between(9, 11)] = 30;
        break;
    case C_BOS:
        inc[rnd(2)] = 50;
        inc[between(6, 7)] = 50;
        break;
    case C_SILPA: inc[11] = 1; break;
    case C_PENYERTAAN: inc[between(6, 9)] = 1; break;
    case C_BANSOS: inc[between(2, 11)] = 1; break;
    case C_BANKEU: inc[between(5, 11)] = 1; break;
    default: inc[between(3, 10)] = 1; break;    /* C_SEKALI */
    }
    for (int m = 0; m < start; m++) {       /* lines added mid-year start late */
        inc[start] += inc[m];
        inc[m] = 0;
    }
}

/* Cumulative realisasi into out[0..n) for budget ang. */
static void realise(Line *l, int64_t ang, int start, int y2025, int64_t *out, int n)
{
    int inc[12];
    int64_t fin = ang * final_pm(l, y2025) / 10000, total = 0, part = 0, prev = -1;
    payments(l, ang, start, inc);
    for (int m = 0; m < 12; m++)
        total += inc[m];
    for (int m = 0; m < n; m++) {
        part += inc[m];
        int64_t whole = (total ? fin * (part * 10000 / total) / 10000 : 0) / 100 * 100;
        /* Tax receipts and utility bills carry sen; unchanged months keep theirs. */
        if (l->sen && whole == prev)
            out[m] = out[m - 1];
        else
            out[m] = whole + (l->sen && whole > 0 ? rnd(100) : 0);
        prev = whole;
    }
}

static void realisasi(void)
{
    for (int i = 0; i < nline; i++) {
        Line *l = &lines[i];
        if (l->flags & (IN_MURNI | IN_REV)) {
            realise(l, l->ang[(l->flags & IN_REV) ? 1 : 0], (l->flags & IN_MURNI) ? 0 : M_PERUBAHAN, 0, l->real, 12);
            for (int m = 0; m < M_PERUBAHAN && l->kode[0] != '4'; m++)
                if (l->real[m] > l->ang[0])
                    l->real[m] = l->ang[0];     /* before APBD-P the original budget caps spending */
        }
        if (l->flags & IN_2025)
            realise(l, l->ang[2], 0, 1, l->real + 12, 3);
    }
}

/* One April payment posted by mistake, reversed in May, paid properly later. */
static void koreksi(void)
{
    Line *l = pick_line(P_KOREKSI);
    long long april = l->real[M_KOREKSI - 1] / 100;
    l->real[M_KOREKSI] = l->real[M_KOREKSI - 2];
    fprintf(stderr, "gen-sample: correction in 2024-05: %s | %s | %s | %s: realisasi %lld (2024-04) -> %lld (2024-05)\n",
            skpd[l->skpd]->kode, subs[l->sub].kode, l->kode, l->dana, april, (long long)(l->real[M_KOREKSI] / 100));
}

/* ---- output ------------------------------------------------------------ */

static const char *sub_kode(const Line *l)
{
    return l->sub >= 0 ? subs[l->sub].kode : "";
}

/* SKPD, sub kegiatan (pendapatan/pembiayaan first), account, then a full tie-break. */
static int cmp_line(const void *pa, const void *pb)
{
    const Line *a = pa, *b = pb;
    int c = strcmp(skpd[a->skpd]->kode, skpd[b->skpd]->kode);
    if (c == 0)
        c = strcmp(sub_kode(a), sub_kode(b));
    if (c == 0)
        c = strcmp(a->kode, b->kode);
    if (c == 0)
        c = strcmp(a->dana, b->dana);
    return c ? c : strcmp(a->uraian, b->uraian);
}

/* "1500000" or "1234567.89". */
static char *fmt_plain(char *buf, int64_t sen)
{
    unsigned long long a = (unsigned long long)(sen < 0 ? -sen : sen);
    if (a % 100)
        sprintf(buf, "%s%llu.%02llu", sen < 0 ? "-" : "", a / 100, a % 100);
    else
        sprintf(buf, "%s%llu", sen < 0 ? "-" : "", a / 100);
    return buf;
}

/* "1.234.567,89", "1.500.000", "Rp 1.500.000", or "-" for zero. */
static char *fmt_id(char *buf, int64_t sen, int rp)
{
    char digits[32], *p = buf;
    unsigned long long a = (unsigned long long)(sen < 0 ? -sen : sen);
    if (sen == 0)
        return strcpy(buf, "-");
    p += sprintf(p, "%s%s", rp ? "Rp " : "", sen < 0 ? "-" : "");
    int n = sprintf(digits, "%llu", a / 100);
    for (int i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            *p++ = '.';
        *p++ = digits[i];
    }
    if (a % 100)
        sprintf(p, ",%02llu", a % 100);
    else
        *p = '\0';
    return buf;
}

/* real / ang x 100 with two decimals, rounded half away from zero; "" when ang is 0. */
static char *fmt_pct(char *buf, int64_t real, int64_t ang)
{
    if (ang == 0)
        return strcpy(buf, "");
    unsigned long long num = (unsigned long long)(real < 0 ? -real : real) * 10000, den = (unsigned long long)ang;
    unsigned long long q = num / den + (2 * (num % den) >= den);
    sprintf(buf, "%s%llu.%02llu", real < 0 && q ? "-" : "", q / 100, q % 100);
    return buf;
}

/* Windows-1252 bytes for the few non-ASCII characters the names use. */
static const struct { const char *utf8; unsigned char cp; } cp1252[] = {
    {"é", 0xE9}, {"è", 0xE8}, {"É", 0xC9}, {"—", 0x97}, {"–", 0x96}, {"“", 0x93}, {"”", 0x94}, {"’", 0x92},
};

static void put_cp1252(FILE *f, const char *s)
{
    while (*s) {
        int k = 0;
        if ((unsigned char)*s < 0x80) {
            fputc(*s++, f);
            continue;
        }
        while (k < NELEM(cp1252) && !starts(s, cp1252[k].utf8))
            k++;
        if (k == NELEM(cp1252))
            die("a name uses a character missing from the Windows-1252 table");
        fputc(cp1252[k].cp, f);
        s += strlen(cp1252[k].utf8);
    }
}

/* One CSV row, quoting fields that hold the delimiter, a quote or a line
 * break; messy rows go out as Windows-1252 with CRLF. */
static void put_row(FILE *f, const char *const *fld, int n, char delim, int messy)
{
    char buf[8192], *p = buf;
    for (int i = 0; i < n; i++) {
        const char *s = fld[i];
        int q = strchr(s, delim) || strpbrk(s, "\"\r\n");
        if (strlen(s) > 1000)
            die("field too long");
        if (i)
            *p++ = delim;
        if (q)
            *p++ = '"';
        for (; *s; s++) {
            if (*s == '"')
                *p++ = '"';
            *p++ = *s;
        }
        if (q)
            *p++ = '"';
    }
    strcpy(p, messy ? "\r\n" : "\n");
    if (messy)
        put_cp1252(f, buf);
    else
        fputs(buf, f);
}

static FILE *open_out(const char *path)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        perror(path);
        exit(1);
    }
    return f;
}

static void close_out(FILE *f, const char *path)
{
    if (ferror(f) | fclose(f)) {
        perror(path);
        exit(1);
    }
}

/* ---- anggaran kas and realisasi fisik (2024) --------------------------- */

#define PU_SKPD "1.03.0.00.0.00.01.0000"   /* plans early, spends late: far behind plan */

/* A sub kegiatan's lines in budget b (0 murni, 1 perubahan): anggaran and
 * cumulative realisasi per 2024 month; modal: belanja modal lines only. */
static int64_t sub_sums(int sb, int b, int modal, int64_t real[12])
{
    unsigned in = b ? IN_REV : IN_MURNI;
    int64_t ang = 0;
    for (int m = 0; m < 12; m++)
        real[m] = 0;
    for (int i = 0; i < nline; i++) {
        const Line *l = &lines[i];
        if (l->sub != sb || !(l->flags & in) || (modal && strncmp(l->kode, "5.2", 3) != 0))
            continue;
        ang += l->ang[b];
        for (int m = 0; m < 12; m++)
            real[m] += l->real[m];
    }
    return ang;
}

/* Twelve monthly amounts summing to ang exactly: the sub kegiatan's own
 * spending curve, averaged with itself `lead` months later (a plan runs
 * ahead of payments), evenly when it spends nothing. */
static void plan_months(int64_t ang, const int64_t real[12], int lead, int64_t out[12])
{
    int64_t prev = 0, last = real[11];
    for (int m = 0; m < 12; m++) {
        int64_t cum;
        if (m == 11)
            cum = ang;
        else if (last > 0)
            cum = (int64_t)((__int128)ang * (real[m] + real[m + lead < 11 ? m + lead : 11]) / (2 * last));
        else
            cum = ang * (m + 1) / 12;
        if (m < 11)
            cum = cum / 100000 * 100000;        /* whole thousands of rupiah */
        if (cum < prev)
            cum = prev;
        if (cum > ang)
            cum = ang;
        out[m] = cum - prev;
        prev = cum;
    }
}

static void write_kas(const char *path)
{
    static const char *const hdr[] = {
        "kode_skpd", "nama_skpd", "kode_sub_kegiatan", "nama_sub_kegiatan", "tahap",
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember",
    };
    const char *fld[NELEM(hdr)];
    char a[12][40];
    FILE *f = open_out(path);
    put_row(f, hdr, NELEM(hdr), ',', 0);
    for (int sb = 0; sb < nsub; sb++) {
        const Sub *s = &subs[sb];
        int lead = strcmp(skpd[s->skpd]->kode, PU_SKPD) == 0 ? 3 : 1;
        int64_t real[2][12], ang[2];
        ang[0] = sub_sums(sb, 0, 0, real[0]);
        ang[1] = sub_sums(sb, 1, 0, real[1]);
        for (int b = 0; b < 2; b++) {
            int has = 0;
            for (int i = 0; i < nline && !has; i++)
                has = lines[i].sub == sb && (lines[i].flags & (b ? IN_REV : IN_MURNI));
            /* The revised plan: only where APBD-P changed the sub kegiatan. */
            if (b == 0 ? !has : (ang[1] == ang[0] && !s->added))
                continue;
            int64_t bulan[12];
            plan_months(ang[b], real[b], lead, bulan);
            fld[0] = skpd[s->skpd]->kode;
            fld[1] = skpd[s->skpd]->nama;
            fld[2] = s->kode;
            fld[3] = s->nama;
            fld[4] = b ? "perubahan" : "murni";
            for (int m = 0; m < 12; m++)
                fld[5 + m] = fmt_plain(a[m], bulan[m]);
            put_row(f, fld, NELEM(hdr), ',', 0);
        }
    }
    close_out(f, path);
}

/* Physical progress of a sub kegiatan with belanja modal at month m (whole
 * percent, -1 none): the work runs a little ahead of its payments, except
 * where the tender failed (Rehabilitasi Jalan, nothing before August). */
static int fisik_of(int sb, int m)
{
    int64_t real[2][12], ang[2], modal[12];
    int b = m >= M_PERUBAHAN ? 1 : 0;
    if (sub_sums(sb, b, 1, modal) <= 0)
        return -1;              /* progress is reported for belanja modal */
    ang[0] = sub_sums(sb, 0, 0, real[0]);
    ang[1] = sub_sums(sb, 1, 0, real[1]);
    /* cumulative: never below an earlier month's, across the APBD-P too */
    int best = 0;
    for (int k = 0; k <= m; k++) {
        int bk = k >= M_PERUBAHAN ? 1 : 0;
        if (ang[bk] <= 0)
            continue;
        int pct = (int)((__int128)real[bk][k] * 100 / ang[bk]);
        /* the work a little ahead of its payments; in a few, money ahead */
        int v = !pct ? 0 : sb % 17 == 0 ? pct - 15 : pct + 6;
        if (strcmp(subs[sb].kode, "1.03.10.2.01.0004") == 0 && k < 7)
            v = 0;
        if (v > 100)
            v = 100;
        if (v > best)
            best = v;
    }
    return best;
}

static void write_fisik(const char *path, int m)
{
    static const char *const hdr[] = { "kode_skpd", "kode_sub_kegiatan", "realisasi_fisik" };
    const char *fld[3];
    char a[16];
    FILE *f = open_out(path);
    put_row(f, hdr, 3, ',', 0);
    for (int sb = 0; sb < nsub; sb++) {
        int v = fisik_of(sb, m);
        if (v < 0)
            continue;
        snprintf(a, sizeof a, "%d", v);
        fld[0] = skpd[subs[sb].skpd]->kode;
        fld[1] = subs[sb].kode;
        fld[2] = a;
        put_row(f, fld, 3, ',', 0);
    }
    close_out(f, path);
}

static int fisik_cache[MAX_SUBS][12];

static void fisik_all(void)
{
    for (int sb = 0; sb < nsub; sb++)
        for (int m = 0; m < 12; m++)
            fisik_cache[sb][m] = fisik_of(sb, m);
}

/* The nine descriptive columns of a line. */
static void text_fields(const Line *l, const char *fld[])
{
    const Sub *s = l->sub >= 0 ? &subs[l->sub] : NULL;
    fld[0] = skpd[l->skpd]->kode;
    fld[1] = skpd[l->skpd]->nama;
    fld[2] = s ? s->prog : "";
    fld[3] = s ? s->keg : "";
    fld[4] = s ? s->kode : "";
    fld[5] = s ? s->nama : "";
    fld[6] = l->kode;
    fld[7] = l->uraian;
    fld[8] = l->dana;
}

static void write_clean(const char *path, int m)
{
    const char *hdr[13] = {"kode_skpd", "nama_skpd", "nama_program", "nama_kegiatan", "kode_sub_kegiatan",
                           "nama_sub_kegiatan", "kode_rekening", "uraian", "sumber_dana", "anggaran", "realisasi"};
    const char *fld[13];
    char a[4][40];
    int two = m >= M_PERUBAHAN && m < 12, n = two ? 12 : 11;   /* both budgets after APBD-P */
    int fisik = m < 12;     /* 2024: the physical progress of sub kegiatan with belanja modal */
    unsigned in = m < M_PERUBAHAN ? IN_MURNI : m < 12 ? IN_REV : IN_2025;
    FILE *f = open_out(path);
    if (two) {
        hdr[9] = "Anggaran Murni";
        hdr[10] = "Anggaran Setelah Perubahan";
        hdr[11] = "realisasi";
    }
    if (fisik)
        hdr[n] = "realisasi_fisik";
    put_row(f, hdr, n + fisik, ',', 0);
    for (int i = 0; i < nline; i++) {
        const Line *l = &lines[i];
        if (!(l->flags & in))
            continue;
        text_fields(l, fld);
        fld[9] = fmt_plain(a[0], l->ang[m < 12 ? 0 : 2]);
        fld[10] = fmt_plain(a[1], l->ang[1]);
        fld[n - 1] = fmt_plain(a[2], l->real[m]);
        a[3][0] = '\0';
        if (fisik && l->sub >= 0 && fisik_cache[l->sub][m] >= 0)
            snprintf(a[3], sizeof a[3], "%d", fisik_cache[l->sub][m]);
        fld[n] = a[3];
        put_row(f, fld, n + fisik, ',', 0);
    }
    close_out(f, path);
}

/* 2024-06 as SIPD exports it: BOM, its own header, monthly and running columns. */
static void write_sipd(const char *path)
{
    static const char *const hdr[] = {
        "Kode SKPD", "Nama SKPD", "Nama Program", "Nama Kegiatan", "Kode Sub Kegiatan", "Nama Sub Kegiatan",
        "Kode Rekening", "Uraian", "Sumber Dana", "Anggaran", "Realisasi s.d. Bulan Lalu", "Realisasi Bulan Ini",
        "Realisasi s.d. Bulan Ini", "Sisa", "%",
    };
    const char *fld[15];
    char a[6][40];
    FILE *f = open_out(path);
    fputs("\xEF\xBB\xBF", f);
    put_row(f, hdr, NELEM(hdr), ',', 0);
    for (int i = 0; i < nline; i++) {
        const Line *l = &lines[i];
        int64_t ang = l->ang[0], lalu = l->real[M_SIPD - 1], kini = l->real[M_SIPD];
        if (!(l->flags & IN_MURNI))
            continue;
        text_fields(l, fld);
        fld[9] = fmt_plain(a[0], ang);
        fld[10] = fmt_plain(a[1], lalu);
        fld[11] = fmt_plain(a[2], kini - lalu);
        fld[12] = fmt_plain(a[3], kini);
        fld[13] = fmt_plain(a[4], ang - kini);
        fld[14] = fmt_pct(a[5], kini, ang);
        put_row(f, fld, NELEM(hdr), ',', 0);
    }
    close_out(f, path);
}

/* Account codes as the messy month spells them. */
enum { V_NONE, V_APOS, V_SPACE, V_UNPAD };

static void messy_kode(char *out, size_t n, const char *kode, int v)
{
    int s[6];
    if (v == V_APOS)
        snprintf(out, n, "'%s", kode);
    else if (v == V_SPACE)
        snprintf(out, n, chance(50) ? "%s " : " %s", kode);
    else if (v == V_UNPAD && sscanf(kode, "%d.%d.%d.%d.%d.%d", &s[0], &s[1], &s[2], &s[3], &s[4], &s[5]) == 6)
        snprintf(out, n, "%d.%d.%d.%d.%d.%d", s[0], s[1], s[2], s[3], s[4], s[5]);   /* 4.1.1.6.1.1 */
    else
        snprintf(out, n, "%s", kode);
}

static const char *jenis_nama(const char *kode)
{
    for (int i = 0; i < NELEM(jenis); i++)
        if (strncmp(kode, jenis[i][0], 6) == 0)
            return jenis[i][1];
    die("account of an unknown jenis");
    return NULL;
}

static void put_messy(FILE *f, const char *fld[], int64_t ang, int64_t real)
{
    char a[48], b[48];
    fld[9] = fmt_id(a, ang, chance(10));
    fld[10] = fmt_id(b, real, 0);
    put_row(f, fld, 11, ';', 1);
}

/* Sum anggaran and July realisasi over idx[k..] while same() holds. */
static void subtotal(const int *idx, int k, int n, int jenis_only, int64_t *sa, int64_t *sr)
{
    const Line *first = &lines[idx[k]];
    *sa = *sr = 0;
    for (int j = k; j < n; j++) {
        const Line *o = &lines[idx[j]];
        if (o->skpd != first->skpd || (jenis_only && (o->sub != first->sub || strncmp(o->kode, first->kode, 6))))
            break;
        *sa += o->ang[0];
        *sr += o->real[M_MESSY];
    }
}

/* 2024-07 as a desktop finance system exports it. */
static void write_messy(const char *path)
{
    static const char *const hdr[] = {
        "Kode SKPD", "Nama SKPD", "Nama Program", "Nama Kegiatan", "Kode Sub Kegiatan",
        "Nama Sub Kegiatan", "Kode Rekening", "Uraian", "Sumber Dana", "Anggaran", "Realisasi",
    };
    static const int want[] = {0, 30, 30, 10};     /* lines per code spelling */
    static int idx[MAX_LINES], variant[MAX_LINES];
    const char *fld[11];
    char kode[40], jk[8], label[200];
    int64_t sa, sr;
    int n = 0, skpd_start = 0;
    for (int i = 0; i < nline; i++)
        if (lines[i].flags & IN_MURNI)
            idx[n++] = i;
    for (int v = V_APOS; v <= V_UNPAD; v++)
        for (int k = 0; k < want[v];) {
            int i = idx[rnd(n)];
            if (variant[i] == V_NONE) {
                variant[i] = v;
                k++;
            }
        }
    FILE *f = open_out(path);
    fputs("PEMERINTAH KOTA CONTOH\r\nLAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA DAERAH\r\n"
          "Posisi s.d. 31 Juli 2024\r\n\r\n", f);
    put_row(f, hdr, NELEM(hdr), ';', 1);
    for (int k = 0; k < n; k++) {
        const Line *l = &lines[idx[k]], *prev = k ? &lines[idx[k - 1]] : NULL;
        if (!prev || prev->skpd != l->skpd)
            skpd_start = k;
        if (!prev || prev->skpd != l->skpd || prev->sub != l->sub || strncmp(prev->kode, l->kode, 6)) {
            /* A subtotal row heads each jenis within an SKPD and sub kegiatan. */
            subtotal(idx, k, n, 1, &sa, &sr);
            text_fields(l, fld);
            snprintf(jk, sizeof jk, "%.6s", l->kode);
            fld[6] = jk;
            fld[7] = jenis_nama(l->kode);
            fld[8] = "";
            put_messy(f, fld, sa, sr);
        }
        text_fields(l, fld);
        messy_kode(kode, sizeof kode, l->kode, variant[idx[k]]);
        fld[6] = kode;
        put_messy(f, fld, l->ang[0], l->real[M_MESSY]);
        if (k + 1 == n || lines[idx[k + 1]].skpd != l->skpd) {
            /* And a total row closes each SKPD. */
            subtotal(idx, skpd_start, n, 0, &sa, &sr);
            snprintf(label, sizeof label, "Jumlah %s", skpd[l->skpd]->nama);
            for (int c = 2; c < 9; c++)
                fld[c] = "";
            fld[7] = label;
            put_messy(f, fld, sa, sr);
        }
    }
    close_out(f, path);
}

static const char pemda_ini[] =
    "[pemda]\n"
    "nama = Pemerintah Kota Contoh\n"
    "nama_singkat = Kota Contoh\n"
    "kode = 99.99\n"
    "jenis = kota\n"
    "provinsi = Provinsi Contoh\n"
    "zona_waktu = WIB\n"
    "penduduk = 512345\n"
    "logo = logo.svg\n"
    "warna_utama = #0b5394\n"
    "warna_aksen = #e69138\n"
    "url = https://data.kotacontoh.go.id/apbd/\n"
    "lisensi = CC-BY-4.0\n"
    "kontak = bpkad@kotacontoh.go.id\n"
    "kanal_pertanyaan = https://lapor.kotacontoh.go.id/tanya?kode={kode}&nama={nama}&periode={periode}&halaman={halaman}\n"
    "\n"
    "[publikasi]\n"
    "branch = gh-pages\n"
    "penulis = BPKAD Kota Contoh <bpkad@kotacontoh.go.id>\n"
    "format_angka = id\n"
    "\n"
    "[privasi]\n"
    "; account-code prefixes whose uraian names people: replaced by the account's own name\n"
    "sembunyikan_uraian = 5.1.05, 5.1.06\n";

static void make_dir(const char *path)
{
    if (mkdir(path, 0777) != 0 && errno != EEXIST) {
        perror(path);
        exit(1);
    }
}

static void month_name(char *buf, size_t n, int m)
{
    snprintf(buf, n, "%d-%02d", m < 12 ? 2024 : 2025, m % 12 + 1);
}

int main(int argc, char **argv)
{
    int twin = -1;
    char path[4200], mon[16];
    for (int m = 0; argc == 5 && m < NMONTH; m++) {
        month_name(mon, sizeof mon, m);
        if (strcmp(argv[2], "--clean-twin") == 0 && strcmp(mon, argv[3]) == 0)
            twin = m;
    }
    if ((argc != 2 && twin < 0) || strlen(argv[1]) > 4000) {
        fputs("usage: gen-sample OUTDIR [--clean-twin YYYY-MM FILE]\n", stderr);
        return 2;
    }
    build_subs();
    budget_murni();
    perubahan();
    tahun_2025();
    realisasi();
    koreksi();
    qsort(lines, (size_t)nline, sizeof lines[0], cmp_line);
    fisik_all();

    make_dir(argv[1]);
    snprintf(path, sizeof path, "%s/pemda.ini", argv[1]);
    FILE *f = open_out(path);
    fputs(pemda_ini, f);
    close_out(f, path);
    for (int m = 0; m < NMONTH; m++) {
        month_name(mon, sizeof mon, m);
        snprintf(path, sizeof path, "%s/%.4s", argv[1], mon);
        make_dir(path);
        snprintf(path, sizeof path, "%s/%.4s/%s.csv", argv[1], mon, mon);
        if (m == M_SIPD)
            write_sipd(path);
        else if (m == M_MESSY)
            write_messy(path);
        else
            write_clean(path, m);
        if (m == M_SIPD || m == M_MESSY) {
            /* These exports have no column for it: their own file. */
            snprintf(path, sizeof path, "%s/%.4s/%s-fisik.csv", argv[1], mon, mon);
            write_fisik(path, m);
        }
    }
    snprintf(path, sizeof path, "%s/2024/anggaran-kas.csv", argv[1]);
    write_kas(path);
    if (twin >= 0)
        write_clean(argv[4], twin);
    return 0;
}
