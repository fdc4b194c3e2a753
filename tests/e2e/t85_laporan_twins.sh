#!/bin/sh
# Report-shaped exports, synthetic twins made by tests/data/make_laporan.py:
# every notation (dotted with a trailing dot, spaced, plain dotted, SIPD
# 90/2019), header variant and document type decodes to exactly its
# .lines.csv; slips are read as meant and said; and a budgets directory of
# 2014-2016 report files in period folders plus 2024 flat months publishes
# as one site: folders merged, a budget-only year, the chart of each year,
# and every bad input (an SKPD twice, a wrong Tahun, a chart pemda.ini
# contradicts) refused with file and line, publishing nothing.
. "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3
L=$DATA/laporan

# The generator reproduces the committed files byte for byte.
APBD_LAPORAN_OUT=$TMP/gen "$PY" "$DATA/make_laporan.py" >/dev/null 2>&1
diff -r "$L" "$TMP/gen" >"$TMP/gen.diff" 2>&1 && ok "tests/data/laporan is what make_laporan.py writes" \
    || { not_ok "tests/data/laporan is what make_laporan.py writes"; head -5 "$TMP/gen.diff"; }

for f in "$L"/twins/*.csv; do
    case $f in *.lines.csv) continue ;; esac
    c=$(basename "$f" .csv)
    "$APBD" lines "$f" >"$TMP/$c.lines" 2>/dev/null
    same_text "${f%.csv}.lines.csv" "$TMP/$c.lines" "$c decodes to exactly its twin's lines"
    "$APBD" check --lang en "$f" >"$TMP/$c.check" 2>&1
    expect_exit 0 $? "$c checks without errors"
    if [ "$c" != salah-kode ]; then
        grep -q "warning:" "$TMP/$c.check" && { not_ok "$c checks without warnings"; grep warning: "$TMP/$c.check" | head -3; } \
            || ok "$c checks without warnings"
    fi
done
grep -q "salah-kode.csv:23:1: warning: account '5.5.2': kelompok '5.5' is not in the Permendagri 13/2006 chart of accounts; read by its name as 5.2.2 (Belanja Barang dan Jasa)" "$TMP/salah-kode.check" \
    && grep -q "salah-kode.csv:20:44: warning: row 1.01 . 1.01.01 . 00 . 00 . 5.1.2 'BELANJA LANGSUNG' repeats the total of the 4 programs" "$TMP/salah-kode.check" \
    && [ "$(grep -c warning: "$TMP/salah-kode.check")" = 3 ] \
    && ok "the slips are read as meant and said with file and line (3 warnings)" \
    || { not_ok "the slips are read as meant"; grep warning: "$TMP/salah-kode.check"; }
# the header block is what sets the document type
grep -q "note: report: Penjabaran Perubahan APBD (budget before and after revision); Kabupaten Contoh, year 2015" "$TMP/perubahan-titik-akhir.check" \
    && grep -q "note: report: Penjabaran APBD (budget)" "$TMP/penjabaran-spasi.check" \
    && grep -q "note: report: Realisasi APBD (budget and realization)" "$TMP/realisasi-sipd.check" \
    && ok "the document type comes from Judul" || not_ok "the document type comes from Judul"

# ---- the history: 2014-2016 report folders and 2024 flat months, one site
B=$TMP/b
cp -R "$L/sejarah" "$B"
rm -f "$B/EXPECT"
mkdir -p "$B/2024"
cp "$TOP/budgets/2024/2024-01.csv" "$TOP/budgets/2024/2024-02.csv" "$B/2024/"
"$APBD" check --lang en "$B" >"$TMP/hist.check" 2>&1
expect_exit 0 $? "apbd check reads the whole history"
grep -q "2014/2014-12: note: 2014: codes follow the Permendagri 13/2006 chart of accounts (by its year)" "$TMP/hist.check" \
    && grep -q "2016/2016-apbd.csv: note: 2016: codes follow the Permendagri 13/2006 chart of accounts (from pemda.ini)" "$TMP/hist.check" \
    && grep -q "2024/2024-01.csv: note: 2024: codes follow the Permendagri 90/2019 chart of accounts (by its year)" "$TMP/hist.check" \
    && ok "the chart of each year is reported, and why" || { not_ok "the chart of each year is reported"; grep chart "$TMP/hist.check"; }
"$APBD" publish --lang en --budgets "$B" --repo "$TMP/r.git" --date 2024-03-10 >"$TMP/pub" 2>&1
expect_exit 0 $? "report years 2014-2016 and flat 2024 months publish as one site"
grep -q "2015/2015-apbd: note: the 2015 budget-only publication is not published on its own: month 2015-12 is there" "$TMP/hist.check" \
    && ok "the first realization month replaces the year's budget-only publication, and says so" \
    || { not_ok "the budget-only publication is replaced, and said"; grep -i budget "$TMP/hist.check"; }
W=$TMP/w
git clone -q "$TMP/r.git" "$W" 2>/dev/null
[ -d "$W/2014/12" ] && [ -d "$W/2015/12" ] && [ ! -d "$W/2015/00" ] && [ -d "$W/2016/00" ] && [ -d "$W/2024/02" ] \
    && ok "published: 2014-12, 2015-12, 2016 budget only, 2024" || not_ok "published periods ($(ls "$W"))"
grep -q "belum ada realisasi" "$W/2016/00/index.html" && grep -q "belum ada realisasi" "$W/2016/index.html" \
    && ok "the budget-only year says belum ada realisasi" || not_ok "the budget-only year says belum ada realisasi"
for y in 2014 2015 2016; do grep -q "Permendagri 13/2006" "$W/$y/index.html" || not_ok "$y names 13/2006"; done
grep -q "Permendagri 90/2019" "$W/2024/index.html" && ok "every year page names its chart" || not_ok "2024 names 90/2019"
[ -f "$W/2014/12/skpd/1.20.03/index.html" ] && [ -f "$W/2015/12/skpd/1.01.01/index.html" ] \
    && ok "every SKPD of a folder period has its page" || not_ok "every SKPD of a folder period has its page"
git -C "$TMP/r.git" log -1 --format=%B gh-pages >"$TMP/body"
grep -q "  2014/2014-12/realisasi-1.20.03.csv" "$TMP/body" && grep -q "  2016/2016-apbd.csv" "$TMP/body" \
    && ok "the commit lists every file of a folder period among its inputs" || not_ok "the commit lists every file of a folder period"
# The new shapes of page in real tools: html-validate, and Chromium with axe-core at 360 px.
pages="2014/index.html 2014/12/index.html 2014/12/skpd/1.01.01/index.html 2016/index.html 2016/00/index.html"
files=""
for p in $pages; do files="$files $W/$p $W/en/$p"; done
# shellcheck disable=SC2086
(cd "$TOP/tests" && npx --no-install html-validate --config htmlvalidate.json $files) >"$TMP/hv" 2>&1 \
    && ok "html-validate reports no error on the 13/2006 and budget-only pages" \
    || { not_ok "html-validate on the 13/2006 and budget-only pages"; tail -20 "$TMP/hv"; }
shots=""
for p in $pages; do shots="$shots $p en/$p"; done
# shellcheck disable=SC2086
node "$TOP/tests/e2e/browser.js" "$W" "$TMP/shots" $shots >"$TMP/browser" 2>&1 \
    && ok "in Chromium they pass axe-core, 360 px, no other host" \
    || { not_ok "in Chromium the 13/2006 and budget-only pages"; grep -v '^ok' "$TMP/browser" | head -20; }
grep -q "Program dan kegiatan" "$W/2014/12/skpd/1.01.01/index.html" \
    && grep -q "belanja tidak langsung" "$W/2014/12/skpd/1.01.01/index.html" \
    && ! grep -q "sub kegiatan" "$W/2014/12/skpd/1.01.01/index.html" \
    && ok "a 13/2006 SKPD page speaks of program and kegiatan, not sub kegiatan" \
    || not_ok "a 13/2006 SKPD page speaks of program and kegiatan"
"$APBD" diff --lang en --repo "$TMP/r.git" 2015-12 2024-02 >"$TMP/diff" 2>&1
grep -q "note: 2015-12 follows Permendagri 13/2006 and 2024-02 follows Permendagri 90/2019: account codes name different things" "$TMP/diff" \
    && ok "apbd diff across charts says the codes are not comparable" || { not_ok "apbd diff across charts"; head -5 "$TMP/diff"; }
"$APBD" verify --repo "$TMP/r.git" >"$TMP/verify" 2>&1
expect_exit 0 $? "apbd verify rebuilds the history from its archive"
"$PY" - "$W" "$L/sejarah/EXPECT" "$TOP/data/schema/apbd-bulan.schema.json" <<'PYEOF' >"$TMP/py" 2>&1
import json, sys, jsonschema
from decimal import Decimal as D
w, expect, schema = sys.argv[1], sys.argv[2], json.load(open(sys.argv[3]))
want = {}
for line in open(expect):
    if line.startswith("#") or not line.strip():
        continue
    p, *kv = line.split()
    want[p.replace("-apbd", "-00")] = dict(x.split("=") for x in kv)
for p in ("2014-12", "2015-12", "2016-00"):
    f = "%s/%s/%s/apbd-%s.json" % (w, p[:4], p[5:], p)
    jsonschema.validate(json.load(open(f)), schema)
    d = json.load(open(f), parse_float=D)
    e = want[p]
    sen = lambda x: int(D(x) * 100)
    r = d["ringkasan"]
    assert len(d["baris"]) == int(e["lines"]), (p, len(d["baris"]))
    assert sen(r["belanja"]["anggaran"]) == int(e["belanja_anggaran"]), p
    assert sen(r["belanja"]["realisasi"]) == int(e["belanja_realisasi"]), p
    assert sen(r["pendapatan"]["anggaran"]) == int(e["pendapatan_anggaran"]), p
    assert sen(r["pendapatan"]["realisasi"]) == int(e["pendapatan_realisasi"]), p
    assert len(d["skpd"]) == int(e["files"]), p
print("ok")
PYEOF
grep -qx ok "$TMP/py" && ok "each period's JSON (schema-valid) has the generator's lines and totals to the sen" \
    || { not_ok "each period's JSON has the generator's totals"; tail -5 "$TMP/py"; }

# ---- a month as a folder of per-SKPD flat files is the month as one file
F=$TMP/f
mkdir -p "$F/one/2024" "$F/split/2024/2024-02"
cp "$TOP/budgets/pemda.ini" "$F/one/"
cp "$TOP/budgets/pemda.ini" "$F/split/"
cp "$TOP/budgets/2024/2024-01.csv" "$TOP/budgets/2024/2024-02.csv" "$F/one/2024/"
cp "$TOP/budgets/2024/2024-01.csv" "$F/split/2024/"
"$PY" - "$TOP/budgets/2024/2024-02.csv" "$F/split/2024/2024-02" <<'PYEOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
files = {}
for r in rows[1:]:
    files.setdefault(r[0], []).append(r)
for n, (kode, rs) in enumerate(files.items()):
    with open("%s/%02d-%s.csv" % (sys.argv[2], n, kode), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows([rows[0]] + rs)
PYEOF
[ "$(ls "$F/split/2024/2024-02" | wc -l)" -gt 10 ] && ok "the sample's February split into one file per SKPD" \
    || not_ok "the sample's February split into one file per SKPD"
"$APBD" build --budgets "$F/one" -o "$TMP/one" --date 2024-03-10 >/dev/null 2>&1
"$APBD" build --budgets "$F/split" -o "$TMP/split" --date 2024-03-10 >/dev/null 2>&1
diff -r -x 'pemda.ini' "$TMP/one/2024" "$TMP/split/2024" >"$TMP/split.diff" 2>&1 \
    && cmp -s "$TMP/one/sumber/2024/2024-02.csv" "$TMP/split/sumber/2024/2024-02.csv" \
    && ok "its pages and downloads are byte-identical to the month as one file" \
    || { not_ok "a folder of per-SKPD files gives the same month"; head -5 "$TMP/split.diff"; }
"$APBD" check --lang en "$F/split" >"$TMP/split.check" 2>&1
expect_exit 0 $? "apbd check reads the folder month"
grep -q "the previous month (2024-01) was not found" "$TMP/split.check" \
    && not_ok "and continues it from January" || ok "and continues it from January"

# ---- a flat export of a 13/2006 year: its kegiatan codes, and names hidden
P=$TMP/p
mkdir -p "$P/2019"
cp "$TOP/budgets/pemda.ini" "$P/"      # sembunyikan_uraian = 5.1.05, 5.1.06 (90/2019)
cat >"$P/2019/2019-12.csv" <<'CSV'
kode_skpd,nama_skpd,nama_program,nama_kegiatan,kode_sub_kegiatan,kode_rekening,uraian,anggaran,realisasi
4.01.03,Badan Keuangan,,,,5.1.4.01.01,Hibah kepada Ibu Siti Rahmawati,100000000,100000000
4.01.03,Badan Keuangan,,,,5.1.5.1.2,Bantuan sosial kepada Bapak Slamet,25000000,0
4.01.03,Badan Keuangan,Program Pelayanan Administrasi,Penyediaan Jasa Surat Menyurat,4.01.01.01,5.2.2.01.01,Belanja ATK,5000000,2500000
CSV
"$APBD" check --lang en "$P" >"$TMP/p.check" 2>&1
expect_exit 0 $? "a flat export of 2019 checks under the 13/2006 chart"
grep -q "note: the uraian of hibah (5.1.4) and bantuan sosial (5.1.5) in 13/2006 years are hidden" "$TMP/p.check" \
    && grep -q "2019-12.csv:3:[0-9]*: note: kode_rekening '5.1.5.1.2' normalised to '5.1.5.01.02'" "$TMP/p.check" \
    && ok "its codes in 13/2006 widths, and the hidden names said" || { not_ok "a 13/2006 flat export's notes"; grep -E "note|warning|error" "$TMP/p.check" | head -5; }
"$APBD" build --budgets "$P" -o "$TMP/ps" --date 2020-01-10 >/dev/null 2>&1
expect_exit 0 $? "and builds"
grep -rlq "Siti Rahmawati\|Slamet" "$TMP/ps" && not_ok "names in hibah and bansos lines of a 13/2006 year are not published" \
    || ok "names in hibah and bansos lines of a 13/2006 year are not published"
[ -f "$TMP/ps/2019/12/skpd/4.01.03/index.html" ] && grep -q "Penyediaan Jasa Surat Menyurat" "$TMP/ps/2019/12/skpd/4.01.03/index.html" \
    && ok "its kegiatan is on the SKPD page" || not_ok "its kegiatan is on the SKPD page"

# ---- bad input: refused with file and line; the repository as it was
before=$(git -C "$TMP/r.git" rev-parse gh-pages)
refused() {     # NAME PATTERN: publish fails, says PATTERN, leaves the branch
    "$APBD" publish --lang en --budgets "$B" --repo "$TMP/r.git" --date 2024-03-11 >"$TMP/bad" 2>&1
    rc=$?
    if [ $rc = 1 ] && grep -q "$2" "$TMP/bad" && [ "$(git -C "$TMP/r.git" rev-parse gh-pages)" = "$before" ]; then
        ok "$1: refused with file and line, nothing published"
    else
        not_ok "$1 (exit $rc)"; grep -E "error" "$TMP/bad" | head -3
    fi
}
cp "$B/2014/2014-12/realisasi-1.01.01.csv" "$B/2014/2014-12/realisasi-1.01.01-lagi.csv"
refused "an SKPD in two files of a period" \
    "2014/2014-12/realisasi-1.01.01.csv:[0-9]*: error: SKPD 1.01.01 appears in two files of this period: here and in .*2014/2014-12/realisasi-1.01.01-lagi.csv:[0-9]*"
rm "$B/2014/2014-12/realisasi-1.01.01-lagi.csv"
sed 's/^Tahun,2015/Tahun,2013/' "$B/2015/2015-12/realisasi-1.01.01.csv" >"$TMP/x" && cp "$TMP/x" "$B/2015/2015-12/realisasi-1.01.01.csv"
refused "a report of another year" "2015/2015-12/realisasi-1.01.01.csv:3:1: error: this report is for Tahun 2013 but sits in period 2015-12"
cp "$L/sejarah/2015/2015-12/realisasi-1.01.01.csv" "$B/2015/2015-12/"
printf '2014 = 90/2019\n' >>"$B/pemda.ini"
refused "a chart pemda.ini contradicts" "error: this file's codes follow the 13/2006 chart, but 2014 follows 90/2019 (pemda.ini \[bagan_akun\])"
cp "$L/sejarah/pemda.ini" "$B/pemda.ini"
sed 's/^Tahun,2023/Tahun,2014/' "$L/twins/realisasi-sipd.csv" >"$B/2014/2014-12/realisasi-sipd.csv"
refused "files of two charts in one period" \
    "2014/2014-12/realisasi-sipd.csv: error: this file's codes follow the 90/2019 chart, but 2014 follows 13/2006 (the period's other files)"
rm "$B/2014/2014-12/realisasi-sipd.csv"
cp "$L/sejarah/2015/2015-apbd/penjabaran-1.02.01.csv" "$B/2015/2015-12/"
refused "a budget-only report in a realization month" \
    "2015/2015-12/penjabaran-1.02.01.csv:1:1: error: 'Penjabaran Anggaran Pendapatan dan Belanja Daerah' holds the budget only, but sits in the realization period 2015-12"
rm "$B/2015/2015-12/penjabaran-1.02.01.csv"
mkdir "$B/2016/2016-apbd"
mv "$B/2016/2016-apbd.csv" "$B/2016/2016-apbd/"
cp "$L/sejarah/2015/2015-12/realisasi-1.01.01.csv" "$B/2016/2016-apbd/"
sed 's/^Tahun,2015/Tahun,2016/' "$B/2016/2016-apbd/realisasi-1.01.01.csv" >"$TMP/x" && mv "$TMP/x" "$B/2016/2016-apbd/realisasi-1.01.01.csv"
refused "a realization report as the approved budget" \
    "2016/2016-apbd/realisasi-1.01.01.csv:1:1: error: 'Realisasi Anggaran Pendapatan Belanja Daerah' is a realization report, but sits in 2016-00, the period of the approved budget"
rm -r "$B/2016/2016-apbd"
cp "$L/sejarah/2016/2016-apbd.csv" "$B/2016/"
mkdir "$B/2016/2016-05"
refused "an empty period folder" "2016/2016-05: error: the folder of period 2016-05 holds no .csv file"
rmdir "$B/2016/2016-05"
git -C "$TMP/r.git" fsck --strict >/dev/null 2>&1 && ok "git fsck --strict is clean after the refusals" \
    || not_ok "git fsck --strict is clean after the refusals"
finish
