#!/bin/sh
# The binary runs, knows its commands, and maps usage errors to exit 2.
. "$(dirname "$0")/lib.sh"

"$APBD" --version | grep -q '^apbd [0-9]' && ok "version" || not_ok "version"
"$APBD" >/dev/null 2>&1; expect_exit 2 $? "no command is a usage error"
"$APBD" frobnicate >/dev/null 2>&1; expect_exit 2 $? "unknown command is a usage error"
"$APBD" check --bogus >/dev/null 2>&1; expect_exit 2 $? "unknown option is a usage error"
"$APBD" check --lang xx budgets >/dev/null 2>&1; expect_exit 2 $? "unknown language is a usage error"
"$APBD" check /nonexistent/budgets >/dev/null 2>&1; expect_exit 3 $? "missing path is an I/O error"
finish
