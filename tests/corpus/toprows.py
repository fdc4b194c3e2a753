#!/usr/bin/python3
"""The top rows of a real per-SKPD APBD report, read independently of apbd.

A small reader of the printed reports (SIMDA printouts saved as CSV) in
../shared/realdata/dulkemot/: it does not use apbd's parser, and it reads
only what the corpus test compares with apbd's published totals, namely the
report's own rows for akun 4 (PENDAPATAN), 5 (BELANJA; or 5.1 and 5.2 where
there is no akun 5 row), 6.1 (PENERIMAAN PEMBIAYAAN) and 6.2 (PENGELUARAN
PEMBIAYAAN), and the JUMLAH rows that repeat them. Where it cannot tell, it
says so (no top rows, or the figure is None) rather than guess.

    read(path) -> Report
    python3 toprows.py FILE...     prints what it read (for development)

Python 3 standard library only.
"""
import csv
import io
import re
import sys
from decimal import Decimal

FIGURES = ("pendapatan", "belanja", "penerimaan_pembiayaan", "pengeluaran_pembiayaan")

# The top accounts: code -> (figure, words its name must hold, words it must not)
TOP_ACCOUNTS = {
    ("4",): ("pendapatan", ("PENDAPATAN",), ()),
    ("5",): ("belanja", ("BELANJA",), ("TIDAK", "LANGSUNG")),
    ("5", "1"): ("belanja.1", ("BELANJA", "TIDAK LANGSUNG"), ()),
    ("5", "2"): ("belanja.2", ("BELANJA", "LANGSUNG"), ("TIDAK",)),
    ("6", "1"): ("penerimaan_pembiayaan", ("PENERIMAAN",), ()),
    ("6", "2"): ("pengeluaran_pembiayaan", ("PENGELUARAN",), ()),
}
# Uncoded rows that repeat a top row: "JUMLAH PENDAPATAN" and the like.
JUMLAH_ROWS = [
    (re.compile(r"^JUMLAH\s+PENDAPATAN(\s+DAERAH)?$"), "pendapatan"),
    (re.compile(r"^JUMLAH\s+BELANJA(\s+DAERAH)?$"), "belanja"),
    (re.compile(r"^JUMLAH\s+PENERIMAAN(\s+PEMBIAYAAN)?$"), "penerimaan_pembiayaan"),
    (re.compile(r"^JUMLAH\s+PENGELUARAN(\s+PEMBIAYAAN)?$"), "pengeluaran_pembiayaan"),
]


class Amount:
    """A printed amount: its value, and whether the print kept it exactly."""

    __slots__ = ("value", "exact", "text")

    def __init__(self, value, exact, text):
        self.value, self.exact, self.text = value, exact, text

    def __repr__(self):
        return "%s%s" % (self.value, "" if self.exact else "~")

    def matches(self, other):
        """other (a Decimal) equals this amount to the sen; for an inexact
        (E-notation) amount, within what its printed digits say."""
        if self.exact:
            return other == self.value
        return abs(other - self.value) <= self.tolerance()

    def tolerance(self):
        # 2,61024E+11: the last printed digit is worth 10^(11-5); half of it.
        m = re.match(r"^\(?-?\s*(\d+)(?:[.,](\d*))?[eE]([+-]?\d+)", self.text.strip())
        if not m:
            return Decimal(0)
        return Decimal(5) * Decimal(10) ** (int(m.group(3)) - len(m.group(2) or "") - 1)


# ---------------------------------------------------------------- numbers

_EN = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")      # 1,234,567.89
_ID = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$")      # 1.234.567,89
_DOT = re.compile(r"^\d+\.\d+$")                     # 562.5 / 116600000.00
_COMMA = re.compile(r"^\d+,\d+$")                    # 75000000,00
_PLAIN = re.compile(r"^\d+$")
_DOTDOT = re.compile(r"^\d{1,3}(\.\d{3})+\.\d{2}$")  # 7.381.011.000.00 (dots both ways)
_CARET = re.compile(r"^\d{1,3}(\.\d{3})*\^\d{1,2}$")  # 817.984.536.030^78 (^ for the comma)
_ENOTE = re.compile(r"^\d+(?:[.,]\d*)?[eE][+-]?\d+$")


