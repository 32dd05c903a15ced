#include <sys/epoll.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, epoll_wait, (int epfd, struct epoll_event* events, int count, int timeout) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_epoll_wait, epfd, events, count, timeout));
}

}  // namespace sysgate::c
