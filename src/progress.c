/* progress.c: realisasi against plan, money against work. */
#include <stdlib.h>
#include <string.h>

#include "apbd/arena.h"
#include "apbd/kas.h"
#include "apbd/progress.h"

int apbd_plan_of(const struct apbd_node *n, int month, struct apbd_plan_row *out)
{
    memset(out, 0, sizeof(*out));
    out->node = n;
    if (!n->kas)
        return 0;
    out->rencana = apbd_kas_to(n->kas, month);
    out->realisasi = n->s[APBD_BELANJA].realisasi;
    out->selisih = out->realisasi - out->rencana;   /* both within the checked sums */
    return 1;
}

static int behind_first(const void *a, const void *b)
{
    const struct apbd_plan_row *x = a, *y = b;
    /* x.real / x.plan against y.real / y.plan, without dividing; a node
     * with nothing planned yet sorts last. */
    if ((x->rencana > 0) != (y->rencana > 0))
        return x->rencana > 0 ? -1 : 1;
    __int128 l = (__int128)x->realisasi * (y->rencana > 0 ? y->rencana : 1);
    __int128 r = (__int128)y->realisasi * (x->rencana > 0 ? x->rencana : 1);
    if (l != r)
        return l < r ? -1 : 1;
    if (x->selisih != y->selisih)
        return x->selisih < y->selisih ? -1 : 1;
    return strcmp(x->node->key, y->node->key);
}

size_t apbd_plan_ranking(const struct apbd_month *m, int level, struct apbd_plan_row **out)
{
    const struct apbd_node *root = &m->root[APBD_TREE_ORG];
    size_t n = 0, cap = 16;
    *out = apbd_xmalloc(cap * sizeof(**out));
    for (const struct apbd_node *x = root->child; x; x = apbd_node_next_preorder(x, root)) {
        if (x->level != level || !x->kas)
            continue;
        if (n == cap) {
            cap *= 2;
            *out = apbd_xrealloc(*out, cap * sizeof(**out));
        }
        apbd_plan_of(x, m->month, &(*out)[n++]);
    }
    qsort(*out, n, sizeof(**out), behind_first);
    return n;
}

int apbd_hundredths(int64_t num, int64_t den)
{
    if (den <= 0)
        return -1;
    __int128 v = ((__int128)num * 20000 / den + (num >= 0 ? 1 : -1)) / 2;
    return v > 1000000 ? 1000000 : v < -1000000 ? -1000000 : (int)v;
}

static int widest_first(const void *a, const void *b)
{
    const struct apbd_fisik_row *x = a, *y = b;
    int ax = abs(x->selisih), ay = abs(y->selisih);
    if (ax != ay)
        return ax > ay ? -1 : 1;
    return strcmp(x->node->key, y->node->key);
}

size_t apbd_fisik_gaps(const struct apbd_node *root, struct apbd_fisik_row **out)
{
    size_t n = 0, cap = 16;
    *out = apbd_xmalloc(cap * sizeof(**out));
    for (const struct apbd_node *x = root->child; x; x = apbd_node_next_preorder(x, root)) {
        if (x->fisik < 0)
            continue;
        int k = apbd_hundredths(x->s[APBD_BELANJA].realisasi, x->s[APBD_BELANJA].anggaran);
        if (k < 0)
            continue;
        if (n == cap) {
            cap *= 2;
            *out = apbd_xrealloc(*out, cap * sizeof(**out));
        }
        (*out)[n++] = (struct apbd_fisik_row){ x, k, x->fisik, k - x->fisik };
    }
    qsort(*out, n, sizeof(**out), widest_first);
    return n;
}
