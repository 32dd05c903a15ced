#include <errno.h>
#include <sys/socket.h>
#include <sys/syscall.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/timespec32.hpp"
#include "src/sys_socket/socket_call.hpp"

namespace sysgate::c {

// The kernel writes the time left back into the timeout. Where time_t was once 32-bit,
// recvmmsg_time64 (Linux 5.1) comes first, then the 32-bit recvmmsg with an
// old_timespec32 (socketcall's SYS_RECVMMSG below 4.3 takes the same). A kernel with no
// direct socket calls has no time64 calls either: socketcall-only skips the first.
SYSGATE_C_FUNCTION(int, recvmmsg,
                   (int fd, struct mmsghdr* messages, unsigned int count, int flags,
                    struct timespec* timeout) noexcept) {
#ifdef SYS_recvmmsg_time64
  long r = -ENOSYS;
  if (!__sysgate_socketcall_only)
    r = sysgate::syscall(SYS_recvmmsg_time64, fd, messages, count, flags, timeout);
  if (r == -ENOSYS) {
    internal::Timespec32 old;
    if (timeout && !internal::narrow(*timeout, &old))
      return to_c<int>(Result<int>::failure(EOVERFLOW));
    r = socket_syscall(SYS_recvmmsg, SYS_RECVMMSG, fd, messages, count, flags,
                       timeout ? &old : nullptr);
    if (timeout && !is_error_word(r)) internal::widen(old, timeout);
  }
#else
  long r = socket_syscall(SYS_recvmmsg, SYS_RECVMMSG, fd, messages, count, flags, timeout);
#endif
  return to_c<int>(Result<int>::from_word(r));
}

}  // namespace sysgate::c
