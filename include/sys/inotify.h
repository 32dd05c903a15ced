/* File-system events. The IN_* masks and flags are the kernel's. */
#ifndef SYSGATE_SYS_INOTIFY_H
#define SYSGATE_SYS_INOTIFY_H
#include <bits/cdefs.h>
#include <bits/kernel_fcntl.h>
#include <bits/kernel_inotify.h>
#include <stdint.h>

/* What read() on an inotify descriptor returns, one after another. */
struct inotify_event {
  int wd;
  uint32_t mask;
  uint32_t cookie;
  uint32_t len;
  char name[];
};

SYSGATE_BEGIN_C
int inotify_init(void) SYSGATE_NOEXCEPT;
int inotify_init1(int flags) SYSGATE_NOEXCEPT;
int inotify_add_watch(int fd, const char* path, uint32_t mask) SYSGATE_NOEXCEPT;
int inotify_rm_watch(int fd, int wd) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