def number_style(texts):
    """'en' or 'id' from the amounts of a file that can be read only one
    way (several separators of a kind, or both kinds); None when none can."""
    en = idn = 0
    for t in texts:
        t = t.strip().strip("()-").strip()
        if _EN.match(t) and (t.count(",") > 1 or "." in t):
            en += 1
        elif _ID.match(t) and (t.count(".") > 1 or "," in t):
            idn += 1
        elif _DOT.match(t) and not re.match(r"^\d{1,3}\.\d{3}$", t):
            en += 1
        elif _COMMA.match(t) and not re.match(r"^\d{1,3},\d{3}$", t):
            idn += 1
    if en > idn:
        return "en"
    if idn > en:
        return "id"
    return None


def parse_amount(text, style=None):
    """An Amount from a printed cell, or None when the cell is not one.

    6333923970, 1,234,567.89, 1.234.567,89, 562.5, 75000000,00, (1.234)
    negative, -1234, '-' zero, 2,61024E+11 (inexact)."""
    t = text.strip().replace("\u00a0", "").replace(" ", "")
    if t.lower().startswith("rp"):
        t = t[2:].lstrip(".")
    if t in ("-", "--"):
        return Amount(Decimal(0), True, text)
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1].strip()
    if t.startswith("-"):
        neg, t = not neg, t[1:]
    if not t:
        return None
    exact = True
    if _ENOTE.match(t):
        mant, exp = re.split(r"[eE]", t)
        d = Decimal(mant.replace(",", ".")).scaleb(int(exp))
        exact = False
    elif _PLAIN.match(t):
        d = Decimal(t)
    elif re.match(r"^\d{1,3}[.,]\d{3}$", t):
        # one separator and three digits after it: 1.234 or 1,234 reads as
        # a thousands group or a decimal point; the file's style decides.
        sep = t[-4]
        if style is None:
            return None
        if (style == "id") == (sep == "."):
            d = Decimal(t.replace(sep, ""))
        else:
            d = Decimal(t.replace(",", "."))
    elif _EN.match(t):
        d = Decimal(t.replace(",", ""))
    elif _ID.match(t):
        d = Decimal(t.replace(".", "").replace(",", "."))
    elif _DOT.match(t):
        d = Decimal(t)
    elif _DOTDOT.match(t):
        d = Decimal(t[:-3].replace(".", "") + t[-3:])
    elif _CARET.match(t):
        d = Decimal(t.replace(".", "").replace("^", "."))
    elif _COMMA.match(t):
        d = Decimal(t.replace(",", "."))
    else:
        return None
    return Amount(-d if neg else d, exact, text)


def amounts_in(text, style=None):
    """Every amount written in a cell or a line (for a message's claim)."""
    out = []
    for m in re.finditer(r"\(?-?\d[\d.,]*(?:[eE][+-]?\d+)?\)?", text):
        a = parse_amount(m.group(0).rstrip(".,"), style)
        if a is not None:
            out.append(a)
    return out


# ---------------------------------------------------------------- records

def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def physical_lines(path):
    """The file's lines (split at LF only, as an editor numbers them)."""
    with open(path, "rb") as f:
        text = decode(f.read())
    return text.split("\n")


def delimiter(lines):
    for line in lines[:20]:
        m = re.match(r'^\s*"?[A-Za-z][A-Za-z .]*"?\s*([;,])', line)
        if m:
            return m.group(1)
    head = "\n".join(lines[:20])
    return ";" if head.count(";") > head.count(",") else ","


# A physical line that starts a coded row: 1.02.1.02.01.00.00.5.2.,
# "1.15 . 1.15.01 . 00 . 00 . 5", 117  11701  0000  4, or a lone account
# digit before the name (4,PENDAPATAN).
_ROW_START = re.compile(r'^"?(\d+(\s*\.\s*\d+)+\s*\.?\s*"?\s*[,;]'
                        r'|\d{3}\s{2,}\d{5}(\s{2,}\d+)*\s*"?[,;]'
                        r'|[4-9]"?[,;]"?\s*[A-Za-z])')


def _split(text, delim):
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=False))
    except csv.Error:
        return [text.split(delim)]


