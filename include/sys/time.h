#ifndef SYSGATE_SYS_TIME_H
#define SYSGATE_SYS_TIME_H
#include <bits/cdefs.h>
#define __NEED_time_t
#define __NEED_suseconds_t
#define __NEED_struct_timeval
#include <bits/alltypes.h>

struct timezone {
  int tz_minuteswest;
  int tz_dsttime;
};

SYSGATE_BEGIN_C
/* Through the vDSO where the kernel offers it. The timezone, if asked for, is UTC. */
int gettimeofday(struct timeval* __restrict tv, void* __restrict tz) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
