#include <sys/socket.h>
#include <sys/syscall.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_socket/socket_call.hpp"

namespace sysgate::c {

// sendto with no address: neither arch has a send syscall of its own.
SYSGATE_C_FUNCTION(ssize_t, send, (int fd, const void* buf, size_t n, int flags) noexcept) {
  return to_c<ssize_t>(Result<ssize_t>::from_word(
      socket_syscall(SYS_sendto, SYS_SENDTO, fd, buf, n, flags, nullptr, 0)));
}

}  // namespace sysgate::c
