#!/bin/sh
# make demo: the monthly job on the bundled sample, as far as the pipeline
# goes: check every export of budgets/.
set -eu
apbd=${1:-./apbd}
APBD_DATA=${APBD_DATA:-$(pwd)/data}
export APBD_DATA
echo "== apbd check budgets/ (Pemerintah Kota Contoh, 2024-01 .. 2025-03)"
"$apbd" check --quiet budgets
echo
echo "Every month of the sample was read. To see what apbd decided for one file:"
echo "  ./apbd check budgets/2024/2024-07.csv"
echo "and the lines it decoded to:"
echo "  ./apbd lines budgets/2024/2024-07.csv | head"
