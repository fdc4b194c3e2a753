/* timing.c: per-phase wall time, on request (APBD_TIMINGS=1). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "apbd/timing.h"

#define MAX_PHASES 32

static struct {
    int on;                 /* -1 not yet asked, 0 off, 1 on */
    double last;
    size_t count;
    const char *name[MAX_PHASES];
    double seconds[MAX_PHASES];
} timings = { .on = -1 };

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void apbd_timing(const char *phase)
{
    if (timings.on < 0) {
        const char *e = getenv("APBD_TIMINGS");
        timings.on = e && *e && strcmp(e, "0") != 0;
        timings.last = now();
        return;
    }
    if (!timings.on)
        return;
    double t = now();
    size_t i = 0;
    while (i < timings.count && strcmp(timings.name[i], phase) != 0)
        i++;
    if (i == timings.count && timings.count < MAX_PHASES)
        timings.name[timings.count++] = phase;
    if (i < timings.count)
        timings.seconds[i] += t - timings.last;
    timings.last = t;
}

void apbd_timing_report(void)
{
    if (timings.on != 1)
        return;
    double total = 0;
    for (size_t i = 0; i < timings.count; i++)
        total += timings.seconds[i];
    for (size_t i = 0; i < timings.count; i++)
        fprintf(stderr, "apbd: time: %-16s %8.3f s %5.1f%%\n", timings.name[i], timings.seconds[i],
                total > 0 ? 100 * timings.seconds[i] / total : 0.0);
    fprintf(stderr, "apbd: time: %-16s %8.3f s\n", "total", total);
}
