#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/kernel_signal.hpp"

namespace sysgate::c {
namespace {

// Where time_t was once 32-bit (i386), the time64 call first and, on ENOSYS (Linux <
// 5.1), its predecessor with an old_timespec32 (EOVERFLOW past 2038); elsewhere the one
// call.
long wait_syscall(const sigset_t* set, siginfo_t* info, const timespec* timeout) noexcept {
#ifdef SYS_rt_sigtimedwait_time64
  long r = syscall(SYS_rt_sigtimedwait_time64, set, info, timeout, internal::kernel_sigset_bytes);
  if (r != -ENOSYS) return r;
  struct {
    int32_t tv_sec, tv_nsec;
  } old{};
  if (timeout) {
    if (timeout->tv_sec != static_cast<int32_t>(timeout->tv_sec)) return -EOVERFLOW;
    old.tv_sec = static_cast<int32_t>(timeout->tv_sec);
    old.tv_nsec = static_cast<int32_t>(timeout->tv_nsec);
  }
  return syscall(SYS_rt_sigtimedwait, set, info, timeout ? &old : nullptr,
                 internal::kernel_sigset_bytes);
#else
  return syscall(SYS_rt_sigtimedwait, set, info, timeout, internal::kernel_sigset_bytes);
#endif
}

}  // namespace

// The signal taken, or -1: EAGAIN when the timeout passed, EINTR when a handler ran.
// A raise()d signal reads as SI_USER, not SI_TKILL, as with glibc.
SYSGATE_C_FUNCTION(int, sigtimedwait,
                   (const sigset_t* __restrict set, siginfo_t* __restrict info,
                    const timespec* __restrict timeout) noexcept) {
  long r = wait_syscall(set, info, timeout);
  if (r > 0 && info && info->si_code == SI_TKILL) info->si_code = SI_USER;
  return to_c<int>(Result<int>::from_word(r));
}

}  // namespace sysgate::c
