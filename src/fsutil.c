/* fsutil.c: staging directories and their atomic swap. */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "apbd/fsutil.h"

int apbd_mkdirs(const char *path)
{
    char buf[PATH_MAX];
    if (snprintf(buf, sizeof(buf), "%s", path) >= (int)sizeof(buf)) {
        errno = ENAMETOOLONG;
        return -1;
    }
    for (char *p = buf + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(buf, 0755) != 0 && errno != EEXIST)
            return -1;
        *p = '/';
    }
    if (mkdir(buf, 0755) != 0 && errno != EEXIST)
        return -1;
    return 0;
}

int apbd_mkdirs_for(const char *path)
{
    char dir[PATH_MAX];
    if (snprintf(dir, sizeof(dir), "%s", path) >= (int)sizeof(dir)) {
        errno = ENAMETOOLONG;
        return -1;
    }
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir)
        return 0;
    *slash = '\0';
    return apbd_mkdirs(dir);
}

int apbd_copy_file(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb");
    if (!in)
        return -1;
    FILE *out = fopen(to, "wb");
    if (!out) {
        int e = errno;
        fclose(in);
        errno = e;
        return -1;
    }
    char buf[65536];
    size_t n;
    int bad = 0;
    while (!bad && (n = fread(buf, 1, sizeof(buf), in)) > 0)
        bad = fwrite(buf, 1, n, out) != n;
    bad |= ferror(in);
    fclose(in);
    bad |= fclose(out) != 0;
    if (bad && !errno)
        errno = EIO;
    return bad ? -1 : 0;
}

int apbd_link_or_copy(const char *from, const char *to)
{
    if (link(from, to) == 0)
        return 0;
    return apbd_copy_file(from, to);
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

int apbd_remove_tree(const char *path)
{
    return nftw(path, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

int apbd_staging_create(const char *out, char *buf, size_t size)
{
    char clean[PATH_MAX];
    size_t n = strlen(out);
    while (n > 1 && out[n - 1] == '/')
        n--;
    if (n >= sizeof(clean)) {
        errno = ENAMETOOLONG;
        return -1;
    }
    memcpy(clean, out, n);
    clean[n] = '\0';
    char *slash = strrchr(clean, '/');
    if (slash && slash != clean) {
        *slash = '\0';
        if (apbd_mkdirs(clean) != 0)
            return -1;
        *slash = '/';
    }
    if ((size_t)snprintf(buf, size, "%s.tmp-XXXXXX", clean) >= size) {
        errno = ENAMETOOLONG;
        return -1;
    }
    if (!mkdtemp(buf))
        return -1;
    chmod(buf, 0755);       /* mkdtemp makes it private; a site is public */
    return 0;
}

int apbd_staging_commit(const char *staging, const char *out)
{
    struct stat st;
    if (lstat(out, &st) != 0) {
        if (errno != ENOENT)
            return -1;
        return rename(staging, out);
    }
    if (!S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        return -1;
    }
    if (renameat2(AT_FDCWD, staging, AT_FDCWD, out, RENAME_EXCHANGE) != 0)
        return -1;
    /* staging now holds the old build. */
    return apbd_remove_tree(staging);
}
