/* model.c: one month's lines rolled up into trees of nodes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apbd/coa.h"
#include "apbd/codes.h"
#include "apbd/model.h"
#include "apbd/report.h"
#include "apbd/status.h"

int apbd_class_of(const char *k)
{
    if (k[0] == '4' && (k[1] == '.' || !k[1]))
        return APBD_PENDAPATAN;
    if (k[0] == '5' && (k[1] == '.' || !k[1]))
        return APBD_BELANJA;
    if (k[0] == '6' && k[1] == '.' && k[2] == '1' && (k[3] == '.' || !k[3]))
        return APBD_PEMBIAYAAN_MASUK;
    if (k[0] == '6' && k[1] == '.' && k[2] == '2' && (k[3] == '.' || !k[3]))
        return APBD_PEMBIAYAAN_KELUAR;
    return -1;
}

static uint32_t hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

static void grow(struct apbd_month *m, enum apbd_tree t)
{
    size_t n = m->nslots[t] ? m->nslots[t] * 2 : 256;
    struct apbd_node **slots = calloc(n, sizeof(*slots));
    if (!slots)
        apbd_die_nomem();
    for (size_t i = 0; i < m->nslots[t]; i++) {
        struct apbd_node *node = m->slots[t][i];
        if (!node)
            continue;
        size_t j = hash(node->key) & (n - 1);
        while (slots[j])
            j = (j + 1) & (n - 1);
        slots[j] = node;
    }
    free(m->slots[t]);
    m->slots[t] = slots;
    m->nslots[t] = n;
}

struct apbd_node *apbd_model_find(const struct apbd_month *m, enum apbd_tree t, const char *key)
{
    if (!m->nslots[t])
        return NULL;
    size_t i = hash(key) & (m->nslots[t] - 1);
    for (struct apbd_node *n; (n = m->slots[t][i]) != NULL; i = (i + 1) & (m->nslots[t] - 1))
        if (strcmp(n->key, key) == 0)
            return n;
    return NULL;
}

/* The node of key under parent, made when new. */
static struct apbd_node *node(struct apbd_month *m, enum apbd_tree t, struct apbd_node *parent,
                              const char *key, const char *kode, const char *nama)
{
    struct apbd_node *n = apbd_model_find(m, t, key);
    if (n) {
        if (!*n->nama && nama && *nama)
            n->nama = nama;
        return n;
    }
    if ((m->count[t] + 1) * 4 > m->nslots[t] * 3)
        grow(m, t);
    n = apbd_arena_alloc(&m->arena, sizeof(*n));
    memset(n, 0, sizeof(*n));
    n->key = apbd_strpool_intern(&m->pool, key, strlen(key));
    n->kode = apbd_strpool_intern(&m->pool, kode, strlen(kode));
    n->nama = nama ? nama : "";
    n->fisik = n->fisik_prev = -1;
    n->parent = parent;
    n->level = parent->level + 1;
    n->next = parent->child;        /* sorted when the model is complete */
    parent->child = n;
    size_t i = hash(n->key) & (m->nslots[t] - 1);
    while (m->slots[t][i])
        i = (i + 1) & (m->nslots[t] - 1);
    m->slots[t][i] = n;
    m->count[t]++;
    return n;
}

/* Add a line's amounts to n and every node above it. */
static int add_up(struct apbd_node *n, int cls, const struct apbd_line *l)
{
    int overflow = 0;
    for (; n && n->level > 0; n = n->parent) {
        struct apbd_sums *s = &n->s[cls];
        overflow |= apbd_money_add(&s->anggaran, l->anggaran_sen);
        overflow |= apbd_money_add(&s->murni, l->anggaran_murni_sen);
        overflow |= apbd_money_add(&s->realisasi, l->realisasi_sen);
        n->nlines++;
    }
    return overflow;
}

static const char *account_name(const struct apbd_coa *coa, const char *kode, size_t len)
{
    const struct apbd_coa_entry *e = coa ? apbd_coa_find(coa, kode, len) : NULL;
    return e ? e->nama : NULL;
}