def records(lines, delim):
    """(first physical line, cells) of each CSV record.

    A quoted cell may span lines (a long Keterangan); but a quote left open
    by a slip in the export does not swallow the rows after it: a line
    that starts a coded row starts a new record. A record quoted whole as
    one cell ("1.01.1.01.01.00.00.5. ,BELANJA DAERAH ,...", some exports
    print every row so, sometimes with ;;;; after it) is read as the row
    it holds."""
    buf, start, quotes = [], 1, 0
    out = []

    def flush(force):
        if not force:
            rows = _split("\n".join(buf), delim)
            if rows:
                out.append((start, unwrap(rows[0])))
            return
        # a quote left open: each line alone, its quotes as text
        for k, line in enumerate(buf):
            cells = next(csv.reader([line], delimiter=delim, quoting=csv.QUOTE_NONE), [])
            cells = [c.replace('""', '"').strip().strip('"') for c in cells]
            if any(cells):
                out.append((start + k, cells))

    def unwrap(cells):
        first = cells[0] if cells else ""
        rest = [c for c in cells[1:] if c.strip(" ;,\t")]
        if first.strip() and delim in first and not rest:
            inner = _split(first, delim)
            if inner and len(inner[0]) > 1:
                return inner[0]
        return cells

    for i, line in enumerate(lines, 1):
        if buf and quotes % 2 and _ROW_START.match(line):
            flush(True)
            buf, quotes = [], 0
        if not buf:
            start = i
        buf.append(line)
        quotes += line.count('"')
        if quotes % 2 == 0:
            flush(False)
            buf, quotes = [], 0
    if buf and any(l.strip() for l in buf):
        flush(True)
    return out


# ---------------------------------------------------------------- codes

class Code:
    """A row's joined code split into its parts (Permendagri 13/2006)."""

    __slots__ = ("org", "prog", "keg", "acct")

    def __init__(self, org, prog, keg, acct):
        self.org, self.prog, self.keg, self.acct = org, prog, keg, acct

    def __repr__(self):
        return "Code(%s|%s|%s|%s)" % (".".join(self.org or ()), self.prog, self.keg,
                                      ".".join(self.acct))


def split_code(text):
    """The parts of a joined code, or None when the cell is not a code.

    1.02.1.02.01.00.00.5.2.         dotted, trailing dot
    1.15 . 1.15.01 . 00 . 00 . 5 . 1 . 1 . 01    spaced dots
    1.22 . 1.22.01 . 00.00 . 5.1.1  spaced dots, 2014
    117  11701  0000  4120201       SIMDA compact: urusan+bidang, unit,
                                    program+kegiatan, account digits
    4 . 1 . 1 / 4.1.1. / 4,1,1,     account only (a whole pemda's summary)
    """
    s = text.strip().strip('"').strip()
    if not s or not s[0].isdigit():
        return None
    if re.fullmatch(r"\d+(\s{2,}\d+)+", s) and "." not in s:
        tok = s.split()
        if len(tok[0]) != 3 or len(tok[1]) != 5:
            return None
        org = (tok[0][0], tok[0][1:], tok[1][0], tok[1][1:3], tok[1][3:])
        prog = keg = None
        acct = ()
        if len(tok) >= 3:
            pk = tok[2]
            if len(pk) == 2:
                prog = pk
            elif len(pk) == 4:
                prog, keg = pk[:2], pk[2:]
            else:
                return None
        if len(tok) >= 4:
            a = tok[3]
            acct = tuple(a[:3]) + tuple(a[i:i + 2] for i in range(3, len(a), 2))
        if len(tok) > 4:
            return None
        return Code(org, prog, keg, acct)
    s = re.sub(r"\s+", "", s)
    if not re.fullmatch(r"[\d.,]+", s):
        return None
    parts = [p for p in re.split(r"[.,]", s)]
    while parts and parts[-1] == "":
        parts.pop()
    if not parts or any(not p for p in parts):
        return None
    if parts[0] in ("4", "5", "6", "7", "8", "9") and len(parts) <= 6:
        return Code(None, None, None, tuple(parts))
    if "," in s:
        return None
    if len(parts) < 5:
        return Code(tuple(parts), None, None, ())
    # After the organisation's five parts come the program and kegiatan
    # (two or three digits each, or absent); the account begins at the first
    # one-digit part (1.12.1.12.01.5.1: an account right under the unit).
    org = tuple(parts[:5])
    rest = parts[5:]
    pk = []
    while rest and len(rest[0]) > 1 and len(pk) < 2:
        pk.append(rest.pop(0))
    if rest and len(rest[0]) > 1:
        return None
    prog = pk[0] if pk else None
    keg = pk[1] if len(pk) > 1 else None
    return Code(org, prog, keg, tuple(rest))


