#include <errno.h>
#include <poll.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/kernel_signal.hpp"
#include "src/internal/timespec32.hpp"

namespace sysgate::c {

// The kernel writes the time left back into the timeout: a local copy keeps the
// caller's const. Where time_t was once 32-bit, ppoll_time64 comes first and the
// 32-bit ppoll (Linux < 5.1) after it.
SYSGATE_C_FUNCTION(int, ppoll,
                   (struct pollfd * fds, nfds_t count, const struct timespec* timeout,
                    const sigset_t* mask) noexcept) {
  timespec left;
  if (timeout) left = *timeout;
  constexpr auto mask_size = internal::kernel_sigset_bytes;
#ifdef SYS_ppoll_time64
  long r =
      sysgate::syscall(SYS_ppoll_time64, fds, count, timeout ? &left : nullptr, mask, mask_size);
  if (r == -ENOSYS) {
    internal::Timespec32 old;
    if (timeout && !internal::narrow(left, &old)) {
      r = -EOVERFLOW;
    } else {
      r = sysgate::syscall(SYS_ppoll, fds, count, timeout ? &old : nullptr, mask, mask_size);
    }
  }
#else
  long r = sysgate::syscall(SYS_ppoll, fds, count, timeout ? &left : nullptr, mask, mask_size);
#endif
  return to_c<int>(Result<int>::from_word(r));
}

}  // namespace sysgate::c
