#!/bin/sh
# The two real report-shaped exports (../shared/realdata/, read in place,
# never copied into the repository; skipped when absent) published: every
# leaf kept as a line, the published totals equal to the file's own rows
# wherever those rows add up, a 2014 report year and 2024 flat months as
# one site in one git commit, a budget-only year saying "belum ada
# realisasi", and the year pages naming the chart each year follows.
. "$(dirname "$0")/lib.sh"

REAL=${APBD_REALDATA:-$TOP/../shared/realdata}
gk=$REAL/gunungkidul-2014-realisasi-1.01.01.csv
yk=$REAL/kotayogyakarta-2014-penjabaran-1.02.01.csv
if [ ! -r "$gk" ] || [ ! -r "$yk" ]; then
    skip "the real report-shaped exports are not here ($REAL)"
    finish
fi
PY=/usr/bin/python3

# Neither adds up to its own total: read where the finance office accepts it.
L=$TMP/l
mkdir -p "$L/2014/2014-12" "$L/2014/2014-apbd"
cp "$gk" "$L/2014/2014-12/1.01.01.csv"
cp "$yk" "$L/2014/2014-apbd/1.02.01.csv"
cp "$DATA/selisih/real.csv" "$L/2014/selisih-diterima.csv"
"$APBD" lines "$L/2014/2014-12/1.01.01.csv" >"$TMP/gk.lines" 2>/dev/null
expect_exit 0 $? "Gunungkidul 2014 decodes to lines"
"$APBD" lines "$L/2014/2014-apbd/1.02.01.csv" >"$TMP/yk.lines" 2>/dev/null
expect_exit 0 $? "Kota Yogyakarta 2014 decodes to lines"
"$APBD" lines "$gk" >/dev/null 2>&1
expect_exit 1 $? "without the acceptance, apbd lines refuses it too"
# every leaf kept: as many lines as apbd check counts leaves (t80)
[ "$(($(wc -l <"$TMP/gk.lines") - 1))" = 302 ] && [ "$(($(wc -l <"$TMP/yk.lines") - 1))" = 707 ] \
    && ok "every leaf of both reports is a line (302 and 707)" \
    || not_ok "every leaf is a line ($(wc -l <"$TMP/gk.lines") / $(wc -l <"$TMP/yk.lines"))"

# One site: the 2014 annual report as a folder period, and two flat 2024 months.
B=$TMP/b
mkdir -p "$B/2014/2014-12" "$B/2024"
cp "$TOP/budgets/pemda.ini" "$B/"
ln -s "$gk" "$B/2014/2014-12/1.01.01.csv"
# its lines do not add up to its own total; the finance office accepts it
cp "$DATA/selisih/real.csv" "$B/2014/selisih-diterima.csv"
cp "$TOP/budgets/2024/2024-01.csv" "$TOP/budgets/2024/2024-02.csv" "$B/2024/"
"$APBD" publish --lang en --budgets "$B" --repo "$TMP/r.git" --date 2024-03-10 >"$TMP/pub" 2>&1
expect_exit 0 $? "a 2014 report year and 2024 flat months publish as one site"
git -C "$TMP/r.git" fsck --strict >/dev/null 2>&1 && ok "git fsck --strict is clean" || not_ok "git fsck --strict is clean"
W=$TMP/w
git clone -q "$TMP/r.git" "$W" 2>/dev/null
for f in 2014/12/index.html 2014/12/skpd/1.01.01/index.html 2014/12/apbd-2014-12.json \
         2014/12/apbd-2014-12.xlsx 2024/02/index.html sumber/2014/2014-12.csv; do
    [ -f "$W/$f" ] || { not_ok "published $f"; missing=1; }
done
[ -n "${missing:-}" ] || ok "the 2014 report's pages, downloads and archived lines are published"
"$APBD" verify --repo "$TMP/r.git" >"$TMP/verify" 2>&1
expect_exit 0 $? "apbd verify rebuilds the publication, 13/2006 year included, from its archive"
grep -q "Permendagri 13/2006" "$W/2014/index.html" && grep -q "Permendagri 90/2019" "$W/2024/index.html" \
    && ! grep -q "Permendagri 90/2019" "$W/2014/index.html" \
    && ok "each year page names the chart its codes follow" || not_ok "each year page names the chart its codes follow"
grep -q "Permendagri 13/2006" "$W/en/2014/index.html" && ok "in English too" || not_ok "in English too"
"$PY" - "$W" "$TOP/data/schema/apbd-bulan.schema.json" <<'PYEOF' >"$TMP/py" 2>&1
import json, sys, jsonschema, openpyxl
from decimal import Decimal as D
def wb_rows(path, sheet):
    return list(openpyxl.load_workbook(path, read_only=True)[sheet].iter_rows(values_only=True))
