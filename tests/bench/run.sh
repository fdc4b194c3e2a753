#!/bin/sh
# make bench: apbd's cost, measured beside the reference pipeline.
#
#   make bench [BENCH_SIZES="10000 100000 1000000"] [BENCH_REFERENCE=1]
#
# For each size, tests/bench/gen.c writes twelve monthly exports into a
# temporary directory (never committed). Measured, each as the median of
# three runs (one at a million lines and more for the two publishes and
# the reference, which take minutes each) with the child's own wall time
# and peak RSS (measure.c, from wait4's rusage):
#   check      apbd check of one month
#   build      apbd build of one month (downloads and site)
#   publish1   apbd publish of a first month into a fresh repository
#   publish12  apbd publish --until the twelfth month onto eleven
# and, with BENCH_REFERENCE=1 (the default), the reference pipeline
# (../shared/bench/peer_pipeline.py: pandas, XlsxWriter, jinja2, GitPython)
# on the same month, and the floors on the largest file: cat and gzip -1.
# Prints one table and writes .build/bench.json.
set -eu
apbd=$(cd "$(dirname "${1:-./apbd}")" && pwd)/$(basename "${1:-./apbd}")
sizes=${BENCH_SIZES:-10000 100000 1000000}
reference=${BENCH_REFERENCE:-1}
peer=${PEER:-$(cd "$(dirname "$0")/../.." && pwd)/../shared/bench/peer_pipeline.py}
APBD_DATA=${APBD_DATA:-$(pwd)/data}
APBD_SITE_GEN=${APBD_SITE_GEN:-$(pwd)/site-gen}
export APBD_DATA APBD_SITE_GEN
mkdir -p .build
cc -std=c11 -O2 -o .build/measure tests/bench/measure.c
cc -std=c11 -O2 -o .build/bench-gen tests/bench/gen.c
if [ "$reference" = 1 ] && [ -f "$peer" ]; then
    missing=""
    for m in pandas:python3-pandas xlsxwriter:python3-xlsxwriter jinja2:python3-jinja2 git:python3-git; do
        /usr/bin/python3 -c "import ${m%%:*}" 2>/dev/null || missing="$missing ${m#*:}"
    done
    if [ -n "$missing" ]; then
        echo "bench: installing the reference pipeline's packages:$missing" >&2
        sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
        $sudo apt-get install -y -qq $missing >&2
    fi
else
    reference=0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$apbd" "$work" "$reference" "$peer" $sizes <<'PY'
import json, os, shutil, statistics, subprocess, sys

apbd, work, reference, peer = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4]
sizes = [int(s) for s in sys.argv[5:]]

def measure(cmd, prepare=None, runs=3):
    """Median wall seconds and peak RSS (MB) of cmd over runs."""
    out = []
    for _ in range(runs):
        if prepare:
            prepare()
        r = subprocess.run([".build/measure"] + cmd, capture_output=True, text=True)
        wall, rss, status = r.stdout.split()
        if status != "0":
            raise SystemExit("bench: %s failed (exit %s)" % (" ".join(cmd), status))
        out.append((float(wall), int(rss) / 1024))
    return statistics.median(w for w, _ in out), statistics.median(r for _, r in out)

rows = []
def add(name, lines, wall, rss, note=""):
    rows.append({"name": name, "lines": lines, "seconds": round(wall, 3),
                 "lines_per_second": round(lines / wall) if wall else None,
                 "peak_rss_mb": round(rss, 1), "note": note})

for n in sizes:
    d = os.path.join(work, "n%d" % n)
    subprocess.run([".build/bench-gen", d, "--lines", str(n)], check=True)
    month = os.path.join(d, "2024", "2024-06.csv")
    one = os.path.join(work, "one%d" % n)
    os.makedirs(os.path.join(one, "2024"))
    shutil.copy(os.path.join(d, "pemda.ini"), one)
    shutil.copy(month, os.path.join(one, "2024"))
    out = os.path.join(work, "out%d" % n)
    repo = os.path.join(work, "repo%d.git" % n)
    base = os.path.join(work, "base%d.git" % n)

    # the month alone: beside its predecessor, check also compares the two
    w, r = measure([apbd, "check", "--quiet", os.path.join(one, "2024", "2024-06.csv")])
    add("check %d" % n, n, w, r)
    w, r = measure([apbd, "build", "--quiet", "--budgets", one, "--out", out, "--date", "2024-07-05"])
    add("build %d" % n, n, w, r)
    apbd_build, apbd_rss = w, r
    def fresh():
        shutil.rmtree(repo, ignore_errors=True)
    slow = 1 if n >= 1000000 else 3
    w1, r1 = measure([apbd, "publish", "--quiet", "--budgets", d, "--repo", repo, "--until", "2024-01",
                      "--date", "2024-02-05"], prepare=fresh, runs=slow)
    add("publish1 %d" % n, n, w1, r1, "first month, fresh repository")
    shutil.rmtree(base, ignore_errors=True)
    subprocess.run([apbd, "publish", "--quiet", "--budgets", d, "--repo", base, "--until", "2024-11",
                    "--date", "2024-12-05"], check=True, stdout=subprocess.DEVNULL)
    def eleven():
        shutil.rmtree(repo, ignore_errors=True)
        shutil.copytree(base, repo)
    w12, r12 = measure([apbd, "publish", "--quiet", "--budgets", d, "--repo", repo, "--until", "2024-12",
                        "--date", "2025-01-05"], prepare=eleven, runs=slow)
    add("publish12 %d" % n, n, w12, r12, "x%.1f of publish1" % (w12 / w1))
    if reference and n >= 100000:
        def clean():
            shutil.rmtree(os.path.join(work, "peer-out"), ignore_errors=True)
            shutil.rmtree(os.path.join(work, "peer-repo"), ignore_errors=True)
        w, r = measure(["/usr/bin/python3", peer, month, os.path.join(work, "peer-out"),
                        os.path.join(work, "peer-repo")], prepare=clean, runs=1)
        add("reference %d" % n, n, w, r, "apbd build / reference: time %.3f, RSS %.3f (%.1fx faster)"
            % (apbd_build / w, apbd_rss / r, w / apbd_build))
    shutil.rmtree(repo, ignore_errors=True)
    shutil.rmtree(base, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(d)

big = max(sizes)
d = os.path.join(work, "floor")
subprocess.run([".build/bench-gen", d, "--lines", str(big), "--months", "1"], check=True)
f = os.path.join(d, "2024", "2024-01.csv")
w, r = measure(["sh", "-c", "cat '%s' > /dev/null" % f])
build_big = next(x["seconds"] for x in rows if x["name"] == "build %d" % big)
add("floor cat %d" % big, big, w, r, "apbd build = %.0fx this" % (build_big / w))
w, r = measure(["sh", "-c", "gzip -1 -c '%s' > /dev/null" % f])
add("floor gzip-1 %d" % big, big, w, r, "apbd build = %.1fx this" % (build_big / w))

print("%-20s %9s %9s %12s %9s  %s" % ("benchmark", "lines", "seconds", "lines/s", "RSS MB", "note"))
for x in rows:
    print("%-20s %9d %9.3f %12s %9.1f  %s" % (x["name"], x["lines"], x["seconds"],
                                              x["lines_per_second"], x["peak_rss_mb"], x["note"]))
with open(".build/bench.json", "w") as fh:
    json.dump(rows, fh, indent=2)
print("written: .build/bench.json")
PY
