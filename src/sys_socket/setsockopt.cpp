#include <sys/socket.h>
#include <sys/syscall.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_socket/socket_call.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, setsockopt, (int fd, int level, int name, const void* value, socklen_t length) noexcept) {
  return to_c<int>(Result<int>::from_word(
      socket_syscall(SYS_setsockopt, SYS_SETSOCKOPT, fd, level, name, value, length)));
}

}  // namespace sysgate::c
