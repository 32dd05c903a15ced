#include <signal.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/kernel_signal.hpp"

namespace sysgate::c {

// To this thread, with every signal blocked around the pid and tid look-ups (glibc's
// order: a handler that forks in between cannot make the signal go astray).
SYSGATE_C_FUNCTION(int, raise, (int sig) noexcept) {
  internal::KernelSigset all{}, saved;
  for (auto& w : all.bits) w = ~0ul;
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all, &saved, internal::kernel_sigset_bytes);
  long pid = syscall(SYS_getpid);
  long tid = syscall(SYS_gettid);
  long r = syscall(SYS_tgkill, pid, tid, sig);
  syscall(SYS_rt_sigprocmask, SIG_SETMASK, &saved, nullptr, internal::kernel_sigset_bytes);
  return to_c<int>(Result<int>::from_word(r));
}

}  // namespace sysgate::c