static int add_line(struct apbd_month *m, const struct apbd_line *l, const struct apbd_coa *coa)
{
    int cls = apbd_class_of(l->kode_rekening);
    int overflow = 0;
    char key[3 * APBD_CODE_MAX + 8], part[APBD_CODE_MAX];
    if (cls < 0)
        return 0;

    /* account tree: every prefix of the code */
    struct apbd_node *parent = &m->root[APBD_TREE_AKUN];
    int segs = apbd_code_segments(l->kode_rekening);
    for (int level = 1; level <= segs; level++) {
        size_t len = apbd_code_prefix_len(l->kode_rekening, level);
        memcpy(part, l->kode_rekening, len);
        part[len] = '\0';
        const char *nama = account_name(coa, part, len);
        if (!nama && level == segs)
            nama = l->uraian;
        parent = node(m, APBD_TREE_AKUN, parent, part, part, nama);
    }
    overflow |= add_up(parent, cls, l);

    /* organisation: SKPD > program > kegiatan > sub kegiatan */
    parent = node(m, APBD_TREE_ORG, &m->root[APBD_TREE_ORG], l->kode_skpd, l->kode_skpd,
                  l->nama_skpd);
    if (*l->kode_sub_kegiatan) {
        /* program, kegiatan, sub kegiatan: segments of the code they end at;
         * a 13/2006 code is urusan.bidang.program.kegiatan */
        static const int levels[][3] = { { 3, 5, 6 }, { 3, 4, 0 } };
        const int *at = levels[m->table->chart == APBD_CHART_13_2006];
        for (size_t i = 0; i < 3 && at[i]; i++) {
            size_t len = apbd_code_prefix_len(l->kode_sub_kegiatan, at[i]);
            memcpy(part, l->kode_sub_kegiatan, len);
            part[len] = '\0';
            snprintf(key, sizeof(key), "%s/%s", l->kode_skpd, part);
            const char *nama = i == 0 ? l->nama_program : i == 2 ? l->nama_sub_kegiatan
                             : at[2] || !*l->nama_sub_kegiatan ? l->nama_kegiatan
                                                                : l->nama_sub_kegiatan;
            parent = node(m, APBD_TREE_ORG, parent, key, part, nama);
        }
        if (l->fisik >= 0 && parent->fisik < 0)
            parent->fisik = l->fisik;       /* lines that disagree are an error (fisik.c) */
    }
    overflow |= add_up(parent, cls, l);

    /* sumber dana */
    parent = node(m, APBD_TREE_DANA, &m->root[APBD_TREE_DANA], l->sumber_dana, l->sumber_dana,
                  l->sumber_dana);
    overflow |= add_up(parent, cls, l);

    /* urusan > bidang, from the sub kegiatan code */
    if (*l->kode_sub_kegiatan) {
        parent = &m->root[APBD_TREE_URUSAN];
        for (int level = 1; level <= 2; level++) {
            size_t len = apbd_code_prefix_len(l->kode_sub_kegiatan, level);
            memcpy(part, l->kode_sub_kegiatan, len);
            part[len] = '\0';
            parent = node(m, APBD_TREE_URUSAN, parent, part, part, NULL);
        }
        overflow |= add_up(parent, cls, l);
    }

    /* SKPD > akun > kelompok > jenis */
    parent = node(m, APBD_TREE_SKPD_JENIS, &m->root[APBD_TREE_SKPD_JENIS], l->kode_skpd,
                  l->kode_skpd, l->nama_skpd);
    for (int level = 1; level <= 3 && level <= segs; level++) {
        size_t len = apbd_code_prefix_len(l->kode_rekening, level);
        memcpy(part, l->kode_rekening, len);
        part[len] = '\0';
        snprintf(key, sizeof(key), "%s/%s", l->kode_skpd, part);
        parent = node(m, APBD_TREE_SKPD_JENIS, parent, key, part, account_name(coa, part, len));
    }
    overflow |= add_up(parent, cls, l);
    return overflow;
}

