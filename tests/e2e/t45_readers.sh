#!/bin/sh
# Downloads read back by the tools journalists use: LibreOffice loads every
# sheet of a workbook with no repair and its values equal the CSV's and
# JSON's; Frictionless's validator accepts the Data Package and casts every
# row of its tables; the fiscal model validates against the FDP profile.
. "$(dirname "$0")/lib.sh"

cd "$TOP" || exit 1
"$APBD" build --out "$TMP/site" --date 2025-04-10 2>/dev/null || not_ok "build"

for period in 2024-07 2024-09 2025-03; do
    dir="$TMP/lo-$period"
    mkdir -p "$dir"
    y=${period%-*}; m=${period#*-}
    cp "$TMP/site/$y/$m/apbd-$period.xlsx" "$dir/"
    (cd "$dir" && HOME="$dir" timeout 120 soffice --headless --norestore \
        --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
        "apbd-$period.xlsx" >conv.log 2>&1)
    /usr/bin/python3 - "$dir" "$TMP/site/$y/$m/apbd-$period" "$period" <<'PY'
import csv, json, os, sys
from decimal import Decimal, ROUND_HALF_UP
d, base, period = sys.argv[1:4]
def rows(p):
    with open(p, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))
def dec(s):
    return Decimal(s).quantize(Decimal("0.01"), ROUND_HALF_UP)
ok = True
detail = os.path.join(d, "apbd-%s-Detail.csv" % period)
if not os.path.exists(detail):
    print("not ok %s LibreOffice converted the workbook" % period); sys.exit(1)
lo = rows(detail)
ours = rows(base + ".csv")
if lo[0] != ours[0] or len(lo) != len(ours):
    print("not ok %s LibreOffice Detail has the csv's header and rows" % period); sys.exit(1)
for a, b in zip(lo[1:], ours[1:]):
    for i in (7, 8, 9, 11):
        ok = ok and dec(a[i]) == Decimal(b[i])
    if b[10] == "":
        ok = ok and a[10] == ""
    else:
        ok = ok and dec(a[10].rstrip("%")) == Decimal(b[10])
    for i in (14, 15):      # anggaran_kas, realisasi_fisik: empty or the same number
        ok = ok and (a[i] == b[i] == "" or (a[i] != "" and b[i] != "" and dec(a[i]) == Decimal(b[i])))
    for i in (0, 1, 2, 3, 4, 5, 6, 12, 13):
        text = b[i][1:] if b[i][:1] == "'" and b[i][1:2] in ("=", "+", "-", "@", "\t", "\r") else b[i]
        ok = ok and a[i] == text
print(("ok " if ok else "not ok ") + "%s LibreOffice Detail equals the csv (values, persen, text)" % period)
with open(base + ".json", encoding="utf-8") as f:
    doc = json.load(f, parse_float=Decimal)
ring = doc["ringkasan"]
summary = {r[0]: r for r in rows(os.path.join(d, "apbd-%s-Ringkasan.csv" % period))}
good = dec(summary["Belanja daerah"][1]) == ring["belanja"]["anggaran"] and \
    dec(summary["Belanja daerah"][2]) == ring["belanja"]["realisasi"] and \
    dec(summary["Sisa lebih pembiayaan anggaran (SiLPA)"][2]) == ring["silpa"]["realisasi"]
print(("ok " if good else "not ok ") + "%s LibreOffice Ringkasan equals the json" % period)
sheets = sorted(f for f in os.listdir(d) if f.endswith(".csv"))
has_plan = bool(doc["rencana"]["skpd"] or doc["rencana"]["sub_kegiatan"])
want = 6 + bool(doc["catatan"]) + has_plan
print(("ok " if len(sheets) == want else "not ok ") + "%s LibreOffice reads all %d sheets" % (period, want))
if doc["catatan"]:
    # the finance office's notes: the Catatan sheet holds the JSON's Markdown
    notes = sorted((r[0], r[4]) for r in rows(os.path.join(d, "apbd-%s-Catatan.csv" % period))[1:] if r[4])
    json_notes = sorted([(k, x["catatan"]) for k, x in doc["catatan"].items() if x["catatan"] is not None]
                        + [(k, md) for k, x in doc["catatan"].items() for md in x["sub_kegiatan"].values()])
    good = good and notes == json_notes
    print(("ok " if notes == json_notes else "not ok ") + "%s LibreOffice Catatan equals the json's notes" % period)
if has_plan:
    # the Rencana sheet: offices in the JSON's order, with its anggaran kas
    plan = [r for r in rows(os.path.join(d, "apbd-%s-Rencana.csv" % period))[1:] if r[0] == "SKPD"]
    same = [r[2] for r in plan] == [x["kode"] for x in doc["rencana"]["skpd"]] and all(
        dec(r[6]) == x["anggaran_kas"] for r, x in zip(plan, doc["rencana"]["skpd"]))
    good = good and same
    print(("ok " if same else "not ok ") + "%s LibreOffice Rencana equals the json's plan" % period)
sys.exit(0 if ok and good and len(sheets) == want else 1)
PY
    [ $? -eq 0 ] || FAILED=1
done

node tests/e2e/datapackage.js "$TMP/site/data/datapackage.json" || FAILED=1
/usr/bin/python3 - "$TMP/site/data/datapackage.json" tests/node_modules/datapackage/lib/profiles/fiscal-data-package.json <<'PY' \
    && ok "the fiscal model validates against the Fiscal Data Package profile" \
    || not_ok "the fiscal model validates against the Fiscal Data Package profile"
import json, sys, jsonschema
with open(sys.argv[1]) as f:
    pkg = json.load(f)
with open(sys.argv[2]) as f:
    profile = json.load(f)
model = profile["allOf"][1]["properties"]["model"]
jsonschema.Draft4Validator(model).validate(pkg["model"])
names = {r["name"] for r in pkg["resources"]}
assert all(m["resource"] in names for m in pkg["model"]["measures"].values())
PY
finish
