#!/bin/sh
# apbd publish: one commit and tag per month, idempotent, reproducible
# commit ids, corrections tagged -rN, dry runs that touch nothing, checkout
# and push rules, and the faults: every failure leaves `git fsck --strict`
# clean and the branch at the old commit or the new one.
. "$(dirname "$0")/lib.sh"

cd "$TOP" || exit 1
# A small budgets directory: three months of the sample.
mkdir -p "$TMP/b/2024"
cp budgets/pemda.ini "$TMP/b/"
cp budgets/2024/2024-01.csv budgets/2024/2024-02.csv budgets/2024/2024-03.csv "$TMP/b/2024/"
pub() { "$APBD" publish --lang en --budgets "$TMP/b" "$@"; }
tip() { git -C "$1" rev-parse --verify -q "refs/heads/${2:-gh-pages}"; }
fsck_ok() {
    git -C "$1" fsck --strict >"$TMP/fsck" 2>&1 && ok "$2: git fsck --strict clean" \
        || { not_ok "$2: git fsck --strict clean"; head -5 "$TMP/fsck"; }
}

R=$TMP/repo.git
for m in 01 02 03; do
    pub --repo "$R" --until 2024-$m --date 2024-$m-28 >/dev/null 2>"$TMP/err" \
        || { not_ok "publish 2024-$m"; cat "$TMP/err"; }
done
[ "$(git -C "$R" rev-list --count gh-pages)" = 3 ] && ok "one commit per month" || not_ok "one commit per month"
[ "$(git -C "$R" tag | tr '\n' ' ')" = "2024-01 2024-02 2024-03 " ] && ok "one tag per month" \
    || not_ok "one tag per month ($(git -C "$R" tag | tr '\n' ' '))"
[ "$(git -C "$R" cat-file -t 2024-02)" = tag ] && ok "tags are annotated" || not_ok "tags are annotated"
[ "$(git -C "$R" rev-parse 2024-02^{commit})" = "$(git -C "$R" rev-parse gh-pages~1)" ] \
    && ok "a month's tag is on the commit that first published it" || not_ok "a month's tag is on the commit that first published it"
git -C "$R" log -1 --format=%s gh-pages | grep -qx "APBD Kota Contoh Maret 2024: belanja 14,7% terealisasi" \
    && ok "commit subject names the month and its belanja ratio" || not_ok "commit subject"
git -C "$R" log -1 --format=%B gh-pages | grep -q "$(sha256sum budgets/2024/2024-03.csv | cut -c1-64)  2024/2024-03.csv" \
    && ok "commit body lists the inputs with their SHA-256" || not_ok "commit body lists the inputs"
[ "$(git -C "$R" log -1 --format='%an <%ae> %ad' --date=iso gh-pages)" = \
  "BPKAD Kota Contoh <bpkad@kotacontoh.go.id> 2024-03-28 00:00:00 +0700" ] \
    && ok "author from pemda.ini, dated the publication date in WIB" \
    || not_ok "author and date ($(git -C "$R" log -1 --format='%an <%ae> %ad' --date=iso gh-pages))"
[ "$(git -C "$R" symbolic-ref HEAD)" = refs/heads/gh-pages ] && ok "new repository is bare with HEAD on gh-pages" \
    || not_ok "HEAD on gh-pages"
[ "$(git -C "$R" rev-parse --is-bare-repository)" = true ] || not_ok "bare"
git -C "$R" diff --quiet gh-pages~1 gh-pages -- 2024/01 2024/02 && ok "publishing a month leaves earlier months' files as they were" \
    || not_ok "publishing a month leaves earlier months' files as they were"
git clone -q "$R" "$TMP/clone" && [ -f "$TMP/clone/2024/03/apbd-2024-03.xlsx" ] && ok "a git clone of the result works" \
    || not_ok "a git clone of the result works"
fsck_ok "$R" "after three months"

