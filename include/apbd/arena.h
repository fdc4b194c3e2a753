#ifndef APBD_ARENA_H
#define APBD_ARENA_H

/*
 * Per-run memory: a bump allocator in large chunks, released all at once.
 * Lines, strings and nodes of one run live here, so no stage frees them
 * one by one. Allocation failure aborts with a message: there is nothing
 * useful a half-built budget can do without memory.
 *
 * The string pool stores each distinct string once (SKPD, sub kegiatan and
 * account names repeat on thousands of lines), so memory grows with the
 * number of lines, not with their text.
 */

#include <stddef.h>
#include <stdint.h>

struct apbd_arena_chunk;

struct apbd_arena {
    struct apbd_arena_chunk *head;
    size_t used_in_head;
    size_t total;          /* bytes handed out, for --verbose */
};

void apbd_arena_init(struct apbd_arena *a);
void apbd_arena_release(struct apbd_arena *a);
void *apbd_arena_alloc(struct apbd_arena *a, size_t size);
char *apbd_arena_strndup(struct apbd_arena *a, const char *s, size_t len);

struct apbd_strpool {
    struct apbd_arena *arena;
    const char **slots;    /* open addressing; NULL is empty */
    uint32_t *hashes;
    size_t nslots, count;
};

void apbd_strpool_init(struct apbd_strpool *p, struct apbd_arena *arena);
void apbd_strpool_release(struct apbd_strpool *p);
/* The pooled copy of s[0..len); "" for len 0. Lives as long as the arena. */
const char *apbd_strpool_intern(struct apbd_strpool *p, const char *s, size_t len);

/* Abort with a message; for allocation failure only. */
_Noreturn void apbd_die_nomem(void);
void *apbd_xmalloc(size_t size);
void *apbd_xrealloc(void *p, size_t size);

#endif