static int by_kode(const void *a, const void *b)
{
    const struct apbd_node *x = *(struct apbd_node *const *)a;
    const struct apbd_node *y = *(struct apbd_node *const *)b;
    return strcmp(x->kode, y->kode);
}

/* Sort every node's children by code (iteratively: trees can be deep). */
static void sort_children(struct apbd_node *root)
{
    struct apbd_node **buf = NULL;
    size_t cap = 0;
    for (struct apbd_node *n = root; n; n = apbd_node_next_preorder(n, root)) {
        size_t k = 0;
        for (struct apbd_node *c = n->child; c; c = c->next)
            k++;
        if (k < 2)
            continue;
        if (k > cap) {
            cap = k * 2;
            buf = apbd_xrealloc(buf, cap * sizeof(*buf));
        }
        k = 0;
        for (struct apbd_node *c = n->child; c; c = c->next)
            buf[k++] = c;
        qsort(buf, k, sizeof(*buf), by_kode);
        n->child = buf[0];
        for (size_t i = 0; i + 1 < k; i++)
            buf[i]->next = buf[i + 1];
        buf[k - 1]->next = NULL;
    }
    free(buf);
}

int apbd_org_is_unit(const struct apbd_node *n)
{
    return n->level >= 3 && !n->child;
}

const struct apbd_node *apbd_org_skpd(const struct apbd_node *n)
{
    while (n->level > 1)
        n = n->parent;
    return n;
}

struct apbd_node *apbd_node_next_preorder(const struct apbd_node *n, const struct apbd_node *root)
{
    if (n->child)
        return n->child;
    while (n && n != root) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

int apbd_model_build(struct apbd_month *m, const struct apbd_table *t,
                     const struct apbd_coa *coa, struct apbd_report *rep)
{
    memset(m, 0, sizeof(*m));
    apbd_arena_init(&m->arena);
    apbd_strpool_init(&m->pool, &m->arena);
    snprintf(m->period, sizeof(m->period), "%s", t->period);
    m->year = atoi(t->period);
    m->month = t->period[0] ? atoi(t->period + 5) : 0;
    m->table = t;
    for (int i = 0; i < APBD_TREE_COUNT; i++) {
        m->root[i].key = m->root[i].kode = m->root[i].nama = "";
        m->root[i].fisik = m->root[i].fisik_prev = -1;
        grow(m, (enum apbd_tree)i);
    }
    int overflow = 0;
    for (size_t i = 0; i < t->count; i++)
        overflow |= add_line(m, &t->lines[i], coa);
    for (int i = 0; i < APBD_TREE_COUNT; i++)
        sort_children(&m->root[i]);
    if (overflow) {
        struct apbd_loc loc = { t->path, 0, 0, NULL, 0, NULL };
        apbd_report(rep, APBD_ERROR, APBD_MSG_SUM_OVERFLOW, &loc, "anggaran/realisasi", NULL);
        return APBD_EDATA;
    }
    return APBD_OK;
}

void apbd_model_link_previous(struct apbd_month *m, const struct apbd_month *prev)
{
    m->has_prev = 1;
    for (int t = 0; t < APBD_TREE_COUNT; t++) {
        for (struct apbd_node *n = m->root[t].child; n;
             n = apbd_node_next_preorder(n, &m->root[t])) {
            const struct apbd_node *p = apbd_model_find(prev, (enum apbd_tree)t, n->key);
            if (!p)
                continue;
            n->had_prev = 1;
            n->fisik_prev = p->fisik;
            for (int c = 0; c < APBD_CLASS_COUNT; c++) {
                n->s[c].anggaran_prev = p->s[c].anggaran;
                n->s[c].realisasi_prev = p->s[c].realisasi;
            }
        }
    }
}

void apbd_model_release(struct apbd_month *m)
{
    for (int i = 0; i < APBD_TREE_COUNT; i++)
        free(m->slots[i]);
    apbd_strpool_release(&m->pool);
    apbd_arena_release(&m->arena);
    memset(m, 0, sizeof(*m));
}
