#ifndef APBD_PUBLISH_H
#define APBD_PUBLISH_H

/*
 * Publishing a built tree as one git commit, with libgit2, and nothing
 * else: blobs and trees are written straight from the staged files (no
 * work tree; bare and non-bare repositories alike), one commit whose
 * parent is the branch's tip, and the branch moved with a compare-and-swap
 * on that tip, so a crash, a full disk or a concurrent publish leaves the
 * branch at either the old commit or the new one. Tags come after the
 * branch; a month published without its tag gets it on the next run.
 */

#include <time.h>

struct apbd_report;

struct apbd_publish_opts {
    const char *repo;           /* created bare when missing */
    const char *branch;         /* "gh-pages" */
    const char *author;         /* "Name <mail>": author and committer */
    time_t when;                /* the publication date */
    int offset_minutes;         /* the pemda's time zone */
    const char *message;        /* the commit message */
    const char *push;           /* a remote's name or URL, or NULL */
    int dry_run;                /* say what would change; write nothing */
};

struct apbd_publish_result {
    char commit[41];            /* the branch's tip afterwards */
    int committed;              /* a new commit was made */
    unsigned added, changed, removed;   /* files, against the old tip */
    unsigned tags;              /* tags created (new months, revisions, healed) */
};

/* APBD_OK, or APBD_EIO after reporting (the repository then is as it was:
 * at most unreachable objects were added). */
int apbd_publish_tree(const char *staged, const struct apbd_publish_opts *o,
                      struct apbd_publish_result *res, struct apbd_report *rep);

#endif
