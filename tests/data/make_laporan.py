#!/usr/bin/python3
"""Write synthetic report-shaped exports (one SKPD's printed report saved as
CSV, the shape src/laporan.c reads) of the fictional Kabupaten Contoh:

  tests/data/laporan/twins/<case>.csv   one file per variant of the shape, each
      beside <case>.lines.csv (the lines it decodes to, as `apbd lines` prints
      them) and <case>.expect (type, year, SKPD, number of lines, totals in sen);
  tests/data/laporan/sejarah/           a budgets directory of such reports for
      2014 to 2016 (pemda.ini, per-SKPD files in period folders) and EXPECT
      (each period's lines and totals in sen, over all its files).

Run from the repository root: /usr/bin/python3 tests/data/make_laporan.py
Names of programs, kegiatan and amounts are invented, from fixed seeds; the
codes and names of akun, kelompok and jenis are those of data/coa/.
"""
import copy
import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make import grouped, plain, row, write  # noqa: E402  (the house helpers)

TOP = os.path.dirname(os.path.dirname(HERE))
# APBD_LAPORAN_OUT: write elsewhere (the tests regenerate and compare)
OUT = os.environ.get("APBD_LAPORAN_OUT") or os.path.join(HERE, "laporan")
DAERAH = "Kabupaten Contoh"
JUDUL = {"realisasi": "Realisasi Anggaran Pendapatan Belanja Daerah",
         "penjabaran": "Penjabaran Anggaran Pendapatan dan Belanja Daerah",
         "perubahan": "Penjabaran Perubahan Anggaran Pendapatan dan Belanja Daerah"}
LINES_HEAD = ["kode_skpd", "nama_skpd", "nama_program", "nama_kegiatan", "kode_sub_kegiatan",
              "nama_sub_kegiatan", "kode_rekening", "uraian", "sumber_dana", "anggaran_murni",
              "anggaran", "realisasi"]


def chart(name):
    with open(os.path.join(TOP, "data", "coa", name), encoding="utf-8", newline="") as f:
        return {r["kode"]: r["nama"] for r in csv.DictReader(f)}


CHART13 = chart("permendagri-13-2006.csv")
CHART90 = chart("permendagri-90-2019.csv")

# The levels under the charts' (objek and rincian objek), in the usual wording.
BAWAH13 = {
    "4.1.1.01": "Pajak Hotel", "4.1.1.01.01": "Pajak Hotel Melati",
    "4.1.1.02": "Pajak Restoran", "4.1.1.02.01": "Pajak Rumah Makan",
    "4.1.1.04": "Pajak Reklame", "4.1.1.04.01": "Pajak Reklame Papan/Billboard",
    "4.1.1.12": "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan",
    "4.1.1.12.01": "PBB Perdesaan dan Perkotaan Sektor Pedesaan",
    "4.1.2.01": "Retribusi Jasa Umum", "4.1.2.01.01": "Retribusi Pelayanan Kesehatan di Puskesmas",
    "4.1.2.02": "Retribusi Jasa Usaha", "4.1.2.02.01": "Retribusi Pemakaian Kekayaan Daerah",
    "4.1.4.05": "Jasa Giro", "4.1.4.05.01": "Jasa Giro Kas Daerah",
    "4.1.4.16": "Pendapatan BLUD", "4.1.4.16.01": "Pendapatan BLUD Puskesmas",
    "4.1.4.19": "Penerimaan Dana Jaminan Kesehatan Daerah",
    "4.2.1.01": "Bagi Hasil Pajak", "4.2.1.01.01": "Bagi Hasil Pajak Penghasilan Pasal 21",
    "4.2.2.01": "Dana Alokasi Umum", "4.2.2.01.01": "Dana Alokasi Umum",
    "4.2.3.01": "Dana Alokasi Khusus", "4.2.3.01.01": "DAK Bidang Pendidikan",
    "5.1.1.01": "Belanja Gaji dan Tunjangan", "5.1.1.01.01": "Gaji Pokok PNS/Uang Representasi",
    "5.1.1.01.02": "Tunjangan Keluarga", "5.1.1.01.03": "Tunjangan Jabatan Struktural",
    "5.1.1.01.04": "Tunjangan Jabatan Fungsional", "5.1.1.01.06": "Tunjangan Beras",
    "5.1.1.02": "Belanja Tambahan Penghasilan PNS",
    "5.1.1.02.01": "Tambahan Penghasilan berdasarkan Beban Kerja",
    "5.1.4.02": "Belanja Hibah kepada Organisasi Kemasyarakatan",
    "5.1.4.02.01": "Hibah kepada Organisasi Kemasyarakatan Kabupaten Contoh",
    "5.1.7.03": "Belanja Bantuan Keuangan kepada Pemerintahan Desa",
    "5.1.7.03.01": "Alokasi Dana Desa",
    "5.1.8.01": "Belanja Tidak Terduga", "5.1.8.01.01": "Belanja Tidak Terduga",
    "5.2.1.01": "Honorarium PNS", "5.2.1.01.01": "Honorarium Panitia Pelaksana Kegiatan",
    "5.2.1.01.02": "Honorarium Tim Pengadaan Barang dan Jasa",
    "5.2.1.02": "Honorarium Non PNS", "5.2.1.02.01": "Honorarium Narasumber Non PNS",
    "5.2.1.03": "Uang Lembur", "5.2.1.03.01": "Uang Lembur PNS",
    "5.2.2.01": "Belanja Bahan Pakai Habis", "5.2.2.01.01": "Belanja Alat Tulis Kantor",
    "5.2.2.01.04": "Belanja Perangko, Materai dan Benda Pos Lainnya",
    "5.2.2.02": "Belanja Bahan/Material", "5.2.2.02.05": "Belanja Bahan Obat-obatan",
    "5.2.2.03": "Belanja Jasa Kantor", "5.2.2.03.01": "Belanja Telepon",
    "5.2.2.03.02": "Belanja Air", "5.2.2.03.03": "Belanja Listrik",
    "5.2.2.06": "Belanja Cetak dan Penggandaan", "5.2.2.06.01": "Belanja Cetak",
    "5.2.2.06.02": "Belanja Penggandaan",
    "5.2.2.07": "Belanja Sewa Rumah/Gedung/Gudang/Parkir",
    "5.2.2.07.02": "Belanja Sewa Gedung/Kantor/Tempat",
    "5.2.2.11": "Belanja Makanan dan Minuman", "5.2.2.11.02": "Belanja Makanan dan Minuman Rapat",
    "5.2.2.15": "Belanja Perjalanan Dinas", "5.2.2.15.01": "Belanja Perjalanan Dinas Dalam Daerah",
    "5.2.2.15.02": "Belanja Perjalanan Dinas Luar Daerah",
    "5.2.3.10": "Belanja Modal Pengadaan Komputer",
    "5.2.3.10.01": "Belanja Modal Pengadaan Personal Computer",
    "5.2.3.12": "Belanja Modal Pengadaan Mebeulair",
    "5.2.3.12.01": "Belanja Modal Pengadaan Meja dan Kursi Kerja",
    "5.2.3.16": "Belanja Modal Pengadaan Alat-alat Kedokteran",
    "5.2.3.16.01": "Belanja Modal Pengadaan Alat Kedokteran Umum",
    "5.2.3.20": "Belanja Modal Pengadaan Alat Peraga Pendidikan",
    "5.2.3.20.01": "Belanja Modal Pengadaan Alat Permainan Edukatif",
    "5.2.3.26": "Belanja Modal Pengadaan Konstruksi Jalan",
    "5.2.3.26.01": "Belanja Modal Pengadaan Konstruksi Jalan Aspal",
    "5.2.3.49": "Belanja Modal Pengadaan Konstruksi Gedung",
    "5.2.3.49.01": "Belanja Modal Pengadaan Konstruksi Ruang Kelas",
}
BAWAH90 = {
    "4.1.02.01.01": "Retribusi Pelayanan Kesehatan",
    "4.1.02.01.01.0001": "Retribusi Pelayanan Kesehatan di Pusat Kesehatan Masyarakat",
    "4.1.04.16.01": "Pendapatan BLUD",
    "4.1.04.16.01.0001": "Pendapatan dari Jasa Layanan Umum BLUD",
    "5.1.01.01.01": "Belanja Gaji Pokok ASN", "5.1.01.01.01.0001": "Belanja Gaji Pokok PNS",
    "5.1.01.01.02": "Belanja Tunjangan Keluarga ASN",
    "5.1.01.01.02.0001": "Belanja Tunjangan Keluarga PNS",
    "5.1.01.01.03": "Belanja Tunjangan Jabatan ASN",
    "5.1.01.01.03.0001": "Belanja Tunjangan Jabatan PNS",
    "5.1.02.01.01": "Belanja Barang Pakai Habis",
    "5.1.02.01.01.0024": "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
    "5.1.02.01.01.0026": "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak",
    "5.1.02.01.01.0031": "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik",
    "5.1.02.01.01.0052": "Belanja Makanan dan Minuman Rapat",
    "5.1.02.02.01": "Belanja Jasa Kantor",
    "5.1.02.02.01.0003": "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia",
    "5.1.02.04.01": "Belanja Perjalanan Dinas Dalam Negeri",
    "5.1.02.04.01.0001": "Belanja Perjalanan Dinas Biasa",
    "5.2.02.07.01": "Belanja Modal Alat Kedokteran",
    "5.2.02.07.01.0001": "Belanja Modal Alat Kedokteran Umum",
    "5.2.02.10.01": "Belanja Modal Komputer Unit",
    "5.2.02.10.01.0002": "Belanja Modal Personal Computer",
}
# How a printed report names the two top levels of 13/2006 (the chart: PENDAPATAN, BELANJA).
PRINTED13 = {"4": "PENDAPATAN DAERAH", "5": "BELANJA DAERAH"}


