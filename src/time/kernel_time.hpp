// The time calls as the vDSO or the kernel answers them, each returning the kernel's
// word (0 or -errno). Inline, so each C function is one call deep and the vDSO call is
// its hot path.
//
// The policy, newest first, keyed on what the arch has (its vDSO symbols in
// arch_vdso.hpp; SYS_clock_gettime64 exists only where time_t was once 32-bit):
//   1. the vDSO function that writes the C API's own struct (64-bit seconds);
//   2. the vDSO function that writes old_timespec32, unless its seconds wrapped (2038);
//   3. the time64 syscall, then (ENOSYS: Linux < 5.1) its 32-bit predecessor;
//      or, where time_t was always 64-bit, the one syscall.
// gettimeofday and time use their own vDSO function where it writes 64-bit seconds,
// else clock_gettime(CLOCK_REALTIME). A function this arch's vDSO lacks is left out at
// compile time (if constexpr), so no path pays a test for it.
#pragma once
#include <errno.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>

#include <sysgate/syscall.hpp>

#include "arch_vdso.hpp"
#include "src/vdso/live_vdso.hpp"

namespace sysgate::kernel_time {

struct Timespec32 {  // the kernel's old_timespec32
  int32_t tv_sec;
  int32_t tv_nsec;
};

inline void widen(const Timespec32& from, timespec* to) {
  to->tv_sec = from.tv_sec;
  to->tv_nsec = from.tv_nsec;
}

using ClockFunction = long (*)(clockid_t, timespec*);
using Clock32Function = long (*)(clockid_t, Timespec32*);
inline constexpr auto& symbols = arch::vdso_time_symbols;
inline constexpr auto* version = arch::vdso_version;
inline vdso::Function<ClockFunction> vdso_clock_gettime{symbols.clock_gettime, version};
inline vdso::Function<Clock32Function> vdso_clock_gettime32{symbols.clock_gettime32, version};
inline vdso::Function<ClockFunction> vdso_clock_getres{symbols.clock_getres, version};
inline vdso::Function<Clock32Function> vdso_clock_getres32{symbols.clock_getres32, version};
inline vdso::Function<long (*)(timeval*, void*)> vdso_gettimeofday{symbols.gettimeofday, version};
inline vdso::Function<long (*)(time_t*)> vdso_time{symbols.time, version};

// clock_gettime or clock_getres as a syscall: nr64 writes a timespec, nr32 (0: none)
// an old_timespec32.
inline long clock_syscall(long nr64, long nr32, clockid_t clock, timespec* ts) noexcept {
  long r = sysgate::syscall(nr64, clock, ts);
  if (r != -ENOSYS || nr32 == 0) return r;
  Timespec32 old;
  r = sysgate::syscall(nr32, clock, &old);
  if (r == 0 && ts) widen(old, ts);
  return r;
}

#ifdef SYS_clock_gettime64
inline constexpr long sys_clock_gettime = SYS_clock_gettime64;
inline constexpr long sys_clock_gettime32 = SYS_clock_gettime;
inline constexpr long sys_clock_getres = SYS_clock_getres_time64;
inline constexpr long sys_clock_getres32 = SYS_clock_getres;
#else
inline constexpr long sys_clock_gettime = SYS_clock_gettime;
inline constexpr long sys_clock_gettime32 = 0;
inline constexpr long sys_clock_getres = SYS_clock_getres;
inline constexpr long sys_clock_getres32 = 0;
#endif

inline long clock_gettime(clockid_t clock, timespec* ts) noexcept {
  long r;
  if (vdso::answered_by_vdso(vdso_clock_gettime, &r, clock, ts)) return r;
  if constexpr (symbols.clock_gettime32 != nullptr) {
    Timespec32 old;
    if (vdso::answered_by_vdso(vdso_clock_gettime32, &r, clock, &old)) {
      if (r == -EINVAL) return r;
      // No clock of ours is negative: a negative second count wrapped past 2038.
      if (old.tv_sec >= 0) {
        widen(old, ts);
        return 0;
      }
    }
  }
  return clock_syscall(sys_clock_gettime, sys_clock_gettime32, clock, ts);
}

inline long clock_getres(clockid_t clock, timespec* res) noexcept {
  long r;
  if constexpr (symbols.clock_getres != nullptr) {
    if (vdso::answered_by_vdso(vdso_clock_getres, &r, clock, res)) return r;
  }
  if constexpr (symbols.clock_getres32 != nullptr) {
    Timespec32 old;
    // A resolution is a tiny number: the 32-bit answer never overflows.
    if (vdso::answered_by_vdso(vdso_clock_getres32, &r, clock, &old)) {
      if (r == 0 && res) widen(old, res);
      return r;
    }
  }
  return clock_syscall(sys_clock_getres, sys_clock_getres32, clock, res);
}

inline long gettimeofday(timeval* tv) noexcept {
  if constexpr (symbols.gettimeofday != nullptr) {
    long r;
    if (vdso::answered_by_vdso(vdso_gettimeofday, &r, tv, nullptr)) return r;
  }
  timespec now;
  long r = kernel_time::clock_gettime(CLOCK_REALTIME, &now);
  if (r == 0) {
    tv->tv_sec = now.tv_sec;
    tv->tv_usec = now.tv_nsec / 1000;
  }
  return r;
}

// `out` is always the caller's own variable.
inline long time(time_t* out) noexcept {
  if constexpr (symbols.time != nullptr) {
    // __vdso_time cannot fail.
    if (auto f = vdso_time.get()) {
      f(out);
      return 0;
    }
  }
  timespec now;
  long r = kernel_time::clock_gettime(CLOCK_REALTIME, &now);
  if (r == 0) *out = now.tv_sec;
  return r;
}

inline long nanosleep(const timespec* request, timespec* remaining) noexcept {
#ifdef SYS_clock_nanosleep_time64
  long r = sysgate::syscall(SYS_clock_nanosleep_time64, CLOCK_REALTIME, 0, request, remaining);
  if (r != -ENOSYS) return r;
  Timespec32 old_request{static_cast<int32_t>(request->tv_sec),
                         static_cast<int32_t>(request->tv_nsec)};
  Timespec32 old_remaining{};
  r = sysgate::syscall(SYS_nanosleep, &old_request, &old_remaining);
  if (r == -EINTR && remaining) widen(old_remaining, remaining);
  return r;
#else
  return sysgate::syscall(SYS_nanosleep, request, remaining);
#endif
}

}  // namespace sysgate::kernel_time
