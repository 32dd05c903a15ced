#include <errno.h>
#include <sys/syscall.h>
#include <time.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/timespec32.hpp"
#include "src/time/timer_id.hpp"

namespace sysgate::c {

// Where time_t was once 32-bit: timer_gettime64, then (Linux < 5.1) the 32-bit call.
SYSGATE_C_FUNCTION(int, timer_gettime, (timer_t timer, itimerspec* value) noexcept) {
  const int id = timer_id::kernel_id(timer);
#ifdef SYS_timer_gettime64
  long r = sysgate::syscall(SYS_timer_gettime64, id, value);
  if (r == -ENOSYS) {
    internal::Timespec32 value32[2];
    r = sysgate::syscall(SYS_timer_gettime, id, value32);
    if (r == 0) {
      internal::widen(value32[0], &value->it_interval);
      internal::widen(value32[1], &value->it_value);
    }
  }
  return to_c<int>(Result<int>::from_word(r));
#else
  return to_c<int>(checked_syscall<int>(SYS_timer_gettime, id, value));
#endif
}

}  // namespace sysgate::c