def nama13(kode):
    if kode in PRINTED13:
        return PRINTED13[kode]
    return CHART13[kode].upper() if kode in CHART13 else BAWAH13[kode]


def nama90(kode):
    return CHART90.get(kode) or BAWAH90[kode]


# ------------------------------------------------------------ the SKPDs

# 13/2006: pendapatan and belanja tidak langsung leaves, then programs
# (urusan.bidang, program, name, kegiatan: (code, name, the accounts it may use)).
DIKPORA = {
    "org": "1.01.01", "nama": "Dinas Pendidikan, Pemuda dan Olahraga", "pendapatan": [],
    "btl": ["5.1.1.01.01", "5.1.1.01.02", "5.1.1.01.03", "5.1.1.01.04", "5.1.1.01.06",
            "5.1.1.02.01"],
    "programs": [
        ("1.01", "01", "Program Pelayanan Administrasi Perkantoran", [
            ("01", "Penyediaan Jasa Surat Menyurat", ["5.2.1.01.01", "5.2.2.01.04"]),
            ("02", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
             ["5.2.2.03.01", "5.2.2.03.02", "5.2.2.03.03"]),
            ("10", "Penyediaan Alat Tulis Kantor", ["5.2.2.01.01"]),
            ("17", "Penyediaan Makanan dan Minuman", ["5.2.2.11.02"])]),
        ("1.01", "15", "Program Pendidikan Anak Usia Dini", [
            ("07", "Pelatihan Kompetensi Tenaga Pendidik PAUD",
             ["5.2.1.02.01", "5.2.2.06.01", "5.2.2.11.02"]),
            ("12", "Pengadaan Alat Permainan Edukatif PAUD Desa Sukamaju",
             ["5.2.1.01.02", "5.2.3.20.01"])]),
        ("1.01", "16", "Program Wajib Belajar Pendidikan Dasar Sembilan Tahun", [
            ("03", "Penambahan Ruang Kelas SD Negeri 2 Contoh",
             ["5.2.1.01.01", "5.2.2.06.02", "5.2.3.49.01"]),
            ("24", "Penyelenggaraan Lomba Sekolah Sehat Tingkat Kabupaten",
             ["5.2.1.01.01", "5.2.2.11.02", "5.2.2.15.01"])]),
        ("1.18", "20", "Program Pembinaan dan Pemasyarakatan Olah Raga", [
            ("05", "Peningkatan Kesegaran Jasmani dan Rekreasi", ["5.2.1.01.01", "5.2.2.11.02"]),
            ("06", "Penyelenggaraan Kompetisi Olahraga Antar Kecamatan",
             ["5.2.1.02.01", "5.2.2.07.02", "5.2.2.15.01"])]),
    ],
}
DINKES = {
    "org": "1.02.01", "nama": "Dinas Kesehatan",
    "pendapatan": ["4.1.2.01.01", "4.1.4.16.01", "4.1.4.19"],
    "btl": ["5.1.1.01.01", "5.1.1.01.02", "5.1.1.01.04", "5.1.1.01.06", "5.1.1.02.01"],
    "programs": [
        ("1.02", "01", "Program Pelayanan Administrasi Perkantoran", [
            ("01", "Penyediaan jasa surat menyurat", ["5.2.2.01.04"]),
            ("08", "Penyediaan jasa kebersihan kantor", ["5.2.1.01.02", "5.2.2.01.01", "5.2.2.03.02"]),
            ("10", "Penyediaan alat tulis kantor", ["5.2.2.01.01"])]),
        ("1.02", "16", "Program Upaya Kesehatan Masyarakat", [
            ("05", "Peningkatan Pelayanan Kesehatan di Puskesmas Contoh Utara",
             ["5.2.1.01.01", "5.2.2.02.05", "5.2.3.16.01"]),
            ("21", "Pelayanan Kesehatan Gigi dan Mulut Anak Sekolah",
             ["5.2.2.02.05", "5.2.2.11.02"])]),
        ("1.02", "024", "Program Peningkatan Kesehatan Anak Sekolah", [
            ("01", "Pembinaan Kantin Sekolah dan Kaf\u00e9 Sehat",
             ["5.2.1.02.01", "5.2.2.06.01", "5.2.2.11.02"]),
            ("02", "Penjaringan Kesehatan Peserta Didik Baru", ["5.2.1.01.01", "5.2.2.15.01"])]),
    ],
}
KOPERASI = {
    "org": "1.15.01", "nama": "Dinas Koperasi, Usaha Kecil dan Menengah",
    "pendapatan": [("4.1.2.02.01", "Retribusi Pemakaian Kekayaan Daerah (Sewa Gedung Pelatihan)")],
    "btl": ["5.1.1.01.01", "5.1.1.01.02", "5.1.1.01.03", "5.1.1.02.01"],
    "programs": [
        ("1.15", "01", "Program Pelayanan Administrasi Perkantoran", [
            ("02", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
             ["5.2.2.03.01", "5.2.2.03.03"]),
            ("17", "Penyediaan Makanan dan Minuman", ["5.2.2.11.02"])]),
        ("1.15", "15", "Program Penciptaan Iklim Usaha Kecil Menengah yang Kondusif", [
            ("03", "Sosialisasi Kebijakan tentang Usaha Mikro Kecil Menengah",
             ["5.2.1.02.01", "5.2.2.06.02", "5.2.2.11.02"])]),
        ("1.15", "17", "Program Pengembangan Kewirausahaan dan Keunggulan Kompetitif Usaha Kecil Menengah", [
            ("01", "Pelatihan Kewirausahaan bagi Pelaku Usaha Mikro",
             ["5.2.1.02.01", "5.2.2.07.02", "5.2.2.11.02"]),
            ("04", "Fasilitasi Pameran Produk Unggulan Daerah", ["5.2.2.07.02", "5.2.2.15.02"])]),
    ],
}
PU = {
    "org": "1.03.01", "nama": "Dinas Pekerjaan Umum",
    "pendapatan": [("4.1.2.02.01", "Retribusi Pemakaian Kekayaan Daerah (Sewa Alat Berat)")],
    "btl": ["5.1.1.01.01", "5.1.1.01.02", "5.1.1.01.03", "5.1.1.01.06"],
    "programs": [
        ("1.03", "01", "Program Pelayanan Administrasi Perkantoran", [
            ("10", "Penyediaan Alat Tulis Kantor", ["5.2.2.01.01"]),
            ("17", "Penyediaan Makanan dan Minuman", ["5.2.2.11.02"])]),
        ("1.03", "15", "Program Pembangunan Jalan dan Jembatan", [
            ("02", "Pembangunan Jalan Poros Kecamatan Contoh Timur",
             ["5.2.1.01.01", "5.2.2.06.01", "5.2.3.26.01"]),
            ("05", "Pembangunan Jembatan Kali Contoh", ["5.2.1.01.02", "5.2.3.26.01"])]),
        ("1.03", "18", "Program Rehabilitasi/Pemeliharaan Jalan dan Jembatan", [
            ("01", "Rehabilitasi/Pemeliharaan Jalan", ["5.2.1.03.01", "5.2.2.02.05", "5.2.3.26.01"]),
            ("03", "Pemeliharaan Rutin Jembatan", ["5.2.1.01.01", "5.2.2.15.01"])]),
    ],
}
BPKAD = {
    "org": "1.20.03", "nama": "Badan Pengelola Keuangan dan Aset Daerah",
    "pendapatan": ["4.1.1.01.01", "4.1.1.02.01", "4.1.1.04.01", "4.1.1.12.01", "4.1.4.05.01",
                   "4.2.1.01.01", "4.2.2.01.01", "4.2.3.01.01"],
    "btl": ["5.1.1.01.01", "5.1.1.01.02", "5.1.1.02.01", "5.1.4.02.01", "5.1.7.03.01",
            "5.1.8.01.01"],
    "programs": [
        ("1.20", "01", "Program Pelayanan Administrasi Perkantoran", [
            ("01", "Penyediaan Jasa Surat Menyurat", ["5.2.2.01.04"]),
            ("10", "Penyediaan Alat Tulis Kantor", ["5.2.2.01.01", "5.2.2.06.02"])]),
        ("1.20", "06", "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan", [
            ("04", "Penyusunan Pelaporan Keuangan Akhir Tahun",
             ["5.2.1.01.01", "5.2.1.03.01", "5.2.2.06.01"])]),
        ("1.20", "22", "Program Peningkatan dan Pengembangan Pengelolaan Keuangan Daerah", [
            ("05", "Penyusunan Rancangan Peraturan Daerah tentang APBD",
             ["5.2.1.01.01", "5.2.2.11.02", "5.2.2.15.02"]),
            ("09", "Intensifikasi dan Ekstensifikasi Sumber-sumber Pendapatan Daerah",
             ["5.2.1.02.01", "5.2.2.15.01", "5.2.3.10.01"])]),
    ],
}
# 90/2019 (SIPD): programs urusan.bidang + program, kegiatan, sub kegiatan.
DINKES90 = {
    "org": "1.02.0.00.0.00.01.0000", "nama": "Dinas Kesehatan",
    "pendapatan": ["4.1.02.01.01.0001", "4.1.04.16.01.0001"],
    "programs": [
        ("1.02", "01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", [
            ("2.02", "Administrasi Keuangan Perangkat Daerah", [
                ("0001", "Penyediaan Gaji dan Tunjangan ASN",
                 ["5.1.01.01.01.0001", "5.1.01.01.02.0001", "5.1.01.01.03.0001"])]),
            ("2.06", "Administrasi Umum Perangkat Daerah", [
                ("0001", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
                 ["5.1.02.01.01.0031"]),
                ("0005", "Penyediaan Barang Cetakan dan Penggandaan",
                 ["5.1.02.01.01.0024", "5.1.02.01.01.0026"])])]),
        ("1.02", "02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", [
            ("2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", [
                ("0001", "Pengembangan Puskesmas Contoh Selatan",
                 ["5.2.02.07.01.0001", "5.2.02.10.01.0002"])]),
            ("2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", [
                ("0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
                 ["5.1.02.02.01.0003", "5.1.02.01.01.0052", "5.1.02.04.01.0001"]),
                ("0004", "Pengelolaan Pelayanan Kesehatan Balita",
                 ["5.1.02.01.01.0052", "5.1.02.04.01.0001"])])]),
        ("1.02", "03", "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", [
            ("2.01", "Pemberian Izin Praktik Tenaga Kesehatan di Wilayah Kabupaten/Kota", [
                ("0001", "Pengendalian Perizinan Praktik Tenaga Kesehatan",
                 ["5.1.02.02.01.0003", "5.1.02.01.01.0024"])])]),
    ],
}

