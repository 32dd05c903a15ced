#include <errno.h>
#include <sys/syscall.h>
#include <time.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/timespec32.hpp"

namespace sysgate::c {

// Returns the error number itself (0 on success), never -1/errno. As glibc: the calling
// thread's CPU clock cannot be slept on (EINVAL), the process's is the kernel's
// CPU clock of the process (pid 0, the scheduler's clock). Where time_t was once
// 32-bit: clock_nanosleep_time64, then (Linux < 5.1) the 32-bit call.
SYSGATE_C_FUNCTION(int, clock_nanosleep,
                   (clockid_t clock, int flags, const timespec* request,
                    timespec* remaining) noexcept) {
  if (clock == CLOCK_THREAD_CPUTIME_ID) return EINVAL;
  // MAKE_PROCESS_CPUCLOCK(0, CPUCLOCK_SCHED): ~0 << 3 | 2.
  if (clock == CLOCK_PROCESS_CPUTIME_ID) clock = -6;
#ifdef SYS_clock_nanosleep_time64
  long r = sysgate::syscall(SYS_clock_nanosleep_time64, clock, flags, request, remaining);
  if (r == -ENOSYS) {
    internal::Timespec32 request32, remaining32;
    if (!internal::narrow(*request, &request32)) return EOVERFLOW;
    r = sysgate::syscall(SYS_clock_nanosleep, clock, flags, &request32,
                         remaining ? &remaining32 : nullptr);
    if (r == -EINTR && remaining && !(flags & TIMER_ABSTIME))
      internal::widen(remaining32, remaining);
  }
#else
  long r = sysgate::syscall(SYS_clock_nanosleep, clock, flags, request, remaining);
#endif
  return static_cast<int>(-r);
}

}  // namespace sysgate::c
