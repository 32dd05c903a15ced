// i386 time with a 64-bit time_t. The order for clock_gettime, newest first:
//   __vdso_clock_gettime64 (Linux >= 5.3)  writes our timespec directly;
//   __vdso_clock_gettime   32-bit seconds: used unless they wrapped (past 2038);
//   clock_gettime64 syscall, then the 32-bit clock_gettime syscall (old kernels).
// gettimeofday and time are clock_gettime(CLOCK_REALTIME) converted: the 32-bit vDSO
// versions cannot say a time past 2038.
//
// The contract of every arch_time.hpp: clock_gettime, clock_getres, gettimeofday,
// time (`out` always valid) and nanosleep, each returning the kernel's word
// (0 or -errno). Inline, so each C function in src/time is one call deep.
#pragma once
#include <stdint.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>

#include <arch_syscall.hpp>
#include <arch_vdso.hpp>

#include "live_vdso.hpp"
#include "sysgate/syscall.hpp"

namespace sysgate::arch {
namespace time_detail {

inline constexpr long einval = 22, enosys = 38;

struct Timespec32 {  // the kernel's old_timespec32
  int32_t tv_sec;
  int32_t tv_nsec;
};

inline vdso::Function<long (*)(clockid_t, timespec*)> vdso_clock_gettime64{"__vdso_clock_gettime64",
                                                                           vdso_version};
inline vdso::Function<long (*)(clockid_t, Timespec32*)> vdso_clock_gettime{"__vdso_clock_gettime",
                                                                           vdso_version};
inline vdso::Function<long (*)(clockid_t, Timespec32*)> vdso_clock_getres{"__vdso_clock_getres",
                                                                          vdso_version};

inline void widen(const Timespec32& from, timespec* to) {
  to->tv_sec = from.tv_sec;
  to->tv_nsec = from.tv_nsec;
}

// A 64-bit syscall, else (ENOSYS: a kernel before 5.1) its 32-bit predecessor.
inline long time64_syscall(long nr64, long nr32, clockid_t clock, timespec* ts) {
  long r = sysgate::syscall(nr64, clock, ts);
  if (r != -enosys) return r;
  Timespec32 old;
  r = sysgate::syscall(nr32, clock, &old);
  if (r == 0 && ts) widen(old, ts);
  return r;
}

}  // namespace time_detail

inline long clock_gettime(clockid_t clock, timespec* ts) noexcept {
  using namespace time_detail;
  long r;
  if (vdso::answered_by_vdso(vdso_clock_gettime64, &r, clock, ts)) return r;
  Timespec32 old;
  if (vdso::answered_by_vdso(vdso_clock_gettime, &r, clock, &old)) {
    if (r == -einval) return r;
    // No clock of ours is negative: a negative second count wrapped past 2038.
    if (old.tv_sec >= 0) {
      widen(old, ts);
      return 0;
    }
  }
  return time64_syscall(SYS_clock_gettime64, SYS_clock_gettime, clock, ts);
}

inline long clock_getres(clockid_t clock, timespec* res) noexcept {
  using namespace time_detail;
  long r;
  Timespec32 old;
  // A resolution is a tiny number: the 32-bit vDSO answer never overflows.
  if (vdso::answered_by_vdso(vdso_clock_getres, &r, clock, &old)) {
    if (r == 0 && res) widen(old, res);
    return r;
  }
  return time64_syscall(SYS_clock_getres_time64, SYS_clock_getres, clock, res);
}

inline long gettimeofday(timeval* tv) noexcept {
  using namespace time_detail;
  timespec now;
  long r = arch::clock_gettime(0 /* CLOCK_REALTIME */, &now);
  if (r == 0) {
    tv->tv_sec = now.tv_sec;
    tv->tv_usec = now.tv_nsec / 1000;
  }
  return r;
}

inline long time(time_t* out) noexcept {
  using namespace time_detail;
  timespec now;
  long r = arch::clock_gettime(0 /* CLOCK_REALTIME */, &now);
  if (r == 0) *out = now.tv_sec;
  return r;
}

inline long nanosleep(const timespec* request, timespec* remaining) noexcept {
  using namespace time_detail;
  long r =
      sysgate::syscall(SYS_clock_nanosleep_time64, 0 /* CLOCK_REALTIME */, 0, request, remaining);
  if (r != -enosys) return r;
  Timespec32 old_request{static_cast<int32_t>(request->tv_sec),
                         static_cast<int32_t>(request->tv_nsec)};
  Timespec32 old_remaining{};
  r = sysgate::syscall(SYS_nanosleep, &old_request, &old_remaining);
  if (r == -4 /* EINTR */ && remaining) widen(old_remaining, remaining);
  return r;
}

}  // namespace sysgate::arch
