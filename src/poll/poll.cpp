#include <poll.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, poll, (struct pollfd * fds, nfds_t count, int timeout) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_poll, fds, count, timeout));
}

}  // namespace sysgate::c
