/*
 * fuzz_catatan.c: libFuzzer entry point for the finance office's notes.
 * Any bytes, as a notes file, must split, check and render without a
 * crash, a hang or a sanitizer report, and the HTML must carry no script
 * or image element and link only to http, https and mailto.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "apbd/catatan.h"
#include "apbd/import.h"
#include "apbd/report.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

/* No raw markup, no image, and every link to http, https or mailto. */
static void check_safe(const char *html)
{
    if (strstr(html, "<script") || strstr(html, "<img") || strstr(html, " src=\""))
        abort();
    for (const char *h = strstr(html, "href=\""); h; h = strstr(h + 1, "href=\"")) {
        h += 6;
        if (strncasecmp(h, "http://", 7) != 0 && strncasecmp(h, "https://", 8) != 0
            && strncasecmp(h, "mailto:", 7) != 0)
            abort();
    }
}

static char path[64];

static void remove_input(void)
{
    unlink(path);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static struct apbd_table t;
    static FILE *sink;
    if (!path[0]) {
        static const char csv[] =
            "kode_skpd,kode_sub_kegiatan,kode_rekening,uraian,anggaran,realisasi\n"
            "1.02.0.00.0.00.01.0000,1.02.02.2.01.0001,5.1.01.01.01.0001,Gaji,3000,1500\n";
        struct apbd_report quiet;
        apbd_report_init(&quiet, NULL, APBD_LANG_EN);
        apbd_table_init(&t);
        FILE *f = fmemopen((void *)csv, sizeof(csv) - 1, "rb");
        apbd_import_stream(&t, f, "2024-07.csv", NULL, &quiet);
        fclose(f);
        snprintf(path, sizeof(path), "/tmp/apbd-fuzz-catatan-%ld.md", (long)getpid());
        sink = fopen("/dev/null", "w");
        atexit(remove_input);
    }
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    struct apbd_report rep;
    apbd_report_init(&rep, sink, APBD_LANG_EN);
    struct apbd_catatan c;
    apbd_catatan_load(&c, path, &t, &rep);
    for (size_t i = 0; i < c.count; i++)
        check_safe(c.items[i].html);
    apbd_catatan_release(&c);
    char *html = apbd_catatan_html((const char *)data, size);
    check_safe(html);
    free(html);
    return 0;
}
