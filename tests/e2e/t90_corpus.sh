#!/bin/sh
# The real-export corpus: each of the 433 real per-SKPD reports of
# ../shared/realdata/dulkemot/ (read in place, copied only into temporary
# directories, never into the repository; skipped when absent) built alone
# by apbd, and the outcome set against the file's own top rows (read by
# tests/corpus/toprows.py, not by apbd) and against an independent
# self-check of whether it adds up; then the two SIPD-RI workbooks, whose
# belanja is known to the rupiah. No file crashes apbd; none is published
# with totals other than its own; a refusal of a disagreement names a row
# that holds the amount it quotes; what does not add up is refused, and
# nearly all (95%) of what does is published as printed.
# tests/corpus/run_corpus.py does the work; selfcheck-wrong.tsv there
# lists the files where the self-check is shown wrong, and why.
. "$(dirname "$0")/lib.sh"

REAL=${APBD_REALDATA:-$TOP/../shared/realdata}
if [ ! -d "$REAL/dulkemot" ]; then
    skip "the real-export corpus is not here ($REAL/dulkemot)"
    finish
fi
PY=/usr/bin/python3
BIN=${APBD:-$TOP/apbd}

"$PY" "$TOP/tests/corpus/run_corpus.py" --apbd "$BIN" --data "$REAL" \
    --tsv "$TMP/corpus.tsv" >"$TMP/out" 2>&1
rc=$?
case $rc in
    0 | 1) ;;
    *)
        not_ok "the corpus driver runs to its end (exit $rc)"
        tail -20 "$TMP/out"
        ;;
esac

# The driver judges each criterion; say its verdicts as this test's own.
grep -E '^(ok|not ok|skip) ' "$TMP/out" >"$TMP/verdicts"
while IFS= read -r line; do
    case $line in
        "not ok "*) not_ok "${line#not ok }" ;;
        "ok "*) ok "${line#ok }" ;;
        "skip "*) skip "${line#skip }" ;;
    esac
done <"$TMP/verdicts"
[ -s "$TMP/verdicts" ] || not_ok "the corpus driver judged the corpus (it printed no verdict)"
if [ "$rc" = 1 ] && ! grep -q '^not ok ' "$TMP/verdicts"; then
    not_ok "the corpus driver failed without a verdict that says why"
fi

# What failed, file by file, and the counts (shown whole when run alone;
# run.sh shows them when this test fails).
if [ "$FAILED" -ne 0 ]; then
    awk '/^== outcomes/ { exit } /^== built with totals other/ { on = 1 } on' "$TMP/out" | head -100
fi
sed -n '/^== outcomes/,/^== per-file TSV/p' "$TMP/out" | grep -v '^== per-file TSV'
finish
