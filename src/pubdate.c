/* pubdate.c: the publication date, in the pemda's time zone. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apbd/pubdate.h"

static int valid(int y, int m, int d)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return y >= 1970 && y <= 9999 && m >= 1 && m <= 12 && d >= 1
           && d <= days[m - 1] + (m == 2 && leap);
}

static void set(struct apbd_pubdate *d, int y, int m, int day, int offset)
{
    struct tm tm = { .tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = day };
    snprintf(d->text, sizeof(d->text), "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
             (unsigned)day % 100u);
    d->midnight = timegm(&tm) - (time_t)offset * 60;
}

int apbd_pubdate_pick(struct apbd_pubdate *d, const char *option, int offset)
{
    if (option) {
        int y, m, day;
        char tail;
        if (strlen(option) != 10 || sscanf(option, "%4d-%2d-%2d%c", &y, &m, &day, &tail) != 3
            || !valid(y, m, day))
            return -1;
        set(d, y, m, day, offset);
        return 0;
    }
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    time_t now;
    char *end = NULL;
    long long v = sde && *sde ? strtoll(sde, &end, 10) : -1;
    now = (sde && *sde && end && !*end && v >= 0) ? (time_t)v : time(NULL);
    time_t local = now + (time_t)offset * 60;
    struct tm tm;
    gmtime_r(&local, &tm);
    set(d, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, offset);
    return 0;
}
