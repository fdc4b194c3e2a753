#!/usr/bin/python3
"""The real-export corpus: every real report apbd may be handed, built alone.

For each file of $DATA/dulkemot/*.csv (433 per-SKPD SIMDA printouts) apbd
builds a budgets directory holding only that file, and the outcome is set
against the file itself, read by toprows.py (an independent reader of the
report's own top rows), and against $DATA/dulkemot-selfcheck.tsv (an
independent reading of whether the file adds up):

  built-own-totals    built; every top row the file has equals the
                      published figure (ringkasan) to the sen
  built-other-totals  built, with some figure other than the file's own
  built-no-top-rows   built; the reader found no top rows to compare
  refused             apbd said no (exit 1), with the kind of its first error
  crashed             any other exit, a signal, a timeout, a sanitizer report

Then the SIPD-RI workbooks of $DATA/sipd-ri/ are built, each alone, and
their belanja checked to the sen.

It fails (exit 1) on: a crash; a build with totals other than the file's;
a refusal of a disagreement ("add up to") that names a line not holding the
written amount it quotes; a file selfcheck says does-not-add-up that builds
(unless tests/corpus/selfcheck-wrong.tsv lists it); fewer than 95% of the
adds-up files built with their own totals; an APBDesa file that builds; a
workbook not built with its belanja, or whose apbd check says more than 40
lines. --report-only prints the same and exits 0.

    run_corpus.py [--apbd PATH] [--data DIR] [--jobs N] [--only GLOB]
                  [--tsv PATH] [--timeout S] [--report-only] [--verbose]

Python 3 standard library only. Real files are copied into temporary
directories only, and each build's output is removed once read.
"""
import argparse
import collections
import concurrent.futures
import fnmatch
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import toprows  # noqa: E402

FIGURES = toprows.FIGURES
OUTCOMES = ("built-own-totals", "built-other-totals", "built-no-top-rows", "refused", "crashed")
SANITIZERS = ("AddressSanitizer", "runtime error:", "LeakSanitizer")
WORKBOOKS = (   # name, year, belanja (rupiah)
    ("buru-2024-rekap-apbd-murni.xlsx", 2024, Decimal("866035384427")),
    ("buru-2025-rekap5-murni.xlsx", 2025, Decimal("1078983576660")),
)
SHARE = Decimal("0.95")
CHECK_LINES = 40

ERROR_RX = re.compile(r"^(.*?):(\d+):(\d+): error: (.*)$")
ANY_ERROR_RX = re.compile(r"^(.*?): error: (.*)$")
RP_RX = re.compile(r"(-?)Rp\s?(-?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")


def rupiah(d):
    """Rp1.234.567,89 (as the brief and the pemda write amounts)."""
    if d is None:
        return "-"
    q = Decimal(d).quantize(Decimal("0.01"))
    sign = "-" if q < 0 else ""
    whole, _, sen = ("%.2f" % abs(q)).partition(".")
    whole = "{:,}".format(int(whole)).replace(",", ".")
    return "%sRp%s%s" % (sign, whole, "" if sen == "00" else "," + sen)


def kind_of(message):
    """A refusal's kind: the message with its values replaced, ~70 chars."""
    k = RP_RX.sub("Rp#", message)
    k = re.sub(r"(?<![A-Za-z])'[^']*'", "'…'", k)
    k = re.sub(r'"[^"]*"', '"…"', k)
    k = re.sub(r"\d[\d.,]*(?:\s*\.\s*\d[\d.,]*)*", "N", k)
    k = re.sub(r"\s+", " ", k).strip()
    return k[:70]


def amount_of_message(message):
    """The first Rp amount a message names, as a Decimal (English format)."""
    m = RP_RX.search(message)
    if not m:
        return None
    d = Decimal(m.group(3).replace(",", ""))
    return -d if (m.group(1) or m.group(2)) else d


