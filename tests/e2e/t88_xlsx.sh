#!/bin/sh
# Workbooks read directly (SIPD-RI's XLSX): the one sheet with a header,
# number cells exact to the sen (rounded half away from zero, said when a
# cell has more than two decimals), numbers stored as text, empty PAGU for
# sub kegiatan without lines, SIPD's X.XX supporting programs, lines named
# by their paket or standar harga; messages naming the cell as a spreadsheet shows it. Then
# Kabupaten Buru's own 2024 and 2025 workbooks (../shared/realdata, read in
# place; skipped when absent): belanja to the sen, and a short check.
. "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3

B=$TMP/b
mkdir -p "$B/2025"
cp "$TOP/budgets/pemda.ini" "$B/"
"$PY" - "$B/2025/2025-apbd.xlsx" "$TMP/two.xlsx" "$TMP/bad.xlsx" <<'PYEOF'
import sys, openpyxl
head = ["NO", "TAHUN", "KODE SKPD", "NAMA SKPD", "KODE SUB UNIT", "NAMA SUB UNIT", "KODE SUB KEGIATAN",
        "NAMA SUB KEGIATAN", "KODE SUMBER DANA", "NAMA SUMBER DANA", "KODE REKENING", "NAMA REKENING",
        "PAKET/KELOMPOK", "NAMA PAKET/KELOMPOK", "PAGU"]
