#include <errno.h>
#include <sys/epoll.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, epoll_create, (int size) noexcept) {
  // The size is a hint the kernel ignores, but must be positive.
  if (size <= 0) return to_c<int>(Result<int>::failure(EINVAL));
  return to_c<int>(checked_syscall<int>(SYS_epoll_create1, 0));
}

}  // namespace sysgate::c
