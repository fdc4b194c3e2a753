/*
 * publish.c: a staged tree to one commit on the publishing branch.
 *
 * Order matters for crash safety: objects first (unreachable until the
 * branch moves, so harmless if we die), then the branch with a
 * compare-and-swap on the tip we started from, then tags (a missing tag
 * is healed by the next run), then the checkout and the push.
 */
#include <dirent.h>
#include <errno.h>
#include <git2.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "apbd/arena.h"
#include "apbd/publish.h"
#include "apbd/report.h"
#include "apbd/status.h"

struct pub {
    git_repository *repo;
    const struct apbd_publish_opts *o;
    struct apbd_publish_result *res;
    struct apbd_report *rep;
    long writes, fault_after;   /* test-only: die after that many object writes */
    /* files with more than one name (terbaru/ links the latest month's):
     * read and hashed once */
    struct { dev_t dev; ino_t ino; git_oid oid; } linked[8];
    size_t nlinked;
};

static int git_fail(struct pub *p, const char *what)
{
    const git_error *e = git_error_last();
    char msg[512];
    snprintf(msg, sizeof(msg), "%s: %s", what, e && e->message ? e->message : "failed");
    struct apbd_loc loc = { p->o->repo, 0, 0, NULL, 0, NULL };
    apbd_report(p->rep, APBD_ERROR, APBD_MSG_GIT, &loc, msg, NULL);
    return APBD_EIO;
}

