#include <sys/socket.h>
#include <sys/syscall.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_socket/socket_call.hpp"

namespace sysgate::c {

// accept4 with no flags: i386 has no direct accept syscall, and accept4 is everywhere
// (Linux 2.6.28).
SYSGATE_C_FUNCTION(int, accept, (int fd, struct sockaddr* address, socklen_t* length) noexcept) {
  return to_c<int>(
      Result<int>::from_word(socket_syscall(SYS_accept4, SYS_ACCEPT4, fd, address, length, 0)));
}

}  // namespace sysgate::c
