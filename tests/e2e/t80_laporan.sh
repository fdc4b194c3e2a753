#!/bin/sh
# Report-shaped exports as finance offices have them: the two real files in
# ../shared/realdata/ (read in place, never copied; skipped when absent)
# go through apbd check without a crash, their coding slips read and
# reported with file and line, every inner row that does not add up
# reported, and what the kept lines total. Neither adds up to its own top
# rows: each is refused, naming the top row and where the figures part,
# and passes once the finance office accepts those differences in writing.
. "$(dirname "$0")/lib.sh"

REAL=${APBD_REALDATA:-$TOP/../shared/realdata}
gk=$REAL/gunungkidul-2014-realisasi-1.01.01.csv
yk=$REAL/kotayogyakarta-2014-penjabaran-1.02.01.csv
if [ ! -r "$gk" ] || [ ! -r "$yk" ]; then
    skip "the real report-shaped exports are not here ($REAL)"
    finish
fi

"$APBD" check --lang en "$gk" >"$TMP/gk" 2>&1
expect_exit 1 $? "Gunungkidul 2014 (Realisasi APBD, one SKPD) is refused: its lines do not add up to its own total"
grep -q "gunungkidul-2014-realisasi-1.01.01.csv:8:38: error: the report's own total, row 1.01 . 1.01.01 . 00 . 00 . 5 'BELANJA DAERAH', has anggaran Rp759,243,300,538.61, but its lines add up to Rp759,218,096,038.61 (difference Rp25,204,500); nothing is published" "$TMP/gk" \
    && grep -q "csv:510:17: error: the report's own total, row - 'JUMLAH BELANJA', has anggaran Rp759,243,300,538.61" "$TMP/gk" \
    && grep -q "csv:419:69: warning: this is where the report parts from its own total (line 8): the anggaran of row 1.01 . 1.01.01 . 18 . 12 'PUBLIKASI DAN SOSIALISASI PENDIDIKAN NON FORMAL' is Rp7,690,000, but the rows under it add up to Rp7,960,000" "$TMP/gk" \
    && ok "the refusal names the top rows, both figures, and the row where they part" \
    || not_ok "the refusal names the top rows, both figures, and the row where they part"
grep -q "note: report: Realisasi APBD (budget and realization); Kabupaten Gunungkidul, year 2014; SKPD 1.01.01 Dinas Pendidikan, Pemuda dan Olahraga" "$TMP/gk" \
    && ok "its heading block is read: type, region, year, SKPD" || not_ok "its heading block is read"
grep -q "gunungkidul-2014-realisasi-1.01.01.csv:11:44: warning: row 1.01 . 1.01.01 . 00 . 00 . 5.1.2 'BELANJA LANGSUNG' repeats the total of the 17 programs" "$TMP/gk" \
    && ok "BELANJA LANGSUNG filed under 5.1.2 is reported and not counted twice" \
    || not_ok "BELANJA LANGSUNG filed under 5.1.2 is reported and not counted twice"
grep -q "csv:59:1: warning: the code '1.01.1.01.01.02.10.5.2..3.' is mistyped; read as 1.01 . 1.01.01 . 02 . 10 . 5.2.3" "$TMP/gk" \
    && grep -q "csv:81:1: warning: the code '1.01.1.01.05.02.5.2.1.' is mistyped; read as 1.01 . 1.01.01 . 05 . 02 . 5.2.1" "$TMP/gk" \
    && grep -q "csv:97:1: warning: the code '1.01.1.01.01.06.04.5.2.1.' names another kegiatan than the one it is printed under (line 96)" "$TMP/gk" \
    && ok "slips in codes are read as meant and said with file and line" \
    || not_ok "slips in codes are read as meant and said with file and line"
grep -q "csv:11:1: warning: account 5.1.2 is Belanja Bunga in Permendagri 13/2006, but this row calls it 'BELANJA LANGSUNG'" "$TMP/gk" \
    && grep -q "csv:16:1: warning: account '5.5.2': kelompok '5.5' is not in the Permendagri 13/2006 chart of accounts" "$TMP/gk" \
    && ok "account codes are checked against the Permendagri 13/2006 chart, names give or take a typo" \
    || not_ok "account codes are checked against the Permendagri 13/2006 chart"
grep -q "BELANJA PEGWAI" "$TMP/gk" && not_ok "a typo in a name is not a coding mistake" || ok "a typo in a name is not a coding mistake"
grep -q "csv:26:63: warning: the anggaran of row 1.01 . 1.01.01 . 01 . 09 'PENYEDIAAN JASA PERBAIKAN PERALATAN KERJA' is Rp533,822,500, but the rows under it add up to Rp533,822,000" "$TMP/gk" \
    && ok "an inner row that does not add up is reported with file, line and column" \
    || not_ok "an inner row that does not add up is reported with file, line and column"
