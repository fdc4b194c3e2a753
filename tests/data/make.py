#!/usr/bin/python3
"""Write the importer's test inputs: tests/data/quirks/ (every quirk of real
exports, each decoding to exactly the lines of quirks/clean.csv) and
tests/data/check/<case>/ (one file per error or warning `apbd check` names).

Run from the repository root: /usr/bin/python3 tests/data/make.py
The expected outputs beside the cases are written by running apbd and read
by a person before they are committed (tests/e2e/t20_check_cases.sh --update).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

BPKAD = ("5.02.0.00.0.00.01.0000", "Badan Keuangan \u2014 \u201cKota Contoh\u201d")
DINKES = ("1.02.0.00.0.00.01.0000", "Dinas Kesehatan")
SUB1 = ("1.02.02.2.01.0001", 'Penyediaan "Layanan" Kesehatan')
SUB2 = ("1.02.02.2.02.0003", "Sub Kegiatan Dua")
NOSUB = ("", "")

# (skpd, sub, kode_rekening, uraian, sumber_dana, anggaran_sen, realisasi_sen)
LINES = [
    (BPKAD, NOSUB, "4.1.01.06.01.0001", "Pajak Hotel", "PAD", 150000000000, 72345678910),
    (BPKAD, NOSUB, "4.1.02.01.01.0001", "Retribusi Pelayanan Kesehatan, Puskesmas", "PAD",
     25000000000, -123400000),
    (DINKES, SUB1, "5.1.02.01.01.0024", "Belanja Alat Tulis\nKantor", "DAK Non Fisik", 1250000000, 0),
    (DINKES, SUB1, "5.1.02.01.01.0026", "Belanja Caf\u00e9 & Katering", "DAU", 775000050, 775000050),
    (DINKES, SUB1, "5.2.02.05.01.0001", "Belanja Modal Komputer; Laptop", "DAK Fisik",
     30000000000, 12500000000),
    (DINKES, SUB2, "5.1.01.01.01.0001", "Belanja Gaji Pokok PNS", "DAU", 120000000000, 60000000000),
]

HEAD = ["kode_skpd", "nama_skpd", "kode_sub_kegiatan", "nama_sub_kegiatan", "kode_rekening",
        "uraian", "sumber_dana", "anggaran", "realisasi"]


def plain(sen):
    neg = sen < 0
    sen = abs(sen)
    s = str(sen // 100) + ("" if sen % 100 == 0 else ".%02d" % (sen % 100))
    return "-" + s if neg else s


def grouped(sen, thousands, decimal, always_decimals=False, zero_dash=False, parens=False):
    if sen == 0 and zero_dash:
        return "-"
    neg = sen < 0
    sen = abs(sen)
    whole = "{:,}".format(sen // 100).replace(",", thousands)
    if sen % 100 or always_decimals:
        whole += decimal + "%02d" % (sen % 100)
    if neg:
        return "(" + whole + ")" if parens else "-" + whole
    return whole


def quote(field, delim):
    if any(c in field for c in (delim, '"', "\n", "\r")):
        return '"' + field.replace('"', '""') + '"'
    return field


def row(fields, delim=",", eol="\n"):
    return delim.join(quote(f, delim) for f in fields) + eol


def canonical_fields(line, amount=plain, code=lambda c: c):
    (ks, ns), (kk, nk), kr, ur, sd, a, r = line
    return [ks, ns, kk, nk, code(kr), ur, sd, amount(a), amount(r)]


def write(path, text, encoding="utf-8"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(text.encode(encoding))


def quirks():
    q = os.path.join(HERE, "quirks")
    body = lambda delim=",", eol="\n", **kw: "".join(
        row(canonical_fields(l, **kw), delim, eol) for l in LINES)
    head = lambda delim=",", eol="\n": row(HEAD, delim, eol)

    write(os.path.join(q, "clean.csv"), head() + body())
    write(os.path.join(q, "semicolon.csv"), head(";") + body(";"))
    write(os.path.join(q, "tab.csv"), head("\t") + body("\t"))
    write(os.path.join(q, "bom.csv"), "\ufeff" + head() + body())
    write(os.path.join(q, "crlf.csv"), head(",", "\r\n") + body(",", "\r\n"))
    write(os.path.join(q, "windows-1252.csv"), head(";") + body(";"), "cp1252")
    write(os.path.join(q, "title-rows.csv"),
          "PEMERINTAH KOTA CONTOH\nLAPORAN REALISASI ANGGARAN\nPosisi s.d. 31 Maret 2024\n\n"
          + head() + body())
    write(os.path.join(q, "synonyms.csv"),
          row(["Kode OPD", "Nama OPD", "Kd Sub Kegiatan", "Nama Sub Kegiatan", "Kode Rek",
               "Nama Rekening", "Sumber Dana", "Pagu", "Realisasi s.d. Bulan Ini", "Keterangan"])
          + "".join(row(canonical_fields(l) + [""]) for l in LINES))
    write(os.path.join(q, "indonesian-numbers.csv"),
          head(";") + "".join(
              row(canonical_fields(l, amount=lambda s, i=i: (
                  ("Rp " if i % 2 else "") + grouped(s, ".", ",", zero_dash=True, parens=True))), ";")
              for i, l in enumerate(LINES)))
    write(os.path.join(q, "english-numbers.csv"),
          head() + "".join(row(canonical_fields(
              l, amount=lambda s: grouped(s, ",", ".", always_decimals=True, parens=True)))
              for l in LINES))
    odd = {"4.1.01.06.01.0001": "'4.1.01.06.01.0001", "4.1.02.01.01.0001": "4.1.2.1.1.1",
           "5.1.02.01.01.0024": " 5.1.02.01.01.0024 ", "5.1.02.01.01.0026": "5.1.02.01.01.0026.",
           "5.2.02.05.01.0001": "5. 2. 02. 05. 01. 0001", "5.1.01.01.01.0001": "'5.1.1.1.1.1"}
    write(os.path.join(q, "codes.csv"),
          head() + "".join(row(canonical_fields(l, code=lambda c: odd[c])) for l in LINES))
    write(os.path.join(q, "quoted.csv"),
          ",".join('"%s"' % h for h in HEAD) + "\n" + "".join(
              ",".join('"%s"' % f.replace('"', '""') for f in canonical_fields(l)) + "\n"
              for l in LINES))
    # Columns in another order, with trailing empty columns.
    order = [4, 5, 7, 8, 0, 1, 2, 3, 6]
    write(os.path.join(q, "reordered.csv"),
          row([HEAD[i] for i in order] + ["", ""]) + "".join(
              row([canonical_fields(l)[i] for i in order] + ["", ""]) for l in LINES))
    # Realization split in three columns, with sisa and percent: all cross-checked.
    def split(l):
        f = canonical_fields(l)
        a, r = l[5], l[6]
        lalu = r // 3
        pct = "" if a == 0 else "%.2f" % (r * 100 / a)
        return f[:8] + [plain(lalu), plain(r - lalu), f[8], plain(a - r), pct]
    write(os.path.join(q, "realisasi-split.csv"),
          row(HEAD[:8] + ["Realisasi s.d. Bulan Lalu", "Realisasi Bulan Ini",
                          "Realisasi s.d. Bulan Ini", "Sisa", "%"])
          + "".join(row(split(l)) for l in LINES))
    # Subtotal rows above their lines, a Jumlah row per SKPD and a grand TOTAL.
    out = head()
    for skpd in (BPKAD, DINKES):
        mine = [l for l in LINES if l[0] == skpd]
        for sub in sorted({l[1] for l in mine}):
            group = [l for l in mine if l[1] == sub]
            done = set()
            for l in group:
                for depth in (1, 2, 3):
                    prefix = ".".join(l[2].split(".")[:depth])
                    if (prefix) in done:
                        continue
                    done.add(prefix)
                    kids = [k for k in group if k[2].startswith(prefix + ".")]
                    out += row([skpd[0], skpd[1], sub[0], sub[1], prefix, "Subtotal " + prefix, "",
                                plain(sum(k[5] for k in kids)), plain(sum(k[6] for k in kids))])
                out += row(canonical_fields(l))
        out += row([skpd[0], skpd[1], "", "", "", "Jumlah " + skpd[1], "",
                    plain(sum(k[5] for k in mine)), plain(sum(k[6] for k in mine))])
    out += row(["", "", "", "", "", "TOTAL", "", plain(sum(k[5] for k in LINES)),
                plain(sum(k[6] for k in LINES))])
    write(os.path.join(q, "subtotals.csv"), out)
    # All at once, as one real finance system writes it.
    everything = ("PEMERINTAH KOTA CONTOH;;;\r\nLAPORAN REALISASI ANGGARAN;;;\r\n;;;\r\n"
                  + row(["Kode SKPD", "Nama SKPD", "Kode Sub Kegiatan", "Nama Sub Kegiatan",
                         "Kode Rekening", "Uraian", "Sumber Dana", "Anggaran",
                         "Realisasi s.d. Bulan Ini"], ";", "\r\n"))
    for l in LINES:
        f = canonical_fields(l, amount=lambda s: grouped(s, ".", ",", zero_dash=True, parens=True),
                             code=lambda c: odd[c])
        everything += row(f, ";", "\r\n")
    write(os.path.join(q, "everything.csv"), everything, "cp1252")


def case(name, files, args=None, lang="en"):
    d = os.path.join(HERE, "check", name)
    for fname, content in files.items():
        enc = "utf-8"
        if isinstance(content, tuple):
            content, enc = content
        path = os.path.join(d, fname)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode(enc))
    with open(os.path.join(d, "args"), "w") as f:
        f.write(" ".join(["--lang", lang] + (args or sorted(files))) + "\n")


H = "kode_skpd,nama_skpd,kode_sub_kegiatan,nama_sub_kegiatan,kode_rekening,uraian,sumber_dana,anggaran,realisasi\n"
D = "1.02.0.00.0.00.01.0000,Dinas Kesehatan,1.02.02.2.01.0001,Layanan,"



def cases():
    ok1 = D + "5.1.02.01.01.0024,ATK,DAU,1500000,750000\n"
    case("clean", {"2024-01.csv": H + ok1})
    case("clean-id", {"2024-01.csv": H + ok1}, lang="id")
    case("missing-column", {"2024-03.csv": "kode_rekening,uraian,anggaran\n5.1.02.01.01.0024,ATK,1000\n"})
    case("no-header", {"2024-03.csv": "a,b,c\n1,2,3\n"})
    case("bad-code", {"2024-01.csv": H + D + "5.1.0X.01.01.0024,ATK,DAU,1000,10\n"})
    case("bad-sub-kegiatan-code", {"2024-01.csv": H.replace("Layanan", "") +
                                   "1.02.0.00.0.00.01.0000,Dinkes,1.02.02,Layanan,5.1.02.01.01.0024,ATK,DAU,1000,10\n"})
    case("unknown-account", {"2024-01.csv": H + D + "5.1.09.01.01.0001,Belanja X,DAU,1000,10\n"
                             + D + "5.7.01.01.01.0001,Belanja Y,DAU,1000,10\n"})
    case("not-a-number", {"2024-01.csv": H.replace(",", ";") +
                          D.replace(",", ";") + "5.1.02.01.01.0024;ATK;DAU;1.234,5x;0\n"
                          + D.replace(",", ";") + "5.1.02.01.01.0026;Kertas;DAU;1.500.000,00;0\n"})
    case("overflow", {"2024-01.csv": H + D + "5.1.02.01.01.0024,ATK,DAU,99999999999999999999,0\n"})
    case("sum-overflow", {"2024-01.csv": H + D + "5.1.02,Subtotal,,92233720368547758,0\n"
                          + D + "5.1.02.01.01.0024,ATK,DAU,92233720368547758,0\n"
                          + D + "5.1.02.01.01.0026,ATK,DAU,92233720368547758,0\n"})
    case("too-many-decimals", {"2024-01.csv": H + D + "5.1.02.01.01.0024,ATK,DAU,1000.505,0\n"})
    case("mixed-number-style", {"2024-01.csv": "kode_rekening;uraian;anggaran;realisasi\n"
                                "5.1.02.01.01.0024;ATK;1.500,00;10\n5.1.02.01.01.0026;Kertas;1,500.00;10\n"})
    case("subtotal-mismatch", {"2024-01.csv": H + D + "5.1.02,Belanja Barang dan Jasa,,3000,31\n"
                               + D + "5.1.02.01.01.0024,ATK,DAU,1000,10\n" + D + "5.1.02.01.01.0026,Kertas,DAU,2000,20\n"
                               + "1.02.0.00.0.00.01.0000,Dinas Kesehatan,,,,Jumlah Dinas Kesehatan,,3000.50,30\n"})
    case("negative-anggaran", {"2024-01.csv": H + D + "5.1.02.01.01.0024,ATK,DAU,(1000),0\n"})
    case("period-mismatch", {"2024-03.csv": "LAPORAN REALISASI\nPosisi s.d. 31 Juli 2024\n" + H + ok1})
    case("period-column", {"2024-03.csv": "periode,kode_rekening,uraian,anggaran,realisasi\n"
                           "2024-03,5.1.02.01.01.0024,ATK,1000,10\n2024-04,5.1.02.01.01.0026,Kertas,1000,10\n"})
    case("undecodable-utf8", {"2024-01.csv": (H + D + "5.1.02.01.01.0024,Caf\u00e9,DAU,1000,10\n").encode()
                              + (D + "5.1.02.01.01.0026,K").encode() + b"\xff" + b"rtas,DAU,1000,10\n"})
    case("undecodable-cp1252", {"2024-01.csv": (H + D + "5.1.02.01.01.0024,Caf\u00e9,DAU,1000,10\n").encode("cp1252")
                                + (D + "5.1.02.01.01.0026,K").encode() + b"\x81" + b"rtas,DAU,1000,10\n"})
    case("empty-file", {"2024-01.csv": ""})
    case("utf16", {"2024-01.csv": (H + ok1).encode("utf-16")})
    case("line-too-long", {"2024-01.csv": H + D + "5.1.02.01.01.0024," + "x" * (1 << 20) + ",DAU,1000,10\n" + ok1})
    case("unclosed-quote", {"2024-01.csv": H + D + '5.1.02.01.01.0024,"ATK,1000,10\n' + ok1})
    case("field-count", {"2024-01.csv": H + D + "5.1.02.01.01.0024,ATK, kertas,DAU,1000,10\n" + ok1})
    case("two-budgets", {"2024-09.csv": "kode_rekening,uraian,Anggaran Murni,Anggaran Setelah Perubahan,"
                         "Realisasi s.d. Bulan Ini\n5.1.02.01.01.0024,ATK,1000,1200,10\n"})
    case("short-line", {"2024-01.csv": H + D + "5.1.02.01.01.0024,ATK,1000,10\n" + ok1})
    case("empty-code", {"2024-01.csv": H + D + ",ATK,DAU,1000,10\n" + ok1
                        + ",,,,,Mengetahui: Kepala BPKAD,,,\n"})
    case("realisasi-split", {"2024-01.csv": "kode_rekening,uraian,anggaran,Realisasi s.d. Bulan Lalu,"
                             "Realisasi Bulan Ini,Realisasi s.d. Bulan Ini\n"
                             "5.1.02.01.01.0024,ATK,1000,100,50,150\n5.1.02.01.01.0026,Kertas,1000,100,50,160\n"})
    case("sisa-persen", {"2024-01.csv": "kode_rekening,uraian,anggaran,realisasi,sisa,persen\n"
                         "5.1.02.01.01.0024,ATK,3000,1000,2000,33.33\n"
                         "5.1.02.01.01.0026,Kertas,3000,1000,2001,33.33\n"
                         "5.1.02.01.01.0027,Map,3000,1000,2000,35.00\n"})
    case("duplicate-column", {"2024-01.csv": "kode_rekening,uraian,anggaran,Pagu,realisasi\n"
                              "5.1.02.01.01.0024,ATK,1000,1000,10\n"})
    case("no-lines", {"2024-01.csv": H})
    # warnings
    case("repeated-line", {"2024-01.csv": H + ok1 + ok1})
    case("same-key", {"2024-01.csv": H + ok1 + D + "5.1.02.01.01.0024,ATK komponen 2,DAU,500000,0\n"})
    case("over-budget", {"2024-01.csv": H + D + "5.1.02.01.01.0024,ATK,DAU,1000,1000.01\n"
                         + "5.02.0.00.0.00.01.0000,BPKAD,,,4.1.01.06.01.0001,Pajak Hotel,PAD,1000,1500\n"})
    many = "".join(D + "5.1.02.01.01.%04d,ATK %d,DAU,1000,2000\n" % (i, i) for i in range(1, 16))
    case("summarised", {"2024-01.csv": H + many})
    may = H + D + "5.1.02.01.01.0024,ATK,DAU,1500000,750000\n" + D + "5.1.02.01.01.0026,Kertas,DAU,200000,100000\n"
    jun = H + D + "5.1.02.01.01.0024,ATK,DAU,1500000,700000\n" + D + "5.1.02.01.01.0026,Kertas,DAU,250000,150000\n"
    case("correction-revision", {"2024/2024-05.csv": may, "2024/2024-06.csv": jun}, args=["."])
    case("correction-revision-single", {"2024/2024-05.csv": may, "2024/2024-06.csv": jun},
         args=["2024/2024-06.csv"])
    case("no-previous-month", {"2024-06.csv": H + ok1})
    case("year-boundary", {"2024-12.csv": H + ok1, "2025-01.csv": H + D + "5.1.02.01.01.0024,ATK,DAU,1600000,0\n"})
    case("not-a-period-name", {"laporan.csv": H + ok1})


if __name__ == "__main__":
    quirks()
    cases()
