#!/bin/sh
# make profile: where a province-sized build spends its time.
#
#   make profile [PROFILE_LINES=1000000]
#
# Builds one month of PROFILE_LINES generated lines (tests/bench/gen.c)
# with APBD_TIMINGS=1, which prints the wall time of each phase (import,
# model, csv, json, xlsx, site, ...), under `perf record` when perf is
# installed; then prints perf's top functions. Without perf, the phases.
set -eu
apbd=$(cd "$(dirname "${1:-./apbd}")" && pwd)/$(basename "${1:-./apbd}")
lines=${PROFILE_LINES:-1000000}
APBD_DATA=${APBD_DATA:-$(pwd)/data}
APBD_SITE_GEN=${APBD_SITE_GEN:-$(pwd)/site-gen}
export APBD_DATA APBD_SITE_GEN
mkdir -p .build
cc -std=c11 -O2 -o .build/bench-gen tests/bench/gen.c
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.build/bench-gen "$work/b" --lines "$lines" --months 1
echo "profile: apbd build of one month, $lines lines"
if command -v perf >/dev/null 2>&1; then
    APBD_TIMINGS=1 perf record -q -F 499 -o "$work/perf.data" \
        "$apbd" build --quiet --budgets "$work/b" --out "$work/out" --date 2024-02-05
    echo "profile: functions by share of samples (perf report --no-children)"
    perf report -q -i "$work/perf.data" --no-children --stdio --sort dso,symbol 2>/dev/null \
        | grep -E '^ +[0-9]' | head -30
else
    echo "profile: perf is not installed (apt-get install linux-perf); phases only"
    APBD_TIMINGS=1 "$apbd" build --quiet --budgets "$work/b" --out "$work/out" --date 2024-02-05
fi
