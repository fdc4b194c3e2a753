# Helpers for end-to-end tests: TAP-like "ok NAME" / "not ok NAME" lines.
set -u
TOP=$(cd "$(dirname "$0")/../.." && pwd)
DATA=$TOP/tests/data
FAILED=0
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

ok() { echo "ok $1"; }
not_ok() { echo "not ok $1"; FAILED=1; }
skip() { echo "skip $1"; }

# expect_exit WANT GOT NAME
expect_exit() {
    if [ "$1" = "$2" ]; then ok "$3"; else not_ok "$3 (exit $2, want $1)"; fi
}

# same_text EXPECTED_FILE ACTUAL_FILE NAME: byte-identical, else a diff.
same_text() {
    if cmp -s "$1" "$2"; then
        ok "$3"
    else
        not_ok "$3"
        diff -u "$1" "$2" | head -40
    fi
}

finish() { exit $FAILED; }
