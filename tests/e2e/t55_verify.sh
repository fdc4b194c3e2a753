#!/bin/sh
# apbd verify: an honest publication rebuilds byte for byte from its own
# archive; a tampered number, a tampered archived source (even with its
# SHA256SUMS line redone), and another generator version are each caught.
. "$(dirname "$0")/lib.sh"

cd "$TOP" || exit 1
mkdir -p "$TMP/b/2024"
cp budgets/pemda.ini "$TMP/b/"
cp budgets/2024/2024-01.csv budgets/2024/2024-02.csv "$TMP/b/2024/"
R=$TMP/repo.git
for m in 1 2; do
    "$APBD" publish --budgets "$TMP/b" --repo "$R" --until 2024-0$m --date 2024-0$((m + 1))-05 >/dev/null 2>&1
done
"$APBD" verify --lang en --repo "$R" > "$TMP/out" 2>&1
expect_exit 0 $? "an honest publication verifies"
"$APBD" verify --lang en --repo "$R" 2024-01 > "$TMP/out" 2>&1
expect_exit 0 $? "and so does an earlier one, by its tag"

git clone -q -b gh-pages "$R" "$TMP/w"
cd "$TMP/w" || exit 1
git config user.name x; git config user.email x@x
commit() { git add -A && git commit -qm "$1" && git push -q origin gh-pages; }

# A published number changed.
sed -i '0,/"anggaran":\([0-9]\)/s//"anggaran":9\1/' 2024/02/apbd-2024-02.json
commit "tamper a number"
"$APBD" verify --lang en --repo "$R" > "$TMP/out" 2>&1
expect_exit 1 $? "a changed published number fails verify"
grep -q "2024/02/apbd-2024-02.json: error: the published file differs" "$TMP/out" \
    && grep -q "SHA256SUMS.*does not match: 2024/02/apbd-2024-02.json" "$TMP/out" \
    && ok "it names the file, and its SHA256SUMS line" || { not_ok "it names the file"; cat "$TMP/out"; }
git revert --no-edit HEAD >/dev/null && git push -q origin gh-pages

# An archived source line changed, with its SHA256SUMS line redone.
sed -i '2s/,\([0-9.]*\),\([0-9]*\)$/,1\1,\2/' sumber/2024/2024-02.csv
grep -v ' sumber/2024/2024-02.csv$' SHA256SUMS > S && sha256sum sumber/2024/2024-02.csv >> S && sort -k2 S > SHA256SUMS && rm S
commit "tamper a source"
"$APBD" verify --lang en --repo "$R" > "$TMP/out" 2>&1
expect_exit 1 $? "a changed archived source fails verify"
grep -q "2024/02/apbd-2024-02.csv: error: the published file differs" "$TMP/out" \
    && ok "the outputs it no longer makes are named" || { not_ok "the outputs it no longer makes are named"; cat "$TMP/out"; }
git revert --no-edit HEAD >/dev/null && git push -q origin gh-pages
"$APBD" verify --lang en --repo "$R" >/dev/null 2>&1
expect_exit 0 $? "reverted, it verifies again"

# Another generator version.
echo "apbd 0.0.9" > sumber/versi-apbd.txt
commit "older generator"
"$APBD" verify --lang en --repo "$R" > "$TMP/out" 2>&1
expect_exit 4 $? "a publication by another version: exit 4"
grep -q "made by apbd 0.0.9; this is apbd" "$TMP/out" && ok "saying which version made it" \
    || { not_ok "saying which version made it"; cat "$TMP/out"; }
"$APBD" verify --repo "$TMP/none" >/dev/null 2>&1
expect_exit 3 $? "a missing repository: exit 3"
"$APBD" verify >/dev/null 2>&1
expect_exit 2 $? "no --repo: exit 2"
finish
