#!/bin/sh
# apbd build on the sample: every download read back by independent readers
# (check_downloads.py), byte-identical output under another TZ and LANG,
# nothing written when an input is bad, the privacy rule applied
# everywhere, the yearly long CSV, terbaru/ and the Data Package.
. "$(dirname "$0")/lib.sh"

cd "$TOP" || exit 1
"$APBD" build --out "$TMP/site" --date 2025-04-10 2>"$TMP/build.err"
expect_exit 0 $? "apbd build on the sample"
/usr/bin/python3 tests/e2e/check_downloads.py "$TMP/site" data/schema/apbd-bulan.schema.json \
    > "$TMP/readback" 2>&1
status=$?
grep '^not ok' "$TMP/readback"
[ $status -eq 0 ] && ok "all downloads read back and agree ($(grep -c '^ok' "$TMP/readback") checks)" \
    || { not_ok "all downloads read back and agree"; tail -5 "$TMP/readback"; }

# Determinism: another time zone, language and clock give the same bytes.
TZ=Pacific/Kiritimati LC_ALL=en_US.UTF-8 LANG=en_US.UTF-8 \
    "$APBD" build --out "$TMP/site2" --date 2025-04-10 2>/dev/null
diff -r "$TMP/site" "$TMP/site2" >/dev/null && ok "byte-identical under another TZ and LANG" \
    || not_ok "byte-identical under another TZ and LANG"
# SOURCE_DATE_EPOCH of 2025-04-10 09:00 WIB is the same publication date.
# (with APBD_TIMINGS, which only adds the phases' times on stderr)
SOURCE_DATE_EPOCH=1744250400 APBD_TIMINGS=1 "$APBD" build --out "$TMP/site3" 2>"$TMP/timings"
diff -r "$TMP/site" "$TMP/site3" >/dev/null && ok "SOURCE_DATE_EPOCH gives the same build" \
    || not_ok "SOURCE_DATE_EPOCH gives the same build"
phases=$(grep -cE '^apbd: time: (import|model|csv|json|xlsx|site|SHA256SUMS|total) +[0-9.]+ s' "$TMP/timings")
[ "$phases" -ge 8 ] && ok "APBD_TIMINGS prints the time of every phase" \
    || not_ok "APBD_TIMINGS prints the time of every phase ($phases)"
# One core: the workbook written in the same process, the same bytes.
APBD_JOBS=1 "$APBD" build --out "$TMP/site4" --date 2025-04-10 2>/dev/null
diff -r "$TMP/site" "$TMP/site4" >/dev/null && ok "byte-identical with APBD_JOBS=1 (one process)" \
    || not_ok "byte-identical with APBD_JOBS=1 (one process)"
grep -q '2025-04-10' "$TMP/site/2024/07/apbd-2024-07.json" && ok "publication date recorded" \
    || not_ok "publication date recorded"

# A bad month: exit 1, and the existing output is exactly as it was.
find "$TMP/site" -type f -exec sha256sum {} + | sort > "$TMP/before"
cp -r budgets "$TMP/budgets"
printf '1.02.0.00.0.00.01.0000,X,,,,,5.1.02.01.01.0024,ATK,DAU,1.234,5x,0\n' >> "$TMP/budgets/2024/2024-03.csv"
"$APBD" build --budgets "$TMP/budgets" --out "$TMP/site" --date 2025-04-10 2>"$TMP/bad.err"
expect_exit 1 $? "a bad export fails the build with exit 1"
grep -q "2024-03.csv:4024:" "$TMP/bad.err" && ok "the failure names file and line" \
    || { not_ok "the failure names file and line"; head -3 "$TMP/bad.err"; }
find "$TMP/site" -type f -exec sha256sum {} + | sort > "$TMP/after"
cmp -s "$TMP/before" "$TMP/after" && ok "the previous build is left exactly as it was" \
    || not_ok "the previous build is left exactly as it was"
ls -d "$TMP"/site.tmp-* >/dev/null 2>&1 && not_ok "no staging directory left behind" \
    || ok "no staging directory left behind"
: > "$TMP/notadir"
"$APBD" build --out "$TMP/notadir" --date 2025-04-10 2>/dev/null
expect_exit 3 $? "--out that is a file is an I/O error"
"$APBD" build --date 2025-02-30 --out "$TMP/x" 2>/dev/null
expect_exit 2 $? "an impossible --date is a usage error"

# Privacy: hibah and bansos recipients named in the exports are nowhere.
grep -q "Sdr\." budgets/2024/2024-01.csv && ok "the sample names recipients (so the next check can fail)" \
    || not_ok "the sample names recipients (so the next check can fail)"
if grep -rl "Sdr\." "$TMP/site" >/dev/null; then not_ok "no recipient's name in any download"; \
    else ok "no recipient's name in any download"; fi

# The year's long CSV: periode first, every month's lines.
head -1 "$TMP/site/data/apbd-2024.csv" | grep -q '^periode,kode_skpd,' && ok "yearly csv starts with periode" \
    || not_ok "yearly csv starts with periode"
months=0
for f in "$TMP"/site/2024/*/apbd-2024-*.csv; do
    months=$((months + $(/usr/bin/python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline=""))) - 1)' "$f")))
done
year=$(/usr/bin/python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline=""))) - 1)' "$TMP/site/data/apbd-2024.csv")
[ "$months" = "$year" ] && ok "yearly csv has every month's lines ($year)" \
    || not_ok "yearly csv has every month's lines ($year, months $months)"
for e in csv json xlsx; do
    cmp -s "$TMP/site/2025/03/apbd-2025-03.$e" "$TMP/site/terbaru/apbd-terbaru.$e" \
        && ok "terbaru/apbd-terbaru.$e is the latest month" || not_ok "terbaru/apbd-terbaru.$e is the latest month"
done
/usr/bin/python3 - "$TMP/site/data" <<'PY' && ok "datapackage.json lists the yearly files with their hashes" \
    || not_ok "datapackage.json lists the yearly files with their hashes"
import hashlib, json, os, sys
d = sys.argv[1]
with open(os.path.join(d, "datapackage.json")) as f:
    pkg = json.load(f)
local = [r for r in pkg["resources"] if not r["path"].startswith("http")]
assert pkg["profile"] == "tabular-data-package" and "measures" in pkg["model"], pkg.get("profile")
assert len(local) == 2
for r in local:
    with open(os.path.join(d, r["path"]), "rb") as f:
        data = f.read()
    assert r["hash"] == "sha256:" + hashlib.sha256(data).hexdigest(), r["name"]
    assert r["bytes"] == len(data)
    assert [f["name"] for f in r["schema"]["fields"]][:2] == ["periode", "kode_skpd"]
assert len(pkg["resources"]) == 2 + 15
PY
finish
