/* gitread.c: publications read back from git. */
#include <git2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apbd/arena.h"
#include "apbd/gitread.h"
#include "apbd/report.h"
#include "apbd/status.h"

static int fail(const char *repo, const char *what, struct apbd_report *rep)
{
    if (!rep)
        return APBD_EIO;
    const git_error *e = git_error_last();
    char msg[512];
    snprintf(msg, sizeof(msg), "%s: %s", what, e && e->message ? e->message : "failed");
    struct apbd_loc loc = { repo, 0, 0, NULL, 0, NULL };
    apbd_report(rep, APBD_ERROR, APBD_MSG_GIT, &loc, msg, NULL);
    return APBD_EIO;
}

/* The files of rev (those under prefix, or all when it is NULL) written
 * into dir as stored, without touching the repository's index; failures
 * reported to rep unless it is NULL. */
static int export(const char *path, const char *rev, const char *prefix, const char *dir,
                  char commit[41], struct apbd_report *rep)
{
    git_libgit2_init();
    git_repository *repo = NULL;
    git_object *obj = NULL;
    int status = APBD_OK;
    if (git_repository_open_ext(&repo, path, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL) != 0)
        status = fail(path, "open", rep);
    else if (git_revparse_single(&obj, repo, rev ? rev : "HEAD") != 0)
        status = fail(path, rev ? rev : "HEAD", rep);
    git_object *c = NULL;
    if (status == APBD_OK && git_object_peel(&c, obj, GIT_OBJECT_COMMIT) != 0)
        status = fail(path, rev ? rev : "HEAD", rep);
    if (status == APBD_OK) {
        git_oid_tostr(commit, 41, git_object_id(c));
        git_checkout_options co;
        git_checkout_options_init(&co, GIT_CHECKOUT_OPTIONS_VERSION);
        co.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_DONT_UPDATE_INDEX;
        co.target_directory = dir;
        co.disable_filters = 1;     /* the published bytes, as stored */
        char pattern[256];
        char *paths[] = { pattern };
        if (prefix) {
            snprintf(pattern, sizeof(pattern), "%s*", prefix);
            co.paths.strings = paths;
            co.paths.count = 1;
        }
        if (git_checkout_tree(repo, c, &co) != 0)
            status = fail(path, "checkout", rep);
    }
    git_object_free(c);
    git_object_free(obj);
    git_repository_free(repo);
    git_libgit2_shutdown();
    return status;
}

int apbd_git_export(const char *path, const char *rev, const char *dir, char commit[41],
                    struct apbd_report *rep)
{
    return export(path, rev, NULL, dir, commit, rep);
}

int apbd_git_export_prefix(const char *path, const char *rev, const char *prefix, const char *dir)
{
    char commit[41];
    return export(path, rev, prefix, dir, commit, NULL) == APBD_OK ? 0 : -1;
}

char *apbd_git_read(const char *path, const char *rev, const char *file, size_t *size)
{
    git_libgit2_init();
    git_repository *repo = NULL;
    git_object *obj = NULL;
    char *text = NULL, spec[1024];
    snprintf(spec, sizeof(spec), "%s:%s", rev, file);
    if (git_repository_open_ext(&repo, path, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL) == 0
        && git_revparse_single(&obj, repo, spec) == 0 && git_object_type(obj) == GIT_OBJECT_BLOB) {
        const git_blob *blob = (const git_blob *)obj;
        size_t n = (size_t)git_blob_rawsize(blob);
        text = apbd_xmalloc(n + 1);
        memcpy(text, git_blob_rawcontent(blob), n);
        text[n] = '\0';
        if (size)
            *size = n;
    }
    git_object_free(obj);
    git_repository_free(repo);
    git_libgit2_shutdown();
    return text;
}

int apbd_git_resolves(const char *path, const char *rev)
{
    git_libgit2_init();
    git_repository *repo = NULL;
    git_object *obj = NULL, *c = NULL;
    int ok = git_repository_open_ext(&repo, path, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL) == 0
             && git_revparse_single(&obj, repo, rev) == 0
             && git_object_peel(&c, obj, GIT_OBJECT_COMMIT) == 0;
    git_object_free(c);
    git_object_free(obj);
    git_repository_free(repo);
    git_libgit2_shutdown();
    return ok;
}
