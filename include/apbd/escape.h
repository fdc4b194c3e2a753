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

/* HTML text: & < > become entities (quotes too, so a value is safe in
 * text and in attributes alike). */
void apbd_escape_html(FILE *out, const char *s);

/* An attribute value, for use between double quotes. */
void apbd_escape_attr(FILE *out, const char *s);

/* A path segment or query value: everything but unreserved characters
 * (RFC 3986) percent-encoded, so a code or name can never become a scheme,
 * a query or another path. */
void apbd_escape_url(FILE *out, const char *s);

/* XML text and attributes (Atom feed, sitemap). */
void apbd_escape_xml(FILE *out, const char *s);

/* JSON (already serialised) for a <script> element: '<', '>' and '&' as
 * \u escapes, so no "</script>" or "<!--" can end or bend the element. */
void apbd_escape_json_script(FILE *out, const char *json);

#endif
