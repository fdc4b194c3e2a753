/* budgets.c: the monthly exports under a budgets directory, in order. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "apbd/arena.h"
#include "apbd/budgets.h"
#include "apbd/import.h"

static void add(struct apbd_export_list *l, const char *path, const char *period)
{
    if (l->count == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 32;
        l->items = apbd_xrealloc(l->items, l->cap * sizeof(*l->items));
    }
    struct apbd_export *e = &l->items[l->count++];
    e->path = strdup(path);
    if (!e->path)
        apbd_die_nomem();
    snprintf(e->period, sizeof(e->period), "%s", period);
}

static int walk(const char *dir, int depth, struct apbd_export_list *l)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        /* Hidden entries, an archive's earlier versions and look, and the
         * notes, are not months to build. */
        if (e->d_name[0] == '.' || strcmp(e->d_name, "terbitan-sebelumnya") == 0
            || strcmp(e->d_name, "site-gen") == 0 || strcmp(e->d_name, "catatan") == 0)
            continue;
        char path[4096];
        if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, e->d_name) >= sizeof(path))
            continue;
        struct stat st;
        if (stat(path, &st) != 0)
            continue;
        char period[8];
        size_t n = strlen(e->d_name);
        if (S_ISDIR(st.st_mode) && apbd_period_from_name(path, period) == 0)
            add(l, path, period);       /* a period's per-SKPD files */
        else if (S_ISDIR(st.st_mode) && depth < 2)
            walk(path, depth + 1, l);
        else if (S_ISREG(st.st_mode) && apbd_period_from_name(path, period) == 0
                 && (n == 11 || n == 13 || n == 12 || n == 14))     /* .csv, .xlsx */
            add(l, path, period);
    }
    closedir(d);
    return 0;
}

static int by_period(const void *a, const void *b)
{
    const struct apbd_export *x = a, *y = b;
    int c = strcmp(x->period, y->period);
    return c ? c : strcmp(x->path, y->path);
}

int apbd_budgets_find(const char *const *paths, size_t npaths,
                      struct apbd_export_list *out, const char **bad)
{
    memset(out, 0, sizeof(*out));
    for (size_t i = 0; i < npaths; i++) {
        struct stat st;
        if (stat(paths[i], &st) != 0) {
            *bad = paths[i];
            return -1;
        }
        if (S_ISDIR(st.st_mode)) {
            if (walk(paths[i], 0, out) != 0) {
                *bad = paths[i];
                return -1;
            }
        } else {
            char period[8] = "";
            if (apbd_period_from_name(paths[i], period) != 0)
                period[0] = '\0';
            add(out, paths[i], period);
        }
    }
    qsort(out->items, out->count, sizeof(*out->items), by_period);
    return 0;
}

void apbd_export_list_release(struct apbd_export_list *l)
{
    for (size_t i = 0; i < l->count; i++)
        free(l->items[i].path);
    free(l->items);
    memset(l, 0, sizeof(*l));
}

long apbd_budget_replaced_by(const struct apbd_export_list *l, size_t i, const char *until)
{
    const char *p = l->items[i].period;
    if (strlen(p) != 7 || strcmp(p + 4, "-00") != 0)
        return -1;
    for (size_t k = i + 1; k < l->count; k++) {
        const char *q = l->items[k].period;
        if (strncmp(q, p, 5) != 0 || (until && strcmp(q, until) > 0))
            break;
        if (strcmp(q, p) != 0)
            return (long)k;
    }
    return -1;
}

void apbd_period_previous(const char *p, char out[8])
{
    unsigned year = (unsigned)atoi(p) % 10000, month = (unsigned)atoi(p + 5) % 100;
    if (month <= 1) {
        month = 12;
        year = year ? year - 1 : 0;
    } else {
        month--;
    }
    snprintf(out, 8, "%04u-%02u", year % 10000, month % 100);
}
