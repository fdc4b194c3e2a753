#!/bin/sh
# The plan and the work: budgets/<year>/anggaran-kas.csv (the sample's, in
# the wide shape; a long-shape twin gives the same downloads), physical
# progress from the export's realisasi_fisik column and from
# <year>-<month>-fisik.csv (the sample's June and July). Downloads read
# back with json + jsonschema, csv, openpyxl; pages show the plan curve,
# the offices furthest behind with their notes, and money against work.
# Bad plan and progress files: exit 1 with file:line:col, nothing written.
. "$(dirname "$0")/lib.sh"

cd "$TOP" || exit 1
"$APBD" build --out "$TMP/site" --until 2024-09 --date 2024-10-07 >"$TMP/out" 2>"$TMP/err"
expect_exit 0 $? "the sample with its anggaran kas and realisasi fisik builds"
"$APBD" check budgets/2024 >"$TMP/check" 2>&1
grep -E 'anggaran-kas.csv.*warning|fisik.*(warning|error)' "$TMP/err" "$TMP/check" \
    && not_ok "with no plan or progress warning" || ok "with no plan or progress warning"
cmp -s budgets/2024/anggaran-kas.csv "$TMP/site/sumber/2024/anggaran-kas.csv" \
    && ok "the plan is archived in sumber/" || not_ok "the plan is archived in sumber/"

/usr/bin/python3 - "$TMP/site" "$TOP/budgets" <<'PY' && ok "JSON, CSV and XLSX carry the plan and the progress, consistently" \
    || not_ok "JSON, CSV and XLSX carry the plan and the progress, consistently"
import csv, json, sys, decimal, openpyxl, jsonschema
site, budgets = sys.argv[1], sys.argv[2]
D = decimal.Decimal
schema = json.load(open(site + "/data/schema/apbd-bulan.schema.json"))
plan = {}
for r in csv.DictReader(open(budgets + "/2024/anggaran-kas.csv", encoding="utf-8")):
    plan[(r["kode_skpd"], r["kode_sub_kegiatan"], r["tahap"])] = [D(r[m]) for m in list(r)[5:]]
