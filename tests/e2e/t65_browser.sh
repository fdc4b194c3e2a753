#!/bin/sh
# The site in real tools: html-validate (recommended rules) on every page
# type in both languages, and headless Chromium (Playwright) with axe-core:
# no accessibility violation, no sideways scroll at 360 px, no request to
# another host, no console error, usable without JavaScript (an SKPD page
# with the finance office's notes among them); screenshots of
# the home page at 360 and 1280 px are kept in .build/screenshots/.
. "$(dirname "$0")/lib.sh"

cd "$TOP" || exit 1
S=$TMP/site
"$APBD" build --out "$S" --date 2025-04-10 --quiet 2>/dev/null || not_ok "build"
pages="index.html 2024/index.html 2024/07/index.html 2024/07/skpd/1.02.0.00.0.00.01.0000/index.html
       2024/07/skpd/8.01.0.00.0.00.01.0000/index.html
       2024/07/rekening/5.1.02/index.html perubahan/2024-09.html istilah.html cari.html 404.html"
files=""
for p in $pages; do files="$files $S/$p $S/en/$p"; done
# shellcheck disable=SC2086
(cd tests && npx --no-install html-validate --config htmlvalidate.json $files) > "$TMP/hv" 2>&1 \
    && ok "html-validate reports no error on $(echo $files | wc -w) pages of every type, both languages" \
    || { not_ok "html-validate reports no error"; tail -20 "$TMP/hv"; }
mkdir -p .build/screenshots
shots=""
for p in $pages; do [ "$p" = 404.html ] || shots="$shots $p en/$p"; done
# shellcheck disable=SC2086
node tests/e2e/browser.js "$S" .build/screenshots $shots > "$TMP/browser" 2>&1
status=$?
grep -E '^(ok|not ok)' "$TMP/browser" | grep -v '^ok' 
[ $status -eq 0 ] && ok "in Chromium: axe-core, 360 px, no other host, no console error, works without JavaScript ($(grep -c '^ok' "$TMP/browser") checks)" \
    || { not_ok "in Chromium (see above)"; tail -5 "$TMP/browser"; }
finish
