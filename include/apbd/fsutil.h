#ifndef APBD_FSUTIL_H
#define APBD_FSUTIL_H

/*
 * Files and directories for an atomic build: a staging directory made
 * beside the destination (same file system, so renames are atomic), and
 * its swap into place. Each returns 0, or -1 with errno set.
 */

#include <stddef.h>

int apbd_mkdirs(const char *path);
/* The directories that will hold the file path (all but its last part). */
int apbd_mkdirs_for(const char *path);
/* The same file under a second name: a hard link where the file system
 * allows one (outputs are never edited in place), else a copy. */
int apbd_link_or_copy(const char *from, const char *to);
int apbd_copy_file(const char *from, const char *to);
int apbd_remove_tree(const char *path);

/* Make "<out>.tmp-XXXXXX" (and out's parent) into buf. */
int apbd_staging_create(const char *out, char *buf, size_t size);

/* Put staging where out is: a rename when out does not exist, else an
 * atomic exchange (renameat2 RENAME_EXCHANGE, as a plain rename onto a
 * non-empty directory fails) followed by removing the old tree. */
int apbd_staging_commit(const char *staging, const char *out);

#endif
