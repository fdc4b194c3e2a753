/* test_catatan.c: the finance office's notes: sections, safety, errors. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "apbd/catatan.h"
#include "apbd/import.h"
#include "apbd/report.h"
#include "apbd/status.h"

#define H "kode_skpd,nama_skpd,kode_sub_kegiatan,kode_rekening,uraian,sumber_dana,anggaran,realisasi\n"
#define DK "1.02.0.00.0.00.01.0000,Dinkes,1.02.02.2.01.0001,"
#define PU "1.03.0.00.0.00.01.0000,Dinas PU,1.03.10.2.01.0004,"

static char path[] = "/tmp/apbd-test-catatan-XXXXXX";
static struct apbd_table table;

static int setup(void **state)
{
    (void)state;
    int fd = mkstemp(path);
    if (fd < 0)
        return -1;
    close(fd);
    static const char text[] = H DK "5.1.01.01.01.0001,Gaji,DAU,3000,1500\n"
                                 PU "5.2.04.01.01.0001,Jalan,DAU,9000,100\n";
    FILE *f = fmemopen((void *)text, strlen(text), "rb");
    struct apbd_report quiet;
    apbd_report_init(&quiet, NULL, APBD_LANG_EN);
    apbd_table_init(&table);
    assert_int_equal(apbd_import_stream(&table, f, "2024-07.csv", NULL, &quiet), 0);
    fclose(f);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    unlink(path);
    apbd_table_release(&table);
    return 0;
}

/* Loads text as a notes file; the messages, when asked for, in *messages. */
static int load(const char *text, struct apbd_catatan *c, char **messages)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    char *buf = NULL;
    size_t len;
    FILE *out = open_memstream(&buf, &len);
    struct apbd_report rep;
    apbd_report_init(&rep, out, APBD_LANG_EN);
    int r = apbd_catatan_load(c, path, &table, &rep);
    fclose(out);
    if (messages)
        *messages = buf;
    else
        free(buf);
    return r;
}

static void test_catatan_sections(void **state)
{
    (void)state;
    struct apbd_catatan c;
    assert_int_equal(load("# Catatan Juli\n\nIntro, not published.\n\n"
                          "## 1.02.0.00.0.00.01.0000 Dinas Kesehatan\n\nObat datang *terlambat*.\n\n"
                          "```\n## 9.99 not a heading inside a fence\n```\n"
                          "### 1.02.02.2.01.0001\nSub note.\n"
                          "## 1.03.0.00.0.00.01.0000\n### 1.03.10.2.01.0004 Rehabilitasi Jalan\r\nTender gagal.\r\nDiulang.\r\n",
                          &c, NULL),
                     APBD_OK);
    assert_int_equal(c.count, 4);
    assert_string_equal(c.items[0].kode_skpd, "1.02.0.00.0.00.01.0000");
    assert_null(c.items[0].kode_sub_kegiatan);
    assert_int_equal(c.items[0].line, 5);
    assert_string_equal(c.items[0].markdown,
                        "Obat datang *terlambat*.\n\n```\n## 9.99 not a heading inside a fence\n```");
    assert_non_null(strstr(c.items[0].html, "<em>terlambat</em>"));
    assert_string_equal(c.items[1].kode_sub_kegiatan, "1.02.02.2.01.0001");
    assert_string_equal(c.items[1].kode_skpd, "1.02.0.00.0.00.01.0000");
    assert_string_equal(c.items[2].markdown, "");
    assert_string_equal(c.items[3].markdown, "Tender gagal.\nDiulang.");
    assert_ptr_equal(apbd_catatan_find(&c, "1.03.0.00.0.00.01.0000", "1.03.10.2.01.0004"), &c.items[3]);
    assert_null(apbd_catatan_find(&c, "1.03.0.00.0.00.01.0000", "1.02.02.2.01.0001"));
    apbd_catatan_release(&c);
    /* no file: no notes */
    struct apbd_report quiet;
    apbd_report_init(&quiet, NULL, APBD_LANG_EN);
    assert_int_equal(apbd_catatan_load(&c, "/nonexistent/2024-07.md", &table, &quiet), APBD_OK);
    assert_int_equal(c.count, 0);
}

/* Raw HTML, script links and images never reach the page. */
static void test_catatan_hostile_markdown(void **state)
{
    (void)state;
    static const char md[] =
        "<script>alert(1)</script>\n\n"
        "<img src=x onerror=alert(2)>\n\n"
        "Inline <b onclick=\"alert(3)\">bold</b> and <a href=\"javascript:alert(4)\">raw</a>.\n\n"
        "[a](javascript:alert(5)) [b](JavaScript:alert(6)) [c](data:text/html;base64,PHNjcmlwdD4=)\n"
        "[d](vbscript:x) [e](//evil.example/x) [f](relative/page.html) ![g](https://evil.example/t.png)\n"
        "[ok](https://example.go.id/a?b=1&c=2) [mail](mailto:ppid@example.go.id)\n\n"
        "# Big heading\n";
    char *html = apbd_catatan_html(md, strlen(md));
    static const char *const banned[] = {
        "<script", "<img", "onerror", "onclick", "javascript:", "JavaScript:", "data:",
        "vbscript:", "evil.example", "relative/page", "<b ", "<h1", "<h2", "<h3",
    };
    for (size_t i = 0; i < sizeof(banned) / sizeof(banned[0]); i++)
        if (strstr(html, banned[i]))
            fail_msg("%s passed through: %s", banned[i], html);
    assert_non_null(strstr(html, "<a href=\"https://example.go.id/a?b=1&amp;c=2\">ok</a>"));
    assert_non_null(strstr(html, "<a href=\"mailto:ppid@example.go.id\">mail</a>"));
    /* the text of a dropped link or image stays */
    assert_non_null(strstr(html, "a b c\nd e f g"));
    assert_non_null(strstr(html, "<h4>Big heading</h4>"));
    free(html);
}

static void expect_error(const char *text, const char *where, const char *what)
{
    struct apbd_catatan c;
    char *messages = NULL;
    assert_int_equal(load(text, &c, &messages), APBD_EDATA);
    assert_int_equal(c.count, 0);
    char loc[128];
    snprintf(loc, sizeof(loc), "%s:%s", path, where);
    if (!strstr(messages, loc) || !strstr(messages, what))
        fail_msg("want %s and \"%s\" in:\n%s", loc, what, messages);
    free(messages);
}

static void test_catatan_errors_name_file_and_line(void **state)
{
    (void)state;
    expect_error("intro\n\n## 9.99.0.00.0.00.01.0000 Dinas Tidak Ada\ntext\n", "3:4:",
                 "a note for SKPD 9.99.0.00.0.00.01.0000, which is not in the export for 2024-07");
    expect_error("## 1.02.0.00.0.00.01.0000\n### 1.03.10.2.01.0004\nx\n", "2:5:",
                 "SKPD 1.02.0.00.0.00.01.0000 does not have in 2024-07");
    expect_error("### 1.02.02.2.01.0001\nx\n", "1:5:", "not under an SKPD section");
    expect_error("## 1.02.0.00.0.00.01.0000\na\n\n## 1.02.0.00.0.00.01.0000\nb\n", "4:4:",
                 "written twice (first at line 1)");
    expect_error("##   \nx\n", "1:", "without a code");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_catatan_sections),
        cmocka_unit_test(test_catatan_hostile_markdown),
        cmocka_unit_test(test_catatan_errors_name_file_and_line),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