w, schema = sys.argv[1], json.load(open(sys.argv[2]))
d = json.load(open(w + "/2014/12/apbd-2014-12.json"), parse_float=D)
jsonschema.validate(json.load(open(w + "/2014/12/apbd-2014-12.json")), schema)
akun = {n["kode"]: n for n in d["akun"]}
btl = [a for a in akun["5"]["anak"] if a["kode"] == "5.1"][0]
# rows of the file that add up: BELANJA TIDAK LANGSUNG (line 9), a program (line 92)
assert (btl["anggaran"], btl["realisasi"]) == (D("642912497638.61"), D("583401839096")), btl
assert len(d["baris"]) == 302, len(d["baris"])
# the top row BELANJA DAERAH does not add up (accepted); the total is the
# lines', and the JSON says what the export itself writes
assert d["ringkasan"]["belanja"]["anggaran"] == D("759218096038.61")
assert d["ringkasan"]["belanja"]["realisasi"] == D("643354426664")
acc = [(a["baris"], a["kolom"], a["tertulis"], a["jumlah_baris"]) for a in d["selisih_diterima"]]
assert (8, "anggaran", D("759243300538.61"), D("759218096038.61")) in acc, acc
assert len(acc) == 4, acc
about = [r for r in wb_rows(w + "/2014/12/apbd-2014-12.xlsx", "Tentang") if r and r[0] and "baris 8" in str(r[0])]
assert about and "759.243.300.538,61" in about[0][1], about
ind = {i["id"]: i for i in d["indikator"]}
assert ind["belanja_pegawai"]["arah"] == "pembanding" and "13/2006" in ind["belanja_pegawai"]["catatan"]
wb = openpyxl.load_workbook(w + "/2014/12/apbd-2014-12.xlsx", read_only=True)
rows = [r for r in wb["Detail"].iter_rows(values_only=True)][1:]
assert len([r for r in rows if r and r[0]]) == 302, len(rows)
print("ok")
PYEOF
grep -qx ok "$TMP/py" && ok "JSON (schema-valid) and XLSX keep every line; totals equal the rows that add up; indicators say the chart" \
    || { not_ok "JSON and XLSX of the 2014 report"; tail -5 "$TMP/py"; }

# The budget-only publication of Kota Yogyakarta's 2014 Penjabaran.
Y=$TMP/y
mkdir -p "$Y/2014/2014-apbd"
cp "$TOP/budgets/pemda.ini" "$Y/"
ln -s "$yk" "$Y/2014/2014-apbd/1.02.01.csv"
cp "$DATA/selisih/real.csv" "$Y/2014/selisih-diterima.csv"
"$APBD" build --budgets "$Y" -o "$TMP/ys" --date 2014-01-05 >/dev/null 2>&1
expect_exit 0 $? "a budget-only year (2014-apbd) builds"
grep -q "belum ada realisasi" "$TMP/ys/index.html" && grep -q "belum ada realisasi" "$TMP/ys/2014/00/index.html" \
    && grep -q "no realization yet" "$TMP/ys/en/index.html" \
    && ok "its pages say belum ada realisasi" || not_ok "its pages say belum ada realisasi"
"$PY" - "$TMP/ys" "$TOP/data/schema/apbd-bulan.schema.json" <<'PYEOF' >"$TMP/py" 2>&1
import json, sys, jsonschema
from decimal import Decimal as D
w, schema = sys.argv[1], json.load(open(sys.argv[2]))
jsonschema.validate(json.load(open(w + "/2014/00/apbd-2014-00.json")), schema)
d = json.load(open(w + "/2014/00/apbd-2014-00.json"), parse_float=D)
assert d["periode"] == "2014-00" and d["posisi_data"] == "2014-01-01", d["periode"]
# PENDAPATAN DAERAH and BELANJA TIDAK LANGSUNG of the file add up: published as printed
assert d["ringkasan"]["pendapatan"]["anggaran"] == D("11614196593")
btl = [a for a in d["akun"] if a["kode"] == "5"][0]["anak"][0]
assert btl["kode"] == "5.1" and btl["anggaran"] == D("34422101600"), btl
assert d["ringkasan"]["belanja"]["realisasi"] == 0
assert len(d["baris"]) == 707
print("ok")
PYEOF
grep -qx ok "$TMP/py" && ok "its JSON: period 2014-00, schema-valid, totals as the file's consistent rows, no realisasi" \
    || { not_ok "its JSON"; tail -5 "$TMP/py"; }

# A realization month of the year replaces the budget-only publication.
mkdir -p "$Y/2014/2014-12"
ln -s "$gk" "$Y/2014/2014-12/1.01.01.csv"
"$APBD" build --budgets "$Y" -o "$TMP/ys2" --date 2015-01-05 >"$TMP/out" 2>&1
[ -d "$TMP/ys2/2014/12" ] && [ ! -d "$TMP/ys2/2014/00" ] \
    && ok "the first realization month replaces the budget-only publication" \
    || not_ok "the first realization month replaces the budget-only publication"
finish
