// The portable half of sigsetjmp: the arch's setjmp.S has stored the registers and
// jumps here with its own arguments, so this returns 0 straight to sigsetjmp's caller.
#include <bits/kernel_signal.h>
#include <setjmp.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/kernel_signal.hpp"

extern "C" int __sysgate_sigsetjmp_tail(sigjmp_buf env, int save_mask) noexcept {
  env->__mask_was_saved = save_mask != 0;
  // The kernel's 64 signals, into the first words of glibc's 1024-bit sigset_t;
  // rt_sigprocmask directly, so setjmp pulls in no <signal.h> function.
  if (save_mask)
    sysgate::syscall(SYS_rt_sigprocmask, SIG_BLOCK, nullptr, &env->__saved_mask,
                     sysgate::internal::kernel_sigset_bytes);
  return 0;
}
