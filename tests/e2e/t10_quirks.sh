#!/bin/sh
# Every quirk of real exports decodes to exactly the lines of its clean twin
# (tests/data/quirks/clean.csv), and `apbd check` accepts each file.
. "$(dirname "$0")/lib.sh"

"$APBD" lines "$DATA/quirks/clean.csv" > "$TMP/clean.lines" 2>"$TMP/clean.err" \
    || not_ok "clean twin imports"
rows=$(/usr/bin/python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline=""))) - 1)' "$TMP/clean.lines")
[ "$rows" = 6 ] && ok "clean twin has its 6 lines" || not_ok "clean twin has its 6 lines ($rows)"
for f in "$DATA"/quirks/*.csv; do
    name=$(basename "$f" .csv)
    [ "$name" = clean ] && continue
    "$APBD" lines "$f" > "$TMP/$name.lines" 2>"$TMP/$name.err"
    status=$?
    if [ $status -eq 0 ] && cmp -s "$TMP/clean.lines" "$TMP/$name.lines"; then
        ok "quirk $name decodes to the clean lines"
    else
        not_ok "quirk $name decodes to the clean lines (exit $status)"
        cat "$TMP/$name.err"
        diff "$TMP/clean.lines" "$TMP/$name.lines" | head -10
    fi
    "$APBD" check --quiet "$f" > "$TMP/$name.check" 2>&1
    expect_exit 0 $? "quirk $name passes apbd check"
done
finish
