#!/bin/sh
# make demo: the finance office's monthly job on the bundled sample: check
# the exports, then publish them month by month into a local repository
# (one commit and tag per month), as the months would have come in.
set -eu
apbd=${1:-./apbd}
APBD_DATA=${APBD_DATA:-$(pwd)/data}
export APBD_DATA
repo=_demo/apbd-kota-contoh.git
rm -rf _demo
mkdir -p _demo
echo "== apbd check budgets/   (Pemerintah Kota Contoh, 2024-01 .. 2025-03)"
"$apbd" check --quiet budgets | tail -1
echo
echo "== apbd publish, month by month, into $repo"
for f in budgets/*/[0-9][0-9][0-9][0-9]-[0-9][0-9].csv; do
    period=$(basename "$f" .csv)
    y=${period%-*}; m=${period#*-}
    # Each month published early the next month, as a finance office would.
    if [ "$m" = 12 ]; then d="$((y + 1))-01-08"; else d="$y-$(printf %02d $((${m#0} + 1)))-08"; fi
    "$apbd" publish --repo "$repo" --until "$period" --date "$d"
done
echo
echo "== apbd build --out _demo/site (the downloads, to look at)"
"$apbd" build --out _demo/site --quiet
echo
echo "The public record:   git -C $repo log --oneline gh-pages"
echo "                     git -C $repo tag"
echo "The latest month:    ls _demo/site/terbaru/"
echo "Home of the site:    file://$(pwd)/_demo/site/index.html"
