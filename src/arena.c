/* arena.c: per-run bump allocator and the string pool. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apbd/arena.h"

#define CHUNK_SIZE (1u << 20)

struct apbd_arena_chunk {
    struct apbd_arena_chunk *next;
    size_t size;
    _Alignas(16) unsigned char data[];
};

_Noreturn void apbd_die_nomem(void)
{
    fputs("apbd: out of memory\n", stderr);
    exit(3);
}

void *apbd_xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        apbd_die_nomem();
    return p;
}

void *apbd_xrealloc(void *p, size_t size)
{
    p = realloc(p, size ? size : 1);
    if (!p)
        apbd_die_nomem();
    return p;
}

void apbd_arena_init(struct apbd_arena *a)
{
    a->head = NULL;
    a->used_in_head = 0;
    a->total = 0;
}

void apbd_arena_release(struct apbd_arena *a)
{
    struct apbd_arena_chunk *c = a->head;
    while (c) {
        struct apbd_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    apbd_arena_init(a);
}

void *apbd_arena_alloc(struct apbd_arena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (!a->head || a->head->size - a->used_in_head < size) {
        size_t want = size > CHUNK_SIZE / 4 ? size : CHUNK_SIZE;
        struct apbd_arena_chunk *c = apbd_xmalloc(sizeof(*c) + want);
        c->size = want;
        if (size > CHUNK_SIZE / 4 && a->head) {
            /* A big block gets a chunk of its own behind the head, so the
             * head's free space is not wasted. */
            c->next = a->head->next;
            a->head->next = c;
            a->total += size;
            return c->data;
        }
        c->next = a->head;
        a->head = c;
        a->used_in_head = 0;
    }
    void *p = a->head->data + a->used_in_head;
    a->used_in_head += size;
    a->total += size;
    return p;
}

char *apbd_arena_strndup(struct apbd_arena *a, const char *s, size_t len)
{
    char *p = apbd_arena_alloc(a, len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

static uint32_t hash_bytes(const char *s, size_t len)
{
    uint32_t h = 2166136261u;       /* FNV-1a */
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

void apbd_strpool_init(struct apbd_strpool *p, struct apbd_arena *arena)
{
    p->arena = arena;
    p->nslots = 1024;
    p->count = 0;
    p->slots = calloc(p->nslots, sizeof(*p->slots));
    p->hashes = calloc(p->nslots, sizeof(*p->hashes));
    if (!p->slots || !p->hashes)
        apbd_die_nomem();
}

void apbd_strpool_release(struct apbd_strpool *p)
{
    free(p->slots);
    free(p->hashes);
    p->slots = NULL;
    p->hashes = NULL;
    p->nslots = p->count = 0;
}

static void grow(struct apbd_strpool *p)
{
    size_t n = p->nslots * 2;
    const char **slots = calloc(n, sizeof(*slots));
    uint32_t *hashes = calloc(n, sizeof(*hashes));
    if (!slots || !hashes)
        apbd_die_nomem();
    for (size_t i = 0; i < p->nslots; i++) {
        if (!p->slots[i])
            continue;
        size_t j = p->hashes[i] & (n - 1);
        while (slots[j])
            j = (j + 1) & (n - 1);
        slots[j] = p->slots[i];
        hashes[j] = p->hashes[i];
    }
    free(p->slots);
    free(p->hashes);
    p->slots = slots;
    p->hashes = hashes;
    p->nslots = n;
}

const char *apbd_strpool_intern(struct apbd_strpool *p, const char *s, size_t len)
{
    if (len == 0)
        return "";
    if ((p->count + 1) * 4 > p->nslots * 3)
        grow(p);
    uint32_t h = hash_bytes(s, len);
    size_t i = h & (p->nslots - 1);
    while (p->slots[i]) {
        if (p->hashes[i] == h && strncmp(p->slots[i], s, len) == 0
            && p->slots[i][len] == '\0')
            return p->slots[i];
        i = (i + 1) & (p->nslots - 1);
    }
    p->slots[i] = apbd_arena_strndup(p->arena, s, len);
    p->hashes[i] = h;
    p->count++;
    return p->slots[i];
}
