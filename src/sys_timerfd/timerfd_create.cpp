#include <sys/syscall.h>
#include <sys/timerfd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, timerfd_create, (clockid_t clock, int flags) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_timerfd_create, clock, flags));
}

}  // namespace sysgate::c
