#ifndef APBD_BUDGETS_H
#define APBD_BUDGETS_H

/*
 * Finding the monthly exports: a path is a file (taken as it is) or a
 * budgets directory, searched for files named YEAR-MONTH.csv and folders
 * named YEAR-MONTH (a period's per-SKPD files), in it or in its year
 * folders; YEAR-apbd (file or folder) is the approved budget, period
 * YEAR-00. The list is sorted by period, then path, so every
 * later stage sees months in order.
 */

#include <stddef.h>

struct apbd_export {
    char *path;
    char period[8];     /* "2024-07", or "" for a file whose name has none */
};

struct apbd_export_list {
    struct apbd_export *items;
    size_t count, cap;
};

/* Returns 0, or -1 with errno when a path cannot be read (*bad names it). */
int apbd_budgets_find(const char *const *paths, size_t npaths,
                      struct apbd_export_list *out, const char **bad);
void apbd_export_list_release(struct apbd_export_list *l);

/* A budget-only period (YEAR-00) stands for its year until a realization
 * month comes: the index of the first month of its year in l (up to until,
 * when not NULL) that replaces item i, or -1. */
long apbd_budget_replaced_by(const struct apbd_export_list *l, size_t i, const char *until);

/* The period before p ("2024-01" -> "2023-12") into out. */
void apbd_period_previous(const char *p, char out[8]);

#endif