for month in ("07", "09"):
    d = json.load(open(site + f"/2024/{month}/apbd-2024-{month}.json"), parse_float=D)
    jsonschema.validate(d, schema)
    m = int(month)
    subs = {(s["kode_skpd"], s["kode"]): s for s in d["rencana"]["sub_kegiatan"]}
    # each sub kegiatan: the plan to the month, from the murni plan or,
    # after the APBD-P, the revised one where there is one
    for (skpd, sub, tahap), months in plan.items():
        s = subs.get((skpd, sub))
        if s is None:
            continue
        rev = plan.get((skpd, sub, "perubahan"))
        use = rev if (rev and sum(rev) == s["anggaran"]) else plan.get((skpd, sub, "murni"), rev)
        if months is use:
            assert s["anggaran_kas"] == sum(months[:m]), (skpd, sub, s, sum(months[:m]))
            assert s["selisih_anggaran_kas"] == s["realisasi"] - s["anggaran_kas"]
    # offices: the sum of their sub kegiatan, furthest behind first
    rows = d["rencana"]["skpd"]
    by = {}
    for s in subs.values():
        if s["anggaran_kas"] is not None:
            by[s["kode_skpd"]] = by.get(s["kode_skpd"], 0) + s["anggaran_kas"]
    for r in rows:
        assert r["anggaran_kas"] == by[r["kode"]], r
    shares = [r["realisasi"] / r["anggaran_kas"] for r in rows if r["anggaran_kas"]]
    assert shares == sorted(shares), "ranked furthest behind first"
    assert {o["kode"]: o["anggaran_kas"] for o in d["skpd"] if o["anggaran_kas"] is not None} == by
    assert d["rencana"]["anggaran_kas"] == sum(by.values())
    # physical progress: on the sub kegiatan and on every one of its lines
    fis = {(s["kode_skpd"], s["kode"]): s["realisasi_fisik"] for s in subs.values() if s["realisasi_fisik"] is not None}
    assert len(fis) > 20, len(fis)
    for s in subs.values():
        if s["realisasi_fisik"] is None:
            assert s["selisih_keuangan_fisik"] is None
        else:
            assert s["selisih_keuangan_fisik"] == s["persen_keuangan"] - s["realisasi_fisik"], s
    for b in d["baris"]:
        assert b["realisasi_fisik"] == fis.get((b["kode_skpd"], b["kode_sub_kegiatan"])), b
    # the CSV has the same progress column
    with open(site + f"/2024/{month}/apbd-2024-{month}.csv", encoding="utf-8") as f:
        rows_csv = list(csv.DictReader(f))
    assert list(rows_csv[0])[-4:] == ["anggaran_kas", "realisasi_fisik", "kode_sub_unit", "nama_sub_unit"]
    for b, c in zip(d["baris"], rows_csv):
        want = "" if b["realisasi_fisik"] is None else str(b["realisasi_fisik"])
        assert c["realisasi_fisik"] == want, (c, want)
        assert c["anggaran_kas"] == ""          # the sample plans per sub kegiatan
    # the XLSX: Rencana sheet, offices first in the same order, and the Detail columns
    wb = openpyxl.load_workbook(site + f"/2024/{month}/apbd-2024-{month}.xlsx", read_only=True)
    sheet = list(wb["Rencana"].iter_rows(values_only=True))
    assert sheet[0][6] == "Anggaran kas s.d. bulan ini", sheet[0]
    offices = [r for r in sheet[1:] if r[0] == "SKPD"]
    assert [r[2] for r in offices] == [r["kode"] for r in rows]
    for r, j in zip(offices, rows):
        assert abs(D(str(r[6])) - j["anggaran_kas"]) < D("0.005"), (r, j)
    detail = wb["Detail"].iter_rows(values_only=True)
    head = next(detail)
    assert head[14:16] == ("anggaran_kas", "realisasi_fisik"), head
    for b, x in zip(d["baris"], detail):
        assert (x[15] is None) == (b["realisasi_fisik"] is None), (x, b)
        if x[15] is not None:
            assert abs(D(str(x[15])) - b["realisasi_fisik"]) < D("0.001")
# June's and July's progress came from their own files
d6 = json.load(open(site + "/2024/06/apbd-2024-06.json"), parse_float=D)
want = {}
for r in csv.DictReader(open(budgets + "/2024/2024-06-fisik.csv", encoding="utf-8")):
    want[(r["kode_skpd"], r["kode_sub_kegiatan"])] = D(r["realisasi_fisik"])
got = {(s["kode_skpd"], s["kode"]): s["realisasi_fisik"] for s in d6["rencana"]["sub_kegiatan"] if s["realisasi_fisik"] is not None}
assert got == want, "June's fisik file"
PY

# Pages: the plan curve and the offices furthest behind, with the note of
# the office the sample puts far behind its plan (Dinas PU, a failed tender).
home=$TMP/site/index.html
grep -q 'id="rencana-h"' "$home" && grep -q 'class="line-rencana"' "$home" \
    && ok "the home page draws the plan against the realization" || not_ok "the home page draws the plan against the realization"
grep -q 'id="tertinggal-h"' "$home" && ok "and lists the offices furthest behind their plan" \
    || not_ok "and lists the offices furthest behind their plan"
"$APBD" build --quiet --out "$TMP/aug" --until 2024-08 --date 2024-09-05 2>/dev/null
/usr/bin/python3 - "$TMP/aug/index.html" <<'PY' && ok "Dinas PU is among them, with the finance office's explanation" \
    || not_ok "Dinas PU is among them, with the finance office's explanation"
