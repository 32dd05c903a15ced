#include <sys/signalfd.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/signal/sigset.hpp"

namespace sysgate::c {

static_assert(sizeof(struct signalfd_siginfo) == 128);

// The kernel reads the first 64 bits of the mask (sigprocmask's rule for 32 and 33
// does not apply: they cannot be blocked anyway, and glibc passes them through).
SYSGATE_C_FUNCTION(int, signalfd, (int fd, const sigset_t* mask, int flags) noexcept) {
  return to_c<int>(
      checked_syscall<int>(SYS_signalfd4, fd, mask, internal::kernel_sigset_bytes, flags));
}

}  // namespace sysgate::c
