#ifndef APBD_DECODE_H
#define APBD_DECODE_H

/*
 * Reading an export's bytes as UTF-8 lines.
 *
 * apbd_decode_sniff() reads the whole file once, keeping nothing, to decide
 * its encoding: UTF-8 (with or without BOM) when it is valid UTF-8 or
 * mostly so, Windows-1252 when its non-ASCII bytes are not UTF-8 at all.
 * It also finds what makes a file unreadable as text (NUL bytes, UTF-16).
 *
 * The decoder then yields one physical line at a time, converted to UTF-8,
 * with its number. A line longer than APBD_LINE_MAX is cut there and the
 * rest skipped, so memory never grows with a bad file. Bytes that do not
 * decode become U+FFFD and the first one's column is reported.
 */

#include <iconv.h>
#include <stdint.h>
#include <stdio.h>

#define APBD_LINE_MAX (1u << 20)

enum apbd_encoding { APBD_ENC_UTF8, APBD_ENC_UTF8_BOM, APBD_ENC_CP1252 };

struct apbd_sniff {
    uint64_t size;
    enum apbd_encoding encoding;
    int utf16;                  /* a UTF-16 BOM or the NUL pattern of one */
    unsigned nul_line, nul_col; /* first NUL byte, 0 if none */
    int crlf;                   /* line ends are CRLF */
};

/* Returns 0, or -1 with errno on a read error. Leaves f at its start. */
int apbd_decode_sniff(FILE *f, struct apbd_sniff *s);

const char *apbd_encoding_name(enum apbd_encoding e);

struct apbd_decoder {
    FILE *f;
    enum apbd_encoding encoding;
    iconv_t cd;                 /* for Windows-1252 */
    char *block;                /* raw bytes read but not yet consumed */
    size_t block_len, block_pos;
    char *raw;                  /* the current physical line, raw */
    size_t raw_len, raw_cap;
    char *line;                 /* the current line, UTF-8, '\n' kept */
    size_t line_len, line_cap;
    unsigned lineno;
    int too_long;               /* this line was over APBD_LINE_MAX */
    unsigned bad_col;           /* first undecodable character, 1-based; 0 none */
    char bad_bytes[16];         /* those bytes as \xNN text */
    int eof;
};

/* Returns 0, or -1 if the converter cannot be opened. */
int apbd_decoder_open(struct apbd_decoder *d, FILE *f, enum apbd_encoding enc);
void apbd_decoder_close(struct apbd_decoder *d);

/* The next line into d->line: 1, or 0 at the end, or -1 on a read error. */
int apbd_decoder_next(struct apbd_decoder *d);

#endif
