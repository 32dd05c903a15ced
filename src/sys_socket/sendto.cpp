#include <sys/socket.h>
#include <sys/syscall.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_socket/socket_call.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(ssize_t, sendto, (int fd, const void* buf, size_t n, int flags, const struct sockaddr* address, socklen_t length) noexcept) {
  return to_c<ssize_t>(Result<ssize_t>::from_word(
      socket_syscall(SYS_sendto, SYS_SENDTO, fd, buf, n, flags, address, length)));
}

}  // namespace sysgate::c
