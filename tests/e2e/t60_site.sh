#!/bin/sh
# The site: every page type in both languages, links that resolve from
# file://, feed, sitemap and search, timeliness and "belum ada realisasi",
# a light home page, stable history, and hostile names that never become
# markup.
. "$(dirname "$0")/lib.sh"

cd "$TOP" || exit 1
S=$TMP/site
"$APBD" build --out "$S" --date 2025-04-10 --quiet 2>/dev/null
expect_exit 0 $? "apbd build writes the site"
for lang in "" "en/"; do
    for page in index.html 2024/index.html 2024/07/index.html \
                2024/07/skpd/1.02.0.00.0.00.01.0000/index.html 2024/07/rekening/5.1.02/index.html \
                perubahan/2024-07.html istilah.html cari.html; do
        [ -f "$S/$lang$page" ] || { not_ok "page $lang$page exists"; continue; }
    done
done
ok "every page type exists in both languages"
for f in feed.xml sitemap.xml search.json .nojekyll 404.html assets/apbd.css assets/apbd.js; do
    [ -f "$S/$f" ] || not_ok "$f exists"
done
/usr/bin/python3 tests/e2e/check_site.py "$S" > "$TMP/site.out" 2>&1 || FAILED=1
cat "$TMP/site.out"
grep -q 'lang="en"' "$S/en/index.html" && grep -q 'Spending' "$S/en/index.html" && ok "English pages are in English" \
    || not_ok "English pages are in English"
grep -q 'Rp[0-9]*,[0-9][0-9] [TMj]' "$S/index.html" && grep -q '31 Maret 2025' "$S/index.html" \
    && ok "Indonesian numbers and dates on Indonesian pages" || not_ok "Indonesian numbers and dates"
grep -q 'Rp[0-9]*\.[0-9][0-9] \(tn\|bn\|m\)' "$S/en/index.html" && grep -q '31 March 2025' "$S/en/index.html" \
    && ok "English numbers and dates on English pages" || not_ok "English numbers and dates"
missing=0
for f in $(find "$S/2024/07" -name index.html | head -50); do
    grep -q 'class="timeliness"' "$f" || missing=1
done
[ $missing = 0 ] && ok "every page states the data's cut-off and the publication date" \
    || not_ok "every page states the data's cut-off and the publication date"
grep -q 'belum ada realisasi' "$S/2024/01/skpd/1.03.0.00.0.00.01.0000/index.html" \
    && ok "a node without realization says so (belum ada realisasi)" || not_ok "belum ada realisasi"
size=$(cat "$S/index.html" "$S/assets/apbd.css" "$S/assets/apbd.js" | wc -c)
[ "$size" -lt 102400 ] && ok "home page with CSS and JS is $size bytes (< 100 KB)" \
    || not_ok "home page with CSS and JS is $size bytes (< 100 KB)"
grep -q '<svg' "$S/index.html" && grep -q '<title id="kurva-t">' "$S/index.html" \
    && ok "the home page's chart is inline SVG with a title" || not_ok "inline SVG chart"

# Stable history: publishing July leaves January to June as they were.
"$APBD" build --out "$TMP/h6" --until 2024-06 --date 2025-04-10 --quiet 2>/dev/null
"$APBD" build --out "$TMP/h7" --until 2024-07 --date 2025-04-10 --quiet 2>/dev/null
same=1
for d in 2024/01 2024/02 2024/03 2024/04 2024/05 2024/06 en/2024/01 en/2024/06; do
    diff -r "$TMP/h6/$d" "$TMP/h7/$d" >/dev/null || { same=0; echo "differs: $d"; }
done
for m in 01 06; do
    cmp -s "$TMP/h6/perubahan/2024-$m.html" "$TMP/h7/perubahan/2024-$m.html" || same=0
done
[ $same = 1 ] && ok "a new month leaves every earlier month's pages byte-identical" \
    || not_ok "a new month leaves every earlier month's pages byte-identical"
cmp -s "$TMP/h6/index.html" "$TMP/h7/index.html" && not_ok "the home page shows the new month" \
    || ok "the home page shows the new month"

# Hostile names: through every page type, the feed and the sitemap.
mkdir -p "$TMP/evil/2024"
cat > "$TMP/evil/pemda.ini" <<'INI'
[pemda]
nama = Kota <script>alert(1)</script> "onload=alert(1)
kode = 99.99
zona_waktu = WIB
url = javascript:alert(1)
lisensi = CC-BY-4.0 </title><b>x</b>
kontak = ]]> <!-- x
warna_utama = red;}</style><script>alert(1)</script>
kanal_pertanyaan = https://lapor.example.go.id/t?k={kode}&n={nama}&h={halaman}
INI
{
    echo 'kode_skpd,nama_skpd,kode_sub_kegiatan,nama_sub_kegiatan,nama_program,kode_rekening,uraian,sumber_dana,anggaran,realisasi'
    echo '1.02.0.00.0.00.01.0000,"</title><b>x</b>",1.02.02.2.01.0001,"<script>alert(1)</script>","]]>",5.1.02.01.01.0024,"javascript:alert(1)","""onload=alert(1)",1000,500'
    echo '1.02.0.00.0.00.01.0000,"</title><b>x</b>",1.02.02.2.01.0001,"<script>alert(1)</script>","]]>",5.1.02.01.01.0026,"<img src=x onerror=alert(1)>","DAU",1000,0'
    echo '5.02.0.00.0.00.01.0000,"B&amp;K <i>",,,,4.1.01.06.01.0001,"</script><script>alert(2)</script>",PAD,1000,100'
} > "$TMP/evil/2024/2024-01.csv"
# and notes that try markup, script links and images from another host
mkdir -p "$TMP/evil/2024/catatan"
cat > "$TMP/evil/2024/catatan/2024-01.md" <<'MD'
## 1.02.0.00.0.00.01.0000 </title><script>alert(1)</script>
<script>alert(1)</script>
<img src=x onerror=alert(1)> <a href="javascript:alert(1)">raw</a> <iframe src="//evil.example/"></iframe>
[link](javascript:alert(1)) [data](data:text/html,<script>alert(1)</script>) [host](//evil.example/x)
![pixel](https://evil.example/pixel.png) <b onmouseover="alert(1)">b</b>
### 1.02.02.2.01.0001
# heading </h1><script>alert(1)</script>
MD
"$APBD" build --budgets "$TMP/evil" --out "$TMP/evil-site" --date 2024-02-05 --quiet 2>"$TMP/evil.err"
expect_exit 0 $? "a budget with hostile names builds"
/usr/bin/python3 tests/e2e/check_site.py "$TMP/evil-site" --hostile > "$TMP/evil.out" 2>&1 || FAILED=1
sed 's/^/hostile: /' "$TMP/evil.out"
grep -q '<section class="catatan"' "$TMP/evil-site/2024/01/skpd/1.02.0.00.0.00.01.0000/index.html" \
    && ok "hostile notes are published, as text" || not_ok "hostile notes are published, as text"
grep -q 'red;}' "$TMP/evil-site/index.html" && not_ok "a colour from pemda.ini cannot break out of CSS" \
    || ok "a colour from pemda.ini cannot break out of CSS"
finish
