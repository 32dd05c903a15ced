#include <sys/epoll.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, epoll_ctl, (int epfd, int operation, int fd, struct epoll_event* event) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_epoll_ctl, epfd, operation, fd, event));
}

}  // namespace sysgate::c
