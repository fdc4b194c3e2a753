#!/bin/sh
# `apbd check` on one file per error and warning: the exact output and exit
# code are in tests/data/check/<case>/expected and .../exit.
# With --update, writes them instead (read every one before committing).
. "$(dirname "$0")/lib.sh"

update=${1:-}
for dir in "$DATA"/check/*/; do
    name=$(basename "$dir")
    # shellcheck disable=SC2046
    out=$(cd "$dir" && "$APBD" check $(cat args) 2>&1; echo "exit $?")
    if [ "$update" = --update ]; then
        printf '%s\n' "$out" > "$dir/expected"
        continue
    fi
    printf '%s\n' "$out" > "$TMP/actual"
    same_text "$dir/expected" "$TMP/actual" "check $name"
done
finish
