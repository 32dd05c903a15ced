#include <sys/epoll.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, epoll_create1, (int flags) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_epoll_create1, flags));
}

}  // namespace sysgate::c
