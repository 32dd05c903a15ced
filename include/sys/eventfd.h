#ifndef SYSGATE_SYS_EVENTFD_H
#define SYSGATE_SYS_EVENTFD_H
#include <bits/cdefs.h>
#include <bits/kernel_fcntl.h>
#include <stdint.h>

typedef uint64_t eventfd_t;

/* eventfd's flags: the kernel's (include/linux/eventfd.h, not in the UAPI headers). */
#define EFD_SEMAPHORE 1
#define EFD_CLOEXEC O_CLOEXEC
#define EFD_NONBLOCK O_NONBLOCK

SYSGATE_BEGIN_C
int eventfd(unsigned initial, int flags) SYSGATE_NOEXCEPT;
/* 0, or -1 with errno. */
int eventfd_read(int fd, eventfd_t* value) SYSGATE_NOEXCEPT;
int eventfd_write(int fd, eventfd_t value) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