import re, sys
h = open(sys.argv[1], encoding="utf-8").read()
sec = h[h.index('id="tertinggal-h"'):]
sec = sec[:sec.index("</ol>")]
rows = re.findall(r'<li><h3>(.*?)</li>', sec, re.S)
assert len(rows) == 5, len(rows)
pu = [r for r in rows if "Dinas Pekerjaan Umum" in r]
assert pu and "Uang muka 20% paket rehabilitasi Jalan Merdeka" in pu[0], rows
assert "di belakang rencana" in pu[0]
PY
# The pages with the plan in real tools: html-validate and Chromium + axe-core.
plan_pages="index.html 2024/08/index.html 2024/08/skpd/1.03.0.00.0.00.01.0000/index.html"
files=""
for p in $plan_pages; do files="$files $TMP/aug/$p $TMP/aug/en/$p"; done
# shellcheck disable=SC2086
(cd tests && npx --no-install html-validate --config htmlvalidate.json $files) > "$TMP/hv" 2>&1 \
    && ok "html-validate reports no error on the plan's pages" || { not_ok "html-validate on the plan's pages"; tail -20 "$TMP/hv"; }
shots=""
for p in $plan_pages; do shots="$shots $p en/$p"; done
# shellcheck disable=SC2086
node tests/e2e/browser.js "$TMP/aug" "$TMP/shots" $shots > "$TMP/browser" 2>&1 \
    && ok "in Chromium the plan's pages pass axe-core, 360 px, no other host" \
    || { not_ok "in Chromium the plan's pages"; grep -v '^ok' "$TMP/browser" | head -20; }

skpd=$TMP/site/2024/07/skpd/1.03.0.00.0.00.01.0000/index.html
grep -q 'id="kemajuan-h"' "$skpd" && grep -q 'Rehabilitasi Jalan' "$skpd" \
    && ok "the SKPD page has money against work per sub kegiatan" || not_ok "the SKPD page has money against work per sub kegiatan"
grep -q 'Anggaran kas s.d. bulan ini' "$skpd" && grep -q 'id="rencana-h"' "$skpd" \
    && ok "and its own plan line and gap" || not_ok "and its own plan line and gap"
grep -q 'Furthest behind their own cash plan\|Every office against its cash plan' "$TMP/site/en/2024/07/index.html" \
    && ok "the English month page has the plan table" || not_ok "the English month page has the plan table"
/usr/bin/python3 - "$TMP/site/2024/09/index.html" "$TMP/site/2024/09/apbd-2024-09.json" <<'PY' \
    && ok "the month page lists the ten sub kegiatan whose money and work are furthest apart" \
    || not_ok "the month page lists the ten sub kegiatan whose money and work are furthest apart"
import json, re, sys
h = open(sys.argv[1], encoding="utf-8").read()
t = h[h.index('id="t-fisik"'):]
t = t[:t.index("</table>")]
shown = re.findall(r'<small class="code">([0-9.]+)</small>', t)
d = json.load(open(sys.argv[2]))
gaps = sorted((s for s in d["rencana"]["sub_kegiatan"] if s["selisih_keuangan_fisik"] is not None),
              key=lambda s: (-abs(s["selisih_keuangan_fisik"]), s["kode_skpd"] + "/" + s["kode"]))
assert shown == [s["kode"] for s in gaps[:10]], (shown, [s["kode"] for s in gaps[:10]])
PY

