/*
 * fuzz_import.c: libFuzzer entry point for the importer. Any bytes, as a
 * file, must import without a crash, a hang or a sanitizer report.
 */
#include <stdio.h>
#include <stdlib.h>

#include "apbd/coa.h"
#include "apbd/import.h"
#include "apbd/report.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static struct apbd_coa coa;
    static int loaded;
    if (!loaded) {
        struct apbd_report quiet;
        apbd_report_init(&quiet, NULL, APBD_LANG_EN);
        apbd_coa_load(&coa, "permendagri-90-2019.csv", "Permendagri 90/2019", &quiet);
        loaded = 1;
    }
    FILE *f = fmemopen((void *)data, size ? size : 1, "rb");
    if (!f)
        return 0;
    if (!size) {
        fclose(f);
        f = fopen("/dev/null", "rb");
        if (!f)
            return 0;
    }
    /* Messages are formatted too (to /dev/null), so their code is fuzzed. */
    static FILE *sink;
    if (!sink)
        sink = fopen("/dev/null", "w");
    struct apbd_report rep;
    apbd_report_init(&rep, sink, APBD_LANG_EN);
    apbd_report_begin_file(&rep, "2024-03.csv");
    struct apbd_table t;
    apbd_table_init(&t);
    struct apbd_import_opts opts = { .coa = coa.count ? &coa : NULL };
    apbd_import_stream(&t, f, "2024-03.csv", &opts, &rep);
    apbd_report_end_file(&rep);
    apbd_table_release(&t);
    fclose(f);
    return 0;
}