def is_zero(part):
    return part is None or set(part) <= {"0"}


# ---------------------------------------------------------------- a report

class TopRow:
    __slots__ = ("figure", "line", "code", "name", "anggaran", "realisasi", "kind", "parts")

    def __init__(self, figure, line, code, name, anggaran, realisasi, kind):
        self.figure, self.line, self.code, self.name = figure, line, code, name
        self.anggaran, self.realisasi, self.kind = anggaran, realisasi, kind
        self.parts = None       # the 5.1 and 5.2 rows a belanja is the sum of

    def __repr__(self):
        return "%s@%d(%s %r %r)" % (self.figure, self.line, self.kind, self.anggaran,
                                    self.realisasi)


class Report:
    """What the reader found in one file.

    type      Realisasi / Perubahan / Penjabaran / other / None (no Judul)
    judul, tahun (int or None), columns {'anggaran': i, 'realisasi': i}
    expected  {figure: (anggaran Amount, realisasi Amount or None)} for the
              figures the file has a top row for
    lines     {figure: [line numbers the figure came from]}
    rows      every top row read (TopRow)
    notes     why a figure was left out
    apbdesa   the Judul or Daerah names a village budget
    """

    def __init__(self, path):
        self.path = path
        self.type = None
        self.judul = ""
        self.daerah = ""
        self.tahun = None
        self.columns = {}
        self.expected = {}
        self.lines = {}
        self.rows = []
        self.notes = []
        self.apbdesa = False
        self.style = None

    @property
    def has_top_rows(self):
        return bool(self.expected)

    def inexact(self):
        return sorted(f for f, (a, r) in self.expected.items()
                      if not a.exact or (r is not None and not r.exact))

    def summary(self):
        out = []
        for f in FIGURES:
            if f in self.expected:
                a, r = self.expected[f]
                out.append("%s=%r/%r@%s" % (f, a, r, ",".join(map(str, self.lines[f]))))
        return " ".join(out) or "no top rows"


def doc_type(judul):
    j = judul.lower()
    if "realisasi" in j:
        return "Realisasi"
    if "perubahan" in j:
        return "Perubahan"
    if "penjabaran" in j:
        return "Penjabaran"
    return "other"


def _norm(s):
    return re.sub(r"\s+", " ", s.strip().strip('"').strip()).upper()


