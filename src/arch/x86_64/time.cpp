// x86_64 time: the vDSO's functions take the same structs the C API has, so each call
// is the vDSO function when there is one, else the plain syscall.
#include <arch_syscall.hpp>
#include <arch_vdso.hpp>
#include <sys/syscall.h>
#include <sys/time.h>

#include "arch_time.hpp"
#include "live_vdso.hpp"
#include "sysgate/syscall.hpp"

namespace sysgate::arch {
namespace {

vdso::Function<long (*)(clockid_t, timespec*)> vdso_clock_gettime{"__vdso_clock_gettime", vdso_version};
vdso::Function<long (*)(clockid_t, timespec*)> vdso_clock_getres{"__vdso_clock_getres", vdso_version};
vdso::Function<long (*)(timeval*, void*)> vdso_gettimeofday{"__vdso_gettimeofday", vdso_version};
vdso::Function<long (*)(time_t*)> vdso_time{"__vdso_time", vdso_version};
vdso::Function<long (*)(unsigned*, unsigned*, void*)> vdso_getcpu{"__vdso_getcpu", vdso_version};

}  // namespace

long clock_gettime(clockid_t clock, timespec* ts) noexcept {
  long r;
  if (vdso::answered_by_vdso(vdso_clock_gettime, &r, clock, ts)) return r;
  return sysgate::syscall(SYS_clock_gettime, clock, ts);
}

long clock_getres(clockid_t clock, timespec* res) noexcept {
  long r;
  if (vdso::answered_by_vdso(vdso_clock_getres, &r, clock, res)) return r;
  return sysgate::syscall(SYS_clock_getres, clock, res);
}

long gettimeofday(timeval* tv) noexcept {
  long r;
  if (vdso::answered_by_vdso(vdso_gettimeofday, &r, tv, nullptr)) return r;
  return sysgate::syscall(SYS_gettimeofday, tv, nullptr);
}

long time(time_t* out) noexcept {
  // __vdso_time cannot fail; the syscall can only fault, and `out` is the caller's local.
  if (auto f = vdso_time.get()) {
    f(out);
    return 0;
  }
  long r = sysgate::syscall(SYS_time, out);
  return r < 0 ? r : 0;
}

long getcpu(unsigned* cpu) noexcept {
  long r;
  if (vdso::answered_by_vdso(vdso_getcpu, &r, cpu, nullptr, nullptr)) return r;
  return sysgate::syscall(SYS_getcpu, cpu, nullptr, nullptr);
}

long nanosleep(const timespec* request, timespec* remaining) noexcept {
  return sysgate::syscall(SYS_nanosleep, request, remaining);
}

}  // namespace sysgate::arch