# Idempotent.
before=$(tip "$R")
pub --repo "$R" --until 2024-03 --date 2024-04-30 >"$TMP/out" 2>&1
expect_exit 0 $? "publishing the same inputs again succeeds"
[ "$(tip "$R")" = "$before" ] && grep -q "nothing changed" "$TMP/out" && ok "and makes no new commit, saying so" \
    || not_ok "and makes no new commit, saying so"

# Reproducible: the same inputs and date on another machine, the same id.
for x in one two; do
    pub --repo "$TMP/$x.git" --until 2024-01 --date 2024-01-28 >/dev/null 2>&1
done
[ "$(tip "$TMP/one.git")" = "$(tip "$TMP/two.git")" ] && ok "same inputs and date give the same commit id" \
    || not_ok "same inputs and date give the same commit id"

# A corrected export of a published month: a new commit tagged -r2.
sed -i '2s/,\([0-9.]*\),\([0-9]*\)$/,1\1,\2/' "$TMP/b/2024/2024-02.csv"
pub --repo "$R" --until 2024-03 --date 2024-04-10 >/dev/null 2>&1
git -C "$R" tag | grep -qx 2024-02-r2 && [ "$(git -C "$R" rev-parse 2024-02-r2^{commit})" = "$(tip "$R")" ] \
    && ok "a corrected month is tagged <month>-r2 on the correcting commit" || not_ok "correction tag -r2"
git -C "$R" tag | grep -q '2024-0[13]-r' && not_ok "months whose exports did not change get no revision tag" \
    || ok "months whose exports did not change get no revision tag"
git -C "$R" diff --quiet gh-pages~1 gh-pages -- 2024/01 && ! git -C "$R" diff --quiet gh-pages~1 gh-pages -- 2024/02 \
    && ok "the correction leaves the months before it as they were" || not_ok "the correction leaves the months before it as they were"
git -C "$R" show gh-pages:perubahan/2024-02.html | grep -q 'Dikoreksi sesudah terbit' \
    && git -C "$R" show gh-pages:en/perubahan/2024-02.html | grep -q 'Corrected after publication' \
    && ok "the corrected month's changes page says what was corrected" || not_ok "the corrected month's changes page says what was corrected"
git -C "$R" show gh-pages:2024/02/apbd-2024-02.json | /usr/bin/python3 -c '
import json, sys
d = json.load(sys.stdin)["perubahan"]["koreksi_terbitan"]
assert d and d[0]["realisasi"] != d[0]["realisasi_sebelum"], d' \
    && ok "and its JSON lists the corrected lines (koreksi_terbitan)" || not_ok "and its JSON lists the corrected lines"
"$APBD" verify --repo "$R" >/dev/null 2>&1
expect_exit 0 $? "a publication with a correction verifies"

# Tag healing: a month published without its tag gets it on the next run.
git -C "$R" tag -d 2024-01 >/dev/null
pub --repo "$R" --until 2024-03 --date 2024-04-10 >/dev/null 2>&1
[ "$(git -C "$R" rev-parse 2024-01^{commit} 2>/dev/null)" = "$(git -C "$R" rev-list --max-parents=0 gh-pages)" ] \
    && ok "a missing tag is healed, on the commit that first published the month" || not_ok "tag healing"

# Dry run: nothing written, changes listed, the preview kept.
sed -i '3s/,\([0-9.]*\),\([0-9]*\)$/,2\1,\2/' "$TMP/b/2024/2024-03.csv"
find "$R" -type f | sort | xargs sha256sum > "$TMP/repo.before"
pub --repo "$R" --until 2024-03 --date 2024-04-20 --dry-run >"$TMP/dry" 2>&1
expect_exit 0 $? "dry run succeeds"
find "$R" -type f | sort | xargs sha256sum > "$TMP/repo.after"
cmp -s "$TMP/repo.before" "$TMP/repo.after" && ok "dry run leaves the repository untouched" || not_ok "dry run leaves the repository untouched"
grep -q "~ 2024/03/apbd-2024-03.json" "$TMP/dry" && grep -q "0 removed" "$TMP/dry" \
    && ok "dry run lists the files that would change" || { not_ok "dry run lists the files that would change"; head "$TMP/dry"; }
