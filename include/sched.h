#ifndef SYSGATE_SCHED_H
#define SYSGATE_SCHED_H
#include <bits/cdefs.h>
SYSGATE_BEGIN_C
/* The CPU the caller runs on (through the vDSO's getcpu where there is one), or -1. */
int sched_getcpu(void) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
