#!/bin/sh
# apbd diff: between two periods of a build, and between two publications
# of one month (a corrected export), from the published JSON.
. "$(dirname "$0")/lib.sh"

cd "$TOP" || exit 1
"$APBD" build --out "$TMP/site" --until 2024-09 --date 2024-10-05 --quiet 2>/dev/null
"$APBD" diff --lang en --out "$TMP/site" 2024-08 2024-09 > "$TMP/d" 2>&1
expect_exit 0 $? "diff of two periods of a build"
/usr/bin/python3 - "$TMP/site" "$TMP/d" <<'PY' && ok "its totals and revised lines agree with the JSON" \
    || not_ok "its totals and revised lines agree with the JSON"
import json, sys
from decimal import Decimal
site, out = sys.argv[1:3]
def load(p):
    with open("%s/%s/%s/apbd-%s.json" % (site, p[:4], p[5:], p), encoding="utf-8") as f:
        return json.load(f, parse_float=Decimal)
a, b = load("2024-08"), load("2024-09")
text = open(out, encoding="utf-8").read()
d = b["ringkasan"]["belanja"]["anggaran"] - a["ringkasan"]["belanja"]["anggaran"]
assert ("(%s%s)" % ("+" if d > 0 else "", "{:,}".format(d).replace(".00", ""))) in text, d
p = b["perubahan"]
n = len(p["revisi"]) + len(p["baru"]) + len(p["dihapus"])
assert "… (%d)" % n in text, n
PY

mkdir -p "$TMP/b/2024"
cp budgets/pemda.ini "$TMP/b/"
cp budgets/2024/2024-01.csv budgets/2024/2024-02.csv "$TMP/b/2024/"
for m in 1 2; do
    "$APBD" publish --budgets "$TMP/b" --repo "$TMP/r.git" --until 2024-0$m --date 2024-0$((m + 1))-05 >/dev/null 2>&1
done
code=$(/usr/bin/python3 -c 'import csv,sys; r=list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"))); print(r[3]["kode_sub_kegiatan"] + "  " + r[3]["kode_rekening"])' "$TMP/b/2024/2024-01.csv")
sed -i '5s/,\([0-9]*\),\([0-9.]*\),\([0-9]*\)$/,1\1,\2,\3/' "$TMP/b/2024/2024-01.csv"
"$APBD" publish --budgets "$TMP/b" --repo "$TMP/r.git" --until 2024-02 --date 2024-03-10 >/dev/null 2>&1
"$APBD" diff --lang en --repo "$TMP/r.git" 2024-01 2024-01-r2 > "$TMP/d2" 2>&1
expect_exit 0 $? "diff of a month's first publication and its correction"
grep -A3 "Lines whose budget changed" "$TMP/d2" | grep -q "$code" && ok "the corrected line is listed" \
    || { not_ok "the corrected line is listed"; cat "$TMP/d2"; }
"$APBD" diff --repo "$TMP/r.git" 2024-01 nonsense >/dev/null 2>&1
expect_exit 2 $? "an argument that is neither a period nor a revision is a usage error"
"$APBD" diff --out "$TMP/site" 2024-08 2023-01 >/dev/null 2>&1
expect_exit 3 $? "a period not published is an I/O error"
finish
