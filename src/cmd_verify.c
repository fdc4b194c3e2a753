/*
 * cmd_verify.c: apbd verify --repo PATH [REV]
 *
 * Anyone who clones the public repository can check that a publication is
 * honest: the commit's tree is rebuilt from the sources it archives
 * (sumber/) with the same generator version, and every file is compared
 * byte for byte, as is every SHA256SUMS line. Exit 0 when all agree, 1 on
 * a difference, 4 when another generator version made the publication.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "apbd/build.h"
#include "apbd/cmd.h"
#include "apbd/fsutil.h"
#include "apbd/gitread.h"
#include "apbd/report.h"
#include "apbd/sha256.h"
#include "apbd/status.h"
#include "apbd/version.h"

static const char usage[] =
    "usage: apbd verify --repo PATH [REV] [--lang id|en]\n"
    "\n"
    "Rebuild the publication at REV (default HEAD) from the sources it archives\n"
    "and compare every file and every SHA256SUMS line. Exit 0 when they agree,\n"
    "1 on a difference, 4 when another version of apbd made it.\n";

#define MAX_SHOWN 20

struct files {
    char **names;
    size_t n, cap;
};

static void collect(const char *root, const char *rel, struct files *f)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof(dir), "%s%s%s", root, *rel ? "/" : "", rel);
    DIR *d = opendir(dir);
    if (!d)
        return;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char path[PATH_MAX / 2], full[PATH_MAX];
        struct stat st;
        snprintf(path, sizeof(path), "%s%s%s", rel, *rel ? "/" : "", e->d_name);
        snprintf(full, sizeof(full), "%s/%s", root, path);
        if (lstat(full, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            collect(root, path, f);
            continue;
        }
        if (f->n == f->cap) {
            f->cap = f->cap ? f->cap * 2 : 128;
            f->names = apbd_xrealloc(f->names, f->cap * sizeof(*f->names));
        }
        f->names[f->n++] = strdup(path);
    }
    closedir(d);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void release(struct files *f)
{
    for (size_t i = 0; i < f->n; i++)
        free(f->names[i]);
    free(f->names);
}

static int same_bytes(const char *a, const char *b)
{
    char ha[65], hb[65];
    return apbd_sha256_file(a, ha, NULL) == 0 && apbd_sha256_file(b, hb, NULL) == 0
           && strcmp(ha, hb) == 0;
}

/* Every file of the rebuild against the publication; returns differences. */
static unsigned compare_trees(const char *pub, const char *re, struct apbd_report *rep)
{
    struct files a = { 0 }, b = { 0 };
    collect(pub, "", &a);
    collect(re, "", &b);
    qsort(a.names, a.n, sizeof(*a.names), by_name);
    qsort(b.names, b.n, sizeof(*b.names), by_name);
    unsigned diff = 0;
    size_t i = 0, j = 0;
    while (i < a.n || j < b.n) {
        int c = i == a.n ? 1 : j == b.n ? -1 : strcmp(a.names[i], b.names[j]);
        const char *name = c <= 0 ? a.names[i] : b.names[j];
        int msg = -1;
        if (c < 0)
            msg = APBD_MSG_VERIFY_EXTRA;
        else if (c > 0)
            msg = APBD_MSG_VERIFY_MISSING;
        else {
            char pa[PATH_MAX], pb[PATH_MAX];
            snprintf(pa, sizeof(pa), "%s/%s", pub, name);
            snprintf(pb, sizeof(pb), "%s/%s", re, name);
            if (!same_bytes(pa, pb))
                msg = APBD_MSG_VERIFY_DIFFERS;
        }
        if (msg >= 0) {
            struct apbd_loc loc = { name, 0, 0, NULL, 0, NULL };
            apbd_report(rep, APBD_ERROR, (enum apbd_msg)msg, &loc, NULL);
            diff++;
        }
        if (c <= 0)
            i++;
        if (c >= 0)
            j++;
    }
    release(&a);
    release(&b);
    return diff;
}