preview=$(sed -n 's/^Preview of the site: //p' "$TMP/dry")
[ -n "$preview" ] && [ -f "$preview/2024/03/apbd-2024-03.json" ] && ok "dry run keeps the staged site for a preview" \
    || not_ok "dry run keeps the staged site for a preview"

# Non-bare: the checkout follows when it is clean and on the branch.
git init -q -b gh-pages "$TMP/wt"
pub --repo "$TMP/wt" --until 2024-01 --date 2024-01-28 >/dev/null 2>&1
[ -f "$TMP/wt/2024/01/apbd-2024-01.csv" ] && git -C "$TMP/wt" diff --quiet HEAD && ok "a clean non-bare checkout follows the branch" \
    || not_ok "a clean non-bare checkout follows the branch"
echo local > "$TMP/wt/catatan-lokal.txt"
pub --repo "$TMP/wt" --until 2024-02 --date 2024-02-28 >/dev/null 2>&1
[ ! -f "$TMP/wt/2024/02/apbd-2024-02.csv" ] && [ -f "$TMP/wt/catatan-lokal.txt" ] \
    && [ "$(git -C "$TMP/wt" log -1 --format=%s gh-pages)" != "$(git -C "$TMP/wt" log -1 --format=%s HEAD@{1} 2>/dev/null)" ] \
    && ok "a dirty checkout is left alone (the branch still moves)" || not_ok "a dirty checkout is left alone"

# Push: to a bare remote by name and to a file:// URL; a rejected push.
git init -q --bare "$TMP/remote.git"
git -C "$R" remote add origin "$TMP/remote.git"
pub --repo "$R" --until 2024-03 --date 2024-04-20 --push origin >/dev/null 2>"$TMP/err"
expect_exit 0 $? "push to a named remote"
[ "$(tip "$TMP/remote.git")" = "$(tip "$R")" ] && git -C "$TMP/remote.git" tag | grep -qx 2024-02-r2 \
    && ok "the remote has the branch and the tags" || { not_ok "the remote has the branch and the tags"; cat "$TMP/err"; }
git init -q --bare "$TMP/url.git"
pub --repo "$R" --until 2024-03 --date 2024-04-20 --push "file://$TMP/url.git" >/dev/null 2>&1
[ "$(tip "$TMP/url.git")" = "$(tip "$R")" ] && ok "push to a file:// URL" || not_ok "push to a file:// URL"
git clone -q -b gh-pages "$TMP/remote.git" "$TMP/other" && (cd "$TMP/other" \
    && echo x > x && git add x && git -c user.name=x -c user.email=x@x commit -qm other && git push -q origin gh-pages)
sed -i '4s/,\([0-9]*\)$/,3\1/' "$TMP/b/2024/2024-03.csv"
pub --repo "$R" --until 2024-03 --date 2024-04-21 --push origin >/dev/null 2>"$TMP/err"
expect_exit 3 $? "a rejected non-fast-forward push fails with exit 3"
grep -q "rejected" "$TMP/err" && grep -q "git fetch" "$TMP/err" && ok "the rejection is reported with how to recover" \
    || { not_ok "the rejection is reported with how to recover"; cat "$TMP/err"; }
git -C "$R" log -1 --format=%B gh-pages | grep -q "2024-03" && [ "$(tip "$R")" != "$(tip "$TMP/remote.git")" ] \
    && ok "the local commit is kept" || not_ok "the local commit is kept"
pub --repo "$R" --until 2024-03 --date 2024-04-21 --push "$TMP/no-such-remote" >/dev/null 2>&1
expect_exit 3 $? "a remote that does not exist is an I/O error"
fsck_ok "$R" "after pushes"

