#!/bin/sh
# Run one libFuzzer target for SECONDS, seeded from tests/data; any crash,
# leak or sanitizer report fails. usage: tests/fuzz/run.sh TARGET SECONDS
set -eu
target=$1
seconds=$2
name=$(basename "$target")
corpus=.build/fuzz/corpus-$name
mkdir -p "$corpus"
# Seeds: every test input, the sample's notes, cash plan and progress files,
# and the real report-shaped exports when they are here (read, not kept).
find tests/data -type f -name '*.csv' -size -256k -exec cp {} "$corpus"/ \; 2>/dev/null || true
[ "$name" != fuzz_xlsx ] ||
    find tests/data -type f -name '*.xlsx' -size -256k -exec cp {} "$corpus"/ \; 2>/dev/null || true
find budgets -type f \( -name '*.md' -o -name 'anggaran-kas.csv' -o -name '*-fisik.csv' \) \
    -exec cp {} "$corpus"/ \; 2>/dev/null || true
seeds=""
[ -d ../shared/realdata ] && seeds=../shared/realdata   # read in place: libFuzzer writes only to the first
# A workbook is a zip: cut to 64 KiB it is no zip at all, so the workbook
# target takes the real SIPD-RI files whole.
max_len=65536
[ "$name" != fuzz_xlsx ] || max_len=1048576
echo "  FUZZ    $name for ${seconds}s"
APBD_DATA=$(pwd)/data "$target" -max_total_time="$seconds" -max_len=$max_len -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=0 "$corpus" $seeds > .build/fuzz/$name.log 2>&1 || {
    tail -60 .build/fuzz/$name.log
    echo "fuzz: $name found a problem; the input is in the current directory (crash-*)" >&2
    exit 1
}
grep -E "^#[0-9]+ +DONE" .build/fuzz/$name.log || tail -2 .build/fuzz/$name.log
