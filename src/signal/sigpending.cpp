#include <signal.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/kernel_signal.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, sigpending, (sigset_t * set) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_rt_sigpending, set, internal::kernel_sigset_bytes));
}

}  // namespace sysgate::c
