#ifndef SYSGATE_SYS_TIME_H
#define SYSGATE_SYS_TIME_H
#include <bits/cdefs.h>
#include <bits/time_types.h>

struct timezone {
  int tz_minuteswest;
  int tz_dsttime;
};

SYSGATE_BEGIN_C
/* Through the vDSO where the kernel offers it. The timezone, if asked for, is UTC. */
int gettimeofday(struct timeval* tv, void* tz) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
