#!/bin/sh
# Run every end-to-end test (tests/e2e/t*.sh) against $APBD.
# Prints "N passed, N failed" and fails when any test failed.
set -u
: "${APBD:?set APBD to the apbd binary}"
export APBD
APBD_DATA=$(cd "$(dirname "$0")/../.." && pwd)/data
export APBD_DATA
# Output must not depend on the caller's locale or time zone.
export LC_ALL=C.UTF-8 TZ=UTC
passed=0
failed=0
for t in "$(dirname "$0")"/t*.sh; do
    out=$(sh "$t" 2>&1)
    status=$?
    name=$(basename "$t" .sh)
    if [ $status -eq 0 ]; then
        printf '%s\n' "$out" | grep -E '^(ok|skip) ' || true
        passed=$((passed + $(printf '%s\n' "$out" | grep -c '^ok ')))
    else
        printf '%s\n' "$out"
        echo "FAIL $name"
        passed=$((passed + $(printf '%s\n' "$out" | grep -c '^ok ')))
        failed=$((failed + 1 + $(printf '%s\n' "$out" | grep -c '^not ok ')))
    fi
done
echo "e2e: $passed passed, $failed failed"
[ $failed -eq 0 ]
