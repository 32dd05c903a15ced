#include <errno.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/timespec32.hpp"

namespace sysgate::c {

// Where time_t was once 32-bit: timerfd_gettime64, then (Linux < 5.1) the 32-bit call.
SYSGATE_C_FUNCTION(int, timerfd_gettime, (int fd, struct itimerspec* value) noexcept) {
#ifdef SYS_timerfd_gettime64
  long r = sysgate::syscall(SYS_timerfd_gettime64, fd, value);
  if (r == -ENOSYS) {
    internal::Timespec32 value32[2];
    r = sysgate::syscall(SYS_timerfd_gettime, fd, value32);
    if (r == 0) {
      internal::widen(value32[0], &value->it_interval);
      internal::widen(value32[1], &value->it_value);
    }
  }
  return to_c<int>(Result<int>::from_word(r));
#else
  return to_c<int>(checked_syscall<int>(SYS_timerfd_gettime, fd, value));
#endif
}

}  // namespace sysgate::c