def read(path):
    """Read one report: its labelled block (Judul, Tahun, ...), its amount
    columns, and its top rows. Line numbers are the file's physical lines,
    counted from 1. -> Report"""
    rep = Report(path)
    lines = physical_lines(path)
    if not any(l.strip() for l in lines):
        rep.notes.append("empty file")
        return rep
    delim = delimiter(lines)
    recs = list(records(lines, delim))

    # The labelled block, up to the header (No. Rekening / Kode Rekening,
    # Uraian, ...) or the first coded row.
    header_at = None
    kolom = None
    body = 0
    for i, (ln, cells) in enumerate(recs):
        c = [x.strip().strip('"').strip() for x in cells]
        if len(c) > 1 and c[1].lower() == "uraian" or \
                len(c) > 1 and re.match(r"(?i)^(no\.?\s*|kode\s*|nomer\s*)rekening$", c[0]):
            header_at = i
            body = i + 1
            break
        if c and split_code(c[0]) is not None:
            body = i
            break
        key = c[0].lower() if c else ""
        val = next((x for x in c[1:] if x), "")
        if key == "judul" and not rep.judul:
            rep.judul = val
        elif key == "daerah" and not rep.daerah:
            rep.daerah = val
        elif key == "tahun" and rep.tahun is None:
            m = re.search(r"\b(20\d\d)\b", " ".join(c[1:]))
            if m:
                rep.tahun = int(m.group(1))
        elif key == "kolom":
            m = re.match(r"^\d+$", val)
            kolom = int(val) if m else None
        body = i + 1
    rep.type = doc_type(rep.judul) if rep.judul else None
    if re.search(r"(?i)apbdes|\bdesa\b", rep.judul) or re.search(r"(?i)^desa\b", rep.daerah):
        rep.apbdesa = True

    # The amount columns.
    if header_at is not None:
        hdr = [_norm(x) for x in recs[header_at][1]]
        seb = [i for i, h in enumerate(hdr) if h.startswith("SEBELUM")]
        ses = [i for i, h in enumerate(hdr) if h.startswith("SESUDAH")]
        jml = [i for i, h in enumerate(hdr) if h in ("JUMLAH", "JUMAH", "ANGGARAN")]
        if seb and ses and not jml:
            if rep.type == "Realisasi":
                rep.columns = {"anggaran": seb[0], "realisasi": ses[0]}
            else:
                # the budget before and after its revision: the revised one
                # is the budget. A Judul that says Penjabaran over these
                # columns is a Perubahan's (its figures are the Perubahan's)
                rep.columns = {"anggaran": ses[0]}
                if rep.type != "Perubahan":
                    rep.notes.append("Judul %r over Sebelum/Sesudah columns: read as a "
                                     "revision (Sesudah)" % rep.judul)
        elif len(jml) == 1 and not seb and not ses and jml[0] == 2:
            if rep.type == "Realisasi":
                rep.notes.append("a Realisasi with one amount column")
            else:
                rep.columns = {"anggaran": jml[0]}
        else:
            rep.notes.append("amount columns not recognised in header %r" % hdr[:8])
    elif kolom == 4 and rep.type != "Realisasi":
        rep.columns = {"anggaran": 2}      # No. Rekening, Uraian, Jumlah, Keterangan
    elif kolom == 7:
        rep.columns = ({"anggaran": 2, "realisasi": 3} if rep.type == "Realisasi"
                       else {"anggaran": 3})
    else:
        rep.notes.append("no header and no Kolom line to tell the amount columns")
    if not rep.columns:
        return rep
    cols = [rep.columns["anggaran"]] + ([rep.columns["realisasi"]]
                                        if "realisasi" in rep.columns else [])

    data = recs[body:]
    rep.style = number_style(cells[i] for _, cells in data for i in cols if i < len(cells))

    def amounts(cells):
        out = []
        for i in cols:
            cell = cells[i] if i < len(cells) else ""
            out.append(parse_amount(cell, rep.style) if cell.strip() else None)
        return out

    cand = {}          # figure -> [TopRow]
    acct_seen = set()  # (kelompok) of every account row: 5.1..., 5.2...
    first_org = None
    first = True
    for ln, cells in data:
        if not cells or not any(c.strip() for c in cells):
            continue
        code = split_code(cells[0])
        if first and code is not None and code.org is not None and len(code.org) >= 3 \
                and code.prog is None and not code.acct:
            am = amounts(cells)
            first_org = TopRow("belanja", ln, cells[0].strip(), _norm(cells[1]) if len(cells) > 1
                               else "", am[0], am[1] if len(am) > 1 else None, "org")
        first = False
        name = _norm(cells[1]) if len(cells) > 1 else ""
        if code is None:
            # JUMLAH BELANJA and the like: the name may stand in the code
            # or the name column.
            label = name or _norm(cells[0])
            for rx, fig in JUMLAH_ROWS:
                if rx.match(label):
                    am = amounts(cells)
                    cand.setdefault(fig, []).append(
                        TopRow(fig, ln, cells[0].strip(), label, am[0],
                               am[1] if len(am) > 1 else None, "jumlah"))
            continue
        if len(code.acct) >= 2:
            acct_seen.add(code.acct[:2])
        top = TOP_ACCOUNTS.get(code.acct)
        if top is None:
            continue
        fig, must, mustnot = top
        if not all(w in name for w in must) or any(w in name for w in mustnot):
            rep.notes.append("line %d: %s named %r, not a top row" % (ln, ".".join(code.acct), name))
            continue
        # Akun 4 and 6 are above any program; SIMDA prints 5 and 5.2 with
        # the code of the first kegiatan under them.
        if code.acct[0] in ("4", "6") and not (is_zero(code.prog) and is_zero(code.keg)):
            rep.notes.append("line %d: %s under a program" % (ln, ".".join(code.acct)))
            continue
        am = amounts(cells)
        cand.setdefault(fig, []).append(
            TopRow(fig, ln, cells[0].strip(), name, am[0], am[1] if len(am) > 1 else None,
                   "akun"))

    # The SKPD's own row above the tree (1.22.01 Kantor ..., as the first
    # row) holds its belanja in files without pendapatan; where the file has
    # pendapatan too, what it adds up is not told, and it is left out.
    if first_org is not None and first_org.anggaran is not None:
        if any(k[0] == "4" for k in acct_seen) or "pendapatan" in cand:
            rep.notes.append("line %d: the SKPD row beside pendapatan, left out" % first_org.line)
        else:
            cand.setdefault("belanja", []).append(first_org)

    def same(a, b):
        """Two prints of one figure: equal, one without the sen of the other,
        or one with its decimal point lost (3403's JUMLAH rows print
        9559616212.59 as 955961621259)."""
        if a is None or b is None:
            return a is b
        if a.value == b.value:
            return True
        for x, y in ((a, b), (b, a)):
            ytext = y.text.strip()
            if not (y.exact and x.exact and re.fullmatch(r"\d+", ytext)):
                continue
            if abs(x.value - y.value) < 1:
                return True                    # printed without the sen
            # printed without the point: the rupiah, then the sen as a
            # number (9559616212.59 as 955961621259, 8075030260.03 as
            # 80750302603, 17601846678 as 176018466780)
            rp = int(x.value)
            sen = int((x.value - rp) * 100)
            if x.value >= 0 and ytext in ("%d%d" % (rp, sen), "%d%02d" % (rp, sen)):
                return True
        return False

    def one(fig):
        """The figure's top rows (the akun row first, then the JUMLAH or
        SKPD rows that repeat it); None when the file has none, False when
        it has some but they cannot be read or do not agree."""
        rows = cand.get(fig, [])
        if not rows:
            return None
        for kind in ("akun", "jumlah", "org"):
            k = [r for r in rows if r.kind == kind]
            if len(k) > 1:
                rep.notes.append("%s: %d %s rows (lines %s)" % (fig, len(k), kind,
                                 ",".join(str(r.line) for r in k)))
                return False
        rows = sorted(rows, key=lambda r: ("akun", "jumlah", "org").index(r.kind))
        # a row whose amount is blank (or a label: "JUMLAH PENDAPATAN" in
        # the amount column) says nothing; the others may
        written = []
        for r in rows:
            if r.anggaran is None or ("realisasi" in rep.columns and r.realisasi is None):
                rep.notes.append("%s: line %d has no readable amount" % (fig, r.line))
            else:
                written.append(r)
        if not written:
            return False
        rows = written
        for r in rows[1:]:
            if not (same(rows[0].anggaran, r.anggaran) and same(rows[0].realisasi, r.realisasi)):
                rep.notes.append("%s: line %d (%r) and line %d (%r) differ" % (
                    fig, rows[0].line, rows[0].anggaran, r.line, r.anggaran))
                return False
        rep.rows.extend(rows)
        return rows

    if not any(r.kind == "akun" for r in cand.get("belanja", [])):
        # no akun 5 row: 5.1 and 5.2 make it, when the file has a row for
        # every kelompok it has lines of
        r1, r2 = one("belanja.1"), one("belanja.2")
        parts = []
        ok = r1 is not False and r2 is not False
        for rr, kel in ((r1, ("5", "1")), (r2, ("5", "2"))):
            if rr:
                parts.append(rr[0])
            elif kel in acct_seen:
                ok = False
                if r1 or r2:
                    rep.notes.append("belanja: no row for %s, which has lines" % ".".join(kel))
        if parts and ok:
            def total(attr):
                vals = [getattr(r, attr) for r in parts]
                if any(v is None for v in vals):
                    return None
                return Amount(sum(v.value for v in vals), all(v.exact for v in vals),
                              "+".join(v.text for v in vals))
            sumrow = TopRow("belanja", parts[0].line, "+".join(r.code for r in parts),
                            "+".join(r.name for r in parts), total("anggaran"),
                            total("realisasi"), "akun")
            sumrow.parts = parts
            cand.setdefault("belanja", []).append(sumrow)

    for fig in ("pendapatan", "belanja", "penerimaan_pembiayaan", "pengeluaran_pembiayaan"):
        rows = one(fig)
        if rows:
            rep.expected[fig] = (rows[0].anggaran, rows[0].realisasi)
            lines = set()
            for r in rows:
                lines.update(p.line for p in (r.parts or [r]))
            rep.lines[fig] = sorted(lines)
    return rep


def main(argv):
    for path in argv[1:]:
        rep = read(path)
        print("%s\t%s\t%s\t%s\t%s" % (path.rsplit("/", 1)[-1], rep.type, rep.tahun,
                                      rep.summary(), "; ".join(rep.notes)[:300]))


if __name__ == "__main__":
    main(sys.argv)