grep -q "note: 485 report rows, 302 lines kept; belanja: Rp759,218,096,038.61 / Rp643,354,426,664" "$TMP/gk" \
    && ok "and says what the kept lines total" || { not_ok "and says what the kept lines total"; grep "lines kept" "$TMP/gk"; }

"$APBD" check --lang en "$yk" >"$TMP/yk" 2>&1
expect_exit 1 $? "Kota Yogyakarta 2014 (Penjabaran APBD, ISO-8859-1, ';') is refused: its lines do not add up to its own total"
grep -q "csv:8:27: error: the report's own total, row 1.02.01 'Dinas Kesehatan', has anggaran Rp96,472,499,870, but its lines add up to Rp96,471,712,563.50 (difference Rp787,306.50)" "$TMP/yk" \
    && grep -q "csv:583:58: warning: this is where the report parts from its own total (line 8)" "$TMP/yk" \
    && ok "the refusal names the organisation's row, both figures, and where they part" \
    || not_ok "the refusal names the organisation's row, both figures, and where they part"
grep -q "note: report: Penjabaran APBD (budget); Kota Yogyakarta, year 2014; SKPD 1.02.01 Dinas Kesehatan" "$TMP/yk" \
    && ok "its heading block is read" || not_ok "its heading block is read (Yogyakarta)"
grep -q "csv:1202:1: warning: the code '1.02.1.02 01.031.02.5.2.1.01.01' is mistyped; read as 1.02 . 1.02.01 . 031 . 02 . 5.2.1.01.01" "$TMP/yk" \
    && ok "a space for a dot is read as a dot, and said" || not_ok "a space for a dot is read as a dot, and said"
grep -q "csv:583:58: warning: the anggaran of row 1.02 . 1.02.01 . 024 . 15 . 5.2.2.01 'Belanja Bahan Pakai Habis' is Rp35,907,700, but the rows under it add up to Rp35,345,762.50" "$TMP/yk" \
    && ok "a detail written 562.5 for 562.500 shows as a sum that does not add up" \
    || not_ok "a detail written 562.5 for 562.500 shows as a sum that does not add up"
grep -q "BELANJA TIDAK LANGSUNG' is\|PENDAPATAN DAERAH' is" "$TMP/yk" \
    && not_ok "sections that add up are not reported" || ok "sections that add up are not reported"

# The finance office checked both and accepts the differences, per file,
# row and amount, naming both figures: then they check with warnings only.
B=$TMP/b
mkdir -p "$B/2014/2014-12" "$B/2014/2014-apbd"
cp "$TOP/budgets/pemda.ini" "$B/"
cp "$gk" "$B/2014/2014-12/1.01.01.csv"
cp "$yk" "$B/2014/2014-apbd/1.02.01.csv"
cp "$DATA/selisih/real.csv" "$B/2014/selisih-diterima.csv"
"$APBD" check --lang en "$B" >"$TMP/acc" 2>&1
expect_exit 0 $? "with the differences accepted, both check with warnings only"
grep -q "csv:8:38: warning: the report's own total, row 1.01 . 1.01.01 . 00 . 00 . 5 'BELANJA DAERAH', has anggaran Rp759,243,300,538.61, but its lines add up to Rp759,218,096,038.61; the difference is accepted in selisih-diterima.csv:2: Diperiksa BPKAD" "$TMP/acc" \
    && ok "an accepted difference is said, with where it was accepted and why" \
    || not_ok "an accepted difference is said, with where it was accepted and why"
grep -q "error:" "$TMP/acc" && not_ok "no errors once accepted" || ok "no errors once accepted"
# A changed export is checked again: an acceptance that matches nothing is an error.
sed -i 's/^1.02.01.csv,8,96472499870/1.02.01.csv,8,96472499871/' "$B/2014/selisih-diterima.csv"
"$APBD" check --lang en "$B" >"$TMP/acc2" 2>&1
expect_exit 1 $? "an acceptance that no longer matches its export is refused"
grep -q "selisih-diterima.csv:6:1: error: the difference accepted for 1.02.01.csv line 8 (Rp96,472,499,871 written, Rp96,471,712,563.50 summed) is no longer in its export" "$TMP/acc2" \
    && ok "and the message names the acceptance's line and both figures" \
    || { not_ok "and the message names the acceptance's line and both figures"; grep error "$TMP/acc2" | head -3; }
finish
