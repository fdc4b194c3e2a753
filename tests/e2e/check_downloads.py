#!/usr/bin/python3
"""Read every download of a build back with independent readers and check
that they agree to the sen: python's csv and json (decimals as Decimal), a
JSON Schema validator, and openpyxl (any warning fails).

usage: check_downloads.py SITE_DIR SCHEMA_FILE
Prints "ok ..." / "not ok ..." lines; exits 1 on any failure.
"""
import csv
import glob
import json
import os
import sys
import warnings
from decimal import Decimal, ROUND_HALF_UP

import jsonschema
import openpyxl

site, schema_path = sys.argv[1], sys.argv[2]
failed = []


def check(cond, name):
    print(("ok " if cond else "not ok ") + name)
    if not cond:
        failed.append(name)


def pct(r, a):
    if a == 0:
        return None
    q = (Decimal(r) * 100 / Decimal(a)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return q


def cls(kode):
    if kode.startswith("4"):
        return "pendapatan"
    if kode.startswith("5"):
        return "belanja"
    if kode.startswith("6.1"):
        return "penerimaan_pembiayaan"
    if kode.startswith("6.2"):
        return "pengeluaran_pembiayaan"
    return None


def read_text(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


schema = json.loads(read_text(schema_path))
validator = jsonschema.Draft202012Validator(schema)

HEADER = ("kode_skpd,nama_skpd,kode_sub_kegiatan,nama_sub_kegiatan,kode_rekening,uraian,"
          "sumber_dana,anggaran,realisasi,sisa,persen").split(",")

months = sorted(glob.glob(os.path.join(site, "[0-9][0-9][0-9][0-9]", "[0-9][0-9]")))
check(len(months) > 0, "the build has months")
for mdir in months:
    period = "%s-%s" % (os.path.basename(os.path.dirname(mdir)), os.path.basename(mdir))
    base = os.path.join(mdir, "apbd-%s" % period)

    # CSV: UTF-8, LF, the fixed header first, amounts as plain decimals.
    raw = read_bytes(base + ".csv")
    check(b"\r\n" not in raw and raw.decode("utf-8") is not None, period + " csv is UTF-8 with LF")
    text = raw.decode("utf-8")
    rows = list(csv.DictReader(text.splitlines(keepends=True)))
    header = text.split("\n", 1)[0].split(",")
    check(header[:len(HEADER)] == HEADER, period + " csv header starts with the fixed columns")
    bad_amount = [r for r in rows for k in ("anggaran", "realisasi", "sisa")
                  if not r[k].lstrip("-").replace(".", "", 1).isdigit()
                  or ("." in r[k] and len(r[k].split(".")[1]) != 2)]
    check(not bad_amount, period + " csv amounts are plain decimals")
    formula = [r for r in rows for k in ("nama_skpd", "nama_sub_kegiatan", "uraian", "sumber_dana")
               if r[k][:1] in ("=", "+", "-", "@", "\t", "\r")]
    check(not formula, period + " csv text never starts like a formula")
    check(all(Decimal(r["sisa"]) == Decimal(r["anggaran"]) - Decimal(r["realisasi"]) for r in rows),
          period + " csv sisa = anggaran - realisasi")
    check(all((r["persen"] == "" and Decimal(r["anggaran"]) == 0)
              or Decimal(r["persen"]) == pct(r["realisasi"], r["anggaran"]) for r in rows),
          period + " csv persen is realisasi/anggaran rounded half up")

    # JSON: valid against the schema, numbers exact.
    jtext = read_text(base + ".json")
    doc = json.loads(jtext, parse_float=Decimal)
    errors = sorted(validator.iter_errors(json.loads(jtext)), key=str)
    check(not errors, period + " json validates against the schema")
    for e in errors[:3]:
        print("   ", e.message[:200])
    check(doc["periode"] == period, period + " json periode")
    baris = doc["baris"]
    check(len(baris) == len(rows), period + " json has the csv's lines")
    same = all(Decimal(r[k]) == Decimal(str(b[k])) for r, b in zip(rows, baris)
               for k in ("anggaran", "realisasi", "sisa")) and \
        all(r["kode_rekening"] == b["kode_rekening"] and r["uraian"].lstrip("'") == b["uraian"].lstrip("'")
            for r, b in zip(rows, baris))
    check(same, period + " json lines equal the csv lines")

    # Roll-ups: the LRA, SKPD and account figures add up from the lines.
    sums = {}
    for r in rows:
        c = cls(r["kode_rekening"])
        s = sums.setdefault(c, [Decimal(0), Decimal(0)])
        s[0] += Decimal(r["anggaran"])
        s[1] += Decimal(r["realisasi"])
    ring = doc["ringkasan"]
    ok = all(Decimal(ring[c]["anggaran"]) == sums.get(c, [0, 0])[0]
             and Decimal(ring[c]["realisasi"]) == sums.get(c, [0, 0])[1]
             for c in ("pendapatan", "belanja", "penerimaan_pembiayaan", "pengeluaran_pembiayaan"))
    sd = [Decimal(ring["pendapatan"][k]) - Decimal(ring["belanja"][k]) for k in ("anggaran", "realisasi")]
    net = [Decimal(ring["penerimaan_pembiayaan"][k]) - Decimal(ring["pengeluaran_pembiayaan"][k])
           for k in ("anggaran", "realisasi")]
    ok = ok and [Decimal(ring["surplus_defisit"][k]) for k in ("anggaran", "realisasi")] == sd
    ok = ok and [Decimal(ring["pembiayaan_netto"][k]) for k in ("anggaran", "realisasi")] == net
    ok = ok and [Decimal(ring["silpa"][k]) for k in ("anggaran", "realisasi")] == [a + b for a, b in zip(sd, net)]
    check(ok, period + " json ringkasan: the LRA identities hold and match the lines")
    by_skpd = {}
    for r in rows:
        if cls(r["kode_rekening"]) == "belanja":
            s = by_skpd.setdefault(r["kode_skpd"], [Decimal(0), Decimal(0)])
            s[0] += Decimal(r["anggaran"])
            s[1] += Decimal(r["realisasi"])
    check(all([Decimal(s["belanja"]["anggaran"]), Decimal(s["belanja"]["realisasi"])]
              == by_skpd.get(s["kode"], [0, 0]) for s in doc["skpd"]),
          period + " json skpd belanja adds up from the lines")
    by_jenis = {}
    for r in rows:
        k = ".".join(r["kode_rekening"].split(".")[:3])
        by_jenis[k] = by_jenis.get(k, Decimal(0)) + Decimal(r["anggaran"])
    jenis = [j for a in doc["akun"] for k in a.get("anak", []) for j in k.get("anak", [])]
    check(jenis and all(Decimal(j["anggaran"]) == by_jenis[j["kode"]] for j in jenis),
          period + " json account tree (jenis) adds up from the lines")
    check(all(b["persen"] == pct(b["realisasi"], b["anggaran"]) for b in baris),
          period + " json persen of every line")

    over = [(b["kode_skpd"], b["kode_rekening"]) for b in baris
            if cls(b["kode_rekening"]) in ("belanja", "pengeluaran_pembiayaan")
            and Decimal(str(b["realisasi"])) > Decimal(str(b["anggaran"]))]
    check(over == [(x["kode_skpd"], x["kode_rekening"]) for x in doc["melebihi_anggaran"]],
          period + " json melebihi_anggaran lists exactly the lines above 100%")
    if period == "2024-09":
        check(len(doc["perubahan"]["revisi"]) > 0 and len(doc["perubahan"]["revisi_skpd"]) > 0
              and len(doc["perubahan"]["baru"]) > 0 and len(doc["perubahan"]["dihapus"]) > 0,
              period + " json perubahan has the APBD-Perubahan's revisions, new and removed lines")
    if period == "2024-05":
        check(len(doc["perubahan"]["koreksi"]) == 1, period + " json perubahan has the correction")
    if period.endswith("-01"):
        check(doc["perubahan"]["dibandingkan_dengan"] is None, period + " json: January compares with nothing")

    # XLSX: opens without a warning; numbers are numbers; formulas carry values.
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            wb = openpyxl.load_workbook(base + ".xlsx", read_only=False)
            wbv = openpyxl.load_workbook(base + ".xlsx", data_only=True)
        opened = True
    except Exception as e:  # a warning is an error here
        print("   ", e)
        opened = False
    check(opened, period + " xlsx opens in openpyxl without a warning")
    if not opened:
        continue
    check(wb.sheetnames[:5] == ["Ringkasan", "Per SKPD", "Per Program", "Per Rekening", "Detail"]
          and wb.sheetnames[-1] == "Tentang", period + " xlsx sheets")
    rs = wbv["Ringkasan"]
    xl = {}
    for row in rs.iter_rows(min_row=6, max_row=12, values_only=True):
        xl[row[0]] = row
    names = ["Pendapatan daerah", "Belanja daerah", "Surplus / (defisit)", "Penerimaan pembiayaan",
             "Pengeluaran pembiayaan", "Pembiayaan netto", "Sisa lebih pembiayaan anggaran (SiLPA)"]
    keys = ["pendapatan", "belanja", "surplus_defisit", "penerimaan_pembiayaan",
            "pengeluaran_pembiayaan", "pembiayaan_netto", "silpa"]
    ok = True
    for n, k in zip(names, keys):
        row = xl.get(n)
        if not row:
            ok = False
            continue
        a = Decimal(repr(row[1])).quantize(Decimal("0.01"))
        r = Decimal(repr(row[2])).quantize(Decimal("0.01"))
        ok = ok and a == Decimal(ring[k]["anggaran"]) and r == Decimal(ring[k]["realisasi"])
        p = ring[k]["persen"]
        if p is None:
            ok = ok and row[4] in (None, "")
        else:
            ok = ok and Decimal(repr(row[4] * 100)).quantize(Decimal("0.01"), ROUND_HALF_UP) == Decimal(str(p))
    check(ok, period + " xlsx Ringkasan equals the json ringkasan (values and persen)")
    det = wb["Detail"]
    check(det.freeze_panes == "A2" and det.auto_filter.ref is not None, period + " xlsx Detail frozen header and filter")
    cell = det["K2"]
    check(isinstance(cell.value, str) and cell.value.startswith("=IF("), period + " xlsx persen is a live formula")
    check(det["H2"].number_format == '"Rp "#,##0' and det["K2"].number_format == "0.00%",
          period + " xlsx number formats")
    dv = wbv["Detail"]
    n = 0
    agree = True
    for row, r in zip(dv.iter_rows(min_row=2, values_only=True), rows):
        n += 1
        agree = agree and Decimal(repr(row[7])).quantize(Decimal("0.01")) == Decimal(r["anggaran"]) \
            and Decimal(repr(row[8])).quantize(Decimal("0.01")) == Decimal(r["realisasi"])
    check(n == len(rows) and agree, period + " xlsx Detail equals the csv lines")
    props = wb.properties
    check(props.created is not None and props.creator, period + " xlsx document properties")

sys.exit(1 if failed else 0)
