#include <sys/syscall.h>
#include <sys/uio.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(ssize_t, writev, (int fd, const struct iovec* iov, int count) noexcept) {
  return to_c<ssize_t>(checked_syscall<ssize_t>(SYS_writev, fd, iov, count));
}

}  // namespace sysgate::c
