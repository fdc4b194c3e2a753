#ifndef APBD_GITREAD_H
#define APBD_GITREAD_H

/*
 * Reading publications back out of git (libgit2): a commit's whole tree
 * into a directory (for `apbd verify`), one file of a revision (for
 * `apbd diff`). Writing is publish.c's alone.
 */

#include <stddef.h>

struct apbd_report;

/* Write the tree of rev (default HEAD) into dir; commit gets its id.
 * APBD_OK, or APBD_EIO after reporting. */
int apbd_git_export(const char *repo, const char *rev, const char *dir, char commit[41],
                    struct apbd_report *rep);

/* Only the files under prefix ("sumber/") of rev into dir; 0, or -1 when
 * the repository or the revision is not there (nothing to export). */
int apbd_git_export_prefix(const char *repo, const char *rev, const char *prefix, const char *dir);

/* The contents of path in rev, malloc'd, NUL-terminated; NULL when the
 * repository, the revision or the file is not there. */
char *apbd_git_read(const char *repo, const char *rev, const char *path, size_t *size);

/* Does rev name a commit in repo? */
int apbd_git_resolves(const char *repo, const char *rev);

#endif
