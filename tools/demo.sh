#!/bin/sh
# make demo: the monthly job on the bundled sample, as far as the pipeline
# goes today: check every export, then build the downloads.
set -eu
apbd=${1:-./apbd}
APBD_DATA=${APBD_DATA:-$(pwd)/data}
export APBD_DATA
echo "== apbd check budgets/   (Pemerintah Kota Contoh, 2024-01 .. 2025-03)"
"$apbd" check --quiet budgets | tail -1
echo
echo "== apbd build --out _demo/site"
"$apbd" build --out _demo/site
echo
echo "Downloads of the latest month:"
ls -l _demo/site/terbaru/
echo
echo "Look at one month:   ls _demo/site/2024/07/"
echo "What apbd decided:   ./apbd check budgets/2024/2024-07.csv | head -20"
echo "Decoded lines:       ./apbd lines budgets/2024/2024-07.csv | head"
