#include <sys/socket.h>
#include <sys/syscall.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_socket/socket_call.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, getpeername, (int fd, struct sockaddr* address, socklen_t* length) noexcept) {
  return to_c<int>(Result<int>::from_word(
      socket_syscall(SYS_getpeername, SYS_GETPEERNAME, fd, address, length)));
}

}  // namespace sysgate::c
