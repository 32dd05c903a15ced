#include <sys/socket.h>
#include <sys/syscall.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_socket/socket_call.hpp"

namespace sysgate::c {

// recvfrom with no address: neither arch has a recv syscall of its own.
SYSGATE_C_FUNCTION(ssize_t, recv, (int fd, void* buf, size_t n, int flags) noexcept) {
  return to_c<ssize_t>(Result<ssize_t>::from_word(
      socket_syscall(SYS_recvfrom, SYS_RECVFROM, fd, buf, n, flags, nullptr, nullptr)));
}

}  // namespace sysgate::c
