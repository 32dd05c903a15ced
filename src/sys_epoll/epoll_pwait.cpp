#include <sys/epoll.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/kernel_signal.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, epoll_pwait, (int epfd, struct epoll_event* events, int count, int timeout, const sigset_t* mask) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_epoll_pwait, epfd, events, count, timeout, mask,
                                        internal::kernel_sigset_bytes));
}

}  // namespace sysgate::c