/* Every line of the published SHA256SUMS against the published files. */
static unsigned check_sums(const char *pub, struct apbd_report *rep)
{
    char path[PATH_MAX], line[PATH_MAX];
    unsigned bad = 0;
    snprintf(path, sizeof(path), "%s/SHA256SUMS", pub);
    FILE *f = fopen(path, "r");
    struct apbd_loc loc = { "SHA256SUMS", 0, 0, NULL, 0, NULL };
    if (!f) {
        apbd_report(rep, APBD_ERROR, APBD_MSG_VERIFY_SUMS, &loc, "missing", NULL);
        return 1;
    }
    unsigned n = 0;
    while (fgets(line, sizeof(line), f)) {
        n++;
        line[strcspn(line, "\n")] = '\0';
        char want[65], got[65], file[PATH_MAX];
        if (strlen(line) < 67 || line[64] != ' ' || line[65] != ' ') {
            loc.line = n;
            apbd_report(rep, APBD_ERROR, APBD_MSG_VERIFY_SUMS, &loc, line, NULL);
            bad++;
            continue;
        }
        memcpy(want, line, 64);
        want[64] = '\0';
        snprintf(file, sizeof(file), "%s/%s", pub, line + 66);
        if (apbd_sha256_file(file, got, NULL) != 0 || strcmp(want, got) != 0) {
            loc.line = n;
            apbd_report(rep, APBD_ERROR, APBD_MSG_VERIFY_SUMS, &loc, line + 66, NULL);
            bad++;
        }
    }
    fclose(f);
    return bad;
}

int apbd_cmd_verify(int argc, char **argv)
{
    static const struct option options[] = {
        { "repo", required_argument, NULL, 'r' }, { "lang", required_argument, NULL, 'l' },
        { "help", no_argument, NULL, 'h' },       { NULL, 0, NULL, 0 },
    };
    const char *repo = NULL, *lang_opt = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "r:l:h", options, NULL)) != -1) {
        switch (c) {
        case 'r': repo = optarg; break;
        case 'l': lang_opt = optarg; break;
        case 'h': fputs(usage, stdout); return APBD_OK;
        default: fputs(usage, stderr); return APBD_EUSAGE;
        }
    }
    enum apbd_lang lang;
    if (!repo || argc - optind > 1 || apbd_lang_pick(lang_opt, &lang) != 0) {
        fputs(usage, stderr);
        return APBD_EUSAGE;
    }
    const char *rev = optind < argc ? argv[optind] : NULL;
    struct apbd_report rep;
    apbd_report_init(&rep, stderr, lang);
    rep.min_shown = APBD_ERROR;

    char tmp[] = "/tmp/apbd-verify-XXXXXX", pub[64], re[64], commit[41] = "";
    if (!mkdtemp(tmp)) {
        struct apbd_loc loc = { "/tmp", 0, 0, NULL, 0, NULL };
        apbd_report(&rep, APBD_ERROR, APBD_MSG_CANNOT_WRITE, &loc, strerror(errno), NULL);
        return APBD_EIO;
    }
    snprintf(pub, sizeof(pub), "%s/terbitan", tmp);
    snprintf(re, sizeof(re), "%s/ulang", tmp);
    int status = apbd_git_export(repo, rev, pub, commit, &rep);

    if (status == APBD_OK) {
        /* The same generator, or no byte-for-byte promise can be made. */
        char path[PATH_MAX], made[128] = "";
        snprintf(path, sizeof(path), "%s/" APBD_ARCHIVE_VERSION, pub);
        FILE *f = fopen(path, "r");
        if (f) {
            if (!fgets(made, sizeof(made), f))
                made[0] = '\0';
            fclose(f);
        }
        made[strcspn(made, "\n")] = '\0';
        if (strcmp(made, "apbd " APBD_VERSION) != 0) {
            struct apbd_loc loc = { APBD_ARCHIVE_VERSION, 0, 0, NULL, 0, NULL };
            apbd_report(&rep, APBD_ERROR, APBD_MSG_VERIFY_VERSION, &loc,
                        made[0] ? made : "(unknown)", "apbd " APBD_VERSION, NULL);
            status = APBD_EVERSION;
        }
    }
    unsigned sums = 0, diffs = 0;
    if (status == APBD_OK) {
        sums = check_sums(pub, &rep);
        char budgets[PATH_MAX];
        snprintf(budgets, sizeof(budgets), "%s/" APBD_ARCHIVE_DIR, pub);
        struct apbd_build_opts o = { .budgets = budgets };
        struct apbd_build_result res;
        if (mkdir(re, 0755) != 0)
            status = APBD_EIO;
        int built = status == APBD_OK ? apbd_build_tree(&o, re, &res, &rep) : APBD_EIO;
        if (status == APBD_OK && built != APBD_OK)
            status = built == APBD_EDATA ? APBD_EDATA : APBD_EIO;
        if (status == APBD_OK)
            diffs = compare_trees(pub, re, &rep);
        apbd_build_result_release(&res);
        if (status == APBD_OK && (sums || diffs))
            status = APBD_EDATA;
    }
    if (status == APBD_OK)
        printf("apbd verify: %.12s matches a rebuild from its own sources, byte for byte,"
               " and its SHA256SUMS\n", commit);
    else if (status == APBD_EDATA)
        printf("apbd verify: %.12s: %u files differ from a rebuild, %u SHA256SUMS lines do not"
               " match\n", commit, diffs, sums);
    apbd_remove_tree(tmp);
    return status;
}
