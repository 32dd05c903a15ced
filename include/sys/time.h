#ifndef SYSGATE_SYS_TIME_H
#define SYSGATE_SYS_TIME_H
#include <bits/cdefs.h>
#define __NEED_time_t
#define __NEED_suseconds_t
#define __NEED_struct_timeval
#include <bits/alltypes.h>
#include <bits/kernel_itimer.h>

struct timezone {
  int tz_minuteswest;
  int tz_dsttime;
};

/* Interval timers (branch time). */
struct itimerval {
  struct timeval it_interval;
  struct timeval it_value;
};

SYSGATE_BEGIN_C
/* Through the vDSO where the kernel offers it. The timezone, if asked for, is UTC. */
int gettimeofday(struct timeval* __restrict tv, void* __restrict tz) SYSGATE_NOEXCEPT;
/* ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF; seconds past 32 bits where the kernel's
 * timeval is 32-bit (i386): EOVERFLOW. */
int setitimer(int which, const struct itimerval* __restrict value,
              struct itimerval* __restrict old) SYSGATE_NOEXCEPT;
int getitimer(int which, struct itimerval* value) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
