#include <sys/socket.h>
#include <sys/syscall.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_socket/socket_call.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, listen, (int fd, int backlog) noexcept) {
  return to_c<int>(Result<int>::from_word(socket_syscall(SYS_listen, SYS_LISTEN, fd, backlog)));
}

}  // namespace sysgate::c
