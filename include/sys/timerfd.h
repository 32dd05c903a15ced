/* Timers as descriptors. struct itimerspec has 64-bit seconds on both arches. */
#ifndef SYSGATE_SYS_TIMERFD_H
#define SYSGATE_SYS_TIMERFD_H
#include <bits/cdefs.h>
#include <bits/kernel_fcntl.h>
#include <bits/kernel_time.h>
#include <bits/kernel_timerfd.h>
#define __NEED_clockid_t
#define __NEED_struct_itimerspec
#include <bits/alltypes.h>

SYSGATE_BEGIN_C
int timerfd_create(clockid_t clock, int flags) SYSGATE_NOEXCEPT;
int timerfd_settime(int fd, int flags, const struct itimerspec* value,
                    struct itimerspec* old) SYSGATE_NOEXCEPT;
int timerfd_gettime(int fd, struct itimerspec* value) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
