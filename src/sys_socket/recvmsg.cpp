#include <sys/socket.h>
#include <sys/syscall.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/user_memory.hpp"
#include "src/sys_socket/scm_time32.hpp"
#include "src/sys_socket/socket_call.hpp"
#include "src/sys_socket/sockopt_time.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(ssize_t, recvmsg, (int fd, struct msghdr* message, int flags) noexcept) {
  if constexpr (sockopt_time64) {
    // The control buffer's size before the kernel writes the length used over it; a
    // bad header is the kernel's EFAULT, not a crash here.
    msghdr given;
    if (!internal::user_read(&given, message, sizeof given)) given.msg_controllen = 0;
    long word = socket_syscall(SYS_recvmsg, SYS_RECVMSG, fd, message, flags);
    if (word >= 0 && given.msg_controllen != 0)
      convert_scm_time32(message, static_cast<socklen_t>(given.msg_controllen));
    return to_c<ssize_t>(Result<ssize_t>::from_word(word));
  }
  return to_c<ssize_t>(
      Result<ssize_t>::from_word(socket_syscall(SYS_recvmsg, SYS_RECVMSG, fd, message, flags)));
}

}  // namespace sysgate::c
