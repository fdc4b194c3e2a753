/* test_report.c: message layout, languages, escaping and summaries. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "apbd/report.h"

struct capture {
    FILE *f;
    char *buf;
    size_t len;
    struct apbd_report rep;
};

static void open_capture(struct capture *c, enum apbd_lang lang)
{
    c->buf = NULL;
    c->f = open_memstream(&c->buf, &c->len);
    apbd_report_init(&c->rep, c->f, lang);
    apbd_report_begin_file(&c->rep, "2024-07.csv");
}

static char *close_capture(struct capture *c)
{
    apbd_report_end_file(&c->rep);
    fclose(c->f);
    return c->buf;
}

static void test_report_layout_with_caret_and_hint(void **state)
{
    (void)state;
    struct capture c;
    open_capture(&c, APBD_LANG_EN);
    const char *line = "5.1.02;ATK;1.234,5x;0\n";
    struct apbd_loc loc = { "2024-07.csv", 14, 12, line, strlen(line), NULL };
    apbd_report(&c.rep, APBD_ERROR, APBD_MSG_NOT_A_NUMBER, &loc, "anggaran", "1.234,5x",
                "1.234.567,89", NULL);
    char *out = close_capture(&c);
    assert_string_equal(out,
        "2024-07.csv:14:12: error: anggaran is not a number: '1.234,5x'\n"
        "    14 | 5.1.02;ATK;1.234,5x;0\n"
        "       |            ^\n"
        "  hint: write the number like 1.234.567,89, as the rest of this file does\n");
    assert_int_equal(c.rep.errors, 1);
    free(out);
}

static void test_report_indonesian(void **state)
{
    (void)state;
    struct capture c;
    open_capture(&c, APBD_LANG_ID);
    struct apbd_loc loc = { "2024-07.csv", 1, 1, NULL, 0, NULL };
    apbd_report(&c.rep, APBD_ERROR, APBD_MSG_EMPTY_FILE, &loc, NULL);
    char *out = close_capture(&c);
    assert_string_equal(out, "2024-07.csv:1:1: error: berkas kosong\n"
                             "  hint: ekspor ulang laporan dari sistem keuangan; berkas ini tidak berisi apa pun\n");
    free(out);
}

static void test_report_caret_counts_characters_not_bytes(void **state)
{
    (void)state;
    struct capture c;
    open_capture(&c, APBD_LANG_EN);
    const char *line = "Caf\xC3\xA9;x";      /* é is two bytes, one column */
    struct apbd_loc loc = { "f.csv", 2, 6, line, strlen(line), NULL };
    apbd_report(&c.rep, APBD_ERROR, APBD_MSG_BAD_ACCOUNT_CODE, &loc, "x", NULL);
    char *out = close_capture(&c);
    assert_non_null(strstr(out, "     2 | Caf\xC3\xA9;x\n       |      ^\n"));
    free(out);
}

static void test_report_escapes_control_characters(void **state)
{
    (void)state;
    struct capture c;
    open_capture(&c, APBD_LANG_EN);
    struct apbd_loc loc = { "f.csv", 2, 1, NULL, 0, NULL };
    apbd_report(&c.rep, APBD_ERROR, APBD_MSG_BAD_ACCOUNT_CODE, &loc, "\x1b[31mred", NULL);
    char *out = close_capture(&c);
    assert_null(strchr(out, '\x1b'));
    assert_non_null(strstr(out, "'\\x1B[31mred'"));
    free(out);
}

static void test_report_summarises_past_ten(void **state)
{
    (void)state;
    struct capture c;
    open_capture(&c, APBD_LANG_EN);
    for (unsigned i = 1; i <= 13; i++) {
        struct apbd_loc loc = { "2024-07.csv", i, 0, NULL, 0, NULL };
        apbd_report(&c.rep, APBD_WARNING, APBD_MSG_REPEATED_LINE, &loc, "1", NULL);
    }
    char *out = close_capture(&c);
    size_t shown = 0;
    for (const char *p = out; (p = strstr(p, "warning: this line repeats")); p++)
        shown++;
    assert_int_equal(shown, 10);
    assert_int_equal(c.rep.warnings, 13);
    assert_non_null(strstr(out, "2024-07.csv: warning: 3 more like this not shown (apbd check --verbose shows them all): this line repeats line …"));
    free(out);
}

