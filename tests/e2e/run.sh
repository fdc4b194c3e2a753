#!/bin/sh
# Run every end-to-end test (tests/e2e/t*.sh) against $APBD.
# Prints "N passed, N failed" and fails when any test failed.
set -u
: "${APBD:?set APBD to the apbd binary}"
export APBD
APBD_DATA=$(cd "$(dirname "$0")/../.." && pwd)/data
export APBD_DATA
APBD_SITE_GEN=$(cd "$(dirname "$0")/../.." && pwd)/site-gen
export APBD_SITE_GEN
# Output must not depend on the caller's locale or time zone.
export LC_ALL=C.UTF-8 TZ=UTC
# Two at a time (each test has its own temporary directory): the machine
# has two cores. Each test's output is kept and printed whole, in order.
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
ls "$(dirname "$0")"/t*.sh | xargs -P 2 -I{} sh -c \
    'sh "$1" > "$2/$(basename "$1" .sh).log" 2>&1; echo $? > "$2/$(basename "$1" .sh).rc"' _ {} "$out"
passed=0
failed=0
for t in "$(dirname "$0")"/t*.sh; do
    name=$(basename "$t" .sh)
    status=$(cat "$out/$name.rc")
    if [ "$status" -eq 0 ]; then
        grep -E '^(ok|skip) ' "$out/$name.log" || true
    else
        cat "$out/$name.log"
        echo "FAIL $name"
        failed=$((failed + 1 + $(grep -c '^not ok ' "$out/$name.log")))
    fi
    passed=$((passed + $(grep -c '^ok ' "$out/$name.log")))
done
echo "e2e: $passed passed, $failed failed"
[ $failed -eq 0 ]
