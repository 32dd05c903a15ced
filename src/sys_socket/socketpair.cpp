#include <sys/socket.h>
#include <sys/syscall.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_socket/socket_call.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, socketpair, (int domain, int type, int protocol, int fds[2]) noexcept) {
  return to_c<int>(Result<int>::from_word(
      socket_syscall(SYS_socketpair, SYS_SOCKETPAIR, domain, type, protocol, fds)));
}

}  // namespace sysgate::c
