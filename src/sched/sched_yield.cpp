#include <sched.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, sched_yield, () noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_sched_yield));
}

}  // namespace sysgate::c
