#include <errno.h>
#include <signal.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "arch_signal.hpp"
#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/signal/sigset.hpp"

namespace sysgate::c {

// The libc's struct sigaction to the kernel's and back. Every handler returns through
// the arch's trampoline (SA_RESTORER): x86_64 requires one and the i386 vDSO's may not
// exist. The old action keeps the kernel's flags, SA_RESTORER included, as glibc's.
SYSGATE_C_FUNCTION(int, sigaction,
                   (int sig, const struct sigaction* __restrict action,
                    struct sigaction* __restrict old) noexcept) {
  if (!signal::is_valid(sig)) {
    errno = EINVAL;
    return -1;
  }
  internal::KernelSigaction kernel_action, kernel_old;
  if (action) {
    unsigned long flags = static_cast<unsigned>(action->sa_flags);
    kernel_action.handler = reinterpret_cast<unsigned long>(action->sa_handler);
    kernel_action.flags = flags | SA_RESTORER;
    kernel_action.restorer = arch::signal_restorer(flags);
    for (unsigned i = 0; i < sizeof kernel_action.mask.bits / sizeof(unsigned long); ++i)
      kernel_action.mask.bits[i] = action->sa_mask.__bits[i];
  }
  long r = syscall(SYS_rt_sigaction, sig, action ? &kernel_action : nullptr,
                   old ? &kernel_old : nullptr, internal::kernel_sigset_bytes);
  if (r == 0 && old) {
    old->sa_handler = reinterpret_cast<void (*)(int)>(kernel_old.handler);
    old->sa_flags = static_cast<int>(kernel_old.flags);
    old->sa_restorer = reinterpret_cast<void (*)()>(kernel_old.restorer);
    for (auto& w : old->sa_mask.__bits) w = 0;
    for (unsigned i = 0; i < sizeof kernel_old.mask.bits / sizeof(unsigned long); ++i)
      old->sa_mask.__bits[i] = kernel_old.mask.bits[i];
  }
  return to_c<int>(Result<int>::from_word(r));
}

}  // namespace sysgate::c