# ------------------------------------------------------------ amounts

# Anggaran of a line, in rupiah, by its account (the first prefix that matches).
SCALE = [("5.1.1.01.01", 6e9, 24e9), ("5.1.1", 2e8, 3e9), ("5.1.4", 2e9, 9e9),
         ("5.1.7", 4e10, 9e10), ("5.1.8", 1e9, 2.5e9), ("5.2.1", 5e6, 1.5e8),
         ("5.2.2", 4e6, 6e8), ("5.2.3", 6e7, 2.5e9), ("4.1.1", 2e9, 1.8e10),
         ("4.1.2", 3e8, 4e9), ("4.1.4", 5e8, 6e9), ("4.2.1", 2e10, 5e10),
         ("4.2.2", 5.5e11, 7.5e11), ("4.2.3", 3e10, 8e10),
         ("5.1.01", 2e9, 9e9), ("5.1.02", 4e6, 6e8), ("5.2", 6e7, 2.5e9),
         ("4.1.02", 3e8, 4e9), ("4.1.04", 5e8, 6e9)]


def under(kode, prefix):
    return kode == prefix or kode.startswith(prefix + ".")


def anggaran(rng, kode, sen=False):
    lo, hi = next((lo, hi) for p, lo, hi in SCALE if under(kode, p))
    rupiah = rng.randrange(int(lo) // 1000, int(hi) // 1000) * 1000
    return rupiah * 100 + (rng.randrange(1, 100) if sen else 0)


def realisasi(rng, leaf, sen):
    """The year's realization of a line: most a little under, some in full, few nothing."""
    a = leaf["a"]
    if leaf["akun"].startswith("4"):
        b = a * rng.randrange(8500, 12000) // 10000
    else:
        r = rng.random()
        if r < 0.2:
            return a
        b = 0 if r < 0.25 else a * rng.randrange(5500, 9990) // 10000
    b -= b % 100
    if sen and b and b != a and rng.random() < 0.4:
        b += rng.randrange(1, 100)
    return b


def segs(kode):
    return tuple(int(s) for s in kode.split("."))


# ------------------------------------------------------------ a report, as data

def leaf(entry, nama, rng, sen):
    kode, name = entry if isinstance(entry, tuple) else (entry, nama(entry))
    return {"akun": kode, "nama": name, "a": anggaran(rng, kode, sen), "b": 0}


def pick(rng, items, most):
    """The first item and some of the others, at most `most`, in their order."""
    chosen = [0] + [i for i in range(1, len(items)) if rng.random() < 0.7]
    return [items[i] for i in chosen[:most]]


def build13(spec, rng, jenis_only=False, sen=False, caps=False):
    """One SKPD's budget under 13/2006. jenis_only: the lines of the kegiatan are
    their jenis (5.2.1, 5.2.2, 5.2.3), as realisasi printouts often stop there."""
    up = (lambda s: s.upper()) if caps else (lambda s: s)
    programs = []
    for urusan, kode, nama, kegs in spec["programs"]:
        out = []
        for kk, kn, akun in pick(rng, kegs, 4):
            akun = sorted(rng.sample(akun, rng.randint(1, min(3, len(akun)))), key=segs)
            if jenis_only:
                akun = sorted({".".join(a.split(".")[:3]) for a in akun}, key=segs)
            out.append((kk, up(kn), [leaf(a, nama13, rng, False) for a in akun]))
        programs.append((urusan, kode, up(nama), out))
    return {"chart": "13/2006", "org": spec["org"], "nama": spec["nama"],
            "pendapatan": [leaf(e, nama13, rng, False) for e in spec["pendapatan"]],
            "btl": [leaf(e, nama13, rng, sen) for e in spec["btl"]], "programs": programs}


def build90(spec, rng):
    programs = []
    for urusan, kode, nama, kegs in spec["programs"]:
        out = []
        for kk, kn, subs in kegs:
            out.append((kk, kn, [(sk, sn, [leaf(a, nama90, rng, False) for a in akun])
                                 for sk, sn, akun in subs]))
        programs.append((urusan, kode, nama, out))
    return {"chart": "90/2019", "org": spec["org"], "nama": spec["nama"],
            "pendapatan": [leaf(e, nama90, rng, False) for e in spec["pendapatan"]],
            "btl": [], "programs": programs}


def leaves_of(rep):
    """Every line of a report, pendapatan, belanja tidak langsung, then the programs'."""
    out = list(rep["pendapatan"]) + list(rep["btl"])
    for _, _, _, kegs in rep["programs"]:
        for keg in kegs:
            if rep["chart"] == "90/2019":
                for _, _, ls in keg[2]:
                    out += ls
            else:
                out += keg[2]
    return out


def realise(rep, rng, sen=False):
    rep = copy.deepcopy(rep)
    for l in leaves_of(rep):
        l["b"] = realisasi(rng, l, sen)
    return rep


def revise(rep, rng):
    """The budget after revision in b: most lines as they were, some raised or
    cut, one cancelled, and one kegiatan new in the revision (murni 0)."""
    rep = copy.deepcopy(rep)
    for l in leaves_of(rep):
        r = rng.random()
        pct = 100 if r < 0.55 else rng.randrange(105, 140) if r < 0.8 else rng.randrange(70, 95)
        l["b"] = l["a"] * pct // 100 // 100000 * 100000
    bl = [l for l in leaves_of(rep) if l["akun"].startswith("5.2")]
    bl[len(bl) // 2]["b"] = 0
    urusan, kode, nama, kegs = rep["programs"][-1]
    kegs.append(("31", "Pembangunan Talud Penahan Tanah Ruas Jalan Contoh Barat",
                 [{"akun": "5.2.1.01.01", "nama": nama13("5.2.1.01.01"), "a": 0,
                   "b": anggaran(rng, "5.2.1.01.01")},
                  {"akun": "5.2.3.26.01", "nama": nama13("5.2.3.26.01"), "a": 0,
                   "b": anggaran(rng, "5.2.3.26.01")}]))
    return rep


# ------------------------------------------------------------ a report, as rows

def accounts(leaves, start, nama, ctx):
    """The account rows over some lines, from level `start` down, in printed order."""
    codes = [l["akun"] for l in leaves]
    assert not any(under(y, x) for x in codes for y in codes if x != y), codes
    rows, seen = [], set()
    for l in sorted(leaves, key=lambda l: segs(l["akun"])):
        parts = l["akun"].split(".")
        for depth in range(start, len(parts)):
            prefix = ".".join(parts[:depth])
            if prefix not in seen:
                seen.add(prefix)
                sub = [x for x in leaves if under(x["akun"], prefix)]
                rows.append(dict(ctx, kind="akun", akun=prefix, nama=nama(prefix),
                                 a=sum(x["a"] for x in sub), b=sum(x["b"] for x in sub)))
        rows.append(dict(ctx, kind="akun", akun=l["akun"], nama=l["nama"], a=l["a"], b=l["b"],
                         leaf=True, twice=l.get("twice", False)))
        if l.get("twice"):
            rows.append(dict(rows[-1], leaf=False, repeat=True))
    return rows


def total(kind, nama, leaves, **kw):
    return dict(kw, kind=kind, nama=nama, a=sum(l["a"] for l in leaves),
                b=sum(l["b"] for l in leaves))


OUTSIDE = {"prog": None, "keg": None, "sub": None, "prog_nama": "", "keg_nama": "", "sub_nama": ""}


def rows13(rep, layout):
    """Org row, the rows outside programs, then programs, kegiatan, accounts.

    layout "titik-akhir": outside rows are account rows of program 00 (4, 4.1 ...;
    5 BELANJA DAERAH, 5.1 ...; 5.2 BELANJA LANGSUNG over all the programs),
    kegiatan accounts from the jenis. "titik": section rows PENDAPATAN DAERAH,
    BELANJA TIDAK LANGSUNG (program 00) and BELANJA LANGSUNG (00.00), accounts
    under them from 4.1 and 5.1.1, kegiatan accounts from the jenis. "spasi":
    the same sections, kegiatan accounts from 5.2."""
    pend, btl = rep["pendapatan"], rep["btl"]
    inside = [l for l in leaves_of(rep) if l not in pend and l not in btl]
    belanja = btl + inside
    rows = [total("org", rep["nama"], belanja, **OUTSIDE)]
    if layout == "titik-akhir":
        if pend:
            rows += accounts(pend, 1, nama13, OUTSIDE)
        rows.append(total("akun", nama13("5"), belanja, akun="5", **OUTSIDE))
        rows += accounts(btl, 2, nama13, OUTSIDE)
        rows.append(total("akun", nama13("5.2"), inside, akun="5.2", **OUTSIDE))
    else:
        if pend:
            rows.append(total("section", "PENDAPATAN DAERAH", pend, sec="00", **OUTSIDE))
            rows += accounts(pend, 2, nama13, OUTSIDE)
        rows.append(total("section", "BELANJA TIDAK LANGSUNG", btl, sec="00", **OUTSIDE))
        rows += accounts(btl, 3, nama13, OUTSIDE)
        rows.append(total("section", "BELANJA LANGSUNG", inside, sec="00.00", **OUTSIDE))
    start = 2 if layout == "spasi" else 3
    for urusan, p, pn, kegs in rep["programs"]:
        ctx = dict(OUTSIDE, prog=(urusan, p), prog_nama=pn)
        rows.append(total("program", pn, [l for k in kegs for l in k[2]], **ctx))
        for k, kn, ls in kegs:
            kctx = dict(ctx, keg=k, keg_nama=kn, sub=(urusan, p, k), sub_nama=kn)
            rows.append(total("kegiatan", kn, ls, **kctx))
            rows += accounts(ls, start, nama13, kctx)
    return rows


def rows90(rep):
    """SIPD: the SKPD's row, pendapatan accounts from the akun, then program,
    kegiatan, sub kegiatan and its accounts from the akun (5, 5.1, 5.1.02 ...)."""
    belanja = [l for l in leaves_of(rep) if l["akun"].startswith("5")]
    rows = [total("org", rep["nama"], belanja, **OUTSIDE)]
    rows += accounts(rep["pendapatan"], 1, nama90, OUTSIDE)
    for urusan, p, pn, kegs in rep["programs"]:
        ctx = dict(OUTSIDE, prog=(urusan, p), prog_nama=pn)
        rows.append(total("program", pn, [l for k in kegs for s in k[2] for l in s[2]], **ctx))
        for k, kn, subs in kegs:
            kctx = dict(ctx, keg=k, keg_nama=kn)
            rows.append(total("kegiatan", kn, [l for s in subs for l in s[2]], **kctx))
            for s, sn, ls in subs:
                sctx = dict(kctx, sub=(urusan, p, k, s), sub_nama=sn)
                rows.append(total("sub", sn, ls, **sctx))
                rows += accounts(ls, 1, nama90, sctx)
    return rows


def code(r, org, notation):
    """The joined code of a row, written in one of the notations."""
    if notation == "sipd":
        if r["kind"] == "org":
            return org
        head = [org] + (".".join(r["sub"] or r["prog"] + ((r["keg"],) if r["keg"] else ()))
                        .split(".") if r["prog"] else [])
        return ".".join(head + ([r["akun"]] if r["kind"] == "akun" else []))
    if r["kind"] == "org":
        return org + ("." if notation == "titik-akhir" else "")
    urusan = r["prog"][0] if r["prog"] else org.rsplit(".", 1)[0]
    parts = [urusan, org]
    if r["kind"] == "section":
        parts += ["00", "00"] if r["sec"] == "00.00" or notation == "spasi" else ["00"]
    elif r["kind"] == "program":
        parts += [r["prog"][1]] + (["00"] if notation == "titik" else [])
    else:
        parts += [r["prog"][1] if r["prog"] else "00", r["keg"] or "00"]
        if r["kind"] == "akun":
            parts += r["akun"].split(".")
    if notation == "spasi":
        return " . ".join([parts[0], parts[1]] + parts[2:])
    return ".".join(parts) + ("." if notation == "titik-akhir" else "")


# ------------------------------------------------------------ numbers

def en(sen, space=True):
    """English, always with sen, negatives in parentheses: "1,234,567.89 "."""
    s = grouped(sen, ",", ".", always_decimals=True, parens=True)
    return s + " " if space and not s.startswith("(") else s


def en_minus(sen):
    return grouped(sen, ",", ".", always_decimals=True)


def id_grouped(sen):
    return grouped(sen, ".", ",", always_decimals=True, parens=True)


def id_plain(sen):
    """1234567,5 style: Indonesian decimal comma, no grouping."""
    s = plain(sen)
    return s.replace(".", ",")


def whole(sen):
    assert sen % 100 == 0, sen
    return str(sen // 100)


def persen(a, b, neg="()", space=True):
    """Sesudah against Sebelum, in percent with 2 decimals; empty when Sebelum is 0."""
    if a == 0:
        return ""
    d = b - a
    h = (abs(d) * 20000 + abs(a)) // (2 * abs(a))
    s = "%d.%02d" % (h // 100, h % 100)
    if h and (d < 0) != (a < 0):
        return "(" + s + ")" if neg == "()" else "-" + s
    return s + " " if space else s


# ------------------------------------------------------------ writing a report

class Layout:
    """How one finance system prints: notation, delimiter, header, numbers."""

    def __init__(self, notation, header, amounts, delim=",", eol="\n", encoding="utf-8",
                 org_line="dash", blank=False, pad_cells=False, ket=None, drop_dot=0.0,
                 totals=True):
        self.notation, self.header, self.amounts = notation, header, amounts
        self.delim, self.eol, self.encoding = delim, eol, encoding
        self.org_line, self.blank, self.pad_cells, self.ket = org_line, blank, pad_cells, ket
        self.drop_dot, self.totals = drop_dot, totals


def two(fa, fb, fd, fp):
    """Sebelum, Sesudah, difference, percent, Keterangan (empty)."""
    return lambda a, b: [fa(a), fb(b), fd(b - a), fp(a, b), ""]


REALISASI_EN = two(en, lambda b: en(b, space=False) if b else "", en, persen)
PERUBAHAN_EN = two(en_minus, en_minus, en_minus, lambda a, b: persen(a, b, neg="-", space=False))
REALISASI_ID = two(id_grouped, id_grouped, id_grouped, lambda a, b: persen(a, b).replace(".", ","))
REALISASI_ID_PLAIN = lambda a, b: [id_plain(a), id_plain(b), id_plain(b - a), ""]  # noqa: E731

HEAD_REALISASI = ["No. Rekening", "Uraian", "Sebelum", "Sesudah", "Angka", "Prosentase", "Keterangan"]
HEAD_PERUBAHAN = ["No. Rekening", "Uraian", "Sebelum", "Sesudah", "Selisih", "Prosentase",
                  "Keterangan"]
HEAD_JUMLAH = ["No. Rekening", "Uraian", "Jumlah", "Keterangan"]
HEAD_YK = ["KODE REKENING ", "URAIAN ", "ANGGARAN ", "PENJELASAN"]
HEAD_YK_REALISASI = ["KODE REKENING ", "URAIAN ", "SEBELUM ", "SESUDAH ", "BERTAMBAH/BERKURANG ",
                     "PENJELASAN"]


def penjelasan(rng):
    """The Kota Yogyakarta habit: a line's PENJELASAN repeats its name and
    amount in Indonesian format; a line printed twice has it the second time."""
    def ket(r):
        if r.get("repeat"):
            return r["nama"] + " " + grouped(r["a"], ".", ",")
        if r.get("twice"):
            return ""
        if r.get("leaf") or (r["kind"] == "akun" and len(r["akun"].split(".")) == 4
                             and rng.random() < 0.3):
            return r["nama"] + (" " + grouped(r["a"], ".", ",") if rng.random() < 0.8 else "")
        return ""
    return ket


def render(doc, rep, rows, lay, rng):
    """The report's text; sets r["line"] on every row (its line in the file)."""
    d, ncol = lay.delim, len(lay.header)
    pad = [""] * (ncol - 2)
    org = rep["org"]
    out = [row(["Judul", JUDUL[doc["type"]]] + pad, d, lay.eol),
           row(["Daerah", DAERAH] + pad, d, lay.eol),
           row(["Tahun", str(doc["tahun"])] + pad, d, lay.eol)]
    if lay.org_line == "dash":
        shown = org + ("." if lay.notation == "titik-akhir" else "")
        out.append(row(["Kode Organisasi", shown + " - " + rep["nama"]] + pad, d, lay.eol))
    else:
        out.append(row(["Kode Organisasi", org] + pad, d, lay.eol))
        out.append(row(["Nama Organisasi", rep["nama"] + " "] + pad, d, lay.eol))
    out.append(row(["Kolom", str(ncol)] + pad, d, lay.eol))
    if lay.blank:
        out.append(row([""] * ncol, d, lay.eol))
    out.append(row(lay.header, d, lay.eol))
    line = len(out) + 1
    blank_at = len(rows) // 2 if lay.blank else -1
    for i, r in enumerate(rows):
        if i == blank_at:
            out.append(row([""] * ncol, d, lay.eol))
            line += 1
        c = code(r, org, lay.notation)
        if lay.drop_dot and r["kind"] in ("kegiatan", "akun") and rng.random() < lay.drop_dot:
            c = c.rstrip(".")
        cells = [c, r["nama"]]
        if lay.pad_cells:
            cells = [x + " " for x in cells]
        amounts = lay.amounts(r["a"], r["b"])
        if lay.ket:
            amounts[-1] = lay.ket(r)
        text = row(cells + amounts, d, lay.eol)
        r["line"] = line
        line += text.count("\n")
        out.append(text)
    if lay.totals:
        pend = [r for r in rows if r.get("leaf") and r["akun"].startswith("4")]
        bel = [r for r in rows if r.get("leaf") and r["akun"].startswith("5")]
        sums = []
        if pend:
            sums.append(("JUMLAH PENDAPATAN", sum(r["a"] for r in pend), sum(r["b"] for r in pend)))
        sums.append(("JUMLAH BELANJA", sum(r["a"] for r in bel), sum(r["b"] for r in bel)))
        sums.append(("SURPLUS / (DEFISIT)", sums[0][1] - sums[-1][1] if pend else -sums[-1][1],
                     sums[0][2] - sums[-1][2] if pend else -sums[-1][2]))
        for label, a, b in sums:
            amounts = lay.amounts(a, b)
            if lay.ket:
                amounts[-1] = ""
            cells = ["", label + (" " if lay.pad_cells else "")]
            out.append(row(cells + amounts, d, lay.eol))
    return "".join(out)


def amounts_of(doc_type, r):
    """anggaran_murni, anggaran, realisasi of a line, by the document's type."""
    a, b = r["a"], r["b"]
    return {"realisasi": (a, a, b), "penjabaran": (a, a, 0), "perubahan": (a, b, 0)}[doc_type]


def lines_of(doc, rep, rows):
    out = []
    for r in rows:
        if not r.get("leaf"):
            continue
        kode_sub = ".".join(r["sub"]) if r["sub"] else ""
        out.append([rep["org"], rep["nama"].strip(), r["prog_nama"].strip(), r["keg_nama"].strip(),
                    kode_sub, r["sub_nama"].strip(), r["akun"], r["nama"].strip(), ""]
                   + list(amounts_of(doc["type"], r)))
    return out


def summary(lines):
    """Number of lines and totals in sen: pendapatan and belanja by column."""
    def col(prefix, k):
        return sum(l[9 + k] for l in lines if under(l[6], prefix))
    return {"leaves": len(lines), "pendapatan_anggaran": col("4", 1),
            "belanja_murni": col("5", 0), "belanja_anggaran": col("5", 1),
            "belanja_realisasi": col("5", 2)}


def lines_csv(lines):
    return row(LINES_HEAD) + "".join(
        row(l[:9] + [plain(x) for x in l[9:]]) for l in lines)


def report(path, doc, rep, lay, seed, rows=None, expect=True, extra=(), meant=None):
    """Write one report (and, for a twin, its .lines.csv and .expect); its lines.
    meant: the rows as they should have been coded, when rows hold slips the
    reader is to read as meant."""
    rows = rows if rows is not None else (rows90(rep) if rep["chart"] == "90/2019"
                                          else rows13(rep, lay.notation))
    text = render(doc, rep, rows, lay, random.Random(seed))
    write(path, text, lay.encoding)
    lines = lines_of(doc, rep, meant if meant is not None else rows)
    assert 8 <= len(lines) <= 40, (path, len(lines))
    if expect:
        base = path[:-len(".csv")]
        write(base + ".lines.csv", lines_csv(lines))
        s = summary(lines)
        keys = ["leaves", "pendapatan_anggaran", "belanja_anggaran", "belanja_realisasi"]
        if doc["type"] == "perubahan":
            keys.append("belanja_murni")
        write(base + ".expect", "type=%s\ntahun=%d\norg=%s\n" % (doc["type"], doc["tahun"], rep["org"])
              + "".join("%s=%d\n" % (k, s[k]) for k in keys) + "".join(extra))
    return rows, lines


# ------------------------------------------------------------ the twins

def twins():
    t = os.path.join(OUT, "twins")

    def at(name):
        return os.path.join(t, name + ".csv")

    # 1. Realisasi, dotted with a trailing dot, English numbers (Kabupaten Gunungkidul's system).
    rng = random.Random(1401)
    dik = realise(build13(DIKPORA, rng, jenis_only=True, sen=True, caps=True), rng, sen=True)
    lay1 = Layout("titik-akhir", HEAD_REALISASI, REALISASI_EN, blank=True, drop_dot=0.15)
    doc1 = {"type": "realisasi", "tahun": 2014}
    rows1, _ = report(at("realisasi-titik-akhir"), doc1, dik, lay1, 11)

    # 2. Penjabaran, plain dotted, ';', ISO-8859-1 (Kota Yogyakarta's system).
    rng = random.Random(1402)
    kes = build13(DINKES, rng)
    kes["pendapatan"][-1]["twice"] = True              # 4.1.4.19, an objek printed twice
    kes["programs"][0][3][0][2][-1]["twice"] = True     # and a belanja line
    lay2 = Layout("titik", HEAD_YK, lambda a, b: [whole(a), ""], delim=";", encoding="latin-1",
                  org_line="lines", pad_cells=True, ket=penjelasan(random.Random(22)))
    report(at("penjabaran-titik"), {"type": "penjabaran", "tahun": 2014}, kes, lay2, 12)

    # 3. Penjabaran, spaced codes, Indonesian numbers, multi-line Keterangan, CRLF.
    rng = random.Random(1503)
    kop = build13(KOPERASI, rng)
    notes = {"5.2.2.07.02": "Sewa aula pelatihan\r\n2 hari x 3 angkatan",
             "5.2.2.11.02": "Rapat koordinasi,\r\nsnack dan makan siang peserta",
             "4.1.2.02.01": "Target sewa gedung\r\n12 bulan"}
    lay3 = Layout("spasi", HEAD_JUMLAH, lambda a, b: [id_grouped(a), ""], eol="\r\n",
                  ket=lambda r: notes.get(r["akun"], "") if r.get("leaf") else "")
    _, lines3 = report(at("penjabaran-spasi"), {"type": "penjabaran", "tahun": 2015}, kop, lay3, 13)
    assert sum(1 for l in lines3 if l[6] in notes) >= 2

    # 4. Penjabaran Perubahan, dotted with a trailing dot: Sebelum (murni), Sesudah.
    rng = random.Random(1504)
    pu = revise(build13(PU, rng), rng)
    lay4 = Layout("titik-akhir", HEAD_PERUBAHAN, PERUBAHAN_EN, blank=True, drop_dot=0.1)
    report(at("perubahan-titik-akhir"), {"type": "perubahan", "tahun": 2015}, pu, lay4, 14)

    # 5. Realisasi in the SIPD notation of 90/2019.
    rng = random.Random(2305)
    sipd = realise(build90(DINKES90, rng), rng, sen=True)
    lay5 = Layout("sipd", HEAD_REALISASI, REALISASI_EN, blank=True)
    report(at("realisasi-sipd"), {"type": "realisasi", "tahun": 2023}, sipd, lay5, 15)

    # 6. Case 1 with Gunungkidul's two slips: BELANJA LANGSUNG (the programs'
    # total) filed under 5.1.2, and a kegiatan's line coded 5.5.2.
    rows6 = copy.deepcopy(rows1)
    bl = next(r for r in rows6 if r["kind"] == "akun" and not r["prog"] and r["akun"] == "5.2")
    bl["akun"] = "5.1.2"
    slip = next(r for r in rows6 if r.get("leaf") and r["prog"] and r["akun"] == "5.2.2")
    slip["akun"] = "5.5.2"
    render(doc1, dik, rows6, lay1, random.Random(11))   # the lines the rows will have
    warnings = ["LAPORAN_ACCOUNT_NAME:%d" % bl["line"], "LAPORAN_ACCOUNT_BY_NAME:%d" % slip["line"],
                "LAPORAN_MISFILED_TOTAL:%d" % bl["line"]]
    # 5.5.2 BELANJA BARANG DAN JASA is read by its name as 5.2.2: the lines
    # are those of case 1.
    report(at("salah-kode"), doc1, dik, lay1, 11, rows=rows6, meant=rows1,
           extra=["warnings=%d %s\n" % (len(warnings), " ".join(warnings))])


# ------------------------------------------------------------ the history

PEMDA = """[pemda]
nama = Pemerintah Kabupaten Contoh
nama_singkat = Kabupaten Contoh
kode = 99.01
jenis = kabupaten
provinsi = Provinsi Contoh
zona_waktu = WIB
penduduk = 734512
logo = logo.svg
warna_utama = #0b5394
warna_aksen = #e69138
url = https://data.kabcontoh.go.id/apbd/
lisensi = CC-BY-4.0
kontak = bpkad@kabcontoh.go.id
kanal_pertanyaan = https://lapor.kabcontoh.go.id/tanya?kode={kode}&nama={nama}&periode={periode}&halaman={halaman}

[publikasi]
branch = gh-pages
penulis = BPKAD Kabupaten Contoh <bpkad@kabcontoh.go.id>
format_angka = id

[privasi]
; account-code prefixes whose uraian names people: replaced by the account's own name
sembunyikan_uraian = 5.1.05, 5.1.06

[bagan_akun]
; the chart each year's codes follow; years not listed: 13/2006 up to 2020, 90/2019 from 2021
2016 = 13/2006
"""

# Each SKPD's system: its realisasi and its penjabaran layout.
SYSTEMS = {
    "1.01.01": (Layout("titik-akhir", HEAD_REALISASI, REALISASI_EN, blank=True, drop_dot=0.15),
                Layout("titik-akhir", HEAD_JUMLAH, lambda a, b: [en(a), ""], blank=True,
                       drop_dot=0.15)),
    "1.02.01": (Layout("titik", HEAD_YK_REALISASI, REALISASI_ID_PLAIN, delim=";",
                       encoding="latin-1", org_line="lines", pad_cells=True),
                Layout("titik", HEAD_YK, lambda a, b: [whole(a), ""], delim=";",
                       encoding="latin-1", org_line="lines", pad_cells=True)),
    "1.20.03": (Layout("spasi", HEAD_REALISASI[:4] + ["Bertambah/(Berkurang)", "Prosentase",
                                                      "Keterangan"], REALISASI_ID),
                Layout("spasi", HEAD_JUMLAH, lambda a, b: [id_grouped(a), ""])),
}


def sejarah():
    s = os.path.join(OUT, "sejarah")
    write(os.path.join(s, "pemda.ini"), PEMDA)
    periods = []

    def period(name, files):
        lines = [l for f in files for l in f]
        k = summary(lines)
        pend_b = sum(l[11] for l in lines if under(l[6], "4"))
        periods.append("%s files=%d lines=%d belanja_anggaran=%d belanja_realisasi=%d "
                       "pendapatan_anggaran=%d pendapatan_realisasi=%d\n"
                       % (name, len(files), k["leaves"], k["belanja_anggaran"],
                          k["belanja_realisasi"], k["pendapatan_anggaran"], pend_b))

    def one(path, doc, rep, lay, seed):
        return report(os.path.join(s, path), doc, rep, lay, seed, expect=False)[1]

    specs = [DIKPORA, DINKES, BPKAD]
    # 2014: the year's realization, one report per SKPD, each SKPD's own system.
    files = []
    for i, spec in enumerate(specs):
        rng = random.Random(2014100 + i)
        rep = realise(build13(spec, rng, jenis_only=spec is DIKPORA, sen=spec is not BPKAD,
                              caps=spec is DIKPORA), rng, sen=True)
        files.append(one("2014/2014-12/realisasi-%s.csv" % spec["org"],
                         {"type": "realisasi", "tahun": 2014}, rep, SYSTEMS[spec["org"]][0], 40 + i))
    period("2014-12", files)
    # 2015: the penjabaran, then the realization of the same lines.
    apbd, real = [], []
    for i, spec in enumerate(specs):
        rng = random.Random(2015100 + i)
        rep = build13(spec, rng, jenis_only=spec is DIKPORA, caps=spec is DIKPORA)
        apbd.append(one("2015/2015-apbd/penjabaran-%s.csv" % spec["org"],
                        {"type": "penjabaran", "tahun": 2015}, rep, SYSTEMS[spec["org"]][1], 50 + i))
        rep = realise(rep, rng, sen=True)
        real.append(one("2015/2015-12/realisasi-%s.csv" % spec["org"],
                        {"type": "realisasi", "tahun": 2015}, rep, SYSTEMS[spec["org"]][0], 60 + i))
        assert [l[:10] for l in apbd[-1]] == [l[:10] for l in real[-1]]
    period("2015-apbd", apbd)
    period("2015-12", real)
    # 2016: one SKPD's penjabaran, the year's only period.
    rep = build13(DINKES, random.Random(2016102))
    period("2016-apbd", [one("2016/2016-apbd.csv", {"type": "penjabaran", "tahun": 2016}, rep,
                             SYSTEMS["1.02.01"][1], 70)])
    write(os.path.join(s, "EXPECT"),
          "# Each period of this budgets directory: its report files, the lines they decode\n"
          "# to and their totals in sen (realisasi is 0 where the period is a budget only).\n"
          + "".join(periods))


if __name__ == "__main__":
    twins()
    sejarah()
