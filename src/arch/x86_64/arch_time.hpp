// x86_64 time: the vDSO's functions take the same structs the C API has, so each call
// is the vDSO function when there is one, else the plain syscall.
//
// The contract of every arch_time.hpp: clock_gettime, clock_getres, gettimeofday,
// time (`out` always valid) and nanosleep, each returning the kernel's word
// (0 or -errno). Inline, so each C function in src/time is one call deep.
#pragma once
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>

#include <arch_syscall.hpp>
#include <arch_vdso.hpp>

#include "live_vdso.hpp"
#include "sysgate/syscall.hpp"

namespace sysgate::arch {
namespace time_detail {

inline vdso::Function<long (*)(clockid_t, timespec*)> vdso_clock_gettime{"__vdso_clock_gettime",
                                                                         vdso_version};
inline vdso::Function<long (*)(clockid_t, timespec*)> vdso_clock_getres{"__vdso_clock_getres",
                                                                        vdso_version};
inline vdso::Function<long (*)(timeval*, void*)> vdso_gettimeofday{"__vdso_gettimeofday",
                                                                   vdso_version};
inline vdso::Function<long (*)(time_t*)> vdso_time{"__vdso_time", vdso_version};

}  // namespace time_detail

inline long clock_gettime(clockid_t clock, timespec* ts) noexcept {
  using namespace time_detail;
  long r;
  if (vdso::answered_by_vdso(vdso_clock_gettime, &r, clock, ts)) return r;
  return sysgate::syscall(SYS_clock_gettime, clock, ts);
}

inline long clock_getres(clockid_t clock, timespec* res) noexcept {
  using namespace time_detail;
  long r;
  if (vdso::answered_by_vdso(vdso_clock_getres, &r, clock, res)) return r;
  return sysgate::syscall(SYS_clock_getres, clock, res);
}

inline long gettimeofday(timeval* tv) noexcept {
  using namespace time_detail;
  long r;
  if (vdso::answered_by_vdso(vdso_gettimeofday, &r, tv, nullptr)) return r;
  return sysgate::syscall(SYS_gettimeofday, tv, nullptr);
}

inline long time(time_t* out) noexcept {
  using namespace time_detail;
  // __vdso_time cannot fail; the syscall can only fault, and `out` is the caller's local.
  if (auto f = vdso_time.get()) {
    f(out);
    return 0;
  }
  long r = sysgate::syscall(SYS_time, out);
  return r < 0 ? r : 0;
}

inline long nanosleep(const timespec* request, timespec* remaining) noexcept {
  return sysgate::syscall(SYS_nanosleep, request, remaining);
}

}  // namespace sysgate::arch
