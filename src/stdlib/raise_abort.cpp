#include "raise_abort.hpp"

#include <sys/syscall.h>

#include "sysgate/syscall.hpp"

namespace sysgate::stdlib {
namespace {

constexpr int sigabrt = 6;
constexpr int sig_unblock = 1;                   // SIG_UNBLOCK
constexpr unsigned long kernel_sigset_size = 8;  // the kernel's sigset_t: 64 bits

// The kernel's struct sigaction with SIG_DFL (0) and nothing else; no restorer is
// needed to reset a disposition.
struct KernelSigaction {
  unsigned long handler = 0, flags = 0, restorer = 0;
  unsigned long mask[2] = {0, 0};
};

void raise_sigabrt() {
  long pid = syscall(SYS_getpid);
  long tid = syscall(SYS_gettid);
  syscall(SYS_tgkill, pid, tid, sigabrt);
}

}  // namespace

void write_to_stderr(const char* text, unsigned long length) noexcept {
  syscall(SYS_write, 2, text, length);
}

void raise_abort() noexcept {
  unsigned long set[2] = {1ul << (sigabrt - 1), 0};
  syscall(SYS_rt_sigprocmask, sig_unblock, set, nullptr, kernel_sigset_size);
  raise_sigabrt();
  KernelSigaction dfl;
  syscall(SYS_rt_sigaction, sigabrt, &dfl, nullptr, kernel_sigset_size);
  raise_sigabrt();
  for (;;) syscall(SYS_exit_group, 127);
}

}  // namespace sysgate::stdlib
