/* Signals read from a descriptor. */
#ifndef SYSGATE_SYS_SIGNALFD_H
#define SYSGATE_SYS_SIGNALFD_H
#include <bits/cdefs.h>
#include <bits/kernel_signalfd.h>
#include <stdint.h>
#define __NEED_sigset_t
#include <bits/alltypes.h>

/* What read() answers per signal: the kernel's layout (linux/signalfd.h), 128 bytes. */
struct signalfd_siginfo {
  uint32_t ssi_signo;
  int32_t ssi_errno;
  int32_t ssi_code;
  uint32_t ssi_pid;
  uint32_t ssi_uid;
  int32_t ssi_fd;
  uint32_t ssi_tid;
  uint32_t ssi_band;
  uint32_t ssi_overrun;
  uint32_t ssi_trapno;
  int32_t ssi_status;
  int32_t ssi_int;
  uint64_t ssi_ptr;
  uint64_t ssi_utime;
  uint64_t ssi_stime;
  uint64_t ssi_addr;
  uint16_t ssi_addr_lsb;
  uint16_t __pad2;
  int32_t ssi_syscall;
  uint64_t ssi_call_addr;
  uint32_t ssi_arch;
  uint8_t __pad[28];
};

SYSGATE_BEGIN_C
/* fd -1: a new descriptor; else changes that one's mask. flags: SFD_CLOEXEC, SFD_NONBLOCK. */
int signalfd(int fd, const sigset_t* mask, int flags) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
