#ifndef APBD_CODES_H
#define APBD_CODES_H

/*
 * Code shapes and normalisation. Exports write the same code many ways:
 * with stray or trailing spaces, spaces around the dots, a leading
 * apostrophe (Excel's "this is text" mark) or ="..." wrapping, a trailing
 * dot, or with the leading zeros of a segment left out (4.1.4.15 for
 * 4.1.04.15). Normalising gives the one canonical spelling, so codes compare
 * equal across files and months.
 */

#include <stddef.h>

#define APBD_CODE_MAX 64        /* longest canonical code we accept, with NUL */
#define APBD_CODE_MAX_SEGMENTS 12

/* Widths of a code's segments; 0 ends the list. */
struct apbd_code_shape {
    unsigned char width[APBD_CODE_MAX_SEGMENTS];
    unsigned char min_segments, max_segments;
    unsigned char keep_width;   /* widths are maxima: segments kept as written */
    unsigned char extra_zeros;  /* "001" where the width is 2 reads as "01" */
    unsigned char x_urusan;     /* SIPD's X.XX: a supporting program, for every urusan */
};

/* akun.kelompok.jenis.objek.rincian objek.sub rincian objek: 5.1.02.01.01.0024 */
extern const struct apbd_code_shape apbd_shape_account_90;
/* urusan.bidang.program.kegiatan.sub kegiatan: 1.02.02.2.01.0001 */
extern const struct apbd_code_shape apbd_shape_sub_kegiatan_90;
/* Permendagri 13/2006: akun.kelompok.jenis.objek.rincian objek: 5.2.2.01.01 */
extern const struct apbd_code_shape apbd_shape_account_13;
/* 13/2006 has no sub kegiatan: urusan.bidang.program.kegiatan, 1.02.01.024,
 * stands in its place (programs and kegiatan were numbered 2 or 3 digits
 * wide, as each region chose: kept as written) */
extern const struct apbd_code_shape apbd_shape_kegiatan_13;

/* The charts of accounts a year's codes may follow. */
enum apbd_chart { APBD_CHART_90_2019 = 0, APBD_CHART_13_2006, APBD_CHART_COUNT };

/* The chart's account and (sub) kegiatan shapes. */
const struct apbd_code_shape *apbd_chart_account_shape(enum apbd_chart c);
const struct apbd_code_shape *apbd_chart_kegiatan_shape(enum apbd_chart c);

enum apbd_code_result {
    APBD_CODE_SAME = 0,     /* already canonical (or empty) */
    APBD_CODE_CHANGED,      /* canonical spelling differs: report it */
    APBD_CODE_BAD           /* not a code of this shape */
};

/*
 * Normalise s[0..len) into out (APBD_CODE_MAX bytes). With a shape, each
 * segment must be digits no wider than its width and is padded with zeros
 * to it; without one (SKPD codes), segments are digits kept as written.
 * An empty or all-space input gives "" and APBD_CODE_SAME.
 */
enum apbd_code_result apbd_code_normalise(const char *s, size_t len,
                                          const struct apbd_code_shape *shape,
                                          char out[APBD_CODE_MAX]);

/* Number of dot-separated segments of a canonical code (0 for ""). */
int apbd_code_segments(const char *code);

/* Byte length of the first n segments of a canonical code. */
size_t apbd_code_prefix_len(const char *code, int n);

#endif
