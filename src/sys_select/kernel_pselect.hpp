// pselect6 as the kernel answers it (count or -errno), for select and pselect: the
// timeout, if any, is the caller's to lose (the kernel writes the time left into it).
// Where time_t was once 32-bit, pselect6_time64 first, then (Linux < 5.1) pselect6.
#pragma once
#include <errno.h>
#include <sys/select.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/kernel_signal.hpp"
#include "src/internal/timespec32.hpp"

namespace sysgate::internal {

inline long pselect6(int count, fd_set* r, fd_set* w, fd_set* e, timespec* timeout,
                     const sigset_t* mask) noexcept {
  // The sixth argument points at the mask and its size.
  struct {
    const sigset_t* mask;
    unsigned long size;
  } signals = {mask, kernel_sigset_bytes};
  auto* sixth = mask ? &signals : nullptr;
#ifdef SYS_pselect6_time64
  long result = sysgate::syscall(SYS_pselect6_time64, count, r, w, e, timeout, sixth);
  if (result != -ENOSYS) return result;
  Timespec32 old;
  if (timeout && !narrow(*timeout, &old)) return -EOVERFLOW;
  result = sysgate::syscall(SYS_pselect6, count, r, w, e, timeout ? &old : nullptr, sixth);
  if (timeout) widen(old, timeout);
  return result;
#else
  return sysgate::syscall(SYS_pselect6, count, r, w, e, timeout, sixth);
#endif
}

}  // namespace sysgate::internal
