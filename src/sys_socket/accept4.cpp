#include <sys/socket.h>
#include <sys/syscall.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_socket/socket_call.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, accept4, (int fd, struct sockaddr* address, socklen_t* length, int flags) noexcept) {
  return to_c<int>(
      Result<int>::from_word(socket_syscall(SYS_accept4, SYS_ACCEPT4, fd, address, length, flags)));
}

}  // namespace sysgate::c
