#ifndef APBD_MESSAGES_H
#define APBD_MESSAGES_H

/*
 * The names of every message apbd prints about input. The texts, in
 * Indonesian and English, each with its hint, are in src/messages.c.
 */

enum apbd_msg {
    /* files */
    APBD_MSG_CANNOT_READ,
    APBD_MSG_EMPTY_FILE,
    APBD_MSG_UTF16,
    APBD_MSG_UNDECODABLE,
    APBD_MSG_NUL_BYTE,
    APBD_MSG_LINE_TOO_LONG,
    APBD_MSG_UNCLOSED_QUOTE,
    /* header */
    APBD_MSG_NO_HEADER,
    APBD_MSG_MISSING_COLUMN,
    APBD_MSG_DUPLICATE_COLUMN,
    APBD_MSG_NO_LINES,
    /* fields */
    APBD_MSG_FIELD_COUNT,
    APBD_MSG_FIELDS_MISSING,
    APBD_MSG_EMPTY_CODE,
    APBD_MSG_BAD_ACCOUNT_CODE,
    APBD_MSG_BAD_SKPD_CODE,
    APBD_MSG_BAD_SUB_KEGIATAN_CODE,
    APBD_MSG_UNKNOWN_ACCOUNT,
    APBD_MSG_NOT_A_NUMBER,
    APBD_MSG_NOT_A_NUMBER_ANY_STYLE,
    APBD_MSG_MIXED_NUMBER_STYLE,
    APBD_MSG_TOO_MANY_DECIMALS,
    APBD_MSG_OVERFLOW,
    APBD_MSG_SUM_OVERFLOW,
    APBD_MSG_NEGATIVE_ANGGARAN,
    APBD_MSG_PERIOD_MISMATCH,
    APBD_MSG_REALISASI_SPLIT,
    APBD_MSG_SISA_MISMATCH,
    APBD_MSG_PERSEN_MISMATCH,
    APBD_MSG_SUBTOTAL_MISMATCH,
    /* warnings */
    APBD_MSG_REPEATED_LINE,
    APBD_MSG_SAME_KEY,
    APBD_MSG_OVER_BUDGET,
    APBD_MSG_CORRECTION,
    APBD_MSG_REVISION,
    APBD_MSG_NO_PREVIOUS_MONTH,
    APBD_MSG_NO_PERIOD_IN_NAME,
    /* pemda.ini */
    APBD_MSG_CONFIG_SYNTAX,
    APBD_MSG_CONFIG_VALUE,
    APBD_MSG_CONFIG_UNKNOWN,
    /* notes: what the importer decided */
    APBD_MSG_NOTE_FORMAT,
    APBD_MSG_NOTE_NUMBER_STYLE,
    APBD_MSG_NOTE_NUMBER_STYLE_NONE,
    APBD_MSG_NOTE_COLUMN,
    APBD_MSG_NOTE_COLUMN_IGNORED,
    APBD_MSG_NOTE_REALISASI_CHECKED,
    APBD_MSG_NOTE_REALISASI_SUMMED,
    APBD_MSG_NOTE_CODE_NORMALISED,
    APBD_MSG_NOTE_SUBTOTALS,
    APBD_MSG_NOTE_ROWS_IGNORED,
    APBD_MSG_NOTE_TITLE_PERIOD,
    APBD_MSG_NOTE_LINES,
    APBD_MSG_NOTE_FIRST_MONTH,
    APBD_MSG_COUNT
};

struct apbd_msg_text {
    const char *text[2];    /* [APBD_LANG_ID], [APBD_LANG_EN]; {1}..{9} are arguments */
    const char *hint[2];    /* the same arguments; NULL: no hint */
};

extern const struct apbd_msg_text apbd_messages[APBD_MSG_COUNT];

/* The phrase for "and N more like this" in each language. */
extern const char *const apbd_msg_more[2];

#endif
