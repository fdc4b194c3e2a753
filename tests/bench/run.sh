#!/bin/sh
# make bench: time apbd on the bundled sample. Each figure is the median of
# three runs: wall time, lines per second, and the child's peak RSS (from
# getrusage). Prints a table and writes .build/bench.json.
set -eu
apbd=${1:-./apbd}
APBD_DATA=${APBD_DATA:-$(pwd)/data}
export APBD_DATA
mkdir -p .build
cc -O2 -o .build/measure tests/bench/measure.c
exec /usr/bin/python3 - "$apbd" <<'PY'
import json, os, statistics, subprocess, sys

apbd = sys.argv[1]
lines = 0
for root, _, files in os.walk("budgets"):
    for f in files:
        if f.endswith(".csv"):
            with open(os.path.join(root, f), "rb") as fh:
                lines += sum(1 for _ in fh)

def run(cmd):
    """Wall seconds and peak RSS (MB) of one child, from its own rusage."""
    out = subprocess.run([".build/measure"] + cmd, capture_output=True, text=True).stdout
    wall, rss_kb, _ = out.split()
    return float(wall), int(rss_kb) / 1024

results = []
for name, cmd in [("check (sample, 15 months)", [apbd, "check", "--quiet", "budgets"]),
                  ("floor: cat > /dev/null", ["sh", "-c", "cat budgets/*/*.csv > /dev/null"])]:
    runs = [run(cmd) for _ in range(3)]
    wall = statistics.median(r[0] for r in runs)
    rss = statistics.median(r[1] for r in runs)
    results.append({"name": name, "lines": lines, "seconds": round(wall, 4),
                    "lines_per_second": round(lines / wall), "peak_rss_mb": round(rss, 1)})

print("%-28s %10s %10s %14s %12s" % ("benchmark", "lines", "seconds", "lines/s", "peak RSS MB"))
for r in results:
    print("%-28s %10d %10.3f %14d %12.1f" % (r["name"], r["lines"], r["seconds"],
                                             r["lines_per_second"], r["peak_rss_mb"]))
os.makedirs(".build", exist_ok=True)
with open(".build/bench.json", "w") as f:
    json.dump(results, f, indent=2)
print("written: .build/bench.json")
PY