# The same plan one row per month (the long shape) gives the same downloads.
cp -r budgets "$TMP/long"
/usr/bin/python3 - "$TMP/long/2024/anggaran-kas.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
head, body = rows[0], rows[1:]
with open(sys.argv[1], "w", encoding="cp1252", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\r\n")
    w.writerow(["Kode SKPD", "Kode Sub Kegiatan", "Tahap", "Bulan", "Rencana Penarikan"])
    for r in body:
        for m, v in enumerate(r[5:], 1):
            # Indonesian grouping, as a spreadsheet saved in id-ID writes it
            whole, _, sen = v.partition(".")
            w.writerow([r[0], r[2], r[4], head[4 + m], f"{int(whole):,}".replace(",", ".") + "," + (sen + "00")[:2]])
PY
"$APBD" build --quiet --budgets "$TMP/long" --out "$TMP/site-long" --until 2024-09 --date 2024-10-07 2>"$TMP/long.err"
expect_exit 0 $? "the long shape (Windows-1252, ';', Indonesian numbers) builds"
cmp -s "$TMP/site/2024/09/apbd-2024-09.json" "$TMP/site-long/2024/09/apbd-2024-09.json" \
    && ok "and gives the same JSON as the wide shape" || not_ok "and gives the same JSON as the wide shape"

# The plan and the progress as workbooks (a spreadsheet's own numbers, a
# sheet of instructions before the data) give the same JSON as the CSVs.
cp -r budgets "$TMP/book"
/usr/bin/python3 - "$TMP/book/2024" <<'PY' || not_ok "openpyxl wrote the plan and progress workbooks"
import csv, os, sys, openpyxl
d = sys.argv[1]
def number(v):
    try:
        return int(v)
    except ValueError:
        try:
            return float(v)
        except ValueError:
            return v
for stem in ("anggaran-kas", "2024-06-fisik", "2024-07-fisik"):
    rows = list(csv.reader(open(f"{d}/{stem}.csv", encoding="utf-8")))
    wb = openpyxl.Workbook()
    wb.active.title = "Petunjuk"
    wb.active.append(["Isi sheet berikutnya dari SIPD, lalu simpan."])
    ws = wb.create_sheet("Rencana")
    ws.append(["Rencana penarikan dana " + stem])
    ws.append([])
    ws.append(rows[0])
    for r in rows[1:]:
        ws.append(r[:5] + [number(v) for v in r[5:]] if stem == "anggaran-kas" else r[:2] + [number(r[2])])
    wb.save(f"{d}/{stem}.xlsx")
    os.remove(f"{d}/{stem}.csv")
PY
"$APBD" build --quiet --budgets "$TMP/book" --out "$TMP/site-book" --until 2024-09 --date 2024-10-07 2>"$TMP/book.err"
expect_exit 0 $? "anggaran-kas.xlsx and <month>-fisik.xlsx build" || cat "$TMP/book.err"
for m in 07 09; do
    cmp -s "$TMP/site/2024/$m/apbd-2024-$m.json" "$TMP/site-book/2024/$m/apbd-2024-$m.json" \
        && ok "2024-$m: the same JSON as from the CSVs" || not_ok "2024-$m: the same JSON as from the CSVs"
done
cmp -s "$TMP/book/2024/anggaran-kas.xlsx" "$TMP/site-book/sumber/2024/anggaran-kas.xlsx" \
    && [ ! -e "$TMP/site-book/sumber/2024/anggaran-kas.csv" ] \
    && ok "the workbook is archived as it came" || not_ok "the workbook is archived as it came"
cp budgets/2024/anggaran-kas.csv "$TMP/book/2024/"
"$APBD" build --budgets "$TMP/book" --out "$TMP/book-twice" --date 2024-10-07 2>"$TMP/twice.err"
expect_exit 1 $? "a plan as both .csv and .xlsx fails the build"
grep -q "2024/anggaran-kas.csv: error: .*2024/anggaran-kas.xlsx juga ada" "$TMP/twice.err" \
    && ok "naming both" || { not_ok "naming both"; head -5 "$TMP/twice.err"; }
rm "$TMP/book/2024/anggaran-kas.csv"
/usr/bin/python3 - "$TMP/book/2024/2024-07-fisik.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb["Rencana"]["C6"] = 104
wb.save(sys.argv[1])
PY
"$APBD" check "$TMP/book/2024/2024-07.csv" >"$TMP/book.out" 2>&1
expect_exit 1 $? "apbd check reads the month's progress workbook"
grep -q "2024-07-fisik.xlsx:'Rencana'!C6: error: realisasi fisik bukan persen dari 0 sampai 100: '104'" "$TMP/book.out" \
    && ok "and names the cell of a value over 100" || { not_ok "and names the cell of a value over 100"; grep error "$TMP/book.out" | head -3; }

# Bad inputs: exit 1, FILE:LINE:COL, nothing written.
cp -r budgets "$TMP/bad"
printf '1.03.0.00.0.00.01.0000,Dinas PU,1.03.10.2.01.0004,Rehabilitasi Jalan,murni,0,0,0,0,0,0,0,0,0,0,0,lots\n' \
    >> "$TMP/bad/2024/anggaran-kas.csv"
n=$(wc -l < "$TMP/bad/2024/anggaran-kas.csv")
"$APBD" build --budgets "$TMP/bad" --out "$TMP/bad-site" --date 2024-10-07 2>"$TMP/bad.err"
expect_exit 1 $? "a plan amount that is not a number fails the build"
grep -q "2024/anggaran-kas.csv:$n:[0-9]*: error: anggaran_kas bukan angka: 'lots'" "$TMP/bad.err" \
    && ok "naming the plan's file, line and column" || { not_ok "naming the plan's file, line and column"; head -5 "$TMP/bad.err"; }
[ ! -e "$TMP/bad-site" ] && ok "and writing nothing" || not_ok "and writing nothing"

cp -r budgets "$TMP/fis"
printf 'kode_skpd,kode_sub_kegiatan,realisasi_fisik\n1.03.0.00.0.00.01.0000,1.03.10.2.01.0004,104\n' \
    > "$TMP/fis/2024/2024-08-fisik.csv"
"$APBD" check "$TMP/fis/2024/2024-08.csv" >"$TMP/fis.out" 2>&1
expect_exit 1 $? "apbd check reads the month's physical-progress file"
grep -q "2024-08-fisik.csv:2:42: error: realisasi fisik bukan persen dari 0 sampai 100: '104'" "$TMP/fis.out" \
    && ok "and names a value over 100 by line and column" || { not_ok "and names a value over 100 by line and column"; grep error "$TMP/fis.out" | head -3; }
"$APBD" publish --quiet --budgets "$TMP/fis" --repo "$TMP/r.git" --date 2024-10-07 >/dev/null 2>&1
expect_exit 1 $? "and publish refuses it"
[ ! -e "$TMP/r.git" ] || [ -z "$(git -C "$TMP/r.git" branch --list gh-pages)" ] \
    && ok "publishing nothing" || not_ok "publishing nothing"

# Physical progress that goes down: a warning unless the month's notes explain it.
cp -r budgets "$TMP/down"
/usr/bin/python3 - "$TMP/down/2024/2024-09.csv" <<'PY' || not_ok "the test lowered a value"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
n = 0
for r in rows[1:]:
    if r[4] == "1.03.10.2.01.0004" and r[-1]:
        r[-1], n = "1", n + 1
assert n, "no progress to lower"
csv.writer(open(sys.argv[1], "w", encoding="utf-8", newline=""), lineterminator="\n").writerows(rows)
PY
"$APBD" check "$TMP/down/2024/2024-09.csv" >"$TMP/down.out" 2>&1
grep -q "warning: realisasi fisik sub kegiatan 1.03.10.2.01.0004 turun menjadi 1% dari" "$TMP/down.out" \
    && ok "progress that goes down is a warning" || { not_ok "progress that goes down is a warning"; grep -i fisik "$TMP/down.out" | head -3; }
mkdir -p "$TMP/down/2024/catatan"
printf '## 1.03.0.00.0.00.01.0000\n\n### 1.03.10.2.01.0004\n\nDikoreksi sesudah pemeriksaan lapangan.\n' \
    > "$TMP/down/2024/catatan/2024-09.md"
"$APBD" check "$TMP/down/2024/2024-09.csv" >"$TMP/down2.out" 2>&1
grep -q "turun menjadi" "$TMP/down2.out" && not_ok "a note explaining it silences it" \
    || ok "a note explaining it silences it"
finish
