#include <bits/kernel_signal.h>
#include <setjmp.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/kernel_signal.hpp"

// The arch's setjmp.S: restores the registers and returns from setjmp again.
extern "C" [[noreturn]] void __sysgate_longjmp(jmp_buf env, int value) noexcept;

namespace sysgate::c {

// longjmp, _longjmp and siglongjmp are one function, as in glibc: each restores the
// signal mask when sigsetjmp kept one, then the registers.
SYSGATE_C_FUNCTION(void, longjmp, (jmp_buf env, int value) noexcept) {
  if (env->__mask_was_saved)
    sysgate::syscall(SYS_rt_sigprocmask, SIG_SETMASK, &env->__saved_mask, nullptr,
                     internal::kernel_sigset_bytes);
  __sysgate_longjmp(env, value);
}

decltype(::_longjmp) _longjmp_impl __asm__(SYSGATE_C_SYMBOL(_longjmp))
    __attribute__((alias(SYSGATE_C_SYMBOL(longjmp))));
decltype(::siglongjmp) siglongjmp_impl __asm__(SYSGATE_C_SYMBOL(siglongjmp))
    __attribute__((alias(SYSGATE_C_SYMBOL(longjmp))));

}  // namespace sysgate::c
