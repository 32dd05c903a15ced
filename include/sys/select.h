/* select and pselect over fd_set (FD_SETSIZE descriptors, as glibc's). */
#ifndef SYSGATE_SYS_SELECT_H
#define SYSGATE_SYS_SELECT_H
#include <bits/cdefs.h>
#define __NEED_time_t
#define __NEED_suseconds_t
#define __NEED_sigset_t
#define __NEED_struct_timeval
#define __NEED_struct_timespec
#include <bits/alltypes.h>

#define FD_SETSIZE 1024

typedef struct {
  unsigned long fds_bits[FD_SETSIZE / (8 * sizeof(long))];
} fd_set;

#define __FD_WORD(fd) ((unsigned)(fd) / (8 * sizeof(long)))
#define __FD_MASK(fd) (1ul << ((unsigned)(fd) % (8 * sizeof(long))))
#define FD_ZERO(set) __builtin_memset((set), 0, sizeof(fd_set))
#define FD_SET(fd, set) ((void)((set)->fds_bits[__FD_WORD(fd)] |= __FD_MASK(fd)))
#define FD_CLR(fd, set) ((void)((set)->fds_bits[__FD_WORD(fd)] &= ~__FD_MASK(fd)))
#define FD_ISSET(fd, set) (((set)->fds_bits[__FD_WORD(fd)] & __FD_MASK(fd)) != 0)

SYSGATE_BEGIN_C
/* timeout, if given, is updated to the time left (Linux's behaviour). */
int select(int count, fd_set* __restrict read_set, fd_set* __restrict write_set,
           fd_set* __restrict error_set, struct timeval* __restrict timeout) SYSGATE_NOEXCEPT;
int pselect(int count, fd_set* __restrict read_set, fd_set* __restrict write_set,
            fd_set* __restrict error_set, const struct timespec* __restrict timeout,
            const sigset_t* __restrict mask) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
