/* struct sigaction: glibc's layout (the handler, the libc's 1024-bit sigset_t, the
 * flags, the restorer), not the kernel's (src/internal/kernel_signal.hpp), which
 * sigaction() builds from it. */
#ifndef SYSGATE_BITS_SIGACTION_STRUCT_H
#define SYSGATE_BITS_SIGACTION_STRUCT_H
#define __NEED_sigset_t
#define __NEED_siginfo_t
#include <bits/alltypes.h>

struct sigaction {
  union {
    void (*sa_handler)(int);
    void (*sa_sigaction)(int, siginfo_t*, void*);
  } __sigaction_handler;
  sigset_t sa_mask;
  int sa_flags;
  void (*sa_restorer)(void);
};
#define sa_handler __sigaction_handler.sa_handler
#define sa_sigaction __sigaction_handler.sa_sigaction
#endif
