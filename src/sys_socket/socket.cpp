#include <bits/kernel_fcntl.h>
#include <sys/socket.h>
#include <sys/syscall.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_socket/socket_call.hpp"

namespace sysgate::c {

// <sys/socket.h> writes these by hand (the UAPI has no SOCK_*): they are open flags.
static_assert(SOCK_CLOEXEC == O_CLOEXEC && SOCK_NONBLOCK == O_NONBLOCK);

SYSGATE_C_FUNCTION(int, socket, (int domain, int type, int protocol) noexcept) {
  return to_c<int>(
      Result<int>::from_word(socket_syscall(SYS_socket, SYS_SOCKET, domain, type, protocol)));
}

}  // namespace sysgate::c