/* The crash tests kill us between object writes (APBD_TEST_KILL_AFTER_WRITES). */
static void wrote(struct pub *p)
{
    if (p->fault_after > 0 && ++p->writes >= p->fault_after)
        raise(SIGKILL);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Names in dir, sorted (so the tree is the same whatever readdir's order). */
static char **list_dir(const char *dir, size_t *n)
{
    DIR *d = opendir(dir);
    char **names = NULL;
    size_t cap = 0;
    *n = 0;
    if (!d)
        return NULL;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 32;
            names = apbd_xrealloc(names, cap * sizeof(*names));
        }
        names[(*n)++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, *n, sizeof(*names), by_name);
    return names;
}

static void free_list(char **names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

/* Write dir as a tree: blobs for files, trees for directories. */
static int write_tree(struct pub *p, const char *dir, git_oid *out)
{
    size_t n;
    char **names = list_dir(dir, &n);
    if (!names && errno) {
        struct apbd_loc loc = { dir, 0, 0, NULL, 0, NULL };
        apbd_report(p->rep, APBD_ERROR, APBD_MSG_CANNOT_READ, &loc, strerror(errno), NULL);
        return APBD_EIO;
    }
    git_treebuilder *tb = NULL;
    int status = APBD_OK;
    if (git_treebuilder_new(&tb, p->repo, NULL) != 0)
        status = git_fail(p, "treebuilder");
    for (size_t i = 0; i < n && status == APBD_OK; i++) {
        char path[PATH_MAX];
        struct stat st;
        git_oid oid;
        snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
        if (lstat(path, &st) != 0) {
            status = git_fail(p, path);
            break;
        }
        if (S_ISDIR(st.st_mode)) {
            status = write_tree(p, path, &oid);
            if (status == APBD_OK && git_treebuilder_insert(NULL, tb, names[i], &oid,
                                                            GIT_FILEMODE_TREE) != 0)
                status = git_fail(p, path);
        } else {
            size_t k = 0;
            while (st.st_nlink > 1 && k < p->nlinked
                   && !(p->linked[k].dev == st.st_dev && p->linked[k].ino == st.st_ino))
                k++;
            if (st.st_nlink > 1 && k < p->nlinked) {
                git_oid_cpy(&oid, &p->linked[k].oid);
            } else if (git_blob_create_from_disk(&oid, p->repo, path) != 0) {
                status = git_fail(p, path);
                break;
            } else {
                wrote(p);
                if (st.st_nlink > 1 && p->nlinked < sizeof(p->linked) / sizeof(p->linked[0])) {
                    p->linked[p->nlinked].dev = st.st_dev;
                    p->linked[p->nlinked].ino = st.st_ino;
                    git_oid_cpy(&p->linked[p->nlinked++].oid, &oid);
                }
            }
            if (git_treebuilder_insert(NULL, tb, names[i], &oid, GIT_FILEMODE_BLOB) != 0)
                status = git_fail(p, path);
        }
    }
    if (status == APBD_OK) {
        if (git_treebuilder_write(out, tb) != 0)
            status = git_fail(p, "tree");
        else
            wrote(p);
    }
    git_treebuilder_free(tb);
    free_list(names, n);
    return status;
}

/* ------------------------------------------------------------- dry run */

struct diff_walk {
    struct pub *p;
    const char *staged;
    git_tree *old;
};

/* Count files added or changed in staged against old, without writing. */
static int diff_dir(struct diff_walk *w, const char *rel)
{
    char dir[PATH_MAX + PATH_MAX / 2];
    snprintf(dir, sizeof(dir), "%s%s%s", w->staged, *rel ? "/" : "", rel);
    size_t n;
    char **names = list_dir(dir, &n);
    for (size_t i = 0; i < n; i++) {
        char relpath[PATH_MAX / 2], path[PATH_MAX];
        snprintf(relpath, sizeof(relpath), "%s%s%s", rel, *rel ? "/" : "", names[i]);
        snprintf(path, sizeof(path), "%s/%s", w->staged, relpath);
        struct stat st;
        if (lstat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            diff_dir(w, relpath);
            continue;
        }
        git_tree_entry *e = NULL;
        git_oid oid;
        if (!w->old || git_tree_entry_bypath(&e, w->old, relpath) != 0) {
            w->p->res->added++;
            printf("  + %s\n", relpath);
        } else if (git_odb_hashfile(&oid, path, GIT_OBJECT_BLOB) == 0
                   && !git_oid_equal(&oid, git_tree_entry_id(e))) {
            w->p->res->changed++;
            printf("  ~ %s\n", relpath);
        }
        git_tree_entry_free(e);
    }
    free_list(names, n);
    return 0;
}

static int count_removed(const char *root, const git_tree_entry *e, void *data)
{
    struct diff_walk *w = data;
    if (git_tree_entry_type(e) != GIT_OBJECT_BLOB)
        return 0;
    char path[2 * PATH_MAX];
    struct stat st;
    snprintf(path, sizeof(path), "%s/%s%s", w->staged, root, git_tree_entry_name(e));
    if (lstat(path, &st) != 0) {
        w->p->res->removed++;
        printf("  - %s%s\n", root, git_tree_entry_name(e));
    }
    return 0;
}

/* ----------------------------------------------------------------- tags */

/* "2024/07" directories of a tree: the months it publishes. */
static size_t months_of(git_tree *tree, char (*out)[8], size_t max)
{
    size_t n = 0;
    for (size_t i = 0; tree && i < git_tree_entrycount(tree); i++) {
        const git_tree_entry *y = git_tree_entry_byindex(tree, i);
        const char *yn = git_tree_entry_name(y);
        if (git_tree_entry_type(y) != GIT_OBJECT_TREE || strlen(yn) != 4 || strspn(yn, "0123456789") != 4)
            continue;
        git_tree *yt = NULL;
        if (git_tree_lookup(&yt, git_tree_owner(tree), git_tree_entry_id(y)) != 0)
            continue;
        for (size_t j = 0; j < git_tree_entrycount(yt) && n < max; j++) {
            const char *mn = git_tree_entry_name(git_tree_entry_byindex(yt, j));
            if (strlen(mn) == 2 && strspn(mn, "0123456789") == 2)
                snprintf(out[n++], 8, "%.4s-%.2s", yn, mn);
        }
        git_tree_free(yt);
    }
    return n;
}

/* The id of a month's directory in tree; 0, or -1 when it has none. */
static int month_dir(git_tree *tree, const char *period, git_oid *out)
{
    char path[16];
    git_tree_entry *e = NULL;
    snprintf(path, sizeof(path), "%.4s/%.2s", period, period + 5);
    if (!tree || git_tree_entry_bypath(&e, tree, path) != 0)
        return -1;
    git_oid_cpy(out, git_tree_entry_id(e));
    git_tree_entry_free(e);
    return 0;
}

/* The digest of a month's archived source, from a tree's
 * sumber/tanggal-terbit.txt ("YYYY-MM date sha256" lines); "" if none. */
static void source_digest(git_tree *tree, const char *period, char out[65])
{
    git_tree_entry *e = NULL;
    git_blob *blob = NULL;
    out[0] = '\0';
    if (!tree || git_tree_entry_bypath(&e, tree, "sumber/tanggal-terbit.txt") != 0)
        return;
    if (git_blob_lookup(&blob, git_tree_owner(tree), git_tree_entry_id(e)) == 0) {
        const char *text = git_blob_rawcontent(blob);
        size_t n = (size_t)git_blob_rawsize(blob);
        for (size_t i = 0; i + 7 < n; i++) {
            if ((i == 0 || text[i - 1] == '\n') && strncmp(text + i, period, 7) == 0) {
                char d[11];
                if (sscanf(text + i + 7, " %10s %64s", d, out) != 2)
                    out[0] = '\0';
                break;
            }
        }
    }
    git_blob_free(blob);
    git_tree_entry_free(e);
}

static int tag_exists(git_repository *repo, const char *name)
{
    char ref[128];
    git_oid oid;
    snprintf(ref, sizeof(ref), "refs/tags/%s", name);
    return git_reference_name_to_id(&oid, repo, ref) == 0;
}

static int make_tag(struct pub *p, const char *name, const git_oid *target,
                    const git_signature *sig, const char *message)
{
    git_object *obj = NULL;
    git_oid tag;
    if (git_object_lookup(&obj, p->repo, target, GIT_OBJECT_COMMIT) != 0)
        return git_fail(p, "tag target");
    int r = git_tag_create(&tag, p->repo, name, obj, sig, message, 0);
    git_object_free(obj);
    if (r == GIT_EEXISTS)
        return APBD_OK;         /* made by a concurrent run: fine */
    if (r != 0)
        return git_fail(p, name);
    wrote(p);
    p->res->tags++;
    return APBD_OK;
}

/*
 * Tags for what this commit publishes: <period> on the commit that first
 * publishes a month, <period>-rN on one that changes a published month.
 * Months already in the branch without their tag (a crash between branch
 * and tags) get it on the oldest commit of the branch that has them.
 */
static int tag_months(struct pub *p, const git_oid *tip, git_tree *old_tree, git_tree *new_tree,
                      const git_signature *sig)
{
    enum { MAX_MONTHS = 12 * 200 };
    char (*months)[8] = apbd_xmalloc(MAX_MONTHS * sizeof(*months));
    size_t n = months_of(new_tree, months, MAX_MONTHS);
    int status = APBD_OK;
    for (size_t i = 0; i < n && status == APBD_OK; i++) {
        const char *period = months[i];
        char before[65], after[65];
        source_digest(old_tree, period, before);
        source_digest(new_tree, period, after);
        char msg[128];
        if (!tag_exists(p->repo, period)) {
            /* The oldest commit of the first-parent chain with this month. */
            git_oid at = *tip, walk = *tip;
            for (;;) {
                git_commit *c = NULL;
                git_tree *t = NULL;
                git_oid dir;
                if (git_commit_lookup(&c, p->repo, &walk) != 0)
                    break;
                int has = git_commit_tree(&t, c) == 0 && month_dir(t, period, &dir) == 0;
                git_tree_free(t);
                if (has)
                    at = walk;
                int more = has && git_commit_parentcount(c) > 0;
                if (more)
                    git_oid_cpy(&walk, git_commit_parent_id(c, 0));
                git_commit_free(c);
                if (!more)
                    break;
            }
            snprintf(msg, sizeof(msg), "APBD %s\n", period);
            status = make_tag(p, period, &at, sig, msg);
        } else if (before[0] && after[0] && strcmp(before, after) != 0 && p->res->committed) {
            /* A corrected export of a month published before. (Later months
             * change too, as they compare with it, but their exports did not.) */
            char name[32];
            int r = 2;
            do
                snprintf(name, sizeof(name), "%s-r%d", period, r++);
            while (tag_exists(p->repo, name) && r < 1000);
            snprintf(msg, sizeof(msg), "APBD %s, revisi %d\n", period, r - 1);
            status = make_tag(p, name, tip, sig, msg);
        }
    }
    free(months);
    return status;
}

/* --------------------------------------------------------------- push */

struct push_state {
    struct pub *p;
    const char *remote;
    int rejected;
};

static int on_push_ref(const char *refname, const char *status, void *data)
{
    struct push_state *s = data;
    if (status) {
        struct apbd_loc loc = { s->p->o->repo, 0, 0, NULL, 0, NULL };
        apbd_report(s->p->rep, APBD_ERROR, APBD_MSG_PUSH_REJECTED, &loc, refname, s->remote,
                    status, NULL);
        s->rejected = 1;
    }
    return 0;
}

/* ssh-agent for ssh, a token from APBD_GIT_TOKEN for https. */
static int credentials(git_credential **out, const char *url, const char *user,
                       unsigned int allowed, void *data)
{
    (void)url;
    (void)data;
    if ((allowed & GIT_CREDENTIAL_SSH_KEY) && user)
        return git_credential_ssh_key_from_agent(out, user);
    const char *token = getenv("APBD_GIT_TOKEN");
    if ((allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) && token && *token)
        return git_credential_userpass_plaintext_new(out, user && *user ? user : "x-access-token",
                                                     token);
    return GIT_PASSTHROUGH;
}

static int push(struct pub *p)
{
    git_remote *remote = NULL;
    const char *name = p->o->push;
    if (git_remote_lookup(&remote, p->repo, name) != 0
        && git_remote_create_anonymous(&remote, p->repo, name) != 0)
        return git_fail(p, name);
    git_strarray tags = { 0 };
    if (git_tag_list(&tags, p->repo) != 0) {
        git_remote_free(remote);
        return git_fail(p, "tags");
    }
    char **specs = apbd_xmalloc((tags.count + 1) * sizeof(*specs));
    size_t nspecs = 0;
    char branch[256];
    snprintf(branch, sizeof(branch), "refs/heads/%s:refs/heads/%s", p->o->branch, p->o->branch);
    specs[nspecs++] = branch;
    for (size_t i = 0; i < tags.count; i++) {
        specs[nspecs] = apbd_xmalloc(2 * strlen(tags.strings[i]) + 24);
        sprintf(specs[nspecs], "refs/tags/%s:refs/tags/%s", tags.strings[i], tags.strings[i]);
        nspecs++;
    }
    git_strarray refspecs = { specs, nspecs };
    git_push_options opts;
    git_push_options_init(&opts, GIT_PUSH_OPTIONS_VERSION);
    struct push_state st = { p, name, 0 };
    opts.callbacks.push_update_reference = on_push_ref;
    opts.callbacks.credentials = credentials;
    opts.callbacks.payload = &st;
    int r = git_remote_push(remote, &refspecs, &opts);
    int status = st.rejected ? APBD_EIO : APBD_OK;
    if (r == GIT_ENONFASTFORWARD) {
        /* Some transports say so here rather than per reference. */
        struct apbd_loc loc = { p->o->repo, 0, 0, NULL, 0, NULL };
        apbd_report(p->rep, APBD_ERROR, APBD_MSG_PUSH_REJECTED, &loc, p->o->branch, name,
                    "non-fast-forward", NULL);
        status = APBD_EIO;
    } else if (r != 0) {
        status = git_fail(p, "push");
    }
    for (size_t i = 1; i < nspecs; i++)
        free(specs[i]);
    free(specs);
    git_strarray_dispose(&tags);
    git_remote_free(remote);
    return status;
}

/* ------------------------------------------------------------- checkout */

/* Does a non-bare repository have the branch checked out, with no local
 * changes? Asked before the branch moves: afterwards every file differs. */
static int checkout_follows(struct pub *p, const char *refname)
{
    if (!p->repo || git_repository_is_bare(p->repo))
        return 0;
    git_reference *head = NULL;
    if (git_reference_lookup(&head, p->repo, "HEAD") != 0)
        return 0;
    const char *target = git_reference_symbolic_target(head);
    int ours = target && strcmp(target, refname) == 0;     /* born or unborn */
    git_reference_free(head);
    git_status_list *st = NULL;
    git_status_options so;
    git_status_options_init(&so, GIT_STATUS_OPTIONS_VERSION);
    so.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED;
    if (!ours || git_status_list_new(&st, p->repo, &so) != 0)
        return 0;
    size_t dirty = git_status_list_entrycount(st);
    git_status_list_free(st);
    return dirty == 0;
}

static int update_checkout(struct pub *p)
{
    git_checkout_options co;
    git_checkout_options_init(&co, GIT_CHECKOUT_OPTIONS_VERSION);
    /* The work tree was clean at the old commit: SAFE brings every file to
     * the new one and leaves anything unexpected alone. */
    co.checkout_strategy = GIT_CHECKOUT_SAFE;
    return git_checkout_head(p->repo, &co) == 0 ? APBD_OK : git_fail(p, "checkout");
}

/* ---------------------------------------------------------------- main */

static int open_repo(struct pub *p, int create)
{
    const char *path = p->o->repo;
    struct stat st;
    struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
    if (stat(path, &st) == 0 && !S_ISDIR(st.st_mode)) {
        apbd_report(p->rep, APBD_ERROR, APBD_MSG_NOT_A_REPOSITORY, &loc, path, NULL);
        return APBD_EIO;
    }
    if (git_repository_open_ext(&p->repo, path, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL) == 0)
        return APBD_OK;
    DIR *d = opendir(path);
    int empty = 1;
    for (struct dirent *e; d && (e = readdir(d)) != NULL;)
        empty &= strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
    if (d)
        closedir(d);
    if (d && !empty) {
        apbd_report(p->rep, APBD_ERROR, APBD_MSG_NOT_A_REPOSITORY, &loc, path, NULL);
        return APBD_EIO;
    }
    if (!create) {
        p->repo = NULL;     /* a dry run of a repository yet to be made */
        return APBD_OK;
    }
    /* A new public record: bare, its HEAD on the publishing branch. */
    if (git_repository_init(&p->repo, path, 1) != 0)
        return git_fail(p, "init");
    char ref[256];
    snprintf(ref, sizeof(ref), "refs/heads/%s", p->o->branch);
    if (git_repository_set_head(p->repo, ref) != 0)
        return git_fail(p, "HEAD");
    return APBD_OK;
}

static int split_author(const char *s, char *name, size_t nsize, char *mail, size_t msize)
{
    const char *lt = strchr(s, '<'), *gt = lt ? strchr(lt, '>') : NULL;
    if (!lt || !gt || lt == s)
        return -1;
    size_t n = (size_t)(lt - s);
    while (n && s[n - 1] == ' ')
        n--;
    snprintf(name, nsize, "%.*s", (int)n, s);
    snprintf(mail, msize, "%.*s", (int)(gt - lt - 1), lt + 1);
    return name[0] ? 0 : -1;
}

int apbd_publish_tree(const char *staged, const struct apbd_publish_opts *o,
                      struct apbd_publish_result *res, struct apbd_report *rep)
{
    struct pub p = { .o = o, .res = res, .rep = rep };
    const char *fault = getenv("APBD_TEST_KILL_AFTER_WRITES");
    p.fault_after = fault ? atol(fault) : 0;
    memset(res, 0, sizeof(*res));
    git_libgit2_init();

    char refname[256], name[256], mail[256];
    snprintf(refname, sizeof(refname), "refs/heads/%s", o->branch);
    git_signature *sig = NULL;
    git_oid old_tip, tree_id, new_tip;
    git_commit *old_commit = NULL;
    git_tree *old_tree = NULL, *new_tree = NULL;
    git_reference *ref = NULL;
    int have_old = 0;
    int status = open_repo(&p, !o->dry_run);

    if (status == APBD_OK && split_author(o->author, name, sizeof(name), mail, sizeof(mail)) != 0) {
        struct apbd_loc loc = { "--author", 0, 0, NULL, 0, NULL };
        apbd_report(rep, APBD_ERROR, APBD_MSG_CONFIG_VALUE, &loc, "author", o->author,
                    "BPKAD Kota Contoh <bpkad@kotacontoh.go.id>", NULL);
        status = APBD_EUSAGE;
    }
    if (status == APBD_OK && p.repo) {
        int r = git_reference_name_to_id(&old_tip, p.repo, refname);
        if (r == 0) {
            have_old = 1;
            if (git_commit_lookup(&old_commit, p.repo, &old_tip) != 0
                || git_commit_tree(&old_tree, old_commit) != 0)
                status = git_fail(&p, "the branch's tip");
        } else if (r != GIT_ENOTFOUND) {
            status = git_fail(&p, refname);
        }
    }
    int follow = status == APBD_OK && checkout_follows(&p, refname);
    if (status == APBD_OK && o->dry_run) {
        struct diff_walk w = { &p, staged, old_tree };
        diff_dir(&w, "");
        if (old_tree)
            git_tree_walk(old_tree, GIT_TREEWALK_PRE, count_removed, &w);
        goto done;
    }
    if (status == APBD_OK
        && git_signature_new(&sig, name, mail, o->when, o->offset_minutes) != 0)
        status = git_fail(&p, "signature");
    if (status == APBD_OK)
        status = write_tree(&p, staged, &tree_id);
    if (status == APBD_OK && git_tree_lookup(&new_tree, p.repo, &tree_id) != 0)
        status = git_fail(&p, "tree");

    if (status == APBD_OK && have_old && git_oid_equal(&tree_id, git_tree_id(old_tree))) {
        /* The same inputs again: nothing to commit. */
        git_oid_cpy(&new_tip, &old_tip);
    } else if (status == APBD_OK) {
        const git_commit *parents[] = { old_commit };
        if (git_commit_create(&new_tip, p.repo, NULL, sig, sig, "UTF-8", o->message, new_tree,
                              have_old ? 1 : 0, parents) != 0) {
            status = git_fail(&p, "commit");
        } else {
            wrote(&p);
            /* Test-only: hold here so a test can move the branch meanwhile.
             * The hook names a file: we create it, and go on once the test
             * has removed it (or after a minute). */
            const char *pause = getenv("APBD_TEST_PAUSE_BEFORE_BRANCH");
            if (pause && *pause) {
                FILE *f = fopen(pause, "w");
                if (f)
                    fclose(f);
                for (int i = 0; i < 600 && access(pause, F_OK) == 0; i++)
                    usleep(100000);
            }
            /* The one step that publishes: the branch moves only if it is
             * still where we started. */
            int r = have_old
                ? git_reference_create_matching(&ref, p.repo, refname, &new_tip, 1, &old_tip,
                                                "apbd publish")
                : git_reference_create(&ref, p.repo, refname, &new_tip, 0, "apbd publish");
            if (r == GIT_EMODIFIED || r == GIT_EEXISTS || r == GIT_ELOCKED) {
                struct apbd_loc loc = { o->repo, 0, 0, NULL, 0, NULL };
                apbd_report(rep, APBD_ERROR, APBD_MSG_BRANCH_MOVED, &loc, o->branch, NULL);
                status = APBD_EIO;
            } else if (r != 0) {
                status = git_fail(&p, refname);
            } else {
                res->committed = 1;
            }
        }
    }
    if (status == APBD_OK) {
        git_oid_tostr(res->commit, sizeof(res->commit), &new_tip);
        status = tag_months(&p, &new_tip, old_tree, new_tree, sig);
    }
    if (status == APBD_OK && res->committed && follow)
        status = update_checkout(&p);
    if (status == APBD_OK && o->push)
        status = push(&p);

done:
    git_reference_free(ref);
    git_tree_free(new_tree);
    git_tree_free(old_tree);
    git_commit_free(old_commit);
    git_signature_free(sig);
    git_repository_free(p.repo);
    git_libgit2_shutdown();
    return status;
}