# Faults. SIGKILL after the N-th object write, for many N.
mkdir -p "$TMP/f"
cp -r "$R" "$TMP/f/base.git"
old=$(tip "$TMP/f/base.git")
sed -i '5s/,\([0-9]*\)$/,4\1/' "$TMP/b/2024/2024-01.csv"
bad=0
for n in 1 2 3 5 8 13 21 34 55 89 144 200; do
    rm -rf "$TMP/f/k.git"; cp -r "$TMP/f/base.git" "$TMP/f/k.git"
    APBD_TEST_KILL_AFTER_WRITES=$n pub --repo "$TMP/f/k.git" --until 2024-03 --date 2024-04-22 >/dev/null 2>&1
    now=$(tip "$TMP/f/k.git")
    git -C "$TMP/f/k.git" fsck --strict >/dev/null 2>&1 || { bad=1; echo "fsck failed after kill at $n"; }
    git -C "$TMP/f/k.git" for-each-ref >/dev/null || bad=1
    if [ "$now" != "$old" ]; then
        git -C "$TMP/f/k.git" cat-file -e "$now^{tree}" || bad=1
    fi
    # and the next run completes the publish
    pub --repo "$TMP/f/k.git" --until 2024-03 --date 2024-04-22 >/dev/null 2>&1 || { bad=1; echo "retry failed after $n"; }
    git -C "$TMP/f/k.git" tag | grep -qx 2024-01-r2 || { bad=1; echo "no -r2 tag after retry at $n"; }
done
[ $bad = 0 ] && ok "killed after N object writes (N up to 200): fsck clean, branch old or new, a retry completes" \
    || not_ok "killed after N object writes"

# A full disk (ulimit -f), a read-only repository.
rm -rf "$TMP/f/full.git"; cp -r "$TMP/f/base.git" "$TMP/f/full.git"
(ulimit -f 200; pub --repo "$TMP/f/full.git" --until 2024-03 --date 2024-04-22 >/dev/null 2>"$TMP/err")
status=$?
[ $status -ne 0 ] && [ "$(tip "$TMP/f/full.git")" = "$old" ] && ok "a full disk fails and leaves the branch" \
    || not_ok "a full disk fails and leaves the branch (exit $status)"
fsck_ok "$TMP/f/full.git" "after a full disk"
rm -rf "$TMP/f/ro.git"; cp -r "$TMP/f/base.git" "$TMP/f/ro.git"
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && unshare -r true 2>/dev/null; then
    ro() { unshare -r sh -c "$*"; }
else
    ro() { sh -c "$*"; }
fi
chmod -R a-w "$TMP/f/ro.git"
# root ignores modes; a read-only bind mount is what stops it
if [ "$(id -u)" = 0 ]; then
    mkdir -p "$TMP/f/romnt"
    if unshare -m sh -c "mount --bind -o ro '$TMP/f/ro.git' '$TMP/f/ro.git' 2>/dev/null && \
        '$APBD' publish --budgets '$TMP/b' --repo '$TMP/f/ro.git' --until 2024-03 --date 2024-04-22" >/dev/null 2>"$TMP/err"; then
        status=0
    else
        status=$?
    fi
else
    pub --repo "$TMP/f/ro.git" --until 2024-03 --date 2024-04-22 >/dev/null 2>"$TMP/err"
    status=$?
fi
chmod -R u+w "$TMP/f/ro.git"
[ $status = 3 ] && [ "$(tip "$TMP/f/ro.git")" = "$old" ] && ok "a read-only repository: exit 3, nothing changed" \
    || not_ok "a read-only repository: exit 3, nothing changed (exit $status)"

