#ifndef APBD_ESCAPE_H
#define APBD_ESCAPE_H

/*
 * The one place text from a spreadsheet or pemda.ini is escaped for where it
 * goes. Each function names its context. (JSON strings are escaped by
 * json-c, XLSX strings by libxlsxwriter.)
 */

#include <stdio.h>

/*
 * A CSV text field: a value a spreadsheet would run as a formula (starting
 * with '=', '+', '-', '@', tab or CR) gets a leading apostrophe, which
 * spreadsheets show as text ("- Belanja ATK" becomes "'- Belanja ATK");
 * quoted (RFC 4180) when it holds a comma, quote or line break.
 */
void apbd_escape_csv(FILE *out, const char *s);

#endif