static void test_report_every_shows_all(void **state)
{
    (void)state;
    struct capture c;
    open_capture(&c, APBD_LANG_EN);
    c.rep.every = 1;            /* apbd check --verbose */
    for (unsigned i = 1; i <= 13; i++) {
        struct apbd_loc loc = { "2024-07.csv", i, 0, NULL, 0, NULL };
        apbd_report(&c.rep, APBD_WARNING, APBD_MSG_REPEATED_LINE, &loc, "1", NULL);
    }
    apbd_report_end_file(&c.rep);
    char *out = close_capture(&c);
    size_t shown = 0;
    for (const char *p = out; (p = strstr(p, "warning: this line repeats")); p++)
        shown++;
    assert_int_equal(shown, 13);
    assert_null(strstr(out, "more like this"));
    free(out);
}

static void test_report_quiet_hides_notes_only(void **state)
{
    (void)state;
    struct capture c;
    open_capture(&c, APBD_LANG_EN);
    c.rep.min_shown = APBD_WARNING;
    struct apbd_loc loc = { "f.csv", 0, 0, NULL, 0, NULL };
    apbd_report(&c.rep, APBD_NOTE, APBD_MSG_NOTE_NUMBER_STYLE_NONE, &loc, NULL);
    apbd_report(&c.rep, APBD_WARNING, APBD_MSG_NO_PERIOD_IN_NAME, &loc, NULL);
    char *out = close_capture(&c);
    assert_null(strstr(out, "note:"));
    assert_non_null(strstr(out, "warning:"));
    free(out);
}

static void test_report_long_argument_is_cut(void **state)
{
    (void)state;
    struct capture c;
    open_capture(&c, APBD_LANG_EN);
    char big[400];
    memset(big, 'x', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    struct apbd_loc loc = { "f.csv", 2, 1, NULL, 0, NULL };
    apbd_report(&c.rep, APBD_ERROR, APBD_MSG_BAD_ACCOUNT_CODE, &loc, big, NULL);
    char *out = close_capture(&c);
    assert_non_null(strstr(out, "xxx…'"));
    assert_true(strlen(out) < 400);
    free(out);
}

static void test_report_language_from_environment(void **state)
{
    (void)state;
    enum apbd_lang lang;
    setenv("LC_ALL", "", 1);
    setenv("LC_MESSAGES", "", 1);
    setenv("LANG", "en_US.UTF-8", 1);
    assert_int_equal(apbd_lang_pick(NULL, &lang), 0);
    assert_int_equal(lang, APBD_LANG_EN);
    setenv("LANG", "id_ID.UTF-8", 1);
    apbd_lang_pick(NULL, &lang);
    assert_int_equal(lang, APBD_LANG_ID);
    assert_int_equal(apbd_lang_pick("en", &lang), 0);
    assert_int_equal(lang, APBD_LANG_EN);
    assert_int_equal(apbd_lang_pick("fr", &lang), -1);
}

static void test_report_every_message_has_both_languages(void **state)
{
    (void)state;
    for (int m = 0; m < APBD_MSG_COUNT; m++) {
        assert_non_null(apbd_messages[m].text[APBD_LANG_ID]);
        assert_non_null(apbd_messages[m].text[APBD_LANG_EN]);
        assert_true(!apbd_messages[m].hint[0] == !apbd_messages[m].hint[1]);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_report_layout_with_caret_and_hint),
        cmocka_unit_test(test_report_indonesian),
        cmocka_unit_test(test_report_caret_counts_characters_not_bytes),
        cmocka_unit_test(test_report_escapes_control_characters),
        cmocka_unit_test(test_report_summarises_past_ten),
        cmocka_unit_test(test_report_every_shows_all),
        cmocka_unit_test(test_report_quiet_hides_notes_only),
        cmocka_unit_test(test_report_long_argument_is_cut),
        cmocka_unit_test(test_report_language_from_environment),
        cmocka_unit_test(test_report_every_message_has_both_languages),
    };
    return cmocka_run_group_tests_name("report", tests, NULL, NULL);
}
