/* Time, with a 64-bit time_t on both arches (no 2038 problem on i386). */
#ifndef SYSGATE_TIME_H
#define SYSGATE_TIME_H
#include <bits/cdefs.h>
#include <bits/kernel_time.h>
#define __need_NULL
#include <stddef.h>
#define __NEED_size_t
#define __NEED_time_t
#define __NEED_clock_t
#define __NEED_clockid_t
#define __NEED_timer_t
#define __NEED_pid_t
#define __NEED_struct_timespec
#include <bits/alltypes.h>

SYSGATE_BEGIN_C
/* Through the vDSO where the kernel offers it, else the syscall. */
int clock_gettime(clockid_t clock, struct timespec* ts) SYSGATE_NOEXCEPT;
int clock_getres(clockid_t clock, struct timespec* res) SYSGATE_NOEXCEPT;
time_t time(time_t* out) SYSGATE_NOEXCEPT;
int nanosleep(const struct timespec* request, struct timespec* remaining) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
