/* Waiting for descriptors. The POLL* events are the kernel's. */
#ifndef SYSGATE_POLL_H
#define SYSGATE_POLL_H
#include <bits/cdefs.h>
#include <bits/kernel_poll.h>
#define __NEED_sigset_t
#define __NEED_struct_timespec
#include <bits/alltypes.h>

typedef unsigned long nfds_t;

struct pollfd {
  int fd;
  short events;
  short revents;
};

SYSGATE_BEGIN_C
/* timeout in milliseconds, negative: none. */
int poll(struct pollfd* fds, nfds_t count, int timeout) SYSGATE_NOEXCEPT;
/* timeout NULL: none; mask, if given, is the signal mask while waiting. */
int ppoll(struct pollfd* fds, nfds_t count, const struct timespec* timeout,
          const sigset_t* mask) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
