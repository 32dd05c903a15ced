// utimensat as the kernel answers it (0 or -errno), for utimensat and futimens.
// Where time_t was once 32-bit (SYS_utimensat_time64 exists) the time64 call comes
// first, then (ENOSYS: Linux < 5.1) the 32-bit one, EOVERFLOW for seconds it cannot
// carry. struct timespec is the kernel's __kernel_timespec on both arches.
#pragma once
#include <errno.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

namespace sysgate::internal {

inline long utimensat(int dirfd, const char* path, const timespec* times, int flags) noexcept {
#ifdef SYS_utimensat_time64
  long r = sysgate::syscall(SYS_utimensat_time64, dirfd, path, times, flags);
  if (r != -ENOSYS) return r;
  struct {
    int32_t tv_sec, tv_nsec;
  } old[2];
  if (times) {
    for (int i = 0; i < 2; ++i) {
      bool special = times[i].tv_nsec == UTIME_NOW || times[i].tv_nsec == UTIME_OMIT;
      if (!special && times[i].tv_sec != static_cast<int32_t>(times[i].tv_sec)) return -EOVERFLOW;
      old[i] = {static_cast<int32_t>(times[i].tv_sec), static_cast<int32_t>(times[i].tv_nsec)};
    }
  }
  return sysgate::syscall(SYS_utimensat, dirfd, path, times ? old : nullptr, flags);
#else
  return sysgate::syscall(SYS_utimensat, dirfd, path, times, flags);
#endif
}

}  // namespace sysgate::internal