skpd, nama = "1.01.2.22.0.00.01.0000", "Dinas Pendidikan dan Kebudayaan"
rows = [
    [1, 2025, skpd, nama, skpd, nama, "1.01.02.2.01.0001", "Pembangunan USB", None, None, None, None, "Kelompok", None, None],
    [2, 2025, skpd, nama, skpd, nama, "1.01.02.2.01.0003", "Ruang Guru", "2.2.01", "DAU", "5.2.03.01.01.0010",
     "Belanja Modal Bangunan Gedung Tempat Pendidikan", "Kelompok", "Ruang Guru SDN 9 Waeapo", 200000000],
    [3, 2025, skpd, nama, skpd, nama, "1.01.02.2.01.0003", "Ruang Guru", "2.2.01", "DAU", "5.2.03.01.01.0010",
     "Belanja Modal Bangunan Gedung Tempat Pendidikan", "Kelompok", "Kantor Sekolah SDN 9 Waeapo", 150000000.5],
    [4, 2025, skpd, nama, skpd, nama, "X.XX.01.2.06.0004", "Koordinasi", "2.2.01", "DAU", "5.1.02.01.01.0024",
     "Belanja Alat Tulis Kantor", None, None, 1.005],
    [5, 2025, skpd, nama, skpd, nama, "X.XX.01.2.06.0004", "Koordinasi", "2.2.01", "DAU", "5.1.02.01.01.0026",
     "Belanja Bahan Cetak", None, None, "1.500.000"],
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Petunjuk"
ws.append(["Rekap APBD murni, diunduh dari SIPD-RI"])
data = wb.create_sheet("Sheet 1")
data.append(head)
for r in rows:
    data.append(r)
wb.save(sys.argv[1])
# two sheets with a header: which one is meant?
wb.create_sheet("Salinan").append(head)
wb.save(sys.argv[2])
# a code that is not a code, in cell K3
bad = openpyxl.Workbook()
bad.active.title = "Sheet 1"
bad.active.append(head)
for r in rows[1:3]:
    bad.active.append(r)
bad.active["K3"] = "5.2.03.XX.01"
bad.save(sys.argv[3])
PYEOF
[ -s "$B/2025/2025-apbd.xlsx" ] && ok "openpyxl wrote the synthetic SIPD workbook" || not_ok "openpyxl wrote the synthetic SIPD workbook"

"$APBD" check --lang en "$B" >"$TMP/check" 2>&1
expect_exit 0 $? "a SIPD workbook checks, budget-only, without a realisasi column"
grep -q "note: workbook: sheet 'Sheet 1', header in row 1" "$TMP/check" \
    && ok "the sheet with the header is the one read" || not_ok "the sheet with the header is the one read"
grep -q "2025-apbd.xlsx:'Sheet 1'!O5: warning: the number '1.005' has more than two decimals; rounded to the sen: 1.01" "$TMP/check" \
    && ok "a number cell with more than two decimals is rounded half away from zero, naming the cell" \
    || { not_ok "a number cell with more than two decimals is rounded, naming the cell"; grep -i "decimal" "$TMP/check"; }
grep -q "note: 2 lines carry their paket/kelompok name" "$TMP/check" \
    && ok "lines named by their paket are said once, with the count" || not_ok "lines named by their paket are said once"
"$APBD" build --budgets "$B" -o "$TMP/s" --date 2025-01-10 >"$TMP/build" 2>&1
expect_exit 0 $? "it builds"
"$PY" - "$TMP/s/2025/00/apbd-2025-00.json" <<'PYEOF' >"$TMP/py" 2>&1
import json, sys
from decimal import Decimal as D
d = json.load(open(sys.argv[1]), parse_float=D)
b = d["ringkasan"]["belanja"]["anggaran"]
# 200000000 + 150000000.50 + 1.01 (1.005, half away from zero) + 1500000 (text)
assert b == D("351500001.51"), b
ur = sorted(x["uraian"] for x in d["baris"])
assert "Ruang Guru SDN 9 Waeapo — Belanja Modal Bangunan Gedung Tempat Pendidikan" in ur, ur
assert len(d["baris"]) == 4, len(d["baris"])
assert any(x["kode_sub_kegiatan"] == "X.XX.01.2.06.0004" for x in d["baris"])
print("ok")
PYEOF
grep -qx ok "$TMP/py" && ok "belanja is the sum of PAGU to the sen; X.XX programs and paket names kept" \
    || { not_ok "belanja is the sum of PAGU to the sen"; tail -3 "$TMP/py"; }
[ -f "$TMP/s/sumber/2025/2025-apbd.csv" ] && ok "the workbook is archived as the CSV of its lines" \
    || not_ok "the workbook is archived as the CSV of its lines"
"$APBD" lines "$B/2025/2025-apbd.xlsx" >"$TMP/lines" 2>/dev/null
expect_exit 0 $? "apbd lines shows what a workbook decodes to"
[ "$(($(wc -l <"$TMP/lines") - 1))" = 4 ] && ok "four lines" || not_ok "four lines ($(wc -l <"$TMP/lines"))"

mkdir -p "$TMP/b2/2025" "$TMP/b3/2025"
cp "$TMP/two.xlsx" "$TMP/b2/2025/2025-apbd.xlsx"
"$APBD" check --lang en "$TMP/b2" >"$TMP/two" 2>&1
expect_exit 1 $? "two sheets with a header are refused"
grep -q "error: more than one sheet holds a header: 'Sheet 1', 'Salinan'" "$TMP/two" \
    && ok "naming both sheets" || not_ok "naming both sheets"
cp "$TMP/bad.xlsx" "$TMP/b3/2025/2025-apbd.xlsx"
"$APBD" check --lang en "$TMP/b3" >"$TMP/bad" 2>&1
expect_exit 1 $? "a bad code in a cell is refused"
grep -q "2025-apbd.xlsx:'Sheet 1'!K3: error: kode_rekening is not a valid account code: '5.2.03.XX.01'" "$TMP/bad" \
    && grep -q "^ *K3 | 5.2.03.XX.01" "$TMP/bad" \
    && ok "the message names the file, sheet and cell, and shows the cell's value" \
    || { not_ok "the message names the file, sheet and cell"; head -5 "$TMP/bad"; }

# STANDAR HARGA rows (a synthetic twin of SIPD's rincian workbook): lines of
# one account that differ only by the priced item keep its name, before
# the account's uraian (after the paket's when both are there).
mkdir -p "$TMP/sh/2025"
cp "$TOP/budgets/pemda.ini" "$TMP/sh/"
"$PY" - "$TMP/sh/2025/2025-apbd.xlsx" <<'PYEOF'
import sys, openpyxl
head = ["KODE SKPD", "NAMA SKPD", "KODE SUB KEGIATAN", "NAMA SUB KEGIATAN", "KODE REKENING",
        "NAMA REKENING", "NAMA PAKET/KELOMPOK", "NAMA STANDAR HARGA", "SPESIFIKASI", "PAGU"]
skpd, nama, sub = "1.01.2.22.0.00.01.0000", "Dinas Pendidikan dan Kebudayaan", "X.XX.01.2.06.0004"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Sheet 1"
ws.append(head)
ws.append([skpd, nama, sub, "Koordinasi", "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", None,
           "Kertas HVS A4 70 gr", "rim", 550000])
ws.append([skpd, nama, sub, "Koordinasi", "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", None,
           "Tinta Printer", "botol", 300000])
ws.append([skpd, nama, sub, "Koordinasi", "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor",
           "Rapat Koordinasi", "Map Plastik", "buah", 25000.25])
wb.save(sys.argv[1])
PYEOF
"$APBD" check --lang en "$TMP/sh" >"$TMP/shc" 2>&1
expect_exit 0 $? "a workbook with STANDAR HARGA rows checks"
grep -q "note: 3 lines carry their standar harga name (NAMA STANDAR HARGA)" "$TMP/shc" \
    && ok "lines named by their standar harga are said once, with the count" \
    || { not_ok "lines named by their standar harga are said once"; cat "$TMP/shc"; }
"$APBD" lines "$TMP/sh/2025/2025-apbd.xlsx" >"$TMP/shl" 2>/dev/null
"$PY" - "$TMP/shl" <<'PYEOF' >"$TMP/shpy" 2>&1
import csv, sys
from decimal import Decimal as D
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
assert [r["uraian"] for r in rows] == [
    "Kertas HVS A4 70 gr — Belanja Alat Tulis Kantor",
    "Tinta Printer — Belanja Alat Tulis Kantor",
    "Rapat Koordinasi — Map Plastik — Belanja Alat Tulis Kantor"], rows
assert sum(D(r["anggaran"]) for r in rows) == D("875000.25")
print("ok")
PYEOF
grep -qx ok "$TMP/shpy" && ok "each keeps its standar harga (after its paket) before the account's uraian, to the sen" \
    || { not_ok "each keeps its standar harga before the account's uraian"; tail -3 "$TMP/shpy"; }

# Kabupaten Buru's own workbooks, as SIPD-RI wrote them.
REAL=${APBD_REALDATA:-$TOP/../shared/realdata}/sipd-ri
if [ ! -r "$REAL/buru-2024-rekap-apbd-murni.xlsx" ] || [ ! -r "$REAL/buru-2025-rekap5-murni.xlsx" ]; then
    skip "the SIPD-RI workbooks are not here ($REAL)"
    finish
fi
R=$TMP/r
mkdir -p "$R/2024" "$R/2025"
cp "$TOP/budgets/pemda.ini" "$R/"
cp "$REAL/buru-2024-rekap-apbd-murni.xlsx" "$R/2024/2024-apbd.xlsx"
cp "$REAL/buru-2025-rekap5-murni.xlsx" "$R/2025/2025-apbd.xlsx"
for y in 2024 2025; do
    "$APBD" check "$R/$y" >"$TMP/c$y" 2>&1
    expect_exit 0 $? "Buru $y checks"
    n=$(wc -l <"$TMP/c$y")
    [ "$n" -le 40 ] && ok "apbd check of Buru $y prints $n lines (at most 40)" \
        || not_ok "apbd check of Buru $y prints $n lines (at most 40)"
done
"$APBD" build --budgets "$R" -o "$TMP/rs" --date 2025-01-10 >"$TMP/rb" 2>&1
expect_exit 0 $? "both Buru workbooks build as they are"
"$PY" - "$TMP/rs" <<'PYEOF' >"$TMP/rpy" 2>&1
import json, sys
from decimal import Decimal as D
want = {2024: D("866035384427"), 2025: D("1078983576660")}
for y, b in want.items():
    d = json.load(open("%s/%d/00/apbd-%d-00.json" % (sys.argv[1], y, y)), parse_float=D)
    assert d["ringkasan"]["belanja"]["anggaran"] == b, (y, d["ringkasan"]["belanja"])
print("ok")
PYEOF
grep -qx ok "$TMP/rpy" && ok "belanja is the sum of PAGU to the sen: Rp866.035.384.427 (2024), Rp1.078.983.576.660 (2025)" \
    || { not_ok "belanja is the sum of PAGU to the sen"; tail -3 "$TMP/rpy"; }

# KODE/NAMA SUB UNIT: every unit under an SKPD in the workbook (read here
# by openpyxl) is on its lines in the JSON, the CSV and the XLSX downloads,
# and named on the SKPD page.
"$PY" - "$REAL/buru-2024-rekap-apbd-murni.xlsx" "$TMP/rs/2024/00" <<'PYEOF' >"$TMP/upy" 2>&1
import csv, glob, html, json, sys
import openpyxl
ws = openpyxl.load_workbook(sys.argv[1], read_only=True).worksheets[0]
rows = ws.iter_rows(values_only=True)
h = [str(x) for x in next(rows)]
ks, ku, nu, pg = (h.index(x) for x in ("KODE SKPD", "KODE SUB UNIT", "NAMA SUB UNIT", "PAGU"))
want = {(r[ku], r[nu]) for r in rows if r[pg] is not None and r[ku] != r[ks]}
assert len(want) > 5, want
out = sys.argv[2]
d = json.load(open(out + "/apbd-2024-00.json"))
got = {(b["kode_sub_unit"], b["nama_sub_unit"]) for b in d["baris"] if "kode_sub_unit" in b}
assert got == want, (sorted(want - got)[:3], sorted(got - want)[:3])
with open(out + "/apbd-2024-00.csv", encoding="utf-8") as f:
    got = {(r["kode_sub_unit"], r["nama_sub_unit"]) for r in csv.DictReader(f) if r["kode_sub_unit"]}
assert got == want, "csv"
wb = openpyxl.load_workbook(out + "/apbd-2024-00.xlsx", read_only=True)
x = wb["Detail"].iter_rows(values_only=True)
xh = list(next(x))
got = {(r[xh.index("kode_sub_unit")], r[xh.index("nama_sub_unit")]) for r in x
       if r[xh.index("kode_sub_unit")]}
assert got == want, "xlsx"
code, name = sorted(want)[0]
pages = "".join(open(p, encoding="utf-8").read() for p in glob.glob(out + "/skpd/*/index.html"))
assert ("Sub unit: " + html.escape(name, quote=False)) in pages, name
print("ok %d" % len(want))
PYEOF
grep -q "^ok" "$TMP/upy" && ok "the $(sed 's/ok //' "$TMP/upy") sub units of Buru 2024 are on their lines in JSON, CSV and XLSX, and named on the SKPD pages" \
    || { not_ok "the sub units of Buru 2024 are in every download"; tail -5 "$TMP/upy"; }
"$APBD" lines "$REAL/buru-2024-rekap-apbd-murni.xlsx" >"$TMP/ul" 2>&1
expect_exit 0 $? "apbd lines reads the workbook under its own name (no period: a budget)"
head -1 "$TMP/ul" | grep -q ',kode_sub_unit,nama_sub_unit$' \
    && ok "its lines keep kode_sub_unit and nama_sub_unit" || not_ok "its lines keep kode_sub_unit and nama_sub_unit"
finish