# Two publishes of different months at once: both land, or one fails
# cleanly and a retry lands; no commit is lost.
rm -rf "$TMP/f/c.git"; cp -r "$TMP/f/base.git" "$TMP/f/c.git"
cp -r "$TMP/b" "$TMP/b2"
sed -i '6s/,\([0-9]*\)$/,5\1/' "$TMP/b2/2024/2024-02.csv"
"$APBD" publish --budgets "$TMP/b" --repo "$TMP/f/c.git" --until 2024-03 --date 2024-04-23 >/dev/null 2>&1 &
p1=$!
"$APBD" publish --budgets "$TMP/b2" --repo "$TMP/f/c.git" --until 2024-03 --date 2024-04-23 >/dev/null 2>&1 &
p2=$!
wait $p1; s1=$?
wait $p2; s2=$?
for s in $s1 $s2; do [ $s = 0 ] || [ $s = 3 ] || bad=1; done
[ $s1 = 3 ] && "$APBD" publish --budgets "$TMP/b" --repo "$TMP/f/c.git" --until 2024-03 --date 2024-04-23 >/dev/null 2>&1
[ $s2 = 3 ] && "$APBD" publish --budgets "$TMP/b2" --repo "$TMP/f/c.git" --until 2024-03 --date 2024-04-23 >/dev/null 2>&1
git -C "$TMP/f/c.git" fsck --strict >/dev/null 2>&1 || bad=1
[ "$(git -C "$TMP/f/c.git" rev-list --count gh-pages)" -ge "$(( $(git -C "$TMP/f/base.git" rev-list --count gh-pages) + 2 ))" ] || bad=1
[ $bad = 0 ] && ok "two concurrent publishes: both land, or one fails cleanly and its retry lands" \
    || not_ok "two concurrent publishes (exits $s1 $s2)"

# The branch moved by someone else mid-publish: the compare-and-swap fails.
rm -rf "$TMP/f/m.git"; cp -r "$TMP/f/base.git" "$TMP/f/m.git"
rm -f "$TMP/paused"
APBD_TEST_PAUSE_BEFORE_BRANCH="$TMP/paused" pub --repo "$TMP/f/m.git" --until 2024-03 --date 2024-04-24 >/dev/null 2>"$TMP/err" &
pid=$!
i=0; while [ ! -e "$TMP/paused" ] && [ $i -lt 1200 ]; do sleep 0.1; i=$((i + 1)); done
other=$(git -C "$TMP/f/m.git" commit-tree -p "$old" -m "someone else" "$old^{tree}")
git -C "$TMP/f/m.git" update-ref refs/heads/gh-pages "$other" "$old"
rm -f "$TMP/paused"
wait $pid
expect_exit 3 $? "a branch moved mid-publish fails with exit 3"
[ "$(tip "$TMP/f/m.git")" = "$other" ] && grep -q "moved" "$TMP/err" && ok "and the other commit is not overwritten" \
    || not_ok "and the other commit is not overwritten"

# Bad repositories.
: > "$TMP/f/file"
pub --repo "$TMP/f/file" --until 2024-01 >/dev/null 2>&1; expect_exit 3 $? "a repository path that is a file"
mkdir -p "$TMP/f/notrepo"; echo x > "$TMP/f/notrepo/x"
pub --repo "$TMP/f/notrepo" --until 2024-01 >/dev/null 2>&1; expect_exit 3 $? "a non-empty directory that is not a repository"
rm -rf "$TMP/f/corrupt.git"; cp -r "$TMP/f/base.git" "$TMP/f/corrupt.git"
obj=$(git -C "$TMP/f/corrupt.git" rev-parse gh-pages^{tree})
f="$TMP/f/corrupt.git/objects/$(echo "$obj" | cut -c1-2)/$(echo "$obj" | cut -c3-)"
if [ -f "$f" ]; then chmod u+w "$f"; printf 'garbage' > "$f"; fi
pub --repo "$TMP/f/corrupt.git" --until 2024-03 --date 2024-04-25 >/dev/null 2>&1
expect_exit 3 $? "a repository with a corrupt object is an I/O error"
[ "$(tip "$TMP/f/corrupt.git")" = "$old" ] && ok "and its branch is left" || not_ok "and its branch is left"
finish
