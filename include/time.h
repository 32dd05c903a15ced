/* Time, with a 64-bit time_t on both arches (no 2038 problem on i386). */
#ifndef SYSGATE_TIME_H
#define SYSGATE_TIME_H
#include <bits/cdefs.h>
#include <bits/time_types.h>
#include <stddef.h>

#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID 3
#define CLOCK_MONOTONIC_RAW 4
#define CLOCK_REALTIME_COARSE 5
#define CLOCK_MONOTONIC_COARSE 6
#define CLOCK_BOOTTIME 7
#define CLOCK_REALTIME_ALARM 8
#define CLOCK_BOOTTIME_ALARM 9
#define CLOCK_TAI 11

SYSGATE_BEGIN_C
/* Through the vDSO where the kernel offers it, else the syscall. */
int clock_gettime(clockid_t clock, struct timespec* ts) SYSGATE_NOEXCEPT;
int clock_getres(clockid_t clock, struct timespec* res) SYSGATE_NOEXCEPT;
time_t time(time_t* out) SYSGATE_NOEXCEPT;
int nanosleep(const struct timespec* request, struct timespec* remaining) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
