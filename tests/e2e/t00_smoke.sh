#!/bin/sh
# The binary runs, knows its commands, and maps usage errors to exit 2.
. "$(dirname "$0")/lib.sh"

"$APBD" --version | grep -q '^apbd [0-9]' && ok "version" || not_ok "version"
"$APBD" >/dev/null 2>&1; expect_exit 2 $? "no command is a usage error"
"$APBD" frobnicate >/dev/null 2>&1; expect_exit 2 $? "unknown command is a usage error"
"$APBD" check --bogus >/dev/null 2>&1; expect_exit 2 $? "unknown option is a usage error"
"$APBD" check --lang xx budgets >/dev/null 2>&1; expect_exit 2 $? "unknown language is a usage error"
"$APBD" check /nonexistent/budgets >/dev/null 2>&1; expect_exit 3 $? "missing path is an I/O error"

# Indonesian by default; English under an English locale or with --lang en.
printf 'kode_rekening,uraian,anggaran,realisasi\n' > "$TMP/2024-01.csv"
LC_ALL= LC_MESSAGES= LANG=en_US.UTF-8 "$APBD" check "$TMP/2024-01.csv" 2>&1 \
    | grep -q "error: no budget lines below the header" && ok "English under LANG=en_US" \
    || not_ok "English under LANG=en_US"
LC_ALL= LC_MESSAGES= LANG=id_ID.UTF-8 "$APBD" check "$TMP/2024-01.csv" 2>&1 \
    | grep -q "error: tidak ada baris anggaran di bawah baris judul" && ok "Indonesian by default" \
    || not_ok "Indonesian by default"

# make install: the binary finds its data under PREFIX/share/apbd.
if [ "$APBD" = "$TOP/apbd" ]; then
    make -s -C "$TOP" install PREFIX="$TMP/prefix" >/dev/null 2>&1
    (unset APBD_DATA; "$TMP/prefix/bin/apbd" check --quiet "$TOP/tests/data/quirks/clean.csv" >/dev/null 2>&1)
    expect_exit 0 $? "installed apbd finds its chart of accounts"
    [ -f "$TMP/prefix/share/man/man1/apbd.1" ] && ok "man page installed" || not_ok "man page installed"
fi
finish
