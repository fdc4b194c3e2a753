/* timing.h: where a run's time goes, for `make profile` and benchmarks. */
#ifndef APBD_TIMING_H
#define APBD_TIMING_H

/*
 * Ends the current phase under `phase`: with APBD_TIMINGS set in the
 * environment, its wall time since the previous call is added to that
 * phase's total. apbd_timing_report() prints the totals to stderr.
 * Without APBD_TIMINGS both do nothing.
 */
void apbd_timing(const char *phase);
void apbd_timing_report(void);

#endif
