/* catatan.h: the finance office's explanations of a month, per office. */
#ifndef APBD_CATATAN_H
#define APBD_CATATAN_H

#include <stddef.h>

struct apbd_line;
struct apbd_table;
struct apbd_report;

/*
 * budgets/<year>/catatan/<year>-<month>.md holds a section per SKPD,
 * headed "## <kode SKPD> [name]", and under it optionally a section per
 * sub kegiatan, "### <kode sub kegiatan> [name]". Text before the first
 * section (a title, say) is not published.
 */
struct apbd_catatan_section {
    char *kode_skpd;
    char *kode_sub_kegiatan;    /* NULL: the SKPD's own section */
    const struct apbd_line *about;  /* a line of the export it is about: its names */
    char *markdown;             /* the section's source, below its heading */
    char *html;                 /* rendered by cmark, made safe */
    unsigned line;              /* of its heading */
};

struct apbd_catatan {
    struct apbd_catatan_section *items;     /* in file order */
    size_t count;
};

/*
 * Reads and renders path, checking every section's code against the
 * month's lines in t (which must outlive c: each section points at one). A missing file is no catatan (count 0). Returns an
 * enum apbd_status; each problem is reported with the file and line.
 *
 * The HTML passes no raw HTML through, keeps only http, https and mailto
 * links (other links become their text, images their description), and
 * its headings start at level 4, below the page's own.
 */
int apbd_catatan_load(struct apbd_catatan *c, const char *path, const struct apbd_table *t,
                      struct apbd_report *rep);

/* The section of an SKPD (sub NULL) or of one of its sub kegiatan; NULL if none. */
const struct apbd_catatan_section *apbd_catatan_find(const struct apbd_catatan *c,
                                                     const char *kode_skpd, const char *sub);

/* Markdown to safe HTML as above; malloc'd. */
char *apbd_catatan_html(const char *markdown, size_t len);

void apbd_catatan_release(struct apbd_catatan *c);

#endif
