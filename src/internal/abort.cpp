#include "src/internal/abort.hpp"

#include <bits/kernel_signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/kernel_signal.hpp"

namespace sysgate::internal {
namespace {

void raise_sigabrt() {
  long pid = syscall(SYS_getpid);
  long tid = syscall(SYS_gettid);
  syscall(SYS_tgkill, pid, tid, SIGABRT);
}

}  // namespace

void write_to_stderr(const char* text, unsigned long length) noexcept {
  syscall(SYS_write, STDERR_FILENO, text, length);
}

void raise_abort() noexcept {
  KernelSigset abrt{{1ul << (SIGABRT - 1)}};
  syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &abrt, nullptr, kernel_sigset_bytes);
  raise_sigabrt();
  // Resetting a disposition to SIG_DFL needs no restorer.
  KernelSigaction default_action{};
  syscall(SYS_rt_sigaction, SIGABRT, &default_action, nullptr, kernel_sigset_bytes);
  raise_sigabrt();
  for (;;) syscall(SYS_exit_group, 127);
}

}  // namespace sysgate::internal
