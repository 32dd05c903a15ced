#include <sys/socket.h>
#include <sys/syscall.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_socket/socket_call.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, sendmmsg, (int fd, struct mmsghdr* messages, unsigned int count, int flags) noexcept) {
  return to_c<int>(Result<int>::from_word(
      socket_syscall(SYS_sendmmsg, SYS_SENDMMSG, fd, messages, count, flags)));
}

}  // namespace sysgate::c
