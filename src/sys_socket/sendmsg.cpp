#include <sys/socket.h>
#include <sys/syscall.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_socket/socket_call.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(ssize_t, sendmsg, (int fd, const struct msghdr* message, int flags) noexcept) {
  return to_c<ssize_t>(
      Result<ssize_t>::from_word(socket_syscall(SYS_sendmsg, SYS_SENDMSG, fd, message, flags)));
}

}  // namespace sysgate::c
