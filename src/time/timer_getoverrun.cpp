#include <sys/syscall.h>
#include <time.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/time/timer_id.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, timer_getoverrun, (timer_t timer) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_timer_getoverrun, timer_id::kernel_id(timer)));
}

}  // namespace sysgate::c