def run_apbd(apbd, args, timeout):
    """(status, output): status is the exit code, or 'timeout' / 'signal N'.
    apbd runs in a process group of its own, so that a timeout ends it and
    any child it started (it writes the workbook in one)."""
    env = dict(os.environ, LC_ALL="C.UTF-8", TZ="UTC")
    p = subprocess.Popen([apbd] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=env, start_new_session=True)
    try:
        so, se = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        so, se = p.communicate()
        return "timeout", (so + se).decode("utf-8", "replace")
    out = (so + se).decode("utf-8", "replace")
    if p.returncode < 0:
        return "signal %d" % -p.returncode, out
    return p.returncode, out


def snapshot(apbd, tmp):
    """A copy of the binary to run, so that the whole run measures one
    apbd while the work tree's is rebuilt; its data/ and site-gen/ are
    the original's (apbd looks for them beside itself)."""
    home = os.path.dirname(apbd)
    for env, sub in (("APBD_DATA", "data"), ("APBD_SITE_GEN", "site-gen")):
        if not os.environ.get(env) and os.path.isdir(os.path.join(home, sub)):
            os.environ[env] = os.path.join(home, sub)
    copy = os.path.join(tmp, "apbd")
    for attempt in range(10):
        try:
            shutil.copy2(apbd, copy)
            p = subprocess.run([copy, "--help"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, timeout=60)
            if p.returncode >= 0:
                return copy
        except (OSError, subprocess.SubprocessError):
            if attempt == 9:
                raise
        time.sleep(2)
    raise OSError("%s does not run" % apbd)


def crashed(status, out):
    if status == "timeout":
        return "timed out"
    if status not in (0, 1):
        return "exit %s" % status if isinstance(status, int) else status
    for s in SANITIZERS:
        if s in out:
            return "stderr says %s" % s.rstrip(":")
    return None


def first_error(out):
    """(line, col, message) of the first error: line, or (None, None, msg)."""
    for ln in out.splitlines():
        m = ERROR_RX.match(ln)
        if m:
            return int(m.group(2)), int(m.group(3)), m.group(4)
        m = ANY_ERROR_RX.match(ln)
        if m:
            return None, None, m.group(2)
    return None, None, None


def read_ringkasan(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_float=Decimal)["ringkasan"]


def check_claims(out, name, path, rep):
    """Every 'add up to' error naming this file: its LINE exists and holds
    the written amount the message quotes first. -> [failure text]."""
    failures = []
    checked = 0
    lines = None
    for ln in out.splitlines():
        m = ERROR_RX.match(ln)
        if not m or "add up to" not in m.group(4):
            continue
        if os.path.basename(m.group(1)) != name:
            continue
        if lines is None:
            lines = toprows.physical_lines(path)
            delim = toprows.delimiter(lines)
        line, msg = int(m.group(2)), m.group(4)
        checked += 1
        want = amount_of_message(msg)
        if want is None:
            failures.append("line %d: the message names no Rp amount: %s" % (line, msg[:120]))
            continue
        if not 1 <= line <= len(lines):
            failures.append("line %d: no such line (the file has %d): %s"
                            % (line, len(lines), msg[:120]))
            continue
        found = []
        blank = False
        for _, cells in toprows.records([lines[line - 1]], delim):
            blank = blank or any(not c.strip() for c in cells[2:4])
            for c in cells[1:]:       # not the code
                a = toprows.parse_amount(c, rep.style) if c.strip() else None
                if a is not None:
                    found.append(a)
                else:
                    found.extend(toprows.amounts_in(c, rep.style))
        if not any(a.matches(want) for a in found):
            failures.append("line %d does not hold %s (its amounts: %s%s): %s" % (
                line, rupiah(want), ", ".join(rupiah(a.value) for a in found[:6]) or "none",
                "; an amount cell is blank" if blank and want == 0 else "", msg[:120]))
    return checked, failures


def manifest_years(data):
    years = {}
    p = os.path.join(data, "dulkemot", "MANIFEST.tsv")
    if os.path.exists(p):
        with open(p, encoding="utf-8", errors="replace") as f:
            for row in f:
                cols = row.rstrip("\n").split("\t")
                if len(cols) > 2 and re.fullmatch(r"20\d\d", cols[2].strip()):
                    years[cols[0]] = int(cols[2].strip())
    return years


def read_tsv2(path):
    """{file: (col2, col3)} of a TSV with a header line; {} when absent."""
    out = {}
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8", errors="replace") as f:
        for i, row in enumerate(f):
            if row.startswith("#") or not row.strip():
                continue
            cols = row.rstrip("\n").split("\t")
            if i == 0 and cols[0] == "file":
                continue
            out[cols[0]] = (cols[1] if len(cols) > 1 else "", cols[2] if len(cols) > 2 else "")
    return out


def build_alone(apbd, path, where, work, timeout, res):
    """Build the file alone, as budgets/WHERE beside the sample's pemda.ini.
    -> (budgets, out, status, output, crash, first error message); the first
    error, with its line and column, goes into res["error"]."""
    b = os.path.join(work, "b")
    os.makedirs(os.path.dirname(os.path.join(b, where)))
    shutil.copyfile(os.path.join(TOP, "budgets", "pemda.ini"), os.path.join(b, "pemda.ini"))
    shutil.copyfile(path, os.path.join(b, where))
    o = os.path.join(work, "o")
    status, out = run_apbd(apbd, ["build", "--lang", "en", "--quiet", "--budgets", b,
                                  "--out", o, "--date", "2016-12-31"], timeout)
    line, col, msg = first_error(out)
    if msg:
        res["error"] = ("%d:%d: " % (line, col) if line else "") + msg
    return b, o, status, out, crashed(status, out), msg


def build_one(job):
    """Build one real CSV alone. -> result dict (runs in a worker)."""
    path, name, manifest_year, apbd, timeout, tmp = job
    t0 = time.monotonic()
    rep = toprows.read(path)
    year = rep.tahun or manifest_year or 2015
    realisasi = rep.type == "Realisasi"
    period = "%d-12" % year if realisasi else "%d-apbd" % year
    mm = "12" if realisasi else "00"
    work = tempfile.mkdtemp(prefix="c-", dir=tmp)
    res = {"file": name, "type": rep.type, "year": year, "period": period,
           "top": rep.summary(), "has_top": rep.has_top_rows, "apbdesa": rep.apbdesa,
           "notes": rep.notes, "inexact": rep.inexact(), "diffs": [], "claims": [], "checked": 0, "error": "", "kind": "",
           "detail": ""}
    try:
        b, o, status, out, why, msg = build_alone(apbd, path, os.path.join(str(year), period, name),
                                                  work, timeout, res)
        if why:
            res["outcome"] = "crashed"
            res["detail"] = why + ": " + " | ".join(out.strip().splitlines()[-3:])[:300]
        elif status == 1:
            res["outcome"] = "refused"
            res["kind"] = kind_of(msg) if msg else "(no error: line)"
            res["checked"], res["claims"] = check_claims(out, name, path, rep)
        else:
            js = os.path.join(o, str(year), mm, "apbd-%d-%s.json" % (year, mm))
            if not os.path.exists(js):
                res["outcome"] = "built-other-totals"
                res["diffs"].append("no %s in the output" % os.path.relpath(js, o))
            else:
                rk = read_ringkasan(js)
                got = {f: (rk[f]["anggaran"], rk[f]["realisasi"]) for f in FIGURES}
                res["published"] = " ".join("%s=%s/%s" % (f, got[f][0], got[f][1])
                                            for f in FIGURES)
                if not rep.has_top_rows:
                    res["outcome"] = "built-no-top-rows"
                else:
                    for f, (a, r) in rep.expected.items():
                        ga, gr = got[f]
                        at = ",".join(map(str, rep.lines[f]))
                        if not a.matches(Decimal(ga)):
                            res["diffs"].append("%s anggaran: the file's %s (line %s), apbd's %s"
                                                % (f, rupiah(a.value), at, rupiah(ga)))
                        if r is not None and not r.matches(Decimal(gr)):
                            res["diffs"].append("%s realisasi: the file's %s (line %s), apbd's %s"
                                                % (f, rupiah(r.value), at, rupiah(gr)))
                    res["outcome"] = "built-other-totals" if res["diffs"] else "built-own-totals"
    finally:
        shutil.rmtree(work, ignore_errors=True)
    res["seconds"] = time.monotonic() - t0
    return res


def build_workbook(job):
    """Build one SIPD-RI workbook alone and run apbd check on it."""
    path, name, year, want, apbd, timeout, tmp = job
    t0 = time.monotonic()
    work = tempfile.mkdtemp(prefix="w-", dir=tmp)
    res = {"file": name, "year": year, "want": want, "outcome": "", "belanja": None,
           "check_lines": None, "error": "", "detail": ""}
    try:
        b, o, status, out, why, msg = build_alone(apbd, path,
                                                  os.path.join(str(year), "%d-apbd.xlsx" % year),
                                                  work, timeout, res)
        if why:
            res["outcome"] = "crashed"
            res["detail"] = why
        elif status == 1:
            res["outcome"] = "refused"
        else:
            js = os.path.join(o, str(year), "00", "apbd-%d-00.json" % year)
            if os.path.exists(js):
                res["belanja"] = Decimal(read_ringkasan(js)["belanja"]["anggaran"])
                res["outcome"] = "built"
            else:
                res["outcome"] = "built-other-totals"
                res["detail"] = "no %s in the output" % os.path.relpath(js, o)
        shutil.rmtree(o, ignore_errors=True)
        status, out = run_apbd(apbd, ["check", "--lang", "en", b], timeout)
        res["check_lines"] = len(out.splitlines())
        why = crashed(status, out)
        if why:
            res["outcome"] = "crashed"
            res["detail"] = "apbd check: " + why
    finally:
        shutil.rmtree(work, ignore_errors=True)
    res["seconds"] = time.monotonic() - t0
    return res


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--apbd", default=os.environ.get("APBD") or os.path.join(TOP, "apbd"))
    ap.add_argument("--data", default=os.environ.get("APBD_REALDATA")
                    or os.path.join(TOP, "..", "shared", "realdata"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default=None, help="a glob of file names")
    ap.add_argument("--tsv", default=None)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--report-only", action="store_true")
    ap.add_argument("--verbose", action="store_true", help="a line for every file")
    opt = ap.parse_args(argv)

    data = os.path.abspath(opt.data)
    corpus = os.path.join(data, "dulkemot")
    if not os.path.isdir(corpus):
        print("skip the real exports are not here (%s)" % corpus)
        return 0
    apbd = os.path.abspath(opt.apbd)
    if not os.access(apbd, os.X_OK):
        print("not ok apbd is not an executable at %s" % apbd)
        return 0 if opt.report_only else 1
    t_start = time.monotonic()
    selfcheck = read_tsv2(os.path.join(data, "dulkemot-selfcheck.tsv"))
    wrong = read_tsv2(os.path.join(HERE, "selfcheck-wrong.tsv"))
    years = manifest_years(data)
    names = sorted(n for n in os.listdir(corpus) if n.endswith(".csv"))
    if opt.only:
        names = [n for n in names if fnmatch.fnmatch(n, opt.only)]
    workbooks = [w for w in WORKBOOKS if not opt.only or fnmatch.fnmatch(w[0], opt.only)]

    tmp = tempfile.mkdtemp(prefix="apbd-corpus-")
    try:
        apbd = snapshot(apbd, tmp)
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        print("not ok apbd could not be copied to run: %s" % e)
        return 0 if opt.report_only else 1
    tsv = opt.tsv or os.path.join(tempfile.gettempdir(), "apbd-corpus.tsv")
    results, wresults, missing_wb = [], [], []
    try:
        jobs = [(os.path.join(corpus, n), n, years.get(n), apbd, opt.timeout, tmp) for n in names]
        try:
            pool = concurrent.futures.ProcessPoolExecutor(max_workers=max(1, opt.jobs))
        except (OSError, NotImplementedError, ImportError):
            # no process pool here (no /dev/shm): threads, each waiting on apbd
            pool = concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opt.jobs))
        with pool as ex:
            futs = [ex.submit(build_one, j) for j in jobs]
            wpaths = [(os.path.join(data, "sipd-ri", w[0]), w[0], w[1], w[2], apbd,
                       opt.timeout, tmp) for w in workbooks]
            wfuts = [ex.submit(build_workbook, j) for j in wpaths if os.path.exists(j[0])]
            missing_wb = [j[1] for j in wpaths if not os.path.exists(j[0])]
            for f in futs:
                results.append(f.result())
            for f in wfuts:
                wresults.append(f.result())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    elapsed = time.monotonic() - t_start

    # ------------------------------------------------------------ judging
    def reading(r):
        return selfcheck.get(r["file"], ("", ""))[0]

    def judged_by_selfcheck(r):
        return r["file"] not in wrong

    count = collections.Counter(r["outcome"] for r in results)
    kinds = collections.Counter(r["kind"] for r in results if r["outcome"] == "refused")
    crashes = [r for r in results if r["outcome"] == "crashed"]
    others = [r for r in results if r["outcome"] == "built-other-totals"]
    claims = [(r, c) for r in results for c in r["claims"]]
    built = lambda r: r["outcome"].startswith("built")  # noqa: E731
    dnau_built = [r for r in results if built(r) and judged_by_selfcheck(r)
                  and reading(r) == "does-not-add-up"]
    desa_built = [r for r in results if built(r) and (reading(r) == "apbdesa" or r["apbdesa"])]
    adds = [r for r in results if judged_by_selfcheck(r) and reading(r) == "adds-up"]
    adds_own = [r for r in adds if r["outcome"] == "built-own-totals"]

    if opt.verbose:
        for r in results:
            print("%s\t%s\t%s\t%s" % (r["file"], reading(r) or "-", r["outcome"],
                                      r["error"][:100] or r["top"][:100]))
    print("== built with totals other than the file's own (%d)" % len(others))
    for r in others:
        for d in r["diffs"]:
            print("  %s: %s" % (r["file"], d))
    print("== crashed (%d)" % len(crashes))
    for r in crashes:
        print("  %s: %s" % (r["file"], r["detail"]))
    print("== refusals of a disagreement naming a line that does not hold the written amount "
          "(%d of %d such errors)" % (len(claims), sum(r["checked"] for r in results)))
    for r, c in claims:
        print("  %s: %s" % (r["file"], c))
    print("== disagreements with selfcheck")
    for r in results:
        rd = reading(r)
        note = " (selfcheck-wrong.tsv: %s)" % wrong[r["file"]][0] if r["file"] in wrong else ""
        if rd == "adds-up" and r["outcome"] in ("refused", "built-other-totals", "crashed"):
            print("  %s: adds-up, %s: %s%s" % (r["file"], r["outcome"],
                                               (r["error"] or "; ".join(r["diffs"]))[:160], note))
        elif rd == "does-not-add-up" and built(r):
            print("  %s: does-not-add-up, %s%s" % (r["file"], r["outcome"], note))
        elif rd in ("apbdesa",) and built(r):
            print("  %s: apbdesa, %s%s" % (r["file"], r["outcome"], note))
    print("== outcomes of %d files (%.0f s, %d at a time)" % (len(results), elapsed, opt.jobs))
    for o in OUTCOMES:
        print("  %-20s %d" % (o, count.get(o, 0)))
    print("== refusal kinds")
    for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %4d  %s" % (n, k))
    by_reading = collections.Counter((reading(r) or "-", r["outcome"]) for r in results)
    print("== selfcheck reading x outcome")
    for (rd, o), n in sorted(by_reading.items()):
        print("  %-16s %-20s %d" % (rd, o, n))
    with_top = sum(1 for r in results if r["has_top"])
    print("== toprows.py found top rows in %d of %d files" % (with_top, len(results)))
    pct = (Decimal(100) * len(adds_own) / len(adds)) if adds else None
    print("== of the %d files selfcheck says add up, %d built with their own totals (%s)"
          % (len(adds), len(adds_own), "%.1f%%" % pct if pct is not None else "-"))
    for w in wresults:
        print("== %s: %s, belanja %s (want %s), apbd check %s lines%s" % (
            w["file"], w["outcome"], rupiah(w["belanja"]), rupiah(w["want"]),
            w["check_lines"], (": " + w["error"][:120]) if w["error"] else ""))

    with open(tsv, "w", encoding="utf-8") as f:
        f.write("file\tselfcheck\toutcome\tfirst_error\tdetails\n")
        clean = lambda s: re.sub(r"[\t\r\n]+", " ", s)  # noqa: E731
        for r in results:
            det = ["type=%s year=%s period=%s" % (r["type"], r["year"], r["period"]),
                   "top: " + r["top"]]
            det += r["diffs"] + r["claims"]
            if r.get("published"):
                det.append("published: " + r["published"])
            if r["detail"]:
                det.append(r["detail"])
            if r["inexact"]:
                det.append("inexact (E-notation, compared to its printed digits): "
                           + " ".join(r["inexact"]))
            if r["notes"]:
                det.append("reader: " + "; ".join(r["notes"]))
            if r["file"] in wrong:
                det.append("selfcheck-wrong: " + wrong[r["file"]][0])
            f.write("\t".join(clean(x) for x in (r["file"], reading(r) or "-", r["outcome"],
                                                  r["error"], " | ".join(det))) + "\n")
        for w in wresults:
            f.write("\t".join(clean(x) for x in (
                w["file"], "-", w["outcome"], w["error"],
                "belanja %s want %s; apbd check %s lines" % (rupiah(w["belanja"]),
                                                             rupiah(w["want"]),
                                                             w["check_lines"]))) + "\n")
    print("== per-file TSV: %s" % tsv)

    # ------------------------------------------------------------ criteria
    crit = []

    def criterion(good, text, skip=False):
        crit.append(("skip" if skip else "ok" if good else "not ok", text))

    criterion(not crashes, "no real file crashes apbd" +
              (" (%d do)" % len(crashes) if crashes else ""))
    criterion(not others, "no real file builds with totals other than its own" +
              (" (%d do)" % len(others) if others else ""))
    criterion(not claims, "every refusal of a disagreement names a row that holds the written "
              "amount" + (" (%d do not)" % len(claims) if claims else ""))
    criterion(not dnau_built, "every file that does not add up is refused" +
              (" (%d build: %s)" % (len(dnau_built), " ".join(r["file"] for r in dnau_built))
               if dnau_built else ""))
    criterion(not desa_built, "no APBDesa file builds" +
              (" (%s)" % " ".join(r["file"] for r in desa_built) if desa_built else ""))
    if adds:
        criterion(Decimal(len(adds_own)) >= SHARE * len(adds),
                  ">= 95%% of the self-consistent real files build with their own totals "
                  "(%d of %d, %.1f%%)" % (len(adds_own), len(adds), pct))
    else:
        criterion(True, ">= 95% of the self-consistent real files build with their own totals "
                  "(none in this run)", skip=True)
    for name, year, want in WORKBOOKS:
        w = next((x for x in wresults if x["file"] == name), None)
        label = "the SIPD-RI %d workbook builds with belanja %s" % (year, rupiah(want))
        if w is None:
            if name in missing_wb:
                criterion(True, label + " (%s is not there)" % name, skip=True)
            continue
        criterion(w["outcome"] == "built" and w["belanja"] == want, label +
                  ("" if w["outcome"] == "built" and w["belanja"] == want else
                   " (%s%s)" % (w["outcome"] or "?", ", belanja " + rupiah(w["belanja"])
                                if w["belanja"] is not None else
                                (": " + w["error"][:100] if w["error"] else ""))))
        criterion(w["check_lines"] is not None and w["check_lines"] <= CHECK_LINES,
                  "apbd check of the SIPD-RI %d workbook says at most %d lines (%s)"
                  % (year, CHECK_LINES, w["check_lines"]))
    print("== criteria")
    for status, text in crit:
        print("%s %s" % (status, text))
    print("# %s" % "  ".join("%s %d" % (o, count.get(o, 0)) for o in OUTCOMES))
    print("# %d files in %.0f s" % (len(results), elapsed))
    failed = any(s == "not ok" for s, _ in crit)
    return 0 if opt.report_only or not failed else 1


if __name__ == "__main__":
    sys.exit(main())
