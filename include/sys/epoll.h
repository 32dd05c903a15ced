/* epoll: the EPOLL* flags and events are the kernel's. */
#ifndef SYSGATE_SYS_EPOLL_H
#define SYSGATE_SYS_EPOLL_H
#include <bits/cdefs.h>
#include <bits/kernel_epoll.h>
#include <stdint.h>
#define __NEED_sigset_t
#include <bits/alltypes.h>

typedef union epoll_data {
  void* ptr;
  int fd;
  uint32_t u32;
  uint64_t u64;
} epoll_data_t;

/* The kernel packs it on x86_64 (12 bytes there; i386 aligns 64-bit members to 4 anyway). */
struct epoll_event {
  uint32_t events;
  epoll_data_t data;
}
#ifdef __x86_64__
__attribute__((__packed__))
#endif
;

SYSGATE_BEGIN_C
int epoll_create(int size) SYSGATE_NOEXCEPT;
int epoll_create1(int flags) SYSGATE_NOEXCEPT;
int epoll_ctl(int epfd, int operation, int fd, struct epoll_event* event) SYSGATE_NOEXCEPT;
int epoll_wait(int epfd, struct epoll_event* events, int count, int timeout) SYSGATE_NOEXCEPT;
int epoll_pwait(int epfd, struct epoll_event* events, int count, int timeout,
                const sigset_t* mask) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
