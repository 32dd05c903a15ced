#include <errno.h>
#include <sys/syscall.h>
#include <time.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/timespec32.hpp"
#include "src/time/timer_id.hpp"

namespace sysgate::c {

// Where time_t was once 32-bit: timer_settime64, then (Linux < 5.1) the 32-bit call,
// EOVERFLOW for seconds it cannot carry.
SYSGATE_C_FUNCTION(int, timer_settime,
                   (timer_t timer, int flags, const itimerspec* value,
                    itimerspec* old) noexcept) {
  const int id = timer_id::kernel_id(timer);
#ifdef SYS_timer_settime64
  long r = sysgate::syscall(SYS_timer_settime64, id, flags, value, old);
  if (r == -ENOSYS) {
    internal::Timespec32 value32[2], old32[2];
    if (!internal::narrow(value->it_interval, &value32[0]) ||
        !internal::narrow(value->it_value, &value32[1]))
      return to_c<int>(Result<int>::failure(EOVERFLOW));
    r = sysgate::syscall(SYS_timer_settime, id, flags, value32, old ? old32 : nullptr);
    if (r == 0 && old) {
      internal::widen(old32[0], &old->it_interval);
      internal::widen(old32[1], &old->it_value);
    }
  }
  return to_c<int>(Result<int>::from_word(r));
#else
  return to_c<int>(checked_syscall<int>(SYS_timer_settime, id, flags, value, old));
#endif
}

}  // namespace sysgate::c
