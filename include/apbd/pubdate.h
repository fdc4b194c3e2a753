#ifndef APBD_PUBDATE_H
#define APBD_PUBDATE_H

/*
 * The publication date: --date, else SOURCE_DATE_EPOCH, else today, always
 * in the pemda's own time zone (WIB, WITA, WIT), never the machine's. It is
 * the only clock a build reads, so the same inputs and date give the same
 * bytes.
 */

#include <time.h>

struct apbd_pubdate {
    char text[11];          /* "YYYY-MM-DD" */
    time_t midnight;        /* 00:00 of that date in the pemda's zone */
};

/* Returns 0, or -1 when option is not a valid YYYY-MM-DD date. */
int apbd_pubdate_pick(struct apbd_pubdate *d, const char *option, int utc_offset_minutes);

#endif
