#include <signal.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/kernel_signal.hpp"

namespace sysgate::c {

// Always -1: EINTR once a handler ran.
SYSGATE_C_FUNCTION(int, sigsuspend, (const sigset_t* mask) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_rt_sigsuspend, mask, internal::kernel_sigset_bytes));
}

}  // namespace sysgate::c
