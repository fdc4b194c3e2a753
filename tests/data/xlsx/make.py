#!/usr/bin/python3
"""Write the XLSX reader's fuzz seeds, tests/data/xlsx/*.xlsx: small
workbooks of the shapes src/xlsx.c reads, stored uncompressed so that the
fuzzer's mutations land in the XML itself (the unit tests write their own
workbooks; these are only seeds).

Run from the repository root: /usr/bin/python3 tests/data/xlsx/make.py
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def rels(items):
    body = "".join('<Relationship Id="%s" Type="%s/%s" Target="%s"/>' % i for i in items)
    return DECL + '<Relationships xmlns="%s">%s</Relationships>' % (PKG, body)


def workbook(names):
    sheets = "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (n, i + 1, i + 1)
                     for i, n in enumerate(names))
    return DECL + '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>' % (MAIN, REL, sheets)


def sheet(rows):
    return DECL + '<worksheet xmlns="%s"><dimension ref="A1"/><sheetData>%s</sheetData></worksheet>' % (MAIN, rows)


def write(name, parts):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_STORED) as z:
        for part, text in parts:
            z.writestr(part, text)


ROOT = rels([("rId1", REL, "officeDocument", "xl/workbook.xml")])

# The SIPD export's shape: shared strings, numbers, a header naming PAGU.
sst = ["NO", "KODE SKPD", "NAMA REKENING", "PAGU", "1.01.2.22.0.00.01.0000", "Belanja Modal"]
write("sipd.xlsx", [
    ("_rels/.rels", ROOT),
    ("xl/workbook.xml", workbook(["Sheet 1"])),
    ("xl/_rels/workbook.xml.rels", rels([("rId1", REL, "worksheet", "worksheets/sheet1.xml"),
                                         ("rId2", REL, "sharedStrings", "sharedStrings.xml")])),
    ("xl/worksheets/sheet1.xml", sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>'
        '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c>'
        '<c r="D2" s="4"><v>11847012.01</v></c></row>'
        '<row r="3"><c r="A3"><v>2</v></c><c r="D3" s="4"/></row>')),
    ("xl/sharedStrings.xml", DECL + '<sst xmlns="%s" count="7" uniqueCount="6">%s</sst>'
     % (MAIN, "".join("<si><t>%s</t></si>" % s for s in sst))),
])

# Every cell type and the shapes other writers use: inline and rich text,
# escapes, formulas, no r attributes, a namespace prefix.
write("shapes.xlsx", [
    ("_rels/.rels", ROOT),
    ("xl/workbook.xml", workbook(["Bentuk"])),
    ("xl/_rels/workbook.xml.rels", rels([("rId1", REL, "worksheet", "/xl/worksheets/s.xml"),
                                         ("rId2", REL, "sharedStrings", "../xl/strings.xml")])),
    ("xl/worksheets/s.xml", DECL + '<x:worksheet xmlns:x="%s"><x:sheetData>'
     '<x:row><x:c t="inlineStr"><x:is><x:r><x:t>a</x:t></x:r><x:r><x:t>b_x000D_</x:t></x:r></x:is></x:c>'
     '<x:c t="s"><x:v>0</x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v>ab</x:v></x:c>'
     '<x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c><x:v>1.5E-3</x:v></x:c></x:row>'
     '<x:row r="5"><x:c r="XFD5"><x:v>12.300000000000001</x:v></x:c></x:row>'
     '</x:sheetData></x:worksheet>' % MAIN),
    ("xl/strings.xml", DECL + '<sst xmlns="%s"><si><r><t>kaya</t></r><r><t> teks</t></r>'
     '<rPh sb="0" eb="1"><t>x</t></rPh></si></sst>' % MAIN),
])

# Two sheets, no shared strings.
write("two-sheets.xlsx", [
    ("xl/workbook.xml", workbook(["Pendapatan", "Belanja"])),
    ("xl/_rels/workbook.xml.rels", rels([("rId1", REL, "worksheet", "worksheets/sheet1.xml"),
                                         ("rId2", REL, "worksheet", "worksheets/sheet2.xml")])),
    ("xl/worksheets/sheet1.xml", sheet('<row r="1"><c r="A1"><v>1</v></c></row>')),
    ("xl/worksheets/sheet2.xml", sheet('<row r="1048576"><c r="B1048576" t="inlineStr"><is><t>z</t></is></c></row>')),
])
