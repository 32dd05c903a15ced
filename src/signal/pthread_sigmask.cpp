#include <signal.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/signal/sigset.hpp"

namespace sysgate::c {

// sigprocmask for the calling thread, answering the error number instead of setting
// errno (EINVAL for a bad `how`, EFAULT for a bad pointer).
SYSGATE_C_FUNCTION(int, pthread_sigmask,
                   (int how, const sigset_t* __restrict set, sigset_t* __restrict old) noexcept) {
  internal::KernelSigset kernel_set;
  if (set) kernel_set = signal::without_reserved(*set);
  return checked_syscall<int>(SYS_rt_sigprocmask, how, set ? &kernel_set : nullptr, old,
                              internal::kernel_sigset_bytes)
      .error();
}

}  // namespace sysgate::c
