/* privacy.c: hide uraian that may name people. */
#include <string.h>

#include "apbd/coa.h"
#include "apbd/codes.h"
#include "apbd/config.h"
#include "apbd/import.h"
#include "apbd/privacy.h"

size_t apbd_privacy_apply(struct apbd_table *t, const struct apbd_pemda *p,
                          const struct apbd_coa *coa)
{
    size_t changed = 0;
    for (size_t i = 0; i < t->count; i++) {
        struct apbd_line *l = &t->lines[i];
        if (!apbd_pemda_hides(p, t->chart, l->kode_rekening))
            continue;
        /* The deepest level the chart names: objek, else jenis, ... */
        const char *name = NULL;
        for (int level = apbd_code_segments(l->kode_rekening); level >= 1 && !name; level--) {
            const struct apbd_coa_entry *e =
                coa ? apbd_coa_find(coa, l->kode_rekening,
                                    apbd_code_prefix_len(l->kode_rekening, level)) : NULL;
            if (e)
                name = e->nama;
        }
        const char *uraian = name ? name : l->kode_rekening;
        l->uraian = apbd_strpool_intern(&t->pool, uraian, strlen(uraian));
        changed++;
    }
    return changed;
}
