#!/bin/sh
# The bundled sample: `apbd check budgets/` reports no errors, and the messy
# month (Windows-1252, semicolons, Indonesian numbers, title and subtotal
# rows, odd codes) decodes to exactly the lines of its clean twin, which the
# sample's own generator writes.
. "$(dirname "$0")/lib.sh"

cd "$TOP" || exit 1
"$APBD" check --quiet --lang en budgets > "$TMP/check.out" 2>&1
expect_exit 0 $? "apbd check budgets/ passes on the sample"
grep -q "^files checked: 15; errors: 0; warnings: [0-9]*$" "$TMP/check.out" \
    && ok "15 sample months, no errors" || { not_ok "15 sample months, no errors"; tail -3 "$TMP/check.out"; }
grep -q "2024-05.csv:.*warning: cumulative realisasi went down" "$TMP/check.out" \
    && ok "the sample's correction in 2024-05 is reported" || not_ok "the sample's correction in 2024-05 is reported"
grep -q "2024-09.csv:.*warning: anggaran changed" "$TMP/check.out" \
    && ok "the APBD-Perubahan revisions of 2024-09 are reported" || not_ok "the APBD-Perubahan revisions of 2024-09 are reported"

cc -std=c11 -O1 -o "$TMP/gen-sample" tools/gen-sample.c || not_ok "generator builds"
"$TMP/gen-sample" "$TMP/sample" --clean-twin 2024-07 "$TMP/twin.csv" 2>/dev/null
for f in $(cd budgets && find . -name '*.csv' -o -name '*.ini' | sort); do
    cmp -s "budgets/$f" "$TMP/sample/$f" || { not_ok "committed sample equals the generator's ($f)"; break; }
done
[ "${f:-}" ] && cmp -s "budgets/$f" "$TMP/sample/$f" && ok "committed sample equals the generator's output"
"$APBD" lines budgets/2024/2024-07.csv > "$TMP/messy.lines" 2>/dev/null
"$APBD" lines "$TMP/twin.csv" > "$TMP/twin.lines" 2>/dev/null
same_text "$TMP/twin.lines" "$TMP/messy.lines" "messy 2024-07 decodes to its clean twin"
/usr/bin/python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' \
    budgets/2024/2024-07.csv 2>/dev/null; [ $? -ne 0 ] \
    && ok "2024-07 is not UTF-8 (Windows-1252)" || not_ok "2024-07 is not UTF-8 (Windows-1252)"
finish
