#!/bin/sh
# The finance office's notes (budgets/<year>/catatan/<year>-<month>.md):
# on the SKPD pages, in the JSON and the XLSX (read back by openpyxl),
# archived in sumber/; a note for a code that does not exist stops the
# build, and fails apbd check, with its file and line; a changed note
# republishes its month.
. "$(dirname "$0")/lib.sh"

cd "$TOP" || exit 1
"$APBD" build --quiet --out "$TMP/site" --until 2024-08 --date 2024-09-05 2>"$TMP/err"
expect_exit 0 $? "the sample with notes builds"
page=$TMP/site/2024/07/skpd/8.01.0.00.0.00.01.0000/index.html
grep -q '<section class="catatan"' "$page" && grep -q '<strong>hibah pendanaan Pilkada 2024</strong>' "$page" \
    && ok "the SKPD page shows its note, rendered" || not_ok "the SKPD page shows its note, rendered"
grep -q 'Tahap II (60%) dijadwalkan Oktober 2024' "$page" \
    && ok "and the note of its sub kegiatan" || not_ok "and the note of its sub kegiatan"
grep -q '<div class="md" lang="id">' "$TMP/site/en/2024/07/skpd/8.01.0.00.0.00.01.0000/index.html" \
    && ok "the English page marks the note as Indonesian" || not_ok "the English page marks the note as Indonesian"
grep -q 'class="catatan"' "$TMP/site/2024/07/skpd/1.02.0.00.0.00.01.0000/index.html" \
    && not_ok "an office without notes has no notes section" || ok "an office without notes has no notes section"
cmp -s budgets/2024/catatan/2024-07.md "$TMP/site/sumber/2024/catatan/2024-07.md" \
    && ok "the notes are archived in sumber/" || not_ok "the notes are archived in sumber/"

/usr/bin/python3 - "$TMP/site" <<'PY' && ok "JSON catatan and the XLSX Catatan sheet hold each section's Markdown" \
    || not_ok "JSON catatan and the XLSX Catatan sheet hold each section's Markdown"
import json, sys, openpyxl
site = sys.argv[1]
d = json.load(open(site + "/2024/07/apbd-2024-07.json", encoding="utf-8"))
cat = d["catatan"]
assert set(cat) == {"8.01.0.00.0.00.01.0000", "1.03.0.00.0.00.01.0000"}, cat.keys()
assert cat["1.03.0.00.0.00.01.0000"]["catatan"] is None
assert cat["8.01.0.00.0.00.01.0000"]["sub_kegiatan"]["8.01.04.2.02.0001"].startswith("- Tahap I (40%)")
wb = openpyxl.load_workbook(site + "/2024/07/apbd-2024-07.xlsx", read_only=True)
rows = list(wb["Catatan"].iter_rows(values_only=True))
assert rows[0] == ("kode_skpd", "nama_skpd", "kode_sub_kegiatan", "nama_sub_kegiatan", "catatan"), rows[0]
want = []
for skpd, x in cat.items():
    if x["catatan"] is not None:
        want.append((skpd, x["catatan"]))
    want += [(skpd, md) for md in x["sub_kegiatan"].values()]
got = [(r[0], r[4]) for r in rows[1:] if r[4]]
assert sorted(got) == sorted(want), (got, want)
assert rows[1][1] == "Badan Kesatuan Bangsa dan Politik", rows[1]
# a month without notes: an empty object, and no sheet
d = json.load(open(site + "/2024/06/apbd-2024-06.json", encoding="utf-8"))
assert d["catatan"] == {}
assert "Catatan" not in openpyxl.load_workbook(site + "/2024/06/apbd-2024-06.xlsx", read_only=True).sheetnames
PY

# A note for an office the export does not have: exit 1, where, nothing written.
cp -r budgets "$TMP/b"
at=$(( $(wc -l < "$TMP/b/2024/catatan/2024-07.md") + 2 ))
printf '\n## 9.99.0.00.0.00.01.0000 Dinas Fiktif\nteks\n' >> "$TMP/b/2024/catatan/2024-07.md"
"$APBD" build --budgets "$TMP/b" --out "$TMP/bad" --date 2024-09-05 2>"$TMP/bad.err"
expect_exit 1 $? "a note for a code that does not exist fails the build"
grep -q "2024/catatan/2024-07.md:$at:4: error: catatan untuk SKPD 9.99.0.00.0.00.01.0000" "$TMP/bad.err" \
    && ok "naming the file, line and column" || { not_ok "naming the file, line and column"; cat "$TMP/bad.err"; }
[ ! -e "$TMP/bad" ] && ok "and writing nothing" || not_ok "and writing nothing"
"$APBD" check "$TMP/b/2024/2024-07.csv" >"$TMP/check.out" 2>&1
expect_exit 1 $? "apbd check of the month checks its notes too"
grep -q "2024/catatan/2024-07.md:$at:4: error" "$TMP/check.out" \
    && ok "and names the notes' line" || not_ok "and names the notes' line"

# Publish, then change a note: that month is republished (-r2), no other.
cp -r budgets "$TMP/p"
"$APBD" publish --quiet --budgets "$TMP/p" --repo "$TMP/r.git" --until 2024-08 --date 2024-09-05 >/dev/null 2>&1
sed -i 's/dijadwalkan Oktober 2024/dijadwalkan 7 Oktober 2024/' "$TMP/p/2024/catatan/2024-07.md"
"$APBD" publish --quiet --budgets "$TMP/p" --repo "$TMP/r.git" --until 2024-08 --date 2024-09-10 >/dev/null 2>&1
expect_exit 0 $? "a changed note publishes"
tags=$(git -C "$TMP/r.git" tag -l '*-r*' | tr '\n' ' ')
[ "$tags" = "2024-07-r2 " ] && ok "the month whose note changed is tagged -r2, and only it" \
    || not_ok "the month whose note changed is tagged -r2, and only it (tags: $tags)"
git -C "$TMP/r.git" show gh-pages:2024/07/skpd/8.01.0.00.0.00.01.0000/index.html | grep -q 'dijadwalkan 7 Oktober 2024' \
    && ok "its page has the new note" || not_ok "its page has the new note"
"$APBD" verify --repo "$TMP/r.git" >/dev/null 2>&1
expect_exit 0 $? "the publication with notes verifies"
finish
