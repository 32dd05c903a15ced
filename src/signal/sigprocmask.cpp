#include <signal.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/signal/sigset.hpp"

namespace sysgate::c {

// Only the first 64 bits of the old set are written, as glibc's; 32 and 33 are never
// blocked.
SYSGATE_C_FUNCTION(int, sigprocmask,
                   (int how, const sigset_t* __restrict set, sigset_t* __restrict old) noexcept) {
  internal::KernelSigset kernel_set;
  if (set) kernel_set = signal::without_reserved(*set);
  return to_c<int>(checked_syscall<int>(SYS_rt_sigprocmask, how, set ? &kernel_set : nullptr, old,
                                        internal::kernel_sigset_bytes));
}

}  // namespace sysgate::c
